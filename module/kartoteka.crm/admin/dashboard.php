<?php
// Bitrix admin page: the CRM dashboard: counts, my tasks for today, recent activities.
$kcrmScreen = 'dashboard';
require __DIR__ . '/crm_page.php';
