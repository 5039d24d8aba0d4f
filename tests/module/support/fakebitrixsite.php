<?php
// A Bitrix document root for HTTP tests: the fake kernel (tests/module/fakes/site), the module under
// /bitrix/modules/kartoteka.crm, its admin scripts installed by kartoteka_crm::InstallFiles, and the
// state the fake prolog reads (settings, Bitrix groups) in fake-bitrix.json.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Bitrix\Main\Config\Option;

final class FakeBitrixSite
{
    public readonly string $root;

    /**
     * @param array<string, string> $options settings of kartoteka.crm besides the database
     * @param array<int, string> $groups Bitrix groups, id => name
     */
    public function __construct(string $dsn, array $options = [], array $groups = [1 => 'Administrators', 2 => 'Everyone'])
    {
        $this->root = TestDatabase::tempDir();
        foreach (['/bitrix/modules', '/bitrix/admin', '/sessions', '/uploads'] as $dir) {
            mkdir($this->root . $dir, 0777, true);
        }
        symlink(KCRM_MODULE_DIR, $this->root . '/bitrix/modules/kartoteka.crm');
        symlink(dirname(__DIR__) . '/fakes/site/main', $this->root . '/bitrix/modules/main');
        foreach (glob(dirname(__DIR__) . '/fakes/site/admin/*.php') ?: [] as $script) {
            copy($script, $this->root . '/bitrix/admin/' . basename($script));
        }
        $this->write([
            'options' => ['kartoteka.crm' => ['db_dsn' => $dsn, 'upload_dir' => $this->root . '/uploads'] + $options],
            'groups' => array_map(static fn (int $id, string $name): array => ['id' => $id, 'name' => $name], array_keys($groups), $groups),
        ]);
    }

    /** Runs kartoteka_crm::DoInstall() against this document root, as Bitrix's module page would. */
    public function install(): bool
    {
        require_once dirname(__DIR__) . '/fakes/bitrix.php';
        require_once KCRM_MODULE_DIR . '/install/index.php';
        $saved = [$_SERVER['DOCUMENT_ROOT'] ?? null, Option::$values, $GLOBALS['APPLICATION'] ?? null];
        $_SERVER['DOCUMENT_ROOT'] = $this->root;
        Option::$values = $this->options();
        $GLOBALS['APPLICATION'] = new \CMain();
        try {
            return (new \kartoteka_crm())->DoInstall();
        } finally {
            [$_SERVER['DOCUMENT_ROOT'], Option::$values, $GLOBALS['APPLICATION']] = $saved;
        }
    }

    /** @return array<string, array<string, string>> the settings as Bitrix holds them now, by module */
    public function options(): array
    {
        return $this->read()['options'];
    }

    public function setOption(string $name, string $value): void
    {
        $state = $this->read();
        $state['options']['kartoteka.crm'][$name] = $value;
        $this->write($state);
    }

    /** The FAKE_USER cookie's value: who the fake prolog signs in as. @param list<int> $groups */
    public static function user(int $id, string $login, string $name, array $groups): string
    {
        return rawurlencode(implode('|', [$id, $login, $name, implode(',', $groups)]));
    }

    /** @return array<string, mixed> */
    private function read(): array
    {
        return json_decode((string) file_get_contents($this->root . '/fake-bitrix.json'), true, 512, JSON_THROW_ON_ERROR);
    }

    /** @param array<string, mixed> $state */
    private function write(array $state): void
    {
        file_put_contents($this->root . '/fake-bitrix.json', json_encode($state, JSON_THROW_ON_ERROR));
    }
}
