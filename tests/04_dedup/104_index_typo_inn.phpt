--TEST--
Index: a mistyped INN (bad check digit) is evidence, not proof
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add(1, ['type' => 'company', 'name' => 'ООО "Машсервис"', 'inn' => '7710140679', 'phones' => ['+7 846 564-95-80']]);
$ix->add(2, ['type' => 'company', 'name' => 'МАШСЕРВИС ООО', 'inn' => '7710140697', 'phones' => ['8 (846) 5649580']]);
$ix->add(3, ['type' => 'company', 'name' => 'Лютик', 'inn' => '7710140697']);
echo json_encode($ix->clusters('auto')), "\n";
[$id, $score, $reasons] = $ix->match(['type' => 'company', 'name' => 'Машсервис', 'inn' => '7710140697'], 1, 0.0)[0];
echo $id, ' ', implode('; ', $reasons), "\n";
?>
--EXPECT--
[[1,2]]
2 same INN 7710140697 (check digit wrong); same name "машсервис"
