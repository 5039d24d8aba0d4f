<?php
// Name search through the word index (kcrm_company_word) on SQLite and, when their DSNs are set, PostgreSQL and MariaDB.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Import\ImportRepository;
use PHPUnit\Framework\TestCase;

final class CompanyWordSearchTest extends TestCase
{
    use EveryDriver;

    private Connection $db;

    private function connect(string $driver): CompanyService
    {
        if (!function_exists('Crm\Dedup\companyKey')) {
            self::markTestSkipped('Needs the crm extension: php -d extension=…/crm.so');
        }
        $installed = TestDatabase::onDriverOrSkip($driver);
        $this->db = $installed[0];
        return new CompanyService($this->db, 'RU');
    }

    /** @return list<string> names found, by name */
    private function find(CompanyService $companies, string $q, array $more = []): array
    {
        $names = array_column($companies->search(new ListQuery(...['text' => $q] + $more))->rows, 'name');
        sort($names);
        return $names;
    }

    private function save(CompanyService $companies, string $name, ?int $id = null, ?int $responsible = null): int
    {
        $saved = $companies->save(['name' => $name, 'responsible_user_id' => $responsible], $id, 'x');
        self::assertTrue($saved->saved(), $name);
        return (int) $saved->id;
    }

    /** @dataProvider drivers */
    public function testAWordFindsNamesThatHaveItAnywhere(string $driver): void
    {
        $companies = $this->connect($driver);
        $this->save($companies, 'ООО «Ромашка»');
        $this->save($companies, 'Большая Ромашка');
        $this->save($companies, 'Ромашка-Трейд');
        $this->save($companies, 'Лютик');
        $this->save($companies, 'Ромб');

        $all = ['Большая Ромашка', 'ООО «Ромашка»', 'Ромашка-Трейд'];
        self::assertSame($all, $this->find($companies, 'Ромашка'));
        self::assertSame($all, $this->find($companies, 'РОМАШ'));
        self::assertSame(['Большая Ромашка'], $this->find($companies, 'бол ром'));
        self::assertSame(['Большая Ромашка'], $this->find($companies, 'ром бол'));
        self::assertSame(['Ромашка-Трейд'], $this->find($companies, 'ромашка трейд'));
        self::assertSame(['Ромашка-Трейд'], $this->find($companies, 'трейд'));
        self::assertSame([...$all, 'Ромб'], $this->find($companies, 'ром'));
        self::assertSame([], $this->find($companies, 'бол лют'));
        // Only when no word starts so does a part inside a word count.
        self::assertSame($all, $this->find($companies, 'машка'));
    }

    /** @dataProvider drivers */
    public function testARenamedCompanyLosesItsOldWordsAndDeletedOnesStayHidden(string $driver): void
    {
        $companies = $this->connect($driver);
        $id = $this->save($companies, 'Большая Ромашка');
        $gone = $this->save($companies, 'Ромашка-Трейд');
        $this->save($companies, 'Лютик', $id);
        self::assertSame(['Ромашка-Трейд'], $this->find($companies, 'ромашка'));
        self::assertSame([], $this->find($companies, 'большая'));
        self::assertSame(['Лютик'], $this->find($companies, 'лют'));

        $companies->delete($gone);
        self::assertSame([], $this->find($companies, 'ромашка'));
        self::assertSame(['Ромашка-Трейд'], $this->find($companies, 'ромашка', ['deleted' => true]));
        $companies->restore($gone);
        self::assertSame(['Ромашка-Трейд'], $this->find($companies, 'ромашка'));
    }

    /** @dataProvider drivers */
    public function testTheRightsScopeStillApplies(string $driver): void
    {
        $companies = $this->connect($driver);
        $admin = (int) $this->db->fetchValue('SELECT MIN(id) FROM kcrm_user');
        $this->save($companies, 'Большая Ромашка', null, $admin);
        $this->save($companies, 'Ромашка-Трейд');
        self::assertSame(['Большая Ромашка'], $this->find($companies, 'ромашка', ['ownerIds' => [$admin]]));
        self::assertSame([], $this->find($companies, 'трейд', ['ownerIds' => [$admin]]));
    }

    /** @dataProvider drivers */
    public function testImportWritesTheWordsAndItsUndoPutsTheOldOnesBack(string $driver): void
    {
        $companies = $this->connect($driver);
        $imports = new ImportRepository($this->db);
        $id = $imports->insertInto('kcrm_company', ['name' => 'Большая Ромашка', 'company_key' => \Crm\Dedup\companyKey('Большая Ромашка')]);
        self::assertSame(['Большая Ромашка'], $this->find($companies, 'ромашка'));
        $imports->updateColumns('kcrm_company', $id, ['name' => 'Лютик', 'company_key' => 'лютик']);
        self::assertSame([], $this->find($companies, 'ромашка'));
        self::assertSame(['Лютик'], $this->find($companies, 'лютик'));
        $imports->updateColumns('kcrm_company', $id, ['name' => 'Большая Ромашка', 'company_key' => 'большая ромашка']);
        self::assertSame(['Большая Ромашка'], $this->find($companies, 'бол'));
        $imports->deleteCreated('kcrm_company', $id);
        self::assertSame(0, (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_company_word'));
    }
}
