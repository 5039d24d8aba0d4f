--TEST--
Index: a switchboard with the same extension is a person's own line; another extension is another person
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
// ten people at one switchboard: the number alone says little
for ($i = 0; $i < 10; $i++) {
	$ix->add("s$i", ['name' => ['Петров Олег', 'Сидорова Анна', 'Кузнецов Иван', 'Орлова Вера', 'Зайцев Глеб',
		'Лебедева Нина', 'Морозов Юрий', 'Волкова Ирина', 'Соколов Пётр', 'Новикова Зоя'][$i],
		'company' => 'ООО Вектор', 'phones' => ['+7 495 123-45-67 доб. ' . (300 + $i)]]);
}
$ix->add(1, ['type' => 'contact', 'name' => 'Лаврушкин Антон Геннадьевич', 'phones' => ['8 (495) 123-45-67 доб. 230']]);
$ix->add(2, ['type' => 'contact', 'name' => 'Лаврушкин А.Г.', 'phones' => ['+7 495 1234567#230'], 'city' => 'Москва']);
$ix->add(3, ['type' => 'contact', 'name' => 'Лаврушкин Антон', 'phones' => ['+7 495 123 45 67 ext. 231']]);
foreach ($ix->match(['type' => 'contact', 'name' => 'Лаврушкин Антон Геннадьевич', 'phones' => ['8 (495) 123-45-67 доб. 230']], 3, 0.0) as [$id, $score, $why]) {
	printf("%s %s: %s\n", $id, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below review'), implode('; ', $why));
}
?>
--EXPECT--
1 auto: same name anton lavrushkin; same patronymic genadevich; phone +74951234567 (shared by 13 cards); extension line +74951234567#230 (shared by 2 cards)
2 review: name fits the initials; phone +74951234567 (shared by 13 cards); extension line +74951234567#230 (shared by 2 cards)
3 below review: same name anton lavrushkin; phone +74951234567 (shared by 13 cards); other extension at one switchboard
