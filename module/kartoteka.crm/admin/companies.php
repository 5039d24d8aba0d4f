<?php
// Bitrix admin page: the list of organisations with search, filters and sorting.
$kcrmScreen = 'companies';
require __DIR__ . '/crm_page.php';
