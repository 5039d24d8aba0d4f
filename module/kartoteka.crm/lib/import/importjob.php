<?php
// The "import" job type: the job runner's slices of one import.

declare(strict_types=1);

namespace Kartoteka\Crm\Import;

use Kartoteka\Crm\Jobs\JobHandler;
use Kartoteka\Crm\Jobs\JobStep;

final class ImportJob implements JobHandler
{
    public function __construct(private readonly ImportService $imports)
    {
    }

    public function step(int $jobId, array $payload, ?array $checkpoint): JobStep
    {
        $scope = is_array($payload['scope'] ?? null) ? $payload['scope'] : null;
        return $this->imports->step((int) ($payload['import_id'] ?? 0), $checkpoint, $scope);
    }

    public function failed(int $jobId, array $payload, \Throwable $error): string
    {
        return $this->imports->fail((int) ($payload['import_id'] ?? 0), $error);
    }
}
