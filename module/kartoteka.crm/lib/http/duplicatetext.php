<?php
// Turns the warnings of a save (possible duplicates, unrecognised phones) into sentences with links.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Host\Host;

final class DuplicateText
{
    /**
     * The texts are in PageContext's lang file, which every card page has loaded.
     *
     * @param list<array<string, mixed>> $warnings as SaveResult has them
     * @return list<array{text: string, url: ?string, name: ?string}>
     */
    public static function describe(array $warnings, Host $host): array
    {
        $out = [];
        foreach ($warnings as $w) {
            if ($w['kind'] === 'phone') {
                $out[] = [
                    'text' => $host->translate('KCRM_WARNING_PHONE_UNRECOGNISED', ['#VALUE#' => (string) $w['value']]),
                    'url' => null,
                    'name' => null,
                ];
                continue;
            }
            $code = 'KCRM_WARNING_DUPLICATE_' . strtoupper((string) $w['reason']) . '_' . strtoupper((string) $w['owner_type']);
            $out[] = [
                'text' => $host->translate($code, ['#VALUE#' => (string) $w['value']]),
                'url' => $host->pageUrl((string) $w['owner_type'], ['id' => (int) $w['owner_id']]),
                'name' => (string) $w['name'],
            ];
        }
        return $out;
    }
}
