/* parse_eval.c - how close the chunk parser comes to Stanford trees.
 *
 * usage: parse_eval [--dump] [--repeat N] [--verbs F --agents F --actors F ...] FILE.xml ...
 * For every <Parse> in the PETRARCH XML files: take the leaves and their
 * gold tags, run pm_chunk_parse on them, and compare labelled brackets
 * (spans over non-punctuation words) for NP, VP, PP, S and SBAR. Prints
 * precision, recall and F1 per label, then parsing speed (the parse is
 * repeated N times, default 200, over all sentences). --dump prints each
 * gold and produced tree. With dictionaries given, each sentence is also
 * coded from both trees and the (source, target, code) events compared:
 * what the coder would lose or gain from our trees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "code/coder.h"
#include "dict/dict.h"
#include "parse/chunk.h"
#include "types/tree.h"
#include "util/arena.h"

enum { L_NP, L_VP, L_PP, L_S, L_SBAR, L_N };
static const char *const S_names[L_N] = {"NP", "VP", "PP", "S", "SBAR"};

typedef struct {
	int label, start, end;
} S_br;

typedef struct {
	char **parses;
	int n, cap;
} S_set;

static void S_keep(S_set *set, const pm_input *r)
{
	if (!r->parse)
		return;
	if (set->n == set->cap) {
		set->cap = set->cap ? 2 * set->cap : 256;
		set->parses = realloc(set->parses, (size_t)set->cap * sizeof(char *));
	}
	set->parses[set->n++] = strdup(r->parse);
}

static int S_label(const char *l)
{
	for (int i = 0; i < L_N; i++)
		if (!strcmp(l, S_names[i]))
			return i;
	return -1;
}

static int S_punct(const char *tag)
{
	return strchr(",.:`'", tag[0]) || !strcmp(tag, "-LRB-") || !strcmp(tag, "-RRB-");
}

/* Collects brackets under node i; returns its span in lo/hi (-1 if none). */
static void S_walk(const pm_tree *t, int i, S_br *out, int *nout, int *lo, int *hi)
{
	const pm_node *n = &t->nodes[i];
	if (n->word) {
		*lo = *hi = S_punct(n->label) ? -1 : n->token;
		return;
	}
	int l = -1, h = -1;
	for (int c = n->first_child; c >= 0; c = t->nodes[c].next_sibling) {
		int cl, ch;
		S_walk(t, c, out, nout, &cl, &ch);
		if (cl >= 0 && (l < 0 || cl < l))
			l = cl;
		if (ch > h)
			h = ch;
	}
	*lo = l;
	*hi = h;
	int lab = S_label(n->label);
	if (lab >= 0 && l >= 0)
		out[(*nout)++] = (S_br){lab, l, h};
}

static int S_cmp(const void *a, const void *b)
{
	const S_br *x = a, *y = b;
	if (x->label != y->label)
		return x->label - y->label;
	if (x->start != y->start)
		return x->start - y->start;
	return x->end - y->end;
}

/* Matches sorted bracket lists; adds per-label counts. */
static void S_score(S_br *g, int ng, S_br *p, int np, long *gold, long *pred, long *match)
{
	qsort(g, (size_t)ng, sizeof(*g), S_cmp);
	qsort(p, (size_t)np, sizeof(*p), S_cmp);
	for (int i = 0; i < ng; i++)
		gold[g[i].label]++;
	for (int i = 0; i < np; i++)
		pred[p[i].label]++;
	int i = 0, j = 0;
	while (i < ng && j < np) {
		int c = S_cmp(&g[i], &p[j]);
		if (c == 0) {
			match[g[i].label]++;
			i++;
			j++;
		} else if (c < 0) {
			i++;
		} else {
			j++;
		}
	}
}

/* The PETRARCH samples use an old Stanford AUX tag set; a tagger gives VB*. */
static void S_tag(char out[8], const char *label)
{
	if (!strncmp(label, "AUX", 3)) {
		snprintf(out, 8, "VB%s", label[3] == 'B' ? "" : label + 3);
		return;
	}
	snprintf(out, 8, "%s", label);
}

/* Fills s with the gold tree's words; returns the token count. */
static int S_tokens(const pm_tree *g, pm_sentence *s, pm_arena *a)
{
	int n = g->n_words, k = 0;
	s->tokens = pm_arena_alloc(a, (size_t)(n ? n : 1) * sizeof(pm_token));
	for (int i = 0; i < g->n_nodes; i++) {
		const pm_node *nd = &g->nodes[i];
		if (!nd->word)
			continue;
		pm_token *t = &s->tokens[k++];
		t->text = nd->surface;
		t->upper = nd->word;
		t->lemma = nd->word;
		S_tag(t->tag, nd->label);
	}
	s->n_tokens = k;
	return k;
}

/* Events of one tree as "SRC TGT CODE" strings, sorted. */
static int S_events(const pm_dict *d, const pm_sentence *s, pm_arena *a, char ev[][64], int cap)
{
	pm_code_options o = PM_CODE_OPTIONS_INIT;
	pm_coded_event *out = NULL;
	int n = 0, k = 0;
	if (pm_code_sentence(d, &o, s, 20160325, a, &out, &n) != PM_CODED)
		return 0;
	for (int i = 0; i < n && k < cap; i++)
		snprintf(ev[k++], 64, "%s %s %s", out[i].source ? out[i].source : "-",
			 out[i].target ? out[i].target : "-", out[i].code);
	qsort(ev, (size_t)k, 64, (int (*)(const void *, const void *))strcmp);
	return k;
}

/* Adds matched events of sorted lists g and p to *match. */
static void S_match_events(char g[][64], int ng, char p[][64], int np, long *match)
{
	int i = 0, j = 0;
	while (i < ng && j < np) {
		int c = strcmp(g[i], p[j]);
		*match += c == 0;
		i += c <= 0;
		j += c >= 0;
	}
}

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	int dump = 0, repeat = 200;
	S_set set = {0};
	pm_dict *dict = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dump")) {
			dump = 1;
		} else if ((!strcmp(argv[i], "--verbs") || !strcmp(argv[i], "--agents") ||
			    !strcmp(argv[i], "--actors")) && i + 1 < argc) {
			if (!dict && pm_dict_new(&dict) < 0)
				return 2;
			int rc = argv[i][2] == 'v'   ? pm_dict_load_verbs(dict, argv[i + 1])
				 : argv[i][3] == 'g' ? pm_dict_load_agents(dict, argv[i + 1])
						     : pm_dict_load_actors(dict, argv[i + 1]);
			if (rc < 0) {
				fprintf(stderr, "parse_eval: %s\n", pm_error_last());
				return 2;
			}
			i++;
		} else if (!strcmp(argv[i], "--repeat") && i + 1 < argc) {
			repeat = atoi(argv[++i]);
		} else {
			pm_reader_options ro = PM_READER_OPTIONS_INIT;
			ro.kind = "xml";
			pm_reader *rd;
			pm_input in;
			if (pm_reader_open(&rd, argv[i], &ro) < 0) {
				fprintf(stderr, "parse_eval: %s\n", pm_error_last());
				return 2;
			}
			int rc;
			while ((rc = pm_reader_next(rd, &in)) != 0)
				if (rc > 0)
					S_keep(&set, &in);
			pm_reader_free(rd);
		}
	}
	if (!set.n) {
		fprintf(stderr, "usage: parse_eval [--dump] [--repeat N] FILE.xml ...\n");
		return 2;
	}
	long gold[L_N] = {0}, pred[L_N] = {0}, match[L_N] = {0};
	pm_arena a;
	pm_arena_init(&a, 1 << 16);
	static char buf[1 << 16];
	pm_sentence *sents = calloc((size_t)set.n, sizeof(*sents));
	pm_arena keep;
	pm_arena_init(&keep, 1 << 20);
	long words = 0, ev_gold = 0, ev_ours = 0, ev_match = 0, sent_same = 0;
	static char eg[64][64], eo[64][64];
	for (int r = 0; r < set.n; r++) {
		pm_tree g;
		char err[128];
		pm_arena_reset(&a);
		if (pm_tree_parse_penn(&g, &keep, set.parses[r], strlen(set.parses[r]), err,
				       sizeof(err)) < 0)
			continue;
		pm_sentence *s = &sents[r];
		words += S_tokens(&g, s, &keep);
		pm_chunk_parse(s, &a);
		int cap = 2 * g.n_nodes + 2 * s->tree.n_nodes + 4, ng = 0, np = 0, lo, hi;
		S_br *gb = malloc((size_t)cap * sizeof(*gb)), *pb = malloc((size_t)cap * sizeof(*pb));
		S_walk(&g, g.root, gb, &ng, &lo, &hi);
		if (s->tree.root >= 0)
			S_walk(&s->tree, s->tree.root, pb, &np, &lo, &hi);
		S_score(gb, ng, pb, np, gold, pred, match);
		if (dict) {
			pm_sentence gs = *s;
			gs.tree = g;
			int ngv = S_events(dict, &gs, &a, eg, 64), nov = S_events(dict, s, &a, eo, 64);
			long m = 0;
			S_match_events(eg, ngv, eo, nov, &m);
			ev_gold += ngv;
			ev_ours += nov;
			ev_match += m;
			sent_same += m == ngv && m == nov;
			if (dump)
				for (int k = 0; k < ngv || k < nov; k++)
					printf("event gold %-24s ours %s\n", k < ngv ? eg[k] : "", k < nov ? eo[k] : "");
		}
		if (dump) {
			pm_tree_format(&g, g.root, buf, sizeof(buf));
			printf("gold %s\n", buf);
			pm_tree_format(&s->tree, s->tree.root, buf, sizeof(buf));
			printf("ours %s\n\n", buf);
		}
		free(gb);
		free(pb);
	}
	long tg = 0, tp = 0, tm = 0;
	printf("%-5s %6s %6s %6s %7s %7s %7s\n", "label", "gold", "ours", "match", "prec", "recall",
	       "F1");
	for (int l = 0; l < L_N; l++) {
		double p = pred[l] ? (double)match[l] / pred[l] : 0, rc = gold[l] ? (double)match[l] / gold[l] : 0;
		printf("%-5s %6ld %6ld %6ld %7.3f %7.3f %7.3f\n", S_names[l], gold[l], pred[l], match[l], p,
		       rc, p + rc > 0 ? 2 * p * rc / (p + rc) : 0);
		tg += gold[l];
		tp += pred[l];
		tm += match[l];
	}
	double p = tp ? (double)tm / tp : 0, rc = tg ? (double)tm / tg : 0;
	printf("%-5s %6ld %6ld %6ld %7.3f %7.3f %7.3f\n", "all", tg, tp, tm, p, rc,
	       p + rc > 0 ? 2 * p * rc / (p + rc) : 0);

	if (dict) {
		double ep = ev_ours ? (double)ev_match / ev_ours : 0, er = ev_gold ? (double)ev_match / ev_gold : 0;
		printf("events: from gold trees %ld, from ours %ld, same %ld (prec %.3f recall %.3f F1 %.3f); "
		       "sentences with identical events %ld of %d\n",
		       ev_gold, ev_ours, ev_match, ep, er, ep + er > 0 ? 2 * ep * er / (ep + er) : 0,
		       sent_same, set.n);
		pm_dict_free(dict);
	}
	double t0 = S_now();
	for (int k = 0; k < repeat; k++) {
		for (int r = 0; r < set.n; r++) {
			pm_arena_reset(&a);
			if (sents[r].n_tokens)
				pm_chunk_parse(&sents[r], &a);
		}
	}
	double dt = S_now() - t0;
	long ns = (long)repeat * set.n;
	printf("speed: %ld sentences (%ld words) in %.3f s = %.0f sentences/s, %.1f M words/s\n", ns,
	       words * repeat, dt, dt > 0 ? ns / dt : 0, dt > 0 ? words * repeat / dt / 1e6 : 0);
	pm_arena_free(&a);
	pm_arena_free(&keep);
	for (int r = 0; r < set.n; r++)
		free(set.parses[r]);
	free(set.parses);
	free(sents);
	return 0;
}
