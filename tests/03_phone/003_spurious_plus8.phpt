--TEST--
Crm\Phone: a spurious +8 before a Russian number; an 8 written apart is a trunk, +84… together is Vietnam
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\{normalize, parse};
var_dump(normalize("+8 916 123-45-67"));
var_dump(normalize("+8 (343) 123-45-67"));
var_dump(normalize("+8 800 555 35 35"));
var_dump(normalize("+86 10 1234 5678"));              // a real +86 number stays Chinese
var_dump(normalize("+8 (495) 123-45-67"));            // 8 written apart: a trunk, not Vietnam's +84
var_dump(normalize("+84951234567"));                  // written together (as E.164): Vietnam
var_dump(normalize("+89161234567"));                  // +89… is no country: the trunk reading
var_dump(normalize("+84 95 123 4567", "SE"));         // no trunk 8 in SE: plainly Vietnam
var_dump(parse("+8 916 123-45-67", "SE")->error);     // only where 8 is the trunk prefix
?>
--EXPECT--
string(12) "+79161234567"
string(12) "+73431234567"
string(12) "+78005553535"
string(13) "+861012345678"
string(12) "+74951234567"
string(12) "+84951234567"
string(12) "+79161234567"
string(12) "+84951234567"
string(20) "invalid_country_code"
