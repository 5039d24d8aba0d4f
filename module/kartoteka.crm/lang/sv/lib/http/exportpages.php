<?php
// Swedish messages of module/kartoteka.crm/lib/http/exportpages.php: the CSV files' names and column
// headers (chosen so that the import wizard maps each column back to its field by itself).
$MESS['KCRM_EXPORT_FILE_COMPANY'] = 'organisationer';
$MESS['KCRM_EXPORT_FILE_CONTACT'] = 'kontaktpersoner';
$MESS['KCRM_EXPORT_COMPANY_NAME'] = 'Företag';
$MESS['KCRM_EXPORT_COMPANY_INN'] = 'INN';
$MESS['KCRM_EXPORT_COMPANY_KPP'] = 'KPP';
$MESS['KCRM_EXPORT_COMPANY_OGRN'] = 'OGRN';
$MESS['KCRM_EXPORT_COMPANY_ORGNR'] = 'Organisationsnummer';
$MESS['KCRM_EXPORT_COMPANY_LEGAL_ADDRESS'] = 'Juridisk adress';
$MESS['KCRM_EXPORT_COMPANY_CITY'] = 'Ort';
$MESS['KCRM_EXPORT_COMPANY_PHONES'] = 'Telefon (företag)';
$MESS['KCRM_EXPORT_COMPANY_EMAILS'] = 'E-post (företag)';
$MESS['KCRM_EXPORT_COMPANY_RESPONSIBLE'] = 'Ansvarig';
$MESS['KCRM_EXPORT_COMPANY_CREATED'] = 'Skapad (UTC)';
$MESS['KCRM_EXPORT_CONTACT_COMPANY'] = 'Organisation';
$MESS['KCRM_EXPORT_CONTACT_INN'] = 'INN';
$MESS['KCRM_EXPORT_CONTACT_ORGNR'] = 'Organisationsnummer';
$MESS['KCRM_EXPORT_CONTACT_LAST_NAME'] = 'Efternamn';
$MESS['KCRM_EXPORT_CONTACT_FIRST_NAME'] = 'Förnamn';
$MESS['KCRM_EXPORT_CONTACT_MIDDLE_NAME'] = 'Mellannamn';
$MESS['KCRM_EXPORT_CONTACT_POSITION'] = 'Befattning';
$MESS['KCRM_EXPORT_CONTACT_ROLE'] = 'Roll';
$MESS['KCRM_EXPORT_CONTACT_PHONES'] = 'Telefon (kontakt)';
$MESS['KCRM_EXPORT_CONTACT_EMAILS'] = 'E-post (kontakt)';
$MESS['KCRM_EXPORT_CONTACT_CITY'] = 'Personens ort';
$MESS['KCRM_EXPORT_CONTACT_RESPONSIBLE'] = 'Ansvarig';
$MESS['KCRM_EXPORT_CONTACT_CREATED'] = 'Skapad (UTC)';
