--TEST--
Streaming: memory stays flat whatever the file size; a field split across read buffers is whole
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$line = "\"ООО \"\"Ромашка\"\" №%d\";7707083893;\"многострочный\r\nкомментарий; с разделителем\";+7 916 123-45-67\r\n";
$make = function (int $rows) use ($line) {
    $f = fopen($p = crm_test_file(''), 'w');
    fwrite($f, "Организация;ИНН;Комментарий;Телефон\r\n");
    for ($i = 0; $i < $rows; $i++) {
        fwrite($f, sprintf($line, $i));
    }
    fclose($f);
    return $p;
};
$peak = [];
foreach ([2000, 100000] as $rows) {
    $p = $make($rows);
    $before = memory_get_usage();
    $r = Crm\Import\Reader::open($p);
    $n = 0; $ok = true;
    foreach ($r as $row) {
        $ok = $ok && $row[0] === "ООО \"Ромашка\" №$n" && $row[2] === "многострочный\r\nкомментарий; с разделителем";
        $n++;
    }
    $peak[$rows] = memory_get_peak_usage() - $before;
    printf("%d rows read, all fields whole: %s, last row at line %d\n", $n, $ok ? 'yes' : 'NO', $r->rowNumber());
    unset($r);
    memory_reset_peak_usage();
}
// 50x the rows must not need noticeably more memory (the PHP heap; the core's buffers are fixed).
var_dump($peak[100000] < $peak[2000] + 256 * 1024);
?>
--EXPECT--
2000 rows read, all fields whole: yes, last row at line 4000
100000 rows read, all fields whole: yes, last row at line 200000
bool(true)
