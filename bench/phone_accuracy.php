<?php
// Accuracy of Crm\Phone on generated messy cells with known answers (bench/gen_phone_cells.php).
//   bench/run phone_accuracy [--rows=1000000] [--seed=N] [--show=K]   (K: print the first K misses)
// Per category: exactly right, wrong-but-valid (a valid answer that is not the truth; must be 0),
// invalid when a valid answer was expected.

require __DIR__ . '/gen_phone_cells.php';

use Crm\Phone;

$opt = getopt('', ['rows:', 'seed:', 'show:']);
$rows = (int) ($opt['rows'] ?? 1000000);
$show = (int) ($opt['show'] ?? 5);
mt_srand((int) ($opt['seed'] ?? 20260716));
$gen = new PhoneCellGenerator(phone_cells_xml());

$stats = [];
$misses = [];
$t0 = hrtime(true);
for ($i = 0; $i < $rows; $i++) {
    [$cat, $region, $area, $cell, $want] = $gen->row();
    $area = $area === '' ? null : $area;
    $s = &$stats[$cat];
    $s ??= ['rows' => 0, 'right' => 0, 'wrong_valid' => 0, 'invalid' => 0];
    $s['rows']++;
    if ($cat === 'multi') {
        $got = [];
        foreach (Phone\extract($cell, $region, $area) as $p) {
            if ($p->valid) {
                $got[] = $p->e164;
            }
        }
        $gotText = implode('|', $got);
        $wantList = explode('|', $want);
        $wrong = array_diff($got, $wantList);
    } elseif ($cat === 'ext') {
        $p = Phone\parse($cell, $region, $area);
        $gotText = $p->valid ? $p->e164 . ';ext=' . $p->extension : '-';
        $wrong = $p->valid && !str_starts_with($want, $p->e164 . ';') ? [$p->e164] : [];
    } else {
        $got = Phone\normalize($cell, $region, $area);
        $gotText = $got ?? '-';
        $wrong = $got !== null && $got !== $want ? [$got] : [];
    }
    if ($gotText === $want) {
        $s['right']++;
        continue;
    }
    if ($wrong) {
        $s['wrong_valid']++;
    } elseif ($want !== '-') {
        $s['invalid']++;
    }
    if (count($misses) < $show) {
        $misses[] = sprintf("  %-12s %s %-5s %s => %s (want %s)", $cat, $region, $area ?? '', json_encode($cell, JSON_UNESCAPED_UNICODE), $gotText, $want);
    }
}
$secs = (hrtime(true) - $t0) / 1e9;

ksort($stats);
$total = ['rows' => 0, 'right' => 0, 'wrong_valid' => 0, 'invalid' => 0];
printf("Crm\\Phone accuracy on %s generated cells (seed %d, crm %s, generator+parse %.1f s)\n\n",
    number_format($rows), (int) ($opt['seed'] ?? 20260716), phpversion('crm'), $secs);
printf("%-14s %9s %9s %12s %18s\n", 'category', 'rows', 'right %', 'wrong-valid', 'invalid-not-valid');
unset($s);
foreach ($stats as $cat => $c) {
    printf("%-14s %9d %8.3f%% %12d %18d\n", $cat, $c['rows'], 100 * $c['right'] / $c['rows'], $c['wrong_valid'], $c['invalid']);
    foreach ($total as $k => $_) {
        $total[$k] += $c[$k];
    }
}
printf("%-14s %9d %8.3f%% %12d %18d\n", 'ALL', $total['rows'], 100 * $total['right'] / max(1, $total['rows']), $total['wrong_valid'], $total['invalid']);
if ($misses) {
    echo "\nfirst misses:\n", implode("\n", $misses), "\n";
}
