<?php
// Answers "may this user do this to this record?": the group's scope for the action on the entity,
// then, for "own" and "group", whether the record's responsible user is the user or a group mate.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

use Kartoteka\Crm\Db\Connection;

final class Rights
{
    public const ACTIONS = ['view', 'edit', 'delete', 'import', 'merge', 'export'];
    public const ENTITIES = ['company', 'contact', 'activity', 'import'];

    private readonly Permissions $permissions;
    private readonly OwnerRepository $owners;

    public function __construct(Connection $db)
    {
        $this->permissions = new Permissions($db);
        $this->owners = new OwnerRepository($db);
    }

    public function scope(User $user, string $action, string $entity): string
    {
        return $this->permissions->scope($user->groups, $entity, $action);
    }

    /**
     * $record is the record's id, or for an activity or task not yet written the card it goes on
     * (['company_id' => …, 'contact_id' => …]); null asks whether the user may do it to any
     * record at all (to show a button, or to create one they will be responsible for).
     *
     * @param int|array<string, mixed>|null $record
     */
    public function can(User $user, string $action, string $entity, int|array|null $record = null): bool
    {
        $scope = $this->scope($user, $action, $entity);
        if ($scope === 'none') {
            return false;
        }
        if ($scope === 'all' || $record === null) {
            return true;
        }
        $allowed = $this->allowedOwners($user, $scope);
        return array_intersect($this->ownersOf($entity, $record), $allowed) !== [];
    }

    /**
     * The responsible users whose records a list may show: null for every record, [] for none.
     *
     * @return list<int>|null
     */
    public function visibleOwners(User $user, string $entity, string $action = 'view'): ?array
    {
        $scope = $this->scope($user, $action, $entity);
        return match ($scope) {
            'all' => null,
            'none' => [],
            default => $this->allowedOwners($user, $scope),
        };
    }

    /** @return list<int> */
    private function allowedOwners(User $user, string $scope): array
    {
        return $scope === 'group' ? $this->owners->groupMates($user->id) : [$user->id];
    }

    /**
     * @param int|array<string, mixed> $record
     * @return list<int>
     */
    private function ownersOf(string $entity, int|array $record): array
    {
        if (is_int($record)) {
            return match ($entity) {
                'company' => $this->owners->ofCompany($record),
                'contact' => $this->owners->ofContact($record),
                'activity' => $this->owners->ofTask($record),
                'import' => $this->owners->ofImport($record),
                default => [],
            };
        }
        // An activity or task goes with its card: whoever owns the card owns what is logged on it.
        $owners = [];
        if (isset($record['company_id'])) {
            $owners = [...$owners, ...$this->owners->ofCompany((int) $record['company_id'])];
        }
        if (isset($record['contact_id'])) {
            $owners = [...$owners, ...$this->owners->ofContact((int) $record['contact_id'])];
        }
        return array_values(array_unique($owners));
    }
}
