<?php
// The /crm/ pages without a web server: CSRF, sign-in, rights, dashboard counts, escaping.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Host\Session;
use Kartoteka\Crm\Host\StandaloneHost;
use Kartoteka\Crm\Http\Csrf;
use Kartoteka\Crm\Http\FrontController;
use Kartoteka\Crm\Http\Request;
use Kartoteka\Crm\Http\Response;
use Kartoteka\Crm\Localization\Messages;
use PHPUnit\Framework\TestCase;

final class FrontControllerTest extends TestCase
{
    private Connection $db;
    private Session $session;

    protected function setUp(): void
    {
        $this->db = TestDatabase::installed('admin', 'correct horse');
        $this->session = Session::inMemory();
    }

    private function send(string $method, string $path, array $post = [], array $query = []): Response
    {
        $host = new StandaloneHost($this->db, $this->session, new Messages('en'), ['default_language' => 'en']);
        $controller = new FrontController($host, $this->db, new Csrf($this->session), new \Kartoteka\Crm\Http\View($host));
        return $controller->handle(new Request($method, $path, $query, $post, '10.0.0.9'));
    }

    private function token(): string
    {
        $page = $this->send('GET', '/crm/login')->body;
        self::assertSame(1, preg_match('/name="csrf_token" value="([0-9a-f]{64})"/', $page, $m));
        return $m[1];
    }

    public function testGuestIsSentToLogin(): void
    {
        $response = $this->send('GET', '/crm/');
        self::assertSame(303, $response->status);
        self::assertSame('/crm/login', $response->headers['Location']);
    }

    public function testLoginWithoutCsrfTokenIsRejected(): void
    {
        $this->token();
        $response = $this->send('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse']);
        self::assertSame(403, $response->status);
        self::assertStringContainsString('The form has expired', $response->body);
        self::assertSame(303, $this->send('GET', '/crm/')->status, 'still a guest');
    }

    public function testLoginWithForgedCsrfTokenIsRejected(): void
    {
        $this->token();
        $response = $this->send('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => str_repeat('0', 64)]);
        self::assertSame(403, $response->status);
    }

    public function testLoginAndDashboardShowRealCounts(): void
    {
        $company = $this->db->insert('kcrm_company', ['name' => 'ООО «Ромашка»']);
        $this->db->insert('kcrm_company', ['name' => 'Deleted AB', 'deleted_at' => '2026-01-01 00:00:00']);
        $this->db->insert('kcrm_contact', ['last_name' => 'Иванова']);
        $this->db->insert('kcrm_contact', ['last_name' => 'Petrov']);
        $this->db->insert('kcrm_task', ['title' => 'Call back', 'company_id' => $company]);
        $this->db->insert('kcrm_task', ['title' => 'Done', 'status' => 'done']);

        $response = $this->send('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => $this->token()]);
        self::assertSame(303, $response->status);
        self::assertSame('/crm/', $response->headers['Location']);

        $page = $this->send('GET', '/crm/')->body;
        self::assertMatchesRegularExpression('~id="count-companies">\s*<div class="number">1</div>~', $page);
        self::assertMatchesRegularExpression('~id="count-contacts">\s*<div class="number">2</div>~', $page);
        self::assertMatchesRegularExpression('~id="count-open-tasks">\s*<div class="number">1</div>~', $page);
    }

    public function testWrongPasswordShowsTheFormAgain(): void
    {
        $response = $this->send('POST', '/crm/login', ['login' => 'admin', 'password' => 'nope', 'csrf_token' => $this->token()]);
        self::assertSame(401, $response->status);
        self::assertStringContainsString('Wrong login or password.', $response->body);
        self::assertStringContainsString('value="admin"', $response->body);
    }

    public function testUserWithoutRightGetsForbidden(): void
    {
        (new UserRepository($this->db))->create('clerk', 'clerk password', '<b>Clerk</b>');
        $this->send('POST', '/crm/login', ['login' => 'clerk', 'password' => 'clerk password', 'csrf_token' => $this->token()]);
        $response = $this->send('GET', '/crm/');
        self::assertSame(403, $response->status);
        self::assertStringContainsString('&lt;b&gt;Clerk&lt;/b&gt;', $response->body, 'the name is escaped');
        self::assertStringNotContainsString('<b>Clerk</b>', $response->body);
    }

    public function testLogoutNeedsTokenAndSignsOut(): void
    {
        $this->send('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => $this->token()]);
        self::assertSame(403, $this->send('POST', '/crm/logout')->status);
        self::assertSame(200, $this->send('GET', '/crm/')->status);

        $page = $this->send('GET', '/crm/')->body;
        preg_match('/name="csrf_token" value="([0-9a-f]{64})"/', $page, $m);
        self::assertSame(303, $this->send('POST', '/crm/logout', ['csrf_token' => $m[1]])->status);
        self::assertSame(303, $this->send('GET', '/crm/')->status);
    }

    public function testLanguageSwitcherAndSafeHeaders(): void
    {
        $response = $this->send('GET', '/crm/login', [], ['lang' => 'ru']);
        self::assertStringContainsString('<html lang="ru">', $response->body);
        self::assertStringContainsString('Пароль', $response->body);
        self::assertStringContainsString('href="?lang=sv"', $response->body);
        self::assertSame('DENY', $response->headers['X-Frame-Options']);
        self::assertStringContainsString('Lösenord', $this->send('GET', '/crm/login', [], ['lang' => 'sv'])->body);
    }

    public function testUnknownPageIsNotFound(): void
    {
        self::assertSame(404, $this->send('GET', '/crm/nope')->status);
        self::assertSame(404, $this->send('GET', '/crmx/')->status);
    }
}
