/* store.c - pm_store: the front every backend sits behind.
 *
 * The front picks a backend from the location's form, checks arguments,
 * and keeps the batch rules in one place for every backend: documents are
 * put whole, a failed put or commit poisons the batch until it is rolled
 * back (so that nobody commits half of what they meant), and a put outside
 * a batch is a batch of its own. It also holds what backends share about
 * counting: merging and ordering the groups. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "util/arena.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/vec.h"


/* The backends built in, by the start of a location; whole: the backend
 * takes the location with its prefix (a URI). */
static const struct {
	const char *prefix;
	int whole;
	int (*open)(pm_store_backend **out, const char *path, const pm_store_options *opts);
} S_backends[] = {
	{"sqlite:", 0, pm_store_backend_sqlite},
#ifdef PM_WITH_PG
	{"postgresql:", 1, pm_store_backend_pg},
	{"postgres:", 1, pm_store_backend_pg},
#endif
};

int pm_store_open_backend(pm_store **out, pm_store_backend *backend)
{
	if (!backend)
		return pm_error_set(PM_EINVALID, "no store backend");
	if (backend->version != PM_STORE_BACKEND_VERSION) {
		int rc = pm_error_set(PM_EINVALID, "store backend '%s' has interface version %u, not %d",
				      backend->name ? backend->name : "?", backend->version,
				      PM_STORE_BACKEND_VERSION);
		if (backend->free)
			backend->free(backend);
		return rc;
	}
	pm_store *s = calloc(1, sizeof(*s));
	if (!s) {
		backend->free(backend);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	s->b = backend;
	*out = s;
	return 0;
}

int pm_store_open(pm_store **out, const char *location, const pm_store_options *opts)
{
	pm_store_options defaults = PM_STORE_OPTIONS_INIT;
	if (!location || !*location)
		return pm_error_set(PM_EINVALID, "no store location given");
	if (opts && opts->version != PM_STORE_OPTIONS_VERSION)
		return pm_error_set(PM_EINVALID, "pm_store_options version %u is not %d", opts->version,
				    PM_STORE_OPTIONS_VERSION);
	if (!opts)
		opts = &defaults;
	pm_store_backend *b = NULL;
	int rc = 1;
	for (size_t i = 0; i < sizeof(S_backends) / sizeof(S_backends[0]) && rc == 1; i++) {
		size_t n = strlen(S_backends[i].prefix);
		if (!strncmp(location, S_backends[i].prefix, n))
			rc = S_backends[i].open(&b, S_backends[i].whole ? location : location + n, opts);
	}
	if (rc == 1) {
		const char *scheme = strstr(location, "://");
		if (!strncmp(location, "postgres", 8) && strchr(location, ':'))
			return pm_error_set(PM_ENOTFOUND, "%s: this palmyra was built without "
					    "PostgreSQL (make PG=1, with libpq)", location);
		if (scheme)
			return pm_error_set(PM_EINVALID, "%s: unknown kind of store (a path, sqlite:PATH "
					    "or postgresql://...)", location);
		rc = pm_store_backend_sqlite(&b, location, opts);
	}
	if (rc < 0)
		return rc;
	if ((rc = pm_store_open_backend(out, b)) == 0)
		(*out)->defer_links = opts->defer_links;
	return rc;
}

void pm_store_free(pm_store *s)
{
	if (!s)
		return;
	if (s->in_batch)
		s->b->rollback(s->b);
	s->b->free(s->b);
	pm_store_link_state_free(s);
	free(s);
}

int pm_store_begin(pm_store *s)
{
	if (s->in_batch)
		return pm_error_set(PM_EINVALID, "a batch is open already");
	int rc = s->b->begin(s->b);
	if (rc == 0) {
		s->in_batch = 1;
		s->poisoned = 0;
	}
	return rc;
}

int pm_store_commit(pm_store *s)
{
	if (!s->in_batch)
		return pm_error_set(PM_EINVALID, "no batch is open");
	if (s->poisoned)
		return pm_error_set(PM_ERROR, "the batch failed earlier: roll it back");
	/* the batch's events are linked (or left for later) inside it */
	int rc = pm_store_link_batch(s);
	if (rc == 0)
		rc = s->b->commit(s->b);
	if (rc < 0)
		s->poisoned = 1;
	else
		s->in_batch = 0;
	return rc;
}

int pm_store_rollback(pm_store *s)
{
	if (!s->in_batch)
		return 0;
	s->in_batch = 0;
	s->poisoned = 0;
	pm_store_link_forget(s);   /* it held what the batch wrote */
	return s->b->rollback(s->b);
}

int pm_store_lookup(pm_store *s, const char *id, const char *content_hash, int *out)
{
	if (!id || !content_hash)
		return pm_error_set(PM_EINVALID, "a document lookup needs an id and a content hash");
	return s->b->lookup(s->b, id, content_hash, out);
}

int pm_store_lookup_events(pm_store *s, const pm_store_doc *doc, const pm_event *events, int n,
			   int *out)
{
	if (!doc || doc->version != PM_STORE_DOC_VERSION || !doc->meta.id || !doc->content_hash)
		return pm_error_set(PM_EINVALID, "a document lookup needs a pm_store_doc with an id "
				    "and a content hash");
	if (n < 0 || (n > 0 && !events))
		return pm_error_set(PM_EINVALID, "document %s: no events given", doc->meta.id);
	if (s->b->lookup_events)
		return s->b->lookup_events(s->b, doc, events, n, out);
	return s->b->lookup(s->b, doc->meta.id, doc->content_hash, out);
}

int pm_store_put(pm_store *s, const pm_store_doc *doc, const pm_event *events, int n)
{
	if (!doc || doc->version != PM_STORE_DOC_VERSION)
		return pm_error_set(PM_EINVALID, "pm_store_doc missing or not version %d",
				    PM_STORE_DOC_VERSION);
	if (!doc->meta.id || !doc->meta.id[0])
		return pm_error_set(PM_EINVALID, "a document to store needs an id");
	if (!doc->content_hash)
		return pm_error_set(PM_EINVALID, "document %s: no content hash", doc->meta.id);
	if (n < 0 || (n > 0 && !events))
		return pm_error_set(PM_EINVALID, "document %s: no events given", doc->meta.id);
	if (s->poisoned)
		return pm_error_set(PM_ERROR, "the batch failed earlier: roll it back");
	int own = !s->in_batch, rc;
	if (own && (rc = pm_store_begin(s)) < 0)
		return rc;
	rc = pm_store_link_before_put(s, doc, events, n);
	if (rc == 0)
		rc = s->b->put(s->b, doc, events, n);
	if (rc == 0)
		pm_store_link_note(s, events, n);
	/* PM_EINVALID refuses this document only: the backend has taken back
	 * what it wrote of it, and the batch goes on */
	if (rc < 0 && rc != PM_EINVALID)
		s->poisoned = 1;
	if (own) {
		if (rc < 0 && rc != PM_EINVALID) {
			pm_store_rollback(s);
			return rc;
		}
		int crc = pm_store_commit(s);
		if (crc < 0) {
			pm_store_rollback(s);
			return crc;
		}
	}
	return rc;
}

int pm_store_query(pm_store *s, const pm_filter *f, pm_event_fn fn, void *ctx)
{
	pm_filter all = PM_FILTER_INIT;
	if (f && f->version != PM_FILTER_VERSION)
		return pm_error_set(PM_EINVALID, "pm_filter version %u is not %d", f->version,
				    PM_FILTER_VERSION);
	if (!fn)
		return pm_error_set(PM_EINVALID, "a query needs a callback");
	return s->b->query(s->b, f ? f : &all, fn, ctx);
}

int pm_store_count(pm_store *s, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
		   void *ctx)
{
	pm_filter all = PM_FILTER_INIT;
	pm_count_by none = PM_COUNT_BY_INIT;
	if (f && f->version != PM_FILTER_VERSION)
		return pm_error_set(PM_EINVALID, "pm_filter version %u is not %d", f->version,
				    PM_FILTER_VERSION);
	if (by && (by->version != PM_COUNT_BY_VERSION || by->n < 0 || by->n > PM_COUNT_BY_MAX))
		return pm_error_set(PM_EINVALID, "a bad pm_count_by (use pm_count_by_parse)");
	for (int i = 0; by && i < by->n; i++)
		if (by->keys[i] < 0 || by->keys[i] >= PM_COUNT_BY_KEYS)
			return pm_error_set(PM_EINVALID, "count-by key %d is unknown", by->keys[i]);
	if (!fn)
		return pm_error_set(PM_EINVALID, "a count needs a callback");
	return s->b->count(s->b, f ? f : &all, by ? by : &none, fn, ctx);
}

int pm_store_stats_get(pm_store *s, pm_store_stats *out)
{
	memset(out, 0, sizeof(*out));
	return s->b->stats(s->b, out);
}

int pm_store_data_version(pm_store *s, long long *out)
{
	*out = 0;
	if (!s->b->data_version)
		return pm_error_set(PM_ERROR, "the %s store cannot tell when it changes", s->b->name);
	return s->b->data_version(s->b, out);
}

int pm_store_places(pm_store *s, const char *prefix, int limit, pm_store_place_fn fn, void *ctx)
{
	if (!fn || limit < 0)
		return pm_error_set(PM_EINVALID, "a place search needs a callback and a limit >= 0");
	if (!s->b->places)
		return pm_error_set(PM_ERROR, "the %s store cannot list its places", s->b->name);
	return s->b->places(s->b, prefix ? prefix : "", limit, fn, ctx);
}

/* ---- content hash ---------------------------------------------------------------- */

/* FNV-1a over each field with its tag and length, so that moving text
 * from one field to the next changes the hash. */
static uint64_t S_field(uint64_t h, char tag, const char *s, size_t n)
{
	static const unsigned char none = 0xfe;
	h = pm_fnv64(h, &tag, 1);
	if (!s)
		return pm_fnv64(h, &none, 1);
	unsigned char len[8];   /* little-endian on every machine */
	for (int i = 0; i < 8; i++)
		len[i] = (unsigned char)((uint64_t)n >> (8 * i));
	return pm_fnv64(pm_fnv64(h, len, sizeof(len)), s, n);
}

static uint64_t S_str_field(uint64_t h, char tag, const char *s)
{
	return S_field(h, tag, s, s ? strlen(s) : 0);
}

void pm_input_hash(const pm_input *in, char out[17])
{
	uint64_t h = PM_FNV64_SEED;
	char kind = (char)('0' + in->kind);
	h = S_field(h, 'k', &kind, 1);
	h = S_str_field(h, 'i', in->id);
	h = S_str_field(h, 'd', in->date);
	h = S_str_field(h, 'o', in->outlet);
	h = S_str_field(h, 't', in->title);
	h = S_str_field(h, 'u', in->url);
	h = S_field(h, 'x', in->text, in->text ? in->len : 0);
	h = S_str_field(h, 'p', in->parse);
	h = S_str_field(h, 'e', in->extra);
	for (int i = 15; i >= 0; i--, h >>= 4)
		out[i] = "0123456789abcdef"[h & 15];
	out[16] = '\0';
}

/* ---- count-by aggregation ------------------------------------------------------------ */

typedef struct {
	const char **keys;      /* n_keys values, NULL for none; in the arena */
	uint64_t hash;
	long events;
	long sums[PM_COUNT_KINDS];
} S_group;

struct pm_count_agg {
	int n_keys;
	S_group *groups;
	int n, cap;
	int *slots;             /* open addressing over groups; -1 empty */
	int n_slots;
	pm_arena arena;
};

int pm_count_agg_new(pm_count_agg **out, int n_keys)
{
	pm_count_agg *a = calloc(1, sizeof(*a));
	if (!a)
		return pm_error_set(PM_ENOMEM, "out of memory");
	a->n_keys = n_keys;
	a->n_slots = 1024;
	a->slots = malloc((size_t)a->n_slots * sizeof(int));
	if (!a->slots) {
		free(a);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	memset(a->slots, 0xff, (size_t)a->n_slots * sizeof(int));
	pm_arena_init(&a->arena, 64 * 1024);
	*out = a;
	return 0;
}

void pm_count_agg_free(pm_count_agg *a)
{
	if (!a)
		return;
	pm_arena_free(&a->arena);
	free(a->groups);
	free(a->slots);
	free(a);
}

static uint64_t S_keys_hash(const char *const *keys, int n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (int i = 0; i < n; i++)
		h = S_str_field(h, (char)i, keys[i]);
	return h;
}

static int S_keys_equal(const char *const *a, const char *const *b, int n)
{
	for (int i = 0; i < n; i++)
		if (a[i] != b[i] && (!a[i] || !b[i] || strcmp(a[i], b[i])))
			return 0;
	return 1;
}

static void S_rehash(pm_count_agg *a)
{
	int n_slots = a->n_slots * 2;
	int *slots = malloc((size_t)n_slots * sizeof(int));
	if (!slots) {
		fputs("palmyra: out of memory\n", stderr);
		abort();
	}
	memset(slots, 0xff, (size_t)n_slots * sizeof(int));
	for (int g = 0; g < a->n; g++) {
		int i = (int)(a->groups[g].hash & (uint64_t)(n_slots - 1));
		while (slots[i] >= 0)
			i = (i + 1) & (n_slots - 1);
		slots[i] = g;
	}
	free(a->slots);
	a->slots = slots;
	a->n_slots = n_slots;
}

int pm_count_agg_add(pm_count_agg *a, const char *const *keys, long events, const long *sums)
{
	uint64_t h = S_keys_hash(keys, a->n_keys);
	int i = (int)(h & (uint64_t)(a->n_slots - 1));
	S_group *g = NULL;
	for (; a->slots[i] >= 0; i = (i + 1) & (a->n_slots - 1)) {
		S_group *c = &a->groups[a->slots[i]];
		if (c->hash == h && S_keys_equal(c->keys, keys, a->n_keys)) {
			g = c;
			break;
		}
	}
	if (!g) {
		g = PM_VEC_PUSH(a->groups, a->n, a->cap);
		memset(g, 0, sizeof(*g));
		g->hash = h;
		g->keys = pm_arena_alloc(&a->arena, (size_t)(a->n_keys ? a->n_keys : 1) * sizeof(char *));
		for (int k = 0; k < a->n_keys; k++)
			g->keys[k] = keys[k] ? pm_arena_strdup(&a->arena, keys[k]) : NULL;
		a->slots[i] = a->n - 1;
		if (a->n * 2 > a->n_slots)
			S_rehash(a);
	}
	g->events += events;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		g->sums[k] += sums[k];
	return 0;
}

static int S_group_cmp(const void *x, const void *y, void *ctx)
{
	const S_group *a = x, *b = y;
	int n = *(const int *)ctx;
	for (int i = 0; i < n; i++) {
		const char *p = a->keys[i], *q = b->keys[i];
		if (p == q)
			continue;
		if (!p || !q)
			return p ? -1 : 1;    /* unknown values last */
		int c = strcmp(p, q);
		if (c)
			return c;
	}
	return 0;
}

/* qsort has no context argument in C11: a small merge sort that has one. */
static void S_sort(S_group *g, S_group *tmp, int n, int n_keys)
{
	if (n < 2)
		return;
	int h = n / 2;
	S_sort(g, tmp, h, n_keys);
	S_sort(g + h, tmp, n - h, n_keys);
	int i = 0, j = h, k = 0;
	while (i < h && j < n)
		tmp[k++] = S_group_cmp(&g[j], &g[i], &n_keys) < 0 ? g[j++] : g[i++];
	while (i < h)
		tmp[k++] = g[i++];
	while (j < n)
		tmp[k++] = g[j++];
	memcpy(g, tmp, (size_t)n * sizeof(*g));
}

int pm_count_agg_emit(pm_count_agg *a, pm_count_fn fn, void *ctx)
{
	S_group *tmp = malloc((size_t)(a->n ? a->n : 1) * sizeof(*tmp));
	if (!tmp)
		return pm_error_set(PM_ENOMEM, "out of memory");
	S_sort(a->groups, tmp, a->n, a->n_keys);
	free(tmp);
	for (int i = 0; i < a->n; i++) {
		pm_count_row row;
		row.keys = a->groups[i].keys;
		row.n_keys = a->n_keys;
		row.events = a->groups[i].events;
		memcpy(row.sums, a->groups[i].sums, sizeof(row.sums));
		if (fn(ctx, &row))
			break;
	}
	return 0;
}

const char *pm_store_count_column(int key, int *places, int *docs)
{
	switch (key) {
	case PM_COUNT_BY_COUNTRY: *places = 1; return "p.country";
	case PM_COUNT_BY_ADMIN1: *places = 1; return "p.admin1";
	case PM_COUNT_BY_PLACE: *places = 1; return "e.place_key";
	case PM_COUNT_BY_ROOT: return "e.root";
	case PM_COUNT_BY_CODE: return "e.code";
	case PM_COUNT_BY_SOURCE: return "e.source_code";
	case PM_COUNT_BY_TARGET: return "e.target_code";
	case PM_COUNT_BY_OUTLET: *docs = 1; return "d.outlet";
	default: return "e.day_first";
	}
}

int pm_filter_is_empty(const pm_filter *f)
{
	pm_filter none = PM_FILTER_INIT;
	none.limit = f->limit;
	return !memcmp(&none, f, sizeof(none));
}
