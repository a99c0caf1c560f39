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

/* Fills ev->date, date_precision, date_text, modality, attribution_json
 * and counts_json from s and doc, and location_json from places (the
 * document's place context; NULL = no gazetteer). country (may be NULL)
 * receives the ISO3 code of the event's place, "" when none. Returns 1
 * when the sentence negates the event, else 0. */
int pm_enrich_event(const pm_doc *doc, const pm_sentence *s, const pm_coded_event *ce,
		    const pm_place_doc *places, pm_arena *a, pm_event *ev, char country[4]);

/* The document's metadata as JSON object text ({"title","date","source",
 * "url","credits"}), or NULL when it has none beyond its id. */
const char *pm_enrich_doc_json(const pm_doc *doc, pm_arena *a);

#endif
