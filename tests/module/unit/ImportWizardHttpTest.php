<?php
// The import wizard over real HTTP: upload with CSRF, preview with the detected encoding and mapping,
// start, bin/crm worker --once, the result page with row numbers, Undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use PHPUnit\Framework\TestCase;

final class ImportWizardHttpTest extends TestCase
{
    use StandaloneServer;

    private string $uploads = '';

    public function testUploadPreviewStartWorkResultAndUndo(): void
    {
        if (!class_exists('Crm\\Import\\Reader') || !function_exists('Crm\\Dedup\\validKpp')) {
            self::markTestSkipped('Needs the crm extension: php -d extension=…/crm.so');
        }
        $dsn = TestDatabase::sqliteDsn();
        $db = \Kartoteka\Crm\Db\Connection::open($dsn);
        (new \Kartoteka\Crm\Install\Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        $this->uploads = TestDatabase::tempDir() . '/uploads';
        $this->startServer($dsn, ['KARTOTEKA_CRM_UPLOADS' => $this->uploads]);

        [, , $body] = $this->request('GET', '/crm/login?lang=en');
        [$status] = $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => self::token($body)]);
        self::assertSame(303, $status);
        [$status, , $body] = $this->request('GET', '/crm/import');
        self::assertSame(200, $status);
        $token = self::token($body);
        $csv = (string) file_get_contents(TestDatabase::handMadeDemo());

        [$status] = $this->request('POST', '/crm/import', [], ['file', 'kontragenty.csv', $csv]);
        self::assertSame(403, $status, 'no CSRF token, no upload');
        [$status, , $body] = $this->request('POST', '/crm/import', ['csrf_token' => $token], ['file', 'notes.exe', 'MZ']);
        self::assertSame(422, $status);
        self::assertStringContainsString('Only .csv, .txt, .tsv and .xlsx', $body);

        [$status, $headers] = $this->request('POST', '/crm/import', ['csrf_token' => $token], ['file', 'kontragenty.csv', $csv]);
        self::assertSame(303, $status);
        self::assertMatchesRegularExpression('~^/crm/import_preview\?id=(\d+)$~', $headers['location']);
        $id = (int) substr($headers['location'], strlen('/crm/import_preview?id='));
        self::assertCount(1, glob($this->uploads . '/*.csv') ?: [], 'stored under the uploads folder with a name of ours');

        [$status, , $body] = $this->request('GET', $headers['location']);
        self::assertSame(200, $status);
        self::assertStringContainsString('encoding Windows-1251, delimiter &quot;;&quot;', $body);
        self::assertStringContainsString('ООО «Ромашка»', $body);
        self::assertMatchesRegularExpression('~name="mapping\[4\]">.*?<option value="contact_name" selected>~s', $body);

        $mapping = ['company_name', 'inn', 'kpp', 'ogrn', 'contact_name', 'position', 'contact_phones', 'contact_emails', 'legal_address', 'city', ''];
        $form = ['csrf_token' => $token, 'id' => (string) $id];
        foreach ($mapping as $i => $field) {
            $form["mapping[$i]"] = $field;
        }
        [$status, $headers] = $this->request('POST', '/crm/import_start', $form);
        self::assertSame(303, $status);
        self::assertSame('/crm/import_job?id=' . $id, $headers['location']);
        [$status, , $body] = $this->request('GET', $headers['location']);
        self::assertStringContainsString('waiting in the queue', $body);
        self::assertStringContainsString('<meta http-equiv="refresh"', $body);
        self::assertStringContainsString('src="/crm/import.js"', $body);
        [$status, $headers, $js] = $this->request('GET', '/crm/import.js');
        self::assertSame(200, $status);
        self::assertStringContainsString('import-progress', $js);

        $worker = proc_open([PHP_BINARY, ...self::extensionArgs(), KCRM_REPO_ROOT . '/bin/crm', 'worker', '--once', '--db=' . $dsn, '--lang=en'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = (string) stream_get_contents($pipes[1]);
        self::assertSame(0, proc_close($worker), $out);
        self::assertStringContainsString('102/102', $out);

        [, , $json] = $this->request('GET', '/crm/import_status?id=' . $id);
        self::assertSame(['state' => 'done', 'done' => 102, 'total' => 102, 'finished' => true], json_decode($json, true));
        [$status, , $body] = $this->request('GET', '/crm/import_job?id=' . $id);
        self::assertSame(200, $status);
        self::assertStringNotContainsString('http-equiv="refresh"', $body);
        self::assertStringContainsString('New cards: 59 organisations, 98 contact persons.', $body);
        self::assertStringContainsString('kontragenty.csv, row 112, column «ИНН»: &quot;7707083894&quot; is not a valid INN', $body);
        self::assertSame(0, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_activity"), 'the comment column was left out');

        [$status] = $this->request('POST', '/crm/import_undo', ['id' => (string) $id]);
        self::assertSame(403, $status);
        [$status] = $this->request('POST', '/crm/import_undo', ['id' => (string) $id, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertSame(0, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_company'));
        [, , $body] = $this->request('GET', '/crm/import_job?id=' . $id);
        self::assertStringContainsString('undone', $body);
    }
}
