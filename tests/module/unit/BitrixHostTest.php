<?php
// BitrixHost against hand-written fakes of $USER, Option and Loc.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Bitrix\Main\Config\Option;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Access\Rights;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Host\BitrixHost;
use Kartoteka\Crm\Http\Pages;
use PHPUnit\Framework\TestCase;

require_once dirname(__DIR__) . '/fakes/bitrix.php';

final class BitrixHostTest extends TestCase
{
    use EveryDriver;

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

    public function testSignedInUserWithTheRolesOfTheirMappedGroups(): void
    {
        BitrixHost::mapGroups('sales_manager', [5, 9]);
        BitrixHost::mapGroups('support_agent', [6]);
        $host = new BitrixHost(new \CUser(7, 'anna', ' Anna Ivanova ', [2, 5]));
        $user = $host->currentUser();
        self::assertNotNull($user);
        self::assertSame(7, $user->id);
        self::assertSame('anna', $user->login);
        self::assertSame('Anna Ivanova', $user->name);
        self::assertSame(['sales_manager'], $user->groups);
        self::assertSame(['sales_manager', 'support_agent'], (new BitrixHost(new \CUser(8, 'boris', '', ['6', '9'])))->userGroups(), 'Bitrix gives ids as strings too');
        self::assertSame('5,9', Option::get('kartoteka.crm', 'role_groups_sales_manager'), 'stored with Bitrix settings');
    }

    public function testBitrixAdministratorsAreCrmAdministratorsAndUnmappedUsersHaveNoRole(): void
    {
        self::assertSame(['admin'], (new BitrixHost(new \CUser(1, 'root', '', [1, 2])))->userGroups());
        self::assertSame([], (new BitrixHost(new \CUser(9, 'guest-ish', '', [2, 3])))->userGroups());
        BitrixHost::mapGroups('head_of_sales', [3]);
        self::assertSame(['head_of_sales'], (new BitrixHost(new \CUser(9, 'guest-ish', '', [2, 3])))->userGroups());
        BitrixHost::mapGroups('head_of_sales', []);
        self::assertSame([], (new BitrixHost(new \CUser(9, 'guest-ish', '', [2, 3])))->userGroups(), 'an emptied mapping takes the role away');
        $this->expectException(\InvalidArgumentException::class);
        BitrixHost::mapGroups('overlord', [3]);
    }

    /** The mapped roles go through the module's rights: a sales manager sees only their own cards. */
    public function testMappedSalesManagerHasTheRoleRights(): void
    {
        $db = TestDatabase::installed();
        BitrixHost::mapGroups('sales_manager', [5]);
        $mine = $db->insert('kcrm_company', ['name' => 'Mine', 'company_key' => 'mine', 'responsible_user_id' => 21]);
        $theirs = $db->insert('kcrm_company', ['name' => 'Theirs', 'company_key' => 'theirs', 'responsible_user_id' => 22]);
        $rights = new Rights($db);
        $manager = (new BitrixHost(new \CUser(21, 'vera', 'Vera', [2, 5])))->currentUser();
        self::assertTrue($rights->can($manager, 'view', 'company', $mine));
        self::assertFalse($rights->can($manager, 'view', 'company', $theirs));
        self::assertFalse($rights->can($manager, 'view', 'settings'));
        $nobody = (new BitrixHost(new \CUser(23, 'ivan', 'Ivan', [2])))->currentUser();
        self::assertFalse($rights->can($nobody, 'view', 'company', $mine));
        $admin = (new BitrixHost(new \CUser(1, 'root', '', [1])))->currentUser();
        self::assertTrue($rights->can($admin, 'view', 'company', $theirs));
        self::assertTrue($rights->can($admin, 'edit', 'settings'));
    }

    public function testBitrixUsersGetARowThatCannotSignInAndLeavesStandaloneUsersAlone(): void
    {
        $db = TestDatabase::installed('admin', 'correct horse');
        $users = new UserRepository($db);
        $users->mirrorExternal(42, 'Vera', 'Vera Petrova', ['sales_manager']);
        self::assertSame(['sales_manager'], $users->groupCodes(42));
        self::assertSame('Vera Petrova', $users->find(42)?->name);
        $users->mirrorExternal(42, 'vera', 'Vera Ivanova', ['head_of_sales', 'support_agent']);
        self::assertSame(['head_of_sales', 'support_agent'], $users->groupCodes(42));
        self::assertSame('Vera Ivanova', $users->find(42)?->name);
        self::assertFalse(password_verify('', (string) $users->findByLogin('bitrix:vera')['password_hash']));

        // Id 1 is the standalone administrator: a Bitrix user with the same id does not take the row over.
        $admin = $users->findByLogin('admin');
        $users->mirrorExternal($admin['id'], 'someone', 'Someone', ['support_agent']);
        self::assertSame(['admin'], $users->groupCodes($admin['id']));
        self::assertSame($admin, $users->findByLogin('admin'));
    }

    /**
     * A Bitrix user's row takes its id from Bitrix; a standalone user added later on the same
     * database (bin/crm install --admin-login) must still get a free id.
     *
     * @dataProvider drivers
     */
    public function testAStandaloneUserAfterAMirroredOneGetsAFreeId(string $driver): void
    {
        $installed = TestDatabase::onDriverOrSkip($driver);
        $users = new UserRepository($installed[0]);
        $users->mirrorExternal(42, 'vera', 'Vera Petrova', ['sales_manager']);
        $id = $users->create('olga', 'correct horse battery', 'Olga');
        self::assertGreaterThan(42, $id);
        self::assertSame('Vera Petrova', $users->find(42)?->name);
        self::assertSame('Olga', $users->find($id)?->name);
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
        // A form's action goes to its screen's script and names itself in "do".
        self::assertSame('/bitrix/admin/kartoteka_crm_company_edit.php?lang=en&do=company_delete', $host->pageUrl('company_delete'));
        self::assertSame('/bitrix/admin/kartoteka_crm_import.php?lang=en&do=import_status&id=3', $host->pageUrl('import_status', ['id' => 3]));
        self::assertSame('/bitrix/admin/kartoteka_crm_tasks.php?lang=en&do=task_toggle', $host->pageUrl('task_toggle'));
    }

    /** Every CRM page has an admin script in Bitrix, and every admin script serves pages that exist. */
    public function testEveryPageHasItsAdminScript(): void
    {
        preg_match_all("/\\['(GET|POST)', '([a-z_.]+)'\\]/", (string) file_get_contents(KCRM_MODULE_DIR . '/lib/http/pages.php'), $m);
        $routed = array_values(array_unique($m[2]));
        sort($routed);
        $names = Pages::NAMES;
        sort($names);
        self::assertSame($names, $routed, 'Pages::NAMES lists what Pages answers');
        $served = array_merge(...array_values(BitrixHost::SCREENS));
        sort($served);
        self::assertSame($names, $served);
        foreach (array_keys(BitrixHost::SCREENS) as $screen) {
            self::assertFileExists(KCRM_MODULE_DIR . "/admin/$screen.php");
            self::assertFileExists(KCRM_MODULE_DIR . "/install/admin/kartoteka_crm_$screen.php");
        }
    }

    public function testConnectionUsesTheDsnSetting(): void
    {
        Option::set('kartoteka.crm', 'db_dsn', 'sqlite::memory:');
        self::assertSame('sqlite', BitrixHost::connection()->driver());
    }
}
