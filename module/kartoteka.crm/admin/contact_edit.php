<?php
// Bitrix admin page: create or edit a contact person; delete, undo and live duplicate check.
$kcrmScreen = 'contact_edit';
require __DIR__ . '/crm_page.php';
