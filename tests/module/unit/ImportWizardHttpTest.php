<?php
// The import wizard over real HTTP: upload with CSRF, preview with the detected encoding and mapping,
// start, bin/crm worker --once, the result page with row numbers, Undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use PHPUnit\Framework\TestCase;

final class ImportWizardHttpTest extends TestCase
{
    /** @var resource|null */
    private $server = null;
    private string $base = '';
    private string $uploads = '';
    /** @var array<string, string> */
    private array $cookies = [];

    protected function tearDown(): void
    {
        if (is_resource($this->server)) {
            proc_terminate($this->server);
            proc_close($this->server);
        }
    }

    /**
     * The -d extension=… this PHPUnit runs with, so the server child loads the same build
     * (KCRM_TEST_EXTENSION overrides).
     */
    private static function extensionArgs(): array
    {
        $path = getenv('KCRM_TEST_EXTENSION') ?: null;
        if ($path === null && is_readable('/proc/self/cmdline')) {
            $args = explode("\0", (string) file_get_contents('/proc/self/cmdline'));
            foreach ($args as $i => $arg) {
                $value = $arg === '-d' ? ($args[$i + 1] ?? '') : (str_starts_with($arg, '-d') ? substr($arg, 2) : '');
                if (str_starts_with($value, 'extension=') && str_contains($value, 'crm')) {
                    $path = substr($value, strlen('extension='));
                }
            }
        }
        return $path === null ? [] : ['-d', 'extension=' . $path];
    }

    public function testUploadPreviewStartWorkResultAndUndo(): void
    {
        if (!class_exists('Crm\\Import\\Reader') || !function_exists('Crm\\Dedup\\validKpp')) {
            self::markTestSkipped('Needs the crm extension: php -d extension=…/crm.so');
        }
        $dsn = TestDatabase::sqliteDsn();
        $db = \Kartoteka\Crm\Db\Connection::open($dsn);
        (new \Kartoteka\Crm\Install\Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        $this->uploads = TestDatabase::tempDir() . '/uploads';
        $this->startServer($dsn);

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

    private static function token(string $body): string
    {
        self::assertSame(1, preg_match('/name="csrf_token" value="([0-9a-f]{64})"/', $body, $m));
        return $m[1];
    }

    private function startServer(string $dsn): void
    {
        $probe = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
        self::assertNotFalse($probe, $error);
        $port = (int) substr((string) strrchr((string) stream_socket_get_name($probe, false), ':'), 1);
        fclose($probe);
        $log = TestDatabase::tempDir() . '/serve.log';
        // bin/crm serve execs a plain "php -S", which would not load an extension given with -d; the
        // same router is started here with the extension this test runs with.
        $this->server = proc_open(
            [PHP_BINARY, ...self::extensionArgs(), '-S', '127.0.0.1:' . $port, '-t', KCRM_REPO_ROOT . '/host', KCRM_REPO_ROOT . '/host/router.php'],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']],
            $pipes,
            KCRM_REPO_ROOT,
            ['KARTOTEKA_CRM_DB' => $dsn, 'KARTOTEKA_CRM_UPLOADS' => $this->uploads] + getenv()
        );
        $this->base = 'http://127.0.0.1:' . $port;
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $socket = @stream_socket_client('tcp://127.0.0.1:' . $port, $errno, $error, 0.2);
            if ($socket !== false) {
                fclose($socket);
                return;
            }
            usleep(100_000);
        }
        self::fail('the host did not start: ' . file_get_contents($log));
    }

    /** @return array{0: int, 1: array<string, string>, 2: string} */
    private function request(string $method, string $path, array $form = [], ?array $file = null): array
    {
        $headers = [];
        if ($this->cookies !== []) {
            $pairs = [];
            foreach ($this->cookies as $name => $value) {
                $pairs[] = $name . '=' . $value;
            }
            $headers[] = 'Cookie: ' . implode('; ', $pairs);
        }
        $content = http_build_query($form);
        if ($file !== null) {
            // multipart/form-data by hand: the fields, then the file [field, name, bytes].
            $boundary = '----kcrm' . bin2hex(random_bytes(8));
            $content = '';
            foreach ($form as $name => $value) {
                $content .= "--$boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n";
            }
            $content .= "--$boundary\r\nContent-Disposition: form-data; name=\"{$file[0]}\"; filename=\"{$file[1]}\"\r\n"
                . "Content-Type: application/octet-stream\r\n\r\n{$file[2]}\r\n--$boundary--\r\n";
            $headers[] = 'Content-Type: multipart/form-data; boundary=' . $boundary;
        } elseif ($method === 'POST') {
            $headers[] = 'Content-Type: application/x-www-form-urlencoded';
        }
        $context = stream_context_create(['http' => [
            'method' => $method,
            'header' => implode("\r\n", $headers),
            'content' => $content,
            'follow_location' => 0,
            'ignore_errors' => true,
            'timeout' => 5,
        ]]);
        $body = (string) file_get_contents($this->base . $path, false, $context);
        $responseHeaders = [];
        $status = 0;
        foreach ($http_response_header as $line) {
            if (preg_match('~^HTTP/\S+\s+(\d{3})~', $line, $m)) {
                $status = (int) $m[1];
            } elseif (str_contains($line, ':')) {
                [$name, $value] = explode(':', $line, 2);
                $responseHeaders[strtolower($name)] = trim($value);
                if (strtolower($name) === 'set-cookie' && preg_match('/^\s*([^=;]+)=([^;]*)/', $value, $c)) {
                    $this->cookies[$c[1]] = $c[2];
                }
            }
        }
        return [$status, $responseHeaders, $body];
    }
}
