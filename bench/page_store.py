#!/usr/bin/env python3
"""Synthetic coded events for the page benchmark: N event lines (as
`palmyra code` writes them) for `palmyra ingest --coded`, told once each,
at 400 places (20 countries' codes, each around a random centre) over
five years, so that nearly every event is an incident of its own (the
linker joins only the few that share a root, a day and a town: 105,000
events make 100,209 incidents). Seeded: every run writes the same lines.

usage: page_store.py N > events.jsonl"""
import json
import time
import random
import sys

ROOTS = [("190", "use conventional military force", 4), ("193", "fight with small arms and light weapons", 4),
         ("195", "employ aerial weapons", 4), ("183", "conduct suicide, car, or other non-military bombing", 4),
         ("173", "arrest, detain, or charge with legal action", 4), ("112", "accuse", 3),
         ("138", "threaten to use military force", 3), ("141", "demonstrate or rally", 3),
         ("042", "make a visit", 1), ("036", "express intent to meet or negotiate", 1),
         ("057", "sign formal agreement", 1), ("073", "provide humanitarian aid", 2)]
COUNTRIES = ["SYR", "IRQ", "AFG", "YEM", "LBY", "MLI", "NGA", "SOM", "SDN", "UKR",
             "COD", "CAF", "BFA", "NER", "PAK", "MMR", "ETH", "SSD", "MOZ", "CMR"]
ACTORS = ["MIL", "REB", "GOV", "COP", "CVL", "INS"]


def main():
    n = int(sys.argv[1])
    rng = random.Random(7)
    places = []
    for c, country in enumerate(COUNTRIES):
        lat0, lon0 = rng.uniform(-10, 45), rng.uniform(-15, 100)
        for k in range(20):
            places.append({"name": f"Town {country} {k}", "geonameid": 9000000 + c * 100 + k,
                           "country": country, "admin1": f"Province {k % 4}",
                           "lat": round(lat0 + rng.uniform(-4, 4), 5), "lon": round(lon0 + rng.uniform(-4, 4), 5),
                           "precision": "city", "text": f"Town {k}", "fallback": None, "ambiguous": False})
    out = sys.stdout
    for i in range(n):
        code, label, quad = rng.choice(ROOTS)
        place = places[int(len(places) * rng.random() ** 1.5)]
        day = 16436 + rng.randrange(5 * 365)   # days since 1970: 2015-01-01 on
        date = "%04d-%02d-%02d" % time.gmtime(day * 86400)[:3]
        src = place["country"] + rng.choice(ACTORS)
        tgt = place["country"] + rng.choice(ACTORS)
        doc = f"page-{i // 3:06d}"
        event = {
            "event_id": "%016x" % rng.getrandbits(64), "incident": None, "id": doc, "sentence": i % 3,
            "headline": False, "date": date, "date_precision": "day", "date_text": None,
            "source": {"code": src, "label": src, "text": src}, "target": {"code": tgt, "label": tgt, "text": tgt},
            "code": code, "code_label": label, "root": code[:2], "quad": quad, "goldstein": -5.0,
            "plover": None, "modality": "asserted", "location": place, "attribution": ["officials"],
            "counts": {}, "text": f"Event {i}: {label} in {place['name']}.",
            "doc": {"id": doc, "title": f"Report {i // 3}", "date": date, "outlet": f"Outlet {i % 7}",
                    "url": None, "credits": []},
        }
        out.write(json.dumps(event, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
