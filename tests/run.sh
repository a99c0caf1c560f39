#!/bin/sh
# Runs every test program (build/tests/*/test_*) and shell test
# (tests/*/test_*.sh) from the repository root, shows failures, and ends with
# the totals on one line: "N passed, N failed".
BUILD=${BUILD:-build}
passed=0; failed=0; broken=0
out=$(mktemp); cache=$(mktemp -d); trap 'rm -f "$out"; rm -rf "$cache"' EXIT
# The compiled dictionary cache goes to a folder of this run, never the
# user's own (~/.cache/palmyra).
PALMYRA_CACHE_DIR=$cache; export PALMYRA_CACHE_DIR
for t in $(ls "$BUILD"/tests/*/test_* 2>/dev/null | grep -v '\.d$') $(ls tests/*/test_*.sh 2>/dev/null); do
	case "$t" in
	*.sh) PALMYRA="$BUILD/palmyra" sh "$t" >"$out" 2>&1 ;;
	*) $VALGRIND "$t" >"$out" 2>&1 ;;
	esac
	rc=$?
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out" | tail -n 1)
	p=$(echo "$line" | sed -n 's/^\([0-9]*\) passed.*/\1/p'); p=${p:-0}
	f=$(echo "$line" | sed -n 's/.* \([0-9]*\) failed.*/\1/p'); f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; broken=$((broken + 1)); fi
	passed=$((passed + p)); failed=$((failed + f))
	name=${t#"$BUILD"/}
	if [ "$f" -ne 0 ]; then
		echo "FAIL $name (exit $rc)"; sed 's/^/    /' "$out" | tail -n 40
	else
		printf 'ok   %-40s %s\n' "$name" "$(grep '^skip:' "$out" | head -n 1)"
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
