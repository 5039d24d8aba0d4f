<?php
// A one-time notice for the next page ("Deleted. Undo"), kept in the session between a POST and its redirect.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Host\Session;

final class Flash
{
    private const KEY = 'kcrm_flash';

    public function __construct(private readonly Session $session)
    {
    }

    /** @param array<string, int|string> $data e.g. ['kind' => 'deleted', 'entity' => 'company', 'id' => 5, 'name' => '…'] */
    public function set(array $data): void
    {
        $this->session->set(self::KEY, $data);
    }

    /** @return array<string, int|string>|null the notice, removed so it shows once */
    public function take(): ?array
    {
        $data = $this->session->get(self::KEY);
        if ($data !== null) {
            $this->session->remove(self::KEY);
        }
        return is_array($data) ? $data : null;
    }
}
