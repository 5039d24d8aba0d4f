<?php
// Swedish messages of module/kartoteka.crm/admin/crm_page.php.
$MESS['KCRM_ADMIN_MODULE_NOT_LOADED'] = 'Modulen kartoteka.crm är inte laddad.';
