<?php
// The same migrations on PostgreSQL and MySQL, when a test database is named in the environment.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Db\Migrator;
use PHPUnit\Framework\TestCase;

abstract class ServerMigrationTestCase extends TestCase
{
    use MigrationChecks;

    abstract protected static function envName(): string;

    protected function connect(): Connection
    {
        $dsn = getenv(static::envName());
        if (!is_string($dsn) || $dsn === '') {
            self::markTestSkipped(sprintf(
                'Set %s to a DSN of an empty test database to run this (e.g. "%s"). Its kcrm_ tables are dropped.',
                static::envName(),
                static::envName() === 'KCRM_TEST_PGSQL_DSN'
                    ? 'pgsql:host=127.0.0.1;dbname=kcrm_test;user=kcrm;password=kcrm'
                    : 'mysql:host=127.0.0.1;dbname=kcrm_test;user=kcrm;password=kcrm'
            ));
        }
        $db = Connection::open($dsn);
        self::dropModuleTables($db);
        return $db;
    }

    /** Leaves the test database as an earlier run or a failed test may not have. */
    private static function dropModuleTables(Connection $db): void
    {
        $migrator = new Migrator($db, KCRM_MODULE_DIR . '/install/db');
        foreach (array_reverse($migrator->migrations(), true) as $migration) {
            if ($migration['down'] === null) {
                continue;
            }
            foreach (Migrator::statements((string) file_get_contents($migration['down'])) as $sql) {
                try {
                    $db->execute($sql);
                } catch (\PDOException) {
                    // A column or index of a later migration that an earlier run never applied.
                }
            }
        }
        $db->execute('DROP TABLE IF EXISTS ' . Migrator::VERSION_TABLE);
        unset($migrator);
    }
}
