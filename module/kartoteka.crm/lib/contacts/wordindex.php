<?php
// A word index of card names: each word of a card with its card id, searched by word prefix (kcrm_company_word, kcrm_contact_word).

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

/**
 * One table of (owner id, word) rows per kind of card, and the one place that writes and reads it.
 * A query matches a card when every word of the query starts some word of the card, in any order:
 * "ром" finds "Большая Ромашка", "бол ром" too. Organisations take the words of company_key
 * (migration 006), contact persons those of person_key, of their lower-cased names and their
 * e-mail addresses (migration 007); the migrations fill the tables for cards that existed before.
 */
final class WordIndex
{
    /** A word longer than this is stored and searched by its first MAX_LENGTH characters. */
    public const MAX_LENGTH = 100;

    /** How far prefixIds() counts a word's index entries to choose the word that drives the search. */
    private const ESTIMATE_CAP = 2000;

    /**
     * @param string $cards the cards' table, read as $alias in list conditions ("c", "p")
     * @param string $key the cards' folded name column (company_key, person_key) the words come from
     */
    private function __construct(
        public readonly string $table,
        public readonly string $ownerColumn,
        private readonly string $cards,
        private readonly string $alias,
        private readonly string $key,
    ) {
    }

    public static function companies(): self
    {
        return new self('kcrm_company_word', 'company_id', 'kcrm_company', 'c', 'company_key');
    }

    public static function contacts(): self
    {
        return new self('kcrm_contact_word', 'contact_id', 'kcrm_contact', 'p', 'person_key');
    }

    /**
     * Ids of up to $limit cards within the list's conditions where each word is a part of some
     * word of the folded name (a word holds no space, so "inside the key" is "inside one of its
     * words"), read from the key's list index, not from the rows: the search when no word of the
     * index starts with what was typed. [] for no words.
     *
     * @param list<string> $where conditions on the cards' table under its alias
     * @param list<mixed> $params
     * @param list<string> $words
     * @return list<int>
     */
    public function partInside(Connection $db, array $where, array $params, array $words, int $limit): array
    {
        if ($words === []) {
            return [];
        }
        foreach ($words as $word) {
            $where[] = "{$this->alias}.{$this->key} LIKE ? ESCAPE '!'";
            $params[] = SearchTerms::contains($word);
        }
        return array_map('intval', array_column($db->fetchAll(
            sprintf('SELECT %1$s.id FROM %2$s %1$s WHERE %3$s LIMIT %4$d', $this->alias, $this->cards, implode(' AND ', $where), $limit),
            $params
        ), 'id'));
    }

    /**
     * The distinct words of texts already folded as the index stores them (a key, a lower-cased
     * name), split on single spaces as the migrations' SQL does, in order of first appearance.
     *
     * @return list<string>
     */
    public static function of(string ...$texts): array
    {
        $words = [];
        foreach ($texts as $text) {
            foreach (explode(' ', $text) as $word) {
                if ($word !== '') {
                    $words[mb_substr($word, 0, self::MAX_LENGTH, 'UTF-8')] = true;
                }
            }
        }
        return array_map('strval', array_keys($words));
    }

    /**
     * Replaces the card's words.
     *
     * @param list<string> $words
     */
    public function write(Connection $db, int $ownerId, array $words): void
    {
        $this->forget($db, $ownerId);
        $seen = [];
        foreach ($words as $word) {
            $word = mb_substr($word, 0, self::MAX_LENGTH, 'UTF-8');
            if ($word === '' || isset($seen[$word])) {
                continue;
            }
            $seen[$word] = true;
            $db->execute("INSERT INTO {$this->table} ({$this->ownerColumn}, word) VALUES (?, ?)", [$ownerId, $word]);
        }
    }

    /**
     * Replaces the words of many cards with a few statements (an import's slice, an undo, a key
     * refresh). The words stored are read first and only the difference is written: a card that
     * only gains words gets them inserted; a card that loses some has all its words written anew
     * (deleting single words would, under MySQL's collation, also take the ё/е and case twins the
     * application stores apart).
     *
     * @param array<int, list<string>> $wordsByOwner owner id => its words
     */
    public function writeMany(Connection $db, array $wordsByOwner): void
    {
        foreach (array_chunk(array_keys($wordsByOwner), 500) as $ids) {
            $in = implode(', ', array_map('intval', $ids));
            $have = [];
            foreach ($db->fetchAll("SELECT {$this->ownerColumn} AS owner, word FROM {$this->table} WHERE {$this->ownerColumn} IN ($in)") as $r) {
                $have[(int) $r['owner']][(string) $r['word']] = true;
            }
            $rewrite = [];
            $rows = [];
            foreach ($ids as $id) {
                $want = [];
                foreach ($wordsByOwner[$id] as $word) {
                    $word = mb_substr($word, 0, self::MAX_LENGTH, 'UTF-8');
                    if ($word !== '') {
                        $want[$word] = true;
                    }
                }
                $old = $have[(int) $id] ?? [];
                $lost = array_diff_key($old, $want) !== [];
                if ($lost) {
                    $rewrite[] = (int) $id;
                }
                foreach ($want as $word => $_) {
                    if ($lost || !isset($old[$word])) {
                        $rows[] = [(int) $id, (string) $word];
                    }
                }
            }
            if ($rewrite !== []) {
                $db->execute("DELETE FROM {$this->table} WHERE {$this->ownerColumn} IN (" . implode(', ', $rewrite) . ')');
            }
            foreach (array_chunk($rows, 400) as $chunk) {
                $db->execute(
                    "INSERT INTO {$this->table} ({$this->ownerColumn}, word) VALUES " . implode(', ', array_fill(0, count($chunk), '(?, ?)')),
                    array_merge(...$chunk)
                );
            }
        }
    }

    public function forget(Connection $db, int $ownerId): void
    {
        $db->execute("DELETE FROM {$this->table} WHERE {$this->ownerColumn} = ?", [$ownerId]);
    }

    /**
     * "SELECT the ids of the cards where every one of $words starts a word of the card". A word may
     * come in several forms (as typed, as a key folds it): any of them will do. One word's ranges
     * on (word, owner) give the candidates (with $db, the word that starts the fewest words),
     * each further word is looked up for them by (owner, word). Null when there are no words.
     *
     * @param list<string|list<string>> $words each a word or the list of its forms
     * @return array{0: string, 1: list<string>}|null
     */
    public function prefixIds(array $words, string $alias = 'w', ?Connection $db = null): ?array
    {
        $terms = [];
        foreach ($words as $forms) {
            $forms = array_values(array_unique(array_filter(
                array_map(static fn (string $w): string => mb_substr($w, 0, self::MAX_LENGTH, 'UTF-8'), (array) $forms),
                static fn (string $w): bool => $w !== ''
            )));
            if ($forms !== []) {
                $terms[] = $forms;
            }
        }
        if ($terms === []) {
            return null;
        }
        if ($db !== null && count($terms) > 1) {
            // The word found in the fewest cards chooses the candidates ("свет центр 5": свет, not
            // центр, which a tenth of the names has); counted up to ESTIMATE_CAP index entries each.
            $sizes = [];
            foreach ($terms as $i => $forms) {
                $sizes[$i] = 0;
                foreach ($forms as $form) {
                    [$range, $rangeParams] = self::prefixRange('e.word', $form);
                    $sizes[$i] += (int) $db->fetchValue(
                        sprintf('SELECT COUNT(*) FROM (SELECT 1 AS one FROM %s e WHERE %s LIMIT %d) n', $this->table, $range, self::ESTIMATE_CAP),
                        $rangeParams
                    );
                }
            }
            asort($sizes, SORT_NUMERIC);
            $terms = array_map(static fn (int $i): array => $terms[$i], array_keys($sizes));
        }
        $owner = $this->ownerColumn;
        [$sql, $params] = self::anyPrefix("{$alias}0.word", $terms[0]);
        // Several forms of the first word often are words of the same card (иванов, ivanov): its
        // candidates are taken once each.
        $from = count($terms[0]) > 1
            ? "(SELECT DISTINCT {$alias}0.$owner AS id FROM {$this->table} {$alias}0 WHERE $sql) $alias"
            : null;
        $id = $from === null ? "{$alias}0.$owner" : "$alias.id";
        $also = [];
        foreach (array_slice($terms, 1) as $i => $forms) {
            // One EXISTS per form, so that each is a seek on (owner, word), not a read of all the card's words.
            $any = [];
            foreach ($forms as $j => $form) {
                $n = $alias . ($i + 1) . '_' . $j;
                [$more, $moreParams] = self::prefixRange("$n.word", $form);
                $any[] = "EXISTS (SELECT 1 FROM {$this->table} $n WHERE $n.$owner = $id AND $more)";
                array_push($params, ...$moreParams);
            }
            $also[] = count($any) === 1 ? $any[0] : '(' . implode(' OR ', $any) . ')';
        }
        if ($from !== null) {
            return ["SELECT $id AS id FROM $from" . ($also === [] ? '' : ' WHERE ' . implode(' AND ', $also)), $params];
        }
        return ["SELECT $id AS id FROM {$this->table} {$alias}0 WHERE " . implode(' AND ', [$sql, ...$also]), $params];
    }

    /**
     * @param list<string> $prefixes
     * @return array{0: string, 1: list<string>}
     */
    private static function anyPrefix(string $column, array $prefixes): array
    {
        $sql = [];
        $params = [];
        foreach ($prefixes as $prefix) {
            [$one, $p] = self::prefixRange($column, $prefix);
            $sql[] = $one;
            array_push($params, ...$p);
        }
        return [count($sql) === 1 ? $sql[0] : '(' . implode(' OR ', $sql) . ')', $params];
    }

    /**
     * "Starts with $prefix" as an index range (LIKE 'x%' does not use an index on SQLite, nor on
     * PostgreSQL outside the C collation), with the LIKE kept so that no collation quirk of the
     * range lets in a value that does not start with $prefix.
     *
     * @return array{0: string, 1: list<string>}
     */
    public static function prefixRange(string $column, string $prefix): array
    {
        $chars = mb_str_split($prefix, 1, 'UTF-8');
        $upper = null;
        while ($chars !== []) {
            $last = mb_ord(array_pop($chars), 'UTF-8');
            if ($last < 0x10FFFF && $last !== 0xD7FF) {
                $upper = implode('', $chars) . mb_chr($last + 1, 'UTF-8');
                break;
            }
        }
        $like = "$column LIKE ? ESCAPE '!'";
        return $upper === null
            ? ["($column >= ? AND $like)", [$prefix, SearchTerms::startsWith($prefix)]]
            : ["($column >= ? AND $column < ? AND $like)", [$prefix, $upper, SearchTerms::startsWith($prefix)]];
    }
}
