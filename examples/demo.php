<?php
// A tour of the crm extension on real values and a real file; run by scripts/start.
declare(strict_types=1);

if (!extension_loaded('crm')) {
    fwrite(STDERR, "The crm extension is not loaded: run scripts/start, or php -d extension=modules/crm.so\n");
    exit(1);
}

printf("crm %s\n", phpversion('crm'));

// A small 1C-style export in Windows-1251 with ';', CRLF, quotes and a line break in a field.
$csv = "Организация;ИНН;Контактное лицо;Телефон;Комментарий\r\n"
    . "ООО \"Ромашка\";7707083893;Щукина Юлия Сергеевна;8 (495) 123-45-67;\"Звонить после 14:00;\r\nспросить бухгалтера\"\r\n"
    . "\"Общество с ограниченной ответственностью \"\"Ромашка\"\"\";7707083893;Iuliia Shchukina;+7 495 123 45 67;\r\n"
    . "ИП Семёнова;500100732258;Наташа Семёнова;8-916-000-00-00;ИНН с опечаткой\r\n";
$path = tempnam(sys_get_temp_dir(), 'crm-demo-') . '.csv';
file_put_contents($path, iconv('UTF-8', 'Windows-1251', $csv) ?: $csv);

$reader = Crm\Import\Reader::open($path);
printf("\n%s: %s, delimiter %s, header: %s\n", basename($path), $reader->encoding(),
    json_encode($reader->delimiter()), implode(' | ', $reader->header()));
foreach ($reader as $row) {
    [$org, $inn, $person, $phone] = $row;
    printf("  row %d: %s\n", $reader->rowNumber(), $org);
    $number = Crm\Phone\parse($phone);
    printf("    phone %s → %s\n", json_encode($phone, JSON_UNESCAPED_UNICODE),
        $number->valid ? $number->e164 . ' (' . $number->type . ', ' . $number->format('national') . ')' : 'invalid: ' . $number->error);
    printf("    company key %s, INN %s %s, person key %s\n",
        json_encode(Crm\Dedup\companyKey($org), JSON_UNESCAPED_UNICODE), $inn,
        Crm\Dedup\validInn($inn) ? 'valid' : 'INVALID (check digit)',
        json_encode(Crm\Dedup\personKey($person), JSON_UNESCAPED_UNICODE));
}
unlink($path);

printf("\nsimilarity(\"Семёнова\", \"Семенова\") = %.3f\n", Crm\Dedup\similarity('Семёнова', 'Семенова'));

$ext = new ReflectionExtension('crm');
printf("\nThe API (php --re crm): %d functions, %d classes\n", count($ext->getFunctions()), count($ext->getClasses()));
foreach ($ext->getFunctions() as $fn) {
    echo "  ", $fn->getName(), "()\n";
}
foreach ($ext->getClasses() as $class) {
    echo "  ", $class->getName(), "\n";
}
