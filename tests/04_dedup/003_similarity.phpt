--TEST--
similarity() is Jaro-Winkler over code points: symmetric, 1.0 for equal strings, in [0, 1]
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Dedup\similarity;
printf("%.4f\n", similarity('MARTHA', 'MARHTA'));   // the textbook value 0.9611
printf("%.4f\n", similarity('Марта', 'Марфа'));     // same shape in Cyrillic: code points, not bytes
printf("%.4f\n", similarity('DIXON', 'DICKSONX'));  // 0.8133
var_dump(similarity('', ''), similarity('abc', 'abc'), similarity('abc', ''), similarity('abc', 'xyz'));
var_dump(similarity('Щукина', 'Shchukina') === similarity('Shchukina', 'Щукина'));
$s = similarity(str_repeat('ab', 500), str_repeat('ba', 500));
var_dump($s >= 0.0 && $s <= 1.0);
?>
--EXPECT--
0.9611
0.9067
0.8133
float(1)
float(1)
float(0)
float(0)
bool(true)
bool(true)
