<?php
// English messages of module/kartoteka.crm/admin/menu.php.
$MESS['KCRM_MENU_ROOT'] = 'Kartoteka CRM';
$MESS['KCRM_MENU_ROOT_TITLE'] = 'Companies, contacts, activities and tasks';
$MESS['KCRM_MENU_DASHBOARD'] = 'Dashboard';
