<?php
// English messages of module/kartoteka.crm/lib/http/views/audit.php.
$MESS['KCRM_AUDIT_USER'] = 'User';
$MESS['KCRM_AUDIT_ANY'] = 'any';
$MESS['KCRM_AUDIT_ACTION'] = 'Action';
$MESS['KCRM_AUDIT_ENTITY'] = 'Record type';
$MESS['KCRM_AUDIT_RECORD'] = 'Record';
$MESS['KCRM_AUDIT_FROM'] = 'From';
$MESS['KCRM_AUDIT_TO'] = 'To';
$MESS['KCRM_AUDIT_FILTER'] = 'Show';
$MESS['KCRM_AUDIT_RESET'] = 'Reset';
$MESS['KCRM_AUDIT_TOTAL'] = 'Entries: #COUNT#';
$MESS['KCRM_AUDIT_TIME'] = 'Time (UTC)';
$MESS['KCRM_AUDIT_IP'] = 'IP address';
$MESS['KCRM_AUDIT_DETAILS'] = 'Details';
$MESS['KCRM_AUDIT_ACTION_VIEW'] = 'viewed';
$MESS['KCRM_AUDIT_ACTION_CREATE'] = 'created';
$MESS['KCRM_AUDIT_ACTION_EDIT'] = 'edited';
$MESS['KCRM_AUDIT_ACTION_DELETE'] = 'deleted';
$MESS['KCRM_AUDIT_ACTION_RESTORE'] = 'restored';
$MESS['KCRM_AUDIT_ACTION_IMPORT_UNDO'] = 'undid an import';
$MESS['KCRM_AUDIT_ACTION_USER_CREATE'] = 'created a user';
$MESS['KCRM_AUDIT_ACTION_USER_GROUP'] = 'changed a group';
$MESS['KCRM_AUDIT_ACTION_USER_DEACTIVATE'] = 'deactivated a user';
$MESS['KCRM_AUDIT_ENTITY_COMPANY'] = 'organisation';
$MESS['KCRM_AUDIT_ENTITY_CONTACT'] = 'contact person';
$MESS['KCRM_AUDIT_ENTITY_IMPORT'] = 'import';
$MESS['KCRM_AUDIT_ENTITY_USER'] = 'user';
