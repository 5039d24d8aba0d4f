--TEST--
Crm\Dedup\personKeys/companyKeys/emailKeys: the single-value keys over a column, keys kept
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Dedup\{companyKey, companyKeys, emailKey, emailKeys, personKey, personKeys};

$names = ['Юлия Щукина', 'Iuliia Shchukina', 'ХОХЛОВ Александр Андреевич', '', 'Natal\'ya Tsoy', str_repeat('Щукина ', 200)];
$companies = ['ООО «Ромашка»', 'ромашка', 'Åkesson & Söner AB', 'ООО АО', str_repeat('Ромашка ', 300)];
$emails = ['Info@Romashka.RU', ' info@romashka.ru ', 'not an address', 'a@b', 'mailto:info@romashka.ru'];
// a list, and the same values under string and sparse keys
foreach ([$names, array_combine(array_map(fn ($i) => "r$i", array_keys($names)), $names), [5 => $names[0], 2 => $names[1]]] as $col) {
	var_dump(personKeys($col) === array_map('Crm\Dedup\personKey', $col));
}
var_dump(companyKeys($companies) === array_map('Crm\Dedup\companyKey', $companies));
var_dump(emailKeys($emails) === array_map('Crm\Dedup\emailKey', $emails));
var_dump(personKeys([]), emailKeys([null, 7]), companyKeys([10 => 1001]));
// a stored key fed back in is its own key
var_dump(personKeys(personKeys($names)) === personKeys($names));
// values by reference (a column built with foreach-by-reference)
$ref = ['Юлия Щукина'];
foreach ($ref as &$r) {}
var_dump(personKeys($ref));
unset($r);
try {
	companyKeys(['ООО «Ромашка»', 1.5]);
} catch (TypeError $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
	emailKeys([['a@b.ru']]);
} catch (TypeError $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(0) {
}
array(2) {
  [0]=>
  NULL
  [1]=>
  NULL
}
array(1) {
  [10]=>
  string(4) "1001"
}
bool(true)
array(1) {
  [0]=>
  string(15) "iulia shchukina"
}
TypeError: Crm\Dedup\companyKeys(): Argument #1 ($names) must contain only strings, ints or null, float given
TypeError: Crm\Dedup\emailKeys(): Argument #1 ($emails) must contain only strings, ints or null, array given
