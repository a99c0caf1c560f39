/* api_events.c - /api/events, /api/stats and /api/places: the store's
 * events, counts of them, and the places they happened at.
 *
 * Filters go to pm_filter_parse exactly as `palmyra query` hands its flags
 * over, so the two accept and refuse the same values, and the store binds
 * every value as a parameter: nothing a client writes becomes SQL text.
 * An event is written by the library's own writer (pm_event_write), so
 * each element of "events" is the object of a `palmyra code` JSON line. */
#include <stdlib.h>
#include <string.h>

#include "serve/serve.h"
#include "util/error.h"

/* ---- events ---------------------------------------------------------------------- */

typedef struct {
	pm_serve_req *r;
	long limit, n;
	char last[17];
	int more, failed;
} S_page;

static int S_event(void *ctx, const pm_event *ev)
{
	S_page *p = ctx;
	if (p->n == p->limit) {
		p->more = 1;          /* the one asked for beyond the page: there is a next */
		return 1;
	}
	if (p->n++)
		fputc(',', p->r->body);
	if (pm_event_write(p->r->body, PM_FORMAT_JSONL, ev, 0) < 0) {
		p->failed = 1;
		return 1;
	}
	memcpy(p->last, ev->event_id, sizeof(p->last));
	return 0;
}

/* A cursor is the last event id of the page before: 16 hex digits. */
static int S_cursor_ok(const char *c)
{
	return c && strlen(c) == 16 && strspn(c, "0123456789abcdef") == 16;
}

int pm_serve_events(pm_serve_req *r)
{
	pm_filter f = PM_FILTER_INIT;
	S_page p;
	memset(&p, 0, sizeof(p));
	p.r = r;
	int rc, given;
	if ((rc = pm_serve_param_long(r, "limit", PM_SERVE_EVENTS_DEFAULT, 1, PM_SERVE_EVENTS_LIMIT,
				      &p.limit)) != 0)
		return rc;
	const char *cursor = pm_serve_param_get(r, "cursor", &given);
	if (given && !S_cursor_ok(cursor))
		return pm_serve_error(r, 400, "cursor=%s: not a cursor this server gave (the \"next\" "
				      "of a page)", cursor ? cursor : "");
	if (given)
		memcpy(f.after, cursor, sizeof(f.after));
	if ((rc = pm_serve_params_filter(r, &f)) != 0)
		return rc;
	f.limit = p.limit + 1;
	fputs("{\"events\":[\n", r->body);
	rc = pm_store_query(r->store, &f, S_event, &p);
	if (rc == PM_ENOTFOUND && given)
		return pm_serve_error(r, 400, "cursor=%s: the store changed since that page (its last "
				      "event is gone): start again without a cursor", cursor);
	if (rc < 0 || p.failed)
		return pm_serve_store_failed(r, "the query");
	fputs("],\"next\":", r->body);
	pm_serve_json_str(r, p.more ? p.last : NULL);
	fputs("}\n", r->body);
	return 200;
}

/* ---- stats ---------------------------------------------------------------------- */

typedef struct {
	pm_serve_req *r;
	long n;
} S_groups;

static int S_group(void *ctx, const pm_count_row *row)
{
	S_groups *g = ctx;
	FILE *f = g->r->body;
	fputs(g->n++ ? ",\n{\"keys\":[" : "\n{\"keys\":[", f);
	for (int i = 0; i < row->n_keys; i++) {
		if (i)
			fputc(',', f);
		pm_serve_json_str(g->r, row->keys[i]);
	}
	fprintf(f, "],\"n\":%ld,\"sums\":{", row->events);
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		fprintf(f, "%s\"%s\":%ld", k ? "," : "", pm_count_kind_name(k), row->sums[k]);
	fputs("}}", f);
	return 0;
}

int pm_serve_stats(pm_serve_req *r)
{
	pm_count_by by = PM_COUNT_BY_INIT;
	pm_filter f = PM_FILTER_INIT;
	int rc, given;
	const char *keys = pm_serve_param_get(r, "count_by", &given);
	if (given && (!keys || pm_count_by_parse(&by, keys) < 0))
		return pm_serve_error(r, 400, "count_by=%s: %s", keys ? keys : "",
				      keys ? pm_error_last() : "names one to four keys (day, week, ...)");
	const char *of = pm_serve_param_get(r, "of", &given);
	if (given && (!of || (strcmp(of, "events") && strcmp(of, "incidents"))))
		return pm_serve_error(r, 400, "of=%s: events or incidents", of ? of : "");
	if ((rc = pm_serve_params_filter(r, &f)) != 0)
		return rc;
	fputs("{\"count_by\":[", r->body);
	for (int i = 0; i < by.n; i++)
		fprintf(r->body, "%s\"%s\"", i ? "," : "", pm_count_by_name(by.keys[i]));
	fputs("],\"groups\":[", r->body);
	S_groups g = {r, 0};
	if (of && !strcmp(of, "incidents"))
		rc = pm_serve_incident_count(r, &f, &by, S_group, &g);
	else
		rc = pm_store_count(r->store, &f, &by, S_group, &g);
	if (rc > 0)
		return rc;          /* an HTTP status from the incident side */
	if (rc < 0)
		return pm_serve_store_failed(r, "the count");
	fputs("]}\n", r->body);
	return 200;
}

/* ---- places ------------------------------------------------------------------------ */

typedef struct {
	pm_serve_req *r;
	int n;
} S_places;

static int S_place(void *ctx, const pm_store_place *p)
{
	S_places *s = ctx;
	FILE *f = s->r->body;
	fputs(s->n++ ? ",\n{\"name\":" : "\n{\"name\":", f);
	pm_serve_json_str(s->r, p->name);
	if (p->geonameid > 0)
		fprintf(f, ",\"geonameid\":%ld", p->geonameid);
	else
		fputs(",\"geonameid\":null", f);
	fputs(",\"country\":", f);
	pm_serve_json_str(s->r, p->country);
	fputs(",\"admin1\":", f);
	pm_serve_json_str(s->r, p->admin1);
	fprintf(f, ",\"lat\":%.5f,\"lon\":%.5f,\"precision\":", p->lat, p->lon);
	pm_serve_json_str(s->r, p->precision);
	fprintf(f, ",\"n_events\":%ld}", p->n_events);
	return 0;
}

int pm_serve_places(pm_serve_req *r)
{
	long limit;
	int rc, given;
	const char *q = pm_serve_param_get(r, "q", &given);
	if (q && strlen(q) > 200)
		return pm_serve_error(r, 400, "q: at most 200 bytes");
	if ((rc = pm_serve_param_long(r, "limit", PM_SERVE_PLACES_DEFAULT, 1, PM_SERVE_PLACES_LIMIT,
				      &limit)) != 0 ||
	    (rc = pm_serve_params_filter(r, NULL)) != 0)
		return rc;
	fputs("{\"places\":[", r->body);
	S_places s = {r, 0};
	if (pm_store_places(r->store, q ? q : "", (int)limit, S_place, &s) < 0)
		return pm_serve_store_failed(r, "the place search");
	fputs("]}\n", r->body);
	return 200;
}
