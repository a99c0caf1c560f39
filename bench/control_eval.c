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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/eval_docs.h"
#include "palmyra.h"

typedef struct {
	pm_linker *linker;
	pm_timeline *timeline;
	eval_lines lines;
	int failed;
} S_run;

static int S_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	if (pm_linker_add(r->linker, ev) < 0 || pm_timeline_add(r->timeline, ev) < 0 ||
	    eval_lines_add(&r->lines, ev) < 0) {
		r->failed = 1;
		return 1;
	}
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

static int S_became(void *ctx, const char *side, char *buf, size_t cap, int *day)
{
	return pm_coder_side_became(ctx, side, buf, cap, day);
}

static int S_affiliated(void *ctx, const char *side, const char *of)
{
	return pm_coder_side_affiliated(ctx, side, of);
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
	to.became = S_became;
	to.became_ctx = c;
	to.affiliated = S_affiliated;
	to.affiliated_ctx = c;
	if (pm_linker_new(&r.linker) < 0 || pm_timeline_new(&r.timeline, &to) < 0) {
		fprintf(stderr, "control_eval: %s\n", pm_error_last());
		return 1;
	}
	const char *seed = argc > 5 && !strcmp(argv[4], "--shuffle") ? argv[5] : NULL;
	if (eval_docs_code(c, argv[1], seed, S_event, &r) < 0)
		return 1;
	FILE *evs = fopen(argv[2], "w"), *segs = fopen(argv[3], "w");
	if (!evs || !segs || r.failed) {
		fprintf(stderr, "control_eval: cannot write the output (%s)\n",
			r.failed ? pm_error_last() : "open");
		return 1;
	}
	pm_linker_run(r.linker, NULL, NULL);
	for (size_t i = 0; i < r.lines.n; i++) {
		const char *inc = pm_linker_incident_of(r.linker, i);
		pm_timeline_set_incident(r.timeline, i, inc);
		eval_lines_write(evs, &r.lines, i, inc);
	}
	int rc = pm_timeline_run(r.timeline, NULL, S_segment, segs);
	fclose(evs);
	fclose(segs);
	eval_lines_free(&r.lines);
	pm_timeline_free(r.timeline);
	pm_linker_free(r.linker);
	pm_coder_free(c);
	if (rc < 0)
		fprintf(stderr, "control_eval: %s\n", pm_error_last());
	return rc < 0;
}
