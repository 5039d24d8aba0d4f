<?php
// Runs queued jobs one at a time, slice by slice, each slice and its checkpoint in one transaction.

declare(strict_types=1);

namespace Kartoteka\Crm\Jobs;

use Kartoteka\Crm\Db\Connection;

final class JobRunner
{
    private readonly JobRepository $jobs;

    /**
     * @param array<string, JobHandler> $handlers job type => handler
     * @param int $staleSeconds a running job whose heartbeat is older belongs to a dead worker
     */
    public function __construct(
        private readonly Connection $db,
        private readonly array $handlers,
        private readonly int $staleSeconds = 120,
    ) {
        $this->jobs = new JobRepository($db);
    }

    public function jobs(): JobRepository
    {
        return $this->jobs;
    }

    /**
     * Claims the oldest job there is (or the one given) and works on it. With $maxSteps the job
     * goes back to the queue after that many slices, checkpoint kept: a Bitrix agent's hit must
     * stay short, and the next hit goes on from there.
     *
     * @param (\Closure(array<string, mixed>): void)|null $onProgress called after every slice with the job row
     * @return int|null the job worked on, null when there was none
     */
    public function runNext(?\Closure $onProgress = null, ?int $maxSteps = null, ?int $onlyId = null): ?int
    {
        foreach ($this->jobs->claimable($this->staleBefore(), $onlyId) as $id) {
            $job = $this->jobs->find($id);
            if ($job === null || !isset($this->handlers[$job['type']])) {
                continue;
            }
            if (!$this->jobs->claim($id, $this->staleBefore(), self::now())) {
                continue;
            }
            $this->work($this->jobs->find($id) ?? $job, $onProgress, $maxSteps);
            return $id;
        }
        return null;
    }

    /**
     * Works until no job is left (worker --once).
     *
     * @param (\Closure(array<string, mixed>): void)|null $onProgress
     * @return list<int> the jobs worked on
     */
    public function drain(?\Closure $onProgress = null): array
    {
        $done = [];
        while (($id = $this->runNext($onProgress)) !== null) {
            $done[] = $id;
        }
        return $done;
    }

    /** @param (\Closure(array<string, mixed>): void)|null $onProgress */
    private function work(array $job, ?\Closure $onProgress, ?int $maxSteps): void
    {
        $handler = $this->handlers[$job['type']];
        $checkpoint = $job['checkpoint'];
        $steps = 0;
        while (true) {
            if ($this->jobs->state($job['id']) !== 'running') {
                return; // cancelled meanwhile
            }
            if ($maxSteps !== null && $steps >= $maxSteps) {
                $this->db->execute("UPDATE kcrm_job SET state = 'queued' WHERE id = ? AND state = 'running'", [$job['id']]);
                return;
            }
            try {
                $step = $this->db->transaction(function () use ($handler, $job, $checkpoint): JobStep {
                    $step = $handler->step($job['id'], $job['payload'], $checkpoint);
                    $this->jobs->saveCheckpoint($job['id'], $step->checkpoint, $step->done, $step->total, self::now());
                    return $step;
                });
            } catch (\Throwable $e) {
                $message = $this->db->transaction(fn (): string => $handler->failed($job['id'], $job['payload'], $e));
                $this->jobs->finish($job['id'], 'failed', $message, self::now());
                $onProgress && $onProgress($this->jobs->find($job['id']) ?? $job);
                return;
            }
            $steps++;
            $checkpoint = $step->checkpoint;
            if ($step->finished) {
                $this->jobs->finish($job['id'], 'done', null, self::now());
            }
            $onProgress && $onProgress($this->jobs->find($job['id']) ?? $job);
            if ($step->finished) {
                return;
            }
        }
    }

    private function staleBefore(): string
    {
        return gmdate('Y-m-d H:i:s', time() - $this->staleSeconds);
    }

    private static function now(): string
    {
        return gmdate('Y-m-d H:i:s');
    }
}
