<?php
// What one slice of a job did: where to go on from, how far along it is, whether it is finished.

declare(strict_types=1);

namespace Kartoteka\Crm\Jobs;

final class JobStep
{
    /** @param array<string, mixed> $checkpoint */
    public function __construct(
        public readonly array $checkpoint,
        public readonly int $done,
        public readonly ?int $total,
        public readonly bool $finished,
    ) {
    }
}
