<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/not_found.php.
$MESS['KCRM_NOT_FOUND_TEXT'] = 'Sidan finns inte.';
$MESS['KCRM_NOT_FOUND_BACK'] = 'Till översikten';
