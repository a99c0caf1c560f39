/* filter.c - pm_filter from key/value text, and the calendar and map
 * arithmetic a filter needs.
 *
 * The CLI's flags and the HTTP API's parameters both arrive as text pairs
 * ("from", "2016-01-01"); parsing them here once means a value is checked
 * the same way wherever it comes from, and reaches a backend as typed data
 * (day numbers, degrees, upper-case codes) that it binds, never splices
 * into SQL. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "util/date.h"
#include "util/error.h"
#include "util/str.h"

/* ---- days ------------------------------------------------------------------ */

static void S_digits(char *out, int v, int n)
{
	for (int i = n - 1; i >= 0; i--, v /= 10)
		out[i] = (char)('0' + v % 10);
}

void pm_day_format(long day, char out[11])
{
	int y, m, d;
	pm_date_civil(day, &y, &m, &d);
	S_digits(out, y, 4);
	out[4] = '-';
	S_digits(out + 5, m, 2);
	out[7] = '-';
	S_digits(out + 8, d, 2);
	out[10] = '\0';
}

int pm_count_key_is_time(int key)
{
	return key >= PM_COUNT_BY_DAY && key <= PM_COUNT_BY_YEAR;
}

void pm_day_period(int key, long day, char out[11])
{
	if (key == PM_COUNT_BY_WEEK) {
		/* 1970-01-01 was a Thursday: Monday-based weekday is (day + 3) mod 7 */
		long wd = ((day + 3) % 7 + 7) % 7;
		day -= wd;
	}
	pm_day_format(day, out);
	if (key == PM_COUNT_BY_MONTH)
		out[7] = '\0';
	else if (key == PM_COUNT_BY_YEAR)
		out[4] = '\0';
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD", checked against the calendar. */
int pm_date_span(const char *date, long *first, long *last)
{
	int part[3] = {0, 0, 0}, n = 0;
	const char *p = date;
	static const int width[3] = {4, 2, 2};
	if (!date || !*date)
		return pm_error_set(PM_EINVALID, "not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
	while (n < 3) {
		int k = 0;
		while (k < width[n] && isdigit((unsigned char)p[k])) {
			part[n] = part[n] * 10 + (p[k] - '0');
			k++;
		}
		if (k != width[n])
			break;
		p += k;
		n++;
		if (*p != '-' || n == 3)
			break;
		p++;
	}
	if (n == 0 || *p)
		return pm_error_set(PM_EINVALID, "not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
	int y = part[0], m = part[1], d = part[2];
	if (y < 1)
		return pm_error_set(PM_EINVALID, "there is no year 0");
	if (n >= 2 && (m < 1 || m > 12))
		return pm_error_set(PM_EINVALID, "there is no month %d", m);
	if (n == 3 && (d < 1 || d > pm_date_month_days(y, m)))
		return pm_error_set(PM_EINVALID, "%04d-%02d has no day %d", y, m, d);
	if (n == 1) {
		*first = pm_date_day_number(y, 1, 1);
		*last = pm_date_day_number(y, 12, 31);
	} else if (n == 2) {
		*first = pm_date_day_number(y, m, 1);
		*last = pm_date_day_number(y, m, pm_date_month_days(y, m));
	} else {
		*first = *last = pm_date_day_number(y, m, d);
	}
	return 0;
}

/* ---- places on the globe ---------------------------------------------------- */

#define S_EARTH_KM 6371.0088
#define S_RAD (M_PI / 180.0)

void pm_geo_box_around(double lat, double lon, double km, pm_geo_box *out)
{
	double dlat = km / (S_EARTH_KM * S_RAD);
	out->south = lat - dlat;
	out->north = lat + dlat;
	out->all_lon = 0;
	/* a circle that reaches a pole holds every longitude */
	if (out->north >= 90 || out->south <= -90) {
		out->all_lon = 1;
		out->north = out->north > 90 ? 90 : out->north;
		out->south = out->south < -90 ? -90 : out->south;
		out->west = -180;
		out->east = 180;
		return;
	}
	/* the widest parallel of the band bounds the longitudes */
	double widest = fabs(out->north) > fabs(out->south) ? fabs(out->north) : fabs(out->south);
	double dlon = dlat / cos(widest * S_RAD);
	if (dlon >= 180) {
		out->all_lon = 1;
		out->west = -180;
		out->east = 180;
		return;
	}
	out->west = lon - dlon;
	out->east = lon + dlon;
	if (out->west < -180)
		out->west += 360;   /* west > east: across the antimeridian */
	if (out->east > 180)
		out->east -= 360;
}

/* ---- text ------------------------------------------------------------------- */

/* Words split where the index splits them (letters and digits are word
 * characters; every byte of a multi-byte UTF-8 character is, too), each
 * quoted as a one-word phrase: the index keeps no positions, so a phrase
 * of several words could not be matched. */
int pm_filter_fts_query(const char *words, char *out, size_t cap)
{
	size_t n = 0;
	const unsigned char *p = (const unsigned char *)words;
	for (;;) {
		while (*p && !isalnum(*p) && *p < 0x80)
			p++;
		if (!*p)
			break;
		if (n + 3 >= cap)
			return -1;
		if (n)
			out[n++] = ' ';
		out[n++] = '"';
		for (; *p && (isalnum(*p) || *p >= 0x80); p++) {
			if (n + 2 >= cap)
				return -1;
			out[n++] = (char)*p;
		}
		out[n++] = '"';
	}
	out[n] = '\0';
	return (int)n;
}

/* ---- pm_filter_parse ---------------------------------------------------------- */

static const char *const S_keys[] = {
	"from", "to", "country", "admin1", "place", "near", "bbox", "actor", "source", "target",
	"code", "root", "quad", "modality", "outlet", "doc", "text", "limit", "min_outlets", NULL};

const char *const *pm_filter_keys(void)
{
	return S_keys;
}

/* A list of n numbers separated by commas (spaces allowed). */
static int S_numbers(const char *value, double *out, int n, const char *form)
{
	const char *p = value;
	for (int i = 0; i < n; i++) {
		char *end;
		errno = 0;
		out[i] = strtod(p, &end);
		if (end == p || errno || !isfinite(out[i]))
			return pm_error_set(PM_EINVALID, "not %s", form);
		p = end;
		while (*p == ' ')
			p++;
		if (i + 1 < n) {
			if (*p != ',')
				return pm_error_set(PM_EINVALID, "not %s", form);
			p++;
		}
	}
	if (*p)
		return pm_error_set(PM_EINVALID, "not %s", form);
	return 0;
}

static int S_lat(double v)
{
	return v >= -90 && v <= 90 ? 0
		: pm_error_set(PM_EINVALID, "latitude %g is out of range (-90..90)", v);
}

static int S_lon(double v)
{
	return v >= -180 && v <= 180 ? 0
		: pm_error_set(PM_EINVALID, "longitude %g is out of range (-180..180)", v);
}

/* Copies a name (any text but empty) into dst. */
static int S_name(char *dst, size_t cap, const char *value)
{
	while (isspace((unsigned char)*value))
		value++;
	size_t n = strlen(value);
	while (n && isspace((unsigned char)value[n - 1]))
		n--;
	if (!n)
		return pm_error_set(PM_EINVALID, "an empty value");
	if (n >= cap)
		return pm_error_set(PM_EINVALID, "longer than %zu bytes", cap - 1);
	memcpy(dst, value, n);
	dst[n] = '\0';
	return 0;
}

/* An actor or event code: letters, digits and '-', upper-cased. */
static int S_code(char *dst, size_t cap, const char *value, int digits_only)
{
	size_t n = strlen(value);
	if (!n)
		return pm_error_set(PM_EINVALID, "an empty code");
	if (n >= cap)
		return pm_error_set(PM_EINVALID, "longer than a code (%zu characters)", cap - 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)value[i];
		int ok = digits_only ? isdigit(c) : isalnum(c) || c == '-';
		if (!ok)
			return pm_error_set(PM_EINVALID, "not a code (%s)",
					    digits_only ? "digits" : "letters, digits and '-'");
		dst[i] = (char)toupper(c);
	}
	dst[n] = '\0';
	return 0;
}

static int S_long_value(const char *value, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(value, &end, 10);
	if (end == value || *end || errno)
		return pm_error_set(PM_EINVALID, "not a whole number");
	if (v < lo || v > hi)
		return pm_error_set(PM_EINVALID, "%ld is out of range (%ld..%ld)", v, lo, hi);
	*out = v;
	return 0;
}

static int S_given(int given)
{
	return given ? pm_error_set(PM_EINVALID, "given twice") : 0;
}

static int S_parse(pm_filter *f, const char *key, const char *value)
{
	double v[4];
	long n;
	int rc;
	if (!strcmp(key, "from") || !strcmp(key, "to")) {
		long first, last;
		int from = key[0] == 'f';
		if ((rc = S_given(from ? f->has_from : f->has_to)) < 0 ||
		    (rc = pm_date_span(value, &first, &last)) < 0)
			return rc;
		if (from) {
			f->has_from = 1;
			f->from_day = first;
		} else {
			f->has_to = 1;
			f->to_day = last;
		}
		return 0;
	}
	if (!strcmp(key, "country")) {
		if ((rc = S_given(f->country[0])) < 0)
			return rc;
		if (strlen(value) != 3 || !isalpha((unsigned char)value[0]) ||
		    !isalpha((unsigned char)value[1]) || !isalpha((unsigned char)value[2]))
			return pm_error_set(PM_EINVALID,
					    "not an ISO 3166 alpha-3 country code (SYR, IRQ, ...)");
		for (int i = 0; i < 3; i++)
			f->country[i] = (char)toupper((unsigned char)value[i]);
		f->country[3] = '\0';
		return 0;
	}
	if (!strcmp(key, "admin1"))
		return (rc = S_given(f->admin1[0])) < 0 ? rc : S_name(f->admin1, sizeof(f->admin1), value);
	if (!strcmp(key, "place")) {
		if ((rc = S_given(f->place[0] || f->geonameid)) < 0)
			return rc;
		if (value[0] && strspn(value, "0123456789") == strlen(value))
			return S_long_value(value, 1, 999999999, &f->geonameid);
		return S_name(f->place, sizeof(f->place), value);
	}
	if (!strcmp(key, "near")) {
		if ((rc = S_given(f->has_near)) < 0 ||
		    (rc = S_numbers(value, v, 3, "LAT,LON,KM")) < 0 || (rc = S_lat(v[0])) < 0 ||
		    (rc = S_lon(v[1])) < 0)
			return rc;
		if (!(v[2] > 0) || v[2] > 20038)
			return pm_error_set(PM_EINVALID, "a distance of %g km is out of range (0..20038]",
					    v[2]);
		f->has_near = 1;
		f->near_lat = v[0];
		f->near_lon = v[1];
		f->near_km = v[2];
		return 0;
	}
	if (!strcmp(key, "bbox")) {
		if ((rc = S_given(f->has_bbox)) < 0 || (rc = S_numbers(value, v, 4, "W,S,E,N")) < 0 ||
		    (rc = S_lon(v[0])) < 0 || (rc = S_lat(v[1])) < 0 || (rc = S_lon(v[2])) < 0 ||
		    (rc = S_lat(v[3])) < 0)
			return rc;
		if (v[1] > v[3])
			return pm_error_set(PM_EINVALID, "south %g is north of north %g", v[1], v[3]);
		f->has_bbox = 1;
		f->west = v[0];
		f->south = v[1];
		f->east = v[2];
		f->north = v[3];
		return 0;
	}
	if (!strcmp(key, "actor"))
		return (rc = S_given(f->actor[0])) < 0 ? rc : S_code(f->actor, sizeof(f->actor), value, 0);
	if (!strcmp(key, "source"))
		return (rc = S_given(f->source[0])) < 0 ? rc
						       : S_code(f->source, sizeof(f->source), value, 0);
	if (!strcmp(key, "target"))
		return (rc = S_given(f->target[0])) < 0 ? rc
						       : S_code(f->target, sizeof(f->target), value, 0);
	if (!strcmp(key, "code"))
		return (rc = S_given(f->code[0])) < 0 ? rc : S_code(f->code, sizeof(f->code), value, 0);
	if (!strcmp(key, "root")) {
		if ((rc = S_given(f->root[0])) < 0)
			return rc;
		if (strlen(value) != 2 || !isdigit((unsigned char)value[0]) ||
		    !isdigit((unsigned char)value[1]) || strcmp(value, "01") < 0 ||
		    strcmp(value, "20") > 0)
			return pm_error_set(PM_EINVALID, "not a CAMEO root (01..20)");
		memcpy(f->root, value, 3);
		return 0;
	}
	if (!strcmp(key, "quad")) {
		if ((rc = S_given(f->quad)) < 0 || (rc = S_long_value(value, 1, 4, &n)) < 0)
			return rc;
		f->quad = (int)n;
		return 0;
	}
	if (!strcmp(key, "modality")) {
		static const char *const names[] = {"asserted", "negated", "future", "conditional",
						    "claimed"};
		if ((rc = S_given(f->modality[0])) < 0)
			return rc;
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (!strcmp(value, names[i])) {
				pm_strlcpy(f->modality, value, sizeof(f->modality));
				return 0;
			}
		return pm_error_set(PM_EINVALID,
				    "not a modality (asserted, negated, future, conditional, claimed)");
	}
	if (!strcmp(key, "outlet"))
		return (rc = S_given(f->outlet[0])) < 0 ? rc : S_name(f->outlet, sizeof(f->outlet), value);
	if (!strcmp(key, "doc"))
		return (rc = S_given(f->doc[0])) < 0 ? rc : S_name(f->doc, sizeof(f->doc), value);
	if (!strcmp(key, "text")) {
		char fts[1200];
		if ((rc = S_given(f->text[0])) < 0 || (rc = S_name(f->text, sizeof(f->text), value)) < 0)
			return rc;
		if (pm_filter_fts_query(f->text, fts, sizeof(fts)) <= 0) {
			f->text[0] = '\0';
			return pm_error_set(PM_EINVALID, "no words to look for");
		}
		return 0;
	}
	if (!strcmp(key, "limit")) {
		if ((rc = S_given(f->limit)) < 0 || (rc = S_long_value(value, 1, 2000000000L, &n)) < 0)
			return rc;
		f->limit = n;
		return 0;
	}
	/* a flag spells it with a hyphen */
	if (!strcmp(key, "min_outlets") || !strcmp(key, "min-outlets")) {
		if ((rc = S_given(f->min_outlets)) < 0 || (rc = S_long_value(value, 1, 1000000L, &n)) < 0)
			return rc;
		f->min_outlets = (int)n;
		return 0;
	}
	return pm_error_set(PM_EINVALID, "unknown filter '%s'", key);
}

int pm_filter_parse(pm_filter *f, const char *key, const char *value)
{
	if (!f || !key || !value)
		return pm_error_set(PM_EINVALID, "a filter needs a key and a value");
	if (f->version != PM_FILTER_VERSION)
		return pm_error_set(PM_EINVALID, "pm_filter version %u is not %d (use PM_FILTER_INIT)",
				    f->version, PM_FILTER_VERSION);
	/* a failed parse leaves f as it was */
	pm_filter copy = *f;
	int rc = S_parse(&copy, key, value);
	if (rc == 0)
		*f = copy;
	return rc;
}

/* ---- count-by keys -------------------------------------------------------------- */

static const char *const S_count_names[PM_COUNT_BY_KEYS] = {
	"day", "week", "month", "year", "country", "admin1", "place", "root", "code", "source",
	"target", "outlet"};

const char *pm_count_by_name(int key)
{
	return key >= 0 && key < PM_COUNT_BY_KEYS ? S_count_names[key] : NULL;
}

int pm_count_by_parse(pm_count_by *out, const char *list)
{
	pm_count_by by = PM_COUNT_BY_INIT;
	const char *p = list ? list : "";
	while (*p) {
		size_t n = strcspn(p, ",");
		int key = -1;
		for (int k = 0; k < PM_COUNT_BY_KEYS; k++)
			if (strlen(S_count_names[k]) == n && !strncmp(p, S_count_names[k], n))
				key = k;
		if (key < 0)
			return pm_error_set(PM_EINVALID,
					    "'%.*s' is not a key to count by (day, week, month, year, country, "
					    "admin1, place, root, code, source, target, outlet)",
					    (int)n, p);
		for (int i = 0; i < by.n; i++)
			if (by.keys[i] == key)
				return pm_error_set(PM_EINVALID, "'%s' is given twice", S_count_names[key]);
		if (by.n == PM_COUNT_BY_MAX)
			return pm_error_set(PM_EINVALID, "at most %d keys to count by", PM_COUNT_BY_MAX);
		by.keys[by.n++] = key;
		p += n;
		if (*p == ',')
			p++;
	}
	if (!by.n)
		return pm_error_set(PM_EINVALID, "no key to count by");
	*out = by;
	return 0;
}
