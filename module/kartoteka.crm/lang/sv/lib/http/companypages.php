<?php
// Swedish messages of module/kartoteka.crm/lib/http/companypages.php.
$MESS['KCRM_PAGE_COMPANIES'] = 'Organisationer';
$MESS['KCRM_PAGE_COMPANY'] = '#NAME#';
$MESS['KCRM_PAGE_COMPANY_NEW'] = 'Ny organisation';
$MESS['KCRM_PAGE_COMPANY_EDIT'] = 'Redigera: #NAME#';
$MESS['KCRM_COMPANY_NEW'] = 'Lägg till organisation';
$MESS['KCRM_SEARCH_COMPANY'] = 'Namn, INN eller telefon';
