#!/bin/bash
# CSV export of the organisation and contact person lists over HTTP on SQLite with 100,000 organisations / 300,000 contacts: seconds, rows, MB, server peak RSS; peer: the sqlite3 shell's CSV of the same columns.
#   bench/run export [runs, default 3]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-3}
companies=${BENCH_COMPANIES:-100000}
contacts=${BENCH_CONTACTS:-300000}
command -v sqlite3 >/dev/null || { echo "bench/export: needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
. bench/lib_crm_server.sh
token=$(curl -s -c "$jar" -b "$jar" "$base/companies" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
# The PHP that answers: bin/crm serve runs php -S as its child.
php_pid=$( (pgrep -P "$server" || true) | head -n 1)
php_pid=${php_pid:-$server}
curl -s -b "$jar" -o /dev/null "$base/companies"
echo "php -S peak RSS after the list page, before any export: $(awk '/VmHWM/ {printf "%.1f MB", $2 / 1024}' "/proc/$php_pid/status")"

peer_company="SELECT c.name, c.inn, c.kpp, c.ogrn, c.orgnr, c.legal_address, c.city,
  (SELECT group_concat(raw, ', ') FROM kcrm_phone p WHERE p.owner_type = 'company' AND p.owner_id = c.id),
  (SELECT group_concat(raw, ', ') FROM kcrm_email e WHERE e.owner_type = 'company' AND e.owner_id = c.id),
  u.name, c.created_at FROM kcrm_company c LEFT JOIN kcrm_user u ON u.id = c.responsible_user_id
  WHERE c.deleted_at IS NULL ORDER BY c.company_key, c.name, c.id;"
peer_contact="SELECT c.name, c.inn, c.orgnr, p.last_name, p.first_name, p.middle_name, cc.position, cc.role,
  (SELECT group_concat(raw, ', ') FROM kcrm_phone h WHERE h.owner_type = 'contact' AND h.owner_id = p.id),
  (SELECT group_concat(raw, ', ') FROM kcrm_email e WHERE e.owner_type = 'contact' AND e.owner_id = p.id),
  p.city, u.name, p.created_at FROM kcrm_contact p LEFT JOIN kcrm_company_contact cc ON cc.contact_id = p.id
  LEFT JOIN kcrm_company c ON c.id = cc.company_id AND c.deleted_at IS NULL LEFT JOIN kcrm_user u ON u.id = p.responsible_user_id
  WHERE p.deleted_at IS NULL ORDER BY p.last_name, p.first_name, p.middle_name, p.id;"

printf '%-10s %-22s %9s %9s %9s %12s\n' list tool seconds lines MB peak_RSS_MB
measure() {
	local list=$1 best=
	for i in $(seq 1 "$runs"); do
		local t0 t1
		t0=$(date +%s.%N)
		curl -s -b "$jar" -o "$work/out.csv" --data-urlencode "csrf_token=$token" "$base/${list}_export"
		t1=$(date +%s.%N)
		best=$(awk -v a="$best" -v b="$(awk -v x="$t0" -v y="$t1" 'BEGIN { print y - x }')" 'BEGIN { print (a == "" || b < a) ? b : a }')
		all="$all $(awk -v x="$t0" -v y="$t1" 'BEGIN { printf "%.2f", y - x }')"
	done
	local rss
	rss=$(awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$php_pid/status")
	printf '%-10s %-22s %9.2f %9d %9.1f %12s   (runs:%s)\n' "$list" "crm ${list}_export" "$best" "$(wc -l <"$work/out.csv")" \
		"$(awk -v s="$(stat -c %s "$work/out.csv")" 'BEGIN { print s / 1048576 }')" "$rss" "$all"
}
peer() {
	local list=$1 sql=$2 best= all=
	for i in $(seq 1 "$runs"); do
		local t0 t1
		t0=$(date +%s.%N)
		/usr/bin/time -f %M -o "$work/rss" sqlite3 -csv -readonly "$file" "$sql" >"$work/peer.csv"
		t1=$(date +%s.%N)
		best=$(awk -v a="$best" -v b="$(awk -v x="$t0" -v y="$t1" 'BEGIN { print y - x }')" 'BEGIN { print (a == "" || b < a) ? b : a }')
		all="$all $(awk -v x="$t0" -v y="$t1" 'BEGIN { printf "%.2f", y - x }')"
	done
	printf '%-10s %-22s %9.2f %9d %9.1f %12.1f   (runs:%s)\n' "$list" 'sqlite3 -csv' "$best" "$(wc -l <"$work/peer.csv")" \
		"$(awk -v s="$(stat -c %s "$work/peer.csv")" 'BEGIN { print s / 1048576 }')" "$(awk '{ print $1 / 1024 }' "$work/rss")" "$all"
}
all=; measure companies
peer companies "$peer_company"
all=; measure contacts
peer contacts "$peer_contact"
echo "crm peak_RSS_MB: the high-water mark of the php -S process after that export (all runs)"
