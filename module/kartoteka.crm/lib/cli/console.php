<?php
// The `bin/crm` command line: install, serve and help, with messages from the lang files.

declare(strict_types=1);

namespace Kartoteka\Crm\Cli;

use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Contacts\KeyRefresh;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Extension;
use Kartoteka\Crm\Import\ColumnMapping;
use Kartoteka\Crm\Import\ImportJob;
use Kartoteka\Crm\Import\ImportService;
use Kartoteka\Crm\Install\DemoHistory;
use Kartoteka\Crm\Install\Installer;
use Kartoteka\Crm\Jobs\Agent;
use Kartoteka\Crm\Jobs\JobRunner;
use Kartoteka\Crm\Settings\SettingRepository;
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
        $this->messages->loadMessages(dirname(__DIR__) . '/import/rowimporter.php');
        $this->messages->loadMessages(dirname(__DIR__) . '/import/columnmapping.php');
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
                'import' => $this->import($argv, $options),
                'demo' => $this->demo($options),
                'worker' => $this->worker($options),
                'import-undo' => $this->importUndo($argv, $options),
                'rekey' => $this->rekey($options),
                'help', '', '--help', '-h' => $this->help(),
                default => $this->fail('KCRM_CLI_UNKNOWN_COMMAND', ['#COMMAND#' => $command]),
            };
        } catch (\Crm\Import\Exception $e) {
            return $this->fail('KCRM_CLI_ERROR', ['#ERROR#' => $e->getMessage()]);
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
        $this->refreshKeys($db, false);
        return 0;
    }

    /**
     * Computes the stored name keys again when the extension's key format changed since they were
     * computed (install, worker and the Bitrix agent do it too; this is the explicit way).
     *
     * @param array<string, string> $options
     */
    private function rekey(array $options): int
    {
        if (Extension::problemHere() !== null) {
            return $this->fail(Extension::problemHere() . '_SHORT', Extension::replacements());
        }
        $db = $this->installedDb($options);
        if ($db === null) {
            return 1;
        }
        $this->refreshKeys($db, true);
        return 0;
    }

    /**
     * Runs KeyRefresh to the end with a line of progress per kind of card (nothing is due without
     * the extension); $sayCurrent: say so when nothing was due.
     */
    private function refreshKeys(Connection $db, bool $sayCurrent): void
    {
        $refresh = new KeyRefresh($db);
        if (!$refresh->pending()) {
            if ($sayCurrent) {
                $this->say('KCRM_CLI_KEYS_CURRENT', ['#VERSION#' => KeyRefresh::currentVersion()]);
            }
            return;
        }
        $this->say('KCRM_CLI_KEYS_START', [
            '#FROM#' => $refresh->storedVersion() ?? '—',
            '#VERSION#' => KeyRefresh::currentVersion(),
        ]);
        $last = [];
        $result = $refresh->run(function (string $kind, int $done, int $total) use (&$last): void {
            // a line every 10 % and at the end, not one per batch
            $step = $total === 0 ? 10 : intdiv(10 * $done, $total);
            if (($last[$kind] ?? -1) !== $step) {
                $last[$kind] = $step;
                $this->say($kind === 'company' ? 'KCRM_CLI_KEYS_COMPANIES' : 'KCRM_CLI_KEYS_CONTACTS', ['#DONE#' => $done, '#TOTAL#' => $total]);
            }
        });
        $this->say('KCRM_CLI_KEYS_DONE', ['#CHANGED#' => $result['changed'], '#VERSION#' => KeyRefresh::currentVersion()]);
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

        $command = [PHP_BINARY];
        // A crm.so that is not in php.ini (a build in the repository, say) must reach the server too.
        $extension = $options['extension'] ?? ($env['KARTOTEKA_CRM_EXTENSION'] ?? '');
        if ($extension !== '') {
            $command[] = '-d';
            $command[] = 'extension=' . $extension;
        }
        array_push($command, '-S', $host . ':' . $port, '-t', $this->repoRoot . '/host', $this->repoRoot . '/host/router.php');
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

    /**
     * bin/crm import FILE: the file through the same import as the wizard, as a job run here and
     * now with progress; a worker elsewhere would pick the same job up if this one died.
     *
     * @param list<string> $argv
     * @param array<string, string> $options
     */
    private function import(array $argv, array $options): int
    {
        $file = self::positional($argv, 1);
        if ($file === null) {
            return $this->fail('KCRM_CLI_IMPORT_NO_FILE');
        }
        if (!is_file($file) || !is_readable($file)) {
            return $this->fail('KCRM_CLI_IMPORT_NOT_FOUND', ['#FILE#' => $file]);
        }
        return $this->importFile((string) realpath($file), $options);
    }

    /** @param array<string, string> $options */
    private function importFile(string $file, array $options): int
    {
        if (Extension::problemHere() !== null) {
            return $this->fail(Extension::problemHere() . '_SHORT', Extension::replacements());
        }
        $db = $this->installedDb($options);
        if ($db === null) {
            return 1;
        }
        // the import looks duplicates up by the stored keys: they must be of this extension's format
        $this->refreshKeys($db, false);
        $userId = null;
        $login = $options['user'] ?? 'admin';
        if ($login !== '') {
            $user = (new UserRepository($db))->findByLogin($login);
            if ($user === null) {
                return $this->fail('KCRM_CLI_IMPORT_NO_USER', ['#LOGIN#' => $login]);
            }
            $userId = (int) $user['id'];
        }
        $service = new ImportService($db, $this->region($db));
        $importId = $service->prepare($file, basename($file), $userId);
        $mapping = null;
        $mappingOption = $options['mapping'] ?? 'auto';
        if ($mappingOption !== 'auto' && $mappingOption !== '') {
            $mapping = json_decode(is_file($mappingOption) ? (string) file_get_contents($mappingOption) : $mappingOption, true);
            if (!is_array($mapping)) {
                return $this->fail('KCRM_CLI_IMPORT_BAD_MAPPING', ['#MAPPING#' => $mappingOption]);
            }
        }
        $import = $service->find($importId) ?? [];
        $this->say('KCRM_CLI_IMPORT_READING', [
            '#FILE#' => $file, '#FORMAT#' => $import['format'] ?? '', '#ENCODING#' => $import['encoding'] ?? '',
            '#DELIMITER#' => ($import['delimiter'] ?? '') === "\t" ? 'TAB' : (string) ($import['delimiter'] ?? ''),
        ]);
        $chosen = ColumnMapping::clean($mapping ?? $import['mapping'], count($import['mapping']));
        $preview = $service->preview($file, [], 1);
        foreach ($chosen as $i => $field) {
            $this->say('KCRM_CLI_IMPORT_COLUMN', ['#COLUMN#' => $preview['header'][$i] ?? ('#' . ($i + 1)), '#FIELD#' => $this->text(ColumnMapping::labelCode($field))]);
        }
        $jobId = $service->start($importId, $mapping);
        $runner = new JobRunner($db, [ImportService::JOB_TYPE => new ImportJob($service)]);
        $runner->runNext($this->progressPrinter(), null, $jobId);
        return $this->printSummary($service, $importId);
    }

    /**
     * The demo counterparties through the real import path, then (once) a few months of calls,
     * meetings and tasks for the dashboard and the reports to show.
     *
     * @param array<string, string> $options
     */
    private function demo(array $options): int
    {
        $status = $this->importFile($this->moduleDir . '/install/demo/kontragenty.csv', $options);
        if ($status !== 0) {
            return $status;
        }
        $db = $this->installedDb($options);
        $history = $db === null ? null : (new DemoHistory($db))->seed(gmdate('Y-m-d'));
        if ($history !== null) {
            $this->say('KCRM_CLI_DEMO_HISTORY', ['#ACTIVITIES#' => $history['activities'], '#TASKS#' => $history['tasks']]);
        }
        return 0;
    }

    /** @param array<string, string> $options */
    private function worker(array $options): int
    {
        $db = $this->installedDb($options);
        if ($db === null) {
            return 1;
        }
        $this->refreshKeys($db, false);
        $runner = new JobRunner($db, Agent::handlers($db, $this->region($db)));
        $once = array_key_exists('once', $options);
        $sleep = max(1, (int) ($options['sleep'] ?? '2'));
        $this->say($once ? 'KCRM_CLI_WORKER_ONCE' : 'KCRM_CLI_WORKER_STARTED');
        do {
            foreach ($runner->drain($this->progressPrinter()) as $jobId) {
                $job = $runner->jobs()->find($jobId);
                $this->say('KCRM_CLI_WORKER_JOB_' . strtoupper((string) ($job['state'] ?? 'failed')), ['#ID#' => $jobId, '#ERROR#' => (string) ($job['error'] ?? '')]);
            }
            if (!$once) {
                sleep($sleep);
            }
        } while (!$once);
        return 0;
    }

    /**
     * @param list<string> $argv
     * @param array<string, string> $options
     */
    private function importUndo(array $argv, array $options): int
    {
        $id = self::positional($argv, 1);
        if ($id === null || !ctype_digit($id)) {
            return $this->fail('KCRM_CLI_IMPORT_UNDO_USAGE');
        }
        $db = $this->installedDb($options);
        if ($db === null) {
            return 1;
        }
        if (!(new ImportService($db, $this->region($db)))->undo((int) $id)) {
            return $this->fail('KCRM_CLI_IMPORT_UNDO_FAILED', ['#ID#' => $id]);
        }
        $this->say('KCRM_CLI_IMPORT_UNDONE', ['#ID#' => $id]);
        return 0;
    }

    /** @return \Closure(array<string, mixed>): void prints "rows done/total" on one line as a job goes */
    private function progressPrinter(): \Closure
    {
        return function (array $job): void {
            $this->say('KCRM_CLI_JOB_PROGRESS', [
                '#ID#' => $job['id'],
                '#DONE#' => $job['progress_done'],
                '#TOTAL#' => $job['progress_total'] ?? '?',
                '#STATE#' => $job['state'],
            ]);
        };
    }

    private function printSummary(ImportService $service, int $importId): int
    {
        $import = $service->find($importId) ?? [];
        $stats = $import['stats'] + ImportService::emptyStats();
        $this->say('KCRM_CLI_IMPORT_SUMMARY', [
            '#ID#' => $importId,
            '#ROWS#' => $import['rows_done'],
            '#CREATED#' => $stats['created'],
            '#UPDATED#' => $stats['updated'],
            '#UNCHANGED#' => $stats['unchanged'],
            '#SKIPPED#' => $stats['skipped'],
            '#WARNINGS#' => $stats['warnings'],
            '#COMPANIES#' => $stats['companies_created'],
            '#CONTACTS#' => $stats['contacts_created'],
        ]);
        foreach ($service->problems($importId, 50) as $row) {
            foreach ($row['messages'] as $message) {
                $this->say((string) $message['code'], (array) $message['replace']);
            }
        }
        if (($import['state'] ?? '') === 'failed') {
            return $this->fail('KCRM_CLI_IMPORT_FAILED', ['#ERROR#' => (string) $import['error']]);
        }
        $this->say('KCRM_CLI_IMPORT_UNDO_HINT', ['#ID#' => $importId]);
        return 0;
    }

    /** @param array<string, string> $options */
    private function installedDb(array $options): ?Connection
    {
        $dsn = $this->dsn($options);
        $db = $this->connect($dsn, false);
        if (!$db->hasTable('kcrm_job')) {
            $this->fail('KCRM_CLI_NOT_INSTALLED', ['#DSN#' => self::withoutPassword($dsn)]);
            return null;
        }
        return $db;
    }

    private function region(Connection $db): string
    {
        $defaults = SettingRepository::defaultsFrom($this->moduleDir . '/default_option.php');
        return (string) ((new SettingRepository($db, $defaults))->get('phone_region') ?? 'RU');
    }

    /** @param list<string> $argv the n-th bare word after the command (1 = first argument) */
    private static function positional(array $argv, int $n): ?string
    {
        $words = [];
        $args = array_slice($argv, 1);
        for ($i = 0; $i < count($args); $i++) {
            if (preg_match('/^--[a-z][a-z0-9-]*$/', $args[$i]) && isset($args[$i + 1]) && !str_starts_with($args[$i + 1], '--')
                && !in_array(substr($args[$i], 2), ['once'], true)) {
                $i++;
                continue;
            }
            if (!str_starts_with($args[$i], '--')) {
                $words[] = $args[$i];
            }
        }
        return $words[$n] ?? null;
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
