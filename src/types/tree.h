/* tree.h - the phrase-structure tree the coder reads.
 *
 * Both front ends build this one type: the XML reader from a Penn Treebank
 * bracketing, and the raw-text parser (tagger + chunker) from tokens. Nodes
 * live in one array; links are indices so a tree can be copied or reset
 * without pointer fix-ups. A word is a leaf node labelled with its POS tag:
 * (NN court) is one node with label "NN" and word "COURT". */
#ifndef PM_TREE_H
#define PM_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef enum pm_node_kind {
	PM_NODE_OTHER = 0,
	PM_NODE_WORD,   /* POS-tagged leaf */
	PM_NODE_S,      /* S, SINV, SQ, FRAG, ... clause-like */
	PM_NODE_SBAR,
	PM_NODE_NP,     /* NP, NX, NML, WHNP */
	PM_NODE_VP,
	PM_NODE_PP,     /* PP, WHPP */
	PM_NODE_ADVP,
	PM_NODE_ADJP,
	PM_NODE_PRT
} pm_node_kind;

typedef struct pm_node {
	const char *label;    /* upper-case label: "NP", "VBD", ... */
	const char *word;     /* leaf: upper-case word; NULL for phrases */
	const char *surface;  /* leaf: the word as written; NULL for phrases */
	int32_t parent;       /* -1 at the root */
	int32_t first_child;  /* -1 for leaves */
	int32_t next_sibling; /* -1 for the last child */
	int32_t token;        /* leaf: index in sentence order; -1 for phrases */
	uint8_t kind;         /* pm_node_kind */
} pm_node;

typedef struct pm_tree {
	pm_node *nodes;       /* arena memory */
	int32_t *last_child;  /* per node, for appending children in O(1) */
	int n_nodes;
	int cap;
	int root;             /* -1 when empty */
	int n_words;
	uint8_t repaired;     /* a stray ')' inside the wrapper was ignored */
} pm_tree;

/* Maps a label to its kind ("NNS" -> WORD only when it is a leaf, so the
 * caller passes is_leaf). */
pm_node_kind pm_node_kind_of(const char *label, int is_leaf);

void pm_tree_init(pm_tree *t);
/* Makes room for n nodes (arena memory). */
void pm_tree_reserve(pm_tree *t, pm_arena *a, int n);
/* Appends a node as the last child of parent (-1: a new root). Returns its index. */
int pm_tree_add(pm_tree *t, pm_arena *a, int parent, const char *label,
		const char *word, const char *surface);

/* Reads a Penn bracketing "(ROOT (S (NP (NNP Syria)) ...))" into t.
 * The outer ROOT or nameless wrapper is dropped; labels and words are upper-
 * cased; function tags and indices ("NP-SBJ-1") are cut; "-LRB-" style
 * escapes are kept as words. Returns 0, or -1 with a message in err
 * (unbalanced brackets, trailing tokens, empty input). */
int pm_tree_parse_penn(pm_tree *t, pm_arena *a, const char *s, size_t n,
		       char *err, size_t errlen);

/* Writes the tree as a one-line bracketing (for tests and --debug). */
size_t pm_tree_format(const pm_tree *t, int node, char *buf, size_t cap);

static inline const pm_node *pm_tree_node(const pm_tree *t, int i)
{
	return i >= 0 ? &t->nodes[i] : NULL;
}

#endif
