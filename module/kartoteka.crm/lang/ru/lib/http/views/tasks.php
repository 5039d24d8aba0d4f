<?php
// Russian messages of module/kartoteka.crm/lib/http/views/tasks.php.
$MESS['KCRM_TASKS_OPEN'] = 'Мои открытые задачи';
$MESS['KCRM_TASKS_NONE'] = 'Открытых задач нет.';
$MESS['KCRM_TASKS_RECENT'] = 'Последние дела';
$MESS['KCRM_TASKS_NO_ACTIVITIES'] = 'Пока ничего не записано.';
