<?php
// Finds live cards that already have a given INN, phone (E.164) or e-mail (its key).

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

final class DuplicateFinder
{
    private readonly CompanyRepository $companies;
    private readonly ContactDetailRepository $details;

    public function __construct(Connection $db)
    {
        $this->companies = new CompanyRepository($db);
        $this->details = new ContactDetailRepository($db);
    }

    /**
     * @param string $selfType 'company' or 'contact': the card being saved, left out of its own matches
     * @param list<string> $e164s
     * @param list<string> $emailKeys
     * @return list<array{kind: string, reason: string, owner_type: string, owner_id: int, name: string, value: string}>
     */
    public function find(string $selfType, ?int $selfId, ?string $inn, array $e164s, array $emailKeys): array
    {
        $found = [];
        if ($inn !== null && $inn !== '') {
            foreach ($this->companies->withInn($inn, $selfType === 'company' ? $selfId : null) as $company) {
                $found[] = ['kind' => 'duplicate', 'reason' => 'inn', 'owner_type' => 'company', 'owner_id' => $company['id'], 'name' => $company['name'], 'value' => $inn];
            }
        }
        foreach ([['phone', $this->details->ownersOfPhones($e164s)], ['email', $this->details->ownersOfEmails($emailKeys)]] as [$reason, $owners]) {
            foreach ($owners as $owner) {
                if ($owner['owner_type'] === $selfType && $owner['owner_id'] === $selfId) {
                    continue;
                }
                $found[] = ['kind' => 'duplicate', 'reason' => $reason] + $owner;
            }
        }
        return $found;
    }

    /**
     * A short digest of the warnings: a "save anyway" re-post carries it back, and it only
     * confirms the very warnings the user saw, not new ones that a changed form would raise.
     *
     * @param list<array<string, mixed>> $warnings
     */
    public static function fingerprint(array $warnings): string
    {
        if ($warnings === []) {
            return '';
        }
        $keys = array_map(
            static fn (array $w): string => implode('|', [$w['kind'], $w['reason'] ?? '', $w['owner_type'] ?? '', $w['owner_id'] ?? '', $w['value'] ?? '']),
            $warnings
        );
        sort($keys);
        return substr(hash('sha256', implode("\n", $keys)), 0, 32);
    }
}
