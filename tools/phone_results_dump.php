<?php
// Every result Crm\Phone gives for a seeded set of cells, one line per call, for checking that a
// change (a speed-up) changes no answer: compare the sha256 of the output before and after.
//   php -d extension=modules/crm.so tools/phone_results_dump.php [--rows=200000] [--seed=20260716] | sha256sum
// Cells: bench/gen_phone_cells.php rows (messy, with their region and area code), each also
// mutated (characters inserted, replaced or dropped: separators, letters, Unicode spaces and
// digits, invalid UTF-8, Excel's '.', ',', 'E'), and the clean numbers of the speed run.

require __DIR__ . '/../bench/gen_phone_cells.php';

use Crm\Phone;

$opt = getopt('', ['rows:', 'seed:']);
$rows = (int) ($opt['rows'] ?? 200000);
mt_srand((int) ($opt['seed'] ?? 20260716));
$gen = new PhoneCellGenerator(phone_cells_xml());

$noise = [' ', '-', '(', ')', '+', '.', ',', 'E', 'e', '#', '/', ';', "'", '~', 'x', 'д', 'доб.', 'ext',
    "\u{00A0}", "\u{2013}", "\u{FF10}", "\u{FF17}", "\u{FF0B}", "\u{0663}", "\u{3000}", "\xFF", "\xD0", 'или',
    '0', '1', '7', '8', '9', "\t", "\n", 'a', 'Ж', '00', '810', 'E+10', '.0'];

function mutate(string $s, array $noise): string
{
    $k = mt_rand(1, 3);
    for ($i = 0; $i < $k; $i++) {
        $at = mt_rand(0, strlen($s));
        switch (mt_rand(0, 2)) {
            case 0: $s = substr($s, 0, $at) . $noise[array_rand($noise)] . substr($s, $at); break;
            case 1: $s = substr($s, 0, $at) . $noise[array_rand($noise)] . substr($s, $at + 1); break;
            default: $s = substr($s, 0, $at) . substr($s, $at + 1); break;
        }
    }
    return $s;
}

function show(Phone\PhoneNumber $p): string
{
    $f = $p->valid ? $p->format('national') . '|' . $p->format('international') : $p->format();
    return implode("\x1f", [$p->raw, var_export($p->valid, true), $p->e164 ?? '', $p->countryCode ?? '',
        $p->region ?? '', $p->type ?? '', $p->extension ?? '', $p->error ?? '', $f]);
}

$cells = [];
for ($i = 0; $i < $rows; $i++) {
    [, $region, $area, $cell] = $gen->row();
    $area = $area === '' ? null : $area;
    $cells[] = [$region, $area, $cell];
    $cells[] = [$region, $area, mutate($cell, $noise)];
}
for ($i = 0; $i < $rows / 4; $i++) {
    [$region, $cell] = $gen->clean();
    $cells[] = [$region, null, $cell];
}

$batch = [];
foreach ($cells as $i => [$region, $area, $cell]) {
    echo $i, "\tP\t", show(Phone\parse($cell, $region, $area)), "\n";
    if ($area !== null) {
        echo $i, "\tp\t", show(Phone\parse($cell, $region)), "\n";
    }
    echo $i, "\tN\t", Phone\normalize($cell, $region, $area) ?? '-', "\n";
    foreach (Phone\extract($cell, $region, $area) as $p) {
        echo $i, "\tX\t", show($p), "\n";
    }
    $batch[$region][$i] = $cell;
    if (ctype_digit($cell) && strlen($cell) < 19) {
        $batch[$region]["int$i"] = (int) $cell;
    }
}
foreach ($batch as $region => $raws) {
    foreach (Phone\normalizeMany($raws, $region) as $k => $v) {
        echo $k, "\tM\t", $region, "\t", $v ?? '-', "\n";
    }
}
