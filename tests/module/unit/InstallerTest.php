<?php
// Install creates the administrator, is safe to repeat, and leaves nothing behind when it fails.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\Permissions;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Db\MigrationException;
use Kartoteka\Crm\Install\Installer;
use PHPUnit\Framework\TestCase;

final class InstallerTest extends TestCase
{
    public function testCreatesAdministratorInAdminGroup(): void
    {
        $db = Connection::open(TestDatabase::sqliteDsn());
        $result = (new Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('Admin', 'correct horse');
        self::assertSame([1, 2, 3, 4, 5, 6, 7], $result->appliedVersions);
        self::assertTrue($result->adminCreated);
        self::assertSame('admin', $result->adminLogin);

        $users = new UserRepository($db);
        $row = $users->findByLogin('ADMIN');
        self::assertNotNull($row);
        self::assertTrue(password_verify('correct horse', $row['password_hash']));
        self::assertStringNotContainsString('correct horse', (string) $db->fetchValue('SELECT password_hash FROM kcrm_user'));
        self::assertSame(['admin'], $users->groupCodes($row['id']));
        self::assertTrue((new Permissions($db))->allows(['admin'], 'dashboard', 'read'));
    }

    public function testSecondRunChangesNothing(): void
    {
        $db = Connection::open(TestDatabase::sqliteDsn());
        $installer = new Installer($db, KCRM_MODULE_DIR . '/install/db');
        $installer->install('admin', 'first password');
        $again = $installer->install('admin', 'other password');
        self::assertSame([], $again->appliedVersions);
        self::assertFalse($again->adminCreated);
        self::assertSame(1, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_user'));
        self::assertSame(1, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_user_group_member'));
        self::assertSame(1, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_permission WHERE group_code = 'admin'"));
        self::assertSame(4, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_user_group'));
        $hash = (string) $db->fetchValue('SELECT password_hash FROM kcrm_user');
        self::assertTrue(password_verify('first password', $hash), 're-running install must not reset a password');
    }

    public function testRefusesShortPasswordBeforeTouchingTheDatabase(): void
    {
        $db = Connection::open(TestDatabase::sqliteDsn());
        try {
            (new Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('admin', 'short');
            self::fail('a short password must be refused');
        } catch (\InvalidArgumentException $e) {
            self::assertStringContainsString('at least 8', $e->getMessage());
        }
        self::assertFalse($db->hasTable('kcrm_user'));
    }

    public function testFailedMigrationUndoesTheOnesThisRunApplied(): void
    {
        $dir = TestDatabase::tempDir();
        mkdir($dir . '/sqlite');
        copy(KCRM_MODULE_DIR . '/install/db/sqlite/001_core.sql', $dir . '/sqlite/001_core.sql');
        copy(KCRM_MODULE_DIR . '/install/db/sqlite/001_core.down.sql', $dir . '/sqlite/001_core.down.sql');
        file_put_contents($dir . '/sqlite/002_broken.sql', "CREATE TABLE kcrm_extra (id INTEGER);\nTHIS IS NOT SQL;\n");

        $db = Connection::open(TestDatabase::sqliteDsn());
        try {
            (new Installer($db, $dir))->install('admin', 'long enough');
            self::fail('the broken migration must fail the install');
        } catch (MigrationException $e) {
            self::assertStringContainsString('002_broken.sql', $e->getMessage());
        }
        self::assertFalse($db->hasTable('kcrm_company'), '001 applied by this run must be undone');
        self::assertFalse($db->hasTable('kcrm_extra'), '002 ran in a transaction and must leave nothing');
        self::assertSame(0, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_schema_version'));
    }

    public function testFailedMigrationKeepsWhatEarlierRunsInstalled(): void
    {
        $dir = TestDatabase::tempDir();
        mkdir($dir . '/sqlite');
        copy(KCRM_MODULE_DIR . '/install/db/sqlite/001_core.sql', $dir . '/sqlite/001_core.sql');
        $db = Connection::open(TestDatabase::sqliteDsn());
        (new Installer($db, $dir))->install('admin', 'long enough');
        file_put_contents($dir . '/sqlite/002_broken.sql', "THIS IS NOT SQL;\n");
        try {
            (new Installer($db, $dir))->install();
            self::fail('the broken migration must fail the install');
        } catch (MigrationException) {
        }
        self::assertTrue($db->hasTable('kcrm_company'));
        self::assertSame(1, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_user'));
    }
}
