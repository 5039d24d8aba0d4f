#!/bin/bash
# Dedup key normalisation (person, company, e-mail keys of a card) per core: C core and from PHP.
#   bench/run dedup_keys [N]      N generated cards of bench/gen_dedup.php (default 200000, seed 1)
# A record is one card's keys as Crm\Dedup\Index derives them (lib_dedup_keys.php says which);
# target of issue 6: >= 1,000,000 records/s per core. One process at a time, best of 5 passes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

php bench/lib_dedup_keys.php dump "$n" 1 > "$work/cards.tsv"
cc -std=c11 -O2 -Isrc/core bench/c/dedup_keys_throughput.c src/core/dedup/*.c src/core/phone/*.c -lm -o "$work/keys"

# interleaved, so both sides see the same machine load; the better of two runs each
read -r c1 kpr ph1 cards < <("$work/keys" "$work/cards.tsv" 5)
read -r p1 _ m1 < <(php -n -d memory_limit=1G -d "extension=$root/modules/crm.so" bench/lib_dedup_keys.php time "$work/cards.tsv")
read -r c2 _ ph2 _ < <("$work/keys" "$work/cards.tsv" 5)
read -r p2 _ m2 < <(php -n -d memory_limit=1G -d "extension=$root/modules/crm.so" bench/lib_dedup_keys.php time "$work/cards.tsv")
c=$(awk -v a="$c1" -v b="$c2" 'BEGIN { print (a < b ? a : b) }')
ph=$(awk -v a="$ph1" -v b="$ph2" 'BEGIN { print (a < b ? a : b) }')
p=$(awk -v a="$p1" -v b="$p2" 'BEGIN { print (a < b ? a : b) }')
m=$(awk -v a="$m1" -v b="$m2" 'BEGIN { print (a < b ? a : b) }')

echo "dedup_keys: $cards generated cards (seed 1), $kpr keys per card (person, company, e-mail), one core, best of 10 passes"
printf '%-46s %12s %16s\n' "" "ns/record" "records/s"
awk -v c="$c" -v p="$p" -v ph="$ph" -v m="$m" 'BEGIN {
	printf "%-46s %12.1f %16.0f\n", "C core (crm_person/company/email_key)", c, 1e9 / c
	printf "%-46s %12.1f %16.0f\n", "C core, the same + phones to E.164", ph, 1e9 / ph
	printf "%-46s %12.1f %16.0f\n", "PHP Crm\\Dedup\\personKey/companyKey/emailKey", p, 1e9 / p
	printf "%-46s %12.1f %16.0f\n", "PHP the same by columns (personKeys() …)", m, 1e9 / m
	printf "target >= 1,000,000 records/s per core: C %s, C with phones %s, PHP a call a key %s, PHP by columns %s\n",
		(c <= 1000 ? "met" : "NOT met"), (ph <= 1000 ? "met" : "NOT met"), (p <= 1000 ? "met" : "NOT met"), (m <= 1000 ? "met" : "NOT met")
}'
