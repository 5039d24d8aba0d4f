--TEST--
Index: "Иванов И.П." meets the full name whose initials it carries, in Cyrillic or Latin, and no other
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add(1, ['last_name' => 'Комаров', 'first_name' => 'Пётр', 'middle_name' => 'Владимирович', 'company' => 'ООО «Автопласт»', 'phones' => ['+7 343 643-90-12']]);
$ix->add(2, ['name' => 'Комаров Андрей Владимирович', 'company' => 'ООО «Автопласт»', 'phones' => ['+7 343 643-90-12']]);
$ix->add(3, ['type' => 'contact', 'name' => 'Yulia Lebedeva', 'emails' => ['lebedeva@mail.ru']]);
$ix->add(4, ['type' => 'contact', 'name' => 'Юрий Лебедев', 'emails' => ['yu.lebedev@vektor.ru']]);
$show = function (array $card) use ($ix) {
	foreach ($ix->match($card, 5, 0.0) as [$id, $score, $reasons]) {
		$fits = in_array('name fits the initials', $reasons, true) ? 'fits' : (in_array('other initials', $reasons, true) ? 'other initials' : 'neither');
		printf("  %d %s %s\n", $id, $score >= 0.7 ? 'review' : 'below review', $fits);
	}
};
// the switchboard is shared by both Комаровы: only the initials tell which one
echo "Комаров П.В.\n";
$show(['name' => 'Комаров П.В.', 'company' => 'Автопласт', 'phones' => ['8 (343) 643-90-12']]);
echo "Комаров А.\n";
$show(['name' => 'Комаров А.', 'company' => 'Автопласт', 'phones' => ['8 (343) 643-90-12']]);
// no shared phone or e-mail: found through the surname + initial block; Ю. = Yu. = I.
echo "Лебедева Ю.\n";
$show(['type' => 'contact', 'name' => 'Лебедева Ю.', 'emails' => ['buh@romashka.ru']]);
echo "Lebedev Yu.\n";
$show(['type' => 'contact', 'name' => 'Lebedev Yu.']);
?>
--EXPECT--
Комаров П.В.
  1 review fits
  2 below review other initials
Комаров А.
  2 review fits
  1 below review other initials
Лебедева Ю.
  3 below review fits
Lebedev Yu.
  4 below review fits
