#include "types/document.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/date.h"

/* Accepts "YYYY-MM-DD" and "YYYYMMDD" of a day that exists (a day the
 * calendar lacks, 2016-02-30, would be carried into March by the day
 * arithmetic of the enrichers). */
int pm_date_parse_iso(const char *s)
{
	int d[8], n = 0;
	if (!s)
		return 0;
	for (; *s && n < 8; s++) {
		if (isdigit((unsigned char)*s))
			d[n++] = *s - '0';
		else if (*s != '-')
			return 0;
	}
	if (n != 8 || *s)
		return 0;
	int y = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
	int m = d[4] * 10 + d[5], day = d[6] * 10 + d[7];
	if (m < 1 || m > 12 || day < 1 || day > pm_date_month_days(y, m))
		return 0;
	return y * 10000 + m * 100 + day;
}

void pm_date_format(int yyyymmdd, char out[11])
{
	if (yyyymmdd <= 0) {
		out[0] = '\0';
		return;
	}
	/* by hand: every event line formats its date, and snprintf cost
	 * 1,700 instructions a call */
	int y = (yyyymmdd / 10000) % 10000, m = (yyyymmdd / 100) % 100, d = yyyymmdd % 100;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

pm_sentence *pm_doc_add_sentence(pm_doc *doc, pm_arena *a)
{
	if (doc->n_sents == doc->cap_sents) {
		int cap = doc->cap_sents ? doc->cap_sents * 2 : 16;
		pm_sentence *s = pm_arena_alloc(a, (size_t)cap * sizeof(*s));
		if (!s)
			return NULL;
		if (doc->n_sents)
			memcpy(s, doc->sents, (size_t)doc->n_sents * sizeof(*s));
		doc->sents = s;
		doc->cap_sents = cap;
	}
	pm_sentence *s = &doc->sents[doc->n_sents];
	memset(s, 0, sizeof(*s));
	s->index = doc->n_sents++;
	pm_tree_init(&s->tree);
	return s;
}
