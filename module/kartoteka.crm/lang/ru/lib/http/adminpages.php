<?php
// Russian messages of module/kartoteka.crm/lib/http/adminpages.php.
$MESS['KCRM_PAGE_USERS'] = 'Пользователи и группы';
$MESS['KCRM_PAGE_AUDIT'] = 'Журнал аудита';
$MESS['KCRM_USERS_ERROR_LOGIN'] = 'Введите логин не длиннее 100 символов.';
$MESS['KCRM_USERS_ERROR_LOGIN_TAKEN'] = 'Этот логин уже занят.';
$MESS['KCRM_USERS_ERROR_PASSWORD'] = 'Пароль должен содержать не менее 8 символов.';
$MESS['KCRM_USERS_ERROR_GROUP'] = 'Выберите одну из групп.';
$MESS['KCRM_USERS_ERROR_SELF'] = 'Нельзя снять права администратора с себя или отключить самого себя.';
$MESS['KCRM_GROUP_ADMIN'] = 'Администратор';
$MESS['KCRM_GROUP_HEAD_OF_SALES'] = 'Руководитель отдела продаж';
$MESS['KCRM_GROUP_SALES_MANAGER'] = 'Менеджер по продажам';
$MESS['KCRM_GROUP_SUPPORT_AGENT'] = 'Сотрудник поддержки';
