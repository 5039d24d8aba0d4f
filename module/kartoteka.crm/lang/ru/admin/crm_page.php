<?php
// Russian messages of module/kartoteka.crm/admin/crm_page.php.
$MESS['KCRM_ADMIN_MODULE_NOT_LOADED'] = 'Модуль kartoteka.crm не загружен.';
