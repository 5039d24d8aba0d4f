--TEST--
The encoding option overrides detection; invalid bytes raise an error naming row and column, or become U+FFFD
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
// Valid UTF-8 read as Windows-1251 on request: mojibake, but exactly what was asked for.
$p = crm_test_file("a;b\nЖ;1\n");
$r = Crm\Import\Reader::open($p, ['encoding' => 'cp1251', 'header' => false]);
var_dump($r->encoding());
crm_show(iterator_to_array($r, false));

// A stray Windows-1251 byte (0xD6 = "Ц") in an otherwise UTF-8 file, row 3, column 2.
$p = crm_test_file("name;city;note\nOlga;Москва;x\nIvan;\xD6ентр;y\n");
crm_error(fn() => crm_rows($p, ['encoding' => 'UTF-8']));
crm_show(crm_rows($p, ['encoding' => 'UTF-8', 'invalid' => 'replace', 'header' => true]));

// 0x98 is undefined in Windows-1251.
$p = crm_test_file("name;city\nOlga;Mos\x98kva\n");
crm_error(fn() => crm_rows($p, ['encoding' => 'Windows-1251', 'header' => true]));

crm_error(fn() => Crm\Import\Reader::open($p, ['encoding' => 'EBCDIC']));
crm_error(fn() => Crm\Import\Reader::open($p, ['invalid' => 'ignore']));
?>
--EXPECTF--
string(12) "Windows-1251"
["a","b"]
["Р–","1"]
Crm\Import\Exception code=3 row=3 column=2: TMP%s: row 3, column 2: %s
["Olga","Москва","x"]
["Ivan","�ентр","y"]
Crm\Import\Exception code=3 row=2 column=2: TMP%s: row 2, column 2: %s
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "encoding" must be "auto" or one of UTF-8, UTF-16LE, UTF-16BE, Windows-1251, Windows-1252, ISO-8859-1, KOI8-R
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "invalid" must be "error" or "replace"
