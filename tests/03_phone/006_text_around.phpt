--TEST--
Crm\Phone: text around the number is ignored and never becomes digits (no vanity letters)
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\{normalize, parse};
var_dump(normalize("Ольга 8 916 123 45 67"));
var_dump(normalize("8 916 123 45 67 (моб.)"));
var_dump(normalize("+7 916 123 45 67 (Viber)"));
var_dump(normalize("тел.: 8-495-123-45-67"));
var_dump(normalize("Тел/факс 8 (495) 123-45-67, Иван Петрович"));
var_dump(normalize("8 800 FLOWERS"), parse("8 800 FLOWERS")->error);
var_dump(parse("звонить после обеда")->error);
?>
--EXPECT--
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+74951234567"
string(12) "+74951234567"
NULL
string(9) "too_short"
string(12) "not_a_number"
