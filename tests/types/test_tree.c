#include "types/tree.h"
#include "../test.h"

static const pm_node *S_child(const pm_tree *t, int node, int k)
{
	int c = t->nodes[node].first_child;
	while (c >= 0 && k--)
		c = t->nodes[c].next_sibling;
	return c >= 0 ? &t->nodes[c] : NULL;
}

int main(void)
{
	pm_arena a;
	pm_arena_init(&a, 0);
	pm_tree t;
	char err[128], buf[512];
	const char *s = "(ROOT (S (NP-SBJ (JJ Turkish) (NNS troops)) "
			"(VP (VBD shelled) (NP (NNP Kobani))) (. .)))";

	CHECK_INT(pm_tree_parse_penn(&t, &a, s, strlen(s), err, sizeof(err)), 0);
	CHECK_STR(t.nodes[t.root].label, "S");
	CHECK_INT(t.n_words, 5);
	const pm_node *np = S_child(&t, t.root, 0);
	CHECK_STR(np->label, "NP");
	CHECK_INT(np->kind, PM_NODE_NP);
	CHECK_STR(t.nodes[np->first_child].word, "TURKISH");
	CHECK_STR(t.nodes[np->first_child].surface, "Turkish");
	CHECK_INT(S_child(&t, t.root, 1)->kind, PM_NODE_VP);
	pm_tree_format(&t, t.root, buf, sizeof(buf));
	CHECK_STR(buf, "(S (NP (JJ TURKISH) (NNS TROOPS)) (VP (VBD SHELLED) (NP (NNP KOBANI))) (. .))");

	/* malformed bracketings are refused with a position */
	/* a stray ')' inside ROOT is repaired and flagged; outside it is an error */
	const char *stray = "(ROOT (S (NP (NNP Iraq))) (VP (VBD won))))";
	CHECK_INT(pm_tree_parse_penn(&t, &a, stray, strlen(stray), err, sizeof(err)), 0);
	CHECK_INT(t.repaired, 1);
	pm_tree_format(&t, t.root, buf, sizeof(buf));
	CHECK_STR(buf, "(S (NP (NNP IRAQ)) (VP (VBD WON)))");
	const char *extra = "(S (NP (NNP Iraq))) (VP (VBD won))";
	CHECK(pm_tree_parse_penn(&t, &a, extra, strlen(extra), err, sizeof(err)) < 0);
	CHECK(strstr(err, "after the end") != NULL);
	const char *open = "(S (NP (NNP Iraq)";
	CHECK(pm_tree_parse_penn(&t, &a, open, strlen(open), err, sizeof(err)) < 0);
	CHECK(strstr(err, "missing ')'") != NULL);
	CHECK(pm_tree_parse_penn(&t, &a, "  ", 2, err, sizeof(err)) < 0);

	/* a tree without the ROOT wrapper */
	const char *bare = "(S (NP (PRP They)) (VP (VBD fled)))";
	CHECK_INT(pm_tree_parse_penn(&t, &a, bare, strlen(bare), err, sizeof(err)), 0);
	CHECK_STR(t.nodes[t.root].label, "S");

	pm_arena_free(&a);
	TEST_END();
}
