--TEST--
Crm\Phone: Excel's leading apostrophe, 79161234567.0, and the exponent form that loses digits
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\{normalize, parse};
var_dump(normalize("'89161234567"));
var_dump(normalize("'+7 916 123 45 67"));
var_dump(normalize("79161234567.0"));
var_dump(normalize("79161234567,00"));
var_dump(normalize(" '79161234567.0 "));
var_dump(normalize("7.9161234567E+10"));   // the exponent form keeps every digit: accepted
var_dump(normalize("7.91612E+10"), parse("7.91612E+10")->error);
var_dump(parse("7,91612E+10")->error);
var_dump(parse("1.55E+1")->error);
?>
--EXPECT--
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
string(12) "+79161234567"
NULL
string(11) "digits_lost"
string(11) "digits_lost"
string(12) "not_a_number"
