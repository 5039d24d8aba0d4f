--TEST--
Crm\Phone\normalizeMany of a list (read two by two) gives normalize() of each value, in order; a TypeError in the middle leaves nothing behind
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\normalize;
use function Crm\Phone\normalizeMany;

// A column of every kind: clean and messy numbers, invalid ones, ints and nulls between strings,
// an odd count, the same number twice, a number already in E.164 (returned as is).
$column = [
    "8 916 123-45-67", "+7 495 123-45-67", "123-45-67", "8 (343) 449-78-05", "+8 916 123 45 67",
    79161234567, "8 10 49 30 1234567", null, "abc", "8 916 123-45-67 доб. 12", "7.91612E+10",
    "+74951234567", "+74951234567", "8\u{A0}727\u{A0}258-12-34", "８ ９１６ １２３ ４５ ６７",
    "8 (100) 123-45-67", "+49 30 1234567", "", "8 800 555-35-35", "8 0449 742-156",
];
foreach (["RU", "KZ", "BY", "DE"] as $region) {
    foreach ([null, "495"] as $area) {
        $one = array_map(fn($v) => $v === null ? null : normalize((string) $v, $region, $area), $column);
        $many = normalizeMany($column, $region, $area);
        echo $region, " ", $area ?? "-", ": ", $many === $one ? "same" : "DIFFERENT", ", ",
            count(array_filter($many)), " valid\n";
    }
}
// pairs of every length from 0 to 5, so a last value without a partner is covered
for ($n = 0; $n <= 5; $n++) {
    echo $n, ": ", implode(" ", array_map(fn($v) => $v ?? "null", normalizeMany(array_slice($column, 0, $n)))), "\n";
}
$r = normalizeMany(["+7 495 123-45-67", "+74951234567"]);
var_dump($r[1]);
try {
    normalizeMany(["8 916 123-45-67", "8 495 123-45-67", 1.5, "8 916 123-45-67"]);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
RU -: same, 13 valid
RU 495: same, 14 valid
KZ -: same, 13 valid
KZ 495: same, 14 valid
BY -: same, 7 valid
BY 495: same, 7 valid
DE -: same, 13 valid
DE 495: same, 14 valid
0: 
1: +79161234567
2: +79161234567 +74951234567
3: +79161234567 +74951234567 null
4: +79161234567 +74951234567 null +73434497805
5: +79161234567 +74951234567 null +73434497805 +79161234567
string(12) "+74951234567"
TypeError: Crm\Phone\normalizeMany(): Argument #1 ($raws) must contain only strings, ints or null, float given
