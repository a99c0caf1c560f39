/* tag_eval.c - tagging accuracy and speed on a CoNLL-U file.
 *
 * usage: tag_eval [--map DEV.conllu] [--errors N] [--repeat N] [--dump OUT] MODEL FILE.conllu
 * Tags every sentence of FILE with its gold tokenization and prints Penn
 * (XPOS) accuracy against the gold XPOS (mapped as the tagger writes them,
 * pm_tagger_penn) and, when FILE has UPOS, the accuracy of the tagger's own
 * UPOS; for comparison also of our Penn tag mapped to the UPOS most often
 * seen with (word, XPOS) in the --map file, else with XPOS alone (default
 * map: en_ewt-ud-dev.conllu beside FILE).
 * Then tokens per second on one core, tagging the file over and over for
 * at least a second (or N times). --errors N lists the N most frequent
 * gold -> ours confusions; --dump writes word, gold and our XPOS, gold and
 * our UPOS per token. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse/tagger.h"
#include "util/error.h"

typedef struct S_tok {
	char *form, *upos, *xpos;
} S_tok;

typedef struct S_file {
	S_tok *tok;
	int n, cap;
	int *starts;  /* sentence starts, n_sents + 1 entries */
	int n_sents, cap_sents;
} S_file;

static void *S_grow(void *p, int *cap, int need, size_t size)
{
	if (need <= *cap)
		return p;
	*cap = need > 2 * *cap ? need : 2 * *cap;
	p = realloc(p, (size_t)*cap * size);
	if (!p)
		exit(1);
	return p;
}

static void S_file_free(S_file *f)
{
	for (int i = 0; i < f->n; i++)
		free(f->tok[i].form), free(f->tok[i].upos), free(f->tok[i].xpos);
	free(f->tok);
	free(f->starts);
}

static void S_sent_end(S_file *f)
{
	if (f->n_sents >= 0 && f->starts[f->n_sents] == f->n)
		return;
	f->starts = S_grow(f->starts, &f->cap_sents, f->n_sents + 3, sizeof(int));
	f->starts[++f->n_sents] = f->n;
}

static int S_read(S_file *f, const char *path)
{
	FILE *in = fopen(path, "r");
	if (!in) {
		perror(path);
		return -1;
	}
	memset(f, 0, sizeof(*f));
	f->starts = S_grow(NULL, &f->cap_sents, 2, sizeof(int));
	f->starts[0] = 0;
	char line[4096];
	while (fgets(line, sizeof(line), in)) {
		line[strcspn(line, "\n")] = '\0';
		if (!line[0]) {
			S_sent_end(f);
			continue;
		}
		char *col[10] = {0}, *p = line;
		for (int k = 0; k < 10 && p; k++) {
			col[k] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = '\0';
		}
		if (line[0] == '#' || !col[4] || strchr(col[0], '-') || strchr(col[0], '.'))
			continue;
		f->tok = S_grow(f->tok, &f->cap, f->n + 1, sizeof(S_tok));
		f->tok[f->n++] = (S_tok){strdup(col[1]), strdup(col[3]), strdup(pm_tagger_penn(col[4]))};
	}
	S_sent_end(f);
	fclose(in);
	return 0;
}

/* (word, xpos) -> UPOS counts, as a flat list searched by hash. */
typedef struct S_mapent {
	char key[96];
	char upos[8][8];
	int count[8];
} S_mapent;

typedef struct S_map {
	S_mapent *e;
	unsigned cap;
} S_map;

static unsigned S_hash(const char *s)
{
	unsigned h = 2166136261u;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static S_mapent *S_map_get(S_map *m, const char *key)
{
	unsigned i = S_hash(key) & (m->cap - 1);
	while (m->e[i].key[0] && strcmp(m->e[i].key, key))
		i = (i + 1) & (m->cap - 1);
	if (!m->e[i].key[0])
		snprintf(m->e[i].key, sizeof(m->e[i].key), "%s", key);
	return &m->e[i];
}

static void S_map_add(S_map *m, const char *key, const char *upos)
{
	S_mapent *e = S_map_get(m, key);
	for (int i = 0; i < 8; i++) {
		if (!e->upos[i][0])
			snprintf(e->upos[i], 8, "%s", upos);
		if (!strcmp(e->upos[i], upos)) {
			e->count[i]++;
			return;
		}
	}
}

static const char *S_map_best(S_map *m, const char *key)
{
	S_mapent *e = S_map_get(m, key);
	int best = -1;
	for (int i = 0; i < 8 && e->upos[i][0]; i++)
		if (best < 0 || e->count[i] > e->count[best])
			best = i;
	return best < 0 ? NULL : e->upos[best];
}

static void S_key(char *buf, size_t cap, const char *word, const char *xpos)
{
	size_t n = (size_t)snprintf(buf, cap, "%s\t%s", xpos, word);
	for (size_t i = 0; i < n && i < cap; i++)
		buf[i] = (char)tolower((unsigned char)buf[i]);
}

static void S_map_build(S_map *m, const S_file *dev)
{
	m->cap = 1u << 17;
	m->e = calloc(m->cap, sizeof(S_mapent));
	char key[96];
	for (int i = 0; i < dev->n; i++) {
		S_key(key, sizeof(key), dev->tok[i].form, dev->tok[i].xpos);
		S_map_add(m, key, dev->tok[i].upos);
		S_map_add(m, dev->tok[i].xpos, dev->tok[i].upos);
	}
}

static const char *S_upos(S_map *m, const char *word, const char *xpos)
{
	char key[96];
	S_key(key, sizeof(key), word, xpos);
	const char *u = S_map_best(m, key);
	return u ? u : S_map_best(m, xpos) ? S_map_best(m, xpos) : "X";
}

/* Tags every sentence; with_cache: through a word cache made for the pass
 * (as the pipeline tags, each coder with its own). */
static void S_tag_all(const pm_tagger *t, int with_cache, const S_file *f, pm_token *toks)
{
	pm_tagger_cache *cache = NULL;
	if (with_cache && pm_tagger_cache_new(&cache, t) < 0)
		cache = NULL;
	for (int s = 0; s < f->n_sents; s++) {
		int a = f->starts[s], b = f->starts[s + 1];
		pm_tagger_tag_cached(t, cache, toks + a, b - a);
	}
	pm_tagger_cache_free(cache);
}

/* Tags with a word cache and checks each tag against the plain tagger's. */
static int S_cache_differs(const pm_tagger *t, const S_file *f, const pm_token *plain)
{
	pm_token *toks = calloc((size_t)f->n + 1, sizeof(pm_token));
	int differ = 0;
	for (int k = 0; k < f->n; k++)
		toks[k].text = f->tok[k].form;
	S_tag_all(t, 1, f, toks);
	for (int k = 0; k < f->n; k++)
		differ += strcmp(toks[k].tag, plain[k].tag) || strcmp(toks[k].upos, plain[k].upos);
	free(toks);
	return differ;
}

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

typedef struct S_conf {
	char pair[24];
	int n;
} S_conf;

static int S_conf_cmp(const void *a, const void *b)
{
	return ((const S_conf *)b)->n - ((const S_conf *)a)->n;
}

static void S_errors(const S_file *f, const pm_token *toks, int top)
{
	S_conf *c = calloc(4096, sizeof(S_conf));
	int nc = 0;
	for (int i = 0; i < f->n; i++) {
		if (!strcmp(toks[i].tag, f->tok[i].xpos))
			continue;
		char pair[24];
		snprintf(pair, sizeof(pair), "%s->%s", f->tok[i].xpos, toks[i].tag);
		int k = 0;
		while (k < nc && strcmp(c[k].pair, pair))
			k++;
		if (k == nc && nc < 4096)
			snprintf(c[nc++].pair, sizeof(pair), "%s", pair);
		if (k < nc)
			c[k].n++;
	}
	qsort(c, (size_t)nc, sizeof(S_conf), S_conf_cmp);
	for (int k = 0; k < nc && k < top; k++)
		printf("  %-16s %d\n", c[k].pair, c[k].n);
	free(c);
}

int main(int argc, char **argv)
{
	const char *map_path = NULL;
	int errors = 0, repeat = 0, i = 1;
	FILE *dump = NULL;
	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		if (!strcmp(argv[i], "--map"))
			map_path = argv[i + 1];
		else if (!strcmp(argv[i], "--errors"))
			errors = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--dump"))
			dump = fopen(argv[i + 1], "w");
		else if (!strcmp(argv[i], "--repeat"))
			repeat = atoi(argv[i + 1]);
	}
	if (argc - i != 2) {
		fprintf(stderr, "usage: tag_eval [--map DEV.conllu] [--errors N] [--repeat N] [--dump OUT] MODEL FILE.conllu\n");
		return 2;
	}
	pm_tagger *t;
	if (pm_tagger_load(&t, argv[i])) {
		fprintf(stderr, "tag_eval: %s\n", pm_error_last());
		return 1;
	}
	S_file f;
	if (S_read(&f, argv[i + 1]))
		return 1;
	char def[1024];
	if (!map_path) {
		snprintf(def, sizeof(def), "%s", argv[i + 1]);
		char *slash = strrchr(def, '/');
		snprintf(slash ? slash + 1 : def, sizeof(def) - (size_t)(slash ? slash + 1 - def : 0),
			 "en_ewt-ud-dev.conllu");
		map_path = def;
	}
	pm_token *toks = calloc((size_t)f.n + 1, sizeof(pm_token));
	for (int k = 0; k < f.n; k++)
		toks[k].text = f.tok[k].form;
	S_tag_all(t, 0, &f, toks);
	int xok = 0, uok = 0, mok = 0, un = 0;
	S_file dev;
	S_map map = {0};
	int have_map = f.n && strcmp(f.tok[0].upos, "_") && S_read(&dev, map_path) == 0;
	if (!have_map)
		memset(&dev, 0, sizeof(dev));
	if (have_map)
		S_map_build(&map, &dev);
	for (int k = 0; k < f.n; k++) {
		xok += !strcmp(toks[k].tag, f.tok[k].xpos);
		if (strcmp(f.tok[k].upos, "_")) {
			un++;
			uok += !strcmp(toks[k].upos, f.tok[k].upos);
			mok += have_map && !strcmp(S_upos(&map, f.tok[k].form, toks[k].tag), f.tok[k].upos);
		}
	}
	printf("%s: %d sentences, %d tokens\n", argv[i + 1], f.n_sents, f.n);
	printf("XPOS (Penn) accuracy: %.2f%%\n", 100.0 * xok / (f.n ? f.n : 1));
	if (un)
		printf("UPOS accuracy:        %.2f%% (the tagger's own)\n", 100.0 * uok / un);
	if (un && have_map)
		printf("UPOS via Penn map:    %.2f%% (Penn -> UPOS map from %s)\n", 100.0 * mok / un, map_path);
	if (errors)
		S_errors(&f, toks, errors);
	for (int k = 0; dump && k < f.n; k++)
		fprintf(dump, "%s\t%s\t%s\t%s\t%s\n", f.tok[k].form, f.tok[k].xpos, toks[k].tag,
			f.tok[k].upos, toks[k].upos);
	if (dump)
		fclose(dump);
	int differ = S_cache_differs(t, &f, toks);
	if (differ)
		printf("word cache: %d tokens tagged differently (a bug)\n", differ);
	for (int with_cache = 0; with_cache < 2; with_cache++) {
		double t0 = S_now(), el = 0;
		long done = 0;
		for (int r = 0; repeat ? r < repeat : el < 1.0; r++) {
			S_tag_all(t, with_cache, &f, toks);
			done += f.n;
			el = S_now() - t0;
		}
		printf("speed%s: %.2f M tokens/s (%ld tokens in %.2f s, one core)\n",
		       with_cache ? " with a word cache (new each pass)" : "", (double)done / el / 1e6, done, el);
	}
	pm_tagger_free(t);
	if (have_map)
		S_file_free(&dev);
	free(map.e);
	free(toks);
	S_file_free(&f);
	return differ ? 1 : 0;
}
