--TEST--
Index: the same INN on a card without its KPP, but in another city or at other switchboards, is maybe a branch: suggested, never merged unasked
--EXTENSIONS--
crm
--FILE--
<?php
$hq = ['type' => 'company', 'name' => 'ООО "Вектор-Лайн"', 'inn' => '7707083893', 'kpp' => '770701001', 'city' => 'Москва', 'phones' => ['+7 495 123-45-67']];
$show = function (string $what, array $card) use ($hq) {
	$ix = new Crm\Dedup\Index();
	$ix->add('hq', $hq);
	$ix->add('card', $card);
	$pair = fn (string $t) => $ix->clusters($t) === [['hq', 'card']];
	printf("%s: %s\n", $what, $pair('auto') ? 'auto' : ($pair('review') ? 'review' : 'below review'));
};
$show('same city and switchboard', ['type' => 'company', 'name' => 'Вектор-Лайн ООО', 'inn' => '7707083893', 'city' => 'москва', 'phones' => ['8 (495) 123-45-67']]);
$show('other city', ['type' => 'company', 'name' => 'Вектор-Лайн ООО', 'inn' => '7707083893', 'city' => 'Казань']);
$show('other area code', ['type' => 'company', 'name' => 'Вектор-Лайн ООО', 'inn' => '7707083893', 'phones' => ['+7 843 796-97-74']]);
$show('other city and area code', ['type' => 'company', 'name' => 'Вектор-Лайн ООО', 'inn' => '7707083893', 'city' => 'Казань', 'phones' => ['+7 843 796-97-74']]);
$show('both KPPs, the same', ['type' => 'company', 'name' => 'Вектор-Лайн ООО', 'inn' => '7707083893', 'kpp' => '770701001', 'city' => 'Казань', 'phones' => ['+7 843 796-97-74']]);
?>
--EXPECT--
same city and switchboard: auto
other city: review
other area code: review
other city and area code: below review
both KPPs, the same: auto
