<?php
// Bitrix admin page: my open tasks and the latest activities; the timeline forms of the cards post here.
$kcrmScreen = 'tasks';
require __DIR__ . '/crm_page.php';
