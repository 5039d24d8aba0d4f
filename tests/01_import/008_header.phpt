--TEST--
header => auto tells a header row from data; true and false force it
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$with = crm_test_file("Организация;ИНН;КПП;Телефон;Дата создания\nРомашка;7707083893;770701001;+74951234567;01.02.2023\nЛютик;500100732259;;89161234567;15.03.2024\n");
$without = crm_test_file("Ромашка;7707083893;770701001;+74951234567;01.02.2023\nЛютик;500100732259;;89161234567;15.03.2024\n");
$english = crm_test_file("Company,Email,Phone\nAcme,info@acme.example,+1 212 555 0100\nBolt,sales@bolt.example,+46 8 123 456 78\n");
foreach (['with' => $with, 'without' => $without, 'english' => $english] as $name => $p) {
    $r = Crm\Import\Reader::open($p);
    printf("%-8s header=%s rows=%d first=%s\n", $name, json_encode($r->header(), JSON_UNESCAPED_UNICODE),
        count($rows = iterator_to_array($r, false)), json_encode($rows[0][0], JSON_UNESCAPED_UNICODE));
}
$r = Crm\Import\Reader::open($without, ['header' => true]);
echo "forced on:  ", json_encode($r->header(), JSON_UNESCAPED_UNICODE), " then ", count(iterator_to_array($r, false)), " row\n";
$r = Crm\Import\Reader::open($with, ['header' => false]);
echo "forced off: ", json_encode($r->header()), " then ", count(iterator_to_array($r, false)), " rows\n";
crm_error(fn() => Crm\Import\Reader::open($with, ['header' => 'yes']));
?>
--EXPECT--
with     header=["Организация","ИНН","КПП","Телефон","Дата создания"] rows=2 first="Ромашка"
without  header=null rows=2 first="Ромашка"
english  header=["Company","Email","Phone"] rows=2 first="Acme"
forced on:  ["Ромашка","7707083893","770701001","+74951234567","01.02.2023"] then 1 row
forced off: null then 3 rows
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "header" must be true, false or "auto"
