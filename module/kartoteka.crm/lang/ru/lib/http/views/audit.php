<?php
// Russian messages of module/kartoteka.crm/lib/http/views/audit.php.
$MESS['KCRM_AUDIT_USER'] = 'Пользователь';
$MESS['KCRM_AUDIT_ANY'] = 'любой';
$MESS['KCRM_AUDIT_ACTION'] = 'Действие';
$MESS['KCRM_AUDIT_ENTITY'] = 'Тип записи';
$MESS['KCRM_AUDIT_RECORD'] = 'Запись';
$MESS['KCRM_AUDIT_FROM'] = 'С';
$MESS['KCRM_AUDIT_TO'] = 'По';
$MESS['KCRM_AUDIT_FILTER'] = 'Показать';
$MESS['KCRM_AUDIT_RESET'] = 'Сбросить';
$MESS['KCRM_AUDIT_TOTAL'] = 'Записей: #COUNT#';
$MESS['KCRM_AUDIT_TIME'] = 'Время (UTC)';
$MESS['KCRM_AUDIT_IP'] = 'IP-адрес';
$MESS['KCRM_AUDIT_DETAILS'] = 'Подробности';
$MESS['KCRM_AUDIT_ACTION_VIEW'] = 'просмотр';
$MESS['KCRM_AUDIT_ACTION_CREATE'] = 'создание';
$MESS['KCRM_AUDIT_ACTION_EDIT'] = 'изменение';
$MESS['KCRM_AUDIT_ACTION_DELETE'] = 'удаление';
$MESS['KCRM_AUDIT_ACTION_RESTORE'] = 'восстановление';
$MESS['KCRM_AUDIT_ACTION_IMPORT_UNDO'] = 'отмена импорта';
$MESS['KCRM_AUDIT_ACTION_USER_CREATE'] = 'создание пользователя';
$MESS['KCRM_AUDIT_ACTION_USER_GROUP'] = 'смена группы';
$MESS['KCRM_AUDIT_ACTION_USER_DEACTIVATE'] = 'отключение пользователя';
$MESS['KCRM_AUDIT_ENTITY_COMPANY'] = 'организация';
$MESS['KCRM_AUDIT_ENTITY_CONTACT'] = 'контактное лицо';
$MESS['KCRM_AUDIT_ENTITY_IMPORT'] = 'импорт';
$MESS['KCRM_AUDIT_ENTITY_USER'] = 'пользователь';
