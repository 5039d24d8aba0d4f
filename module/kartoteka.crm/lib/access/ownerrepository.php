<?php
// Who is responsible for a record, as the rights see it: the users whose "own" scope covers it.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

use Kartoteka\Crm\Db\Connection;

final class OwnerRepository
{
    public function __construct(private readonly Connection $db)
    {
    }

    /** @return list<int> the organisation's responsible user, if any */
    public function ofCompany(int $id): array
    {
        return self::ids($this->db->fetchAll(
            'SELECT responsible_user_id AS id FROM kcrm_company WHERE id = ? AND responsible_user_id IS NOT NULL',
            [$id]
        ));
    }

    /** @return list<int> the person's own responsible user and those of the organisations they belong to */
    public function ofContact(int $id): array
    {
        return self::ids($this->db->fetchAll(
            'SELECT responsible_user_id AS id FROM kcrm_contact WHERE id = ? AND responsible_user_id IS NOT NULL
             UNION
             SELECT c.responsible_user_id AS id FROM kcrm_company_contact cc JOIN kcrm_company c ON c.id = cc.company_id
             WHERE cc.contact_id = ? AND c.deleted_at IS NULL AND c.responsible_user_id IS NOT NULL',
            [$id, $id]
        ));
    }

    /** @return list<int> the task's company, contact and responsible user */
    public function ofTask(int $id): array
    {
        $task = $this->db->fetchOne('SELECT company_id, contact_id, responsible_user_id FROM kcrm_task WHERE id = ?', [$id]);
        if ($task === null) {
            return [];
        }
        return array_values(array_unique([
            ...($task['company_id'] === null ? [] : $this->ofCompany((int) $task['company_id'])),
            ...($task['contact_id'] === null ? [] : $this->ofContact((int) $task['contact_id'])),
            ...($task['responsible_user_id'] === null ? [] : [(int) $task['responsible_user_id']]),
        ]));
    }

    /** @return list<int> who started the import */
    public function ofImport(int $id): array
    {
        return self::ids($this->db->fetchAll(
            'SELECT created_by AS id FROM kcrm_import_job WHERE id = ? AND created_by IS NOT NULL',
            [$id]
        ));
    }

    /** @return list<int> the active users sharing a group with this one, the user included */
    public function groupMates(int $userId): array
    {
        $mates = self::ids($this->db->fetchAll(
            'SELECT DISTINCT other.user_id AS id FROM kcrm_user_group_member mine
             JOIN kcrm_user_group_member other ON other.group_id = mine.group_id
             WHERE mine.user_id = ?',
            [$userId]
        ));
        return array_values(array_unique([$userId, ...$mates]));
    }

    /** @param list<array<string, mixed>> $rows */
    private static function ids(array $rows): array
    {
        return array_values(array_unique(array_map(static fn (array $r): int => (int) $r['id'], $rows)));
    }
}
