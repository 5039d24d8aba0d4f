--TEST--
Index: a sparse company card joins its company's cluster when the other cards agree on the name
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
// one company as three sources wrote it: 1C (INN, OGRN, switchboard), Excel (INN, no phone),
// a web form (name and the switchboard only)
$ix->add(1, ['type' => 'company', 'name' => 'ООО "Фаворит"', 'inn' => '5092075676', 'ogrn' => '1225018161587', 'phones' => ['7 863 219 35 10'], 'city' => 'Ростов-на-Дону']);
$ix->add(2, ['type' => 'company', 'name' => 'ООО Фаворит', 'inn' => '5092075676', 'kpp' => '509201001']);
$ix->add(3, ['type' => 'company', 'name' => 'Фаворит', 'phones' => ['+7(863)219-35-10']]);
// a company with two lines: each card lists another one (same area code)
$ix->add(10, ['type' => 'company', 'name' => 'Гранит-Трейд ООО', 'inn' => '2377013818', 'phones' => ['7 342 564 27 54', '7 342 958 53 01'], 'city' => 'Пермь']);
$ix->add(11, ['type' => 'company', 'name' => 'Гранит-Трейд', 'inn' => '2377013818', 'phones' => ['+7 342 5642754']]);
$ix->add(12, ['type' => 'company', 'name' => 'Гранит-Трейд', 'phones' => ['+7 342 9585301']]);
// a namesake in another city, with other area codes: not one of them
$ix->add(20, ['type' => 'company', 'name' => 'Фаворит', 'phones' => ['+7 495 123 45 67'], 'city' => 'Москва']);
echo json_encode($ix->clusters('auto')), "\n", json_encode($ix->clusters('review')), "\n";
// the web card's link to the 1C card is a match of its own, with its reasons
foreach ($ix->match(['type' => 'company', 'name' => 'Фаворит', 'phones' => ['+7(863)219-35-10']], 3) as [$id, $score, $why]) {
	printf("%d %s %s\n", $id, $score >= 0.9 ? 'auto' : ($score >= 0.7 ? 'review' : 'below'), implode('; ', $why));
}
?>
--EXPECT--
[[1,2,3],[10,11,12]]
[[1,2,3],[10,11,12]]
1 auto same name "фаворит"; phone +78632193510
3 auto same name "фаворит"; phone +78632193510
