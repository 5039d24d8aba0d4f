<?php
// Copied to /bitrix/admin/ on install: forwards to admin/contact.php inside the module folder.
$kcrmPage = '/local/modules/kartoteka.crm/admin/contact.php';
require $_SERVER['DOCUMENT_ROOT'] . (is_file($_SERVER['DOCUMENT_ROOT'] . $kcrmPage) ? $kcrmPage : '/bitrix/modules/kartoteka.crm/admin/contact.php');
