<?php
// Bitrix admin page: the audit log: who viewed or changed personal data.
$kcrmScreen = 'audit';
require __DIR__ . '/crm_page.php';
