<?php
// Standalone login, throttling, logout, settings, languages and page addresses.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\LoginThrottle;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Host\LoginOutcome;
use Kartoteka\Crm\Host\Session;
use Kartoteka\Crm\Host\StandaloneHost;
use Kartoteka\Crm\Localization\Messages;
use PHPUnit\Framework\TestCase;

final class StandaloneHostTest extends TestCase
{
    private Connection $db;
    private Session $session;

    protected function setUp(): void
    {
        $this->db = TestDatabase::installed('admin', 'correct horse');
        $this->session = Session::inMemory();
    }

    private function host(): StandaloneHost
    {
        return new StandaloneHost($this->db, $this->session, new Messages('en'), ['default_language' => 'sv', 'role' => 'site']);
    }

    public function testLoginSucceedsWithRightPassword(): void
    {
        $host = $this->host();
        self::assertNull($host->currentUser());
        self::assertSame(LoginOutcome::SignedIn, $host->logIn('Admin', 'correct horse', '10.0.0.1'));
        self::assertSame('admin', $host->currentUser()?->login);
        self::assertSame(['admin'], $host->userGroups());
        // The next request, with the same session, still knows the user.
        self::assertSame('admin', $this->host()->currentUser()?->login);
        self::assertNotNull($this->db->fetchValue('SELECT last_login_at FROM kcrm_user'));
    }

    public function testLoginFailsWithWrongPasswordOrUnknownUser(): void
    {
        $host = $this->host();
        self::assertSame(LoginOutcome::WrongCredentials, $host->logIn('admin', 'wrong horse', '10.0.0.1'));
        self::assertSame(LoginOutcome::WrongCredentials, $host->logIn('nobody', 'correct horse', '10.0.0.1'));
        self::assertNull($host->currentUser());
    }

    public function testInactiveUserCannotSignIn(): void
    {
        $this->db->execute('UPDATE kcrm_user SET active = 0');
        self::assertSame(LoginOutcome::WrongCredentials, $this->host()->logIn('admin', 'correct horse', '10.0.0.1'));
    }

    public function testRepeatedFailuresAreThrottledEvenForTheRightPassword(): void
    {
        $host = $this->host();
        for ($i = 0; $i < 5; $i++) {
            self::assertSame(LoginOutcome::WrongCredentials, $host->logIn('admin', 'guess ' . $i, '10.0.0.1'));
        }
        self::assertSame(LoginOutcome::TooManyAttempts, $host->logIn('admin', 'correct horse', '10.0.0.1'));
        self::assertNull($host->currentUser());
    }

    public function testThrottleWindowPasses(): void
    {
        $throttle = new LoginThrottle($this->db, 2, 10, 60);
        $throttle->recordFailure('admin', '10.0.0.1', 1000);
        $throttle->recordFailure('admin', '10.0.0.2', 1001);
        self::assertTrue($throttle->isBlocked('admin', '10.0.0.3', 1002));
        self::assertFalse($throttle->isBlocked('admin', '10.0.0.3', 1100));
    }

    public function testLogoutForgetsUserButKeepsLanguage(): void
    {
        $host = $this->host();
        $host->chooseLanguage('ru');
        $host->logIn('admin', 'correct horse', '10.0.0.1');
        $host->logOut();
        self::assertNull($host->currentUser());
        self::assertNull($this->host()->currentUser());
        self::assertSame('ru', $this->host()->language());
    }

    public function testSettingsFallBackToDefaultsAndPersist(): void
    {
        $host = $this->host();
        self::assertSame('site', $host->setting('role'));
        self::assertSame('x', $host->setting('unknown', 'x'));
        $host->setSetting('role', 'vendor');
        $host->setSetting('role', 'vendor');
        self::assertSame('vendor', $this->host()->setting('role'));
    }

    public function testLanguageComesFromSessionThenDefaultSetting(): void
    {
        self::assertSame('sv', $this->host()->language());
        $host = $this->host();
        $host->chooseLanguage('xx');
        self::assertSame('sv', $host->language());
        $host->chooseLanguage('en');
        self::assertSame('en', $this->host()->language());
    }

    public function testTranslatesAndBuildsUrls(): void
    {
        $host = $this->host();
        $host->chooseLanguage('sv');
        $host->loadMessages(KCRM_MODULE_DIR . '/lib/http/views/dashboard.php');
        self::assertSame('Hej, Anna!', $host->translate('KCRM_DASHBOARD_GREETING', ['#NAME#' => 'Anna']));
        self::assertSame('KCRM_NO_SUCH_CODE', $host->translate('KCRM_NO_SUCH_CODE'));
        self::assertSame('/crm/', $host->pageUrl('dashboard'));
        self::assertSame('/crm/login?lang=en', $host->pageUrl('login', ['lang' => 'en']));
    }
}
