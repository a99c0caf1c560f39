#!/bin/sh
# palmyra serve's figures (run by `make bench`, after bench_store.sh), on the
# synthetic store of $PALMYRA_BENCH_EVENTS (1,000,000) events that
# bench_store builds (40 countries of 60 places, 5 years):
#   1. latency: one client at a time (wrk -c 1) asking for map views, a
#      country's box (8 x 8 degrees) of each of the 40 countries in turn:
#      p50, p95 and p99 of each endpoint;
#   2. throughput on one core: the server on one thread pinned to one core,
#      wrk on the other with 16 connections: requests per second.
# The machine is shared: the figures are upper bounds on what a quiet one
# takes; the server's CPU time a request is the steadier figure. Needs wrk
# (scripts/setup.sh installs it) and taskset.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
P=$BUILD/palmyra
B=$BUILD/bench/bench_store
N=${PALMYRA_BENCH_EVENTS:-1000000}
SECONDS_EACH=${PALMYRA_BENCH_SECONDS:-10}
DB=${PALMYRA_BENCH_DB:-$BUILD/bench/synthetic-$N.db}   # or a store of one's own

echo "== palmyra serve over a synthetic store of $N events ($DB)"
if ! command -v wrk >/dev/null || ! command -v taskset >/dev/null; then
	echo "skip: wrk or taskset is absent (scripts/setup.sh installs wrk)"
	exit 0
fi
if ! "$P" serve --help >/dev/null 2>&1; then
	echo "skip: palmyra was built without the server (SERVE=0)"
	exit 0
fi
if [ -z "$PALMYRA_BENCH_DB" ] && { [ ! -f "$DB" ] || [ "$B" -nt "$DB" ]; }; then
	rm -f "$DB" "$DB-wal" "$DB-shm"
	"$B" build "$DB" "$N"
fi
if command -v sqlite3 >/dev/null; then
	echo "$(sqlite3 "$DB" 'SELECT count(*) FROM events') events, $(sqlite3 "$DB" \
		'SELECT count(*) FROM incidents' 2>/dev/null || echo 0) incidents"
fi
tmp=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT

# serve CORES THREADS: a server pinned to CORES; its port in $port
serve() {
	taskset -c "$1" "$P" serve --db "$DB" --port 0 --threads "$2" 2> "$tmp/log" &
	pid=$!
	port=""
	for i in $(seq 1 100); do
		port=$(sed -n 's/^palmyra serve: http:.*:\([0-9][0-9]*\)\/ .*/\1/p' "$tmp/log" | head -n 1)
		[ -n "$port" ] && break
		sleep 0.1
	done
	[ -n "$port" ] || { cat "$tmp/log"; exit 1; }
}

# The 40 countries' boxes as bench_store places them, in turn; the figures
# at the end as one line.
cat > "$tmp/views.lua" <<'LUA'
local path = os.getenv("BENCH_PATH")
local views, i = {}, 0
for c = 0, 39 do
  local lat, lon = -30 + (c * 37) % 80, -170 + (c * 53) % 340
  views[#views + 1] = string.format("%s%sbbox=%g,%g,%g,%g", path,
    path:find("?", 1, true) and "&" or "?", lon - 4, lat - 4, lon + 4, lat + 4)
end
request = function()
  i = i % #views + 1
  return wrk.format("GET", views[i])
end
done = function(summary, latency, requests)
  io.write(string.format("%d requests in %.1f s: %.0f requests/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %d errors\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

# measure LABEL PATH CONNECTIONS: on a server started afresh when $FRESH
# names its cores and threads, so that requests wrk gave up on (2 s) and
# the server still works through do not weigh on the next endpoint
measure() {
	if [ -n "$FRESH" ]; then
		kill "$pid"; wait "$pid" || true
		serve $FRESH
	fi
	BENCH_PATH=$2 taskset -c 1 wrk -t 1 -c "$3" -d 2s -s "$tmp/views.lua" "http://127.0.0.1:$port" >/dev/null
	t0=$(cpu_ticks)
	line=$(BENCH_PATH=$2 taskset -c 1 wrk -t 1 -c "$3" -d "${SECONDS_EACH}s" -s "$tmp/views.lua" \
		"http://127.0.0.1:$port" | tail -n 1)
	t1=$(cpu_ticks)
	n=${line%% requests*}
	printf '%s: %s; server CPU %s ms a request\n' "$1" "$line" \
		"$(awk -v t="$((t1 - t0))" -v n="$n" -v hz="$(getconf CLK_TCK)" \
		   'BEGIN { if (n > 0) printf "%.1f", t * 1000 / hz / n; else print "?" }')"
}

# The server's CPU time so far (user and system, in clock ticks): what a
# request costs whatever else the machine runs, where wall times are only
# upper bounds. Work wrk gave up waiting for counts too, so it is high.
cpu_ticks() {
	awk '{ print $14 + $15 }' "/proc/$pid/stat"
}

# endpoints PREFIX CONNECTIONS: every map endpoint, those of this build
endpoints() {
	measure "$1 /api/events?bbox (100 events a view)" "/api/events" "$2"
	if curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/incidents?limit=1" | grep -q 200; then
		measure "$1 /api/incidents?bbox (100 incidents a view)" "/api/incidents" "$2"
		measure "$1 /api/incidents?bbox&limit=5000" "/api/incidents?limit=5000" "$2"
		measure "$1 /api/incidents/grid?bbox&zoom=5" "/api/incidents/grid?zoom=5" "$2"
	else
		echo "$1 /api/incidents: not in this build (the store keeps no incidents)"
	fi
	measure "$1 /api/stats?count_by=week&bbox" "/api/stats?count_by=week" "$2"
}

serve 0 4
echo "-- latency, one client at a time (4 request threads)"
endpoints "latency" 1
kill "$pid"; wait "$pid" || true; pid=""

serve 0 1
echo "-- throughput, the server on one core (one request thread), 16 connections"
FRESH="0 1" endpoints "one core" 16
kill "$pid"; wait "$pid" || true; pid=""
