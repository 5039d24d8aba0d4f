<?php
// The word index of organisation names (kcrm_company_word): each word of company_key with its company.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

/**
 * The one place that writes kcrm_company_word. Everything that sets company_key (the card's save,
 * an import row, an import's undo) calls write() with the new key; migration 006 fills the table
 * for the organisations that existed before it.
 */
final class CompanyWords
{
    /** @return list<string> the distinct words of a company_key, in order */
    public static function of(string $key): array
    {
        return array_values(array_unique(array_filter(explode(' ', $key), static fn (string $w): bool => $w !== '')));
    }

    /** Replaces the company's words with those of $key. */
    public static function write(Connection $db, int $companyId, string $key): void
    {
        $db->execute('DELETE FROM kcrm_company_word WHERE company_id = ?', [$companyId]);
        foreach (self::of($key) as $word) {
            $db->execute('INSERT INTO kcrm_company_word (company_id, word) VALUES (?, ?)', [$companyId, $word]);
        }
    }

    public static function forget(Connection $db, int $companyId): void
    {
        $db->execute('DELETE FROM kcrm_company_word WHERE company_id = ?', [$companyId]);
    }
}
