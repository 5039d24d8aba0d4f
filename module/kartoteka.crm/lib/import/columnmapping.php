<?php
// Which column of an import file holds which card field, suggested from header names in ru/en/sv.

declare(strict_types=1);

namespace Kartoteka\Crm\Import;

final class ColumnMapping
{
    /** The card fields a column can go to; '' (not in this list) means "do not import". */
    public const FIELDS = [
        'company_name', 'inn', 'kpp', 'ogrn', 'orgnr', 'legal_address', 'city', 'company_phones', 'company_emails',
        'contact_name', 'last_name', 'first_name', 'middle_name', 'position', 'role', 'contact_phones', 'contact_emails', 'comment',
    ];

    /**
     * Header words per field, tried in this order on the lower-cased header with ё as е.
     * "Телефон" alone is settled later: the person's when the file has a person column.
     */
    private const RULES = [
        ['inn', '/^(инн|inn|tin)\b/u'],
        ['kpp', '/^(кпп|kpp)\b/u'],
        ['ogrn', '/^(огрн|огрнип|ogrn)\b/u'],
        ['orgnr', '/^(org\s*nr|orgnr|organisationsnummer|organisationsnr|org\s*nummer)\b/u'],
        ['last_name', '/^(фамилия|last\s*name|surname|family\s*name|efternamn)$/u'],
        ['first_name', '/^(имя|first\s*name|given\s*name|förnamn)$/u'],
        ['middle_name', '/^(отчество|middle\s*name|mellannamn)$/u'],
        ['contact_name', '/(контактное\s*лицо|^фио\b|^ф\s*и\s*о$|^контакт$|^contact(\s*person|\s*name)?$|^full\s*name$|^kontaktperson$|^kontakt$|^namn$|^person$)/u'],
        ['position', '/^(должность|position|job\s*title|title|befattning|titel|tjänst)$/u'],
        ['role', '/^(роль|role|roll)$/u'],
        ['company_phones', '/(телефон|тел\b|phone|telefon|växel).*(организац|компани|офис|company|office|företag)|^(växel|рабочий\s*телефон|office\s*phone)$/u'],
        ['contact_phones', '/(моб|mobile|mobil|cell)|(телефон|phone|telefon).*(контакт|contact|kontakt)/u'],
        ['phones', '/(телефон|^тел\b|phone|telefon|^tel\b)/u'],
        ['company_emails', '/(e\s*-?\s*mail|почта|e\s*-?\s*post).*(организац|компани|company|företag)/u'],
        ['contact_emails', '/(e\s*-?\s*mail|почта|e\s*-?\s*post).*(контакт|contact|kontakt)/u'],
        ['emails', '/(e\s*-?\s*mail|почта|e\s*-?\s*post|^email)/u'],
        ['legal_address', '/(адрес|address|adress)/u'],
        ['city', '/^(город|city|town|ort|stad|населенный\s*пункт|postort)$/u'],
        ['comment', '/^(комментари[йи]|примечани[ея]|comments?|notes?|note|kommentar|anteckning(ar)?|övrigt)$/u'],
        ['company_name', '/(организаци|наименование|контрагент|компани|покупатель|клиент|company|organi[sz]ation|customer|företag|kund|bolag|^name$)/u'],
    ];

    /**
     * The field each column should go to, by its header; a field is suggested for one column only.
     *
     * @param list<?string> $header
     * @return array<int, string> column index => field ('' for columns to leave out)
     */
    public static function suggest(array $header): array
    {
        $mapping = [];
        $used = [];
        foreach ($header as $i => $name) {
            $mapping[$i] = '';
            $key = self::normalize((string) $name);
            if ($key === '') {
                continue;
            }
            foreach (self::RULES as [$field, $pattern]) {
                if (!isset($used[$field]) && preg_match($pattern, $key)) {
                    $mapping[$i] = $field;
                    $used[$field] = true;
                    break;
                }
            }
        }
        // A plain "Телефон" / "E-mail" is the person's when a person is named in the row, else the organisation's.
        $hasPerson = array_intersect($mapping, ['contact_name', 'last_name', 'first_name']) !== [];
        foreach ($mapping as $i => $field) {
            if ($field === 'phones' || $field === 'emails') {
                $target = ($hasPerson ? 'contact_' : 'company_') . $field;
                $mapping[$i] = in_array($target, $mapping, true) ? '' : $target;
            }
        }
        return $mapping;
    }

    /**
     * Keeps only known fields, each at most once; anything else becomes "do not import".
     *
     * @param array<int|string, mixed> $mapping column index => field, as a form or a JSON file gives it
     * @return array<int, string>
     */
    public static function clean(array $mapping, int $columns): array
    {
        $out = [];
        $used = [];
        for ($i = 0; $i < $columns; $i++) {
            $field = $mapping[$i] ?? $mapping[(string) $i] ?? '';
            $field = is_string($field) && in_array($field, self::FIELDS, true) && !isset($used[$field]) ? $field : '';
            if ($field !== '') {
                $used[$field] = true;
            }
            $out[$i] = $field;
        }
        return $out;
    }

    /** Lang code of a field's name: KCRM_IMPORT_FIELD_INN … */
    public static function labelCode(string $field): string
    {
        return $field === '' ? 'KCRM_IMPORT_FIELD_NONE' : 'KCRM_IMPORT_FIELD_' . strtoupper($field);
    }

    private static function normalize(string $header): string
    {
        $key = mb_strtolower(trim($header), 'UTF-8');
        $key = str_replace('ё', 'е', $key);
        $key = (string) preg_replace('/[^\p{L}\p{N}@\-]+/u', ' ', $key);
        return trim((string) preg_replace('/\s+/u', ' ', $key));
    }
}
