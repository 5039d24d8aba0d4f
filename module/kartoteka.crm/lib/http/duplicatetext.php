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
     * A duplicate on a card the user may not view ($mayView answers false, or there is no
     * $mayView) only says that such a card exists and is someone else's: no name, no link.
     *
     * @param list<array<string, mixed>> $warnings as SaveResult has them
     * @param (callable(string, int): bool)|null $mayView whether the user may view a card (type, id)
     * @return list<array{text: string, url: ?string, name: ?string}>
     */
    public static function describe(array $warnings, Host $host, ?callable $mayView = null): array
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
            if ($mayView === null || !$mayView((string) $w['owner_type'], (int) $w['owner_id'])) {
                $out[] = [
                    'text' => $host->translate('KCRM_WARNING_DUPLICATE_' . strtoupper((string) $w['reason']) . '_FOREIGN', ['#VALUE#' => (string) $w['value']]),
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
