<?php
// Swedish messages of module/kartoteka.crm/lib/http/contactpages.php.
$MESS['KCRM_PAGE_CONTACTS'] = 'Kontaktpersoner';
$MESS['KCRM_PAGE_CONTACT'] = '#NAME#';
$MESS['KCRM_PAGE_CONTACT_NEW'] = 'Ny kontaktperson';
$MESS['KCRM_PAGE_CONTACT_EDIT'] = 'Redigera: #NAME#';
$MESS['KCRM_CONTACT_NEW'] = 'Lägg till kontaktperson';
$MESS['KCRM_SEARCH_CONTACT'] = 'Namn, telefon eller e-post';
