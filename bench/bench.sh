#!/bin/sh
# Prints Palmyra's speed and memory figures (run by hand: `make bench`).
# Needs ../shared (the PETRARCH dictionaries and GigaWord sample).
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
SHARED=${PALMYRA_SHARED:-../shared}
DICT=$SHARED/peer/petrarch2/dictionaries
GIGA=$SHARED/peer/petrarch2/text/GigaWord.sample.PETR.xml
if [ ! -f "$GIGA" ]; then
	echo "skip: $GIGA is absent"; exit 0
fi

echo "== coder on given parse trees (Phoenix dictionaries, GigaWord sample x ~10,000 sentences)"
"$BUILD"/bench/bench_code --copies 10000 "$DICT" "$GIGA"

echo
echo "== raw text: split, tokenize, tag, parse, code (parse trees ignored)"
"$BUILD"/bench/bench_code --parse ignore --copies 10000 "$DICT" "$GIGA"

echo
echo "== raw text with enrichment (dates, places, attribution, counts, modality)"
"$BUILD"/bench/bench_code --parse ignore --enrich --copies 10000 "$DICT" "$GIGA"

echo
echo "== whole CLI, end to end to JSON lines (one process)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$GIGA" "$tmp/giga10k.xml" <<'PY'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
recs = re.findall(r"<Sentence\b.*?</Sentence>", src, flags=re.S)
copies = (10000 + len(recs) - 1) // len(recs)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("<Sentences>\n")
    for k in range(copies):
        for r in recs:
            out.write(re.sub(r'id="([^"]*)"', lambda m: 'id="%s-%d"' % (m.group(1), k), r, count=1) + "\n")
    out.write("</Sentences>\n")
PY
n=$(grep -c "<Sentence " "$tmp/giga10k.xml")
for mode in use ignore; do
	start=$(date +%s.%N)
	"$BUILD"/palmyra code -q --parse $mode -d "$DICT" "$tmp/giga10k.xml" > "$tmp/out.jsonl"
	end=$(date +%s.%N)
	python3 -c "import sys; n,s,e=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print('palmyra code --parse %s: %d sentences in %.3f s = %.0f sentences/s, %d events' % (sys.argv[4], n, e-s, n/(e-s), sum(1 for _ in open(sys.argv[5]))))" "$n" "$start" "$end" $mode "$tmp/out.jsonl"
done
