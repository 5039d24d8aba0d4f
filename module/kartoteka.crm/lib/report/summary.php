<?php
// The numbers and short lists on the dashboard: live cards, open tasks, my tasks for today, recent
// activities — each only over the records the viewing user may see (a sales manager: their own).

declare(strict_types=1);

namespace Kartoteka\Crm\Report;

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
        [$companyWhere, $companyParams] = self::companyOwned('c', $this->companyOwners);
        [$contactWhere, $contactParams] = self::contactOwned('p', $this->contactOwners);
        [$taskWhere, $taskParams] = self::taskOwned($this->activityOwners);
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
        [$where, $params] = self::cardOwned($this->activityOwners);
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
        [$where, $params] = $entity === 'company' ? self::companyOwned('c', $owners) : self::contactOwned('p', $owners);
        $table = $entity === 'company' ? 'kcrm_company c WHERE c.id = ?' : 'kcrm_contact p WHERE p.id = ?';
        return (int) $this->db->fetchValue("SELECT COUNT(*) FROM $table AND $where", [$id, ...$params]) > 0;
    }

    /**
     * @param list<int>|null $owners
     * @return array{0: string, 1: list<int>}
     */
    private static function marks(array $owners): array
    {
        return [$owners === [] ? '(NULL)' : '(' . implode(', ', array_fill(0, count($owners), '?')) . ')', array_values($owners)];
    }

    /**
     * @param list<int>|null $owners
     * @return array{0: string, 1: list<int>}
     */
    private static function companyOwned(string $alias, ?array $owners): array
    {
        if ($owners === null) {
            return ['1 = 1', []];
        }
        [$marks, $ids] = self::marks($owners);
        return ["$alias.responsible_user_id IN $marks", $ids];
    }

    /**
     * A person is "own" through their own responsible user or a live organisation they belong to.
     *
     * @param list<int>|null $owners
     * @return array{0: string, 1: list<int>}
     */
    private static function contactOwned(string $alias, ?array $owners): array
    {
        if ($owners === null) {
            return ['1 = 1', []];
        }
        [$marks, $ids] = self::marks($owners);
        return ["($alias.responsible_user_id IN $marks OR EXISTS (SELECT 1 FROM kcrm_company_contact occ
            JOIN kcrm_company oc ON oc.id = occ.company_id
            WHERE occ.contact_id = $alias.id AND oc.deleted_at IS NULL AND oc.responsible_user_id IN $marks))", [...$ids, ...$ids]];
    }

    /**
     * An activity or task is the viewer's when the card it is on is (Rights::can on 'activity').
     * The row's company_id and contact_id are those of table alias "a"/"t" passed as $row.
     *
     * @param list<int> $owners
     * @return array{0: string, 1: list<int>}
     */
    private static function cardOwned(array $owners, string $row = 'a'): array
    {
        [$company, $companyIds] = self::companyOwned('oc2', $owners);
        [$contact, $contactIds] = self::contactOwned('op2', $owners);
        return ["(EXISTS (SELECT 1 FROM kcrm_company oc2 WHERE oc2.id = $row.company_id AND $company)
            OR EXISTS (SELECT 1 FROM kcrm_contact op2 WHERE op2.id = $row.contact_id AND $contact))", [...$companyIds, ...$contactIds]];
    }

    /**
     * A task is the viewer's through its card or when they are responsible for it (OwnerRepository::ofTask).
     *
     * @param list<int>|null $owners
     * @return array{0: string, 1: list<int>}
     */
    private static function taskOwned(?array $owners): array
    {
        if ($owners === null) {
            return ['1 = 1', []];
        }
        [$card, $cardIds] = self::cardOwned($owners, 't');
        [$marks, $ids] = self::marks($owners);
        return ["(t.responsible_user_id IN $marks OR $card)", [...$ids, ...$cardIds]];
    }
}
