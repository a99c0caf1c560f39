#!/bin/sh
# Events as data: (1) JSON lines, CSV, TSV and GeoJSON carry the same value
# for every field of every event, and every JSON line has every key; (2)
# event ids are the same on two runs and with -j 1 and -j 2; (3) summing
# counts.killed over the events of documents with known tolls gives the
# known totals; (4) headlines are flagged. Needs $PALMYRA and python3.
P=${PALMYRA:-build/palmyra}
HERE=$(dirname "$0")
DATA=$HERE/../data
SEED=${PALMYRA_SHARED:-$HERE/../../../shared}/seed/palmyra-2016-03-25.txt
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if ! command -v python3 >/dev/null; then
	echo "skip: python3 is absent"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
inputs="$DATA/news/sentences.jsonl $DATA/counts/tolls.jsonl $HERE/../../data/examples/aleppo-2016-12-13.txt"
skipped=0
if [ -f "$SEED" ]; then
	cp "$SEED" "$tmp/seed.txt"
	inputs="$inputs $tmp/seed.txt"
else
	echo "skip: the seed article is absent ($SEED); coding the bundled inputs only"
	skipped=1
fi
for f in jsonl csv tsv geojson geojsonl; do
	"$P" code -q -j 1 --keep-fields -f $f $inputs > "$tmp/out.$f" 2>> "$tmp/err" || echo "palmyra code -f $f failed" >&2
done
"$P" code -q -j 1 --keep-fields $inputs > "$tmp/again.jsonl" 2>> "$tmp/err"
"$P" code -q -j 2 --keep-fields $inputs > "$tmp/j2.jsonl" 2>> "$tmp/err"
SKIPPED=$skipped python3 - "$tmp" "$DATA/counts/tolls.jsonl" <<'PY'
import csv, json, os, sys
tmp, tolls = sys.argv[1], sys.argv[2]
passed = failed = 0
def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)

def lines(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

events = lines(os.path.join(tmp, "out.jsonl"))
check(len(events) > 150, "enough events to compare (%d)" % len(events))
keys = {tuple(e.keys()) for e in events}
check(len(keys) == 1, "every JSON line has the same keys in the same order (%d key sets)" % len(keys))

def cell(v):
    """A JSON value as the CSV writes it."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return "%.1f" % v
    if isinstance(v, list):
        return "; ".join(v)
    return str(v)

def flatten(e):
    row = {}
    for k, v in e.items():
        if k in ("source", "target"):
            for part in ("code", "label", "text"):
                row["%s_%s" % (k, part)] = cell(v and v.get(part))
        elif k in ("location", "counts", "control"):
            for part, x in (v or {}).items():
                row["%s_%s" % (k, part)] = cell(x) if part not in ("lat", "lon") else "%.5f" % x
        elif k == "doc":
            known = ("id", "title", "date", "outlet", "url", "credits")
            for part in known:
                row["doc_" + part] = cell(v.get(part))
            extra = {x: y for x, y in v.items() if x not in known}
            row["doc_extra"] = json.dumps(extra, sort_keys=True) if extra else ""
        else:
            row[k] = cell(v)
    return row

for fmt, delim in (("csv", ","), ("tsv", "\t")):
    with open(os.path.join(tmp, "out." + fmt), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=delim, quoting=csv.QUOTE_NONE if delim == "\t" else csv.QUOTE_MINIMAL))
    check(len(rows) == len(events), "%s has one row per event (%d vs %d)" % (fmt, len(rows), len(events)))
    bad = []
    for e, r in zip(events, rows):
        want = flatten(e)
        if r.get("doc_extra"):
            r["doc_extra"] = json.dumps(json.loads(r["doc_extra"]), sort_keys=True)
        for col, v in want.items():
            if fmt == "tsv":
                v = v.replace("\t", " ").replace("\n", " ")
            if col.split("_")[0] in ("location", "control") and col not in r:
                continue
            if r.get(col, "<missing>") != v:
                bad.append((e["event_id"], col, v, r.get(col, "<missing>")))
        if set(r) - set(want) - {c for c in r if c.split("_")[0] in ("location", "control")}:
            bad.append((e["event_id"], "columns", sorted(set(r) - set(want)), ""))
    check(not bad, "%s carries the JSON's value in every column%s" % (fmt, (": first difference %r" % (bad[0],)) if bad else ""))

coll = json.load(open(os.path.join(tmp, "out.geojson"), encoding="utf-8"))
seq = lines(os.path.join(tmp, "out.geojsonl"))
check(coll.get("type") == "FeatureCollection" and coll["features"] == seq,
      "the GeoJSON collection holds the same features as the feature-a-line output")
check([f["properties"] for f in seq] == events, "each Feature's properties are the JSON line")
placed = [f for f in seq if f["geometry"]]
check(placed and all(f["geometry"]["coordinates"] == [f["properties"]["location"]["lon"], f["properties"]["location"]["lat"]] for f in placed),
      "a Feature's point is the event's lon, lat")

ids = [e["event_id"] for e in events]
check(len(set(ids)) == len(ids), "event ids are unique (%d events, %d ids)" % (len(ids), len(set(ids))))
check(ids == [e["event_id"] for e in lines(os.path.join(tmp, "again.jsonl"))], "a second run gives the same event ids")
check(ids == [e["event_id"] for e in lines(os.path.join(tmp, "j2.jsonl"))], "-j 2 gives the same event ids as -j 1")

known = {d["id"]: d["known_killed"] for d in lines(tolls)}
summed = {d: 0 for d in known}
for e in events:
    if e["id"] in known and not e["headline"] and e["counts"]["killed"] is not None:
        summed[e["id"]] += e["counts"]["killed"]
check(summed == known, "summed killed per document equals the known tolls: %s" % {d: (summed[d], known[d]) for d in known if summed[d] != known[d]})

if not int(os.environ.get("SKIPPED", "0")):
    heads = [e for e in events if e["headline"]]
    check(any("Palmyra" in e["text"] for e in heads), "the seed's title events are flagged headline")
print("%d passed, %d failed%s" % (passed, failed, ", 1 skipped" if int(os.environ.get("SKIPPED", "0")) else ""))
sys.exit(1 if failed else 0)
PY
