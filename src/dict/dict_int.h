/* dict_int.h - the inside of pm_dict, shared by the table code (dict.c)
 * and the file readers (dict_read.c). */
#ifndef PM_DICT_INT_H
#define PM_DICT_INT_H

#include <stdint.h>

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

typedef struct {
	const char *name;
	pm_wordseq *members;
	int n, cap;
	const char **nested;         /* &NAME members, resolved when used */
	int n_nested, cap_nested;
} S_synset;

struct pm_dict {
	pm_arena arena;
	pm_dict_warn_fn warn;
	void *warn_ctx;

	const char **words;          /* interned words by id */
	int n_words, cap_words;
	int32_t *word_slot;          /* open-addressing index of words */
	int word_slots;

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

	char **duplicates;           /* "file:line: phrase" seen before, for lint */
	int n_duplicates, cap_duplicates;
};

int pm_dict_intern(pm_dict *d, const char *w);
int pm_dict_word_id(const pm_dict *d, const char *w);
const char *pm_dict_word(const pm_dict *d, int id);
int pm_dict_node_new(pm_dict *d);
/* Adds a phrase under root and returns its node (value untouched). */
int pm_dict_trie_add(pm_dict *d, int root, const char *const *words, int n);
/* Longest phrase under root at words[0]; returns its length, value in *value. */
int pm_dict_trie_longest(const pm_dict *d, int root, const char *const *words, int n, int *value);

#endif
