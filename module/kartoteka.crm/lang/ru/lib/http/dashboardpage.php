<?php
// Russian messages of module/kartoteka.crm/lib/http/dashboardpage.php.
$MESS['KCRM_PAGE_DASHBOARD'] = 'Сводка';
$MESS['KCRM_PAGE_TASKS'] = 'Задачи и дела';
