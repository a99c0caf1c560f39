#!/usr/bin/env python3
"""Score a territorial-control timeline against dated probes.

usage: score_control.py PROBES.jsonl SEGMENTS.jsonl [--floor SHARE] [--verbose] [--strict]

PROBES.jsonl: one {"place", "country", "lat", "lon", "on", "holder",
"holder_name"} a line (tests/data/control/*.probes.jsonl): who held the
place on that day. SEGMENTS.jsonl: the timeline, one segment a line as
bench/control_eval writes it ({"place": {"name", "text", "lat", "lon",
...}, "holder", "from", "to", "status", ...}).

A probe holds when a segment for its place (the same name, as the
gazetteer spells it or as the text wrote it, or a point within 30 km)
covers its day (from <= on, or no from: since before the first report;
and to null or on < to) and the segment's holder starts with the probe's
holder. A probe whose holder is "contested" wants a contested segment
covering the day. Dates compare as text, so a from of "2015-05" covers
"2015-05-21".

With --strict, a segment counts only when it is of the probe's own place
(by name or text, or within 10 km) and its holder is the probe's exactly:
"MOZREB" does not answer "MOZ", nor a town 25 km away the probe's town.

Prints the share right overall and per place; --verbose lists every
miss with the segments that cover its day. With --floor, checks the
share against it and ends with 'N passed, N failed'.
"""
import json
import math
import sys
from collections import defaultdict


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError:
                sys.stderr.write(f"{path}:{n}: not JSON, skipped\n")
    return rows


def same_place(probe, seg, within=30):
    p = seg.get("place") or {}
    want = probe["place"].strip().lower()
    for key in ("name", "text"):
        if (p.get(key) or "").strip().lower() == want:
            return True
    lat, lon = p.get("lat"), p.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and "lat" in probe:
        return km(probe["lat"], probe["lon"], lat, lon) <= within
    return False


def covers(seg, on):
    start, end = seg.get("from"), seg.get("to")
    return (not start or str(start) <= on) and (not end or on < str(end))


def right(probe, segments, strict=False):
    here = [s for s in segments
            if same_place(probe, s, 10 if strict else 30) and covers(s, probe["on"])]
    if probe["holder"] == "contested":
        return any(s.get("status") == "contested" for s in here), here
    if strict:
        return any(s.get("holder") == probe["holder"] for s in here), here
    return any((s.get("holder") or "").startswith(probe["holder"]) for s in here), here


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        print(__doc__)
        return 2
    verbose = "--verbose" in sys.argv
    strict = "--strict" in sys.argv
    floor = None
    if "--floor" in sys.argv:
        floor = float(sys.argv[sys.argv.index("--floor") + 1])
        args = [a for a in args if a != sys.argv[sys.argv.index("--floor") + 1]]
    probes = read_jsonl(args[0])
    segments = read_jsonl(args[1])
    per_place = defaultdict(lambda: [0, 0])
    good = 0
    for probe in probes:
        ok, here = right(probe, segments, strict)
        good += ok
        per_place[probe["place"]][0] += ok
        per_place[probe["place"]][1] += 1
        if verbose and not ok:
            got = ", ".join("%s %s..%s %s" % (s.get("holder") or "-", s.get("from"), s.get("to"),
                                             s.get("status")) for s in here) or "no segment"
            print("MISS %s %s want %s: %s" % (probe["place"], probe["on"], probe["holder"], got))
    for place, (g, n) in sorted(per_place.items()):
        print("  %-14s %3d/%-3d" % (place, g, n))
    share = good / len(probes) if probes else 0.0
    print("right %d/%d (%.1f%%)" % (good, len(probes), 100 * share))
    if floor is None:
        return 0
    ok = share >= floor
    print(("ok   " if ok else "FAIL ") + "share %.3f >= floor %.3f" % (share, floor))
    print("%d passed, %d failed" % (int(ok), int(not ok)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
