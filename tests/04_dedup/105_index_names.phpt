--TEST--
Index: transliterated, swapped and mistyped names, legal-form variants, ё/е and case meet
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add(1, ['last_name' => 'Щукина', 'first_name' => 'Юлия', 'middle_name' => 'Сергеевна', 'company' => 'ООО «Ромашка»', 'phones' => ['+7 916 111-22-33']]);
$ix->add(2, ['name' => 'Yulia Shukina', 'company' => 'ООО Ромашка', 'phones' => ['89161112233']]);
$ix->add(3, ['name' => 'ЩУКИНА ЮЛИЯ', 'company' => 'Ромашка ООО', 'emails' => ['yu.shchukina@mail.ru']]);
$ix->add(4, ['name' => 'Iuliia Shchukina', 'type' => 'contact', 'emails' => ['Yu.Shchukina@mail.ru']]);
$ix->add(10, ['type' => 'company', 'name' => 'Общество с ограниченной ответственностью «Ёлка-Групп»', 'phones' => ['+7 843 041-83-48']]);
$ix->add(11, ['type' => 'company', 'name' => 'ЕЛКА-ГРУПП ООО', 'phones' => ['8 (843) 0418348']]);
$ix->add(12, ['type' => 'company', 'name' => 'Björkberg Rör Aktiebolag', 'orgnr' => '5560360793', 'region' => 'SE']);
$ix->add(13, ['type' => 'company', 'name' => 'BJÖRKBERG RÖR AB', 'orgnr' => '556036-0793', 'region' => 'SE']);
// 1+2 share a phone and 3+4 an e-mail: safe merges. Across the two pairs there are only the
// name and the company, which is a suggestion for a person (review), not an automatic merge.
// (The e-mail is at a free mail service: a company domain would tell card 4's company, 109.)
echo json_encode($ix->clusters('auto')), "\n", json_encode($ix->clusters('review')), "\n";
?>
--EXPECT--
[[1,2],[3,4],[10,11],[12,13]]
[[1,2,3,4],[10,11],[12,13]]
