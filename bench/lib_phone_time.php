<?php
// Helper of bench/phone_speed.sh: times Crm\Phone\normalize() and normalizeMany() over "REGION<TAB>number" lines.
// Prints "normalize_ns normalizeMany_ns valid" (best of 5 passes each).
$rows = [];
foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $line) {
    [$region, $raw] = explode("\t", $line);
    $rows[] = [$region, $raw];
}
$byRegion = [];
foreach ($rows as [$region, $raw]) {
    $byRegion[$region][] = $raw;
}
$n = count($rows);
$best1 = $best2 = INF;
for ($pass = 0; $pass < 5; $pass++) {
    $valid = 0;
    $t = hrtime(true);
    foreach ($rows as [$region, $raw]) {
        if (Crm\Phone\normalize($raw, $region) !== null) {
            $valid++;
        }
    }
    $best1 = min($best1, (hrtime(true) - $t) / $n);
    $t = hrtime(true);
    foreach ($byRegion as $region => $raws) {
        Crm\Phone\normalizeMany($raws, $region);
    }
    $best2 = min($best2, (hrtime(true) - $t) / $n);
}
printf("%.1f %.1f %d\n", $best1, $best2, $valid);
