/* dict_int.h - the inside of pm_dict, shared by the table code (dict.c)
 * and the file readers (dict_read.c). */
#ifndef PM_DICT_INT_H
#define PM_DICT_INT_H

#include <stdint.h>
#include <string.h>

#include "dict/dict.h"
#include "util/vec.h"

#define PM_ISSUE_CANCEL 0x7fffffff

typedef struct {
	uint64_t key;   /* node << 32 | word id */
	int32_t child;  /* 0 = empty slot (node 0 is a root, never a child) */
} S_edge;

typedef struct {
	int first, count;
} S_form_span;

/* Interned strings by id, with an open-addressing index. Each string's
 * hash is kept so that growing never rehashes a string and a probe
 * compares strings only when their hashes agree. */
typedef struct {
	const char **strs;
	uint32_t *hash;
	int n, cap, cap_hash;
	int32_t *slot;               /* -1 = empty */
	int slots;
} pm_strtab;

typedef struct {
	const char *name;
	pm_wordseq *members;
	int n, cap;
	const char **nested;         /* &NAME members, resolved when used */
	int n_nested, cap_nested;
} S_synset;

/* An actor phrase that was already an entry: lint words the message, so
 * that loading formats nothing. */
typedef struct {
	const char *path;            /* the set's copy of the file name */
	int line;
	const char *phrase;          /* words joined by '_' */
	int entry;
} S_duplicate;

struct pm_dict {
	pm_arena arena;
	pm_dict_warn_fn warn;
	void *warn_ctx;

	pm_strtab words;             /* interned words: ids for tries and forms */
	pm_strtab codes;             /* interned actor codes, shared by entries */
	int32_t *code_owner;         /* by code id: the first entry with that code
				      * (labels), -1 none */
	int cap_code_owner;

	int32_t *node_value;         /* trie nodes: entry / code index, -1 none */
	int n_nodes, cap_nodes;
	S_edge *edges;
	int n_edges, edge_slots;
	int actor_root, agent_root, discard_root, issue_root;

	pm_actor_entry *entries;
	int n_entries, cap_entries;
	const char **agent_codes;
	int n_agent_codes, cap_agent_codes;
	const char **issue_codes;
	int n_issue_codes, cap_issue_codes;

	pm_verb_form *forms;
	int n_forms, cap_forms;
	S_form_span *form_index;     /* by word id */
	int n_form_index;
	pm_verb_block *blocks;
	int n_blocks, cap_blocks;
	pm_pattern *patterns;
	int n_patterns, cap_patterns;
	pm_transform *transforms;
	int n_transforms, cap_transforms;
	S_synset *synsets;
	int n_synsets, cap_synsets;

	pm_dict_report *reports;
	int n_reports, cap_reports;

	S_duplicate *duplicates;     /* actor phrases seen before, for lint */
	int n_duplicates, cap_duplicates;

	const char **messages;       /* every load warning, in order, for the cache */
	int n_messages, cap_messages;

	/* Set when the set was read from a compiled cache (dict_cache.c):
	 * every table above lives in this one block, freed with it, and the
	 * set cannot be loaded into any further. */
	void *image;
};

/* White space as isspace() has it in the C locale (the library never
 * calls setlocale): inline, for the loaders' per-character loops. */
static inline int pm_dict_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* toupper() of the C locale, inline. */
static inline char pm_dict_upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* out = a b c (lengths given), cut to cap - 1 bytes as snprintf would:
 * word forms are built in load loops, where snprintf is the cost. */
static inline void pm_dict_cat(char *out, size_t cap, const char *a, size_t na, const char *b,
			       size_t nb, const char *c, size_t nc)
{
	size_t n = 0;
	const char *part[3] = {a, b, c};
	size_t len[3] = {na, nb, nc};
	for (int i = 0; i < 3; i++) {
		size_t k = len[i] < cap - 1 - n ? len[i] : cap - 1 - n;
		memcpy(out + n, part[i], k);
		n += k;
	}
	out[n] = '\0';
}

static inline int pm_dict_delim(char c, const char *delim)
{
	for (; *delim; delim++)
		if (*delim == c)
			return 1;
	return 0;
}

/* strtok_r() with its exact results, inline: the C library's builds a
 * byte table on every call, which made tokenizing a load hot spot. */
static inline char *pm_dict_tok(char *s, const char *delim, char **save)
{
	if (!s)
		s = *save;
	while (*s && pm_dict_delim(*s, delim))
		s++;
	if (!*s) {
		*save = s;
		return NULL;
	}
	char *tok = s;
	while (*s && !pm_dict_delim(*s, delim))
		s++;
	if (*s)
		*s++ = '\0';
	*save = s;
	return tok;
}

/* A dictionary file read whole into *out (NUL-terminated, *len bytes,
 * the caller frees). A file that is missing or unreadable, or a directory
 * given for a file, is an error naming the path and the kind. */
int pm_dict_read_file(const char *path, const char *kind, char **out, size_t *len);

/* Calls fn(ctx, line) for each line of buf[0, len) (buf[len] is NUL),
 * cut at '\n' (a '\r' before it dropped) or at a NUL byte, counting them
 * in *line. fn strips comments and keeps *in_comment set while a "<!--"
 * runs on past its line. One that is never closed would swallow the rest
 * of the file: unclosed(ctx, its line) is told, and the lines after it
 * are read again as if it had ended with its own line. */
void pm_dict_lines(char *buf, size_t len, int *line, int *in_comment,
		   void (*fn)(void *ctx, char *line), void (*unclosed)(void *ctx, int line), void *ctx);

/* Reports a malformed entry through the set's warn callback and keeps
 * the message, so that a cached set can say it again (pm_dict_messages). */
void pm_dict_emit(pm_dict *d, const char *message);

/* Recomputes what depends on where the interned words lie in memory:
 * each pm_wordseq's first_slot, each element's first_bits and last_bits,
 * each pattern's needs_bits. Done after the words have moved (a set read
 * from its cache). */
void pm_dict_verbs_rebit(pm_dict *d);

int pm_dict_intern(pm_dict *d, const char *w);
/* The set's one copy of an actor code string: entries share it. entry
 * (or -1) is the actor entry that carries it, for pm_dict_actor_name. */
const char *pm_dict_intern_code(pm_dict *d, const char *code, int entry);
int pm_dict_word_id(const pm_dict *d, const char *w);
const char *pm_dict_word(const pm_dict *d, int id);
int pm_dict_node_new(pm_dict *d);
/* Adds a phrase under root and returns its node (value untouched). */
int pm_dict_trie_add(pm_dict *d, int root, const char *const *words, int n);
/* Longest phrase under root at words[0]; returns its length, value in *value. */
int pm_dict_trie_longest(const pm_dict *d, int root, const char *const *words, int n, int *value);

#endif
