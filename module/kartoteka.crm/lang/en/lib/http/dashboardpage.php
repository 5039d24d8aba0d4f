<?php
// English messages of module/kartoteka.crm/lib/http/dashboardpage.php.
$MESS['KCRM_PAGE_DASHBOARD'] = 'Dashboard';
$MESS['KCRM_PAGE_TASKS'] = 'Tasks and activities';
