<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/tasks.php.
$MESS['KCRM_TASKS_OPEN'] = 'Mina öppna uppgifter';
$MESS['KCRM_TASKS_NONE'] = 'Inga öppna uppgifter.';
$MESS['KCRM_TASKS_RECENT'] = 'Senaste aktiviteter';
$MESS['KCRM_TASKS_NO_ACTIVITIES'] = 'Inget loggat ännu.';
