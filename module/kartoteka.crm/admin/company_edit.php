<?php
// Bitrix admin page: create or edit an organisation; its delete, undo and live duplicate check.
$kcrmScreen = 'company_edit';
require __DIR__ . '/crm_page.php';
