<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/dashboard.php.
$MESS['KCRM_DASHBOARD_GREETING'] = 'Hej, #NAME#!';
$MESS['KCRM_DASHBOARD_COMPANIES'] = 'Företag';
$MESS['KCRM_DASHBOARD_CONTACTS'] = 'Kontaktpersoner';
$MESS['KCRM_DASHBOARD_OPEN_TASKS'] = 'Öppna uppgifter';
