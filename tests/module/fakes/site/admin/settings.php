<?php
// Fake of /bitrix/admin/settings.php?mid=…: the module's options.php inside the admin frame.
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_before.php';
$mid = (string) ($_GET['mid'] ?? '');
if (!preg_match('/^[a-z0-9.]+$/', $mid)) {
    http_response_code(404);
    exit;
}
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_after.php';
include $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/' . $mid . '/options.php';
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/epilog_admin.php';
