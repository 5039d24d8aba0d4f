<?php
// Bitrix's installer of the module: tables, admin pages, the jobs agent and registration, all undone when a step fails.

use Bitrix\Main\Localization\Loc;
use Bitrix\Main\ModuleManager;
use Kartoteka\Crm\Host\BitrixHost;
use Kartoteka\Crm\Install\Installer;
use Kartoteka\Crm\Jobs\Agent;

if (class_exists('kartoteka_crm')) {
    return;
}

class kartoteka_crm extends CModule
{
    public $MODULE_ID = 'kartoteka.crm';
    public $MODULE_VERSION;
    public $MODULE_VERSION_DATE;
    public $MODULE_NAME;
    public $MODULE_DESCRIPTION;
    public $PARTNER_NAME;
    public $PARTNER_URI;
    // The CRM's rights are its roles, mapped to Bitrix groups on the settings page (options.php),
    // not Bitrix's per-module access letters.
    public $MODULE_GROUP_RIGHTS = 'N';

    /** @var list<int> migrations this installer applied, the only ones a rollback may undo */
    protected array $appliedVersions = [];

    /** @var array<string, ?string> files InstallFiles wrote => their earlier content (null: the file is new) */
    protected array $writtenFiles = [];

    /** Whether InstallAgents added the agent (an agent of an earlier install is not ours to remove on rollback). */
    protected bool $addedAgent = false;

    public function __construct()
    {
        Loc::loadMessages(__FILE__);
        $arModuleVersion = [];
        include __DIR__ . '/version.php';
        $this->MODULE_VERSION = $arModuleVersion['VERSION'];
        $this->MODULE_VERSION_DATE = $arModuleVersion['VERSION_DATE'];
        $this->MODULE_NAME = Loc::getMessage('KCRM_INSTALL_MODULE_NAME');
        $this->MODULE_DESCRIPTION = Loc::getMessage('KCRM_INSTALL_MODULE_DESCRIPTION');
        $this->PARTNER_NAME = Loc::getMessage('KCRM_INSTALL_PARTNER_NAME');
        $this->PARTNER_URI = Loc::getMessage('KCRM_INSTALL_PARTNER_URI');
    }

    /** Each finished step pushes its undo; a failure runs them newest first and reports why. */
    public function DoInstall()
    {
        global $APPLICATION;
        $undo = [];
        try {
            // Each undo is queued before its step, so a step that fails halfway is undone too;
            // the undos touch only what their step recorded as done.
            $undo[] = fn () => $this->UnInstallDB(['rollback' => true]);
            $this->InstallDB();
            $undo[] = fn () => $this->restoreFiles();
            $this->InstallFiles();
            $undo[] = fn () => $this->UnInstallEvents();
            $this->InstallEvents();
            $undo[] = fn () => $this->removeAddedAgent();
            $this->InstallAgents();
            ModuleManager::registerModule($this->MODULE_ID);
        } catch (\Throwable $e) {
            foreach (array_reverse($undo) as $step) {
                try {
                    $step();
                } catch (\Throwable $ignored) {
                    // The first failure is what the admin must see; a failing undo must not hide it.
                }
            }
            if (ModuleManager::isModuleInstalled($this->MODULE_ID)) {
                ModuleManager::unRegisterModule($this->MODULE_ID);
            }
            $APPLICATION->ThrowException(
                (string) (Loc::getMessage('KCRM_INSTALL_FAILED', ['#ERROR#' => $e->getMessage()]) ?? $e->getMessage())
            );
            return false;
        }
        return true;
    }

    /**
     * Tables are kept unless the admin asked to drop them ($_REQUEST['savedata'] === 'N'):
     * a customer's cards must not vanish with a careless click.
     */
    public function DoUninstall()
    {
        $this->UnInstallAgents();
        $this->UnInstallEvents();
        $this->UnInstallFiles();
        $this->UnInstallDB(['savedata' => ($_REQUEST['savedata'] ?? 'Y') !== 'N']);
        ModuleManager::unRegisterModule($this->MODULE_ID);
        return true;
    }

    public function InstallDB()
    {
        $this->loadLib();
        $result = (new Installer($this->connection(), __DIR__ . '/db'))->install();
        $this->appliedVersions = $result->appliedVersions;
        return true;
    }

    /** @param array{rollback?: bool, savedata?: bool} $params */
    public function UnInstallDB($params = [])
    {
        $this->loadLib();
        $installer = new Installer($this->connection(), __DIR__ . '/db');
        if (!empty($params['rollback'])) {
            $installer->uninstall($this->appliedVersions);
            $this->appliedVersions = [];
        } elseif (empty($params['savedata'])) {
            $installer->uninstall($installer->migrator()->applied());
        }
        return true;
    }

    public function InstallFiles()
    {
        $target = $this->documentRoot() . '/bitrix/admin';
        if (!is_dir($target) && !mkdir($target, 0775, true) && !is_dir($target)) {
            throw new \RuntimeException("Cannot create $target.");
        }
        foreach (glob(__DIR__ . '/admin/*.php') ?: [] as $source) {
            $destination = $target . '/' . basename($source);
            $this->writtenFiles[$destination] = is_file($destination) ? (string) file_get_contents($destination) : null;
            if (!copy($source, $destination)) {
                throw new \RuntimeException("Cannot copy $source to $destination.");
            }
        }
        return true;
    }

    public function UnInstallFiles()
    {
        foreach (glob(__DIR__ . '/admin/*.php') ?: [] as $source) {
            $file = $this->documentRoot() . '/bitrix/admin/' . basename($source);
            if (is_file($file)) {
                unlink($file);
            }
        }
        return true;
    }

    /** Rollback of InstallFiles: new files go, files that were there before get their old content back. */
    protected function restoreFiles(): void
    {
        foreach ($this->writtenFiles as $file => $earlier) {
            if ($earlier !== null) {
                file_put_contents($file, $earlier);
            } elseif (is_file($file)) {
                unlink($file);
            }
        }
        $this->writtenFiles = [];
    }

    /** The agent that runs queued imports inside Bitrix (Jobs\Agent), once a minute. */
    public function InstallAgents()
    {
        $this->loadLib();
        $existing = \CAgent::GetList([], ['NAME' => Agent::CALL, 'MODULE_ID' => $this->MODULE_ID])->Fetch();
        if ($existing) {
            return true;
        }
        $id = \CAgent::AddAgent(Agent::CALL, $this->MODULE_ID, 'N', Agent::INTERVAL);
        if (!$id) {
            throw new \RuntimeException('Cannot register the agent ' . Agent::CALL);
        }
        $this->addedAgent = true;
        return true;
    }

    public function UnInstallAgents()
    {
        \CAgent::RemoveModuleAgents($this->MODULE_ID);
        return true;
    }

    protected function removeAddedAgent(): void
    {
        if ($this->addedAgent) {
            \CAgent::RemoveAgent(Agent::CALL, $this->MODULE_ID);
            $this->addedAgent = false;
        }
    }

    public function InstallEvents()
    {
        return true;
    }

    public function UnInstallEvents()
    {
        return true;
    }

    protected function connection(): \Kartoteka\Crm\Db\Connection
    {
        return BitrixHost::connection();
    }

    protected function documentRoot(): string
    {
        return rtrim((string) ($_SERVER['DOCUMENT_ROOT'] ?? ''), '/');
    }

    /** The module is not registered yet while installing, so Bitrix's loader does not know lib/. */
    private function loadLib(): void
    {
        require_once dirname(__DIR__) . '/lib/autoloader.php';
        \Kartoteka\Crm\Autoloader::register(dirname(__DIR__) . '/lib');
    }
}
