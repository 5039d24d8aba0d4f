<?php
// Swedish messages of module/kartoteka.crm/lib/http/dashboardpage.php.
$MESS['KCRM_PAGE_DASHBOARD'] = 'Översikt';
$MESS['KCRM_PAGE_TASKS'] = 'Uppgifter och aktiviteter';
