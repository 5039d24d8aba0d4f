--TEST--
Index: a shared office phone alone never merges two different people
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
foreach (['Иванов Иван', 'Петрова Мария', 'Сидоров Олег', 'Кузнецова Анна'] as $i => $n) {
    $ix->add($i, ['type' => 'contact', 'name' => $n, 'company' => 'ООО Ромашка', 'phones' => ['+7 (495) 123-45-67']]);
}
$ix->add('dup', ['type' => 'contact', 'name' => 'Ivanov Ivan', 'company' => 'Ромашка', 'phones' => ['8 495 1234567']]);
var_dump($ix->clusters('review'));
$m = $ix->match(['type' => 'contact', 'name' => 'Петрова Мария', 'phones' => ['84951234567']], 10, 0.0);
foreach ($m as [$id, $score, $reasons]) { if ($id === 0) { echo implode('; ', $reasons), "\n"; } }
?>
--EXPECT--
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(0)
    [1]=>
    string(3) "dup"
  }
}
different names (0.51); phone +74951234567 (shared by 5 cards)
