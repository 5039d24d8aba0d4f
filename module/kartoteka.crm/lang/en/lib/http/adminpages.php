<?php
// English messages of module/kartoteka.crm/lib/http/adminpages.php.
$MESS['KCRM_PAGE_USERS'] = 'Users and groups';
$MESS['KCRM_PAGE_AUDIT'] = 'Audit log';
$MESS['KCRM_USERS_ERROR_LOGIN'] = 'Enter a login of at most 100 characters.';
$MESS['KCRM_USERS_ERROR_LOGIN_TAKEN'] = 'This login is already taken.';
$MESS['KCRM_USERS_ERROR_PASSWORD'] = 'The password must have at least 8 characters.';
$MESS['KCRM_USERS_ERROR_GROUP'] = 'Choose one of the groups.';
$MESS['KCRM_USERS_ERROR_SELF'] = 'You cannot take away your own administrator rights or deactivate yourself.';
$MESS['KCRM_GROUP_ADMIN'] = 'Administrator';
$MESS['KCRM_GROUP_HEAD_OF_SALES'] = 'Head of sales';
$MESS['KCRM_GROUP_SALES_MANAGER'] = 'Sales manager';
$MESS['KCRM_GROUP_SUPPORT_AGENT'] = 'Support agent';
