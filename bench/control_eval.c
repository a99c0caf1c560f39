/* control_eval.c - codes documents, links their events into incidents and
 * builds the territorial-control timeline, for tests/control/score_control.py
 * and ../shared/tools/score_gold.py --control.
 *
 * usage: control_eval DOCS EVENTS_OUT SEGMENTS_OUT [--shuffle SEED]
 *
 * DOCS is JSON lines ({"id","date","outlet","title","text"} a line) or a
 * plain-text article (a name ending in .txt). Events are written as JSON
 * lines with their incident filled in, segments as JSON lines (every
 * segment of every place). Through palmyra.h alone: the coder, linker and
 * timeline a store would use. --shuffle reorders the documents; the
 * segments must come out the same. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"

typedef struct {
	pm_linker *linker;
	pm_timeline *timeline;
	char **lines;          /* each event's JSON line, by report index */
	size_t n, cap;
	int failed;
} S_run;

static int S_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	if (pm_linker_add(r->linker, ev) < 0 || pm_timeline_add(r->timeline, ev) < 0) {
		r->failed = 1;
		return 1;
	}
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

static int S_segment(void *ctx, const pm_segment *seg)
{
	return pm_segment_write(ctx, PM_FORMAT_JSONL, seg, 0) < 0;
}

/* Labels through the coder's dictionaries. */
static int S_label(void *ctx, const char *code, char *buf, size_t cap)
{
	return pm_coder_actor_label(ctx, code, buf, cap);
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

static char *S_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	*len = 0;
	FILE *m = open_memstream(&text, len);
	char buf[4096];
	size_t k;
	while (f && (k = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, k, m);
	fclose(m);
	if (f)
		fclose(f);
	return text;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: control_eval DOCS EVENTS_OUT SEGMENTS_OUT [--shuffle SEED]\n");
		return 2;
	}
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	pm_coder *c;
	if (pm_coder_new(&c, &o) < 0) {
		fprintf(stderr, "control_eval: %s\n", pm_error_last());
		return 1;
	}
	S_run r = {0};
	pm_timeline_options to = PM_TIMELINE_OPTIONS_INIT;
	to.label = S_label;
	to.label_ctx = c;
	if (pm_linker_new(&r.linker) < 0 || pm_timeline_new(&r.timeline, &to) < 0) {
		fprintf(stderr, "control_eval: %s\n", pm_error_last());
		return 1;
	}
	size_t plen = strlen(argv[1]);
	json_t *docs = json_array();
	if (plen > 4 && !strcmp(argv[1] + plen - 4, ".txt")) {
		size_t len;
		char *text = S_slurp(argv[1], &len);
		pm_input inp = PM_INPUT_INIT;
		inp.kind = PM_INPUT_ARTICLE;
		inp.id = argv[1];
		inp.text = text;
		inp.len = len;
		inp.origin = argv[1];
		pm_coder_code(c, &inp, S_event, &r);
		free(text);
	} else {
		FILE *in = fopen(argv[1], "r");
		char *line = NULL;
		size_t cap = 0;
		json_error_t err;
		while (in && getline(&line, &cap, in) > 0) {
			json_t *d = json_loads(line, 0, &err);
			if (d)
				json_array_append_new(docs, d);
		}
		free(line);
		if (in)
			fclose(in);
	}
	size_t n = json_array_size(docs);
	size_t *order = malloc((n + 1) * sizeof(*order));
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	if (argc > 5 && !strcmp(argv[4], "--shuffle")) {
		unsigned long long s = strtoull(argv[5], NULL, 10) * 6364136223846793005ULL + 1;
		for (size_t i = n; i > 1; i--) {
			s = s * 6364136223846793005ULL + 1442695040888963407ULL;
			size_t j = (size_t)((s >> 33) % i), tmp = order[i - 1];
			order[i - 1] = order[j];
			order[j] = tmp;
		}
	}
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
	FILE *evs = fopen(argv[2], "w"), *segs = fopen(argv[3], "w");
	if (!evs || !segs || r.failed) {
		fprintf(stderr, "control_eval: cannot write the output (%s)\n",
			r.failed ? pm_error_last() : "open");
		return 1;
	}
	pm_linker_run(r.linker, NULL, NULL);
	for (size_t i = 0; i < r.n; i++) {
		const char *inc = pm_linker_incident_of(r.linker, i);
		pm_timeline_set_incident(r.timeline, i, inc);
		S_write_linked(evs, r.lines[i], inc);
		free(r.lines[i]);
	}
	int rc = pm_timeline_run(r.timeline, NULL, S_segment, segs);
	fclose(evs);
	fclose(segs);
	free(r.lines);
	free(order);
	pm_timeline_free(r.timeline);
	pm_linker_free(r.linker);
	pm_coder_free(c);
	json_decref(docs);
	if (rc < 0)
		fprintf(stderr, "control_eval: %s\n", pm_error_last());
	return rc < 0;
}
