<?php
// The words a contact person is found by (kcrm_contact_word): person_key, lower-cased names, e-mail addresses.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

/**
 * Everything that changes a person's names or e-mails (the card's save, an import row, an import's
 * undo) calls refresh() afterwards; it reads the person back, so no caller has to know which
 * columns count. Migration 007 builds the same words in SQL for the persons that existed before.
 */
final class ContactWords
{
    /**
     * The words of a person: those of person_key (Latin skeletons: "Юля" and "Iuliia" meet), of the
     * lower-cased last, first and middle names as written (the patronymic, which person_key drops,
     * and the Cyrillic spelling), and each e-mail address lower-cased whole, so that "anna@" and
     * "anna.petrova@exa" are prefixes of it, with its domain ("romashka.ru") as a word of its own.
     *
     * @param list<string> $emails raw addresses
     * @return list<string>
     */
    public static function of(string $personKey, ?string $lastName, ?string $firstName, ?string $middleName, array $emails): array
    {
        $lower = static fn (?string $s): string => mb_strtolower((string) $s, 'UTF-8');
        return WordIndex::of(
            $personKey,
            $lower($lastName),
            $lower($firstName),
            $lower($middleName),
            ...array_map(static function (string $e) use ($lower): string {
                $e = str_replace(' ', '', $lower($e));
                $at = strpos($e, '@');
                return $at === false ? $e : $e . ' ' . substr($e, $at + 1);
            }, $emails),
        );
    }

    public static function refresh(Connection $db, int $contactId): void
    {
        self::refreshMany($db, [$contactId]);
    }

    /**
     * Rewrites the words of these persons from what is stored now; a person who no longer exists
     * loses its words.
     *
     * @param list<int> $contactIds
     */
    public static function refreshMany(Connection $db, array $contactIds): void
    {
        foreach (array_chunk(array_values(array_unique(array_map('intval', $contactIds))), 500) as $ids) {
            $in = implode(', ', $ids);
            $emails = [];
            foreach ($db->fetchAll("SELECT owner_id, raw FROM kcrm_email WHERE owner_type = 'contact' AND owner_id IN ($in) ORDER BY id") as $r) {
                $emails[(int) $r['owner_id']][] = (string) $r['raw'];
            }
            $words = array_fill_keys($ids, []);
            foreach ($db->fetchAll("SELECT id, person_key, last_name, first_name, middle_name FROM kcrm_contact WHERE id IN ($in)") as $r) {
                $id = (int) $r['id'];
                $words[$id] = self::of(
                    (string) $r['person_key'],
                    $r['last_name'] === null ? null : (string) $r['last_name'],
                    $r['first_name'] === null ? null : (string) $r['first_name'],
                    $r['middle_name'] === null ? null : (string) $r['middle_name'],
                    $emails[$id] ?? []
                );
            }
            WordIndex::contacts()->writeMany($db, $words);
        }
    }
}
