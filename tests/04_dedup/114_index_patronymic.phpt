--TEST--
Index: the patronymic tells namesakes apart and narrows a common name
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
// one person: 1C card with the patronymic in its field, an Excel card with it in the name
$ix->add(1, ['last_name' => 'Волкский', 'first_name' => 'Леонид', 'middle_name' => 'Геннадьевич', 'city' => 'Санкт-Петербург']);
$ix->add(2, ['name' => 'Волкский Леонид Геннадьевич', 'company' => 'водстальстрой ПАО', 'phones' => ['7 812 237 37 15'], 'city' => 'санкт-петербург']);
// namesakes: the same surname and first name, another patronymic
$ix->add(3, ['type' => 'contact', 'name' => 'Волкский Леонид Петрович', 'city' => 'Санкт-Петербург']);
$ix->add(4, ['type' => 'contact', 'name' => 'Леонид Иванович Волкский', 'city' => 'Санкт-Петербург']);
// no patronymic on one card: the name alone decides nothing either way
$ix->add(5, ['type' => 'contact', 'name' => 'Волкский Леонид', 'city' => 'Санкт-Петербург']);
$show = function (array $m) {
	foreach ($m as [$id, $score, $why]) {
		printf("  %d %s: %s\n", $id, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below'), implode('; ', $why));
	}
};
echo "card 1:\n";
$show($ix->match(['last_name' => 'Волкский', 'first_name' => 'Леонид', 'middle_name' => 'Геннадьевич', 'city' => 'Санкт-Петербург'], 10, 0.0));
echo json_encode($ix->clusters('auto')), "\n", json_encode($ix->clusters('review')), "\n";
?>
--EXPECT--
card 1:
  1 review: same name leonid volkski; same patronymic genadevich; same city
  2 review: same name leonid volkski; same patronymic genadevich; same city
  5 below: same name leonid volkski; same city
  3 below: same name leonid volkski; other patronymic (genadevich / petrovich); same city
  4 below: same name leonid volkski; other patronymic (genadevich / ivanovich); same city
[]
[[1,2]]
