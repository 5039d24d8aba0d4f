#!/bin/bash
# CRM page speed on SQLite with 100,000 organisations and 300,000 contact persons: organisation list, search (name, a word inside names, INN, phone, a part inside words), card; contact list and search (name, e-mail, part inside); wrk p50/p95.
#   bench/run pages [seconds per page, default 5]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-5}
companies=${BENCH_COMPANIES:-100000}
contacts=${BENCH_CONTACTS:-300000}
command -v wrk >/dev/null || { echo "bench/pages: needs wrk (apt-get install wrk)" >&2; exit 1; }
. bench/lib_crm_server.sh
field() { php -r '$s = json_decode($argv[1], true); echo $s[$argv[2]];' "$sample" "$1"; }
cookie=$(awk '$6 == "KCRMSESSID" {print $6 "=" $7}' "$jar")

cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, summary.errors.status))
end
LUA
urlencode() { php -r 'echo rawurlencode($argv[1]);' "$1"; }
printf '%-28s %9s %9s %9s %8s  %s\n' page p50_ms p95_ms req/s target result
# One connection, closed after each answer as PHP's built-in server does: it answers one request at
# a time, so latency is server time (plus a local TCP connect).
run() {
	local name=$1 path=$2 target=$3 expect=$4
	local body
	body=$(curl -s -b "$cookie" -H "Cookie: $cookie" "$base/$path")
	# Not "printf | grep -q": grep stops at the first match and, under pipefail, the printf of a
	# page larger than a pipe buffer (the contact list is ~100 KB) then fails with SIGPIPE.
	if ! grep -F -- "$expect" >/dev/null <<<"$body"; then
		echo "bench/pages: $path does not show \"$expect\"" >&2
		tail -5 "$work/serve.log" >&2
		exit 1
	fi
	read -r p50 p95 rps n errors < <(wrk -t1 -c1 -d"${seconds}s" -H "Cookie: $cookie" -H "Connection: close" -s "$work/report.lua" "$base/$path" | tail -n 1)
	[ "$errors" = 0 ] || { echo "bench/pages: $errors non-2xx answers on $path" >&2; curl -s -o /dev/null -w "%{http_code}\n" -H "Cookie: $cookie" "$base/$path" >&2; tail -5 "$work/serve.log" >&2; exit 1; }
	local verdict=ok
	awk -v a="$p95" -v b="$target" 'BEGIN { exit !(a > b) }' && verdict=SLOW
	printf '%-28s %9s %9s %9s %6s ms  %s (%d requests)\n' "$name" "$p50" "$p95" "$rps" "$target" "$verdict" "$n"
}
id=$(field company_id)
run 'list (page 1, by name)' 'companies' 50 'company?id='
run 'list (page 1000)' 'companies?page=1000' 50 'company?id='
run 'search by name' "companies?q=$(urlencode "$(field name)")" 50 "company?id=$id"
run 'search by a word inside'   "companies?q=$(urlencode "$(field word)")" 50 'company?id='
run 'search by INN' "companies?q=$(field inn)" 50 "company?id=$id"
run 'search by phone (+7 …)' "companies?q=$(urlencode "$(field phone)")" 50 "company?id=$id"
run 'search by a part inside'  "companies?q=$(urlencode "$(field inside)")" 50 'search-inside-words'
run 'card' "company?id=$id" 30 "$(field inn)"
cid=$(field contact_id)
run 'contacts (page 1, by name)' 'contacts' 50 'contact?id='
run 'contacts: surname + name' "contacts?q=$(urlencode "$(field contact_name)")" 50 'contact?id='
# The generator draws from 12 surnames, so one surname is ~25,000 persons: the broadest name search there is.
run 'contacts: surname' "contacts?q=$(urlencode "$(field contact_name | cut -d' ' -f1)")" 50 'contact?id='
run 'contacts: e-mail' "contacts?q=$(urlencode "$(field contact_email)")" 50 "contact?id=$cid"
run 'contacts: e-mail start' "contacts?q=$(urlencode "$(field contact_email | cut -d@ -f1)@")" 50 "contact?id=$cid"
run 'contacts: part inside' "contacts?q=$(urlencode "$(field contact_inside)")" 50 'search-inside-words'
