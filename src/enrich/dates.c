/* dates.c - date expressions: find, resolve, attach to the event verb.
 *
 * One left-to-right pass collects candidate expressions (each resolved to
 * an inclusive yyyymmdd span and a precision); a second look scores them
 * by token distance to the verb, with penalties for commas, reporting verbs
 * and auxiliaries crossed, and rejects any that sit across a subordinator
 * or another clause's finite verb, but for a when-clause straight after the
 * date ("since May last year, when they overran it"). A "this year" or
 * "since X" that counts happenings ("the deadliest attack this year", "the
 * first supplies since October") dates none. */
#include "enrich/dates.h"

#include <stdio.h>
#include <stdlib.h>

#include "enrich/enrich_words.h"
#include "enrich/modality.h"
#include "util/date.h"
#include "util/error.h"

#define S_MAX_CANDS 16

typedef struct S_ctx {
	const pm_sentence *s;
	int doc;            /* yyyymmdd or 0 */
	int dy, dm, dd, wd; /* document year, month, day, weekday */
	int future;         /* the event verb is future: unanchored dates look ahead */
} S_ctx;

typedef struct S_cand {
	int first, last;
	int start, end;     /* yyyymmdd */
	int prec;           /* pm_date_precision */
	int range;
	int after;          /* "two weeks after ...": dates the clause after it only */
	int days_after;     /* "two days after ...": that many days (0 for other units) */
} S_cand;

/* ---- Calendar ------------------------------------------------------------ */

static long S_day_of(int ymd)
{
	return pm_date_day_number(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

static void S_set_day(S_cand *c, int ymd)
{
	c->start = c->end = ymd;
	c->prec = PM_DATE_DAY;
}

static void S_set_month(S_cand *c, int y, int m)
{
	c->start = y * 10000 + m * 100 + 1;
	c->end = y * 10000 + m * 100 + pm_date_month_days(y, m);
	c->prec = PM_DATE_MONTH;
}

static void S_set_year(S_cand *c, int y)
{
	c->start = y * 10000 + 101;
	c->end = y * 10000 + 1231;
	c->prec = PM_DATE_YEAR;
}

/* ---- Words ----------------------------------------------------------------- */

static const char *const S_months[] = {"january", "february", "march", "april", "may",
				       "june", "july", "august", "september", "october",
				       "november", "december", NULL};
static const char *const S_mon_abbr[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
					 "aug", "sep", "oct", "nov", "dec", NULL};
static const char *const S_weekdays[] = {"sunday", "monday", "tuesday", "wednesday",
					 "thursday", "friday", "saturday", NULL};
/* Words after which a bare month or year is a date ("in May", "since 2014"). */
static const char *const S_date_preps[] = {
	"in", "since", "of", "until", "till", "by", "from", "between", "last", "this", "next",
	"early", "late", "mid", "during", "through", "throughout", "and", "to", "before",
	"after", "on", "around", "end", "beginning", "start", "middle", "or", NULL};

/* A month name or abbreviation ("Sept.", "Sep") at i, capitalised; *last
 * gets its last token. Returns 1..12 or 0. */
static int S_month_at(const pm_sentence *s, int i, int *last)
{
	const char *t = pm_ew_text(s, i);
	char w[12];
	size_t n = strlen(t);
	if (!isupper((unsigned char)t[0]) || n >= sizeof(w) || n < 3)
		return 0;
	*last = i;
	int k = pm_ew_in(s, i, S_months);
	if (k >= 0)
		return k + 1;
	memcpy(w, t, n + 1);
	if (w[n - 1] == '.')
		w[--n] = '\0';
	else if (pm_ew_is(s, i + 1, ".") && isdigit((unsigned char)pm_ew_text(s, i + 2)[0]))
		*last = i + 1;
	if (strcasecmp(w, "sept") == 0)
		return 9;
	for (k = 0; S_mon_abbr[k]; k++)
		if (strcasecmp(w, S_mon_abbr[k]) == 0 && k != 4)
			return k + 1;
	return 0;
}

/* A day of the month: "24", "24th", "1st"; *ordinal says a suffix was seen. */
static int S_day_at(const pm_sentence *s, int i, int *ordinal)
{
	const char *t = pm_ew_text(s, i);
	int d = 0, n = 0;
	while (isdigit((unsigned char)t[n]) && n < 3)
		d = d * 10 + (t[n++] - '0');
	if (n == 0 || n > 2 || d < 1 || d > 31)
		return 0;
	*ordinal = 0;
	if (t[n] == '\0')
		return d;
	if (strcasecmp(t + n, "st") == 0 || strcasecmp(t + n, "nd") == 0 ||
	    strcasecmp(t + n, "rd") == 0 || strcasecmp(t + n, "th") == 0) {
		*ordinal = 1;
		return d;
	}
	return 0;
}

static int S_year_at(const pm_sentence *s, int i)
{
	const char *t = pm_ew_text(s, i);
	if (strlen(t) != 4)
		return 0;
	for (int k = 0; k < 4; k++)
		if (!isdigit((unsigned char)t[k]))
			return 0;
	int y = atoi(t);
	return y >= 1900 && y <= 2099 ? y : 0;
}

/* The year of a month (and day) given without one: the latest not after
 * the document date, or the earliest not before it for a future verb. */
static int S_infer_year(const S_ctx *c, int m, int d)
{
	int md = m * 100 + d, dmd = c->dm * 100 + c->dd;
	if (c->future)
		return md >= dmd ? c->dy : c->dy + 1;
	return md <= dmd ? c->dy : c->dy - 1;
}

/* ---- Expression parsers: each returns the last token or -1 --------------- */

/* "last year", "this year", "next year" at token k, or the same after
 * "of" ("February of last year", "August 3 of last year": the month of
 * that year, not the year): the year it names, its last token in *last;
 * 0 when none or without a document date. */
static int S_rel_year(const S_ctx *c, int k, int *last)
{
	const pm_sentence *s = c->s;
	if (!c->doc)
		return 0;
	if (pm_ew_is(s, k, "of"))
		k++;
	if (!pm_ew_is(s, k + 1, "year"))
		return 0;
	int rel = pm_ew_is(s, k, "last") ? -1 : pm_ew_is(s, k, "this") ? 0
		: pm_ew_is(s, k, "next") ? 1 : 9;
	if (rel == 9)
		return 0;
	*last = k + 1;
	return c->dy + rel;
}

/* "March 24, 2016", "March 24", "March 2016", "May of 2015", "September". */
static int S_month_first(const S_ctx *c, int i, S_cand *out)
{
	const pm_sentence *s = c->s;
	int last, ord, m = S_month_at(s, i, &last);
	if (!m)
		return -1;
	int j = last + 1, d = S_year_at(s, j) ? 0 : S_day_at(s, j, &ord), y;
	if (d) {
		int k = j + 1;
		if (pm_ew_is(s, k, ",") && S_year_at(s, k + 1)) {
			y = S_year_at(s, k + 1);
			last = k + 1;
		} else if ((y = S_year_at(s, k)) != 0) {
			last = k;
		} else if ((y = S_rel_year(c, k, &last)) != 0) {
			/* "August 3 of last year" */
		} else {
			if (!c->doc)
				return -1;
			y = S_infer_year(c, m, d);
			last = j;
		}
		if (d > pm_date_month_days(y, m))
			return -1;
		S_set_day(out, y * 10000 + m * 100 + d);
		return last;
	}
	if (pm_ew_is(s, j, "of") && S_year_at(s, j + 1)) {
		S_set_month(out, S_year_at(s, j + 1), m);
		return j + 1;
	}
	if ((y = S_year_at(s, j)) != 0 || (pm_ew_is(s, j, ",") && (y = S_year_at(s, j + 1)))) {
		S_set_month(out, y, m);
		return pm_ew_is(s, j, ",") ? j + 1 : j;
	}
	/* "May last year", "September this year", "February of last year" */
	if ((y = S_rel_year(c, j, &last)) != 0) {
		S_set_month(out, y, m);
		return last;
	}
	/* A bare "May" or "March" is a modal or a verb unless a date word leads. */
	int bare_ok = (m != 5 && m != 3) || pm_ew_in(s, i - 1, S_date_preps) >= 0;
	if (!bare_ok || !c->doc || (i > 0 && !pm_ew_capital(s, i)))
		return -1;
	S_set_month(out, S_infer_year(c, m, 0), m);
	if (c->future && m == c->dm)
		S_set_month(out, c->dy, m);
	return last;
}

/* "24 March 2016", "24th of March", "the 24th", "the 24th of March". */
static int S_day_first(const S_ctx *c, int i, S_cand *out)
{
	const pm_sentence *s = c->s;
	int the = pm_ew_is(s, i, "the"), ord, last;
	int d = S_day_at(s, i + the, &ord);
	if (!d || (the && !ord))
		return -1;
	int j = i + the + 1;
	if (pm_ew_is(s, j, "of"))
		j++;
	int m = S_month_at(s, j, &last);
	if (m) {
		int y = S_year_at(s, last + 1);
		if (y)
			last++;
		else if ((y = S_rel_year(c, last + 1, &last)) != 0)
			;   /* "the 3rd of August of last year" */
		else if (!c->doc)
			return -1;
		else
			y = S_infer_year(c, m, d);
		if (d > pm_date_month_days(y, m))
			return -1;
		S_set_day(out, y * 10000 + m * 100 + d);
		return last;
	}
	if (!the || !c->doc)
		return -1;
	/* "the 24th": this month, or the one before (after, for a future verb). */
	int y = c->dy, mo = c->dm;
	if (!c->future && d > c->dd) {
		mo--;
		if (mo == 0) { mo = 12; y--; }
	} else if (c->future && d < c->dd) {
		mo++;
		if (mo == 13) { mo = 1; y++; }
	}
	if (d > pm_date_month_days(y, mo))
		return -1;
	S_set_day(out, y * 10000 + mo * 100 + d);
	return i + 1;
}

static int S_iso(const S_ctx *c, int i, S_cand *out)
{
	const char *t = pm_ew_text(c->s, i);
	if (strlen(t) != 10 || t[4] != '-' || t[7] != '-')
		return -1;
	int ymd = pm_date_parse_iso(t);
	if (!ymd)
		return -1;
	S_set_day(out, ymd);
	return i;
}

static int S_part_of_day(const pm_sentence *s, int i)
{
	static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
	return pm_ew_in(s, i, parts) >= 0;
}

/* Weekday `wd` relative to the document: rel -1 last, 0 plain, +1 next. */
static int S_weekday_date(const S_ctx *c, int wd, int rel)
{
	int back = (c->wd - wd + 7) % 7, ahead = (wd - c->wd + 7) % 7;
	if (rel > 0 || (rel == 0 && c->future))
		return pm_date_add_days(c->doc, rel > 0 && ahead == 0 ? 7 : ahead);
	return pm_date_add_days(c->doc, -(rel < 0 && back == 0 ? 7 : back));
}

/* "Thursday", "Thursday night", "Thursday, March 24" (the explicit date wins). */
static int S_weekday(const S_ctx *c, int i, int rel, S_cand *out)
{
	const pm_sentence *s = c->s;
	int wd = pm_ew_in(s, i, S_weekdays);
	if (wd < 0 || !pm_ew_capital(s, i))
		return -1;
	int j = i + (pm_ew_is(s, i + 1, ",") ? 2 : 1), last;
	if ((last = S_month_first(c, j, out)) >= 0 && out->prec == PM_DATE_DAY)
		return last;
	if ((last = S_day_first(c, j, out)) >= 0 && out->prec == PM_DATE_DAY)
		return last;
	if (!c->doc)
		return -1;
	S_set_day(out, S_weekday_date(c, wd, rel));
	return S_part_of_day(s, i + 1) ? i + 1 : i;
}

static void S_set_week(const S_ctx *c, S_cand *out, int weeks)
{
	int monday = pm_date_add_days(c->doc, -((c->wd + 6) % 7) + 7 * weeks);
	out->start = monday;
	out->end = weeks == 0 && !c->future ? c->doc : pm_date_add_days(monday, 6);
	out->prec = PM_DATE_MONTH;
}

/* The weekend rel -1 last, 0 this, +1 next: its Saturday and Sunday. */
static void S_set_weekend(const S_ctx *c, S_cand *out, int rel)
{
	int sat = S_weekday_date(c, 6, rel > 0 ? 1 : -1);
	if (rel == 0 && !c->future && c->wd == 0)
		sat = pm_date_add_days(c->doc, -1);
	else if (rel == 0 && !c->future && c->wd == 6)
		sat = c->doc;
	out->start = sat;
	out->end = pm_date_add_days(sat, 1);
	out->prec = PM_DATE_DAY;
}

/* "at the weekend", "over the weekend", "the weekend's bombing": the
 * weekend just past (a report of Sunday tells its own), or the coming one
 * for a future verb; "the weekend before the vote" counts from the vote. */
static int S_the_weekend(const S_ctx *c, int i, S_cand *out)
{
	static const char *const counted[] = {"before", "after", "of", NULL};
	if (!c->doc || !pm_ew_is(c->s, i, "the") || !pm_ew_is(c->s, i + 1, "weekend") ||
	    pm_ew_in(c->s, i + 2, counted) >= 0)
		return -1;
	S_set_weekend(c, out, c->future ? 1 : c->wd == 6 || c->wd == 0 ? 0 : -1);
	return i + 1;
}

/* [early|late|mid|earlier|later] [last|this|next|past] week|month|year|
 * weekend|night|morning|<Month>|<weekday>; "last night", "this morning". */
static int S_relative_unit(const S_ctx *c, int i, S_cand *out)
{
	static const char *const edge[] = {"early", "late", "mid", "earlier", "later", NULL};
	static const char *const rels[] = {"last", "past", "previous", "this", "next",
					   "coming", NULL};
	static const int relv[] = {-1, -1, -1, 0, 1, 1};
	const pm_sentence *s = c->s;
	int j = i + (pm_ew_in(s, i, edge) >= 0), last;
	if (j > i && pm_ew_is(s, j, "in"))  /* "earlier in the week" is rare; skip */
		return -1;
	int r = pm_ew_in(s, j, rels);
	if (r < 0) {
		if (j == i)
			return -1;
		/* "early 2015", "late May", "earlier today" */
		int y = S_year_at(s, j);
		if (y) {
			S_set_year(out, y);
			return j;
		}
		if (pm_ew_is(s, j, "today")) {
			if (!c->doc)
				return -1;
			S_set_day(out, c->doc);
			return j;
		}
		return S_month_first(c, j, out);
	}
	if (!c->doc)
		return -1;
	int rel = relv[r], k = j + 1;
	if (pm_ew_is(s, k, "week")) {
		S_set_week(c, out, rel);
	} else if (pm_ew_is(s, k, "weekend")) {
		S_set_weekend(c, out, rel);
	} else if (pm_ew_is(s, k, "month")) {
		int y = c->dy, m = c->dm + rel;
		if (m == 0) { m = 12; y--; }
		if (m == 13) { m = 1; y++; }
		S_set_month(out, y, m);
	} else if (pm_ew_is(s, k, "year")) {
		S_set_year(out, c->dy + rel);
	} else if (S_part_of_day(s, k)) {
		/* "last night" is the evening before; "this morning" is today */
		S_set_day(out, pm_date_add_days(c->doc, rel < 0 ? -1 : rel));
	} else if (pm_ew_in(s, k, S_weekdays) >= 0 && pm_ew_capital(s, k)) {
		S_set_day(out, S_weekday_date(c, pm_ew_in(s, k, S_weekdays), rel));
		if (S_part_of_day(s, k + 1))
			k++;
	} else {
		int m = S_month_at(s, k, &last);
		if (!m || S_day_at(s, last + 1, &(int){0}))
			return -1;
		int y = rel < 0 ? (m < c->dm ? c->dy : c->dy - 1)
			: rel > 0 ? (m > c->dm ? c->dy : c->dy + 1) : c->dy;
		S_set_month(out, y, m);
		k = last;
	}
	return k;
}

/* "yesterday", "today", "tonight", "tomorrow", "overnight",
 * "the day before yesterday". */
static int S_deictic(const S_ctx *c, int i, S_cand *out)
{
	static const char *const words[] = {"yesterday", "today", "tonight", "tomorrow",
					    "overnight", NULL};
	static const int off[] = {-1, 0, 0, 1, -1};
	const pm_sentence *s = c->s;
	if (!c->doc)
		return -1;
	if (pm_ew_is(s, i, "the") && pm_ew_is(s, i + 1, "day") && pm_ew_is(s, i + 2, "before") &&
	    pm_ew_is(s, i + 3, "yesterday")) {
		S_set_day(out, pm_date_add_days(c->doc, -2));
		return i + 3;
	}
	int k = pm_ew_in(s, i, words);
	if (k < 0)
		return -1;
	S_set_day(out, pm_date_add_days(c->doc, off[k]));
	return k <= 1 && S_part_of_day(s, i + 1) ? i + 1 : i;
}

/* Token i ends a clause or opens a phrase that is no happening's name:
 * "killed five the day before." and "two days before, in the north" count
 * from the telling, "the day before the vote" from the vote. */
static int S_clause_end(const pm_sentence *s, int i)
{
	static const char *const next[] = {"and", "but", "in", "at", "on", "near", "when",
					   "while", "as", "with", "during", "outside", NULL};
	return i >= s->n_tokens || !isalnum((unsigned char)pm_ew_text(s, i)[0]) ||
	       pm_ew_in(s, i, next) >= 0;
}

/* "three days ago", "a week ago", "two years ago"; "two weeks after" (the
 * happening the clause after it tells, as long before the report: "The
 * attack came two weeks after a truck bomb in the city killed 350");
 * "two days earlier", "a week later", "a day before." (the step counts
 * from the report, unless an opening phrase counts it from the day the
 * sentence before told: the pipeline sees to that). */
static int S_ago(const S_ctx *c, int i, S_cand *out)
{
	const pm_sentence *s = c->s;
	long n;
	int vague, last = pm_ew_number(s, i, &n, &vague);
	if (last < 0 && (pm_ew_is(s, i, "a") || pm_ew_is(s, i, "an"))) {
		n = 1;
		last = i;
	}
	if (last < 0 || vague || !c->doc || n > 1000)
		return -1;
	const char *u = pm_ew_text(s, last + 1);
	int later = pm_ew_is(s, last + 2, "later");
	int earlier = pm_ew_is(s, last + 2, "earlier") ||
		      (pm_ew_is(s, last + 2, "before") && S_clause_end(s, last + 3));
	out->after = pm_ew_is(s, last + 2, "after");
	if (!out->after && !later && !earlier && !pm_ew_is(s, last + 2, "ago"))
		return -1;
	if ((later || earlier) && strncasecmp(u, "day", 3) != 0 && strncasecmp(u, "week", 4) != 0)
		return -1;  /* "a year earlier" tells a year told elsewhere */
	if (later && !c->future)
		return -1;  /* later than the report: counted from a day told before */
	if (later)
		n = -n;
	if (strncasecmp(u, "day", 3) == 0) {
		S_set_day(out, pm_date_add_days(c->doc, -(int)n));
		out->days_after = out->after ? (int)n : 0;
	} else if (strncasecmp(u, "week", 4) == 0) {
		int d = pm_date_add_days(c->doc, -7 * (int)n);
		S_set_month(out, d / 10000, d / 100 % 100);
		out->start = pm_date_add_days(d, -3);
		out->end = pm_date_add_days(d, 3);
	} else if (strncasecmp(u, "month", 5) == 0) {
		int m = c->dm - (int)n % 12, y = c->dy - (int)n / 12;
		if (m <= 0) { m += 12; y--; }
		S_set_month(out, y, m);
	} else if (strncasecmp(u, "year", 4) == 0) {
		S_set_year(out, c->dy - (int)n);
	} else {
		return -1;
	}
	return last + 2;
}

static int S_single(const S_ctx *c, int i, S_cand *out);

/* "the previous day", "the following day", "the next day", and at a
 * clause's end "the day before", "the day after": a day counted from the
 * report's (the pipeline counts it from the day the sentence before told
 * when the phrase opens the sentence). */
static int S_the_day(const S_ctx *c, int i, S_cand *out)
{
	static const char *const ordered[] = {"previous", "following", "next", NULL};
	static const int offv[] = {-1, 1, 1};
	const pm_sentence *s = c->s;
	int k, off;
	if (!c->doc || !pm_ew_is(s, i, "the"))
		return -1;
	if (pm_ew_is(s, i + 1, "eve") && pm_ew_is(s, i + 2, "of")) {
		/* "on the eve of Sunday's vote": the day before a day it names */
		S_cand day;
		int last = S_single(c, i + 3, &day);
		if (last < 0 || day.prec != PM_DATE_DAY)
			return -1;
		S_set_day(out, pm_date_add_days(day.start, -1));
		return last;
	}
	if ((k = pm_ew_in(s, i + 1, ordered)) >= 0 && pm_ew_is(s, i + 2, "day")) {
		off = offv[k];
	} else if (pm_ew_is(s, i + 1, "day") &&
		   (pm_ew_is(s, i + 2, "before") || pm_ew_is(s, i + 2, "after")) &&
		   S_clause_end(s, i + 3)) {
		off = pm_ew_is(s, i + 2, "before") ? -1 : 1;
	} else {
		return -1;
	}
	if (off > 0 && !c->future)
		return -1;  /* later than the report: counted from a day told before */
	S_set_day(out, pm_date_add_days(c->doc, off));
	return i + 2;
}

/* "mid-2015", "mid-September" (hyphenated words are one token). */
static int S_mid(const S_ctx *c, int i, S_cand *out)
{
	const char *t = pm_ew_text(c->s, i);
	if (!strchr("mMeElL", t[0]) || !strchr(t, '-'))
		return -1;
	if (strncasecmp(t, "mid-", 4) != 0 && strncasecmp(t, "early-", 6) != 0 &&
	    strncasecmp(t, "late-", 5) != 0)
		return -1;
	const char *rest = strchr(t, '-') + 1;
	if (strlen(rest) == 4 && isdigit((unsigned char)rest[0])) {
		int y = atoi(rest);
		if (y < 1900 || y > 2099)
			return -1;
		S_set_year(out, y);
		return i;
	}
	for (int k = 0; S_months[k]; k++)
		if (strcasecmp(rest, S_months[k]) == 0) {
			if (!c->doc)
				return -1;
			S_set_month(out, S_infer_year(c, k + 1, 0), k + 1);
			return i;
		}
	return -1;
}

/* A year that names a happening by when it was: "the 2014 kidnapping",
 * "the 2006 war". Only before a noun of a happening: "the 2000 troops" is
 * a count. */
static int S_year_of_noun(const pm_sentence *s, int i)
{
	static const char *const nouns[] = {
		"kidnapping", "abduction", "attack", "attacks", "bombing", "bombings",
		"massacre", "killings", "siege", "offensive", "war", "invasion", "coup",
		"uprising", "raid", "raids", "shooting", "assault", "capture", "fall",
		"takeover", "election", "elections", "ceasefire", "truce", "crackdown",
		"protests", "revolution", "occupation", "incursion", "clashes", NULL};
	static const char *const dets[] = {"the", "its", "their", "his", "her", NULL};
	return pm_ew_in(s, i - 1, dets) >= 0 && pm_ew_in(s, i + 1, nouns) >= 0;
}

/* A year alone after a date word: "in 2015", "since 2011"; or naming a
 * happening: "the 2014 kidnapping". */
static int S_year_alone(const S_ctx *c, int i, S_cand *out)
{
	int y = S_year_at(c->s, i);
	if (!y || (pm_ew_in(c->s, i - 1, S_date_preps) < 0 && !S_year_of_noun(c->s, i)))
		return -1;
	S_set_year(out, y);
	return i;
}

static int S_single(const S_ctx *c, int i, S_cand *out)
{
	int last;
	if ((last = S_iso(c, i, out)) >= 0 || (last = S_relative_unit(c, i, out)) >= 0 ||
	    (last = S_month_first(c, i, out)) >= 0 || (last = S_day_first(c, i, out)) >= 0 ||
	    (last = S_weekday(c, i, 0, out)) >= 0 || (last = S_deictic(c, i, out)) >= 0 ||
	    (last = S_ago(c, i, out)) >= 0 || (last = S_mid(c, i, out)) >= 0 ||
	    (last = S_year_alone(c, i, out)) >= 0 || (last = S_the_weekend(c, i, out)) >= 0 ||
	    (last = S_the_day(c, i, out)) >= 0)
		return last;
	return -1;
}

/* "since X", "from X to Y", "between X and Y", else a single expression. */
static int S_parse_at(const S_ctx *c, int i, S_cand *out)
{
	const pm_sentence *s = c->s;
	int last;
	memset(out, 0, sizeof(*out));
	out->first = i;
	if (pm_ew_is(s, i, "since") && (last = S_single(c, i + 1, out)) >= 0) {
		out->first = i;
		if (c->doc && c->doc > out->start)
			out->end = c->doc;
		out->range = 1;
		return out->last = last;
	}
	int from = pm_ew_is(s, i, "from"), between = pm_ew_is(s, i, "between");
	if ((from || between) && (last = S_single(c, i + 1, out)) >= 0) {
		static const char *const to[] = {"to", "until", "till", "through", NULL};
		S_cand second;
		int ok = between ? pm_ew_is(s, last + 1, "and") : pm_ew_in(s, last + 1, to) >= 0;
		int l2 = ok ? S_single(c, last + 2, &second) : -1;
		out->first = i;
		out->range = 1;
		if (l2 >= 0) {
			if (second.end > out->end)
				out->end = second.end;
			last = l2;
		} else if (!from) {
			return -1;
		} else if (pm_ew_is(s, last + 1, "'s")) {
			/* "the toll from last week's raid": a source, not a start */
			out->range = 0;
		}
		return out->last = last;
	}
	last = S_single(c, i, out);
	out->first = i;
	return out->last = last;
}

/* ---- Which tokens can open an expression ------------------------------------ */

/* Every word that S_parse_at can start with, by first letter (lower case):
 * range words, relative and deictic words, "the", "a"/"an", vague plural
 * numbers, months, their abbreviations, weekdays, and the number words of
 * pm_ew_word_value ("three days ago"; "twenty-five" has a hyphen). */
static const char *const *S_starters(int c)
{
	static const char *const a[] = {"a", "an", "april", "august", "apr", "aug", NULL};
	static const char *const b[] = {"between", NULL};
	static const char *const c_[] = {"coming", NULL};
	static const char *const d[] = {"dozens", "dozen", "december", "dec", NULL};
	static const char *const e[] = {"early", "earlier", "eight", "eleven", "eighteen",
					"eighty", NULL};
	static const char *const f[] = {"from", "february", "friday", "feb", "four", "five",
					"fourteen", "fifteen", "forty", "fifty", NULL};
	static const char *const h[] = {"hundreds", NULL};
	static const char *const j[] = {"january", "june", "july", "jan", "jun", "jul", NULL};
	static const char *const l[] = {"late", "later", "last", NULL};
	static const char *const m[] = {"mid", "millions", "march", "may", "monday", "mar", NULL};
	static const char *const n[] = {"next", "november", "nov", "nine", "nineteen", "ninety",
					NULL};
	static const char *const o[] = {"overnight", "october", "oct", "one", NULL};
	static const char *const p[] = {"past", "previous", NULL};
	static const char *const s[] = {"since", "scores", "september", "saturday", "sunday",
					"sep", "sept", "six", "seven", "sixteen", "seventeen",
					"sixty", "seventy", NULL};
	static const char *const t[] = {"the", "this", "today", "tonight", "tomorrow",
					"thousands", "tens", "tuesday", "thursday", "two", "three",
					"ten", "twelve", "thirteen", "twenty", "thirty", NULL};
	static const char *const w[] = {"wednesday", NULL};
	static const char *const y[] = {"yesterday", NULL};
	static const char *const z[] = {"zero", NULL};
	switch (c) {
	case 'a': return a;
	case 'b': return b;
	case 'c': return c_;
	case 'd': return d;
	case 'e': return e;
	case 'f': return f;
	case 'h': return h;
	case 'j': return j;
	case 'l': return l;
	case 'm': return m;
	case 'n': return n;
	case 'o': return o;
	case 'p': return p;
	case 's': return s;
	case 't': return t;
	case 'w': return w;
	case 'y': return y;
	case 'z': return z;
	default: return NULL;
	}
}

/* 0 when no date expression can start at token i (S_parse_at would return
 * -1 there): a cheap test that spares the parsers most tokens. It may say
 * 1 for a token that starts nothing, never 0 for one that does: digits and
 * hyphenated words (ISO dates, "mid-2015", "twenty-five") always pass; "the"
 * passes only before a digit, "day", "weekend", "previous", "following",
 * "next" or "eve" ("the 24th", "the day before yesterday", "the weekend", "the
 * previous day"), "a"/"an" only with an "ago" after them ("a week ago") or
 * "after", "before", "earlier" or "later" two words on ("a week after"). */
static int S_may_start(const pm_sentence *s, int i)
{
	const char *t = pm_ew_text(s, i);
	char low[12];
	size_t n = 0;
	if (isdigit((unsigned char)t[0]))
		return 1;
	/* no expression opens with a word of this letter, hyphenated or not
	 * (ISO dates begin with a digit, "mid-" with m, number words with
	 * one of z o t f s e n, all of which have starters) */
	if (!S_starters(t[0] | 0x20))
		return 0;
	for (; t[n]; n++) {
		unsigned char c = (unsigned char)t[n];
		if (c == '-')
			return 1;
		if (n + 1 < sizeof(low))
			low[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	if (n + 1 > sizeof(low) - 1)
		return 0;   /* longer than any starter, and no number word */
	low[n] = '\0';
	if (n >= 4 && low[n - 1] == '.')
		low[--n] = '\0';   /* "Sept.", "Jan." */
	if (strcmp(low, "the") == 0)
		return isdigit((unsigned char)pm_ew_text(s, i + 1)[0]) || pm_ew_is(s, i + 1, "day") ||
		       pm_ew_is(s, i + 1, "weekend") || pm_ew_is(s, i + 1, "previous") ||
		       pm_ew_is(s, i + 1, "following") || pm_ew_is(s, i + 1, "next") ||
		       pm_ew_is(s, i + 1, "eve");
	if (strcmp(low, "a") == 0 || strcmp(low, "an") == 0) {
		if (pm_ew_is(s, i + 2, "after") || pm_ew_is(s, i + 2, "earlier") ||
		    pm_ew_is(s, i + 2, "later") || pm_ew_is(s, i + 2, "before"))
			return 1;
		for (int k = i + 2; k < s->n_tokens; k++)
			if (pm_ew_is(s, k, "ago"))
				return 1;
		return 0;
	}
	const char *const *list = S_starters(low[0]);
	for (int k = 0; list && list[k]; k++)
		if (list[k][1] == low[1] && strcmp(list[k], low) == 0)
			return 1;
	return 0;
}

/* ---- Attachment to the verb ------------------------------------------------ */

enum { B_NONE = 0, B_COMMA, B_WEAK, B_STRONG };

static const char *const S_subordinators[] = {
	"because", "although", "though", "whereas", "which", "who", "whom", "whose", "where",
	"when", "while", "if", "unless", "whether", "since", "until", NULL};
static const char *const S_weak_words[] = {
	"that", "after", "before", "and", "but", "as", "said", "says", "say", "told", "reported",
	"announced", "added", "stated", "claimed", "confirmed", "according", "is", "are", "was",
	"were", "has", "have", "had", "will", "would", "could", "may", "might", NULL};
/* "since 2001", "until March": a preposition of a date, which opens no
 * clause ("captured the city, their biggest gain since 2001, after an
 * assault on Monday"). */
static int S_date_preposition(const pm_sentence *s, int i)
{
	int last;
	if (!pm_ew_is(s, i, "since") && !pm_ew_is(s, i, "until"))
		return 0;
	return S_year_at(s, i + 1) || S_month_at(s, i + 1, &last) ||
	       (pm_ew_in(s, i + 1, S_weekdays) >= 0 && pm_ew_capital(s, i + 1));
}

/* How strongly token i separates a date from the event verb. */
static int S_boundary(const pm_sentence *s, int i, int tagged)
{
	const char *t = pm_ew_text(s, i);
	if (t[0] == ',' && !t[1])
		return B_COMMA;
	if ((t[0] == ';' || t[0] == ':') && !t[1])
		return B_STRONG;
	if (pm_ew_in(s, i, S_subordinators) >= 0)
		return S_date_preposition(s, i) ? B_NONE : B_STRONG;
	if (pm_ew_in(s, i, S_weak_words) >= 0)
		return B_WEAK;
	(void)tagged;
	return pm_ew_finite_verb(s, i) && !pm_ew_is(s, i + 1, "by") ? B_STRONG : B_NONE;
}

/* Token i is a past participle: by its tag, else by its form. */
static int S_participle(const pm_sentence *s, int i)
{
	static const char *const irregular[] = {"held", "taken", "overrun", "run", "won",
						"kept", "lost", "driven", NULL};
	if (pm_ew_tagged(s))
		return !strcmp(s->tokens[i].tag, "VBN") || !strcmp(s->tokens[i].tag, "VBD");
	const char *t = pm_ew_text(s, i);
	size_t n = strlen(t);
	return (n > 3 && !strcmp(t + n - 2, "ed")) || pm_ew_in(s, i, irregular) >= 0;
}

/* "captured Hadrut, a town held by Armenian forces since 1994": an
 * apposition ("a town") whose participle has an agent ("held by") is a
 * clause of its own about the noun before the comma, up to the next comma;
 * a date inside it dates that clause, not the event. A "since X" inside
 * an apposition ("seized Maaret al-Numan, ... and a rebel bastion since
 * 2012") says how long the noun has been what it is, never when the
 * event was: an event is not a stretch. */
static int S_in_apposition_clause(const pm_sentence *s, int from, int to, int since)
{
	static const char *const dets[] = {"a", "an", "the", "one", NULL};
	int apposition = 0, open = 0;
	for (int i = from; i <= to; i++) {
		if (pm_ew_is(s, i, ",")) {
			apposition = pm_ew_in(s, i + 1, dets) >= 0;
			open = since && apposition;
		} else if (apposition && i + 1 <= to && pm_ew_is(s, i + 1, "by") &&
			   S_participle(s, i)) {
			open = 1;
		}
	}
	return open;
}

/* "since May last year, when they overran it": a clause opened by "when"
 * straight after a date happened at that date. Returns the clause's first
 * token after "when", -1 when no such clause follows k. */
static int S_when_clause(const pm_sentence *s, const S_cand *k)
{
	int w = k->last + 1 + pm_ew_is(s, k->last + 1, ",");
	return pm_ew_is(s, w, "when") ? w + 1 : -1;
}

/* A span that says which happenings a phrase counts, not when the event
 * was: a bare "this year" or a "since X" after a superlative ("the
 * deadliest attack this year", "the first supplies since October", "the
 * worst fighting since 2016"), "23 times so far this year", and a "this
 * year" in a headline that does not look ahead ("Baghdad bombing kills
 * 125 in deadliest attack this year" is the bombing of its day).
 * "Militants have killed 1,700 people this year" and "have held the town
 * since 2014" keep theirs: a toll to date, a hold since. */
static int S_counting_span(const S_ctx *c, const S_cand *k)
{
	static const char *const most[] = {"most", "first", "worst", "last", "only", "biggest",
					   "largest", "highest", "greatest", NULL};
	const pm_sentence *s = c->s;
	int this_year = k->prec == PM_DATE_YEAR && k->last == k->first + 1 &&
			pm_ew_is(s, k->first, "this") && pm_ew_is(s, k->last, "year");
	int since = k->range && pm_ew_is(s, k->first, "since");
	if (!this_year && !since)
		return 0;
	if (this_year && ((s->is_headline && !c->future) ||
			  (pm_ew_is(s, k->first - 1, "far") && pm_ew_is(s, k->first - 2, "so"))))
		return 1;
	for (int i = k->first - 1; i >= 0 && i >= k->first - 4 && !pm_ew_punct(s, i); i--) {
		const char *t = pm_ew_text(s, i);
		size_t n = strlen(t);
		if (pm_ew_in(s, i, most) >= 0 || (n > 5 && !strcmp(t + n - 4, "iest")))
			return 1;
	}
	return 0;
}

/* "an air strike that killed 168 people in the village earlier this
 * week": an event told by a noun whose relative clause tells what it did;
 * a date in that clause dates the noun's happening. The relative clause's
 * verb, or -1 when the event's word is no such noun. */
static int S_relative_of_noun(const pm_sentence *s, int verb)
{
	if (verb < 0 || (pm_ew_is(s, verb + 1, "that") == 0 && pm_ew_is(s, verb + 1, "which") == 0))
		return -1;
	if (pm_ew_tagged(s) ? strncmp(s->tokens[verb].tag, "NN", 2) != 0 : pm_ew_finite_verb(s, verb))
		return -1;
	return pm_ew_finite_verb(s, verb + 2) ? verb + 2 : -1;
}

/* "killed dozens of civilians, rescuers said Sunday" in a report of that
 * Sunday: a date straight after a reporting verb that follows the event's
 * verb is the day of the telling, and the happening may be a day or more
 * before it. When the telling is the document's own day, the document's
 * date (which allows the days before) says all the sentence does; a day
 * before the document's is kept, the telling's day being the best guess
 * a later report gives. */
static int S_said_on(const S_ctx *c, const S_cand *k, int verb)
{
	static const char *const telling[] = {"said", "says", "say", "told", "announced",
					      "reported", "confirmed", "added", NULL};
	const pm_sentence *s = c->s;
	int t = k->first - 1 - pm_ew_is(s, k->first - 1, "on");
	return verb >= 0 && t > verb && pm_ew_in(s, t, telling) >= 0 && k->prec == PM_DATE_DAY &&
	       k->start == c->doc && k->end == c->doc;
}

/* "were killed when a warplane hit a bus on Thursday": a when-clause
 * straight after the event's verb tells how the event came about, at the
 * same time; a date in it dates the event. 1 when verb has one. */
static int S_how_clause(const pm_sentence *s, int verb, int before)
{
	return !before && verb >= 0 && pm_ew_is(s, verb + 1, "when");
}

/* Score of a candidate (lower is better), or -1 when it belongs to another
 * clause. */
static int S_score(const S_ctx *c, const S_cand *k, int verb, int group, int subj_first,
		   int subj_last, int tagged)
{
	int from, to, score, before = k->last < group, when = S_when_clause(c->s, k);
	if (S_counting_span(c, k) || (k->after && verb < k->last) || S_said_on(c, k, verb))
		return -1;
	/* "withdrew on Saturday, a day after seizing it, and troops moved
	 * back in": the clause "after" opens ends at its comma */
	for (int i = k->last + 1; k->after && i < group; i++)
		if (pm_ew_is(c->s, i, ",") || pm_ew_is(c->s, i, ";"))
			return -1;
	if (before && when >= 0 && when <= group) {
		from = when;   /* the date of the when-clause the verb is in */
		to = group - 1;
		score = group - when + 1;
	} else if (before) {
		from = k->last + 1;
		to = group - 1;
		score = group - k->last + 1;
	} else if (k->first > verb) {
		from = verb + 1;
		to = k->first - 1;
		score = k->first - verb;
	} else {
		return 0;  /* overlaps the verb group */
	}
	/* After the verb, a second finite verb needs a connector first ("and
	 * destroyed", ", which"); without one an untagged "-ed" word is a
	 * participle ("Yazidis trapped on Mount Sinjar"). */
	if (!before && S_in_apposition_clause(c->s, from, to,
						 k->range && pm_ew_is(c->s, k->first, "since")))
		return -1;
	int connector = before || tagged, rel_verb = S_relative_of_noun(c->s, verb);
	int how = S_how_clause(c->s, verb, before);
	for (int i = from; i <= to; i++) {
		if (!before && i <= rel_verb)
			continue;
		if (how && (i == verb + 1 || (i > verb + 1 && how == 1 && pm_ew_finite_verb(c->s, i)))) {
			how = how == 1 && i > verb + 1 ? 2 : 1;  /* its own verb, once */
			continue;
		}
		int b = S_boundary(c->s, i, tagged);
		if (b == B_STRONG && (connector || pm_ew_in(c->s, i, S_subordinators) >= 0))
			return -1;
		if (b == B_COMMA || b == B_WEAK)
			connector = 1;
		score += b == B_WEAK ? 6 : b == B_COMMA ? 2 : 0;
	}
	if (before && subj_first >= 0 && k->last < subj_first)
		score += 2;
	/* "An officer who shot a man in March was convicted": the date sits in a
	 * relative clause of the subject. */
	/* "Since Russia intervened in September, the army ...": the date sits
	 * in a subordinate clause ahead of the main one. */
	for (int i = k->first - 1; before && i >= 0 && !pm_ew_is(c->s, i, ","); i--)
		if (pm_ew_in(c->s, i, S_subordinators) >= 0)
			return -1;
	if (before && (subj_last < 0 || k->first > subj_last)) {
		int from2 = subj_last >= 0 ? subj_last + 1 : k->first - 1;
		for (int i = from2; i < k->first && i >= 0; i += subj_last >= 0 ? 1 : -1) {
			if (pm_ew_is(c->s, i, ",") && subj_last < 0)
				break;
			if (pm_ew_is(c->s, i, "who") || pm_ew_is(c->s, i, "which") ||
			    pm_ew_is(c->s, i, "whose") || pm_ew_is(c->s, i, "whom"))
				return -1;
		}
	}
	return score;
}

/* First token of the verb group (auxiliaries and adverbs before the verb). */
static int S_group_start(const pm_sentence *s, int v)
{
	static const char *const aux[] = {
		"will", "would", "could", "may", "might", "can", "should", "must", "shall", "'ll",
		"did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "be", "been",
		"being", "not", "n't", "never", "also", "reportedly", "allegedly", "to", "still",
		"already", "later", "then", "again", "finally", "wo", "ca", NULL};
	while (v > 0 && pm_ew_in(s, v - 1, aux) >= 0)
		v--;
	return v;
}

/* "YYYY-MM-DD", "YYYY-MM" (d < 0) or "YYYY" (m < 0), as snprintf's "%04d-%02d"
 * writes them, without its cost for the usual years 0..9999. */
static void S_format(char out[11], int y, int m, int d)
{
	if (y < 0 || y > 9999 || m > 99 || d > 99) {
		if (d >= 0)
			snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
		else if (m >= 0)
			snprintf(out, 11, "%04d-%02d", y, m);
		else
			snprintf(out, 11, "%04d", y);
		return;
	}
	char *p = out;
	*p++ = (char)('0' + y / 1000);
	*p++ = (char)('0' + y / 100 % 10);
	*p++ = (char)('0' + y / 10 % 10);
	*p++ = (char)('0' + y % 10);
	for (int i = 0, v[2] = {m, d}; i < 2 && v[i] >= 0; i++) {
		*p++ = '-';
		*p++ = (char)('0' + v[i] / 10);
		*p++ = (char)('0' + v[i] % 10);
	}
	*p = '\0';
}

static void S_write(const S_ctx *c, const S_cand *k, pm_date_result *out)
{
	static const char *const names[] = {"", "day", "month", "year", "document"};
	int y = k->start / 10000, m = k->start / 100 % 100, d = k->start % 100;
	if (k->prec == PM_DATE_MONTH && !k->range && k->end / 100 != k->start / 100) {
		/* A week across a month's end ("last week" of Monday 30 December
		 * to Sunday 5 January) is told by the month holding most of its
		 * days, its middle day's: its Monday's month is the wrong one. */
		int mid = pm_date_add_days(k->start, (int)((S_day_of(k->end) - S_day_of(k->start)) / 2));
		y = mid / 10000;
		m = mid / 100 % 100;
	}
	S_format(out->date, y, k->prec == PM_DATE_DAY || k->prec == PM_DATE_MONTH ? m : -1,
		 k->prec == PM_DATE_DAY ? d : -1);
	out->precision = k->prec;
	out->precision_name = names[k->prec];
	pm_ew_span_text(c->s, k->first, k->last, out->text, sizeof(out->text));
	out->first = k->first;
	out->last = k->last;
	out->start = k->start;
	out->end = k->end;
	out->is_range = (uint8_t)k->range;
}

static void S_document(const S_ctx *c, pm_date_result *out)
{
	out->first = out->last = -1;
	if (!c->doc) {
		out->precision = PM_DATE_NONE;
		out->precision_name = "";
		return;
	}
	S_format(out->date, c->doc / 10000 % 10000, c->doc / 100 % 100, c->doc % 100);
	out->precision = PM_DATE_DOCUMENT;
	out->precision_name = "document";
	out->start = out->end = c->doc;
}

/* "The death toll from a truck bombing in central Baghdad climbed to 213
 * on Monday": the verb tells the toll, and a date outside its subject is
 * the day the toll was told, not the day of the happening the subject
 * names ("from Saturday's truck bombing" is). 1 when verb is such a verb
 * of a toll. */
static int S_toll_clause(const pm_sentence *s, int verb, int subj_first, int subj_last)
{
	static const char *const rises[] = {"climbed", "climbs", "climb", "rose", "rises", "rise",
					    "risen", "reached", "reaches", "hit", "hits", "passed",
					    "passes", "soared", "soars", "jumped", "jumps", "increased",
					    "topped", "tops", "exceeded", "surpassed", "stood", "stands",
					    "mounted", NULL};
	static const char *const tolls[] = {"toll", "tally", "number", "count", NULL};
	if (verb < 0 || subj_first < 0 || subj_last < subj_first || pm_ew_in(s, verb, rises) < 0)
		return 0;
	for (int i = subj_first; i <= subj_last && i <= subj_first + 3; i++)
		if (pm_ew_in(s, i, tolls) >= 0)
			return 1;
	return 0;
}

/* "entered Axum on Tuesday, a day after troops withdrew": the days count
 * from the day the clause before told, when it told one (else from the
 * report's day, which the parser took). */
static void S_count_from_clause(S_cand *cands, int n)
{
	for (int k = 1; k < n; k++) {
		const S_cand *j = &cands[k - 1];
		if (!cands[k].days_after || j->after || j->range || j->prec != PM_DATE_DAY)
			continue;
		S_set_day(&cands[k], pm_date_add_days(j->start, -cands[k].days_after));
	}
}

/* future: the verb is future (1) or not (0), or -1 to find out here. */
static int S_resolve(const pm_sentence *s, int verb, int subj_first, int subj_last,
		     int doc_date, int future, pm_date_result *out)
{
	if (!s || !out)
		return pm_error_set(PM_EINVALID, "%s:%d: NULL argument", __FILE__, __LINE__);
	memset(out, 0, sizeof(*out));
	S_ctx c = {s, 0, 0, 0, 0, 0, 0};
	c.doc = doc_date > 19000000 && doc_date < 21000000 ? doc_date : 0;
	if (c.doc) {
		c.dy = c.doc / 10000;
		c.dm = c.doc / 100 % 100;
		c.dd = c.doc % 100;
		c.wd = pm_date_weekday(c.dy, c.dm, c.dd);
	}
	if (verb >= s->n_tokens)
		verb = -1;
	if (verb >= 0 && future >= 0) {
		c.future = future;
	} else if (verb >= 0) {
		pm_modality mod;
		pm_modality_at(s, verb, &mod);
		c.future = mod.kind == PM_MOD_FUTURE;
	}
	S_cand cands[S_MAX_CANDS];
	int n = 0;
	for (int i = 0; i < s->n_tokens && n < S_MAX_CANDS; i++) {
		const char *t = pm_ew_text(s, i);
		if (!isalnum((unsigned char)t[0]))
			continue;
#ifdef PM_VERIFY_FILTERS
		{ S_cand tmp; if (!S_may_start(s, i) && S_parse_at(&c, i, &tmp) >= 0) abort(); }
#endif
		if (!S_may_start(s, i))
			continue;
		int last = S_parse_at(&c, i, &cands[n]);
		if (last >= 0) {
			n++;
			i = last;
		}
	}
	S_count_from_clause(cands, n);
	out->n_found = (uint8_t)n;
	int best = -1, best_score = 0;
	int group = verb >= 0 ? S_group_start(s, verb) : -1, tagged = pm_ew_tagged(s);
	int toll = S_toll_clause(s, verb, subj_first, subj_last);
	for (int k = 0; k < n; k++) {
		if (toll && (cands[k].first < subj_first || cands[k].last > subj_last))
			continue;
		int sc = verb >= 0 ? S_score(&c, &cands[k], verb, group, subj_first, subj_last, tagged) : k;
		if (sc >= 0 && (best < 0 || sc < best_score)) {
			best = k;
			best_score = sc;
		}
	}
	if (best >= 0)
		S_write(&c, &cands[best], out);
	else
		S_document(&c, out);
	return 0;
}

int pm_dates_resolve_at(const pm_sentence *s, int verb, int subj_first, int subj_last,
			int doc_date, pm_date_result *out)
{
	return S_resolve(s, verb, subj_first, subj_last, doc_date, -1, out);
}

int pm_dates_resolve(const pm_sentence *s, const pm_coded_event *ev, int doc_date,
		     pm_date_result *out)
{
	return pm_dates_resolve_future(s, ev, doc_date, -1, out);
}

int pm_dates_resolve_future(const pm_sentence *s, const pm_coded_event *ev, int doc_date,
			    int future, pm_date_result *out)
{
	if (!ev)
		return pm_error_set(PM_EINVALID, "%s:%d: NULL event", __FILE__, __LINE__);
	return S_resolve(s, ev->verb_token, ev->src_first, ev->src_last, doc_date, future, out);
}

/* "a day", "one day", "two days", "hours": how far the opening phrase
 * steps; its last token in *last. -1 when none (days are whole). */
static int S_step(const pm_sentence *s, int i, int *last)
{
	long n;
	int vague;
	if (pm_ew_is(s, i, "hours")) {
		*last = i;
		return 0;
	}
	int k = i;
	if (pm_ew_is(s, i, "a"))
		n = 1;
	else if ((k = pm_ew_number(s, i, &n, &vague)) < 0 || vague || n < 1 || n > 31)
		return -1;
	if (!pm_ew_is(s, k + 1, "day") && !pm_ew_is(s, k + 1, "days"))
		return -1;
	*last = k + 1;
	return (int)n;
}

int pm_dates_relative_day(const pm_sentence *s, int *offset, char *text, size_t size)
{
	if (!s || !offset || !text || !size)
		return 0;
	text[0] = '\0';
	int last = -1, off = 0, step;
	if ((step = S_step(s, 0, &last)) >= 0 &&
	    (pm_ew_is(s, last + 1, "earlier") || pm_ew_is(s, last + 1, "before") ||
	     pm_ew_is(s, last + 1, "later"))) {
		off = pm_ew_is(s, last + 1, "later") ? step : -step;
		last++;
	} else if (pm_ew_is(s, 0, "the") &&
		   (pm_ew_is(s, 1, "previous") || pm_ew_is(s, 1, "next") || pm_ew_is(s, 1, "following")) &&
		   pm_ew_is(s, 2, "day")) {
		off = pm_ew_is(s, 1, "previous") ? -1 : 1;
		last = 2;
	} else if (pm_ew_is(s, 0, "the") && pm_ew_is(s, 1, "day") && pm_ew_is(s, 2, "before")) {
		off = -1;
		last = 2;
	} else if ((pm_ew_is(s, 0, "earlier") || pm_ew_is(s, 0, "later")) && pm_ew_is(s, 1, "that") &&
		   pm_ew_is(s, 2, "day")) {
		last = 2;
	} else {
		return 0;
	}
	/* only as the sentence's opening phrase: "a day before the vote"
	 * counts from the vote */
	if (strcmp(pm_ew_text(s, last + 1), ","))
		return 0;
	pm_ew_span_text(s, 0, last, text, size);
	*offset = off;
	return 1;
}
