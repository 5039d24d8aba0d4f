--TEST--
Crm\Phone: NBSP and other Unicode spaces, dashes, minus, dots, slashes, brackets, full-width digits
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\normalize;
foreach ([
    "8(343)\u{A0}449-78-05", "8\u{202F}916\u{2009}123\u{2013}45\u{2212}67", "8\u{2007}916\u{3000}123\u{2014}45\u{2010}67",
    "８９１６１２３４５６７", "＋７ ９１６ １２３ ４５ ６７", "8.916.123.45.67", "8/916/123 45 67",
    "[8] {916} 1234567", "\t8 916\n123 45 67\r", "\u{FEFF}89161234567",
] as $raw) {
    var_dump(normalize($raw));
}
var_dump(normalize("\xFF\xFE89161234567\xC3"));   // invalid UTF-8 bytes are separators
?>
--EXPECT--
string(12) "+73434497805"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
