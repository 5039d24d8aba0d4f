<?php
// Swedish messages of module/kartoteka.crm/options.php.
$MESS['KCRM_OPTIONS_ACCESS_DENIED'] = 'Ingen behörighet till modulens inställningar.';
$MESS['KCRM_OPTIONS_DB_DSN'] = 'CRM-databas (DSN; tom: Bitrix databas)';
$MESS['KCRM_OPTIONS_DEFAULT_LANGUAGE'] = 'Standardspråk';
$MESS['KCRM_OPTIONS_ROLE'] = 'Installationens roll (site: kund, vendor: leverantör)';
$MESS['KCRM_OPTIONS_PHONE_REGION'] = 'Land för telefonnummer utan landsnummer (RU, SE …)';
$MESS['KCRM_OPTIONS_SAVE'] = 'Spara';
