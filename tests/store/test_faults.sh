#!/bin/sh
# Bad stores and faults: --db naming a file that is not SQLite, a corrupt
# store (a damaged first page; a file cut short), a directory, a read-only
# file, a store from a newer Palmyra, another program's database: each is
# refused with one line naming it, and left byte for byte as it was. A
# disk that fills during an ingest (a file size limit, ulimit -f) stops it
# with a clear message; the store then passes integrity_check and holds
# whole documents only, and the same ingest run again completes it. A
# SQLite store is read without libpq, which a PostgreSQL store needs and
# names when it is missing.
P=${PALMYRA:-build/palmyra}
P=$(cd "$(dirname "$P")" && pwd)/$(basename "$P")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
tmp=$(mktemp -d); trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
if ! "$P" ingest --help >/dev/null 2>&1; then
	echo "skip: this palmyra has no store (built with STORE=0)"
	echo "0 passed, 0 failed"; exit 0
fi
if ! command -v python3 >/dev/null; then
	echo "skip: python3 is absent"; echo "0 passed, 0 failed"; exit 0
fi
sql() {
	python3 -c 'import sqlite3, sys
for row in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]): print("|".join("" if v is None else str(v) for v in row))' "$1" "$2"
}
ART=$ROOT/data/examples/aleppo-2016-12-13.txt

# $1 the file, $2 what the message must say: ingest and query both refuse
# it in one line naming it, and leave it as it was
refused() {
	f=$1; says=$2
	sum() { if [ -d "$f" ]; then ls -la "$f"; else cksum < "$f"; fi; }
	before=$(sum)
	"$P" ingest --db "$f" "$ART" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	check '[ $rc -eq 1 ] && [ $(wc -l < "$tmp/err") -eq 1 ] && grep -q "^palmyra ingest: $f: .*$says" "$tmp/err"' \
		"ingest --db $(basename "$f"): one line naming it, saying '$says' (exit $rc: $(cat "$tmp/err"))"
	"$P" query --db "$f" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	check '[ $rc -eq 1 ] && [ $(wc -l < "$tmp/err") -eq 1 ] && grep -q "^palmyra query: $f: " "$tmp/err" && [ ! -s "$tmp/out" ]' \
		"query --db $(basename "$f"): one line naming it (exit $rc: $(cat "$tmp/err"))"
	check '[ "$(sum)" = "$before" ]' "$(basename "$f") is not modified"
}

# a good store to spoil
"$P" ingest -q --db "$tmp/good.db" "$ART"
check '[ ! -e "$tmp/good.db-wal" ]' "a store its writer has closed is one file"
"$P" query --db "$tmp/good.db" > "$tmp/good.jsonl"
check '[ -s "$tmp/good.jsonl" ]' "the good store reads"

printf 'id,name\n1,events.csv is no database\n' > "$tmp/events.csv"
refused "$tmp/events.csv" "not a SQLite file"
: > "$tmp/empty.db"
"$P" query --db "$tmp/empty.db" > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 0 ] && [ ! -s "$tmp/out" ]' "an empty file reads as an empty store"

# page 1 (the schema) overwritten past the header; a file cut in half
cp "$tmp/good.db" "$tmp/corrupt.db"
python3 -c 'import sys
f = open(sys.argv[1], "r+b"); f.seek(100); f.write(bytes([0xa5]) * 3900)' "$tmp/corrupt.db"
refused "$tmp/corrupt.db" "damaged"
cp "$tmp/good.db" "$tmp/cut.db"
python3 -c 'import os, sys
os.truncate(sys.argv[1], os.path.getsize(sys.argv[1]) // 2)' "$tmp/cut.db"
before=$(cksum < "$tmp/cut.db")
"$P" ingest --db "$tmp/cut.db" "$ART" 2> "$tmp/err"
rc=$?
check '[ $rc -eq 1 ] && grep -q "cut.db: the store is damaged" "$tmp/err"' "a store cut short: the ingest says it is damaged (exit $rc: $(head -1 "$tmp/err"))"
check '[ "$(cksum < "$tmp/cut.db")" = "$before" ]' "cut.db is not modified"

mkdir "$tmp/dir.db"
refused "$tmp/dir.db" "is a directory"

cp "$tmp/good.db" "$tmp/newer.db"
sql "$tmp/newer.db" "PRAGMA user_version = 7" > /dev/null
refused "$tmp/newer.db" "written by a newer Palmyra (store version 7"

sql "$tmp/other.db" "CREATE TABLE customers (id INTEGER, name TEXT)" > /dev/null
refused "$tmp/other.db" "another program"

# read-only: no ingest (even for root), but queries read it
cp "$tmp/good.db" "$tmp/ro.db"
chmod 444 "$tmp/ro.db"
before=$(cksum < "$tmp/ro.db")
"$P" ingest --db "$tmp/ro.db" "$ART" 2> "$tmp/err"
rc=$?
check '[ $rc -eq 1 ] && [ $(wc -l < "$tmp/err") -eq 1 ] && grep -q "ro.db: the file is read-only" "$tmp/err"' "ingest into a read-only file: refused ($rc: $(cat "$tmp/err"))"
"$P" query --db "$tmp/ro.db" > "$tmp/ro.jsonl"
check 'cmp -s "$tmp/ro.jsonl" "$tmp/good.jsonl"' "a read-only store is read"
check '[ "$(cksum < "$tmp/ro.db")" = "$before" ]' "ro.db is not modified"

# libpq is loaded for a PostgreSQL store only: a SQLite store is read with
# PALMYRA_LIBPQ naming no file, the loader opening neither libpq nor
# libmicrohttpd (LD_DEBUG=files lists what it opens); a PostgreSQL store
# then is one line naming the library
PALMYRA_LIBPQ=$tmp/no/libpq.so.5 LD_DEBUG=files "$P" query --db "$tmp/good.db" \
	> "$tmp/nolib.jsonl" 2> "$tmp/ld"
rc=$?
check '[ $rc -eq 0 ] && cmp -s "$tmp/nolib.jsonl" "$tmp/good.jsonl"' "a SQLite store is read without libpq (exit $rc)"
check 'grep -q "file=libsqlite3" "$tmp/ld" && ! grep -q "libpq\|libmicrohttpd" "$tmp/ld"' \
	"a SQLite query loads neither libpq nor libmicrohttpd ($(grep -o "file=[^ ]*" "$tmp/ld" | sort -u | tr '\n' ' '))"
PALMYRA_LIBPQ=$tmp/no/libpq.so.5 "$P" query --db "postgresql:host=$tmp" > /dev/null 2> "$tmp/err"
rc=$?
if grep -q "built without PostgreSQL" "$tmp/err"; then
	echo "skip: built without PostgreSQL (PG=0): no libpq to miss"
else
	check '[ $rc -eq 1 ] && [ $(wc -l < "$tmp/err") -eq 1 ] && grep -q "^palmyra query: a PostgreSQL store needs $tmp/no/libpq.so.5, which cannot be loaded: " "$tmp/err"' \
		"libpq missing: one line naming it (exit $rc: $(cat "$tmp/err"))"
fi

# the disk fills: a file size limit (in 512-byte blocks: sh's ulimit -f)
mkdir "$tmp/in"
i=0
while [ $i -lt 60 ]; do
	i=$((i + 1))
	cp "$ART" "$tmp/in/aleppo-$(printf %03d $i).txt"
done
"$P" ingest -q --db "$tmp/ref.db" "$tmp/in"
"$P" query --db "$tmp/ref.db" > "$tmp/ref.jsonl"
(ulimit -f 800; exec "$P" ingest --batch 4 --db "$tmp/full.db" "$tmp/in") > "$tmp/out" 2> "$tmp/err"
rc=$?
check '[ $rc -eq 1 ]' "disk full: the ingest fails (exit $rc)"
check 'grep -q "^palmyra ingest: .*full.db: \(the disk is full\|cannot write\)" "$tmp/err"' "disk full: a clear message naming the store ($(head -1 "$tmp/err"))"
check 'grep -q "documents read were not stored" "$tmp/err"' "disk full: it says what was not stored"
check '[ "$(sql "$tmp/full.db" "PRAGMA integrity_check")" = ok ]' "disk full: the store passes integrity_check"
stored=$(sql "$tmp/full.db" "SELECT count(*) FROM documents")
per=$("$P" code "$ART" 2>/dev/null | wc -l)   # the article's events, as coded today
torn=$(sql "$tmp/full.db" "SELECT count(*) FROM documents d WHERE d.events <> $per OR d.events <> (SELECT count(*) FROM events e WHERE e.doc_key = d.doc_key)")
check '[ "$stored" -gt 0 ] && [ "$stored" -lt 60 ] && [ "$torn" -eq 0 ]' "disk full: whole documents only ($stored of 60 stored, $torn torn)"
"$P" query --db "$tmp/full.db" > "$tmp/full.jsonl"
check '[ $? -eq 0 ] && [ $(wc -l < "$tmp/full.jsonl") -eq $((stored * per)) ]' "disk full: the store reads, with the events of the documents it holds"
"$P" ingest -q --db "$tmp/full.db" "$tmp/in"
"$P" query --db "$tmp/full.db" > "$tmp/full.jsonl"
check 'cmp -s "$tmp/full.jsonl" "$tmp/ref.jsonl"' "disk full: run again with room, the store is complete"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
