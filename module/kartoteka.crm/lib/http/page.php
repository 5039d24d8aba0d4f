<?php
// A page's content before the front controller puts it into the layout: title, body, status.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

final class Page
{
    /** @param array<string, string> $titleReplace */
    public function __construct(
        public readonly string $titleCode,
        public readonly Html $content,
        public readonly int $status = 200,
        public readonly array $titleReplace = [],
    ) {
    }
}
