<?php
// One page of a list: its rows and where it sits among all matching rows.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

final class ListPage
{
    /** @param list<array<string, mixed>> $rows */
    public function __construct(
        public readonly array $rows,
        public readonly int $total,
        public readonly int $page,
        public readonly int $perPage,
        /** the count stopped at $total: there are more matches than that ("10,000+") */
        public readonly bool $totalCapped = false,
        /** no card had a word starting with the search text: these have it inside a word, and with
         *  $totalCapped only the first $total of them were taken */
        public readonly bool $partial = false,
    ) {
    }

    public function pages(): int
    {
        return max(1, (int) ceil($this->total / max(1, $this->perPage)));
    }
}
