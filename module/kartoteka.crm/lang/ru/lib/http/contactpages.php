<?php
// Russian messages of module/kartoteka.crm/lib/http/contactpages.php.
$MESS['KCRM_PAGE_CONTACTS'] = 'Контактные лица';
$MESS['KCRM_PAGE_CONTACT'] = '#NAME#';
$MESS['KCRM_PAGE_CONTACT_NEW'] = 'Новое контактное лицо';
$MESS['KCRM_PAGE_CONTACT_EDIT'] = 'Изменение: #NAME#';
$MESS['KCRM_CONTACT_NEW'] = 'Добавить контактное лицо';
$MESS['KCRM_SEARCH_CONTACT'] = 'ФИО, телефон или e-mail';
$MESS['KCRM_COMPANY_SEARCH'] = 'Найти организацию';
$MESS['KCRM_COMPANY_SEARCH_PLACEHOLDER'] = 'Организация: название, ИНН или телефон';
$MESS['KCRM_COMPANY_SEARCH_FOUND'] = 'Найдено: #COUNT#';
$MESS['KCRM_COMPANY_SEARCH_HINT'] = 'Введите часть названия, ИНН или телефон и выберите организацию в списке рядом.';
$MESS['KCRM_ERROR_COMPANY_NOT_FOUND'] = 'Организации: по запросу «#QUERY#» ничего не найдено.';
$MESS['KCRM_ERROR_COMPANY_CHOOSE'] = 'Организации: по запросу «#QUERY#» найдено #COUNT#; выберите одну в списке.';
