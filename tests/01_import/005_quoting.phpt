--TEST--
Real-world quoting: doubled quotes, delimiters and line breaks inside quotes, lone quotes kept as Excel does
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$p = crm_test_file(
    "Организация;Комментарий;ИНН\r\n" .
    "\"ООО \"\"Ромашка\"\"\";\"звонить; после 14:00\r\nспросить бухгалтера\";7707083893\r\n" .
    "Магазин 5\" дюймов;Двор \"Ёлки\";500100732259\r\n" .
    "\"Кавычки\" после;\"\";7707083893\r\n" .
    "\"\"\"\";\"a\nb\rc\";7707083893\r\n"
);
$r = Crm\Import\Reader::open($p);
foreach ($r as $row) {
    echo $r->rowNumber(), ": ", json_encode($row, JSON_UNESCAPED_UNICODE), "\n";
}
?>
--EXPECT--
2: ["ООО \"Ромашка\"","звонить; после 14:00\r\nспросить бухгалтера","7707083893"]
4: ["Магазин 5\" дюймов","Двор \"Ёлки\"","500100732259"]
5: ["Кавычки после","","7707083893"]
6: ["\"","a\nb\rc","7707083893"]
