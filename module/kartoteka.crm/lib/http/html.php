<?php
// Markup that is already safe (a rendered template), so e() passes it through unescaped.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

final class Html implements \Stringable
{
    public function __construct(private readonly string $markup)
    {
    }

    public function __toString(): string
    {
        return $this->markup;
    }
}
