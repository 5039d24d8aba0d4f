#!/bin/bash
# Crm\Phone normalize()/normalizeMany() against libphonenumber C++ (parse+isValid+format E164), same inputs, same run.
#   bench/run phone_speed [N]      N clean numbers (default 200000) of RU, KZ, BY, UA, SE, DE, US
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

php bench/gen_phone_cells.php --rows="$n" --clean --seed=7 | cut -f1,2 > "$work/in.tsv"
g++ -O2 -std=c++17 bench/phone_oracle.cc -lphonenumber -o "$work/phone_oracle" \
	|| { echo "phone_speed: needs g++ and libphonenumber-dev (scripts/packages.txt)" >&2; exit 1; }

# Interleave the runs so both sides see the same machine load; each reports its best of 5 passes.
read -r lib lib_valid < <("$work/phone_oracle" time "$work/in.tsv")
read -r one many ours_valid < <(php -n -d "extension=$root/modules/crm.so" bench/lib_phone_time.php "$work/in.tsv")
read -r lib2 _ < <("$work/phone_oracle" time "$work/in.tsv")
read -r one2 many2 _ < <(php -n -d "extension=$root/modules/crm.so" bench/lib_phone_time.php "$work/in.tsv")
lib=$(awk -v a="$lib" -v b="$lib2" 'BEGIN { print (a < b ? a : b) }')
one=$(awk -v a="$one" -v b="$one2" 'BEGIN { print (a < b ? a : b) }')
many=$(awk -v a="$many" -v b="$many2" 'BEGIN { print (a < b ? a : b) }')

echo "phone_speed: $n clean numbers (RU, KZ, BY, UA, SE, DE, US; seed 7), best of 10 passes per side"
printf '%-44s %10s %12s\n' "" "ns/number" "valid"
printf '%-44s %10.1f %12s\n' "libphonenumber 8.12.57 C++ parse+isValid+E164" "$lib" "$lib_valid"
printf '%-44s %10.1f %12s\n' "Crm\\Phone\\normalize() from PHP" "$one" "$ours_valid"
printf '%-44s %10.1f %12s\n' "Crm\\Phone\\normalizeMany() from PHP" "$many" "$ours_valid"
awk -v l="$lib" -v o="$one" -v m="$many" 'BEGIN {
	printf "ratio libphonenumber / normalize():     %.0fx\n", l / o
	printf "ratio libphonenumber / normalizeMany(): %.0fx\n", l / m
	printf "targets: normalize() <= 250 ns %s, normalizeMany() <= 100 ns %s\n", (o <= 250 ? "met" : "NOT met"), (m <= 100 ? "met" : "NOT met")
}'
