#!/usr/bin/env python3
"""Date errors of coded events against a gold file's sentence dates, by the
class of date words the sentence holds (a sentence with several counts in
each). An event's date is right when its day is the gold day, or when its
month or year (a week is written as its month) holds the gold day; a
document-precision date is right only when the document's day is the
gold day.

usage: date_errors.py GOLD.jsonl EVENTS.jsonl [--list CLASS]
"""
import json
import re
import sys
from collections import Counter, defaultdict

WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
CLASSES = [
    ("last/this week", r"\b(?:last|this|earlier this|past|previous) week\b"),
    ("weekend", r"\b(?:over|at|during) the weekend\b|\b(?:last|this) weekend\b|\bweekend's\b"),
    ("N days/weeks earlier/later", r"\b(?:a|one|two|three|four|five|six|\d+) (?:day|days|week|weeks) (?:earlier|later|before|after)\b"),
    ("the day before/previous/following day", r"\bthe (?:day before|previous day|following day|next day|day after|eve of)\b"),
    ("N ago", r"\b(?:a|an|one|two|three|four|five|six|\d+) (?:day|days|week|weeks|month|months|year|years) ago\b"),
    ("last/earlier this month", r"\b(?:last|this|earlier this|previous) month\b"),
    ("last year", r"\b(?:late |early )?(?:last|this) year\b"),
    ("since weekday", r"\bsince " + WD),
    ("last weekday", r"\blast " + WD),
    ("weekday", r"\b" + WD + r"\b"),
    ("month without year", r"\b" + MON + r"\b(?!,? \d{4})"),
    ("yesterday/overnight/last night", r"\b(?:yesterday|overnight|last night|today|tonight)\b"),
]


def classes_of(text):
    out = [name for name, rx in CLASSES if re.search(rx, text, re.I if name not in ("weekday", "last weekday", "since weekday", "month without year") else 0)]
    return out or ["no date words"]


def right(ev, gold):
    d, p = ev.get("date") or "", ev.get("date_precision")
    if p == "document":
        return d == gold, "document"
    if p == "day":
        return d == gold, "day"
    return gold.startswith(d), p


def main():
    gold_path, ev_path = sys.argv[1], sys.argv[2]
    want = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--list" else None
    gold = {}
    for line in open(gold_path):
        g = json.loads(line)
        if g.get("date"):
            gold[(g["doc"], g["sentence"].strip())] = g["date"]
    tot, bad = Counter(), Counter()
    shown = defaultdict(list)
    for line in open(ev_path):
        ev = json.loads(line)
        key = (ev["id"], (ev.get("text") or "").strip())
        if key not in gold:
            continue
        ok, _ = right(ev, gold[key])
        for cl in classes_of(key[1]):
            tot[cl] += 1
            if not ok:
                bad[cl] += 1
                shown[cl].append((gold[key], ev.get("date"), ev.get("date_precision"), ev.get("date_text"), ev["doc"]["date"], key[1][:160]))
    tot_all = sum(1 for _ in open(ev_path))
    print("%-40s %6s %6s" % ("class", "events", "wrong"))
    for name, _ in CLASSES + [("no date words", "")]:
        if tot[name]:
            print("%-40s %6d %6d" % (name, tot[name], bad[name]))
    if want:
        for row in shown[want]:
            print(" gold %s got %s (%s, %r) doc %s | %s" % row)


if __name__ == "__main__":
    main()
