<?php
// Russian messages of module/kartoteka.crm/lib/http/timelinepages.php.
$MESS['KCRM_PAGE_TIMELINE_ERROR'] = 'Не сохранено';
$MESS['KCRM_TIMELINE_BACK'] = 'Вернуться к карточке';
