<?php
// Import of organisations and contact persons: mapping, roles, the demo file, re-import, warnings,
// XLSX, a crash and resume from the checkpoint, undo, a broken file, and bin/crm import end to end.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\Role;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Db\Migrator;
use Kartoteka\Crm\Import\ColumnMapping;
use Kartoteka\Crm\Import\ImportJob;
use Kartoteka\Crm\Import\ImportService;
use Kartoteka\Crm\Install\Installer;
use Kartoteka\Crm\Jobs\JobRunner;
use PHPUnit\Framework\TestCase;

final class ImportTest extends TestCase
{
    use CommandLine;

    protected function setUp(): void
    {
        if (!class_exists('Crm\Import\Reader') || !function_exists('Crm\Dedup\validKpp')) {
            self::markTestSkipped('Needs the crm extension: php -d extension=…/crm.so');
        }
    }

    /** @return array<string, array{0: string}> */
    public static function databases(): array
    {
        return ['sqlite' => ['sqlite'], 'pgsql' => ['pgsql']];
    }

    private function database(string $driver): Connection
    {
        if ($driver === 'sqlite') {
            return TestDatabase::installed('admin', 'correct horse');
        }
        $dsn = getenv('KCRM_TEST_PGSQL_DSN');
        if (!is_string($dsn) || $dsn === '') {
            self::markTestSkipped('Set KCRM_TEST_PGSQL_DSN (scripts/pg-test-db prints one) to run this on PostgreSQL.');
        }
        $db = Connection::open($dsn);
        $migrator = new Migrator($db, KCRM_MODULE_DIR . '/install/db');
        $migrator->revert($migrator->applied());
        (new Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        return $db;
    }

    private static function runImport(Connection $db, string $path, int $rowsPerStep = ImportService::ROWS_PER_STEP): array
    {
        $service = new ImportService($db, 'RU', $rowsPerStep);
        $id = $service->prepare($path, basename($path), 1);
        $jobId = $service->start($id);
        (new JobRunner($db, [ImportService::JOB_TYPE => new ImportJob($service)]))->runNext(null, null, $jobId);
        return $service->find($id) ?? [];
    }

    private static function rowsIn(Connection $db, string $table): int
    {
        return (int) $db->fetchValue("SELECT COUNT(*) FROM $table");
    }

    public function testSuggestsTheMappingFromHeadersInRussianEnglishAndSwedish(): void
    {
        self::assertSame(
            ['company_name', 'inn', 'kpp', 'ogrn', 'contact_name', 'position', 'contact_phones', 'contact_emails', 'legal_address', 'city', 'comment', ''],
            ColumnMapping::suggest(['Наименование', 'ИНН', 'КПП', 'ОГРН', 'Контактное лицо', 'Должность', 'Телефон', 'E-mail', 'Юридический адрес', 'Город', 'Комментарий', 'Дата'])
        );
        self::assertSame(['company_name', 'company_phones', 'company_emails', 'legal_address', 'city'], ColumnMapping::suggest(['Company', 'Phone', 'Email', 'Address', 'City']));
        self::assertSame(['company_name', 'orgnr', 'city', 'contact_name', 'contact_phones'], ColumnMapping::suggest(['Företag', 'Organisationsnummer', 'Ort', 'Kontaktperson', 'Telefon']));
        self::assertSame(['company_name', 'contact_name', 'contact_emails'], ColumnMapping::suggest(['Организация', 'ФИО', 'Почта']));
        self::assertSame(['inn', ''], ColumnMapping::clean(['inn', 'inn'], 2), 'a field goes to one column only');
    }

    public function testGuessesTheRoleFromThePosition(): void
    {
        $expected = ['Главный бухгалтер' => 'accountant', 'Кладовщик' => 'storekeeper', 'Снабженец' => 'supplier',
            'Менеджер по закупкам' => 'supplier', 'Генеральный директор' => 'director', 'Менеджер' => 'manager',
            'Inköpare' => 'supplier', 'Водитель' => 'other', '' => 'other'];
        foreach ($expected as $position => $role) {
            self::assertSame($role, Role::fromPosition($position)->value, $position);
        }
    }

    /** @dataProvider databases */
    public function testDemoImportMergesDuplicatesAndASecondRunChangesNothing(string $driver): void
    {
        $db = $this->database($driver);
        $first = self::runImport($db, TestDatabase::handMadeDemo(), 25);
        self::assertSame('done', $first['state'], (string) $first['error']);
        self::assertSame(102, $first['rows_done']);
        self::assertSame(59, $first['stats']['companies_created'], '58 organisations, 4 written twice, one with a bad INN');
        self::assertSame(98, $first['stats']['contacts_created']);
        self::assertSame(1, $first['skipped_count']);
        self::assertSame(3, $first['warning_count']);
        self::assertSame(59, self::rowsIn($db, 'kcrm_company'));
        // A duplicate written with spaces in its INN landed on the same card, as a second person.
        $spaced = $db->fetchOne("SELECT company_id, contact_id FROM kcrm_import_row WHERE source LIKE '%Повторная%' ORDER BY id LIMIT 1");
        self::assertNotNull($spaced);
        self::assertGreaterThanOrEqual(2, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_company_contact WHERE company_id = ?', [$spaced['company_id']]));

        $counts = array_map(fn (string $t): int => self::rowsIn($db, $t), ['kcrm_company', 'kcrm_contact', 'kcrm_phone', 'kcrm_email', 'kcrm_activity', 'kcrm_company_contact']);
        $second = self::runImport($db, TestDatabase::handMadeDemo());
        self::assertSame(0, $second['created_count']);
        self::assertSame(0, $second['updated_count']);
        self::assertSame(101, $second['unchanged_count']);
        self::assertSame($counts, array_map(fn (string $t): int => self::rowsIn($db, $t), ['kcrm_company', 'kcrm_contact', 'kcrm_phone', 'kcrm_email', 'kcrm_activity', 'kcrm_company_contact']));
    }

    public function testBadDataIsReportedByRowAndColumnAndTheRestImported(): void
    {
        $db = TestDatabase::installed('admin', 'correct horse');
        $file = TestDatabase::tempDir() . '/clients.csv';
        file_put_contents($file, iconv('UTF-8', 'Windows-1251', "Организация;ИНН;Контактное лицо;Должность;Телефон\r\n"
            . "ООО «Ромашка»;7707083894;Иванова Анна;Главный бухгалтер;8 (495) 123-45-67 доб. 12\r\n"
            . ";;;;\r\n"));
        $import = self::runImport($db, $file);
        self::assertSame('Windows-1251', $import['encoding']);
        self::assertSame(1, $import['created_count']);
        self::assertNull($db->fetchValue('SELECT inn FROM kcrm_company'), 'a bad INN is left out');
        self::assertSame('accountant', $db->fetchValue('SELECT role FROM kcrm_company_contact'));
        self::assertSame(['+74951234567', '12'], array_values($db->fetchOne('SELECT e164, extension FROM kcrm_phone') ?? []));
        $problems = (new ImportService($db))->problems($import['id']);
        self::assertCount(2, $problems);
        self::assertSame(['row' => 2, 'field' => 'inn', 'column' => 'ИНН', 'code' => 'KCRM_IMPORT_WARN_INN'], [
            'row' => $problems[0]['source_row'], 'field' => $problems[0]['messages'][0]['field'],
            'column' => $problems[0]['messages'][0]['replace']['#COLUMN#'], 'code' => $problems[0]['messages'][0]['code'],
        ]);
        self::assertSame('skipped', $problems[1]['status']);
        self::assertSame('KCRM_IMPORT_ERROR_NO_NAME', $problems[1]['messages'][0]['code']);
        self::assertSame('clients.csv', $problems[1]['messages'][0]['replace']['#FILE#']);
        self::assertSame('3', $problems[1]['messages'][0]['replace']['#ROW#']);
    }

    public function testImportsAnXlsxWorkbook(): void
    {
        $db = TestDatabase::installed('admin', 'correct horse');
        $file = TestDatabase::tempDir() . '/book.xlsx';
        copy(KCRM_REPO_ROOT . '/tests/01_import/fixtures/openpyxl.xlsx', $file);
        $import = self::runImport($db, $file);
        self::assertSame('xlsx', $import['format']);
        self::assertSame('done', $import['state']);
        self::assertSame(['company_name', 'inn', 'company_phones', '', '', '', ''], $import['mapping']);
        self::assertSame('7707083893', $db->fetchValue("SELECT inn FROM kcrm_company WHERE name = 'ИП Иванов И.И.'"));
        self::assertSame('+74951234567', $db->fetchValue("SELECT p.e164 FROM kcrm_phone p JOIN kcrm_company c ON c.id = p.owner_id WHERE c.name = 'ИП Иванов И.И.'"));
    }

    public function testAJobResumesFromItsCheckpointAfterTheWorkerDied(): void
    {
        $db = TestDatabase::installed('admin', 'correct horse');
        $service = new ImportService($db, 'RU', 10);
        $importId = $service->prepare(TestDatabase::handMadeDemo(), 'kontragenty.csv', 1);
        $jobId = $service->start($importId);
        $handler = new ImportJob($service);
        $runner = new JobRunner($db, [ImportService::JOB_TYPE => $handler]);

        $runner->runNext(null, 3);
        $job = $runner->jobs()->find($jobId);
        self::assertSame(30, $job['progress_done']);
        self::assertSame(102, $job['progress_total']);
        // The worker dies in its fourth slice: the slice's writes are rolled back with the connection,
        // the job stays "running" with its last heartbeat and checkpoint.
        $db->pdo()->beginTransaction();
        $handler->step($jobId, $job['payload'], $job['checkpoint']);
        $db->pdo()->rollBack();
        $db->execute("UPDATE kcrm_job SET state = 'running', heartbeat_at = ? WHERE id = ?", [gmdate('Y-m-d H:i:s'), $jobId]);
        self::assertNull($runner->runNext(), 'a job with a live heartbeat is left to its worker');

        $db->execute('UPDATE kcrm_job SET heartbeat_at = ? WHERE id = ?', [gmdate('Y-m-d H:i:s', time() - 3600), $jobId]);
        self::assertSame($jobId, $runner->runNext());
        $import = $service->find($importId);
        self::assertSame('done', $import['job_state']);
        self::assertSame(102, (int) $db->fetchValue('SELECT COUNT(DISTINCT source_row) FROM kcrm_import_row WHERE import_id = ?', [$importId]));
        self::assertSame(102, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_import_row WHERE import_id = ?', [$importId]));
        self::assertSame(59, self::rowsIn($db, 'kcrm_company'), 'the same result as an import that never stopped');
        self::assertSame(98, self::rowsIn($db, 'kcrm_contact'));
        self::assertSame(2, (int) $db->fetchValue('SELECT attempts FROM kcrm_job WHERE id = ?', [$jobId]));
    }

    /** @dataProvider databases */
    public function testUndoDeletesWhatTheImportCreatedAndRestoresWhatItChanged(string $driver): void
    {
        $db = $this->database($driver);
        $file = TestDatabase::tempDir() . '/clients.csv';
        file_put_contents($file, "Company;INN;KPP;City;Phone\n"
            . "Romashka LLC;7707083893;773601001;Москва;+7 495 123-45-67\n"
            . "Vektor LLC;7736050003;;Тверь;+7 916 000-11-22\n");
        $saved = (new CompanyService($db))->save(['name' => 'ООО «Ромашка»', 'inn' => '7707083893', 'city' => 'Тула', 'phones' => ['+7 4872 55-55-55']]);
        self::assertTrue($saved->saved());
        $before = $db->fetchOne('SELECT name, inn, kpp, city FROM kcrm_company WHERE id = ?', [$saved->id]);

        $import = self::runImport($db, $file);
        self::assertSame(1, $import['created_count']);
        self::assertSame(1, $import['updated_count']);
        self::assertSame('Москва', $db->fetchValue('SELECT city FROM kcrm_company WHERE id = ?', [$saved->id]));
        self::assertSame('773601001', $db->fetchValue('SELECT kpp FROM kcrm_company WHERE id = ?', [$saved->id]));
        self::assertSame('ООО «Ромашка»', $db->fetchValue('SELECT name FROM kcrm_company WHERE id = ?', [$saved->id]), 'a name is never overwritten');
        self::assertSame(2, self::rowsIn($db, 'kcrm_company'));
        self::assertSame(3, self::rowsIn($db, 'kcrm_phone'));

        self::assertTrue((new ImportService($db))->undo($import['id']));
        self::assertSame($before, $db->fetchOne('SELECT name, inn, kpp, city FROM kcrm_company WHERE id = ?', [$saved->id]));
        self::assertSame(1, self::rowsIn($db, 'kcrm_company'));
        self::assertSame(['+74872555555'], array_column($db->fetchAll('SELECT e164 FROM kcrm_phone'), 'e164'));
        self::assertSame('undone', (new ImportService($db))->find($import['id'])['state']);
        self::assertFalse((new ImportService($db))->undo($import['id']), 'undone once only');
    }

    public function testABrokenFileStopsTheJobWithFileRowAndColumnBeforeAnythingIsWritten(): void
    {
        $db = TestDatabase::installed('admin', 'correct horse');
        $file = TestDatabase::tempDir() . '/broken.csv';
        $rows = "Организация;Город\n";
        for ($i = 1; $i <= 30; $i++) {
            $rows .= "ООО Номер $i;Москва\n";
        }
        file_put_contents($file, $rows . "\"ООО Незакрытая;Москва\n");
        $import = self::runImport($db, $file, 10);
        self::assertSame('failed', $import['state']);
        self::assertSame('failed', $import['job_state']);
        self::assertStringContainsString('broken.csv', (string) $import['error']);
        self::assertMatchesRegularExpression('/row 32/i', (string) $import['error']);
        // The first slice counts the rows for the progress bar, which reads the whole file: a file
        // the reader rejects fails there, before any card is written.
        self::assertSame(0, self::rowsIn($db, 'kcrm_company'));
        self::assertSame(0, self::rowsIn($db, 'kcrm_import_row'));
    }

    public function testCliImportAndWorkerEndToEnd(): void
    {
        $dsn = TestDatabase::sqliteDsn();
        (new Installer(Connection::open($dsn), KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        [$status, $out, $err] = self::cli(['import', TestDatabase::handMadeDemo(), '--db=' . $dsn, '--lang=ru']);
        self::assertSame(0, $status, $err);
        self::assertStringContainsString('Windows-1251', $out);
        self::assertStringContainsString('Контактное лицо → Контактное лицо (ФИО)', $out);
        self::assertStringContainsString('102/102', $out);
        self::assertStringContainsString('создано 98, обновлено 3', $out);
        self::assertStringContainsString('строка 112, столбец «ИНН»', $out);
        [$status, $out] = self::cli(['import', TestDatabase::handMadeDemo(), '--db=' . $dsn, '--lang=en']);
        self::assertSame(0, $status);
        self::assertStringContainsString('created 0, updated 0, unchanged 101', $out);
        [$status, $out] = self::cli(['worker', '--once', '--db=' . $dsn, '--lang=en']);
        self::assertSame(0, $status);
        self::assertStringContainsString('Running the queued jobs', $out);
        [$status, $out] = self::cli(['import-undo', '1', '--db=' . $dsn, '--lang=en']);
        self::assertSame(0, $status, $out);
        self::assertSame(0, (int) Connection::open($dsn)->fetchValue('SELECT COUNT(*) FROM kcrm_company'));
    }

    public function testBinCrmDemoLoadsThousandsWithAHistoryAndASecondRunChangesNothing(): void
    {
        $dsn = TestDatabase::sqliteDsn();
        (new Installer(Connection::open($dsn), KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        $started = microtime(true);
        [$status, $out, $err] = self::cli(['demo', '--db=' . $dsn, '--lang=en']);
        self::assertSame(0, $status, $err);
        self::assertLessThan(60, microtime(true) - $started, 'the README\'s first command must not keep a person waiting');
        self::assertMatchesRegularExpression('/New cards: 3,?059 organisations, 6,?080 contact persons/', $out);
        self::assertStringContainsString('Demo history: 400 calls', $out);
        $db = Connection::open($dsn);
        self::assertSame(3059, self::rowsIn($db, 'kcrm_company'));
        self::assertGreaterThan(400, self::rowsIn($db, 'kcrm_activity'));
        self::assertSame(120, self::rowsIn($db, 'kcrm_task'));
        self::assertSame(3, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_user WHERE login <> 'admin'"), 'three demo managers');

        [$status, $out] = self::cli(['demo', '--db=' . $dsn, '--lang=en']);
        self::assertSame(0, $status);
        self::assertStringContainsString('created 0, updated 0, unchanged 6243, skipped 1', $out);
        self::assertStringNotContainsString('Demo history', $out);
        self::assertSame(120, self::rowsIn($db, 'kcrm_task'));
        self::assertSame(3, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_user WHERE login <> 'admin'"));
    }
}
