#!/bin/sh
# coder_agreement.py on a set of three sentences whose outcome is known: the
# second coder finds two of three events (one with a wrong root) and adds one;
# Palmyra's output finds the first event only.
HERE=$(dirname "$0")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
check() {
	if grep -qF "$2" "$tmp/out"; then passed=$((passed + 1)); echo "ok   $1"
	else failed=$((failed + 1)); echo "FAIL $1: no line with '$2'"; cat "$tmp/out"; fi
}
cat > "$tmp/set.jsonl" <<'J'
{"id": "a1", "text": "Troops shelled the town.", "events": [{"source": "SYRMIL", "target": "SYRREB", "code": "190"}]}
{"id": "a2", "text": "The minister met his counterpart.", "events": [{"source": "IRQGOV", "target": "IRNGOV", "code": "040"}]}
{"id": "a3", "text": "Police arrested protesters.", "events": [{"source": "EGYCOP", "target": "EGYCVL", "code": "173"}]}
J
cat > "$tmp/second.jsonl" <<'J'
{"id": "a1", "events": [{"source": "SYRMIL", "target": "SYRREB", "code": "195"}]}
{"id": "a2", "events": [{"source": "IRQGOV", "target": "IRNGOV", "code": "042"}, {"source": "IRNGOV", "target": "IRQGOV", "code": "042"}]}
{"id": "a3", "events": [{"source": "EGYCOP", "target": "EGYCVL", "code": "180"}]}
J
cat > "$tmp/palmyra.jsonl" <<'J'
{"id": "a1", "code": "190", "source": {"code": "SYRMIL"}, "target": {"code": "SYRREB"}, "modality": "asserted"}
J
python3 "$HERE/coder_agreement.py" "$tmp/set.jsonl" "$tmp/second.jsonl" "$tmp/palmyra.jsonl" > "$tmp/out" 2>&1
check "second coder: 2 of 3 events, 4 coded" "P 0.50 R 0.67 F1 0.57 (2 of 3 events, 4 coded)"
check "root 17 missed by the second coder" "root 17: P 0.00 R 0.00 F1 0.00"
check "bins of the set's events" "found by both 1, palmyra only 0, human only 1, neither 1"
python3 "$HERE/coder_agreement.py" --country "$tmp/set.jsonl" "$tmp/second.jsonl" > "$tmp/out" 2>&1
check "--country keeps the same matches" "(2 of 3 events, 4 coded)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
