#!/bin/sh
# Crash safety: an ingest killed with SIGKILL at 50 random moments (each
# into a fresh store, a few in the re-run as well) leaves a store that
# opens, passes PRAGMA integrity_check and holds whole documents only; the
# same ingest run again then gives exactly what an uninterrupted run gives,
# byte for byte through palmyra query (half the runs code in two
# processes). 100 copies of the bundled example article, committed two
# documents at a time, so that the kills fall between, inside and during
# commits. PALMYRA_KILL_SEED picks other moments.
P=${PALMYRA:-build/palmyra}
P=$(cd "$(dirname "$P")" && pwd)/$(basename "$P")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if ! "$P" ingest --help >/dev/null 2>&1; then
	echo "skip: this palmyra has no store (built with STORE=0)"
	echo "0 passed, 0 failed"; exit 0
fi
if ! command -v python3 >/dev/null; then
	echo "skip: python3 is absent"; echo "0 passed, 0 failed"; exit 0
fi
# integrity_check, and whole documents: a document's row is written with
# its events, so its count must be theirs, and every stored copy of the
# article has all of its events. (A store killed before its tables were
# committed has none: nothing stored.) sqlite3 when installed, else Python.
# The article's events, as the coder gives them today.
PER=$("$P" code "$ROOT/data/examples/aleppo-2016-12-13.txt" 2>/dev/null | wc -l)
S_CHECK="SELECT count(*) FROM documents d WHERE d.events <> (SELECT count(*) FROM events e
	WHERE e.doc_key = d.doc_key) OR d.events <> $PER; SELECT count(*) FROM documents;"
inspect() {
	if command -v sqlite3 >/dev/null; then
		sqlite3 "$1" "PRAGMA integrity_check"
		if [ -n "$(sqlite3 "$1" "SELECT name FROM sqlite_schema WHERE name = 'documents'")" ]; then
			sqlite3 "$1" "$S_CHECK"
		else
			printf '0\n0\n'
		fi
		return
	fi
	python3 - "$1" "$S_CHECK" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("PRAGMA integrity_check").fetchone()[0])
tables = db.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'documents'").fetchone()[0]
for q in sys.argv[2].split(";")[:2]:
    print(db.execute(q).fetchone()[0] if tables else 0)
PY
}

mkdir "$tmp/in"
i=0
while [ $i -lt 100 ]; do
	i=$((i + 1))
	cp "$ROOT/data/examples/aleppo-2016-12-13.txt" "$tmp/in/aleppo-$(printf %03d $i).txt"
done
ingest() { "$P" ingest -q --batch 2 --db "$1" "$tmp/in"; }

# the timed run is a warm one: the first compiles the dictionaries into
# their cache, which the killed runs then load, so timing it spread the
# kill moments past the end of most runs (slow builds: ASan)
ingest "$tmp/warm.db"
start=$(date +%s%N)
ingest "$tmp/ref.db"
ms=$((($(date +%s%N) - start) / 1000000))
"$P" query --db "$tmp/ref.db" > "$tmp/ref.jsonl"
[ "$PER" -gt 0 ] && [ "$(wc -l < "$tmp/ref.jsonl")" -eq $((100 * PER)) ] && ok ||
	bad "the uninterrupted run stores 100 x $PER events"

# kill moments, in ms, spread over the run (a seeded sequence: the same
# moments on every run unless PALMYRA_KILL_SEED says otherwise)
seed=${PALMYRA_KILL_SEED:-20161213}
echo "an uninterrupted ingest takes $ms ms; kill seed $seed"
awk -v seed="$seed" -v ms="$ms" 'BEGIN { srand(seed); for (i = 0; i < 200; i++) printf "%.3f\n", (5 + rand() * (ms - 5)) / 1000 }' > "$tmp/moments"

kills=0; tries=0; partial=0
while [ $kills -lt 50 ] && [ $tries -lt 200 ]; do
	tries=$((tries + 1))
	at=$(sed -n "${tries}p" "$tmp/moments")
	rm -f "$tmp/k.db" "$tmp/k.db-wal" "$tmp/k.db-shm"
	# palmyra itself in the background, not a function: $! must be its pid;
	# every other run codes in two processes (-j 2), the storing one killed
	"$P" ingest -q --batch 2 -j $((tries % 2 + 1)) --db "$tmp/k.db" "$tmp/in" &
	pid=$!
	sleep "$at"
	kill -9 $pid 2>/dev/null
	{ wait $pid; } 2>/dev/null
	[ $? -eq 137 ] || continue        # it had finished: not a kill
	kills=$((kills + 1))
	if [ -e "$tmp/k.db" ]; then
		inspect "$tmp/k.db" > "$tmp/state" 2>&1
		if [ "$(sed -n 1p "$tmp/state")" = ok ] && [ "$(sed -n 2p "$tmp/state")" = 0 ]; then
			ok
		else
			bad "kill $kills at ${at}s: $(tr '\n' ' ' < "$tmp/state")"
		fi
		n=$(sed -n 3p "$tmp/state")
		[ "${n:-0}" -gt 0 ] && [ "${n:-0}" -lt 100 ] && partial=$((partial + 1))
		"$P" query --db "$tmp/k.db" --limit 1 > /dev/null 2> "$tmp/qerr" || bad "kill $kills: the store does not open: $(cat "$tmp/qerr")"
	fi
	# every fifth time the re-run is killed too, half way
	if [ $((kills % 5)) -eq 0 ]; then
		"$P" ingest -q --batch 2 --db "$tmp/k.db" "$tmp/in" &
		pid=$!
		sleep "$(awk -v a="$at" 'BEGIN { printf "%.3f", a / 2 }')"
		kill -9 $pid 2>/dev/null
		{ wait $pid; } 2>/dev/null
	fi
	ingest "$tmp/k.db" || bad "kill $kills: the re-run fails"
	"$P" query --db "$tmp/k.db" > "$tmp/k.jsonl"
	"$P" query --db "$tmp/k.db" --count-by month -f csv > "$tmp/k.days"
	"$P" query --db "$tmp/ref.db" --count-by month -f csv > "$tmp/ref.days"
	cmp -s "$tmp/k.days" "$tmp/ref.days" || bad "kill $kills: the counts by day differ"
	if cmp -s "$tmp/k.jsonl" "$tmp/ref.jsonl"; then ok; else bad "kill $kills at ${at}s: the re-run's events differ from the uninterrupted run's"; [ -n "$PALMYRA_KILL_KEEP" ] && cp "$tmp/k.jsonl" "$tmp/ref.jsonl" "$tmp/k.db" "$PALMYRA_KILL_KEEP/"; fi
done
echo "$kills kills in $tries runs; $partial left a store holding some of the documents"
[ $kills -ge 50 ] && ok || bad "only $kills runs were killed before they finished"
[ $partial -ge 10 ] && ok || bad "only $partial kills fell while documents were being stored"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
