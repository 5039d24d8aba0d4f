--TEST--
Results do not depend on the locale (C, C.UTF-8, ru_RU.UTF-8, ru_RU.CP1251, sv_SE.UTF-8)
--EXTENSIONS--
crm
mbstring
--SKIPIF--
<?php
foreach (['ru_RU.UTF-8', 'ru_RU.CP1251', 'sv_SE.UTF-8'] as $l) {
    if (setlocale(LC_ALL, $l) === false) die("skip locale $l is not installed (scripts/install-deps generates it)");
}
?>
--FILE--
<?php
require __DIR__ . '/files.inc';
$text = "Организация;Город;Komment\r\n\"ООО \"\"Ёж\"\"\";Västerås;\"a;b\r\nc\"\r\nИП Щукин;Малмö;ÅÄÖ åäö\r\n";
$files = [
    crm_test_file($text),
    crm_test_file(mb_convert_encoding(str_replace(['ä', 'å', 'ö', 'Å', 'Ä', 'Ö'], 'a', $text), 'Windows-1251', 'UTF-8')),
    crm_test_file("\xFF\xFE" . mb_convert_encoding(str_replace(';', "\t", $text), 'UTF-16LE', 'UTF-8')),
];
$seen = [];
foreach (['C', 'C.UTF-8', 'ru_RU.UTF-8', 'ru_RU.CP1251', 'sv_SE.UTF-8'] as $locale) {
    setlocale(LC_ALL, $locale);
    $out = '';
    foreach ($files as $p) {
        $r = Crm\Import\Reader::open($p);
        $out .= $r->encoding() . $r->delimiter() . json_encode([$r->header(), iterator_to_array($r, false)]);
    }
    $seen[md5($out)][] = $locale;
}
echo count($seen), " distinct result(s): ", implode(', ', reset($seen)), "\n";
?>
--EXPECT--
1 distinct result(s): C, C.UTF-8, ru_RU.UTF-8, ru_RU.CP1251, sv_SE.UTF-8
