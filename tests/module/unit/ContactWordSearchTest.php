<?php
// Contact person search through the word index (kcrm_contact_word) on SQLite and, when their DSNs are set, PostgreSQL and
// MariaDB; the search for a part inside words (organisations and persons) and what the list page says about it.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Contacts\ListPage;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Contacts\WordIndex;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Import\ImportJob;
use Kartoteka\Crm\Import\ImportRepository;
use Kartoteka\Crm\Import\ImportService;
use Kartoteka\Crm\Jobs\JobRunner;
use PHPUnit\Framework\TestCase;

final class ContactWordSearchTest extends TestCase
{
    use EveryDriver;
    use StandaloneServer;

    private Connection $db;

    private function connect(string $driver): ContactService
    {
        if (!function_exists('Crm\Dedup\personKey')) {
            self::markTestSkipped('Needs the crm extension: php -d extension=…/crm.so');
        }
        $installed = TestDatabase::onDriverOrSkip($driver);
        $this->db = $installed[0];
        return new ContactService($this->db, 'RU');
    }

    private function page(ContactService $contacts, string $q, array $more = []): ListPage
    {
        return $contacts->search(new ListQuery(...['text' => $q] + $more));
    }

    /** @return list<string> full names found, sorted */
    private function find(ContactService $contacts, string $q, array $more = []): array
    {
        $names = array_map(static fn (array $r): string => ContactRepository::fullName($r), $this->page($contacts, $q, $more)->rows);
        sort($names);
        return $names;
    }

    /** @param array<string, mixed> $input */
    private function save(ContactService $contacts, array $input, ?int $id = null): int
    {
        $saved = $contacts->save($input, $id, 'x');
        if (!$saved->saved() && $saved->fingerprint !== null) {
            $saved = $contacts->save($input, $id, $saved->fingerprint);
        }
        self::assertTrue($saved->saved(), json_encode($saved->errors, JSON_UNESCAPED_UNICODE));
        return (int) $saved->id;
    }

    /** @dataProvider drivers */
    public function testNamesInAnyOrderAndSpellingPatronymicsAndEmails(string $driver): void
    {
        $contacts = $this->connect($driver);
        $this->save($contacts, ['last_name' => 'Иванова', 'first_name' => 'Анна', 'middle_name' => 'Сергеевна',
            'emails' => ['Anna.Ivanova@Romashka.ru'], 'phones' => ['8 916 123-45-67']]);
        $this->save($contacts, ['last_name' => 'Щукина', 'first_name' => 'Юлия', 'emails' => ['yu@lutik.se']]);
        $this->save($contacts, ['last_name' => 'Иванов', 'first_name' => 'Пётр', 'middle_name' => 'Сергеевич']);
        $this->save($contacts, ['first_name' => 'Stanislav']);

        $anna = ['Иванова Анна Сергеевна'];
        self::assertSame($anna, $this->find($contacts, 'Анна Иванова'));
        self::assertSame($anna, $this->find($contacts, 'ива анн'), 'the start of each word, any order');
        self::assertSame($anna, $this->find($contacts, 'IVANOVA anna'), 'in Latin letters');
        self::assertSame($anna, $this->find($contacts, 'сергеевна'), 'the patronymic, which person_key leaves out');
        self::assertSame(['Иванов Пётр Сергеевич', 'Иванова Анна Сергеевна'], $this->find($contacts, 'иванов'));
        self::assertSame(['Иванов Пётр Сергеевич'], $this->find($contacts, 'Петя Иванов'), 'a diminutive');
        self::assertSame(['Stanislav'], $this->find($contacts, 'Стас'));
        self::assertSame(['Щукина Юлия'], $this->find($contacts, 'Julia Shchukina'));
        self::assertSame([], $this->find($contacts, 'анна петров'));

        self::assertSame($anna, $this->find($contacts, 'anna.ivanova@romashka.ru'));
        self::assertSame($anna, $this->find($contacts, 'ANNA.IVANOVA@'), 'the start of an address');
        self::assertSame($anna, $this->find($contacts, 'romashka.ru'), 'a domain');
        self::assertSame(['Щукина Юлия'], $this->find($contacts, '@lutik'), 'a domain written with its @');
        self::assertSame($anna, $this->find($contacts, '+7 916 1234567'), 'a phone in another format');
        self::assertFalse($this->page($contacts, 'ива анн')->partial);
    }

    /** @dataProvider drivers */
    public function testEditsDeletionAndTheRightsScope(string $driver): void
    {
        $contacts = $this->connect($driver);
        $id = $this->save($contacts, ['last_name' => 'Иванова', 'first_name' => 'Анна', 'emails' => ['anna@romashka.ru']]);
        $other = $this->save($contacts, ['last_name' => 'Петров', 'first_name' => 'Пётр']);

        $this->save($contacts, ['last_name' => 'Смирнова', 'first_name' => 'Анна', 'emails' => ['a.smirnova@lutik.ru']], $id);
        self::assertSame([], $this->find($contacts, 'иванова'), 'the old surname is gone');
        self::assertSame([], $this->find($contacts, 'anna@'), 'and the old address');
        self::assertSame(['Смирнова Анна'], $this->find($contacts, 'смирн'));
        self::assertSame(['Смирнова Анна'], $this->find($contacts, 'a.smirnova@lutik.ru'));

        $contacts->delete($id);
        self::assertSame([], $this->find($contacts, 'смирнова'));
        self::assertSame(['Смирнова Анна'], $this->find($contacts, 'смирнова', ['deleted' => true]));
        $contacts->restore($id);
        self::assertSame(['Смирнова Анна'], $this->find($contacts, 'смирнова'));

        $admin = (int) $this->db->fetchValue('SELECT MIN(id) FROM kcrm_user');
        $this->db->execute('UPDATE kcrm_contact SET responsible_user_id = ? WHERE id = ?', [$admin, $other]);
        self::assertSame(['Петров Пётр'], $this->find($contacts, 'петр', ['ownerIds' => [$admin]]));
        self::assertSame([], $this->find($contacts, 'анна', ['ownerIds' => [$admin]]));
    }

    /** @dataProvider drivers */
    public function testImportWritesTheWordsAndItsUndoTakesThemBack(string $driver): void
    {
        $contacts = $this->connect($driver);
        $imports = new ImportRepository($this->db);
        $id = $imports->insertInto('kcrm_contact', ['last_name' => 'Иванова', 'first_name' => 'Анна', 'person_key' => \Crm\Dedup\personKey('Иванова Анна')]);
        $email = $imports->insertInto('kcrm_email', ['owner_type' => 'contact', 'owner_id' => $id, 'raw' => 'anna@romashka.ru', 'email_key' => 'anna@romashka.ru']);
        $imports->flushContactWords();
        self::assertSame(['Иванова Анна'], $this->find($contacts, 'ива'));
        self::assertSame(['Иванова Анна'], $this->find($contacts, 'anna@rom'));

        $imports->updateColumns('kcrm_contact', $id, ['last_name' => 'Смирнова', 'person_key' => \Crm\Dedup\personKey('Смирнова Анна')]);
        $imports->deleteCreated('kcrm_email', $email);
        $imports->flushContactWords();
        self::assertSame([], $this->find($contacts, 'иванова'));
        self::assertSame([], $this->find($contacts, 'anna@rom'));
        self::assertSame(['Смирнова Анна'], $this->find($contacts, 'smirnova'));

        $imports->deleteCreated('kcrm_contact', $id);
        $imports->flushContactWords();
        self::assertSame(0, (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_contact_word'));
    }

    /** @dataProvider drivers */
    public function testAFileImportInSlicesIndexesItsPersonsAndTheUndoRemovesThem(string $driver): void
    {
        $contacts = $this->connect($driver);
        $file = TestDatabase::tempDir() . '/clients.csv';
        file_put_contents($file, "Company;INN;Contact person;Contact e-mail\n"
            . "Romashka LLC;7707083893;Иванова Анна Сергеевна;anna@romashka.ru\n"
            . "Vektor LLC;7736050003;Петров Пётр;petr@vektor.ru\n"
            . "Lutik LLC;;Смирнов Иван;\n");
        $service = new ImportService($this->db, 'RU', 2);
        $import = $service->prepare($file, 'clients.csv', null);
        $job = $service->start($import);
        (new JobRunner($this->db, [ImportService::JOB_TYPE => new ImportJob($service)]))->runNext(null, null, $job);
        self::assertSame('done', $service->find($import)['state']);

        self::assertSame(['Иванова Анна Сергеевна'], $this->find($contacts, 'сергеевна'));
        self::assertSame(['Иванова Анна Сергеевна'], $this->find($contacts, 'anna@'));
        self::assertSame(['Петров Пётр'], $this->find($contacts, 'vektor.ru'));
        self::assertSame(['Смирнов Иван'], $this->find($contacts, 'smirnov'), 'a person of the second slice');

        self::assertTrue($service->undo($import));
        self::assertSame([], $this->find($contacts, 'сергеевна'));
        self::assertSame(0, (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_contact_word'));
    }

    /** @dataProvider drivers */
    public function testAPartInsideAWordIsTheLastResortAndSaysSo(string $driver): void
    {
        $contacts = $this->connect($driver);
        $this->save($contacts, ['last_name' => 'Иванова', 'first_name' => 'Анна']);
        $this->save($contacts, ['last_name' => 'Смирнов', 'first_name' => 'Иван']);

        $page = $this->page($contacts, 'ванов');
        self::assertSame(['Иванова Анна'], array_map(static fn (array $r): string => ContactRepository::fullName($r), $page->rows));
        self::assertTrue($page->partial);
        self::assertFalse($page->totalCapped);
        self::assertFalse($this->page($contacts, 'иван')->partial, 'a word that starts so is found first');
        self::assertSame([], $this->find($contacts, 'ябл'));

        $companies = new CompanyService($this->db, 'RU');
        $this->db->transaction(function (Connection $db): void {
            for ($i = 0; $i <= CompanyRepository::PARTIAL_LIMIT; $i++) {
                $db->insert('kcrm_company', ['name' => "Ромашка $i", 'company_key' => "ромашка $i"]);
            }
        });
        $page = $companies->search(new ListQuery('машк'));
        self::assertTrue($page->partial);
        self::assertTrue($page->totalCapped, 'more than the limit: the first ones, and the page says so');
        self::assertSame(CompanyRepository::PARTIAL_LIMIT, $page->total);
        self::assertCount(20, $page->rows);
        self::assertStringStartsWith('Ромашка', (string) $page->rows[0]['name']);
        $page = $companies->search(new ListQuery('машк 99'));
        self::assertFalse($page->totalCapped);
        self::assertSame(19, $page->total, 'every number with 99 in it: 99, 199 … 899, 990 … 999');
        self::assertSame(['Ромашка 199', 'Ромашка 299'], array_slice(array_column($page->rows, 'name'), 0, 2), 'by name');
    }

    public function testTheListPageTellsThatOnlyPartsInsideWordsMatched(): void
    {
        self::requireExtension();
        $dsn = TestDatabase::sqliteDsn();
        $db = Connection::open($dsn);
        (new \Kartoteka\Crm\Install\Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        (new ContactService($db, 'RU'))->save(['last_name' => 'Иванова', 'first_name' => 'Анна']);
        $this->startServer($dsn);
        [, , $body] = $this->request('GET', '/crm/login?lang=en');
        $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => self::token($body)]);

        [$status, , $body] = $this->request('GET', '/crm/contacts?q=' . rawurlencode('ванов'));
        self::assertSame(200, $status);
        self::assertStringContainsString('Иванова', $body);
        self::assertStringContainsString('No word starts with this text; these cards have it inside a word.', $body);
        [, , $body] = $this->request('GET', '/crm/contacts?q=' . rawurlencode('иванова'));
        self::assertStringContainsString('Иванова', $body);
        self::assertStringNotContainsString('No word starts with this text', $body);
    }

    /** @dataProvider drivers */
    public function testWriteManyStoresExactlyTheWordsGivenWhateverWasThere(string $driver): void
    {
        $contacts = $this->connect($driver);
        $a = $this->save($contacts, ['last_name' => 'Ёлкин', 'first_name' => 'Пётр']);
        $b = $this->save($contacts, ['last_name' => 'Иванов', 'first_name' => 'Иван']);
        $index = WordIndex::contacts();
        $stored = function (int $id): array {
            $words = array_map('strval', array_column($this->db->fetchAll('SELECT word FROM kcrm_contact_word WHERE contact_id = ?', [$id]), 'word'));
            sort($words);
            return $words;
        };

        // ё/е and case twins are different words to the application, on every driver
        $index->writeMany($this->db, [$a => ['ёлкин', 'елкин', 'Елкин', '123'], $b => ['ivan', 'ivanov']]);
        self::assertSame(['123', 'Елкин', 'елкин', 'ёлкин'], $stored($a));
        // only gaining: the new word is added, the others stay
        $index->writeMany($this->db, [$a => ['ёлкин', 'елкин', 'Елкин', '123', 'elkin'], $b => ['ivan', 'ivanov']]);
        self::assertSame(['123', 'elkin', 'Елкин', 'елкин', 'ёлкин'], $stored($a));
        // losing one twin keeps the other (MySQL's collation holds them equal)
        $index->writeMany($this->db, [$a => ['елкин', '123', 'elkin', 'elkin']]);
        self::assertSame(['123', 'elkin', 'елкин'], $stored($a));
        self::assertSame(['ivan', 'ivanov'], $stored($b), 'another card is left alone');
        $index->writeMany($this->db, [$a => []]);
        self::assertSame([], $stored($a));
    }
}
