<?php
// The host inside 1C-Bitrix: the user from $USER, settings through Option, messages through Loc.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

use Bitrix\Main\Config\Option;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Access\User;
use Kartoteka\Crm\Db\Connection;

final class BitrixHost implements Host
{
    public const MODULE_ID = 'kartoteka.crm';

    /**
     * @param \CUser $user Bitrix's $USER, passed in by the page entry file so that this class
     *                     reads no globals
     */
    public function __construct(
        private readonly object $user,
        private readonly string $adminPath = '/bitrix/admin/',
    ) {
    }

    /**
     * The CRM's database inside Bitrix: the "db_dsn" setting when set, else Bitrix's own
     * database (its tables and ours do not clash: ours all start with kcrm_).
     */
    public static function connection(): Connection
    {
        $dsn = (string) Option::get(self::MODULE_ID, 'db_dsn', '');
        if ($dsn !== '') {
            return Connection::open($dsn);
        }
        $main = \Bitrix\Main\Application::getConnection();
        [$host, $port] = array_pad(explode(':', (string) $main->getHost(), 2), 2, null);
        $driver = $main->getType() === 'pgsql' ? 'pgsql' : 'mysql';
        $pdoDsn = $driver . ':host=' . $host . ($port !== null ? ';port=' . $port : '') . ';dbname=' . $main->getDatabase();
        return Connection::open($pdoDsn, (string) $main->getLogin(), (string) $main->getPassword());
    }

    public function currentUser(): ?User
    {
        if (!$this->user->IsAuthorized()) {
            return null;
        }
        return new User(
            (int) $this->user->GetID(),
            (string) $this->user->GetLogin(),
            trim((string) $this->user->GetFullName()),
            $this->userGroups(),
        );
    }

    /** Bitrix access codes for groups are "G" + group id; permissions are stored by that code. */
    public function userGroups(): array
    {
        if (!$this->user->IsAuthorized()) {
            return [];
        }
        return array_values(array_map(
            static fn ($id): string => 'G' . (int) $id,
            (array) $this->user->GetUserGroupArray()
        ));
    }

    public function setting(string $name, ?string $default = null): ?string
    {
        // Option::get already falls back to default_option.php; $default only covers a name missing there.
        $value = Option::get(self::MODULE_ID, $name, $default ?? '');
        return $value === '' ? $default : (string) $value;
    }

    public function setSetting(string $name, string $value): void
    {
        Option::set(self::MODULE_ID, $name, $value);
    }

    public function language(): string
    {
        return (string) Loc::getCurrentLang();
    }

    public function loadMessages(string $sourceFile): void
    {
        Loc::loadMessages($sourceFile);
    }

    public function translate(string $code, array $replace = []): string
    {
        $text = Loc::getMessage($code, $replace ?: null);
        return ($text === null || $text === '') ? $code : (string) $text;
    }

    public function pageUrl(string $page, array $query = []): string
    {
        $query = ['lang' => $this->language()] + $query;
        return $this->adminPath . 'kartoteka_crm_' . rawurlencode($page) . '.php?' . http_build_query($query);
    }
}
