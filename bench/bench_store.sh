#!/bin/sh
# The event store's figures (run by `make bench`, after bench.sh):
#   1. ingest rate from coded JSON lines (palmyra ingest --coded, one process)
#   2. coding and storing against coding alone (GigaWord articles; needs ../shared)
#   3. on a synthetic store of 1,000,000 events: the latency of palmyra query
#      by country and month, --near 50 km, --text, and --count-by week over
#      everything, and the store's bytes per event.
# Each figure is the best of several runs (the machine is shared: others'
# work only ever adds), for whole processes (start-up included) writing to
# /dev/null, as wall time and as CPU time (user + system, every thread).
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
P=$BUILD/palmyra
B=$BUILD/bench/bench_store
T="python3 bench/timeit.py"
SHARED=${PALMYRA_SHARED:-../shared}
GIGA=$SHARED/peer/petrarch2/text/GigaWord.sample.PETR.xml
N=${PALMYRA_BENCH_EVENTS:-1000000}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# "<events> events: <wall> ms (N/s), CPU <cpu> ms (N/s)"
rate() {
	echo "$1 events: $2 ms wall ($(($1 * 1000 / $2)) events/s), $3 ms CPU ($(($1 * 1000 / $3)) events/s)"
}

echo "== ingest rate from coded JSON lines (palmyra ingest --coded, one thread)"
"$B" jsonl 200000 > "$tmp/synthetic.jsonl"
n=$(wc -l < "$tmp/synthetic.jsonl")
set -- $($T 3 --before "rm -f $tmp/c.db*" -- "$P" ingest -q --db "$tmp/c.db" --coded "$tmp/synthetic.jsonl")
echo "synthetic (3 events a document): $(rate "$n" "$1" "$2")"
if [ -f "$GIGA" ]; then
	python3 tests/store/giga_articles.py "$GIGA" "$tmp/giga" 1000
	"$P" code -q "$tmp/giga" > "$tmp/giga.jsonl"
	n=$(wc -l < "$tmp/giga.jsonl")
	set -- $($T 3 --before "rm -f $tmp/g.db*" -- "$P" ingest -q --db "$tmp/g.db" --coded "$tmp/giga.jsonl")
	echo "GigaWord x1000 (51 events an article): $(rate "$n" "$1" "$2")"

	echo
	echo "== coding and storing vs coding alone (GigaWord sample x200 as articles)"
	rm -rf "$tmp/giga"
	python3 tests/store/giga_articles.py "$GIGA" "$tmp/giga" 200
	set -- $($T 5 -- "$P" code -q -j 1 "$tmp/giga")
	cw=$1; cc=$2
	set -- $($T 5 --before "rm -f $tmp/i.db*" -- "$P" ingest -q -j 1 --db "$tmp/i.db" "$tmp/giga")
	iw=$1; ic=$2
	echo "palmyra code -j 1: $cw ms wall, $cc ms CPU"
	echo "palmyra ingest -j 1 (coding thread + storing thread): $iw ms wall ($(( (iw - cw) * 100 / cw ))% over coding), $ic ms CPU (+$(( (ic - cc) * 100 / cc ))%)"
	set -- $($T 5 -- "$P" ingest -q -j 1 --db "$tmp/i.db" "$tmp/giga")
	echo "palmyra ingest again (nothing new): $1 ms wall"
	set -- $($T 3 -- "$P" code -q -j 2 "$tmp/giga")
	cw=$1
	set -- $($T 3 --before "rm -f $tmp/i.db*" -- "$P" ingest -q -j 2 --db "$tmp/i.db" "$tmp/giga")
	echo "-j 2: palmyra code $cw ms wall; palmyra ingest $1 ms wall"
else
	echo "skip: $GIGA is absent (GigaWord figures)"
fi

echo
echo "== a synthetic store of $N events (bench_store: 40 countries of 60 places, 5 years)"
DB=$BUILD/bench/synthetic-$N.db
if [ ! -f "$DB" ] || [ "$B" -nt "$DB" ]; then
	rm -f "$DB" "$DB-wal" "$DB-shm"
	"$B" build "$DB" "$N"
fi
size=$(stat -c %s "$DB")
echo "file: $size bytes for $N events: $((size / N)) bytes an event"
python3 - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
total = sum(r[1] for r in rows)
print("  " + ", ".join("%s %.0f%%" % (r[0], 100.0 * r[1] / total) for r in rows[:9]))
PY

# a middling country and a middling place of it (by events), and the largest country
. bench/lib/query_probes.sh
query_probes "$DB" "$tmp/countries"
q() {
	label=$1; shift
	n=$("$P" query --db "$DB" "$@" | wc -l)
	set -- $($T 7 -- "$P" query --db "$DB" "$@")
	printf '%-46s %5d ms wall %5d ms CPU  (%d lines)\n' "$label" "$1" "$2" "$n"
}
set -- $($T 7 -- "$P" --version)
printf '%-46s %5d ms wall %5d ms CPU\n' "(palmyra --version: process start-up)" "$1" "$2"
q "--country $mid --from 2016-06 --to 2016-06" --country "$mid" --from 2016-06 --to 2016-06
q "--country $top --from 2016-06 --to 2016-06" --country "$top" --from 2016-06 --to 2016-06
q "--near $place,50" --near "$place,50"
q "--text airstrike" --text airstrike
q "--text forces --limit 100" --text forces --limit 100
q "--actor ${mid}MIL --from 2016 --to 2016" --actor "${mid}MIL" --from 2016 --to 2016
q "--count-by week" --count-by week
q "--count-by week --country $top" --count-by week --country "$top"
q "--count-by month,country -f csv" --count-by month,country -f csv

echo
echo "== incidents linked on ingest ($N synthetic events through pm_store_put, batches of 1000 documents)"
# CPU seconds (user + system) of a whole build, with and without linking;
# documents at random dates (an archive: the commits leave the linking to
# the end) and in order of date (a feed: each commit links its window)
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 + $2}'; }
for order in "" "--by-date"; do
	rm -f "$tmp/l.db"*
	off=$(cpu "$B" build "$tmp/l.db" "$N" --no-link $order)
	rm -f "$tmp/l.db"*
	on=$(cpu "$B" build "$tmp/l.db" "$N" $order)
	echo "${order:-at random}: ${off} s CPU without linking, ${on} s with ($(echo "$on $off" | awk '{printf "+%.0f%%", 100 * ($1 - $2) / $2}'))"
done
"$B" incidents "$tmp/l.db"
