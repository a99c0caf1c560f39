/* api_incidents.c - /api/incidents, /api/incidents/grid, /api/incidents/ID
 * and the incident counts of /api/stats: the incidents the store keeps
 * (pm_store_incidents: its events linked at each ingest).
 *
 * An incident carries codes; their labels come from the server's label
 * function (the bundled dictionaries) and the codebook, so that the page
 * shows "Syria: military" without a second request. Pages of incidents
 * go by position in the store's order (date, then id): a cursor is the
 * number of incidents before the page. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "serve/serve.h"
#include "util/error.h"

/* ---- an incident as JSON ------------------------------------------------------------ */

static void S_actor(pm_serve_req *r, const char *key, const char *code)
{
	char label[256];
	fprintf(r->body, ",\"%s\":", key);
	if (!code) {
		fputs("null", r->body);
		return;
	}
	fputs("{\"code\":", r->body);
	pm_serve_json_str(r, code);
	fputs(",\"label\":", r->body);
	pm_serve_json_str(r, pm_serve_label(r->srv, code, label, sizeof(label)) > 0 ? label : NULL);
	fputc('}', r->body);
}

static void S_place(pm_serve_req *r, const pm_location *l)
{
	FILE *f = r->body;
	fputs(",\"place\":", f);
	if (!l->found) {
		fputs("null", f);
		return;
	}
	fputs("{\"name\":", f);
	pm_serve_json_str(r, l->name);
	fprintf(f, ",\"lat\":%.5f,\"lon\":%.5f,\"country\":", l->lat, l->lon);
	pm_serve_json_str(r, l->country);
	fputs(",\"admin1\":", f);
	pm_serve_json_str(r, l->admin1);
	if (l->geonameid > 0)
		fprintf(f, ",\"geonameid\":%ld", l->geonameid);
	else
		fputs(",\"geonameid\":null", f);
	fputs(",\"precision\":", f);
	pm_serve_json_str(r, l->precision);
	fputc('}', f);
}

/* The incident's object (docs/api.md), without the closing brace. */
static void S_incident_open(pm_serve_req *r, const pm_incident *inc)
{
	FILE *f = r->body;
	char root[3] = "";
	if (inc->code && strlen(inc->code) >= 2)
		memcpy(root, inc->code, 2);
	fputs("{\"id\":", f);
	pm_serve_json_str(r, inc->id);
	fputs(",\"date\":", f);
	pm_serve_json_str(r, inc->date);
	fputs(",\"date_precision\":", f);
	pm_serve_json_str(r, inc->date_precision);
	S_place(r, &inc->place);
	S_actor(r, "source", inc->source);
	S_actor(r, "target", inc->target);
	fputs(",\"code\":", f);
	pm_serve_json_str(r, inc->code);
	fputs(",\"code_label\":", f);
	pm_serve_json_str(r, inc->code ? pm_cameo_label(inc->code) : NULL);
	fputs(",\"root\":", f);
	pm_serve_json_str(r, root[0] ? root : NULL);
	int quad = root[0] ? r->srv->quad_of_root[(root[0] - '0') * 10 + (root[1] - '0')] : 0;
	if (quad > 0)
		fprintf(f, ",\"quad\":%d", quad);
	else
		fputs(",\"quad\":null", f);
	fputs(",\"counts\":{", f);
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const pm_incident_count *c = &inc->counts[k];
		fprintf(f, "%s\"%s\":", k ? "," : "", pm_count_kind_name(k));
		if (c->min < 0)
			fputs("null", f);
		else
			fprintf(f, "{\"min\":%ld,\"max\":%ld,\"mode\":%ld,\"disagree\":%s}", c->min, c->max,
				c->mode, c->disagree ? "true" : "false");
	}
	fputs("},\"attribution\":[", f);
	for (int i = 0; i < inc->n_attribution; i++) {
		if (i)
			fputc(',', f);
		pm_serve_json_str(r, inc->attribution[i]);
	}
	fprintf(f, "],\"n_reports\":%d,\"n_documents\":%d,\"n_outlets\":%d,\"first_report\":",
		inc->n_reports, inc->n_documents, inc->n_outlets);
	pm_serve_json_str(r, inc->first_report);
	fputs(",\"last_report\":", f);
	pm_serve_json_str(r, inc->last_report);
}

/* ---- the list ---------------------------------------------------------------------- */

typedef struct {
	pm_serve_req *r;
	long skip, limit, n;
	int more;
} S_list;

static int S_listed(void *ctx, const pm_incident *inc)
{
	S_list *l = ctx;
	if (l->skip > 0) {
		l->skip--;
		return 0;
	}
	if (l->n == l->limit) {
		l->more = 1;
		return 1;
	}
	fputs(l->n++ ? ",\n" : "\n", l->r->body);
	S_incident_open(l->r, inc);
	fputc('}', l->r->body);
	return 0;
}

static int S_total(void *ctx, const pm_count_row *row)
{
	*(long *)ctx += row->events;
	return 0;
}

/* A cursor: "i" and the number of incidents before its page. */
static int S_cursor(pm_serve_req *r, long *offset)
{
	int given;
	const char *c = pm_serve_param_get(r, "cursor", &given);
	*offset = 0;
	if (!given)
		return 0;
	size_t n = c ? strlen(c) : 0;
	if (n < 2 || n > 10 || c[0] != 'i' || strspn(c + 1, "0123456789") != n - 1)
		return pm_serve_error(r, 400, "cursor=%s: not a cursor this server gave (the \"next\" "
				      "of a page)", c ? c : "");
	*offset = strtol(c + 1, NULL, 10);
	return 0;
}

static int S_incident_list(pm_serve_req *r)
{
	pm_filter f = PM_FILTER_INIT;
	S_list l;
	memset(&l, 0, sizeof(l));
	l.r = r;
	long offset, total = 0;
	int rc;
	if ((rc = pm_serve_param_long(r, "limit", PM_SERVE_EVENTS_DEFAULT, 1,
				      PM_SERVE_INCIDENTS_LIMIT, &l.limit)) != 0 ||
	    (rc = S_cursor(r, &offset)) != 0 || (rc = pm_serve_params_filter(r, &f)) != 0)
		return rc;
	if (pm_store_count_incidents(r->store, &f, NULL, S_total, &total) < 0)
		return pm_serve_store_failed(r, "counting the incidents");
	l.skip = offset;
	f.limit = offset + l.limit + 1;
	fputs("{\"incidents\":[", r->body);
	if (pm_store_incidents(r->store, &f, S_listed, &l) < 0)
		return pm_serve_store_failed(r, "the incident query");
	fputs("],\"next\":", r->body);
	if (l.more)
		fprintf(r->body, "\"i%ld\"", offset + l.limit);
	else
		fputs("null", r->body);
	fprintf(r->body, ",\"total\":%ld}\n", total);
	return 200;
}

/* ---- the grid ------------------------------------------------------------------------- */

/* Incidents grouped on a grid of square cells 360 / 2^(zoom+2) degrees on
 * a side (90 at zoom 0, about 2.8 at zoom 5): about four cells across a
 * map tile, so the map draws a few hundred circles whatever the number of
 * incidents. The store counts them (pm_store_incident_grid), in a fixed
 * order: the same answer, and ETag, for the same incidents. */
typedef struct {
	FILE *out;
	long n;
} S_grid;

static int S_cell(void *ctx, const pm_store_cell *c)
{
	S_grid *g = ctx;
	fprintf(g->out, "%s\n{\"lat\":%.5f,\"lon\":%.5f,\"n\":%ld,\"n_outlets\":%ld,\"root\":",
		g->n++ ? "," : "", c->lat, c->lon, c->n, c->n_outlets);
	if (c->root)
		fprintf(g->out, "\"%02d\"}", c->root);
	else
		fputs("null}", g->out);
	return 0;
}

static int S_incident_grid(pm_serve_req *r)
{
	pm_filter f = PM_FILTER_INIT;
	long zoom;
	int rc;
	if ((rc = pm_serve_param_long(r, "zoom", 3, 0, 20, &zoom)) != 0 ||
	    (rc = pm_serve_params_filter(r, &f)) != 0)
		return rc;
	double size = 360.0 / (double)(1L << (zoom + 2));
	S_grid g = {r->body, 0};
	fprintf(r->body, "{\"zoom\":%ld,\"cell_degrees\":%.10g,\"cells\":[", zoom, size);
	if (pm_store_incident_grid(r->store, &f, size, S_cell, &g) < 0)
		return pm_serve_store_failed(r, "the incident query");
	fputs("]}\n", r->body);
	return 200;
}

/* ---- one incident --------------------------------------------------------------------- */

typedef struct {
	FILE *out;
	int n, failed;
	char doc[512];             /* a report's document, to find the incident by */
} S_reports;

static int S_report(void *ctx, const pm_event *ev)
{
	S_reports *s = ctx;
	if (s->n++ == 0 && ev->doc && ev->doc->id)
		snprintf(s->doc, sizeof(s->doc), "%s", ev->doc->id);
	if (s->n > 1)
		fputc(',', s->out);
	if (pm_event_write(s->out, PM_FORMAT_JSONL, ev, 0) < 0) {
		s->failed = 1;
		return 1;
	}
	return 0;
}

typedef struct {
	pm_serve_req *r;
	const char *id;
	int found;
} S_find;

static int S_found(void *ctx, const pm_incident *inc)
{
	S_find *s = ctx;
	if (strcmp(inc->id, s->id))
		return 0;
	S_incident_open(s->r, inc);
	s->found = 1;
	return 1;
}

/* "I" and 16 hex digits (docs/incidents.md). */
static int S_id_ok(const char *id)
{
	return strlen(id) == 17 && id[0] == 'I' && strspn(id + 1, "0123456789abcdef") == 16;
}

typedef struct {
	pm_serve_req *r;
	int n;
} S_evidence;

static int S_evidence_one(void *ctx, const pm_evidence *ev)
{
	S_evidence *e = ctx;
	fputs(e->n++ ? ",\n{\"doc\":" : "\n{\"doc\":", e->r->body);
	pm_serve_json_str(e->r, ev->doc);
	fprintf(e->r->body, ",\"sentence\":%d,\"text\":", ev->sentence);
	pm_serve_json_str(e->r, ev->text);
	fputc('}', e->r->body);
	return 0;
}

/* The sentences with no event that tell the incident, after its reports:
 * none from a store that keeps none. */
static void S_incident_evidence(pm_serve_req *r, const char *id)
{
	S_evidence e = {r, 0};
	fputs(",\"evidence\":[", r->body);
	pm_store_incident_evidence(r->store, id, S_evidence_one, &e);
	fputs("]", r->body);
}

static int S_incident_one(pm_serve_req *r, const char *id)
{
	int rc;
	if (!S_id_ok(id))
		return pm_serve_error(r, 404, "no such incident: '%s'", id);
	if ((rc = pm_serve_params_filter(r, NULL)) != 0)
		return rc;
	S_reports reps;
	memset(&reps, 0, sizeof(reps));
	char *buf = NULL;
	size_t len = 0;
	if (!(reps.out = open_memstream(&buf, &len)))
		return pm_serve_error(r, 500, "out of memory");
	rc = pm_store_incident_reports(r->store, id, S_report, &reps);
	fclose(reps.out);
	if (rc == PM_ENOTFOUND || (rc == 0 && reps.n == 0)) {
		free(buf);
		return pm_serve_error(r, 404, "no such incident: '%s'", id);
	}
	if (rc < 0 || reps.failed) {
		free(buf);
		return pm_serve_store_failed(r, "reading the incident's reports");
	}
	/* the incident itself: among those with a report in its first
	 * report's document, which are few */
	pm_filter f = PM_FILTER_INIT;
	S_find find = {r, id, 0};
	rc = pm_filter_parse(&f, "doc", reps.doc);
	if (rc == 0)
		rc = pm_store_incidents(r->store, &f, S_found, &find);
	if (rc < 0 || !find.found) {
		free(buf);
		return rc < 0 ? pm_serve_store_failed(r, "reading the incident")
			      : pm_serve_error(r, 404, "no such incident: '%s'", id);
	}
	fputs(",\"reports\":[\n", r->body);
	fwrite(buf, 1, len, r->body);
	fputs("]", r->body);
	S_incident_evidence(r, id);
	fputs("}\n", r->body);
	free(buf);
	return 200;
}

int pm_serve_incidents(pm_serve_req *r, const char *rest)
{
	if (!rest)
		return S_incident_list(r);
	if (!strcmp(rest, "grid"))
		return S_incident_grid(r);
	return S_incident_one(r, rest);
}

int pm_serve_incident_count(pm_serve_req *r, const pm_filter *f, const pm_count_by *by,
			    pm_count_fn fn, void *ctx)
{
	int rc = pm_store_count_incidents(r->store, f, by, fn, ctx);
	if (rc == PM_EINVALID)
		return pm_serve_error(r, 400, "of=incidents: %s", pm_error_last());
	return rc;
}
