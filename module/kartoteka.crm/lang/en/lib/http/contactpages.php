<?php
// English messages of module/kartoteka.crm/lib/http/contactpages.php.
$MESS['KCRM_PAGE_CONTACTS'] = 'Contact persons';
$MESS['KCRM_PAGE_CONTACT'] = '#NAME#';
$MESS['KCRM_PAGE_CONTACT_NEW'] = 'New contact person';
$MESS['KCRM_PAGE_CONTACT_EDIT'] = 'Edit: #NAME#';
$MESS['KCRM_CONTACT_NEW'] = 'Add a contact person';
$MESS['KCRM_SEARCH_CONTACT'] = 'Name, phone or e-mail';
