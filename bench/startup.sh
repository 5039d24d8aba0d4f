#!/bin/bash
# Start-up cost of loading crm: `php -n -r ''` with and without the extension, interleaved.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-400}
php -n -r '
$runs = (int) $argv[1]; $so = $argv[2];
$variants = ["bare php" => "php -n -r \"\"", "php + crm" => "php -n -d extension=$so -r \"\""];
$t = array_fill_keys(array_keys($variants), []);
for ($i = 0; $i < $runs; $i++) {
    foreach ($variants as $name => $cmd) {   // interleaved, so drift hits both alike
        $s = hrtime(true); exec($cmd, $o, $rc); $t[$name][] = hrtime(true) - $s;
        if ($rc !== 0) { fwrite(STDERR, "$cmd failed\n"); exit(1); }
    }
}
$median = function (array $a) { sort($a); return $a[intdiv(count($a), 2)]; };
printf("%-10s %8s %8s  (%d runs each)\n", "", "median", "min", $runs);
foreach ($t as $name => $a) printf("%-10s %6.2f ms %6.2f ms\n", $name, $median($a) / 1e6, min($a) / 1e6);
printf("extension start-up cost: %+.3f ms (median difference)\n", ($median($t["php + crm"]) - $median($t["bare php"])) / 1e6);
' "$runs" "$root/modules/crm.so"
