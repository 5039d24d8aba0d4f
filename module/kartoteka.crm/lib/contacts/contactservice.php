<?php
// Contact persons: search, save with their organisations and roles, duplicate warnings, soft delete and undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

final class ContactService
{
    private readonly ContactRepository $contacts;
    private readonly CompanyRepository $companies;
    private readonly ContactDetailRepository $details;

    public function __construct(
        private readonly Connection $db,
        private readonly string $region = 'RU',
    ) {
        $this->contacts = new ContactRepository($db);
        $this->companies = new CompanyRepository($db);
        $this->details = new ContactDetailRepository($db);
    }

    /** Name in any order or spelling personKey() folds together, a phone in any format, or an e-mail. */
    public function search(ListQuery $query): ListPage
    {
        return $this->contacts->search($query, $this->terms($query->text));
    }

    /**
     * Every person search() finds, in its order, as ids (for an export).
     *
     * @return list<int>
     */
    public function orderedIds(ListQuery $query): array
    {
        return $this->contacts->orderedIds($query, $this->terms($query->text));
    }

    public function terms(string $text): SearchTerms
    {
        $text = trim($text);
        if ($text === '') {
            return new SearchTerms('');
        }
        return new SearchTerms(
            $text,
            \Crm\Dedup\personKey($text),
            \Crm\Phone\normalize($text, $this->region),
            null,
            str_contains($text, '@') ? \Crm\Dedup\emailKey($text) : null,
        );
    }

    /** @return array<string, mixed>|null the card with phones, e-mails and organisations */
    public function card(int $id): ?array
    {
        $contact = $this->contacts->find($id);
        if ($contact === null) {
            return null;
        }
        $contact['phones'] = $this->details->phones(ContactDetailRepository::CONTACT, $id);
        $contact['emails'] = $this->details->emails(ContactDetailRepository::CONTACT, $id);
        $contact['companies'] = $this->contacts->memberships($id);
        return $contact;
    }

    /**
     * Saves a new or existing person. Memberships are [company_id, role, position] rows; a person
     * may have none, or several organisations with a different role in each.
     *
     * @param array<string, mixed> $input last_name, first_name, middle_name, city, comment,
     *        responsible_user_id, phones (list), emails (list), companies (list of membership rows)
     */
    public function save(array $input, ?int $id = null, string $confirmed = ''): SaveResult
    {
        if ($id !== null && $this->contacts->find($id) === null) {
            throw new \InvalidArgumentException("There is no contact $id.");
        }
        $row = self::row($input);
        $details = CardDetails::read(CompanyService::strings($input['phones'] ?? []), CompanyService::strings($input['emails'] ?? []), $this->region);
        [$memberships, $membershipError] = $this->memberships($input['companies'] ?? []);
        $errors = $this->errors($row) + $details->errors();
        if ($membershipError !== null) {
            $errors['companies'] = $membershipError;
        }
        if ($errors !== []) {
            return new SaveResult(null, $errors);
        }
        $warnings = [
            ...(new DuplicateFinder($this->db))->find('contact', $id, null, $details->e164s(), $details->emailKeys()),
            ...$details->phoneWarnings(),
        ];
        $fingerprint = DuplicateFinder::fingerprint($warnings);
        if ($warnings !== [] && !hash_equals($fingerprint, $confirmed)) {
            return new SaveResult(null, [], $warnings, $fingerprint);
        }
        $row['person_key'] = \Crm\Dedup\personKey(ContactRepository::fullName($row));
        $savedId = $this->db->transaction(function () use ($row, $id, $details, $memberships): int {
            if ($id === null) {
                $id = $this->contacts->insert($row);
            } else {
                $this->contacts->update($id, $row);
            }
            $this->details->replacePhones(ContactDetailRepository::CONTACT, $id, $details->phones);
            $this->details->replaceEmails(ContactDetailRepository::CONTACT, $id, $details->emails);
            $this->contacts->replaceMemberships($id, $memberships);
            ContactWords::refresh($this->db, $id);
            return $id;
        });
        return new SaveResult($savedId, [], $warnings, $fingerprint);
    }

    public function delete(int $id): bool
    {
        return $this->contacts->setDeleted($id, gmdate('Y-m-d H:i:s'));
    }

    public function restore(int $id): bool
    {
        return $this->contacts->setDeleted($id, null);
    }

    /**
     * @param array<string, mixed> $input
     * @return list<array<string, mixed>>
     */
    public function warnings(array $input, ?int $id = null): array
    {
        $details = CardDetails::read(CompanyService::strings($input['phones'] ?? []), CompanyService::strings($input['emails'] ?? []), $this->region);
        return (new DuplicateFinder($this->db))->find('contact', $id, null, $details->e164s(), $details->emailKeys());
    }

    /** @param array<string, mixed> $input */
    private static function row(array $input): array
    {
        $text = static function (string $name) use ($input): ?string {
            $value = is_string($input[$name] ?? null) ? trim((string) $input[$name]) : '';
            return $value === '' ? null : $value;
        };
        $responsible = $input['responsible_user_id'] ?? null;
        return [
            'last_name' => (string) $text('last_name'),
            'first_name' => (string) $text('first_name'),
            'middle_name' => (string) $text('middle_name'),
            'city' => $text('city'),
            'comment' => $text('comment'),
            'responsible_user_id' => is_int($responsible) || (is_string($responsible) && ctype_digit($responsible) && $responsible !== '0')
                ? (int) $responsible : null,
        ];
    }

    /** @return array<string, array{code: string, replace: array<string, string>}> */
    private function errors(array $row): array
    {
        $errors = [];
        if ($row['last_name'] === '' && $row['first_name'] === '' && $row['middle_name'] === '') {
            $errors['last_name'] = ['code' => 'KCRM_ERROR_CONTACT_NAME_REQUIRED', 'replace' => []];
        }
        foreach (['last_name', 'first_name', 'middle_name', 'city'] as $field) {
            if ($row[$field] !== null && mb_strlen($row[$field], 'UTF-8') > 255) {
                $errors[$field] = ['code' => 'KCRM_ERROR_TOO_LONG', 'replace' => ['#MAX#' => '255']];
            }
        }
        if ($row['comment'] !== null && mb_strlen($row['comment'], 'UTF-8') > 10000) {
            $errors['comment'] = ['code' => 'KCRM_ERROR_TOO_LONG', 'replace' => ['#MAX#' => '10000']];
        }
        return $errors;
    }

    /**
     * Rows with no organisation chosen are blank lines of the form and are skipped.
     *
     * @return array{0: list<array{company_id: int, role: string, position: ?string}>, 1: ?array{code: string, replace: array<string, string>}}
     */
    private function memberships(mixed $rows): array
    {
        $out = [];
        $seen = [];
        foreach (is_array($rows) ? $rows : [] as $m) {
            if (!is_array($m)) {
                continue;
            }
            $companyId = $m['company_id'] ?? null;
            if (is_string($companyId) && ctype_digit($companyId)) {
                $companyId = (int) $companyId;
            }
            if (!is_int($companyId) || $companyId <= 0) {
                continue;
            }
            $role = is_string($m['role'] ?? null) ? $m['role'] : Role::Other->value;
            if (Role::tryFrom($role) === null) {
                return [[], ['code' => 'KCRM_ERROR_ROLE_INVALID', 'replace' => []]];
            }
            if (!$this->companies->isLive($companyId)) {
                return [[], ['code' => 'KCRM_ERROR_COMPANY_MISSING', 'replace' => []]];
            }
            $position = is_string($m['position'] ?? null) ? trim($m['position']) : '';
            if (mb_strlen($position, 'UTF-8') > 255) {
                return [[], ['code' => 'KCRM_ERROR_TOO_LONG', 'replace' => ['#MAX#' => '255']]];
            }
            if (isset($seen[$companyId . '|' . $role])) {
                continue;
            }
            $seen[$companyId . '|' . $role] = true;
            $out[] = ['company_id' => $companyId, 'role' => $role, 'position' => $position === '' ? null : $position];
        }
        return [$out, null];
    }
}
