<?php
// English messages of module/kartoteka.crm/lib/import/columnmapping.php: the card fields a column can go to.
$MESS['KCRM_IMPORT_FIELD_NONE'] = '— do not import —';
$MESS['KCRM_IMPORT_FIELD_COMPANY_NAME'] = 'Organisation name';
$MESS['KCRM_IMPORT_FIELD_INN'] = 'INN';
$MESS['KCRM_IMPORT_FIELD_KPP'] = 'KPP';
$MESS['KCRM_IMPORT_FIELD_OGRN'] = 'OGRN';
$MESS['KCRM_IMPORT_FIELD_ORGNR'] = 'Org. number (Sweden)';
$MESS['KCRM_IMPORT_FIELD_LEGAL_ADDRESS'] = 'Legal address';
$MESS['KCRM_IMPORT_FIELD_CITY'] = 'City';
$MESS['KCRM_IMPORT_FIELD_COMPANY_PHONES'] = 'Organisation phones';
$MESS['KCRM_IMPORT_FIELD_COMPANY_EMAILS'] = 'Organisation e-mails';
$MESS['KCRM_IMPORT_FIELD_CONTACT_NAME'] = 'Contact person (full name)';
$MESS['KCRM_IMPORT_FIELD_LAST_NAME'] = 'Last name';
$MESS['KCRM_IMPORT_FIELD_FIRST_NAME'] = 'First name';
$MESS['KCRM_IMPORT_FIELD_MIDDLE_NAME'] = 'Middle name';
$MESS['KCRM_IMPORT_FIELD_POSITION'] = 'Position';
$MESS['KCRM_IMPORT_FIELD_ROLE'] = 'Role in the organisation';
$MESS['KCRM_IMPORT_FIELD_CONTACT_PHONES'] = 'Contact person\'s phones';
$MESS['KCRM_IMPORT_FIELD_CONTACT_EMAILS'] = 'Contact person\'s e-mails';
$MESS['KCRM_IMPORT_FIELD_COMMENT'] = 'Comment (saved as a note)';
