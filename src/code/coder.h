/* coder.h - the event coder: one parsed sentence in, CAMEO events out.
 *
 * Reads only the tree (pm_sentence.tree, leaves = tokens in order) and a
 * compiled dictionary set. It keeps no state between sentences: all scratch
 * memory comes from the arena the caller passes, so one dictionary set can
 * serve many coders in parallel threads. */
#ifndef PM_CODER_H
#define PM_CODER_H

#include "types/event.h"
#include "dict/dict.h"
#include "types/document.h"
#include "util/arena.h"

typedef struct pm_code_options {
	unsigned int version;
	int require_dyad;      /* 1 (default): drop events without both actors */
	int new_actor_length;  /* PETRARCH null-actor mode; 0 = off (default) */
	int keep_negated;      /* 1: emit negated events with negated = 1 */
	int one_sided;         /* 1: with require_dyad, still keep material-conflict
				* events (roots 14, 15, 17-20) that have a source and
				* no target actor: "militants seized the town" */
} pm_code_options;

#define PM_CODE_OPTIONS_VERSION 1
#define PM_CODE_OPTIONS_INIT {PM_CODE_OPTIONS_VERSION, 1, 0, 0, 0}

typedef enum pm_code_status {
	PM_CODED = 0,            /* events (possibly none) in *out */
	PM_DISCARD_SENTENCE = 1, /* a discard phrase matched: skip this sentence */
	PM_DISCARD_STORY = 2     /* a story discard matched: drop the whole story */
} pm_code_status;

/* Codes sentence s (its tree must be built; date is yyyymmdd or 0) and
 * appends its events to *out / *n_out (arena memory; *out may be NULL and
 * *n_out 0 at first). Returns a pm_code_status, or a negative error code
 * (with pm_error_last()) for a sentence the coder cannot read. */
int pm_code_sentence(const pm_dict *d, const pm_code_options *opts, const pm_sentence *s,
		     int date, pm_arena *a, pm_coded_event **out, int *n_out);

#endif
