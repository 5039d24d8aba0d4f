<?php
// Russian messages of module/kartoteka.crm/lib/http/views/not_found.php.
$MESS['KCRM_NOT_FOUND_TEXT'] = 'Такой страницы нет.';
$MESS['KCRM_NOT_FOUND_BACK'] = 'На главную';
