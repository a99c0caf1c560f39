/* eval_docs.h - what the evaluation programs (control_eval, incident_eval)
 * share: reading a set of documents, coding them in a given or shuffled
 * order, and keeping each event's JSON line until linking has named its
 * incident. Through palmyra.h alone, as a store would use the library. */
#ifndef PM_BENCH_EVAL_DOCS_H
#define PM_BENCH_EVAL_DOCS_H

#include <stdio.h>

#include "palmyra.h"

/* Each coded event's JSON line, by report index (the order the coder gave
 * them, which is the order the linker and timeline number reports). */
typedef struct {
	char **lines;
	size_t n, cap;
} eval_lines;

/* Appends ev's JSON line; 0 or -1 when out of memory. */
int eval_lines_add(eval_lines *l, const pm_event *ev);

/* Writes line i with its "incident":null filled in by id (NULL: as is). */
void eval_lines_write(FILE *f, const eval_lines *l, size_t i, const char *id);

void eval_lines_free(eval_lines *l);

/* Codes the documents at path with c, calling on_event for each event.
 * A path ending in .txt is one plain-text article; anything else is JSON
 * lines, {"id","date","outlet","title","text"} a line. shuffle_seed, when
 * not NULL, reorders the JSON-lines documents (a seeded Fisher-Yates, the
 * same on every machine): results must not depend on arrival order.
 * Returns 0, or -1 when path cannot be read (error on stderr). */
int eval_docs_code(pm_coder *c, const char *path, const char *shuffle_seed,
		   pm_event_fn on_event, void *ctx);

#endif
