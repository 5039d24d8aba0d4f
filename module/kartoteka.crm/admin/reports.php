<?php
// Bitrix admin page: reports with charts: activities per manager, new cards, overdue tasks.
$kcrmScreen = 'reports';
require __DIR__ . '/crm_page.php';
