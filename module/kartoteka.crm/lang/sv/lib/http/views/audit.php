<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/audit.php.
$MESS['KCRM_AUDIT_USER'] = 'Användare';
$MESS['KCRM_AUDIT_ANY'] = 'alla';
$MESS['KCRM_AUDIT_ACTION'] = 'Åtgärd';
$MESS['KCRM_AUDIT_ENTITY'] = 'Posttyp';
$MESS['KCRM_AUDIT_RECORD'] = 'Post';
$MESS['KCRM_AUDIT_FROM'] = 'Från';
$MESS['KCRM_AUDIT_TO'] = 'Till';
$MESS['KCRM_AUDIT_FILTER'] = 'Visa';
$MESS['KCRM_AUDIT_RESET'] = 'Återställ';
$MESS['KCRM_AUDIT_TOTAL'] = 'Poster: #COUNT#';
$MESS['KCRM_AUDIT_TIME'] = 'Tid (UTC)';
$MESS['KCRM_AUDIT_IP'] = 'IP-adress';
$MESS['KCRM_AUDIT_DETAILS'] = 'Detaljer';
$MESS['KCRM_AUDIT_ACTION_VIEW'] = 'visade';
$MESS['KCRM_AUDIT_ACTION_CREATE'] = 'skapade';
$MESS['KCRM_AUDIT_ACTION_EDIT'] = 'ändrade';
$MESS['KCRM_AUDIT_ACTION_DELETE'] = 'raderade';
$MESS['KCRM_AUDIT_ACTION_RESTORE'] = 'återställde';
$MESS['KCRM_AUDIT_ACTION_IMPORT_UNDO'] = 'ångrade en import';
$MESS['KCRM_AUDIT_ACTION_USER_CREATE'] = 'skapade en användare';
$MESS['KCRM_AUDIT_ACTION_USER_GROUP'] = 'bytte grupp';
$MESS['KCRM_AUDIT_ACTION_USER_DEACTIVATE'] = 'inaktiverade en användare';
$MESS['KCRM_AUDIT_ENTITY_COMPANY'] = 'organisation';
$MESS['KCRM_AUDIT_ENTITY_CONTACT'] = 'kontaktperson';
$MESS['KCRM_AUDIT_ENTITY_IMPORT'] = 'import';
$MESS['KCRM_AUDIT_ENTITY_USER'] = 'användare';
