<?php
// The demo's history: imported cards spread over the last year and shared between the demo managers.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Install\DemoHistory;
use PHPUnit\Framework\TestCase;

final class DemoHistoryTest extends TestCase
{
    protected function tearDown(): void
    {
        TestDatabase::removeAll();
    }

    public function testImportedCardsGetAYearOfDatesAndManagersOnceOnly(): void
    {
        $db = TestDatabase::installed('admin', 'correct horse');
        $admin = (int) $db->fetchValue("SELECT id FROM kcrm_user WHERE login = 'admin'");
        for ($i = 1; $i <= 400; $i++) {
            $company = $db->insert('kcrm_company', ['name' => "ООО Компания $i", 'company_key' => "компания $i", 'responsible_user_id' => $admin]);
            $contact = $db->insert('kcrm_contact', ['last_name' => "Иванов$i", 'first_name' => 'Иван', 'responsible_user_id' => $admin]);
            $db->insert('kcrm_company_contact', ['company_id' => $company, 'contact_id' => $contact, 'role' => 'accountant']);
        }

        $seeded = (new DemoHistory($db))->seed('2026-11-28', 50, 10);
        self::assertSame(['activities' => 50, 'tasks' => 10], $seeded);

        $companies = $db->fetchAll('SELECT id, created_at, responsible_user_id FROM kcrm_company ORDER BY id');
        $dates = array_column($companies, 'created_at');
        self::assertGreaterThanOrEqual('2025-11-28', min($dates));
        self::assertLessThanOrEqual('2026-11-28 23:59:59', max($dates));
        $months = array_unique(array_map(static fn (string $d): string => substr($d, 0, 7), $dates));
        self::assertGreaterThanOrEqual(10, count($months), 'the cards are spread over the year, not all made today');
        $sorted = $dates;
        sort($sorted);
        self::assertSame(array_map(static fn (string $d): string => substr($d, 0, 10), $sorted), array_map(static fn (string $d): string => substr($d, 0, 10), $dates), 'older cards keep the smaller ids');
        self::assertGreaterThan(
            count(array_filter($dates, static fn (string $d): bool => $d < '2026-05-28')),
            count(array_filter($dates, static fn (string $d): bool => $d >= '2026-05-28')),
            'more cards in the last half-year, as a growing business has'
        );

        $owners = array_count_values(array_map('intval', array_column($companies, 'responsible_user_id')));
        self::assertArrayNotHasKey($admin, $owners, 'the demo managers own the cards');
        self::assertCount(3, $owners);
        $mismatched = $db->fetchValue(
            'SELECT COUNT(*) FROM kcrm_contact p JOIN kcrm_company_contact l ON l.contact_id = p.id JOIN kcrm_company c ON c.id = l.company_id
             WHERE p.responsible_user_id <> c.responsible_user_id OR p.created_at < c.created_at'
        );
        self::assertSame(0, (int) $mismatched, 'a contact person follows the organisation it came with');

        self::assertNull((new DemoHistory($db))->seed('2026-11-28', 50, 10), 'a second run changes nothing');
        self::assertSame($dates, array_column($db->fetchAll('SELECT created_at FROM kcrm_company ORDER BY id'), 'created_at'));
    }
}
