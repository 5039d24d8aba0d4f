<?php
// Users and groups of the standalone host in kcrm_user, kcrm_user_group and kcrm_user_group_member.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

use Kartoteka\Crm\Db\Connection;

final class UserRepository
{
    /**
     * The password hash of a row that mirrors a user of the site around the CRM (a Bitrix user):
     * no password ever verifies against it, so such a row cannot sign in to the standalone host.
     */
    public const EXTERNAL = '!external';

    public function __construct(private readonly Connection $db)
    {
    }

    /** Logins compare case-insensitively on every driver, so they are stored folded. */
    public static function normalizeLogin(string $login): string
    {
        return mb_strtolower(trim($login), 'UTF-8');
    }

    /** @return array{id: int, login: string, name: string, password_hash: string, active: int}|null */
    public function findByLogin(string $login): ?array
    {
        $row = $this->db->fetchOne(
            'SELECT id, login, name, password_hash, active FROM kcrm_user WHERE login = ?',
            [self::normalizeLogin($login)]
        );
        return $row === null ? null : self::typed($row);
    }

    public function find(int $id): ?User
    {
        $row = $this->db->fetchOne('SELECT id, login, name, active FROM kcrm_user WHERE id = ?', [$id]);
        if ($row === null || (int) $row['active'] !== 1) {
            return null;
        }
        return new User((int) $row['id'], (string) $row['login'], (string) $row['name'], $this->groupCodes($id));
    }

    /** @return array{id: int, login: string, active: int}|null the user, active or not */
    public function findById(int $id): ?array
    {
        $row = $this->db->fetchOne('SELECT id, login, active FROM kcrm_user WHERE id = ?', [$id]);
        return $row === null ? null : ['id' => (int) $row['id'], 'login' => (string) $row['login'], 'active' => (int) $row['active']];
    }

    /** @return list<array{id: int, name: string}> active users by name, for "responsible" choices */
    public function activeUsers(int $limit = 500): array
    {
        $rows = $this->db->fetchAll(sprintf('SELECT id, login, name FROM kcrm_user WHERE active = 1 ORDER BY name, login LIMIT %d', $limit));
        return array_map(static fn (array $r): array => [
            'id' => (int) $r['id'],
            'name' => (string) $r['name'] !== '' ? (string) $r['name'] : (string) $r['login'],
        ], $rows);
    }

    /** Creates an active user and returns its id; the password is stored only as password_hash(). */
    public function create(string $login, string $password, string $name = ''): int
    {
        $login = self::normalizeLogin($login);
        if ($login === '') {
            throw new \InvalidArgumentException('The login must not be empty.');
        }
        $now = gmdate('Y-m-d H:i:s');
        return $this->db->insert('kcrm_user', [
            'login' => $login,
            'password_hash' => password_hash($password, PASSWORD_DEFAULT),
            'name' => $name,
            'active' => 1,
            'created_at' => $now,
            'updated_at' => $now,
        ]);
    }

    public function changePasswordHash(int $id, string $hash): void
    {
        $this->db->execute(
            'UPDATE kcrm_user SET password_hash = ?, updated_at = ? WHERE id = ?',
            [$hash, gmdate('Y-m-d H:i:s'), $id]
        );
    }

    public function recordLogin(int $id): void
    {
        $this->db->execute('UPDATE kcrm_user SET last_login_at = ? WHERE id = ?', [gmdate('Y-m-d H:i:s'), $id]);
    }

    /** The group's id, creating the group on first use. */
    public function ensureGroup(string $code, string $name): int
    {
        $id = $this->db->fetchValue('SELECT id FROM kcrm_user_group WHERE code = ?', [$code]);
        if ($id !== null) {
            return (int) $id;
        }
        return $this->db->insert('kcrm_user_group', ['code' => $code, 'name' => $name, 'created_at' => gmdate('Y-m-d H:i:s')]);
    }

    public function addToGroup(int $userId, int $groupId): void
    {
        $exists = $this->db->fetchValue(
            'SELECT 1 FROM kcrm_user_group_member WHERE user_id = ? AND group_id = ?',
            [$userId, $groupId]
        );
        if ($exists === null) {
            $this->db->execute('INSERT INTO kcrm_user_group_member (user_id, group_id) VALUES (?, ?)', [$userId, $groupId]);
        }
    }

    /** @return list<string> */
    public function groupCodes(int $userId): array
    {
        $rows = $this->db->fetchAll(
            'SELECT g.code FROM kcrm_user_group g JOIN kcrm_user_group_member m ON m.group_id = g.id
             WHERE m.user_id = ? ORDER BY g.code',
            [$userId]
        );
        return array_map(static fn (array $row): string => (string) $row['code'], $rows);
    }

    /**
     * Makes the user a member of exactly this group (the admin page gives each person one role).
     *
     * @throws \InvalidArgumentException when no group has that code
     */
    public function setGroup(int $userId, string $groupCode): void
    {
        $groupId = $this->db->fetchValue('SELECT id FROM kcrm_user_group WHERE code = ?', [$groupCode]);
        if ($groupId === null) {
            throw new \InvalidArgumentException(sprintf('No group "%s".', $groupCode));
        }
        $this->db->transaction(function () use ($userId, $groupId): void {
            $this->db->execute('DELETE FROM kcrm_user_group_member WHERE user_id = ?', [$userId]);
            $this->addToGroup($userId, (int) $groupId);
        });
    }

    /** A deactivated user cannot sign in; their cards keep them as the responsible user. */
    public function setActive(int $userId, bool $active): void
    {
        $this->db->execute(
            'UPDATE kcrm_user SET active = ?, updated_at = ? WHERE id = ?',
            [$active ? 1 : 0, gmdate('Y-m-d H:i:s'), $userId]
        );
    }

    /** @return list<array{id: int, code: string, name: string}> */
    public function groups(): array
    {
        return array_map(static fn (array $r): array => [
            'id' => (int) $r['id'], 'code' => (string) $r['code'], 'name' => (string) $r['name'],
        ], $this->db->fetchAll('SELECT id, code, name FROM kcrm_user_group ORDER BY id'));
    }

    /** @return list<array{id: int, login: string, name: string, active: int, last_login_at: ?string, groups: list<string>}> */
    public function all(int $limit = 1000): array
    {
        $rows = $this->db->fetchAll(sprintf('SELECT id, login, name, active, last_login_at FROM kcrm_user ORDER BY login LIMIT %d', $limit));
        $members = [];
        foreach ($this->db->fetchAll(
            'SELECT m.user_id, g.code FROM kcrm_user_group_member m JOIN kcrm_user_group g ON g.id = m.group_id ORDER BY g.code'
        ) as $m) {
            $members[(int) $m['user_id']][] = (string) $m['code'];
        }
        return array_map(static fn (array $r): array => [
            'id' => (int) $r['id'],
            'login' => (string) $r['login'],
            'name' => (string) $r['name'],
            'active' => (int) $r['active'],
            'last_login_at' => $r['last_login_at'] === null ? null : (string) $r['last_login_at'],
            'groups' => $members[(int) $r['id']] ?? [],
        ], $rows);
    }

    /** Grants $scope on entity/action to a group; "*" stands for every entity or action. */
    public function grant(string $groupCode, string $entity, string $action, string $scope = 'all'): void
    {
        $exists = $this->db->fetchValue(
            'SELECT id FROM kcrm_permission WHERE group_code = ? AND entity = ? AND action = ?',
            [$groupCode, $entity, $action]
        );
        if ($exists === null) {
            $this->db->insert('kcrm_permission', ['group_code' => $groupCode, 'entity' => $entity, 'action' => $action, 'scope' => $scope]);
        } else {
            $this->db->execute('UPDATE kcrm_permission SET scope = ? WHERE id = ?', [$scope, (int) $exists]);
        }
    }

    /** @param array<string, mixed> $row */
    private static function typed(array $row): array
    {
        return [
            'id' => (int) $row['id'],
            'login' => (string) $row['login'],
            'name' => (string) $row['name'],
            'password_hash' => (string) $row['password_hash'],
            'active' => (int) $row['active'],
        ];
    }

    /**
     * Keeps a row for a user the site around the CRM signs in (Bitrix): same id, their name, their
     * CRM roles as group memberships. Names in lists and reports, the "responsible" choices and the
     * "group" scope then work as for standalone users. A standalone user's row with that id is left
     * alone. Writes only when something changed.
     *
     * @param list<string> $roleCodes
     */
    public function mirrorExternal(int $id, string $login, string $name, array $roleCodes): void
    {
        $row = $this->db->fetchOne('SELECT login, name, password_hash, active FROM kcrm_user WHERE id = ?', [$id]);
        if ($row !== null && $row['password_hash'] !== self::EXTERNAL) {
            return;
        }
        $login = self::normalizeLogin('bitrix:' . $login);
        sort($roleCodes);
        $current = $row === null ? [] : $this->groupCodes($id);
        sort($current);
        $same = $row !== null && $row['login'] === $login && $row['name'] === $name && (int) $row['active'] === 1
            && $current === $roleCodes;
        if ($same) {
            return;
        }
        $this->db->transaction(function () use ($row, $id, $login, $name, $roleCodes): void {
            $now = gmdate('Y-m-d H:i:s');
            if ($row === null) {
                $this->db->insert('kcrm_user', [
                    'id' => $id, 'login' => $login, 'password_hash' => self::EXTERNAL, 'name' => $name,
                    'active' => 1, 'created_at' => $now, 'updated_at' => $now,
                ]);
                if ($this->db->driver() === 'pgsql') {
                    // An explicit id does not move PostgreSQL's sequence: the next standalone user
                    // (bin/crm install --admin-login on this database) would collide with this row.
                    $this->db->execute("SELECT setval(pg_get_serial_sequence('kcrm_user', 'id'), (SELECT MAX(id) FROM kcrm_user))");
                }
            } else {
                $this->db->execute(
                    'UPDATE kcrm_user SET login = ?, name = ?, active = 1, updated_at = ? WHERE id = ?',
                    [$login, $name, $now, $id]
                );
            }
            $this->db->execute('DELETE FROM kcrm_user_group_member WHERE user_id = ?', [$id]);
            foreach ($roleCodes as $code) {
                $groupId = $this->db->fetchValue('SELECT id FROM kcrm_user_group WHERE code = ?', [$code]);
                if ($groupId !== null) {
                    $this->addToGroup($id, (int) $groupId);
                }
            }
        });
    }
}
