<?php
// Russian messages of module/kartoteka.crm/lib/http/views/forbidden.php.
$MESS['KCRM_FORBIDDEN_TEXT'] = 'У вас нет прав на эту страницу или действие. Обратитесь к администратору CRM.';
$MESS['KCRM_FORBIDDEN_NO_ROLE'] = 'Ни одной из ваших групп не назначена роль в Картотеке CRM. Попросите администратора сайта сопоставить вашу группу с ролью CRM в настройках модуля.';
