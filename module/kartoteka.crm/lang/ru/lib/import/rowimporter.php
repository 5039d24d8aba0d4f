<?php
// Russian messages of module/kartoteka.crm/lib/import/rowimporter.php: warnings and errors of one source row.
$MESS['KCRM_IMPORT_WARN_INN'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: «#VALUE#» — неверный ИНН (контрольная цифра); организация загружена без него.';
$MESS['KCRM_IMPORT_WARN_KPP'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: «#VALUE#» — неверный КПП; загружено без него.';
$MESS['KCRM_IMPORT_WARN_OGRN'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: «#VALUE#» — неверный ОГРН; загружено без него.';
$MESS['KCRM_IMPORT_WARN_ORGNR'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: «#VALUE#» — неверный организационный номер; загружено без него.';
$MESS['KCRM_IMPORT_WARN_PHONE'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: «#VALUE#» не распознан как номер телефона (#ERROR#); сохранён как есть.';
$MESS['KCRM_IMPORT_WARN_EMAIL'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: «#VALUE#» — не адрес e-mail; пропущен.';
$MESS['KCRM_IMPORT_ERROR_NO_NAME'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: не указаны ни организация, ни контактное лицо; строка пропущена.';
$MESS['KCRM_IMPORT_ERROR_NO_COMPANY_NAME'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: у организации нет наименования, а карточки с её ИНН нет; строка пропущена.';
$MESS['KCRM_IMPORT_SKIP_FOREIGN_COMPANY'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: организация «#VALUE#» уже есть и закреплена за другим менеджером; строка пропущена (его карточка не изменена, дубль не создан).';
$MESS['KCRM_IMPORT_SKIP_FOREIGN_CONTACT'] = '#FILE#, строка #ROW#, столбец «#COLUMN#»: контактное лицо «#VALUE#» уже есть и закреплено за другим менеджером; строка пропущена (его карточка не изменена, дубль не создан).';
