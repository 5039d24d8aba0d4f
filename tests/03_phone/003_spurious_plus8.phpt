--TEST--
Crm\Phone: a spurious +8 before a Russian number; a valid +8x reading wins or makes it ambiguous
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\{normalize, parse};
var_dump(normalize("+8 916 123-45-67"));
var_dump(normalize("+8 (343) 123-45-67"));
var_dump(normalize("+8 800 555 35 35"));
var_dump(normalize("+86 10 1234 5678"));              // a real +86 number stays Chinese
var_dump(parse("+8 (495) 123-45-67")->error);         // also Vietnam's +84 95 123 4567
var_dump(normalize("+84 95 123 4567", "SE"));         // no trunk 8 in SE: plainly Vietnam
var_dump(parse("+8 916 123-45-67", "SE")->error);     // only where 8 is the trunk prefix
?>
--EXPECT--
string(12) "+79161234567"
string(12) "+73431234567"
string(12) "+78005553535"
string(13) "+861012345678"
string(9) "ambiguous"
string(12) "+84951234567"
string(20) "invalid_country_code"
