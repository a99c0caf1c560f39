#!/usr/bin/env python3
"""Sort the errors of `palmyra code` on hand-coded news sets into classes.

usage: error_classes.py SET.jsonl OUT.jsonl [SET2.jsonl OUT2.jsonl ...]

Pairs misses with output events as score_news.py --errors does, then gives
each error one class, counted overall and by CAMEO root:

  wrong root: kind of force    the actors agree, both roots are 17-20
  wrong root: other            the actors agree, the roots differ otherwise
  actor without country        the root agrees, an actor that differs has
                               no country ("---MIL", none)
  wrong actor: source/target/both sides
                               the root agrees, a coded actor differs
  missed: nothing coded        the sentence gave no event at all
  missed: agentless/passive/nominal, missed: reported speech,
  missed: time word            nothing near it, in a sentence tagged so
  missed: second event         nothing near it in a sentence that gave
                               other events
  spurious: actor without country / spurious: other
                               an output event no miss pairs with

Unasserted events are left out, as the scorer does.
"""
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_news import agrees, output_events, paired_errors, read_jsonl  # noqa: E402

FORCE = {"17", "18", "19", "20"}


def no_country(code):
    return not code or code.startswith("---")


def miss_class(exp, pair, how, sentence, coded):
    if how == "wrong_root":
        if exp["code"][:2] in FORCE and pair["root"] in FORCE:
            return "wrong root: kind of force (17-20)"
        return "wrong root: other"
    if how == "wrong_actor":
        bad_s = not agrees(exp.get("source"), pair["source"])
        bad_t = not agrees(exp.get("target"), pair["target"])
        if (bad_s and no_country(pair["source"])) or (bad_t and no_country(pair["target"])):
            return "actor without country"
        if bad_s and bad_t:
            return "wrong actor: both sides"
        return "wrong actor: source" if bad_s else "wrong actor: target"
    kinds = set(sentence.get("kind") or [])
    if not coded:
        return "missed: nothing coded in sentence"
    if kinds & {"agentless", "passive", "nominal"}:
        return "missed: agentless/passive/nominal"
    if "reported_speech" in kinds:
        return "missed: reported speech"
    if "time_word" in kinds:
        return "missed: time word"
    return "missed: second event of a coded sentence"


def classes(sentences, by_id):
    """(class, root) for every error of a set."""
    coded = {s["id"] for s in sentences if by_id.get(s["id"])}
    rows = []
    for s, exp, o, how in paired_errors(sentences, by_id):
        if exp is not None:
            rows.append((miss_class(exp, o, how, s, s["id"] in coded), exp["code"][:2]))
            continue
        kind = "actor without country" if no_country(o["source"]) or no_country(o["target"]) \
            else "other"
        rows.append(("spurious: " + kind, o["root"] or "--"))
    return rows


def main(argv):
    if len(argv) < 3 or len(argv) % 2 == 0:
        print(__doc__)
        return 2
    total, by_root = Counter(), defaultdict(Counter)
    for set_path, out_path in zip(argv[1::2], argv[2::2]):
        for cls, root in classes(read_jsonl(set_path), output_events(read_jsonl(out_path))):
            total[cls] += 1
            by_root[cls][root] += 1
    print(f"{'class':<42}{'n':>4}  by root")
    for cls, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        roots = " ".join(f"{r}:{c}" for r, c in sorted(by_root[cls].items()))
        print(f"{cls:<42}{n:>4}  {roots}")
    print(f"{'all':<42}{sum(total.values()):>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
