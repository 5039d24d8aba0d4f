#!/bin/bash
# End-to-end check of the README's first command: scripts/start on a spare port must serve the
# CRM with the demo organisations visible to the administrator it prints. Exit 0 when it does.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${QUICKSTART_PORT:-18080}
log=$(mktemp)
jar=$(mktemp)
cd "$root"
PORT=$port setsid scripts/start >"$log" 2>&1 &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$jar" "$log"; }
trap cleanup EXIT

url="http://127.0.0.1:$port/crm"
for i in $(seq 1 120); do
	curl -s -o /dev/null "$url/login" && break
	kill -0 "$pid" 2>/dev/null || { echo "quickstart: scripts/start exited early:"; tail -n 30 "$log"; exit 1; }
	sleep 1
done
password=$(sed -n 's/.*login: admin   password: \(.*\)$/\1/p' "$log" | tail -n 1)
[ -n "$password" ] || { echo "quickstart: no password printed:"; tail -n 30 "$log"; exit 1; }
token=$(curl -s -c "$jar" -b "$jar" "$url/login" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "csrf_token=$token" \
	--data-urlencode login=admin --data-urlencode "password=$password" "$url/login")
[ "$code" = 303 ] || { echo "quickstart: sign-in answered $code"; exit 1; }
page=$(curl -s -b "$jar" "$url/companies?per_page=100")
rows=$(printf '%s' "$page" | grep -c 'href="/crm/company?id=')
if [ "$rows" -lt 50 ]; then
	echo "quickstart: the organisation list shows $rows demo organisations"
	exit 1
fi
# The first organisation of the demo export must be found by its INN, as the file has it.
demo="$root/module/kartoteka.crm/install/demo/kontragenty.csv"
first=$(iconv -f WINDOWS-1251 -t UTF-8 "$demo" | sed -n 2p)
name=$(printf '%s' "$first" | cut -d';' -f1 | sed 's/.*«\(.*\)».*/\1/')
inn=$(printf '%s' "$first" | cut -d';' -f2)
# Read the page whole first: grep -q stops at its match, and under pipefail the writer's SIGPIPE
# would count as "not found" on a page larger than the pipe's buffer.
found=$(curl -s -b "$jar" "$url/companies?q=$inn")
if ! grep -q "$name" <<<"$found"; then
	echo "quickstart: searching INN $inn did not find \"$name\" from the demo file"
	exit 1
fi
echo "quickstart: signed in as admin, $rows organisations on the first page, INN $inn finds \"$name\""
