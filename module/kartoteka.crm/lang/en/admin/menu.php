<?php
// English messages of module/kartoteka.crm/admin/menu.php.
$MESS['KCRM_MENU_ROOT'] = 'Kartoteka CRM';
$MESS['KCRM_MENU_ROOT_TITLE'] = 'Companies, contacts, activities and tasks';
$MESS['KCRM_MENU_DASHBOARD'] = 'Dashboard';
$MESS['KCRM_MENU_COMPANIES'] = 'Organisations';
$MESS['KCRM_MENU_CONTACTS'] = 'Contact persons';
$MESS['KCRM_MENU_TASKS'] = 'Tasks and activities';
$MESS['KCRM_MENU_REPORTS'] = 'Reports';
$MESS['KCRM_MENU_IMPORT'] = 'Import';
$MESS['KCRM_MENU_AUDIT'] = 'Audit log';
