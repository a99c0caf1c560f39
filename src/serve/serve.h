/* serve.h - what the server's files share: the server, one request, the
 * parameters of a request, and the endpoints.
 *
 * server.c owns the HTTP side (libmicrohttpd, limits, ETag, gzip, the
 * store pool); each api_*.c answers some paths by writing JSON into the
 * request's body and returning a status; assets.c serves the page. */
#ifndef PM_SERVE_H
#define PM_SERVE_H

#include <pthread.h>
#include <stdio.h>

#include "palmyra.h"

/* Bounds on what a request may ask for. */
enum {
	PM_SERVE_MAX_URL = 8192,        /* path and query string together, bytes */
	PM_SERVE_MAX_PARAMS = 40,
	PM_SERVE_EVENTS_LIMIT = 1000,   /* events per page, at most */
	PM_SERVE_EVENTS_DEFAULT = 100,
	PM_SERVE_INCIDENTS_LIMIT = 5000,
	PM_SERVE_PLACES_LIMIT = 100,
	PM_SERVE_PLACES_DEFAULT = 10,
	PM_SERVE_MAX_FILE = 32 << 20    /* a static file, bytes */
};

/* The control timeline, built once from the whole store and built again
 * when an ingest has written to it (api_control.c). */
typedef struct pm_serve_timeline {
	pthread_mutex_t lock;
	pm_store *store;                /* its own connection: no query timeout */
	pm_linker *linker;
	pm_timeline *timeline;
	long long version;              /* the store's data version it was built at */
	long unlinked;                  /* events read without a stored incident */
	int built;
} pm_serve_timeline;

struct pm_serve_mhd;                /* libmicrohttpd's functions (server.c) */

struct pm_server {
	pm_server_options opts;
	void *libmhd;                   /* libmicrohttpd, loaded by pm_server_start */
	struct pm_serve_mhd *mhd;
	char *db;
	char **assets;                  /* NULL-terminated copies */
	char *bind;
	struct MHD_Daemon *daemon;
	int port;
	int loopback;                   /* bound to a loopback address: check Host */
	/* one store connection per request thread, handed out under pool_lock */
	pthread_mutex_t pool_lock;
	pthread_cond_t pool_free;
	pm_store **stores;
	int *in_use;
	int n_stores;
	pthread_mutex_t log_lock;
	pm_serve_timeline control;
	char waiting, answered;         /* a connection's state, by their addresses */
	pthread_mutex_t label_lock;     /* opts.label is called by one thread at a time */
	int quad_of_root[100];          /* CAMEO root ("19" = 19) -> QuadClass, from the codebook */
};

/* One request's query parameters, as decoded key and value. */
typedef struct pm_serve_param {
	const char *key, *value;        /* value NULL: the key came without '=' */
	int used;
} pm_serve_param;

typedef struct pm_serve_req {
	pm_server *srv;
	const char *method;
	const char *path;               /* decoded, starting with '/' */
	pm_serve_param params[PM_SERVE_MAX_PARAMS];
	int n_params;
	int too_many_params;
	pm_store *store;                /* checked out for the request */
	/* the answer */
	FILE *body;                     /* an open_memstream over buf */
	char *buf;
	size_t len;
	const char *content_type;
	const char *cache_control;
	char error[512];
} pm_serve_req;

/* Sets a JSON error answer ({"error": message}) and returns status. */
int pm_serve_error(pm_serve_req *r, int status, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

/* The value of parameter key (marked used), or NULL when absent; *given
 * says whether it was there (a key without '=' has a NULL value). */
const char *pm_serve_param_get(pm_serve_req *r, const char *key, int *given);
/* Every parameter not yet taken goes to pm_filter_parse (NULL f: none
 * may be left); 0, or 400 with the message set. "limit" is never a
 * filter key here: endpoints read it themselves. */
int pm_serve_params_filter(pm_serve_req *r, pm_filter *f);
/* A whole number in [lo, hi] from parameter key (default when absent);
 * over hi is cut to hi (limits are capped, not refused). 0 or 400. */
int pm_serve_param_long(pm_serve_req *r, const char *key, long def, long lo, long hi, long *out);
/* Writes s as a JSON string (null for NULL) into the body. */
void pm_serve_json_str(pm_serve_req *r, const char *s);
/* What a failed store call means for the client: 503 when the query ran
 * out of time, else 500 (the message is logged). */
int pm_serve_store_failed(pm_serve_req *r, const char *doing);
/* The label of an actor or side code ("SYRMIL" -> "Syria: military")
 * into buf: its length, or -1 when there is none. Any thread. */
int pm_serve_label(pm_server *s, const char *code, char *buf, size_t cap);
/* pm_server_options.became, under the labels' lock: 1 and the state and
 * its first day, or 0. Any thread. */
int pm_serve_became(pm_server *s, const char *side, char *buf, size_t cap, int *day);
/* pm_server_options.affiliated, under the labels' lock: 1 or 0. Any thread. */
int pm_serve_affiliated(pm_server *s, const char *side, const char *of);
void pm_serve_log(pm_server *s, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* The endpoints: each returns the HTTP status, the body written. */
int pm_serve_events(pm_serve_req *r);
int pm_serve_stats(pm_serve_req *r);
int pm_serve_places(pm_serve_req *r);
int pm_serve_control(pm_serve_req *r, const char *place);
int pm_serve_incidents(pm_serve_req *r, const char *rest);
/* /api/stats?of=incidents: the incidents f selects, counted by by; 0,
 * a negative store error, or an HTTP status with the body set. */
int pm_serve_incident_count(pm_serve_req *r, const pm_filter *f, const pm_count_by *by,
			    pm_count_fn fn, void *ctx);

/* The page's files: / and /static/PATH. */
int pm_serve_asset(pm_serve_req *r, const char *rel);

int pm_serve_timeline_init(pm_serve_timeline *t, const char *db);
void pm_serve_timeline_free(pm_serve_timeline *t);

#endif
