<?php
// Russian messages of module/kartoteka.crm/options.php.
$MESS['KCRM_OPTIONS_ACCESS_DENIED'] = 'Нет прав на настройки модуля.';
$MESS['KCRM_OPTIONS_DB_DSN'] = 'База данных CRM (DSN; пусто — база Битрикса)';
$MESS['KCRM_OPTIONS_DEFAULT_LANGUAGE'] = 'Язык по умолчанию';
$MESS['KCRM_OPTIONS_ROLE'] = 'Роль установки (site — клиент, vendor — поставщик)';
$MESS['KCRM_OPTIONS_PHONE_REGION'] = 'Страна телефонов без кода страны (RU, SE …)';
$MESS['KCRM_OPTIONS_SAVE'] = 'Сохранить';
$MESS['KCRM_OPTIONS_ROLES'] = 'Роли CRM для групп Битрикса';
$MESS['KCRM_OPTIONS_ROLES_HINT'] = 'Участники выбранных групп получают права роли; администраторы Битрикса всегда администраторы CRM. Пользователь вне выбранных групп не имеет доступа к CRM.';
$MESS['KCRM_OPTIONS_ROLE_ADMIN'] = 'Администратор';
$MESS['KCRM_OPTIONS_ROLE_HEAD_OF_SALES'] = 'Руководитель продаж';
$MESS['KCRM_OPTIONS_ROLE_SALES_MANAGER'] = 'Менеджер по продажам';
$MESS['KCRM_OPTIONS_ROLE_SUPPORT_AGENT'] = 'Сотрудник поддержки';
