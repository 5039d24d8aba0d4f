<?php
// Swedish messages of module/kartoteka.crm/admin/dashboard.php.
$MESS['KCRM_ADMIN_ACCESS_DENIED'] = 'Ingen åtkomst till Kartoteka CRM.';
$MESS['KCRM_ADMIN_MODULE_NOT_LOADED'] = 'Modulen kartoteka.crm är inte laddad.';
$MESS['KCRM_ADMIN_DASHBOARD_TITLE'] = 'Kartoteka CRM: översikt';
