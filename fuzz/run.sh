#!/bin/sh
# Runs each fuzz target of DIR for $FUZZ_TIME seconds from its seeds in
# fuzz/corpus/<name>/ (new inputs go to build-fuzz/corpus/<name>/); stops
# at the first crash, leaving libFuzzer's crash-* file in the current folder.
set -e
dir=$1
time=${FUZZ_TIME:-60}
for bin in "$dir"/fuzz_*; do
	[ -x "$bin" ] || continue
	name=$(basename "$bin" | sed 's/^fuzz_//')
	work=build-fuzz/corpus/$name
	mkdir -p "$work"
	echo "== $name: $time s"
	"$bin" -max_total_time="$time" -max_len=8192 -timeout=10 -print_final_stats=1 \
		"$work" "fuzz/corpus/$name" 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
	[ "$(ls crash-* leak-* timeout-* 2>/dev/null | wc -l)" -eq 0 ] || { echo "fuzz: $name found a failure"; exit 1; }
done
