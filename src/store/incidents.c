/* incidents.c - the store's incidents: linked as events are stored.
 *
 * Linking every stored event at once gives the incidents; doing that at
 * each commit would cost the whole store every time. The linker's rules
 * reach a bounded number of days (src/incident/link.h): an event added
 * or removed changes incidents only PM_LINK_AFFECT days around it, and an
 * incident is decided by the events PM_LINK_DEPEND days around its
 * members. So a commit relinks a window: the stored events of those days
 * are loaded (a date range: the day index, not a scan), linked, and the
 * incidents that touch the affected days are written again, with those
 * they replace removed. What comes out is what linking everything at once
 * gives, whatever order documents came in (tests/store/test_incidents.sh).
 *
 * Events whose incident is NULL are the store's own record of what waits
 * to be linked, committed with them: a commit that would read far more
 * than it links (documents in no order of date, each widening the
 * window) leaves them for pm_store_incidents_link, which an ingest calls
 * at its end; a killed ingest leaves them for the next. Everything here
 * uses backend operations only, so each backend links alike. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incident/link.h"
#include "store/store.h"
#include "util/arena.h"
#include "util/error.h"

/* A commit links now when the window reads at most this many times the
 * events it links, plus a few thousand (a window's margins around one
 * new event). */
enum { S_READ_FACTOR = 2, S_READ_SLACK = 1000 };

/* ---- pending days ------------------------------------------------------------- */

static void S_pending_add(pm_store *s, long first, long last)
{
	if (s->n_pending == s->cap_pending) {
		int cap = s->cap_pending ? 2 * s->cap_pending : 64;
		pm_day_span *p = realloc(s->pending, (size_t)cap * sizeof(*p));
		if (!p)
			return;   /* the store's NULL incidents still say what waits */
		s->pending = p;
		s->cap_pending = cap;
	}
	s->pending[s->n_pending++] = (pm_day_span){first, last};
}

static int S_span_cmp(const void *x, const void *y)
{
	const pm_day_span *a = x, *b = y;
	return a->first < b->first ? -1 : a->first > b->first ? 1 : 0;
}

/* The span widened to the whole calendar months it touches. */
static pm_day_span S_months(pm_day_span d)
{
	int y, m, day;
	pm_date_civil(d.first, &y, &m, &day);
	d.first = pm_date_day_number(y, m, 1);
	pm_date_civil(d.last, &y, &m, &day);
	d.last = pm_date_day_number(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
	return d;
}

/* Sorts spans and merges those closer than gap days. */
static int S_merge(pm_day_span *v, int n, long gap)
{
	if (n < 2)
		return n;
	qsort(v, (size_t)n, sizeof(*v), S_span_cmp);
	int k = 0;
	for (int i = 1; i < n; i++) {
		if (v[i].first <= v[k].last + gap) {
			if (v[i].last > v[k].last)
				v[k].last = v[i].last;
		} else {
			v[++k] = v[i];
		}
	}
	return k + 1;
}

void pm_store_link_note(pm_store *s, const pm_event *events, int n)
{
	for (int i = 0; i < n; i++) {
		long d0, d1;
		if (pm_link_span(&events[i], &d0, &d1))
			S_pending_add(s, d0, d1);
		s->pending_events++;
		s->events_known++;
	}
	if (s->n_pending > 4096)
		s->n_pending = S_merge(s->pending, s->n_pending, 0);
}

void pm_store_link_state_free(pm_store *s)
{
	pm_store_link_forget(s);
	free(s->pending);
	s->pending = NULL;
	s->n_pending = s->cap_pending = 0;
}

static int S_has_incidents(const pm_store *s)
{
	return s->b->version >= 2 && s->b->unlinked && s->b->incident_put;
}

/* ---- reading what to link ---------------------------------------------------- */

/* The events of days (NULL: all), or those waiting (unlinked), with what
 * linking reads of them: a backend's narrow reader when it has one, else
 * its queries, whole events. */
static int S_read(pm_store *s, const pm_link_days *days, int unlinked, pm_event_fn fn,
		  void *ctx)
{
	pm_filter f = PM_FILTER_INIT;
	if (s->b->link_events)
		return s->b->link_events(s->b, days, unlinked, fn, ctx);
	if (unlinked)
		return s->b->unlinked(s->b, fn, ctx);
	if (days) {   /* only the whole days of a window come here */
		f.has_from = f.has_to = 1;
		f.from_day = days->first_min;
		f.to_day = days->first_max;
	}
	return s->b->query(s->b, &f, fn, ctx);
}

/* ---- a window kept from one commit to the next --------------------------------- */

/* The events a window read, as linking reads them, with their incidents
 * as this handle last wrote them: a feed's next commit relinks mostly the
 * same days, and reads from the store only the days the window did not
 * hold and the events stored since (unlinked: their incident is NULL).
 * It holds while only this handle writes the store: another writer
 * (pm_store_data_version), a replaced document, a rebuild or a rollback
 * drops it. */
typedef struct {
	pm_event ev;
	pm_event_doc doc;
	long first, last;   /* the event's days, as the store keeps them */
} S_cached;

struct pm_link_cache {
	pm_arena arena;
	S_cached *v;
	size_t n, cap;
	long first, last;   /* the days it holds: every event within them */
	long long version;
};

enum { S_CACHE_MAX = 400000 };   /* events: a larger window is not kept */

static void S_cache_free(struct pm_link_cache *c)
{
	if (!c)
		return;
	pm_arena_free(&c->arena);
	free(c->v);
	free(c);
}

void pm_store_link_forget(pm_store *s)
{
	S_cache_free(s->link_cache);
	s->link_cache = NULL;
}

static struct pm_link_cache *S_cache_new(void)
{
	struct pm_link_cache *c = calloc(1, sizeof(*c));
	if (c)
		pm_arena_init(&c->arena, 1 << 20);
	return c;
}

static const char *S_keep(pm_arena *a, const char *s)
{
	return s ? pm_arena_strdup(a, s) : NULL;
}

/* A copy of what the linker reads of ev, and its incident; 0 or -1. */
static int S_cache_add(struct pm_link_cache *c, const pm_event *ev, long first, long last)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 4096;
		S_cached *v = realloc(c->v, cap * sizeof(*v));
		if (!v)
			return -1;
		c->v = v;
		c->cap = cap;
	}
	S_cached *e = &c->v[c->n];
	pm_arena *a = &c->arena;
	memset(e, 0, sizeof(*e));
	e->first = first;
	e->last = last;
	if (ev->doc) {
		e->doc.id = S_keep(a, ev->doc->id);
		e->doc.outlet = S_keep(a, ev->doc->outlet);
		e->doc.date = S_keep(a, ev->doc->date);
	}
	pm_event *x = &e->ev;
	memcpy(x->event_id, ev->event_id, sizeof(x->event_id));
	x->id = S_keep(a, ev->id);
	x->sentence = ev->sentence;
	x->headline = ev->headline;
	x->text = S_keep(a, ev->text);   /* the linker reads "a second blast" in it */
	x->code = S_keep(a, ev->code);
	x->source.code = S_keep(a, ev->source.code);
	x->target.code = S_keep(a, ev->target.code);
	x->date = S_keep(a, ev->date);
	x->date_precision = S_keep(a, ev->date_precision);
	x->date_text = S_keep(a, ev->date_text);
	const pm_location *l = &ev->location;
	if (l->found) {
		x->location = (pm_location){1, S_keep(a, l->name), l->geonameid, S_keep(a, l->country),
					    S_keep(a, l->admin1), l->lat, l->lon,
					    S_keep(a, l->precision), NULL, S_keep(a, l->fallback), 0};
	}
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		x->counts[k].value = ev->counts[k].value;
		x->counts[k].value_max = ev->counts[k].value_max;
	}
	const char **att = pm_arena_alloc(a, (size_t)(ev->n_attribution + 1) * sizeof(*att));
	for (int i = 0; i < ev->n_attribution; i++)
		att[i] = S_keep(a, ev->attribution[i]);
	x->attribution = att;
	x->n_attribution = ev->n_attribution;
	x->incident = S_keep(a, ev->incident);
	c->n++;
	return 0;
}

/* The cache usable for the days load: it overlaps them, and the store
 * was not written by another since. */
static struct pm_link_cache *S_cache_for(pm_store *s, pm_day_span load)
{
	struct pm_link_cache *c = s->link_cache;
	long long v = 0;
	if (!c || c->last < load.first || c->first > load.last || !s->b->data_version ||
	    s->b->data_version(s->b, &v) < 0 || v != c->version)
		return NULL;
	return c;
}

/* ---- a replaced document ------------------------------------------------------ */

typedef struct {
	pm_store *s;
	char (*ids)[18];
	int n, cap;
} S_old;

static int S_old_event(void *ctx, const pm_event *ev)
{
	S_old *o = ctx;
	long d0, d1;
	if (pm_link_span(ev, &d0, &d1))   /* its incident's other reports are near */
		S_pending_add(o->s, d0 - PM_LINK_AFFECT, d1 + PM_LINK_AFFECT);
	o->s->pending_events++;
	if (!ev->incident)
		return 0;
	for (int i = 0; i < o->n; i++)
		if (!strcmp(o->ids[i], ev->incident))
			return 0;
	if (o->n == o->cap) {
		int cap = o->cap ? 2 * o->cap : 16;
		char(*p)[18] = realloc(o->ids, (size_t)cap * sizeof(*p));
		if (!p)
			return pm_error_set(PM_ENOMEM, "out of memory");
		o->ids = p;
		o->cap = cap;
	}
	snprintf(o->ids[o->n++], 18, "%s", ev->incident);
	return 0;
}

int pm_store_link_before_put(pm_store *s, const pm_store_doc *doc, const pm_event *events, int n)
{
	int state, rc;
	if (!S_has_incidents(s))
		return 0;
	/* with the events: the backend's put then has its answers already */
	if ((rc = s->b->lookup_events ? s->b->lookup_events(s->b, doc, events, n, &state)
		  : s->b->lookup(s->b, doc->meta.id, doc->content_hash, &state)) < 0)
		return rc;
	if (state != PM_STORE_DOC_CHANGED)
		return 0;
	pm_store_link_forget(s);   /* its events go */
	pm_filter f = PM_FILTER_INIT;
	snprintf(f.doc, sizeof(f.doc), "%s", doc->meta.id);
	S_old o = {s, NULL, 0, 0};
	rc = s->b->query(s->b, &f, S_old_event, &o);
	for (int i = 0; i < o.n && rc == 0; i++)
		rc = s->b->incident_delete(s->b, o.ids[i]);
	free(o.ids);
	return rc;
}

/* ---- sets of incident ids ------------------------------------------------------ */

/* Incident ids, each once, found by hash: a relinked window asks for
 * every report's incident several times, and sorted arrays searched by
 * strcmp were a tenth of an archive's ingest (docs/store.md). The ids
 * are not copied: they belong to the window's reports or its linker,
 * which outlive every set. */
typedef struct {
	const char **v;    /* in the order added (S_set_sort orders them) */
	uint64_t *hv;      /* v's hashes */
	long *count;       /* S_set_count: how many times each was added */
	uint32_t *slot;    /* index in v + 1; 0: empty */
	size_t n, cap, n_slots;
} S_set;

static uint64_t S_id_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h ^ (h >> 29);
}

/* v's index of id (hash h), or -1. */
static long S_set_find(const S_set *set, const char *id, uint64_t h)
{
	if (!set->n_slots)
		return -1;
	for (size_t k = h & (set->n_slots - 1);; k = (k + 1) & (set->n_slots - 1)) {
		uint32_t i = set->slot[k];
		if (!i)
			return -1;
		if (set->hv[i - 1] == h && !strcmp(set->v[i - 1], id))
			return (long)i - 1;
	}
}

static void S_set_place(S_set *set, size_t i)
{
	size_t k = set->hv[i] & (set->n_slots - 1);
	while (set->slot[k])
		k = (k + 1) & (set->n_slots - 1);
	set->slot[k] = (uint32_t)(i + 1);
}

static int S_set_grow(S_set *set)
{
	size_t cap = set->cap ? 2 * set->cap : 256;
	const char **v = realloc(set->v, cap * sizeof(*v));
	if (v)
		set->v = v;
	uint64_t *hv = realloc(set->hv, cap * sizeof(*hv));
	if (hv)
		set->hv = hv;
	long *count = realloc(set->count, cap * sizeof(*count));
	if (count)
		set->count = count;
	uint32_t *slot = calloc(2 * cap, sizeof(*slot));
	if (!v || !hv || !count || !slot) {
		free(slot);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	free(set->slot);
	set->slot = slot;
	set->n_slots = 2 * cap;
	set->cap = cap;
	for (size_t i = 0; i < set->n; i++)
		S_set_place(set, i);
	return 0;
}

/* Adds id (NULL: nothing) once; a repeat counts it again. */
static int S_set_add(S_set *set, const char *id)
{
	if (!id)
		return 0;
	uint64_t h = S_id_hash(id);
	long i = S_set_find(set, id, h);
	if (i >= 0) {
		set->count[i]++;
		return 0;
	}
	if (set->n == set->cap) {
		int rc = S_set_grow(set);
		if (rc < 0)
			return rc;
	}
	set->v[set->n] = id;
	set->hv[set->n] = h;
	set->count[set->n] = 1;
	S_set_place(set, set->n++);
	return 0;
}

/* v's index of id (NULL: none), or -1. */
static long S_set_index(const S_set *set, const char *id)
{
	return id && set->n ? S_set_find(set, id, S_id_hash(id)) : -1;
}

static int S_set_has(const S_set *set, const char *id)
{
	return S_set_index(set, id) >= 0;
}

/* How many times id was added (0: never). */
static long S_set_count(const S_set *set, const char *id)
{
	long i = S_set_index(set, id);
	return i < 0 ? 0 : set->count[i];
}

static int S_str_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Puts v in the order of the ids (the order rows are removed in: b-tree
 * neighbours one after another); the counts are forgotten. */
static void S_set_sort(S_set *set)
{
	if (!set->n)
		return;
	qsort(set->v, set->n, sizeof(char *), S_str_cmp);
	memset(set->slot, 0, set->n_slots * sizeof(*set->slot));
	for (size_t i = 0; i < set->n; i++) {
		set->hv[i] = S_id_hash(set->v[i]);
		set->count[i] = 1;
		S_set_place(set, i);
	}
}

static void S_set_free(S_set *set)
{
	free(set->v);
	free(set->hv);
	free(set->count);
	free(set->slot);
	memset(set, 0, sizeof(*set));
}

/* ---- relinking a window --------------------------------------------------------- */

typedef struct {
	pm_store *s;
	pm_linker *l;
	const pm_day_span *affected;   /* the days whose incidents are written again */
	int n_affected;
	char **stored;                 /* by report: its incident before, or NULL */
	char (*ids)[17];               /* by report: its event id */
	unsigned char *in_affected;
	size_t n, cap;
	S_set write;                   /* the incidents to write */
	S_set stored_n;                /* the reports' stored incidents, counted */
	struct pm_link_cache *keep;    /* the reports, kept for the next window */
	long linked;
	int rc;
} S_window;

static int S_overlaps(const pm_day_span *v, int n, long d0, long d1)
{
	int lo = 0, hi = n;   /* the first span ending at d0 or later */
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (v[mid].last < d0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].first <= d1;
}

/* A backend that writes an incident's row apart from its reports' links:
 * a relinked incident then costs only the links that change. */
static int S_links_apart(const pm_store_backend *b)
{
	return b->incident_size && b->incident_drop && b->events_link;
}

static int S_window_event(void *ctx, const pm_event *ev)
{
	S_window *w = ctx;
	long d0, d1;
	if (!pm_link_span(ev, &d0, &d1))
		return 0;   /* an incident of its own: not in any other's */
	if (w->n == w->cap) {
		size_t cap = w->cap ? 2 * w->cap : 4096;
		char **st = realloc(w->stored, cap * sizeof(*st));
		if (st)
			w->stored = st;
		unsigned char *in = realloc(w->in_affected, cap);
		if (in)
			w->in_affected = in;
		char(*ids)[17] = realloc(w->ids, cap * sizeof(*ids));
		if (ids)
			w->ids = ids;
		if (!st || !in || !ids) {
			w->rc = pm_error_set(PM_ENOMEM, "out of memory");
			return 1;
		}
		w->cap = cap;
	}
	if (pm_linker_add(w->l, ev) < 0) {
		w->rc = -1;
		return 1;
	}
	w->stored[w->n] = ev->incident ? strdup(ev->incident) : NULL;
	memcpy(w->ids[w->n], ev->event_id, sizeof(w->ids[w->n]));
	w->in_affected[w->n] = (unsigned char)S_overlaps(w->affected, w->n_affected, d0, d1);
	w->n++;
	long first, last;
	if (w->keep && (w->n > S_CACHE_MAX || !ev->date || pm_date_span(ev->date, &first, &last) < 0 ||
			S_cache_add(w->keep, ev, first, last) < 0)) {
		S_cache_free(w->keep);   /* not kept: the next window reads its days */
		w->keep = NULL;
	}
	return 0;
}

static int S_window_want(void *ctx, const char *id)
{
	S_window *w = ctx;
	return S_set_has(&w->write, id);
}

static int S_window_put(void *ctx, const pm_incident *inc)
{
	S_window *w = ctx;
	w->linked += inc->n_reports;
	pm_incident row = *inc;
	if (S_links_apart(w->s->b))
		row.report_ids = NULL;   /* the links that change are written after (S_window_links) */
	w->rc = w->s->b->incident_put(w->s->b, &row);
	return w->rc < 0;
}

static int S_strp_cmp(const void *x, const void *y)
{
	const char *a = *(const char *const *)x, *b = *(const char *const *)y;
	return !a || !b ? (a ? 1 : b ? -1 : 0) : strcmp(a, b);
}

/* The incidents to write: those of the reports in the affected days and
 * of the reports that shared an incident with them, when they differ
 * from what is stored (an incident is its reports: the same reports under
 * the same id summarise alike); and the stored incidents they replace,
 * removed first. An incident is the same when each of its reports has
 * its id stored and the store names it no more often than it has
 * reports (w->stored_n counts the window's stored ids). */
static int S_window_plan(S_window *w, S_set *old)
{
	int rc = 0;
	S_set touched = {0}, cand = {0};
	for (size_t i = 0; i < w->n && !rc; i++) {
		rc = S_set_add(&w->stored_n, w->stored[i]);
		if (!rc && w->in_affected[i])
			rc = S_set_add(&touched, w->stored[i]);
	}
	for (size_t i = 0; i < w->n && !rc; i++)
		if (w->in_affected[i] || S_set_has(&touched, w->stored[i]))
			rc = S_set_add(&cand, pm_linker_incident_of(w->l, i));
	/* by candidate: its reports in the window, and whether one changed */
	long *members = calloc(cand.n + 1, sizeof(*members));
	unsigned char *changed = calloc(cand.n + 1, 1);
	if (!rc && (!members || !changed))
		rc = pm_error_set(PM_ENOMEM, "out of memory");
	for (size_t i = 0; i < w->n && !rc; i++) {
		const char *id = pm_linker_incident_of(w->l, i);
		long c = S_set_index(&cand, id);
		if (c < 0)
			continue;
		members[c]++;
		changed[c] |= !w->stored[i] || strcmp(w->stored[i], id);
	}
	for (size_t c = 0; c < cand.n && !rc; c++) {
		changed[c] |= S_set_count(&w->stored_n, cand.v[c]) != members[c];
		if (changed[c])
			rc = S_set_add(&w->write, cand.v[c]);
	}
	for (size_t i = 0; i < w->n && !rc; i++) {
		const char *id = pm_linker_incident_of(w->l, i);
		if (S_set_has(&w->write, id))
			rc = S_set_add(old, w->stored[i]);
	}
	S_set_sort(old);
	S_set_free(&touched);
	S_set_free(&cand);
	free(members);
	free(changed);
	return rc;
}

/* Report i's incident once the window is written: the new one when it is
 * written, none when its stored one is removed, else the stored one. */
static const char *S_now_of(const S_window *w, const S_set *old, size_t i)
{
	const char *now = pm_linker_incident_of(w->l, i);
	if (!S_set_has(&w->write, now))
		now = S_set_has(old, w->stored[i]) ? NULL : w->stored[i];
	return now;
}

/* Removes the stored incidents the window replaces (old). One whose
 * reports all lie in the window (the store names it as often as the
 * window's reports do) loses its row only, or nothing when it is written
 * again under its id (the put replaces the row), and its reports keep
 * their link until S_window_links changes it; otherwise its reports are
 * unlinked with it (those beyond the window wait for the next round), and
 * it goes into unset. */
static int S_window_remove(S_window *w, const S_set *old, S_set *unset)
{
	pm_store_backend *b = w->s->b;
	int rc = 0;
	for (size_t i = 0; i < old->n && rc == 0; i++) {
		const char *id = old->v[i];
		long size = -1;
		if ((rc = b->incident_size(b, id, &size)) < 0)
			break;
		if (size >= 0 && size == S_set_count(&w->stored_n, id)) {
			if (!S_set_has(&w->write, id))
				rc = b->incident_drop(b, id);
		} else if ((rc = b->incident_delete(b, id)) == 0) {
			rc = S_set_add(unset, id);
		}
	}
	return rc;
}

typedef struct {
	const char *now, *event_id;
} S_link;

static int S_link_cmp(const void *x, const void *y)
{
	const S_link *a = x, *b = y;
	int c = S_strp_cmp(&a->now, &b->now);
	return c ? c : strcmp(a->event_id, b->event_id);
}

/* Writes the links of the window's reports whose incident changes (the
 * rows are written): those that keep theirs are not written again. */
static int S_window_links(S_window *w, const S_set *old, const S_set *unset)
{
	S_link *v = malloc((w->n + 1) * sizeof(*v));
	const char **ids = malloc((w->n + 1) * sizeof(*ids));
	int rc = v && ids ? 0 : pm_error_set(PM_ENOMEM, "out of memory");
	size_t k = 0;
	for (size_t i = 0; i < w->n && rc == 0; i++) {
		const char *now = S_now_of(w, old, i);
		const char *was = S_set_has(unset, w->stored[i]) ? NULL : w->stored[i];
		if (S_strp_cmp(&now, &was))
			v[k++] = (S_link){now, w->ids[i]};
	}
	if (rc == 0)
		qsort(v, k, sizeof(*v), S_link_cmp);
	for (size_t i = 0; i < k && rc == 0;) {
		size_t j = i;
		while (j < k && !S_strp_cmp(&v[j].now, &v[i].now)) {
			ids[j - i] = v[j].event_id;
			j++;
		}
		rc = w->s->b->events_link(w->s->b, v[i].now, ids, (int)(j - i));
		i = j;
	}
	free(v);
	free(ids);
	return rc;
}

enum { S_NO_DAY = 1L << 40 };

/* The reports of the days load: from the cache where it holds them (its
 * linked events; those waiting are read, as they may have come since),
 * from the store for the rest. */
static int S_window_read(pm_store *s, pm_day_span load, S_window *w)
{
	struct pm_link_cache *c = S_cache_for(s, load);
	long l0 = load.first, l1 = load.last;
	if (!c) {
		pm_link_days all = {l0, l1, -S_NO_DAY, l1};
		return S_read(s, &all, 0, S_window_event, w);
	}
	long c0 = c->first, c1 = c->last;
	for (size_t i = 0; i < c->n && !w->rc; i++) {
		S_cached *e = &c->v[i];
		e->ev.doc = &e->doc;   /* the array may have moved since */
		if (e->ev.incident && e->first >= l0 && e->last <= l1)
			S_window_event(w, &e->ev);
	}
	long o0 = l0 > c0 ? l0 : c0, o1 = l1 < c1 ? l1 : c1;
	pm_link_days parts[4] = {
		{l0, c0 - 1, -S_NO_DAY, l1},   /* days before the cache's */
		{c1 + 1, l1, -S_NO_DAY, l1},   /* days after */
		{o0, c1, c1 + 1, l1},          /* the cache's days, ending after them */
		{o0, o1, -S_NO_DAY, o1},       /* the cache's days, waiting */
	};
	int rc = w->rc;
	for (int k = 0; k < 4 && rc == 0 && !w->rc; k++)
		if (parts[k].first_min <= parts[k].first_max && parts[k].last_min <= parts[k].last_max)
			rc = S_read(s, &parts[k], k == 3, S_window_event, w);
	return rc;
}

/* The window's reports, with the incidents they have now, kept as the
 * cache: those written have their new incident, those of a removed one
 * none. */
static int S_window_keep(pm_store *s, S_window *w, const S_set *old, pm_day_span load)
{
	struct pm_link_cache *c = w->keep;
	w->keep = NULL;
	if (c->n != w->n || s->b->data_version(s->b, &c->version) < 0) {
		S_cache_free(c);
		return 0;
	}
	for (size_t i = 0; i < w->n; i++) {
		const char *now = S_now_of(w, old, i);
		c->v[i].ev.incident = now ? pm_arena_strdup(&c->arena, now) : NULL;
	}
	c->first = load.first;
	c->last = load.last;
	s->link_cache = c;
	return 0;
}

static int S_relink_window(pm_store *s, pm_day_span load, const pm_day_span *affected,
			   int n_affected, long *linked)
{
	S_window w;
	memset(&w, 0, sizeof(w));
	w.s = s;
	w.affected = affected;
	w.n_affected = n_affected;
	S_set old = {0}, unset = {0};
	int apart = S_links_apart(s->b);
	int rc = pm_linker_new(&w.l);
	if (rc < 0)
		return rc;
	w.keep = s->b->link_events && s->b->data_version ? S_cache_new() : NULL;
	rc = S_window_read(s, load, &w);
	if (rc == 0 && w.rc)
		rc = w.rc;
	if (rc == 0)
		rc = pm_linker_link(w.l);
	if (rc == 0)
		rc = S_window_plan(&w, &old);
	if (rc == 0 && apart)
		rc = S_window_remove(&w, &old, &unset);
	for (size_t i = 0; i < old.n && rc == 0 && !apart; i++)
		rc = s->b->incident_delete(s->b, old.v[i]);
	if (rc == 0) {
		rc = pm_linker_emit(w.l, S_window_want, S_window_put, &w);
		if (w.rc < 0)
			rc = w.rc;
	}
	if (rc == 0 && apart)
		rc = S_window_links(&w, &old, &unset);
	*linked += w.linked;
	pm_store_link_forget(s);
	if (rc == 0 && w.keep)
		rc = S_window_keep(s, &w, &old, load);
	else
		S_cache_free(w.keep);
	S_set_free(&old);
	S_set_free(&unset);
	S_set_free(&w.write);
	S_set_free(&w.stored_n);
	for (size_t i = 0; i < w.n; i++)
		free(w.stored[i]);
	free(w.stored);
	free(w.ids);
	free(w.in_affected);
	pm_linker_free(w.l);
	return rc;
}

/* ---- what waits -------------------------------------------------------------------- */

typedef struct {
	pm_store *s;
	pm_linker *single;             /* reports that are incidents of their own */
	pm_day_span *spans;
	int n, cap;
	int rc;
} S_waiting;

static int S_waiting_event(void *ctx, const pm_event *ev)
{
	S_waiting *w = ctx;
	long d0, d1;
	if (!pm_link_span(ev, &d0, &d1)) {
		if (pm_linker_add(w->single, ev) < 0) {
			w->rc = -1;
			return 1;
		}
		return 0;
	}
	if (w->n == w->cap) {
		int cap = w->cap ? 2 * w->cap : 1024;
		pm_day_span *p = realloc(w->spans, (size_t)cap * sizeof(*p));
		if (!p) {
			w->rc = pm_error_set(PM_ENOMEM, "out of memory");
			return 1;
		}
		w->spans = p;
		w->cap = cap;
	}
	w->spans[w->n++] = (pm_day_span){d0, d1};
	return 0;
}

static int S_put_all(void *ctx, const pm_incident *inc)
{
	S_waiting *w = ctx;
	w->rc = w->s->b->incident_put(w->s->b, inc);
	return w->rc < 0;
}

/* Links every unlinked event: those of their own directly, the others
 * by windows around their days. */
static int S_link_waiting(pm_store *s, long *found)
{
	S_waiting w;
	memset(&w, 0, sizeof(w));
	w.s = s;
	int rc = pm_linker_new(&w.single);
	if (rc == 0)
		rc = S_read(s, NULL, 1, S_waiting_event, &w);
	if (rc == 0 && w.rc)
		rc = w.rc;
	*found = w.n;
	if (rc == 0 && w.single)
		*found += (long)pm_linker_count(w.single);
	if (rc == 0) {
		rc = pm_linker_run(w.single, S_put_all, &w);
		if (w.rc < 0)
			rc = w.rc;
	}
	/* the affected days, and around them the days to load */
	int n = 0;
	pm_day_span *load = NULL;
	if (rc == 0 && w.n) {
		for (int i = 0; i < w.n; i++)
			w.spans[i] = S_months((pm_day_span){w.spans[i].first - PM_LINK_AFFECT,
							     w.spans[i].last + PM_LINK_AFFECT});
		w.n = S_merge(w.spans, w.n, 0);
		load = malloc((size_t)(w.n > 0 ? w.n : 1) * sizeof(*load));
		if (!load)
			rc = pm_error_set(PM_ENOMEM, "out of memory");
		for (int i = 0; load && i < w.n; i++) {
			load[i] = S_months((pm_day_span){w.spans[i].first - PM_LINK_DEPEND,
							 w.spans[i].last + PM_LINK_DEPEND});
			load[i].first -= PM_LINK_MARGIN;
			load[i].last += PM_LINK_MARGIN;
		}
		n = load ? S_merge(load, w.n, 0) : 0;
	}
	long linked = 0;
	for (int i = 0; i < n && rc == 0; i++)
		rc = S_relink_window(s, load[i], w.spans, w.n, &linked);
	free(load);
	free(w.spans);
	pm_linker_free(w.single);
	return rc;
}

static int S_done(pm_store *s)
{
	s->n_pending = 0;
	s->pending_events = 0;
	s->unlinked_before = 0;
	s->deferred_at = 0;
	return 0;
}

/* What the store holds and leaves unlinked, counted once a handle (the
 * counts read every row); the handle's own puts are added as they come. */
static int S_count_store(pm_store *s)
{
	if (s->unlinked_checked)
		return 0;
	pm_store_stats st;
	memset(&st, 0, sizeof(st));
	int rc = s->b->stats(s->b, &st);
	if (rc < 0)
		return rc;
	s->unlinked_checked = 1;
	s->events_known = st.events;
	s->unlinked_before = st.unlinked > s->pending_events ? st.unlinked - s->pending_events : 0;
	return 0;
}

/* Links until nothing waits: a window's removed incidents may leave a
 * report beyond it unlinked (which the next round takes up). */
static int S_link_all_waiting(pm_store *s)
{
	int rc = S_count_store(s);
	if (rc < 0)
		return rc;
	/* most of the store waits: linking it whole reads it once */
	if ((s->pending_events + s->unlinked_before) * 2 > s->events_known) {
		if ((rc = pm_store_incidents_rebuild_in_batch(s)) < 0)
			return rc;
		return S_done(s);
	}
	for (int round = 0; round < 4; round++) {
		long found = 0;
		if ((rc = S_link_waiting(s, &found)) < 0)
			return rc;
		if (!found)
			break;
	}
	return S_done(s);
}

/* How many events the windows around what waits would read (up to cap). */
static long S_window_reads(pm_store *s, long cap)
{
	int n = S_merge(s->pending, s->n_pending, 0);
	s->n_pending = n;
	pm_day_span *load = malloc((size_t)(n ? n : 1) * sizeof(*load));
	if (!load)
		return cap;
	for (int i = 0; i < n; i++) {
		load[i] = S_months((pm_day_span){s->pending[i].first - PM_LINK_AFFECT,
						 s->pending[i].last + PM_LINK_AFFECT});
		load[i] = S_months((pm_day_span){load[i].first - PM_LINK_DEPEND,
						 load[i].last + PM_LINK_DEPEND});
		load[i].first -= PM_LINK_MARGIN;
		load[i].last += PM_LINK_MARGIN;
	}
	n = S_merge(load, n, 0);
	long total = 0;
	for (int i = 0; i < n && total < cap; i++) {
		long k = 0;
		if (s->b->count_days(s->b, load[i].first, load[i].last, cap - total, &k) < 0)
			k = cap;
		total += k;
	}
	free(load);
	return total;
}

int pm_store_link_batch(pm_store *s)
{
	if (!S_has_incidents(s) || s->defer_links)
		return 0;
	int rc = S_count_store(s);   /* a store an earlier run left waiting, too */
	if (rc < 0)
		return rc;
	if (!s->pending_events && !s->unlinked_before)
		return 0;
	long waiting = s->pending_events + s->unlinked_before;
	long cap = S_READ_FACTOR * waiting + S_READ_SLACK;
	if (s->unlinked_before > S_READ_SLACK)
		return 0;   /* later: pm_store_incidents_link */
	/* Once too wide, the windows only widen as more waits: counting
	 * them again at every commit (up to the cap, which grows with what
	 * waits) made an archive's commits cost the square of its size.
	 * They are counted again when what waits has doubled, so that the
	 * counts of a whole ingest stay within a few times its events. */
	if (s->deferred_at && waiting < 2 * s->deferred_at)
		return 0;
	if (S_window_reads(s, cap + 1) > cap) {
		s->deferred_at = waiting;
		return 0;
	}
	return S_link_all_waiting(s);
}

/* ---- the public functions ---------------------------------------------------------- */

static int S_check(pm_store *s, const pm_filter *f)
{
	if (!S_has_incidents(s))
		return pm_error_set(PM_EINVALID, "store backend '%s' keeps no incidents", s->b->name);
	if (f && f->version != PM_FILTER_VERSION)
		return pm_error_set(PM_EINVALID, "pm_filter version %u is not %d", f->version,
				    PM_FILTER_VERSION);
	return 0;
}

int pm_store_incidents(pm_store *s, const pm_filter *f, pm_incident_fn fn, void *ctx)
{
	pm_filter all = PM_FILTER_INIT;
	int rc = S_check(s, f);
	if (rc < 0)
		return rc;
	if (!fn)
		return pm_error_set(PM_EINVALID, "a query needs a callback");
	return s->b->incidents(s->b, f ? f : &all, fn, ctx);
}

int pm_store_incident_reports(pm_store *s, const char *id, pm_event_fn fn, void *ctx)
{
	int rc = S_check(s, NULL);
	if (rc < 0)
		return rc;
	if (!id || !fn)
		return pm_error_set(PM_EINVALID, "incident reports need an id and a callback");
	return s->b->incident_reports(s->b, id, fn, ctx);
}

int pm_store_incident_evidence(pm_store *s, const char *id, pm_evidence_fn fn, void *ctx)
{
	int rc = S_check(s, NULL);
	if (rc < 0)
		return rc;
	if (!id || !fn)
		return pm_error_set(PM_EINVALID, "an incident's evidence needs an id and a callback");
	if (!s->b->incident_evidence)
		return pm_error_set(PM_ERROR, "the %s store keeps no evidence", s->b->name);
	return s->b->incident_evidence(s->b, id, fn, ctx);
}

int pm_store_count_incidents(pm_store *s, const pm_filter *f, const pm_count_by *by,
			     pm_count_fn fn, void *ctx)
{
	pm_filter all = PM_FILTER_INIT;
	pm_count_by none = PM_COUNT_BY_INIT;
	int rc = S_check(s, f);
	if (rc < 0)
		return rc;
	if (by && (by->version != PM_COUNT_BY_VERSION || by->n < 0 || by->n > PM_COUNT_BY_MAX))
		return pm_error_set(PM_EINVALID, "a bad pm_count_by (use pm_count_by_parse)");
	for (int i = 0; by && i < by->n; i++) {
		if (by->keys[i] < 0 || by->keys[i] >= PM_COUNT_BY_KEYS)
			return pm_error_set(PM_EINVALID, "count-by key %d is unknown", by->keys[i]);
		if (by->keys[i] == PM_COUNT_BY_OUTLET)
			return pm_error_set(PM_EINVALID, "incidents are not counted by outlet: an "
					    "incident has several (count events by outlet instead)");
	}
	if (!fn)
		return pm_error_set(PM_EINVALID, "a count needs a callback");
	return s->b->count_incidents(s->b, f ? f : &all, by ? by : &none, fn, ctx);
}

typedef struct {
	pm_store *s;
	pm_linker *l;
	int rc;
} S_all;

static int S_all_event(void *ctx, const pm_event *ev)
{
	S_all *a = ctx;
	if (pm_linker_add(a->l, ev) < 0) {
		a->rc = -1;
		return 1;
	}
	return 0;
}

static int S_all_put(void *ctx, const pm_incident *inc)
{
	S_all *a = ctx;
	a->rc = a->s->b->incident_put(a->s->b, inc);
	return a->rc < 0;
}

int pm_store_incidents_rebuild_in_batch(pm_store *s)
{
	S_all a = {s, NULL, 0};
	pm_store_link_forget(s);
	int rc = pm_linker_new(&a.l);
	if (rc < 0)
		return rc;
	rc = s->b->incidents_clear(s->b);
	if (rc == 0)
		rc = S_read(s, NULL, 0, S_all_event, &a);
	if (rc == 0 && a.rc)
		rc = a.rc;
	if (rc == 0) {
		rc = pm_linker_run(a.l, S_all_put, &a);
		if (a.rc < 0)
			rc = a.rc;
	}
	pm_linker_free(a.l);
	return rc;
}

/* Runs what inside a batch of its own, unless one is open. */
static int S_in_batch(pm_store *s, int (*what)(pm_store *s))
{
	int rc = S_check(s, NULL);
	if (rc < 0)
		return rc;
	if (s->poisoned)
		return pm_error_set(PM_ERROR, "the batch failed earlier: roll it back");
	if (s->in_batch) {
		rc = what(s);
		if (rc < 0)
			s->poisoned = 1;
		return rc;
	}
	if ((rc = s->b->begin(s->b)) < 0)
		return rc;
	rc = what(s);
	if (rc == 0)
		rc = s->b->commit(s->b);
	if (rc < 0) {
		s->b->rollback(s->b);
		pm_store_link_forget(s);
	}
	return rc;
}

static int S_rebuild(pm_store *s)
{
	int rc = pm_store_incidents_rebuild_in_batch(s);
	return rc < 0 ? rc : S_done(s);
}

/* Counts again at the next link: the store may have changed meanwhile. */
static int S_link_now(pm_store *s)
{
	s->unlinked_checked = 0;
	return S_link_all_waiting(s);
}

int pm_store_incidents_rebuild(pm_store *s)
{
	return S_in_batch(s, S_rebuild);
}

int pm_store_incidents_link(pm_store *s)
{
	return S_in_batch(s, S_link_now);
}
