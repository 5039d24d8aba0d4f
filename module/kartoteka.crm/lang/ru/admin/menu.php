<?php
// Russian messages of module/kartoteka.crm/admin/menu.php.
$MESS['KCRM_MENU_ROOT'] = 'Картотека CRM';
$MESS['KCRM_MENU_ROOT_TITLE'] = 'Компании, контакты, дела и задачи';
$MESS['KCRM_MENU_DASHBOARD'] = 'Сводка';
$MESS['KCRM_MENU_COMPANIES'] = 'Организации';
$MESS['KCRM_MENU_CONTACTS'] = 'Контактные лица';
$MESS['KCRM_MENU_TASKS'] = 'Задачи и дела';
$MESS['KCRM_MENU_REPORTS'] = 'Отчёты';
$MESS['KCRM_MENU_IMPORT'] = 'Импорт';
$MESS['KCRM_MENU_AUDIT'] = 'Журнал аудита';
