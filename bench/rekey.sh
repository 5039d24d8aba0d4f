#!/bin/bash
# bin/crm rekey after an upgrade of crm.so changed the key format, on SQLite with N organisations, 3N persons.
#   bench/run rekey [N]     N organisations (default 100000) and 3N contact persons, bench/gen_pages_db.php
# Two cases: the keys are already of the new format (every card read and its keys computed, none
# written: what most cards see after a format change), and every key stale (every card's key and
# search words written again: the upper bound). Peer: the same database's full table scan with
# sqlite3, which any rewrite must at least cost.
set -euo pipefail
command -v sqlite3 >/dev/null || { echo "bench/rekey: needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
n=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
php_crm=(php -d memory_limit=1G -d "extension=$root/modules/crm.so")
db="sqlite:$work/crm.sqlite"

"${php_crm[@]}" bin/crm install --db="$db" --admin-login=admin --admin-password=benchmark-pw >/dev/null
"${php_crm[@]}" bench/gen_pages_db.php "$db" "$n" "$((3 * n))" >/dev/null 2>&1
cards=$(sqlite3 "$work/crm.sqlite" 'SELECT (SELECT COUNT(*) FROM kcrm_company) + (SELECT COUNT(*) FROM kcrm_contact)')

stale() { sqlite3 "$work/crm.sqlite" "UPDATE kcrm_setting SET value = '1' WHERE name = 'dedup_key_version'; $1"; }
run() {
	local t0 t1 rss out
	t0=$(date +%s.%N)
	out=$(/usr/bin/time -f '%M' "${php_crm[@]}" bin/crm rekey --db="$db" --lang=en 2>"$work/time")
	t1=$(date +%s.%N)
	rss=$(tail -n 1 "$work/time")
	changed=$(printf '%s\n' "$out" | sed -n 's/.*); \([0-9]*\) cards got a new key\./\1/p')
	[ -n "$changed" ] || { echo "bench/rekey: bin/crm rekey said: $out" >&2; exit 1; }
	awk -v a="$t0" -v b="$t1" -v c="$cards" -v r="$rss" -v ch="$changed" -v what="$2" \
		'BEGIN { printf "%-34s %8.2f s %10.0f cards/s %8s changed %6.1f MB peak RSS\n", what, b - a, c / (b - a), ch, r / 1024 }'
}

echo "rekey: SQLite, $n organisations and $((3 * n)) contact persons ($cards cards), one process"
stale ""
run "" "keys current, all read"
stale "UPDATE kcrm_company SET company_key = ''; UPDATE kcrm_contact SET person_key = '';"
run "" "every key stale, all rewritten"
t0=$(date +%s.%N)
sqlite3 "$work/crm.sqlite" 'SELECT SUM(LENGTH(name) + LENGTH(company_key)) FROM kcrm_company; SELECT SUM(LENGTH(last_name) + LENGTH(person_key)) FROM kcrm_contact;' >/dev/null
t1=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%-34s %8.2f s\n", "peer: sqlite3 reads the same columns", b - a }'
