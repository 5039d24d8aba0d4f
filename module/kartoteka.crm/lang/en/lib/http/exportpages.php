<?php
// English messages of module/kartoteka.crm/lib/http/exportpages.php: the CSV files' names and column
// headers (chosen so that the import wizard maps each column back to its field by itself).
$MESS['KCRM_EXPORT_FILE_COMPANY'] = 'organisations';
$MESS['KCRM_EXPORT_FILE_CONTACT'] = 'contact-persons';
$MESS['KCRM_EXPORT_COMPANY_NAME'] = 'Company';
$MESS['KCRM_EXPORT_COMPANY_INN'] = 'INN';
$MESS['KCRM_EXPORT_COMPANY_KPP'] = 'KPP';
$MESS['KCRM_EXPORT_COMPANY_OGRN'] = 'OGRN';
$MESS['KCRM_EXPORT_COMPANY_ORGNR'] = 'Orgnr';
$MESS['KCRM_EXPORT_COMPANY_LEGAL_ADDRESS'] = 'Legal address';
$MESS['KCRM_EXPORT_COMPANY_CITY'] = 'City';
$MESS['KCRM_EXPORT_COMPANY_PHONES'] = 'Phone (company)';
$MESS['KCRM_EXPORT_COMPANY_EMAILS'] = 'E-mail (company)';
$MESS['KCRM_EXPORT_COMPANY_RESPONSIBLE'] = 'Responsible';
$MESS['KCRM_EXPORT_COMPANY_CREATED'] = 'Created (UTC)';
$MESS['KCRM_EXPORT_CONTACT_COMPANY'] = 'Organisation';
$MESS['KCRM_EXPORT_CONTACT_INN'] = 'INN';
$MESS['KCRM_EXPORT_CONTACT_ORGNR'] = 'Orgnr';
$MESS['KCRM_EXPORT_CONTACT_LAST_NAME'] = 'Last name';
$MESS['KCRM_EXPORT_CONTACT_FIRST_NAME'] = 'First name';
$MESS['KCRM_EXPORT_CONTACT_MIDDLE_NAME'] = 'Middle name';
$MESS['KCRM_EXPORT_CONTACT_POSITION'] = 'Position';
$MESS['KCRM_EXPORT_CONTACT_ROLE'] = 'Role';
$MESS['KCRM_EXPORT_CONTACT_PHONES'] = 'Phone (contact)';
$MESS['KCRM_EXPORT_CONTACT_EMAILS'] = 'E-mail (contact)';
$MESS['KCRM_EXPORT_CONTACT_CITY'] = 'City of the person';
$MESS['KCRM_EXPORT_CONTACT_RESPONSIBLE'] = 'Responsible';
$MESS['KCRM_EXPORT_CONTACT_CREATED'] = 'Created (UTC)';
