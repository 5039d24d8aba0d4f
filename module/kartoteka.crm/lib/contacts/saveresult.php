<?php
// What came of saving a card: the id, or field errors, or warnings the user must confirm first.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

final class SaveResult
{
    /**
     * @param array<string, array{code: string, replace: array<string, string>}> $errors field => lang code
     * @param list<array<string, mixed>> $warnings possible duplicates and unrecognised phones
     * @param string $fingerprint what a "save anyway" re-post must send back to confirm these warnings
     */
    public function __construct(
        public readonly ?int $id,
        public readonly array $errors = [],
        public readonly array $warnings = [],
        public readonly string $fingerprint = '',
    ) {
    }

    public function saved(): bool
    {
        return $this->id !== null;
    }
}
