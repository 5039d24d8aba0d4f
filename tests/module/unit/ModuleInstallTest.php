<?php
// kartoteka_crm (install/index.php) under fakes of Bitrix: install (tables, admin scripts, the jobs
// agent), uninstall, and rollback of a failed install.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Bitrix\Main\Config\Option;
use Bitrix\Main\Localization\Loc;
use Bitrix\Main\ModuleManager;
use Kartoteka\Crm\Db\Connection;
use PHPUnit\Framework\TestCase;

require_once dirname(__DIR__) . '/fakes/bitrix.php';
require_once KCRM_MODULE_DIR . '/install/index.php';

final class ModuleInstallTest extends TestCase
{
    private string $documentRoot;
    private string $dsn;
    private mixed $savedDocumentRoot;

    protected function setUp(): void
    {
        $this->savedDocumentRoot = $_SERVER['DOCUMENT_ROOT'] ?? null;
        $this->documentRoot = TestDatabase::tempDir();
        $_SERVER['DOCUMENT_ROOT'] = $this->documentRoot;
        $GLOBALS['APPLICATION'] = new \CMain();
        $this->dsn = TestDatabase::sqliteDsn();
        Option::$values = ['kartoteka.crm' => ['db_dsn' => $this->dsn]];
        ModuleManager::$installed = [];
        ModuleManager::$failOnRegister = null;
        \CAgent::$agents = [];
        \CAgent::$failOnAdd = false;
        Loc::$language = 'en';
    }

    /** @return list<string> the admin scripts the module ships (install/admin) */
    private static function adminScripts(): array
    {
        return array_map('basename', glob(KCRM_MODULE_DIR . '/install/admin/*.php') ?: []);
    }

    /** @return list<string> names of the module's agents registered with Bitrix */
    private static function agents(): array
    {
        return array_values(array_column(array_filter(\CAgent::$agents, static fn (array $a): bool => $a['MODULE_ID'] === 'kartoteka.crm'), 'NAME'));
    }

    protected function tearDown(): void
    {
        $_SERVER['DOCUMENT_ROOT'] = $this->savedDocumentRoot;
        unset($GLOBALS['APPLICATION']);
        ModuleManager::$failOnRegister = null;
    }

    public function testDescribesItselfFromVersionAndLangFiles(): void
    {
        $module = new \kartoteka_crm();
        self::assertSame('kartoteka.crm', $module->MODULE_ID);
        self::assertSame('0.1.0', $module->MODULE_VERSION);
        self::assertSame('Kartoteka CRM', $module->MODULE_NAME);
    }

    public function testInstallCreatesTablesPagesAndRegisters(): void
    {
        self::assertTrue((new \kartoteka_crm())->DoInstall());
        self::assertTrue(ModuleManager::isModuleInstalled('kartoteka.crm'));
        self::assertTrue(Connection::open($this->dsn)->hasTable('kcrm_company'));
        $scripts = self::adminScripts();
        foreach (['dashboard', 'companies', 'company', 'company_edit', 'contacts', 'contact', 'contact_edit', 'tasks', 'reports', 'import', 'audit'] as $screen) {
            self::assertContains("kartoteka_crm_$screen.php", $scripts);
        }
        foreach ($scripts as $script) {
            self::assertFileEquals(KCRM_MODULE_DIR . '/install/admin/' . $script, $this->documentRoot . '/bitrix/admin/' . $script);
        }
        self::assertSame(['\\Kartoteka\\Crm\\Jobs\\Agent::run();'], self::agents());
        self::assertSame(60, array_values(\CAgent::$agents)[0]['AGENT_INTERVAL']);

        // Installing again (an update) registers the agent once, not twice.
        self::assertTrue((new \kartoteka_crm())->DoInstall());
        self::assertCount(1, self::agents());

        // Uninstall keeps the data unless asked to drop it.
        self::assertTrue((new \kartoteka_crm())->DoUninstall());
        self::assertFalse(ModuleManager::isModuleInstalled('kartoteka.crm'));
        foreach ($scripts as $script) {
            self::assertFileDoesNotExist($this->documentRoot . '/bitrix/admin/' . $script);
        }
        self::assertSame([], self::agents());
        self::assertTrue(Connection::open($this->dsn)->hasTable('kcrm_company'));
    }

    public function testFailedFileStepUndoesTheDatabaseAndFiles(): void
    {
        $module = new class () extends \kartoteka_crm {
            public function InstallFiles()
            {
                parent::InstallFiles();
                throw new \RuntimeException('disk full');
            }
        };
        self::assertFalse($module->DoInstall());
        self::assertStringContainsString('disk full', (string) $GLOBALS['APPLICATION']->exception);
        self::assertStringContainsString('undone', (string) $GLOBALS['APPLICATION']->exception);
        self::assertFalse(ModuleManager::isModuleInstalled('kartoteka.crm'));
        self::assertFalse(Connection::open($this->dsn)->hasTable('kcrm_company'));
        self::assertFileDoesNotExist($this->documentRoot . '/bitrix/admin/kartoteka_crm_dashboard.php');
        self::assertSame([], self::agents());
    }

    public function testFailedAgentRegistrationUndoesTablesAndScripts(): void
    {
        \CAgent::$failOnAdd = true;
        self::assertFalse((new \kartoteka_crm())->DoInstall());
        self::assertStringContainsString('Cannot register the agent', (string) $GLOBALS['APPLICATION']->exception);
        self::assertFalse(ModuleManager::isModuleInstalled('kartoteka.crm'));
        self::assertFalse(Connection::open($this->dsn)->hasTable('kcrm_company'));
        self::assertSame([], glob($this->documentRoot . '/bitrix/admin/*.php'));
    }

    public function testFailedRegistrationUndoesEverything(): void
    {
        mkdir($this->documentRoot . '/bitrix/admin', 0777, true);
        // A file that was there before the install gets its old content back.
        file_put_contents($this->documentRoot . '/bitrix/admin/kartoteka_crm_dashboard.php', 'older copy');
        ModuleManager::$failOnRegister = new \RuntimeException('registry locked');

        self::assertFalse((new \kartoteka_crm())->DoInstall());
        self::assertStringContainsString('registry locked', (string) $GLOBALS['APPLICATION']->exception);
        self::assertFalse(Connection::open($this->dsn)->hasTable('kcrm_user'));
        self::assertSame('older copy', file_get_contents($this->documentRoot . '/bitrix/admin/kartoteka_crm_dashboard.php'));
        self::assertFileDoesNotExist($this->documentRoot . '/bitrix/admin/kartoteka_crm_companies.php');
        self::assertSame([], self::agents(), 'the agent added before the failing step is removed');
    }

    public function testRollbackKeepsTablesOfAnEarlierInstall(): void
    {
        self::assertTrue((new \kartoteka_crm())->DoInstall());
        Connection::open($this->dsn)->insert('kcrm_company', ['name' => 'Kept AB']);
        ModuleManager::$installed = [];
        ModuleManager::$failOnRegister = new \RuntimeException('registry locked');

        self::assertFalse((new \kartoteka_crm())->DoInstall());
        self::assertSame('Kept AB', Connection::open($this->dsn)->fetchValue('SELECT name FROM kcrm_company'));
        self::assertCount(1, self::agents(), 'the agent of the earlier install stays');
    }
}
