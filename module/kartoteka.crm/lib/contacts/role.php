<?php
// What a contact person does for one organisation; the same person may hold another role elsewhere.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

enum Role: string
{
    case Accountant = 'accountant';
    case Supplier = 'supplier';
    case Storekeeper = 'storekeeper';
    case Director = 'director';
    case Manager = 'manager';
    case Other = 'other';

    /** The lang code of the role's name: KCRM_ROLE_ACCOUNTANT … */
    public function labelCode(): string
    {
        return 'KCRM_ROLE_' . strtoupper($this->value);
    }

    /** @return list<string> */
    public static function values(): array
    {
        return array_map(static fn (self $role): string => $role->value, self::cases());
    }
}
