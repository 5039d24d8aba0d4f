--TEST--
XLSX layout: column positions from cell references, cells without r, missing rows, skip_empty_rows => false, merged cells
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/xlsx.inc';
$sheet = '<row r="2">' . crm_is('A2', 'x') . crm_is('D2', 'y') . '<c r="F2" s="0"/></row>'
    . '<row r="3" spans="1:4"><c r="B3" s="0"/></row>'
    . '<row r="5"><c><v>1</v></c><c><v>2</v></c><c r="E5"><v>5</v></c><c><v>6</v></c></row>'
    . '<row><c t="inlineStr"><is><t>no r on the row</t></is></c></row>';
$path = crm_xlsx_file(crm_workbook(['S' => $sheet]));
$r = Crm\Import\Reader::open($path, ['header' => false]);
foreach ($r as $row) {
    echo $r->rowNumber(), ": ", json_encode($row), "\n";
}
echo "skip_empty_rows => false\n";
$r = Crm\Import\Reader::open($path, ['header' => false, 'skip_empty_rows' => false]);
foreach ($r as $row) {
    echo $r->rowNumber(), ": ", json_encode($row), "\n";
}

echo "header pads short rows with null\n";
crm_show(crm_rows(crm_xlsx_file(crm_workbook(['S' => '<row>' . crm_is('A1', 'Имя') . crm_is('B1', 'Телефон') . crm_is('C1', 'Город')
    . '</row><row>' . crm_is('A2', 'Иван') . '<c r="B2"><v>79161234567</v></c></row>'])), ['header' => true]));

echo "merged cells (mergeCells after sheetData)\n";
$ws = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    . '<row r="1">' . crm_is('A1', 'Объединено') . crm_is('B1', 'hidden by merge') . '<c r="C1"><v>3</v></c></row>'
    . '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c><c r="D2"><v>7</v></c></row>'
    . '<row r="3"><c r="A3"><v>8</v></c><c r="B3"><v>9</v></c><c r="C3"><v>10</v></c><c r="D3"><v>11</v></c></row>'
    . '</sheetData><mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C3:D3"/></mergeCells></worksheet>';
crm_show(crm_rows(crm_xlsx_file(crm_workbook(['S' => ['xml' => $ws]])), ['header' => false]));
?>
--EXPECT--
2: ["x",null,null,"y"]
5: ["1","2",null,null,"5","6"]
6: ["no r on the row"]
skip_empty_rows => false
1: []
2: ["x",null,null,"y"]
3: []
4: []
5: ["1","2",null,null,"5","6"]
6: ["no r on the row"]
header pads short rows with null
["Иван","79161234567",null]
merged cells (mergeCells after sheetData)
["Объединено",null,"3"]
[null,null,"6","7"]
["8","9","10"]
