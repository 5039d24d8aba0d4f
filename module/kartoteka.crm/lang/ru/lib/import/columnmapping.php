<?php
// Russian messages of module/kartoteka.crm/lib/import/columnmapping.php: the card fields a column can go to.
$MESS['KCRM_IMPORT_FIELD_NONE'] = '— не загружать —';
$MESS['KCRM_IMPORT_FIELD_COMPANY_NAME'] = 'Наименование организации';
$MESS['KCRM_IMPORT_FIELD_INN'] = 'ИНН';
$MESS['KCRM_IMPORT_FIELD_KPP'] = 'КПП';
$MESS['KCRM_IMPORT_FIELD_OGRN'] = 'ОГРН';
$MESS['KCRM_IMPORT_FIELD_ORGNR'] = 'Орг. номер (Швеция)';
$MESS['KCRM_IMPORT_FIELD_LEGAL_ADDRESS'] = 'Юридический адрес';
$MESS['KCRM_IMPORT_FIELD_CITY'] = 'Город';
$MESS['KCRM_IMPORT_FIELD_COMPANY_PHONES'] = 'Телефоны организации';
$MESS['KCRM_IMPORT_FIELD_COMPANY_EMAILS'] = 'E-mail организации';
$MESS['KCRM_IMPORT_FIELD_CONTACT_NAME'] = 'Контактное лицо (ФИО)';
$MESS['KCRM_IMPORT_FIELD_LAST_NAME'] = 'Фамилия';
$MESS['KCRM_IMPORT_FIELD_FIRST_NAME'] = 'Имя';
$MESS['KCRM_IMPORT_FIELD_MIDDLE_NAME'] = 'Отчество';
$MESS['KCRM_IMPORT_FIELD_POSITION'] = 'Должность';
$MESS['KCRM_IMPORT_FIELD_ROLE'] = 'Роль в организации';
$MESS['KCRM_IMPORT_FIELD_CONTACT_PHONES'] = 'Телефоны контактного лица';
$MESS['KCRM_IMPORT_FIELD_CONTACT_EMAILS'] = 'E-mail контактного лица';
$MESS['KCRM_IMPORT_FIELD_COMMENT'] = 'Комментарий (сохраняется заметкой)';
