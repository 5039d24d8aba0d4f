<?php
// Russian messages of module/kartoteka.crm/lib/http/views/login.php.
$MESS['KCRM_LOGIN_FIELD_LOGIN'] = 'Логин';
$MESS['KCRM_LOGIN_FIELD_PASSWORD'] = 'Пароль';
$MESS['KCRM_LOGIN_SUBMIT'] = 'Войти';
