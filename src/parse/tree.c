#include "parse/tree.h"

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
	if (!strcmp(label, "SBAR") || !strcmp(label, "SBARQ"))
		return PM_NODE_SBAR;
	if (label[0] == 'S' || !strcmp(label, "FRAG"))
		return PM_NODE_S;
	if (!strcmp(label, "NP") || !strcmp(label, "NX") || !strcmp(label, "NML") ||
	    !strcmp(label, "WHNP"))
		return PM_NODE_NP;
	if (!strcmp(label, "VP"))
		return PM_NODE_VP;
	if (!strcmp(label, "PP") || !strcmp(label, "WHPP"))
		return PM_NODE_PP;
	if (S_prefix(label, "ADVP") || !strcmp(label, "WHADVP"))
		return PM_NODE_ADVP;
	if (S_prefix(label, "ADJP"))
		return PM_NODE_ADJP;
	if (!strcmp(label, "PRT"))
		return PM_NODE_PRT;
	return PM_NODE_OTHER;
}

void pm_tree_init(pm_tree *t)
{
	memset(t, 0, sizeof(*t));
	t->root = -1;
}

int pm_tree_add(pm_tree *t, pm_arena *a, int parent, const char *label,
		const char *word, const char *surface)
{
	if (t->n_nodes == t->cap) {
		int cap = t->cap ? t->cap * 2 : 64;
		pm_node *n = pm_arena_alloc(a, (size_t)cap * sizeof(*n));
		if (t->n_nodes)
			memcpy(n, t->nodes, (size_t)t->n_nodes * sizeof(*n));
		t->nodes = n;
		t->cap = cap;
	}
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
	if (parent < 0) {
		if (t->root < 0)
			t->root = i;
		return i;
	}
	int c = t->nodes[parent].first_child;
	if (c < 0) {
		t->nodes[parent].first_child = i;
	} else {
		while (t->nodes[c].next_sibling >= 0)
			c = t->nodes[c].next_sibling;
		t->nodes[c].next_sibling = i;
	}
	return i;
}

/* --- Penn bracketing reader ------------------------------------------- */

typedef struct {
	const char *p, *end;
} S_lexer;

static void S_skip_space(S_lexer *lx)
{
	while (lx->p < lx->end && isspace((unsigned char)*lx->p))
		lx->p++;
}

/* A bare token runs to the next space or bracket. */
static size_t S_token(S_lexer *lx, const char **out)
{
	const char *s = lx->p;
	while (lx->p < lx->end && !isspace((unsigned char)*lx->p) && *lx->p != '(' &&
	       *lx->p != ')')
		lx->p++;
	*out = s;
	return (size_t)(lx->p - s);
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
			const char *label = ln ? S_upper(a, lab, ln) : "X";
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
			node->surface = pm_arena_strndup(a, w, wn);
			node->word = S_upper(a, w, wn);
			node->token = t->n_words++;
			node->kind = PM_NODE_WORD;
		}
	}
	/* After a repair the wrapper's own ')' closed the reopened root. */
	if (depth != 0 || (wrapper && !t->repaired))
		return S_fail(err, errlen, "missing ')'", (long)n);
	if (t->root < 0)
		return S_fail(err, errlen, "no tree", 0);
	/* Phrases recorded before their words were seen get their kind now. */
	for (int i = 0; i < t->n_nodes; i++)
		if (!t->nodes[i].word)
			t->nodes[i].kind = (uint8_t)pm_node_kind_of(t->nodes[i].label, 0);
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
