/* api_control.c - /api/control and /api/control/PLACE: who held each place.
 *
 * The timeline is what `palmyra control` builds: every stored event goes
 * to a timeline, with its incident (segments name their evidence by
 * incident), linked by the store or, for events it has not linked yet,
 * here.
 * That reads the whole store, so it is built once, kept, and built again
 * only when the store's data version says an ingest wrote to it; a mutex
 * keeps it to one thread at a time (a pm_timeline is single-threaded).
 * Segments are written by the library's own writer, so each is exactly a
 * `palmyra control` JSON line. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "serve/serve.h"
#include "util/error.h"

int pm_serve_timeline_init(pm_serve_timeline *t, const char *db)
{
	memset(t, 0, sizeof(*t));
	pthread_mutex_init(&t->lock, NULL);
	return 0;
}

static void S_drop(pm_serve_timeline *t)
{
	pm_timeline_free(t->timeline);
	pm_linker_free(t->linker);
	t->timeline = NULL;
	t->linker = NULL;
	t->built = 0;
}

void pm_serve_timeline_free(pm_serve_timeline *t)
{
	S_drop(t);
	pm_store_free(t->store);
	t->store = NULL;
	pthread_mutex_destroy(&t->lock);
}

static int S_label(void *ctx, const char *code, char *buf, size_t cap)
{
	return pm_serve_label(ctx, code, buf, cap);
}

static int S_became(void *ctx, const char *side, char *buf, size_t cap, int *day)
{
	return pm_serve_became(ctx, side, buf, cap, day);
}

static int S_affiliated(void *ctx, const char *side, const char *of)
{
	return pm_serve_affiliated(ctx, side, of);
}

static int S_add(void *ctx, const pm_event *ev)
{
	pm_serve_timeline *t = ctx;
	if (t->linker && pm_linker_add(t->linker, ev) < 0)
		return 1;
	if (!ev->incident)
		t->unlinked++;
	return pm_timeline_add(t->timeline, ev) < 0;
}

/* The timeline from the store's events, as `palmyra control` builds it.
 * Stored events carry the incident the store linked them to, which is
 * what linking them all at once gives; only when some are not linked yet
 * (an ingest left them for later) are they all linked here. */
static int S_build(pm_server *s, pm_serve_timeline *t)
{
	pm_timeline_options to = PM_TIMELINE_OPTIONS_INIT;
	to.label = s->opts.label ? S_label : NULL;
	to.label_ctx = s;
	to.became = s->opts.became ? S_became : NULL;
	to.became_ctx = s;
	to.affiliated = s->opts.affiliated ? S_affiliated : NULL;
	to.affiliated_ctx = s;
	int rc;
	for (int pass = 0; pass < 2; pass++) {
		S_drop(t);
		t->unlinked = 0;
		if ((pass && (rc = pm_linker_new(&t->linker)) < 0) ||
		    (rc = pm_timeline_new(&t->timeline, &to)) < 0)
			return rc;
		if ((rc = pm_store_query(t->store, NULL, S_add, t)) != 0)
			return rc < 0 ? rc : pm_error_set(PM_ERROR, "reading the events stopped part way");
		if (!t->unlinked)
			return 0;
		if (pass)
			break;
	}
	if ((rc = pm_linker_run(t->linker, NULL, NULL)) < 0)
		return rc;
	for (size_t i = 0;; i++) {
		const char *id = pm_linker_incident_of(t->linker, i);
		if (!id || pm_timeline_set_incident(t->timeline, i, id) < 0)
			break;
	}
	return 0;
}

/* The timeline of the store as it is now: kept, or built (again). */
static int S_current(pm_server *s, pm_serve_timeline *t)
{
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.readonly = 1;
	so.cache_kib = 32768;
	long long version = 0;
	int rc;
	if (!t->store && (rc = pm_store_open(&t->store, s->db, &so)) < 0)
		return rc;
	if ((rc = pm_store_data_version(t->store, &version)) < 0)
		return rc;
	if (t->built && version == t->version)
		return 0;
	if ((rc = S_build(s, t)) < 0) {
		S_drop(t);
		return rc;
	}
	t->version = version;
	t->built = 1;
	return 0;
}

typedef struct {
	FILE *out;
	const pm_filter *box;       /* has_bbox: the places to keep */
	int n, failed;
} S_run;

static int S_in_box(const pm_filter *f, const pm_location *l)
{
	if (!f || !f->has_bbox)
		return 1;
	if ((l->precision && !strcmp(l->precision, "unresolved")) || l->lat < f->south ||
	    l->lat > f->north)
		return 0;
	return f->west <= f->east ? l->lon >= f->west && l->lon <= f->east
				  : l->lon >= f->west || l->lon <= f->east;
}

static int S_segment(void *ctx, const pm_segment *seg)
{
	S_run *run = ctx;
	if (!S_in_box(run->box, &seg->place))
		return 0;
	if (run->n++)
		fputc(',', run->out);
	if (pm_segment_write(run->out, PM_FORMAT_JSONL, seg, 1) < 0) {
		run->failed = 1;
		return 1;
	}
	return 0;
}

/* Runs q over the current timeline into out. */
static int S_segments(pm_serve_req *r, const pm_timeline_query *q, const pm_filter *box,
		      FILE *out, int *n)
{
	pm_serve_timeline *t = &r->srv->control;
	S_run run = {out, box, 0, 0};
	pthread_mutex_lock(&t->lock);
	int rc = S_current(r->srv, t);
	if (rc == 0)
		rc = pm_timeline_run(t->timeline, q, S_segment, &run);
	pthread_mutex_unlock(&t->lock);
	*n = run.n;
	return rc != 0 || run.failed ? -1 : 0;
}

/* /api/control?at=DATE&country=ISO3&bbox=W,S,E,N */
static int S_at(pm_serve_req *r)
{
	pm_timeline_query q = PM_TIMELINE_QUERY_INIT;
	pm_filter f = PM_FILTER_INIT;
	pm_date d;
	int given, n;
	q.history = 0;
	const char *at = pm_serve_param_get(r, "at", &given);
	if (given && (!at || pm_date_parse(at, strlen(at), &d) < 0 || d.precision != PM_DATE_DAY))
		return pm_serve_error(r, 400, "at=%s: a day (YYYY-MM-DD) is needed", at ? at : "");
	q.at = at;
	for (int i = 0; i < r->n_params; i++) {
		pm_serve_param *p = &r->params[i];
		if (p->used)
			continue;
		if (strcmp(p->key, "country") && strcmp(p->key, "bbox"))
			return pm_serve_error(r, 400, "unknown parameter '%s' (at, country, bbox)", p->key);
		if (!p->value || pm_filter_parse(&f, p->key, p->value) < 0)
			return pm_serve_error(r, 400, "%s=%s: %s", p->key, p->value ? p->value : "",
					      p->value ? pm_error_last() : "needs a value");
		p->used = 1;
	}
	if (f.country[0])
		q.country = f.country;
	fputs("{\"at\":", r->body);
	pm_serve_json_str(r, at);
	fputs(",\"places\":[\n", r->body);
	if (S_segments(r, &q, &f, r->body, &n) < 0)
		return pm_serve_store_failed(r, "building the control timeline");
	fputs("]}\n", r->body);
	return 200;
}

/* The "place" of the first segment line in segs (as the writer spells it). */
static void S_place_of(pm_serve_req *r, const char *segs, size_t len)
{
	json_t *seg = json_loadb(segs, len, JSON_DISABLE_EOF_CHECK, NULL);
	json_t *place = json_object_get(seg, "place");
	if (!place || json_dumpf(place, r->body, JSON_COMPACT | JSON_REAL_PRECISION(10)) < 0)
		fputs("null", r->body);
	json_decref(seg);
}

/* /api/control/PLACE: every segment of one place. */
static int S_history(pm_serve_req *r, const char *place)
{
	pm_timeline_query q = PM_TIMELINE_QUERY_INIT;
	int rc, n;
	if (!*place || strlen(place) > 200 || strchr(place, '/'))
		return pm_serve_error(r, 404, "no such place: '%s'", place);
	if ((rc = pm_serve_params_filter(r, NULL)) != 0)
		return rc;
	q.place = place;
	q.history = 1;
	char *segs = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&segs, &len);
	if (!out)
		return pm_serve_error(r, 500, "out of memory");
	rc = S_segments(r, &q, NULL, out, &n);
	fclose(out);
	if (rc == 0 && n == 0)
		rc = pm_serve_error(r, 404, "no control segments for place '%s'", place);
	else if (rc < 0)
		rc = pm_serve_store_failed(r, "building the control timeline");
	else {
		fputs("{\"place\":", r->body);
		S_place_of(r, segs, len);
		fputs(",\"segments\":[\n", r->body);
		fwrite(segs, 1, len, r->body);
		fputs("]}\n", r->body);
		rc = 200;
	}
	free(segs);
	return rc;
}

int pm_serve_control(pm_serve_req *r, const char *place)
{
	return place ? S_history(r, place) : S_at(r);
}
