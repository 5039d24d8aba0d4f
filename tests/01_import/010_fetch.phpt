--TEST--
fetch() returns batches; max_rows stops early; foreach and fetch share one position
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$text = "n;square\n";
for ($i = 1; $i <= 25; $i++) {
    $text .= "$i;" . ($i * $i) . "\n";
}
$p = crm_test_file($text);
$r = Crm\Import\Reader::open($p);
foreach ([10, 10, 10, 10] as $n) {
    $batch = $r->fetch($n);
    echo count($batch), " rows, last ", json_encode(end($batch)), " at line ", $r->rowNumber(), "\n";
}
$r = Crm\Import\Reader::open($p, ['max_rows' => 7]);
echo count($r->fetch(3)), " + ";
$rest = 0;
foreach ($r as $row) { $rest++; }
echo $rest, " rows with max_rows 7\n";
echo count(Crm\Import\Reader::open($p)->fetch()), " rows with the default batch\n";
crm_error(fn() => Crm\Import\Reader::open($p)->fetch(0));
crm_error(fn() => Crm\Import\Reader::open($p, ['max_rows' => -1]));
?>
--EXPECT--
10 rows, last ["10","100"] at line 11
10 rows, last ["20","400"] at line 21
5 rows, last ["25","625"] at line 26
0 rows, last false at line 26
3 + 4 rows with max_rows 7
25 rows with the default batch
ValueError: Crm\Import\Reader::fetch(): Argument #1 ($max) must be greater than 0
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "max_rows" must be an int >= 0 (0: no limit)
