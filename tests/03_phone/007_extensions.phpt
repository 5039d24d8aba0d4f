--TEST--
Crm\Phone: every extension marker, Cyrillic and Latin, any case
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\parse;
foreach (["доб.", "доб", "д.", "вн.", "добавочный", "ext", "ext.", "x", "#", "ДОБ.", "Доб", "EXT.", "X", "Вн."] as $m) {
    $p = parse("8 (495) 123-45-67 $m 123");
    printf("%s | %s %s\n", $m, $p->e164, var_export($p->extension, true));
}
$p = parse("+7 495 123-45-67 x123 (Ольга)");
var_dump($p->extension);
var_dump(parse("8 (495) 123-45-67")->extension);
$p = parse("12 доб. 5");                       // an invalid number keeps its extension
var_dump($p->valid, $p->extension);
?>
--EXPECT--
доб. | +74951234567 '123'
доб | +74951234567 '123'
д. | +74951234567 '123'
вн. | +74951234567 '123'
добавочный | +74951234567 '123'
ext | +74951234567 '123'
ext. | +74951234567 '123'
x | +74951234567 '123'
# | +74951234567 '123'
ДОБ. | +74951234567 '123'
Доб | +74951234567 '123'
EXT. | +74951234567 '123'
X | +74951234567 '123'
Вн. | +74951234567 '123'
string(3) "123"
NULL
bool(false)
string(1) "5"
