#!/usr/bin/env python3
"""How far a second human coder agrees with a news set's coder, and which of
Palmyra's misses a human finds.

usage: coder_agreement.py SET.jsonl SECOND.jsonl [EVENTS.jsonl] [--country] [--list]

SET.jsonl: a hand-coded news set (tests/data/news/*.jsonl). SECOND.jsonl: the
same sentences coded again by someone who never saw the set's events, one
{"id", "events": [{"source", "target", "code"}]} a line
(tests/data/news/second/). EVENTS.jsonl (optional): `palmyra code`
output for the set.

The second coder is scored exactly as Palmyra is (score_news.py's matching:
the same root, actor codes that start with the set's; --country cuts the
set's codes to their first three letters). Its F1 is what a careful human
reaches under the same written conventions: a ceiling for any coder judged
against one writer's choices. With EVENTS.jsonl, each of the set's events
is put in one of four bins: found by both, by Palmyra only, by the human
only (Palmyra's own errors, worth fixing), by neither (a convention of the
set's writer, or a hard case). --list prints the "human only" events, each
with its sentence and what Palmyra coded there.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_news  # noqa: E402


def as_output(rows):
    """The second coder's events in the shape `palmyra code` writes."""
    out = []
    for row in rows:
        for e in row.get("events") or []:
            out.append({"id": row["id"], "code": e.get("code") or "",
                        "source": {"code": e.get("source") or ""},
                        "target": {"code": e.get("target") or ""},
                        "modality": "asserted"})
    return out


def cut(sentences):
    for s in sentences:
        for e in s["events"]:
            for k in ("source", "target"):
                if e.get(k):
                    e[k] = e[k][:3]


def found(by_id, sid, exp):
    return any(score_news.matches(exp, o) for o in by_id.get(sid, []))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        print(__doc__)
        return 2
    sentences = score_news.read_jsonl(args[0])
    if "--country" in argv:
        cut(sentences)
    human = score_news.output_events(as_output(score_news.read_jsonl(args[1])))
    tp, fp, fn = score_news.score(sentences, human, False)
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r, f = score_news.prf(T, F, N)
    print(f"second coder against the set: P {p:.2f} R {r:.2f} F1 {f:.2f} "
          f"({T} of {T + N} events, {T + F} coded)")
    for root in sorted(set(tp) | set(fp) | set(fn)):
        rp, rr, rf = score_news.prf(tp[root], fp[root], fn[root])
        print(f"  root {root}: P {rp:.2f} R {rr:.2f} F1 {rf:.2f}")
    if len(args) > 2:
        palmyra = score_news.output_events(score_news.read_jsonl(args[2]))
        bins = {"both": 0, "palmyra only": 0, "human only": 0, "neither": 0}
        for s in sentences:
            for e in s["events"]:
                a, b = found(palmyra, s["id"], e), found(human, s["id"], e)
                key = "both" if a and b else "palmyra only" if a else \
                      "human only" if b else "neither"
                bins[key] += 1
                if key == "human only" and "--list" in argv:
                    got = [(o["source"], o["target"], o["code"]) for o in palmyra.get(s["id"], [])]
                    print(f"{s['id']} {s.get('text', '')}\n    want {e.get('source')} "
                          f"{e.get('target')} {e['code']}; Palmyra: {got}")
        print("the set's events found by " +
              ", ".join(f"{k} {v}" for k, v in bins.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
