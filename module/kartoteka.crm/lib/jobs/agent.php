<?php
// The job runner inside Bitrix: an agent that works on queued jobs (imports) for a few seconds per
// call and returns its own call string, so Bitrix runs it again (what `bin/crm worker` is standalone).

declare(strict_types=1);

namespace Kartoteka\Crm\Jobs;

use Kartoteka\Crm\Contacts\KeyRefresh;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Host\BitrixHost;
use Kartoteka\Crm\Import\ImportJob;
use Kartoteka\Crm\Import\ImportService;

final class Agent
{
    /** What CAgent stores and evals; the agent returns it to stay registered. */
    public const CALL = '\\Kartoteka\\Crm\\Jobs\\Agent::run();';

    /** Seconds between two calls, as registered with CAgent::AddAgent. */
    public const INTERVAL = 60;

    /**
     * Seconds of work per call. Agents run on a visitor's page hit unless the site runs them from
     * cron, so a call stays short; the job resumes from its checkpoint on the next call.
     */
    public const BUDGET = 10;

    /** @param KeyRefresh|null $keys when given, stored name keys of an older key format are computed again first */
    public function __construct(
        private readonly JobRunner $runner,
        private readonly ?KeyRefresh $keys = null,
    ) {
    }

    /** @return array<string, JobHandler> the job types the CRM queues, by type */
    public static function handlers(Connection $db, string $region): array
    {
        return [ImportService::JOB_TYPE => new ImportJob(new ImportService($db, $region))];
    }

    /** Bitrix calls this (CAgent evals CALL); whatever goes wrong, the agent stays registered. */
    public static function run(): string
    {
        try {
            $db = BitrixHost::connection();
            $region = BitrixHost::option('phone_region', 'RU');
            (new self(new JobRunner($db, self::handlers($db, $region)), new KeyRefresh($db)))->work(self::BUDGET);
        } catch (\Throwable $e) {
            // A failing job is recorded on the job itself by the runner; this is the database or the
            // extension being away. Bitrix's log is where a site admin looks for agent trouble.
            if (function_exists('AddMessage2Log')) {
                AddMessage2Log('kartoteka.crm agent: ' . $e->getMessage(), BitrixHost::MODULE_ID);
            }
        }
        return self::CALL;
    }

    /**
     * Brings stored name keys to the extension's key format first, when they are not (a batch at
     * least, within the budget: imports look duplicates up by those keys); then works slice by
     * slice, one slice of the oldest job at a time, until the budget is spent or no job is left.
     * At least one slice is done per call, so even a tiny budget makes progress.
     *
     * @param (\Closure(): float)|null $clock seconds, microtime(true) unless a test gives another
     * @return int slices done
     */
    public function work(float $seconds, ?\Closure $clock = null): int
    {
        $clock ??= static fn (): float => microtime(true);
        $deadline = $clock() + $seconds;
        $slices = 0;
        if ($this->keys !== null && $this->keys->pending()
            && !$this->keys->run(null, $seconds, $clock)['done']) {
            return $slices;
        }
        do {
            if ($this->runner->runNext(null, 1) === null) {
                break;
            }
            $slices++;
        } while ($clock() < $deadline);
        return $slices;
    }
}
