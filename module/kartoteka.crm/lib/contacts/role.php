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

    /**
     * The role a job title most likely means ("Главный бухгалтер" → accountant, "Inköpare" →
     * supplier); Other when nothing fits. Checked in this order: a "зам. директора по закупкам"
     * buys, so supply words win over "директор".
     */
    public static function fromPosition(?string $position): self
    {
        $text = str_replace('ё', 'е', mb_strtolower(trim((string) $position), 'UTF-8'));
        if ($text === '') {
            return self::Other;
        }
        $rules = [
            [self::Accountant, '/(бухгалт|главбух|accountant|bookkeeper|accounting|controller|ekonom|redovis|bokför)/u'],
            [self::Storekeeper, '/(кладовщ|склад|warehouse|storekeeper|stock\s*keeper|lager)/u'],
            [self::Supplier, '/(снабжен|закуп|закупк|purchas|procure|buyer|supply|inköp)/u'],
            [self::Director, '/(директор|руководител|генеральн|председател|владел|director|ceo|owner|head\b|president|vd\b|verkställande|chef\b|ägare)/u'],
            [self::Manager, '/(менеджер|manager|управляющ|администратор|säljare|account|sales|продаж)/u'],
        ];
        foreach ($rules as [$role, $pattern]) {
            if (preg_match($pattern, $text)) {
                return $role;
            }
        }
        return self::Other;
    }

    /**
     * The role a "role" column names: its code, or its name in any of the module's languages
     * ($names: lower-case name => code, from the lang files); null when it names none.
     *
     * @param array<string, string> $names
     */
    public static function fromName(?string $text, array $names = []): ?self
    {
        $key = mb_strtolower(trim((string) $text), 'UTF-8');
        if ($key === '') {
            return null;
        }
        return self::tryFrom($key) ?? (isset($names[$key]) ? self::tryFrom($names[$key]) : null);
    }

    /** @return list<string> */
    public static function values(): array
    {
        return array_map(static fn (self $role): string => $role->value, self::cases());
    }
}
