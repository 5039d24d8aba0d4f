<?php
// Swedish messages of module/kartoteka.crm/lib/http/contactpages.php.
$MESS['KCRM_PAGE_CONTACTS'] = 'Kontaktpersoner';
$MESS['KCRM_PAGE_CONTACT'] = '#NAME#';
$MESS['KCRM_PAGE_CONTACT_NEW'] = 'Ny kontaktperson';
$MESS['KCRM_PAGE_CONTACT_EDIT'] = 'Redigera: #NAME#';
$MESS['KCRM_CONTACT_NEW'] = 'Lägg till kontaktperson';
$MESS['KCRM_SEARCH_CONTACT'] = 'Namn, telefon eller e-post';
$MESS['KCRM_COMPANY_SEARCH'] = 'Sök en organisation';
$MESS['KCRM_COMPANY_SEARCH_PLACEHOLDER'] = 'Organisation: namn, INN eller telefon';
$MESS['KCRM_COMPANY_SEARCH_FOUND'] = 'Hittade: #COUNT#';
$MESS['KCRM_COMPANY_SEARCH_HINT'] = 'Skriv en del av namnet, INN eller ett telefonnummer och välj organisationen i listan bredvid.';
$MESS['KCRM_ERROR_COMPANY_NOT_FOUND'] = 'Organisationer: inget hittades för "#QUERY#".';
$MESS['KCRM_ERROR_COMPANY_CHOOSE'] = 'Organisationer: #COUNT# hittades för "#QUERY#"; välj en i listan.';
