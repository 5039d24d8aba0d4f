<?php
// Russian messages of module/kartoteka.crm/lib/http/views/dashboard.php.
$MESS['KCRM_DASHBOARD_GREETING'] = 'Здравствуйте, #NAME#!';
$MESS['KCRM_DASHBOARD_COMPANIES'] = 'Компании';
$MESS['KCRM_DASHBOARD_CONTACTS'] = 'Контактные лица';
$MESS['KCRM_DASHBOARD_OPEN_TASKS'] = 'Открытые задачи';
