/* tagger.h - Penn Treebank part-of-speech tags for tokenized sentences.
 *
 * A greedy left-to-right averaged perceptron over hashed features (word,
 * affixes, shape, neighbouring words, the wink-lexicon ambiguity class and
 * the two previous tags). The model is read-only after load, so any number
 * of threads may tag with one pm_tagger. docs/tagger.md says how the model
 * in data/tagger/ was trained and how well it does. */
#ifndef PM_TAGGER_H
#define PM_TAGGER_H

#include <stdint.h>

#include "types/document.h"

typedef struct pm_tagger pm_tagger;

/* The Penn tags in the order a model's lexicon numbers a word's likeliest
 * tag (its lead is the index + 1): tools/train_tagger writes leads by this
 * list and the tagger reads them by it, so the two cannot drift apart. */
#define PM_TAGGER_PENN_TAGS \
	"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", \
	"NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", \
	"UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", "$", "#", \
	"``", "''", "-LRB-", "-RRB-", ",", ".", ":"

/* Loads a model written by tools/train_tagger (e.g. data/tagger/en.model).
 * 0 or negative pm error (pm_error_set from util/error.h, message names the file). */
int pm_tagger_load(pm_tagger **out, const char *path);
void pm_tagger_free(pm_tagger *t);

/* Sets tokens[i].tag (Penn Treebank tag, NUL-terminated, fits char[8]) and
 * tokens[i].upos (Universal POS, chosen in context: "has" AUX in "has left",
 * VERB in "has a car") for one sentence of n tokens, reading tokens[i].text (as written, UTF-8);
 * tokens[i].upper may be NULL. No allocation: sentences of any length are
 * tagged in windows on the stack. Returns 0 or PM_EINVALID. */
int pm_tagger_tag(const pm_tagger *t, pm_token *tokens, int n);

/* A thread's memo of the words it has tagged (their facts, the summed
 * rows of their own features and of the features they give a neighbour,
 * about 7 MB): tagging with one gives the same tags, with 24 of a token's
 * 35 table lookups skipped for repeated words. One cache belongs to one
 * model and is used by one thread at a time. */
typedef struct pm_tagger_cache pm_tagger_cache;
int pm_tagger_cache_new(pm_tagger_cache **out, const pm_tagger *t);
void pm_tagger_cache_free(pm_tagger_cache *c);
/* pm_tagger_tag, reading and filling cache (NULL: none). */
int pm_tagger_tag_cached(const pm_tagger *t, pm_tagger_cache *cache, pm_token *tokens, int n);

/* The tag the tagger emits for a treebank tag variant: EWT's HYPH, NFP,
 * ADD, GW, XX, AFX and PETRARCH's AUXD, AUXZ, ... map to Penn tags; others
 * come back unchanged. For trainers and evaluations. */
const char *pm_tagger_penn(const char *tag);

/* ---- For tools/train_tagger only ---------------------------------------
 * The trainer extracts features with the same code the tagger runs, from a
 * model that so far holds only the tag set and the lexicon. */

enum { PM_TAGGER_WIN = 128, PM_TAGGER_MAX_KEYS = 40, PM_TAGGER_START = 255 };

/* Word-level facts of one token, computed once per sentence. */
typedef struct pm_tagger_word {
	uint32_t low, form, tail;     /* hashes: folded lower case, exact form (0: none), after the last '-' (0: none) */
	uint32_t suf[4], pre[3];      /* hashes of 1..4-byte suffixes, 1..3-byte prefixes */
	uint16_t cls, tail_cls;       /* lexicon ambiguity classes (0: not in the lexicon) */
	uint16_t shape;
	uint8_t fast;                 /* tag index when the word is unambiguous, else PM_TAGGER_START */
	uint8_t lead;                 /* the lexicon's likeliest Penn tag + 1 (0: not listed) */
	uint8_t len;
} pm_tagger_word;

/* How a run of words sits in its sentence: the sentence's case mode
 * (pm_tagger_mode), the sentence index of words[0], and how many straight
 * double quotes came before it (odd: the next one closes). */
typedef struct pm_tagger_span {
	int mode, first, quotes;
} pm_tagger_span;

/* 0: ordinary sentence, 1: headline in Title Case, 2: all capitals,
 * 3: no capital letter at all (web text). */
int pm_tagger_mode(const char *const *words, int n);
/* Fills w[0..n) for a run of words of one sentence. */
void pm_tagger_words(const pm_tagger *t, const char *const *words, int n,
		     const pm_tagger_span *span, pm_tagger_word *w);
/* Feature keys of token i (w has n entries) given the previous two tags
 * (PM_TAGGER_START before the sentence); returns how many (<= PM_TAGGER_MAX_KEYS). */
int pm_tagger_keys(const pm_tagger_word *w, int n, int i, int p1, int p2, uint32_t *keys);
/* Label set of the model: index <-> (Penn tag, UPOS). tag_index gives the
 * first label with that Penn tag. */
int pm_tagger_n_tags(const pm_tagger *t);
const char *pm_tagger_tag_name(const pm_tagger *t, int i);
const char *pm_tagger_tag_upos(const pm_tagger *t, int i);
int pm_tagger_tag_index(const pm_tagger *t, const char *name);
/* Hash of a lower-cased word as the lexicon stores it. */
uint32_t pm_tagger_word_hash(const char *word);

#endif
