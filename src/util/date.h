/* date.h - calendar dates as news and feeds write them.
 *
 * Why here: the readers (a JSON line's "date", --date), the article reader
 * (a dateline's "May 12") and the pipeline all read dates, and each stage
 * must read them the same way and refuse the same impossible ones; util is
 * the one folder every stage may include. pm_date_parse (palmyra.h) reads a
 * whole string; pm_date_scan reads a date opening a longer text. */
#ifndef PM_UTIL_DATE_H
#define PM_UTIL_DATE_H

#include <stddef.h>

#include "palmyra.h"

enum {
	/* "May 12", "12 May": a day without a year (datelines); out->year is 0 */
	PM_DATE_SCAN_NO_YEAR = 1,
	/* "12.05.2024": day.month.year, as European agencies write it */
	PM_DATE_SCAN_DOTTED = 2
};

/* Reads the date opening s[0, n) (any form pm_date_parse takes, plus the
 * flags' forms) and returns the bytes it used, time and zone included.
 * Returns 0 when s does not open with a date, PM_EINVALID with an "invalid
 * date: ..." message when it opens with one that cannot exist. */
int pm_date_scan(const char *s, size_t n, unsigned flags, pm_date *out);

/* Days in month m of year y (29 for February when y is 0: unknown). */
int pm_date_month_days(int y, int m);

/* yyyymmdd of d's first day ("2024-05" -> 20240501); 0 when d has no year. */
int pm_date_first_day(const pm_date *d);

/* 1 when the day yyyymmdd falls inside d's day, month or year. */
int pm_date_contains(const pm_date *d, int yyyymmdd);

/* The year that puts month m, day d nearest the day anchor (yyyymmdd):
 * "Dec 31" near 20170102 is 2016. 0 when anchor is 0 or m/d impossible. */
int pm_date_nearest_year(int m, int d, int anchor);

/* Weekday of a day (0 = Sunday). */
int pm_date_weekday(int y, int m, int d);

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. The store,
 * the linker and the timeline count in these days; m and d must be valid. */
long pm_date_day_number(int y, int m, int d);
void pm_date_civil(long day, int *y, int *m, int *d);

/* The day yyyymmdd moved by n days (negative: back); 0 stays 0. */
int pm_date_add_days(int yyyymmdd, int n);

/* An event's date as written ("YYYY", "YYYY-MM" or "YYYY-MM-DD") -> the
 * day numbers of its first and last day; 0 (outputs untouched) when s is
 * NULL or none of these. Read digit by digit: a store's linker reads every
 * report of a window again at each commit, where sscanf cost more than
 * the rest of reading its dates. */
int pm_date_iso_range(const char *s, long *first, long *last);

#endif
