<?php
// Over real HTTP through the standalone host: CSRF on every POST route, escaped output, the session
// cookie's flags, login throttling, and the rights of sales managers and support agents.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactService;
use PHPUnit\Framework\TestCase;

final class SecurityHttpTest extends TestCase
{
    use EveryDriver;
    use StandaloneServer;

    /** @return list<string> every page the front controller answers a POST on, read from its routes */
    private static function postRoutes(): array
    {
        // The front controller's own routes and the page table it shares with the Bitrix admin pages.
        $source = (string) file_get_contents(KCRM_MODULE_DIR . '/lib/http/frontcontroller.php')
            . file_get_contents(KCRM_MODULE_DIR . '/lib/http/pages.php');
        preg_match_all("/\\['POST', '([a-z_.]+)'\\]/", $source, $m);
        return array_values(array_unique($m[1]));
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

    /** @dataProvider drivers */
    public function testManagersSeeOnlyTheirOwnAndAgentsOnlyRead(string $driver): void
    {
        self::requireExtension();
        $found = TestDatabase::onDriverOrSkip($driver);
        [$db, $dsn] = $found;
        $anna = TestDatabase::member($db, 'anna', 'sales_manager');
        $boris = TestDatabase::member($db, 'boris', 'sales_manager');
        TestDatabase::member($db, 'agent', 'support_agent');
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

    /**
     * What a sales manager could learn about another manager's cards by the side doors: the
     * dashboard, duplicate warnings (on save and the live JSON checks) and a contact's organisations.
     *
     * @dataProvider drivers
     */
    public function testAManagerLearnsNothingOfAnotherManagersCards(string $driver): void
    {
        self::requireExtension();
        $found = TestDatabase::onDriverOrSkip($driver);
        [$db, $dsn] = $found;
        $anna = TestDatabase::member($db, 'anna', 'sales_manager');
        $boris = TestDatabase::member($db, 'boris', 'sales_manager');
        $annas = (new CompanyService($db, 'RU'))->save(['name' => 'Ромашка Анны', 'responsible_user_id' => (string) $anna])->id;
        $boriss = (new CompanyService($db, 'RU'))->save(['name' => 'Лютик Бориса', 'inn' => '7707083893',
            'phones' => ['+7 495 123-45-67'], 'responsible_user_id' => (string) $boris])->id;
        $borissPerson = (new ContactService($db, 'RU'))->save(['last_name' => 'Петров', 'first_name' => 'Пётр',
            'emails' => ['petrov@lutik.example'], 'responsible_user_id' => (string) $boris])->id;
        self::assertNotNull($annas);
        self::assertNotNull($boriss);
        self::assertNotNull($borissPerson);
        // Anna's accountant also works for Boris's organisation.
        $annasPerson = $db->insert('kcrm_contact', ['last_name' => 'Иванова', 'first_name' => 'Анна', 'person_key' => 'ivanova anna', 'responsible_user_id' => $anna]);
        $db->insert('kcrm_company_contact', ['company_id' => $annas, 'contact_id' => $annasPerson, 'role' => 'accountant']);
        $db->insert('kcrm_company_contact', ['company_id' => $boriss, 'contact_id' => $annasPerson, 'role' => 'accountant']);
        $now = gmdate('Y-m-d H:i:s');
        $db->insert('kcrm_activity', ['type' => 'call', 'subject' => 'Звонок Анны', 'company_id' => $annas, 'user_id' => $anna, 'happened_at' => $now]);
        $db->insert('kcrm_activity', ['type' => 'call', 'subject' => 'Секретный звонок', 'company_id' => $boriss, 'user_id' => $boris, 'happened_at' => $now]);
        $db->insert('kcrm_task', ['title' => 'Задача Бориса', 'company_id' => $boriss, 'responsible_user_id' => $boris, 'due_at' => $now]);
        $db->insert('kcrm_task', ['title' => 'Поручение Анне', 'company_id' => $boriss, 'responsible_user_id' => $anna, 'due_at' => $now]);
        $this->startServer($dsn);

        $token = $this->signIn('anna', 'password of anna');
        // 1. The dashboard counts and lists Anna's records only.
        [$status, , $body] = $this->request('GET', '/crm/?lang=en');
        self::assertSame(200, $status);
        self::assertMatchesRegularExpression('~id="count-companies">\s*<div class="number">1</div>~', $body);
        self::assertMatchesRegularExpression('~id="count-contacts">\s*<div class="number">1</div>~', $body);
        self::assertMatchesRegularExpression('~id="count-open-tasks">\s*<div class="number">1</div>~', $body, 'her own task, not Boris\'s');
        self::assertStringContainsString('Звонок Анны', $body);
        self::assertStringContainsString('Поручение Анне', $body, 'her task on his card');
        self::assertStringContainsString("another manager&apos;s organisation", $body);
        foreach (['Секретный звонок', 'Задача Бориса', 'Лютик', 'company?id=' . $boriss . '"'] as $secret) {
            self::assertStringNotContainsString($secret, $body);
        }

        // 2. Duplicates of his cards: that one exists and is someone else's, no name, no link.
        foreach ([
            '/crm/company_check?lang=en&inn=7707083893',
            '/crm/company_check?lang=en&phones[]=' . rawurlencode('+7 495 123-45-67'),
            '/crm/contact_check?lang=en&emails[]=petrov@lutik.example',
        ] as $page) {
            [$status, , $body] = $this->request('GET', $page);
            self::assertSame(200, $status, $page);
            $warnings = json_decode($body, true)['warnings'];
            self::assertCount(1, $warnings, $page);
            self::assertStringContainsString('belongs to another manager', $warnings[0]['text'], $page);
            self::assertNull($warnings[0]['url'], $page);
            self::assertNull($warnings[0]['name'], $page);
            self::assertStringNotContainsString('Лютик', $body);
            self::assertStringNotContainsString('Петров', $body);
        }
        [$status, , $body] = $this->request('POST', '/crm/company_edit?lang=ru', ['name' => 'Клон', 'inn' => '7707083893', 'csrf_token' => $token]);
        self::assertSame(409, $status);
        self::assertStringContainsString('закреплена за другим менеджером', $body);
        self::assertStringNotContainsString('Лютик', $body);
        self::assertStringNotContainsString('company?id=' . $boriss . '"', $body);
        [$status, , $body] = $this->request('POST', '/crm/contact_edit?lang=sv', ['last_name' => 'Klon', 'emails' => ['petrov@lutik.example'], 'csrf_token' => $token]);
        self::assertSame(409, $status);
        self::assertStringContainsString('tillhör en annan säljare', $body);
        self::assertStringNotContainsString('Петров', $body);

        // 3. Her accountant's card shows his organisation without its name or link.
        [$status, , $body] = $this->request('GET', '/crm/contact?lang=en&id=' . $annasPerson);
        self::assertSame(200, $status);
        self::assertStringContainsString('Ромашка Анны', $body);
        self::assertStringContainsString("another manager&apos;s organisation", $body);
        self::assertStringNotContainsString('Лютик', $body);
        self::assertStringNotContainsString('company?id=' . $boriss . '"', $body);
        [$status, , $body] = $this->request('GET', '/crm/contact_edit?lang=en&id=' . $annasPerson);
        self::assertSame(200, $status);
        self::assertStringNotContainsString('Лютик', $body);
        // Saving it keeps the tie she could not make herself …
        [$status] = $this->request('POST', '/crm/contact_edit?id=' . $annasPerson, ['last_name' => 'Иванова', 'csrf_token' => $token,
            'companies' => [['company_id' => (string) $annas, 'role' => 'accountant'], ['company_id' => (string) $boriss, 'role' => 'accountant']]]);
        self::assertSame(303, $status);
        self::assertSame(2, (int) $db->fetchValue('SELECT COUNT(*) FROM kcrm_company_contact WHERE contact_id = ?', [$annasPerson]));
        // … but a new tie to his organisation is refused with a field error in her language.
        foreach (['ru' => 'у вас нет прав на выбранную организацию', 'en' => 'you may not use the chosen organisation', 'sv' => 'du har inte behörighet'] as $lang => $text) {
            [$status, , $body] = $this->request('POST', '/crm/contact_edit?lang=' . $lang, ['last_name' => 'Новикова', 'csrf_token' => $token,
                'companies' => [['company_id' => (string) $boriss, 'role' => 'director']]]);
            self::assertSame(422, $status, $lang);
            self::assertStringContainsString('id="error-companies"', $body);
            self::assertStringContainsString($text, $body, $lang);
            self::assertStringNotContainsString('Лютик', $body);
        }
        self::assertNull($db->fetchValue("SELECT id FROM kcrm_contact WHERE last_name = 'Новикова'"));

        // The head of sales sees everything, with names.
        TestDatabase::member($db, 'head', 'head_of_sales');
        $this->signIn('head', 'password of head');
        [, , $body] = $this->request('GET', '/crm/?lang=en');
        self::assertMatchesRegularExpression('~id="count-companies">\s*<div class="number">2</div>~', $body);
        self::assertMatchesRegularExpression('~id="count-open-tasks">\s*<div class="number">2</div>~', $body);
        self::assertStringContainsString('Секретный звонок', $body);
        [, , $body] = $this->request('GET', '/crm/company_check?lang=en&inn=7707083893');
        self::assertStringContainsString('Лютик Бориса', $body);
        [, , $body] = $this->request('GET', '/crm/contact?lang=en&id=' . $annasPerson);
        self::assertStringContainsString('Лютик Бориса', $body);
    }
}
