--TEST--
XLSX sheets: hidden sheets listed and flagged, default is the first visible sheet, sheet by name or 0-based index, missing sheets
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/xlsx.inc';
$path = crm_xlsx_file(crm_workbook([
    'Служебный' => ['hidden' => true, 'xml' => '<worksheet><sheetData><row>' . crm_is('A1', 'hidden') . '</row></sheetData></worksheet>'],
    'Клиенты' => '<row>' . crm_is('A1', 'clients') . '</row>',
    'Sheet 3' => '<row>' . crm_is('A1', 'third') . '</row>',
]));
$r = Crm\Import\Reader::open($path, ['header' => false]);
echo json_encode($r->sheets(), JSON_UNESCAPED_UNICODE), "\n";
crm_show(iterator_to_array($r, false));
crm_show(crm_rows($path, ['sheet' => 'Sheet 3', 'header' => false]));
crm_show(crm_rows($path, ['sheet' => 0, 'header' => false]));
crm_show(crm_rows($path, ['sheet' => 'Клиенты', 'header' => false]));
echo json_encode(Crm\Import\Reader::open($path, ['sheet' => 2])->sheets()[2]), "\n";
crm_error(fn() => Crm\Import\Reader::open($path, ['sheet' => 'Нет такого']));
crm_error(fn() => Crm\Import\Reader::open($path, ['sheet' => 3]));
crm_error(fn() => Crm\Import\Reader::open($path, ['sheet' => -1]));
crm_error(fn() => Crm\Import\Reader::open($path, ['sheet' => 1.5]));
// CSV readers have no sheets
var_dump(Crm\Import\Reader::open(crm_test_file("a;b\n1;2\n"))->sheets());
?>
--EXPECTF--
[{"name":"Служебный","hidden":true,"current":false},{"name":"Клиенты","hidden":false,"current":true},{"name":"Sheet 3","hidden":false,"current":false}]
["clients"]
["third"]
["hidden"]
["clients"]
{"name":"Sheet 3","hidden":false,"current":true}
Crm\Import\Exception code=11 row=NULL column=NULL: TMP/crm-test-%s.xlsx: there is no sheet named "Нет такого" (the workbook has 3 sheets; see sheets())
Crm\Import\Exception code=11 row=NULL column=NULL: TMP/crm-test-%s.xlsx: there is no sheet 3 (0-based; the workbook has 3 sheets)
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "sheet" must be an int >= 0 or a non-empty sheet name
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "sheet" must be an int >= 0 or a non-empty sheet name
array(0) {
}
