--TEST--
Errors name file, row and column: missing file, directory, unterminated quote, NUL byte, field too long, other formats
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
crm_error(fn() => Crm\Import\Reader::open(sys_get_temp_dir() . '/no-such-file.csv'));
crm_error(fn() => Crm\Import\Reader::open(sys_get_temp_dir()));
crm_error(fn() => crm_rows(crm_test_file("name;note\nA;ok\nB;\"never closed\nC;x\nD;y\n")));
crm_error(fn() => crm_rows(crm_test_file("name;note\nA;ok\nB;bad\0byte\n")));
crm_error(fn() => crm_rows(crm_test_file("name;note\nA;" . str_repeat('x', 100) . "\n"), ['max_field_bytes' => 64]));
var_dump(count(crm_rows(crm_test_file("name;note\nA;" . str_repeat('x', 64) . "\n"), ['max_field_bytes' => 64, 'header' => true])));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file("PK\x03\x04\x14\x00\x06\x00rest", '.xlsx')));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", '.xls')));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file("a"), ['max_field_bytes' => 0]));
crm_error(fn() => Crm\Import\Reader::open(''));

// Rows before an error are delivered; the error comes where the bad row is.
$r = Crm\Import\Reader::open(crm_test_file("name;note\nA;1\nB;2\nC;\xFF\n"), ['encoding' => 'UTF-8']);
try {
    foreach ($r as $row) {
        echo "got ", $row[0], "\n";
    }
} catch (Crm\Import\Exception $e) {
    echo "stopped at row ", $e->row, " column ", $e->column, "; reader says ", $r->rowNumber(), "\n";
}
var_dump($r->fetch());
?>
--EXPECTF--
Crm\Import\Exception code=1 row=NULL column=NULL: TMP/no-such-file.csv: file not found
Crm\Import\Exception code=2 row=NULL column=NULL: TMP: is a directory, not a file
Crm\Import\Exception code=5 row=3 column=2: TMP%s.csv: row 3, column 2: %s
Crm\Import\Exception code=4 row=3 column=2: TMP%s.csv: row 3, column 2: %s
Crm\Import\Exception code=6 row=2 column=2: TMP%s.csv: row 2, column 2: %s
int(1)
Crm\Import\Exception code=10 row=NULL column=NULL: TMP%s.xlsx: the zip archive is truncated or damaged (Not a zip archive)
Crm\Import\Exception code=8 row=NULL column=NULL: TMP%s.xls: the file is an Excel 97-2003 workbook (.xls) or another OLE2 document; save it as XLSX or CSV
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "max_field_bytes" must be an int between 1 and 2147483647
ValueError: Crm\Import\Reader::open(): Argument #1 ($path) cannot be empty
got A
got B
stopped at row 4 column 2; reader says 3
array(0) {
}
