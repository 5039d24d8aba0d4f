<?php
// Swedish messages of module/kartoteka.crm/lib/http/timelinepages.php.
$MESS['KCRM_PAGE_TIMELINE_ERROR'] = 'Inte sparat';
$MESS['KCRM_TIMELINE_BACK'] = 'Tillbaka till kortet';
