#!/usr/bin/env python3
"""Score incident linking against gold clusters of report sentences.

usage: score_incidents.py GOLD.jsonl EVENTS.jsonl [--docs DOCS.jsonl
       --incidents INCIDENTS.jsonl] [--floor F] [--verbose]

GOLD.jsonl: one {"doc", "sentence", "incident"} a line
(tests/data/incidents/*.gold.jsonl): each report sentence and the label of
the happening it reports. EVENTS.jsonl: events with "id" (the document),
"text" (the sentence) and "incident" (the incident id Palmyra linked it to).

A gold sentence's predicted cluster is the incident most of its events
carry. A sentence with no event takes the incident whose "evidence" lists
it (INCIDENTS.jsonl, given with --incidents: the sentences Palmyra says
tell an incident without an event of their own, {"id", "sentence",
"text"}; when several do, the one with most reports); one no incident
lists is a cluster of its own (a miss costs recall). "with an event"
counts the sentences with an event of their own; "linking alone" is
scored over those only, as before evidence. Prints pairwise precision, recall and F1 over pairs of gold
sentences, and B-cubed F1. With --docs and --incidents (incident lines with
"incident" and "n_outlets"), also the share of gold incidents whose
predicted incident (the one most of its coded sentences are in) names the
right number of distinct outlets; and the same over the outlets with a
coded sentence only (linking alone). --verbose adds how the errors
split (pairs split against merged, n_outlets too low against too high)
and lists each split and merged gold incident. Closing
line: 'N passed, N failed' (pairwise F1 and B-cubed F1 >= the floor).
"""
import json
import re
import sys
from collections import Counter, defaultdict


def squash(s):
    return re.sub(r"\s+", " ", s or "").strip()


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def evidence_of(inc_path):
    """document -> [(rank, squashed sentence, incident)] of every incident's
    evidence; rank orders the incidents by most reports, then id."""
    by_doc = defaultdict(list)
    for inc in read_jsonl(inc_path):
        for ev in inc.get("evidence") or []:
            rank = (-(inc.get("n_reports") or 0), inc["incident"])
            by_doc[ev.get("id")].append((rank, squash(ev.get("text")), inc["incident"]))
    return by_doc


def from_evidence(gold, pred, evidence):
    """The gold sentences with no event that an incident's evidence lists
    take that incident (the sentence matched as events' are: the same
    text, or one holding the other, as a lead read without its dateline)."""
    out, n = [], 0
    for g, p in zip(gold, pred):
        inc = None
        if p.startswith("missed-"):
            want = squash(g["sentence"])
            found = sorted((r, i) for r, text, i in evidence.get(g["doc"], [])
                           if text == want or want in text or text in want)
            inc = found[0][1] if found else None
        n += inc is not None
        out.append(inc or p)
    return out, n


def predicted_labels(gold, events):
    by_doc = defaultdict(list)
    for e in events:
        by_doc[e.get("id")].append(e)
    pred, misses = [], 0
    for i, g in enumerate(gold):
        want = squash(g["sentence"])
        labels = [e.get("incident") for e in by_doc.get(g["doc"], [])
                  if e.get("incident") and (squash(e.get("text")) == want or
                                            want in squash(e.get("text")) or
                                            squash(e.get("text")) in want)]
        if labels:
            pred.append(Counter(labels).most_common(1)[0][0])
        else:
            pred.append("missed-%d" % i)
            misses += 1
    return pred, misses


def pairwise(gold_labels, pred_labels):
    tp = fp = fn = 0
    n = len(gold_labels)
    for i in range(n):
        for j in range(i + 1, n):
            same_g = gold_labels[i] == gold_labels[j]
            same_p = pred_labels[i] == pred_labels[j]
            tp += same_g and same_p
            fp += same_p and not same_g
            fn += same_g and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bcubed(gold_labels, pred_labels):
    g_members, p_members = defaultdict(set), defaultdict(set)
    for i, (g, p) in enumerate(zip(gold_labels, pred_labels)):
        g_members[g].add(i)
        p_members[p].add(i)
    n = len(gold_labels)
    prec = sum(len(g_members[gold_labels[i]] & p_members[pred_labels[i]]) / len(p_members[pred_labels[i]]) for i in range(n)) / n
    rec = sum(len(g_members[gold_labels[i]] & p_members[pred_labels[i]]) / len(g_members[gold_labels[i]]) for i in range(n)) / n
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def linked_to(labels):
    """The incident most of a happening's coded sentences went to; a
    sentence without an event names no incident, so it does not vote
    (else a missed headline beside a linked lead would count as no
    incident at all)."""
    linked = [x for x in labels if not x.startswith("missed-")]
    return Counter(linked).most_common(1)[0][0] if linked else None


def outlet_share(gold, pred, docs_path, inc_path, coded_only=False):
    """With coded_only, over the sentences with an event alone: the outlets
    that told it in a sentence the coder found an event in, against the
    incident most of those sentences are in (what linking can get right
    whatever the coder misses)."""
    outlet = {d["id"]: d.get("outlet") or d.get("source") or d["id"] for d in read_jsonl(docs_path)}
    n_outlets = {i["incident"]: i.get("n_outlets") for i in read_jsonl(inc_path)}
    gold_outlets, votes = defaultdict(set), defaultdict(list)
    for g, p in zip(gold, pred):
        if coded_only and p.startswith("missed-"):
            continue
        gold_outlets[g["incident"]].add(outlet.get(g["doc"], g["doc"]))
        votes[g["incident"]].append(p)
    right = sum(1 for inc, outs in gold_outlets.items()
                if n_outlets.get(linked_to(votes[inc])) == len(outs))
    return right, len(gold_outlets)


def error_kinds(gold, pred, opts):
    """How the errors split: pairs of one happening in two clusters (and
    how many of those hold a sentence with no event that no incident's
    evidence lists), pairs of two happenings in one; with --docs and
    --incidents, gold incidents whose n_outlets is too low (none: no
    incident) or too high."""
    split = missed = merged = 0
    for i in range(len(gold)):
        for j in range(i + 1, len(gold)):
            same_g = gold[i]["incident"] == gold[j]["incident"]
            same_p = pred[i] == pred[j]
            if same_g and not same_p:
                split += 1
                missed += pred[i].startswith("missed-") or pred[j].startswith("missed-")
            merged += same_p and not same_g
    out = "pairs split %d (with a sentence no incident holds %d), pairs merged %d" % (split, missed, merged)
    if "--docs" in opts and "--incidents" in opts:
        outlet = {d["id"]: d.get("outlet") or d.get("source") or d["id"] for d in read_jsonl(opts["--docs"])}
        n_outlets = {i["incident"]: i.get("n_outlets") for i in read_jsonl(opts["--incidents"])}
        outs, votes = defaultdict(set), defaultdict(list)
        for g, p in zip(gold, pred):
            outs[g["incident"]].add(outlet.get(g["doc"], g["doc"]))
            votes[g["incident"]].append(p)
        low = none = high = 0
        for happening, o in outs.items():
            k = n_outlets.get(linked_to(votes[happening]))
            none += k is None
            low += k is not None and k < len(o)
            high += k is not None and k > len(o)
        out += "; n_outlets too low %d (no incident %d), too high %d" % (low + none, none, high)
    return out


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    opts = {a: argv[argv.index(a) + 1] for a in ("--docs", "--incidents", "--floor") if a in argv}
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold = read_jsonl(args[0])
    for k in ("--docs", "--incidents", "--floor"):
        if k in opts:
            args.remove(opts[k]) if opts[k] in args else None
    events = read_jsonl(args[1])
    coded_pred, misses = predicted_labels(gold, events)
    pred, n_evidence = coded_pred, 0
    if "--incidents" in opts:
        pred, n_evidence = from_evidence(gold, coded_pred, evidence_of(opts["--incidents"]))
    gl = [g["incident"] for g in gold]
    p, r, f = pairwise(gl, pred)
    bp, br, bf = bcubed(gl, pred)
    print("report sentences %d, with an event %d (%.1f%%), gold incidents %d, predicted clusters %d"
          % (len(gold), len(gold) - misses, 100.0 * (len(gold) - misses) / len(gold), len(set(gl)), len(set(pred))))
    if "--incidents" in opts:
        print("sentences with no event an incident's evidence lists: %d of %d" % (n_evidence, misses))
    print("pairwise P %.3f R %.3f F1 %.3f" % (p, r, f))
    print("B-cubed  P %.3f R %.3f F1 %.3f" % (bp, br, bf))
    coded = [i for i, x in enumerate(coded_pred) if not x.startswith("missed-")]
    if coded:
        cp, cr, cf = pairwise([gl[i] for i in coded], [coded_pred[i] for i in coded])
        cbp, cbr, cbf = bcubed([gl[i] for i in coded], [coded_pred[i] for i in coded])
        print("linking alone, over the %d sentences with an event: pairwise P %.3f R %.3f F1 %.3f, B-cubed F1 %.3f"
              % (len(coded), cp, cr, cf, cbf))
    if "--docs" in opts and "--incidents" in opts:
        right, total = outlet_share(gold, pred, opts["--docs"], opts["--incidents"])
        print("n_outlets right for %d of %d gold incidents (%.1f%%)" % (right, total, 100.0 * right / total))
        right, total = outlet_share(gold, coded_pred, opts["--docs"], opts["--incidents"], coded_only=True)
        if total:
            print("linking alone, n_outlets right (outlets with a coded sentence) for %d of %d gold incidents (%.1f%%)"
                  % (right, total, 100.0 * right / total))
    if "--verbose" in argv:
        print(error_kinds(gold, pred, opts))
        by_gold = defaultdict(list)
        for g, x in zip(gold, pred):
            by_gold[g["incident"]].append(x)
        for inc, xs in sorted(by_gold.items()):
            if len(set(xs)) > 1:
                print("split %s: %s" % (inc, " ".join(xs)))
        by_pred = defaultdict(set)
        for g, x in zip(gold, pred):
            by_pred[x].add(g["incident"])
        for x, incs in sorted(by_pred.items()):
            if len(incs) > 1:
                print("merged %s: %s" % (x, " ".join(sorted(incs))))
    floor = float(opts.get("--floor", 0))
    ok = f >= floor and bf >= floor
    print("%s pairwise F1 %.3f and B-cubed F1 %.3f >= floor %.2f" % ("ok  " if ok else "FAIL", f, bf, floor))
    print("%d passed, %d failed" % (int(ok), int(not ok)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
