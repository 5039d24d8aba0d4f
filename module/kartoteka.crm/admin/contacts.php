<?php
// Bitrix admin page: the list of contact persons.
$kcrmScreen = 'contacts';
require __DIR__ . '/crm_page.php';
