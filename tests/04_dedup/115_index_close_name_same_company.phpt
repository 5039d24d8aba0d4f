--TEST--
Index: a mistyped name in the same company is one person, unless many companies carry that name
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add('co', ['type' => 'company', 'name' => 'АО "Оптикпластконтракт"', 'inn' => '7707083893']);
$ix->add(1, ['last_name' => 'Филиппушкин', 'first_name' => 'Александр', 'middle_name' => 'Антонович', 'company' => 'АО "Оптикпластконтракт"', 'phones' => ['84950356313']]);
$ix->add(2, ['name' => 'Фииппушкин Александр Антонович', 'company' => 'оптикпластконтракт АО', 'phones' => ['7 972 704 51 91']]);
// five companies are called "Эверест": the same two names there may be two people of two of them
for ($i = 0; $i < 5; $i++) {
	$ix->add("e$i", ['type' => 'company', 'name' => 'ООО "Эверест"', 'city' => ['Москва', 'Казань', 'Уфа', 'Пермь', 'Тверь'][$i]]);
}
$ix->add(3, ['name' => 'Филиппушкин Александр Антонович', 'company' => 'Эверест', 'phones' => ['+7 947 936 01 16']]);
$ix->add(4, ['name' => 'Фииппушкин Александр Антонович', 'company' => 'ООО «Эверест»', 'phones' => ['+7 956 389 23 28']]);
foreach ([[1, 2], [3, 4]] as [$a, $b]) {
	$probe = $a === 1
		? ['last_name' => 'Филиппушкин', 'first_name' => 'Александр', 'middle_name' => 'Антонович', 'company' => 'АО "Оптикпластконтракт"', 'phones' => ['84950356313']]
		: ['name' => 'Филиппушкин Александр Антонович', 'company' => 'Эверест', 'phones' => ['+7 947 936 01 16']];
	foreach ($ix->match($probe, 5, 0.0) as [$id, $score, $why]) {
		if ($id === $b) {
			printf("%d-%d %s: %s\n", $a, $b, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below review'), implode('; ', $why));
		}
	}
}
?>
--EXPECT--
1-2 review: name 0.93; same patronymic antonovich; same company "оптикпластконтракт"; no phone in common
3-4 below review: name 0.93; same patronymic antonovich; same company "эверест"; no phone in common
