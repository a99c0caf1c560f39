#!/bin/sh
# Readers while a writer works: palmyra query runs in a loop, with several
# kinds of query, while palmyra ingest stores 400 documents one commit at a
# time, their text coming in slowly through a pipe (and then coded events
# likewise); no query fails or says "locked", and each sees whole
# documents only (a multiple of a document's events) and never fewer
# events than the one before it.
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
# 400 documents as JSON lines, all the example article's body: each gives
# the same events, so a reader that sees whole documents sees a multiple
python3 - "$ROOT/data/examples/aleppo-2016-12-13.txt" "$tmp/docs.jsonl" <<'PY'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read().split("\n", 2)[2]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(400):
        out.write(json.dumps({"id": "aleppo-%03d" % i, "date": "2016-12-13", "text": body}) + "\n")
PY
"$P" ingest -q --db "$tmp/one.db" --in jsonl "$tmp/docs.jsonl" 2>/dev/null
head -1 "$tmp/docs.jsonl" > "$tmp/first.jsonl"
"$P" ingest -q --db "$tmp/one.db" --in jsonl "$tmp/first.jsonl"
per=$("$P" query --db "$tmp/one.db" --doc aleppo-000 | wc -l)
[ "$per" -gt 0 ] && ok || bad "the article gives events"

# the input comes in slowly (a twentieth every 50 ms), so the ingest lasts
# a second or more whatever the machine's speed, committing every document
slowly() {
	split -l $(($(wc -l < "$1") / 20 + 1)) "$1" "$tmp/part."
	for part in "$tmp"/part.*; do cat "$part"; sleep 0.05; done
	rm -f "$tmp"/part.*
}

# $1: what is being written; the writer runs as $pid
read_while_writing() {
	queries=0; errors=0; last=0; torn=0; backwards=0
	while kill -0 $pid 2>/dev/null; do
		n=$("$P" query --db "$tmp/s.db" 2>> "$tmp/qerr" | wc -l)
		[ $? -eq 0 ] || errors=$((errors + 1))
		[ $((n % per)) -eq 0 ] || torn=$((torn + 1))
		[ "$n" -ge "$last" ] || backwards=$((backwards + 1))
		last=$n
		"$P" query --db "$tmp/s.db" --count-by month,root -f csv > /dev/null 2>> "$tmp/qerr" || errors=$((errors + 1))
		"$P" query --db "$tmp/s.db" --text "rebel districts" --place Aleppo --limit 5 > /dev/null 2>> "$tmp/qerr" || errors=$((errors + 1))
		"$P" query --db "$tmp/s.db" --near 36.2,37.16,25 --from 2016-12 -f csv > /dev/null 2>> "$tmp/qerr" || errors=$((errors + 1))
		queries=$((queries + 4))
	done
	wait $pid
	[ $? -eq 0 ] && ok || bad "$1: the ingest failed"
	[ $queries -ge 12 ] && ok || bad "$1: only $queries queries ran during the ingest"
	[ $errors -eq 0 ] && ok || bad "$1: $errors of $queries queries failed: $(head -3 "$tmp/qerr")"
	grep -qi "locked\|busy" "$tmp/qerr" && bad "$1: a reader saw: $(grep -i "locked\|busy" "$tmp/qerr" | head -1)" || ok
	[ $torn -eq 0 ] && ok || bad "$1: $torn reads saw part of a document"
	[ $backwards -eq 0 ] && ok || bad "$1: $backwards reads saw fewer events than the read before"
	echo "$1: $queries queries during the ingest"
}

: > "$tmp/qerr"
# the store exists before the readers start
"$P" ingest -q --db "$tmp/s.db" --coded /dev/null
slowly "$tmp/docs.jsonl" | "$P" ingest -q --batch 1 --db "$tmp/s.db" --in jsonl &
pid=$!
read_while_writing "documents"
[ "$("$P" query --db "$tmp/s.db" | wc -l)" -eq $((400 * per)) ] && ok || bad "all 400 documents are stored"

# coded events into a new store, document by document
"$P" query --db "$tmp/s.db" > "$tmp/coded.jsonl"
: > "$tmp/qerr"
rm -f "$tmp/s.db" "$tmp/s.db-wal" "$tmp/s.db-shm"
"$P" ingest -q --db "$tmp/s.db" --coded /dev/null
slowly "$tmp/coded.jsonl" | "$P" ingest -q --batch 1 --db "$tmp/s.db" --coded &
pid=$!
read_while_writing "coded events"
"$P" query --db "$tmp/s.db" | cmp -s - "$tmp/coded.jsonl" && ok || bad "the coded events are all stored"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
