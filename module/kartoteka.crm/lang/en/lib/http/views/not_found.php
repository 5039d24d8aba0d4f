<?php
// English messages of module/kartoteka.crm/lib/http/views/not_found.php.
$MESS['KCRM_NOT_FOUND_TEXT'] = 'There is no such page.';
$MESS['KCRM_NOT_FOUND_BACK'] = 'Back to the dashboard';
