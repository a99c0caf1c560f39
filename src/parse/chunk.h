/* chunk.h - phrase-structure trees from POS-tagged tokens, without a parser.
 *
 * Palmyra codes raw text with no external parser. This module turns a
 * tagged sentence (pm_token.tag holds Penn tags) into a pm_tree shaped like
 * the Stanford-parser trees PETRARCH was written for: base NPs with nested
 * NP+PP, possessives, coordination and apposition; verb groups nested one
 * auxiliary per VP with negation as a word child; infinitival S(VP(TO ..));
 * complement, subordinate and relative clauses; trailing attribution
 * (", officials said.") as NP + VP children of the top S.
 *
 * It is a hand-written, deterministic recursive descent over the tags with
 * bounded look-ahead: linear in practice, and all memory comes from the
 * arena it is given. */
#ifndef PM_CHUNK_H
#define PM_CHUNK_H

#include "types/document.h"
#include "util/arena.h"

/* Builds s->tree from s->tokens (tags must be set). Leaf i is token i:
 * label = tag, word = token upper (text when upper is NULL), surface = text.
 * An empty sentence gives an empty tree (root -1). Returns 0, or
 * PM_EINVALID when s is NULL or has tokens but no token array. */
int pm_chunk_parse(pm_sentence *s, pm_arena *a);

/* 1 when the chunker's word lists are in the order its lookups rely on
 * (by first byte), else 0: for tests. */
int pm_chunk_words_ok(void);

#endif
