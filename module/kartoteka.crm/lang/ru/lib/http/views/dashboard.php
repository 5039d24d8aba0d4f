<?php
// Russian messages of module/kartoteka.crm/lib/http/views/dashboard.php.
$MESS['KCRM_DASHBOARD_GREETING'] = 'Здравствуйте, #NAME#!';
$MESS['KCRM_DASHBOARD_COMPANIES'] = 'Компании';
$MESS['KCRM_DASHBOARD_CONTACTS'] = 'Контактные лица';
$MESS['KCRM_DASHBOARD_OPEN_TASKS'] = 'Открытые задачи';
$MESS['KCRM_DASHBOARD_MY_TASKS'] = 'Мои задачи на сегодня';
$MESS['KCRM_DASHBOARD_NO_TASKS'] = 'На сегодня задач нет.';
$MESS['KCRM_DASHBOARD_RECENT'] = 'Последние события';
$MESS['KCRM_DASHBOARD_NO_ACTIVITIES'] = 'Пока ничего не записано.';
