<?php
// The rights' "own" as SQL conditions: which rows of a list a scope's responsible users cover, the
// same answer Rights::can gives for one record (OwnerRepository), for lists, counts and timelines.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

final class OwnedRecords
{
    /**
     * @param list<int> $owners
     * @return array{0: string, 1: list<int>} an SQL IN list, "(NULL)" when empty
     */
    public static function marks(array $owners): array
    {
        return [$owners === [] ? '(NULL)' : '(' . implode(', ', array_fill(0, count($owners), '?')) . ')', array_values($owners)];
    }

    /**
     * An organisation is its responsible user's.
     *
     * @param list<int>|null $owners null: every record
     * @return array{0: string, 1: list<int>}
     */
    public static function company(string $alias, ?array $owners): array
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
    public static function contact(string $alias, ?array $owners): array
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
     * The row's company_id and contact_id are those of table alias $row.
     *
     * @param list<int>|null $owners
     * @return array{0: string, 1: list<int>}
     */
    public static function card(?array $owners, string $row = 'a'): array
    {
        if ($owners === null) {
            return ['1 = 1', []];
        }
        [$company, $companyIds] = self::company('oc2', $owners);
        [$contact, $contactIds] = self::contact('op2', $owners);
        return ["(EXISTS (SELECT 1 FROM kcrm_company oc2 WHERE oc2.id = $row.company_id AND $company)
            OR EXISTS (SELECT 1 FROM kcrm_contact op2 WHERE op2.id = $row.contact_id AND $contact))", [...$companyIds, ...$contactIds]];
    }

    /**
     * A task is the viewer's through its card or when they are responsible for it (OwnerRepository::ofTask).
     *
     * @param list<int>|null $owners
     * @return array{0: string, 1: list<int>}
     */
    public static function task(?array $owners, string $row = 't'): array
    {
        if ($owners === null) {
            return ['1 = 1', []];
        }
        [$card, $cardIds] = self::card($owners, $row);
        [$marks, $ids] = self::marks($owners);
        return ["($row.responsible_user_id IN $marks OR $card)", [...$ids, ...$cardIds]];
    }
}
