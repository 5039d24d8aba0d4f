<?php
// Runs when the module is included: makes lib/ loadable and refuses to load without the crm extension.

use Kartoteka\Crm\Autoloader;
use Kartoteka\Crm\Extension;

require_once __DIR__ . '/lib/autoloader.php';

// Inside Bitrix its loader already maps lib/ by the same rule; outside, ours does. The loader is
// registered before the extension check so that the database layer stays usable without it.
if (!class_exists('Bitrix\\Main\\Loader', false)) {
    Autoloader::register(__DIR__ . '/lib');
}

$kcrmProblem = Extension::problemHere();
if ($kcrmProblem !== null) {
    if (class_exists('Bitrix\\Main\\Localization\\Loc')) {
        \Bitrix\Main\Localization\Loc::loadMessages(Extension::messageSource());
        $kcrmMessage = \Bitrix\Main\Localization\Loc::getMessage($kcrmProblem, Extension::replacements());
    } else {
        $kcrmMessages = new \Kartoteka\Crm\Localization\Messages(getenv('LANG') ?: 'en');
        $kcrmMessages->loadMessages(Extension::messageSource());
        $kcrmMessage = $kcrmMessages->getMessage($kcrmProblem, Extension::replacements());
    }
    if (isset($GLOBALS['APPLICATION']) && is_object($GLOBALS['APPLICATION']) && method_exists($GLOBALS['APPLICATION'], 'ThrowException')) {
        $GLOBALS['APPLICATION']->ThrowException($kcrmMessage);
    } else {
        trigger_error((string) $kcrmMessage, E_USER_WARNING);
    }
    return false;
}

return true;
