<?php
// Russian messages of module/kartoteka.crm/admin/dashboard.php.
$MESS['KCRM_ADMIN_ACCESS_DENIED'] = 'Нет доступа к Картотеке CRM.';
$MESS['KCRM_ADMIN_MODULE_NOT_LOADED'] = 'Модуль kartoteka.crm не загружен.';
$MESS['KCRM_ADMIN_DASHBOARD_TITLE'] = 'Картотека CRM: сводка';
