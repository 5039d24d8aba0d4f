<?php
// Swedish messages of module/kartoteka.crm/options.php.
$MESS['KCRM_OPTIONS_ACCESS_DENIED'] = 'Ingen behörighet till modulens inställningar.';
$MESS['KCRM_OPTIONS_DB_DSN'] = 'CRM-databas (DSN; tom: Bitrix databas)';
$MESS['KCRM_OPTIONS_DEFAULT_LANGUAGE'] = 'Standardspråk';
$MESS['KCRM_OPTIONS_ROLE'] = 'Installationens roll (site: kund, vendor: leverantör)';
$MESS['KCRM_OPTIONS_PHONE_REGION'] = 'Land för telefonnummer utan landsnummer (RU, SE …)';
$MESS['KCRM_OPTIONS_SAVE'] = 'Spara';
$MESS['KCRM_OPTIONS_ROLES'] = 'CRM-roller för Bitrix-grupper';
$MESS['KCRM_OPTIONS_ROLES_HINT'] = 'Medlemmar i de valda grupperna får rollens behörigheter; Bitrix-administratörer är alltid CRM-administratörer. En användare utan vald grupp har ingen åtkomst till CRM.';
$MESS['KCRM_OPTIONS_ROLE_ADMIN'] = 'Administratör';
$MESS['KCRM_OPTIONS_ROLE_HEAD_OF_SALES'] = 'Försäljningschef';
$MESS['KCRM_OPTIONS_ROLE_SALES_MANAGER'] = 'Säljare';
$MESS['KCRM_OPTIONS_ROLE_SUPPORT_AGENT'] = 'Supportagent';
