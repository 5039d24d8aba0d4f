--TEST--
XLSX hostile files: DTD/XXE/billion laughs, zip bombs (ratio and total), truncated zip, encrypted workbook, .xls, .ods, .numbers, other zips
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/xlsx.inc';
$xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>';
crm_error(fn() => crm_rows(crm_xlsx_file(crm_workbook(['S' => ['xml' => $xxe]]))));
$laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    . '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><sst><si><t>&lol3;</t></si></sst>';
crm_error(fn() => crm_rows(crm_xlsx_file(crm_workbook(['S' => '<row/>'], ['extra' => ['xl/sharedStrings.xml' => $laughs]]))));
// a DOCTYPE without entities is refused too: workbooks never carry one
crm_error(fn() => crm_rows(crm_xlsx_file(crm_workbook(['S' => ['xml' => '<!DOCTYPE worksheet><worksheet/>']]))));

// zip bomb: 32 MiB of blank cells deflate to about 32 KiB (ratio ~1000)
$bomb = '<worksheet><sheetData><row>' . str_repeat('<c/>', 8 << 20) . '</row></sheetData></worksheet>';
$path = crm_xlsx_file(crm_workbook(['S' => ['xml' => $bomb]]));
printf("bomb file: %d KiB\n", filesize($path) >> 10);
unset($bomb);
crm_error(fn() => Crm\Import\Reader::open($path));
crm_error(fn() => Crm\Import\Reader::open($path, ['max_compression_ratio' => 100000, 'max_uncompressed_bytes' => 16 << 20]));
// the same bomb with headers that lie (1000 bytes declared): the limits hold while inflating
$lying = crm_workbook(['S' => ['xml' => '<worksheet><sheetData><row>' . str_repeat('<c/>', 8 << 20) . '</row></sheetData></worksheet>']], ['declare' => 1000]);
crm_error(fn() => Crm\Import\Reader::open(crm_xlsx_file($lying)));
crm_error(fn() => Crm\Import\Reader::open(crm_xlsx_file($lying), ['max_compression_ratio' => 100000, 'max_uncompressed_bytes' => 16 << 20]));

// truncated archive: the central directory is gone
$zip = crm_workbook(['S' => '<row>' . crm_is('A1', 'x') . '</row>']);
crm_error(fn() => Crm\Import\Reader::open(crm_xlsx_file(substr($zip, 0, (int) (strlen($zip) * 0.6)))));
// damaged entry data: a flipped byte in the deflated sheet fails the CRC or the inflate
$pos = strpos($zip, 'xl/worksheets/sheet1.xml') + strlen('xl/worksheets/sheet1.xml') + 3;
$bad = $zip; $bad[$pos] = chr(ord($bad[$pos]) ^ 0x55);
crm_error(fn() => crm_rows(crm_xlsx_file($bad)));

// OLE2 compound files: an encrypted OOXML package, and an .xls
function ole2(string $stream): string
{
    $f = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" . str_repeat("\0", 504);
    $dir = '';
    foreach (['Root Entry', $stream] as $name) {
        $u = implode('', array_map(fn($c) => $c . "\0", str_split($name))) . "\0\0";
        $dir .= str_pad($u, 64, "\0") . pack('v', strlen($u)) . str_repeat("\0", 62);
    }
    return $f . str_pad($dir, 512, "\0");
}
crm_error(fn() => Crm\Import\Reader::open(crm_test_file(ole2('EncryptedPackage'), '.xlsx')));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file(ole2('EncryptionInfo'), '.xlsx')));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file(ole2('Workbook'), '.xls')));

crm_error(fn() => Crm\Import\Reader::open(crm_test_file(crm_zip(['mimetype' => 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml' => '<x/>'], true), '.ods')));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file(crm_zip(['Index/Document.iwa' => 'x', 'Metadata/Properties.plist' => 'x']), '.numbers')));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file(crm_zip(['readme.txt' => 'hello']), '.zip')));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file("a;b\n1;2\n"), ['format' => 'xlsx']));
crm_error(fn() => Crm\Import\Reader::open(crm_xlsx_file($zip), ['format' => 'csv']));
?>
--EXPECTF--
Crm\Import\Exception code=9 row=NULL column=NULL: TMP/crm-test-%s.xlsx: sheet "S": xl/worksheets/sheet1.xml declares a DTD (<!DOCTYPE>), which workbooks never do; refused (XXE / entity expansion)
Crm\Import\Exception code=9 row=NULL column=NULL: TMP/crm-test-%s.xlsx: xl/sharedStrings.xml declares a DTD (<!DOCTYPE>), which workbooks never do; refused (XXE / entity expansion)
Crm\Import\Exception code=9 row=NULL column=NULL: TMP/crm-test-%s.xlsx: sheet "S": xl/worksheets/sheet1.xml declares a DTD (<!DOCTYPE>), which workbooks never do; refused (XXE / entity expansion)
bomb file: %d KiB
Crm\Import\Exception code=9 row=NULL column=NULL: TMP/crm-test-%s.xlsx: sheet "S": the zip entry xl/worksheets/sheet1.xml inflates more than 200 times its compressed size (max_compression_ratio); refused as a possible zip bomb
Crm\Import\Exception code=9 row=NULL column=NULL: TMP/crm-test-%s.xlsx: sheet "S": the zip entry xl/worksheets/sheet1.xml declares 33554489 uncompressed bytes, over the limit of 16777216 (max_uncompressed_bytes)
Crm\Import\Exception code=9 row=NULL column=NULL: TMP/crm-test-%s.xlsx: sheet "S": the zip entry xl/worksheets/sheet1.xml inflates more than 200 times its compressed size (max_compression_ratio); refused as a possible zip bomb
Crm\Import\Exception code=9 row=NULL column=NULL: TMP/crm-test-%s.xlsx: sheet "S": the workbook inflates past 16777216 bytes (max_uncompressed_bytes); refused as a possible zip bomb
Crm\Import\Exception code=10 row=NULL column=NULL: TMP/crm-test-%s.xlsx: the zip archive is truncated or damaged (%s)
Crm\Import\Exception code=10 row=NULL column=NULL: TMP/crm-test-%s.xlsx: sheet "S": the zip entry xl/worksheets/sheet1.xml is truncated or damaged (%s)
Crm\Import\Exception code=12 row=NULL column=NULL: TMP/crm-test-%s.xlsx: the workbook is password-protected (encrypted); open it in Excel, remove the password and save it as XLSX
Crm\Import\Exception code=12 row=NULL column=NULL: TMP/crm-test-%s.xlsx: the workbook is password-protected (encrypted); open it in Excel, remove the password and save it as XLSX
Crm\Import\Exception code=8 row=NULL column=NULL: TMP/crm-test-%s.xls: the file is an Excel 97-2003 workbook (.xls) or another OLE2 document; save it as XLSX or CSV
Crm\Import\Exception code=8 row=NULL column=NULL: TMP/crm-test-%s.ods: the file is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV
Crm\Import\Exception code=8 row=NULL column=NULL: TMP/crm-test-%s.numbers: the file is an Apple Numbers document; export it from Numbers as XLSX or CSV
Crm\Import\Exception code=8 row=NULL column=NULL: TMP/crm-test-%s.zip: the file is a zip archive, not an XLSX workbook
Crm\Import\Exception code=8 row=NULL column=NULL: TMP/crm-test-%s.csv: the file is not an XLSX workbook (no zip signature)
Crm\Import\Exception code=8 row=NULL column=NULL: TMP/crm-test-%s.xlsx: the file is a zip container (an XLSX workbook?), but option "format" is "csv"
