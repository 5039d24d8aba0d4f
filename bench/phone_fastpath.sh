#!/bin/bash
# Crm\Phone fast path against the general path on generated cells: every answer of the fast path must be the general one.
#   bench/run phone_fastpath [ROWS]   ROWS messy cells (default 1000000, seed 20260716) and ROWS/5 clean numbers (seed 7)
# Each cell is parsed in its region with its area code and without, and so is each fragment extract() finds;
# bench/c/phone_fastpath.c compares crm_phone_parse_fast() and crm_phone_parse() with crm_phone_parse_full().
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rows=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -std=c11 -O2 -Wall -Wextra -Isrc/core bench/c/phone_fastpath.c src/core/phone/phone_parse.c \
	src/core/phone/phone_meta.c src/core/phone/phone_meta_data.c -o "$work/phone_fastpath"
echo "messy cells (bench/gen_phone_cells.php --rows=$rows --seed=20260716):"
php bench/gen_phone_cells.php --rows="$rows" --seed=20260716 | "$work/phone_fastpath"
echo "clean numbers (--rows=$((rows / 5)) --clean --seed=7, as phone_speed):"
php bench/gen_phone_cells.php --rows="$((rows / 5))" --clean --seed=7 | cut -f1,2 | "$work/phone_fastpath"
