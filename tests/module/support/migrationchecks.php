<?php
// Checks shared by the SQLite, PostgreSQL and MySQL migration tests, so all three prove the same schema.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\ContactWords;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Db\Migrator;

trait MigrationChecks
{
    private const CORE_TABLES = [
        'kcrm_user', 'kcrm_user_group', 'kcrm_user_group_member', 'kcrm_permission', 'kcrm_company',
        'kcrm_contact', 'kcrm_company_contact', 'kcrm_phone', 'kcrm_email', 'kcrm_activity', 'kcrm_task',
        'kcrm_audit_log', 'kcrm_setting', 'kcrm_session', 'kcrm_login_attempt',
    ];
    private const IMPORT_TABLES = ['kcrm_job', 'kcrm_import_job', 'kcrm_import_row'];

    abstract protected function connect(): Connection;

    public function testAppliesOnceAndRerunsIdempotently(): void
    {
        $db = $this->connect();
        $migrator = new Migrator($db, KCRM_MODULE_DIR . '/install/db');
        self::assertSame([1, 2, 3, 4, 5, 6, 7], $migrator->migrate());
        foreach ([...self::CORE_TABLES, ...self::IMPORT_TABLES] as $table) {
            self::assertTrue($db->hasTable($table), "$table missing");
        }
        self::assertSame([], $migrator->migrate(), 'a second run must apply nothing');
        self::assertSame([1, 2, 3, 4, 5, 6, 7], $migrator->applied());
        self::assertNull($db->fetchValue('SELECT result FROM kcrm_activity'), '002 adds the call columns');
        self::assertSame([], $migrator->pending());
        $groups = array_column($db->fetchAll('SELECT code FROM kcrm_user_group ORDER BY code'), 'code');
        self::assertSame(['admin', 'head_of_sales', 'sales_manager', 'support_agent'], $groups, '004 adds the built-in groups');
    }

    public function testConstraintsHold(): void
    {
        $db = $this->connect();
        (new Migrator($db, KCRM_MODULE_DIR . '/install/db'))->migrate();
        $company = $db->insert('kcrm_company', ['name' => 'ООО «Ромашка»', 'company_key' => 'ромашка', 'inn' => '7707083893']);
        $contact = $db->insert('kcrm_contact', ['last_name' => 'Иванова', 'first_name' => 'Анна', 'person_key' => 'ivanova anna']);
        $db->insert('kcrm_company_contact', ['company_id' => $company, 'contact_id' => $contact, 'role' => 'accountant', 'position' => 'Главный бухгалтер']);
        self::assertSame('ООО «Ромашка»', $db->fetchValue('SELECT name FROM kcrm_company WHERE inn = ?', ['7707083893']));

        try {
            $db->insert('kcrm_company_contact', ['company_id' => $company, 'contact_id' => $contact, 'role' => 'astronaut']);
            self::fail('a role outside the list must be refused');
        } catch (\PDOException) {
            self::addToAssertionCount(1);
        }
        try {
            $db->insert('kcrm_company_contact', ['company_id' => $company + 1000, 'contact_id' => $contact, 'role' => 'other']);
            self::fail('a link to a missing company must be refused');
        } catch (\PDOException) {
            self::addToAssertionCount(1);
        }
        // Deleting a company removes its links to contact persons, not the persons.
        $db->execute('DELETE FROM kcrm_company WHERE id = ?', [$company]);
        self::assertSame(0, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_company_contact'));
        self::assertSame(1, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_contact'));
    }

    public function testRevertDropsWhatTheMigrationCreated(): void
    {
        $db = $this->connect();
        $migrator = new Migrator($db, KCRM_MODULE_DIR . '/install/db');
        $migrator->migrate();
        $migrator->revert([7]);
        self::assertFalse($db->hasTable('kcrm_contact_word'), '007 alone can be undone');
        self::assertTrue($db->hasTable('kcrm_company_word'));
        $migrator->revert([6]);
        self::assertFalse($db->hasTable('kcrm_company_word'), '006 alone can be undone');
        $migrator->revert([5]);
        self::assertSame([1, 2, 3, 4], $migrator->applied(), '005 alone can be undone');
        $migrator->revert([4]);
        self::assertSame(['admin'], array_column($db->fetchAll('SELECT code FROM kcrm_user_group'), 'code'), '004 alone can be undone');
        $migrator->revert([1, 2, 3]);
        foreach ([...self::CORE_TABLES, ...self::IMPORT_TABLES] as $table) {
            self::assertFalse($db->hasTable($table), "$table left behind");
        }
        self::assertSame([], $migrator->applied());
        self::assertSame([1, 2, 3, 4, 5, 6, 7], $migrator->migrate(), 'and it applies again after an undo');
        $migrator->revert([7, 6, 5, 4, 3]);
        self::assertSame([1, 2], $migrator->applied(), '003 alone can be undone');
        foreach (self::IMPORT_TABLES as $table) {
            self::assertFalse($db->hasTable($table), "$table left behind");
        }
        $migrator->revert([2]);
        self::assertSame([1], $migrator->applied(), '002 alone can be undone');
        self::assertSame([2, 3, 4, 5, 6, 7], $migrator->migrate());
    }

    public function testWordIndexIsFilledForTheOrganisationsBefore006(): void
    {
        $db = $this->connect();
        $migrator = new Migrator($db, KCRM_MODULE_DIR . '/install/db');
        $migrator->migrate();
        $migrator->revert([7, 6]);
        $a = $db->insert('kcrm_company', ['name' => 'Большая Ромашка', 'company_key' => 'большая ромашка']);
        $b = $db->insert('kcrm_company', ['name' => 'Ромашка Ромашка', 'company_key' => 'ромашка ромашка']);
        $db->insert('kcrm_company', ['name' => '', 'company_key' => '']);
        self::assertSame([6, 7], $migrator->migrate());
        $rows = $db->fetchAll('SELECT company_id, word FROM kcrm_company_word ORDER BY company_id, word');
        self::assertSame(
            [[$a, 'большая'], [$a, 'ромашка'], [$b, 'ромашка']],
            array_map(static fn (array $r): array => [(int) $r['company_id'], (string) $r['word']], $rows)
        );
    }

    public function testWordIndexIsFilledForTheContactPersonsBefore007AsTheApplicationWritesIt(): void
    {
        if (!function_exists('Crm\Dedup\personKey')) {
            self::markTestSkipped('Needs the crm extension: the application writes the words of personKey().');
        }
        $db = $this->connect();
        $migrator = new Migrator($db, KCRM_MODULE_DIR . '/install/db');
        $migrator->migrate();
        $migrator->revert([7]);
        $people = [
            ['Щукина', 'Юлия', 'Петровна', ['Yulia.Shchukina@Example.com', 'ю@почта.рф']],
            ['Иванов-Петров', 'Ivan', '', []],
            ['', '', '', ['без собаки']],
            ['Ёлкин', 'Пётр', 'Пётр', ['petr@x.ru', 'PETR@X.RU']],
        ];
        $ids = [];
        foreach ($people as [$last, $first, $middle, $emails]) {
            $key = \Crm\Dedup\personKey(trim("$last $first $middle"));
            $id = $db->insert('kcrm_contact', ['last_name' => $last, 'first_name' => $first, 'middle_name' => $middle, 'person_key' => $key]);
            foreach ($emails as $email) {
                $db->insert('kcrm_email', ['owner_type' => 'contact', 'owner_id' => $id, 'raw' => $email]);
            }
            $ids[$id] = ContactWords::of($key, $last, $first, $middle, $emails);
        }
        // A company's e-mail is not a person's word.
        $company = $db->insert('kcrm_company', ['name' => 'Ромашка', 'company_key' => 'ромашка']);
        $db->insert('kcrm_email', ['owner_type' => 'company', 'owner_id' => $company, 'raw' => 'info@romashka.ru']);
        self::assertSame([7], $migrator->migrate());

        $stored = [];
        foreach ($db->fetchAll('SELECT contact_id, word FROM kcrm_contact_word') as $r) {
            $stored[(int) $r['contact_id']][] = (string) $r['word'];
        }
        foreach ($ids as $id => $words) {
            sort($words);
            $got = $stored[$id] ?? [];
            sort($got);
            self::assertSame($words, $got, "words of person $id");
        }
        $first = array_key_first($ids);
        $yulia = $stored[$first];
        sort($yulia);
        self::assertSame(
            ['example.com', 'iulia', 'shchukina', 'yulia.shchukina@example.com', 'петровна', 'почта.рф', 'щукина', 'ю@почта.рф', 'юлия'],
            $yulia,
            'the key\'s words, the names lower-cased (patronymic too), each address and its domain'
        );
        self::assertSame(array_sum(array_map('count', $ids)), (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_contact_word'), 'no company e-mail among them');
    }
}
