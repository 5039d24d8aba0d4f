--TEST--
Delimiter detection among ; , TAB |, robust to delimiters inside quoted fields; the option overrides
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$files = [
    'semicolon' => "org;inn;note\n\"A, B, C\";7707083893;\"x, y\"\n\"D, E\";500100732259;\"z, w, v\"\n",
    'comma'     => "org,inn,note\n\"A; B; C\",7707083893,\"x; y\"\n\"D; E\",500100732259,\"z; w; v\"\n",
    'tab'       => "org\tinn\tnote\nA, B\t7707083893\tx; y\nC|D\t500100732259\tz\n",
    'pipe'      => "org|inn|note\nA, B|7707083893|x; y\nC\tD|500100732259|z\n",
];
foreach ($files as $name => $text) {
    $r = Crm\Import\Reader::open(crm_test_file($text));
    echo $name, ": ", json_encode($r->delimiter()), " ", json_encode(iterator_to_array($r, false)[0], JSON_UNESCAPED_UNICODE), "\n";
}
$r = Crm\Import\Reader::open(crm_test_file("a;b,c\n1;2,3\n"), ['delimiter' => ',', 'header' => false]);
echo "override: ", json_encode(iterator_to_array($r, false)), "\n";
crm_error(fn() => Crm\Import\Reader::open(crm_test_file("a\n"), ['delimiter' => ';;']));
crm_error(fn() => Crm\Import\Reader::open(crm_test_file("a\n"), ['delimiter' => '"']));
?>
--EXPECT--
semicolon: ";" ["A, B, C","7707083893","x, y"]
comma: "," ["A; B; C","7707083893","x; y"]
tab: "\t" ["A, B","7707083893","x; y"]
pipe: "|" ["A, B","7707083893","x; y"]
override: [["a;b","c"],["1;2","3"]]
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "delimiter" must be "auto" or one byte other than a quote or a line end
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "delimiter" must be "auto" or one byte other than a quote or a line end
