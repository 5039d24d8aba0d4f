--TEST--
XLSX errors name file, sheet, row and column; rows before an error are delivered; option misuse
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/xlsx.inc';
function show_sheet_error(callable $fn): void
{
    try {
        $fn();
        echo "no exception\n";
    } catch (Crm\Import\Exception $e) {
        printf("code=%d sheet=%s row=%s column=%s\n  %s\n", $e->getCode(), var_export($e->sheet, true), var_export($e->row, true),
            var_export($e->column, true), str_replace(sys_get_temp_dir(), 'TMP', $e->getMessage()));
    }
}
$sheet = '<row r="1">' . crm_is('A1', 'ok') . '</row><row r="7"><c r="A7"><v>1</v></c><c r="C7" t="s"><v>5</v></c></row>';
$r = Crm\Import\Reader::open(crm_xlsx_file(crm_workbook(['Клиенты' => $sheet], ['strings' => ['a']])), ['header' => false]);
show_sheet_error(function () use ($r) {
    foreach ($r as $row) {
        echo "got ", json_encode($row), " at ", $r->rowNumber(), "\n";
    }
});
var_dump($r->fetch());
show_sheet_error(fn() => crm_rows(crm_xlsx_file(crm_workbook(['S' => '<row r="3"><c r="B3"><v>1</v></c><c r="A3"><v>2</v></c></row>']))));
show_sheet_error(fn() => crm_rows(crm_xlsx_file(crm_workbook(['S' => '<row r="2">' . crm_is('B2', str_repeat('я', 40)) . '</row>'])), ['max_field_bytes' => 64]));
show_sheet_error(fn() => crm_rows(crm_xlsx_file(crm_workbook(['S' => ['xml' => '<worksheet><sheetData><row r="4"><c r="A4"><v>1</v></c></row><row r="5"><c r="A5"><v>2</v></c></sheetData></worksheet>']]))));
show_sheet_error(fn() => crm_rows(crm_xlsx_file(crm_workbook(['S' => '<row r="2"><c r="ZZZZ2"><v>1</v></c></row>']))));
// a sheet the workbook lists but the zip does not hold
show_sheet_error(fn() => Crm\Import\Reader::open(crm_xlsx_file(crm_zip(array_filter([
    '[Content_Types].xml' => '<Types/>',
    'xl/workbook.xml' => '<workbook><sheets><sheet name="Пропал" sheetId="1"/></sheets></workbook>',
]))))); 
crm_error(fn() => Crm\Import\Reader::open(crm_test_file('x'), ['format' => 'xls']));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file('x'), ['max_compression_ratio' => 0]));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file('x'), ['max_uncompressed_bytes' => '1G']));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file('x'), ['skip_empty_rows' => 1]));
?>
--EXPECTF--
got ["ok"] at 1
code=10 sheet='Клиенты' row=7 column=3
  TMP/crm-test-%s.xlsx: sheet "Клиенты", row 7, column 3: shared string index "5" is not in the table of 1 strings
array(0) {
}
code=10 sheet='S' row=3 column=1
  TMP/crm-test-%s.xlsx: sheet "S", row 3, column 1: cell in column 1 comes after column 2 in the same row
code=6 sheet='S' row=2 column=2
  TMP/crm-test-%s.xlsx: sheet "S", row 2, column 2: value of 80 bytes is over max_field_bytes (64)
code=10 sheet='S' row=5 column=NULL
  TMP/crm-test-%s.xlsx: sheet "S", row 5: xl/worksheets/sheet1.xml is not well-formed XML (line 1: mismatched tag)
code=10 sheet='S' row=2 column=475254
  TMP/crm-test-%s.xlsx: sheet "S", row 2, column 475254: cell column 475254 is beyond XFD (16384)
code=10 sheet='Пропал' row=NULL column=NULL
  TMP/crm-test-%s.xlsx: sheet "Пропал": the sheet's part xl/worksheets/sheet1.xml is missing
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "format" must be "auto", "csv" or "xlsx"
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "max_compression_ratio" must be an int between 1 and 4294967295
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "max_uncompressed_bytes" must be an int >= 1
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "skip_empty_rows" must be a bool
