--TEST--
Index: match() of a new card against everything indexed, without re-building; thresholds by name or float
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index(['thresholds' => ['auto' => 0.95, 'review' => 0.5]]);
$ix->add(1, ['type' => 'company', 'name' => 'ООО Ромашка', 'inn' => '7710140679', 'phones' => ['+7 495 765-43-21']]);
$card = ['type' => 'company', 'name' => 'Ромашка', 'phones' => ['8 (495) 765 43 21']];
$m = $ix->match($card);
echo count($m), ' ', $m[0][0], ' ', round($m[0][1], 3), ' ', implode('; ', $m[0][2]), "\n";
var_dump($ix->match($card, 10, 'auto'), count($ix->match($card, 10, 0.9)));
$ix->add(2, $card);
echo json_encode($ix->clusters()), json_encode($ix->clusters('review')), json_encode($ix->clusters(0.9)), "\n";
$ix->add(3, ['type' => 'company', 'name' => 'ромашка', 'phones' => ['+74957654321'], 'city' => 'Москва']);
echo json_encode($ix->match(['type' => 'company', 'name' => 'Ромашка ООО', 'phones' => ['+74957654321']], 2, 0.0) === [] ? [] : array_column($ix->match(['type' => 'company', 'name' => 'Ромашка ООО', 'phones' => ['+74957654321']], 2, 0.0), 0)), "\n";
?>
--EXPECT--
1 1 0.924 same name "ромашка"; phone +74957654321
array(0) {
}
int(1)
[][[1,2]][[1,2]]
[1,2]
