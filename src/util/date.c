/* date.c - dates as feeds and news write them: ISO 8601, RFC 2822, the
 * compact and slashed numeric forms, and the English "12 May 2024" /
 * "May 12, 2024" forms with their abbreviations and a weekday in front.
 *
 * One cursor reads left to right: an optional weekday, the date, then an
 * optional time and zone. Values are checked only at the end, so an
 * impossible date is reported with everything that was read of it. */
#include "util/date.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"

static const char *const S_months[] = {"January", "February", "March",     "April",
				       "May",     "June",     "July",      "August",
				       "September", "October", "November", "December"};
static const char *const S_weekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
					 "Thursday", "Friday", "Saturday"};

typedef struct S_cur {
	const char *s;       /* where the date began, for messages */
	const char *p, *end;
} S_cur;

/* What was read, before any check. */
typedef struct S_raw {
	int y, m, d, prec;
	int yearless;        /* "May 12" read where a year may be missing */
	int weekday;         /* written weekday (0 = Sunday), -1 when none */
	int hh, mm, ss;      /* -1 when no time was written */
	int zone_h, zone_m;  /* numeric zone offset; -1 when none */
} S_raw;

/* ---- Calendar ------------------------------------------------------------ */

static int S_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int pm_date_month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && (y == 0 || S_leap(y)))
		return 29;
	return days[m - 1];
}

/* Hinnant's days-from-civil: exact over the proleptic Gregorian calendar
 * without tables, so every stage counts days the same way. */
long pm_date_day_number(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void pm_date_civil(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp + (mp < 10 ? 3 : -9));
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int pm_date_add_days(int ymd, int n)
{
	if (ymd <= 0)
		return 0;
	int y, m, d;
	pm_date_civil(pm_date_day_number(ymd / 10000, ymd / 100 % 100, ymd % 100) + n, &y, &m, &d);
	return y * 10000 + m * 100 + d;
}

int pm_date_weekday(int y, int m, int d)
{
	/* 1970-01-01 was a Thursday */
	return (int)(((pm_date_day_number(y, m, d) + 4) % 7 + 7) % 7);
}

int pm_date_first_day(const pm_date *d)
{
	if (!d || d->year <= 0)
		return 0;
	return d->year * 10000 + (d->month ? d->month : 1) * 100 + (d->day ? d->day : 1);
}

int pm_date_contains(const pm_date *d, int ymd)
{
	int y = ymd / 10000, m = ymd / 100 % 100, day = ymd % 100;
	if (!d || d->year <= 0 || d->year != y)
		return 0;
	if (d->precision == PM_DATE_YEAR)
		return 1;
	return d->month == m && (d->precision == PM_DATE_MONTH || d->day == day);
}

int pm_date_nearest_year(int m, int d, int anchor)
{
	int ay = anchor / 10000, am = anchor / 100 % 100, ad = anchor % 100;
	if (anchor <= 0 || am < 1 || am > 12 || d < 1 || d > pm_date_month_days(0, m))
		return 0;
	long at = pm_date_day_number(ay, am, ad), best_gap = -1;
	int best = 0;
	for (int y = ay - 1; y <= ay + 1; y++) {
		if (d > pm_date_month_days(y, m))
			continue;                      /* 29 February of a common year */
		long gap = labs(pm_date_day_number(y, m, d) - at);
		if (best_gap < 0 || gap < best_gap) {
			best = y;
			best_gap = gap;
		}
	}
	return best;
}

/* ---- Words and numbers ----------------------------------------------------- */

static int S_is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int S_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static size_t S_run(const S_cur *c, int (*is)(char))
{
	const char *q = c->p;
	while (q < c->end && is(*q))
		q++;
	return (size_t)(q - c->p);
}

static int S_value(const char *p, size_t k)
{
	int v = 0;
	for (size_t i = 0; i < k; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

static int S_at(const S_cur *c, char ch)
{
	return c->p < c->end && *c->p == ch;
}

static size_t S_spaces(S_cur *c)
{
	const char *q = c->p;
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
		c->p++;
	return (size_t)(c->p - q);
}

/* n digits, no more and no fewer; the cursor moves past them. */
static int S_number(S_cur *c, size_t lo, size_t hi, int *out)
{
	size_t k = S_run(c, S_is_digit);
	if (k < lo || k > hi)
		return 0;
	*out = S_value(c->p, k);
	c->p += k;
	return 1;
}

/* A name from list (n entries) written in full, cut to its first three
 * letters, or cut to a four- or five-letter prefix news uses ("Sept",
 * "Tues", "Thurs"; longer cuts are in longer). Returns index + 1, 0 when
 * w is none; *cut is 1 for an abbreviation. */
static int S_name(const char *w, size_t k, const char *const *list, int n,
		  const char *const *longer, int *cut)
{
	/* Most words scanned are no date: the first letter and the length
	 * (months and weekdays have 3 to 9 letters) turn nearly all away. */
	if (k < 3 || k > 9 || !strchr(n == 12 ? "jfmasondJFMASOND" : "mtwfsMTWFS", w[0]))
		return 0;
	for (int i = 0; i < n; i++) {
		if ((w[0] | 0x20) != (list[i][0] | 0x20))
			continue;   /* both letters: the same, any case */
		size_t full = strlen(list[i]);
		if ((k == full || k == 3) && !strncasecmp(w, list[i], k)) {
			*cut = k < full;
			return i + 1;
		}
	}
	for (int i = 0; longer[i]; i++)
		if (strlen(longer[i]) == k && !strncasecmp(w, longer[i], k))
			for (int j = 0; j < n; j++)
				if (!strncasecmp(w, list[j], k)) {
					*cut = 1;
					return j + 1;
				}
	return 0;
}

/* A month (months 1) or weekday word at the cursor, with the dot of an
 * abbreviation. Returns the month 1-12 or weekday 1-7 (Sunday 1), else 0. */
static int S_word(S_cur *c, int months)
{
	static const char *const month_cuts[] = {"sept", NULL};
	static const char *const day_cuts[] = {"tues", "thur", "thurs", NULL};
	size_t k = S_run(c, S_is_alpha);
	int cut = 0;
	int v = months ? S_name(c->p, k, S_months, 12, month_cuts, &cut)
		       : S_name(c->p, k, S_weekdays, 7, day_cuts, &cut);
	if (!v)
		return 0;
	c->p += k;
	if (cut && S_at(c, '.'))
		c->p++;
	return v;
}

/* "12th", "1st": the suffix after a day number. */
static void S_ordinal(S_cur *c)
{
	static const char *const suffixes[] = {"st", "nd", "rd", "th"};
	if (c->end - c->p < 2 || (c->end - c->p > 2 && S_is_alpha(c->p[2])))
		return;
	for (int i = 0; i < 4; i++)
		if ((c->p[0] | 0x20) == suffixes[i][0] && (c->p[1] | 0x20) == suffixes[i][1]) {
			c->p += 2;
			return;
		}
}

/* ", 2024" or " 2024" after a day and month; the cursor stays when none. */
static int S_year_after(S_cur *c, int *y)
{
	S_cur t = *c;
	if (S_at(&t, ','))
		t.p++;
	if (!S_spaces(&t) && t.p == c->p)
		return 0;
	if (!S_number(&t, 4, 4, y))
		return 0;
	*c = t;
	return 1;
}

/* ---- The date ---------------------------------------------------------------- */

/* "2024-05-12", "2024/05/12", "2024-05", "2024", "20240512": k digits
 * (4 or 8) open it. */
static int S_numeric(S_cur *c, size_t k, S_raw *r)
{
	if (k == 8) {
		r->y = S_value(c->p, 4);
		r->m = S_value(c->p + 4, 2);
		r->d = S_value(c->p + 6, 2);
		r->prec = PM_DATE_DAY;
		c->p += 8;
		return 1;
	}
	r->y = S_value(c->p, 4);
	r->prec = PM_DATE_YEAR;
	c->p += 4;
	if (c->end - c->p < 2 || (*c->p != '-' && *c->p != '/') || !S_is_digit(c->p[1]))
		return 1;
	char sep = *c->p++;
	if (!S_number(c, 1, 2, &r->m))
		return 0;
	r->prec = PM_DATE_MONTH;
	if (c->end - c->p < 2 || *c->p != sep || !S_is_digit(c->p[1]))
		return 1;
	c->p++;
	if (!S_number(c, 1, 2, &r->d))
		return 0;
	r->prec = PM_DATE_DAY;
	return 1;
}

/* "12 May 2024", "12 May, 2024", "12th May 2024", "12 May" (no year, when
 * allowed), "12.05.2024" (dotted, when allowed). */
static int S_day_first(S_cur *c, unsigned flags, S_raw *r)
{
	if (!S_number(c, 1, 2, &r->d))
		return 0;
	r->prec = PM_DATE_DAY;
	if ((flags & PM_DATE_SCAN_DOTTED) && S_at(c, '.')) {
		c->p++;
		if (!S_number(c, 1, 2, &r->m) || !S_at(c, '.'))
			return 0;
		c->p++;
		return S_number(c, 4, 4, &r->y);
	}
	S_ordinal(c);
	if (S_at(c, '-'))
		c->p++;                                /* "12-May-2024" */
	else if (!S_spaces(c))
		return 0;
	if (!(r->m = S_word(c, 1)))
		return 0;
	if (S_year_after(c, &r->y))
		return 1;
	if (S_at(c, '-')) {                            /* "12-May-2024" */
		S_cur t = {c->s, c->p + 1, c->end};
		if (S_number(&t, 4, 4, &r->y)) {
			*c = t;
			return 1;
		}
	}
	r->yearless = 1;
	return (flags & PM_DATE_SCAN_NO_YEAR) != 0;
}

/* "May 12, 2024", "May 12 2024", "Sept. 3rd, 2019", "May 12" (no year,
 * when allowed), "May 2024" (a month). */
static int S_month_first(S_cur *c, unsigned flags, S_raw *r)
{
	if (!(r->m = S_word(c, 1)))
		return 0;
	if (!S_spaces(c) && c->p[-1] != '.')
		return 0;
	size_t k = S_run(c, S_is_digit);
	if (k == 4) {
		r->y = S_value(c->p, 4);
		r->prec = PM_DATE_MONTH;
		c->p += 4;
		return 1;
	}
	if (!S_number(c, 1, 2, &r->d))
		return 0;
	r->prec = PM_DATE_DAY;
	S_ordinal(c);
	if (S_year_after(c, &r->y))
		return 1;
	r->yearless = 1;
	return (flags & PM_DATE_SCAN_NO_YEAR) != 0;
}

/* "Sunday, ", "Sun ", "Tues. ": a weekday before the date. */
static void S_weekday(S_cur *c, S_raw *r)
{
	S_cur t = *c;
	int wd = S_word(&t, 0);
	if (!wd)
		return;
	if (S_at(&t, ','))
		t.p++;
	if (!S_spaces(&t))
		return;
	r->weekday = wd - 1;
	*c = t;
}

/* ---- Time and zone ------------------------------------------------------------ */

/* "Z", "+03:00", "+0300", "-05", " +0000", " GMT", " UTC". */
static void S_zone(S_cur *c, S_raw *r)
{
	S_cur t = *c;
	if (S_at(&t, 'Z') || S_at(&t, 'z')) {
		t.p++;
		if (!(t.p < t.end && S_is_alpha(*t.p)))
			*c = t;
		return;
	}
	size_t gap = S_spaces(&t);
	if (S_at(&t, '+') || S_at(&t, '-')) {
		t.p++;
		size_t k = S_run(&t, S_is_digit);
		if (k != 2 && k != 4)
			return;
		r->zone_h = S_value(t.p, 2);
		r->zone_m = k == 4 ? S_value(t.p + 2, 2) : 0;
		t.p += k;
		if (k == 2 && S_at(&t, ':')) {
			t.p++;
			if (!S_number(&t, 2, 2, &r->zone_m))
				return;
		}
		*c = t;
		return;
	}
	size_t k = 0;
	while (t.p + k < t.end && t.p[k] >= 'A' && t.p[k] <= 'Z')
		k++;
	if (gap && k >= 2 && k <= 5 && !(t.p + k < t.end && S_is_alpha(t.p[k]))) {
		t.p += k;
		*c = t;
	}
}

/* "T10:30:00", " 10:30", " 10:30:00.123", " 10:30 am": the cursor stays
 * when no time follows. */
static void S_time(S_cur *c, S_raw *r)
{
	S_cur t = *c;
	if (S_at(&t, 'T') || S_at(&t, 't'))
		t.p++;
	else if (!S_spaces(&t))
		return;
	int hh, mm, ss = 0;
	if (!S_number(&t, 1, 2, &hh) || !S_at(&t, ':'))
		return;
	t.p++;
	if (!S_number(&t, 2, 2, &mm))
		return;
	if (S_at(&t, ':')) {
		t.p++;
		if (!S_number(&t, 2, 2, &ss))
			return;
		if ((S_at(&t, '.') || S_at(&t, ',')) && t.p + 1 < t.end && S_is_digit(t.p[1])) {
			t.p++;
			t.p += S_run(&t, S_is_digit);
		}
	}
	S_cur ampm = t;
	S_spaces(&ampm);
	if (ampm.end - ampm.p >= 2 && strchr("aApP", ampm.p[0]) && strchr("mM", ampm.p[1]) &&
	    !(ampm.end - ampm.p > 2 && S_is_alpha(ampm.p[2])) && hh >= 1 && hh <= 12) {
		hh = hh % 12 + ((ampm.p[0] | 0x20) == 'p' ? 12 : 0);
		t.p = ampm.p + 2;
	}
	r->hh = hh;
	r->mm = mm;
	r->ss = ss;
	*c = t;
	S_zone(c, r);
}

/* ---- Checks ------------------------------------------------------------------- */

static int S_fail(const S_cur *c, const char *fmt, ...) PM_PRINTF(2, 3);

static int S_fail(const S_cur *c, const char *fmt, ...)
{
	char why[160];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	int n = (int)(c->p - c->s);
	return pm_error_set(PM_EINVALID, "invalid date: \"%.*s%s\": %s", n > 60 ? 60 : n, c->s,
			    n > 60 ? "..." : "", why);
}

static int S_check(const S_cur *c, const S_raw *r)
{
	if (r->prec != PM_DATE_YEAR && (r->m < 1 || r->m > 12))
		return S_fail(c, "there is no month %d", r->m);
	if (r->y == 0 && !r->yearless)
		return S_fail(c, "there is no year 0");
	if (r->prec == PM_DATE_DAY && r->d < 1)
		return S_fail(c, "there is no day 0");
	if (r->prec == PM_DATE_DAY && r->d > pm_date_month_days(r->y, r->m)) {
		if (!r->y)
			return S_fail(c, "%s has at most %d days", S_months[r->m - 1],
				      pm_date_month_days(0, r->m));
		return S_fail(c, "%s %d has %d days", S_months[r->m - 1], r->y,
			      pm_date_month_days(r->y, r->m));
	}
	if (r->hh > 23 || r->mm > 59 || r->ss > 60)
		return S_fail(c, "there is no time %02d:%02d:%02d", r->hh, r->mm, r->ss);
	if (r->zone_h > 14 || r->zone_m > 59)
		return S_fail(c, "there is no time zone %02d:%02d", r->zone_h, r->zone_m);
	if (r->weekday >= 0 && r->y && r->prec == PM_DATE_DAY) {
		int wd = pm_date_weekday(r->y, r->m, r->d);
		if (wd != r->weekday)
			return S_fail(c, "%d %s %d was a %s, not a %s", r->d, S_months[r->m - 1], r->y,
				      S_weekdays[wd], S_weekdays[r->weekday]);
	}
	return 0;
}

int pm_date_scan(const char *s, size_t n, unsigned flags, pm_date *out)
{
	S_cur c = {s, s, s + n};
	S_raw r = {0, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1};
	memset(out, 0, sizeof(*out));
	if (!s || !n)
		return 0;
	S_weekday(&c, &r);
	if (c.p == c.end)
		return 0;
	size_t k = S_run(&c, S_is_digit);
	int ok = k == 4 || k == 8 ? S_numeric(&c, k, &r)
		 : k ? S_day_first(&c, flags, &r) : S_month_first(&c, flags, &r);
	if (!ok)
		return 0;
	if (r.prec == PM_DATE_DAY && r.y)
		S_time(&c, &r);
	int rc = S_check(&c, &r);
	if (rc < 0)
		return rc;
	out->year = r.y;
	out->month = r.prec == PM_DATE_YEAR ? 0 : r.m;
	out->day = r.prec == PM_DATE_DAY ? r.d : 0;
	out->precision = r.prec;
	return (int)(c.p - s);
}

int pm_date_parse(const char *text, size_t len, pm_date *out)
{
	if (!text || !out)
		return pm_error_set(PM_EINVALID, "pm_date_parse: NULL argument");
	while (len && (*text == ' ' || *text == '\t' || *text == '\n' || *text == '\r')) {
		text++;
		len--;
	}
	while (len && strchr(" \t\r\n", text[len - 1]))
		len--;
	int used = pm_date_scan(text, len, 0, out);
	if (used < 0)
		return used;
	if (used == 0 || (size_t)used != len || (out->year == 0)) {
		memset(out, 0, sizeof(*out));
		return pm_error_set(PM_EINVALID,
				    "invalid date: \"%.*s%s\": not a date (2024-05-12, 12 May 2024, "
				    "May 12, 2024, 2024-05, 2024, ...)",
				    len > 60 ? 60 : (int)len, text, len > 60 ? "..." : "");
	}
	return 0;
}

/* The n characters opening s are digits: their value in *out. */
static int S_digits(const char *s, int n, int *out)
{
	for (int i = 0; i < n; i++)
		if (!S_is_digit(s[i]))
			return 0;
	*out = S_value(s, (size_t)n);
	return 1;
}

/* How many of year, month and day s gives: sscanf(s, "%4d-%2d-%2d"), the
 * usual forms read by hand first. */
static int S_scan_iso(const char *s, int *y, int *m, int *d)
{
	if (S_digits(s, 4, y)) {
		if (!s[4])
			return 1;
		if (s[4] == '-' && S_digits(s + 5, 2, m)) {
			if (!s[7])
				return 2;
			if (s[7] == '-' && S_digits(s + 8, 2, d) && !s[10])
				return 3;
		}
	}
	return sscanf(s, "%4d-%2d-%2d", y, m, d);
}

int pm_date_iso_range(const char *s, long *first, long *last)
{
	int y = 0, m = 0, d = 0;
	int n = s ? S_scan_iso(s, &y, &m, &d) : 0;
	if (n < 1 || y < 1 || (n >= 2 && (m < 1 || m > 12)) || (n == 3 && (d < 1 || d > 31)))
		return 0;
	if (n == 1) {
		*first = pm_date_day_number(y, 1, 1);
		*last = pm_date_day_number(y, 12, 31);
	} else if (n == 2) {
		*first = pm_date_day_number(y, m, 1);
		*last = pm_date_day_number(y, m, pm_date_month_days(y, m));
	} else {
		*first = *last = pm_date_day_number(y, m, d);
	}
	return 1;
}
