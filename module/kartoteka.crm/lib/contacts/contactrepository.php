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

    public function search(ListQuery $query, SearchTerms $terms): ListPage
    {
        $where = [$query->deleted ? 'p.deleted_at IS NOT NULL' : 'p.deleted_at IS NULL'];
        $params = [];
        if ($terms->text !== '' && $terms->e164 !== null) {
            // A phone is looked up through kcrm_phone's e164 index: no name or e-mail reads as a phone.
            $where[] = "p.id IN (SELECT ph.owner_id FROM kcrm_phone ph WHERE ph.e164 = ? AND ph.owner_type = 'contact')";
            $params[] = $terms->e164;
        } elseif ($terms->text !== '') {
            $lower = SearchTerms::contains(mb_strtolower($terms->text, 'UTF-8'));
            $any = [
                "LOWER(p.last_name) LIKE ? ESCAPE '!'",
                "LOWER(p.first_name) LIKE ? ESCAPE '!'",
                "LOWER(p.middle_name) LIKE ? ESCAPE '!'",
            ];
            array_push($params, $lower, $lower, $lower);
            if ($terms->key !== '') {
                $any[] = "p.person_key LIKE ? ESCAPE '!'";
                $params[] = SearchTerms::contains($terms->key);
            }
            $any[] = "EXISTS (SELECT 1 FROM kcrm_email em WHERE em.owner_type = 'contact' AND em.owner_id = p.id
                      AND (LOWER(em.raw) LIKE ? ESCAPE '!'" . ($terms->emailKey !== null ? ' OR em.email_key = ?' : '') . '))';
            $params[] = $lower;
            if ($terms->emailKey !== null) {
                $params[] = $terms->emailKey;
            }
            $where[] = '(' . implode(' OR ', $any) . ')';
        }
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
        if ($query->responsibleUserId !== null) {
            $where[] = 'p.responsible_user_id = ?';
            $params[] = $query->responsibleUserId;
        }
        if ($query->city !== '') {
            $where[] = 'LOWER(p.city) = ?';
            $params[] = mb_strtolower($query->city, 'UTF-8');
        }
        if ($query->createdFrom !== null) {
            $where[] = 'p.created_at >= ?';
            $params[] = $query->createdFrom . ' 00:00:00';
        }
        if ($query->createdTo !== null) {
            $where[] = 'p.created_at <= ?';
            $params[] = $query->createdTo . ' 23:59:59';
        }
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
        return new ListPage($rows, $total, $query->page, $query->perPage);
    }

    /** @param array<string, mixed> $row */
    private static function only(array $row): array
    {
        return array_intersect_key($row, array_flip(self::FIELDS));
    }
}
