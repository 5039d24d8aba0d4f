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

    /** The parts of Bitrix's $APPLICATION the installer uses. */
    final class CMain
    {
        public ?string $exception = null;

        public function ThrowException(string $message): void
        {
            $this->exception = $message;
        }
    }
}
