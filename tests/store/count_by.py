#!/usr/bin/env python3
"""Counts of events from `palmyra code` JSON lines, as `palmyra query
--count-by KEYS -f csv` writes them from a store of the same documents: a
check on the store's grouping that shares none of its code.

usage: count_by.py KEYS EVENTS.jsonl > counts.csv

KEYS: comma-separated day, week, month, year, country, admin1, place, root,
code, source, target, outlet. Headline events are left out; an event
counts in the period of the first day its date stands for ("2016-03" in
March's first day and week; weeks are named by their Monday); rows are
sorted by their keys, empty (unknown) values last."""
import csv
import datetime
import json
import sys

KINDS = ["killed", "wounded", "arrested", "displaced", "strikes", "casualties"]


def first_day(date):
    parts = [int(x) for x in date.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def key(e, name):
    loc = e["location"] or {}
    if name in ("day", "week", "month", "year"):
        if not e["date"]:
            return None
        d = first_day(e["date"])
        if name == "week":
            d -= datetime.timedelta(days=d.weekday())
        return d.isoformat()[: {"day": 10, "week": 10, "month": 7, "year": 4}[name]]
    if name in ("country", "admin1"):
        return loc.get(name)
    if name == "place":
        return loc.get("name")
    if name in ("source", "target"):
        return (e[name] or {}).get("code")
    if name == "outlet":
        return e["doc"]["outlet"]
    return e[name]


def main():
    keys = sys.argv[1].split(",")
    groups = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        if not line.strip():
            continue
        e = json.loads(line)
        if e["headline"]:
            continue
        k = tuple(key(e, n) for n in keys)
        g = groups.setdefault(k, [0] + [0] * len(KINDS))
        g[0] += 1
        for i, kind in enumerate(KINDS):
            g[i + 1] += e["counts"][kind] or 0
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(keys + ["events"] + KINDS)
    order = lambda k: [(v is None, v or "") for v in k]
    for k in sorted(groups, key=order):
        out.writerow([v if v is not None else "" for v in k] + groups[k])


main()
