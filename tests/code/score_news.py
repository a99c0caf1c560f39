#!/usr/bin/env python3
"""Score `palmyra code` JSON lines against the hand-coded news set.

usage: score_news.py SENTENCES.jsonl EVENTS.jsonl [--floor F1] [--verbose] [--errors] [--country]

SENTENCES.jsonl: one {"id", "date", "text", "events": [{"source", "target",
"code"}]} a line (tests/data/news/sentences.jsonl). EVENTS.jsonl: the coder's
output for that file, read by "id".

An output event matches an expected one of the same sentence when the CAMEO
roots agree and each output actor code starts with the expected one; an
expected null actor accepts any (a human coder left it open). Output events
that repeat the same (root, source, target) in one sentence count once: the
coder may find one event through two verbs. Events the coder marks as not
asserted (modality "negated", "future" or "conditional": "threatened to
fire", "could strike") are not reported events and are left out, and so
are records with an empty code (a control statement of a hold or a
denial, which is no action: docs/output.md). Each expected event is matched at
most once.

Prints precision, recall and F1 per root and overall, and per "kind" tag
where the sentences carry them (basic_verb, reported_speech, ...), then the checks
(overall F1 >= the floor) and 'N passed, N failed'. --verbose lists every
miss and every extra event. --errors sorts the errors by kind: a miss is
"wrong_root" when an unmatched output event of the sentence has its actors
but another root, "wrong_actor" when one has its root but other actors, and
"missed" otherwise; an extra paired with no miss that way is "spurious".
--country cuts each expected actor code to its first three letters (its
country, or IGO, NGO, IMG): a set coded down to agents ("USAGOV",
"RUSMIL") is then scored at the level the other sets are coded at.
"""
import json
import sys
from collections import defaultdict


UNASSERTED = ("negated", "future", "conditional")


def code_of(actor):
    if isinstance(actor, dict):
        return (actor.get("code") or "").strip()
    return (actor or "").strip()


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


def agrees(want, got):
    if not want:
        return True
    return got.startswith(want)


def matches(exp, out):
    return (exp["code"][:2] == out["root"] and agrees(exp.get("source"), out["source"])
            and agrees(exp.get("target"), out["target"]))


def output_events(rows):
    """Coder output by sentence id, one entry per distinct (root, source, target)."""
    by_id = defaultdict(list)
    seen = set()
    for ev in rows:
        if ev.get("modality") in UNASSERTED or not str(ev.get("code") or ""):
            continue
        key = (str(ev.get("id")), str(ev.get("code", ""))[:2], code_of(ev.get("source")),
               code_of(ev.get("target")))
        if key in seen:
            continue
        seen.add(key)
        by_id[key[0]].append({"root": key[1], "source": key[2], "target": key[3],
                              "code": str(ev.get("code", ""))})
    return by_id


def score(sentences, by_id, verbose, kinds=None):
    """Counts by root; kinds (when given) receives the same counts by each
    of a sentence's "kind" tags."""
    tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
    for s in sentences:
        outs = list(by_id.get(s["id"], []))
        for exp in s["events"]:
            root = exp["code"][:2]
            hit = next((o for o in outs if matches(exp, o)), None)
            for k in (s.get("kind") or []) if kinds is not None else []:
                kinds[k]["tp" if hit else "fn"] += 1
            if hit:
                outs.remove(hit)
                tp[root] += 1
            else:
                fn[root] += 1
                if verbose:
                    print(f"MISS  {s['id']} {exp.get('source')} {exp.get('target')} {exp['code']}: {s['text']}")
        for o in outs:
            fp[o["root"]] += 1
            for k in (s.get("kind") or []) if kinds is not None else []:
                kinds[k]["fp"] += 1
            if verbose:
                print(f"EXTRA {s['id']} {o['source'] or '-'} {o['target'] or '-'} {o['code']}: {s['text']}")
    return tp, fp, fn


def paired_errors(sentences, by_id):
    """Each error of a set: (sentence, expected, output, how) for a miss,
    where how is wrong_root (the actors agree), wrong_actor (the root
    agrees; output is the event it pairs with) or missed (output None);
    (sentence, None, output, "spurious") for an output event no miss pairs
    with."""
    for s in sentences:
        outs = list(by_id.get(s["id"], []))
        misses = []
        for exp in s["events"]:
            hit = next((o for o in outs if matches(exp, o)), None)
            if hit:
                outs.remove(hit)
            else:
                misses.append(exp)
        for exp in misses:
            same_actors = next((o for o in outs if agrees(exp.get("source"), o["source"])
                                and agrees(exp.get("target"), o["target"])), None)
            same_root = next((o for o in outs if o["root"] == exp["code"][:2]), None)
            pair = same_actors or same_root
            if pair:
                outs.remove(pair)
            yield s, exp, pair, "wrong_root" if same_actors else \
                "wrong_actor" if same_root else "missed"
        for o in outs:
            yield s, None, o, "spurious"


def error_kinds(sentences, by_id):
    """Count the misses and extras by kind of error (see --errors)."""
    counts = defaultdict(int)
    for _, _, _, how in paired_errors(sentences, by_id):
        counts[how] += 1
    return counts


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        print(__doc__)
        return 2
    floor = 0.0
    if "--floor" in argv:
        floor = float(argv[argv.index("--floor") + 1])
        args = [a for a in args if a != argv[argv.index("--floor") + 1]]
    verbose = "--verbose" in argv
    sentences = read_jsonl(args[0])
    if "--country" in argv:
        for s in sentences:
            for e in s["events"]:
                for k in ("source", "target"):
                    if e.get(k):
                        e[k] = e[k][:3]
    by_id = output_events(read_jsonl(args[1]))
    kinds = defaultdict(lambda: defaultdict(int))
    tp, fp, fn = score(sentences, by_id, verbose, kinds)

    print(f"{'root':<6}{'exp':>5}{'out':>5}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}")
    roots = sorted(set(tp) | set(fp) | set(fn))
    for r in roots:
        p, rc, f = prf(tp[r], fp[r], fn[r])
        print(f"{r:<6}{tp[r] + fn[r]:>5}{tp[r] + fp[r]:>5}{tp[r]:>5}{p:>7.2f}{rc:>7.2f}{f:>7.2f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, rc, f = prf(T, F, N)
    print(f"{'all':<6}{T + N:>5}{T + F:>5}{T:>5}{p:>7.2f}{rc:>7.2f}{f:>7.2f}")
    if kinds:
        print(f"{'kind':<22}{'exp':>5}{'out':>5}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}")
        for k in sorted(kinds):
            c = kinds[k]
            p, rc, f1 = prf(c["tp"], c["fp"], c["fn"])
            print(f"{k:<22}{c['tp'] + c['fn']:>5}{c['tp'] + c['fp']:>5}{c['tp']:>5}{p:>7.2f}{rc:>7.2f}{f1:>7.2f}")
    if "--errors" in argv:
        print("error        count")
        for k, n in sorted(error_kinds(sentences, by_id).items()):
            print(f"{k:<12}{n:>6}")
    empty = [s for s in sentences if not s["events"]]
    quiet = sum(1 for s in empty if not by_id.get(s["id"]))
    print(f"sentences without events left uncoded: {quiet} of {len(empty)}")

    passed = failed = 0
    ok = f >= floor
    print(("ok   " if ok else "FAIL ") + f"overall F1 {f:.3f} >= floor {floor:.3f}")
    passed, failed = passed + ok, failed + (not ok)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
