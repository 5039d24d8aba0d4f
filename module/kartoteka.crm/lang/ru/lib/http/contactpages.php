<?php
// Russian messages of module/kartoteka.crm/lib/http/contactpages.php.
$MESS['KCRM_PAGE_CONTACTS'] = 'Контактные лица';
$MESS['KCRM_PAGE_CONTACT'] = '#NAME#';
$MESS['KCRM_PAGE_CONTACT_NEW'] = 'Новое контактное лицо';
$MESS['KCRM_PAGE_CONTACT_EDIT'] = 'Изменение: #NAME#';
$MESS['KCRM_CONTACT_NEW'] = 'Добавить контактное лицо';
$MESS['KCRM_SEARCH_CONTACT'] = 'ФИО, телефон или e-mail';
