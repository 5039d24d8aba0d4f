--TEST--
Reader reads a plain UTF-8 CSV: header, rows, format, encoding, delimiter
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$path = crm_test_file("name,inn,phone\nRomashka,7707083893,+7 916 123-45-67\nLutik,,8 495 123 45 67\n");
$r = Crm\Import\Reader::open($path);
var_dump($r->format(), $r->encoding(), $r->delimiter(), $r->sheets(), $r->rowNumber());
crm_show([$r->header()]);
foreach ($r as $i => $row) {
    echo $i, " @", $r->rowNumber(), " ";
    crm_show([$row]);
}
var_dump($r->rowNumber());
?>
--EXPECT--
string(3) "csv"
string(5) "UTF-8"
string(1) ","
array(0) {
}
int(0)
["name","inn","phone"]
0 @2 ["Romashka","7707083893","+7 916 123-45-67"]
1 @3 ["Lutik","","8 495 123 45 67"]
int(3)
