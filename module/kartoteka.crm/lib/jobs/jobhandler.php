<?php
// One kind of long work the runner can do in slices: an import, a duplicate scan …

declare(strict_types=1);

namespace Kartoteka\Crm\Jobs;

interface JobHandler
{
    /**
     * Does the next slice of the job, starting where $checkpoint says (null: from the start).
     * The runner calls it inside a transaction and stores the returned checkpoint in the same
     * transaction, so after a crash the work and the checkpoint are either both there or both not.
     *
     * @param array<string, mixed> $payload what the job was queued with
     * @param array<string, mixed>|null $checkpoint what the previous slice returned
     */
    public function step(int $jobId, array $payload, ?array $checkpoint): JobStep;

    /**
     * Called once, in its own transaction, when the job stops for good with an error, so the
     * handler can record the failure in its own tables too. Returns the text stored as the job's error.
     *
     * @param array<string, mixed> $payload
     */
    public function failed(int $jobId, array $payload, \Throwable $error): string;
}
