<?php
// English messages of module/kartoteka.crm/lib/http/timelinepages.php.
$MESS['KCRM_PAGE_TIMELINE_ERROR'] = 'Not saved';
$MESS['KCRM_TIMELINE_BACK'] = 'Back to the card';
