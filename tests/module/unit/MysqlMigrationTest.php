<?php
// Migrations on MySQL or MariaDB; runs when KCRM_TEST_MYSQL_DSN names a test database.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

final class MysqlMigrationTest extends ServerMigrationTestCase
{
    protected static function envName(): string
    {
        return 'KCRM_TEST_MYSQL_DSN';
    }
}
