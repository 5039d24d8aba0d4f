<?php
// English messages of module/kartoteka.crm/lib/http/views/layout.php.
$MESS['KCRM_LAYOUT_PRODUCT'] = 'Kartoteka CRM';
$MESS['KCRM_LAYOUT_LANGUAGE'] = 'Language';
$MESS['KCRM_LAYOUT_LANGUAGE_RU'] = 'Русский';
$MESS['KCRM_LAYOUT_LANGUAGE_EN'] = 'English';
$MESS['KCRM_LAYOUT_LANGUAGE_SV'] = 'Svenska';
$MESS['KCRM_LAYOUT_LOGOUT'] = 'Sign out';
