#!/bin/sh
# Screenshots of the web page over a store of the GigaWord sample and the
# seed article (both from ../shared), for people to look at: writes
# build/screenshots/gigaword-*.png (docs/web.md names them). Needs a built
# palmyra with its build/web, node_modules (npm ci) and Chromium.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
P=$BUILD/palmyra
SHARED=${PALMYRA_SHARED:-../shared}
GIGA=$SHARED/peer/petrarch2/text/GigaWord.sample.PETR.xml
SEED=$SHARED/seed/palmyra-2016-03-25.txt
for f in "$GIGA" "$SEED"; do
	[ -f "$f" ] || { echo "page-screenshots: $f is absent" >&2; exit 1; }
done
tmp=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
"$P" ingest -q --db "$tmp/g.db" "$GIGA" "$SEED"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$P" serve --db "$tmp/g.db" --port "$port" --assets "$BUILD/web" 2>"$tmp/serve.log" &
pid=$!
base="http://127.0.0.1:$port"
until curl -s -o /dev/null "$base/"; do sleep 0.1; done
# The incident of the seed's headline: Palmyra's citadel recaptured.
incident=$(curl -s "$base/api/incidents?place=Tadmur&root=19&from=2016-03-24&to=2016-03-26&limit=1" |
	python3 -c 'import json, sys; d = json.load(sys.stdin)["incidents"]; print(d[0]["id"] if d else "")')
node tests/serve/shots.mjs "$base" "$BUILD/screenshots" \
	"gigaword-world=" \
	"gigaword-middle-east=lat=33&lon=42&z=5" \
	"gigaword-palmyra=lat=34.6&lon=38.3&z=7&control=1&to=2016-03-31&incident=$incident"
