<?php
// Over real HTTP through the standalone host: CSRF on every POST route, escaped output, the session
// cookie's flags, login throttling, and the rights of sales managers and support agents.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Db\Connection;
use PHPUnit\Framework\TestCase;

final class SecurityHttpTest extends TestCase
{
    use StandaloneServer;

    /** @return list<string> every page the front controller answers a POST on, read from its routes */
    private static function postRoutes(): array
    {
        $source = (string) file_get_contents(KCRM_MODULE_DIR . '/lib/http/frontcontroller.php');
        preg_match_all("/\\['POST', '([a-z_.]+)'\\]/", $source, $m);
        return $m[1];
    }

    private static function member(Connection $db, string $login, string $group): int
    {
        $users = new UserRepository($db);
        $id = $users->create($login, 'password of ' . $login, ucfirst($login));
        $users->setGroup($id, $group);
        return $id;
    }

    public function testEveryPostRouteRefusesAFormWithoutToken(): void
    {
        self::requireExtension();
        $routes = self::postRoutes();
        self::assertContains('company_edit', $routes);
        self::assertContains('user_create', $routes);
        self::assertGreaterThanOrEqual(17, count($routes), 'the route table was read');
        [$db, $dsn] = TestDatabase::onDriver('sqlite');
        $company = $db->insert('kcrm_company', ['name' => 'Ромашка', 'company_key' => 'ромашка']);
        $this->startServer($dsn);

        // Signed in as the administrator, so only the missing token can be the reason for refusing.
        $token = $this->signIn('admin', 'correct horse');
        foreach ($routes as $route) {
            $form = ['id' => (string) $company, 'company_id' => (string) $company, 'name' => 'x', 'login' => 'mallory',
                'password' => 'long enough password', 'group' => 'admin'];
            [$status] = $this->request('POST', '/crm/' . $route, $form);
            self::assertContains($status, [400, 403], "POST /crm/$route without a token answered $status");
            [$status] = $this->request('POST', '/crm/' . $route, $form + ['csrf_token' => str_repeat('0', 64)]);
            self::assertContains($status, [400, 403], "POST /crm/$route with a wrong token answered $status");
        }
        // Nothing above took effect, and the session still works with its real token.
        self::assertNull($db->fetchValue("SELECT id FROM kcrm_user WHERE login = 'mallory'"));
        self::assertNull($db->fetchValue('SELECT deleted_at FROM kcrm_company WHERE id = ?', [$company]));
        [$status] = $this->request('POST', '/crm/company_delete', ['id' => (string) $company, 'csrf_token' => $token]);
        self::assertSame(303, $status);
    }

    public function testMarkupInANameIsShownAsText(): void
    {
        self::requireExtension();
        [$db, $dsn] = TestDatabase::onDriver('sqlite');
        $id = $db->insert('kcrm_company', ['name' => '<script>alert(1)</script>', 'company_key' => 'script alert 1 script', 'city' => '"><img src=x onerror=alert(2)>']);
        $this->startServer($dsn);
        $this->signIn('admin', 'correct horse');
        foreach (['/crm/companies', '/crm/companies?q=' . rawurlencode('<script>'), '/crm/company?id=' . $id, '/crm/company_edit?id=' . $id] as $page) {
            [$status, , $body] = $this->request('GET', $page);
            self::assertSame(200, $status, $page);
            self::assertStringContainsString('&lt;script&gt;alert(1)&lt;/script&gt;', $body, $page);
            self::assertStringNotContainsString('<script>alert(1)', $body, $page);
            self::assertStringNotContainsString('<img src=x', $body, $page);
        }
    }

    public function testSessionCookieIsHttpOnlyAndSameSite(): void
    {
        self::requireExtension();
        [, $dsn] = TestDatabase::onDriver('sqlite');
        $this->startServer($dsn);
        $this->request('GET', '/crm/login');
        self::assertNotEmpty($this->setCookies, 'the login page starts a session');
        foreach ($this->setCookies as $cookie) {
            self::assertMatchesRegularExpression('/;\s*HttpOnly/i', $cookie);
            self::assertMatchesRegularExpression('/;\s*SameSite=(Lax|Strict)/i', $cookie);
        }
        // Signing in gives a new session id with the same flags.
        $this->signIn('admin', 'correct horse');
        [, , $body] = $this->request('GET', '/crm/login?lang=en');
        self::assertStringNotContainsString('name="password"', $body, 'already signed in');
    }

    public function testLoginIsThrottledAfterRepeatedFailures(): void
    {
        self::requireExtension();
        [, $dsn] = TestDatabase::onDriver('sqlite');
        $this->startServer($dsn);
        [, , $body] = $this->request('GET', '/crm/login?lang=en');
        $token = self::token($body);
        for ($i = 0; $i < 5; $i++) {
            [$status] = $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'guess ' . $i, 'csrf_token' => $token]);
            self::assertSame(401, $status);
        }
        // Even the right password waits now.
        [$status, , $body] = $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => $token]);
        self::assertSame(429, $status);
        self::assertStringContainsString('name="password"', $body, 'still the sign-in form');
        [$status, $headers] = $this->request('GET', '/crm/');
        self::assertContains($status, [302, 303], 'not signed in');
        self::assertSame('/crm/login', $headers['location']);
    }

    /** @return array<string, array{0: string}> */
    public static function drivers(): array
    {
        return ['sqlite' => ['sqlite'], 'pgsql' => ['pgsql'], 'mysql' => ['mysql']];
    }

    /** @dataProvider drivers */
    public function testManagersSeeOnlyTheirOwnAndAgentsOnlyRead(string $driver): void
    {
        self::requireExtension();
        $found = TestDatabase::onDriver($driver);
        if ($found === null) {
            self::markTestSkipped('Set KCRM_TEST_' . strtoupper($driver) . '_DSN (scripts/pg-test-db, scripts/mysql-test-db print one).');
        }
        [$db, $dsn] = $found;
        $anna = self::member($db, 'anna', 'sales_manager');
        $boris = self::member($db, 'boris', 'sales_manager');
        self::member($db, 'agent', 'support_agent');
        $annas = $db->insert('kcrm_company', ['name' => 'Ромашка Анны', 'company_key' => 'ромашка анны', 'responsible_user_id' => $anna]);
        $boriss = $db->insert('kcrm_company', ['name' => 'Лютик Бориса', 'company_key' => 'лютик бориса', 'responsible_user_id' => $boris]);
        $annasPerson = $db->insert('kcrm_contact', ['last_name' => 'Иванова', 'first_name' => 'Анна', 'person_key' => 'ivanova anna']);
        $db->insert('kcrm_company_contact', ['company_id' => $annas, 'contact_id' => $annasPerson, 'role' => 'accountant']);
        $borissPerson = $db->insert('kcrm_contact', ['last_name' => 'Петров', 'first_name' => 'Пётр', 'person_key' => 'petrov petr']);
        $db->insert('kcrm_company_contact', ['company_id' => $boriss, 'contact_id' => $borissPerson, 'role' => 'director']);
        $this->startServer($dsn);

        $token = $this->signIn('anna', 'password of anna');
        [$status, , $body] = $this->request('GET', '/crm/company?id=' . $boriss . '&lang=ru');
        self::assertSame(403, $status, "another manager's card by its address");
        self::assertStringContainsString('У вас нет прав на эту страницу или действие.', $body, 'the 403 page is localised');
        self::assertStringNotContainsString('Лютик', $body);
        $this->request('GET', '/crm/?lang=en');
        foreach (['/crm/contact?id=' . $borissPerson, '/crm/company_edit?id=' . $boriss, '/crm/contact_edit?id=' . $borissPerson] as $page) {
            [$status] = $this->request('GET', $page);
            self::assertSame(403, $status, $page);
        }
        foreach ([
            ['company_edit', ['id' => (string) $boriss, 'name' => 'Захвачено']],
            ['company_delete', ['id' => (string) $boriss]],
            ['contact_delete', ['id' => (string) $borissPerson]],
            ['activity_add', ['company_id' => (string) $boriss, 'type' => 'note', 'subject' => 'чужое']],
            ['user_create', ['login' => 'mallory', 'password' => 'long enough password', 'group' => 'admin']],
        ] as [$route, $form]) {
            [$status] = $this->request('POST', '/crm/' . $route, $form + ['csrf_token' => $token]);
            self::assertSame(403, $status, "POST $route on another manager's record");
        }
        self::assertSame('Лютик Бориса', $db->fetchValue('SELECT name FROM kcrm_company WHERE id = ?', [$boriss]));
        self::assertNull($db->fetchValue('SELECT deleted_at FROM kcrm_company WHERE id = ?', [$boriss]));

        [$status, , $body] = $this->request('GET', '/crm/companies');
        self::assertSame(200, $status);
        self::assertStringContainsString('Ромашка Анны', $body);
        self::assertStringNotContainsString('Лютик', $body, 'not in the list');
        [, , $body] = $this->request('GET', '/crm/companies?q=' . rawurlencode('Лютик'));
        self::assertStringNotContainsString('Лютик Бориса', $body, 'not found by search');
        [, , $body] = $this->request('GET', '/crm/contacts');
        self::assertStringContainsString('Иванова', $body, 'own through her organisation');
        self::assertStringNotContainsString('Петров', $body);
        self::assertStringNotContainsString('Лютик', $body, 'nor among the organisations to filter by');
        [$status, , $body] = $this->request('GET', '/crm/contact?id=' . $annasPerson);
        self::assertSame(200, $status);
        foreach (['/crm/users', '/crm/audit'] as $page) {
            [$status] = $this->request('GET', $page);
            self::assertSame(403, $status, "$page is for administrators");
        }
        // A card Anna creates is hers, whoever she names as responsible.
        [$status, $headers] = $this->request('POST', '/crm/company_edit', ['name' => 'Василёк', 'responsible_user_id' => (string) $boris, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertSame($anna, (int) $db->fetchValue("SELECT responsible_user_id FROM kcrm_company WHERE name = 'Василёк'"));

        $token = $this->signIn('agent', 'password of agent');
        [$status, , $body] = $this->request('GET', '/crm/company?id=' . $boriss);
        self::assertSame(200, $status, 'support agents see every card');
        self::assertStringNotContainsString('href="/crm/company_edit?id=' . $boriss . '"', $body, 'but no edit link');
        [, , $body] = $this->request('GET', '/crm/companies');
        self::assertStringContainsString('Лютик Бориса', $body);
        [$status] = $this->request('GET', '/crm/company_edit?id=' . $boriss);
        self::assertSame(403, $status);
        foreach ([
            ['company_edit', ['id' => (string) $boriss, 'name' => 'Захвачено']],
            ['company_edit', ['name' => 'Новая']],
            ['contact_edit', ['id' => (string) $borissPerson, 'last_name' => 'Захвачено']],
            ['company_delete', ['id' => (string) $boriss]],
            ['task_add', ['company_id' => (string) $boriss, 'title' => 'Позвонить']],
            ['import_undo', ['id' => '1']],
        ] as [$route, $form]) {
            [$status] = $this->request('POST', '/crm/' . $route, $form + ['csrf_token' => $token]);
            self::assertSame(403, $status, "a support agent's POST $route");
        }
        self::assertSame('Лютик Бориса', $db->fetchValue('SELECT name FROM kcrm_company WHERE id = ?', [$boriss]));

        // The administrator sees in the audit log that Anna opened her accountant's card.
        $this->signIn('admin', 'correct horse');
        [$status, , $body] = $this->request('GET', '/crm/audit?lang=en&action=view&entity=contact');
        self::assertSame(200, $status);
        self::assertStringContainsString('href="/crm/contact?id=' . $annasPerson . '"', $body);
        self::assertStringContainsString('Anna', $body);
        self::assertStringContainsString('Entries: 1', $body);
    }
}
