<?php
// The escape function templates print every value through: e($value).

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

/** HTML-escapes anything printable; an Html value is already markup and passes through. */
function e(mixed $value): string
{
    if ($value instanceof Html) {
        return (string) $value;
    }
    if ($value === null || is_bool($value)) {
        return '';
    }
    return htmlspecialchars((string) $value, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8');
}
