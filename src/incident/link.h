/* link.h - what a store needs to know of the linker to relink only the
 * days around new events (src/store/incidents.c). */
#ifndef PM_INCIDENT_LINK_H
#define PM_INCIDENT_LINK_H

#include "palmyra.h"

/* The days an event may have happened on, as the linker reads its date,
 * into *d0 and *d1; 1 when the report is short (a few days: it links with
 * others), 0 when it is an incident of its own (a month, a year, no date). */
int pm_link_span(const pm_event *ev, long *d0, long *d1);

/* How far, in days, linking reaches (docs/incidents.md, "Linking in a
 * store"): a short report added or removed changes the incidents of
 * reports at most PM_LINK_AFFECT days from its span, and the incident of
 * a report is decided by the reports at most PM_LINK_DEPEND days from its
 * span (a member of its incident included). */
enum { PM_LINK_AFFECT = 22, PM_LINK_DEPEND = 18 };

#endif
