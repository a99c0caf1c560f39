#!/bin/sh
# palmyra code under faults and bad input: failed writes, a worker killed,
# an interrupted run, damaged compressed input, missing or odd
# dictionaries, broken XML, NUL bytes, huge documents, exit statuses.
# docs/reliability.md has the table of what each case must do. Needs
# $PALMYRA (the CLI); nothing here reads ../shared.
P=${PALMYRA:-build/palmyra}
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Sanitizer and valgrind builds are slower and reserve much address space:
# the timing and memory-limit checks are for the plain build.
plain=1
case "$P" in *asan* | *tsan* | *fuzz*) plain=0 ;; esac
[ -n "$VALGRIND" ] && plain=0

# Each line is a JSON object and the file ends with a newline.
whole_lines() {
	[ ! -s "$1" ] && return 0
	[ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ] || return 1
	python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8", errors="replace"): json.loads(l)' "$1" 2>/dev/null
}

# The documents' ids, in output order.
ids() {
	python3 -c 'import json,sys
print(" ".join(json.loads(l)["id"] for l in open(sys.argv[1])))' "$1"
}

printf -- '--- ATTACK [190] ---\nATTACK\n' > "$tmp/v.txt"
printf 'VALDORIA [VAL]\nKESTRIA [KES]\n+KESTRIAN\n' > "$tmp/a.txt"
printf 'SOLDIER [~MIL]\n' > "$tmp/g.txt"
printf '' > "$tmp/d.txt"
DICTS="--verbs $tmp/v.txt --no-bundled-actors --actors $tmp/a.txt --agents $tmp/g.txt --discards $tmp/d.txt"
i=0
while [ $i -lt 400 ]; do
	echo "{\"id\":\"a$i\",\"date\":\"2015-01-01\",\"text\":\"Valdoria attacked Kestria.\"}"
	echo "{\"id\":\"b$i\",\"date\":\"2015-01-01\",\"text\":\"Kestrian soldiers attacked Valdoria.\"}"
	i=$((i + 1))
done > "$tmp/small.jsonl"
for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do cat "$tmp/small.jsonl"; done > "$tmp/big.jsonl"
"$P" code -q -j 1 --no-enrich $DICTS "$tmp/small.jsonl" > "$tmp/small.out" 2>/dev/null
"$P" code -j 1 --no-enrich $DICTS "$tmp/big.jsonl" > "$tmp/big.out" 2> "$tmp/big.err"
check '[ $(wc -l < "$tmp/big.out") -eq 12000 ]' "12000 events from the big input"

# ---- Output that cannot be written -----------------------------------------
for args in "" "-f csv" "-f geojson" "-j 2"; do
	"$P" code -q --no-enrich $args $DICTS "$tmp/small.jsonl" > /dev/full 2> "$tmp/full.err"
	check '[ $? -eq 3 ] && grep -q "cannot write the output" "$tmp/full.err"' "$args > /dev/full: exit 3 and a message"
done
"$P" code -q --no-enrich -o /dev/full $DICTS "$tmp/small.jsonl" 2> "$tmp/full.err"
check '[ $? -eq 3 ] && grep -q "cannot write the output (/dev/full)" "$tmp/full.err"' "-o /dev/full: exit 3, the file named"
"$P" code -q --no-enrich $DICTS "$tmp/small.jsonl" >&- 2> "$tmp/closed.err"
check '[ $? -eq 3 ] && [ "$(grep -c "cannot write the output" "$tmp/closed.err")" -eq 1 ]' "closed stdout: exit 3 and the message once"
# A file size limit stands in for a full disk: the write fails part way,
# and the file is cut back to the last whole line.
for j in 1 2; do
	(ulimit -f 64; trap '' XFSZ; "$P" code -q -j $j --no-enrich $DICTS "$tmp/big.jsonl" > "$tmp/lim$j.out" 2> "$tmp/lim$j.err"; echo $? > "$tmp/lim$j.rc")
	check '[ "$(cat "$tmp/lim$j.rc")" -eq 3 ] && grep -q "cannot write the output" "$tmp/lim$j.err"' "-j $j: a write failing part way: exit 3 and a message"
	check '[ -s "$tmp/lim$j.out" ] && whole_lines "$tmp/lim$j.out" && cmp -s "$tmp/lim$j.out" "$tmp/big.out" -n $(wc -c < "$tmp/lim$j.out")' "-j $j: what was written is whole lines, the start of the output"
done
printf 'x\n' | "$P" parse > /dev/full 2> "$tmp/pfull.err"
check '[ $? -eq 3 ] && grep -q "cannot write the output" "$tmp/pfull.err"' "palmyra parse > /dev/full: exit 3"

# Reads the FIFO (whose writer end fd 3 holds) into $1 in the background
# ($drain_pid), then lets go of fd 3, so the reader sees the end when the
# writers are gone. The read end is opened here, while fd 3 keeps a
# writer, so that opening it cannot wait for one.
drain() {
	exec 4<"$tmp/fifo"
	cat <&4 3<&- 4<&- > "$1" &
	drain_pid=$!
	exec 3<&- 4<&-
}

# ---- A worker killed (as the OOM killer would) --------------------------------
# The output goes to a FIFO nobody reads yet, so the parent and the workers
# block with their pipes full; one worker is killed there, then the FIFO is
# drained. Nothing may be lost: the dead worker's share is coded again.
kill_worker() {   # $1: which worker (1 or 2); output $tmp/kill.out, $tmp/kill.err, $tmp/kill.rc
	rm -f "$tmp/fifo"; mkfifo "$tmp/fifo"
	exec 3<>"$tmp/fifo"
	"$P" code -j 2 --no-enrich $DICTS "$tmp/big.jsonl" > "$tmp/fifo" 2> "$tmp/kill.err" &
	pid=$!
	n=0
	while [ $(pgrep -P $pid | wc -l) -lt 2 ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
	sleep 1
	victim=$(pgrep -P $pid | sort -n | sed -n "${1}p")
	kill -9 $victim
	drain "$tmp/kill.out"
	wait $pid; echo $? > "$tmp/kill.rc"
	wait $drain_pid
}
for w in 1 2; do
	kill_worker $w
	check '[ "$(cat "$tmp/kill.rc")" -eq 0 ]' "worker $w killed: the run still succeeds"
	check 'cmp -s "$tmp/kill.out" "$tmp/big.out"' "worker $w killed: the output is whole and in order"
	check 'grep -q "killed by signal 9" "$tmp/kill.err"' "worker $w killed: the death is reported"
	check '[ "$(tail -n 1 "$tmp/kill.err")" = "$(tail -n 1 "$tmp/big.err")" ]' "worker $w killed: the summary counts what was written"
done
# A document that kills every worker coding it (the fault hook kills the
# worker as it starts unit 7) is given up after two tries, named, and the
# run goes on without it.
PALMYRA_FAULT=kill-unit:7 "$P" code -j 2 --no-enrich $DICTS "$tmp/small.jsonl" > "$tmp/twice.out" 2> "$tmp/twice.err"
check '[ $? -eq 1 ]' "a document that kills its workers: exit 1"
check 'grep -q "small.jsonl:8: not coded: .*killed by signal 9" "$tmp/twice.err"' "a document that kills its workers is named"
check '[ $(wc -l < "$tmp/twice.out") -eq 799 ] && ! grep -q "\"id\": *\"b3\"" "$tmp/twice.out"' "the other documents are coded"
check 'grep -q "799 events, 0 discarded, 1 errors" "$tmp/twice.err"' "the summary counts it as an error"

# ---- Interrupted runs ------------------------------------------------------------
# SIGTERM to the parent, and SIGINT to the whole process group (Ctrl-C),
# while the output is blocked: it must end with a whole line.
for sig in TERM INT; do
	rm -f "$tmp/fifo"; mkfifo "$tmp/fifo"
	exec 3<>"$tmp/fifo"
	setsid "$P" code -j 2 --no-enrich -f geojson $DICTS "$tmp/big.jsonl" > "$tmp/fifo" 2> "$tmp/sig.err" &
	pid=$!
	n=0
	while [ $(pgrep -P $pid | wc -l) -lt 2 ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
	sleep 1
	if [ $sig = TERM ]; then kill -TERM $pid; else env kill -INT -- -$pid; fi
	drain "$tmp/sig.out"
	wait $pid; rc=$?
	wait $drain_pid
	want=143; [ $sig = INT ] && want=130
	check '[ $rc -eq $want ] && grep -q "interrupted" "$tmp/sig.err"' "SIG$sig: exit $want and a message (got $rc)"
	check 'python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/sig.out"' "SIG$sig: the GeoJSON written is complete and valid"
done
(
	"$P" code -q -j 2 --no-enrich $DICTS "$tmp/big.jsonl" > "$tmp/sig2.out" 2>/dev/null &
	pid=$!
	sleep 0.2; kill -TERM $pid 2>/dev/null; wait $pid
)
check 'whole_lines "$tmp/sig2.out"' "SIGTERM to a running -j 2: whole lines only"

# ---- Damaged compressed input ---------------------------------------------------------
cp "$tmp/small.jsonl" "$tmp/c.jsonl"
for k in 1 2 3 4 5 6 7 8; do cat "$tmp/small.jsonl"; done > "$tmp/c.jsonl"
"$P" code -q --no-enrich $DICTS "$tmp/c.jsonl" > "$tmp/c.out" 2>/dev/null
gzip -c "$tmp/c.jsonl" > "$tmp/c.jsonl.gz"
size=$(wc -c < "$tmp/c.jsonl.gz")
head -c $((size / 2)) "$tmp/c.jsonl.gz" > "$tmp/trunc.jsonl.gz"
for f in trunc.jsonl.gz; do
	"$P" code --no-enrich $DICTS "$tmp/$f" > "$tmp/z.out" 2> "$tmp/z.err"
	check '[ $? -eq 1 ]' "$f: exit 1"
	check 'grep -q "$f: gzip data ends early at byte [0-9]* of [0-9]*" "$tmp/z.err"' "$f: the file and the offset named"
	check '[ -s "$tmp/z.out" ] && cmp -s "$tmp/z.out" "$tmp/c.out" -n $(wc -c < "$tmp/z.out") && whole_lines "$tmp/z.out"' "$f: what was decoded before is coded"
	check 'grep -q " 1 errors" "$tmp/z.err"' "$f: counted as an error"
done
python3 -c "
import sys
d = bytearray(open(sys.argv[1], 'rb').read()); n = len(d) * 3 // 4
for k in range(n, n + 64): d[k] ^= 0x5a
open(sys.argv[2], 'wb').write(d)" "$tmp/c.jsonl.gz" "$tmp/corrupt.jsonl.gz"
"$P" code --no-enrich $DICTS "$tmp/corrupt.jsonl.gz" > "$tmp/z.out" 2> "$tmp/z.err"
check '[ $? -eq 1 ] && grep -q "corrupt.jsonl.gz: .* at byte [0-9]*" "$tmp/z.err"' "corrupt gzip: exit 1, the offset named"
check '[ $(wc -l < "$tmp/z.out") -gt 1000 ]' "corrupt gzip: what came before is coded"
"$P" code -q -j 2 --no-enrich $DICTS "$tmp/corrupt.jsonl.gz" > /dev/null 2> "$tmp/z2.err"
check '[ $(grep -c "at byte" "$tmp/z2.err") -eq 1 ]' "corrupt gzip, -j 2: the error is printed once"
if command -v zstd >/dev/null; then
	zstd -q -c "$tmp/c.jsonl" > "$tmp/c.jsonl.zst"
	size=$(wc -c < "$tmp/c.jsonl.zst")
	head -c $((size * 3 / 4)) "$tmp/c.jsonl.zst" > "$tmp/trunc.jsonl.zst"
	"$P" code --no-enrich $DICTS "$tmp/trunc.jsonl.zst" > "$tmp/z.out" 2> "$tmp/z.err"
	check '[ $? -eq 1 ] && grep -q "trunc.jsonl.zst: zstd data ends early at byte [0-9]*" "$tmp/z.err"' "truncated zstd: exit 1, the offset named"
	check '[ -s "$tmp/z.out" ] && cmp -s "$tmp/z.out" "$tmp/c.out" -n $(wc -c < "$tmp/z.out")' "truncated zstd: what was decoded before is coded"
	python3 -c "
import sys
d = bytearray(open(sys.argv[1], 'rb').read()); n = len(d) * 3 // 4
for k in range(n, n + 64): d[k] ^= 0x5a
open(sys.argv[2], 'wb').write(d)" "$tmp/c.jsonl.zst" "$tmp/corrupt.jsonl.zst"
	"$P" code --no-enrich $DICTS "$tmp/corrupt.jsonl.zst" > "$tmp/z.out" 2> "$tmp/z.err"
	check '[ $? -eq 1 ] && grep -q "corrupt.jsonl.zst: .* at byte [0-9]*" "$tmp/z.err"' "corrupt zstd: exit 1, the offset named"
	check '[ -s "$tmp/z.out" ] && whole_lines "$tmp/z.out"' "corrupt zstd: what was decoded before is coded"
fi
# A truncated compressed article: the error is named, its first part coded.
{ echo "Valdoria attacked Kestria."; i=0; while [ $i -lt 3000 ]; do echo "Kestria attacked Valdoria on day $i."; i=$((i + 1)); done; } > "$tmp/art.txt"
gzip -c "$tmp/art.txt" > "$tmp/art.txt.gz"
head -c $(($(wc -c < "$tmp/art.txt.gz") / 2)) "$tmp/art.txt.gz" > "$tmp/arttrunc.txt.gz"
"$P" code --no-enrich --date 2015-01-01 $DICTS "$tmp/arttrunc.txt.gz" > "$tmp/z.out" 2> "$tmp/z.err"
check '[ $? -eq 1 ] && grep -q "arttrunc.txt.gz: gzip data ends early at byte" "$tmp/z.err"' "truncated .txt.gz: exit 1 and the offset"
check '[ $(wc -l < "$tmp/z.out") -gt 10 ]' "truncated .txt.gz: its first part is coded"

# ---- Dictionaries that are missing or not files -------------------------------------
mkdir -p "$tmp/emptydir"
printf '{"id":"x","text":"Valdoria attacked Kestria."}\n' > "$tmp/one.jsonl"
for args in "--verbs $tmp/nosuchfile" "-d $tmp/nosuchdir" "-d $tmp/emptydir" "--verbs $tmp/emptydir" \
	"--actors $tmp/emptydir" "--agents $tmp/emptydir" "-d $tmp/v.txt"; do
	"$P" code $args "$tmp/one.jsonl" > "$tmp/d.out" 2> "$tmp/d.err"
	rc=$?
	check '[ $rc -eq 2 ] && [ ! -s "$tmp/d.out" ] && [ -s "$tmp/d.err" ] && ! grep -q "documents," "$tmp/d.err"' "code $args: a setup error (exit 2, got $rc), before any coding"
done
check 'grep -q "is a directory" "$tmp/d.err" || grep -q "not a directory" "$tmp/d.err"' "a file given for a folder is named"
"$P" code --actors "$tmp/emptydir" "$tmp/one.jsonl" > /dev/null 2> "$tmp/d.err"
check 'grep -q "emptydir: is a directory" "$tmp/d.err"' "--actors DIR: refused as a directory"
# The bundled dictionaries missing (a wrong data folder): said, not
# coded with fewer dictionaries.
PALMYRA_DATA="$tmp/emptydir" "$P" code "$tmp/one.jsonl" > "$tmp/d.out" 2> "$tmp/d.err"
check '[ $? -eq 2 ] && [ ! -s "$tmp/d.out" ] && grep -q "emptydir/dict/palmyra.verbs.txt: cannot read the bundled dictionary" "$tmp/d.err"' "no bundled dictionaries: exit 2, the file named"
"$P" dict check -d "$tmp/nosuchdir" > /dev/null 2> "$tmp/d.err"
check '[ $? -eq 2 ] && grep -q "nosuchdir" "$tmp/d.err"' "dict check -d nosuchdir: exit 2"
"$P" dict check -d "$tmp/emptydir" > /dev/null 2> "$tmp/d.err"
check '[ $? -eq 2 ]' "dict check on an empty folder: exit 2"

# <Environment> names are confined to the dictionary folder.
mkdir -p "$tmp/dict"
cp "$tmp/v.txt" "$tmp/a.txt" "$tmp/g.txt" "$tmp/dict/"
printf 'root:x:0:0:secret line\n' > "$tmp/secret.txt"
cat > "$tmp/env.xml" <<'XML'
<Validation><Environment><Verbfile>../secret.txt</Verbfile><Actorfile>a.txt</Actorfile></Environment>
<Sentences><Sentence date="20150101" id="E-1"><Text>Valdoria attacked Kestria.</Text>
<Parse>(ROOT (S (NP (NNP Valdoria)) (VP (VBD attacked) (NP (NNP Kestria))) (. .)))</Parse></Sentence></Sentences></Validation>
XML
"$P" code -d "$tmp/dict" "$tmp/env.xml" > "$tmp/env.out" 2> "$tmp/env.err"
check '[ $? -eq 2 ] && grep -q "outside the dictionary folder" "$tmp/env.err"' "<Environment> ../secret.txt: refused (exit 2)"
check '! grep -q "secret line" "$tmp/env.err"' "<Environment> ../secret.txt: its lines are not echoed"
sed 's|../secret.txt|/etc/passwd|' "$tmp/env.xml" > "$tmp/env2.xml"
"$P" code -d "$tmp/dict" "$tmp/env2.xml" > /dev/null 2> "$tmp/env.err"
check '[ $? -eq 2 ] && ! grep -q "root:" "$tmp/env.err"' "<Environment> /etc/passwd: refused, nothing echoed"

# ---- XML with a bad record: the next records are read ------------------------------------
rec() { printf '<Sentence date="20150101" id="%s"><Text>%s</Text>\n<Parse>(ROOT (S (NP (NNP Valdoria)) (VP (VBD attacked) (NP (NNP Kestria))) (. .)))</Parse></Sentence>\n' "$1" "$2"; }
{
	echo '<Sentences>'
	rec X-1 "Valdoria attacked Kestria."
	rec X-2 "$(printf 'Bad \377 byte.')"
	rec X-3 "Valdoria attacked Kestria."
	printf '<Sentence date="20150101" id="X-4"><Text>Mismatched.</Txet>\n</Sentence>\n'
	rec X-5 "Valdoria attacked Kestria."
	rec X-6 "Valdoria attacked Kestria."
	echo '</Sentences>'
} > "$tmp/broken.xml"
for j in 1 2; do
	"$P" code -j $j $DICTS "$tmp/broken.xml" > "$tmp/x.out" 2> "$tmp/x.err"
	rc=$?
	check '[ $rc -eq 1 ]' "-j $j: broken XML records: exit 1 (got $rc)"
	check '[ "$(ids "$tmp/x.out")" = "X-1 X-3 X-5 X-6" ]' "-j $j: the records after a bad one are coded"
	check 'grep -q "broken.xml:4: not well-formed" "$tmp/x.err" && grep -q "broken.xml:8: mismatched tag" "$tmp/x.err"' "-j $j: each bad record named by its line"
	check '[ $(grep -c "broken.xml:" "$tmp/x.err") -eq 2 ] && grep -q " 2 errors" "$tmp/x.err"' "-j $j: each named once and counted"
done
# A file that ends inside a record has nowhere to go on: the error says
# what was lost.
{ echo '<Sentences>'; rec Y-1 "Valdoria attacked Kestria."; printf '<Sentence id="Y-2"><Text>Cut sh'; } > "$tmp/lost.xml"
"$P" code $DICTS "$tmp/lost.xml" > "$tmp/x.out" 2> "$tmp/x.err"
check '[ $? -eq 1 ] && grep -q "Y-1" "$tmp/x.out" && grep -q "lost.xml:4: .*: 1 record lost" "$tmp/x.err"' "XML that cannot be resynchronised: the loss is counted"

# ---- NUL bytes in an article ---------------------------------------------------------------
printf 'Valdoria attacked Kestria on Monday.\000Kestrian soldiers attacked Valdoria on Tuesday.\n' > "$tmp/nul.txt"
"$P" code -q --no-enrich --date 2015-01-01 $DICTS "$tmp/nul.txt" > "$tmp/nul.out" 2>/dev/null
check '[ $(wc -l < "$tmp/nul.out") -eq 2 ]' "NUL between two sentences: two events"
check 'grep -q "\"source\": *{\"code\": *\"KESMIL\".*\"text\": *\"Kestrian soldiers attacked Valdoria on Tuesday.\"" "$tmp/nul.out"' "NUL: the second event carries its own sentence"

# ---- Exit statuses, counts, option values ------------------------------------------------------
{ head -n 3 "$tmp/small.jsonl"; echo '{"id": broken'; echo '[1,2]'; echo '{"id":"t","text":5}'; head -n 3 "$tmp/small.jsonl"; } > "$tmp/bad.jsonl"
for j in 1 2; do
	"$P" code -j $j --no-enrich $DICTS "$tmp/bad.jsonl" > "$tmp/b.out" 2> "$tmp/b.err"
	rc=$?
	check '[ $rc -eq 1 ]' "-j $j: rejected JSON lines: exit 1 (got $rc)"
	check 'grep -q "6 events, 0 discarded, 3 errors" "$tmp/b.err"' "-j $j: rejected lines counted as errors"
	check '[ "$(grep -o "bad.jsonl:[0-9]*" "$tmp/b.err" | tr "\n" " ")" = "bad.jsonl:4 bad.jsonl:5 bad.jsonl:6 " ]' "-j $j: each named once, in input order"
done
"$P" code -q --no-enrich $DICTS "$tmp/small.jsonl" > /dev/null 2>&1
check '[ $? -eq 0 ]' "all input coded: exit 0"
cat > "$tmp/tree.xml" <<'XML'
<Sentences>
<Sentence date="20150101" id="T-1"><Text>Broken.</Text>
<Parse>(ROOT (S (NP (NNP Valdoria)) (VP (VBD attacked) (NP (NNP Kestria</Parse></Sentence>
</Sentences>
XML
"$P" code $DICTS "$tmp/tree.xml" > /dev/null 2> "$tmp/t.err"
check '[ $? -eq 1 ] && grep -q " 1 errors" "$tmp/t.err"' "a bad parse tree: exit 1, counted"
for j in abc 0 -1 2x 100000000000; do
	"$P" code -q -j "$j" $DICTS "$tmp/one.jsonl" > /dev/null 2> "$tmp/j.err"
	check '[ $? -eq 2 ] && grep -q -- "-j" "$tmp/j.err"' "-j $j is refused (exit 2)"
done
"$P" code -q $DICTS "$tmp/one.jsonl" "$tmp/nosuchinput.jsonl" > "$tmp/m.out" 2> "$tmp/m.err"
check '[ $? -eq 2 ] && grep -q "nosuchinput.jsonl" "$tmp/m.err" && [ ! -s "$tmp/m.out" ]' "a missing input path: exit 2 before coding"
"$P" code --help > "$tmp/help.txt"
check 'grep -q "exit status" "$tmp/help.txt" && grep -q "^ *3 " "$tmp/help.txt"' "--help documents the exit statuses"

# Over-long sentences (more than 300 tokens, a list run together) are
# coded in pieces, not dropped.
{ printf 'Valdoria attacked Kestria'; i=0; while [ $i -lt 200 ]; do printf ', and %s' "x$i"; i=$((i + 1)); done; printf ', and Kestrian soldiers attacked Valdoria.\n'; } > "$tmp/long.txt"
"$P" code -q --no-enrich --date 2015-01-01 $DICTS "$tmp/long.txt" > "$tmp/long.out" 2> "$tmp/long.err"
check 'grep -q "\"source\": *{\"code\": *\"KESMIL\"" "$tmp/long.out"' "an event at the end of a 400-token sentence is coded"

# ---- Huge documents ---------------------------------------------------------------------
# Coded in pieces cut at paragraph ends: with --no-enrich the events are
# those of the whole document, sentence numbers included.
python3 -c "
import json
p = ' '.join(['Valdoria attacked Kestria on day %d.' % i for i in range(40)])
t = '\n\n'.join([p] * 200)
print(json.dumps({'id': 'huge', 'date': '2015-01-01', 'text': t}))" > "$tmp/huge.jsonl"
"$P" code -q --no-enrich $DICTS "$tmp/huge.jsonl" > "$tmp/h1.out" 2>/dev/null
"$P" code -q --no-enrich --max-doc-size 16k $DICTS "$tmp/huge.jsonl" > "$tmp/h2.out" 2> "$tmp/h2.err"
check '[ $? -eq 0 ] && [ $(wc -l < "$tmp/h1.out") -eq 8000 ] && cmp -s "$tmp/h1.out" "$tmp/h2.out"' "a document coded in 16 KB pieces gives the same events"
"$P" code -q --no-enrich --max-doc-size 16k --oversize refuse $DICTS "$tmp/huge.jsonl" > "$tmp/h3.out" 2> "$tmp/h3.err"
check '[ $? -eq 1 ] && [ ! -s "$tmp/h3.out" ] && grep -q "huge.jsonl:1: .*over the" "$tmp/h3.err"' "--oversize refuse: the document is refused and named"
"$P" code -q --max-doc-size 12q $DICTS "$tmp/one.jsonl" > /dev/null 2>&1
check '[ $? -eq 2 ]' "--max-doc-size 12q is refused"
if [ $plain = 1 ]; then
	# Memory: a 5 MB document (about 500 MB when coded whole) within 400 MB.
	python3 -c "
import json
p = ' '.join(['Kestrian soldiers attacked Valdoria near the border on day %d.' % i for i in range(20)])
print(json.dumps({'id': 'big', 'date': '2015-01-01', 'text': '\n\n'.join([p] * 4200)}))" > "$tmp/m5.jsonl"
	(ulimit -v 400000; "$P" code -q --no-enrich $DICTS "$tmp/m5.jsonl" > "$tmp/m5.out" 2> "$tmp/m5.err")
	check '[ $? -eq 0 ] && [ $(wc -l < "$tmp/m5.out") -eq 84000 ]' "a 5 MB document codes within 400 MB"
	# Time: place mentions in one paragraph are resolved in linear time.
	# CPU seconds, not wall time (the machine may be shared), of 20,000
	# and 160,000 mentions beyond those of a tiny document: 8 times the
	# mentions costs about 8 times as much when linear, 64 when quadratic; the bound of 24
	# leaves room for a loaded machine's caches
	# (the quadratic step took 51 s on the larger one).
	cpu_of() {   # $1: sentences of two place mentions each; $2: one sentence (%d: its day)
		python3 -c "
import json, sys
t = ' '.join([sys.argv[2] % i for i in range(int(sys.argv[1]))])
print(json.dumps({'id': 'places', 'date': '2015-01-01', 'text': 'Valdoria attacked Kestria in Aleppo. ' + t}))" "$1" "${2:-Fighting was reported in Aleppo and Homs on day %d.}" > "$tmp/pl.jsonl"
		# the least of three runs: a run the machine slowed (another
		# job, memory compaction) once took five times the others
		python3 -c "
import resource, subprocess, sys
best, before = None, 0.0
for _ in range(3):
    rc = subprocess.call(sys.argv[1:], stdout=open(sys.argv[-1] + '.out', 'w'), stderr=subprocess.DEVNULL)
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    used, before = r.ru_utime + r.ru_stime - before, r.ru_utime + r.ru_stime
    if rc != 0:
        print('failed')
        sys.exit(0)
    best = used if best is None else min(best, used)
print('%.3f' % best)" "$P" code -q --max-doc-size 0 $DICTS "$tmp/pl.jsonl"
	}
	base=$(cpu_of 1); small=$(cpu_of 10000); large=$(cpu_of 80000)
	check 'python3 -c "import sys; b, s, l = map(float, sys.argv[1:]); sys.exit(not (l - b) < 24 * max(s - b, 0.05))" $base $small $large && grep -q "\"location\": *{\"name\"" "$tmp/pl.jsonl.out"' \
		"place mentions in one paragraph: 160,000 cost at most 24 times 20,000 (linear: 8, quadratic: 64; cpu $base/$small/$large s)"
	# The same when every sentence tells a country's rebels beside towns
	# whose namesakes lie abroad: whether the document tells that
	# country's rebels is asked of each candidate abroad (it took 8.2 s
	# for 16,000 sentences, against 0.13 s for 2,000, before it was kept
	# per country).
	home='Congolese rebels were seen near Kilwa and Moba on day %d.'
	base=$(cpu_of 1 "$home"); small=$(cpu_of 4000 "$home"); large=$(cpu_of 32000 "$home")
	check 'python3 -c "import sys; b, s, l = map(float, sys.argv[1:]); sys.exit(not (l - b) < 24 * max(s - b, 0.05))" $base $small $large' \
		"a country's rebels in every sentence: 64,000 mentions cost at most 24 times 8,000 (cpu $base/$small/$large s)"
else
	echo "skip: memory and time limits (sanitizer or valgrind build)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
