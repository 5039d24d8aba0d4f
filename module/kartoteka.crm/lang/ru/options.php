<?php
// Russian messages of module/kartoteka.crm/options.php.
$MESS['KCRM_OPTIONS_ACCESS_DENIED'] = 'Нет прав на настройки модуля.';
$MESS['KCRM_OPTIONS_DB_DSN'] = 'База данных CRM (DSN; пусто — база Битрикса)';
$MESS['KCRM_OPTIONS_DEFAULT_LANGUAGE'] = 'Язык по умолчанию';
$MESS['KCRM_OPTIONS_ROLE'] = 'Роль установки (site — клиент, vendor — поставщик)';
$MESS['KCRM_OPTIONS_PHONE_REGION'] = 'Страна телефонов без кода страны (RU, SE …)';
$MESS['KCRM_OPTIONS_SAVE'] = 'Сохранить';
