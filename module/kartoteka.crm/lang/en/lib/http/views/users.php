<?php
// English messages of module/kartoteka.crm/lib/http/views/users.php.
$MESS['KCRM_USERS_LOGIN'] = 'Login';
$MESS['KCRM_USERS_NAME'] = 'Name';
$MESS['KCRM_USERS_GROUP'] = 'Group';
$MESS['KCRM_USERS_STATE'] = 'State';
$MESS['KCRM_USERS_ACTIVE'] = 'active';
$MESS['KCRM_USERS_INACTIVE'] = 'deactivated';
$MESS['KCRM_USERS_CHANGE_GROUP'] = 'Change';
$MESS['KCRM_USERS_DEACTIVATE'] = 'Deactivate';
$MESS['KCRM_USERS_NEW'] = 'New user';
$MESS['KCRM_USERS_PASSWORD'] = 'Password (at least 8 characters)';
$MESS['KCRM_USERS_CREATE'] = 'Create user';
