#!/bin/sh
# palmyra code's progress line: on stderr, only when stderr is a terminal
# and not with -q, with any -j; dictionary warnings once per run, not once
# per worker process. The terminal comes from script(1) (util-linux); the
# terminal checks skip without it.
P=${PALMYRA:-build/palmyra}
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() { if eval "$1"; then ok; else bad "$2"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Eight documents in four files, a dictionary with one bad line.
printf -- '--- ATTACK [190] ---\nATTACK\n' > "$tmp/v.txt"
printf 'VALDORIA [VAL]\nKESTRIA [KES]\nBROKEN [\n' > "$tmp/a.txt"
printf 'SOLDIER [~MIL]\n' > "$tmp/g.txt"
for f in 1 2 3 4; do
	printf '{"id":"d%s","text":"Valdoria attacked Kestria."}\n{"id":"e%s","text":"Kestria attacked Valdoria."}\n' $f $f > "$tmp/in$f.jsonl"
done
DICTS="--verbs $tmp/v.txt --no-bundled-actors --actors $tmp/a.txt --agents $tmp/g.txt --no-enrich"

for j in 1 2; do
	"$P" code -j $j $DICTS "$tmp"/in*.jsonl > "$tmp/out$j.jsonl" 2> "$tmp/err$j.txt"
	check '[ $(grep -c "unclosed" "$tmp/err$j.txt") -eq 1 ]' "-j $j: the dictionary warning once"
	check '! grep -q "sentences (" "$tmp/err$j.txt"' "-j $j: no progress line when stderr is not a terminal"
	check '[ $(wc -l < "$tmp/out$j.jsonl") -eq 8 ]' "-j $j: eight events"
done
check 'cmp -s "$tmp/out1.jsonl" "$tmp/out2.jsonl"' "-j 2 writes what -j 1 writes"

# A bad JSON line is reported once, by the worker it falls to.
printf '{"id":"x","text":"Valdoria attacked Kestria."}\nnot json\n' > "$tmp/in5.jsonl"
"$P" code -q -j 2 $DICTS "$tmp"/in*.jsonl > "$tmp/out5.jsonl" 2> "$tmp/err5.txt"
check '[ $(grep -c "in5.jsonl:2: not a JSON object" "$tmp/err5.txt") -eq 1 ]' "-j 2: a bad record named once"
check '[ $(wc -l < "$tmp/out5.jsonl") -eq 9 ]' "-j 2: the records around it coded"

if command -v script >/dev/null 2>&1 && script -qec true /dev/null >/dev/null 2>&1; then
	for j in 1 2; do
		script -qec "\"$P\" code -j $j $DICTS $tmp/in1.jsonl $tmp/in2.jsonl $tmp/in3.jsonl $tmp/in4.jsonl > $tmp/tty_out$j.jsonl 2> /dev/tty" /dev/null > "$tmp/tty$j.txt" 2>&1
		check 'grep -q "8 documents ([0-9,]*/s), 8 sentences ([0-9,]*/s), in 0:00:0" "$tmp/tty$j.txt"' "-j $j: progress on a terminal"
		check 'cmp -s "$tmp/out1.jsonl" "$tmp/tty_out$j.jsonl"' "-j $j: stdout has the events only"
		script -qec "\"$P\" code -q -j $j $DICTS $tmp/in1.jsonl $tmp/in2.jsonl > /dev/null 2> /dev/tty" /dev/null > "$tmp/ttyq$j.txt" 2>&1
		check '! grep -q "documents" "$tmp/ttyq$j.txt"' "-j $j -q: no progress"
	done
else
	echo "skip: script(1) cannot give a terminal here"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
