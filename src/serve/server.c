/* server.c - pm_server: the HTTP side of `palmyra serve`.
 *
 * libmicrohttpd runs a pool of threads; each request is answered in the
 * call that delivers its headers (GET and HEAD have no body), with a store
 * connection taken from a pool of one per thread (a pm_store is used by
 * one thread at a time; SQLite readers do not block each other or an
 * ingest). Every answer is built whole in memory, so that its ETag can be
 * the hash of its bytes (a 304 when the client has them) and it can be
 * gzipped when the client takes that. What a request may ask is bounded
 * here (size, methods, Host) and in the endpoints (limits; the store's
 * query timeout). */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <zlib.h>

#include "serve/serve.h"
#include "util/dynlib.h"
#include "util/error.h"
#include "util/json_out.h"

/* libmicrohttpd's functions, loaded when a server starts (util/dynlib.h):
 * the other commands never load it and the libraries it pulls in. */
#define S_MHD_FUNCS(X) \
	X(MHD_add_response_header) X(MHD_create_response_from_buffer) X(MHD_destroy_response) \
	X(MHD_get_connection_values) X(MHD_get_daemon_info) X(MHD_lookup_connection_value) \
	X(MHD_queue_response) X(MHD_start_daemon) X(MHD_stop_daemon)

struct pm_serve_mhd {
	S_MHD_FUNCS(PM_DYNLIB_MEMBER)
};

#define S_MHD_SYM(f) PM_DYNLIB_SYM(struct pm_serve_mhd, f)
static const pm_dynlib_sym S_mhd_syms[] = {S_MHD_FUNCS(S_MHD_SYM)};

#ifndef PM_LIBMICROHTTPD
#define PM_LIBMICROHTTPD "libmicrohttpd.so.12"
#endif

/* ---- logging and errors -------------------------------------------------------- */

void pm_serve_log(pm_server *s, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	pthread_mutex_lock(&s->log_lock);
	if (s->opts.log)
		s->opts.log(s->opts.log_ctx, line);
	else
		fprintf(stderr, "palmyra serve: %s\n", line);
	pthread_mutex_unlock(&s->log_lock);
}

static void S_mhd_log(void *cls, const char *fmt, va_list ap)
{
	char line[512];
	vsnprintf(line, sizeof(line), fmt, ap);
	size_t n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	pm_serve_log(cls, "%s", line);
}

static int S_body_open(pm_serve_req *r)
{
	r->buf = NULL;
	r->len = 0;
	r->body = open_memstream(&r->buf, &r->len);
	return r->body ? 0 : -1;
}

static void S_body_close(pm_serve_req *r)
{
	if (r->body)
		fclose(r->body);
	r->body = NULL;
}

int pm_serve_error(pm_serve_req *r, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->error, sizeof(r->error), fmt, ap);
	va_end(ap);
	/* whatever was written before the error goes */
	S_body_close(r);
	free(r->buf);
	if (S_body_open(r) < 0)
		return 500;
	r->content_type = "application/json; charset=utf-8";
	fputs("{\"error\":", r->body);
	pm_serve_json_str(r, r->error);
	fputs("}\n", r->body);
	return status;
}

void pm_serve_json_str(pm_serve_req *r, const char *s)
{
	char storage[512];
	pm_jbuf b;
	pm_jbuf_init(&b, storage, sizeof(storage), 1);
	pm_jbuf_str(&b, s);
	fwrite(b.p, 1, b.n, r->body);
	pm_jbuf_free(&b);
}

int pm_serve_store_failed(pm_serve_req *r, const char *doing)
{
	const char *msg = pm_error_last();
	msg = msg ? msg : "unknown error";
	if (strstr(msg, "took longer than"))
		return pm_serve_error(r, 503, "%s took longer than this server allows (%d ms): "
				      "narrow the filters", doing, r->srv->opts.timeout_ms);
	pm_serve_log(r->srv, "%s %s: %s: %s", r->method, r->path, doing, msg);
	return pm_serve_error(r, 500, "%s failed (the server's log says why)", doing);
}

int pm_serve_label(pm_server *s, const char *code, char *buf, size_t cap)
{
	if (!s->opts.label || !code || !*code)
		return -1;
	pthread_mutex_lock(&s->label_lock);
	int n = s->opts.label(s->opts.label_ctx, code, buf, cap);
	pthread_mutex_unlock(&s->label_lock);
	return n;
}

int pm_serve_became(pm_server *s, const char *side, char *buf, size_t cap, int *day)
{
	if (!s->opts.became || !side || !*side)
		return 0;
	pthread_mutex_lock(&s->label_lock);
	int n = s->opts.became(s->opts.became_ctx, side, buf, cap, day);
	pthread_mutex_unlock(&s->label_lock);
	return n;
}

int pm_serve_affiliated(pm_server *s, const char *side, const char *of)
{
	if (!s->opts.affiliated || !side || !of)
		return 0;
	pthread_mutex_lock(&s->label_lock);
	int n = s->opts.affiliated(s->opts.affiliated_ctx, side, of);
	pthread_mutex_unlock(&s->label_lock);
	return n;
}

static int S_root_quad(void *ctx, const char *code, const char *label, const char *plover,
		       int quad, double goldstein)
{
	/* a QuadClass belongs to the root: every code under it has the same */
	int *quad_of_root = ctx;
	if (strlen(code) >= 2 && code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9')
		quad_of_root[(code[0] - '0') * 10 + code[1] - '0'] = quad;
	return 0;
}

/* ---- parameters ------------------------------------------------------------------ */

const char *pm_serve_param_get(pm_serve_req *r, const char *key, int *given)
{
	*given = 0;
	for (int i = 0; i < r->n_params; i++)
		if (!strcmp(r->params[i].key, key)) {
			r->params[i].used = 1;
			*given = 1;
			return r->params[i].value;
		}
	return NULL;
}

int pm_serve_params_filter(pm_serve_req *r, pm_filter *f)
{
	for (int i = 0; i < r->n_params; i++) {
		pm_serve_param *p = &r->params[i];
		if (p->used)
			continue;
		int known = 0;
		for (const char *const *k = pm_filter_keys(); f && *k && !known; k++)
			known = !strcmp(*k, p->key) && strcmp(p->key, "limit");
		if (!known)
			return pm_serve_error(r, 400, "unknown parameter '%s'", p->key);
		if (!p->value)
			return pm_serve_error(r, 400, "%s: needs a value (%s=...)", p->key, p->key);
		if (pm_filter_parse(f, p->key, p->value) < 0)
			return pm_serve_error(r, 400, "%s=%s: %s", p->key, p->value, pm_error_last());
		p->used = 1;
	}
	return 0;
}

int pm_serve_param_long(pm_serve_req *r, const char *key, long def, long lo, long hi, long *out)
{
	int given;
	const char *v = pm_serve_param_get(r, key, &given);
	*out = def;
	if (!given)
		return 0;
	char *end;
	long n = v && *v && strspn(v, "0123456789") == strlen(v) && strlen(v) < 10
			 ? strtol(v, &end, 10) : -1;
	if (n < lo)
		return pm_serve_error(r, 400, "%s=%s: a whole number from %ld is needed", key,
				      v ? v : "", lo);
	*out = n > hi ? hi : n;
	return 0;
}

typedef struct {
	pm_serve_req *r;
	size_t bytes;
} S_args;

static enum MHD_Result S_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	S_args *a = cls;
	a->bytes += strlen(key) + (value ? strlen(value) : 0) + 2;
	if (a->r->n_params == PM_SERVE_MAX_PARAMS) {
		a->r->too_many_params = 1;
		return MHD_YES;
	}
	a->r->params[a->r->n_params++] = (pm_serve_param){key, value, 0};
	return MHD_YES;
}

/* ---- the store pool --------------------------------------------------------------- */

static pm_store *S_checkout(pm_server *s)
{
	pm_store *st = NULL;
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += 5;
	pthread_mutex_lock(&s->pool_lock);
	for (;;) {
		for (int i = 0; i < s->n_stores && !st; i++)
			if (!s->in_use[i]) {
				s->in_use[i] = 1;
				st = s->stores[i];
			}
		if (st || pthread_cond_timedwait(&s->pool_free, &s->pool_lock, &until) != 0)
			break;
	}
	pthread_mutex_unlock(&s->pool_lock);
	return st;
}

static void S_checkin(pm_server *s, pm_store *st)
{
	pthread_mutex_lock(&s->pool_lock);
	for (int i = 0; i < s->n_stores; i++)
		if (s->stores[i] == st)
			s->in_use[i] = 0;
	pthread_cond_signal(&s->pool_free);
	pthread_mutex_unlock(&s->pool_lock);
}

/* ---- routing ----------------------------------------------------------------------- */

static int S_starts(const char *s, const char *prefix, const char **rest)
{
	size_t n = strlen(prefix);
	if (strncmp(s, prefix, n))
		return 0;
	*rest = s + n;
	return 1;
}

/* A loopback server answers requests for its own names only: a page on
 * another site cannot reach it through a name that resolves to 127.0.0.1
 * (DNS rebinding). */
static int S_host_ok(pm_server *s, struct MHD_Connection *c)
{
	const struct pm_serve_mhd *mhd = s->mhd;
	const char *host = mhd->MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	if (!s->loopback || !host)
		return 1;
	static const char *const names[] = {"127.0.0.1", "localhost", "[::1]", NULL};
	for (int i = 0; names[i]; i++) {
		size_t n = strlen(names[i]);
		if (!strncasecmp(host, names[i], n) && (host[n] == '\0' || host[n] == ':'))
			return 1;
	}
	return 0;
}

static int S_api(pm_serve_req *r, const char *rest)
{
	const char *sub;
	r->store = S_checkout(r->srv);
	if (!r->store)
		return pm_serve_error(r, 503, "the server is busy: try again");
	int status;
	if (!strcmp(rest, "events"))
		status = pm_serve_events(r);
	else if (!strcmp(rest, "stats"))
		status = pm_serve_stats(r);
	else if (!strcmp(rest, "places"))
		status = pm_serve_places(r);
	else if (!strcmp(rest, "control"))
		status = pm_serve_control(r, NULL);
	else if (S_starts(rest, "control/", &sub))
		status = pm_serve_control(r, sub);
	else if (!strcmp(rest, "incidents"))
		status = pm_serve_incidents(r, NULL);
	else if (S_starts(rest, "incidents/", &sub))
		status = pm_serve_incidents(r, sub);
	else
		status = pm_serve_error(r, 404, "no such endpoint: /api/%s (docs/api.md lists them)", rest);
	S_checkin(r->srv, r->store);
	r->store = NULL;
	return status;
}

static int S_route(pm_serve_req *r, struct MHD_Connection *c, size_t url_bytes)
{
	const struct pm_serve_mhd *mhd = r->srv->mhd;
	const char *rest;
	if (strcmp(r->method, "GET") && strcmp(r->method, "HEAD"))
		return pm_serve_error(r, 405, "%s: this server only reads (GET, HEAD)", r->method);
	if (url_bytes > PM_SERVE_MAX_URL || r->too_many_params)
		return pm_serve_error(r, 413, "the request is too large (at most %d bytes and %d "
				      "parameters)", PM_SERVE_MAX_URL, PM_SERVE_MAX_PARAMS);
	const char *length = mhd->MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							      MHD_HTTP_HEADER_CONTENT_LENGTH);
	if ((length && strcmp(length, "0")) ||
	    mhd->MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING))
		return pm_serve_error(r, 413, "a request to this server has no body");
	if (!S_host_ok(r->srv, c))
		return pm_serve_error(r, 400, "this server answers to 127.0.0.1 and localhost only");
	if (S_starts(r->path, "/api/", &rest))
		return S_api(r, rest);
	/* the page keeps its state in its query string: / takes any */
	if (!strcmp(r->path, "/") || !strcmp(r->path, "/index.html"))
		return pm_serve_asset(r, "index.html");
	if (S_starts(r->path, "/static/", &rest))
		return pm_serve_asset(r, rest);
	return pm_serve_error(r, 404, "no such path: %s", r->path);
}

/* ---- answering ------------------------------------------------------------------------ */

/* FNV-1a over the answer's bytes: its ETag. */
static void S_etag(const char *p, size_t n, char out[24])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
	snprintf(out, 24, "W/\"%016llx\"", (unsigned long long)h);
}

/* Whether If-None-Match names tag (weak comparison: W/ is ignored). */
static int S_etag_matches(const char *header, const char *tag)
{
	if (!header)
		return 0;
	const char *opaque = tag + 2;                /* past W/ */
	size_t n = strlen(opaque);
	for (const char *p = header; *p;) {
		while (*p == ' ' || *p == ',' || *p == '\t')
			p++;
		if (*p == '*')
			return 1;
		if (!strncmp(p, "W/", 2))
			p += 2;
		if (!strncmp(p, opaque, n) && (p[n] == '\0' || p[n] == ',' || p[n] == ' '))
			return 1;
		while (*p && *p != ',')
			p++;
	}
	return 0;
}

/* Whether Accept-Encoding takes gzip (and does not give it q=0). */
static int S_accepts_gzip(const char *header)
{
	for (const char *p = header; p && *p;) {
		while (*p == ' ' || *p == ',' || *p == '\t')
			p++;
		size_t n = strcspn(p, ",; \t");
		int match = (n == 4 && !strncasecmp(p, "gzip", 4)) || (n == 1 && *p == '*');
		const char *end = p + strcspn(p, ",");
		if (match) {
			const char *q = strstr(p, "q=");
			if (!q || q > end)
				return 1;
			return strtod(q + 2, NULL) > 0;
		}
		p = end;
	}
	return 0;
}

static char *S_gzip(const char *p, size_t n, size_t *out_len)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return NULL;
	size_t cap = deflateBound(&z, (uLong)n);
	char *out = malloc(cap);
	z.next_in = (Bytef *)p;
	z.avail_in = (uInt)n;
	z.next_out = (Bytef *)out;
	z.avail_out = (uInt)cap;
	if (!out || deflate(&z, Z_FINISH) != Z_STREAM_END) {
		free(out);
		deflateEnd(&z);
		return NULL;
	}
	*out_len = z.total_out;
	deflateEnd(&z);
	return out;
}

static void S_header(const struct pm_serve_mhd *mhd, struct MHD_Response *resp, const char *name,
		     const char *value)
{
	mhd->MHD_add_response_header(resp, name, value);
}

/* Queues r's answer: 304 when the client's copy is current, gzip when
 * taken. The buffer passes to libmicrohttpd. */
static int S_queue(pm_serve_req *r, struct MHD_Connection *c, int status)
{
	const struct pm_serve_mhd *mhd = r->srv->mhd;
	char etag[24] = "";
	int gzipped = 0;
	char *data = r->buf;
	size_t len = r->len;
	r->buf = NULL;
	if (status == 200) {
		S_etag(data, len, etag);
		if (S_etag_matches(mhd->MHD_lookup_connection_value(
					   c, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH), etag)) {
			status = 304;
			len = 0;
		} else if (len > 512 && S_accepts_gzip(mhd->MHD_lookup_connection_value(
						c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_ENCODING))) {
			size_t zlen;
			char *z = S_gzip(data, len, &zlen);
			if (z) {
				free(data);
				data = z;
				len = zlen;
				gzipped = 1;
			}
		}
	}
	struct MHD_Response *resp = mhd->MHD_create_response_from_buffer(len, data, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(data);
		return -1;
	}
	if (status != 304)
		S_header(mhd, resp, MHD_HTTP_HEADER_CONTENT_TYPE,
			 r->content_type ? r->content_type : "application/json; charset=utf-8");
	if (etag[0]) {
		S_header(mhd, resp, MHD_HTTP_HEADER_ETAG, etag);
		S_header(mhd, resp, MHD_HTTP_HEADER_CACHE_CONTROL,
			 r->cache_control ? r->cache_control : "no-cache");
		S_header(mhd, resp, MHD_HTTP_HEADER_VARY, "Accept-Encoding");
	}
	if (gzipped)
		S_header(mhd, resp, MHD_HTTP_HEADER_CONTENT_ENCODING, "gzip");
	if (status == 405)
		S_header(mhd, resp, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
	S_header(mhd, resp, "X-Content-Type-Options", "nosniff");
	S_header(mhd, resp, "Referrer-Policy", "no-referrer");
	int rc = mhd->MHD_queue_response(c, (unsigned int)status, resp) == MHD_YES ? 0 : -1;
	mhd->MHD_destroy_response(resp);
	return rc;
}

static double S_ms_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

/* libmicrohttpd calls this when a request's headers are in (*con_cls
 * NULL), for each piece of a body, and once more when the request is
 * whole. GET and HEAD are answered in that last call: an answer queued
 * earlier leaves the request unread, and the connection is closed after
 * it instead of being kept for the next request. A request that cannot
 * be for us (another method, a body) is answered at once, and closed. */
static enum MHD_Result S_handler(void *cls, struct MHD_Connection *c, const char *url,
				 const char *method, const char *version, const char *upload_data,
				 size_t *upload_data_size, void **con_cls)
{
	pm_server *s = cls;
	const struct pm_serve_mhd *mhd = s->mhd;
	if (*con_cls == &s->answered) {
		*upload_data_size = 0;        /* a body after an early answer: dropped */
		return MHD_YES;
	}
	if (!*con_cls) {
		const char *length = mhd->MHD_lookup_connection_value(
			c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
		int early = (strcmp(method, "GET") && strcmp(method, "HEAD")) ||
			    (length && strcmp(length, "0")) ||
			    mhd->MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							     MHD_HTTP_HEADER_TRANSFER_ENCODING);
		if (!early) {
			*con_cls = &s->waiting;
			return MHD_YES;
		}
	}
	*con_cls = &s->answered;
	*upload_data_size = 0;
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pm_serve_req *r = calloc(1, sizeof(*r));
	if (!r || S_body_open(r) < 0) {
		free(r);
		return MHD_NO;
	}
	r->srv = s;
	r->method = method;
	r->path = url;
	S_args a = {r, strlen(url)};
	mhd->MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, S_arg, &a);
	int status = S_route(r, c, a.bytes);
	S_body_close(r);
	if (!r->buf) {
		free(r);
		return MHD_NO;
	}
	size_t bytes = r->len;
	int rc = S_queue(r, c, status);
	if (s->opts.log_requests || status >= 500)
		pm_serve_log(s, "%s %s%s %d %zu B %.1f ms%s%s", method, url, r->n_params ? "?..." : "",
			     status, bytes, S_ms_since(&t0), r->error[0] ? ": " : "", r->error);
	free(r->buf);
	free(r);
	return rc == 0 ? MHD_YES : MHD_NO;
}

/* ---- starting and stopping --------------------------------------------------------------- */

static char *S_strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static int S_is_loopback(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET)
		return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
	if (sa->sa_family == AF_INET6)
		return !memcmp(&((const struct sockaddr_in6 *)sa)->sin6_addr, &in6addr_loopback,
			       sizeof(struct in6_addr));
	return 0;
}

static int S_open_stores(pm_server *s)
{
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.readonly = 1;
	so.query_timeout_ms = s->opts.timeout_ms;
	so.cache_kib = 32768;   /* handles that live on keep what requests read again */
	s->n_stores = s->opts.threads;
	s->stores = calloc((size_t)s->n_stores, sizeof(*s->stores));
	s->in_use = calloc((size_t)s->n_stores, sizeof(*s->in_use));
	if (!s->stores || !s->in_use)
		return pm_error_set(PM_ENOMEM, "out of memory");
	for (int i = 0; i < s->n_stores; i++) {
		int rc = pm_store_open(&s->stores[i], s->db, &so);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int S_listen(pm_server *s)
{
	char port[16];
	snprintf(port, sizeof(port), "%d", s->opts.port);
	struct addrinfo hints, *ai = NULL;
	memset(&hints, 0, sizeof(hints));
	hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo(s->bind, port, &hints, &ai) != 0 || !ai)
		return pm_error_set(PM_EINVALID, "--bind %s: not a numeric IPv4 or IPv6 address",
				    s->bind);
	s->loopback = S_is_loopback(ai->ai_addr);
	unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ERROR_LOG;
	if (ai->ai_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	s->daemon = s->mhd->MHD_start_daemon(
		flags, (uint16_t)s->opts.port, NULL, NULL, S_handler, s, MHD_OPTION_EXTERNAL_LOGGER,
		S_mhd_log, s, MHD_OPTION_SOCK_ADDR,
		ai->ai_addr, MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)s->opts.threads,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024), MHD_OPTION_CONNECTION_LIMIT,
		(unsigned int)1024, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)30,
		MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned int)256, MHD_OPTION_END);
	freeaddrinfo(ai);
	if (!s->daemon)
		return pm_error_set(PM_ERROR, "cannot listen on %s port %d (in use, or not an address "
				    "of this machine?)", s->bind, s->opts.port);
	const union MHD_DaemonInfo *info = s->mhd->MHD_get_daemon_info(s->daemon,
									 MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : s->opts.port;
	return 0;
}

int pm_server_start(pm_server **out, const pm_server_options *opts)
{
	if (!opts || opts->version != PM_SERVER_OPTIONS_VERSION)
		return pm_error_set(PM_EINVALID, "pm_server_options missing or not version %d",
				    PM_SERVER_OPTIONS_VERSION);
	if (!opts->db || !*opts->db)
		return pm_error_set(PM_EINVALID, "a server needs a store");
	if (opts->port < 0 || opts->port > 65535 || opts->threads < 0 || opts->threads > 256 ||
	    opts->timeout_ms < 0)
		return pm_error_set(PM_EINVALID, "a port (0-65535), a thread count (1-256) and a "
				    "timeout (ms) are needed");
	pm_server *s = calloc(1, sizeof(*s));
	if (!s)
		return pm_error_set(PM_ENOMEM, "out of memory");
	s->opts = *opts;
	s->opts.threads = opts->threads ? opts->threads : 4;
	s->opts.timeout_ms = opts->timeout_ms ? opts->timeout_ms : 10000;
	s->db = S_strdup(opts->db);
	s->bind = S_strdup(opts->bind ? opts->bind : "127.0.0.1");
	int n = 0;
	while (opts->assets && opts->assets[n])
		n++;
	s->assets = calloc((size_t)n + 1, sizeof(char *));
	for (int i = 0; s->assets && i < n; i++)
		s->assets[i] = S_strdup(opts->assets[i]);
	pthread_mutex_init(&s->pool_lock, NULL);
	pthread_cond_init(&s->pool_free, NULL);
	pthread_mutex_init(&s->log_lock, NULL);
	pthread_mutex_init(&s->label_lock, NULL);
	pm_cameo_foreach(S_root_quad, s->quad_of_root);
	s->mhd = calloc(1, sizeof(*s->mhd));
	int rc = !s->db || !s->bind || !s->assets || !s->mhd
			 ? pm_error_set(PM_ENOMEM, "out of memory") : 0;
	/* first: a server without its library says so before opening stores */
	if (rc == 0)
		rc = pm_dynlib_open(&s->libmhd, PM_LIBMICROHTTPD, "PALMYRA_LIBMICROHTTPD",
				    "palmyra serve", s->mhd, S_mhd_syms,
				    (int)(sizeof(S_mhd_syms) / sizeof(S_mhd_syms[0])));
	if (rc == 0)
		rc = pm_serve_timeline_init(&s->control, s->db);
	if (rc == 0)
		rc = S_open_stores(s);
	if (rc == 0)
		rc = S_listen(s);
	if (rc < 0) {
		pm_server_free(s);
		return rc;
	}
	*out = s;
	return 0;
}

int pm_server_port(const pm_server *s)
{
	return s->port;
}

void pm_server_free(pm_server *s)
{
	if (!s)
		return;
	if (s->daemon)
		s->mhd->MHD_stop_daemon(s->daemon);
	for (int i = 0; s->stores && i < s->n_stores; i++)
		pm_store_free(s->stores[i]);
	free(s->stores);
	free(s->in_use);
	pm_serve_timeline_free(&s->control);
	for (int i = 0; s->assets && s->assets[i]; i++)
		free(s->assets[i]);
	free(s->assets);
	free(s->db);
	free(s->bind);
	pthread_mutex_destroy(&s->pool_lock);
	pthread_cond_destroy(&s->pool_free);
	pthread_mutex_destroy(&s->log_lock);
	pthread_mutex_destroy(&s->label_lock);
	pm_dynlib_close(s->libmhd);
	free(s->mhd);
	free(s);
}
