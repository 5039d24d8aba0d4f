<?php
// The body of every CRM page in Bitrix's admin panel. The page's script (admin/<screen>.php) sets
// $kcrmScreen and includes this: Bitrix's prolog, then the same controllers and templates as the
// standalone host through BitrixHost (which checks the user's CRM rights), then Bitrix's epilog.

use Bitrix\Main\Loader;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Host\BitrixAdminPage;
use Kartoteka\Crm\Http\Request;
use Kartoteka\Crm\Http\Response;

/** @var string $kcrmScreen */
require_once $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_before.php';

Loc::loadMessages(__FILE__);

// Without the crm extension include.php refuses to load; the page says why instead of failing.
if (!Loader::includeModule('kartoteka.crm')) {
    require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_after.php';
    $kcrmException = $APPLICATION->GetException();
    CAdminMessage::ShowMessage($kcrmException ? $kcrmException->GetString() : Loc::getMessage('KCRM_ADMIN_MODULE_NOT_LOADED'));
    require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/epilog_admin.php';
    return;
}

$kcrmPage = BitrixAdminPage::forBitrix($USER, $kcrmScreen);
$kcrmAnswer = $kcrmPage->answer(Request::fromGlobals());

if ($kcrmAnswer instanceof Response) {
    // Redirects after a form, JSON for the live checks and the import's progress, the polling
    // script: sent alone, without the admin frame.
    $APPLICATION->RestartBuffer();
    $kcrmAnswer->send();
    define('ADMIN_AJAX_MODE', true);
    require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/epilog_admin_after.php';
    die();
}

http_response_code($kcrmAnswer->status);
$APPLICATION->SetTitle($kcrmPage->title($kcrmAnswer));
$APPLICATION->SetAdditionalCSS($kcrmPage->stylesheetUrl());
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_after.php';
echo $kcrmPage->body($kcrmAnswer);
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/epilog_admin.php';
