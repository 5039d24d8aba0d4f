<?php
// Calls, meetings, notes and e-mails logged on organisations and contact persons (kcrm_activity).

declare(strict_types=1);

namespace Kartoteka\Crm\Activity;

use Kartoteka\Crm\Db\Connection;

final class ActivityRepository
{
    private const COLUMNS = 'a.id, a.type, a.direction, a.result, a.duration_seconds, a.subject, a.body, a.company_id,
        a.contact_id, a.user_id, a.happened_at, u.name AS user_name, c.name AS company_name,
        p.last_name, p.first_name, p.middle_name';
    private const JOINS = 'LEFT JOIN kcrm_user u ON u.id = a.user_id
        LEFT JOIN kcrm_company c ON c.id = a.company_id
        LEFT JOIN kcrm_contact p ON p.id = a.contact_id';

    public function __construct(private readonly Connection $db)
    {
    }

    /** @param array<string, string|int|null> $row */
    public function insert(array $row): int
    {
        return $this->db->insert('kcrm_activity', $row + ['created_at' => gmdate('Y-m-d H:i:s')]);
    }

    /**
     * The organisation's own activities and those logged on its contact persons, newest first.
     *
     * @param string $where an extra condition on alias "a" (the viewer's scope), with $params
     * @param list<int|string> $params
     * @return list<array<string, mixed>>
     */
    public function forCompany(int $companyId, int $limit = 100, string $where = '1 = 1', array $params = []): array
    {
        return $this->db->fetchAll(
            sprintf(
                'SELECT %s FROM kcrm_activity a %s
                 WHERE a.deleted_at IS NULL AND (a.company_id = ?
                    OR a.contact_id IN (SELECT cc.contact_id FROM kcrm_company_contact cc WHERE cc.company_id = ?))
                   AND %s
                 ORDER BY a.happened_at DESC, a.id DESC LIMIT %d',
                self::COLUMNS,
                self::JOINS,
                $where,
                $limit
            ),
            [$companyId, $companyId, ...$params]
        );
    }

    /**
     * @param list<int|string> $params for $where, a condition on alias "a"
     * @return list<array<string, mixed>>
     */
    public function forContact(int $contactId, int $limit = 100, string $where = '1 = 1', array $params = []): array
    {
        return $this->db->fetchAll(
            sprintf(
                'SELECT %s FROM kcrm_activity a %s WHERE a.deleted_at IS NULL AND a.contact_id = ? AND %s
                 ORDER BY a.happened_at DESC, a.id DESC LIMIT %d',
                self::COLUMNS,
                self::JOINS,
                $where,
                $limit
            ),
            [$contactId, ...$params]
        );
    }

    /**
     * The latest activities on live cards, for the dashboard.
     *
     * @param string $where an extra condition on alias "a" (the viewer's scope), with $params
     * @param list<int|string> $params
     * @return list<array<string, mixed>>
     */
    public function recent(int $limit = 10, string $where = '1 = 1', array $params = []): array
    {
        return $this->db->fetchAll(
            sprintf(
                'SELECT %s FROM kcrm_activity a %s
                 WHERE a.deleted_at IS NULL AND (c.id IS NULL OR c.deleted_at IS NULL) AND (p.id IS NULL OR p.deleted_at IS NULL)
                   AND %s
                 ORDER BY a.happened_at DESC, a.id DESC LIMIT %d',
                self::COLUMNS,
                self::JOINS,
                $where,
                $limit
            ),
            $params
        );
    }
}
