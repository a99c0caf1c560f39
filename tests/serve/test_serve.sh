#!/bin/sh
# palmyra serve end to end: a server on a free loopback port over a fixture
# store (palmyra ingest of the control and incident development documents,
# and the seed article when ../shared has it), every endpoint checked
# against palmyra query / palmyra control by tests/serve/check_api.py
# (with the bad parameters, injections, sizes, paths, ETag, gzip and 100
# concurrent clients); then documents ingested while it runs must show in
# its answers (the control timeline built again); then a store of more
# than 1000 events for the limit cap. Each server must stop cleanly on
# SIGTERM with nothing from a sanitizer in its log. Needs $PALMYRA and
# python3.
P=${PALMYRA:-build/palmyra}
HERE=$(dirname "$0")
SHARED=${PALMYRA_SHARED:-$HERE/../../../shared}
tmp=$(mktemp -d)
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
passed=0; failed=0; skipped=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
if ! "$P" serve --help >/dev/null 2>&1 || ! command -v python3 >/dev/null; then
	echo "skip: palmyra was built without the server (SERVE=0), or python3 is absent"
	echo "0 passed, 0 failed, 1 skipped"; exit 0
fi

# the store: part of the control documents now, the rest while serving
CTL=$HERE/../data/control/dev.jsonl
head -n 100 "$CTL" > "$tmp/part1.jsonl"
tail -n +101 "$CTL" > "$tmp/part2.jsonl"
"$P" ingest -q --db "$tmp/f.db" "$tmp/part1.jsonl" "$HERE/../data/incidents/dev.jsonl" 2>/dev/null
if [ -f "$SHARED/seed/palmyra-2016-03-25.txt" ]; then
	cp "$SHARED/seed/palmyra-2016-03-25.txt" "$tmp/seed.txt"
	"$P" ingest -q --db "$tmp/f.db" "$tmp/seed.txt" 2>/dev/null
else
	echo "skip: the seed article is absent (the fixture goes without it)"; skipped=1
fi

# the page: its files, and what must never be served
W=$tmp/web
mkdir -p "$W/vendor" "$W/data"
echo '<!doctype html><title>Palmyra</title>' > "$W/index.html"
echo 'console.log("app");' > "$W/app.js"
echo 'body { margin: 0 }' > "$W/style.css"
echo 'var lib = 1;' > "$W/vendor/lib.js"
echo '{"type": "Topology"}' > "$W/data/world.json"
echo 'SECRET' > "$tmp/secret.txt"
echo 'SECRET' > "$W/.hidden"
ln -s ../secret.txt "$W/escape.txt"

# start DB: a server in the background; its port in $port
start() {
	# emptied here, not by the background job's redirection, which may
	# come after the loop below has read the last server's port
	: > "$tmp/log"
	"$P" serve --db "$1" --port 0 --assets "$W" --threads 4 2> "$tmp/log" &
	pid=$!
	port=""
	for i in $(seq 1 100); do
		port=$(sed -n 's/^palmyra serve: http:.*:\([0-9][0-9]*\)\/ .*/\1/p' "$tmp/log" | head -n 1)
		[ -n "$port" ] && break
		sleep 0.1
	done
	[ -n "$port" ] || { cat "$tmp/log"; bad "the server did not start"; }
}

# stop: SIGTERM, a clean exit, and no sanitizer report
stop() {
	kill -TERM "$pid"
	wait "$pid"
	rc=$?
	pid=""
	[ "$rc" -eq 0 ] && ok || { tail -n 30 "$tmp/log"; bad "the server exited with $rc"; }
	if grep -q -E 'Sanitizer|runtime error|LeakSanitizer' "$tmp/log"; then
		grep -E -A 20 'Sanitizer|runtime error' "$tmp/log" | head -n 60
		bad "a sanitizer report in the server's log"
	else
		ok
	fi
}

# run STAGE DB: the checks; their totals added to ours
run() {
	python3 "$HERE/check_api.py" "$port" "$P" "$2" "$W" "$1" > "$tmp/out" 2>&1
	cat "$tmp/out" | grep -v '^[0-9]* passed'
	line=$(tail -n 1 "$tmp/out")
	p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p'); p=${p:-0}
	f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p'); f=${f:-1}
	passed=$((passed + p)); failed=$((failed + f))
}

start "$tmp/f.db"
if [ -n "$port" ]; then
	run all "$tmp/f.db"
	# an ingest while serving: new events and a new control timeline
	"$P" ingest -q --db "$tmp/f.db" "$tmp/part2.jsonl" 2>/dev/null
	run after "$tmp/f.db"
	stop
fi

# more than a page's cap: events copied under new ids, stored from JSON lines
"$P" query --db "$tmp/f.db" > "$tmp/events.jsonl"
python3 - "$tmp/events.jsonl" "$tmp/cap.jsonl" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as out:
    for i in range(2500):
        ev = dict(events[i % len(events)])
        ev["event_id"] = "%016x" % (0xc0de0000 + i)
        ev["doc"] = dict(ev["doc"], id="cap-%d" % i)
        ev["id"] = ev["doc"]["id"]
        out.write(json.dumps(ev) + "\n")
PY
"$P" ingest -q --db "$tmp/cap.db" --coded "$tmp/cap.jsonl" 2>/dev/null
start "$tmp/cap.db"
if [ -n "$port" ]; then
	run cap "$tmp/cap.db"
	stop
fi

echo "$passed passed, $failed failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
[ "$failed" -eq 0 ]
