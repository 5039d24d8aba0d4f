<?php
// Russian messages of module/kartoteka.crm/lib/http/views/forbidden.php.
$MESS['KCRM_FORBIDDEN_TEXT'] = 'У вас нет прав на эту страницу или действие. Обратитесь к администратору CRM.';
