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

echo "== gazetteer: open (mmap) and first look-ups"
"$BUILD"/bench/gazetteer_open 200 data/gazetteer.bin || echo "   (no data/gazetteer.bin: make data)"

echo
echo "== coder on given parse trees (Phoenix dictionaries, GigaWord sample x ~10,000 sentences)"
"$BUILD"/bench/bench_code --copies 10000 "$DICT" "$GIGA"

echo
echo "== raw text: split, tokenize, tag, parse, code (parse trees ignored)"
"$BUILD"/bench/bench_code --parse ignore --copies 10000 "$DICT" "$GIGA"

echo
echo "== raw text with enrichment (dates, places, attribution, counts, modality)"
"$BUILD"/bench/bench_code --parse ignore --enrich --copies 10000 "$DICT" "$GIGA"

echo
echo "== whole CLI on one core (-j 1), end to end to JSON lines, ~50,000 sentences"
echo "   (startup included: dictionaries, tagger model, WordNet, gazetteer)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/articles"
python3 - "$GIGA" "$tmp/giga.xml" "$tmp/giga.jsonl" "$tmp/articles" <<'PY'
import json, re, sys
src = open(sys.argv[1], encoding="utf-8").read()
recs = re.findall(r"<Sentence\b.*?</Sentence>", src, flags=re.S)
copies = (50000 + len(recs) - 1) // len(recs)
# plain-text articles: a title line, a dateline, the sample's texts as paragraphs
texts = [" ".join(re.search(r"<Text>(.*?)</Text>", r, flags=re.S).group(1).split()) for r in recs]
for k in range(copies):
    with open("%s/a%04d.txt" % (sys.argv[4], k), "w", encoding="utf-8") as art:
        art.write("Wire stories, part %d\nAugust 6, 2008\n\n" % k + "\n\n".join(texts) + "\n")
with open(sys.argv[2], "w", encoding="utf-8") as xml, open(sys.argv[3], "w", encoding="utf-8") as js:
    xml.write("<Sentences>\n")
    for k in range(copies):
        for r in recs:
            xml.write(re.sub(r'id="([^"]*)"', lambda m: 'id="%s-%d"' % (m.group(1), k), r, count=1) + "\n")
            text = re.search(r"<Text>(.*?)</Text>", r, flags=re.S).group(1).strip()
            date = re.search(r'date="(\d{4})(\d\d)(\d\d)"', r)
            js.write(json.dumps({"id": "d%d" % k, "date": "-".join(date.groups()) if date else None,
                                 "text": text}) + "\n")
    xml.write("</Sentences>\n")
PY
# best of five runs: the machine's other work only ever adds time. The
# sentences counted are those palmyra says it coded (its summary line on
# stderr): the splitter's, not the records' (nine of the sample's 76 have
# no text of their own).
run() {
	label=$1; shift
	best=""
	for k in 1 2 3 4 5; do
		start=$(date +%s.%N)
		"$BUILD"/palmyra code -j 1 "$@" > "$tmp/out.jsonl" 2> "$tmp/err.txt"
		end=$(date +%s.%N)
		best=$(python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); b=sys.argv[3]; print(t if not b or t < float(b) else b)" "$start" "$end" "$best")
	done
	n=$(sed -n 's/.* documents, \([0-9]*\) sentences,.*/\1/p' "$tmp/err.txt" | tail -1)
	python3 -c "import sys; n,t=int(sys.argv[1]),float(sys.argv[2]); print('%-36s %d sentences in %.3f s = %6.0f sentences/s, %d events' % (sys.argv[3], n, t, n/t, sum(1 for _ in open(sys.argv[4]))))" "$n" "$best" "$label" "$tmp/out.jsonl"
}
run "XML with parse trees" --parse use -d "$DICT" "$tmp/giga.xml"
run "XML, trees ignored (raw text)" --parse ignore -d "$DICT" "$tmp/giga.xml"
run "XML, trees ignored, --no-enrich" --parse ignore --no-enrich -d "$DICT" "$tmp/giga.xml"
run "JSON lines documents (raw text)" --in jsonl -d "$DICT" "$tmp/giga.jsonl"
# the raw-text pipeline alone: read, split, tokenize, tag, parse, code, write
run "JSON lines documents, --no-enrich" --in jsonl --no-enrich -d "$DICT" "$tmp/giga.jsonl"
# (each article's title is a sentence too)
run "plain-text articles" -d "$DICT" "$tmp/articles"
run "plain-text articles, --no-enrich" --no-enrich -d "$DICT" "$tmp/articles"

echo
echo "== territorial-control timeline: 1,000,000 synthetic events over 5,000 places"
"$BUILD"/bench/control_bench 1000000 5000
