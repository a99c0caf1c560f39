/* dict.h - compiled dictionaries in the PETRARCH formats.
 *
 * One pm_dict holds a whole set (verbs, actors, agents, discards, issues),
 * loaded once and read-only afterwards, so a coder can share nothing mutable.
 * All words are stored upper case. Strings and arrays live in the dict's own
 * arena. Loading never stops at a malformed entry: it reports
 * "file:line: what is wrong" through the report callback and goes on.
 * The formats, and PETRARCH2's defects that we do not copy, are described in
 * ../shared/reference/PETRARCH_FORMATS.md. */
#ifndef PM_DICT_H
#define PM_DICT_H

#include <stdint.h>

#include "palmyra.h"
#include "util/arena.h"

/* ---- verbs ---------------------------------------------------------------- */

/* Sequential (TABARI) reading of a pattern, which the validation suite's
 * expectations follow: elements are matched outward from the verb; words
 * joined by '_' must be adjacent, words separated by a space may have other
 * words between them. Each element is a set of alternative word sequences
 * (a synset expands into its members and their plurals). */
typedef struct pm_wordseq {
	const char *const *words;
	uint8_t n;
	uint8_t first_slot;   /* pm_word_slot(words[0]), computed once at load */
} pm_wordseq;

/* A slot of 256 for an interned word: the coder's per-sentence set of
 * words is an open-addressing table probed from here. */
static inline unsigned pm_word_slot(const char *interned)
{
	uintptr_t x = (uintptr_t)interned;
	return (unsigned)((x >> 4) ^ (x >> 12)) & 255u;
}

typedef enum pm_elem_role {
	PM_ELEM_WORDS = 0,
	PM_ELEM_SOURCE,     /* '$': the source actor stands here */
	PM_ELEM_TARGET,     /* '+': the target actor stands here */
	PM_ELEM_COMPOUND,   /* '%': a compound actor stands here */
	PM_ELEM_SKIP        /* '^': one noun phrase is skipped here */
} pm_elem_role;

typedef struct pm_pat_elem {
	const pm_wordseq *alts;
	int n_alts;
	uint8_t role;       /* pm_elem_role */
	uint8_t adjacent;   /* joined by '_' to the element nearer the verb */
	uint64_t first_bits;   /* pm_word_bit of each alternative's first word */
	uint64_t last_bits;    /* ... and of its last word */
} pm_pat_elem;

/* One bit of 64 for an interned dictionary word: a token whose bit is not
 * in an element's set cannot start (or end) any of its alternatives. */
static inline uint64_t pm_word_bit(const char *interned)
{
	uintptr_t x = (uintptr_t)interned;
	return (uint64_t)1 << (((x >> 4) ^ (x >> 10)) & 63u);
}

typedef struct pm_pattern {
	const pm_pat_elem *before;  /* elements before '*', nearest the verb first */
	int n_before;
	const pm_pat_elem *after;   /* elements after '*', nearest the verb first */
	int n_after;
	int weight;                 /* words required: more specific patterns win */
	const char *anchor;         /* a word the pattern cannot match without, or NULL */
	uint64_t needs_bits;        /* pm_word_bit of every such word (one-word elements) */
	char code[8];           /* [AAA]: replaces the verb code; "" when absent */
	char code2[8];          /* [AAA:BBB]: reversed second event; [:BBB] = passive-only */
	int line;               /* line in the verbs file, for messages and lint */
} pm_pattern;

typedef struct pm_verb_block {
	const char *name;       /* "--- NAME [CODE] ---" */
	char code[8];           /* default code; "---" = the verb alone gives no event */
	int first_pattern;      /* index range into pm_dict.patterns */
	int n_patterns;
} pm_verb_block;

/* One stored verb form. A word may have several forms (plain, and with
 * particles): pm_dict_verb_forms() returns them contiguous, longest particle
 * list first. */
typedef struct pm_verb_form {
	const char *word;               /* the word the tagger marks as the verb ("TOLD") */
	const char *const *particles;   /* words that must follow in PRT/ADVP ("OFF") */
	uint8_t n_particles;
	const char *const *pre_words;   /* words written before '+' (stored, not required) */
	uint8_t n_pre_words;
	char code[8];                   /* own code, else the block's */
	int block;                      /* index into pm_dict.blocks */
	int line;
} pm_verb_form;

/* "~ a (b . ATTACK) REPORT = a b 112": variables are lower-case single
 * letters, "." any, "_" none; verb words are resolved to their codes at load
 * time ("Q" = any code; "A_B" keeps both codes, summed by the coder). */
typedef struct pm_transform {
	char outer_src[8], inner_src[8], inner_tgt[8];
	char inner_code[16], outer_code[16];   /* "190", "Q", or "010+020" for A_B */
	char res_src[8], res_tgt[8], res_code[8];
	int line;
} pm_transform;

/* ---- actors and agents ---------------------------------------------------- */

typedef struct pm_actor_code {
	const char *code;   /* "SYRGOV" */
	int from, to;       /* yyyymmdd; the code holds when from <= date < to (0 = open) */
	int affiliate;      /* 1: not a code of the entry but the group it is a branch
			     * or affiliate of ("[IMGMUSALQ affiliate]"); never coded */
} pm_actor_code;

typedef struct pm_actor_entry {
	const char *root;               /* the entry's first phrase, e.g. "BASHAR_AL-ASSAD" */
	const pm_actor_code *codes;     /* tried in file order; first that holds wins */
	int n_codes;
	int line;
	const char *file;
} pm_actor_entry;

/* ---- the set -------------------------------------------------------------- */

typedef struct pm_dict pm_dict;

typedef struct pm_dict_load_report {
	pm_dict_report *files;   /* one row per file loaded */
	int n_files;
} pm_dict_load_report;

/* Called once per malformed entry with "file:line: what is wrong". */
typedef void (*pm_dict_warn_fn)(void *ctx, const char *message);

/* Creates an empty set; load files into it with the functions below. */
int pm_dict_new(pm_dict **out);
void pm_dict_free(pm_dict *d);
void pm_dict_set_warn(pm_dict *d, pm_dict_warn_fn fn, void *ctx);

/* Each returns 0 (even with malformed entries, which are reported and
 * skipped) or a negative code when the file cannot be read. Several actor
 * files may be loaded; a phrase seen again appends its codes. */
/* Sizes the word and trie-edge tables once for dictionary files of this
 * many bytes about to be read, so that they do not grow (and rehash) step
 * by step. Only speed depends on it: an estimate too low still grows. */
void pm_dict_reserve(pm_dict *d, size_t bytes);
int pm_dict_load_verbs(pm_dict *d, const char *path);
int pm_dict_load_actors(pm_dict *d, const char *path);
int pm_dict_load_agents(pm_dict *d, const char *path);
int pm_dict_load_discards(pm_dict *d, const char *path);
int pm_dict_load_issues(pm_dict *d, const char *path);

/* Every warning the loading gave, in order (the set's own copies): a set
 * read from its cache says them again through these. */
const char *const *pm_dict_messages(const pm_dict *d, int *n);

/* ---- the compiled cache (dict_cache.c) ------------------------------------ */

/* A loaded set written to path (through a temporary file renamed over it,
 * so a reader never sees half a file), under key: what the caller says the
 * set was loaded from (the files' paths, sizes and times). The loader's
 * own build and layout are added to the key here. 0 or negative. */
int pm_dict_cache_write(const pm_dict *d, const char *path, const void *key, size_t key_len);
/* The set written under exactly that key (and this build), or a negative
 * code when there is none: no file, another key or build, a short or
 * corrupt file. Never a partial set. The set's pointers are its own; it
 * cannot be loaded into further. */
int pm_dict_cache_read(pm_dict **out, const char *path, const void *key, size_t key_len);

/* Rows for `palmyra dict`: entries loaded per file. */
const pm_dict_report *pm_dict_reports(const pm_dict *d, int *n);

/* The set's own copy of an upper-case word, or NULL when no entry uses it.
 * Pattern words are such copies, so a match is a pointer comparison. */
const char *pm_dict_interned(const pm_dict *d, const char *word);

/* The id of an interned word (-1 when no entry uses it), and longest
 * actor / agent matches over ids: the coder looks each token up once. */
int pm_dict_word_index(const pm_dict *d, const char *word);
/* The interned copy of the word with that id (what pm_dict_interned gives). */
const char *pm_dict_word_at(const pm_dict *d, int id);
int pm_dict_match_actor_ids(const pm_dict *d, const int32_t *ids, int n, const pm_actor_entry **out);
int pm_dict_match_agent_ids(const pm_dict *d, const int32_t *ids, int n, const char **code);

/* Verb forms stored for an upper-case word; returns how many (0 if none). */
int pm_dict_verb_forms(const pm_dict *d, const char *word, const pm_verb_form **out);
const pm_verb_block *pm_dict_block(const pm_dict *d, int block);
const pm_pattern *pm_dict_pattern(const pm_dict *d, int index);
const pm_transform *pm_dict_transforms(const pm_dict *d, int *n);

/* Longest actor phrase starting at words[0] (upper case, n words available).
 * Returns the number of words matched (0: none) and the entry in *out. */
int pm_dict_match_actor(const pm_dict *d, const char *const *words, int n,
			const pm_actor_entry **out);
/* The entry's code that holds on date (yyyymmdd; 0 = unknown date, then the
 * first undated code, else the first code). NULL when none holds. */
const char *pm_actor_code_on(const pm_actor_entry *e, int date);
/* The group the entry is declared a branch or affiliate of on date
 * (yyyymmdd; 0 = unknown): its first "affiliate" code that holds, or NULL. */
const char *pm_actor_affiliate_on(const pm_actor_entry *e, int date);
/* Calls fn for every entry whose role changed for good on a day: an
 * undated code (the default, "AFGREB") beside a dated one open at its end
 * ("AFGGOV >20210815": after = "AFGGOV", from = 20210815). Stops at and
 * returns the first nonzero fn result, else 0. */
int pm_dict_each_change(const pm_dict *d,
			int (*fn)(void *ctx, const char *before, const char *after, int from),
			void *ctx);
/* Calls fn for every affiliation an entry declares ("ANSAR_DINE [MLIREB]
 * [IMGMUSALQ affiliate]"): code is the entry's undated code (its first code
 * when all are dated), of the group it is an affiliate of, from and to the
 * affiliation's dates (0 = open). Stops at and returns the first nonzero fn
 * result, else 0. */
int pm_dict_each_affiliation(const pm_dict *d,
			     int (*fn)(void *ctx, const char *code, const char *of, int from, int to),
			     void *ctx);
/* The phrase of the first entry loaded that carries exactly this code
 * ("SYRIA" for SYR, "ISIS" for IMGMUSISI), or NULL when none does. */
const char *pm_dict_actor_name(const pm_dict *d, const char *code);

/* Longest agent phrase at words[0]; returns words matched and the code
 * ("~MIL", or an actor-like "NGO~" written that way in the file). */
int pm_dict_match_agent(const pm_dict *d, const char *const *words, int n,
			const char **code);

/* Discards over a sentence's upper-case tokens: 0 keep, 1 drop the sentence,
 * 2 drop the whole story. */
int pm_dict_discard(const pm_dict *d, const char *const *words, int n);
/* The same over word ids (pm_dict_word_index, -1 for unknown words). */
int pm_dict_discard_ids(const pm_dict *d, const int32_t *ids, int n);

/* Issues found in a sentence: writes up to cap "CODE" strings with counts;
 * returns how many distinct issues (0 when a ~ phrase cancels them). */
int pm_dict_issues(const pm_dict *d, const char *const *words, int n,
		   const char **codes, int *counts, int cap);

#endif
