<?php
// English messages of module/kartoteka.crm/lib/import/rowimporter.php: warnings and errors of one source row.
$MESS['KCRM_IMPORT_WARN_INN'] = '#FILE#, row #ROW#, column «#COLUMN#»: "#VALUE#" is not a valid INN (check digit); the organisation is imported without it.';
$MESS['KCRM_IMPORT_WARN_KPP'] = '#FILE#, row #ROW#, column «#COLUMN#»: "#VALUE#" is not a valid KPP; imported without it.';
$MESS['KCRM_IMPORT_WARN_OGRN'] = '#FILE#, row #ROW#, column «#COLUMN#»: "#VALUE#" is not a valid OGRN; imported without it.';
$MESS['KCRM_IMPORT_WARN_ORGNR'] = '#FILE#, row #ROW#, column «#COLUMN#»: "#VALUE#" is not a valid organisation number; imported without it.';
$MESS['KCRM_IMPORT_WARN_PHONE'] = '#FILE#, row #ROW#, column «#COLUMN#»: "#VALUE#" is not a phone number that can be dialled (#ERROR#); kept as written.';
$MESS['KCRM_IMPORT_WARN_EMAIL'] = '#FILE#, row #ROW#, column «#COLUMN#»: "#VALUE#" is not an e-mail address; left out.';
$MESS['KCRM_IMPORT_ERROR_NO_NAME'] = '#FILE#, row #ROW#, column «#COLUMN#»: neither an organisation nor a contact person is named; the row is skipped.';
$MESS['KCRM_IMPORT_ERROR_NO_COMPANY_NAME'] = '#FILE#, row #ROW#, column «#COLUMN#»: the organisation has no name and no card with its INN exists; the row is skipped.';
$MESS['KCRM_IMPORT_SKIP_FOREIGN_COMPANY'] = '#FILE#, row #ROW#, column «#COLUMN#»: the organisation "#VALUE#" already exists and belongs to another manager; the row is skipped (their card is not changed and no duplicate is made).';
$MESS['KCRM_IMPORT_SKIP_FOREIGN_CONTACT'] = '#FILE#, row #ROW#, column «#COLUMN#»: the contact person "#VALUE#" already exists and belongs to another manager; the row is skipped (their card is not changed and no duplicate is made).';
