<?php
// Bitrix admin page: a contact person's card with their organisations and roles.
$kcrmScreen = 'contact';
require __DIR__ . '/crm_page.php';
