/* incident_eval.c - codes JSON-lines documents, links their events into
 * incidents, and writes both for tests/incident/score_incidents.py.
 *
 * usage: incident_eval DOCS.jsonl EVENTS_OUT.jsonl INCIDENTS_OUT.jsonl
 *
 * Through palmyra.h alone: the same coder and linker the store uses. The
 * documents may be given in any order (--shuffle SEED reorders them) and
 * the incidents must come out the same. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"

typedef struct {
	pm_linker *linker;
	char **lines;          /* each event's JSON line, by report index */
	size_t n, cap;
} S_run;

static int S_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	if (pm_linker_add(r->linker, ev) < 0)
		return 1;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	pm_event_write(m, PM_FORMAT_JSONL, ev, 1);
	fclose(m);
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 256;
		r->lines = realloc(r->lines, r->cap * sizeof(*r->lines));
	}
	r->lines[r->n++] = buf;
	return 0;
}

static int S_incident(void *ctx, const pm_incident *inc)
{
	FILE *f = ctx;
	json_t *o = json_pack("{s:s, s:i, s:i, s:i, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "incident",
			      inc->id, "n_reports", inc->n_reports, "n_documents", inc->n_documents,
			      "n_outlets", inc->n_outlets, "date", inc->date, "code", inc->code,
			      "source", inc->source, "target", inc->target, "place",
			      inc->place.found ? inc->place.name : NULL, "first_report",
			      inc->first_report);
	json_t *killed = json_pack("{s:I, s:I, s:I, s:b}", "min",
				   (json_int_t)inc->counts[PM_COUNT_KILLED].min, "max",
				   (json_int_t)inc->counts[PM_COUNT_KILLED].max, "mode",
				   (json_int_t)inc->counts[PM_COUNT_KILLED].mode, "disagree",
				   inc->counts[PM_COUNT_KILLED].disagree);
	json_object_set_new(o, "killed", killed);
	json_dumpf(o, f, JSON_COMPACT);
	fputc('\n', f);
	json_decref(o);
	return 0;
}

/* Writes line with its "incident":null filled in. */
static void S_write_linked(FILE *f, const char *line, const char *id)
{
	const char *hole = strstr(line, "\"incident\":null");
	if (!hole || !id) {
		fputs(line, f);
		return;
	}
	fwrite(line, 1, (size_t)(hole - line), f);
	fprintf(f, "\"incident\":\"%s\"", id);
	fputs(hole + strlen("\"incident\":null"), f);
}

static const char *S_str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* A plain-text article (title, dateline, body) as one document. */
static void S_code_article(pm_coder *c, const char *path, S_run *r)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	char buf[4096];
	size_t k;
	while (f && (k = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, k, m);
	fclose(m);
	if (f)
		fclose(f);
	pm_input inp = PM_INPUT_INIT;
	inp.kind = PM_INPUT_ARTICLE;
	inp.id = path;
	inp.text = text;
	inp.len = len;
	inp.origin = path;
	pm_coder_code(c, &inp, S_event, r);
	free(text);
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: incident_eval DOCS.jsonl EVENTS_OUT INCIDENTS_OUT [--shuffle SEED]\n");
		return 2;
	}
	json_error_t err;
	json_t *docs = json_array();
	FILE *in = fopen(argv[1], "r");
	char *line = NULL;
	size_t cap = 0;
	while (in && getline(&line, &cap, in) > 0) {
		json_t *d = json_loads(line, 0, &err);
		if (d)
			json_array_append_new(docs, d);
	}
	free(line);
	if (in)
		fclose(in);
	size_t n = json_array_size(docs);
	size_t *order = malloc((n + 1) * sizeof(*order));
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	if (argc > 5 && !strcmp(argv[4], "--shuffle")) {
		unsigned long long s = strtoull(argv[5], NULL, 10) * 6364136223846793005ULL + 1;
		for (size_t i = n; i > 1; i--) {
			s = s * 6364136223846793005ULL + 1442695040888963407ULL;
			size_t j = (size_t)((s >> 33) % i), t = order[i - 1];
			order[i - 1] = order[j];
			order[j] = t;
		}
	}
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	pm_coder *c;
	if (pm_coder_new(&c, &o) < 0) {
		fprintf(stderr, "incident_eval: %s\n", pm_error_last());
		return 1;
	}
	S_run r = {0};
	pm_linker_new(&r.linker);
	size_t plen = strlen(argv[1]);
	if (plen > 4 && !strcmp(argv[1] + plen - 4, ".txt"))
		S_code_article(c, argv[1], &r);
	for (size_t i = 0; i < n; i++) {
		json_t *d = json_array_get(docs, order[i]);
		pm_input inp = PM_INPUT_INIT;
		inp.kind = PM_INPUT_BODY;
		inp.id = S_str(d, "id");
		inp.date = S_str(d, "date");
		inp.outlet = S_str(d, "outlet");
		inp.title = S_str(d, "title");
		inp.text = S_str(d, "text");
		inp.origin = argv[1];
		pm_coder_code(c, &inp, S_event, &r);
	}
	FILE *inc = fopen(argv[3], "w"), *evs = fopen(argv[2], "w");
	pm_linker_run(r.linker, S_incident, inc);
	for (size_t i = 0; i < r.n; i++) {
		S_write_linked(evs, r.lines[i], pm_linker_incident_of(r.linker, i));
		free(r.lines[i]);
	}
	fclose(inc);
	fclose(evs);
	free(r.lines);
	free(order);
	pm_linker_free(r.linker);
	pm_coder_free(c);
	json_decref(docs);
	return 0;
}
