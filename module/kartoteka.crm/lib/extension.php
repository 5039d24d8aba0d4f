<?php
// Tells whether the crm PHP extension the module relies on is loaded and new enough.

declare(strict_types=1);

namespace Kartoteka\Crm;

final class Extension
{
    public const NAME = 'crm';
    public const MINIMUM_VERSION = '0.1.0';

    /**
     * The lang message code describing what is wrong, or null when all is well.
     *
     * @param string|false|null $version phpversion('crm'): false when not loaded
     */
    public static function problem(bool $loaded, string|false|null $version): ?string
    {
        if (!$loaded) {
            return 'KCRM_EXTENSION_MISSING';
        }
        if (!is_string($version) || version_compare($version, self::MINIMUM_VERSION, '<')) {
            return 'KCRM_EXTENSION_TOO_OLD';
        }
        return null;
    }

    public static function problemHere(): ?string
    {
        return self::problem(extension_loaded(self::NAME), phpversion(self::NAME));
    }

    /** The file whose lang/ messages explain the problems (pass it to loadMessages). */
    public static function messageSource(): string
    {
        return __FILE__;
    }

    /** @return array<string, string> replacements the problem messages use */
    public static function replacements(): array
    {
        return [
            '#MINIMUM#' => self::MINIMUM_VERSION,
            '#FOUND#' => (string) (phpversion(self::NAME) ?: '-'),
        ];
    }
}
