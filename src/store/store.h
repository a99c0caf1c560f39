/* store.h - what the store's front and its backends share: day numbers,
 * the filter's derived values, and the aggregation behind count-by.
 *
 * Backends (store_sqlite.c, later PostgreSQL) see the public pm_filter and
 * pm_count_by; the helpers here keep the meaning of a date span, a week or
 * a place box the same whichever database answers. */
#ifndef PM_STORE_H
#define PM_STORE_H

#include "palmyra.h"
#include "util/date.h"
#include "util/geo.h"

/* Day numbers are util/date.h's pm_date_day_number (days since 1970-01-01). */
/* The days "YYYY-MM-DD", "YYYY-MM" or "YYYY" stands for: 0 with first and
 * last set, or PM_EINVALID with a message saying what is wrong. */
int pm_date_span(const char *date, long *first, long *last);
/* "2016-03-21" into out (11 bytes). */
void pm_day_format(long day, char out[11]);
/* The name of the period (PM_COUNT_BY_DAY..YEAR) holding day: "2016-03-25",
 * the week's Monday, "2016-03", "2016". */
void pm_day_period(int key, long day, char out[11]);
/* 1 for the time keys (day, week, month, year). */
int pm_count_key_is_time(int key);


/* A box holding every point within km of (lat, lon): latitudes
 * [south, north]; longitudes [west, east], where west > east crosses the
 * antimeridian and all_lon means every longitude (near a pole). */
typedef struct pm_geo_box {
	double south, north, west, east;
	int all_lon;
} pm_geo_box;
void pm_geo_box_around(double lat, double lon, double km, pm_geo_box *out);

/* How a backend writes a query, for the builders the backends share: SQL
 * text, and a placeholder bound to each value (a value must stay valid
 * until the query runs). */
typedef struct pm_sql_out {
	void *q;
	void (*sql)(void *q, const char *piece);
	void (*text)(void *q, const char *v);
	void (*integer)(void *q, long long v);
	void (*real)(void *q, double v);
	/* col starting with prefix, as a range of bytes */
	void (*prefix)(void *q, const char *col, const char *prefix);
	/* col equal to v, ASCII letters in any case (SQLite's NOCASE) */
	void (*nocase)(void *q, const char *col, const char *v);
	/* " AND ..." selecting the events e that the report filters of f
	 * (modality, outlet, doc, text) select; the backend keeps the values */
	void (*reports)(void *q, const pm_filter *f);
	/* " AND ..." for i.cell among the 1-degree cells of rows r0..r1 and
	 * columns c0 to c1 going east (round the antimeridian when c0 > c1),
	 * written as the backend's index seeks them best (NULL: as ranges) */
	void (*cells)(void *q, long r0, long r1, long c0, long c1);
	const char *no;       /* false, as the database writes it */
} pm_sql_out;

/* " AND ..." for the incidents i that f selects (docs/incidents.md: which
 * keys apply to the incident's best values, which to its codes, which to
 * any report): what the SQLite and PostgreSQL stores both ask. */
void pm_store_where_incidents(const pm_sql_out *o, const pm_filter *f);

/* The words of a text filter as an FTS query: each a quoted phrase, all
 * required. Returns the length, or -1 when it does not fit in cap. */
int pm_filter_fts_query(const char *words, char *out, size_t cap);

/* ---- count-by aggregation --------------------------------------------------
 * A backend groups as finely as its indexes allow (by day rather than by
 * week, so that a day index streams) and adds each raw group here with
 * its key values as text (time keys rendered with pm_day_period); equal
 * keys merge, and emit sorts them (NULLs last) for the callback. */
typedef struct pm_count_agg pm_count_agg;

int pm_count_agg_new(pm_count_agg **out, int n_keys);
void pm_count_agg_free(pm_count_agg *a);
int pm_count_agg_add(pm_count_agg *a, const char *const *keys, long events, const long *sums);
int pm_count_agg_emit(pm_count_agg *a, pm_count_fn fn, void *ctx);
/* The column of events e (places p, documents d) a count-by key groups
 * by in both backends' schemas; sets *places or *docs when it needs that
 * join. Time keys group by e.day_first. */
const char *pm_store_count_column(int key, int *places, int *docs);
/* No filter but maybe a limit (which counts do not take). */
int pm_filter_is_empty(const pm_filter *f);

/* ---- the front (store.c, incidents.c) ----------------------------------------- */

/* Days whose events wait to be linked, merged. */
typedef struct pm_day_span {
	long first, last;
} pm_day_span;

struct pm_store {
	pm_store_backend *b;
	int in_batch;
	int poisoned;            /* a put or commit failed in this batch */
	/* events stored and not linked yet, as far as this handle knows:
	 * their days (widened as linking reaches) and how many */
	pm_day_span *pending;
	int n_pending, cap_pending;
	long pending_events;
	int unlinked_checked;    /* the store's own unlinked events were counted */
	long unlinked_before;    /* ... and how many there were */
	long events_known;       /* the store's events when counted, plus those put since */
	long deferred_at;        /* what waited when a commit last found linking too wide */
	int defer_links;         /* pm_store_options.defer_links */
	struct pm_link_cache *link_cache;  /* the last window linked (incidents.c) */
};

/* Before a put: a document stored before under that id is replaced, so
 * its incidents are unlinked (their other reports then link again). */
int pm_store_link_before_put(pm_store *s, const pm_store_doc *doc, const pm_event *events, int n);
/* Drops the reports incidents.c keeps from the last window linked: the
 * store changed other than through this handle's linking (a rollback). */
void pm_store_link_forget(pm_store *s);
/* After a put: the days of its events wait to be linked. */
void pm_store_link_note(pm_store *s, const pm_event *events, int n);
/* At commit: links what waits, unless that reads far more than it links. */
int pm_store_link_batch(pm_store *s);
void pm_store_link_state_free(pm_store *s);
/* Clears the incidents and links every stored event, in the open batch. */
int pm_store_incidents_rebuild_in_batch(pm_store *s);

#endif
