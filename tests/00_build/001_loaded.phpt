--TEST--
crm is loaded and reports the version the source declares
--EXTENSIONS--
crm
--FILE--
<?php
var_dump(extension_loaded('crm'));
preg_match('/#define PHP_CRM_VERSION "([^"]+)"/', file_get_contents(__DIR__ . '/../../php_crm.h'), $m);
var_dump(phpversion('crm') === $m[1]);
var_dump((bool) preg_match('/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/', phpversion('crm')));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
