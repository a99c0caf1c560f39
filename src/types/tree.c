#include "types/tree.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int S_prefix(const char *label, const char *p)
{
	return strncmp(label, p, strlen(p)) == 0;
}

pm_node_kind pm_node_kind_of(const char *label, int is_leaf)
{
	if (is_leaf)
		return PM_NODE_WORD;
	switch (label[0]) {
	case 'S':
		if (!strcmp(label, "SBAR") || !strcmp(label, "SBARQ"))
			return PM_NODE_SBAR;
		return PM_NODE_S;
	case 'F':
		return !strcmp(label, "FRAG") ? PM_NODE_S : PM_NODE_OTHER;
	case 'N':
		return !strcmp(label, "NP") || !strcmp(label, "NX") || !strcmp(label, "NML")
			       ? PM_NODE_NP : PM_NODE_OTHER;
	case 'V':
		return !strcmp(label, "VP") ? PM_NODE_VP : PM_NODE_OTHER;
	case 'P':
		return !strcmp(label, "PP") ? PM_NODE_PP : !strcmp(label, "PRT") ? PM_NODE_PRT
										  : PM_NODE_OTHER;
	case 'A':
		return S_prefix(label, "ADVP") ? PM_NODE_ADVP
		       : S_prefix(label, "ADJP") ? PM_NODE_ADJP : PM_NODE_OTHER;
	case 'W':
		return !strcmp(label, "WHNP") ? PM_NODE_NP : !strcmp(label, "WHPP") ? PM_NODE_PP
		       : !strcmp(label, "WHADVP") ? PM_NODE_ADVP : PM_NODE_OTHER;
	default:
		return PM_NODE_OTHER;
	}
}

void pm_tree_init(pm_tree *t)
{
	memset(t, 0, sizeof(*t));
	t->root = -1;
}

void pm_tree_reserve(pm_tree *t, pm_arena *a, int n)
{
	if (n <= t->cap)
		return;
	/* every field of a node is set by pm_tree_add */
	pm_node *nodes = pm_arena_alloc_uninit(a, (size_t)n * sizeof(*nodes));
	int32_t *last = pm_arena_alloc_uninit(a, (size_t)n * sizeof(*last));
	if (t->n_nodes) {
		memcpy(nodes, t->nodes, (size_t)t->n_nodes * sizeof(*nodes));
		memcpy(last, t->last_child, (size_t)t->n_nodes * sizeof(*last));
	}
	t->nodes = nodes;
	t->last_child = last;
	t->cap = n;
}

int pm_tree_add(pm_tree *t, pm_arena *a, int parent, const char *label,
		const char *word, const char *surface)
{
	if (t->n_nodes == t->cap)
		pm_tree_reserve(t, a, t->cap ? t->cap * 2 : 64);
	int i = t->n_nodes++;
	pm_node *n = &t->nodes[i];
	n->label = label;
	n->word = word;
	n->surface = surface;
	n->parent = parent;
	n->first_child = -1;
	n->next_sibling = -1;
	n->token = word ? t->n_words++ : -1;
	n->kind = (uint8_t)pm_node_kind_of(label, word != NULL);
	t->last_child[i] = -1;
	if (parent < 0) {
		if (t->root < 0)
			t->root = i;
		return i;
	}
	int last = t->last_child[parent];
	if (last < 0)
		t->nodes[parent].first_child = i;
	else
		t->nodes[last].next_sibling = i;
	t->last_child[parent] = i;
	return i;
}

/* --- Penn bracketing reader ------------------------------------------- */

typedef struct {
	const char *p, *end;
} S_lexer;

/* isspace() without the locale table: trees are ASCII-delimited. */
static int S_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static void S_skip_space(S_lexer *lx)
{
	while (lx->p < lx->end && S_space(*lx->p))
		lx->p++;
}

/* A bare token runs to the next space or bracket. */
static size_t S_token(S_lexer *lx, const char **out)
{
	const char *s = lx->p;
	while (lx->p < lx->end && !S_space(*lx->p) && *lx->p != '(' && *lx->p != ')')
		lx->p++;
	*out = s;
	return (size_t)(lx->p - s);
}

static char *S_upper(pm_arena *a, const char *s, size_t n);

/* Labels repeat in every tree: the common ones are shared constants,
 * grouped by length so that a lookup compares a handful. */
static const char *S_label(pm_arena *a, const char *s, size_t n)
{
	static const char *const known[7][28] = {
		{NULL},
		{"S", ",", ".", ":", "X", NULL},
		{"NP", "VP", "PP", "NN", "DT", "IN", "JJ", "VB", "RB", "CC", "CD", "TO", "MD", "RP",
		 "QP", "EX", "WP", "FW", "UH", "LS", "NX", "SQ", "``", "''", NULL},
		{"NNS", "NNP", "VBD", "VBZ", "VBN", "VBG", "VBP", "PRP", "POS", "PRT", "JJR", "JJS",
		 "RBR", "RBS", "WDT", "WRB", "PDT", "SYM", "NML", "UCP", "PRN", "RRC", "LST", "WP$",
		 NULL},
		{"SBAR", "ADVP", "ADJP", "NNPS", "PRP$", "WHNP", "WHPP", "SINV", "FRAG", "INTJ", NULL},
		{"-LRB-", "-RRB-", "SBARQ", "CONJP", NULL},
		{"WHADVP", NULL}};
	char up[16];
	if (n < sizeof(up)) {
		for (size_t i = 0; i < n; i++)
			up[i] = (char)toupper((unsigned char)s[i]);
		up[n] = '\0';
		if (n < sizeof(known) / sizeof(known[0]))
			for (const char *const *k = known[n]; *k; k++)
				if ((*k)[0] == up[0] && !memcmp(*k, up, n))
					return *k;
	}
	return S_upper(a, s, n);
}

static char *S_upper(pm_arena *a, const char *s, size_t n)
{
	char *u = pm_arena_strndup(a, s, n);
	for (char *c = u; *c; c++)
		*c = (char)toupper((unsigned char)*c);
	return u;
}

/* "NP-SBJ-1" -> "NP"; "-LRB-" and "-NONE-" stay whole. */
static size_t S_label_len(const char *s, size_t n)
{
	if (n && s[0] == '-')
		return n;
	for (size_t i = 1; i < n; i++)
		if (s[i] == '-' || s[i] == '=')
			return i;
	return n;
}

static int S_fail(char *err, size_t errlen, const char *msg, long at)
{
	if (err && errlen)
		snprintf(err, errlen, "%s at character %ld", msg, at);
	return -1;
}

int pm_tree_parse_penn(pm_tree *t, pm_arena *a, const char *s, size_t n,
		       char *err, size_t errlen)
{
	S_lexer lx = {s, s + n};
	int stack[512];
	int depth = 0, cur = -1, wrapper = 0;

	pm_tree_init(t);
	S_skip_space(&lx);
	if (lx.p == lx.end)
		return S_fail(err, errlen, "empty parse", 0);
	int opens = 0;
	for (const char *p = s; p < lx.end; p++)
		opens += *p == '(';
	pm_tree_reserve(t, a, opens + 1);
	while (1) {
		S_skip_space(&lx);
		if (lx.p == lx.end)
			break;
		if (*lx.p == '(') {
			lx.p++;
			S_skip_space(&lx);
			const char *lab;
			size_t ln = S_token(&lx, &lab);
			ln = ln ? S_label_len(lab, ln) : 0;
			/* The outer "(ROOT" or "(" wrapper is not a node. */
			if (t->root < 0 && depth == 0 && !wrapper &&
			    (ln == 0 || (ln == 4 && !strncmp(lab, "ROOT", 4)) ||
			     (ln == 4 && !strncmp(lab, "root", 4)))) {
				wrapper = 1;
				continue;
			}
			if (t->root >= 0 && depth == 0) {
				/* A stray ')' closed the sentence early (the unit-test
				 * records have a few): reopen the root rather than lose
				 * the sentence, and say so. */
				if (!wrapper)
					return S_fail(err, errlen, "text after the end of the tree",
						      (long)(lx.p - s));
				t->repaired = 1;
				cur = t->root;
				stack[depth++] = cur;
			}
			if (depth == (int)(sizeof(stack) / sizeof(stack[0])))
				return S_fail(err, errlen, "tree too deep", (long)(lx.p - s));
			const char *label = ln ? S_label(a, lab, ln) : "X";
			cur = pm_tree_add(t, a, cur, label, NULL, NULL);
			stack[depth++] = cur;
		} else if (*lx.p == ')') {
			lx.p++;
			if (depth == 0) {
				if (wrapper) {
					wrapper = 0;
					S_skip_space(&lx);
					if (lx.p != lx.end)
						return S_fail(err, errlen,
							      "text after the end of the tree",
							      (long)(lx.p - s));
					break;
				}
				return S_fail(err, errlen, "unbalanced ')'", (long)(lx.p - s));
			}
			depth--;
			cur = depth ? stack[depth - 1] : -1;
		} else {
			const char *w;
			size_t wn = S_token(&lx, &w);
			if (cur < 0)
				return S_fail(err, errlen, "word outside any bracket",
					      (long)(w - s));
			pm_node *node = &t->nodes[cur];
			if (node->word || node->first_child >= 0)
				return S_fail(err, errlen, "word after a phrase", (long)(w - s));
			/* the word as written and upper-cased, in one allocation */
			char *both = pm_arena_alloc_uninit(a, 2 * wn + 2);
			memcpy(both, w, wn);
			both[wn] = '\0';
			for (size_t k = 0; k < wn; k++)
				both[wn + 1 + k] = (char)toupper((unsigned char)w[k]);
			both[2 * wn + 1] = '\0';
			node->surface = both;
			node->word = both + wn + 1;
			node->token = t->n_words++;
			node->kind = PM_NODE_WORD;
		}
	}
	/* After a repair the wrapper's own ')' closed the reopened root. */
	if (depth != 0 || (wrapper && !t->repaired))
		return S_fail(err, errlen, "missing ')'", (long)n);
	if (t->root < 0)
		return S_fail(err, errlen, "no tree", 0);
	return 0;
}

static size_t S_put(char *buf, size_t cap, size_t at, const char *s)
{
	size_t n = strlen(s);
	if (at < cap) {
		size_t room = cap - at - 1;
		memcpy(buf + at, s, n < room ? n : room);
		buf[at + (n < room ? n : room)] = '\0';
	}
	return at + n;
}

static size_t S_format(const pm_tree *t, int i, char *buf, size_t cap, size_t at)
{
	const pm_node *n = &t->nodes[i];
	at = S_put(buf, cap, at, "(");
	at = S_put(buf, cap, at, n->label);
	if (n->word) {
		at = S_put(buf, cap, at, " ");
		at = S_put(buf, cap, at, n->word);
	}
	for (int c = n->first_child; c >= 0; c = t->nodes[c].next_sibling) {
		at = S_put(buf, cap, at, " ");
		at = S_format(t, c, buf, cap, at);
	}
	return S_put(buf, cap, at, ")");
}

size_t pm_tree_format(const pm_tree *t, int node, char *buf, size_t cap)
{
	if (cap)
		buf[0] = '\0';
	if (node < 0)
		return 0;
	return S_format(t, node, buf, cap, 0);
}
