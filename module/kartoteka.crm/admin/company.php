<?php
// Bitrix admin page: an organisation's card: requisites, contact persons, timeline and tasks.
$kcrmScreen = 'company';
require __DIR__ . '/crm_page.php';
