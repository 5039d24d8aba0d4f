--TEST--
Line ends CRLF, LF and CR (mixed), no final line end, blank and trailing empty lines; rowNumber counts source lines
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$p = crm_test_file("name,phone\r\nA,1\nB,2\rC,3\r\n\r\nD,\"4\r\n5\"\nE,6\n\n\r\n");
$r = Crm\Import\Reader::open($p);
foreach ($r as $row) {
    echo $r->rowNumber(), ": ", json_encode($row), "\n";
}
$r = Crm\Import\Reader::open(crm_test_file("name,phone\nA,1\nB,2"));
echo json_encode(iterator_to_array($r, false)), " last row at ", $r->rowNumber(), "\n";
$r = Crm\Import\Reader::open(crm_test_file(""));
var_dump($r->header(), iterator_to_array($r, false));
?>
--EXPECT--
2: ["A","1"]
3: ["B","2"]
4: ["C","3"]
6: ["D","4\r\n5"]
8: ["E","6"]
[["A","1"],["B","2"]] last row at 3
NULL
array(0) {
}
