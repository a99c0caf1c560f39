/* enrich.h - one coded event made useful: its date, modality, sources,
 * counts and place, as the JSON fields of pm_event.
 *
 * Why one entry point: the pipeline hands every emitted event here, and
 * the enrichers (dates, modality, attribution, counts, places) each read
 * the same sentence around the event's verb. Strings are built in the
 * document arena and die with it. */
#ifndef PM_ENRICH_H
#define PM_ENRICH_H

#include "types/event.h"
#include "enrich/places.h"
#include "palmyra.h"
#include "types/document.h"
#include "util/arena.h"

/* What the pipeline needs beside the public fields. */
typedef struct pm_enrich_extra {
	char country[4];                  /* ISO3 the text states for the event's place
					   * (pm_place.stated); "" when none */
	int place_in_source;              /* 1 when that place is named inside the
					   * source's words ("Israel struck ..."): it
					   * says where the doer is from, not where
					   * its target is */
	int count_first[PM_COUNT_KINDS];  /* token where each count was stated; -1 */
} pm_enrich_extra;

/* Fills ev's date, modality, attribution, counts (found ones; the caller
 * sets the others to -1) and location (from places, the document's place
 * context; NULL = no gazetteer), in a. Returns 1 when the sentence negates
 * the event, else 0. */
int pm_enrich_event(const pm_doc *doc, const pm_sentence *s, const pm_coded_event *ce,
		    const pm_place_doc *places, pm_arena *a, pm_event *ev, pm_enrich_extra *x);
/* Sets ev's location to place p (the control reader chose it for a
 * statement no coded event reports), and x's country. */
void pm_enrich_place(const pm_place *p, pm_arena *a, pm_event *ev, pm_enrich_extra *x);
/* Sets ev's control from statement st (src/enrich/control.h). */
struct pm_control_stmt;
void pm_enrich_control(const struct pm_control_stmt *st, pm_event *ev);
/* The document's metadata for its events (strings borrowed from doc). */
void pm_enrich_doc(const pm_doc *doc, pm_arena *a, pm_event_doc *out);

#endif
