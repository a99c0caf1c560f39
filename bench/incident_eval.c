/* incident_eval.c - codes JSON-lines documents, links their events into
 * incidents, and writes both for tests/incident/score_incidents.py.
 *
 * usage: incident_eval DOCS EVENTS_OUT INCIDENTS_OUT [--shuffle SEED]
 *
 * Each incident line lists its evidence (the sentences with no event that
 * tell it: {"id", "sentence", "text"}), which the scorer reads for the
 * report sentences the coder found no event in.
 *
 * Through palmyra.h alone: the same coder and linker the store uses. The
 * documents may be given in any order (--shuffle SEED reorders them) and
 * the incidents must come out the same. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/eval_docs.h"
#include "palmyra.h"

typedef struct {
	pm_linker *linker;
	eval_lines lines;
	int failed;
} S_run;

static int S_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	if (pm_linker_add(r->linker, ev) < 0 || eval_lines_add(&r->lines, ev) < 0) {
		r->failed = 1;
		return 1;
	}
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
	json_t *evidence = json_array();
	for (int i = 0; i < inc->n_evidence; i++)
		json_array_append_new(evidence, json_pack("{s:s, s:i, s:s}", "id", inc->evidence[i].doc,
							  "sentence", inc->evidence[i].sentence,
							  "text", inc->evidence[i].text));
	json_object_set_new(o, "evidence", evidence);
	json_dumpf(o, f, JSON_COMPACT);
	fputc('\n', f);
	json_decref(o);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: incident_eval DOCS EVENTS_OUT INCIDENTS_OUT [--shuffle SEED]\n");
		return 2;
	}
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	pm_coder *c;
	S_run r = {0};
	if (pm_coder_new(&c, &o) < 0 || pm_linker_new(&r.linker) < 0) {
		fprintf(stderr, "incident_eval: %s\n", pm_error_last());
		return 1;
	}
	const char *seed = argc > 5 && !strcmp(argv[4], "--shuffle") ? argv[5] : NULL;
	if (eval_docs_code(c, argv[1], seed, S_event, &r) < 0)
		return 1;
	FILE *inc = fopen(argv[3], "w"), *evs = fopen(argv[2], "w");
	if (!inc || !evs || r.failed) {
		fprintf(stderr, "incident_eval: cannot write the output (%s)\n",
			r.failed ? pm_error_last() : "open");
		return 1;
	}
	pm_linker_run(r.linker, S_incident, inc);
	for (size_t i = 0; i < r.lines.n; i++)
		eval_lines_write(evs, &r.lines, i, pm_linker_incident_of(r.linker, i));
	fclose(inc);
	fclose(evs);
	eval_lines_free(&r.lines);
	pm_linker_free(r.linker);
	pm_coder_free(c);
	return 0;
}
