/* counts.h - how many: killed, wounded, arrested, displaced, strikes and
 * casualties, as the sentence states them.
 *
 * Why: conflict reports carry their tolls in a handful of shapes ("at least
 * 12 people were killed", "killing 5", "5 dead", "wounding dozens", "over
 * 3,650 air strikes", "the death toll rose to 45"); we read numbers as
 * digits or words, their hedges ("at least", "more than", "nearly",
 * "dozens") and ranges ("10 to 15"), and tie each to the nearest count word
 * within its clause. Dates, years and measures ("12 km", "3 days") are not
 * counts. */
#ifndef PM_COUNTS_H
#define PM_COUNTS_H

#include <stdint.h>

#include "palmyra.h"
#include "types/event.h"
#include "types/document.h"

/* pm_count_kind (killed, wounded, ...) is public: include/palmyra.h. */

typedef enum pm_count_qualifier {
	PM_QUAL_EXACT = 0,   /* "12" */
	PM_QUAL_AT_LEAST,    /* "at least", "no fewer than" */
	PM_QUAL_MORE_THAN,   /* "more than", "over", "upwards of" */
	PM_QUAL_AT_MOST,     /* "up to", "at most", "as many as" */
	PM_QUAL_LESS_THAN,   /* "less than", "fewer than", "under" */
	PM_QUAL_APPROX,      /* "about", "around", "some", "nearly", "almost", "an estimated",
			      * and the vague plurals "dozens", "scores", "hundreds", ... */
	PM_QUAL_RANGE        /* "10 to 15", "10-15", "between 10 and 15" */
} pm_count_qualifier;

typedef struct pm_count {
	uint8_t found;       /* 0: the sentence gives no count of this kind */
	uint8_t vague;       /* "dozens", "scores", "hundreds", "thousands", "millions": value
			      * is a representative figure (24, 40, 200, 2000, 2000000), not a
			      * number the sentence states; print it as null if you prefer */
	int qualifier;       /* a pm_count_qualifier */
	const char *qualifier_name; /* "exact", "at_least", "more_than", "at_most",
				     * "less_than", "approx", "range" (static) */
	long value;          /* the number (the lower bound of a range) */
	long value_max;      /* upper bound of a range; == value otherwise */
	char text[80];       /* number through count word, as written: "at least 12
			      * people were killed", "killing 5", "over 3,650 air strikes" */
	int first, last;     /* token span of text */
} pm_count;

typedef struct pm_counts {
	pm_count kind[PM_COUNT_KINDS]; /* indexed by pm_count_kind */
	int n_found;                   /* kinds found */
} pm_counts;

/* Reads the counts of s. When a kind is stated more than once, the mention
 * nearest ev's verb wins (the first one when ev or its verb is unknown; ev
 * may be NULL). Returns 0, or PM_EINVALID for a NULL sentence or out. No
 * allocation. */
int pm_counts_extract(const pm_sentence *s, const pm_coded_event *ev, pm_counts *out);


#endif
