#!/bin/sh
# The compiled dictionary cache changes nothing a run writes: each input is
# coded with the cache off, with it written, and with it read, and the
# three outputs (and warnings) must be the same bytes. The Phoenix
# dictionaries with the GigaWord sample (as articles, and as XML records),
# the PETRARCH unit-test records and the seed need ../shared and skip
# without it; the bundled dictionaries with the news set and `palmyra dict
# check` do not. The cache lives in a temporary folder.
P=${PALMYRA:-build/palmyra}
SHARED=${PALMYRA_SHARED:-../shared}
DICT=$SHARED/peer/petrarch2/dictionaries
TEXT=$SHARED/peer/petrarch2/text
SEED=$SHARED/seed/palmyra-2016-03-25.txt
passed=0; failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
PALMYRA_CACHE_DIR=$tmp/cache; export PALMYRA_CACHE_DIR
unset PALMYRA_NO_CACHE

# same NAME ARGS...: runs off, writing, reading; all three must agree (exit
# status, output, warnings), and the reading run must leave the cache files
# as the writing run left them.
same() {
	name=$1; shift
	rm -rf "$tmp/cache"
	PALMYRA_NO_CACHE=1 "$P" "$@" > "$tmp/off.out" 2> "$tmp/off.err"; s0=$?
	if [ -d "$tmp/cache" ]; then bad "$name: PALMYRA_NO_CACHE=1 made a cache"; fi
	"$P" "$@" > "$tmp/write.out" 2> "$tmp/write.err"; s1=$?
	files=$(ls "$tmp/cache" 2>/dev/null | wc -l)
	if [ "$files" -lt 1 ]; then bad "$name: the first run wrote no cache file"; return; fi
	before=$(ls -l --time-style=full-iso "$tmp/cache")
	"$P" "$@" > "$tmp/read.out" 2> "$tmp/read.err"; s2=$?
	after=$(ls -l --time-style=full-iso "$tmp/cache")
	if [ "$before" != "$after" ]; then bad "$name: the second run wrote the cache again"; return; fi
	if [ "$s1" != "$s0" ] || [ "$s2" != "$s0" ]; then bad "$name: exit $s0 $s1 $s2"; return; fi
	for k in write read; do
		if ! cmp -s "$tmp/off.out" "$tmp/$k.out"; then bad "$name: output differs ($k)"; return; fi
		if ! cmp -s "$tmp/off.err" "$tmp/$k.err"; then bad "$name: warnings differ ($k)"; return; fi
	done
	if [ ! -s "$tmp/off.out" ]; then bad "$name: no output to compare"; return; fi
	ok
}

same "news set (bundled)" code -q -j 1 tests/data/news/dev.jsonl
same "news set, no enrichment" code -q -j 1 --no-enrich tests/data/news/dev.jsonl
same "dict check (bundled)" dict check
if [ -d "$DICT" ] && [ -d "$TEXT" ]; then
	python3 tests/store/giga_articles.py "$TEXT/GigaWord.sample.PETR.xml" "$tmp/giga" 20
	same "GigaWord articles (Phoenix)" code -q -j 1 -d "$DICT" "$tmp/giga"
	same "GigaWord articles (Phoenix), no enrichment" code -q -j 1 --no-enrich -d "$DICT" "$tmp/giga"
	same "GigaWord XML trees used" code -q -j 1 -d "$DICT" "$TEXT/GigaWord.sample.PETR.xml"
	same "PETRARCH unit-test records" code -q -j 1 -d "$DICT" "$TEXT/PETR.UnitTest.records.xml"
	same "dict check (Phoenix)" dict check -d "$DICT"
	same "dict report (Phoenix)" dict report -d "$DICT"
else
	echo "skip: $DICT or $TEXT is absent (Phoenix dictionaries, GigaWord, PETRARCH records)"
fi
if [ -f "$SEED" ]; then
	same "seed article" code -q -j 1 "$SEED"
else
	echo "skip: $SEED is absent"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
