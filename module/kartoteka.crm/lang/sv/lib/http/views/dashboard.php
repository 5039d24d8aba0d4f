<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/dashboard.php.
$MESS['KCRM_DASHBOARD_GREETING'] = 'Hej, #NAME#!';
$MESS['KCRM_DASHBOARD_COMPANIES'] = 'Företag';
$MESS['KCRM_DASHBOARD_CONTACTS'] = 'Kontaktpersoner';
$MESS['KCRM_DASHBOARD_OPEN_TASKS'] = 'Öppna uppgifter';
$MESS['KCRM_DASHBOARD_MY_TASKS'] = 'Mina uppgifter i dag';
$MESS['KCRM_DASHBOARD_NO_TASKS'] = 'Inget att göra i dag.';
$MESS['KCRM_DASHBOARD_RECENT'] = 'Senaste aktiviteter';
$MESS['KCRM_DASHBOARD_NO_ACTIVITIES'] = 'Inget loggat ännu.';
