<?php
// Answers "may these groups do this?" from kcrm_permission; "*" in a row stands for any entity or action.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

use Kartoteka\Crm\Db\Connection;

final class Permissions
{
    public function __construct(private readonly Connection $db)
    {
    }

    /** @param list<string> $groupCodes */
    public function allows(array $groupCodes, string $entity, string $action): bool
    {
        if ($groupCodes === []) {
            return false;
        }
        $marks = implode(', ', array_fill(0, count($groupCodes), '?'));
        $found = $this->db->fetchValue(
            "SELECT 1 FROM kcrm_permission
             WHERE group_code IN ($marks) AND entity IN (?, '*') AND action IN (?, '*') AND scope <> 'none'",
            [...array_values($groupCodes), $entity, $action]
        );
        return $found !== null;
    }
}
