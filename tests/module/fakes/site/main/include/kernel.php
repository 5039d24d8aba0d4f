<?php
// The rest of a fake Bitrix for the admin pages under "php -S": the loader, the request, the few
// global functions the module's admin pages and settings page call. Written from Bitrix's public
// documentation, no Bitrix code.

namespace Bitrix\Main {
    final class Loader
    {
        /** Like Bitrix: includes the module's include.php once and maps its lib/ by the D7 rule. */
        public static function includeModule(string $moduleId): bool
        {
            static $included = [];
            if (!isset($included[$moduleId])) {
                $dir = $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/' . $moduleId;
                require_once $dir . '/lib/autoloader.php';
                \Kartoteka\Crm\Autoloader::register($dir . '/lib');
                $included[$moduleId] = (include $dir . '/include.php') !== false;
            }
            return $included[$moduleId];
        }
    }

    final class Context
    {
        public static function getCurrent(): self
        {
            return new self();
        }

        public function getRequest(): object
        {
            return new class () {
                public function isPost(): bool
                {
                    return ($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST';
                }

                public function getPost(string $name): mixed
                {
                    return $_POST[$name] ?? null;
                }
            };
        }
    }
}

namespace {
    final class CAdminMessage
    {
        public static function ShowMessage(string $message): void
        {
            echo '<div class="adm-info-message">' . htmlspecialchars($message) . '</div>';
        }
    }

    function htmlspecialcharsbx(string $value): string
    {
        return htmlspecialchars($value, ENT_QUOTES, 'UTF-8');
    }

    function bitrix_sessid(): string
    {
        return md5(session_id());
    }

    function bitrix_sessid_post(): string
    {
        return '<input type="hidden" name="sessid" value="' . bitrix_sessid() . '">';
    }

    function check_bitrix_sessid(): bool
    {
        return ($_POST['sessid'] ?? '') === bitrix_sessid();
    }

    function AddMessage2Log(string $text, string $module = ''): void
    {
        error_log("[$module] $text");
    }
}
