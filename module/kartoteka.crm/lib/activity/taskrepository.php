<?php
// Tasks with a due date and a responsible user, on an organisation or a contact person (kcrm_task).

declare(strict_types=1);

namespace Kartoteka\Crm\Activity;

use Kartoteka\Crm\Db\Connection;

final class TaskRepository
{
    private const COLUMNS = 't.id, t.title, t.description, t.status, t.due_at, t.company_id, t.contact_id,
        t.responsible_user_id, t.completed_at, u.name AS responsible_name, c.name AS company_name,
        p.last_name, p.first_name, p.middle_name';
    private const JOINS = 'LEFT JOIN kcrm_user u ON u.id = t.responsible_user_id
        LEFT JOIN kcrm_company c ON c.id = t.company_id
        LEFT JOIN kcrm_contact p ON p.id = t.contact_id';
    /** Open tasks first, the most urgent on top; tasks with no due date after the dated ones. */
    private const ORDER = "CASE WHEN t.status = 'open' THEN 0 ELSE 1 END, CASE WHEN t.due_at IS NULL THEN 1 ELSE 0 END, t.due_at, t.id";

    public function __construct(private readonly Connection $db)
    {
    }

    /** @param array<string, string|int|null> $row */
    public function insert(array $row): int
    {
        $now = gmdate('Y-m-d H:i:s');
        return $this->db->insert('kcrm_task', $row + ['created_at' => $now, 'updated_at' => $now]);
    }

    /** @return array<string, mixed>|null */
    public function find(int $id): ?array
    {
        return $this->db->fetchOne('SELECT * FROM kcrm_task WHERE id = ? AND deleted_at IS NULL', [$id]);
    }

    public function setStatus(int $id, string $status, ?string $completedAt): void
    {
        $this->db->execute(
            'UPDATE kcrm_task SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?',
            [$status, $completedAt, gmdate('Y-m-d H:i:s'), $id]
        );
    }

    /**
     * @param string $where an extra condition on alias "t" (the viewer's scope), with $params
     * @param list<int|string> $params
     * @return list<array<string, mixed>>
     */
    public function forCompany(int $companyId, string $where = '1 = 1', array $params = []): array
    {
        return $this->db->fetchAll(
            sprintf(
                'SELECT %s FROM kcrm_task t %s WHERE t.deleted_at IS NULL AND (t.company_id = ?
                    OR t.contact_id IN (SELECT cc.contact_id FROM kcrm_company_contact cc WHERE cc.company_id = ?))
                   AND %s
                 ORDER BY %s LIMIT 200',
                self::COLUMNS,
                self::JOINS,
                $where,
                self::ORDER
            ),
            [$companyId, $companyId, ...$params]
        );
    }

    /**
     * @param list<int|string> $params for $where, a condition on alias "t"
     * @return list<array<string, mixed>>
     */
    public function forContact(int $contactId, string $where = '1 = 1', array $params = []): array
    {
        return $this->db->fetchAll(
            sprintf('SELECT %s FROM kcrm_task t %s WHERE t.deleted_at IS NULL AND t.contact_id = ? AND %s ORDER BY %s LIMIT 200', self::COLUMNS, self::JOINS, $where, self::ORDER),
            [$contactId, ...$params]
        );
    }

    /**
     * Open tasks of a user due up to the end of the given day, overdue ones included.
     *
     * @return list<array<string, mixed>>
     */
    public function openDueBy(int $userId, string $dayEnd, int $limit = 50): array
    {
        return $this->db->fetchAll(
            sprintf(
                "SELECT %s FROM kcrm_task t %s
                 WHERE t.deleted_at IS NULL AND t.status = 'open' AND t.responsible_user_id = ? AND t.due_at <= ?
                 ORDER BY t.due_at, t.id LIMIT %d",
                self::COLUMNS,
                self::JOINS,
                $limit
            ),
            [$userId, $dayEnd]
        );
    }

    /** @return list<array<string, mixed>> the user's open tasks, dated ones first, the most urgent on top */
    public function openOf(int $userId, int $limit = 200): array
    {
        return $this->db->fetchAll(
            sprintf(
                "SELECT %s FROM kcrm_task t %s
                 WHERE t.deleted_at IS NULL AND t.status = 'open' AND t.responsible_user_id = ?
                 ORDER BY %s LIMIT %d",
                self::COLUMNS,
                self::JOINS,
                self::ORDER,
                $limit
            ),
            [$userId]
        );
    }
}
