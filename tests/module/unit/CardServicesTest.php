<?php
// Organisations and contact persons through their services, on SQLite and (when KCRM_TEST_PGSQL_DSN is set) PostgreSQL.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Activity\Timeline;
use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Db\Migrator;
use Kartoteka\Crm\Report\Summary;
use PHPUnit\Framework\TestCase;

final class CardServicesTest extends TestCase
{
    private Connection $db;
    private ?string $schema = null;

    /** @return array<string, array{0: string}> */
    public static function drivers(): array
    {
        return ['sqlite' => ['sqlite'], 'pgsql' => ['pgsql']];
    }

    private function connect(string $driver): void
    {
        if (!function_exists('Crm\Phone\parse') || !function_exists('Crm\Dedup\companyKey')) {
            self::markTestSkipped('Needs the crm extension with Crm\Phone and Crm\Dedup: php -d extension=…/crm.so');
        }
        if ($driver === 'sqlite') {
            $this->db = TestDatabase::installed();
            return;
        }
        $dsn = getenv('KCRM_TEST_PGSQL_DSN');
        if (!is_string($dsn) || $dsn === '') {
            self::markTestSkipped('Set KCRM_TEST_PGSQL_DSN (scripts/pg-test-db prints one) to run this on PostgreSQL.');
        }
        $this->db = Connection::open($dsn);
        // A schema of its own, so parallel runs and the migration tests do not meet in one database.
        $this->schema = 'kcrm_cards_' . bin2hex(random_bytes(4));
        $this->db->execute('CREATE SCHEMA ' . $this->schema);
        $this->db->execute('SET search_path TO ' . $this->schema);
        (new Migrator($this->db, KCRM_MODULE_DIR . '/install/db'))->migrate();
    }

    protected function tearDown(): void
    {
        if ($this->schema !== null) {
            $this->db->execute('SET search_path TO public');
            $this->db->execute('DROP SCHEMA ' . $this->schema . ' CASCADE');
        }
    }

    private function companies(): CompanyService
    {
        return new CompanyService($this->db, 'RU');
    }

    private function contacts(): ContactService
    {
        return new ContactService($this->db, 'RU');
    }

    private function list(string $q, array $more = []): array
    {
        $page = $this->companies()->search(ListQuery::fromArray(['q' => $q] + $more, CompanyRepository::sorts()));
        return array_column($page->rows, 'name');
    }

    /** @dataProvider drivers */
    public function testSearchFindsAnOrganisationByPhoneWrittenDifferentlyByNameAndByInn(string $driver): void
    {
        $this->connect($driver);
        $saved = $this->companies()->save([
            'name' => 'ООО «Ромашка»', 'inn' => '7707083893', 'city' => 'Москва',
            'phones' => ['8 (495) 123-45-67 доб. 12'], 'emails' => ['Info@Romashka.ru'],
        ]);
        self::assertTrue($saved->saved(), json_encode($saved->errors + $saved->warnings, JSON_UNESCAPED_UNICODE));
        $this->companies()->save(['name' => 'Лютик АО', 'phones' => ['+7 812 000-00-00']], null, 'x');

        $phone = $this->db->fetchOne('SELECT raw, e164, extension, type FROM kcrm_phone');
        self::assertSame(['raw' => '8 (495) 123-45-67 доб. 12', 'e164' => '+74951234567', 'extension' => '12', 'type' => 'fixed'], $phone);
        self::assertSame('ромашка', $this->db->fetchValue('SELECT company_key FROM kcrm_company WHERE id = ?', [$saved->id]));
        self::assertSame('info@romashka.ru', $this->db->fetchValue('SELECT email_key FROM kcrm_email'));

        self::assertSame(['ООО «Ромашка»'], $this->list('+7 495 1234567'));
        self::assertSame(['ООО «Ромашка»'], $this->list('84951234567'));
        self::assertSame(['ООО «Ромашка»'], $this->list('РОМАШ'));
        self::assertSame(['ООО «Ромашка»'], $this->list('ромашка ооо'));
        self::assertSame(['ООО «Ромашка»'], $this->list('770708'));
        self::assertSame([], $this->list('+7 495 7654321'));
        self::assertSame(['ООО «Ромашка»'], $this->list('', ['city' => 'москва']));
        self::assertSame(['Лютик АО', 'ООО «Ромашка»'], $this->list('', ['sort' => 'name']));
        self::assertSame(['ООО «Ромашка»', 'Лютик АО'], $this->list('', ['sort' => 'name', 'dir' => 'desc']));
        self::assertSame([], $this->list('', ['to' => '2000-01-01']));
        self::assertSame(['Лютик АО', 'ООО «Ромашка»'], $this->list('', ['from' => gmdate('Y-m-d'), 'to' => gmdate('Y-m-d')]));
        $page = $this->companies()->search(ListQuery::fromArray(['per_page' => '20', 'page' => '2'], CompanyRepository::sorts()));
        self::assertSame([2, 0, 2], [$page->total, count($page->rows), $page->page]);
    }

    /** @dataProvider drivers */
    public function testInvalidInnIsAFieldErrorNamingTheField(string $driver): void
    {
        $this->connect($driver);
        $result = $this->companies()->save(['name' => 'Test', 'inn' => '7707083894', 'kpp' => '12', 'ogrn' => '1027700132195']);
        self::assertFalse($result->saved());
        self::assertSame('KCRM_ERROR_INN_INVALID', $result->errors['inn']['code']);
        self::assertSame('KCRM_ERROR_KPP_INVALID', $result->errors['kpp']['code']);
        self::assertArrayNotHasKey('ogrn', $result->errors);
        self::assertSame(0, (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_company'));

        $messages = new \Kartoteka\Crm\Localization\Messages('ru');
        $messages->loadMessages(KCRM_MODULE_DIR . '/lib/http/pagecontext.php');
        $text = (string) $messages->getMessage($result->errors['inn']['code'], $result->errors['inn']['replace']);
        self::assertStringStartsWith('ИНН: «7707083894»', $text);
    }

    /** @dataProvider drivers */
    public function testDuplicateWarningsByInnPhoneAndEmailThenSaveAnyway(string $driver): void
    {
        $this->connect($driver);
        $first = $this->companies()->save(['name' => 'ООО «Ромашка»', 'inn' => '7707083893', 'phones' => ['+7 495 123-45-67']]);
        $person = $this->contacts()->save(['last_name' => 'Иванова', 'first_name' => 'Анна', 'emails' => ['anna@example.com']]);
        self::assertTrue($first->saved() && $person->saved());

        $input = ['name' => 'Ромашка', 'inn' => '7707 083 893', 'phones' => ['8 495 1234567'], 'emails' => ['ANNA@example.com']];
        $warned = $this->companies()->save($input);
        self::assertFalse($warned->saved());
        $reasons = array_map(static fn (array $w): string => $w['reason'] . ':' . $w['owner_type'] . ':' . $w['owner_id'], $warned->warnings);
        sort($reasons);
        self::assertSame(['email:contact:' . $person->id, 'inn:company:' . $first->id, 'phone:company:' . $first->id], $reasons);

        self::assertFalse($this->companies()->save($input, null, 'forged')->saved(), 'only the fingerprint of these warnings confirms them');
        self::assertTrue($this->companies()->save($input, null, $warned->fingerprint)->saved(), 'save anyway');
        self::assertSame(2, (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_company WHERE inn = ?', ['7707083893']));

        // Editing a card does not warn about the card itself, only about the copy saved anyway.
        $edit = $this->companies()->save(['name' => 'ООО «Ромашка»', 'phones' => ['+7 495 123-45-67']], $first->id);
        self::assertSame(['phone'], array_column($edit->warnings, 'reason'));
        self::assertNotSame($first->id, $edit->warnings[0]['owner_id']);
    }

    /** @dataProvider drivers */
    public function testSoftDeleteHidesAndUndoBringsBack(string $driver): void
    {
        $this->connect($driver);
        $id = (int) $this->companies()->save(['name' => 'Лютик', 'phones' => ['+7 812 555-55-55']])->id;
        self::assertTrue($this->companies()->delete($id));
        self::assertSame([], $this->list('Лютик'));
        self::assertSame(['Лютик'], $this->list('Лютик', ['deleted' => '1']));
        self::assertNotNull($this->companies()->card($id)['deleted_at']);
        self::assertSame([], $this->companies()->warnings(['phones' => ['+7 812 555-55-55']]), 'a deleted card is no duplicate');
        self::assertSame(1, (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_phone'), 'nothing is lost');
        self::assertTrue($this->companies()->restore($id));
        self::assertSame(['Лютик'], $this->list('+78125555555'));
        self::assertSame(0, (new Summary($this->db))->counts()['contacts']);
    }

    /** @dataProvider drivers */
    public function testContactInTwoCompaniesWithTwoRolesAndOneWithout(string $driver): void
    {
        $this->connect($driver);
        $a = (int) $this->companies()->save(['name' => 'ООО «Ромашка»'])->id;
        $b = (int) $this->companies()->save(['name' => 'Лютик АО'])->id;
        $saved = $this->contacts()->save([
            'last_name' => 'Иванова', 'first_name' => 'Анна', 'middle_name' => 'Сергеевна',
            'phones' => ['+7 916 123-45-67'], 'emails' => ['anna@example.com'],
            'companies' => [
                ['company_id' => (string) $a, 'role' => 'accountant', 'position' => 'Главный бухгалтер'],
                ['company_id' => (string) $b, 'role' => 'supplier', 'position' => ''],
                ['company_id' => '', 'role' => 'other', 'position' => ''],
            ],
        ]);
        self::assertTrue($saved->saved(), json_encode($saved->errors + $saved->warnings, JSON_UNESCAPED_UNICODE));
        $card = $this->contacts()->card((int) $saved->id);
        $roles = array_map(static fn (array $m): string => $m['company_name'] . '=' . $m['role'], $card['companies']);
        sort($roles);
        self::assertSame(['Лютик АО=supplier', 'ООО «Ромашка»=accountant'], $roles);
        self::assertSame('Главный бухгалтер', $this->companies()->card($a)['contacts'][0]['position']);
        self::assertSame('accountant', $this->companies()->card($a)['contacts'][0]['role']);

        $alone = $this->contacts()->save(['first_name' => 'Пётр']);
        self::assertTrue($alone->saved());
        self::assertSame([], $this->contacts()->card((int) $alone->id)['companies']);

        $bad = $this->contacts()->save(['last_name' => 'X', 'companies' => [['company_id' => (string) $a, 'role' => 'astronaut']]]);
        self::assertSame('KCRM_ERROR_ROLE_INVALID', $bad->errors['companies']['code']);
        self::assertSame('KCRM_ERROR_CONTACT_NAME_REQUIRED', $this->contacts()->save([])->errors['last_name']['code']);

        $find = fn (array $q): array => array_map(
            static fn (array $r): string => ContactRepository::fullName($r),
            $this->contacts()->search(ListQuery::fromArray($q, ContactRepository::sorts()))->rows
        );
        self::assertSame(['Иванова Анна Сергеевна'], $find(['q' => 'Анна Иванова']));
        self::assertSame(['Иванова Анна Сергеевна'], $find(['q' => '8 916 1234567']));
        self::assertSame(['Иванова Анна Сергеевна'], $find(['q' => 'ANNA@example.com']));
        self::assertSame(['Иванова Анна Сергеевна'], $find(['company' => (string) $b]));
        // The organisation is found by its accountant's phone too.
        self::assertSame(['ООО «Ромашка»'], array_values(array_filter($this->list('+79161234567'), static fn (string $n): bool => $n === 'ООО «Ромашка»')));
    }

    /** @dataProvider drivers */
    public function testTimelineAndTasks(string $driver): void
    {
        $this->connect($driver);
        $company = (int) $this->companies()->save(['name' => 'ООО «Ромашка»'])->id;
        $person = (int) $this->contacts()->save(['last_name' => 'Иванова', 'companies' => [['company_id' => (string) $company, 'role' => 'director']]])->id;
        $timeline = new Timeline($this->db);
        $call = $timeline->log(null, $person, null, ['type' => 'call', 'direction' => 'out', 'result' => 'reached', 'duration_minutes' => '2,5', 'subject' => 'Счёт', 'happened_at' => '2026-03-01T10:00']);
        self::assertIsInt($call);
        self::assertSame(['subject' => 'KCRM_ERROR_ACTIVITY_EMPTY'], $timeline->log($company, null, null, ['type' => 'note']));
        self::assertArrayHasKey('owner', $timeline->log($company + 100, null, null, ['type' => 'note', 'subject' => 'x']));
        $timeline->log($company, null, null, ['type' => 'note', 'subject' => 'Позже', 'happened_at' => '2026-03-02 09:00']);
        $activities = $timeline->ofCompany($company)['activities'];
        self::assertSame(['Позже', 'Счёт'], array_column($activities, 'subject'), 'the company shows its people\'s activities too');
        self::assertSame(150, (int) $activities[1]['duration_seconds']);

        $task = $timeline->addTask($company, null, 1, ['title' => 'Перезвонить', 'due_at' => gmdate('Y-m-d') . 'T09:00']);
        self::assertIsInt($task);
        self::assertSame(['Перезвонить'], array_column((new Summary($this->db))->tasksDueToday(1, gmdate('Y-m-d')), 'title'));
        self::assertSame('done', $timeline->toggleTask($task));
        self::assertSame([], (new Summary($this->db))->tasksDueToday(1, gmdate('Y-m-d')));
        self::assertSame('open', $timeline->toggleTask($task));
    }
}
