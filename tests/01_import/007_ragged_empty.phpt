--TEST--
Ragged rows are padded with null to the header's width (extra fields kept); empty => null
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$p = crm_test_file("org;inn;kpp;phone\nA;7707083893\nB;7707083893;770701001;+7 495 000-00-00;extra\nC;;;\n\"\";\"\";x;\n");
crm_show(crm_rows($p));
echo "--\n";
crm_show(crm_rows($p, ['empty' => null]));
echo "--\n";
$r = Crm\Import\Reader::open($p);
$header = $r->header();
foreach ($r->fetch(1) as $row) {
    echo json_encode(array_combine($header, $row)), "\n";
}
crm_error(fn() => crm_rows($p, ['empty' => 'NULL']));
?>
--EXPECT--
["A","7707083893",null,null]
["B","7707083893","770701001","+7 495 000-00-00","extra"]
["C","","",""]
["","","x",""]
--
["A","7707083893",null,null]
["B","7707083893","770701001","+7 495 000-00-00","extra"]
["C",null,null,null]
[null,null,"x",null]
--
{"org":"A","inn":"7707083893","kpp":null,"phone":null}
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "empty" must be "" or null
