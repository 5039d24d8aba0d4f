--TEST--
Index: a contact card without a company gets it from its e-mail domain (not from a free mail service)
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add(1, ['last_name' => 'Осипова', 'first_name' => 'Софья', 'company' => 'АО "Тепломаркет"', 'phones' => ['+7 863 238-52-33']]);
$ix->add(2, ['type' => 'contact', 'name' => 'Софья Осипова', 'emails' => ['s.osipova@teplomarket24.ru']]);
$ix->add(3, ['type' => 'contact', 'name' => 'Софья Осипова', 'emails' => ['s.osipova@vodstal.ru']]);
$ix->add(4, ['type' => 'contact', 'name' => 'Софья Осипова', 'emails' => ['osipova77@mail.ru']]);
foreach ($ix->match(['last_name' => 'Осипова', 'first_name' => 'Софья', 'company' => 'Тепломаркет'], 5, 0.0) as [$id, $score, $reasons]) {
	printf("%d %s: %s\n", $id, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below review'), implode('; ', $reasons));
}
echo json_encode($ix->clusters('auto')), "\n";
?>
--EXPECT--
1 auto: same name osipova sofia; same company "тепломаркет"
2 auto: same name osipova sofia; e-mail domain of the same company
4 below review: same name osipova sofia
3 below review: same name osipova sofia; e-mail domain of another company
[[1,2]]
