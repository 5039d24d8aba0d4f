<?php
// Computes the stored name keys (company_key, person_key and their words) again when the crm
// extension's key format (Crm\Dedup\KEY_VERSION) is not the one they were computed with.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Settings\SettingRepository;

/**
 * Cards store companyKey()/personKey() of their names, and search and duplicate checks look them
 * up by the key of what is typed or imported now. When an upgraded extension folds some names
 * differently (KEY_VERSION rises: "Cvetkov" became "tsvetkov"), keys stored before would no longer
 * meet the new ones, so every card's keys are computed again: organisations, then persons, in
 * batches of ids, each batch with its words in one transaction. Where it stopped is kept in
 * kcrm_setting, so a run cut short by its time budget (the Bitrix agent) resumes there, and the
 * version is recorded only when every card is done. A database that never recorded a version was
 * filled by a module older than this check and is computed again too.
 */
final class KeyRefresh
{
    /** kcrm_setting: the KEY_VERSION the stored keys were computed with */
    public const VERSION_SETTING = 'dedup_key_version';

    /** kcrm_setting: "<version>:<company|contact>:<last id done>" while a refresh is under way */
    public const PROGRESS_SETTING = 'dedup_key_refresh';

    private readonly SettingRepository $settings;

    public function __construct(
        private readonly Connection $db,
        private readonly int $batch = 1000,
    ) {
        $this->settings = new SettingRepository($db);
    }

    /** The key format of the extension loaded now (1 for an extension from before KEY_VERSION). */
    public static function currentVersion(): int
    {
        return \defined('Crm\Dedup\KEY_VERSION') ? (int) \constant('Crm\Dedup\KEY_VERSION') : 1;
    }

    /** The key format the stored keys were computed with; null when none was ever recorded. */
    public function storedVersion(): ?int
    {
        $v = $this->settings->get(self::VERSION_SETTING);
        return $v === null || !ctype_digit($v) ? null : (int) $v;
    }

    /** Whether the stored keys are of another format than the loaded extension's; false without the extension, which would compute them. */
    public function pending(): bool
    {
        return \function_exists('Crm\Dedup\personKeys') && $this->storedVersion() !== self::currentVersion();
    }

    /**
     * Computes the keys again until every card is done or the budget is spent (after at least one
     * batch). $onProgress gets the kind of card ("company", "contact"), how many of it are done
     * and how many there are, after each batch.
     *
     * @param (\Closure(string, int, int): void)|null $onProgress
     * @param (\Closure(): float)|null $clock seconds, microtime(true) unless a test gives another
     * @return array{done: bool, changed: int} done when the keys are current; changed: cards whose key changed in this call
     */
    public function run(?\Closure $onProgress = null, ?float $seconds = null, ?\Closure $clock = null): array
    {
        $version = self::currentVersion();
        if (!$this->pending()) {
            return ['done' => true, 'changed' => 0];
        }
        $clock ??= static fn (): float => microtime(true);
        $deadline = $seconds === null ? null : $clock() + $seconds;
        [$kind, $after] = $this->resumePoint($version);
        $changed = 0;
        foreach (['company', 'contact'] as $k) {
            if ($kind === 'contact' && $k === 'company') {
                continue;
            }
            $from = $k === $kind ? $after : 0;
            $total = (int) $this->db->fetchValue($k === 'company' ? 'SELECT COUNT(*) FROM kcrm_company' : 'SELECT COUNT(*) FROM kcrm_contact');
            $done = (int) $this->db->fetchValue(
                $k === 'company' ? 'SELECT COUNT(*) FROM kcrm_company WHERE id <= ?' : 'SELECT COUNT(*) FROM kcrm_contact WHERE id <= ?',
                [$from]
            );
            while (true) {
                $step = $this->db->transaction(function () use ($k, $from, $version): array {
                    [$last, $n, $c] = $k === 'company' ? $this->companies($from) : $this->contacts($from);
                    if ($n > 0) {
                        $this->settings->set(self::PROGRESS_SETTING, "$version:$k:$last");
                    }
                    return [$last, $n, $c];
                });
                [$from, $n, $c] = $step;
                $changed += $c;
                $done += $n;
                if ($n === 0) {
                    break;
                }
                if ($onProgress !== null) {
                    $onProgress($k, min($done, $total), $total);
                }
                if ($n < $this->batch) {
                    break;
                }
                if ($deadline !== null && $clock() >= $deadline) {
                    return ['done' => false, 'changed' => $changed];
                }
            }
        }
        $this->db->transaction(function () use ($version): void {
            $this->settings->set(self::VERSION_SETTING, (string) $version);
            $this->settings->set(self::PROGRESS_SETTING, '');
        });
        return ['done' => true, 'changed' => $changed];
    }

    /** @return array{0: string, 1: int} where a refresh to $version stopped: kind and last id done */
    private function resumePoint(int $version): array
    {
        $p = (string) $this->settings->get(self::PROGRESS_SETTING, '');
        if (preg_match('/^(\d+):(company|contact):(\d+)$/', $p, $m) && (int) $m[1] === $version) {
            return [$m[2], (int) $m[3]];
        }
        return ['company', 0];
    }

    /** @return array{0: int, 1: int, 2: int} last id read, organisations read, keys changed */
    private function companies(int $after): array
    {
        $rows = $this->db->fetchAll(
            sprintf('SELECT id, name, company_key FROM kcrm_company WHERE id > ? ORDER BY id LIMIT %d', $this->batch),
            [$after]
        );
        if ($rows === []) {
            return [$after, 0, 0];
        }
        $keys = \Crm\Dedup\companyKeys(array_map(static fn (array $r): string => (string) $r['name'], $rows));
        $words = [];
        foreach ($rows as $i => $r) {
            if ($keys[$i] !== (string) $r['company_key']) {
                $this->db->execute('UPDATE kcrm_company SET company_key = ? WHERE id = ?', [$keys[$i], (int) $r['id']]);
                $words[(int) $r['id']] = WordIndex::of($keys[$i]);
            }
        }
        if ($words !== []) {
            WordIndex::companies()->writeMany($this->db, $words);
        }
        return [(int) end($rows)['id'], count($rows), count($words)];
    }

    /** @return array{0: int, 1: int, 2: int} last id read, persons read, keys changed */
    private function contacts(int $after): array
    {
        $rows = $this->db->fetchAll(
            sprintf('SELECT id, last_name, first_name, middle_name, person_key FROM kcrm_contact WHERE id > ? ORDER BY id LIMIT %d', $this->batch),
            [$after]
        );
        if ($rows === []) {
            return [$after, 0, 0];
        }
        $keys = \Crm\Dedup\personKeys(array_map(static fn (array $r): string => ContactRepository::fullName($r), $rows));
        $ids = [];
        foreach ($rows as $i => $r) {
            if ($keys[$i] !== (string) $r['person_key']) {
                $this->db->execute('UPDATE kcrm_contact SET person_key = ? WHERE id = ?', [$keys[$i], (int) $r['id']]);
                $ids[] = (int) $r['id'];
            }
        }
        if ($ids !== []) {
            ContactWords::refreshMany($this->db, $ids);
        }
        return [(int) end($rows)['id'], count($rows), count($ids)];
    }
}
