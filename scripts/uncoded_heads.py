#!/usr/bin/env python3
"""The verbs (and nouns) of sentences the coder left without an event,
ranked by frequency: where the dictionaries' breadth falls short on real
wire text (docs/dictionaries.md, "Breadth from the wire").

usage: uncoded_heads.py PARSE EVENTS [--nouns] [--top N] [--show WORD ...]

PARSE is `palmyra parse` output and EVENTS the `palmyra code` output of
the same documents. A verb counts when its sentence gave no coded event
(records with an empty code, control statements, are no event), or when
the sentence gave one but the verb has no entry in palmyra.verbs.txt, so
it cannot have been the one that coded. Each verb is shown with how the
dictionaries treat it (its block's code or patterns, or the reason
palmyra.verbs.uncoded.txt gives). --nouns ranks the nouns of sentences
without events instead. --show prints sentences for the words named.
Lemmas are WordNet's, as scripts/verb_freq.py makes them.
"""
import json
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verb_freq  # noqa: E402


def coded_sentences(path):
    """(document id, sentence index) of each sentence with a coded event."""
    out = set()
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        if e.get("code"):
            out.add((e["id"], e["sentence"]))
    return out


def parsed(path):
    """(key, text, [(word, tag)]) of each sentence of `palmyra parse` output."""
    for block in open(path, encoding="utf-8").read().split("\n# "):
        lines = block.strip("\n").split("\n")
        if len(lines) < 3:
            continue
        head = lines[0].lstrip("# ").split()
        toks = [t.rsplit("/", 1) for t in lines[2].split(" ") if "/" in t]
        yield (head[0], int(head[1])), lines[1], toks


def rank(parse, events, nouns):
    exc, verbs = verb_freq.wordnet()
    coded = coded_sentences(events)
    known = verb_freq.dictionary()
    counts, shown = Counter(), defaultdict(list)
    for key, text, toks in parsed(parse):
        has = key in coded
        for word, tag in toks:
            if nouns:
                if has or tag not in ("NN", "NNS"):
                    continue
                lem = word.lower()
                lem = lem[:-1] if tag == "NNS" and lem.endswith("s") else lem
            else:
                if not tag.startswith("VB"):
                    continue
                lem = verb_freq.lemma(word, exc, verbs)
                if has and lem in known:
                    continue
            counts[lem] += 1
            if len(shown[lem]) < 8:
                shown[lem].append(("E " if has else "- ") + text)
    return counts, shown, known


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    nouns = "--nouns" in argv
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 100
    counts, shown, known = rank(argv[1], argv[2], nouns)
    if "--show" in argv:
        for w in argv[argv.index("--show") + 1:]:
            print("## %s %d" % (w, counts[w]))
            for s in shown[w]:
                print("   " + s[:200])
        return 0
    why = verb_freq.uncoded()
    for lem, n in counts.most_common(top):
        how = "" if nouns else known.get(lem) or ("uncoded: " + why[lem] if lem in why else "no entry")
        print("%5d  %-14s %s" % (n, lem, how))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
