<?php
// Over real HTTP on SQLite, PostgreSQL and MariaDB: what a sales manager could learn about another
// manager's records through a card they may open (its contact persons and timeline) and through the
// import (its messages about cards that already exist, the list of recent imports).

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Import\ImportJob;
use Kartoteka\Crm\Import\ImportService;
use Kartoteka\Crm\Jobs\JobRunner;
use PHPUnit\Framework\TestCase;

final class ScopeLeaksHttpTest extends TestCase
{
    use EveryDriver;
    use StandaloneServer;

    /** @return array{0: Connection, 1: string} */
    private static function database(string $driver): array
    {
        self::requireExtension();
        $found = TestDatabase::onDriverOrSkip($driver);
        return $found;
    }

    /**
     * Sales managers here may open each other's organisations (company view: group) but keep their
     * contact persons and activities to themselves (own), as a site may set it; and one of Anna's
     * organisations is deleted, so the person tied to it is no longer hers through it.
     *
     * @dataProvider drivers
     */
    public function testACardShowsAnotherManagersPersonsAndTimelineOnlyAsThere(string $driver): void
    {
        [$db, $dsn] = self::database($driver);
        $anna = TestDatabase::member($db, 'anna', 'sales_manager');
        $boris = TestDatabase::member($db, 'boris', 'sales_manager');
        (new UserRepository($db))->grant('sales_manager', 'company', 'view', 'group');
        $companies = new CompanyService($db, 'RU');
        $people = new ContactService($db, 'RU');
        $boriss = $companies->save(['name' => 'Лютик Бориса', 'responsible_user_id' => (string) $boris])->id;
        $annas = $companies->save(['name' => 'Ромашка Анны', 'responsible_user_id' => (string) $anna])->id;
        $annasOld = $companies->save(['name' => 'Закрытая Анны', 'responsible_user_id' => (string) $anna])->id;
        self::assertNotNull($boriss);
        self::assertNotNull($annas);
        self::assertNotNull($annasOld);
        $petrov = $people->save(['last_name' => 'Петров', 'first_name' => 'Пётр', 'phones' => ['+7 916 111-22-33'],
            'emails' => ['petrov@lutik.example'], 'responsible_user_id' => (string) $boris,
            'companies' => [['company_id' => (string) $boriss, 'role' => 'director', 'position' => 'Директор по закупкам'],
                ['company_id' => (string) $annasOld, 'role' => 'supplier', 'position' => 'Поставщик Бориса']]])->id;
        $ivanova = $people->save(['last_name' => 'Иванова', 'first_name' => 'Анна', 'responsible_user_id' => (string) $anna,
            'companies' => [['company_id' => (string) $boriss, 'role' => 'accountant']]])->id;
        $kozlov = $people->save(['last_name' => 'Козлов', 'first_name' => 'Кирилл', 'responsible_user_id' => (string) $boris])->id;
        self::assertNotNull($petrov);
        self::assertNotNull($ivanova);
        self::assertNotNull($kozlov);
        $companies->delete($annasOld);
        $now = gmdate('Y-m-d H:i:s');
        $db->insert('kcrm_activity', ['type' => 'call', 'subject' => 'Секретный звонок', 'company_id' => $boriss, 'user_id' => $boris, 'happened_at' => $now]);
        $db->insert('kcrm_activity', ['type' => 'note', 'subject' => 'Заметка о Петрове', 'contact_id' => $petrov, 'user_id' => $boris, 'happened_at' => $now]);
        $db->insert('kcrm_task', ['title' => 'Задача Бориса', 'company_id' => $boriss, 'responsible_user_id' => $boris, 'due_at' => $now]);
        $db->insert('kcrm_task', ['title' => 'Поручение Анне', 'company_id' => $boriss, 'responsible_user_id' => $anna, 'due_at' => $now]);
        // A meeting on Anna's organisation that names one of Boris's people.
        $db->insert('kcrm_activity', ['type' => 'meeting', 'subject' => 'Встреча на складе', 'company_id' => $annas, 'contact_id' => $kozlov, 'user_id' => $anna, 'happened_at' => $now]);
        $this->startServer($dsn);
        $this->signIn('anna', 'password of anna');

        // His organisation: she may open it, and sees that he has a director there, not who.
        [$status, , $body] = $this->request('GET', '/crm/company?lang=en&id=' . $boriss);
        self::assertSame(200, $status);
        self::assertStringContainsString('Лютик Бориса', $body);
        self::assertSame(1, substr_count($body, 'class="foreign-contact"'), 'one row for his person');
        self::assertStringContainsString("another manager&apos;s contact person", $body);
        self::assertStringContainsString('director', $body, 'the role in the organisation stays');
        self::assertStringContainsString('Иванова Анна', $body, 'her own person on his organisation');
        self::assertStringContainsString('contact?id=' . $ivanova . '"', $body);
        self::assertStringContainsString('Поручение Анне', $body, 'her task on his card');
        foreach (['Петров', '+7 916 111-22-33', '111-22-33', 'petrov@lutik.example', 'Директор по закупкам', 'contact?id=' . $petrov . '"',
            'Секретный звонок', 'Заметка о Петрове', 'Задача Бориса'] as $secret) {
            self::assertStringNotContainsString($secret, $body, $secret);
        }
        [$status] = $this->request('GET', '/crm/contact?lang=en&id=' . $petrov);
        self::assertSame(403, $status, 'and his person\'s card stays closed');

        // Her deleted organisation: the person tied to it is no longer hers through it.
        [$status, , $body] = $this->request('GET', '/crm/company?lang=ru&id=' . $annasOld);
        self::assertSame(200, $status);
        self::assertStringContainsString('контактное лицо другого менеджера', $body);
        self::assertStringNotContainsString('Петров', $body);
        self::assertStringNotContainsString('Поставщик Бориса', $body);

        // Her organisation's timeline keeps the meeting and leaves out whom it names.
        [$status, , $body] = $this->request('GET', '/crm/company?lang=sv&id=' . $annas);
        self::assertSame(200, $status);
        self::assertStringContainsString('Встреча на складе', $body);
        self::assertStringContainsString('en annan säljares kontaktperson', $body);
        self::assertStringNotContainsString('Козлов', $body);

        // The head of sales sees all of it, with names.
        TestDatabase::member($db, 'head', 'head_of_sales');
        $this->signIn('head', 'password of head');
        [, , $body] = $this->request('GET', '/crm/company?lang=en&id=' . $boriss);
        self::assertStringNotContainsString('class="foreign-contact"', $body);
        foreach (['Петров Пётр', '+7 916 111-22-33', 'Директор по закупкам', 'Секретный звонок', 'Заметка о Петрове', 'Задача Бориса'] as $shown) {
            self::assertStringContainsString($shown, $body, $shown);
        }
        [, , $body] = $this->request('GET', '/crm/company?lang=en&id=' . $annas);
        self::assertStringContainsString('Козлов Кирилл', $body);
    }

    /**
     * A manager's import meets cards of another manager: those rows are skipped with a message that
     * says only that such a card exists (the value from her own file), and his cards stay unchanged.
     *
     * @dataProvider drivers
     */
    public function testAnImportLeavesAnotherManagersCardsAloneAndSaysOnlyThatOneExists(string $driver): void
    {
        [$db, $dsn] = self::database($driver);
        $anna = TestDatabase::member($db, 'anna', 'sales_manager');
        $boris = TestDatabase::member($db, 'boris', 'sales_manager');
        $boriss = (new CompanyService($db, 'RU'))->save(['name' => 'Лютик Бориса', 'inn' => '7707083893',
            'phones' => ['+7 495 123-45-67'], 'responsible_user_id' => (string) $boris])->id;
        $petrov = (new ContactService($db, 'RU'))->save(['last_name' => 'Петров', 'first_name' => 'Пётр',
            'emails' => ['petrov@lutik.example'], 'responsible_user_id' => (string) $boris])->id;
        self::assertNotNull($boriss);
        self::assertNotNull($petrov);
        $folder = TestDatabase::tempDir();
        file_put_contents($folder . '/boris-secret-list.csv', "Наименование;Город\nЛютик;Тверь\n");
        (new ImportService($db, 'RU'))->prepare($folder . '/boris-secret-list.csv', 'boris-secret-list.csv', $boris);
        $uploads = TestDatabase::tempDir() . '/uploads';
        $this->startServer($dsn, ['KARTOTEKA_CRM_UPLOADS' => $uploads]);
        $token = $this->signIn('anna', 'password of anna');

        $csv = "Наименование;ИНН;Контактное лицо;Телефон;E-mail;Город\r\n"
            . "ООО Лютик;7707083893;;+7 495 000-00-01;;Москва\r\n"
            . ";;Петров Пётр;;petrov@lutik.example;\r\n"
            . "ООО Ромашка;;Иванова Анна;+7 916 000-00-02;;Казань\r\n";
        [$status, $headers] = $this->request('POST', '/crm/import', ['csrf_token' => $token], ['file', 'annas.csv', $csv]);
        self::assertSame(303, $status);
        $id = (int) substr($headers['location'], strlen('/crm/import_preview?id='));
        $form = ['csrf_token' => $token, 'id' => (string) $id];
        foreach (['company_name', 'inn', 'contact_name', 'contact_phones', 'contact_emails', 'city'] as $i => $field) {
            $form["mapping[$i]"] = $field;
        }
        [$status] = $this->request('POST', '/crm/import_start', $form);
        self::assertSame(303, $status);
        $jobId = (int) $db->fetchValue('SELECT job_id FROM kcrm_import_job WHERE id = ?', [$id]);
        (new JobRunner($db, [ImportService::JOB_TYPE => new ImportJob(new ImportService($db, 'RU'))]))->runNext(null, null, $jobId);

        $import = (new ImportService($db, 'RU'))->find($id);
        self::assertNotNull($import);
        self::assertSame('done', $import['state']);
        self::assertSame(['created' => 1, 'skipped' => 2], array_intersect_key($import['stats'], ['created' => 0, 'skipped' => 0]));
        // His cards are as they were, and there is no second one.
        self::assertSame(1, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_company WHERE inn = '7707083893'"));
        self::assertNull($db->fetchValue('SELECT city FROM kcrm_company WHERE id = ?', [$boriss]));
        self::assertSame(1, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_phone WHERE owner_type = 'company' AND owner_id = ?", [$boriss]));
        self::assertSame(1, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_contact WHERE last_name = 'Петров'"));
        self::assertSame($anna, (int) $db->fetchValue("SELECT responsible_user_id FROM kcrm_company WHERE name = 'ООО Ромашка'"));

        foreach ([
            'ru' => ['строка 2, столбец «ИНН»: организация «7707083893» уже есть и закреплена за другим менеджером',
                'строка 3, столбец «Контактное лицо»: контактное лицо «Петров Пётр» уже есть и закреплено за другим менеджером'],
            'en' => ['row 2, column «ИНН»: the organisation &quot;7707083893&quot; already exists and belongs to another manager',
                'row 3, column «Контактное лицо»: the contact person &quot;Петров Пётр&quot; already exists and belongs to another manager'],
            'sv' => ['rad 2, kolumn «ИНН»: företaget &quot;7707083893&quot; finns redan och tillhör en annan säljare',
                'rad 3, kolumn «Контактное лицо»: kontaktpersonen &quot;Петров Пётр&quot; finns redan och tillhör en annan säljare'],
        ] as $lang => $texts) {
            [$status, , $body] = $this->request('GET', "/crm/import_job?lang=$lang&id=$id");
            self::assertSame(200, $status);
            foreach ($texts as $text) {
                self::assertStringContainsString($text, $body, $lang);
            }
            foreach (['Лютик Бориса', 'company?id=' . $boriss . '"', 'contact?id=' . $petrov . '"', '+7 495 123-45-67'] as $secret) {
                self::assertStringNotContainsString($secret, $body, $secret);
            }
        }

        // The wizard's list of recent imports: hers, not his.
        [, , $body] = $this->request('GET', '/crm/import?lang=en');
        self::assertStringContainsString('annas.csv', $body);
        self::assertStringNotContainsString('boris-secret-list.csv', $body);
        $this->signIn('admin', 'correct horse');
        [, , $body] = $this->request('GET', '/crm/import?lang=en');
        self::assertStringContainsString('boris-secret-list.csv', $body);
    }
}
