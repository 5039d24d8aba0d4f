<?php
// Swedish messages of module/kartoteka.crm/admin/menu.php.
$MESS['KCRM_MENU_ROOT'] = 'Kartoteka CRM';
$MESS['KCRM_MENU_ROOT_TITLE'] = 'Företag, kontakter, aktiviteter och uppgifter';
$MESS['KCRM_MENU_DASHBOARD'] = 'Översikt';
$MESS['KCRM_MENU_COMPANIES'] = 'Organisationer';
$MESS['KCRM_MENU_CONTACTS'] = 'Kontaktpersoner';
$MESS['KCRM_MENU_TASKS'] = 'Uppgifter och aktiviteter';
$MESS['KCRM_MENU_REPORTS'] = 'Rapporter';
$MESS['KCRM_MENU_IMPORT'] = 'Import';
$MESS['KCRM_MENU_AUDIT'] = 'Granskningslogg';
