<?php
// Phones and e-mails of companies and contact persons in kcrm_phone and kcrm_email.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

use Kartoteka\Crm\Db\Connection;

final class ContactDetailRepository
{
    public const COMPANY = 'company';
    public const CONTACT = 'contact';

    public function __construct(private readonly Connection $db)
    {
    }

    /**
     * Replaces the owner's phones with the given ones.
     *
     * @param list<array{raw: string, e164: ?string, extension: ?string, type: ?string}> $phones
     */
    public function replacePhones(string $ownerType, int $ownerId, array $phones): void
    {
        $this->db->execute('DELETE FROM kcrm_phone WHERE owner_type = ? AND owner_id = ?', [$ownerType, $ownerId]);
        $now = gmdate('Y-m-d H:i:s');
        foreach ($phones as $phone) {
            $this->db->insert('kcrm_phone', [
                'owner_type' => $ownerType,
                'owner_id' => $ownerId,
                'raw' => $phone['raw'],
                'e164' => $phone['e164'],
                'extension' => $phone['extension'],
                'type' => $phone['type'],
                'created_at' => $now,
            ]);
        }
    }

    /** @param list<array{raw: string, email_key: ?string}> $emails */
    public function replaceEmails(string $ownerType, int $ownerId, array $emails): void
    {
        $this->db->execute('DELETE FROM kcrm_email WHERE owner_type = ? AND owner_id = ?', [$ownerType, $ownerId]);
        $now = gmdate('Y-m-d H:i:s');
        foreach ($emails as $email) {
            $this->db->insert('kcrm_email', [
                'owner_type' => $ownerType,
                'owner_id' => $ownerId,
                'raw' => $email['raw'],
                'email_key' => $email['email_key'],
                'created_at' => $now,
            ]);
        }
    }

    /** @return list<array{id: int, raw: string, e164: ?string, extension: ?string, type: ?string}> */
    public function phones(string $ownerType, int $ownerId): array
    {
        $rows = $this->db->fetchAll(
            'SELECT id, raw, e164, extension, type FROM kcrm_phone WHERE owner_type = ? AND owner_id = ? ORDER BY id',
            [$ownerType, $ownerId]
        );
        return array_map(static fn (array $r): array => [
            'id' => (int) $r['id'],
            'raw' => (string) $r['raw'],
            'e164' => $r['e164'] === null ? null : (string) $r['e164'],
            'extension' => $r['extension'] === null ? null : (string) $r['extension'],
            'type' => $r['type'] === null ? null : (string) $r['type'],
        ], $rows);
    }

    /** @return list<array{id: int, raw: string, email_key: ?string}> */
    public function emails(string $ownerType, int $ownerId): array
    {
        $rows = $this->db->fetchAll(
            'SELECT id, raw, email_key FROM kcrm_email WHERE owner_type = ? AND owner_id = ? ORDER BY id',
            [$ownerType, $ownerId]
        );
        return array_map(static fn (array $r): array => [
            'id' => (int) $r['id'],
            'raw' => (string) $r['raw'],
            'email_key' => $r['email_key'] === null ? null : (string) $r['email_key'],
        ], $rows);
    }

    /**
     * Live cards (not deleted) that have one of these E.164 numbers.
     *
     * @param list<string> $e164s
     * @return list<array{owner_type: string, owner_id: int, name: string, value: string}>
     */
    public function ownersOfPhones(array $e164s): array
    {
        return $this->owners('kcrm_phone', 'e164', $e164s);
    }

    /**
     * @param list<string> $emailKeys
     * @return list<array{owner_type: string, owner_id: int, name: string, value: string}>
     */
    public function ownersOfEmails(array $emailKeys): array
    {
        return $this->owners('kcrm_email', 'email_key', $emailKeys);
    }

    /**
     * @param 'kcrm_phone'|'kcrm_email' $table
     * @param 'e164'|'email_key' $column
     * @param list<string> $values
     * @return list<array{owner_type: string, owner_id: int, name: string, value: string}>
     */
    private function owners(string $table, string $column, array $values): array
    {
        $values = array_values(array_unique($values));
        if ($values === []) {
            return [];
        }
        $marks = implode(', ', array_fill(0, count($values), '?'));
        $rows = $this->db->fetchAll(
            "SELECT d.owner_type, d.owner_id, d.$column AS value, c.name AS company_name,
                    p.last_name, p.first_name, p.middle_name
             FROM $table d
             LEFT JOIN kcrm_company c ON d.owner_type = 'company' AND c.id = d.owner_id AND c.deleted_at IS NULL
             LEFT JOIN kcrm_contact p ON d.owner_type = 'contact' AND p.id = d.owner_id AND p.deleted_at IS NULL
             WHERE d.$column IN ($marks) AND (c.id IS NOT NULL OR p.id IS NOT NULL)
             ORDER BY d.owner_type, d.owner_id",
            $values
        );
        return array_map(static fn (array $r): array => [
            'owner_type' => (string) $r['owner_type'],
            'owner_id' => (int) $r['owner_id'],
            'name' => $r['owner_type'] === 'company'
                ? (string) $r['company_name']
                : ContactRepository::fullName($r),
            'value' => (string) $r['value'],
        ], $rows);
    }
}
