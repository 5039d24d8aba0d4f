--TEST--
Index: a company written in Latin letters meets its Cyrillic card word by word (Ugol'baza = Угольбаза, Vod-Stal = Водсталь) and its switchboard stays one company's; a person's cards with no phone in common say so
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add(1, ['type' => 'company', 'name' => 'ООО «Угольбаза»', 'phones' => ['+7 861 790-73-85']]);
$ix->add(2, ['last_name' => 'Иванов', 'first_name' => 'Пётр', 'company' => 'Угольбаза', 'phones' => ['8 (861) 790-73-85 доб. 201', '+7 916 111-22-33']]);
$ix->add(3, ['type' => 'company', 'name' => 'Vod-Stal LLC']);
foreach ([['type' => 'company', 'name' => "Ugol'baza JSC", 'phones' => ['8 (861) 790-73-85']],
		['type' => 'company', 'name' => 'Водсталь']] as $card) {
	[$id, $score, $reasons] = $ix->match($card, 1, 0.0)[0];
	printf("%d %s: %s\n", $id, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below review'), implode('; ', $reasons));
}
// the switchboard held by the Cyrillic and the Latin card is still one company's number
$ix->add(5, ['type' => 'company', 'name' => "Ugol'baza JSC", 'phones' => ['8 (861) 790-73-85']]);
[$id, $score, $reasons] = $ix->match(['type' => 'company', 'name' => 'УГОЛЬБАЗА', 'phones' => ['7 861 790 73 85']], 1, 0.0)[0];
printf("%d %s: %s\n", $id, $score >= 0.9 ? 'auto' : 'not auto', implode('; ', $reasons));
// one person's cards that both list phones and share none (match() knows only the numbers
// the index holds, so the other number is a colleague's)
$ix->add(4, ['last_name' => 'Сидорова', 'first_name' => 'Анна', 'company' => 'Угольбаза', 'phones' => ['+7 916 999-88-77']]);
foreach ($ix->match(['last_name' => 'Иванов', 'first_name' => 'Пётр', 'phones' => ['+7 916 999-88-77']], 5, 0.0) as [$id, , $reasons]) {
	if ($id === 2) {
		echo $id, ': ', implode('; ', $reasons), "\n";
	}
}
?>
--EXPECT--
1 auto: same name in Latin "ugolbaza"; phone +78617907385
3 below review: same name in Latin "vodstal"
1 auto: same name "угольбаза"; phone +78617907385
2: same name ivanov petr; no phone in common
