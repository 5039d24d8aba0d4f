<?php
// The queue of long work in kcrm_job: enqueue, claim by a state transition, checkpoints, outcome.

declare(strict_types=1);

namespace Kartoteka\Crm\Jobs;

use Kartoteka\Crm\Db\Connection;

final class JobRepository
{
    public const STATES = ['queued', 'running', 'done', 'failed', 'cancelled'];

    public function __construct(private readonly Connection $db)
    {
    }

    /** @param array<string, mixed> $payload */
    public function enqueue(string $type, array $payload, ?int $createdBy): int
    {
        return $this->db->insert('kcrm_job', [
            'type' => $type,
            'state' => 'queued',
            'payload' => json_encode($payload, JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR),
            'progress_done' => 0,
            'created_by' => $createdBy,
            'created_at' => gmdate('Y-m-d H:i:s'),
        ]);
    }

    /** @return array<string, mixed>|null the job with payload and checkpoint decoded */
    public function find(int $id): ?array
    {
        $row = $this->db->fetchOne('SELECT * FROM kcrm_job WHERE id = ?', [$id]);
        if ($row === null) {
            return null;
        }
        $row['id'] = (int) $row['id'];
        $row['progress_done'] = (int) $row['progress_done'];
        $row['progress_total'] = $row['progress_total'] === null ? null : (int) $row['progress_total'];
        $row['payload'] = self::decode($row['payload']);
        $row['checkpoint'] = $row['checkpoint'] === null ? null : self::decode($row['checkpoint']);
        return $row;
    }

    /**
     * Ids a worker may take now, oldest first: queued jobs, and running jobs whose worker stopped
     * sending heartbeats before $staleBefore (it died; the job resumes from its checkpoint).
     *
     * @return list<int>
     */
    public function claimable(string $staleBefore, ?int $onlyId = null): array
    {
        $sql = "SELECT id FROM kcrm_job WHERE (state = 'queued' OR (state = 'running' AND heartbeat_at < ?))";
        $params = [$staleBefore];
        if ($onlyId !== null) {
            $sql .= ' AND id = ?';
            $params[] = $onlyId;
        }
        $rows = $this->db->fetchAll($sql . ' ORDER BY id LIMIT 20', $params);
        return array_map(static fn (array $r): int => (int) $r['id'], $rows);
    }

    /**
     * Takes the job for this worker: a compare-and-set on state and heartbeat, so of two
     * workers racing for one job exactly one sees its UPDATE touch the row.
     */
    public function claim(int $id, string $staleBefore, string $now): bool
    {
        return $this->db->execute(
            "UPDATE kcrm_job SET state = 'running', attempts = attempts + 1, heartbeat_at = ?,
                    started_at = COALESCE(started_at, ?)
             WHERE id = ? AND (state = 'queued' OR (state = 'running' AND heartbeat_at < ?))",
            [$now, $now, $id, $staleBefore]
        ) === 1;
    }

    /** @param array<string, mixed> $checkpoint */
    public function saveCheckpoint(int $id, array $checkpoint, int $done, ?int $total, string $now): void
    {
        $this->db->execute(
            'UPDATE kcrm_job SET checkpoint = ?, progress_done = ?, progress_total = ?, heartbeat_at = ? WHERE id = ?',
            [json_encode($checkpoint, JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR), $done, $total, $now, $id]
        );
    }

    public function finish(int $id, string $state, ?string $error, string $now): void
    {
        $this->db->execute(
            "UPDATE kcrm_job SET state = ?, error = ?, finished_at = ?, heartbeat_at = ? WHERE id = ? AND state = 'running'",
            [$state, $error, $now, $now, $id]
        );
    }

    /** Cancels a job that has not finished; a running one stops at its next checkpoint. */
    public function cancel(int $id, string $now): bool
    {
        return $this->db->execute(
            "UPDATE kcrm_job SET state = 'cancelled', finished_at = ? WHERE id = ? AND state IN ('queued', 'running')",
            [$now, $id]
        ) === 1;
    }

    public function state(int $id): ?string
    {
        $state = $this->db->fetchValue('SELECT state FROM kcrm_job WHERE id = ?', [$id]);
        return $state === null ? null : (string) $state;
    }

    /** @return array<string, mixed> */
    private static function decode(mixed $json): array
    {
        $value = is_string($json) ? json_decode($json, true) : null;
        return is_array($value) ? $value : [];
    }
}
