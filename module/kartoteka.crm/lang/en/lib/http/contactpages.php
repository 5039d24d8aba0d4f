<?php
// English messages of module/kartoteka.crm/lib/http/contactpages.php.
$MESS['KCRM_PAGE_CONTACTS'] = 'Contact persons';
$MESS['KCRM_PAGE_CONTACT'] = '#NAME#';
$MESS['KCRM_PAGE_CONTACT_NEW'] = 'New contact person';
$MESS['KCRM_PAGE_CONTACT_EDIT'] = 'Edit: #NAME#';
$MESS['KCRM_CONTACT_NEW'] = 'Add a contact person';
$MESS['KCRM_SEARCH_CONTACT'] = 'Name, phone or e-mail';
$MESS['KCRM_COMPANY_SEARCH'] = 'Find an organisation';
$MESS['KCRM_COMPANY_SEARCH_PLACEHOLDER'] = 'Organisation: name, INN or phone';
$MESS['KCRM_COMPANY_SEARCH_FOUND'] = 'Found: #COUNT#';
$MESS['KCRM_COMPANY_SEARCH_HINT'] = 'Type part of the name, the INN or a phone and choose the organisation in the list beside it.';
$MESS['KCRM_ERROR_COMPANY_NOT_FOUND'] = 'Organisations: nothing found for "#QUERY#".';
$MESS['KCRM_ERROR_COMPANY_CHOOSE'] = 'Organisations: #COUNT# found for "#QUERY#"; choose one in the list.';
