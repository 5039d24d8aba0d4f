<?php
// What the generated duplicates leave to be found: true pairs by the evidence they carry, and a ceiling.
//   bench/run dedup_evidence [--records=1000000] [--seed=1]
// Same cards as bench/run dedup (bench/gen_dedup.php). Every true pair is put in the first class
// that fits: a shared phone, e-mail or registry number ("key"); contacts: both name the company
// ("company"), both carry the patronymic ("patronymic"), one's e-mail domain names the other's
// company or both domains agree ("domain"); else "name only" — all the two cards share is a name,
// perhaps a city. Then every pair of cards of one type that shares its name key (person key of
// two words or more, company key) and nothing else, and contradicts nothing (other INN, orgnr,
// company, patronymic), is a "name-only candidate": grouped by how many cards carry the name,
// city (equal / unknown) and phones (one card has none / both have, none shared), each group has
// a precision any method that decides by these facts must live with. The bound: every true pair
// joined by a chain of pairs with more than a name is found without a false pair; then name-only
// groups are taken best first, a true link gaining all pairs of the two parts it joins and a false
// link costing a single false pair. A method that reads only these facts cannot do better; one
// that reads more (how a typo is spelt, the role, the source) could, a little.

require __DIR__ . '/gen_dedup.php';

$opt = getopt('', ['records:', 'seed:']);
$n = (int) ($opt['records'] ?? 1000000);
$seed = (int) ($opt['seed'] ?? 1);
const FREE_MAIL = ['mail.ru', 'gmail.com', 'yandex.ru', 'bk.ru', 'hotmail.com', 'list.ru', 'inbox.ru', 'rambler.ru', 'outlook.com'];

/* The facts of a card the classes read, compactly. */
function ev_card(array $r): array
{
	$c = ['t' => $r['type'] === 'company' ? 0 : 1, 'k' => [], 'city' => null, 'co' => null, 'pat' => null, 'dom' => null, 'ph' => false,
		'inn' => null, 'org' => null, 'name' => ''];
	foreach ($r['phones'] ?? [] as $p) {
		foreach (Crm\Phone\extract($p, $r['region'] ?? 'RU') as $e) {
			if ($e->e164 !== null) { $c['k'][] = 'P' . $e->e164; $c['ph'] = true; }
		}
	}
	foreach ($r['emails'] ?? [] as $e) {
		$k = Crm\Dedup\emailKey($e);
		if ($k === null) { continue; }
		$c['k'][] = 'E' . $k;
		$d = substr($k, strpos($k, '@') + 1);
		if ($c['dom'] === null && !in_array($d, FREE_MAIL, true)) {
			$c['dom'] = Crm\Dedup\personKey(preg_replace('/\d+$/', '', substr($d, 0, (int) strrpos($d, '.'))));
		}
	}
	foreach (['inn' => 'I', 'ogrn' => 'O'] as $f => $p) {
		if (isset($r[$f]) && $r[$f] !== '') { $c['k'][] = $p . $r[$f]; }
	}
	if (isset($r['inn'])) { $c['inn'] = $r['inn']; }
	if (isset($r['orgnr'])) { $c['org'] = preg_replace('/\D/', '', $r['orgnr']); $c['k'][] = 'S' . $c['org']; }
	if (isset($r['city'])) { $c['city'] = mb_strtolower(str_replace(['ё', 'Ё'], 'е', $r['city'])); }
	if ($c['t'] === 0) {
		$c['name'] = Crm\Dedup\companyKey($r['name'] ?? '');
		return $c;
	}
	$full = $r['name'] ?? trim(($r['last_name'] ?? '') . ' ' . ($r['first_name'] ?? '') . ' ' . ($r['middle_name'] ?? ''));
	$c['name'] = str_ends_with($full, '.') ? '' : Crm\Dedup\personKey($full);
	if (!str_contains($c['name'], ' ')) { $c['name'] = ''; }
	if (isset($r['middle_name'])) {
		$c['pat'] = Crm\Dedup\personKey($r['middle_name']);
	} else {
		$w = preg_split('/\s+/', trim($full));
		if (count($w) >= 3) {
			foreach ($w as $x) {
				$y = Crm\Dedup\personKey($x);
				if (preg_match('/(vich|vna|ichna)$/', $y)) { $c['pat'] = $y; }
			}
		}
	}
	if (isset($r['company'])) {
		$c['co'] = Crm\Dedup\companyKey($r['company']);
		// the company's Latin skeleton, to compare with a mail domain
		$c['col'] = str_replace(' ', '', Crm\Dedup\personKey(str_replace(' ', '', $c['co'])));
	}
	return $c;
}

/* The first evidence class of a true pair. */
function ev_class(array $a, array $b): string
{
	if (array_intersect($a['k'], $b['k'])) { return 'key'; }
	if ($a['t'] === 0) { return 'name only'; }
	if ($a['co'] !== null && $b['co'] !== null) { return 'company'; }
	if ($a['pat'] !== null && $b['pat'] !== null) { return 'patronymic'; }
	$dl = fn ($x, $y) => $x['dom'] !== null && (($y['dom'] !== null && Crm\Dedup\similarity($x['dom'], $y['dom']) >= 0.9)
		|| (isset($y['col']) && Crm\Dedup\similarity(str_replace(' ', '', $x['dom']), $y['col']) >= 0.9));
	if ($dl($a, $b) || $dl($b, $a)) { return 'domain'; }
	return 'name only';
}

/* A name-only candidate's group, or null when the pair shares more or contradicts. */
function ev_group(array $a, array $b, int $block): ?string
{
	if (array_intersect($a['k'], $b['k'])) { return null; }
	if ($a['inn'] !== null && $b['inn'] !== null && $a['inn'] !== $b['inn']) { return null; }
	if ($a['org'] !== null && $b['org'] !== null && $a['org'] !== $b['org']) { return null; }
	if ($a['t'] === 1) {
		if ($a['co'] !== null && $b['co'] !== null) { return null; }
		if ($a['pat'] !== null && $b['pat'] !== null) { return null; }
		if (ev_class($a, $b) === 'domain') { return null; }
	}
	$city = $a['city'] === null || $b['city'] === null ? 'city ?' : ($a['city'] === $b['city'] ? 'same city' : null);
	if ($city === null) { return null; }
	$bs = $block <= 2 ? '2' : ($block <= 4 ? '3-4' : ($block <= 8 ? '5-8' : ($block <= 16 ? '9-16' : '17+')));
	return ($a['t'] ? 'contact' : 'company') . " name on $bs cards, $city, " . ($a['ph'] && $b['ph'] ? 'phones differ' : 'phones ?');
}

$t0 = microtime(true);
$cards = [];
$labels = [];
foreach (gen_dedup_records($n, $seed) as $i => [$label, $rec]) {
	$cards[] = ev_card($rec);
	$labels[] = $label;
}
// true pairs by class and type
$byLabel = [];
foreach ($labels as $i => $l) { $byLabel[$l][] = $i; }
$classes = [];
$total = [0, 0];
$linked = [0, 0]; // true pairs joined through a chain of cards of the entity with more than a name
$comp = [];       // card => its component: the cards of its entity it is so joined to
$compSize = [];
foreach ($byLabel as $ids) {
	$m = count($ids);
	$root = range(0, $m - 1);
	$find = function (int $x) use (&$root): int { while ($root[$x] !== $x) { $x = $root[$x] = $root[$root[$x]]; } return $x; };
	for ($x = 0; $x < $m; $x++) {
		for ($y = $x + 1; $y < $m; $y++) {
			$a = $cards[$ids[$x]];
			$c = ev_class($a, $cards[$ids[$y]]);
			$k = ($a['t'] ? 'contact' : 'company') . ': ' . $c;
			$classes[$k] = ($classes[$k] ?? 0) + 1;
			$total[$a['t']]++;
			if ($c !== 'name only') { $root[$find($x)] = $find($y); }
		}
	}
	$size = [];
	for ($x = 0; $x < $m; $x++) { $r = $find($x); $size[$r] = ($size[$r] ?? 0) + 1; $comp[$ids[$x]] = $ids[$r]; }
	foreach ($size as $r => $s) { $compSize[$ids[$r]] = $s; }
	foreach ($size as $s) { $linked[$cards[$ids[0]]['t']] += $s * ($s - 1) / 2; }
}
unset($byLabel);
$all = $total[0] + $total[1];
// name-only candidates: pairs inside name blocks of up to 64 cards (larger ones are not worth a
// suggestion: a name on 64 cards is one person's in far fewer than one pair in ten)
$blocks = [];
foreach ($cards as $i => $c) {
	if ($c['name'] !== '') { $blocks[$c['t'] . $c['name']][] = $i; }
}
$groups = [];
foreach ($blocks as $ids) {
	$m = count($ids);
	if ($m < 2 || $m > 64) { continue; }
	for ($x = 0; $x < $m; $x++) {
		for ($y = $x + 1; $y < $m; $y++) {
			$g = ev_group($cards[$ids[$x]], $cards[$ids[$y]], $m);
			if ($g === null) { continue; }
			$groups[$g] ??= [0, 0, []];
			$groups[$g][0]++;
			if ($labels[$ids[$x]] === $labels[$ids[$y]]) {
				$groups[$g][1]++;
				$groups[$g][2][] = [$comp[$ids[$x]], $comp[$ids[$y]]];
			}
		}
	}
}
unset($blocks);

printf("PHP %s, %d cards, seed %d: %d true pairs (company %d, contact %d); %.1f s\n\n", PHP_VERSION, count($cards), $seed, $all, $total[0], $total[1], microtime(true) - $t0);
echo "true pairs by the evidence they carry (first class that fits)\n";
ksort($classes);
foreach ($classes as $k => $v) { printf("  %-28s %8d  %5.2f %%\n", $k, $v, 100 * $v / $all); }

uasort($groups, fn ($p, $q) => $q[1] / $q[0] <=> $p[1] / $p[0]);
$l = $linked[0] + $linked[1];
printf("\ntrue pairs joined by a chain of pairs with more than a name (what clusters reach without a\n"
	. "name-only link): %d = %.4f of all (company %.4f, contact %.4f)\n", $l, $l / $all, $linked[0] / max(1, $total[0]), $linked[1] / max(1, $total[1]));

// Upper bound: pairs with more than a name all found, with no false pair; then name-only groups
// best first, where a true link joins its two components whole (all their pairs gained) and a
// false link costs one false pair only (no cluster around it).
echo "\nname-only candidate pairs (share a name and nothing else, contradict nothing), best first,\n"
	. "and the bound after taking each group\n";
printf("  %-52s %8s %7s %6s %8s %8s %7s\n", 'group', 'pairs', 'true', 'prec', 'R bound', 'P bound', 'F1');
$parent = [];
$find = function (int $x) use (&$parent): int { while (isset($parent[$x]) && $parent[$x] !== $x) { $x = $parent[$x]; } return $x; };
$tp = $l;
$fp = 0;
$best = [$l / $all, 1.0, 2 * $l / ($all + $l), 'none'];
$reach90 = $l / $all;
foreach ($groups as $g => [$pairs, $true, $links]) {
	foreach ($links as [$x, $y]) {
		$rx = $find($x);
		$ry = $find($y);
		if ($rx === $ry) { continue; }
		$tp += $compSize[$rx] * $compSize[$ry];
		$compSize[$rx] += $compSize[$ry];
		$parent[$ry] = $rx;
		$parent[$rx] = $rx;
	}
	$fp += $pairs - $true;
	$p = $tp / ($tp + $fp);
	$r = $tp / $all;
	$f = 2 * $p * $r / ($p + $r);
	if ($f > $best[2]) { $best = [$r, $p, $f, $g]; }
	if ($p >= 0.9) { $reach90 = max($reach90, $r); }
	if ($pairs >= 20) { printf("  %-52s %8d %7d %6.3f %8.4f %8.4f %7.4f\n", $g, $pairs, $true, $true / $pairs, $r, $p, $f); }
}
printf("\nbound without name-only links: recall %.4f, precision 1, F1 %.4f\n", $l / $all, 2 * $l / ($all + $l));
printf("best F1 bound: %.4f (recall %.4f, precision %.4f; groups down to \"%s\")\n", $best[2], $best[0], $best[1], $best[3]);
printf("highest recall bound at precision >= 0.90: %.4f\n", $reach90);
