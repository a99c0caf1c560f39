#!/bin/sh
# The web page's ready time (run by `make bench`): navigation start to the
# map's first markers drawn (the page's "palmyra-ready" performance mark),
# in headless Chromium (bench/page_ready.mjs) against `palmyra serve` over
# a synthetic store of about 100,000 incidents (bench/page_store.py; target
# 1.5 s). The page opens on its default view, where every incident is in
# view, so the server groups them on its grid. Skips, saying why, without
# Chromium, node, puppeteer-core or the page's files.
cd "$(dirname "$0")/.." || exit 1
BUILD=${BUILD:-build}
P=$BUILD/palmyra
N=${PALMYRA_BENCH_PAGE_EVENTS:-105000}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
echo "== page ready time (headless Chromium, $N synthetic events)"
skip() { echo "skip: $*"; exit 0; }
[ -x "$CHROMIUM" ] || skip "no Chromium at $CHROMIUM (apt-get install chromium)"
command -v node >/dev/null 2>&1 || skip "no node"
[ -d node_modules/puppeteer-core ] || skip "no node_modules/puppeteer-core (npm ci)"
[ -f "$BUILD/web/vendor/leaflet/leaflet-src.esm.js" ] || skip "no $BUILD/web ('make web')"
"$P" serve --help >/dev/null 2>&1 || skip "$P has no serve command"

tmp=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
db=${PALMYRA_BENCH_PAGE_DB:-}   # a store built before, to time the page again without building it
if [ -z "$db" ]; then
	db=$tmp/page.db
	python3 bench/page_store.py "$N" > "$tmp/events.jsonl"
	"$P" ingest -q --coded --db "$db" "$tmp/events.jsonl" || exit 1
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$P" serve --db "$db" --bind 127.0.0.1 --port "$port" --assets "$BUILD/web" 2>"$tmp/serve.log" &
pid=$!
base="http://127.0.0.1:$port"
i=0
until curl -s -o /dev/null "$base/"; do
	i=$((i + 1))
	if [ $i -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
		echo "palmyra serve did not answer"; cat "$tmp/serve.log"; exit 1
	fi
	sleep 0.1
done
echo "store: $(curl -s "$base/api/incidents?limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])') incidents"
nice node bench/page_ready.mjs "$base" 6
