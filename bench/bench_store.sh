#!/bin/sh
# The event store's figures (run by `make bench`, after bench.sh):
#   1. ingest rate from coded JSON lines (palmyra ingest --coded), one core
#   2. coding and storing against coding alone (GigaWord articles; needs ../shared)
#   3. on a synthetic store of 1,000,000 events: the latency of palmyra query
#      by country and month, --near 50 km, --text, and --count-by week over
#      everything, and the store's bytes per event.
# Times are wall clock, best of several runs (the machine's other work only
# adds), whole processes (start-up included) writing to /dev/null.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
P=$BUILD/palmyra
B=$BUILD/bench/bench_store
SHARED=${PALMYRA_SHARED:-../shared}
GIGA=$SHARED/peer/petrarch2/text/GigaWord.sample.PETR.xml
N=${PALMYRA_BENCH_EVENTS:-1000000}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# best of $1 runs of the rest, in ms
best_ms() {
	runs=$1; shift
	best=""
	for k in $(seq "$runs"); do
		start=$(date +%s%N)
		"$@" > /dev/null
		t=$((($(date +%s%N) - start) / 1000000))
		[ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
	done
	echo "$best"
}

echo "== ingest rate from coded JSON lines (palmyra ingest --coded, one process)"
"$B" jsonl 200000 > "$tmp/synthetic.jsonl"
n=$(wc -l < "$tmp/synthetic.jsonl")
best=""
for k in 1 2 3; do
	rm -f "$tmp/c.db"*
	start=$(date +%s%N)
	"$P" ingest -q --db "$tmp/c.db" --coded "$tmp/synthetic.jsonl"
	t=$((($(date +%s%N) - start) / 1000000))
	[ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
done
echo "synthetic: $n events (3 a document) in $best ms = $((n * 1000 / best)) events/s"
if [ -f "$GIGA" ]; then
	python3 tests/store/giga_articles.py "$GIGA" "$tmp/giga" 1000
	"$P" code -q "$tmp/giga" > "$tmp/giga.jsonl"
	n=$(wc -l < "$tmp/giga.jsonl")
	best=""
	for k in 1 2 3; do
		rm -f "$tmp/g.db"*
		start=$(date +%s%N)
		"$P" ingest -q --db "$tmp/g.db" --coded "$tmp/giga.jsonl"
		t=$((($(date +%s%N) - start) / 1000000))
		[ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
	done
	echo "GigaWord x1000: $n events (51 an article) in $best ms = $((n * 1000 / best)) events/s"

	echo
	echo "== coding and storing vs coding alone (GigaWord sample x200 as articles, -j 1)"
	rm -rf "$tmp/giga"
	python3 tests/store/giga_articles.py "$GIGA" "$tmp/giga" 200
	code=$(best_ms 5 "$P" code -q -j 1 "$tmp/giga")
	best=""
	for k in 1 2 3 4 5; do
		rm -f "$tmp/i.db"*
		start=$(date +%s%N)
		"$P" ingest -q -j 1 --db "$tmp/i.db" "$tmp/giga"
		t=$((($(date +%s%N) - start) / 1000000))
		[ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
	done
	again=$(best_ms 5 "$P" ingest -q -j 1 --db "$tmp/i.db" "$tmp/giga")
	echo "palmyra code > /dev/null: $code ms; palmyra ingest: $best ms (store overhead $(( (best - code) * 100 / code ))%); ingest again (nothing new): $again ms"
	code2=$(best_ms 3 "$P" code -q -j 2 "$tmp/giga")
	best2=""
	for k in 1 2 3; do
		rm -f "$tmp/i.db"*
		start=$(date +%s%N)
		"$P" ingest -q -j 2 --db "$tmp/i.db" "$tmp/giga"
		t=$((($(date +%s%N) - start) / 1000000))
		[ -z "$best2" ] || [ "$t" -lt "$best2" ] && best2=$t
	done
	echo "with -j 2: palmyra code $code2 ms; palmyra ingest $best2 ms"
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
events=$("$P" query --db "$DB" --count-by year -f csv | awk -F, 'NR > 1 { n += $2 } END { print n }')
echo "file: $size bytes for $N events: $((size / N)) bytes an event (headline events not counted above: $events)"
python3 - "$DB" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
total = sum(r[1] for r in rows)
print("  " + ", ".join("%s %.0f%%" % (r[0], 100.0 * r[1] / total) for r in rows[:8]))
PY

# a middling country and a middling place (by events), and the largest country
"$P" query --db "$DB" --count-by country -f csv | tail -n +2 | sort -t, -k2 -n > "$tmp/countries"
mid=$(sed -n "$(( $(wc -l < "$tmp/countries") / 2 ))p" "$tmp/countries" | cut -d, -f1)
top=$(tail -1 "$tmp/countries" | cut -d, -f1)
place=$(python3 - "$DB" "$mid" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT p.lat, p.lon, count(*) FROM events e JOIN places p USING (place_key)
    WHERE p.country = ? GROUP BY p.place_key ORDER BY 3""", (sys.argv[2],)).fetchall()
lat, lon, n = rows[len(rows) // 2]
print("%.4f,%.4f" % (lat, lon))
PY
)
q() {
	label=$1; shift
	n=$("$P" query --db "$DB" "$@" | wc -l)
	ms=$(best_ms 7 "$P" query --db "$DB" "$@")
	printf '%-44s %4d ms  (%d lines)\n' "$label" "$ms" "$n"
}
q "--country $mid --from 2016-06 --to 2016-06" --country "$mid" --from 2016-06 --to 2016-06
q "--country $top --from 2016-06 --to 2016-06" --country "$top" --from 2016-06 --to 2016-06
q "--near $place,50" --near "$place,50"
q "--near $place,50 --limit 100" --near "$place,50" --limit 100
q "--text airstrike" --text airstrike
q "--text forces --limit 100" --text forces --limit 100
q "--actor ${mid}MIL --from 2016 --to 2016" --actor "${mid}MIL" --from 2016 --to 2016
q "--count-by week" --count-by week
q "--count-by month,country -f csv" --count-by month,country -f csv
q "--count-by week --country $top" --count-by week --country "$top"
