<?php
// Reads kcrm_permission: which scope (none|own|group|all) groups have for an action on an entity; "*"
// in a row stands for any entity or action, and a group's most specific row wins.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

use Kartoteka\Crm\Db\Connection;

final class Permissions
{
    /** Wider scopes rank higher; across groups the widest wins. */
    public const SCOPES = ['none' => 0, 'own' => 1, 'group' => 2, 'all' => 3];

    public function __construct(private readonly Connection $db)
    {
    }

    /** @param list<string> $groupCodes */
    public function allows(array $groupCodes, string $entity, string $action): bool
    {
        return $this->scope($groupCodes, $entity, $action) !== 'none';
    }

    /**
     * The widest scope any of the groups has. Within one group the most specific row decides, so
     * "settings, *, none" takes away what "*, *, all" gave.
     *
     * @param list<string> $groupCodes
     */
    public function scope(array $groupCodes, string $entity, string $action): string
    {
        if ($groupCodes === []) {
            return 'none';
        }
        $marks = implode(', ', array_fill(0, count($groupCodes), '?'));
        $rows = $this->db->fetchAll(
            "SELECT group_code, entity, action, scope FROM kcrm_permission
             WHERE group_code IN ($marks) AND entity IN (?, '*') AND action IN (?, '*')",
            [...array_values($groupCodes), $entity, $action]
        );
        $best = [];
        foreach ($rows as $row) {
            $specificity = ($row['entity'] !== '*' ? 2 : 0) + ($row['action'] !== '*' ? 1 : 0);
            $group = (string) $row['group_code'];
            if (!isset($best[$group]) || $best[$group][0] < $specificity) {
                $best[$group] = [$specificity, (string) $row['scope']];
            }
        }
        $scope = 'none';
        foreach ($best as [, $candidate]) {
            if ((self::SCOPES[$candidate] ?? 0) > self::SCOPES[$scope]) {
                $scope = $candidate;
            }
        }
        return $scope;
    }
}
