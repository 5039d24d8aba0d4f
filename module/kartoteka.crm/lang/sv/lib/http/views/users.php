<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/users.php.
$MESS['KCRM_USERS_LOGIN'] = 'Användarnamn';
$MESS['KCRM_USERS_NAME'] = 'Namn';
$MESS['KCRM_USERS_GROUP'] = 'Grupp';
$MESS['KCRM_USERS_STATE'] = 'Status';
$MESS['KCRM_USERS_ACTIVE'] = 'aktiv';
$MESS['KCRM_USERS_INACTIVE'] = 'inaktiverad';
$MESS['KCRM_USERS_CHANGE_GROUP'] = 'Ändra';
$MESS['KCRM_USERS_DEACTIVATE'] = 'Inaktivera';
$MESS['KCRM_USERS_NEW'] = 'Ny användare';
$MESS['KCRM_USERS_PASSWORD'] = 'Lösenord (minst 8 tecken)';
$MESS['KCRM_USERS_CREATE'] = 'Skapa användare';
