<?php
// The counts behind the reports page: activities per user, type and day; new cards per day; overdue tasks.

declare(strict_types=1);

namespace Kartoteka\Crm\Report;

use Kartoteka\Crm\Db\Connection;

final class ReportRepository
{
    public function __construct(private readonly Connection $db)
    {
    }

    /**
     * Activities on live cards happened in [$from, $to), counted per user, type and day.
     *
     * @return list<array{user_id: ?int, user_name: ?string, type: string, day: string, n: int}>
     */
    public function activitiesPerDay(string $from, string $to): array
    {
        $day = $this->day('a.happened_at');
        $rows = $this->db->fetchAll(
            "SELECT a.user_id, u.name AS user_name, a.type, $day AS day, COUNT(*) AS n
             FROM kcrm_activity a LEFT JOIN kcrm_user u ON u.id = a.user_id
             WHERE a.deleted_at IS NULL AND a.happened_at >= ? AND a.happened_at < ?
             GROUP BY a.user_id, u.name, a.type, $day",
            [$from, $to]
        );
        return array_map(static fn (array $r): array => [
            'user_id' => $r['user_id'] === null ? null : (int) $r['user_id'],
            'user_name' => $r['user_name'] === null ? null : (string) $r['user_name'],
            'type' => (string) $r['type'],
            'day' => (string) $r['day'],
            'n' => (int) $r['n'],
        ], $rows);
    }

    /**
     * Organisations or contact persons created in [$from, $to) and not deleted, per day.
     *
     * @param 'company'|'contact' $entity
     * @return array<string, int> day => count
     */
    public function createdPerDay(string $entity, string $from, string $to): array
    {
        $table = $entity === 'company' ? 'kcrm_company' : 'kcrm_contact';
        $day = $this->day('created_at');
        $counts = [];
        foreach ($this->db->fetchAll(
            "SELECT $day AS day, COUNT(*) AS n FROM $table
             WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ? GROUP BY $day",
            [$from, $to]
        ) as $row) {
            $counts[(string) $row['day']] = (int) $row['n'];
        }
        return $counts;
    }

    /**
     * Open tasks due before $now, the longest overdue first.
     *
     * @return list<array<string, mixed>>
     */
    public function overdueTasks(string $now, int $limit = 50): array
    {
        return $this->db->fetchAll(
            sprintf(
                "SELECT t.id, t.title, t.due_at, t.company_id, t.contact_id, t.responsible_user_id,
                        u.name AS responsible_name, c.name AS company_name, p.last_name, p.first_name, p.middle_name
                 FROM kcrm_task t
                 LEFT JOIN kcrm_user u ON u.id = t.responsible_user_id
                 LEFT JOIN kcrm_company c ON c.id = t.company_id
                 LEFT JOIN kcrm_contact p ON p.id = t.contact_id
                 WHERE t.deleted_at IS NULL AND t.status = 'open' AND t.due_at < ?
                 ORDER BY t.due_at, t.id LIMIT %d",
                $limit
            ),
            [$now]
        );
    }

    /** @return list<array{user_id: ?int, user_name: ?string, n: int}> overdue open tasks per responsible user */
    public function overdueCountsPerUser(string $now): array
    {
        $rows = $this->db->fetchAll(
            "SELECT t.responsible_user_id AS user_id, u.name AS user_name, COUNT(*) AS n
             FROM kcrm_task t LEFT JOIN kcrm_user u ON u.id = t.responsible_user_id
             WHERE t.deleted_at IS NULL AND t.status = 'open' AND t.due_at < ?
             GROUP BY t.responsible_user_id, u.name ORDER BY n DESC",
            [$now]
        );
        return array_map(static fn (array $r): array => [
            'user_id' => $r['user_id'] === null ? null : (int) $r['user_id'],
            'user_name' => $r['user_name'] === null ? null : (string) $r['user_name'],
            'n' => (int) $r['n'],
        ], $rows);
    }

    /** The calendar day of a timestamp column as "YYYY-MM-DD", in each database's dialect. */
    private function day(string $column): string
    {
        return match ($this->db->driver()) {
            'pgsql' => "to_char($column, 'YYYY-MM-DD')",
            'mysql' => "DATE_FORMAT($column, '%Y-%m-%d')",
            default => "substr($column, 1, 10)",
        };
    }
}
