<?php
// Runs the standalone host (or a fake Bitrix site, FakeBitrixSite) under "php -S" for a test and talks
// HTTP to it with a cookie jar.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

trait StandaloneServer
{
    /** @var resource|null */
    private $server = null;
    private string $base = '';
    /** @var array<string, string> */
    private array $cookies = [];
    /** @var list<string> every Set-Cookie line of the last response */
    private array $setCookies = [];

    protected function tearDown(): void
    {
        $this->stopServer();
    }

    private function stopServer(): void
    {
        if (is_resource($this->server)) {
            proc_terminate($this->server);
            proc_close($this->server);
        }
        $this->server = null;
        $this->cookies = [];
    }

    private static function requireExtension(): void
    {
        if (!function_exists('Crm\Phone\parse') || !function_exists('Crm\Dedup\companyKey')) {
            self::markTestSkipped('Needs the crm extension with Crm\Phone and Crm\Dedup: php -d extension=…/crm.so');
        }
    }

    /** The -d extension=… this PHPUnit runs with, so the server child loads the same build. */
    private static function extensionArgs(): array
    {
        $path = TestDatabase::extensionPath();
        return $path === null ? [] : ['-d', 'extension=' . $path];
    }

    /**
     * @param array<string, string> $env more environment for the host (e.g. KARTOTEKA_CRM_UPLOADS)
     * @param string|null $docroot serve this folder's scripts as they are instead of the standalone host
     */
    private function startServer(string $dsn, array $env = [], ?string $docroot = null): void
    {
        $probe = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
        self::assertNotFalse($probe, $error);
        $port = (int) substr((string) strrchr((string) stream_socket_get_name($probe, false), ':'), 1);
        fclose($probe);
        $log = TestDatabase::tempDir() . '/serve.log';
        $this->server = proc_open(
            $docroot === null
                ? [PHP_BINARY, ...self::extensionArgs(), '-S', '127.0.0.1:' . $port, '-t', KCRM_REPO_ROOT . '/host', KCRM_REPO_ROOT . '/host/router.php']
                : [PHP_BINARY, ...self::extensionArgs(), '-S', '127.0.0.1:' . $port, '-t', $docroot],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'], 2 => ['file', $log, 'a']],
            $pipes,
            KCRM_REPO_ROOT,
            ['KARTOTEKA_CRM_DB' => $dsn] + $env + getenv()
        );
        $this->base = 'http://127.0.0.1:' . $port;
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $socket = @stream_socket_client('tcp://127.0.0.1:' . $port, $errno, $error, 0.2);
            if ($socket !== false) {
                fclose($socket);
                return;
            }
            usleep(50_000);
        }
        self::fail('the host did not start: ' . file_get_contents($log));
    }

    /** Signs in with a fresh cookie jar and returns the session's CSRF token. */
    private function signIn(string $login, string $password): string
    {
        $this->cookies = [];
        [, , $body] = $this->request('GET', '/crm/login?lang=en');
        [$status] = $this->request('POST', '/crm/login', ['login' => $login, 'password' => $password, 'csrf_token' => self::token($body)]);
        self::assertSame(303, $status, "$login signs in");
        [, , $body] = $this->request('GET', '/crm/');
        return self::token($body);
    }

    private static function token(string $body): string
    {
        self::assertSame(1, preg_match('/name="csrf_token" value="([0-9a-f]{64})"/', $body, $m), 'a CSRF field on the page');
        return $m[1];
    }

    /**
     * @param array{0: string, 1: string, 2: string}|null $file an upload [field, file name, bytes]: sent as multipart/form-data
     * @return array{0: int, 1: array<string, string>, 2: string}
     */
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
        $this->setCookies = [];
        $status = 0;
        foreach ($http_response_header as $line) {
            if (preg_match('~^HTTP/\S+\s+(\d{3})~', $line, $m)) {
                $status = (int) $m[1];
            } elseif (str_contains($line, ':')) {
                [$name, $value] = explode(':', $line, 2);
                $responseHeaders[strtolower($name)] = trim($value);
                if (strtolower($name) === 'set-cookie') {
                    $this->setCookies[] = trim($value);
                    if (preg_match('/^\s*([^=;]+)=([^;]*)/', $value, $c)) {
                        $this->cookies[$c[1]] = $c[2];
                    }
                }
            }
        }
        return [$status, $responseHeaders, $body];
    }
}
