<?php
// English messages of module/kartoteka.crm/lib/http/views/dashboard.php.
$MESS['KCRM_DASHBOARD_GREETING'] = 'Hello, #NAME#!';
$MESS['KCRM_DASHBOARD_COMPANIES'] = 'Companies';
$MESS['KCRM_DASHBOARD_CONTACTS'] = 'Contact persons';
$MESS['KCRM_DASHBOARD_OPEN_TASKS'] = 'Open tasks';
$MESS['KCRM_DASHBOARD_MY_TASKS'] = 'My tasks for today';
$MESS['KCRM_DASHBOARD_NO_TASKS'] = 'Nothing due today.';
$MESS['KCRM_DASHBOARD_RECENT'] = 'Recent activities';
$MESS['KCRM_DASHBOARD_NO_ACTIVITIES'] = 'Nothing logged yet.';
