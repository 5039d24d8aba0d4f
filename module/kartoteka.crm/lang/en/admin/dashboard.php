<?php
// English messages of module/kartoteka.crm/admin/dashboard.php.
$MESS['KCRM_ADMIN_ACCESS_DENIED'] = 'No access to Kartoteka CRM.';
$MESS['KCRM_ADMIN_MODULE_NOT_LOADED'] = 'The kartoteka.crm module is not loaded.';
$MESS['KCRM_ADMIN_DASHBOARD_TITLE'] = 'Kartoteka CRM: dashboard';
