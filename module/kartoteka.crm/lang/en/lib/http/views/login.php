<?php
// English messages of module/kartoteka.crm/lib/http/views/login.php.
$MESS['KCRM_LOGIN_FIELD_LOGIN'] = 'Login';
$MESS['KCRM_LOGIN_FIELD_PASSWORD'] = 'Password';
$MESS['KCRM_LOGIN_SUBMIT'] = 'Sign in';
