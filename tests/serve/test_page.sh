#!/bin/sh
# The web page in a real browser: `palmyra serve` on a free loopback port
# over a store that `palmyra ingest` builds from tests/data/web (Palmyra
# changes hands three times) and the seed article, and tests/serve/page.mjs
# driving the system Chromium headless through puppeteer-core: markers match
# /api/incidents, a click shows the report sentences, the brush narrows the
# markers, the control layer colours Palmyra by two holders, no console
# errors. Screenshots go to build/screenshots/ (docs/web.md names them).
# Skips, saying why, without Chromium, node, puppeteer-core or the page's
# files. Needs $PALMYRA (the CLI, with its build/web beside it).
P=${PALMYRA:-build/palmyra}
HERE=$(dirname "$0")
ROOT=$HERE/../..
WEB=$(dirname "$P")/web
SHOTS=${SCREENSHOTS:-$(dirname "$P")/screenshots}
SHARED=${PALMYRA_SHARED:-$ROOT/../shared}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
skip() { echo "skip: $*"; echo "0 passed, 0 failed, 1 skipped"; exit 0; }

[ -x "$CHROMIUM" ] || skip "no Chromium at $CHROMIUM (Debian package chromium; .ci/run installs it)"
command -v node >/dev/null 2>&1 || skip "no node"
[ -d "$ROOT/node_modules/puppeteer-core" ] || skip "no node_modules/puppeteer-core (npm ci)"
[ -f "$WEB/index.html" ] && [ -f "$WEB/vendor/leaflet/leaflet-src.esm.js" ] || skip "no $WEB ('make web')"
"$P" serve --help >/dev/null 2>&1 || skip "$P has no serve command (built with SERVE=0?)"

tmp=$(mktemp -d)
pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

docs="$ROOT/tests/data/web/docs.jsonl"
if [ -f "$SHARED/seed/palmyra-2016-03-25.txt" ]; then
	docs="$docs $SHARED/seed/palmyra-2016-03-25.txt"
else
	echo "note: the seed article is absent ($SHARED/seed): the store has tests/data/web only"
fi
# shellcheck disable=SC2086  # $docs is a list of paths without spaces
"$P" ingest -q --db "$tmp/web.db" $docs || { echo "FAIL: palmyra ingest"; echo "0 passed, 1 failed"; exit 1; }

# A port the kernel just handed out and released: free unless another
# program takes it in the instant between.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$P" serve --db "$tmp/web.db" --bind 127.0.0.1 --port "$port" --assets "$WEB" 2>"$tmp/serve.log" &
pid=$!
i=0
# Any answer will do: the server is up once it accepts a connection.
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
	i=$((i + 1))
	if [ $i -gt 100 ] || ! kill -0 "$pid" 2>/dev/null; then
		echo "FAIL: palmyra serve did not answer on port $port"; cat "$tmp/serve.log"
		echo "0 passed, 1 failed"; exit 1
	fi
	sleep 0.1
done

CHROMIUM=$CHROMIUM node "$HERE/page.mjs" "http://127.0.0.1:$port" "$SHOTS"
