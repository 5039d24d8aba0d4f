<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/login.php.
$MESS['KCRM_LOGIN_FIELD_LOGIN'] = 'Inloggning';
$MESS['KCRM_LOGIN_FIELD_PASSWORD'] = 'Lösenord';
$MESS['KCRM_LOGIN_SUBMIT'] = 'Logga in';
