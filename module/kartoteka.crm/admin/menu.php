<?php
// The module's entries in Bitrix's admin menu, shown to users with at least read access.

use Bitrix\Main\Localization\Loc;

Loc::loadMessages(__FILE__);

if ($APPLICATION->GetGroupRight('kartoteka.crm') < 'R') {
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
    'items' => [
        [
            'text' => Loc::getMessage('KCRM_MENU_DASHBOARD'),
            'url' => 'kartoteka_crm_dashboard.php?lang=' . LANGUAGE_ID,
            'more_url' => [],
            'title' => Loc::getMessage('KCRM_MENU_DASHBOARD'),
        ],
    ],
];
