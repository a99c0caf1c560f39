#!/bin/sh
# The PostgreSQL store against a real server, a throw-away cluster made
# here (tests/store/pg_cluster.sh; Debian's postgresql is installed when
# missing, and the tests skip, saying why, when it cannot be had):
#  (a) the same documents ingested into SQLite and into PostgreSQL give the
#      same `palmyra query` output, counts, incidents and control history;
#      the store API tests (test_store) pass on PostgreSQL too, and the
#      incident grid the server counts is SQLite's, cell for cell;
#  (b) four `palmyra ingest` processes at once over overlapping document
#      sets store exactly what one process stores: no event lost or twice;
#  (c) the server stopped in the middle of an ingest: a one-line error and
#      a non-zero exit; after a restart the same ingest completes, and the
#      store holds what an uninterrupted run stores;
#  (d) a wrong password or a port nobody listens on: a one-line error.
P=${PALMYRA:-build/palmyra}
P=$(cd "$(dirname "$P")" && pwd)/$(basename "$P")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${PALMYRA_SHARED:-$ROOT/../shared}
GIGA=$SHARED/peer/petrarch2/text/GigaWord.sample.PETR.xml
SEED=$SHARED/seed/palmyra-2016-03-25.txt
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
skip_all() { echo "skip: $1"; echo "0 passed, 0 failed"; exit 0; }

if ! "$P" ingest --help >/dev/null 2>&1; then skip_all "this palmyra has no store (built with STORE=0)"; fi
if "$P" query --db postgresql: 2>&1 | grep -q "built without PostgreSQL"; then
	skip_all "this palmyra was built without PostgreSQL (PG=0)"
fi
command -v python3 >/dev/null || skip_all "python3 is absent"

tmp=$(mktemp -d)
. "$HERE/pg_cluster.sh"
trap 'pg_cluster_stop immediate; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
chmod 755 "$tmp"   # the server (the postgres user) reaches its folder inside
mkdir "$tmp/pg"
pg_cluster_start "$tmp/pg" || skip_all "no PostgreSQL server: $PG_WHY"
db() { printf "$PG_URI" "$1"; }
sql() { pg_psql -d "$1" -At -c "$2"; }

# ---- (a) SQLite and PostgreSQL give the same answers --------------------------------------
mkdir "$tmp/in"
cp "$ROOT"/data/examples/*.txt "$ROOT"/tests/data/store/wire_months.jsonl "$tmp/in/"
[ -f "$SEED" ] && cp "$SEED" "$tmp/in/"
if [ -f "$GIGA" ]; then
	python3 "$HERE/giga_articles.py" "$GIGA" "$tmp/in/giga" 24
else
	echo "skip: ../shared is absent: the GigaWord sample is not ingested"
fi
pg_cluster_db same
"$P" ingest -q --db "$tmp/s.db" "$tmp/in" 2> "$tmp/err.s"
"$P" ingest -q --db "$(db same)" "$tmp/in" 2> "$tmp/err.p"
check '[ $? -eq 0 ]' "ingest into PostgreSQL exits 0 ($(cat "$tmp/err.p"))"
n=0
while read -r args; do
	n=$((n + 1))
	eval "\"$P\" query --db \"$tmp/s.db\" $args" > "$tmp/q.s" 2>&1
	eval "\"$P\" query --db \"$(db same)\" $args" > "$tmp/q.p" 2>&1
	check 'cmp -s "$tmp/q.s" "$tmp/q.p"' "query $args: SQLite and PostgreSQL differ ($(diff "$tmp/q.s" "$tmp/q.p" | head -n 3))"
done <<'EOF'
-f jsonl
-f csv
--country SYR -f csv
--from 2016-03 --to 2016-03
--from 2008-08 --to 2008-08-31
--to 2015
--actor SYR
--source USA --code 19
--target IMG --limit 2
--root 04 --quad 1
--modality claimed
--place Palmyra
--place tadmur --from 2016
--admin1 HOMS
--near 34.56,38.28,50
--near 36.2,37.16,300 --count-by place
--bbox 30,30,40,40
--bbox 170,-50,-170,50
--text strikes
--text "air STRIKES"
--text police --actor USA
--outlet "trt world"
--doc aleppo-2016-12-13
--limit 7
--count-by week
--count-by month,root -f csv
--count-by country,source
--count-by place,year --country SYR
--count-by outlet,day
--count-by code --text police
--count-by admin1,target,quad --from 2000
--incidents
--incidents --country SYR -f csv
--incidents --count-by week
--min-outlets 1 --from 2016
EOF
for c in "incidents" "incidents --min-outlets 1 --country SYR" "incidents --evidence" "control --history" "control --at 2016-06-01 --country SYR"; do
	"$P" $c --db "$tmp/s.db" > "$tmp/c.s" 2>&1
	"$P" $c --db "$(db same)" > "$tmp/c.p" 2>&1
	check 'cmp -s "$tmp/c.s" "$tmp/c.p" && [ -s "$tmp/c.s" ]' "$c: SQLite and PostgreSQL differ"
done
check '[ "$(sql same "SELECT count(*) FROM events_flat")" -eq "$("$P" query --db "$tmp/s.db" | wc -l)" ]' "events_flat has every event"
# the incidents the store linked as it stored: the same rows
incidents='SELECT id, date, day_first, day_last, place_name, geonameid, country, admin1, source_code, target_code, code, root, quad, killed_mode, wounded_mode, attribution, n_reports, n_documents, n_outlets, first_report, last_report FROM incidents ORDER BY id'
if command -v sqlite3 >/dev/null; then
	sqlite3 "$tmp/s.db" "$incidents" > "$tmp/inc.s"
	sql same "$incidents" > "$tmp/inc.p"
	check 'cmp -s "$tmp/inc.s" "$tmp/inc.p" && [ -s "$tmp/inc.s" ]' "stored incidents: SQLite and PostgreSQL differ ($(diff "$tmp/inc.s" "$tmp/inc.p" | head -n 3))"
else
	echo "skip: no sqlite3 shell: stored incidents not compared row by row"
fi
# ingesting again adds nothing
before=$(sql same "SELECT (SELECT count(*) FROM events), (SELECT max(event_key) FROM events), (SELECT count(*) FROM documents)")
"$P" ingest --db "$(db same)" "$tmp/in" 2> "$tmp/err.again"
check 'grep -q "0 new, 0 changed" "$tmp/err.again"' "ingest again: nothing new ($(cat "$tmp/err.again"))"
check '[ "$(sql same "SELECT (SELECT count(*) FROM events), (SELECT max(event_key) FROM events), (SELECT count(*) FROM documents)")" = "$before" ]' "ingest again: no row added"
check '[ "$(sql same "SELECT count(*) FROM pg_inherits WHERE inhparent = '"'"'events'"'"'::regclass")" -gt 2 ]' "events are in monthly partitions"
# the store API tests, on PostgreSQL
TS=$(dirname "$P")/tests/store/test_store
if [ -x "$TS" ]; then
	pg_cluster_db a; pg_cluster_db common
	PALMYRA_TEST_PG=$PG_URI "$TS" > "$tmp/ts.out" 2>&1
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmp/ts.out" | tail -n 1)
	check '[ -n "$line" ] && [ "${line#* passed, }" = "0 failed" ]' "test_store on PostgreSQL: $line $(grep FAIL "$tmp/ts.out" | head -n 3)"
fi
# the incident grid counted by the server, cell for cell SQLite's
TI=$(dirname "$P")/tests/store/test_incidents
if [ -x "$TI" ]; then
	pg_cluster_db grid
	PALMYRA_TEST_PG=$PG_URI "$TI" > "$tmp/ti.out" 2>&1
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmp/ti.out" | tail -n 1)
	check '[ -n "$line" ] && [ "${line#* passed, }" = "0 failed" ] && [ "$(sql grid "SELECT count(*) FROM incidents")" -gt 3000 ]' "test_incidents' grids on PostgreSQL: $line $(grep -A2 FAIL "$tmp/ti.out" | head -n 6)"
fi

# ---- (b) four ingests at once ---------------------------------------------------------------
"$P" code -q -j 1 "$tmp/in" > "$tmp/coded.jsonl" 2>/dev/null
# four sets of three quarters of the documents each, two of them backwards
python3 - "$tmp/coded.jsonl" "$tmp" <<'EOF'
import json, sys
docs, lines = [], {}
for l in open(sys.argv[1]):
    d = json.loads(l)["id"]
    if d not in lines:
        docs.append(d); lines[d] = []
    lines[d].append(l)
for k in range(4):
    mine = [d for i, d in enumerate(docs) if (i + k) % 4 != 0]
    if k % 2:
        mine.reverse()
    with open("%s/part%d.jsonl" % (sys.argv[2], k), "w") as f:
        for d in mine:
            f.writelines(lines[d])
EOF
pg_cluster_db one; pg_cluster_db four
"$P" ingest -q --coded --db "$(db one)" "$tmp/coded.jsonl"
for k in 0 1 2 3; do
	"$P" ingest -q --coded --batch 3 --db "$(db four)" "$tmp/part$k.jsonl" 2> "$tmp/err.four$k" &
done
wait
check '! grep -q . "$tmp"/err.four*' "four ingests: no error ($(cat "$tmp"/err.four* | head -n 3))"
census='SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(DISTINCT event_id) FROM events), (SELECT count(*) FROM sentences), (SELECT count(*) FROM places), (SELECT count(*) FROM counts), (SELECT count(*) FROM attribution), (SELECT sum(events) FROM event_days)'
check '[ "$(sql four "$census")" = "$(sql one "$census")" ]' "four ingests: the same rows as one ($(sql four "$census") vs $(sql one "$census"))"
"$P" query --db "$(db one)" | sort > "$tmp/one.sorted"
"$P" query --db "$(db four)" | sort > "$tmp/four.sorted"
check 'cmp -s "$tmp/one.sorted" "$tmp/four.sorted" && [ -s "$tmp/one.sorted" ]' "four ingests: the same events as one"
check '[ "$(sql four "$incidents")" = "$(sql one "$incidents")" ] && [ "$(sql four "SELECT count(*) FROM events WHERE incident IS NULL")" -eq 0 ]' "four ingests: the stored incidents of one, every event linked"
for c in "query --count-by day,root" "query --count-by place" "incidents" "control --history"; do
	"$P" $c --db "$(db one)" | sort > "$tmp/c.one"
	"$P" $c --db "$(db four)" | sort > "$tmp/c.four"
	check 'cmp -s "$tmp/c.one" "$tmp/c.four"' "four ingests: $c differs from one ingest's"
done

# ---- (c) the server stops in the middle of an ingest ----------------------------------------
pg_cluster_db crash
lines=$(wc -l < "$tmp/coded.jsonl")
half=$((lines / 2))
( head -n "$half" "$tmp/coded.jsonl"; sleep 3; tail -n +$((half + 1)) "$tmp/coded.jsonl" ) |
	"$P" ingest --coded --batch 5 --db "$(db crash)" - > /dev/null 2> "$tmp/err.crash" &
pid=$!
sleep 1.5
stored=$(sql crash "SELECT count(*) FROM documents")
pg_cluster_stop immediate
wait $pid
rc=$?
check '[ "$stored" -gt 0 ]' "some documents were stored before the server stopped"
check '[ $rc -ne 0 ]' "ingest exits non-zero when the server goes away"
first=$(grep -v "documents read" "$tmp/err.crash" | head -n 1)
check 'echo "$first" | grep -q "palmyra ingest: postgresql.*connection"' "a clear error naming the store and the connection ($(cat "$tmp/err.crash"))"
check '[ "$(grep -c "connection" "$tmp/err.crash")" -eq 1 ]' "the error is one line"
pg_cluster_restart
"$P" ingest --coded --batch 5 --db "$(db crash)" "$tmp/coded.jsonl" > /dev/null 2> "$tmp/err.rerun"
check '[ $? -eq 0 ]' "after a restart, the ingest completes ($(cat "$tmp/err.rerun"))"
check '[ "$(sql crash "$census")" = "$(sql one "$census")" ]' "after a restart: the rows of an uninterrupted run ($(sql crash "$census") vs $(sql one "$census"))"
"$P" query --db "$(db crash)" | sort > "$tmp/crash.sorted"
check 'cmp -s "$tmp/one.sorted" "$tmp/crash.sorted"' "after a restart: the events of an uninterrupted run"

# ---- (d) refusals ------------------------------------------------------------------------------
"$P" query --db "postgresql://postgres:wrong@127.0.0.1:$PG_PORT/one" > "$tmp/out.pw" 2> "$tmp/err.pw"
rc=$?
check '[ $rc -ne 0 ] && [ ! -s "$tmp/out.pw" ]' "a wrong password: non-zero exit, no events"
check '[ "$(wc -l < "$tmp/err.pw")" -eq 1 ] && grep -q "password authentication failed" "$tmp/err.pw"' "a wrong password: one line ($(cat "$tmp/err.pw"))"
check '! grep -q wrong "$tmp/err.pw"' "the password is not shown"
PGPASSWORD=palmyra "$P" query --db "postgresql://postgres@127.0.0.1:$PG_PORT/one" --limit 1 > "$tmp/out.tcp" 2>&1
check '[ "$(wc -l < "$tmp/out.tcp")" -eq 1 ]' "the right password over TCP reads ($(cat "$tmp/out.tcp"))"
closed=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$P" ingest --db "postgresql://postgres@127.0.0.1:$closed/x" "$tmp/in" > /dev/null 2> "$tmp/err.host"
rc=$?
check '[ $rc -ne 0 ] && [ "$(wc -l < "$tmp/err.host")" -eq 1 ] && grep -q "cannot connect" "$tmp/err.host"' "nobody listening: one line ($(cat "$tmp/err.host"))"
"$P" query --db "$(db postgres)" > /dev/null 2> "$tmp/err.none"
check 'grep -q "no store there" "$tmp/err.none"' "a database with no store, for reading: named ($(cat "$tmp/err.none"))"
pg_psql -d crash -c "UPDATE palmyra_meta SET value = '99' WHERE key = 'schema_version'"
"$P" ingest --db "$(db crash)" "$tmp/in" > /dev/null 2> "$tmp/err.new"
check 'grep -q "newer Palmyra (store version 99" "$tmp/err.new"' "a store of a newer Palmyra is refused ($(cat "$tmp/err.new"))"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
