<?php
// English messages of module/kartoteka.crm/admin/crm_page.php.
$MESS['KCRM_ADMIN_MODULE_NOT_LOADED'] = 'The kartoteka.crm module is not loaded.';
