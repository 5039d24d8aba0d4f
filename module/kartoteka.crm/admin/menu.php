<?php
// The module's entries in Bitrix's admin menu (Services): one per CRM screen, each shown only to
// users whose CRM role may open it; users without a CRM role see no entry at all.

use Bitrix\Main\Loader;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Access\Permissions;
use Kartoteka\Crm\Host\BitrixHost;

Loc::loadMessages(__FILE__);

if (!Loader::includeModule('kartoteka.crm')) {
    return false;
}

$kcrmRoles = (new BitrixHost($USER))->userGroups();
if ($kcrmRoles === []) {
    return false;
}
try {
    $kcrmPermissions = new Permissions(BitrixHost::connection());
} catch (\Throwable $e) {
    // A CRM database that is down must not take Bitrix's whole admin menu with it.
    return false;
}

$kcrmItems = [];
// screen => [message, right that opens it (entity, action), scripts that belong to the entry]
foreach ([
    'dashboard' => ['KCRM_MENU_DASHBOARD', 'dashboard', 'view', []],
    'companies' => ['KCRM_MENU_COMPANIES', 'company', 'view', ['company', 'company_edit']],
    'contacts' => ['KCRM_MENU_CONTACTS', 'contact', 'view', ['contact', 'contact_edit']],
    'tasks' => ['KCRM_MENU_TASKS', 'activity', 'view', []],
    'reports' => ['KCRM_MENU_REPORTS', 'report', 'view', []],
    'import' => ['KCRM_MENU_IMPORT', 'import', 'import', []],
    'audit' => ['KCRM_MENU_AUDIT', 'settings', 'view', []],
] as $kcrmScreen => [$kcrmText, $kcrmEntity, $kcrmAction, $kcrmMore]) {
    if (!$kcrmPermissions->allows($kcrmRoles, $kcrmEntity, $kcrmAction)) {
        continue;
    }
    $kcrmItems[] = [
        'text' => Loc::getMessage($kcrmText),
        'title' => Loc::getMessage($kcrmText),
        'url' => 'kartoteka_crm_' . $kcrmScreen . '.php?lang=' . LANGUAGE_ID,
        'more_url' => array_map(static fn (string $s): string => 'kartoteka_crm_' . $s . '.php', $kcrmMore),
        'items_id' => 'menu_kartoteka_crm_' . $kcrmScreen,
    ];
}
if ($kcrmItems === []) {
    return false;
}

return [
    'parent_menu' => 'global_menu_services',
    'section' => 'kartoteka_crm',
    'sort' => 100,
    'text' => Loc::getMessage('KCRM_MENU_ROOT'),
    'title' => Loc::getMessage('KCRM_MENU_ROOT_TITLE'),
    'icon' => 'sale_menu_icon_crm',
    'items_id' => 'menu_kartoteka_crm',
    'items' => $kcrmItems,
];
