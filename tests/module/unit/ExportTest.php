<?php
// CSV export of the organisation and contact person lists: cells Excel and the Reader read back as
// written, the list's filters, sort and rights scope over HTTP on SQLite, PostgreSQL and MariaDB
// (button, 403, CSRF, audit log), a round trip through the import, and 100,000 rows in bounded memory.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Export\CsvWriter;
use Kartoteka\Crm\Export\ListExport;
use Kartoteka\Crm\Import\ColumnMapping;
use Kartoteka\Crm\Import\ImportJob;
use Kartoteka\Crm\Import\ImportService;
use Kartoteka\Crm\Jobs\JobRunner;
use Kartoteka\Crm\Localization\Messages;
use PHPUnit\Framework\TestCase;

final class ExportTest extends TestCase
{
    use EveryDriver;
    use StandaloneServer;

    /** @return array{0: Connection, 1: string} */
    private static function database(string $driver): array
    {
        self::requireExtension();
        if (!class_exists('Crm\Import\Reader')) {
            self::markTestSkipped('Needs the crm extension with Crm\Import\Reader.');
        }
        $found = TestDatabase::onDriverOrSkip($driver);
        return $found;
    }

    /** @return array{0: ?list<string>, 1: list<list<?string>>, 2: string} header, rows and encoding as the import's Reader sees the bytes */
    private static function read(string $bytes): array
    {
        $file = TestDatabase::tempDir() . '/export.csv';
        file_put_contents($file, $bytes);
        $reader = \Crm\Import\Reader::open($file, ['header' => true]);
        $rows = [];
        while (($batch = $reader->fetch(1000)) !== []) {
            array_push($rows, ...$batch);
        }
        self::assertSame(';', $reader->delimiter());
        return [$reader->header(), $rows, $reader->encoding()];
    }

    /** @param array<string, string> $translations */
    private static function headers(string $entity, string $language): array
    {
        $messages = new Messages($language);
        $messages->loadMessages(KCRM_MODULE_DIR . '/lib/http/exportpages.php');
        $out = [];
        foreach ($entity === 'company' ? ListExport::COMPANY_COLUMNS : ListExport::CONTACT_COLUMNS as $column) {
            $out[$column] = (string) $messages->getMessage('KCRM_EXPORT_' . strtoupper($entity) . '_' . strtoupper($column));
        }
        return $out;
    }

    public function testCellsComeBackAsWrittenAndFormulasStayText(): void
    {
        self::requireExtension();
        if (!class_exists('Crm\Import\Reader')) {
            self::markTestSkipped('Needs the crm extension with Crm\Import\Reader.');
        }
        $cells = ['ООО «Ромашка»; филиал', 'Он сказал "да"', "две\r\nстроки", '+7 495 123-45-67', '=HYPERLINK("http://x","y")', '@SUM(A1)', '', 'Москва'];
        $out = fopen('php://memory', 'w+b');
        $csv = new CsvWriter($out, 'UTF-8');
        $csv->row(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
        $csv->row($cells);
        rewind($out);
        $bytes = (string) stream_get_contents($out);
        self::assertStringStartsWith("\xEF\xBB\xBFA;B;C;D;E;F;G;H\r\n", $bytes, 'a BOM, so Excel reads UTF-8; ";" as Excel expects in ru/sv locales');
        self::assertStringEndsWith("\r\n", $bytes);
        self::assertStringContainsString(";'+7 495 123-45-67;", $bytes, 'a phone is not a formula to Excel');
        self::assertStringContainsString(';"\'=HYPERLINK(""http://x"",""y"")";', $bytes);
        [$header, $rows, $encoding] = self::read($bytes);
        self::assertSame('UTF-8', $encoding);
        self::assertSame(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], $header);
        self::assertCount(1, $rows);
        self::assertSame(['ООО «Ромашка»; филиал', 'Он сказал "да"', "две\r\nстроки", "'+7 495 123-45-67", "'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1)"], array_slice($rows[0], 0, 6));
        self::assertSame('Москва', $rows[0][7]);

        $out = fopen('php://memory', 'w+b');
        $csv = new CsvWriter($out, 'Windows-1251');
        $csv->row(['Наименование', 'Город']);
        $csv->row(['ООО «Ёлка»', 'Åre']);
        rewind($out);
        $bytes = (string) stream_get_contents($out);
        self::assertStringStartsWith(mb_convert_encoding('Наименование;Город', 'Windows-1251', 'UTF-8') . "\r\n", $bytes, 'no BOM in Windows-1251');
        [$header, $rows, $encoding] = self::read($bytes);
        self::assertSame('Windows-1251', $encoding);
        self::assertSame(['Наименование', 'Город'], $header);
        self::assertSame([['ООО «Ёлка»', '?re']], $rows, 'a letter Windows-1251 lacks becomes "?" (the form says so)');
    }

    public function testTheImportWizardMapsEveryExportedColumnBackInEveryLanguage(): void
    {
        foreach (Messages::LANGUAGES as $language) {
            self::assertSame(
                ['company_name', 'inn', 'kpp', 'ogrn', 'orgnr', 'legal_address', 'city', 'company_phones', 'company_emails', '', ''],
                ColumnMapping::suggest(array_values(self::headers('company', $language))),
                $language
            );
            self::assertSame(
                ['company_name', 'inn', 'orgnr', 'last_name', 'first_name', 'middle_name', 'position', 'role', 'contact_phones', 'contact_emails', '', '', ''],
                ColumnMapping::suggest(array_values(self::headers('contact', $language))),
                $language
            );
        }
    }

    /**
     * The download of a sales manager: her list as filtered and sorted on the page, her records only;
     * a support agent (no export right) has no button and gets 403.
     *
     * @dataProvider drivers
     */
    public function testAManagerDownloadsHerFilteredSortedListAndTheAuditLogSaysSo(string $driver): void
    {
        [$db, $dsn] = self::database($driver);
        $anna = TestDatabase::member($db, 'anna', 'sales_manager');
        $boris = TestDatabase::member($db, 'boris', 'sales_manager');
        TestDatabase::member($db, 'agent', 'support_agent');
        $companies = new CompanyService($db, 'RU');
        $ids = [];
        foreach ([['Альфа', 'Москва'], ['Бета', 'Москва'], ['Гамма', 'Москва'], ['Дельта', 'Казань']] as [$name, $city]) {
            $ids[$name] = $companies->save(['name' => "ООО «{$name}»", 'city' => $city, 'phones' => ['+7 495 100-00-0' . count($ids)],
                'responsible_user_id' => (string) $anna])->id;
        }
        $lutik = $companies->save(['name' => 'ООО «Лютик Бориса»', 'city' => 'Москва', 'responsible_user_id' => (string) $boris])->id;
        $people = new ContactService($db, 'RU');
        $people->save(['last_name' => 'Иванова', 'first_name' => 'Анна', 'emails' => ['ivanova@alfa.example'], 'responsible_user_id' => (string) $anna,
            'companies' => [['company_id' => (string) $ids['Альфа'], 'role' => 'accountant', 'position' => 'Главный бухгалтер'],
                ['company_id' => (string) $lutik, 'role' => 'accountant', 'position' => 'Бухгалтер на полставки']]]);
        $people->save(['last_name' => 'Петров', 'first_name' => 'Пётр', 'responsible_user_id' => (string) $boris]);
        $this->startServer($dsn);

        $token = $this->signIn('anna', 'password of anna');
        [$status, , $body] = $this->request('GET', '/crm/companies?lang=en&city=' . rawurlencode('Москва') . '&sort=name&dir=desc');
        self::assertSame(200, $status);
        self::assertStringContainsString('id="export"', $body);
        self::assertStringContainsString('action="/crm/companies_export?city=' . rawurlencode('Москва') . '&amp;sort=name&amp;dir=desc"', $body, 'the list\'s filters and sort go with the button');
        $exportUrl = '/crm/companies_export?city=' . rawurlencode('Москва') . '&sort=name&dir=desc';

        [$status] = $this->request('POST', $exportUrl, []);
        self::assertSame(403, $status, 'no token, no file');
        [$status, $headers] = $this->request('GET', $exportUrl);
        self::assertSame(303, $status, 'a typed address leads back to the list');
        self::assertSame('/crm/companies?city=' . rawurlencode('Москва') . '&sort=name&dir=desc', $headers['location']);

        [$status, $headers, $bytes] = $this->request('POST', $exportUrl . '&lang=ru', ['csrf_token' => $token]);
        self::assertSame(200, $status);
        self::assertSame('text/csv; charset=UTF-8', $headers['content-type']);
        self::assertStringStartsWith('attachment; filename="companies-' . gmdate('Y-m-d') . '.csv"', $headers['content-disposition']);
        self::assertStringStartsWith("\xEF\xBB\xBF", $bytes);
        [$header, $rows] = self::read($bytes);
        self::assertSame(array_values(self::headers('company', 'ru')), $header);
        self::assertSame(['ООО «Гамма»', 'ООО «Бета»', 'ООО «Альфа»'], array_column($rows, 0), 'Moscow only, name descending, not Boris\'s');
        self::assertSame("'+7 495 100-00-00", $rows[2][7]);
        self::assertSame('Anna', $rows[2][9]);

        [$status, $headers, $bytes] = $this->request('POST', '/crm/companies_export?q=' . rawurlencode('гамма'), ['csrf_token' => $token, 'encoding' => 'Windows-1251']);
        self::assertSame(200, $status);
        self::assertSame('text/csv; charset=Windows-1251', $headers['content-type']);
        self::assertStringStartsNotWith("\xEF\xBB\xBF", $bytes);
        [, $rows, $encoding] = self::read($bytes);
        self::assertSame('Windows-1251', $encoding);
        self::assertSame([['ООО «Гамма»']], array_map(static fn (array $r): array => [$r[0]], $rows), 'the search text narrows the file as it does the list');

        // Her persons: her accountant, without Boris's organisation (that she may not view), not his person.
        [$status, , $bytes] = $this->request('POST', '/crm/contacts_export?lang=sv', ['csrf_token' => $token]);
        self::assertSame(200, $status);
        [$header, $rows] = self::read($bytes);
        self::assertSame('Efternamn', $header[3]);
        self::assertSame([['ООО «Альфа»', 'Иванова', 'Главный бухгалтер', 'ekonomiansvarig', 'ivanova@alfa.example']],
            array_map(static fn (array $r): array => [$r[0], $r[3], $r[6], $r[7], $r[9]], $rows));
        self::assertStringNotContainsString('Лютик', $bytes);
        self::assertStringNotContainsString('Петров', $bytes);

        // The audit log: who, what, how many rows, with which filters.
        $log = $db->fetchAll("SELECT user_id, entity_type, details FROM kcrm_audit_log WHERE action = 'export' ORDER BY id");
        self::assertCount(3, $log);
        self::assertSame([$anna, $anna, $anna], array_map('intval', array_column($log, 'user_id')));
        self::assertSame(['company', 'company', 'contact'], array_column($log, 'entity_type'));
        $first = json_decode((string) $log[0]['details'], true);
        self::assertSame(['rows' => 3, 'query' => 'city=' . urlencode('Москва') . '&sort=name&dir=desc', 'encoding' => 'UTF-8', 'complete' => 1], $first);
        self::assertSame(1, json_decode((string) $log[1]['details'], true)['rows']);
        self::assertSame('Windows-1251', json_decode((string) $log[1]['details'], true)['encoding']);
        self::assertSame(1, json_decode((string) $log[2]['details'], true)['rows']);

        // A support agent may look, not take: no button, and 403 on the address.
        $token = $this->signIn('agent', 'password of agent');
        foreach (['companies', 'contacts'] as $list) {
            [$status, , $body] = $this->request('GET', "/crm/$list?lang=en");
            self::assertSame(200, $status);
            self::assertStringNotContainsString('id="export"', $body, $list);
            [$status, , $body] = $this->request('POST', "/crm/{$list}_export?lang=en", ['csrf_token' => $token]);
            self::assertSame(403, $status, $list);
            self::assertStringContainsString('Access denied', $body);
            [$status] = $this->request('GET', "/crm/{$list}_export");
            self::assertSame(403, $status, $list);
        }
        self::assertSame(3, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_audit_log WHERE action = 'export'"));
    }

    /**
     * An exported pair of files (organisations, then contact persons) imported into an empty CRM
     * through the module's own Reader and import gives the same cards; imported back into the CRM it
     * came from, it changes nothing.
     *
     * @dataProvider drivers
     */
    public function testAnExportImportedAgainGivesTheSameCards(string $driver): void
    {
        [$db] = self::database($driver);
        $companies = new CompanyService($db, 'RU');
        $people = new ContactService($db, 'RU');
        $romashka = $companies->save(['name' => 'ООО «Ромашка»', 'inn' => '7707083893', 'kpp' => '770701001', 'ogrn' => '1027700132195',
            'legal_address' => 'г. Москва, ул. Тверская, д. 1; офис 5', 'city' => 'Москва',
            'phones' => ['8 (495) 123-45-67', '+7 495 765-43-21 доб. 12'], 'emails' => ['info@romashka.example']])->id;
        $volvo = $companies->save(['name' => 'Lagerbolaget "Norr" AB', 'orgnr' => '556036-0793', 'city' => 'Umeå',
            'phones' => ['+46 90 123 45 67'], 'emails' => ['kontor@norr.example', 'order@norr.example']])->id;
        self::assertNotNull($romashka);
        self::assertNotNull($volvo);
        foreach ([
            ['last_name' => 'Иванова', 'first_name' => 'Анна', 'middle_name' => 'Петровна', 'phones' => ['+7 916 123-45-67'], 'emails' => ['ivanova@romashka.example'],
                'companies' => [['company_id' => (string) $romashka, 'role' => 'accountant', 'position' => 'Главный бухгалтер']]],
            ['last_name' => 'Сидоров', 'first_name' => 'Олег', 'phones' => ['8-917-765-43-21'],
                'companies' => [['company_id' => (string) $romashka, 'role' => 'director', 'position' => '']]],
            ['last_name' => 'Svensson', 'first_name' => 'Åsa', 'phones' => ['+46 70 123 45 67'], 'emails' => ['asa@norr.example'],
                'companies' => [['company_id' => (string) $volvo, 'role' => 'storekeeper', 'position' => 'Lageransvarig']]],
            ['last_name' => 'Частное', 'first_name' => 'Лицо', 'phones' => ['+7 903 000-11-22']],
        ] as $person) {
            self::assertNotNull($people->save($person)->id);
        }
        $cards = static function (Connection $db): array {
            $out = ['companies' => [], 'contacts' => []];
            foreach ($db->fetchAll('SELECT * FROM kcrm_company WHERE deleted_at IS NULL ORDER BY name') as $c) {
                $out['companies'][(string) $c['name']] = [
                    array_map(static fn ($v): ?string => $v === null ? null : (string) $v, array_intersect_key($c, array_flip(['inn', 'kpp', 'ogrn', 'orgnr', 'legal_address', 'city']))),
                    array_column($db->fetchAll("SELECT e164 FROM kcrm_phone WHERE owner_type = 'company' AND owner_id = ? ORDER BY e164", [$c['id']]), 'e164'),
                    array_column($db->fetchAll("SELECT email_key FROM kcrm_email WHERE owner_type = 'company' AND owner_id = ? ORDER BY email_key", [$c['id']]), 'email_key'),
                ];
            }
            foreach ($db->fetchAll('SELECT * FROM kcrm_contact WHERE deleted_at IS NULL ORDER BY last_name') as $p) {
                $out['contacts'][$p['last_name'] . ' ' . $p['first_name'] . ' ' . $p['middle_name']] = [
                    array_column($db->fetchAll("SELECT e164 FROM kcrm_phone WHERE owner_type = 'contact' AND owner_id = ? ORDER BY e164", [$p['id']]), 'e164'),
                    array_column($db->fetchAll("SELECT email_key FROM kcrm_email WHERE owner_type = 'contact' AND owner_id = ? ORDER BY email_key", [$p['id']]), 'email_key'),
                    array_map(static fn (array $m): string => $m['name'] . '|' . $m['role'] . '|' . $m['position'], $db->fetchAll(
                        'SELECT c.name, cc.role, cc.position FROM kcrm_company_contact cc JOIN kcrm_company c ON c.id = cc.company_id WHERE cc.contact_id = ? ORDER BY c.name',
                        [$p['id']]
                    )),
                ];
            }
            return $out;
        };
        $before = $cards($db);
        self::assertCount(2, $before['companies']);
        self::assertCount(4, $before['contacts']);

        $import = static function (Connection $into, string $file): array {
            $service = new ImportService($into, 'RU');
            $id = $service->prepare($file, basename($file), null);
            $jobId = $service->start($id);
            (new JobRunner($into, [ImportService::JOB_TYPE => new ImportJob($service)]))->runNext(null, null, $jobId);
            $done = $service->find($id);
            self::assertSame('done', $done['state'] ?? null, (string) ($done['error'] ?? ''));
            return $done['stats'];
        };
        foreach (['UTF-8' => 'ru', 'Windows-1251' => 'ru', 'UTF-8 ' => 'sv', 'UTF-8  ' => 'en'] as $encoding => $language) {
            $encoding = trim($encoding);
            $files = [];
            foreach (['company', 'contact'] as $entity) {
                $files[$entity] = TestDatabase::tempDir() . "/$entity.csv";
                $out = fopen($files[$entity], 'wb');
                $csv = new CsvWriter($out, $encoding);
                $export = new ListExport($db, 'RU', 2);
                $written = $entity === 'company'
                    ? $export->companies(new ListQuery(), $csv, self::headers('company', $language))
                    : $export->contacts(new ListQuery(), null, $csv, self::headers('contact', $language), static function (string $role) use ($language): string {
                        $messages = new Messages($language);
                        $messages->loadMessages(KCRM_MODULE_DIR . '/lib/http/pagecontext.php');
                        return (string) $messages->getMessage('KCRM_ROLE_' . strtoupper($role));
                    });
                fclose($out);
                self::assertSame($entity === 'company' ? 2 : 4, $written, "$entity, batches of two");
            }
            if ($encoding === 'Windows-1251') {
                // Swedish letters do not survive Windows-1251; the round trip is for Russian data.
                continue;
            }
            $fresh = TestDatabase::installed();
            $import($fresh, $files['company']);
            $import($fresh, $files['contact']);
            self::assertSame($before, $cards($fresh), "$encoding, $language: an empty CRM gets the same cards");

            $again = [$import($db, $files['company']), $import($db, $files['contact'])];
            foreach ($again as $stats) {
                self::assertSame(0, $stats['created'] + $stats['updated'] + $stats['skipped'], "$language: nothing new, nothing changed: " . json_encode($stats));
            }
            self::assertSame($before, $cards($db));
        }
    }

    /**
     * 100,000 organisations go out a batch at a time: the memory the export takes does not grow with
     * the list (a whole-table array of them would take well over a hundred megabytes).
     */
    public function testAHundredThousandOrganisationsExportInBoundedMemory(): void
    {
        [$db] = self::database('sqlite');
        $total = 100000;
        $db->transaction(static function (Connection $db) use ($total): void {
            $company = $db->pdo()->prepare('INSERT INTO kcrm_company (name, company_key, inn, city, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
            $phone = $db->pdo()->prepare("INSERT INTO kcrm_phone (owner_type, owner_id, raw, e164, created_at) VALUES ('company', ?, ?, ?, ?)");
            $now = gmdate('Y-m-d H:i:s');
            for ($i = 1; $i <= $total; $i++) {
                $company->execute([sprintf('ООО «Организация номер %06d»', $i), sprintf('организация номер %06d', $i), null, 'Москва', $now, $now]);
                $phone->execute([(int) $db->pdo()->lastInsertId(), sprintf('+7 495 %03d-%02d-%02d', intdiv($i, 10000), intdiv($i, 100) % 100, $i % 100), sprintf('+7495%07d', $i), $now]);
            }
        });
        $file = TestDatabase::tempDir() . '/all.csv';
        $out = fopen($file, 'wb');
        $csv = new CsvWriter($out);
        $base = memory_get_usage();
        memory_reset_peak_usage();
        $written = (new ListExport($db, 'RU'))->companies(new ListQuery(sort: 'name'), $csv, self::headers('company', 'ru'));
        $peak = memory_get_peak_usage() - $base;
        fclose($out);
        self::assertSame($total, $written);
        self::assertSame($total + 1, $csv->rows());
        self::assertGreaterThan(8 * 1024 * 1024, filesize($file), 'the file is bigger than the memory bound below');
        self::assertLessThan(8 * 1024 * 1024, $peak, sprintf('the export took %.1f MB more memory', $peak / 1048576));
        // First and last lines: every organisation once, in name order.
        $lines = file($file, FILE_IGNORE_NEW_LINES);
        self::assertStringStartsWith('ООО «Организация номер 000001»;', $lines[1]);
        self::assertStringStartsWith('ООО «Организация номер 100000»;', $lines[$total]);
        self::assertCount($total + 1, $lines);
    }
}
