<?php
// The SQL of imports: kcrm_import_job / kcrm_import_row, finding the cards a row matches, and undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Import;

use Kartoteka\Crm\Contacts\ContactWords;
use Kartoteka\Crm\Contacts\WordIndex;
use Kartoteka\Crm\Db\Connection;

final class ImportRepository
{
    /** Tables an import writes to and its undo may delete from or restore. */
    public const JOURNALLED = ['kcrm_company', 'kcrm_contact', 'kcrm_company_contact', 'kcrm_phone', 'kcrm_email', 'kcrm_activity'];

    /** @var array<int, true> contact persons whose word index flushContactWords() rewrites */
    private array $staleContacts = [];

    public function __construct(private readonly Connection $db)
    {
    }

    /** @param array<string, mixed> $row columns of kcrm_import_job */
    public function insertImport(array $row): int
    {
        return $this->db->insert('kcrm_import_job', $row + ['created_at' => gmdate('Y-m-d H:i:s')]);
    }

    /** @param array<string, mixed> $row */
    public function updateImport(int $id, array $row): void
    {
        foreach (array_keys($row) as $column) {
            if (!preg_match('/^[a-z_]+$/', $column)) {
                throw new \InvalidArgumentException("Bad column \"$column\".");
            }
        }
        $sets = implode(', ', array_map(static fn (string $c): string => "$c = ?", array_keys($row)));
        $this->db->execute("UPDATE kcrm_import_job SET $sets WHERE id = ?", [...array_values($row), $id]);
    }

    /** @return array<string, mixed>|null the import with its job's state and progress */
    public function findImport(int $id): ?array
    {
        $row = $this->db->fetchOne(
            'SELECT i.*, j.state AS job_state, j.progress_done, j.progress_total, j.error AS job_error
             FROM kcrm_import_job i LEFT JOIN kcrm_job j ON j.id = i.job_id WHERE i.id = ?',
            [$id]
        );
        return $row === null ? null : self::decodeImport($row);
    }

    public function importOfJob(int $jobId): ?int
    {
        $id = $this->db->fetchValue('SELECT id FROM kcrm_import_job WHERE job_id = ?', [$jobId]);
        return $id === null ? null : (int) $id;
    }

    /** @return list<array<string, mixed>> the latest imports, newest first */
    public function recentImports(int $limit = 20, ?array $starters = null): array
    {
        $starters = $starters === null ? null : array_values(array_map('intval', $starters));
        $where = $starters === null ? '1 = 1'
            : ($starters === [] ? '1 = 0' : 'i.created_by IN (' . implode(', ', array_fill(0, count($starters), '?')) . ')');
        $rows = $this->db->fetchAll(sprintf(
            'SELECT i.*, j.state AS job_state, j.progress_done, j.progress_total, j.error AS job_error
             FROM kcrm_import_job i LEFT JOIN kcrm_job j ON j.id = i.job_id WHERE %s ORDER BY i.id DESC LIMIT %d',
            $where,
            $limit
        ), $starters ?? []);
        return array_map([self::class, 'decodeImport'], $rows);
    }

    /**
     * @param list<array<string, mixed>> $messages
     * @param list<array<string, mixed>> $changes
     * @param array<string, ?string> $source the row's values by field
     */
    public function insertRow(int $importId, int $rowNumber, string $status, ?int $companyId, ?int $contactId, array $source, array $messages, array $changes): void
    {
        $this->db->insert('kcrm_import_row', [
            'import_id' => $importId,
            'source_row' => $rowNumber,
            'status' => $status,
            'company_id' => $companyId,
            'contact_id' => $contactId,
            'source' => self::json($source),
            'messages' => $messages === [] ? null : self::json($messages),
            'changes' => $changes === [] ? null : self::json($changes),
            'created_at' => gmdate('Y-m-d H:i:s'),
        ]);
    }

    /**
     * Rows of an import, in file order; with $withMessages only those with warnings or errors.
     *
     * @return list<array<string, mixed>>
     */
    public function rows(int $importId, bool $withMessages = false, int $limit = 1000): array
    {
        $rows = $this->db->fetchAll(
            sprintf(
                'SELECT id, source_row, status, company_id, contact_id, source, messages, changes FROM kcrm_import_row
                 WHERE import_id = ?%s ORDER BY source_row, id LIMIT %d',
                $withMessages ? ' AND messages IS NOT NULL' : '',
                $limit
            ),
            [$importId]
        );
        foreach ($rows as &$row) {
            $row['source_row'] = (int) $row['source_row'];
            foreach (['source', 'messages', 'changes'] as $column) {
                $row[$column] = is_string($row[$column]) ? (json_decode($row[$column], true) ?: []) : [];
            }
        }
        unset($row);
        return $rows;
    }

    /** @return list<array<string, mixed>> every journalled change of an import, last first, for undo */
    public function changesNewestFirst(int $importId): array
    {
        $changes = [];
        $rows = $this->db->fetchAll(
            'SELECT changes FROM kcrm_import_row WHERE import_id = ? AND changes IS NOT NULL ORDER BY id DESC',
            [$importId]
        );
        foreach ($rows as $row) {
            $list = json_decode((string) $row['changes'], true);
            foreach (array_reverse(is_array($list) ? $list : []) as $change) {
                $changes[] = $change;
            }
        }
        return $changes;
    }

    // --- matching: which live card a row is ------------------------------------------------

    /** Organisation by INN (and KPP: another KPP with the same INN is another branch). */
    public function companyByInn(string $inn, ?string $kpp): ?int
    {
        if ($kpp !== null) {
            $id = $this->db->fetchValue(
                'SELECT id FROM kcrm_company WHERE inn = ? AND (kpp = ? OR kpp IS NULL) AND deleted_at IS NULL
                 ORDER BY CASE WHEN kpp IS NULL THEN 1 ELSE 0 END, id LIMIT 1',
                [$inn, $kpp]
            );
        } else {
            $id = $this->db->fetchValue('SELECT id FROM kcrm_company WHERE inn = ? AND deleted_at IS NULL ORDER BY id LIMIT 1', [$inn]);
        }
        return $id === null ? null : (int) $id;
    }

    public function companyByOrgnr(string $digits): ?int
    {
        $id = $this->db->fetchValue(
            "SELECT id FROM kcrm_company WHERE REPLACE(orgnr, '-', '') = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
            [$digits]
        );
        return $id === null ? null : (int) $id;
    }

    /**
     * Organisation with this name key that has one of these phones (its own or a contact person's)
     * and no other tax number.
     *
     * @param list<string> $e164s
     */
    public function companyByKeyAndPhone(string $companyKey, array $e164s, ?string $inn): ?int
    {
        if ($e164s === [] || $companyKey === '') {
            return null;
        }
        $marks = implode(', ', array_fill(0, count($e164s), '?'));
        $id = $this->db->fetchValue(
            "SELECT c.id FROM kcrm_company c
             WHERE c.company_key = ? AND c.deleted_at IS NULL AND (c.inn IS NULL OR c.inn = ?)
               AND (EXISTS (SELECT 1 FROM kcrm_phone p WHERE p.owner_type = 'company' AND p.owner_id = c.id AND p.e164 IN ($marks))
                 OR EXISTS (SELECT 1 FROM kcrm_phone p JOIN kcrm_company_contact cc ON cc.contact_id = p.owner_id
                            WHERE p.owner_type = 'contact' AND cc.company_id = c.id AND p.e164 IN ($marks)))
             ORDER BY c.id LIMIT 1",
            [$companyKey, $inn ?? '', ...$e164s, ...$e164s]
        );
        return $id === null ? null : (int) $id;
    }

    /** A card known by its name only (no tax numbers): what a name-only row matches on re-import. */
    public function companyByKeyOnly(string $companyKey): ?int
    {
        $id = $this->db->fetchValue(
            'SELECT id FROM kcrm_company WHERE company_key = ? AND inn IS NULL AND orgnr IS NULL AND deleted_at IS NULL ORDER BY id LIMIT 1',
            [$companyKey]
        );
        return $id === null ? null : (int) $id;
    }

    /**
     * Contact persons who may be the row's person: inside the organisation when one is given,
     * else anywhere; with their person key and whether they share a phone or an e-mail.
     *
     * @param list<string> $e164s
     * @param list<string> $emailKeys
     * @return list<array{id: int, person_key: string, phone: bool, email: bool}>
     */
    public function contactCandidates(?int $companyId, string $personKey, array $e164s, array $emailKeys): array
    {
        $phoneSql = $e164s === [] ? '0' : sprintf(
            "CASE WHEN EXISTS (SELECT 1 FROM kcrm_phone ph WHERE ph.owner_type = 'contact' AND ph.owner_id = p.id AND ph.e164 IN (%s)) THEN 1 ELSE 0 END",
            implode(', ', array_fill(0, count($e164s), '?'))
        );
        $emailSql = $emailKeys === [] ? '0' : sprintf(
            "CASE WHEN EXISTS (SELECT 1 FROM kcrm_email em WHERE em.owner_type = 'contact' AND em.owner_id = p.id AND em.email_key IN (%s)) THEN 1 ELSE 0 END",
            implode(', ', array_fill(0, count($emailKeys), '?'))
        );
        $phoneMarks = implode(', ', array_fill(0, count($e164s), '?'));
        $emailMarks = implode(', ', array_fill(0, count($emailKeys), '?'));
        // Only the people who could match at all (same key, phone or e-mail), found through the
        // indexes: scanning every contact person per imported row made a big import quadratic.
        $could = ['p.person_key = ?'];
        $couldParams = [$personKey];
        if ($e164s !== []) {
            $could[] = "p.id IN (SELECT ph.owner_id FROM kcrm_phone ph WHERE ph.owner_type = 'contact' AND ph.e164 IN ($phoneMarks))";
            array_push($couldParams, ...$e164s);
        }
        if ($emailKeys !== []) {
            $could[] = "p.id IN (SELECT em.owner_id FROM kcrm_email em WHERE em.owner_type = 'contact' AND em.email_key IN ($emailMarks))";
            array_push($couldParams, ...$emailKeys);
        }
        $where = $companyId !== null
            ? 'p.id IN (SELECT cc.contact_id FROM kcrm_company_contact cc WHERE cc.company_id = ?)'
            : 'NOT EXISTS (SELECT 1 FROM kcrm_company_contact cc WHERE cc.contact_id = p.id)';
        $sql = "SELECT p.id, p.person_key, $phoneSql AS phone, $emailSql AS email
                FROM kcrm_contact p WHERE p.deleted_at IS NULL AND $where AND (" . implode(' OR ', $could) . ')
                ORDER BY p.id LIMIT 20';
        $params = [...$e164s, ...$emailKeys];
        if ($companyId !== null) {
            $params[] = $companyId;
        }
        array_push($params, ...$couldParams);
        return array_map(static fn (array $r): array => [
            'id' => (int) $r['id'],
            'person_key' => (string) $r['person_key'],
            'phone' => (int) $r['phone'] === 1,
            'email' => (int) $r['email'] === 1,
        ], $this->db->fetchAll($sql, $params));
    }

    /** @return array{id: int, role: string, position: ?string}|null */
    public function membership(int $companyId, int $contactId): ?array
    {
        $row = $this->db->fetchOne(
            'SELECT id, role, position FROM kcrm_company_contact WHERE company_id = ? AND contact_id = ? ORDER BY id LIMIT 1',
            [$companyId, $contactId]
        );
        return $row === null ? null : ['id' => (int) $row['id'], 'role' => (string) $row['role'], 'position' => $row['position'] === null ? null : (string) $row['position']];
    }

    /** @return array<string, true> "e164:+7…" / "raw:…" keys of the owner's phones */
    public function phoneKeys(string $ownerType, int $ownerId): array
    {
        $keys = [];
        foreach ($this->db->fetchAll('SELECT raw, e164, extension FROM kcrm_phone WHERE owner_type = ? AND owner_id = ?', [$ownerType, $ownerId]) as $r) {
            $keys[$r['e164'] !== null ? 'e164:' . $r['e164'] . '#' . ($r['extension'] ?? '') : 'raw:' . mb_strtolower((string) $r['raw'], 'UTF-8')] = true;
        }
        return $keys;
    }

    /** @return array<string, true> e-mail keys of the owner */
    public function emailKeys(string $ownerType, int $ownerId): array
    {
        $keys = [];
        foreach ($this->db->fetchAll('SELECT raw, email_key FROM kcrm_email WHERE owner_type = ? AND owner_id = ?', [$ownerType, $ownerId]) as $r) {
            $keys[(string) ($r['email_key'] ?? mb_strtolower((string) $r['raw'], 'UTF-8'))] = true;
        }
        return $keys;
    }

    public function hasNote(int $companyId, ?int $contactId, string $body): bool
    {
        return $this->db->fetchValue(
            "SELECT 1 FROM kcrm_activity WHERE type = 'note' AND company_id = ? AND "
            . ($contactId === null ? 'contact_id IS NULL' : 'contact_id = ?') . ' AND body = ? AND deleted_at IS NULL',
            $contactId === null ? [$companyId, $body] : [$companyId, $contactId, $body]
        ) !== null;
    }

    /** @param array<string, mixed> $row */
    public function insertInto(string $table, array $row): int
    {
        self::checkTable($table);
        $id = $this->db->insert($table, $row);
        if ($table === 'kcrm_company') {
            WordIndex::companies()->write($this->db, $id, WordIndex::of((string) ($row['company_key'] ?? '')));
        }
        $this->touchContact($table, $id, $row);
        return $id;
    }

    /** @return array<string, mixed>|null */
    public function current(string $table, int $id): ?array
    {
        self::checkTable($table);
        return $this->db->fetchOne("SELECT * FROM $table WHERE id = ?", [$id]);
    }

    /** @param array<string, mixed> $values column => value; columns come from code or the journal this code wrote */
    public function updateColumns(string $table, int $id, array $values): void
    {
        self::checkTable($table);
        if ($values === []) {
            return;
        }
        foreach (array_keys($values) as $column) {
            if (!preg_match('/^[a-z_]+$/', (string) $column) || $column === 'id') {
                throw new \InvalidArgumentException("Bad column \"$column\".");
            }
        }
        $sets = implode(', ', array_map(static fn (string $c): string => "$c = ?", array_keys($values)));
        $this->db->execute("UPDATE $table SET $sets WHERE id = ?", [...array_values($values), $id]);
        if ($table === 'kcrm_company' && array_key_exists('company_key', $values)) {
            // An import's rename, or its undo putting the old name back.
            WordIndex::companies()->write($this->db, $id, WordIndex::of((string) $values['company_key']));
        }
        $this->touchContact($table, $id, $values);
    }

    /** Deletes a row an import created; a card takes its phones and e-mails with it. */
    public function deleteCreated(string $table, int $id): void
    {
        self::checkTable($table);
        $this->touchContact($table, $id, []);
        if ($table === 'kcrm_company' || $table === 'kcrm_contact') {
            $owner = $table === 'kcrm_company' ? 'company' : 'contact';
            $this->db->execute('DELETE FROM kcrm_phone WHERE owner_type = ? AND owner_id = ?', [$owner, $id]);
            $this->db->execute('DELETE FROM kcrm_email WHERE owner_type = ? AND owner_id = ?', [$owner, $id]);
        }
        if ($table === 'kcrm_company') {
            WordIndex::companies()->forget($this->db, $id);
        }
        $this->db->execute("DELETE FROM $table WHERE id = ?", [$id]);
    }

    /**
     * Rewrites the word index (kcrm_contact_word) of the contact persons whose names or e-mails
     * insertInto(), updateColumns() and deleteCreated() changed since the last call, a few
     * statements for the lot. An import calls it at the end of each slice, its undo at the end.
     */
    public function flushContactWords(): void
    {
        if ($this->staleContacts !== []) {
            ContactWords::refreshMany($this->db, array_keys($this->staleContacts));
            $this->staleContacts = [];
        }
    }

    /**
     * Notes a contact person whose words may have changed: the person's own row, or the owner of
     * one of its e-mails (read before a delete).
     *
     * @param array<string, mixed> $values the columns written, when they name the e-mail's owner
     */
    private function touchContact(string $table, int $id, array $values): void
    {
        if ($table === 'kcrm_contact') {
            $this->staleContacts[$id] = true;
        } elseif ($table === 'kcrm_email') {
            $owner = isset($values['owner_type'], $values['owner_id'])
                ? ['owner_type' => $values['owner_type'], 'owner_id' => $values['owner_id']]
                : $this->db->fetchOne('SELECT owner_type, owner_id FROM kcrm_email WHERE id = ?', [$id]);
            if ($owner !== null && $owner['owner_type'] === 'contact') {
                $this->staleContacts[(int) $owner['owner_id']] = true;
            }
        }
    }

    private static function checkTable(string $table): void
    {
        if (!in_array($table, self::JOURNALLED, true)) {
            throw new \InvalidArgumentException("An import does not write to \"$table\".");
        }
    }

    /** @param array<string, mixed> $row */
    private static function decodeImport(array $row): array
    {
        foreach (['options', 'mapping', 'stats'] as $column) {
            $row[$column] = is_string($row[$column] ?? null) ? (json_decode($row[$column], true) ?: []) : [];
        }
        foreach (['id', 'rows_done', 'created_count', 'updated_count', 'unchanged_count', 'skipped_count', 'warning_count'] as $column) {
            $row[$column] = (int) $row[$column];
        }
        $row['job_id'] = $row['job_id'] === null ? null : (int) $row['job_id'];
        $row['progress_done'] = $row['progress_done'] === null ? null : (int) $row['progress_done'];
        $row['progress_total'] = $row['progress_total'] === null ? null : (int) $row['progress_total'];
        return $row;
    }

    private static function json(array $value): string
    {
        return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR | JSON_INVALID_UTF8_SUBSTITUTE);
    }
}
