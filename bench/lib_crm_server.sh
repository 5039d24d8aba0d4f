#!/bin/bash
# Sourced by the page benchmarks (pages, export): a CRM on SQLite in a temporary folder with the
# generated organisations and contact persons, served by bin/crm serve on a free loopback port,
# and an administrator signed in. Sets: work, db, file, sample (the generator's JSON), server,
# base, jar; removes everything on exit. Needs: root, companies, contacts.
ext="$root/modules/crm.so"
php_crm=(php -d "extension=$ext")
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill -- -"$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
file="$work/crm.sqlite"
db="sqlite:$file"
"${php_crm[@]}" bin/crm install --db="$db" --admin-login=admin --admin-password=bench-password >/dev/null
sample=$("${php_crm[@]}" bench/gen_pages_db.php "$db" "$companies" "$contacts" 2>"$work/gen.log")
echo "data: $(cat "$work/gen.log")"

port=$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')
setsid "${php_crm[@]}" bin/crm serve --host=127.0.0.1 --port="$port" --db="$db" --extension="$ext" >"$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port/crm"
for i in $(seq 1 100); do curl -s -o /dev/null "$base/login" && break; sleep 0.1; done
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/login?lang=en" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "csrf_token=$token" --data-urlencode login=admin \
	--data-urlencode password=bench-password "$base/login"
