#!/bin/sh
# palmyra serve over a PostgreSQL store answers as over SQLite: the same
# documents ingested into both, a server on each, and every endpoint's
# answer compared byte for byte (events paged through their cursors,
# incidents, the incident grid, one incident with its reports, counts,
# place names, control on a day and a place's history). On a throw-away PostgreSQL server
# (tests/store/pg_cluster.sh); skips, saying why, where there is none.
P=${PALMYRA:-build/palmyra}
HERE=$(dirname "$0")
tmp=$(mktemp -d)
pids=""
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
	pg_cluster_stop immediate
	rm -rf "$tmp"
}
. "$HERE/../store/pg_cluster.sh"
trap cleanup EXIT
skip_all() { echo "skip: $*"; echo "0 passed, 0 failed, 1 skipped"; exit 0; }
passed=0; failed=0
check() {
	if eval "$1"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $2"; fi
}

"$P" serve --help >/dev/null 2>&1 || skip_all "palmyra was built without the server (SERVE=0)"
command -v curl >/dev/null || skip_all "curl is absent"
chmod 755 "$tmp"   # the postgres user reaches its cluster through it
mkdir -p "$tmp/pg"
pg_cluster_start "$tmp/pg" || skip_all "no PostgreSQL server: $PG_WHY"
pg_cluster_db served
PGDB=$(printf "$PG_URI" served)

DOCS="$HERE/../data/control/dev.jsonl $HERE/../data/incidents/dev.jsonl"
"$P" ingest -q --db "$tmp/s.db" $DOCS 2> "$tmp/ingest.err"
check '[ $? -eq 0 ]' "ingest into SQLite"
"$P" ingest -q --db "$PGDB" $DOCS 2>> "$tmp/ingest.err"
check '[ $? -eq 0 ]' "ingest into PostgreSQL"

start() {   # $1 store, $2 log; sets port
	"$P" serve --db "$1" --port 0 --threads 2 2> "$2" &
	pids="$pids $!"
	port=""
	for i in $(seq 1 100); do
		port=$(sed -n 's/^palmyra serve: http:.*:\([0-9][0-9]*\)\/ .*/\1/p' "$2" | head -n 1)
		[ -n "$port" ] && break
		sleep 0.1
	done
}
start "$tmp/s.db" "$tmp/s.log"; sport=$port
start "$PGDB" "$tmp/p.log"; pport=$port
check '[ -n "$sport" ] && [ -n "$pport" ]' "both servers start"
[ -n "$sport" ] && [ -n "$pport" ] || { cat "$tmp/s.log" "$tmp/p.log"; echo "$passed passed, $failed failed"; exit 1; }

# the same path on both; the answers must be equal, not an error and
# not empty (an empty list is under 40 bytes)
same() {
	curl -s -o "$tmp/a" -w '%{http_code}' "http://127.0.0.1:$sport$1" > "$tmp/a.code"
	curl -s -o "$tmp/b" -w '%{http_code}' "http://127.0.0.1:$pport$1" > "$tmp/b.code"
	check '[ "$(cat "$tmp/a.code")" = 200 ] && [ "$(cat "$tmp/b.code")" = 200 ] && [ $(wc -c < "$tmp/a") -gt 40 ] && cmp -s "$tmp/a" "$tmp/b"' "$1: the same answer, not empty, from both stores"
}
same "/api/events?limit=1000"
same "/api/events?country=SYR&limit=20"
same "/api/events?bbox=35,32,40,37&from=2015&limit=50"
same "/api/events?text=captured&limit=20"
# a page's cursor leads to the same next page on both
next=$(python3 -c "import json; print(json.load(open('$tmp/a')).get('next') or '')" 2>/dev/null)
curl -s "http://127.0.0.1:$sport/api/events?limit=25" > "$tmp/p1"
cur=$(python3 -c "import json; print(json.load(open('$tmp/p1'))['next'])")
check '[ -n "$cur" ]' "a first page of 25 events has a cursor"
same "/api/events?limit=25&cursor=$cur"
same "/api/incidents?limit=5000"
same "/api/incidents?min_outlets=2&limit=100"
id=$(python3 -c "import json; print(json.load(open('$tmp/a'))['incidents'][0]['id'])")
same "/api/incidents/$id"
same "/api/incidents/grid?zoom=2"
same "/api/incidents/grid?zoom=12&from=2015"
same "/api/stats?count_by=month"
same "/api/stats?count_by=country,root&of=incidents"
same "/api/places?q=pa&limit=10"
same "/api/places?q=t"
same "/api/control?at=2015-06-01"
same "/api/control?at=2012-04-15&country=MLI"
same "/api/control/Timbuktu"
curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$pport/api/events?country=XX%27%3B%20DROP%20TABLE%20events" > "$tmp/code"
check '[ "$(cat "$tmp/code")" = 400 ]' "a bad filter value over PostgreSQL is a 400"
check '[ "$("$P" query --db "$PGDB" -f csv | wc -l)" = "$("$P" query --db "$tmp/s.db" -f csv | wc -l)" ]' "the PostgreSQL store is unchanged after the requests"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
