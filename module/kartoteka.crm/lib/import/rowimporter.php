<?php
// One source row into cards: finds or creates the organisation and the person, adds what is new, journals it.

declare(strict_types=1);

namespace Kartoteka\Crm\Import;

use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Contacts\Role;

final class RowImporter
{
    /** Organisation columns a row may change on an existing card; name and INN are only filled in when empty. */
    private const FILLED_IF_EMPTY = ['name', 'inn', 'orgnr'];
    private const OVERWRITTEN = ['kpp', 'ogrn', 'legal_address', 'city'];

    private array $changes = [];
    private array $messages = [];

    /**
     * @param array<string, string> $columns field => the header of its column, for messages
     * @param (\Closure(string, int): bool)|null $mayChange whether the importing user may change an
     *        existing card (entity "company"/"contact", id); null: every card (the command line)
     */
    public function __construct(
        private readonly ImportRepository $repository,
        private readonly string $region,
        private readonly array $columns,
        private readonly ?int $userId,
        private readonly string $fileName = '',
        private readonly ?\Closure $mayChange = null,
        /** @var array<string, string> role names in the module's languages => role code (Role::fromName) */
        private readonly array $roleNames = [],
    ) {
    }

    /**
     * @param array<string, ?string> $values field => cell text
     * @return array{status: string, company_id: ?int, contact_id: ?int, messages: list<array<string, mixed>>, changes: list<array<string, mixed>>}
     */
    public function import(array $values, int $rowNumber): array
    {
        $this->changes = [];
        $this->messages = [];
        $v = static function (string $field) use ($values): ?string {
            $value = (string) ($values[$field] ?? '');
            // The apostrophe a CSV export puts before "+7 …" or "=…" so that Excel shows it as text.
            if (preg_match("/^'[=+\\-@\t\r]/", $value) === 1) {
                $value = substr($value, 1);
            }
            $value = trim(str_replace("\u{a0}", ' ', $value));
            return $value === '' ? null : $value;
        };

        $company = [
            'name' => $v('company_name'),
            'inn' => $this->checked('inn', self::digits($v('inn')), 'Crm\Dedup\validInn', 'KCRM_IMPORT_WARN_INN', $rowNumber),
            'kpp' => $this->checked('kpp', self::digits($v('kpp')), 'Crm\Dedup\validKpp', 'KCRM_IMPORT_WARN_KPP', $rowNumber),
            'ogrn' => $this->checked('ogrn', self::digits($v('ogrn')), 'Crm\Dedup\validOgrn', 'KCRM_IMPORT_WARN_OGRN', $rowNumber),
            'orgnr' => $this->checked('orgnr', $v('orgnr'), 'Crm\Dedup\validOrgnr', 'KCRM_IMPORT_WARN_ORGNR', $rowNumber),
            'legal_address' => $v('legal_address'),
            'city' => $v('city'),
        ];
        $person = self::splitName($v('contact_name'), $v('last_name'), $v('first_name'), $v('middle_name'), $this->region);
        $hasPerson = $person['last_name'] . $person['first_name'] . $person['middle_name'] !== '';
        $companyPhones = $this->phones('company_phones', $v('company_phones'), $rowNumber);
        $companyEmails = $this->emails('company_emails', $v('company_emails'), $rowNumber);
        $personPhones = $this->phones('contact_phones', $v('contact_phones'), $rowNumber);
        $personEmails = $this->emails('contact_emails', $v('contact_emails'), $rowNumber);
        if (!$hasPerson) {
            // The person column is empty in this row: its phones and e-mails are the organisation's.
            $companyPhones = [...$companyPhones, ...$personPhones];
            $companyEmails = [...$companyEmails, ...$personEmails];
            $personPhones = $personEmails = [];
        }
        $hasCompany = $company['name'] !== null || $company['inn'] !== null || $company['orgnr'] !== null;
        if (!$hasCompany && !$hasPerson) {
            $this->message('error', 'KCRM_IMPORT_ERROR_NO_NAME', 'company_name', $rowNumber, []);
            return $this->result('skipped', null, null);
        }

        $companyId = null;
        $created = false;
        $updated = false;
        if ($hasCompany) {
            $e164s = array_values(array_filter(array_column([...$companyPhones, ...$personPhones], 'e164')));
            $companyId = $this->findCompany($company, $e164s, $e164s === []);
            if ($companyId === null && $company['name'] === null) {
                $this->message('error', 'KCRM_IMPORT_ERROR_NO_COMPANY_NAME', 'company_name', $rowNumber, []);
                return $this->result('skipped', null, null);
            }
        }
        // The row's card may be another manager's: the importer may not change it, and a second card
        // would be the duplicate an import must never make. The row waits, with a message that says
        // only what the importer's own file already says (no name, no link of the card found).
        if ($companyId !== null && !$this->mayChange('company', $companyId)) {
            $field = $company['inn'] !== null ? 'inn' : ($company['orgnr'] !== null ? 'orgnr' : 'company_name');
            $this->message('warning', 'KCRM_IMPORT_SKIP_FOREIGN_COMPANY', $field, $rowNumber, ['#VALUE#' => mb_substr((string) $company[$field === 'company_name' ? 'name' : $field], 0, 64, 'UTF-8')]);
            return $this->result('skipped', null, null);
        }
        $contactId = null;
        $personKey = '';
        if ($hasPerson) {
            $personKey = \Crm\Dedup\personKey(ContactRepository::fullName($person));
            // A new organisation has nobody in it yet: its person is found only in an existing one, or
            // among people without one when the row names no organisation.
            if ($companyId !== null || !$hasCompany) {
                $contactId = $this->findContact($companyId, $personKey, $personPhones, $personEmails);
            }
            if ($contactId !== null && !$this->mayChange('contact', $contactId)) {
                $this->message('warning', 'KCRM_IMPORT_SKIP_FOREIGN_CONTACT', $v('contact_name') !== null ? 'contact_name' : 'last_name', $rowNumber, ['#VALUE#' => mb_substr(ContactRepository::fullName($person), 0, 64, 'UTF-8')]);
                return $this->result('skipped', null, null);
            }
        }

        if ($hasCompany) {
            if ($companyId === null) {
                $now = gmdate('Y-m-d H:i:s');
                $companyId = $this->insert('kcrm_company', $company + [
                    'company_key' => \Crm\Dedup\companyKey((string) $company['name']),
                    'responsible_user_id' => $this->userId,
                    'created_at' => $now,
                    'updated_at' => $now,
                ]);
                $created = true;
            } else {
                $updated = $this->updateCompany($companyId, $company) || $updated;
            }
            $updated = $this->addDetails('company', $companyId, $companyPhones, $companyEmails) || $updated;
        }

        if ($hasPerson) {
            if ($contactId === null) {
                $now = gmdate('Y-m-d H:i:s');
                $contactId = $this->insert('kcrm_contact', $person + [
                    'person_key' => $personKey,
                    'city' => $company['city'],
                    'responsible_user_id' => $this->userId,
                    'created_at' => $now,
                    'updated_at' => $now,
                ]);
                $created = true;
            }
            $updated = $this->addDetails('contact', $contactId, $personPhones, $personEmails) || $updated;
            if ($companyId !== null) {
                $updated = $this->link($companyId, $contactId, $v('position'), Role::fromName($v('role'), $this->roleNames)) || $updated;
            }
        }

        $comment = $v('comment');
        if ($comment !== null && $companyId !== null && !$this->repository->hasNote($companyId, $contactId, $comment)) {
            $this->insert('kcrm_activity', [
                'type' => 'note', 'subject' => mb_substr((string) strtok($comment, "\r\n"), 0, 120, 'UTF-8'), 'body' => $comment,
                'company_id' => $companyId, 'contact_id' => $contactId, 'user_id' => $this->userId,
                'happened_at' => gmdate('Y-m-d H:i:s'), 'created_at' => gmdate('Y-m-d H:i:s'),
            ]);
            $updated = true;
        }
        return $this->result($created ? 'created' : ($updated ? 'updated' : 'unchanged'), $companyId, $contactId);
    }

    /**
     * The organisation a row is: by valid INN (+KPP), else Swedish orgnr, else name key and a
     * shared phone; a row with nothing but a name matches a card that has nothing but that name.
     *
     * @param array<string, ?string> $company
     * @param list<string> $e164s
     */
    private function findCompany(array $company, array $e164s, bool $noValidPhone): ?int
    {
        if ($company['inn'] !== null) {
            $id = $this->repository->companyByInn($company['inn'], $company['kpp']);
            if ($id !== null) {
                return $id;
            }
        }
        if ($company['orgnr'] !== null) {
            $id = $this->repository->companyByOrgnr(self::digits($company['orgnr']) ?? '');
            if ($id !== null) {
                return $id;
            }
        }
        if ($company['name'] === null || $company['orgnr'] !== null) {
            return null;
        }
        $key = \Crm\Dedup\companyKey($company['name']);
        $id = $this->repository->companyByKeyAndPhone($key, $e164s, $company['inn']);
        if ($id === null && $noValidPhone && $company['inn'] === null) {
            $id = $this->repository->companyByKeyOnly($key);
        }
        return $id;
    }

    /**
     * The same person inside the organisation: the same person key, or the same e-mail, or the same
     * phone with a name close enough (two people often share an office line).
     *
     * @param list<array<string, mixed>> $phones
     * @param list<array<string, mixed>> $emails
     */
    private function findContact(?int $companyId, string $personKey, array $phones, array $emails): ?int
    {
        $candidates = $this->repository->contactCandidates(
            $companyId,
            $personKey,
            array_values(array_filter(array_column($phones, 'e164'))),
            array_values(array_filter(array_column($emails, 'email_key')))
        );
        foreach ($candidates as $c) {
            if ($c['person_key'] === $personKey) {
                return $c['id'];
            }
        }
        foreach ($candidates as $c) {
            if ($c['email'] || ($c['phone'] && \Crm\Dedup\similarity($c['person_key'], $personKey) >= 0.85)) {
                return $c['id'];
            }
        }
        return null;
    }

    /** @param array<string, ?string> $company */
    private function updateCompany(int $id, array $company): bool
    {
        $current = $this->repository->current('kcrm_company', $id) ?? [];
        $set = [];
        foreach ($company as $column => $value) {
            if ($value === null || (string) ($current[$column] ?? '') === $value) {
                continue;
            }
            $empty = ($current[$column] ?? null) === null || $current[$column] === '';
            if (in_array($column, self::OVERWRITTEN, true) || (in_array($column, self::FILLED_IF_EMPTY, true) && $empty)) {
                $set[$column] = $value;
            }
        }
        if ($set === []) {
            return false;
        }
        if (isset($set['name'])) {
            $set['company_key'] = \Crm\Dedup\companyKey($set['name']);
        }
        $set['updated_at'] = gmdate('Y-m-d H:i:s');
        $this->update('kcrm_company', $id, $set, $current);
        return true;
    }

    /**
     * Adds the phones and e-mails the card does not have yet; never removes one.
     *
     * @param list<array<string, mixed>> $phones
     * @param list<array<string, mixed>> $emails
     */
    private function addDetails(string $ownerType, int $ownerId, array $phones, array $emails): bool
    {
        $added = false;
        $have = $this->repository->phoneKeys($ownerType, $ownerId);
        foreach ($phones as $phone) {
            $key = $phone['e164'] !== null ? 'e164:' . $phone['e164'] . '#' . ($phone['extension'] ?? '') : 'raw:' . mb_strtolower($phone['raw'], 'UTF-8');
            if (isset($have[$key])) {
                continue;
            }
            $have[$key] = true;
            $this->insert('kcrm_phone', ['owner_type' => $ownerType, 'owner_id' => $ownerId, 'created_at' => gmdate('Y-m-d H:i:s')] + $phone);
            $added = true;
        }
        $have = $this->repository->emailKeys($ownerType, $ownerId);
        foreach ($emails as $email) {
            if (isset($have[$email['email_key']])) {
                continue;
            }
            $have[$email['email_key']] = true;
            $this->insert('kcrm_email', ['owner_type' => $ownerType, 'owner_id' => $ownerId, 'created_at' => gmdate('Y-m-d H:i:s')] + $email);
            $added = true;
        }
        return $added;
    }

    /** Puts the person into the organisation with the role the row names, else the one their position suggests. */
    private function link(int $companyId, int $contactId, ?string $position, ?Role $named = null): bool
    {
        $role = ($named ?? Role::fromPosition($position))->value;
        $current = $this->repository->membership($companyId, $contactId);
        if ($current === null) {
            $this->insert('kcrm_company_contact', [
                'company_id' => $companyId, 'contact_id' => $contactId, 'role' => $role,
                'position' => $position, 'created_at' => gmdate('Y-m-d H:i:s'),
            ]);
            return true;
        }
        if ($named !== null && $current['role'] !== $role && ($position === null || $current['position'] === $position)) {
            $this->update('kcrm_company_contact', $current['id'], ['role' => $role], $current);
            return true;
        }
        if ($position === null || $current['position'] === $position) {
            return false;
        }
        $this->update('kcrm_company_contact', $current['id'], ['role' => $role, 'position' => $position], $current);
        return true;
    }

    private function mayChange(string $entity, int $id): bool
    {
        return $this->mayChange === null || ($this->mayChange)($entity, $id);
    }

    /** @param array<string, mixed> $row */
    private function insert(string $table, array $row): int
    {
        $id = $this->repository->insertInto($table, $row);
        $this->changes[] = ['op' => 'insert', 'table' => $table, 'id' => $id];
        return $id;
    }

    /**
     * @param array<string, mixed> $set
     * @param array<string, mixed> $current the row before, whose changed columns the journal keeps
     */
    private function update(string $table, int $id, array $set, array $current): void
    {
        $this->changes[] = ['op' => 'update', 'table' => $table, 'id' => $id, 'before' => array_intersect_key($current, $set)];
        $this->repository->updateColumns($table, $id, $set);
    }

    /** A tax number that fails its check digits is left out of the card, with a warning naming the column. */
    private function checked(string $field, ?string $value, string $valid, string $code, int $rowNumber): ?string
    {
        if ($value === null || (strlen($value) <= 64 && $valid($value))) {
            return $value;
        }
        $this->message('warning', $code, $field, $rowNumber, ['#VALUE#' => mb_substr($value, 0, 64, 'UTF-8')]);
        return null;
    }

    /** @return list<array{raw: string, e164: ?string, extension: ?string, type: ?string}> */
    private function phones(string $field, ?string $cell, int $rowNumber): array
    {
        if ($cell === null) {
            return [];
        }
        $out = [];
        foreach (\Crm\Phone\extract($cell, $this->region) as $number) {
            if (!$number->valid) {
                $this->message('warning', 'KCRM_IMPORT_WARN_PHONE', $field, $rowNumber, ['#VALUE#' => mb_substr($number->raw, 0, 64, 'UTF-8'), '#ERROR#' => (string) $number->error]);
            }
            $out[] = ['raw' => mb_substr($number->raw, 0, 200, 'UTF-8'), 'e164' => $number->valid ? $number->e164 : null, 'extension' => $number->extension, 'type' => $number->type];
        }
        return $out;
    }

    /** @return list<array{raw: string, email_key: string}> */
    private function emails(string $field, ?string $cell, int $rowNumber): array
    {
        if ($cell === null) {
            return [];
        }
        $out = [];
        foreach (preg_split('/[\s,;]+/u', $cell, -1, PREG_SPLIT_NO_EMPTY) ?: [] as $raw) {
            $key = mb_strlen($raw, 'UTF-8') <= 200 ? \Crm\Dedup\emailKey($raw) : null;
            if ($key === null) {
                $this->message('warning', 'KCRM_IMPORT_WARN_EMAIL', $field, $rowNumber, ['#VALUE#' => mb_substr($raw, 0, 64, 'UTF-8')]);
                continue;
            }
            $out[] = ['raw' => $raw, 'email_key' => $key];
        }
        return $out;
    }

    /**
     * "Иванова Анна Петровна" is last, first, middle; in Swedish and English files "Anna Svensson" is first, last.
     *
     * @return array{last_name: string, first_name: string, middle_name: string}
     */
    public static function splitName(?string $full, ?string $last, ?string $first, ?string $middle, string $region): array
    {
        if ($last !== null || $first !== null || $middle !== null || $full === null) {
            return ['last_name' => (string) $last, 'first_name' => (string) $first, 'middle_name' => (string) $middle];
        }
        $parts = preg_split('/\s+/u', $full, -1, PREG_SPLIT_NO_EMPTY) ?: [];
        $cyrillic = preg_match('/\p{Cyrillic}/u', $full) === 1 || in_array($region, ['RU', 'BY', 'KZ'], true) && preg_match('/\p{Latin}/u', $full) !== 1;
        if (count($parts) === 1) {
            return ['last_name' => $parts[0], 'first_name' => '', 'middle_name' => ''];
        }
        if ($cyrillic) {
            return ['last_name' => array_shift($parts), 'first_name' => array_shift($parts), 'middle_name' => implode(' ', $parts)];
        }
        $lastName = array_pop($parts);
        return ['last_name' => $lastName, 'first_name' => implode(' ', $parts), 'middle_name' => ''];
    }

    private static function digits(?string $value): ?string
    {
        if ($value === null) {
            return null;
        }
        $digits = (string) preg_replace('/[\s\-.]+/u', '', $value);
        return $digits === '' ? null : $digits;
    }

    /** @param array<string, string> $replace */
    private function message(string $level, string $code, string $field, int $rowNumber, array $replace): void
    {
        $this->messages[] = [
            'level' => $level,
            'code' => $code,
            'field' => $field,
            'replace' => ['#FILE#' => $this->fileName, '#ROW#' => (string) $rowNumber, '#COLUMN#' => $this->columns[$field] ?? $field] + $replace,
        ];
    }

    private function result(string $status, ?int $companyId, ?int $contactId): array
    {
        return ['status' => $status, 'company_id' => $companyId, 'contact_id' => $contactId, 'messages' => $this->messages, 'changes' => $this->changes];
    }
}
