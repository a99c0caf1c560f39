/* event_buf.h - pm_event_buf's inside, for the readers that fill one in
 * place (src/output/event_read.c parses JSON lines straight into a slot).
 *
 * The public side (palmyra.h) copies events out of a coder callback; a
 * reader instead asks for a blank slot, fills it with strings carved from
 * the buffer's arena, and drops the slot again when the line turns out bad. */
#ifndef PM_EVENT_BUF_H
#define PM_EVENT_BUF_H

#include "palmyra.h"
#include "util/arena.h"

struct pm_event_buf {
	pm_event *events;
	int n, cap;
	pm_arena arena;              /* every string and document of the events */
	const pm_event_doc *shared;  /* the last document copied, which the next
				      * event reuses when it is equal */
};

/* A copy in a of the n sentences of ev, each named by the document id doc
 * (a string the caller keeps alive as long as the copy); NULL when n <= 0.
 * Both an event buffer and the incident linker keep events' evidence. */
pm_evidence *pm_evidence_dup(pm_arena *a, const pm_evidence *ev, int n, const char *doc);
/* A new zeroed event at the end (no counts given: values -1); valid until
 * the next push. */
pm_event *pm_event_buf_push_blank(pm_event_buf *b);
/* Drops the last event (its arena memory stays until the next clear). */
void pm_event_buf_pop(pm_event_buf *b);
/* d, or the copy the previous event holds when d equals it; else a fresh
 * copy in the arena. */
const pm_event_doc *pm_event_buf_doc(pm_event_buf *b, const pm_event_doc *d);

#endif
