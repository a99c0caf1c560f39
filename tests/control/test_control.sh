#!/bin/sh
# Territorial control end to end: (1) the nine development series, our
# series of the kinds of misses (classes), and the
# held-back one (tests/data/control/) coded, linked and turned into a
# timeline score above their floors against their dated probes; (2) the
# same documents in shuffled orders give the same segments; (3) the seed
# article passes ../shared/tools/score_gold.py with its control probes
# (Palmyra held by IMGMUSISI on 2015-12-01, by SYR on 2016-03-26) and
# every other check (skips when ../shared is absent). Needs $PALMYRA (the
# driver, bench/control_eval, is built beside it) and python3.
P=${PALMYRA:-build/palmyra}
EVAL=$(dirname "$P")/bench/control_eval
HERE=$(dirname "$0")
SET=$HERE/../data/control
SHARED=${PALMYRA_SHARED:-$HERE/../../../shared}
# Shares measured in docs/control.md, less a margin for retrained models.
DEV_FLOOR=${CONTROL_DEV_FLOOR:-0.90}
DEV2_FLOOR=${CONTROL_DEV2_FLOOR:-0.90}
DEV3_FLOOR=${CONTROL_DEV3_FLOOR:-0.88}
DEV4_FLOOR=${CONTROL_DEV4_FLOOR:-0.90}
DEV5_FLOOR=${CONTROL_DEV5_FLOOR:-0.88}
DEV6_FLOOR=${CONTROL_DEV6_FLOOR:-0.80}
DEV7_FLOOR=${CONTROL_DEV7_FLOOR:-0.88}
DEV8_FLOOR=${CONTROL_DEV8_FLOOR:-0.82}
DEV9_FLOOR=${CONTROL_DEV9_FLOOR:-0.90}
CLASSES_FLOOR=${CONTROL_CLASSES_FLOOR:-0.90}
HELDOUT_FLOOR=${CONTROL_HELDOUT_FLOOR:-0.60}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0; skipped=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
if ! command -v python3 >/dev/null || [ ! -x "$EVAL" ]; then
	echo "skip: python3 or $EVAL is absent"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi

# 1. The probe sets.
for part in dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 classes heldout; do
	floor=$DEV_FLOOR
	[ $part = dev2 ] && floor=$DEV2_FLOOR
	[ $part = dev3 ] && floor=$DEV3_FLOOR
	[ $part = dev4 ] && floor=$DEV4_FLOOR
	[ $part = dev5 ] && floor=$DEV5_FLOOR
	[ $part = dev6 ] && floor=$DEV6_FLOOR
	[ $part = dev7 ] && floor=$DEV7_FLOOR
	[ $part = dev8 ] && floor=$DEV8_FLOOR
	[ $part = dev9 ] && floor=$DEV9_FLOOR
	[ $part = classes ] && floor=$CLASSES_FLOOR
	[ $part = heldout ] && floor=$HELDOUT_FLOOR
	"$EVAL" "$SET/$part.jsonl" "$tmp/$part.ev" "$tmp/$part.seg" 2>/dev/null
	if python3 "$HERE/score_control.py" "$SET/$part.probes.jsonl" "$tmp/$part.seg" \
		--floor "$floor" > "$tmp/$part.score"; then
		ok
	else
		bad "$part probes: share below $floor"
	fi
	grep '^right' "$tmp/$part.score" | sed "s/^/$part: /"
done

# 2. Order does not matter.
for seed in 1 2 3; do
	"$EVAL" "$SET/dev.jsonl" "$tmp/e$seed" "$tmp/s$seed" --shuffle $seed 2>/dev/null
done
if python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
base = open(tmp + "/dev.seg").read().splitlines()
bad = [k for k in (1, 2, 3) if open("%s/s%d" % (tmp, k)).read().splitlines() != base]
print("segments %d, orders that differ: %s" % (len(base), bad or "none"))
sys.exit(1 if bad or len(base) < 30 else 0)
PY
then ok; else bad "three shuffled orders give the same segments"; fi

# 3. The seed article.
if [ -f "$SHARED/seed/palmyra-2016-03-25.txt" ] && [ -f "$SHARED/tools/score_gold.py" ]; then
	cp "$SHARED/seed/palmyra-2016-03-25.txt" "$tmp/seed.txt"
	"$EVAL" "$tmp/seed.txt" "$tmp/seed.ev" "$tmp/seed.seg" 2>/dev/null
	python3 "$SHARED/tools/score_gold.py" "$SHARED/seed/palmyra-2016-03-25.gold.json" \
		"$tmp/seed.ev" --control "$tmp/seed.seg" > "$tmp/seed.score"
	if grep -q '^[0-9]* passed, 0 failed' "$tmp/seed.score" &&
	   [ "$(grep -c '^MISS' "$tmp/seed.score")" -eq 0 ]; then
		ok
	else
		bad "the seed article's gold, control probes included"
		cat "$tmp/seed.score"
	fi
else
	echo "skip: the seed article or score_gold.py is absent ($SHARED)"
	skipped=1
fi
if [ $skipped -eq 1 ]; then echo "$passed passed, $failed failed, 1 skipped"; else echo "$passed passed, $failed failed"; fi
[ $failed -eq 0 ]
