/* test_date.c - pm_date_parse over every written form it takes, the
 * impossible dates it refuses, and the dateline helpers (pm_date_scan with
 * its flags, nearest year). */
#include <string.h>

#include "palmyra.h"
#include "util/date.h"
#include "../test.h"

/* "YYYY-MM-DD/precision" of a parse, or "error: <message>". */
static const char *S_parse(const char *text)
{
	static char buf[256];
	pm_date d;
	if (pm_date_parse(text, strlen(text), &d) < 0) {
		snprintf(buf, sizeof(buf), "error: %s", pm_error_last() ? pm_error_last() : "?");
		return buf;
	}
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d/%s", d.year, d.month, d.day,
		 d.precision == PM_DATE_DAY ? "day" : d.precision == PM_DATE_MONTH ? "month" : "year");
	return buf;
}

#define ACCEPT(text, want) CHECK_STR(S_parse(text), want)

/* The error message starts "invalid date:" and names what is wrong. */
static void S_reject(const char *text, const char *why)
{
	const char *got = S_parse(text);
	int ok = !strncmp(got, "error: invalid date: \"", 22) && strstr(got, why);
	CHECK(ok);
	if (!ok)
		fprintf(stderr, "    \"%s\" gave \"%s\", want an error naming \"%s\"\n", text, got, why);
}

static void test_iso(void)
{
	ACCEPT("2024-05-12", "2024-05-12/day");
	ACCEPT("2024-05-12T10:30:00Z", "2024-05-12/day");
	ACCEPT("2024-05-12T10:30:00+03:00", "2024-05-12/day");
	ACCEPT("2024-05-12T23:30:00-05:00", "2024-05-12/day");   /* as written, not UTC */
	ACCEPT("2024-05-12T10:30:00.123Z", "2024-05-12/day");
	ACCEPT("2024-05-12T10:30", "2024-05-12/day");
	ACCEPT("2024-05-12 10:30", "2024-05-12/day");
	ACCEPT("2024-05-12 10:30:00 +0300", "2024-05-12/day");
	ACCEPT("  2024-05-12\n", "2024-05-12/day");
	ACCEPT("20240512", "2024-05-12/day");
	ACCEPT("2024/05/12", "2024-05-12/day");
	ACCEPT("2024-05", "2024-05-00/month");
	ACCEPT("2024", "2024-00-00/year");
	ACCEPT("2016-02-29", "2016-02-29/day");
	ACCEPT("2000-02-29", "2000-02-29/day");
}

static void test_words(void)
{
	ACCEPT("12 May 2024", "2024-05-12/day");
	ACCEPT("May 12, 2024", "2024-05-12/day");
	ACCEPT("May 12 2024", "2024-05-12/day");
	ACCEPT("12 May, 2024", "2024-05-12/day");
	ACCEPT("12th May 2024", "2024-05-12/day");
	ACCEPT("12-May-2024", "2024-05-12/day");
	ACCEPT("Sept. 3, 2019", "2019-09-03/day");
	ACCEPT("Sept 3rd, 2019", "2019-09-03/day");
	ACCEPT("Sep 3, 2019", "2019-09-03/day");
	ACCEPT("Jan 2, 2017", "2017-01-02/day");
	ACCEPT("Jan. 2, 2017", "2017-01-02/day");
	ACCEPT("2 january 2017", "2017-01-02/day");
	ACCEPT("DECEMBER 31, 2016", "2016-12-31/day");
	ACCEPT("May 2024", "2024-05-00/month");
	ACCEPT("Sunday, 12 May 2024", "2024-05-12/day");
	ACCEPT("Sunday 12 May 2024", "2024-05-12/day");
	ACCEPT("Sunday, May 12, 2024", "2024-05-12/day");
	ACCEPT("Tues. May 14, 2024", "2024-05-14/day");
	ACCEPT("Thurs., May 16, 2024", "2024-05-16/day");
	ACCEPT("12 May 2024 10:30 GMT", "2024-05-12/day");
	ACCEPT("May 12, 2024 10:30 pm", "2024-05-12/day");
}

static void test_rfc2822(void)
{
	ACCEPT("Sun, 12 May 2024 10:30:00 +0000", "2024-05-12/day");
	ACCEPT("Sun, 12 May 2024 10:30:00 GMT", "2024-05-12/day");
	ACCEPT("Wed, 30 Mar 2016 23:59:60 -0700", "2016-03-30/day");   /* a leap second */
	ACCEPT("12 May 2024 10:30 +0000", "2024-05-12/day");
}

static void test_rejected(void)
{
	S_reject("2016-02-30", "February 2016 has 29 days");
	S_reject("2015-02-29", "February 2015 has 28 days");
	S_reject("2024-13-01", "no month 13");
	S_reject("2024-13", "no month 13");
	S_reject("20241301", "no month 13");
	S_reject("2024-04-31", "April 2024 has 30 days");
	S_reject("2024-05-00", "no day 0");
	S_reject("31 June 2024", "June 2024 has 30 days");
	S_reject("Feb 30, 2016", "February 2016 has 29 days");
	S_reject("0000-01-01", "no year 0");
	S_reject("2024-05-12T25:00", "no time 25:00");
	S_reject("2024-05-12T10:61", "no time 10:61");
	S_reject("2024-05-12T10:30:00+25:00", "no time zone 25:00");
	S_reject("Monday, 12 May 2024", "12 May 2024 was a Sunday, not a Monday");
	S_reject("", "not a date");
	S_reject("yesterday", "not a date");
	S_reject("12 May", "not a date");           /* no year: not a document date */
	S_reject("May 12", "not a date");
	S_reject("12/05/2024", "not a date");       /* day or month first? */
	S_reject("12.05.2024", "not a date");       /* dotted only in datelines */
	S_reject("2024-05-12 and more", "not a date");
	S_reject("Mayday 2024", "not a date");
	/* the message quotes the text, cut when long */
	S_reject("2016-02-30", "invalid date: \"2016-02-30\":");
	pm_date d = {1, 1, 1, 1};
	CHECK_INT(pm_date_parse("2024-02-30", 10, &d), PM_EINVALID);
	CHECK_INT(d.year, 0);
	CHECK_INT(pm_date_parse(NULL, 0, &d), PM_EINVALID);
}

/* text[0, len) need not end with a NUL. */
static void test_length(void)
{
	pm_date d;
	CHECK_INT(pm_date_parse("2024-05-12XYZ", 10, &d), 0);
	CHECK_INT(d.day, 12);
	CHECK_INT(pm_date_parse("2024-05-12", 7, &d), 0);
	CHECK_INT(d.precision, PM_DATE_MONTH);
}

static void test_scan(void)
{
	pm_date d;
	const char *t = "May 12 (Reuters) - Troops";
	CHECK_INT(pm_date_scan(t, strlen(t), 0, &d), 0);
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_NO_YEAR, &d), 6);
	CHECK_INT(d.year, 0);
	CHECK_INT(d.month, 5);
	CHECK_INT(d.day, 12);
	t = "12 May. /TASS/.";
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_NO_YEAR, &d), 6);
	t = "12.05.2024 (ENA)";
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_DOTTED, &d), 10);
	CHECK_INT(pm_date_first_day(&d), 20240512);
	t = "30.02.2024 (ENA)";
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_DOTTED, &d), PM_EINVALID);
	t = "Feb 30 (AFP)";
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_NO_YEAR, &d), PM_EINVALID);
	t = "Feb 29 (AFP)";
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_NO_YEAR, &d), 6);
	t = "March 25, 2016 (Reuters)";
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_NO_YEAR, &d), 14);
	CHECK_INT(pm_date_first_day(&d), 20160325);
	t = "May 12, 1,200 people";                 /* not a year */
	CHECK_INT(pm_date_scan(t, strlen(t), PM_DATE_SCAN_NO_YEAR, &d), 6);
}

static void test_calendar(void)
{
	CHECK_INT(pm_date_weekday(2024, 5, 12), 0);   /* a Sunday */
	CHECK_INT(pm_date_weekday(2016, 3, 25), 5);   /* a Friday */
	CHECK_INT(pm_date_weekday(2000, 1, 1), 6);    /* a Saturday */
	CHECK_INT(pm_date_nearest_year(12, 31, 20170102), 2016);
	CHECK_INT(pm_date_nearest_year(1, 2, 20161231), 2017);
	CHECK_INT(pm_date_nearest_year(3, 25, 20160325), 2016);
	CHECK_INT(pm_date_nearest_year(2, 29, 20170301), 2016);
	CHECK_INT(pm_date_nearest_year(3, 25, 0), 0);
	pm_date m = {2024, 5, 0, PM_DATE_MONTH}, y = {2024, 0, 0, PM_DATE_YEAR};
	CHECK_INT(pm_date_first_day(&m), 20240501);
	CHECK_INT(pm_date_first_day(&y), 20240101);
	CHECK(pm_date_contains(&m, 20240531));
	CHECK(!pm_date_contains(&m, 20240601));
	CHECK(pm_date_contains(&y, 20241231));
	CHECK(!pm_date_contains(&y, 20250101));
	CHECK_INT(pm_date_weekday(1970, 1, 1), 4);
	CHECK_INT(pm_date_weekday(1969, 12, 28), 0);  /* before day 0 */
	CHECK_INT(pm_date_add_days(20160301, -1), 20160229);
	CHECK_INT(pm_date_add_days(20151231, 1), 20160101);
	CHECK_INT(pm_date_add_days(20000228, 1), 20000229);
	CHECK_INT(pm_date_add_days(19000228, 1), 19000301);
	CHECK_INT(pm_date_add_days(0, 5), 0);
	CHECK_INT(pm_date_day_number(1970, 1, 1), 0);
	CHECK_INT(pm_date_day_number(1969, 12, 31), -1);
	CHECK_INT(pm_date_day_number(2016, 3, 25), 16885);
	int cy, cm, cd;
	pm_date_civil(-719162, &cy, &cm, &cd);          /* 0001-01-01 */
	CHECK(cy == 1 && cm == 1 && cd == 1);
}

/* An event's date as the output writes it, as the days it covers. */
static void test_iso_range(void)
{
	long a = -1, b = -1;
	CHECK(pm_date_iso_range("2016-03-25", &a, &b) && a == 16885 && b == 16885);
	CHECK(pm_date_iso_range("2016-02", &a, &b) && a == pm_date_day_number(2016, 2, 1) &&
	      b == pm_date_day_number(2016, 2, 29));
	CHECK(pm_date_iso_range("2015", &a, &b) && a == pm_date_day_number(2015, 1, 1) &&
	      b == pm_date_day_number(2015, 12, 31));
	a = b = -1;
	CHECK(!pm_date_iso_range(NULL, &a, &b) && a == -1 && b == -1);
	CHECK(!pm_date_iso_range("", &a, &b));
	CHECK(!pm_date_iso_range("2016-13", &a, &b));
	CHECK(!pm_date_iso_range("2016-02-40", &a, &b));
	CHECK(!pm_date_iso_range("March 2016", &a, &b) && a == -1);
}

int main(void)
{
	test_iso();
	test_words();
	test_rfc2822();
	test_rejected();
	test_length();
	test_scan();
	test_calendar();
	test_iso_range();
	TEST_END();
}
