<?php
// The host inside 1C-Bitrix: the user from $USER with their Bitrix groups mapped to the CRM's roles,
// settings through Option, messages through Loc, pages as scripts under /bitrix/admin/.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

use Bitrix\Main\Config\Option;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Access\User;
use Kartoteka\Crm\Db\Connection;

final class BitrixHost implements Host
{
    public const MODULE_ID = 'kartoteka.crm';

    /** The module's built-in groups (migration 004) that Bitrix groups are mapped to. */
    public const ROLES = ['admin', 'head_of_sales', 'sales_manager', 'support_agent'];

    /** Bitrix's own administrators' group: its members are the CRM's administrators without any mapping. */
    public const BITRIX_ADMINS = 1;

    /**
     * The admin scripts (kartoteka_crm_<screen>.php) and the pages each serves: the first is what
     * the script shows; the others are its forms' actions, named in "do".
     */
    public const SCREENS = [
        'dashboard' => ['dashboard', 'crm.css', 'admin.css'],
        'companies' => ['companies', 'companies_export'],
        'company' => ['company'],
        'company_edit' => ['company_edit', 'company_delete', 'company_restore', 'company_check', 'card_check.js'],
        'contacts' => ['contacts', 'contacts_export'],
        'contact' => ['contact'],
        'contact_edit' => ['contact_edit', 'contact_delete', 'contact_restore', 'contact_check', 'company_choices', 'company_picker.js'],
        'tasks' => ['tasks', 'activity_add', 'task_add', 'task_toggle'],
        'import' => ['import', 'import_preview', 'import_start', 'import_job', 'import_status', 'import_undo', 'import.js'],
        'reports' => ['reports'],
        'audit' => ['audit'],
    ];

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

    /** A module setting where no user is at hand (the agent); default_option.php fills in the rest. */
    public static function option(string $name, string $default = ''): string
    {
        $value = (string) Option::get(self::MODULE_ID, $name, $default);
        return $value === '' ? $default : $value;
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

    /**
     * The CRM roles of the user's Bitrix groups, as mapped on the module's settings page
     * (options "role_groups_<role>": Bitrix group ids, comma-separated). Bitrix's administrators
     * are the CRM's administrators; a user whose groups are not mapped has no role and no access.
     */
    public function userGroups(): array
    {
        if (!$this->user->IsAuthorized()) {
            return [];
        }
        $groupIds = array_map('intval', (array) $this->user->GetUserGroupArray());
        $roles = in_array(self::BITRIX_ADMINS, $groupIds, true) ? ['admin'] : [];
        foreach (self::ROLES as $role) {
            if (array_intersect(self::mappedGroups($role), $groupIds) !== []) {
                $roles[] = $role;
            }
        }
        return array_values(array_unique($roles));
    }

    /** @return list<int> the Bitrix group ids mapped to a CRM role */
    public static function mappedGroups(string $role): array
    {
        $ids = preg_split('/\D+/', (string) Option::get(self::MODULE_ID, 'role_groups_' . $role, ''), -1, PREG_SPLIT_NO_EMPTY) ?: [];
        return array_values(array_unique(array_map('intval', $ids)));
    }

    /** @param list<int> $groupIds */
    public static function mapGroups(string $role, array $groupIds): void
    {
        if (!in_array($role, self::ROLES, true)) {
            throw new \InvalidArgumentException(sprintf('No CRM role "%s".', $role));
        }
        $ids = array_values(array_unique(array_filter(array_map('intval', $groupIds), static fn (int $id): bool => $id > 0)));
        sort($ids);
        Option::set(self::MODULE_ID, 'role_groups_' . $role, implode(',', $ids));
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

    /** The admin script of the page's screen; a form's action also says which ("do"). */
    public function pageUrl(string $page, array $query = []): string
    {
        $screen = self::screenOf($page);
        $query = ['lang' => $this->language()] + ($screen === null || $screen === $page ? [] : ['do' => $page]) + $query;
        return $this->adminPath . 'kartoteka_crm_' . rawurlencode($screen ?? $page) . '.php?' . http_build_query($query);
    }

    public static function screenOf(string $page): ?string
    {
        foreach (self::SCREENS as $screen => $pages) {
            if (in_array($page, $pages, true)) {
                return $screen;
            }
        }
        return null;
    }
}
