<?php
// English messages of module/kartoteka.crm/lib/http/companypages.php.
$MESS['KCRM_PAGE_COMPANIES'] = 'Organisations';
$MESS['KCRM_PAGE_COMPANY'] = '#NAME#';
$MESS['KCRM_PAGE_COMPANY_NEW'] = 'New organisation';
$MESS['KCRM_PAGE_COMPANY_EDIT'] = 'Edit: #NAME#';
$MESS['KCRM_COMPANY_NEW'] = 'Add an organisation';
$MESS['KCRM_SEARCH_COMPANY'] = 'Name, INN or phone';
