<?php
// End to end over real HTTP: `bin/crm install`, `bin/crm serve` on a free loopback port, sign in, see the dashboard.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Db\Connection;
use PHPUnit\Framework\TestCase;

final class HttpTest extends TestCase
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

    public function testSignInOverHttpAndSeeTheDashboard(): void
    {
        $dsn = TestDatabase::sqliteDsn();
        [$code, $out] = self::crm(['install', '--db=' . $dsn, '--admin-login=admin', '--admin-password=correct horse', '--lang=en']);
        self::assertSame(0, $code, $out);
        self::assertStringContainsString('Administrator "admin" created.', $out);
        [$code, $out] = self::crm(['install', '--db=' . $dsn, '--admin-login=admin', '--admin-password=correct horse', '--lang=en']);
        self::assertSame(0, $code, $out);
        self::assertStringContainsString('already up to date', $out);
        Connection::open($dsn)->insert('kcrm_company', ['name' => 'ООО «Ромашка»']);

        $this->startServer($dsn);

        [$status, $headers] = $this->request('GET', '/crm/');
        self::assertSame(303, $status);
        self::assertSame('/crm/login', $headers['location']);

        [$status, , $body] = $this->request('GET', '/crm/login?lang=en');
        self::assertSame(200, $status);
        self::assertSame(1, preg_match('/name="csrf_token" value="([0-9a-f]{64})"/', $body, $m));
        $guestSession = $this->cookies['KCRMSESSID'] ?? '';
        self::assertNotSame('', $guestSession);

        [$status] = $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse']);
        self::assertSame(403, $status, 'no CSRF token, no sign-in');

        [$status, $headers] = $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => $m[1]]);
        self::assertSame(303, $status);
        self::assertSame('/crm/', $headers['location']);
        self::assertNotSame($guestSession, $this->cookies['KCRMSESSID'], 'the session id changes at sign-in');

        [$status, $headers, $body] = $this->request('GET', '/crm/');
        self::assertSame(200, $status);
        self::assertStringContainsString('Dashboard', $body);
        self::assertMatchesRegularExpression('~id="count-companies">\s*<div class="number">1</div>~', $body);
        self::assertSame('DENY', $headers['x-frame-options']);

        // The old, pre-sign-in session id is worth nothing now.
        $signedIn = $this->cookies['KCRMSESSID'];
        $this->cookies['KCRMSESSID'] = $guestSession;
        [$status] = $this->request('GET', '/crm/');
        self::assertSame(303, $status);
        $this->cookies['KCRMSESSID'] = $signedIn;
    }

    /** @return array{0: int, 1: string} exit code and output of bin/crm */
    private static function crm(array $args): array
    {
        $process = proc_open(
            [PHP_BINARY, KCRM_REPO_ROOT . '/bin/crm', ...$args],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes
        );
        $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
        return [proc_close($process), $out];
    }

    private function startServer(string $dsn): void
    {
        // Port 0 lets the kernel pick a free port; it is released just before the server takes it.
        $probe = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
        self::assertNotFalse($probe, $error);
        $port = (int) substr((string) strrchr((string) stream_socket_get_name($probe, false), ':'), 1);
        fclose($probe);

        $log = TestDatabase::tempDir() . '/serve.log';
        $this->server = proc_open(
            [PHP_BINARY, KCRM_REPO_ROOT . '/bin/crm', 'serve', '--host=127.0.0.1', '--port=' . $port, '--db=' . $dsn],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']],
            $pipes
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
        self::fail('bin/crm serve did not start: ' . file_get_contents($log));
    }

    /** @return array{0: int, 1: array<string, string>, 2: string} status, headers (lower-case names), body */
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
        $content = http_build_query($form);
        if ($method === 'POST') {
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
