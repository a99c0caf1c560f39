/* dates.h - when an event happened, from the words of its sentence and the
 * document date.
 *
 * Why: news dates events relative to the article ("on Thursday", "last
 * month", "in September"), and a sentence often carries dates of several
 * events ("IS seized Palmyra in May 2015, since Russia intervened in
 * September"). We find every date expression, resolve it against the
 * document date, and keep the one attached to the event's verb: nearest to
 * it, inside its clause, never across a subordinator or another clause's
 * verb. With no expression the document date stands (precision
 * "document"). A weekday or a month without a year resolves to the latest
 * one not after the document date, unless the verb is future ("will meet
 * on Monday"). */
#ifndef PM_DATES_H
#define PM_DATES_H

#include <stdint.h>

#include "types/event.h"
#include "palmyra.h"
#include "types/document.h"

/* Precisions are the public pm_date_precision (palmyra.h): NONE when there
 * is no expression and no document date, DOCUMENT when the document date
 * stands for the sentence. */

typedef struct pm_date_result {
	char date[11];        /* "YYYY-MM-DD" (day, document), "YYYY-MM" (month),
			       * "YYYY" (year); "" when unknown */
	int precision;        /* a pm_date_precision */
	const char *precision_name; /* "day", "month", "year", "document"; "" for none
				     * (static string) */
	char text[96];        /* the expression as written ("last September", "March 24,
			       * 2016", "since September 2014"); "" for document/none */
	int first, last;      /* token span of the expression; -1 when none */
	int start, end;       /* yyyymmdd, inclusive days the expression covers:
			       * "May 2015" = 20150501..20150531, "last week" = that
			       * Monday..Sunday, "since September 2014" = 20140901..
			       * document date; 0 when unknown */
	uint8_t is_range;     /* "since X", "between X and Y", "from X to Y": date and
			       * precision are those of the start */
	uint8_t n_found;      /* date expressions seen in the sentence (for tests) */
} pm_date_result;

/* Resolves the date of ev (its verb_token and source span) in s against
 * doc_date (yyyymmdd, 0 = unknown). Returns 0, or PM_EINVALID for NULL
 * arguments. No allocation; a few microseconds per sentence. */
int pm_dates_resolve(const pm_sentence *s, const pm_coded_event *ev, int doc_date,
		     pm_date_result *out);

/* pm_dates_resolve when the caller has already read the event's modality:
 * future is 1 when pm_modality_detect found it future, 0 when not (-1: read
 * it here), so the verb group is not walked twice per event. */
int pm_dates_resolve_future(const pm_sentence *s, const pm_coded_event *ev, int doc_date,
			    int future, pm_date_result *out);

/* The same for a verb token (-1 = unknown: the first expression wins) and a
 * subject span (-1 when unknown), without an event. */
int pm_dates_resolve_at(const pm_sentence *s, int verb, int subj_first, int subj_last,
			int doc_date, pm_date_result *out);

/* "A day earlier, ...", "The next day, ...", "Hours earlier, ...": a
 * sentence that opens on a day counted from the one the sentence before
 * told. Returns 1 and the offset in days (-1, +1, 0 for "hours earlier"),
 * with the words as written in text (NUL-terminated, cut to size), or 0. */
int pm_dates_relative_day(const pm_sentence *s, int *offset, char *text, size_t size);

#endif
