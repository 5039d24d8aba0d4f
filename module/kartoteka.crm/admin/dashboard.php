<?php
// Bitrix admin page: the CRM dashboard with the counts of companies, contacts and open tasks.

use Bitrix\Main\Loader;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Host\BitrixHost;
use Kartoteka\Crm\Http\View;
use Kartoteka\Crm\Report\Summary;

require_once $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_before.php';

Loc::loadMessages(__FILE__);

if ($APPLICATION->GetGroupRight('kartoteka.crm') < 'R') {
    $APPLICATION->AuthForm(Loc::getMessage('KCRM_ADMIN_ACCESS_DENIED'));
}
if (!Loader::includeModule('kartoteka.crm')) {
    require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_after.php';
    $exception = $APPLICATION->GetException();
    CAdminMessage::ShowMessage($exception ? $exception->GetString() : Loc::getMessage('KCRM_ADMIN_MODULE_NOT_LOADED'));
    require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/epilog_admin.php';
    return;
}

$host = new BitrixHost($USER);
$counts = (new Summary(BitrixHost::connection(), $host->currentUser()))->counts();
$APPLICATION->SetTitle(Loc::getMessage('KCRM_ADMIN_DASHBOARD_TITLE'));

require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_after.php';
echo (new View($host))->render('dashboard', ['counts' => $counts, 'user' => $host->currentUser()]);
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/epilog_admin.php';
