<?php
// English messages of module/kartoteka.crm/install/index.php.
$MESS['KCRM_INSTALL_MODULE_NAME'] = 'Kartoteka CRM';
$MESS['KCRM_INSTALL_MODULE_DESCRIPTION'] = 'CRM for small businesses: companies, contact persons, activities, tasks, import from Excel and 1C without duplicates.';
$MESS['KCRM_INSTALL_PARTNER_NAME'] = 'Kartoteka';
$MESS['KCRM_INSTALL_PARTNER_URI'] = 'https://kartoteka.example';
$MESS['KCRM_INSTALL_FAILED'] = 'Installing the module failed; the changes made were undone. Reason: #ERROR#';
