<?php
// Russian messages of module/kartoteka.crm/lib/http/views/layout.php.
$MESS['KCRM_LAYOUT_PRODUCT'] = 'Картотека CRM';
$MESS['KCRM_LAYOUT_LANGUAGE'] = 'Язык';
$MESS['KCRM_LAYOUT_LANGUAGE_RU'] = 'Русский';
$MESS['KCRM_LAYOUT_LANGUAGE_EN'] = 'English';
$MESS['KCRM_LAYOUT_LANGUAGE_SV'] = 'Svenska';
$MESS['KCRM_LAYOUT_LOGOUT'] = 'Выйти';
$MESS['KCRM_LAYOUT_NAV_DASHBOARD'] = 'Сводка';
$MESS['KCRM_LAYOUT_NAV_COMPANIES'] = 'Организации';
$MESS['KCRM_LAYOUT_NAV_CONTACTS'] = 'Контактные лица';
$MESS['KCRM_LAYOUT_NAV_IMPORT'] = 'Импорт';
$MESS['KCRM_LAYOUT_NAV_USERS'] = 'Пользователи';
$MESS['KCRM_LAYOUT_NAV_AUDIT'] = 'Журнал аудита';
$MESS['KCRM_LAYOUT_NAV_REPORTS'] = 'Отчёты';
$MESS['KCRM_LAYOUT_NAV_TASKS'] = 'Задачи';
