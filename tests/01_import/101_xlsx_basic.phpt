--TEST--
XLSX by content (any file name): format, encoding, delimiter, header, sheets, rowNumber, fetch; shared and inline strings
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/xlsx.inc';
$zip = crm_workbook(['Клиенты' => '<row r="1">' . crm_is('A1', 'Имя') . crm_is('B1', 'ИНН') . crm_is('C1', 'Телефон') . '</row>'
    . '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2"><v>79161234567</v></c></row>'
    . '<row r="3">' . crm_is('A3', 'Пётр') . crm_is('B3', '000123') . '<c r="C3"><v>84951234567</v></c></row>'
    . '<row r="4">' . crm_is('A4', 'Анна') . '<c r="B4" t="s"><v>1</v></c><c r="C4"><v>79031234567</v></c></row>'],
    ['strings' => ['Иван', '0012345678']]);
$path = crm_test_file($zip, '.csv');   // the name says CSV; the bytes say XLSX
$r = Crm\Import\Reader::open($path);
var_dump($r->format(), $r->encoding(), $r->delimiter(), $r->header());
echo json_encode($r->sheets(), JSON_UNESCAPED_UNICODE), "\n";
crm_show($r->fetch(2));
var_dump($r->rowNumber());
crm_show($r->fetch());
var_dump($r->rowNumber(), $r->fetch());

// header => false: the first row is data; format => xlsx given explicitly
crm_show(crm_rows($path, ['header' => false, 'format' => 'xlsx', 'max_rows' => 2]));
// header => true on a sheet auto-detection would not call a header
$r = Crm\Import\Reader::open(crm_xlsx_file(crm_workbook(['S' => '<row>' . crm_is('A1', 'a') . '</row><row>' . crm_is('A2', 'b') . '</row>'])), ['header' => true]);
var_dump($r->header());
crm_show(iterator_to_array($r, false));
?>
--EXPECT--
string(4) "xlsx"
string(5) "UTF-8"
NULL
array(3) {
  [0]=>
  string(6) "Имя"
  [1]=>
  string(6) "ИНН"
  [2]=>
  string(14) "Телефон"
}
[{"name":"Клиенты","hidden":false,"current":true}]
["Иван","0012345678","79161234567"]
["Пётр","000123","84951234567"]
int(3)
["Анна","0012345678","79031234567"]
int(4)
array(0) {
}
["Имя","ИНН","Телефон"]
["Иван","0012345678","79161234567"]
array(1) {
  [0]=>
  string(1) "a"
}
["b"]
