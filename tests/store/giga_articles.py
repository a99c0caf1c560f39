#!/usr/bin/env python3
"""Plain-text articles from the GigaWord sample, as bench/bench.sh builds
them: a title line, a dateline, the sample's 76 texts as paragraphs.

usage: giga_articles.py GigaWord.sample.PETR.xml OUTDIR COPIES [FIRST]

Article k (FIRST <= k < FIRST + COPIES) is OUTDIR/a%04d.txt, titled "Wire
stories, part k", so every article is a distinct document with the same
sentences."""
import os
import re
import sys

src = open(sys.argv[1], encoding="utf-8").read()
out, copies = sys.argv[2], int(sys.argv[3])
first = int(sys.argv[4]) if len(sys.argv) > 4 else 0
recs = re.findall(r"<Sentence\b.*?</Sentence>", src, flags=re.S)
texts = [" ".join(re.search(r"<Text>(.*?)</Text>", r, flags=re.S).group(1).split()) for r in recs]
os.makedirs(out, exist_ok=True)
for k in range(first, first + copies):
    with open("%s/a%04d.txt" % (out, k), "w", encoding="utf-8") as art:
        art.write("Wire stories, part %d\nAugust 6, 2008\n\n" % k + "\n\n".join(texts) + "\n")
