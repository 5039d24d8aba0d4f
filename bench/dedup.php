<?php
// Duplicate detection: Crm\Dedup\Index clusters("auto") vs exact-key union-find, pairwise P/R/F1.
//   bench/run dedup [--records=1000000] [--seed=1]
// Cards come from bench/gen_dedup.php (labelled). The baseline unites cards of one type that
// share an exact key (E.164 phone, e-mail key, INN as written) — what an exact-match CRM does.

require __DIR__ . '/gen_dedup.php';

$opt = getopt('', ['records:', 'seed:']);
$n = (int) ($opt['records'] ?? 1000000);
$seed = (int) ($opt['seed'] ?? 1);

function rss_mb(): float
{
	preg_match('/VmHWM:\s+(\d+)/', file_get_contents('/proc/self/status'), $m);
	return $m[1] / 1024;
}

/* Pairwise precision/recall/F1 of a clustering (cluster id per card) against labels. */
function pairwise(array $pred, array $labels): array
{
	$c2 = fn ($k) => $k * ($k - 1) / 2;
	$byPred = $byLabel = $byBoth = [];
	foreach ($labels as $i => $l) {
		$p = $pred[$i] ?? -1 - $i;
		$byPred[$p] = ($byPred[$p] ?? 0) + 1;
		$byLabel[$l] = ($byLabel[$l] ?? 0) + 1;
		$k = $p . ':' . $l;
		$byBoth[$k] = ($byBoth[$k] ?? 0) + 1;
	}
	$tp = $pp = $ap = 0;
	foreach ($byBoth as $c) { $tp += $c2($c); }
	foreach ($byPred as $c) { $pp += $c2($c); }
	foreach ($byLabel as $c) { $ap += $c2($c); }
	$p = $pp ? $tp / $pp : 1.0;
	$r = $ap ? $tp / $ap : 1.0;
	return [$p, $r, $p + $r ? 2 * $p * $r / ($p + $r) : 0.0, (int) $tp, (int) $pp, (int) $ap];
}

function uf_find(array &$parent, int $x): int
{
	$r = $x;
	while ($parent[$r] !== $r) { $r = $parent[$r]; }
	while ($parent[$x] !== $r) { $next = $parent[$x]; $parent[$x] = $r; $x = $next; }
	return $r;
}

// 1. generate (not timed) — records kept to feed both methods the same cards
$t0 = microtime(true);
$labels = [];
$records = [];
foreach (gen_dedup_records($n, $seed) as $i => [$label, $rec]) {
	$labels[] = $label;
	$records[] = $rec;
}
$tgen = microtime(true) - $t0;
$rssGen = rss_mb();

// 2. the index
$t0 = microtime(true);
$ix = new Crm\Dedup\Index();
foreach ($records as $i => $rec) { $ix->add($i, $rec); }
$tadd = microtime(true) - $t0;
$t0 = microtime(true);
$clusters = $ix->clusters('auto');
$tclu = microtime(true) - $t0;
$rssIx = rss_mb();
$pred = [];
foreach ($clusters as $c => $ids) { foreach ($ids as $id) { $pred[$id] = $c; } }
$ours = pairwise($pred, $labels);
$t0 = microtime(true);
$review = $ix->clusters('review');
$trev = microtime(true) - $t0;
$predR = [];
foreach ($review as $c => $ids) { foreach ($ids as $id) { $predR[$id] = $c; } }
$oursR = pairwise($predR, $labels);
// incremental: match() of a card against everything indexed
$t0 = microtime(true);
$q = 0;
for ($i = 0; $i < count($records); $i += 97) { $ix->match($records[$i], 10, 'review'); $q++; }
$tmatch = (microtime(true) - $t0) / max(1, $q);
unset($ix, $clusters, $review);

// 3. baseline: exact keys, union-find, same type only
$t0 = microtime(true);
$parent = range(0, count($records) - 1);
$first = [];
foreach ($records as $i => $rec) {
	$keys = [];
	foreach ($rec['phones'] ?? [] as $p) {
		$e = Crm\Phone\normalize($p, $rec['region'] ?? 'RU');
		if ($e !== null) { $keys[] = 'P' . $e; }
	}
	foreach ($rec['emails'] ?? [] as $e) {
		$k = Crm\Dedup\emailKey($e);
		if ($k !== null) { $keys[] = 'E' . $k; }
	}
	if (isset($rec['inn']) && $rec['inn'] !== '') { $keys[] = 'I' . $rec['inn']; }
	foreach ($keys as $k) {
		$k = $rec['type'][1] . $k;
		if (isset($first[$k])) {
			$a = uf_find($parent, $i); $b = uf_find($parent, $first[$k]);
			if ($a !== $b) { $parent[$a] = $b; }
		} else {
			$first[$k] = $i;
		}
	}
}
$predB = [];
foreach ($parent as $i => $_) { $predB[$i] = uf_find($parent, $i); }
$tbase = microtime(true) - $t0;
$base = pairwise($predB, $labels);

$entities = count(array_unique($labels));
printf("PHP %s, %d cards (%d entities, %d true duplicate pairs), seed %d; generating took %.1f s (RSS %.0f MB)\n\n",
	PHP_VERSION, count($records), $entities, $ours[5], $seed, $tgen, $rssGen);
printf("%-34s %9s %9s %9s %10s %10s\n", 'method', 'precision', 'recall', 'F1', 'pairs', 'seconds');
printf("%-34s %9.4f %9.4f %9.4f %10d %10.2f\n", 'exact keys + union-find (baseline)', $base[0], $base[1], $base[2], $base[4], $tbase);
printf("%-34s %9.4f %9.4f %9.4f %10d %10.2f\n", 'Crm\\Dedup\\Index clusters("auto")', $ours[0], $ours[1], $ours[2], $ours[4], $tadd + $tclu);
printf("%-34s %9.4f %9.4f %9.4f %10d %10.2f\n", 'Crm\\Dedup\\Index clusters("review")', $oursR[0], $oursR[1], $oursR[2], $oursR[4], $trev);
printf("\nIndex: add() %.2f s (%.1f µs/card), clusters(\"auto\") %.2f s; match() %.0f µs per card (%d queries);\n",
	$tadd, $tadd / count($records) * 1e6, $tclu, $tmatch * 1e6, $q);
printf("peak RSS %.0f MB with the cards held as PHP arrays (%.0f MB before the index)\n", $rssIx, $rssGen);
printf("F1 ratio Index/baseline: %.3f\n", $ours[2] / max(1e-9, $base[2]));
