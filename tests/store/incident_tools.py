#!/usr/bin/env python3
"""Helpers for tests/store/test_incidents.sh.

    incident_tools.py shuffle SEED IN OUT      events grouped by document, documents shuffled
    incident_tools.py split IN DIR             one file of events per document (DIR/0000.jsonl ...)
    incident_tools.py dump DB                  the store's incidents and event links, sorted"""
import json
import os
import random
import sqlite3
import sys


def docs(path):
    out, order = {}, []
    for line in open(path):
        if not line.strip():
            continue
        ev = json.loads(line)
        key = ev.get("doc", {}).get("id") or ev.get("id")
        if key not in out:
            out[key] = []
            order.append(key)
        out[key].append(line)
    return [out[k] for k in order]


def main():
    cmd = sys.argv[1]
    if cmd == "shuffle":
        d = docs(sys.argv[3])
        random.Random(int(sys.argv[2])).shuffle(d)
        with open(sys.argv[4], "w") as f:
            for lines in d:
                f.writelines(lines)
    elif cmd == "split":
        os.makedirs(sys.argv[3], exist_ok=True)
        for i, lines in enumerate(docs(sys.argv[2])):
            with open(os.path.join(sys.argv[3], "%04d.jsonl" % i), "w") as f:
                f.writelines(lines)
    elif cmd == "dump":
        db = sqlite3.connect(sys.argv[2])
        for row in db.execute("SELECT * FROM incidents ORDER BY id"):
            print("|".join("" if v is None else str(v) for v in row))
        for row in db.execute("SELECT event_id, incident FROM events ORDER BY event_id"):
            print("%s %s" % row)
        n = db.execute("SELECT count(*) FROM events WHERE incident IS NULL").fetchone()[0]
        print("unlinked %d" % n)


main()
