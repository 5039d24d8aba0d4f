<?php
// Organisations in kcrm_company and their contact persons through kcrm_company_contact.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

final class CompanyRepository
{
    public const FIELDS = ['name', 'company_key', 'inn', 'kpp', 'ogrn', 'orgnr', 'legal_address', 'city', 'responsible_user_id'];

    private const SORTS = [
        'name' => 'c.company_key %1$s, c.name %1$s, c.id %1$s',
        'created' => 'c.created_at %1$s, c.id %1$s',
        'city' => 'c.city %1$s, c.company_key %1$s, c.id %1$s',
    ];

    public function __construct(private readonly Connection $db)
    {
    }

    /** @return list<string> */
    public static function sorts(): array
    {
        return array_keys(self::SORTS);
    }

    /** @param array<string, string|int|null> $row columns of FIELDS */
    public function insert(array $row): int
    {
        $now = gmdate('Y-m-d H:i:s');
        $id = $this->db->insert('kcrm_company', self::only($row) + ['created_at' => $now, 'updated_at' => $now]);
        WordIndex::companies()->write($this->db, $id, WordIndex::of((string) ($row['company_key'] ?? '')));
        return $id;
    }

    /** @param array<string, string|int|null> $row columns of FIELDS */
    public function update(int $id, array $row): void
    {
        $row = self::only($row);
        $sets = implode(', ', array_map(static fn (string $c): string => "$c = ?", array_keys($row)));
        $this->db->execute(
            "UPDATE kcrm_company SET $sets, updated_at = ? WHERE id = ?",
            [...array_values($row), gmdate('Y-m-d H:i:s'), $id]
        );
        if (array_key_exists('company_key', $row)) {
            WordIndex::companies()->write($this->db, $id, WordIndex::of((string) $row['company_key']));
        }
    }

    /** Marks the card deleted (a time) or live again (null); returns whether the card exists. */
    public function setDeleted(int $id, ?string $at): bool
    {
        return $this->db->execute('UPDATE kcrm_company SET deleted_at = ? WHERE id = ?', [$at, $id]) > 0;
    }

    /** @return array<string, mixed>|null the card, deleted or not, with the responsible user's name */
    public function find(int $id): ?array
    {
        return $this->db->fetchOne(
            'SELECT c.*, u.name AS responsible_name, u.login AS responsible_login
             FROM kcrm_company c LEFT JOIN kcrm_user u ON u.id = c.responsible_user_id
             WHERE c.id = ?',
            [$id]
        );
    }

    /** @return list<array{id: int, name: string}> live companies with this INN */
    public function withInn(string $inn, ?int $exceptId): array
    {
        $rows = $this->db->fetchAll(
            'SELECT id, name FROM kcrm_company WHERE inn = ? AND deleted_at IS NULL AND id <> ? ORDER BY id',
            [$inn, $exceptId ?? 0]
        );
        return array_map(static fn (array $r): array => ['id' => (int) $r['id'], 'name' => (string) $r['name']], $rows);
    }

    /** A search for a part inside words shows at most this many organisations ("the first 1,000"). */
    public const PARTIAL_LIMIT = 1000;

    /**
     * The search text is tried in the narrowest form that finds something, each through an index:
     * a phone (the organisation's own numbers and those of its contact persons) and the start of
     * an INN, OGRN or orgnr; then the start of words of the name (kcrm_company_word); only when
     * those find nothing, a part inside words of the name: that reads the index of every name, so
     * it stops at the first PARTIAL_LIMIT matches and the page says so (ListPage::$partial).
     */
    public function search(ListQuery $query, SearchTerms $terms): ListPage
    {
        [$where, $params] = $this->filters($query);
        $capped = false;
        $partial = false;
        if ($terms->text !== '') {
            $found = false;
            foreach ($this->matchers($terms) as [$match, $matchParams]) {
                $w = [...$where, $match];
                $p = [...$params, ...$matchParams];
                if ($this->db->fetchValue('SELECT 1 FROM kcrm_company c WHERE ' . implode(' AND ', $w) . ' LIMIT 1', $p) !== null) {
                    [$where, $params, $found] = [$w, $p, true];
                    break;
                }
            }
            if (!$found) {
                $ids = WordIndex::companies()->partInside(
                    $this->db, $where, $params, WordIndex::of($terms->key), self::PARTIAL_LIMIT + 1
                );
                if ($ids === []) {
                    return new ListPage([], 0, $query->page, $query->perPage);
                }
                $partial = true;
                $capped = count($ids) > self::PARTIAL_LIMIT;
                $where = ['c.id IN (' . implode(', ', array_slice($ids, 0, self::PARTIAL_LIMIT)) . ')'];
                $params = [];
            }
        }
        $whereSql = implode(' AND ', $where);
        $total = (int) $this->db->fetchValue("SELECT COUNT(*) FROM kcrm_company c WHERE $whereSql", $params);
        $order = sprintf(self::SORTS[$query->sort] ?? self::SORTS['name'], $query->descending ? 'DESC' : 'ASC');
        // The page's ids first, from the sort's index alone, then only those rows: a deep page
        // skips index entries instead of whole rows with their phone.
        $rows = $this->db->fetchAll(
            sprintf(
                'SELECT c.id, c.name, c.inn, c.city, c.created_at, c.deleted_at, u.name AS responsible_name,
                        (SELECT MIN(p.raw) FROM kcrm_phone p WHERE p.owner_type = \'company\' AND p.owner_id = c.id) AS phone
                 FROM (SELECT c.id FROM kcrm_company c WHERE %s ORDER BY %s LIMIT %d OFFSET %d) pg
                 JOIN kcrm_company c ON c.id = pg.id
                 LEFT JOIN kcrm_user u ON u.id = c.responsible_user_id
                 ORDER BY %s',
                $whereSql,
                $order,
                $query->perPage,
                $query->offset(),
                $order
            ),
            $params
        );
        return new ListPage($rows, $total, $query->page, $query->perPage, $capped, $partial);
    }

    /** @return array{0: list<string>, 1: list<mixed>} the list's filters and rights scope, without the search text */
    private function filters(ListQuery $query): array
    {
        $where = [$query->deleted ? 'c.deleted_at IS NOT NULL' : 'c.deleted_at IS NULL'];
        $params = [];
        if ($query->ownerIds !== null) {
            [$marks, $ids] = $query->ownerMarks();
            $where[] = "c.responsible_user_id IN $marks";
            array_push($params, ...$ids);
        }
        [$shared, $sharedParams] = $query->sharedFilters('c');
        return [[...$where, ...$shared], [...$params, ...$sharedParams]];
    }

    /**
     * The indexed conditions to try in turn, narrowest first.
     *
     * @return list<array{0: string, 1: list<mixed>}> condition and its parameters
     */
    private function matchers(SearchTerms $terms): array
    {
        $matchers = [];
        $ids = [];
        $idParams = [];
        if ($terms->e164 !== null) {
            // A call from the accountant should find the organisation as well.
            $ids[] = "SELECT p.owner_id AS id FROM kcrm_phone p WHERE p.e164 = ? AND p.owner_type = 'company'";
            $ids[] = "SELECT cc.company_id AS id FROM kcrm_phone p JOIN kcrm_company_contact cc ON cc.contact_id = p.owner_id
                      WHERE p.e164 = ? AND p.owner_type = 'contact'";
            array_push($idParams, $terms->e164, $terms->e164);
        }
        if ($terms->digits !== null) {
            $prefixes = ['inn' => [$terms->digits], 'ogrn' => [$terms->digits], 'orgnr' => [$terms->digits]];
            if (strlen($terms->digits) > 6) {
                // A Swedish organisationsnummer is often stored as NNNNNN-NNNN.
                $prefixes['orgnr'][] = substr($terms->digits, 0, 6) . '-' . substr($terms->digits, 6);
            }
            foreach ($prefixes as $column => $list) {
                foreach ($list as $prefix) {
                    [$sql, $p] = WordIndex::prefixRange("x.$column", $prefix);
                    $ids[] = "SELECT x.id FROM kcrm_company x WHERE $sql";
                    array_push($idParams, ...$p);
                }
            }
        }
        if ($ids !== []) {
            $matchers[] = ['c.id IN (SELECT m.id FROM (' . implode(' UNION ', $ids) . ') m)', $idParams];
        }
        // Every word of the query starts some word of the name, in any place: "ром" finds
        // "Большая Ромашка", "бол ром" too.
        $words = WordIndex::companies()->prefixIds(WordIndex::of($terms->key), 'w', $this->db);
        if ($words !== null) {
            $matchers[] = ["c.id IN ($words[0])", $words[1]];
        }
        return $matchers;
    }

    /**
     * The company's contact persons with their role there; a person with two roles shows twice.
     *
     * @return list<array<string, mixed>>
     */
    public function contacts(int $companyId): array
    {
        return $this->db->fetchAll(
            'SELECT p.id, p.last_name, p.first_name, p.middle_name, cc.role, cc.position,
                    (SELECT MIN(ph.raw) FROM kcrm_phone ph WHERE ph.owner_type = \'contact\' AND ph.owner_id = p.id) AS phone,
                    (SELECT MIN(em.raw) FROM kcrm_email em WHERE em.owner_type = \'contact\' AND em.owner_id = p.id) AS email
             FROM kcrm_company_contact cc JOIN kcrm_contact p ON p.id = cc.contact_id
             WHERE cc.company_id = ? AND p.deleted_at IS NULL
             ORDER BY p.last_name, p.first_name, cc.role',
            [$companyId]
        );
    }

    /**
     * Live companies for a choice list, by name; with $ownerIds only those these users are responsible for.
     *
     * @param list<int>|null $ownerIds
     * @return list<array{id: int, name: string}>
     */
    public function choices(int $limit = 1000, ?array $ownerIds = null): array
    {
        [$marks, $ids] = (new ListQuery(ownerIds: $ownerIds))->ownerMarks();
        $rows = $this->db->fetchAll(
            sprintf(
                'SELECT id, name FROM kcrm_company WHERE deleted_at IS NULL%s ORDER BY company_key, name, id LIMIT %d',
                $ownerIds === null ? '' : " AND responsible_user_id IN $marks",
                $limit
            ),
            $ownerIds === null ? [] : $ids
        );
        return array_map(static fn (array $r): array => ['id' => (int) $r['id'], 'name' => (string) $r['name']], $rows);
    }

    public function isLive(int $id): bool
    {
        return $this->db->fetchValue('SELECT 1 FROM kcrm_company WHERE id = ? AND deleted_at IS NULL', [$id]) !== null;
    }

    /** @param array<string, mixed> $row */
    private static function only(array $row): array
    {
        return array_intersect_key($row, array_flip(self::FIELDS));
    }
}
