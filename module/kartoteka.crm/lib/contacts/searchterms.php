<?php
// The forms one search text is tried in: name (plain and as a dedup key), digits of a tax id, phone, e-mail.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

final class SearchTerms
{
    public function __construct(
        public readonly string $text,
        /** companyKey() or personKey() of the text; '' when it reduces to nothing */
        public readonly string $key = '',
        /** the text read as a phone, E.164; null when it is not one */
        public readonly ?string $e164 = null,
        /** digits only, when the text is an INN, OGRN or orgnr in part (4+ digits) */
        public readonly ?string $digits = null,
        public readonly ?string $emailKey = null,
    ) {
    }

    /** LIKE pattern for "contains", with the wildcards of the text itself escaped by "!". */
    public static function contains(string $text): string
    {
        return '%' . strtr($text, ['!' => '!!', '%' => '!%', '_' => '!_']) . '%';
    }

    public static function startsWith(string $text): string
    {
        return strtr($text, ['!' => '!!', '%' => '!%', '_' => '!_']) . '%';
    }
}
