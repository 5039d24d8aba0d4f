<?php
// A signed-in person as every host describes them to the CRM pages.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

final class User
{
    /**
     * @param list<string> $groups group codes: "admin", "sales" … standalone; "G1", "G5" … in Bitrix
     */
    public function __construct(
        public readonly int $id,
        public readonly string $login,
        public readonly string $name,
        public readonly array $groups = [],
    ) {
    }

    public function displayName(): string
    {
        return $this->name !== '' ? $this->name : $this->login;
    }
}
