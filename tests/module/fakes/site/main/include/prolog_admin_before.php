<?php
// Fake of Bitrix's admin prolog, first half: the test's state (settings, groups), the language, the
// session, $USER from the FAKE_USER cookie ("id|login|full name|group,group"), $APPLICATION; guests
// get the sign-in form, as in Bitrix.

use Bitrix\Main\Config\Option;
use Bitrix\Main\GroupTable;
use Bitrix\Main\Localization\Loc;

require_once dirname(__DIR__, 3) . '/bitrix.php';
require_once __DIR__ . '/kernel.php';

define('B_PROLOG_INCLUDED', true);
$kcrmFakeState = $_SERVER['DOCUMENT_ROOT'] . '/fake-bitrix.json';
$kcrmFake = json_decode((string) file_get_contents($kcrmFakeState), true);
Option::$values = $kcrmFake['options'] ?? [];
GroupTable::$groups = array_column($kcrmFake['groups'] ?? [], 'name', 'id') ?: GroupTable::$groups;
// The settings page saves through Option::set: kept for the next request like Bitrix's b_option.
register_shutdown_function(static function () use ($kcrmFakeState): void {
    $state = json_decode((string) file_get_contents($kcrmFakeState), true);
    $state['options'] = Option::$values;
    file_put_contents($kcrmFakeState, json_encode($state));
});

$kcrmLanguage = in_array($_GET['lang'] ?? '', ['ru', 'en', 'sv'], true) ? $_GET['lang'] : 'en';
define('LANGUAGE_ID', $kcrmLanguage);
Loc::$language = $kcrmLanguage;

session_save_path($_SERVER['DOCUMENT_ROOT'] . '/sessions');
session_start();

$kcrmUser = explode('|', (string) ($_COOKIE['FAKE_USER'] ?? ''));
$USER = count($kcrmUser) === 4
    ? new CUser((int) $kcrmUser[0], $kcrmUser[1], $kcrmUser[2], array_map('intval', array_filter(explode(',', $kcrmUser[3]), 'strlen')))
    : new CUser();
$APPLICATION = new CMain();
if (!$USER->IsAuthorized()) {
    $APPLICATION->AuthForm('');
}
// Bitrix buffers the page, so a script may still drop what was printed and send JSON instead.
ob_start();
