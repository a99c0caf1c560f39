#!/bin/sh
# The PostgreSQL store's figures (make bench-pg), on a throw-away server
# made here (tests/store/pg_cluster.sh; Debian's postgresql is installed
# when missing):
#   1. ingest rate with 1, 2 and 4 `palmyra ingest` processes at once into
#      one database: coded JSON lines (the store's own rate) and GigaWord
#      articles (coding and storing), beside SQLite's;
#   2. on 1,000,000 synthetic events (bench_store), the query latencies of
#      bench_store.sh side by side: SQLite and PostgreSQL.
# The server runs with fsync on and synchronous_commit off: a killed server
# loses nothing committed, a power cut may lose the last commits, as with
# the SQLite store's synchronous=NORMAL. Wall times are whole processes
# (start-up and connection included), best of several runs.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
P=$(pwd)/$BUILD/palmyra
B=$(pwd)/$BUILD/bench/bench_store
T="python3 bench/timeit.py"
SHARED=${PALMYRA_SHARED:-../shared}
GIGA=$SHARED/peer/petrarch2/text/GigaWord.sample.PETR.xml
N=${PALMYRA_BENCH_EVENTS:-1000000}      # the query store
CODED=${PALMYRA_BENCH_CODED:-200000}    # events of the coded ingest
ARTICLES=${PALMYRA_BENCH_ARTICLES:-400} # GigaWord articles of the raw ingest
RUNS=${PALMYRA_BENCH_RUNS:-2}           # ingest runs (the best is shown)
PARTS=${PALMYRA_BENCH_PARTS:-"ingest queries"}
tmp=$(mktemp -d)
chmod 755 "$tmp"
. tests/store/pg_cluster.sh
trap 'pg_cluster_stop; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
mkdir "$tmp/pg"
PG_EXTRA="-c synchronous_commit=off -c shared_buffers=512MB -c max_wal_size=4GB -c work_mem=32MB"
if ! pg_cluster_start "$tmp/pg"; then
	echo "skip: no PostgreSQL server: $PG_WHY"
	exit 0
fi
db() { printf "$PG_URI" "$1"; }
pg_psql -d postgres -At -c "SELECT 'PostgreSQL ' || current_setting('server_version')"

# k parts of a file of event lines, whole documents each
split_docs() {
	python3 - "$1" "$2" "$3" <<'PY'
import json, sys
src, k, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
files = [open("%s.%d" % (out, i), "w") for i in range(k)]
last, n = None, -1
for line in open(src):
    d = json.loads(line)["id"]
    if d != last:
        last, n = d, n + 1
    files[n % k].write(line)
PY
}

# k ingests at once of $1.0 .. $1.(k-1) into location $3 (made anew by $4);
# prints the wall ms of the best of 2 runs
ingest_k() {
	parts=$1; k=$2; loc=$3; fresh=$4; shift 4
	best=""
	for run in $(seq "$RUNS"); do
		eval "$fresh"
		t0=$(date +%s%N)
		i=0
		while [ $i -lt "$k" ]; do
			"$P" ingest -q "$@" --db "$loc" "$parts.$i" &
			i=$((i + 1))
		done
		wait
		t=$(( ($(date +%s%N) - t0) / 1000000 ))
		[ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
	done
	echo "$best"
}

case " $PARTS " in *" ingest "*)
echo
echo "== ingest: coded JSON lines (bench_store jsonl $CODED: 3 events a document, 5 years in no"
echo "   order of date; each ingest links the incidents at its end)"
"$B" jsonl "$CODED" > "$tmp/syn.jsonl"
n=$(wc -l < "$tmp/syn.jsonl")
for k in 1 2 4; do
	split_docs "$tmp/syn.jsonl" $k "$tmp/syn$k"
	ms=$(ingest_k "$tmp/syn$k" $k "$(db coded)" "pg_cluster_db coded" --coded)
	sq=$(ingest_k "$tmp/syn$k" $k "$tmp/c.db" "rm -f $tmp/c.db*" --coded)
	printf '%d ingester(s): PostgreSQL %6d ms (%6d events/s)   SQLite %6d ms (%6d events/s)\n' \
		$k "$ms" $((n * 1000 / ms)) "$sq" $((n * 1000 / sq))
done

if [ -f "$GIGA" ]; then
	echo
	echo "== ingest: GigaWord sample x$ARTICLES as articles (coding and storing, -j 1 each)"
	python3 tests/store/giga_articles.py "$GIGA" "$tmp/giga" "$ARTICLES"
	for k in 1 2 4; do
		i=0
		while [ $i -lt $k ]; do mkdir -p "$tmp/g$k.$i"; i=$((i + 1)); done
		j=0
		for f in "$tmp"/giga/*.txt; do cp "$f" "$tmp/g$k.$((j % k))/"; j=$((j + 1)); done
		ms=$(ingest_k "$tmp/g$k" $k "$(db raw)" "pg_cluster_db raw" -j 1)
		sq=$(ingest_k "$tmp/g$k" $k "$tmp/r.db" "rm -f $tmp/r.db*" -j 1)
		printf '%d ingester(s): PostgreSQL %6d ms (%4d articles/s)   SQLite %6d ms (%4d articles/s)\n' \
			$k "$ms" $((ARTICLES * 1000 / ms)) "$sq" $((ARTICLES * 1000 / sq))
	done
	events=$("$P" query --db "$(db raw)" --count-by year -f csv | tail -n +2 | cut -d, -f2 | paste -sd+ | bc)
	echo "(each run stores $events events that are not headlines)"
else
	echo "skip: $GIGA is absent (GigaWord figures)"
fi
;; esac
case " $PARTS " in *" queries "*) ;; *) exit 0 ;; esac

echo
echo "== $N synthetic events (bench_store build --no-link: 40 countries of 60 places, 5 years;"
echo "   incidents not linked: these are the event queries' figures)"
SQ=$BUILD/bench/synthetic-$N-nolink.db
if [ ! -f "$SQ" ] || [ "$B" -nt "$SQ" ]; then
	rm -f "$SQ" "$SQ-wal" "$SQ-shm"
	"$B" build "$SQ" "$N" --no-link | sed 's/^/SQLite: /'
fi
pg_cluster_db big
"$B" build "$(db big)" "$N" --no-link | sed 's/^/PostgreSQL: /'
pg_psql -d big -c "VACUUM ANALYZE" >/dev/null
size=$(pg_psql -d big -At -c "SELECT pg_database_size('big')")
echo "PostgreSQL database: $size bytes, $((size / N)) bytes an event (SQLite: $(($(stat -c %s "$SQ") / N)))"

. bench/lib/query_probes.sh
query_probes "$SQ" "$tmp/countries"
"$P" query --db "$(db big)" --count-by country -f csv | tail -n +2 | sort -t, -k2 -n > "$tmp/countries.pg"
if cmp -s "$tmp/countries" "$tmp/countries.pg"; then
	echo "the same events in both stores (counted by country)"
else
	echo "the stores differ: $(diff "$tmp/countries" "$tmp/countries.pg" | head -n 3)"
fi
printf '%-44s %16s %16s\n' "" "SQLite" "PostgreSQL"
q() {
	label=$1; shift
	n=$("$P" query --db "$SQ" "$@" | wc -l)
	npg=$("$P" query --db "$(db big)" "$@" | wc -l)
	set -- $($T 7 -- "$P" query --db "$SQ" "$@") $($T 7 -- "$P" query --db "$(db big)" "$@")
	same=""; [ "$n" -eq "$npg" ] || same=" (PostgreSQL: $npg lines)"
	printf '%-44s %10d ms wall %10d ms wall  (%d lines)%s\n' "$label" "$1" "$3" "$n" "$same"
}
set -- $($T 7 -- "$P" --version) $($T 7 -- "$P" query --db "$(db big)" --limit 1)
printf '%-44s %10d ms wall %10d ms wall\n' "(start-up; PostgreSQL: and a 1-event query)" "$1" "$3"
q "--country $mid --from 2016-06 --to 2016-06" --country "$mid" --from 2016-06 --to 2016-06
q "--country $top --from 2016-06 --to 2016-06" --country "$top" --from 2016-06 --to 2016-06
q "--near $place,50" --near "$place,50"
q "--text airstrike" --text airstrike
q "--text forces --limit 100" --text forces --limit 100
q "--actor ${mid}MIL --from 2016 --to 2016" --actor "${mid}MIL" --from 2016 --to 2016
q "--count-by week" --count-by week
q "--count-by week --country $top" --count-by week --country "$top"
q "--count-by month,country -f csv" --count-by month,country -f csv
