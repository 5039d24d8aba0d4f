<?php
// The `bin/crm` command line: install, serve and help, with messages from the lang files.

declare(strict_types=1);

namespace Kartoteka\Crm\Cli;

use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Extension;
use Kartoteka\Crm\Install\Installer;
use Kartoteka\Crm\Localization\Messages;

final class Console
{
    private Messages $messages;

    /**
     * @param string $repoRoot where var/crm.sqlite and host/ are
     * @param resource $out
     * @param resource $err
     */
    public function __construct(
        private readonly string $repoRoot,
        private readonly string $moduleDir,
        private $out,
        private $err,
    ) {
        $this->messages = new Messages('en');
        $this->messages->loadMessages(__FILE__);
        $this->messages->loadMessages(Extension::messageSource());
    }

    /**
     * @param list<string> $argv as PHP gives it, program name first
     * @param array<string, string> $env
     * @return int exit status
     */
    public function run(array $argv, array $env): int
    {
        [$command, $options] = self::parse(array_slice($argv, 1));
        $this->messages->setLanguage(
            Messages::supported($options['lang'] ?? null)
                ?? Messages::supported($env['LC_ALL'] ?? null)
                ?? Messages::supported($env['LANG'] ?? null)
                ?? 'en'
        );
        try {
            return match ($command) {
                'install' => $this->install($options),
                'serve' => $this->serve($options, $env),
                'help', '', '--help', '-h' => $this->help(),
                default => $this->fail('KCRM_CLI_UNKNOWN_COMMAND', ['#COMMAND#' => $command]),
            };
        } catch (\PDOException $e) {
            return $this->fail('KCRM_CLI_DB_ERROR', ['#ERROR#' => $e->getMessage()]);
        } catch (\InvalidArgumentException | \RuntimeException $e) {
            return $this->fail('KCRM_CLI_ERROR', ['#ERROR#' => $e->getMessage()]);
        }
    }

    /**
     * "--name=value", "--name value" and bare "--flag" options; the first bare word is the command.
     *
     * @param list<string> $args
     * @return array{0: string, 1: array<string, string>}
     */
    public static function parse(array $args): array
    {
        $command = '';
        $options = [];
        for ($i = 0; $i < count($args); $i++) {
            $arg = $args[$i];
            if (preg_match('/^--([a-z][a-z0-9-]*)(?:=(.*))?$/s', $arg, $m)) {
                if (isset($m[2])) {
                    $options[$m[1]] = $m[2];
                } elseif (isset($args[$i + 1]) && !str_starts_with($args[$i + 1], '--')) {
                    $options[$m[1]] = $args[++$i];
                } else {
                    $options[$m[1]] = '';
                }
            } elseif ($command === '') {
                $command = $arg;
            }
        }
        return [$command, $options];
    }

    /** @param array<string, string> $options */
    private function install(array $options): int
    {
        $login = $options['admin-login'] ?? null;
        $password = $options['admin-password'] ?? null;
        if (($login === null) !== ($password === null)) {
            return $this->fail('KCRM_CLI_ADMIN_PAIR');
        }
        if ($password !== null && mb_strlen($password, 'UTF-8') < Installer::MIN_PASSWORD_LENGTH) {
            return $this->fail('KCRM_CLI_PASSWORD_SHORT', ['#MIN#' => Installer::MIN_PASSWORD_LENGTH]);
        }
        $dsn = $this->dsn($options);
        $db = $this->connect($dsn, true);
        $result = (new Installer($db, $this->moduleDir . '/install/db'))->install($login, $password);

        $this->say($result->appliedVersions === []
            ? 'KCRM_CLI_SCHEMA_CURRENT'
            : 'KCRM_CLI_SCHEMA_APPLIED', [
                '#VERSIONS#' => implode(', ', array_map(static fn (int $v): string => sprintf('%03d', $v), $result->appliedVersions)),
                '#DSN#' => self::withoutPassword($dsn),
            ]);
        if ($result->adminLogin !== null) {
            $this->say($result->adminCreated ? 'KCRM_CLI_ADMIN_CREATED' : 'KCRM_CLI_ADMIN_EXISTS', ['#LOGIN#' => $result->adminLogin]);
        }
        $this->warnAboutExtension();
        return 0;
    }

    /**
     * @param array<string, string> $options
     * @param array<string, string> $env
     */
    private function serve(array $options, array $env): int
    {
        $host = $options['host'] ?? '127.0.0.1';
        $port = $options['port'] ?? '8080';
        if (!ctype_digit($port) || (int) $port < 1 || (int) $port > 65535) {
            return $this->fail('KCRM_CLI_BAD_PORT', ['#PORT#' => $port]);
        }
        $dsn = $this->dsn($options);
        $db = $this->connect($dsn, false);
        if (!$db->hasTable('kcrm_user')) {
            return $this->fail('KCRM_CLI_NOT_INSTALLED', ['#DSN#' => self::withoutPassword($dsn)]);
        }
        unset($db);
        $this->warnAboutExtension();
        $this->say('KCRM_CLI_SERVING', ['#URL#' => 'http://' . (str_contains($host, ':') ? "[$host]" : $host) . ':' . $port . '/crm/']);

        $command = [PHP_BINARY, '-S', $host . ':' . $port, '-t', $this->repoRoot . '/host', $this->repoRoot . '/host/router.php'];
        $env = ['KARTOTEKA_CRM_DB' => $dsn] + $env;
        if (function_exists('pcntl_exec')) {
            // Becoming the server, rather than starting it as a child, lets Ctrl+C, kill and
            // service managers reach it directly and leaves no orphan behind.
            chdir($this->repoRoot);
            pcntl_exec($command[0], array_slice($command, 1), $env);
        }
        $process = proc_open($command, [0 => STDIN, 1 => $this->out, 2 => $this->err], $pipes, $this->repoRoot, $env);
        if (!is_resource($process)) {
            return $this->fail('KCRM_CLI_SERVE_FAILED');
        }
        return proc_close($process);
    }

    private function help(): int
    {
        $this->say('KCRM_CLI_HELP', ['#DEFAULT_DB#' => $this->defaultDsn()]);
        return 0;
    }

    /** @param array<string, string> $options */
    private function dsn(array $options): string
    {
        $dsn = $options['db'] ?? '';
        if ($dsn === '') {
            return $this->defaultDsn();
        }
        // A relative SQLite path means relative to where the command was typed, as for any file argument.
        if (preg_match('/^sqlite:(?!:memory:)(?!\/)(.+)$/', $dsn, $m)) {
            return 'sqlite:' . getcwd() . '/' . $m[1];
        }
        return $dsn;
    }

    private function defaultDsn(): string
    {
        return 'sqlite:' . $this->repoRoot . '/var/crm.sqlite';
    }

    private function connect(string $dsn, bool $mayCreate): Connection
    {
        if (str_starts_with($dsn, 'sqlite:') && !str_contains($dsn, ':memory:')) {
            $file = substr($dsn, strlen('sqlite:'));
            if (!$mayCreate && !is_file($file)) {
                throw new \RuntimeException($this->text('KCRM_CLI_NOT_INSTALLED', ['#DSN#' => $dsn]));
            }
            $dir = dirname($file);
            if (!is_dir($dir) && !@mkdir($dir, 0775, true) && !is_dir($dir)) {
                throw new \RuntimeException($this->text('KCRM_CLI_CANNOT_CREATE_DIR', ['#DIR#' => $dir]));
            }
        }
        return Connection::open($dsn);
    }

    private function warnAboutExtension(): void
    {
        $problem = Extension::problemHere();
        if ($problem !== null) {
            fwrite($this->err, $this->text($problem . '_SHORT', Extension::replacements()) . "\n");
        }
    }

    /** DSNs are printed back to the user; a password inside one must not land in a terminal log. */
    private static function withoutPassword(string $dsn): string
    {
        $dsn = (string) preg_replace('/(password=)[^;]*/i', '$1***', $dsn);
        return (string) preg_replace('~(://[^:/@]+:)[^@]*@~', '$1***@', $dsn);
    }

    private function text(string $code, array $replace = []): string
    {
        return $this->messages->getMessage($code, $replace ?: null) ?? $code;
    }

    private function say(string $code, array $replace = []): void
    {
        fwrite($this->out, $this->text($code, $replace) . "\n");
    }

    private function fail(string $code, array $replace = []): int
    {
        fwrite($this->err, $this->text($code, $replace) . "\n");
        return 1;
    }
}
