--TEST--
Index: the same INN with another KPP is a branch, a separate card; same INN and KPP merges
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add('hq', ['type' => 'company', 'name' => 'ПАО Сбербанк', 'inn' => '7707083893', 'kpp' => '773601001']);
$ix->add('hq2', ['type' => 'company', 'name' => 'Сбербанк, ПАО', 'inn' => 7707083893, 'kpp' => '773601001']);
$ix->add('spb', ['type' => 'company', 'name' => 'ПАО Сбербанк', 'inn' => '7707083893', 'kpp' => '784243001']);
echo json_encode($ix->clusters('auto')), "\n";
[$id, $score, $reasons] = $ix->match(['type' => 'company', 'name' => 'ПАО Сбербанк', 'inn' => '7707083893', 'kpp' => '784243001'], 1, 0.0)[0];
var_dump($id);
$m = $ix->match(['type' => 'company', 'name' => 'ПАО Сбербанк', 'inn' => '7707083893', 'kpp' => '773601001'], 10, 0.0);
foreach ($m as [$id, $score, $reasons]) { if ($id === 'spb') { var_dump($score <= 0.5); echo $reasons[1], "\n"; } }
?>
--EXPECT--
[["hq","hq2"]]
string(3) "spb"
bool(true)
other KPP 773601001 / 784243001: a branch, a separate card
