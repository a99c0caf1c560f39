/* link.h - what a store needs to know of the linker to relink only the
 * days around new events (src/store/incidents.c). */
#ifndef PM_INCIDENT_LINK_H
#define PM_INCIDENT_LINK_H

#include "palmyra.h"

/* The days an event may have happened on, as the linker reads its date
 * (for a headline dated by its document, back to the first day its lead
 * may tell, which it follows; for a report dated by its document that
 * gives a toll and its place, a week back), into *d0 and *d1; 1 when the report links with others (a day, a few
 * days, a month), 0 when it is an incident of its own (a year, no date). */
int pm_link_span(const pm_event *ev, long *d0, long *d1);

/* How far, in days, linking reaches (docs/incidents.md, "Linking in a
 * store"): a report added or removed changes the incidents of reports at
 * most PM_LINK_AFFECT days from its span, or in the calendar months those
 * days touch (a month-dated report joins the incident it fits best in its
 * month); the incident of a report is decided by the reports at most
 * PM_LINK_DEPEND days from its span, its months again taken whole, and
 * PM_LINK_MARGIN days more. */
/* How many reports were added to l. */
size_t pm_linker_count(const pm_linker *l);

/* pm_linker_run in two steps, for a store that writes few of the
 * incidents it links: pm_linker_link links (pm_linker_incident_of then
 * answers); pm_linker_emit summarises only the incidents whose id want
 * accepts (NULL: all) and calls fn with each, in id order, as
 * pm_linker_run does. */
int pm_linker_link(pm_linker *l);
int pm_linker_emit(pm_linker *l, int (*want)(void *ctx, const char *id), pm_incident_fn fn,
		   void *ctx);

enum { PM_LINK_AFFECT = 22, PM_LINK_DEPEND = 22, PM_LINK_MARGIN = 8 };

#endif
