<?php
// English messages of module/kartoteka.crm/options.php.
$MESS['KCRM_OPTIONS_ACCESS_DENIED'] = 'No right to the module settings.';
$MESS['KCRM_OPTIONS_DB_DSN'] = 'CRM database (DSN; empty: Bitrix\'s database)';
$MESS['KCRM_OPTIONS_DEFAULT_LANGUAGE'] = 'Default language';
$MESS['KCRM_OPTIONS_ROLE'] = 'Installation role (site: customer, vendor: vendor)';
$MESS['KCRM_OPTIONS_PHONE_REGION'] = 'Country of phone numbers without a country code (RU, SE …)';
$MESS['KCRM_OPTIONS_SAVE'] = 'Save';
$MESS['KCRM_OPTIONS_ROLES'] = 'CRM roles of Bitrix groups';
$MESS['KCRM_OPTIONS_ROLES_HINT'] = 'Members of the chosen groups get the role\'s rights; Bitrix administrators are always CRM administrators. A user in no chosen group has no access to the CRM.';
$MESS['KCRM_OPTIONS_ROLE_ADMIN'] = 'Administrator';
$MESS['KCRM_OPTIONS_ROLE_HEAD_OF_SALES'] = 'Head of sales';
$MESS['KCRM_OPTIONS_ROLE_SALES_MANAGER'] = 'Sales manager';
$MESS['KCRM_OPTIONS_ROLE_SUPPORT_AGENT'] = 'Support agent';
