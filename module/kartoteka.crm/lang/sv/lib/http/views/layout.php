<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/layout.php.
$MESS['KCRM_LAYOUT_PRODUCT'] = 'Kartoteka CRM';
$MESS['KCRM_LAYOUT_LANGUAGE'] = 'Språk';
$MESS['KCRM_LAYOUT_LANGUAGE_RU'] = 'Русский';
$MESS['KCRM_LAYOUT_LANGUAGE_EN'] = 'English';
$MESS['KCRM_LAYOUT_LANGUAGE_SV'] = 'Svenska';
$MESS['KCRM_LAYOUT_LOGOUT'] = 'Logga ut';
$MESS['KCRM_LAYOUT_NAV_DASHBOARD'] = 'Översikt';
$MESS['KCRM_LAYOUT_NAV_COMPANIES'] = 'Organisationer';
$MESS['KCRM_LAYOUT_NAV_CONTACTS'] = 'Kontaktpersoner';
$MESS['KCRM_LAYOUT_NAV_IMPORT'] = 'Import';
$MESS['KCRM_LAYOUT_NAV_USERS'] = 'Användare';
$MESS['KCRM_LAYOUT_NAV_AUDIT'] = 'Granskningslogg';
$MESS['KCRM_LAYOUT_NAV_REPORTS'] = 'Rapporter';
$MESS['KCRM_LAYOUT_NAV_TASKS'] = 'Uppgifter';
