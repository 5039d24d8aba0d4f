#!/bin/bash
# XLSX read into PHP arrays: crm vs openpyxl read-only (the fastest tool a PHP shop would script), same file, same run.
# Usage: bench/run xlsx [--rows=100000] [--writer=excel|openpyxl] [--crm-only]
#   (workbook made once by bench/gen_xlsx.py into /tmp; --crm-only measures crm alone, for the
#   1,000,000-row memory figure where three openpyxl runs would take most of an hour here)
# Each tool runs in its own process, best of 3; time is the wall clock of the read loop
# measured inside the process, peak RSS that of the whole process (/usr/bin/time -f %M).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=100000 writer=excel crm_only=0
for a in "$@"; do case "$a" in --rows=*) rows=${a#--rows=} ;; --writer=*) writer=${a#--writer=} ;; --crm-only) crm_only=1 ;; esac; done
file=/tmp/crm_bench_1c_${rows}_${writer}.xlsx
py=/usr/bin/python3
[ -f "$file" ] || "$py" "$root/bench/gen_xlsx.py" --rows="$rows" --out="$file" --writer="$writer" >/dev/null

crm_code='$t = hrtime(true); $n = 0; $cells = 0;
foreach (Crm\Import\Reader::open($argv[1]) as $row) { $n++; $cells += count($row); }
printf("%.4f %d %d\n", (hrtime(true) - $t) / 1e9, $n, $cells);'
py_code='import sys, time, openpyxl
t = time.perf_counter(); n = 0; cells = 0
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
it = wb.worksheets[0].iter_rows(values_only=True); next(it)
for row in it:
    n += 1; cells += len(row)
print("%.4f %d %d" % (time.perf_counter() - t, n, cells))'

best() { # label command...: prints "label seconds rows rss_kib" for the best of 3
	local label=$1; shift
	local best_s="" best_rss=0 rows_read=0 out s r rss
	for i in 1 2 3; do
		out=$( { /usr/bin/time -f 'RSS %M' "$@" ; } 2>&1 )
		s=$(echo "$out" | awk 'NR==1 {print $1}'); r=$(echo "$out" | awk 'NR==1 {print $2}')
		rss=$(echo "$out" | sed -n 's/^RSS //p')
		if [ -z "$best_s" ] || awk "BEGIN {exit !($s < $best_s)}"; then best_s=$s; fi
		[ "$rss" -gt "$best_rss" ] && best_rss=$rss
		rows_read=$r
	done
	echo "$label $best_s $rows_read $best_rss"
}

echo "file: $(basename "$file"), $(du -k "$file" | cut -f1) KiB, $rows data rows x 12 columns (1C counterparties, written like $writer)"
c=$(best crm php -n -d "extension=$root/modules/crm.so" -r "$crm_code" "$file")
if [ "$crm_only" = 1 ]; then
	set -- $c
	printf 'crm: %.3f s, %d rows, %.0f rows/s, peak RSS %.1f MiB (openpyxl not run: --crm-only)\n' \
		"$2" "$3" "$(awk "BEGIN {print $3 / $2}")" "$(awk "BEGIN {print $4 / 1024}")"
	exit 0
fi
o=$(best openpyxl "$py" -W ignore -c "$py_code" "$file")
printf '%-10s %9s %8s %12s %14s\n' tool seconds rows "rows/s" "peak RSS MiB"
for line in "$c" "$o"; do
	set -- $line
	printf '%-10s %9.3f %8d %12.0f %14.1f\n' "$1" "$2" "$3" "$(awk "BEGIN {print $3 / $2}")" "$(awk "BEGIN {print $4 / 1024}")"
done
set -- $c; cs=$2; crss=$4; set -- $o
printf 'crm is %.1fx faster than openpyxl read-only, with %.1fx less peak memory\n' \
	"$(awk "BEGIN {print $2 / $cs}")" "$(awk "BEGIN {print $4 / $crss}")"
