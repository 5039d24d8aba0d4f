<?php
// Migrations on PostgreSQL; runs when KCRM_TEST_PGSQL_DSN names a test database.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

final class PostgresMigrationTest extends ServerMigrationTestCase
{
    protected static function envName(): string
    {
        return 'KCRM_TEST_PGSQL_DSN';
    }
}
