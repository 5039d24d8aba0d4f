<?php
// Fake helper script: what the module's admin/menu.php gives the signed-in user, as JSON (Bitrix
// includes each module's menu.php the same way while it builds the admin menu).
require $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/main/include/prolog_admin_before.php';
$menu = include $_SERVER['DOCUMENT_ROOT'] . '/bitrix/modules/kartoteka.crm/admin/menu.php';
$APPLICATION->RestartBuffer();
header('Content-Type: application/json');
echo json_encode($menu, JSON_UNESCAPED_UNICODE);
