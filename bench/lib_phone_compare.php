<?php
// Helper of bench/phone_oracle.sh: compares Crm\Phone with libphonenumber's answers on the same
// clean numbers and explains each difference by the two metadata versions' own patterns.
//   php lib_phone_compare.php clean.tsv oracle.tsv
require __DIR__ . '/gen_phone_cells.php';

[$_, $cleanFile, $oracleFile] = $argv;
$clean = file($cleanFile, FILE_IGNORE_NEW_LINES);
$oracle = file($oracleFile, FILE_IGNORE_NEW_LINES);
$dir = dirname(phone_cells_xml());
$new = new PhoneCellGenerator("$dir/PhoneNumberMetadata.xml");
$old = new PhoneCellGenerator("$dir/PhoneNumberMetadata-v8.12.57.xml");

$kinds = function (PhoneCellGenerator $g, string $region, string $nsn): string {
    $t = [];
    foreach (['fixedLine', 'mobile', 'tollFree'] as $type) {
        if ($g->valid($region, $type, $nsn)) {
            $t[] = $type;
        }
    }
    return $t ? implode('+', $t) : 'no pattern';
};

$per = [];
$examples = [];
foreach ($clean as $i => $line) {
    [$region, $raw, $truth] = explode("\t", $line);
    [$lv, $le] = explode("\t", $oracle[$i]);
    $ours = Crm\Phone\normalize($raw, $region) ?? '-';
    $lib = $lv === 'valid' ? $le : '-';
    $per[$region] ??= ['n' => 0, 'same' => 0, 'ours_only' => 0, 'lib_only' => 0, 'both_differ' => 0];
    $per[$region]['n']++;
    if ($ours === $lib) {
        $per[$region]['same']++;
        continue;
    }
    $k = $lib === '-' ? 'ours_only' : ($ours === '-' ? 'lib_only' : 'both_differ');
    $per[$region][$k]++;
    $cc = $new->cc($region);
    $nsn = substr($truth, 1 + strlen($cc));
    // the number's real territory under a shared code (+7: RU or KZ)
    $terr = $region;
    if ($cc === '7') {
        $terr = $nsn[0] === '7' ? 'KZ' : 'RU';
    }
    $why = sprintf('v9.0.35 %s: %s; v8.12.57 %s: %s', $terr, $kinds($new, $terr, $nsn), $terr, $kinds($old, $terr, $nsn));
    $key = "$region $k";
    if (count($examples[$key] ?? []) < 3) {
        $examples[$key][] = sprintf("  %-18s ours %-15s lib %-15s (%s)", $raw, $ours, $lib, $why);
    }
}
ksort($per);
printf("%-6s %8s %8s %12s %12s %12s\n", 'region', 'numbers', 'same', 'ours valid', 'lib valid', 'both, differ');
printf("%-6s %8s %8s %12s %12s %12s\n", '', '', '', 'lib invalid', 'ours invalid', '');
foreach ($per as $r => $p) {
    printf("%-6s %8d %8d %12d %12d %12d\n", $r, $p['n'], $p['same'], $p['ours_only'], $p['lib_only'], $p['both_differ']);
}
if ($examples) {
    echo "\nexamples (with what each metadata version's XML patterns say about the number):\n";
    ksort($examples);
    foreach ($examples as $k => $lines) {
        echo $k, "\n", implode("\n", $lines), "\n";
    }
}
