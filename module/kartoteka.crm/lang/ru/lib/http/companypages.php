<?php
// Russian messages of module/kartoteka.crm/lib/http/companypages.php.
$MESS['KCRM_PAGE_COMPANIES'] = 'Организации';
$MESS['KCRM_PAGE_COMPANY'] = '#NAME#';
$MESS['KCRM_PAGE_COMPANY_NEW'] = 'Новая организация';
$MESS['KCRM_PAGE_COMPANY_EDIT'] = 'Изменение: #NAME#';
$MESS['KCRM_COMPANY_NEW'] = 'Добавить организацию';
$MESS['KCRM_SEARCH_COMPANY'] = 'Название, ИНН или телефон';
