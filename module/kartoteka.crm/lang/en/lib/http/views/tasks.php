<?php
// English messages of module/kartoteka.crm/lib/http/views/tasks.php.
$MESS['KCRM_TASKS_OPEN'] = 'My open tasks';
$MESS['KCRM_TASKS_NONE'] = 'No open tasks.';
$MESS['KCRM_TASKS_RECENT'] = 'Latest activities';
$MESS['KCRM_TASKS_NO_ACTIVITIES'] = 'Nothing logged yet.';
