<?php
// English messages of module/kartoteka.crm/options.php.
$MESS['KCRM_OPTIONS_ACCESS_DENIED'] = 'No right to the module settings.';
$MESS['KCRM_OPTIONS_DB_DSN'] = 'CRM database (DSN; empty: Bitrix\'s database)';
$MESS['KCRM_OPTIONS_DEFAULT_LANGUAGE'] = 'Default language';
$MESS['KCRM_OPTIONS_ROLE'] = 'Installation role (site: customer, vendor: vendor)';
$MESS['KCRM_OPTIONS_PHONE_REGION'] = 'Country of phone numbers without a country code (RU, SE …)';
$MESS['KCRM_OPTIONS_SAVE'] = 'Save';
