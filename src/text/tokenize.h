/* tokenize.h - words and sentences of raw text, Penn Treebank style.
 *
 * Why our own: the coder's dictionaries and the chunk parser expect PTB
 * tokens ("did" "n't", "Syria" "'s", `` and '' quotes), and news text needs
 * care a generic segmenter lacks: abbreviations that end in a period (U.S.,
 * Gen., Jan.), numbers with commas and decimals (3,650; 2.5), hyphenated
 * words kept whole (Kurdish-led, regime-run, al-Assad), curly quotes,
 * dashes and non-breaking spaces. One pass over the bytes; tokens and
 * their strings come from the document arena. */
#ifndef PM_TOKENIZE_H
#define PM_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

#include "types/document.h"
#include "util/arena.h"

/* Tokens of text[start, end). Token start/len are byte offsets into text;
 * token text is normalised (curly quotes -> `` '' ' , dashes -> "--",
 * "…" -> "..."), upper is its upper case and lemma == upper. Returns the
 * number of tokens and sets *out (arena memory; NULL when none). */
int pm_tokenize(const char *text, uint32_t start, uint32_t end, pm_arena *a, pm_token **out);

/* Where the first sentence of toks[0, n) ends: the number of its tokens
 * (n when it runs to the end). A sentence ends after . ! ? or ... (and any
 * closing quotes or brackets after them) when the next token can start a
 * sentence; after an abbreviation only when the next word is one that
 * commonly opens a sentence. */
int pm_sentence_length(const pm_token *toks, int n);

/* Splits text[start, end) into sentences appended to doc (paragraph index
 * para), each with its tokens and its text. Returns the number added, or
 * PM_ENOMEM. */
int pm_text_add_sentences(pm_doc *doc, const char *text, uint32_t start, uint32_t end, int para,
			  pm_arena *a);

#endif
