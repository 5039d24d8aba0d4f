<?php
// The data provider of tests that run on SQLite, PostgreSQL and MariaDB alike.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

trait EveryDriver
{
    /** @return array<string, array{0: string}> */
    public static function drivers(): array
    {
        return ['sqlite' => ['sqlite'], 'pgsql' => ['pgsql'], 'mysql' => ['mysql']];
    }
}
