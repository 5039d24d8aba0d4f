<?php
// Swedish messages of module/kartoteka.crm/admin/menu.php.
$MESS['KCRM_MENU_ROOT'] = 'Kartoteka CRM';
$MESS['KCRM_MENU_ROOT_TITLE'] = 'Företag, kontakter, aktiviteter och uppgifter';
$MESS['KCRM_MENU_DASHBOARD'] = 'Översikt';
