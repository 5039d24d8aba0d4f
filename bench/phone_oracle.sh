#!/bin/bash
# Crm\Phone (metadata v9.0.35) against libphonenumber 8.12.57 C++ on the same clean numbers: where they differ, and why.
#   bench/run phone_oracle [N]     N clean numbers (default 20000) of RU, KZ, BY, UA, SE, DE, US
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

php bench/gen_phone_cells.php --rows="$n" --clean --seed=11 > "$work/clean.tsv"
cut -f1,2 "$work/clean.tsv" > "$work/in.tsv"
g++ -O2 -std=c++17 bench/phone_oracle.cc -lphonenumber -o "$work/phone_oracle" \
	|| { echo "phone_oracle: needs g++ and libphonenumber-dev (scripts/packages.txt)" >&2; exit 1; }
"$work/phone_oracle" list "$work/in.tsv" > "$work/oracle.tsv"
echo "phone_oracle: $n clean numbers (seed 11), every one valid by the v9.0.35 XML patterns by construction"
php -n -d "extension=$root/modules/crm.so" -d extension=dom bench/lib_phone_compare.php "$work/clean.tsv" "$work/oracle.tsv"
