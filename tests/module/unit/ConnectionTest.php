<?php
// DSN forms, SQLite session settings and the transaction helper of Db\Connection.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Db\Connection;
use PHPUnit\Framework\TestCase;

final class ConnectionTest extends TestCase
{
    public function testParsesDsnForms(): void
    {
        self::assertSame(['sqlite:var/crm.sqlite', 'sqlite', null, null], Connection::parseDsn('sqlite:var/crm.sqlite'));
        self::assertSame(
            ['pgsql:host=127.0.0.1;dbname=crm', 'pgsql', 'kcrm', 'secret'],
            Connection::parseDsn('pgsql:host=127.0.0.1;dbname=crm;user=kcrm;password=secret')
        );
        self::assertSame(
            ['mysql:host=db;dbname=crm;charset=utf8mb4', 'mysql', 'u', 'p'],
            Connection::parseDsn('mysql:host=db;dbname=crm;user=u;password=p')
        );
        self::assertSame(
            ['pgsql:host=db.local;port=5433;dbname=crm', 'pgsql', 'u', 'p@ss'],
            Connection::parseDsn('postgres://u:p%40ss@db.local:5433/crm')
        );
        self::assertSame(
            ['mysql:host=h;dbname=d;charset=utf8mb4', 'mysql', 'u', null],
            Connection::parseDsn('mysql://u@h/d')
        );
    }

    /** @dataProvider badDsns */
    public function testRejectsBadDsn(string $dsn): void
    {
        $this->expectException(\InvalidArgumentException::class);
        Connection::parseDsn($dsn);
    }

    public static function badDsns(): array
    {
        return [['oracle:whatever'], ['no colon'], ['sqlite:']];
    }

    public function testSqliteGetsWalForeignKeysAndBusyTimeout(): void
    {
        $db = Connection::open(TestDatabase::sqliteDsn());
        self::assertSame('sqlite', $db->driver());
        self::assertSame('wal', strtolower((string) $db->fetchValue('PRAGMA journal_mode')));
        self::assertSame(1, (int) $db->fetchValue('PRAGMA foreign_keys'));
        self::assertSame(5000, (int) $db->fetchValue('PRAGMA busy_timeout'));
        self::assertSame(\PDO::ERRMODE_EXCEPTION, $db->pdo()->getAttribute(\PDO::ATTR_ERRMODE));
    }

    public function testTransactionCommitsOrRollsBackOnThrow(): void
    {
        $db = Connection::open('sqlite::memory:');
        $db->execute('CREATE TABLE t (v INTEGER)');
        self::assertSame('done', $db->transaction(static function (Connection $db): string {
            $db->execute('INSERT INTO t (v) VALUES (1)');
            return 'done';
        }));
        try {
            $db->transaction(static function (Connection $db): void {
                $db->execute('INSERT INTO t (v) VALUES (2)');
                // A nested call joins the outer transaction and is undone with it.
                $db->transaction(static fn (Connection $db) => $db->execute('INSERT INTO t (v) VALUES (3)'));
                throw new \DomainException('stop');
            });
            self::fail('the exception must come through');
        } catch (\DomainException $e) {
            self::assertSame('stop', $e->getMessage());
        }
        self::assertSame([['v' => 1]], $db->fetchAll('SELECT v FROM t'));
        self::assertFalse($db->pdo()->inTransaction());
    }

    public function testInsertReturnsIdAndRefusesBadIdentifiers(): void
    {
        $db = Connection::open('sqlite::memory:');
        $db->execute('CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)');
        self::assertSame(1, $db->insert('t', ['v' => 'a']));
        self::assertSame(2, $db->insert('t', ['v' => 'b']));
        $this->expectException(\InvalidArgumentException::class);
        $db->insert('t; DROP TABLE t', ['v' => 'c']);
    }
}
