/* test_model.c - one pm_model shared by coders on several threads.
 *
 * Through the public API alone (palmyra.h): the news set's documents (and
 * the seed article when ../shared has it) are coded by one coder, then by
 * four threads each with its own coder over the same model, then by a
 * coder with a model of its own; every document's event lines
 * (pm_event_write, JSON) must be the same text all three ways. `make tsan`
 * runs this under ThreadSanitizer. Also: a document coded by the library
 * gives the events we expect, a model's dictionary warnings come once, at
 * load, and the model's options are enforced. Run from the repository
 * root. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "palmyra.h"

#include "../test.h"

#define S_THREADS 4

typedef struct {
	pm_input in;
	char id[32], date[16], origin[64];
	char *text;
} S_doc;

typedef struct {
	S_doc *docs;
	int n, cap;
} S_docs;

/* ---- reading the documents --------------------------------------------- */

/* The string value of "key" in one JSON line (the news set's own files:
 * flat objects, escapes limited to \" \\ \/ \n \t and ASCII \u), or NULL. */
static char *S_json_str(const char *line, const char *key)
{
	char pat[64];
	snprintf(pat, sizeof(pat), "\"%s\":", key);
	const char *p = strstr(line, pat);
	if (!p)
		return NULL;
	p += strlen(pat);
	while (*p == ' ')
		p++;
	if (*p++ != '"')
		return NULL;
	char *out = malloc(strlen(p) + 1), *o = out;
	for (; *p && *p != '"'; p++) {
		if (*p != '\\') {
			*o++ = *p;
			continue;
		}
		p++;
		if (*p == 'n')
			*o++ = '\n';
		else if (*p == 't')
			*o++ = '\t';
		else if (*p == 'u' && p[1] && p[2] && p[3] && p[4]) {
			*o++ = (char)strtol((char[]){p[3], p[4], 0}, NULL, 16);
			p += 4;
		} else if (*p)
			*o++ = *p;
		else
			break;
	}
	*o = '\0';
	return out;
}

static S_doc *S_add(S_docs *d)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 256;
		d->docs = realloc(d->docs, (size_t)d->cap * sizeof(*d->docs));
	}
	S_doc *doc = &d->docs[d->n++];
	memset(doc, 0, sizeof(*doc));
	doc->in = (pm_input)PM_INPUT_INIT;
	return doc;
}

/* Each line's text as body text with the line's id and date. */
static int S_read_jsonl(S_docs *d, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char line[8192];
	int ln = 0;
	while (fgets(line, sizeof(line), f)) {
		ln++;
		char *text = S_json_str(line, "text"), *id = S_json_str(line, "id"),
		     *date = S_json_str(line, "date");
		if (text) {
			S_doc *doc = S_add(d);
			snprintf(doc->id, sizeof(doc->id), "%s", id ? id : "");
			snprintf(doc->date, sizeof(doc->date), "%s", date ? date : "");
			snprintf(doc->origin, sizeof(doc->origin), "%s:%d", path, ln);
			doc->text = text;
			doc->in.kind = PM_INPUT_BODY;
			doc->in.id = doc->id;
			doc->in.date = date ? doc->date : NULL;
			doc->in.origin = doc->origin;
			doc->in.text = text;
			doc->in.len = strlen(text);
		}
		free(id);
		free(date);
	}
	fclose(f);
	return 0;
}

static char *S_slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	size_t got = fread(buf, 1, (size_t)n, f);
	buf[got] = '\0';
	fclose(f);
	return buf;
}

static void S_docs_free(S_docs *d)
{
	for (int i = 0; i < d->n; i++)
		free(d->docs[i].text);
	free(d->docs);
}

/* ---- coding ------------------------------------------------------------- */

typedef struct {
	FILE *f;
	long events;
} S_sink;

static int S_write(void *ctx, const pm_event *ev)
{
	S_sink *s = ctx;
	s->events++;
	return pm_event_write(s->f, PM_FORMAT_JSONL, ev, 1) < 0;
}

static void S_count_warning(void *ctx, const char *message)
{
	(void)message;
	(*(long *)ctx)++;
}

/* Document i's event lines into out[i] (malloc'd); returns the events, or
 * a negative code when a document failed. */
static long S_code_docs(pm_coder *c, const S_docs *d, int first, int step, char **out)
{
	long events = 0;
	for (int i = first; i < d->n; i += step) {
		size_t len = 0;
		S_sink s = {open_memstream(&out[i], &len), 0};
		int rc = pm_coder_code(c, &d->docs[i].in, S_write, &s);
		fclose(s.f);
		if (rc < 0)
			return rc;
		events += s.events;
	}
	return events;
}

typedef struct {
	const pm_model *model;
	const S_docs *docs;
	int first;                 /* this thread codes documents first, first + S_THREADS, ... */
	char **out;
	pthread_barrier_t *start;
	long events;               /* or a negative code */
	long warnings;             /* through this thread's coder */
	pm_coder_stats stats;
} S_job;

static void *S_work(void *arg)
{
	S_job *j = arg;
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	o.warn = S_count_warning;
	o.warn_ctx = &j->warnings;
	pm_coder *c = NULL;
	int rc = pm_coder_new_with_model(&c, j->model, &o);
	/* All coders exist before any codes, so the threads overlap. */
	pthread_barrier_wait(j->start);
	if (rc < 0) {
		j->events = rc;
		return NULL;
	}
	j->events = S_code_docs(c, j->docs, j->first, S_THREADS, j->out);
	pm_coder_stats_get(c, &j->stats);
	pm_coder_free(c);
	return NULL;
}

static int S_same(const S_docs *d, char **a, char **b, const char *what)
{
	int differ = 0;
	for (int i = 0; i < d->n; i++) {
		if (a[i] && b[i] && !strcmp(a[i], b[i]))
			continue;
		if (differ++ < 3)
			fprintf(stderr, "%s: %s differs:\n  %s\n  %s\n", what, d->docs[i].in.origin,
				a[i] ? a[i] : "(not coded)", b[i] ? b[i] : "(not coded)");
	}
	return !differ;
}

static char **S_outs(int n)
{
	return calloc((size_t)n + 1, sizeof(char *));
}

static void S_outs_free(char **out, int n)
{
	for (int i = 0; i < n; i++)
		free(out[i]);
	free(out);
}

/* One model, one coder and four threads, then a coder of its own. */
static void test_threads(void)
{
	S_docs d = {0};
	CHECK_INT(S_read_jsonl(&d, "tests/data/news/sentences.jsonl"), 0);
	CHECK_INT(S_read_jsonl(&d, "tests/data/news/heldout.jsonl"), 0);
	CHECK(d.n >= 250);
	const char *seed = test_shared("seed/palmyra-2016-03-25.txt");
	if (seed) {
		S_doc *doc = S_add(&d);
		snprintf(doc->id, sizeof(doc->id), "palmyra-2016-03-25");
		snprintf(doc->origin, sizeof(doc->origin), "palmyra-2016-03-25.txt");
		doc->text = S_slurp(seed);
		doc->in.kind = PM_INPUT_ARTICLE;
		doc->in.id = doc->id;
		doc->in.origin = doc->origin;
		doc->in.text = doc->text;
		doc->in.len = doc->text ? strlen(doc->text) : 0;
		CHECK(doc->text != NULL);
	} else {
		printf("skip: the seed article is not among the threaded documents\n");
	}

	long model_warnings = 0;
	pm_model_options mo = PM_MODEL_OPTIONS_INIT;
	mo.data_dir = "data";
	mo.warn = S_count_warning;
	mo.warn_ctx = &model_warnings;
	pm_model *m = NULL;
	int rc = pm_model_new(&m, &mo);
	CHECK_INT(rc, 0);
	if (rc < 0) {
		fprintf(stderr, "pm_model_new: %s\n", pm_error_last());
		S_docs_free(&d);
		return;
	}
	long loaded_warnings = model_warnings;

	/* One thread. */
	char **one = S_outs(d.n);
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	long coder_warnings = 0;
	o.warn = S_count_warning;
	o.warn_ctx = &coder_warnings;
	pm_coder *c = NULL;
	CHECK_INT(pm_coder_new_with_model(&c, m, &o), 0);
	long events = c ? S_code_docs(c, &d, 0, 1, one) : -1;
	pm_coder_stats st1 = {0};
	if (c)
		pm_coder_stats_get(c, &st1);
	pm_coder_free(c);
	/* The news set has 267 coded events; the coder finds most of them. */
	CHECK(events > 150);
	CHECK_INT(st1.documents, d.n);
	CHECK_INT(st1.events, events);
	CHECK_INT(st1.errors, 0);

	/* Four threads, each with its own coder over the same model. */
	char **four = S_outs(d.n);
	S_job jobs[S_THREADS];
	pthread_t tids[S_THREADS];
	pthread_barrier_t start;
	pthread_barrier_init(&start, NULL, S_THREADS);
	for (int t = 0; t < S_THREADS; t++) {
		jobs[t] = (S_job){m, &d, t, four, &start, 0, 0, {0, 0, 0, 0, 0}};
		CHECK_INT(pthread_create(&tids[t], NULL, S_work, &jobs[t]), 0);
	}
	long events4 = 0, docs4 = 0, warnings4 = 0;
	for (int t = 0; t < S_THREADS; t++) {
		pthread_join(tids[t], NULL);
		CHECK(jobs[t].events >= 0);
		events4 += jobs[t].events;
		docs4 += jobs[t].stats.documents;
		warnings4 += jobs[t].warnings;
	}
	pthread_barrier_destroy(&start);
	CHECK_INT(events4, events);
	CHECK_INT(docs4, d.n);
	CHECK_INT(warnings4, coder_warnings);
	CHECK(S_same(&d, one, four, "1 thread vs 4 threads"));

	/* pm_coder_new's private model gives the same. */
	char **own = S_outs(d.n);
	pm_coder_options po = PM_CODER_OPTIONS_INIT;
	po.data_dir = "data";
	po.warn = S_count_warning;
	po.warn_ctx = &coder_warnings;
	c = NULL;
	CHECK_INT(pm_coder_new(&c, &po), 0);
	CHECK_INT(c ? S_code_docs(c, &d, 0, 1, own) : -1, events);
	pm_coder_free(c);
	CHECK(S_same(&d, one, own, "shared model vs a coder's own"));

	/* Coding warned through the coders, never through the model. */
	CHECK_INT(model_warnings, loaded_warnings);

	S_outs_free(one, d.n);
	S_outs_free(four, d.n);
	S_outs_free(own, d.n);
	pm_model_free(m);
	S_docs_free(&d);
}

/* ---- the library alone -------------------------------------------------- */

typedef struct {
	int n;
	char source[32][16], target[32][16], code[32][8], date[32][16], precision[32][16];
	int has_place[32], tadmur[32], idlib[32];
} S_got;

static int S_keep(void *ctx, const pm_event *ev)
{
	S_got *g = ctx;
	if (g->n == 32)
		return 1;
	int i = g->n++;
	snprintf(g->source[i], sizeof(g->source[i]), "%s", ev->source.code ? ev->source.code : "");
	snprintf(g->target[i], sizeof(g->target[i]), "%s", ev->target.code ? ev->target.code : "");
	snprintf(g->code[i], sizeof(g->code[i]), "%s", ev->code ? ev->code : "");
	snprintf(g->date[i], sizeof(g->date[i]), "%s", ev->date ? ev->date : "");
	snprintf(g->precision[i], sizeof(g->precision[i]), "%s",
		 ev->date_precision ? ev->date_precision : "");
	g->has_place[i] = ev->location.found;
	g->tadmur[i] = ev->location.found && !strcmp(ev->location.name, "Tadmur");
	g->idlib[i] = ev->location.found && (strstr(ev->location.name, "Idlib") || (ev->location.admin1 && strstr(ev->location.admin1, "Idlib")));
	return 0;
}

static void test_library_codes(void)
{
	pm_model *m = NULL;
	pm_model_options mo = PM_MODEL_OPTIONS_INIT;
	mo.data_dir = "data";
	CHECK_INT(pm_model_new(&m, &mo), 0);
	pm_coder *c = NULL;
	CHECK_INT(m ? pm_coder_new_with_model(&c, m, NULL) : -1, 0);
	if (!c) {
		pm_model_free(m);
		return;
	}
	int gazetteer = access("data/gazetteer.bin", R_OK) == 0;
	if (!gazetteer)
		printf("skip: no data/gazetteer.bin (make data): places not checked\n");

	const char *text = "Syrian regime forces recaptured the old citadel of Palmyra on Friday. "
			   "Russian jets bombed rebel positions in Idlib province on Tuesday, killing "
			   "at least 12 fighters, rescue workers said.";
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = "lib-1";
	in.date = "2016-03-25";
	in.text = text;
	in.len = strlen(text);
	in.origin = "test_model";
	S_got g;
	memset(&g, 0, sizeof(g));
	CHECK_INT(pm_coder_code(c, &in, S_keep, &g), 0);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.source[0], "SYRMIL");
	CHECK_STR(g.code[0], "190");
	CHECK_STR(g.date[0], "2016-03-25");
	CHECK_STR(g.precision[0], "day");
	CHECK_STR(g.source[1], "RUSMIL");
	CHECK_STR(g.target[1], "SYRREB");
	CHECK_STR(g.code[1], "195");
	CHECK_STR(g.date[1], "2016-03-22");
	if (gazetteer) {
		CHECK(g.tadmur[0]);
		CHECK(g.idlib[1]);
	}

	int coded = 1;
	const char *seed = test_shared("seed/palmyra-2016-03-25.txt");
	char *article = seed ? S_slurp(seed) : NULL;
	if (article) {
		coded++;
		pm_input a = PM_INPUT_INIT;
		a.kind = PM_INPUT_ARTICLE;
		a.id = "seed";
		a.text = article;
		a.len = strlen(article);
		memset(&g, 0, sizeof(g));
		CHECK_INT(pm_coder_code(c, &a, S_keep, &g), 0);
		/* The headline: regime forces retake Palmyra from DAESH, dated
		 * by the article's own dateline. */
		CHECK(g.n >= 7);
		CHECK_STR(g.source[0], "SYRMIL");
		CHECK_STR(g.target[0], "IMGMUSISI");
		CHECK_STR(g.code[0], "190");
		CHECK_STR(g.date[0], "2016-03-25");
		if (gazetteer)
			CHECK(g.tadmur[0]);
		free(article);
	}
	pm_coder_stats st;
	pm_coder_stats_get(c, &st);
	CHECK_INT(st.documents, coded);
	CHECK_INT(st.errors, 0);
	pm_coder_free(c);
	pm_model_free(m);
}

/* ---- warnings and options ------------------------------------------------ */

typedef struct {
	int n;
	char last[256];
} S_warned;

static void S_keep_warning(void *ctx, const char *message)
{
	S_warned *w = ctx;
	w->n++;
	snprintf(w->last, sizeof(w->last), "%s", message);
}

static int S_write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fputs(text, f);
	return fclose(f);
}

static void test_model_options(void)
{
	char dir[] = "/tmp/pm_model_XXXXXX";
	if (!mkdtemp(dir)) {
		CHECK(!"temporary directory");
		return;
	}
	char verbs[64], actors[64], agents[64];
	snprintf(verbs, sizeof(verbs), "%s/v.txt", dir);
	snprintf(actors, sizeof(actors), "%s/a.txt", dir);
	snprintf(agents, sizeof(agents), "%s/g.txt", dir);
	/* The second pattern has no '*': one warning, at load. */
	S_write_file(verbs, "--- ATTACK [190] ---\nATTACK\n- + FORT [195]\n");
	S_write_file(actors, "VALDORIA [VAL]\nKESTRIA [KES]\n");
	S_write_file(agents, "SOLDIER [~MIL]\n");
	const char *actor_list[] = {actors, NULL};

	S_warned w = {0, ""};
	pm_model_options mo = PM_MODEL_OPTIONS_INIT;
	mo.dicts.verbs = verbs;
	mo.dicts.actors = actor_list;
	mo.dicts.agents = agents;
	mo.dicts.no_defaults = 1;
	mo.data_dir = "data";
	mo.text = 0;
	mo.enrich = 0;
	mo.warn = S_keep_warning;
	mo.warn_ctx = &w;
	pm_model *m = NULL;
	CHECK_INT(pm_model_new(&m, &mo), 0);
	CHECK_INT(w.n, 1);
	CHECK(strstr(w.last, "v.txt:3: pattern has no '*'") != NULL);
	int n_rows = 0;
	const pm_dict_report *rows = m ? pm_model_dict_reports(m, &n_rows) : NULL;
	CHECK_INT(n_rows, 3);
	if (rows && n_rows == 3) {
		CHECK_STR(rows[0].kind, "verbs");
		CHECK_INT(rows[0].errors, 1);
		CHECK_INT(rows[1].entries, 2);
	}
	if (!m)
		goto out;

	/* An enriching coder needs a model loaded with enrich. */
	pm_coder *c = NULL;
	pm_coder_options co = PM_CODER_OPTIONS_INIT;
	CHECK_INT(pm_coder_new_with_model(&c, m, &co), PM_EINVALID);
	CHECK(c == NULL);
	CHECK(pm_error_last() && strstr(pm_error_last(), "enrich"));
	co.enrich = 0;
	S_warned cw = {0, ""};
	co.warn = S_keep_warning;
	co.warn_ctx = &cw;
	CHECK_INT(pm_coder_new_with_model(&c, m, &co), 0);
	if (!c)
		goto out;

	/* Given trees need no tagger. */
	pm_input rec = PM_INPUT_INIT;
	rec.kind = PM_INPUT_SENTENCE;
	rec.id = "T-1";
	rec.date = "20150101";
	rec.text = "Valdoria attacked Kestria.";
	rec.len = strlen(rec.text);
	rec.parse = "(ROOT (S (NP (NNP Valdoria)) (VP (VBD attacked) (NP (NNP Kestria))) (. .)))";
	S_got g;
	memset(&g, 0, sizeof(g));
	CHECK_INT(pm_coder_code(c, &rec, S_keep, &g), 0);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.source[0], "VAL");
	CHECK_STR(g.target[0], "KES");
	CHECK_STR(g.code[0], "190");

	/* Raw text needs the tagger this model was loaded without. */
	pm_input body = PM_INPUT_INIT;
	body.kind = PM_INPUT_BODY;
	body.text = "Valdoria attacked Kestria.";
	body.len = strlen(body.text);
	CHECK_INT(pm_coder_code(c, &body, S_keep, &g), PM_ESETUP);
	CHECK(pm_error_last() && strstr(pm_error_last(), "pm_model_options.text"));
	/* Nothing after the load went through the model's callback. */
	CHECK_INT(w.n, 1);
	pm_coder_free(c);

	/* A model asked for raw text fails when the tagger cannot be read. */
	pm_model *bad = NULL;
	mo.text = 1;
	mo.data_dir = dir;
	CHECK_INT(pm_model_new(&bad, &mo), PM_ESETUP);
	CHECK(bad == NULL);
	mo.version = 99;
	CHECK_INT(pm_model_new(&bad, &mo), PM_EINVALID);
out:
	pm_model_free(m);
	unlink(verbs);
	unlink(actors);
	unlink(agents);
	rmdir(dir);
}

int main(void)
{
	if (access("tests/data/news/sentences.jsonl", R_OK) != 0 || access("data/dict", R_OK) != 0) {
		printf("skip: run from the repository root\n");
		printf("0 passed, 0 failed\n");
		return 0;
	}
	test_model_options();
	test_library_codes();
	test_threads();
	TEST_END();
}
