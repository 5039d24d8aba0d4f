<?php
// The numbers and short lists on the dashboard: live cards, open tasks, my tasks for today, recent activities.

declare(strict_types=1);

namespace Kartoteka\Crm\Report;

use Kartoteka\Crm\Activity\ActivityRepository;
use Kartoteka\Crm\Activity\TaskRepository;
use Kartoteka\Crm\Db\Connection;

final class Summary
{
    public function __construct(private readonly Connection $db)
    {
    }

    /** @return array{companies: int, contacts: int, open_tasks: int} */
    public function counts(): array
    {
        return [
            'companies' => (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_company WHERE deleted_at IS NULL'),
            'contacts' => (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_contact WHERE deleted_at IS NULL'),
            'open_tasks' => (int) $this->db->fetchValue(
                "SELECT COUNT(*) FROM kcrm_task WHERE status = 'open' AND deleted_at IS NULL"
            ),
        ];
    }

    /**
     * The user's open tasks due today or overdue.
     *
     * @param string $today Y-m-d
     * @return list<array<string, mixed>>
     */
    public function tasksDueToday(int $userId, string $today): array
    {
        return (new TaskRepository($this->db))->openDueBy($userId, $today . ' 23:59:59');
    }

    /** @return list<array<string, mixed>> */
    public function recentActivities(int $limit = 10): array
    {
        return (new ActivityRepository($this->db))->recent($limit);
    }
}
