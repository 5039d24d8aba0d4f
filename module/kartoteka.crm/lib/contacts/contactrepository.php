<?php
// Contact persons in kcrm_contact and the organisations they belong to (kcrm_company_contact).

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

final class ContactRepository
{
    public const FIELDS = ['last_name', 'first_name', 'middle_name', 'person_key', 'city', 'comment', 'responsible_user_id'];

    private const SORTS = [
        'name' => 'p.last_name %1$s, p.first_name %1$s, p.middle_name %1$s, p.id %1$s',
        'created' => 'p.created_at %1$s, p.id %1$s',
        'city' => 'p.city %1$s, p.last_name %1$s, p.id %1$s',
    ];

    public function __construct(private readonly Connection $db)
    {
    }

    /** @return list<string> */
    public static function sorts(): array
    {
        return array_keys(self::SORTS);
    }

    /** "Last First Middle" of a row that has those columns. */
    public static function fullName(array $row): string
    {
        $parts = [(string) ($row['last_name'] ?? ''), (string) ($row['first_name'] ?? ''), (string) ($row['middle_name'] ?? '')];
        return trim(implode(' ', array_filter($parts, static fn (string $p): bool => $p !== '')));
    }

    /** @param array<string, string|int|null> $row columns of FIELDS */
    public function insert(array $row): int
    {
        $now = gmdate('Y-m-d H:i:s');
        return $this->db->insert('kcrm_contact', self::only($row) + ['created_at' => $now, 'updated_at' => $now]);
    }

    /** @param array<string, string|int|null> $row columns of FIELDS */
    public function update(int $id, array $row): void
    {
        $row = self::only($row);
        $sets = implode(', ', array_map(static fn (string $c): string => "$c = ?", array_keys($row)));
        $this->db->execute(
            "UPDATE kcrm_contact SET $sets, updated_at = ? WHERE id = ?",
            [...array_values($row), gmdate('Y-m-d H:i:s'), $id]
        );
    }

    public function setDeleted(int $id, ?string $at): bool
    {
        return $this->db->execute('UPDATE kcrm_contact SET deleted_at = ? WHERE id = ?', [$at, $id]) > 0;
    }

    /** @return array<string, mixed>|null the card, deleted or not, with the responsible user's name */
    public function find(int $id): ?array
    {
        return $this->db->fetchOne(
            'SELECT p.*, u.name AS responsible_name, u.login AS responsible_login
             FROM kcrm_contact p LEFT JOIN kcrm_user u ON u.id = p.responsible_user_id
             WHERE p.id = ?',
            [$id]
        );
    }

    /**
     * The organisations of a person with the role held in each (live organisations only).
     *
     * @return list<array{company_id: int, company_name: string, role: string, position: ?string}>
     */
    public function memberships(int $contactId): array
    {
        $rows = $this->db->fetchAll(
            'SELECT cc.company_id, c.name AS company_name, cc.role, cc.position
             FROM kcrm_company_contact cc JOIN kcrm_company c ON c.id = cc.company_id
             WHERE cc.contact_id = ? AND c.deleted_at IS NULL
             ORDER BY c.company_key, cc.role',
            [$contactId]
        );
        return array_map(static fn (array $r): array => [
            'company_id' => (int) $r['company_id'],
            'company_name' => (string) $r['company_name'],
            'role' => (string) $r['role'],
            'position' => $r['position'] === null ? null : (string) $r['position'],
        ], $rows);
    }

    /**
     * Replaces the person's memberships; links to deleted organisations stay, so that undoing
     * the organisation's deletion brings its people back with it.
     *
     * @param list<array{company_id: int, role: string, position: ?string}> $memberships
     */
    public function replaceMemberships(int $contactId, array $memberships): void
    {
        $this->db->execute(
            'DELETE FROM kcrm_company_contact WHERE contact_id = ?
             AND company_id IN (SELECT id FROM kcrm_company WHERE deleted_at IS NULL)',
            [$contactId]
        );
        $now = gmdate('Y-m-d H:i:s');
        foreach ($memberships as $m) {
            $this->db->insert('kcrm_company_contact', [
                'company_id' => $m['company_id'],
                'contact_id' => $contactId,
                'role' => $m['role'],
                'position' => $m['position'],
                'created_at' => $now,
            ]);
        }
    }

    /** A search for a part inside words shows at most this many persons ("the first 1,000"). */
    public const PARTIAL_LIMIT = 1000;

    /** Up to this many word matches are carried to the count and the page as a list of ids. */
    private const LISTED_MATCHES = 5000;

    /**
     * A phone goes through kcrm_phone's e164 index only. Any other text through the word index
     * (kcrm_contact_word): every word of the query, lower-cased or as personKey() folds it, starts
     * some word of the person's names or e-mail addresses, in any order; an e-mail address also by
     * its key. Only when that finds nothing, a part inside the words of person_key: that reads the
     * index of every person, so it stops at the first PARTIAL_LIMIT matches and the page says so.
     */
    public function search(ListQuery $query, SearchTerms $terms): ListPage
    {
        $matching = $this->matching($query, $terms);
        if ($matching === null) {
            return new ListPage([], 0, $query->page, $query->perPage);
        }
        [$where, $params, $capped, $partial] = $matching;
        $whereSql = implode(' AND ', $where);
        $total = (int) $this->db->fetchValue("SELECT COUNT(*) FROM kcrm_contact p WHERE $whereSql", $params);
        $order = sprintf(self::SORTS[$query->sort] ?? self::SORTS['name'], $query->descending ? 'DESC' : 'ASC');
        $rows = $this->db->fetchAll(
            sprintf(
                'SELECT p.id, p.last_name, p.first_name, p.middle_name, p.city, p.created_at, p.deleted_at,
                        (SELECT MIN(ph.raw) FROM kcrm_phone ph WHERE ph.owner_type = \'contact\' AND ph.owner_id = p.id) AS phone,
                        (SELECT MIN(em.raw) FROM kcrm_email em WHERE em.owner_type = \'contact\' AND em.owner_id = p.id) AS email
                 FROM (SELECT p.id FROM kcrm_contact p WHERE %s ORDER BY %s LIMIT %d OFFSET %d) pg
                 JOIN kcrm_contact p ON p.id = pg.id
                 ORDER BY %s',
                $whereSql,
                $order,
                $query->perPage,
                $query->offset(),
                $order
            ),
            $params
        );
        foreach ($rows as &$row) {
            $row['companies'] = $this->memberships((int) $row['id']);
        }
        unset($row);
        return new ListPage($rows, $total, $query->page, $query->perPage, $capped, $partial);
    }

    /**
     * The ids of every person the list finds, in the list's order: what an export walks through in
     * batches (one query, instead of a page's count and OFFSET per batch).
     *
     * @return list<int>
     */
    public function orderedIds(ListQuery $query, SearchTerms $terms): array
    {
        $matching = $this->matching($query, $terms);
        if ($matching === null) {
            return [];
        }
        [$where, $params] = $matching;
        $order = sprintf(self::SORTS[$query->sort] ?? self::SORTS['name'], $query->descending ? 'DESC' : 'ASC');
        // Row by row into a list of ints: 300,000 ids take about 5 MB, rows as arrays twenty times that.
        $statement = $this->db->pdo()->prepare(sprintf('SELECT p.id FROM kcrm_contact p WHERE %s ORDER BY %s', implode(' AND ', $where), $order));
        $statement->execute($params);
        $ids = [];
        while (($id = $statement->fetchColumn()) !== false) {
            $ids[] = (int) $id;
        }
        return $ids;
    }

    /**
     * The conditions for the list's filters and search text, tried in the narrowest form that finds
     * something; null when nothing can match.
     *
     * @return array{0: list<string>, 1: list<mixed>, 2: bool, 3: bool}|null where, params, capped, partial
     */
    private function matching(ListQuery $query, SearchTerms $terms): ?array
    {
        [$where, $params] = $this->filters($query);
        $capped = false;
        $partial = false;
        if ($terms->text !== '' && $terms->e164 !== null) {
            // No name or e-mail reads as a phone.
            $where[] = "p.id IN (SELECT ph.owner_id FROM kcrm_phone ph WHERE ph.e164 = ? AND ph.owner_type = 'contact')";
            $params[] = $terms->e164;
        } elseif ($terms->text !== '') {
            $ids = [];
            $idParams = [];
            // Each word as typed (lower-cased) or as personKey() folds it on its own ("Петя" as
            // petr, "Yulia" as iulia); text with an @ is (part of) an address, not read as a name.
            $address = str_contains($terms->text, '@');
            $words = [];
            foreach (WordIndex::of(mb_strtolower($terms->text, 'UTF-8')) as $typed) {
                $typed = ltrim($typed, '@');
                $folded = $address ? [] : WordIndex::of(\Crm\Dedup\personKey($typed));
                $words[] = count($folded) === 1 ? [$typed, $folded[0]] : [$typed];
            }
            $found = WordIndex::contacts()->prefixIds($words, 'w', $this->db);
            if ($found !== null) {
                $ids[] = $found[0];
                array_push($idParams, ...$found[1]);
            }
            if ($terms->emailKey !== null) {
                $ids[] = "SELECT em.owner_id AS id FROM kcrm_email em WHERE em.email_key = ? AND em.owner_type = 'contact'";
                $idParams[] = $terms->emailKey;
            }
            $match = match (count($ids)) {
                0 => null,
                1 => "p.id IN ($ids[0])",
                default => 'p.id IN (SELECT m.id FROM (' . implode(' UNION ', $ids) . ') m)',
            };
            // The matches are read once; when they are few, the count and the page take them as a
            // list instead of looking the words up twice more.
            $matched = $match === null ? [] : array_map('intval', array_column($this->db->fetchAll(
                sprintf('SELECT p.id FROM kcrm_contact p WHERE %s LIMIT %d', implode(' AND ', [...$where, $match]), self::LISTED_MATCHES + 1),
                [...$params, ...$idParams]
            ), 'id'));
            if (count($matched) > self::LISTED_MATCHES) {
                $where[] = $match;
                array_push($params, ...$idParams);
            } elseif ($matched !== []) {
                [$where, $params] = [['p.id IN (' . implode(', ', $matched) . ')'], []];
            } else {
                $found = WordIndex::contacts()->partInside(
                    $this->db, $where, $params, $address ? [] : WordIndex::of($terms->key), self::PARTIAL_LIMIT + 1
                );
                if ($found === []) {
                    return null;
                }
                $partial = true;
                $capped = count($found) > self::PARTIAL_LIMIT;
                $where = ['p.id IN (' . implode(', ', array_slice($found, 0, self::PARTIAL_LIMIT)) . ')'];
                $params = [];
            }
        }
        return [$where, $params, $capped, $partial];
    }

    /** @return array{0: list<string>, 1: list<mixed>} the list's filters and rights scope, without the search text */
    private function filters(ListQuery $query): array
    {
        $where = [$query->deleted ? 'p.deleted_at IS NOT NULL' : 'p.deleted_at IS NULL'];
        $params = [];
        if ($query->companyId !== null) {
            $where[] = 'EXISTS (SELECT 1 FROM kcrm_company_contact cc WHERE cc.contact_id = p.id AND cc.company_id = ?)';
            $params[] = $query->companyId;
        }
        if ($query->ownerIds !== null) {
            // A person is "own" through their own responsible user or any organisation they belong to.
            [$marks, $ids] = $query->ownerMarks();
            $where[] = "(p.responsible_user_id IN $marks OR EXISTS (SELECT 1 FROM kcrm_company_contact occ
                JOIN kcrm_company oc ON oc.id = occ.company_id
                WHERE occ.contact_id = p.id AND oc.deleted_at IS NULL AND oc.responsible_user_id IN $marks))";
            array_push($params, ...$ids, ...$ids);
        }
        [$shared, $sharedParams] = $query->sharedFilters('p');
        return [[...$where, ...$shared], [...$params, ...$sharedParams]];
    }

    /** @param array<string, mixed> $row */
    private static function only(array $row): array
    {
        return array_intersect_key($row, array_flip(self::FIELDS));
    }
}
