#!/bin/sh
# Runs the libFuzzer targets of DIR (build-fuzz/fuzz) from the repository
# root, each from its seeds in fuzz/corpus/<name>/ (new inputs go to
# build-fuzz/corpus/<name>/, anything found to build-fuzz/artifacts/).
#
#   FUZZ_TIME=600  seconds per target (make fuzz; default 60)
#   FUZZ_RUNS=2000 a fixed number of inputs per target instead (make fuzz-smoke)
#   FUZZ_JOBS=2    targets run at once (default 1)
#   FUZZ_TARGETS="gzip zstd"  some targets only (default: every fuzz_* in DIR)
#
# One line per target: inputs run, coverage (edges), corpus size, and
# crashes, leaks and timeouts found; the last line is the totals. Exits 1
# when anything was found (the artifacts are kept) or a target would not run.
dir=${1:-build-fuzz/fuzz}
time=${FUZZ_TIME:-60}
runs=${FUZZ_RUNS:-}
jobs=${FUZZ_JOBS:-1}
out=build-fuzz/fuzz-logs
mkdir -p "$out" build-fuzz/artifacts

targets=${FUZZ_TARGETS:-$(for b in "$dir"/fuzz_*; do [ -x "$b" ] && basename "$b" | sed 's/^fuzz_//'; done)}

one() {   # $1: target name; writes $out/$1.log and $out/$1.sum
	name=$1
	bin=$dir/fuzz_$name
	work=build-fuzz/corpus/$name
	mkdir -p "$work" "fuzz/corpus/$name"
	rm -f build-fuzz/artifacts/$name-*
	# the compiled gazetteer of the seeds is larger than the others
	max_len=8192
	[ "$name" = gazetteer ] && max_len=32768
	if [ -n "$runs" ]; then limit="-runs=$runs"; else limit="-max_total_time=$time"; fi
	"$bin" $limit -max_len=$max_len -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="build-fuzz/artifacts/$name-" "$work" "fuzz/corpus/$name" > "$out/$name.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$name.log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$out/$name.log" | tail -n 1 | sed 's/cov: //')
	corp=$(grep -o 'corp: [0-9]*' "$out/$name.log" | tail -n 1 | sed 's/corp: //')
	secs=$(sed -n 's/.*Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$out/$name.log" | tail -n 1)
	crash=$(ls build-fuzz/artifacts/$name-crash-* 2>/dev/null | wc -l)
	leak=$(ls build-fuzz/artifacts/$name-leak-* 2>/dev/null | wc -l)
	tmo=$(ls build-fuzz/artifacts/$name-timeout-* build-fuzz/artifacts/$name-oom-* 2>/dev/null | wc -l)
	[ "$rc" -ne 0 ] && [ $((crash + leak + tmo)) -eq 0 ] && crash=1   # it stopped for a reason of its own
	echo "$name ${execs:-0} ${cov:-0} ${corp:-0} $crash $leak $tmo $rc" > "$out/$name.sum"
}

set -- $targets
while [ $# -gt 0 ]; do
	pids=""
	k=0
	while [ $# -gt 0 ] && [ $k -lt "$jobs" ]; do
		one "$1" &
		pids="$pids $!"
		shift
		k=$((k + 1))
	done
	for p in $pids; do wait "$p"; done
done

bad=0; total=0
printf '%-14s %12s %8s %8s %6s %6s %8s\n' target inputs coverage corpus crash leak timeout
for name in $targets; do
	read -r n execs cov corp crash leak tmo rc < "$out/$name.sum"
	printf '%-14s %12s %8s %8s %6s %6s %8s\n' "$name" "$execs" "$cov" "$corp" "$crash" "$leak" "$tmo"
	total=$((total + execs))
	if [ $((crash + leak + tmo)) -ne 0 ]; then
		bad=$((bad + 1))
		echo "fuzz: $name found something (exit $rc): see $out/$name.log and build-fuzz/artifacts/" >&2
		grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|^fuzz: ' "$out/$name.log" | head -n 5 >&2
	fi
done
echo "$total inputs, $bad targets with findings"
[ "$bad" -eq 0 ]
