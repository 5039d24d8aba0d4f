<?php
// Russian messages of module/kartoteka.crm/lib/http/views/users.php.
$MESS['KCRM_USERS_LOGIN'] = 'Логин';
$MESS['KCRM_USERS_NAME'] = 'Имя';
$MESS['KCRM_USERS_GROUP'] = 'Группа';
$MESS['KCRM_USERS_STATE'] = 'Состояние';
$MESS['KCRM_USERS_ACTIVE'] = 'активен';
$MESS['KCRM_USERS_INACTIVE'] = 'отключён';
$MESS['KCRM_USERS_CHANGE_GROUP'] = 'Изменить';
$MESS['KCRM_USERS_DEACTIVATE'] = 'Отключить';
$MESS['KCRM_USERS_NEW'] = 'Новый пользователь';
$MESS['KCRM_USERS_PASSWORD'] = 'Пароль (не менее 8 символов)';
$MESS['KCRM_USERS_CREATE'] = 'Создать пользователя';
