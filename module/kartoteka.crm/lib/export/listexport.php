<?php
// The organisation and contact person lists as CSV: the same search, filters, sort and rights scope
// as the page, read a batch at a time and written as it goes, so no table is ever held in memory.

declare(strict_types=1);

namespace Kartoteka\Crm\Export;

use Kartoteka\Crm\Access\OwnedRecords;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Db\Connection;

final class ListExport
{
    /** Rows read per batch: a few queries each, whatever the list's length. */
    public const BATCH = 1000;
    /**
     * Persons come through the contact list's own search, whose pages cost more the deeper they
     * are (OFFSET): batches five times larger keep 300,000 persons near a minute in bounded memory (bench/export).
     */
    public const CONTACT_BATCH_FACTOR = 5;

    /** The columns in file order; the headers are the caller's, in the user's language. */
    public const COMPANY_COLUMNS = ['name', 'inn', 'kpp', 'ogrn', 'orgnr', 'legal_address', 'city', 'phones', 'emails', 'responsible', 'created'];
    public const CONTACT_COLUMNS = ['company', 'inn', 'orgnr', 'last_name', 'first_name', 'middle_name', 'position', 'role',
        'phones', 'emails', 'city', 'responsible', 'created'];

    public function __construct(
        private readonly Connection $db,
        private readonly string $region = 'RU',
        private readonly int $batch = self::BATCH,
    ) {
    }

    /**
     * Writes the organisations $query lists (its ownerIds are the rights scope), every page of it.
     *
     * @param array<string, string> $headers column => header text
     * @param (\Closure(): bool)|null $stop asked between batches: true ends the file early (the reader left)
     * @return int organisations written
     */
    public function companies(ListQuery $query, CsvWriter $csv, array $headers, ?\Closure $stop = null): int
    {
        $csv->row(array_map(static fn (string $c): string => $headers[$c] ?? $c, self::COMPANY_COLUMNS));
        $service = new CompanyService($this->db, $this->region);
        return $this->snapshot(function () use ($query, $csv, $service, $stop): int {
            $written = 0;
            for ($page = 1; ; $page++) {
                $ids = array_map('intval', array_column($service->search($this->page($query, $page, $this->batch))->rows, 'id'));
                if ($ids === []) {
                    break;
                }
                [$marks, $params] = OwnedRecords::marks($ids);
                $cards = [];
                foreach ($this->db->fetchAll(
                    "SELECT c.id, c.name, c.inn, c.kpp, c.ogrn, c.orgnr, c.legal_address, c.city, c.created_at, u.name AS responsible_name
                     FROM kcrm_company c LEFT JOIN kcrm_user u ON u.id = c.responsible_user_id WHERE c.id IN $marks",
                    $params
                ) as $row) {
                    $cards[(int) $row['id']] = $row;
                }
                $phones = $this->details('kcrm_phone', 'company', $ids);
                $emails = $this->details('kcrm_email', 'company', $ids);
                foreach ($ids as $id) {
                    $c = $cards[$id] ?? null;
                    if ($c === null) {
                        continue;
                    }
                    $csv->row([$c['name'], $c['inn'], $c['kpp'], $c['ogrn'], $c['orgnr'], $c['legal_address'], $c['city'],
                        implode(', ', $phones[$id] ?? []), implode(', ', $emails[$id] ?? []), $c['responsible_name'], $c['created_at']]);
                    $written++;
                }
                if (count($ids) < $this->batch || ($stop !== null && $stop())) {
                    break;
                }
            }
            return $written;
        });
    }

    /**
     * Writes the contact persons $query lists, one line per organisation a person belongs to (one
     * line without an organisation when they have none). An organisation the user may not view
     * ($companyOwners, as Rights::visibleOwners gives them) is left out of the person's lines.
     *
     * @param list<int>|null $companyOwners
     * @param array<string, string> $headers column => header text
     * @param \Closure(string): string $roleName the role's name in the user's language
     * @param (\Closure(): bool)|null $stop
     * @return int persons written (a person in two organisations counts once)
     */
    public function contacts(ListQuery $query, ?array $companyOwners, CsvWriter $csv, array $headers, \Closure $roleName, ?\Closure $stop = null): int
    {
        $csv->row(array_map(static fn (string $c): string => $headers[$c] ?? $c, self::CONTACT_COLUMNS));
        $service = new ContactService($this->db, $this->region);
        $batch = $this->batch * self::CONTACT_BATCH_FACTOR;
        return $this->snapshot(function () use ($query, $companyOwners, $csv, $roleName, $service, $stop, $batch): int {
            $written = 0;
            // The list's order as ids, read once (a few MB at 300,000 persons); each batch then
            // reads its rows by id instead of the list's count and an ever deeper OFFSET.
            foreach (array_chunk($service->orderedIds($query), $batch) as $ids) {
                [$marks, $params] = OwnedRecords::marks($ids);
                $people = [];
                foreach ($this->db->fetchAll(
                    "SELECT p.id, p.last_name, p.first_name, p.middle_name, p.city, p.created_at, u.name AS responsible_name
                     FROM kcrm_contact p LEFT JOIN kcrm_user u ON u.id = p.responsible_user_id WHERE p.id IN $marks",
                    $params
                ) as $row) {
                    $people[(int) $row['id']] = $row;
                }
                $companies = $this->companiesOf($ids, $companyOwners);
                $phones = $this->details('kcrm_phone', 'contact', $ids);
                $emails = $this->details('kcrm_email', 'contact', $ids);
                foreach ($ids as $id) {
                    $p = $people[$id] ?? null;
                    if ($p === null) {
                        continue;
                    }
                    $tail = [implode(', ', $phones[$id] ?? []), implode(', ', $emails[$id] ?? []), $p['city'], $p['responsible_name'], $p['created_at']];
                    foreach ($companies[$id] ?? [null] as $m) {
                        $csv->row([
                            $m['name'] ?? null, $m['inn'] ?? null, $m['orgnr'] ?? null,
                            $p['last_name'], $p['first_name'], $p['middle_name'],
                            $m['position'] ?? null, $m === null ? null : $roleName((string) $m['role']),
                            ...$tail,
                        ]);
                    }
                    $written++;
                }
                if ($stop !== null && $stop()) {
                    break;
                }
            }
            return $written;
        });
    }

    private function page(ListQuery $query, int $page, int $size): ListQuery
    {
        $values = get_object_vars($query);
        $values['page'] = $page;
        $values['perPage'] = $size;
        return new ListQuery(...$values);
    }

    /**
     * One snapshot of the database for the whole file, so that rows written meanwhile neither
     * repeat nor drop a line between batches (PostgreSQL's default would take one per statement).
     *
     * @param \Closure(): int $work
     */
    private function snapshot(\Closure $work): int
    {
        return $this->db->transaction(function () use ($work): int {
            if ($this->db->driver() === 'pgsql') {
                $this->db->execute('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
            }
            return $work();
        });
    }

    /**
     * @param 'kcrm_phone'|'kcrm_email' $table
     * @param list<int> $ids
     * @return array<int, list<string>> owner id => raw values in the order they were entered
     */
    private function details(string $table, string $ownerType, array $ids): array
    {
        [$marks, $params] = OwnedRecords::marks($ids);
        $out = [];
        foreach ($this->db->fetchAll(
            "SELECT owner_id, raw FROM $table WHERE owner_type = ? AND owner_id IN $marks ORDER BY owner_id, id",
            [$ownerType, ...$params]
        ) as $row) {
            $out[(int) $row['owner_id']][] = (string) $row['raw'];
        }
        return $out;
    }

    /**
     * The live organisations of these persons the user may view, with role and position.
     *
     * @param list<int> $ids
     * @param list<int>|null $owners
     * @return array<int, list<array<string, mixed>>>
     */
    private function companiesOf(array $ids, ?array $owners): array
    {
        [$marks, $params] = OwnedRecords::marks($ids);
        [$visible, $visibleParams] = OwnedRecords::company('c', $owners);
        $out = [];
        foreach ($this->db->fetchAll(
            "SELECT cc.contact_id, c.name, c.inn, c.orgnr, cc.role, cc.position
             FROM kcrm_company_contact cc JOIN kcrm_company c ON c.id = cc.company_id
             WHERE cc.contact_id IN $marks AND c.deleted_at IS NULL AND $visible
             ORDER BY cc.contact_id, c.company_key, cc.role, cc.id",
            [...$params, ...$visibleParams]
        ) as $row) {
            $out[(int) $row['contact_id']][] = $row;
        }
        return $out;
    }
}
