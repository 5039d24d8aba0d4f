<?php
// Keeps PHP sessions of the standalone host in kcrm_session, so they live beside the rest of the data.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

use Kartoteka\Crm\Db\Connection;

final class SessionStore implements \SessionHandlerInterface, \SessionUpdateTimestampHandlerInterface
{
    public function __construct(
        private readonly Connection $db,
        private readonly int $lifetimeSeconds = 86400,
    ) {
    }

    public function open(string $path, string $name): bool
    {
        return true;
    }

    public function close(): bool
    {
        return true;
    }

    public function read(string $id): string|false
    {
        $data = $this->db->fetchValue(
            'SELECT data FROM kcrm_session WHERE id = ? AND updated_at > ?',
            [$id, time() - $this->lifetimeSeconds]
        );
        // Serialized session data may hold any bytes; base64 lets every driver keep it in a text column.
        return $data === null ? '' : (string) base64_decode((string) $data, true);
    }

    public function write(string $id, string $data): bool
    {
        $encoded = base64_encode($data);
        $this->db->transaction(function (Connection $db) use ($id, $encoded): void {
            if ($db->fetchValue('SELECT 1 FROM kcrm_session WHERE id = ?', [$id]) === null) {
                $db->execute('INSERT INTO kcrm_session (id, data, updated_at) VALUES (?, ?, ?)', [$id, $encoded, time()]);
            } else {
                $db->execute('UPDATE kcrm_session SET data = ?, updated_at = ? WHERE id = ?', [$encoded, time(), $id]);
            }
        });
        return true;
    }

    public function destroy(string $id): bool
    {
        $this->db->execute('DELETE FROM kcrm_session WHERE id = ?', [$id]);
        return true;
    }

    public function gc(int $max_lifetime): int|false
    {
        return $this->db->execute('DELETE FROM kcrm_session WHERE updated_at < ?', [time() - max($max_lifetime, $this->lifetimeSeconds)]);
    }

    /** With use_strict_mode, PHP asks this before it accepts an id sent by the browser. */
    public function validateId(string $id): bool
    {
        return $this->db->fetchValue(
            'SELECT 1 FROM kcrm_session WHERE id = ? AND updated_at > ?',
            [$id, time() - $this->lifetimeSeconds]
        ) !== null;
    }

    public function updateTimestamp(string $id, string $data): bool
    {
        return $this->write($id, $data);
    }
}
