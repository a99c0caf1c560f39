#!/usr/bin/env python3
"""Dense synthetic coded events for the incident tests: a few towns shelled
by a few sides day after day for two months, told by several outlets with
day, "overnight", document, month and no dates, tolls near and far, and
reports with no place or only a country; so that incidents chain, split
by day and draw vague reports in. One JSON line per event, grouped by
document, as `palmyra code` writes them (the fields ingest --coded reads).

    dense_events.py SEED N_DOCS [DAYS] > events.jsonl   (DAYS: 60)"""
import json
import random
import sys
from datetime import date, timedelta

seed, n_docs = int(sys.argv[1]), int(sys.argv[2])
days = int(sys.argv[3]) if len(sys.argv) > 3 else 60
rng = random.Random(seed)
towns = [("Town A", 1001, 34.50, 38.20), ("Town B", 1002, 34.60, 38.35),
         ("Town C", 1003, 35.40, 38.90), ("Town D", 1004, 36.20, 37.10)]
sides = ["SYRMIL", "SYRREB", "IMGMUSISI", "RUSMIL"]
codes = ["190", "193", "195", "183", "112", "042"]
outlets = ["Reuters", "AFP", "AP", "SANA", "BBC", None]
day0 = date(2016, 3, 1)
n = 0
for d in range(n_docs):
    doc_day = day0 + timedelta(days=rng.randrange(days))
    outlet = rng.choice(outlets)
    doc = {"id": "dense-%04d" % d, "title": None, "date": doc_day.isoformat(),
           "outlet": outlet, "url": None, "credits": []}
    for s in range(rng.randrange(1, 5)):
        n += 1
        back = rng.choice([0, 0, 1, 1, 2])
        when = doc_day - timedelta(days=back)
        prec = rng.choice(["day", "day", "day", "document", "month", None])
        ev = {"event_id": "%016x" % rng.getrandbits(64), "id": doc["id"], "sentence": s,
              "headline": s == 0 and rng.random() < 0.3,
              "code": rng.choice(codes), "modality": "asserted",
              "source": {"code": rng.choice(sides + ["---"]), "label": None, "text": "x"},
              "target": {"code": rng.choice(sides + [None]), "label": None, "text": "y"},
              "text": "Sentence %d of %s." % (s, doc["id"]), "doc": doc}
        ev["root"] = ev["code"][:2]
        if prec == "day":
            ev["date"], ev["date_precision"] = when.isoformat(), "day"
            ev["date_text"] = rng.choice(["on Tuesday", "overnight", "on Monday"])
        elif prec == "document":
            ev["date"], ev["date_precision"] = doc_day.isoformat(), "document"
        elif prec == "month":
            ev["date"], ev["date_precision"] = when.strftime("%Y-%m"), "month"
        r = rng.random()
        if r < 0.7:
            name, gid, lat, lon = rng.choice(towns)
            ev["location"] = {"name": name, "geonameid": gid, "country": "SYR",
                              "admin1": "Homs", "lat": lat, "lon": lon,
                              "precision": "city", "text": name, "fallback": None}
        elif r < 0.85:
            ev["location"] = {"name": "Syria", "geonameid": None, "country": "SYR",
                              "admin1": None, "lat": 35.0, "lon": 38.0,
                              "precision": "country", "text": "Syria", "fallback": None}
        if rng.random() < 0.3:
            ev["counts"] = {"killed": rng.choice([3, 5, 12, 14, 40, 100])}
        if rng.random() < 0.2:
            ev["attribution"] = [rng.choice(["state media", "a monitoring group"])]
        print(json.dumps(ev))
