/* fuzz_date.c - any bytes as a date (pm_date_parse, pm_date_scan with each
 * flag) and as the opening of a body with a wire dateline. A date read
 * must be one the calendar has, and must read back the same from its ISO
 * form: a crash-free run is not enough. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"
#include "text/article.h"
#include "util/date.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void S_check(const pm_date *d)
{
	char iso[16];
	pm_date again;
	int ok = d->year >= 1 && d->year <= 9999;
	if (d->precision == PM_DATE_DAY)
		ok = ok && d->day >= 1 && d->day <= pm_date_month_days(d->year, d->month);
	if (d->precision != PM_DATE_YEAR)
		ok = ok && d->month >= 1 && d->month <= 12;
	if (d->precision == PM_DATE_DAY)
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", d->year, d->month, d->day);
	else if (d->precision == PM_DATE_MONTH)
		snprintf(iso, sizeof(iso), "%04d-%02d", d->year, d->month);
	else
		snprintf(iso, sizeof(iso), "%04d", d->year);
	ok = ok && pm_date_parse(iso, strlen(iso), &again) == 0 && !memcmp(&again, d, sizeof(again));
	if (!ok) {
		fprintf(stderr, "fuzz: date %d-%d-%d (precision %d) is not one the calendar has\n",
			d->year, d->month, d->day, d->precision);
		abort();
	}
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static pm_arena a;
	static int ready;
	if (!ready) {
		pm_arena_init(&a, 1 << 16);
		ready = 1;
	}
	char *text = malloc(size ? size : 1);   /* no NUL: reads must stop at size */
	memcpy(text, data, size);
	pm_date d;
	if (pm_date_parse(text, size, &d) == 0)
		S_check(&d);
	for (unsigned flags = 0; flags < 4; flags++)
		if (pm_date_scan(text, size, flags, &d) > 0 && d.year)
			S_check(&d);
	pm_article art;
	pm_arena_reset(&a);
	pm_article_read_body(text, (uint32_t)size, &a, &art);
	pm_article_find_date(text, (uint32_t)size);
	free(text);
	return 0;
}
