<?php
// Swedish messages of module/kartoteka.crm/lib/import/rowimporter.php: warnings and errors of one source row.
$MESS['KCRM_IMPORT_WARN_INN'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: "#VALUE#" är inget giltigt INN (kontrollsiffra); företaget importeras utan det.';
$MESS['KCRM_IMPORT_WARN_KPP'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: "#VALUE#" är inget giltigt KPP; importeras utan det.';
$MESS['KCRM_IMPORT_WARN_OGRN'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: "#VALUE#" är inget giltigt OGRN; importeras utan det.';
$MESS['KCRM_IMPORT_WARN_ORGNR'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: "#VALUE#" är inget giltigt organisationsnummer; importeras utan det.';
$MESS['KCRM_IMPORT_WARN_PHONE'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: "#VALUE#" är inget telefonnummer som går att ringa (#ERROR#); sparat som det står.';
$MESS['KCRM_IMPORT_WARN_EMAIL'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: "#VALUE#" är ingen e-postadress; utelämnad.';
$MESS['KCRM_IMPORT_ERROR_NO_NAME'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: varken företag eller kontaktperson anges; raden hoppas över.';
$MESS['KCRM_IMPORT_ERROR_NO_COMPANY_NAME'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: företaget saknar namn och inget kort med dess nummer finns; raden hoppas över.';
$MESS['KCRM_IMPORT_SKIP_FOREIGN_COMPANY'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: företaget "#VALUE#" finns redan och tillhör en annan säljare; raden hoppas över (deras kort ändras inte och ingen dubblett skapas).';
$MESS['KCRM_IMPORT_SKIP_FOREIGN_CONTACT'] = '#FILE#, rad #ROW#, kolumn «#COLUMN#»: kontaktpersonen "#VALUE#" finns redan och tillhör en annan säljare; raden hoppas över (deras kort ändras inte och ingen dubblett skapas).';
