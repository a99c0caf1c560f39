/* test_filter.c - pm_filter_parse takes what the CLI and the HTTP API pass
 * and refuses bad values with one line; the calendar (day numbers, spans,
 * weeks) and the map arithmetic (distance, the box around a circle, across
 * the antimeridian) behind the filters are right. */
#include "store/store.h"
#include "../test.h"

#include <math.h>

static int S_parse(pm_filter *f, const char *key, const char *value)
{
	return pm_filter_parse(f, key, value);
}

static void S_refused(const char *key, const char *value, const char *message_part)
{
	pm_filter f = PM_FILTER_INIT, before;
	before = f;
	int rc = S_parse(&f, key, value);
	CHECK_INT(rc, PM_EINVALID);
	CHECK(!memcmp(&f, &before, sizeof(f)));
	const char *msg = pm_error_last();
	CHECK(msg && strstr(msg, message_part));
	CHECK(msg && !strchr(msg, '\n'));
	if (!msg || !strstr(msg, message_part))
		fprintf(stderr, "  %s=%s: '%s', want '%s'\n", key, value, msg ? msg : "", message_part);
}

static void S_days(void)
{
	CHECK_INT(pm_date_day_number(1970, 1, 1), 0);
	CHECK_INT(pm_date_day_number(1970, 1, 2), 1);
	CHECK_INT(pm_date_day_number(1969, 12, 31), -1);
	CHECK_INT(pm_date_day_number(2000, 3, 1), 11017);
	CHECK_INT(pm_date_day_number(2016, 3, 25), 16885);
	/* every day from 1600 to 2400 goes there and back */
	int bad = 0;
	long prev = pm_date_day_number(1600, 1, 1) - 1;
	for (int y = 1600; y <= 2400; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= 31; d++) {
				long first, last;
				char date[16];
				snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m, d);
				if (pm_date_span(date, &first, &last) < 0)
					continue;
				int yy, mm, dd;
				pm_date_civil(first, &yy, &mm, &dd);
				bad += first != prev + 1 || yy != y || mm != m || dd != d || first != last;
				prev = first;
			}
	CHECK_INT(bad, 0);
	long first, last;
	CHECK_INT(pm_date_span("2016-02", &first, &last), 0);
	CHECK_INT(last - first, 28);
	CHECK_INT(pm_date_span("1900-02", &first, &last), 0);
	CHECK_INT(last - first, 27);
	CHECK_INT(pm_date_span("2016", &first, &last), 0);
	CHECK_INT(last - first, 365);
	CHECK_INT(pm_date_span("2016-13", &first, &last), PM_EINVALID);
	CHECK_INT(pm_date_span("2016-3-1", &first, &last), PM_EINVALID);
	CHECK_INT(pm_date_span("20160301", &first, &last), PM_EINVALID);

	char out[11];
	pm_day_period(PM_COUNT_BY_WEEK, pm_date_day_number(2016, 3, 25), out);   /* a Friday */
	CHECK_STR(out, "2016-03-21");
	pm_day_period(PM_COUNT_BY_WEEK, pm_date_day_number(2016, 3, 21), out);   /* its Monday */
	CHECK_STR(out, "2016-03-21");
	pm_day_period(PM_COUNT_BY_WEEK, pm_date_day_number(2016, 3, 20), out);   /* the Sunday before */
	CHECK_STR(out, "2016-03-14");
	pm_day_period(PM_COUNT_BY_WEEK, pm_date_day_number(1969, 12, 31), out);
	CHECK_STR(out, "1969-12-29");
	pm_day_period(PM_COUNT_BY_MONTH, pm_date_day_number(2016, 3, 25), out);
	CHECK_STR(out, "2016-03");
	pm_day_period(PM_COUNT_BY_YEAR, pm_date_day_number(2016, 3, 25), out);
	CHECK_STR(out, "2016");
	pm_day_period(PM_COUNT_BY_DAY, pm_date_day_number(2016, 2, 29), out);
	CHECK_STR(out, "2016-02-29");
}

static void S_geo(void)
{
	/* Palmyra to Homs is about 150 km; a degree of latitude about 111.2 km */
	double km = pm_geo_km(34.5624, 38.2840, 34.7268, 36.7234);
	CHECK(km > 140 && km < 150);
	CHECK(fabs(pm_geo_km(0, 0, 1, 0) - 111.195) < 0.01);
	CHECK(fabs(pm_geo_km(10, 179.9, 10, -179.9) - 21.9) < 0.1);

	pm_geo_box box;
	pm_geo_box_around(34.56, 38.28, 50, &box);
	CHECK(!box.all_lon && box.west < box.east);
	CHECK(fabs(box.north - box.south - 2 * 50 / 111.195) < 0.001);
	/* a point 49 km east is inside the box */
	CHECK(box.east > 38.28 + 49 / (111.195 * cos(34.56 * M_PI / 180)));
	pm_geo_box_around(-17, 179.8, 100, &box);    /* Fiji: across the antimeridian */
	CHECK(!box.all_lon && box.west > box.east);
	CHECK(box.east > -180 && box.east < -179);
	pm_geo_box_around(89.9, 10, 50, &box);
	CHECK(box.all_lon && box.north == 90);
}

static void S_filters(void)
{
	pm_filter f = PM_FILTER_INIT;
	CHECK_INT(S_parse(&f, "from", "2016-03"), 0);
	CHECK_INT(S_parse(&f, "to", "2016"), 0);
	CHECK(f.has_from && f.has_to);
	CHECK_INT(f.from_day, pm_date_day_number(2016, 3, 1));
	CHECK_INT(f.to_day, pm_date_day_number(2016, 12, 31));
	CHECK_INT(S_parse(&f, "country", "syr"), 0);
	CHECK_STR(f.country, "SYR");
	CHECK_INT(S_parse(&f, "place", "163808"), 0);
	CHECK_INT(f.geonameid, 163808);
	CHECK_INT(S_parse(&f, "near", "34.56, 38.28,50"), 0);
	CHECK(f.has_near && f.near_km == 50 && f.near_lon == 38.28);
	CHECK_INT(S_parse(&f, "bbox", "170,-20,-170,-10"), 0);
	CHECK(f.has_bbox && f.west == 170 && f.east == -170);
	CHECK_INT(S_parse(&f, "actor", "syrmil"), 0);
	CHECK_STR(f.actor, "SYRMIL");
	CHECK_INT(S_parse(&f, "source", "---CVL"), 0);
	CHECK_INT(S_parse(&f, "code", "19"), 0);
	CHECK_INT(S_parse(&f, "root", "19"), 0);
	CHECK_INT(S_parse(&f, "quad", "4"), 0);
	CHECK_INT(S_parse(&f, "modality", "claimed"), 0);
	CHECK_INT(S_parse(&f, "outlet", "  Reuters "), 0);
	CHECK_STR(f.outlet, "Reuters");
	CHECK_INT(S_parse(&f, "text", "air strikes"), 0);
	CHECK_INT(S_parse(&f, "limit", "10"), 0);
	CHECK_INT(f.limit, 10);
	pm_filter g = PM_FILTER_INIT;
	CHECK_INT(S_parse(&g, "place", "Palmyra"), 0);
	CHECK_STR(g.place, "Palmyra");
	CHECK_INT(g.geonameid, 0);

	S_refused("from", "2016-13-45", "there is no month 13");
	S_refused("from", "2016-02-30", "2016-02 has no day 30");
	S_refused("to", "yesterday", "not a date");
	S_refused("to", "", "not a date");
	S_refused("near", "91,0,5", "latitude 91 is out of range");
	S_refused("near", "0,181,5", "longitude 181 is out of range");
	S_refused("near", "0,0,0", "distance");
	S_refused("near", "0,0", "not LAT,LON,KM");
	S_refused("near", "0,0,5,6", "not LAT,LON,KM");
	S_refused("near", "nan,0,5", "not LAT,LON,KM");
	S_refused("bbox", "0,10,5,5", "south 10 is north of north 5");
	S_refused("bbox", "0,0,190,5", "longitude 190");
	S_refused("country", "SY", "ISO 3166 alpha-3");
	S_refused("country", "S1R", "ISO 3166 alpha-3");
	S_refused("actor", "SYR'; DROP TABLE events; --", "not a code");
	S_refused("actor", "", "empty");
	S_refused("root", "21", "CAMEO root");
	S_refused("root", "1", "CAMEO root");
	S_refused("quad", "5", "out of range (1..4)");
	S_refused("quad", "x", "not a whole number");
	S_refused("modality", "maybe", "not a modality");
	S_refused("limit", "0", "out of range");
	S_refused("limit", "-3", "out of range");
	S_refused("text", "   ", "empty");
	S_refused("admin1", "", "empty");
	S_refused("colour", "red", "unknown filter 'colour'");

	/* twice is refused: which one was meant cannot be told */
	pm_filter h = PM_FILTER_INIT;
	CHECK_INT(S_parse(&h, "actor", "SYR"), 0);
	CHECK_INT(S_parse(&h, "actor", "RUS"), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "given twice") != NULL);
	CHECK_STR(h.actor, "SYR");

	int n = 0;
	for (const char *const *k = pm_filter_keys(); *k; k++)
		n++;
	CHECK_INT(n, 19);
}

static void S_fts(void)
{
	char out[64];
	CHECK_INT(pm_filter_fts_query("air  strikes", out, sizeof(out)) > 0, 1);
	CHECK_STR(out, "\"air\" \"strikes\"");
	pm_filter_fts_query("say \"hi\" OR NOT al-Assad's", out, sizeof(out));
	CHECK_STR(out, "\"say\" \"hi\" \"OR\" \"NOT\" \"al\" \"Assad\" \"s\"");
	CHECK_INT(pm_filter_fts_query("-- * ()", out, sizeof(out)), 0);
	CHECK_INT(pm_filter_fts_query("a-very-long-word-that-does-not-fit-in-here-at-all-no", out, 16),
		  -1);
}

static void S_count_by(void)
{
	pm_count_by by;
	CHECK_INT(pm_count_by_parse(&by, "month,root"), 0);
	CHECK_INT(by.n, 2);
	CHECK_INT(by.keys[0], PM_COUNT_BY_MONTH);
	CHECK_INT(by.keys[1], PM_COUNT_BY_ROOT);
	CHECK_STR(pm_count_by_name(by.keys[1]), "root");
	CHECK_INT(pm_count_by_parse(&by, "week,week"), PM_EINVALID);
	CHECK_INT(pm_count_by_parse(&by, "day,country,source,target,outlet"), PM_EINVALID);
	CHECK_INT(pm_count_by_parse(&by, "colour"), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "'colour' is not a key") != NULL);
	CHECK_INT(pm_count_by_parse(&by, ""), PM_EINVALID);
}

int main(void)
{
	S_days();
	S_geo();
	S_filters();
	S_fts();
	S_count_by();
	TEST_END();
}
