<?php
// Duplicate detection: Crm\Dedup\Index clusters("auto") vs exact-key union-find, pairwise P/R/F1.
//   bench/run dedup [--records=1000000] [--seed=1] [--no-baseline] [--auto=0.9] [--review=0.7]
// Figures at "auto" and at "review", by record type and by kind of corruption (a pair counts
// for a kind when either card has it), times of add()/clusters() and match() p50/p99.
// Cards come from bench/gen_dedup.php (labelled). The baseline unites cards of one type that
// share an exact key (E.164 phone, e-mail key, INN as written) — what an exact-match CRM does.

require __DIR__ . '/gen_dedup.php';

$opt = getopt('', ['records:', 'seed:', 'no-baseline', 'auto:', 'review:']);
$thresholds = array_map('floatval', array_filter(['auto' => $opt['auto'] ?? null, 'review' => $opt['review'] ?? null], 'is_string'));
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

/* Pair counts by class: [tp, predicted, actual] for 'all', 'company', 'contact', each kind,
 * 'clean' (neither card corrupted). */
function breakdown(array $clusters, array $labels, array $flags): array
{
	$out = [];
	$classes = function (int $i, int $j) use ($flags): array {
		$f = $flags[$i] | $flags[$j];
		$c = ['all', $f & 1 ? 'contact' : 'company'];
		if (($f >> 1) === 0) { $c[] = 'clean'; }
		foreach (KINDS as $b => $k) { if ($f & (2 << $b)) { $c[] = $k; } }
		return $c;
	};
	$pred = [];
	foreach ($clusters as $c => $ids) {
		$ids = array_values($ids);
		foreach ($ids as $id) { $pred[$id] = $c; }
		for ($a = 0, $m = count($ids); $a < $m; $a++) {
			for ($b = $a + 1; $b < $m; $b++) {
				$tp = $labels[$ids[$a]] === $labels[$ids[$b]];
				foreach ($classes($ids[$a], $ids[$b]) as $k) {
					$out[$k] ??= [0, 0, 0];
					$out[$k][1]++;
					$out[$k][0] += $tp;
				}
			}
		}
	}
	// cards grouped by label through one sort (an array per label would cost more than the index)
	$sorted = $labels;
	$order = array_keys($labels);
	array_multisort($sorted, SORT_NUMERIC, $order);
	for ($s = 0, $total = count($sorted); $s < $total; $s = $e) {
		for ($e = $s + 1; $e < $total && $sorted[$e] === $sorted[$s]; $e++);
		for ($a = $s; $a < $e; $a++) {
			for ($b = $a + 1; $b < $e; $b++) {
				foreach ($classes($order[$a], $order[$b]) as $k) {
					$out[$k] ??= [0, 0, 0];
					$out[$k][2]++;
				}
			}
		}
	}
	return $out;
}

function prf(array $c): array
{
	[$tp, $pp, $ap] = $c + [0, 0, 0];
	$p = $pp ? $tp / $pp : 1.0;
	$r = $ap ? $tp / $ap : 1.0;
	return [$p, $r, $p + $r ? 2 * $p * $r / ($p + $r) : 0.0];
}

function uf_find(array &$parent, int $x): int
{
	$r = $x;
	while ($parent[$r] !== $r) { $r = $parent[$r]; }
	while ($parent[$x] !== $r) { $next = $parent[$x]; $parent[$x] = $r; $x = $next; }
	return $r;
}

const KINDS = ['typo', 'translit', 'inn_typo', 'initials', 'no_phone', 'no_company'];

/* The exact keys the baseline unites on, as an exact-match CRM would take them. */
function baseline_keys(array $rec): array
{
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
	return $keys;
}

// 1. the index, fed card by card as the generator streams them (generation not timed); only
// the labels (an int per card) and a byte of flags per card stay, so the peak RSS is the
// index's own, and 1000 evenly spaced cards are kept to probe match() with
$rss0 = rss_mb();
$labels = [];
$flags = []; // bit 0: contact; then GD kinds
$probes = [];
$step = max(1, intdiv($n, 1000));
$tadd = 0.0;
$t0 = microtime(true);
$ix = new Crm\Dedup\Index($thresholds ? ['thresholds' => $thresholds] : []);
foreach (gen_dedup_records($n, $seed) as $i => [$label, $rec, $meta]) {
	$labels[] = $label;
	$f = $rec['type'] === 'contact' ? 1 : 0;
	foreach ($meta['kinds'] as $k) { $f |= 2 << array_search($k, KINDS, true); }
	$flags[] = $f;
	if ($i % $step === 0 && count($probes) < 1000) { $probes[] = $rec; }
	$t = hrtime(true);
	$ix->add($i, $rec);
	$tadd += (hrtime(true) - $t) / 1e9;
}
$tgen = microtime(true) - $t0 - $tadd;
$rssAdd = rss_mb();
$t0 = microtime(true);
$clusters = $ix->clusters('auto');
$tclu = microtime(true) - $t0;
$pred = [];
foreach ($clusters as $c => $ids) { foreach ($ids as $id) { $pred[$id] = $c; } }
$ours = pairwise($pred, $labels);
unset($pred);
$bdA = breakdown($clusters, $labels, $flags);
unset($clusters);
$t0 = microtime(true);
$review = $ix->clusters('review');
$trev = microtime(true) - $t0;
$predR = [];
foreach ($review as $c => $ids) { foreach ($ids as $id) { $predR[$id] = $c; } }
$oursR = pairwise($predR, $labels);
unset($predR);
$bdR = breakdown($review, $labels, $flags);
unset($review);
// incremental: match() of a card against everything indexed
$lat = [];
foreach ($probes as $rec) {
	$t = hrtime(true);
	$ix->match($rec, 10, 'review');
	$lat[] = (hrtime(true) - $t) / 1000;
}
sort($lat);
$q = count($lat);
$tmatch = array_sum($lat) / max(1, $q) / 1e6;
$p50 = $lat[intdiv($q, 2)] ?? 0;
$p99 = $lat[min($q - 1, (int) floor($q * 0.99))] ?? 0;
$rssIx = rss_mb();
unset($ix, $probes);

// 2. baseline: exact keys, union-find, same type only — a second pass of the same seeded
// stream (after the index is gone, so its memory does not count against the index)
$base = [0, 0, 0, 0, 0, 0];
$tbase = 0.0;
if (!isset($opt['no-baseline'])) {
	$parent = range(0, count($labels) - 1);
	$first = [];
	foreach (gen_dedup_records($n, $seed) as $i => [, $rec]) {
		$t = hrtime(true);
		foreach (baseline_keys($rec) as $k) {
			$k = $rec['type'][1] . $k;
			if (isset($first[$k])) {
				$a = uf_find($parent, $i); $b = uf_find($parent, $first[$k]);
				if ($a !== $b) { $parent[$a] = $b; }
			} else {
				$first[$k] = $i;
			}
		}
		$tbase += (hrtime(true) - $t) / 1e9;
	}
	unset($first);
	$predB = [];
	foreach ($parent as $i => $_) { $predB[$i] = uf_find($parent, $i); }
	$base = pairwise($predB, $labels);
	unset($predB, $parent);
}

$entities = count(array_unique($labels));
printf("PHP %s, %d cards (%d entities, %d true duplicate pairs), seed %d; generating took %.1f s\n\n",
	PHP_VERSION, count($labels), $entities, $ours[5], $seed, $tgen);
printf("%-34s %9s %9s %9s %10s %10s\n", 'method', 'precision', 'recall', 'F1', 'pairs', 'seconds');
if ($base[4]) { printf("%-34s %9.4f %9.4f %9.4f %10d %10.2f\n", 'exact keys + union-find (baseline)', $base[0], $base[1], $base[2], $base[4], $tbase); }
printf("%-34s %9.4f %9.4f %9.4f %10d %10.2f\n", 'Crm\\Dedup\\Index clusters("auto")', $ours[0], $ours[1], $ours[2], $ours[4], $tadd + $tclu);
printf("%-34s %9.4f %9.4f %9.4f %10d %10.2f\n", 'Crm\\Dedup\\Index clusters("review")', $oursR[0], $oursR[1], $oursR[2], $oursR[4], $trev);
printf("\n%-12s %28s   %28s\n", '', 'auto: P / R / F1 (true pairs)', 'review: P / R / F1');
foreach (array_merge(['all', 'company', 'contact', 'clean'], KINDS) as $k) {
	if (!isset($bdA[$k]) && !isset($bdR[$k])) { continue; }
	$a = prf($bdA[$k] ?? [0, 0, 0]);
	$r = prf($bdR[$k] ?? [0, 0, 0]);
	printf("%-12s %6.4f %6.4f %6.4f %7d   %6.4f %6.4f %6.4f\n", $k, $a[0], $a[1], $a[2], ($bdA[$k] ?? $bdR[$k])[2], $r[0], $r[1], $r[2]);
}
printf("\nIndex: add() %.2f s (%.1f µs/card), clusters(\"auto\") %.2f s, clusters(\"review\") %.2f s;\n"
	. "match() over %d probes: mean %.0f µs, p50 %.0f µs, p99 %.0f µs;\n",
	$tadd, $tadd / count($labels) * 1e6, $tclu, $trev, $q, $tmatch * 1e6, $p50, $p99);
printf("peak RSS %.0f MB after add() %.0f MB, before the index %.0f MB (cards streamed; labels and flags kept as PHP int arrays)\n", $rssIx, $rssAdd, $rss0);
if ($base[4]) { printf("F1 ratio Index/baseline: %.3f\n", $ours[2] / max(1e-9, $base[2])); }
