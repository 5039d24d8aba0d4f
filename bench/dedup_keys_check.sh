#!/bin/bash
# Byte-identity check for the dedup keys: prints the person, company and e-mail keys of N generated
# cards (and of the same cards with their names mutated byte-wise, seeded, and of cards made of
# every diminutive and legal form in BASE's tables) with the key code of
# BASE and of the working tree, and compares them. Exit 0 only with 0 differences.
#   bench/dedup_keys_check.sh [BASE=8b495fb] [N=300000]
# BASE is the commit whose keys are the reference (default: the keys before issue 6's speed work).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
base=${1:-8b495fb}
n=${2:-300000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

php bench/lib_dedup_keys.php dump "$n" 1 > "$work/cards.tsv"
# names and companies with bytes dropped, doubled, swapped for other UTF-8/ASCII pieces (seeded)
php -r '
mt_srand(7);
$pieces = ["\xc3", "\xd0", "\x80", " ", "-", ".", "\"", "«", "»", "ё", "Й", "щ", "ъ", "ь", "ООО", "ЗАО ", " Ltd", "AB", "ü", "ß", "Å", "İ", "\xe2\x80\x9c", "'"'"'", "ʼ", "А.", "x", "0", "\x00", "Ⅳ", "ﬁ"];
foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $line) {
	$c = explode("\t", $line);
	foreach ([1, 2, 3] as $i) {
		$s = $c[$i];
		for ($k = mt_rand(0, 3); $k > 0; $k--) {
			$p = mt_rand(0, strlen($s));
			switch (mt_rand(0, 3)) {
				case 0: $s = substr($s, 0, $p) . substr($s, $p + 1); break;
				case 1: $s = substr($s, 0, $p) . $pieces[mt_rand(0, count($pieces) - 1)] . substr($s, $p); break;
				case 2: $s = mb_strtoupper($s); break;
				default: $s = substr($s, 0, $p) . substr($s, $p, 3) . substr($s, $p); break;
			}
		}
		$c[$i] = strtr($s, ["\t" => " ", "\n" => " "]);
	}
	echo implode("\t", $c), "\n";
}' "$work/cards.tsv" > "$work/mutated.tsv"

# every diminutive and legal form of BASE's tables, alone and next to a name, as contacts and companies
git show "$base:src/core/dedup/keys.c" > "$work/keys_base.c"
php -r '
$src = file_get_contents($argv[1]);
preg_match_all("/DIM\\(\"([a-z]+)\"/", $src, $d);
preg_match_all("/LFW?\\(\"([^\"]*)\"(?:, \"([^\"]*)\")?\\)/", $src, $l, PREG_SET_ORDER);
$forms = array_map(fn($m) => $m[1] . ($m[2] ?? ""), $l);
foreach ($d[1] as $x) {
	echo "p\t$x\t\t\t\n", "p\tIvanov " . ucfirst($x) . " Petrovich\t\t\t\n", "p\t" . strtoupper($x) . " Sergeeva\t\t\t\n";
}
foreach ($forms as $f) {
	$u = mb_strtoupper($f);
	foreach (["$f", "$u Ромашка", "Ромашка $f", "$f Romashka $f", "\"Ромашка\" $u", "Ek $f för Roma", "$f $f"] as $c) {
		echo "c\t$c\t\t\t\n", "p\tИванов Иван\t$c\t\t\n";
	}
}' "$work/keys_base.c" > "$work/tables.tsv"

build() { # $1 source root, $2 binary
	cc -std=c11 -O2 -I"$1/src/core" bench/c/dedup_keys_throughput.c "$1"/src/core/dedup/*.c "$1"/src/core/phone/*.c -lm -o "$2"
}
mkdir "$work/base"
git archive "$base" src/core | tar -x -C "$work/base"
build "$work/base" "$work/keys_base"
build "$root" "$work/keys_new"
diffs=0
for f in cards mutated tables; do
	"$work/keys_base" "$work/$f.tsv" keys > "$work/$f.base"
	"$work/keys_new" "$work/$f.tsv" keys > "$work/$f.new"
	d=$(diff "$work/$f.base" "$work/$f.new" | grep -c '^<' || true)
	echo "dedup_keys_check: $f: $(wc -l < "$work/$f.base") cards, $(wc -c < "$work/$f.base") bytes of keys, $d cards differ from $base"
	if [ "$d" != 0 ]; then diff "$work/$f.base" "$work/$f.new" | head -n 20 || true; fi
	diffs=$((diffs + d))
done
[ "$diffs" = 0 ]
