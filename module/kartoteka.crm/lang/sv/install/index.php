<?php
// Swedish messages of module/kartoteka.crm/install/index.php.
$MESS['KCRM_INSTALL_MODULE_NAME'] = 'Kartoteka CRM';
$MESS['KCRM_INSTALL_MODULE_DESCRIPTION'] = 'CRM för småföretag: företag, kontaktpersoner, aktiviteter, uppgifter, import från Excel och 1C utan dubbletter.';
$MESS['KCRM_INSTALL_PARTNER_NAME'] = 'Kartoteka';
$MESS['KCRM_INSTALL_PARTNER_URI'] = 'https://kartoteka.example';
$MESS['KCRM_INSTALL_FAILED'] = 'Installationen av modulen misslyckades; ändringarna har återställts. Orsak: #ERROR#';
