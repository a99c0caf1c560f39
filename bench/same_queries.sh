#!/bin/sh
# Checks that a change meant only to make queries faster gives back exactly
# the same bytes: runs the store queries the benches time (and their
# neighbours) in every output format with a reference build on one store and
# with this build on another (the same store, or a copy of it that this
# build has updated to its schema), and compares stdout and exit status.
#
#   cp build/palmyra /tmp/ref-palmyra          # once, before the change
#   cp synthetic-1000000.db /tmp/new.db         # a copy, if the schema changes
#   sh bench/same_queries.sh /tmp/ref-palmyra synthetic-1000000.db build/palmyra /tmp/new.db
#
# The probes assume bench_store's synthetic store (countries AAA, UKA...).
# Prints one line per comparison and ends with "N same, N different".
set -u
REF=${1:?usage: same_queries.sh REF_PALMYRA REF_DB NEW_PALMYRA NEW_DB}
REF_DB=${2:?usage: same_queries.sh REF_PALMYRA REF_DB NEW_PALMYRA NEW_DB}
NEW=${3:?usage: same_queries.sh REF_PALMYRA REF_DB NEW_PALMYRA NEW_DB}
NEW_DB=${4:?usage: same_queries.sh REF_PALMYRA REF_DB NEW_PALMYRA NEW_DB}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
same=0
bad=0

compare() {
	"$REF" query --db "$REF_DB" "$@" > "$tmp/ref.out" 2> "$tmp/ref.err"; rs=$?
	"$NEW" query --db "$NEW_DB" "$@" > "$tmp/new.out" 2> "$tmp/new.err"; ns=$?
	if [ "$rs" != "$ns" ] || ! cmp -s "$tmp/ref.out" "$tmp/new.out"; then
		bad=$((bad + 1))
		echo "DIFFERENT $* (exit $rs vs $ns)"
		diff "$tmp/ref.out" "$tmp/new.out" | head -6
	else
		same=$((same + 1))
		printf 'same %-70s %8d lines\n' "$*" "$(wc -l < "$tmp/new.out")"
	fi
}

for f in jsonl csv tsv table geojson geojsonl; do
	compare --country AAA --from 2016-06 --to 2016-06 -f $f
	compare --text airstrike -f $f
done
compare --country UKA --from 2016-06 --to 2016-06 -f jsonl
compare --actor UKAMIL --from 2016 --to 2016 -f jsonl
compare --actor AAAMIL --limit 50 -f jsonl
compare --actor A --limit 10 -f jsonl
compare --source UKA --to 2014-03 -f csv
compare --near -27.539,-167.473,50 -f jsonl
compare --bbox -170,-30,-165,-25 --limit 500 -f jsonl
compare --from 2016-06-01 --to 2016-06-03 -f jsonl
compare --from 2012 --limit 10 -f jsonl
compare --text forces --limit 100 -f jsonl
compare --text airstrike --country AAA -f jsonl
compare --text airstrike --outlet sana -f jsonl
compare --text airstrike --doc syn-00000634 -f jsonl
compare --text airstrike --min-outlets 2 -f jsonl
compare --text cvalmvi --near -27.539,-167.473,500 -f csv
compare --outlet sana --from 2015-01-01 --to 2015-01-02 -f jsonl
compare --doc syn-00000002 -f jsonl
compare --root 19 --country UKA --from 2016 -f csv
compare --limit 3000 -f jsonl
compare --count-by week -f csv
compare --count-by week --country AAA -f csv
compare --count-by month,root --actor UKAMIL -f csv
compare --incidents --country AAA --from 2016-06 --to 2016-06 -f jsonl
compare --incidents --country AAA --from 2016-06 --to 2016-06 -f csv
compare --incidents --count-by month --country UKA -f csv
echo "$same same, $bad different"
[ "$bad" = 0 ]
