<?php
// The numbers and short lists on the dashboard: live cards, open tasks, my tasks for today, recent
// activities — each only over the records the viewing user may see (a sales manager: their own).

declare(strict_types=1);

namespace Kartoteka\Crm\Report;

use Kartoteka\Crm\Access\OwnedRecords;
use Kartoteka\Crm\Access\Rights;
use Kartoteka\Crm\Access\User;
use Kartoteka\Crm\Activity\ActivityRepository;
use Kartoteka\Crm\Activity\TaskRepository;
use Kartoteka\Crm\Db\Connection;

final class Summary
{
    /** @var list<int>|null */
    private readonly ?array $companyOwners;
    /** @var list<int>|null */
    private readonly ?array $contactOwners;
    /** @var list<int>|null */
    private readonly ?array $activityOwners;

    /**
     * $viewer is whose view scope the numbers follow; null counts everything (the CLI and tests
     * that need the whole CRM).
     */
    public function __construct(private readonly Connection $db, ?User $viewer = null)
    {
        $rights = $viewer === null ? null : new Rights($db);
        $this->companyOwners = $rights?->visibleOwners($viewer, 'company');
        $this->contactOwners = $rights?->visibleOwners($viewer, 'contact');
        $this->activityOwners = $rights?->visibleOwners($viewer, 'activity');
    }

    /** @return array{companies: int, contacts: int, open_tasks: int} */
    public function counts(): array
    {
        [$companyWhere, $companyParams] = OwnedRecords::company('c', $this->companyOwners);
        [$contactWhere, $contactParams] = OwnedRecords::contact('p', $this->contactOwners);
        [$taskWhere, $taskParams] = OwnedRecords::task($this->activityOwners);
        return [
            'companies' => (int) $this->db->fetchValue(
                "SELECT COUNT(*) FROM kcrm_company c WHERE c.deleted_at IS NULL AND $companyWhere",
                $companyParams
            ),
            'contacts' => (int) $this->db->fetchValue(
                "SELECT COUNT(*) FROM kcrm_contact p WHERE p.deleted_at IS NULL AND $contactWhere",
                $contactParams
            ),
            'open_tasks' => (int) $this->db->fetchValue(
                "SELECT COUNT(*) FROM kcrm_task t WHERE t.status = 'open' AND t.deleted_at IS NULL AND $taskWhere",
                $taskParams
            ),
        ];
    }

    /**
     * The user's open tasks due today or overdue. A task may be theirs on a card they may not
     * view: then the card's name is left out (company_hidden / contact_hidden say so).
     *
     * @param string $today Y-m-d
     * @return list<array<string, mixed>>
     */
    public function tasksDueToday(int $userId, string $today): array
    {
        $tasks = (new TaskRepository($this->db))->openDueBy($userId, $today . ' 23:59:59');
        return array_map(fn (array $task): array => $this->maskCards($task), $tasks);
    }

    /**
     * All the user's open tasks, the most urgent first, masked like tasksDueToday().
     *
     * @return list<array<string, mixed>>
     */
    public function openTasks(int $userId): array
    {
        $tasks = (new TaskRepository($this->db))->openOf($userId);
        return array_map(fn (array $task): array => $this->maskCards($task), $tasks);
    }

    /** @return list<array<string, mixed>> */
    public function recentActivities(int $limit = 10): array
    {
        if ($this->activityOwners === null) {
            return (new ActivityRepository($this->db))->recent($limit);
        }
        [$where, $params] = OwnedRecords::card($this->activityOwners);
        $rows = (new ActivityRepository($this->db))->recent($limit, $where, $params);
        return array_map(fn (array $a): array => $this->maskCards($a), $rows);
    }

    /**
     * Leaves out the name of a card on the row that the viewer may not view.
     *
     * @param array<string, mixed> $row with company_id, company_name, contact_id and the person's names
     * @return array<string, mixed>
     */
    private function maskCards(array $row): array
    {
        $row['company_hidden'] = false;
        $row['contact_hidden'] = false;
        if ($row['company_id'] !== null && !$this->visible('company', (int) $row['company_id'], $this->companyOwners)) {
            $row['company_hidden'] = true;
            $row['company_name'] = null;
        }
        if ($row['contact_id'] !== null && !$this->visible('contact', (int) $row['contact_id'], $this->contactOwners)) {
            $row['contact_hidden'] = true;
            $row['last_name'] = $row['first_name'] = $row['middle_name'] = null;
        }
        return $row;
    }

    /** @param list<int>|null $owners */
    private function visible(string $entity, int $id, ?array $owners): bool
    {
        if ($owners === null) {
            return true;
        }
        [$where, $params] = $entity === 'company' ? OwnedRecords::company('c', $owners) : OwnedRecords::contact('p', $owners);
        $table = $entity === 'company' ? 'kcrm_company c WHERE c.id = ?' : 'kcrm_contact p WHERE p.id = ?';
        return (int) $this->db->fetchValue("SELECT COUNT(*) FROM $table AND $where", [$id, ...$params]) > 0;
    }
}
