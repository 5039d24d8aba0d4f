<?php
// Over real HTTP through the standalone host: create an organisation with its CSRF token, find it by a
// phone written another way, delete it, undo from the notice.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use PHPUnit\Framework\TestCase;

final class CardPagesHttpTest extends TestCase
{
    /** @var resource|null */
    private $server = null;
    private string $base = '';
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

    public function testCreateFindByPhoneDeleteAndUndo(): void
    {
        if (!function_exists('Crm\Phone\parse') || !function_exists('Crm\Dedup\companyKey')) {
            self::markTestSkipped('Needs the crm extension with Crm\Phone and Crm\Dedup: php -d extension=…/crm.so');
        }
        $dsn = TestDatabase::sqliteDsn();
        $db = \Kartoteka\Crm\Db\Connection::open($dsn);
        (new \Kartoteka\Crm\Install\Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        $this->startServer($dsn);

        [, , $body] = $this->request('GET', '/crm/login?lang=en');
        $token = self::token($body);
        [$status] = $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => $token]);
        self::assertSame(303, $status);

        [$status, , $body] = $this->request('GET', '/crm/company_edit');
        self::assertSame(200, $status);
        $token = self::token($body);
        $form = ['name' => 'ООО «Ромашка» <b>', 'inn' => '7707083893', 'city' => 'Москва', 'phones' => ['8 (495) 123-45-67'], 'emails' => ['info@romashka.ru']];

        [$status] = $this->request('POST', '/crm/company_edit', $form);
        self::assertSame(403, $status, 'no CSRF token, no card');

        [$status, , $body] = $this->request('POST', '/crm/company_edit', ['inn' => '7707083894'] + $form + ['csrf_token' => $token]);
        self::assertSame(422, $status);
        self::assertStringContainsString('INN: &quot;7707083894&quot; is not a valid INN', $body);

        [$status, $headers] = $this->request('POST', '/crm/company_edit', $form + ['csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertMatchesRegularExpression('~^/crm/company\?id=(\d+)$~', $headers['location']);
        $id = (int) substr($headers['location'], strlen('/crm/company?id='));

        [$status, , $body] = $this->request('GET', $headers['location']);
        self::assertSame(200, $status);
        self::assertStringContainsString('ООО «Ромашка» &lt;b&gt;', $body, 'escaped');
        self::assertStringContainsString('+74951234567', $body);

        // The same phone on a second card is a duplicate warning with a link, and "save anyway" saves it.
        [$status, , $body] = $this->request('POST', '/crm/company_edit', ['name' => 'Ромашка-2', 'phones' => ['+7 495 123 4567'], 'csrf_token' => $token]);
        self::assertSame(409, $status);
        self::assertStringContainsString('href="/crm/company?id=' . $id . '"', $body);
        self::assertSame(1, preg_match('/name="confirm" value="([0-9a-f]+)"/', $body, $m));
        [$status] = $this->request('POST', '/crm/company_edit', ['name' => 'Ромашка-2', 'phones' => ['+7 495 123 4567'], 'confirm' => $m[1], 'csrf_token' => $token]);
        self::assertSame(303, $status);

        [$status, , $body] = $this->request('GET', '/crm/companies?q=' . rawurlencode('+7 (495) 123-4567'));
        self::assertSame(200, $status);
        self::assertStringContainsString('ООО «Ромашка» &lt;b&gt;', $body);
        self::assertStringContainsString('Found: 2', $body);

        [$status, $headers] = $this->request('POST', '/crm/company_delete', ['id' => (string) $id, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [, , $body] = $this->request('GET', $headers['location']);
        self::assertStringContainsString('Deleted: ООО «Ромашка» &lt;b&gt;.', $body);
        self::assertStringContainsString('action="/crm/company_restore"', $body);
        self::assertStringContainsString('Found: 1', $body, 'gone from the list');
        [, , $body] = $this->request('GET', '/crm/companies?deleted=1');
        self::assertStringContainsString('href="/crm/company?id=' . $id . '"', $body);

        [$status, $headers] = $this->request('POST', '/crm/company_restore', ['id' => (string) $id, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [, , $body] = $this->request('GET', '/crm/companies?q=84951234567');
        self::assertStringContainsString('Found: 2', $body);

        // A contact person in this organisation as its accountant; the card lists them with the role.
        [$status] = $this->request('POST', '/crm/contact_edit', [
            'last_name' => 'Иванова', 'first_name' => 'Анна', 'phones' => ['8 916 765 43 21'],
            'companies' => [['company_id' => (string) $id, 'role' => 'accountant', 'position' => 'Главбух']],
            'csrf_token' => $token,
        ]);
        self::assertSame(303, $status);
        [$status] = $this->request('POST', '/crm/activity_add', ['company_id' => (string) $id, 'type' => 'call', 'direction' => 'out', 'subject' => 'Сверка', 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [, , $body] = $this->request('GET', '/crm/company?id=' . $id);
        self::assertStringContainsString('Иванова Анна', $body);
        self::assertStringContainsString('accountant, Главбух', $body);
        self::assertStringContainsString('Сверка', $body);

        // Each change of personal data is in the audit log, with who and from where.
        $logged = $db->fetchAll("SELECT action, entity_type, entity_id, ip FROM kcrm_audit_log WHERE entity_type = 'company' AND entity_id = ? ORDER BY id", [$id]);
        self::assertSame(['create', 'delete', 'restore'], array_column($logged, 'action'));
        self::assertSame('127.0.0.1', $logged[0]['ip']);
        self::assertSame(1, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_audit_log WHERE action = 'create' AND entity_type = 'contact'"));
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
            ['KARTOTEKA_CRM_DB' => $dsn] + getenv()
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
    private function request(string $method, string $path, array $form = []): array
    {
        $headers = [];
        if ($this->cookies !== []) {
            $pairs = [];
            foreach ($this->cookies as $name => $value) {
                $pairs[] = $name . '=' . $value;
            }
            $headers[] = 'Cookie: ' . implode('; ', $pairs);
        }
        if ($method === 'POST') {
            $headers[] = 'Content-Type: application/x-www-form-urlencoded';
        }
        $context = stream_context_create(['http' => [
            'method' => $method,
            'header' => implode("\r\n", $headers),
            'content' => http_build_query($form),
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
