<?php
// English messages of module/kartoteka.crm/lib/http/views/layout.php.
$MESS['KCRM_LAYOUT_PRODUCT'] = 'Kartoteka CRM';
$MESS['KCRM_LAYOUT_LANGUAGE'] = 'Language';
$MESS['KCRM_LAYOUT_LANGUAGE_RU'] = 'Русский';
$MESS['KCRM_LAYOUT_LANGUAGE_EN'] = 'English';
$MESS['KCRM_LAYOUT_LANGUAGE_SV'] = 'Svenska';
$MESS['KCRM_LAYOUT_LOGOUT'] = 'Sign out';
$MESS['KCRM_LAYOUT_NAV_DASHBOARD'] = 'Dashboard';
$MESS['KCRM_LAYOUT_NAV_COMPANIES'] = 'Organisations';
$MESS['KCRM_LAYOUT_NAV_CONTACTS'] = 'Contact persons';
$MESS['KCRM_LAYOUT_NAV_IMPORT'] = 'Import';
$MESS['KCRM_LAYOUT_NAV_USERS'] = 'Users';
$MESS['KCRM_LAYOUT_NAV_AUDIT'] = 'Audit log';
$MESS['KCRM_LAYOUT_NAV_REPORTS'] = 'Reports';
$MESS['KCRM_LAYOUT_NAV_TASKS'] = 'Tasks';
