<?php

/**
 * The PHP-visible API of the crm extension, in one place.
 * crm_arginfo.h beside this file is generated from it: tools/gen-arginfo.
 *
 * @generate-class-entries
 */

namespace Crm {
    /** Base of every error caused by bad data or a failing world, never by API misuse. */
    class Exception extends \RuntimeException {}
}

namespace Crm\Import {
    /**
     * A file that cannot be read or parsed. The message names file, row and column in
     * English; code (one of the constants) and the properties let a caller localise it.
     */
    class Exception extends \Crm\Exception {
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_NOT_FOUND
         */
        public const NOT_FOUND = UNKNOWN;
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_UNREADABLE
         */
        public const UNREADABLE = UNKNOWN;
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_ENCODING
         */
        public const ENCODING = UNKNOWN;
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_NUL_BYTE
         */
        public const NUL_BYTE = UNKNOWN;
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_UNTERMINATED_QUOTE
         */
        public const UNTERMINATED_QUOTE = UNKNOWN;
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_FIELD_TOO_LONG
         */
        public const FIELD_TOO_LONG = UNKNOWN;
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_ROW_TOO_LONG
         */
        public const ROW_TOO_LONG = UNKNOWN;
        /**
         * @var int
         * @cvalue CRM_IMPORT_E_UNSUPPORTED_FORMAT
         */
        public const UNSUPPORTED_FORMAT = UNKNOWN;
        /**
         * A zip bomb (size or compression-ratio limit) or XML with a DTD/entities.
         * @var int
         * @cvalue CRM_IMPORT_E_UNSAFE_FILE
         */
        public const UNSAFE_FILE = UNKNOWN;
        /**
         * A truncated or damaged workbook (zip or XML).
         * @var int
         * @cvalue CRM_IMPORT_E_CORRUPT
         */
        public const CORRUPT = UNKNOWN;
        /**
         * The sheet asked for (by name or index) is not in the workbook.
         * @var int
         * @cvalue CRM_IMPORT_E_MISSING_SHEET
         */
        public const MISSING_SHEET = UNKNOWN;
        /**
         * A password-protected workbook.
         * @var int
         * @cvalue CRM_IMPORT_E_ENCRYPTED
         */
        public const ENCRYPTED = UNKNOWN;

        /** The file the error is in. */
        public ?string $path = null;
        /** The workbook sheet the error is in (XLSX), or null. */
        public ?string $sheet = null;
        /** 1-based source row (line) where the offending row began, or null. */
        public ?int $row = null;
        /** 1-based column (field index), or null. */
        public ?int $column = null;
    }

    /**
     * Streams rows out of a CSV, TSV or TXT file in any encoding 1C or Excel writes, or out
     * of one sheet of an XLSX workbook, as lists of UTF-8 strings (null for empty cells).
     *
     * @strict-properties
     * @not-serializable
     */
    final class Reader implements \IteratorAggregate {
        private function __construct() {}

        /**
         * options: format (auto|csv|xlsx; auto tells by content), encoding (auto|UTF-8|
         * Windows-1251|UTF-16LE|…), delimiter (auto|;|,|\t|…), header (auto|true|false),
         * empty (""|null), invalid (error|replace), max_field_bytes, max_rows;
         * XLSX: sheet (name or 0-based index; default the first visible sheet),
         * skip_empty_rows (bool, default true), max_uncompressed_bytes (default 1 GiB),
         * max_compression_ratio (default 200)
         */
        public static function open(string $path, array $options = []): Reader {}

        public function getIterator(): \Iterator {}

        public function fetch(int $max = 1000): array {}

        public function header(): ?array {}

        public function format(): string {}

        public function encoding(): string {}

        public function delimiter(): ?string {}

        /** XLSX: list of ['name' => string, 'hidden' => bool, 'current' => bool]; CSV: []. */
        public function sheets(): array {}

        public function rowNumber(): int {}
    }
}

namespace Crm\Phone {
    class Exception extends \Crm\Exception {}

    /**
     * The number in E.164 ("+74951234567"), or null when it is not a valid number.
     * $region: the territory numbers are dialled from ("RU", "SE" …); $areaCode: completes
     * local numbers written without one ("495"). Rules: docs/phone.md.
     */
    function normalize(string $raw, string $region = "RU", ?string $areaCode = null): ?string {}

    function parse(string $raw, string $region = "RU", ?string $areaCode = null): PhoneNumber {}

    /**
     * Every number of a cell holding several ("8 (495) 123-45-67, 123-45-68; +7 916 …"),
     * valid or not, in order; fragments without a digit are left out.
     * @return list<PhoneNumber>
     */
    function extract(string $cell, string $region = "RU", ?string $areaCode = null): array {}

    /**
     * normalize() over a column: the same keys, each value the E.164 string or null.
     * Values must be strings, ints or null.
     */
    function normalizeMany(array $raws, string $region = "RU", ?string $areaCode = null): array {}

    /**
     * One parsed number. Made by parse() and extract() only; a plain value, so it may be
     * serialized and compared.
     *
     * @strict-properties
     */
    final class PhoneNumber {
        /** The text it was parsed from (for extract(): the fragment, trimmed). */
        public readonly string $raw;
        public readonly bool $valid;
        /** "+74951234567", or null when not valid. */
        public readonly ?string $e164;
        public readonly ?int $countryCode;
        /** "RU", "KZ" …; null when not valid. */
        public readonly ?string $region;
        /** mobile|fixed|toll_free|premium|shared_cost|voip|personal|pager|uan|voicemail|fixed_or_mobile */
        public readonly ?string $type;
        /** Digits after доб./ext./x/# …, or null. Kept for invalid numbers too. */
        public readonly ?string $extension;
        /**
         * Why not valid: too_short|too_long|invalid_country_code|no_area_code|not_a_number|
         * digits_lost|invalid_number|ambiguous; null when valid.
         */
        public readonly ?string $error;

        private function __construct() {}

        /**
         * "e164" (+74951234567), "international" (+7 495 123-45-67) or "national"
         * (8 (495) 123-45-67). An invalid number gives its raw text, trimmed.
         */
        public function format(string $style = "international"): string {}
    }
}

namespace Crm\Dedup {
    /**
     * The format of companyKey() and personKey(): it grows whenever a key of some text changes,
     * so a caller that stores keys knows to compute them again.
     * @var int
     * @cvalue CRM_DEDUP_KEY_VERSION
     */
    const KEY_VERSION = UNKNOWN;

    class Exception extends \Crm\Exception {}

    /** Company name without legal form, quotes, punctuation and case: "ромашка". */
    function companyKey(string $name): string {}

    /** One key per person across transliterations, name order, patronymics and diminutives. */
    function personKey(string $fullName): string {}

    /** The address trimmed and lower-cased, or null when the text is not one e-mail address. */
    function emailKey(string $email): ?string {}

    /**
     * companyKey() over a column: the same keys, each value the key, or null for null.
     * Values must be strings, ints or null.
     */
    function companyKeys(array $names): array {}

    /**
     * personKey() over a column: the same keys, each value the key, or null for null.
     * Values must be strings, ints or null.
     */
    function personKeys(array $fullNames): array {}

    /**
     * emailKey() over a column: the same keys, each value the key or null.
     * Values must be strings, ints or null.
     */
    function emailKeys(array $emails): array {}

    /** Russian INN: 10 or 12 digits with valid check digits. */
    function validInn(string $inn): bool {}

    /** Russian OGRN (13 digits) or OGRNIP (15 digits) with a valid check digit. */
    function validOgrn(string $ogrn): bool {}

    /** Russian KPP: 4 digits, 2 digits or capital letters, 3 digits. */
    function validKpp(string $kpp): bool {}

    /** Swedish organisationsnummer (or a sole trader's personnummer), Luhn-checked. */
    function validOrgnr(string $orgnr): bool {}

    /** Jaro-Winkler similarity of two UTF-8 strings over code points, in [0, 1]. */
    function similarity(string $a, string $b): float {}

    /**
     * Duplicate cards among companies and contacts: blocking on exact keys (E.164 phones,
     * e-mail, INN, OGRN, orgnr, company and person keys), a scored comparison inside blocks, and
     * clusters that never chain weak links. Rules and measurements: docs/dedup-index.md.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Index {
        /**
         * options: thresholds (['auto' => 0.9, 'review' => 0.7]; 0 <= review <= auto <= 1),
         * region (default region of phones, "RU").
         */
        public function __construct(array $options = []) {}

        /**
         * record: type (company|contact; default: contact when a last/first/middle name or a
         * company is given), name, last_name, first_name, middle_name, company, inn, kpp, ogrn, orgnr,
         * phones (list of raw cells), emails (list), city, region (default region of the
         * phones). Strings or null; inn, kpp, ogrn, orgnr and phones may be ints.
         * An id may be added once (5 and "5" are the same id).
         */
        public function add(int|string $id, array $record): void {}

        /**
         * The indexed cards the record duplicates, best first: list of [id, score, reasons]
         * (reasons: list of strings). threshold: "auto", "review" or a float in [0, 1].
         */
        public function match(array $record, int $limit = 10, string|float $threshold = "review"): array {}

        /**
         * Groups of ids that are one card (list<list<id>>, singletons left out): pairs at the
         * threshold ("auto", "review" or a float), joined only while every pair in a group
         * holds at least the review level.
         */
        public function clusters(string|float $threshold = "auto"): array {}
    }
}
