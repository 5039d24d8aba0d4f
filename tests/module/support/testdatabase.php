<?php
// Fresh SQLite databases in temporary folders for tests, removed when the test ends.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Install\Installer;

final class TestDatabase
{
    /** @var list<string> */
    private static array $dirs = [];

    public static function tempDir(): string
    {
        $dir = sys_get_temp_dir() . '/kcrm-test-' . bin2hex(random_bytes(6));
        mkdir($dir, 0700, true);
        self::$dirs[] = $dir;
        return $dir;
    }

    /** The crm.so this PHPUnit runs with (KCRM_TEST_EXTENSION, else its -d extension=…), for the processes tests start; null when none is named. */
    public static function extensionPath(): ?string
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
        return $path;
    }

    public static function sqliteDsn(): string
    {
        return 'sqlite:' . self::tempDir() . '/crm.sqlite';
    }

    /** A migrated SQLite database, with an administrator when a login is given. */
    public static function installed(?string $adminLogin = null, ?string $password = null): Connection
    {
        $db = Connection::open(self::sqliteDsn());
        (new Installer($db, KCRM_MODULE_DIR . '/install/db'))->install($adminLogin, $password);
        return $db;
    }
    /**
     * The hand-made head of the demo file (duplicates, bad rows, row 112's wrong INN) without the
     * generated thousands after it: what the import tests count row by row, in a second.
     */
    public static function handMadeDemo(): string
    {
        $lines = explode("\r\n", (string) file_get_contents(KCRM_MODULE_DIR . '/install/demo/kontragenty.csv'));
        $file = self::tempDir() . '/kontragenty.csv';
        file_put_contents($file, implode("\r\n", array_slice($lines, 0, 113)) . "\r\n");
        return $file;
    }

    /**
     * An installed database of the driver (sqlite, pgsql, mysql) with an administrator; the server
     * ones come from KCRM_TEST_PGSQL_DSN / KCRM_TEST_MYSQL_DSN, emptied first, and null without them.
     *
     * @return array{0: Connection, 1: string}|null the connection and its DSN
     */
    public static function onDriver(string $driver, string $adminLogin = 'admin', string $password = 'correct horse'): ?array
    {
        if ($driver === 'sqlite') {
            $dsn = self::sqliteDsn();
            $db = Connection::open($dsn);
        } else {
            $dsn = getenv($driver === 'pgsql' ? 'KCRM_TEST_PGSQL_DSN' : 'KCRM_TEST_MYSQL_DSN');
            if (!is_string($dsn) || $dsn === '') {
                return null;
            }
            $db = Connection::open($dsn);
            $migrator = new \Kartoteka\Crm\Db\Migrator($db, KCRM_MODULE_DIR . '/install/db');
            $migrator->revert($migrator->applied());
        }
        (new Installer($db, KCRM_MODULE_DIR . '/install/db'))->install($adminLogin, $password);
        return [$db, $dsn];
    }

    /**
     * onDriver(), or the test skipped with what to set when no server is given for the driver.
     *
     * @return array{0: Connection, 1: string}
     */
    public static function onDriverOrSkip(string $driver): array
    {
        $found = self::onDriver($driver);
        if ($found === null) {
            \PHPUnit\Framework\Assert::markTestSkipped(sprintf('Set KCRM_TEST_%s_DSN (scripts/%s prints one) to run this on %s.',
                strtoupper($driver), $driver === 'pgsql' ? 'pg-test-db' : 'mysql-test-db', $driver));
        }
        return $found;
    }

    /** A user "$login" (password "password of $login") in the built-in group $group; returns the id. */
    public static function member(Connection $db, string $login, string $group): int
    {
        $users = new UserRepository($db);
        $id = $users->create($login, 'password of ' . $login, ucfirst($login));
        $users->setGroup($id, $group);
        return $id;
    }

    public static function removeAll(): void
    {
        foreach (self::$dirs as $dir) {
            self::remove($dir);
        }
        self::$dirs = [];
    }

    private static function remove(string $path): void
    {
        if (is_dir($path) && !is_link($path)) {
            foreach (scandir($path) ?: [] as $entry) {
                if ($entry !== '.' && $entry !== '..') {
                    self::remove($path . '/' . $entry);
                }
            }
            rmdir($path);
        } elseif (file_exists($path) || is_link($path)) {
            unlink($path);
        }
    }
}

register_shutdown_function([TestDatabase::class, 'removeAll']);
