#!/bin/sh
# Checks that a change meant only to make Palmyra faster writes exactly the
# same output: codes the same inputs with a reference build and with this
# one and compares the bytes (run by hand after each such change).
#
#   cp build/palmyra build-ref/palmyra      # once, before the change
#   sh bench/same_output.sh build-ref/palmyra [build/palmyra]
#
# The reference binary must sit in a folder beside data/ (build-ref/ does),
# where it finds the bundled dictionaries and models. Inputs: the GigaWord
# sample as plain-text articles and as XML (trees used and ignored), the
# PETRARCH unit-test records, the seed article and every document set in
# tests/data, with and without enrichment, JSON lines and CSV; and the
# events a store gives back after ingesting the articles.
# Prints one line per comparison and "same output" or the first differences.
set -u
cd "$(dirname "$0")/.."
REF=${1:?usage: same_output.sh REF_PALMYRA [NEW_PALMYRA]}
NEW=${2:-build/palmyra}
SHARED=${PALMYRA_SHARED:-../shared}
DICT=$SHARED/peer/petrarch2/dictionaries
TEXT=$SHARED/peer/petrarch2/text
SEED=$SHARED/seed/palmyra-2016-03-25.txt
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bad=0
runs=0

# compare NAME ARGS...: both binaries' stdout and exit status for ARGS
compare() {
	name=$1; shift
	runs=$((runs + 1))
	"$REF" "$@" > "$tmp/ref.out" 2> "$tmp/ref.err"; rs=$?
	"$NEW" "$@" > "$tmp/new.out" 2> "$tmp/new.err"; ns=$?
	if [ "$rs" != "$ns" ] || ! cmp -s "$tmp/ref.out" "$tmp/new.out"; then
		bad=$((bad + 1))
		echo "DIFFERENT $name (exit $rs vs $ns)"
		diff "$tmp/ref.out" "$tmp/new.out" | head -6
	else
		printf 'same %-50s %6d lines\n' "$name" "$(wc -l < "$tmp/new.out")"
	fi
}

code() {
	name=$1; shift
	compare "$name" code -q -j 1 "$@"
	compare "$name --no-enrich" code -q -j 1 --no-enrich "$@"
}

if [ -d "$TEXT" ]; then
	python3 tests/store/giga_articles.py "$TEXT/GigaWord.sample.PETR.xml" "$tmp/giga" 2
	code "GigaWord articles (Phoenix)" -d "$DICT" "$tmp/giga"
	code "GigaWord articles (bundled)" "$tmp/giga"
	compare "GigaWord articles csv" code -q -j 1 -f csv "$tmp/giga"
	code "GigaWord XML trees ignored" --parse ignore -d "$DICT" "$TEXT/GigaWord.sample.PETR.xml"
	compare "GigaWord XML trees used" code -q -j 1 -d "$DICT" "$TEXT/GigaWord.sample.PETR.xml"
	compare "PETRARCH unit-test records" code -q -j 1 -d "$DICT" "$TEXT/PETR.UnitTest.records.xml"
else
	echo "skip: $TEXT is absent (GigaWord and PETRARCH records)"
fi
if [ -f "$SEED" ]; then
	code "seed article" "$SEED"
	compare "seed article geojson" code -q -j 1 -f geojson "$SEED"
fi
for f in tests/data/news/*.jsonl tests/data/control/dev.jsonl tests/data/control/heldout.jsonl \
	 tests/data/incidents/dev.jsonl tests/data/incidents/heldout.jsonl \
	 tests/data/counts/tolls.jsonl tests/data/enrich/sentences.jsonl; do
	code "$f" "$f"
done
compare "news dev csv" code -q -j 1 -f csv tests/data/news/dev.jsonl

# the store: what comes back after ingesting raw text and coded lines
if [ -d "$tmp/giga" ]; then
	for side in ref new; do
		bin=$REF; [ $side = new ] && bin=$NEW
		"$bin" ingest -q -j 1 --db "$tmp/$side.db" "$tmp/giga" tests/data/incidents/dev.jsonl "$SEED"
		"$bin" code -q -j 1 tests/data/control/dev.jsonl > "$tmp/$side.coded.jsonl"
		"$bin" ingest -q --db "$tmp/$side.db" --coded "$tmp/$side.coded.jsonl"
	done
	compare "store: query -f jsonl (ref store)" query --db "$tmp/ref.db" -f jsonl
	runs=$((runs + 1))
	"$NEW" query --db "$tmp/ref.db" -f jsonl > "$tmp/a"
	"$NEW" query --db "$tmp/new.db" -f jsonl > "$tmp/b"
	if cmp -s "$tmp/a" "$tmp/b"; then
		printf 'same %-50s %6d lines\n' "store: each binary's own store" "$(wc -l < "$tmp/b")"
	else
		bad=$((bad + 1)); echo "DIFFERENT store: each binary's own store"; diff "$tmp/a" "$tmp/b" | head -6
	fi
	compare "store: count-by month,root" query --db "$tmp/new.db" --count-by month,root -f csv
	compare "store: country filter" query --db "$tmp/new.db" --country SYR -f csv
fi

if [ "$bad" = 0 ]; then
	echo "same output ($runs comparisons)"
else
	echo "$bad of $runs comparisons differ"
	exit 1
fi
