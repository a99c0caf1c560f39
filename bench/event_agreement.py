#!/usr/bin/env python3
"""Share of sentences whose event sets agree between two palmyra outputs.

usage: event_agreement.py RECORDS.xml A.jsonl B.jsonl

A sentence's event set is its set of (source code, target code, event code);
sentences are the <Sentence> records of the XML file (an empty set counts
too). Prints the agreement over all sentences, over those where either side
codes something, and over the records whose <Text> says what their <Parse>
says (some sample records were edited in one and not the other, so text
and tree code different sentences); lists the sentences that differ with
--list.
"""
import json
import re
import sys


def events(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        key = ((e.get("source") or {}).get("code"), (e.get("target") or {}).get("code"), e["code"])
        out.setdefault(e["id"], set()).add(key)
    return out


def consistent_ids(src):
    """Records whose text has the parse's words (or no text at all)."""
    norm = lambda s: re.sub(r"[^a-z0-9]", "", s.replace("-LRB-", "(").replace("-RRB-", ")").lower())
    out = set()
    for m in re.finditer(r'<Sentence\b[^>]*\bid\s*=\s*"([^"]*)".*?<Text>(.*?)</Text>.*?<Parse>(.*?)</Parse>', src, re.S):
        rid, text, parse = m.groups()
        words = " ".join(w for w in re.findall(r"\([^\s()]+ ([^\s()]+)\)", parse))
        if not text.strip() or norm(text) == norm(words):
            out.add(rid)
    return out


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    src = open(sys.argv[1], encoding="utf-8").read()
    ids = re.findall(r'<Sentence\b[^>]*\bid\s*=\s*"([^"]*)"', src)
    a, b = events(sys.argv[2]), events(sys.argv[3])
    same = [i for i in ids if a.get(i, set()) == b.get(i, set())]
    coded = [i for i in ids if a.get(i) or b.get(i)]
    same_coded = [i for i in coded if a.get(i, set()) == b.get(i, set())]
    print(f"{len(same)}/{len(ids)} sentences ({100 * len(same) / max(1, len(ids)):.1f}%) have the same event set;"
          f" {len(same_coded)}/{len(coded)} ({100 * len(same_coded) / max(1, len(coded)):.1f}%) of those coded by either")
    ok = consistent_ids(src)
    kept = [i for i in ids if i in ok]
    same_kept = [i for i in kept if a.get(i, set()) == b.get(i, set())]
    print(f"{len(same_kept)}/{len(kept)} ({100 * len(same_kept) / max(1, len(kept)):.1f}%) of the records whose text matches their parse")
    if "--list" in sys.argv:
        for i in ids:
            if a.get(i, set()) != b.get(i, set()):
                print(i, sorted(map(str, a.get(i, set()))), "|", sorted(map(str, b.get(i, set()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
