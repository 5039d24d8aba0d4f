<?php
// Reading a 1C-shaped 1,000,000-row export into PHP arrays: crm's Reader against fgetcsv (same run).
//   bench/run csv [--rows=1000000] [--runs=3]
// Files are generated once by bench/gen_1c_csv.php into bench/.data/ (git-ignored):
//   (a) Windows-1251, ';', CRLF     (b) the same rows in UTF-8 with BOM, ','
// Each variant runs in its own PHP process so that its peak RSS (VmHWM) is its own.

$opt = getopt('', ['rows:', 'runs:', 'variant:', 'file:', 'locale:']);

if (isset($opt['variant'])) {           // child: run one variant once, print "seconds rows hash peak_kb"
    if (isset($opt['locale']) && setlocale(LC_ALL, $opt['locale']) === false) {
        fwrite(STDERR, "locale {$opt['locale']} is not installed\n");
        exit(2);
    }
    $file = $opt['file'];
    $rows = 0;
    $hash = hash_init('xxh3');
    $t = hrtime(true);
    switch ($opt['variant']) {
        case 'fgetcsv':                 // what PHP has: bytes as they are, no transcoding
            $f = fopen($file, 'rb');
            $d = str_contains($file, 'cp1251') ? ';' : ',';
            fgetcsv($f, null, $d);      // header
            while (($row = fgetcsv($f, null, $d)) !== false) {
                $rows++;
            }
            break;
        case 'fgetcsv+iconv':           // what a PHP developer writes to get text: iconv per field
            $f = fopen($file, 'rb');
            fgetcsv($f, null, ';');
            while (($row = fgetcsv($f, null, ';')) !== false) {
                foreach ($row as $i => $v) {
                    $row[$i] = iconv('Windows-1251', 'UTF-8', $v);
                }
                $rows++;
            }
            break;
        case 'crm-foreach':
            $r = Crm\Import\Reader::open($file);
            foreach ($r as $row) {
                $rows++;
            }
            break;
        case 'crm-fetch':
            $r = Crm\Import\Reader::open($file);
            while ($batch = $r->fetch(1000)) {
                $rows += count($batch);
            }
            break;
        case 'crm-hash':                // the rows themselves, to compare results across locales
            $r = Crm\Import\Reader::open($file);
            foreach ($r as $row) {
                hash_update($hash, implode("\x1F", $row) . "\x1E");
                $rows++;
            }
            break;
    }
    $seconds = (hrtime(true) - $t) / 1e9;
    preg_match('/VmHWM:\s+(\d+)/', file_get_contents('/proc/self/status'), $m);
    printf("%F %d %s %d\n", $seconds, $rows, hash_final($hash), $m[1]);
    exit(0);
}

$rowsWanted = (int) ($opt['rows'] ?? 1000000);
$runs = (int) ($opt['runs'] ?? 3);
$dir = __DIR__ . '/.data';
@mkdir($dir);
$files = [
    'a' => ["$dir/1c-$rowsWanted-cp1251.csv", '--encoding=cp1251 --delimiter=";"'],
    'b' => ["$dir/1c-$rowsWanted-utf8bom.csv", '--encoding=utf8bom --delimiter=","'],
];
foreach ($files as [$path, $args]) {
    if (!is_file($path)) {
        passthru(sprintf('php %s --rows=%d %s --out=%s', escapeshellarg(__DIR__ . '/gen_1c_csv.php'), $rowsWanted, $args, escapeshellarg($path)), $rc);
        if ($rc !== 0) {
            exit(1);
        }
    }
}

$ext = ini_get('extension_dir') && extension_loaded('crm') ? (new ReflectionExtension('crm'))->getName() : null;
$so = realpath(__DIR__ . '/../modules/crm.so');
$child = function (string $variant, string $file, ?string $locale = null) use ($so) {
    $cmd = sprintf('php -n -d extension=iconv -d extension=%s -d memory_limit=-1 %s --variant=%s --file=%s%s',
        escapeshellarg($so), escapeshellarg(__FILE__), $variant, escapeshellarg($file),
        $locale ? ' --locale=' . escapeshellarg($locale) : '');
    $out = shell_exec($cmd);
    if (!preg_match('/^(\S+) (\d+) (\S+) (\d+)$/', trim((string) $out), $m)) {
        fwrite(STDERR, "failed: $cmd\n$out\n");
        exit(1);
    }
    return ['s' => (float) $m[1], 'rows' => (int) $m[2], 'hash' => $m[3], 'rss' => (int) $m[4]];
};
$best = function (string $variant, string $file) use ($child, $runs) {
    $b = null;
    for ($i = 0; $i < $runs; $i++) {       // fastest of several runs, as the issue measures
        $r = $child($variant, $file);
        if ($b === null || $r['s'] < $b['s']) {
            $b = $r;
        }
    }
    return $b;
};
$bare = (float) trim(shell_exec('php -n -r \'preg_match("/VmHWM:\s+(\d+)/", file_get_contents("/proc/self/status"), $m); echo $m[1];\''));

printf("PHP %s, %d rows x 12 columns, best of %d runs; bare php -n peak RSS %.1f MB\n\n", PHP_VERSION, $rowsWanted, $runs, $bare / 1024);
printf("%-4s %-16s %9s %12s %9s %10s %9s\n", 'file', 'reader', 'seconds', 'rows/s', 'MB/s', 'peak RSS', 'vs fgetcsv');
foreach ($files as $key => [$path]) {
    $mb = filesize($path) / 1e6;
    $variants = $key === 'a' ? ['fgetcsv', 'fgetcsv+iconv', 'crm-foreach', 'crm-fetch'] : ['fgetcsv', 'crm-foreach', 'crm-fetch'];
    $base = null;
    foreach ($variants as $v) {
        $r = $best($v, $path);
        $base ??= $r['s'];
        printf("(%s)  %-16s %9.3f %12s %9.1f %7.1f MB %8.1fx\n", $key, $v, $r['s'], number_format($r['rows'] / $r['s']),
            $mb / $r['s'], $r['rss'] / 1024, $base / $r['s']);
    }
    printf("(%s)  file: %.1f MB, %s\n\n", $key, $mb, basename($path));
}

echo "Locale independence (hash of every row read by crm):\n";
foreach ($files as $key => [$path]) {
    $hashes = [];
    foreach (['C', 'C.UTF-8', 'ru_RU.UTF-8', 'ru_RU.CP1251'] as $locale) {
        $r = $child('crm-hash', $path, $locale);
        $hashes[$r['hash']][] = sprintf('%s %.3f s', $locale, $r['s']);
    }
    printf("(%s)  %s\n", $key, count($hashes) === 1 ? 'identical rows under ' . implode(', ', reset($hashes)) : 'DIFFERENT: ' . json_encode($hashes));
}
