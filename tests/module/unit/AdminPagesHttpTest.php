<?php
// Over real HTTP: an administrator adds a sales manager, moves them to support, deactivates them; the
// audit log shows it without the password.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\UserRepository;
use PHPUnit\Framework\TestCase;

final class AdminPagesHttpTest extends TestCase
{
    use StandaloneServer;

    public function testCreateChangeGroupAndDeactivateAUser(): void
    {
        self::requireExtension();
        [$db, $dsn] = TestDatabase::onDriver('sqlite');
        $this->startServer($dsn);
        $token = $this->signIn('admin', 'correct horse');

        [$status, , $body] = $this->request('GET', '/crm/users?lang=en');
        self::assertSame(200, $status);
        self::assertStringContainsString('Sales manager', $body);
        self::assertStringContainsString('href="/crm/users"', $body, 'in the menu of administrators');

        [$status, , $body] = $this->request('POST', '/crm/user_create', ['login' => 'Vera', 'name' => 'Вера <b>', 'password' => 'short', 'group' => 'sales_manager', 'csrf_token' => $token]);
        self::assertSame(422, $status);
        self::assertStringContainsString('at least 8 characters', $body);
        [$status] = $this->request('POST', '/crm/user_create', ['login' => 'Vera', 'name' => 'Вера <b>', 'password' => 'vera secret 1', 'group' => 'sales_manager', 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [$status, , $body] = $this->request('POST', '/crm/user_create', ['login' => 'vera', 'password' => 'vera secret 1', 'group' => 'sales_manager', 'csrf_token' => $token]);
        self::assertSame(422, $status);
        self::assertStringContainsString('already taken', $body);
        $vera = (int) $db->fetchValue("SELECT id FROM kcrm_user WHERE login = 'vera'");
        $users = new UserRepository($db);
        self::assertSame(['sales_manager'], $users->groupCodes($vera));
        [, , $body] = $this->request('GET', '/crm/users');
        self::assertStringContainsString('Вера &lt;b&gt;', $body);

        [$status] = $this->request('POST', '/crm/user_group', ['id' => (string) $vera, 'group' => 'support_agent', 'csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertSame(['support_agent'], $users->groupCodes($vera));
        [$status] = $this->request('POST', '/crm/user_group', ['id' => (string) $vera, 'group' => 'overlord', 'csrf_token' => $token]);
        self::assertSame(422, $status);

        // The administrator cannot lock themself out.
        $admin = (int) $db->fetchValue("SELECT id FROM kcrm_user WHERE login = 'admin'");
        [$status] = $this->request('POST', '/crm/user_deactivate', ['id' => (string) $admin, 'csrf_token' => $token]);
        self::assertSame(422, $status);
        [$status] = $this->request('POST', '/crm/user_group', ['id' => (string) $admin, 'group' => 'sales_manager', 'csrf_token' => $token]);
        self::assertSame(422, $status);

        // Vera can sign in until she is deactivated; then her session ends too.
        $adminCookies = $this->cookies;
        $this->signIn('vera', 'vera secret 1');
        [$status] = $this->request('GET', '/crm/users');
        self::assertSame(403, $status, 'not for support agents');
        $veraCookies = $this->cookies;
        $this->cookies = $adminCookies;
        [$status] = $this->request('POST', '/crm/user_deactivate', ['id' => (string) $vera, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        $this->cookies = $veraCookies;
        [$status, $headers] = $this->request('GET', '/crm/companies');
        self::assertContains($status, [302, 303]);
        self::assertSame('/crm/login', $headers['location']);

        $this->cookies = $adminCookies;
        [$status, , $body] = $this->request('GET', '/crm/audit?lang=en&entity=user');
        self::assertSame(200, $status);
        self::assertStringContainsString('Entries: 3', $body);
        self::assertStringContainsString('created a user', $body);
        self::assertStringContainsString('deactivated a user', $body);
        $log = implode("\n", array_map(static fn (array $r): string => implode(' ', $r), $db->fetchAll('SELECT * FROM kcrm_audit_log')));
        self::assertStringNotContainsString('vera secret', $log, 'no password in the audit log');
        self::assertStringNotContainsString('short', $log);
    }
}
