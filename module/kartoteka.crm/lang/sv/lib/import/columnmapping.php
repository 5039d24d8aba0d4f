<?php
// Swedish messages of module/kartoteka.crm/lib/import/columnmapping.php: the card fields a column can go to.
$MESS['KCRM_IMPORT_FIELD_NONE'] = '— importera inte —';
$MESS['KCRM_IMPORT_FIELD_COMPANY_NAME'] = 'Företagsnamn';
$MESS['KCRM_IMPORT_FIELD_INN'] = 'INN';
$MESS['KCRM_IMPORT_FIELD_KPP'] = 'KPP';
$MESS['KCRM_IMPORT_FIELD_OGRN'] = 'OGRN';
$MESS['KCRM_IMPORT_FIELD_ORGNR'] = 'Organisationsnummer';
$MESS['KCRM_IMPORT_FIELD_LEGAL_ADDRESS'] = 'Juridisk adress';
$MESS['KCRM_IMPORT_FIELD_CITY'] = 'Ort';
$MESS['KCRM_IMPORT_FIELD_COMPANY_PHONES'] = 'Företagets telefon';
$MESS['KCRM_IMPORT_FIELD_COMPANY_EMAILS'] = 'Företagets e-post';
$MESS['KCRM_IMPORT_FIELD_CONTACT_NAME'] = 'Kontaktperson (hela namnet)';
$MESS['KCRM_IMPORT_FIELD_LAST_NAME'] = 'Efternamn';
$MESS['KCRM_IMPORT_FIELD_FIRST_NAME'] = 'Förnamn';
$MESS['KCRM_IMPORT_FIELD_MIDDLE_NAME'] = 'Mellannamn';
$MESS['KCRM_IMPORT_FIELD_POSITION'] = 'Befattning';
$MESS['KCRM_IMPORT_FIELD_ROLE'] = 'Roll i organisationen';
$MESS['KCRM_IMPORT_FIELD_CONTACT_PHONES'] = 'Kontaktpersonens telefon';
$MESS['KCRM_IMPORT_FIELD_CONTACT_EMAILS'] = 'Kontaktpersonens e-post';
$MESS['KCRM_IMPORT_FIELD_COMMENT'] = 'Kommentar (sparas som anteckning)';
