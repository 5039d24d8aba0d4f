<?php
// BitrixHost against hand-written fakes of $USER, Option and Loc.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Bitrix\Main\Config\Option;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Host\BitrixHost;
use PHPUnit\Framework\TestCase;

require_once dirname(__DIR__) . '/fakes/bitrix.php';

final class BitrixHostTest extends TestCase
{
    protected function setUp(): void
    {
        Option::$values = [];
        Loc::$language = 'en';
        Loc::reset();
    }

    public function testGuestHasNoUserAndNoGroups(): void
    {
        $host = new BitrixHost(new \CUser());
        self::assertNull($host->currentUser());
        self::assertSame([], $host->userGroups());
    }

    public function testSignedInUserAndGroupAccessCodes(): void
    {
        $host = new BitrixHost(new \CUser(7, 'anna', ' Anna Ivanova ', [1, 5]));
        $user = $host->currentUser();
        self::assertNotNull($user);
        self::assertSame(7, $user->id);
        self::assertSame('anna', $user->login);
        self::assertSame('Anna Ivanova', $user->name);
        self::assertSame(['G1', 'G5'], $user->groups);
        self::assertSame(['G1', 'G5'], $host->userGroups());
    }

    public function testSettingsGoThroughOption(): void
    {
        $host = new BitrixHost(new \CUser());
        self::assertNull($host->setting('role'));
        self::assertSame('site', $host->setting('role', 'site'));
        $host->setSetting('role', 'vendor');
        self::assertSame(['kartoteka.crm' => ['role' => 'vendor']], Option::$values);
        self::assertSame('vendor', $host->setting('role', 'site'));
    }

    public function testTranslatesThroughLocFromTheSameLangFiles(): void
    {
        Loc::$language = 'ru';
        $host = new BitrixHost(new \CUser());
        $host->loadMessages(KCRM_MODULE_DIR . '/lib/http/views/dashboard.php');
        self::assertSame('ru', $host->language());
        self::assertSame('Здравствуйте, Анна!', $host->translate('KCRM_DASHBOARD_GREETING', ['#NAME#' => 'Анна']));
        self::assertSame('KCRM_MISSING', $host->translate('KCRM_MISSING'));
    }

    public function testPagesAreAdminScripts(): void
    {
        $host = new BitrixHost(new \CUser());
        self::assertSame('/bitrix/admin/kartoteka_crm_dashboard.php?lang=en', $host->pageUrl('dashboard'));
        self::assertSame('/bitrix/admin/kartoteka_crm_company.php?lang=en&id=5', $host->pageUrl('company', ['id' => 5]));
    }

    public function testConnectionUsesTheDsnSetting(): void
    {
        Option::set('kartoteka.crm', 'db_dsn', 'sqlite::memory:');
        self::assertSame('sqlite', BitrixHost::connection()->driver());
    }
}
