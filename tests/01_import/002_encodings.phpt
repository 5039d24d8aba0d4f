--TEST--
Encodings are detected without being told and rows come out as UTF-8
--EXTENSIONS--
crm
mbstring
--FILE--
<?php
require __DIR__ . '/files.inc';
$ru = "Организация;ИНН;Контактное лицо\r\n\"ООО \"\"Ёлка\"\"\";7707083893;Щукин Юрий Фёдорович\r\nИП Семёнова;500100732259;Наталья Сергеевна\r\n";
$sv = "Företag;Organisationsnummer;Ort;Kontakt\r\nÅkesson & Söner AB;556036-0793;Västerås;Åsa Öberg\r\nBläckfisk HB;969663-7033;Malmö;Jörgen Ärlig\r\n";
$cases = [
    'UTF-8'         => [$ru, fn($s) => $s],
    'UTF-8 BOM'     => [$ru, fn($s) => "\xEF\xBB\xBF" . $s],
    'UTF-16LE BOM'  => [str_replace(';', "\t", $ru), fn($s) => "\xFF\xFE" . mb_convert_encoding($s, 'UTF-16LE', 'UTF-8')],
    'UTF-16BE BOM'  => [str_replace(';', "\t", $ru), fn($s) => "\xFE\xFF" . mb_convert_encoding($s, 'UTF-16BE', 'UTF-8')],
    'Windows-1251'  => [$ru, fn($s) => mb_convert_encoding($s, 'Windows-1251', 'UTF-8')],
    'KOI8-R'        => [$ru, fn($s) => mb_convert_encoding($s, 'KOI8-R', 'UTF-8')],
    'Windows-1252'  => [$sv, fn($s) => mb_convert_encoding($s, 'Windows-1252', 'UTF-8')],
];
foreach ($cases as $name => [$text, $encode]) {
    $r = Crm\Import\Reader::open(crm_test_file($encode($text)));
    $rows = array_merge([$r->header()], iterator_to_array($r, false));
    $expected = array_map(fn($l) => str_getcsv($l, $r->delimiter()), array_filter(explode("\r\n", $text)));
    printf("%-13s -> %-12s delimiter %s, %s\n", $name, $r->encoding(), json_encode($r->delimiter()),
        $rows === $expected ? "rows match" : "MISMATCH " . json_encode($rows, JSON_UNESCAPED_UNICODE));
}
?>
--EXPECT--
UTF-8         -> UTF-8        delimiter ";", rows match
UTF-8 BOM     -> UTF-8        delimiter ";", rows match
UTF-16LE BOM  -> UTF-16LE     delimiter "\t", rows match
UTF-16BE BOM  -> UTF-16BE     delimiter "\t", rows match
Windows-1251  -> Windows-1251 delimiter ";", rows match
KOI8-R        -> KOI8-R       delimiter ";", rows match
Windows-1252  -> Windows-1252 delimiter ";", rows match
