--TEST--
Crm\Phone: local numbers completed from $areaCode; without one: no_area_code
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\{normalize, parse};
var_dump(normalize("123-45-67", "RU", "495"));
var_dump(normalize("2-34-56", "RU", "34350"));
var_dump(normalize("234-56-78", "RU", "8495"));     // area code written with its trunk prefix
var_dump(normalize("8 916 123-45-67", "RU", "495")); // a full number ignores the area code
var_dump(normalize("123 45 67", "SE", "8"));
var_dump(normalize("23-45-67", "RU", "343"));       // 343 + 6 digits: too short, not completed
var_dump(parse("23-45-67", "RU", "343")->error);
var_dump(normalize("123-45-67"));
var_dump(parse("123-45-67")->error);
var_dump(parse("12-34-56")->error);
?>
--EXPECT--
string(12) "+74951234567"
string(12) "+73435023456"
string(12) "+74952345678"
string(12) "+79161234567"
string(11) "+4681234567"
NULL
string(9) "too_short"
NULL
string(12) "no_area_code"
string(12) "no_area_code"
