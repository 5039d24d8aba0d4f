<?php
// Hand-written stand-ins for the few Bitrix symbols the module touches; written from Bitrix's
// public documentation, no Bitrix code. Each keeps just enough state for the tests to look at.

namespace Bitrix\Main\Config {
    final class Option
    {
        /** @var array<string, array<string, string>> */
        public static array $values = [];

        public static function get(string $moduleId, string $name, string $default = ''): string
        {
            return self::$values[$moduleId][$name] ?? $default;
        }

        public static function set(string $moduleId, string $name, string $value = ''): void
        {
            self::$values[$moduleId][$name] = $value;
        }
    }
}

namespace Bitrix\Main\Localization {
    final class Loc
    {
        public static string $language = 'en';
        /** @var array<string, string> */
        private static array $messages = [];

        public static function loadMessages(string $file): void
        {
            // Bitrix mirrors the file's path below the nearest lang/ folder; so does this fake.
            $dir = dirname($file);
            $relative = basename($file);
            while (!is_dir($dir . '/lang') && dirname($dir) !== $dir) {
                $relative = basename($dir) . '/' . $relative;
                $dir = dirname($dir);
            }
            $langFile = $dir . '/lang/' . self::$language . '/' . $relative;
            if (is_file($langFile)) {
                $MESS = [];
                include $langFile;
                self::$messages = $MESS + self::$messages;
            }
        }

        public static function getMessage(string $code, ?array $replace = null, ?string $language = null): ?string
        {
            $text = self::$messages[$code] ?? null;
            return ($text !== null && $replace) ? strtr($text, $replace) : $text;
        }

        public static function getCurrentLang(): string
        {
            return self::$language;
        }

        public static function reset(): void
        {
            self::$messages = [];
        }
    }
}

namespace Bitrix\Main {
    /** Bitrix's user groups (b_group) as the settings page lists them. */
    final class GroupTable
    {
        /** @var array<int, string> id => name */
        public static array $groups = [1 => 'Administrators', 2 => 'Everyone'];

        public static function getList(array $parameters = []): object
        {
            $rows = [];
            foreach (self::$groups as $id => $name) {
                $rows[] = ['ID' => (string) $id, 'NAME' => $name];
            }
            return new class ($rows) {
                public function __construct(private array $rows)
                {
                }

                public function fetchAll(): array
                {
                    return $this->rows;
                }
            };
        }
    }

    final class ModuleManager
    {
        /** @var array<string, true> */
        public static array $installed = [];
        public static ?\Throwable $failOnRegister = null;

        public static function registerModule(string $moduleId): void
        {
            if (self::$failOnRegister !== null) {
                throw self::$failOnRegister;
            }
            self::$installed[$moduleId] = true;
        }

        public static function unRegisterModule(string $moduleId): void
        {
            unset(self::$installed[$moduleId]);
        }

        public static function isModuleInstalled(string $moduleId): bool
        {
            return isset(self::$installed[$moduleId]);
        }
    }
}

namespace {
    class CModule
    {
    }

    /** The parts of Bitrix's $USER the module reads. */
    final class CUser
    {
        /** @param list<int> $groups */
        public function __construct(
            private ?int $id = null,
            private string $login = '',
            private string $fullName = '',
            private array $groups = [2],
        ) {
        }

        public function IsAuthorized(): bool
        {
            return $this->id !== null;
        }

        public function GetID(): ?int
        {
            return $this->id;
        }

        public function GetLogin(): string
        {
            return $this->login;
        }

        public function GetFullName(): string
        {
            return $this->fullName;
        }

        public function GetUserGroupArray(): array
        {
            return $this->groups;
        }
    }

    /** The parts of Bitrix's $APPLICATION the installer and the admin pages use. */
    final class CMain
    {
        public ?string $exception = null;
        private string $title = '';

        public function ThrowException(string $message): void
        {
            $this->exception = $message;
        }

        public function GetException(): ?object
        {
            return $this->exception === null ? null : new class ($this->exception) {
                public function __construct(private string $message)
                {
                }

                public function GetString(): string
                {
                    return $this->message;
                }
            };
        }

        public function SetTitle(string $title): void
        {
            $this->title = $title;
        }

        public function GetTitle(): string
        {
            return $this->title;
        }

        /** @var list<string> */
        public array $css = [];

        public function SetAdditionalCSS(string $url): void
        {
            $this->css[] = $url;
        }

        /** Drops what the page printed so far, as Bitrix does before sending JSON or a redirect. */
        public function RestartBuffer(): void
        {
            while (ob_get_level() > 0) {
                ob_end_clean();
            }
        }

        public function GetCurPage(): string
        {
            return (string) parse_url((string) ($_SERVER['REQUEST_URI'] ?? '/'), PHP_URL_PATH);
        }

        /** Bitrix's administrators may change every module's settings; nobody else here. */
        public function GetGroupRight(string $moduleId): string
        {
            $user = $GLOBALS['USER'] ?? null;
            return $user instanceof CUser && in_array(1, $user->GetUserGroupArray(), true) ? 'W' : 'D';
        }

        public function AuthForm(string $message): void
        {
            http_response_code(401);
            echo '<form id="bitrix-auth">' . htmlspecialchars($message) . '</form>';
            exit;
        }
    }

    /** Bitrix's agents table (b_agent): what the installer registers and removes. */
    final class CAgent
    {
        /** @var array<int, array{ID: int, NAME: string, MODULE_ID: string, IS_PERIOD: string, AGENT_INTERVAL: int}> */
        public static array $agents = [];
        public static bool $failOnAdd = false;
        private static int $nextId = 1;

        public static function AddAgent(string $name, string $module = '', string $period = 'N', int $interval = 86400): int|false
        {
            if (self::$failOnAdd) {
                return false;
            }
            $id = self::$nextId++;
            self::$agents[$id] = ['ID' => $id, 'NAME' => $name, 'MODULE_ID' => $module, 'IS_PERIOD' => $period, 'AGENT_INTERVAL' => $interval];
            return $id;
        }

        public static function GetList(array $order = [], array $filter = []): object
        {
            $rows = array_values(array_filter(self::$agents, static function (array $agent) use ($filter): bool {
                foreach ($filter as $field => $value) {
                    if ($agent[$field] !== $value) {
                        return false;
                    }
                }
                return true;
            }));
            return new class ($rows) {
                public function __construct(private array $rows)
                {
                }

                public function Fetch(): array|false
                {
                    return array_shift($this->rows) ?? false;
                }
            };
        }

        public static function RemoveAgent(string $name, string $module = ''): void
        {
            self::$agents = array_filter(self::$agents, static fn (array $a): bool => !($a['NAME'] === $name && $a['MODULE_ID'] === $module));
        }

        public static function RemoveModuleAgents(string $module): void
        {
            self::$agents = array_filter(self::$agents, static fn (array $a): bool => $a['MODULE_ID'] !== $module);
        }
    }
}
