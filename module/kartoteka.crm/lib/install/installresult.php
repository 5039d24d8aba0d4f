<?php
// What one install run did, for the command line and the Bitrix installer to report.

declare(strict_types=1);

namespace Kartoteka\Crm\Install;

final class InstallResult
{
    /** @param list<int> $appliedVersions migrations applied by this run */
    public function __construct(
        public readonly array $appliedVersions,
        public readonly bool $adminCreated,
        public readonly ?string $adminLogin,
    ) {
    }
}
