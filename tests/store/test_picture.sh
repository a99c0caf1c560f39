#!/bin/sh
# The picture a store's events make: (1) the seed article ingested, its
# control timeline (palmyra control --history) passes the gold's two
# Palmyra probes with every other check of score_gold.py; (2) palmyra
# incidents over the incident development set gives fewer incidents than
# events, each with its outlets counted, and --min-outlets 2 keeps only
# corroborated ones; (3) --at gives one segment per place. Needs $PALMYRA
# and python3.
P=${PALMYRA:-build/palmyra}
HERE=$(dirname "$0")
SHARED=${PALMYRA_SHARED:-$HERE/../../../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0; skipped=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
if ! "$P" control --help >/dev/null 2>&1 || ! command -v python3 >/dev/null; then
	echo "skip: palmyra was built without the store, or python3 is absent"
	echo "0 passed, 0 failed, 1 skipped"; exit 0
fi

if [ -f "$SHARED/seed/palmyra-2016-03-25.txt" ]; then
	cp "$SHARED/seed/palmyra-2016-03-25.txt" "$tmp/seed.txt"
	"$P" ingest -q --db "$tmp/seed.db" "$tmp/seed.txt"
	"$P" query --db "$tmp/seed.db" > "$tmp/seed.jsonl"
	"$P" control --db "$tmp/seed.db" --history -f jsonl > "$tmp/control.jsonl"
	if python3 "$SHARED/tools/score_gold.py" "$SHARED/seed/palmyra-2016-03-25.gold.json" \
		"$tmp/seed.jsonl" --control "$tmp/control.jsonl" > "$tmp/score"; then ok
	else cat "$tmp/score"; bad "the seed's events and control probes (score_gold.py --control)"; fi
	n=$("$P" control --db "$tmp/seed.db" --at 2015-12-01 | wc -l)
	[ "$n" -ge 1 ] && ok || bad "control --at gives a segment per place"
	"$P" control --db "$tmp/seed.db" --at 2015-12-01 | grep -q '"holder":"IMGMUSISI"' && ok ||
		bad "Palmyra held by IMGMUSISI on 2015-12-01"
else
	echo "skip: the seed article is absent"; skipped=1
fi

"$P" ingest -q --db "$tmp/inc.db" "$HERE/../data/incidents/dev.jsonl"
"$P" incidents --db "$tmp/inc.db" > "$tmp/inc.jsonl"
"$P" incidents --db "$tmp/inc.db" --min-outlets 2 > "$tmp/inc2.jsonl"
if python3 - "$tmp/inc.jsonl" "$tmp/inc2.jsonl" <<'PY'
import json, sys
a = [json.loads(l) for l in open(sys.argv[1])]
b = [json.loads(l) for l in open(sys.argv[2])]
reports = sum(i["n_reports"] for i in a)
print("%d incidents of %d reports; %d told by two outlets or more" % (len(a), reports, len(b)))
ok = len(a) < reports and all(i["n_outlets"] >= 1 and i["n_documents"] >= i["n_outlets"] for i in a)
ok = ok and b and all(i["n_outlets"] >= 2 for i in b) and len(b) < len(a)
sys.exit(0 if ok else 1)
PY
then ok; else bad "incidents link reports and count their outlets; --min-outlets filters"; fi
"$P" incidents --db "$tmp/inc.db" --from 2016-13-45 > /dev/null 2>&1
[ $? -eq 2 ] && ok || bad "a bad filter value is a usage error"
if [ $skipped -eq 1 ]; then echo "$passed passed, $failed failed, 1 skipped"; else echo "$passed passed, $failed failed"; fi
[ $failed -eq 0 ]
