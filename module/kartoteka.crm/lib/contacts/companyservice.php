<?php
// Organisations: search, validation of requisites, duplicate warnings, save, soft delete and undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

final class CompanyService
{
    private readonly CompanyRepository $companies;
    private readonly ContactDetailRepository $details;

    /** @param string $region where phones without a country code are assumed to be (setting phone_region) */
    public function __construct(
        private readonly Connection $db,
        private readonly string $region = 'RU',
    ) {
        $this->companies = new CompanyRepository($db);
        $this->details = new ContactDetailRepository($db);
    }

    /**
     * One search box for everything a user remembers: part of the name (in any case, with or
     * without the legal form), the start of the INN/OGRN/orgnr, or a phone in any format.
     */
    public function search(ListQuery $query): ListPage
    {
        return $this->companies->search($query, $this->terms($query->text));
    }

    public function terms(string $text): SearchTerms
    {
        $text = trim($text);
        if ($text === '') {
            return new SearchTerms('');
        }
        $digits = preg_replace('/[\s\-]/u', '', $text) ?? '';
        return new SearchTerms(
            $text,
            \Crm\Dedup\companyKey($text),
            \Crm\Phone\normalize($text, $this->region),
            ctype_digit($digits) && strlen($digits) >= 4 ? $digits : null,
        );
    }

    /**
     * The card with its phones, e-mails and contact persons; deleted cards too (the page says so).
     *
     * @return array<string, mixed>|null
     */
    public function card(int $id): ?array
    {
        $company = $this->companies->find($id);
        if ($company === null) {
            return null;
        }
        $company['phones'] = $this->details->phones(ContactDetailRepository::COMPANY, $id);
        $company['emails'] = $this->details->emails(ContactDetailRepository::COMPANY, $id);
        $company['contacts'] = $this->companies->contacts($id);
        return $company;
    }

    /**
     * Saves a new ($id null) or existing organisation. Field errors stop the save. Possible
     * duplicates and unrecognised phones stop it too, unless $confirmed carries the fingerprint
     * of exactly those warnings (the user saw them and chose "save anyway").
     *
     * @param array<string, mixed> $input name, inn, kpp, ogrn, orgnr, legal_address, city,
     *                                    responsible_user_id, phones (list), emails (list)
     */
    public function save(array $input, ?int $id = null, string $confirmed = ''): SaveResult
    {
        $row = self::row($input);
        $details = CardDetails::read(self::strings($input['phones'] ?? []), self::strings($input['emails'] ?? []), $this->region);
        $errors = $this->errors($row, $details);
        if ($id !== null && $this->companies->find($id) === null) {
            throw new \InvalidArgumentException("There is no company $id.");
        }
        if ($errors !== []) {
            return new SaveResult(null, $errors);
        }
        $warnings = [
            ...(new DuplicateFinder($this->db))->find('company', $id, $row['inn'], $details->e164s(), $details->emailKeys()),
            ...$details->phoneWarnings(),
        ];
        $fingerprint = DuplicateFinder::fingerprint($warnings);
        if ($warnings !== [] && !hash_equals($fingerprint, $confirmed)) {
            return new SaveResult(null, [], $warnings, $fingerprint);
        }
        $row['company_key'] = \Crm\Dedup\companyKey($row['name']);
        $savedId = $this->db->transaction(function () use ($row, $id, $details): int {
            if ($id === null) {
                $id = $this->companies->insert($row);
            } else {
                $this->companies->update($id, $row);
            }
            $this->details->replacePhones(ContactDetailRepository::COMPANY, $id, $details->phones);
            $this->details->replaceEmails(ContactDetailRepository::COMPANY, $id, $details->emails);
            return $id;
        });
        return new SaveResult($savedId, [], $warnings, $fingerprint);
    }

    /** Soft delete: the card leaves the lists and searches but keeps everything for an undo. */
    public function delete(int $id): bool
    {
        return $this->companies->setDeleted($id, gmdate('Y-m-d H:i:s'));
    }

    public function restore(int $id): bool
    {
        return $this->companies->setDeleted($id, null);
    }

    /**
     * The warnings a save would raise now, for the form's live check as the user types.
     *
     * @param array<string, mixed> $input
     * @return list<array<string, mixed>>
     */
    public function warnings(array $input, ?int $id = null): array
    {
        $row = self::row($input);
        $details = CardDetails::read(self::strings($input['phones'] ?? []), self::strings($input['emails'] ?? []), $this->region);
        $inn = $row['inn'] !== null && \Crm\Dedup\validInn($row['inn']) ? $row['inn'] : null;
        return (new DuplicateFinder($this->db))->find('company', $id, $inn, $details->e164s(), $details->emailKeys());
    }

    /**
     * @param array<string, mixed> $input
     * @return array{name: string, inn: ?string, kpp: ?string, ogrn: ?string, orgnr: ?string,
     *               legal_address: ?string, city: ?string, responsible_user_id: ?int}
     */
    private static function row(array $input): array
    {
        $text = static function (string $name) use ($input): ?string {
            $value = is_string($input[$name] ?? null) ? trim((string) $input[$name]) : '';
            return $value === '' ? null : $value;
        };
        // Tax numbers are often pasted with spaces ("7707 083 893"); only the digits count.
        $digits = static function (string $name) use ($text): ?string {
            $value = $text($name);
            return $value === null ? null : (preg_replace('/\s+/u', '', $value) ?? $value);
        };
        $responsible = $input['responsible_user_id'] ?? null;
        return [
            'name' => (string) $text('name'),
            'inn' => $digits('inn'),
            'kpp' => $digits('kpp'),
            'ogrn' => $digits('ogrn'),
            'orgnr' => $text('orgnr'),
            'legal_address' => $text('legal_address'),
            'city' => $text('city'),
            'responsible_user_id' => is_int($responsible) || (is_string($responsible) && ctype_digit($responsible) && $responsible !== '0')
                ? (int) $responsible : null,
        ];
    }

    /**
     * @param array<string, mixed> $row
     * @return array<string, array{code: string, replace: array<string, string>}>
     */
    private function errors(array $row, CardDetails $details): array
    {
        $errors = [];
        if ($row['name'] === '') {
            $errors['name'] = ['code' => 'KCRM_ERROR_COMPANY_NAME_REQUIRED', 'replace' => []];
        } elseif (mb_strlen($row['name'], 'UTF-8') > 255) {
            $errors['name'] = ['code' => 'KCRM_ERROR_TOO_LONG', 'replace' => ['#MAX#' => '255']];
        }
        $checks = [
            'inn' => ['Crm\Dedup\validInn', 'KCRM_ERROR_INN_INVALID'],
            'kpp' => ['Crm\Dedup\validKpp', 'KCRM_ERROR_KPP_INVALID'],
            'ogrn' => ['Crm\Dedup\validOgrn', 'KCRM_ERROR_OGRN_INVALID'],
            'orgnr' => ['Crm\Dedup\validOrgnr', 'KCRM_ERROR_ORGNR_INVALID'],
        ];
        foreach ($checks as $field => [$valid, $code]) {
            if ($row[$field] !== null && (strlen($row[$field]) > 64 || !$valid($row[$field]))) {
                $errors[$field] = ['code' => $code, 'replace' => ['#VALUE#' => mb_substr($row[$field], 0, 64, 'UTF-8')]];
            }
        }
        foreach (['city', 'legal_address'] as $field) {
            if ($row[$field] !== null && mb_strlen($row[$field], 'UTF-8') > 1000) {
                $errors[$field] = ['code' => 'KCRM_ERROR_TOO_LONG', 'replace' => ['#MAX#' => '1000']];
            }
        }
        return $errors + $details->errors();
    }

    /** @return list<string> */
    public static function strings(mixed $values): array
    {
        if (is_string($values)) {
            $values = preg_split('/\R/u', $values) ?: [];
        }
        return is_array($values) ? array_values(array_filter($values, 'is_string')) : [];
    }
}
