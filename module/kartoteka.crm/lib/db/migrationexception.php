<?php
// Thrown when a migration cannot be found, applied or undone; the message names the file.

declare(strict_types=1);

namespace Kartoteka\Crm\Db;

final class MigrationException extends \RuntimeException
{
    /**
     * @param list<int> $applied versions this run applied before it failed, so a caller can undo them
     */
    public function __construct(string $message, public readonly array $applied = [], ?\Throwable $previous = null)
    {
        parent::__construct($message, 0, $previous);
    }
}
