--TEST--
A file whose first 64 KiB are plain ASCII is still read right when Windows-1251 or UTF-8 text comes later
--EXTENSIONS--
crm
mbstring
--FILE--
<?php
require __DIR__ . '/files.inc';
$ascii = "name;inn;city\r\n";
for ($i = 0; $i < 3000; $i++) {
    $ascii .= "Romashka $i;7707083893;Moscow\r\n";          // ~100 KB of ASCII first
}
$tail = "ООО \"Ёлка\";7707083893;Москва\r\nИП Щукин;500100732259;Тверь\r\n";
foreach (['Windows-1251', 'KOI8-R', 'UTF-8'] as $enc) {
    $p = crm_test_file($ascii . mb_convert_encoding($tail, $enc, 'UTF-8'));
    $r = Crm\Import\Reader::open($p);
    $rows = iterator_to_array($r, false);
    printf("%-12s -> %-12s %d rows, last: %s\n", $enc, $r->encoding(), count($rows),
        json_encode(end($rows), JSON_UNESCAPED_UNICODE));
}
// An explicit UTF-8 stays UTF-8: the Windows-1251 byte is an error, named by row and column.
$p = crm_test_file($ascii . mb_convert_encoding($tail, 'Windows-1251', 'UTF-8'));
crm_error(fn() => crm_rows($p, ['encoding' => 'UTF-8']));
?>
--EXPECTF--
Windows-1251 -> Windows-1251 3002 rows, last: ["ИП Щукин","500100732259","Тверь"]
KOI8-R       -> KOI8-R       3002 rows, last: ["ИП Щукин","500100732259","Тверь"]
UTF-8        -> UTF-8        3002 rows, last: ["ИП Щукин","500100732259","Тверь"]
Crm\Import\Exception code=3 row=3002 column=1: TMP%s: row 3002, column 1: %s
