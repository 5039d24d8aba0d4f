--TEST--
Index: a shared mailbox (buh@) is weak evidence; a personal address is strong
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add(1, ['name' => 'Орлова Елена', 'type' => 'contact', 'company' => 'ООО Вектор', 'emails' => ['buh@vektor.ru']]);
$ix->add(2, ['name' => 'Лебедев Артём', 'type' => 'contact', 'company' => 'ООО Вектор', 'emails' => ['buh@vektor.ru']]);
$ix->add(3, ['name' => 'Yelena Orlova', 'type' => 'contact', 'emails' => ['BUH@vektor.ru', 'e.orlova@vektor.ru']]);
$ix->add(4, ['name' => 'Орлова Елена', 'type' => 'contact', 'emails' => ['e.orlova@vektor.ru']]);
echo json_encode($ix->clusters('review')), "\n";
echo json_encode(array_column($ix->match(['type' => 'contact', 'name' => 'Артём Лебедев', 'emails' => ['buh@vektor.ru']]), 0)), "\n";
?>
--EXPECT--
[[1,3,4]]
[2]
