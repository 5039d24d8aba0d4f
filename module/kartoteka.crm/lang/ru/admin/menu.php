<?php
// Russian messages of module/kartoteka.crm/admin/menu.php.
$MESS['KCRM_MENU_ROOT'] = 'Картотека CRM';
$MESS['KCRM_MENU_ROOT_TITLE'] = 'Компании, контакты, дела и задачи';
$MESS['KCRM_MENU_DASHBOARD'] = 'Сводка';
