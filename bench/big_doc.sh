#!/bin/sh
# One huge document: time and peak memory of `palmyra code -j 1` (bundled
# dictionaries, enrichment on) on a single JSON line of 5, 10, 25 and 50
# MB, and on 50 MB with no paragraph break at all; then 5 MB coded whole
# (--max-doc-size 0), as every document was before it was cut into pieces.
# Linear time: the CPU seconds per MB stay put as the size grows (CPU
# rather than wall time: the machine is shared, and waiting for a core is
# not coding); bounded
# memory: the peak grows only by the document's own copies (about three:
# the line read, its JSON string, the coder's copy), not by what coding
# it needs. Run by `make bench`; the text is our news set's sentences
# (tests/data/news), so nothing outside the repository is needed.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
P=$BUILD/palmyra
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# $1 MB of paragraphs of news sentences (or one paragraph: $2 = flat)
make_doc() {
	python3 - "$1" "$2" > "$tmp/doc.jsonl" <<'PY'
import json, sys
size = int(sys.argv[1]) << 20
flat = sys.argv[2] == "flat"
sents = [json.loads(l)["text"] for l in open("tests/data/news/sentences.jsonl", encoding="utf-8")]
paras, n, k = [], 0, 0
while n < size:
    p = " ".join(sents[(k + i) % len(sents)] for i in range(6))
    paras.append(p)
    n += len(p) + 2
    k += 7
print(json.dumps({"id": "big", "date": "2016-03-25", "text": (" " if flat else "\n\n").join(paras)}))
PY
}

run() {   # label, then palmyra's arguments
	label=$1; shift
	/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$P" code -j 1 "$@" "$tmp/doc.jsonl" > "$tmp/out.jsonl" 2> "$tmp/err"
	read -r secs user sys kb < "$tmp/time"
	mb=$(python3 -c "import os; print('%.1f' % (os.path.getsize('$tmp/doc.jsonl') / 1048576))")
	sents=$(sed -n 's/.* documents, \([0-9]*\) sentences,.*/\1/p' "$tmp/err" | tail -n 1)
	python3 -c "import sys; mb, s, cpu, kb = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[7]), int(sys.argv[3]); print('%-36s %5.1f MB %7s sentences %7d events  wall %5.1f s  cpu %5.1f s = %4.2f s/MB  peak %4d MB' % (sys.argv[4], mb, sys.argv[5], int(sys.argv[6]), s, cpu, cpu / mb, kb // 1024))" \
		"$mb" "$secs" "$kb" "$label" "$sents" "$(wc -l < "$tmp/out.jsonl")" "$(python3 -c "print($user + $sys)")"
}

echo "== one huge document, palmyra code -j 1 (enriched, bundled dictionaries)"
for mb in ${BIG_DOC_SIZES:-5 10 25 50}; do
	make_doc $mb paragraphs
	run "$mb MB in paragraphs"
done
make_doc 50 flat
run "50 MB, one paragraph"
make_doc 5 paragraphs
run "5 MB coded whole (--max-doc-size 0)" --max-doc-size 0
