<?php
// The migrations on a fresh SQLite file: the data model's tables, constraints, idempotent re-run, undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Db\Migrator;
use PHPUnit\Framework\TestCase;

final class SqliteMigrationTest extends TestCase
{
    use MigrationChecks;

    protected function connect(): Connection
    {
        return Connection::open(TestDatabase::sqliteDsn());
    }

    public function testSplitsScriptsIntoStatements(): void
    {
        $script = "-- comment\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n\nCREATE INDEX i ON a (x);\n-- done\n";
        self::assertSame(["CREATE TABLE a (x TEXT DEFAULT 'a;b')", 'CREATE INDEX i ON a (x)'], Migrator::statements($script));
    }

    public function testIndexesExistOnLookupKeys(): void
    {
        $db = $this->connect();
        (new Migrator($db, KCRM_MODULE_DIR . '/install/db'))->migrate();
        $indexed = [];
        foreach ($db->fetchAll("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL") as $row) {
            $indexed[] = $row['tbl_name'] . ':' . $row['sql'];
        }
        $all = implode("\n", $indexed);
        foreach (['kcrm_company (inn)', 'kcrm_company (company_key)', 'kcrm_contact (person_key)', 'kcrm_phone (e164)', 'kcrm_email (email_key)'] as $needle) {
            self::assertStringContainsString($needle, $all);
        }
    }
}
