<?php
// Russian messages of module/kartoteka.crm/lib/http/exportpages.php: the CSV files' names and column
// headers (chosen so that the import wizard maps each column back to its field by itself).
$MESS['KCRM_EXPORT_FILE_COMPANY'] = 'организации';
$MESS['KCRM_EXPORT_FILE_CONTACT'] = 'контактные-лица';
$MESS['KCRM_EXPORT_COMPANY_NAME'] = 'Наименование';
$MESS['KCRM_EXPORT_COMPANY_INN'] = 'ИНН';
$MESS['KCRM_EXPORT_COMPANY_KPP'] = 'КПП';
$MESS['KCRM_EXPORT_COMPANY_OGRN'] = 'ОГРН';
$MESS['KCRM_EXPORT_COMPANY_ORGNR'] = 'Orgnr';
$MESS['KCRM_EXPORT_COMPANY_LEGAL_ADDRESS'] = 'Юридический адрес';
$MESS['KCRM_EXPORT_COMPANY_CITY'] = 'Город';
$MESS['KCRM_EXPORT_COMPANY_PHONES'] = 'Телефон организации';
$MESS['KCRM_EXPORT_COMPANY_EMAILS'] = 'E-mail организации';
$MESS['KCRM_EXPORT_COMPANY_RESPONSIBLE'] = 'Ответственный';
$MESS['KCRM_EXPORT_COMPANY_CREATED'] = 'Создано (UTC)';
$MESS['KCRM_EXPORT_CONTACT_COMPANY'] = 'Организация';
$MESS['KCRM_EXPORT_CONTACT_INN'] = 'ИНН';
$MESS['KCRM_EXPORT_CONTACT_ORGNR'] = 'Orgnr';
$MESS['KCRM_EXPORT_CONTACT_LAST_NAME'] = 'Фамилия';
$MESS['KCRM_EXPORT_CONTACT_FIRST_NAME'] = 'Имя';
$MESS['KCRM_EXPORT_CONTACT_MIDDLE_NAME'] = 'Отчество';
$MESS['KCRM_EXPORT_CONTACT_POSITION'] = 'Должность';
$MESS['KCRM_EXPORT_CONTACT_ROLE'] = 'Роль';
$MESS['KCRM_EXPORT_CONTACT_PHONES'] = 'Телефон контактного лица';
$MESS['KCRM_EXPORT_CONTACT_EMAILS'] = 'E-mail контактного лица';
$MESS['KCRM_EXPORT_CONTACT_CITY'] = 'Город контактного лица';
$MESS['KCRM_EXPORT_CONTACT_RESPONSIBLE'] = 'Ответственный';
$MESS['KCRM_EXPORT_CONTACT_CREATED'] = 'Создано (UTC)';
