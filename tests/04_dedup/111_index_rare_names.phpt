--TEST--
Index: in a large index a name few cards carry suggests a pair (review) but never merges it alone
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
// 10,000 other companies: below that size the index cannot tell a rare name from a common one
for ($i = 0; $i < 10000; $i++) {
	$ix->add("f$i", ['type' => 'company', 'name' => 'Filler ' . dechex($i * 7919)]);
}
$card = ['type' => 'company', 'name' => 'Гидрострой-Урал', 'phones' => ['+7 343 555-12-34']];
$ix->add('a', ['type' => 'company', 'name' => 'ООО «Гидрострой-Урал»', 'inn' => '7707083893']);
foreach ($ix->match($card, 1, 0.0) as [$id, $score, $reasons]) {
	printf("%s %s: %s\n", $id, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below review'), implode('; ', $reasons));
}
// with its own info@ as well: still a suggestion (frequency lifts a pair up to just below auto)
$ix->add('b', ['type' => 'company', 'name' => 'Гидрострой-Урал АО', 'emails' => ['info@gidrostroi-ural.ru']]);
[$id, $score] = $ix->match($card + ['emails' => ['info@gidrostroi-ural.ru']], 1, 0.0)[0];
printf("%s %s\n", $id, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below review'));
// the more cards carry the name, the less it says: on four cards the same name alone stays
// below review, on nine it is not rare at all
$ix->add('c', ['type' => 'company', 'name' => 'Гидрострой-Урал', 'city' => 'Пермь']);
[$id, $score, $reasons] = $ix->match($card, 1, 0.0)[0];
printf("%s %s: %s\n", $id, $score >= 0.7 ? 'review' : 'below review', implode('; ', $reasons));
for ($i = 0; $i < 5; $i++) {
	$ix->add("d$i", ['type' => 'company', 'name' => 'Гидрострой-Урал', 'city' => 'Пермь']);
}
[$id, $score, $reasons] = $ix->match($card, 1, 0.0)[0];
printf("%s %s: %s\n", $id, $score >= 0.7 ? 'review' : 'below review', implode('; ', $reasons));
?>
--EXPECT--
a review: same name "гидрострой урал"; a rare name (2 cards)
b review
a below review: same name "гидрострой урал"; a rare name (4 cards)
a below review: same name "гидрострой урал"
