--TEST--
Crm\Phone\normalizeMany: keys kept, values E.164 or null; ints accepted; references followed
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\normalizeMany;
$x = "8 (343) 449-78-05";
var_dump(normalizeMany([
    "ivan" => "8 916 123-45-67", 10 => "123-45-67", 3 => 79161234567, "bad" => "abc", "n" => null, -1 => &$x,
], "RU", "495"));
var_dump(normalizeMany([]));
var_dump(normalizeMany(["+46 8 123 456 78", "08-123 456 78"], "SE"));
?>
--EXPECT--
array(6) {
  ["ivan"]=>
  string(12) "+79161234567"
  [10]=>
  string(12) "+74951234567"
  [3]=>
  string(12) "+79161234567"
  ["bad"]=>
  NULL
  ["n"]=>
  NULL
  [-1]=>
  string(12) "+73434497805"
}
array(0) {
}
array(2) {
  [0]=>
  string(12) "+46812345678"
  [1]=>
  string(12) "+46812345678"
}
