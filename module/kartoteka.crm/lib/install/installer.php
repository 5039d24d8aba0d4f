<?php
// The database part of installing the module: migrations, then the first administrator. Shared by
// kartoteka_crm::InstallDB() inside Bitrix and by `bin/crm install`.

declare(strict_types=1);

namespace Kartoteka\Crm\Install;

use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Contacts\KeyRefresh;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Db\MigrationException;
use Kartoteka\Crm\Db\Migrator;

final class Installer
{
    public const ADMIN_GROUP = 'admin';
    public const MIN_PASSWORD_LENGTH = 8;

    /** How long install() computes stored name keys of an older key format again before leaving the rest to the worker. */
    public const KEY_REFRESH_SECONDS = 5.0;

    private readonly Migrator $migrator;

    /** @param string $migrationsDir install/db of the module */
    public function __construct(
        private readonly Connection $db,
        string $migrationsDir,
    ) {
        $this->migrator = new Migrator($db, $migrationsDir);
    }

    /**
     * Brings the schema up to date and, when a login is given, makes sure that administrator
     * exists. Safe to run again: applied migrations and an existing administrator are left as
     * they are. When any step fails, the migrations this call applied are undone, so a failed
     * install leaves the database as it found it.
     */
    public function install(?string $adminLogin = null, ?string $adminPassword = null): InstallResult
    {
        if ($adminLogin !== null) {
            self::checkAdmin($adminLogin, $adminPassword);
        }
        try {
            $applied = $this->migrator->migrate();
        } catch (MigrationException $e) {
            $this->undo($e->applied, $e);
            throw $e;
        }

        try {
            $created = $adminLogin === null
                ? false
                : $this->db->transaction(fn (): bool => $this->ensureAdmin($adminLogin, (string) $adminPassword));
        } catch (\Throwable $e) {
            $this->undo($applied, $e);
            throw $e;
        }
        // Keys of an older key format are computed again here for a few seconds (all of them for a
        // new or small database; none without the extension); the worker, the Bitrix agent or
        // `bin/crm rekey` go on.
        (new KeyRefresh($this->db))->run(null, self::KEY_REFRESH_SECONDS);
        return new InstallResult($applied, $created, $adminLogin === null ? null : UserRepository::normalizeLogin($adminLogin));
    }

    /**
     * Undoes the given migration versions (those one install call applied).
     *
     * @param list<int> $versions
     */
    public function uninstall(array $versions): void
    {
        $this->migrator->revert($versions);
    }

    public function migrator(): Migrator
    {
        return $this->migrator;
    }

    private static function checkAdmin(string $login, ?string $password): void
    {
        if (UserRepository::normalizeLogin($login) === '') {
            throw new \InvalidArgumentException('The administrator login must not be empty.');
        }
        if ($password === null || mb_strlen($password, 'UTF-8') < self::MIN_PASSWORD_LENGTH) {
            throw new \InvalidArgumentException(sprintf(
                'The administrator password must have at least %d characters.',
                self::MIN_PASSWORD_LENGTH
            ));
        }
    }

    /** @return bool true when the user was created now */
    private function ensureAdmin(string $login, string $password): bool
    {
        $users = new UserRepository($this->db);
        $groupId = $users->ensureGroup(self::ADMIN_GROUP, 'Administrators');
        $users->grant(self::ADMIN_GROUP, '*', '*', 'all');
        $existing = $users->findByLogin($login);
        // An existing administrator keeps their password: re-running install must not reset it.
        $userId = $existing['id'] ?? $users->create($login, $password, 'Administrator');
        $users->addToGroup($userId, $groupId);
        return $existing === null;
    }

    /** @param list<int> $versions */
    private function undo(array $versions, \Throwable $cause): void
    {
        if ($versions === []) {
            return;
        }
        try {
            $this->migrator->revert($versions);
        } catch (\Throwable $undoFailure) {
            throw new MigrationException(
                $cause->getMessage() . ' — and undoing the applied migrations failed too: ' . $undoFailure->getMessage(),
                $versions,
                $cause
            );
        }
    }
}
