<?php
// Bitrix admin page: the import wizard: upload, columns, progress, undo.
$kcrmScreen = 'import';
require __DIR__ . '/crm_page.php';
