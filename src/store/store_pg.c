/* store_pg.c - the PostgreSQL backend of pm_store, through libpq.
 *
 * One database shared by a team: several `palmyra ingest` processes on
 * several hosts write into it at once, any number of readers (or read
 * replicas) query it. The tables mean what the SQLite store's mean
 * (docs/store.md); what differs is said there and here.
 *
 * Writing. pm_store_put checks a document and keeps a copy of it, so that
 * coding goes on while nothing is held on the server. When the batch is
 * committed (or first read, as the incident linker in the front reads it)
 * its transaction begins under a transaction-level advisory lock that
 * every writer takes: writers follow one another whole, as SQLite's do,
 * and the incidents each links from what the others committed are those
 * linking everything at once would give. The transaction sends the batch
 * in a few statements: the documents (an upsert on the id, whose content
 * hash says whether it changed), places, then sentences, events, counts
 * and attribution by COPY, then the per-day sums; the lock is held for
 * that, not while documents are coded.
 *
 * Events are partitioned by the month of their first day (partition key
 * `month`, YYYYMM; 0 for undated events, in events_undated); a month's
 * partition is made when a batch first needs it, in a transaction of its
 * own before the batch's.
 *
 * Values reach SQL only as bound parameters ($1, ...) or COPY data: a
 * query's text is built from fixed pieces chosen by which filters are set. */
#include <errno.h>
#include <jansson.h>
#include <libpq-fe.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "util/arena.h"
#include "util/dynlib.h"
#include "util/error.h"
#include "util/json_out.h"
#include "util/str.h"
#include "util/vec.h"

/* Advisory lock keys (in the SQL below): 1347177817 ('PLMY') while the
 * schema is set up or migrated, 1347177818 while a partition is made,
 * 1347177819 by a batch's transaction (the writers' lock). */


/* ---- schema ---------------------------------------------------------------------- */

/* Step i brings a store from version i to i + 1 (palmyra_meta's
 * schema_version). Never edit a step once released: add one. */
static const char *const S_migrations[] = {
	/* 0 -> 1 */
	"CREATE TABLE palmyra_meta (key text PRIMARY KEY, value text NOT NULL);\n"
	"INSERT INTO palmyra_meta VALUES ('application', 'palmyra'), ('schema_version', '0');\n"
	/* SQLite's NOCASE: ASCII letters only, whatever the database's locale */
	"CREATE FUNCTION pm_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS\n"
	"  $$SELECT translate($1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')$$;\n"
	/* the great-circle distance of pm_geo_km, term for term, so that a
	 * place on the edge of a --near circle is in or out as with SQLite */
	"CREATE FUNCTION pm_km(float8, float8, float8, float8) RETURNS float8 LANGUAGE sql\n"
	"  IMMUTABLE PARALLEL SAFE AS $$SELECT 2 * 6371.0088::float8 * asin(sqrt(least(\n"
	"  sin(($3 - $1) * (pi() / 180::float8) / 2) * sin(($3 - $1) * (pi() / 180::float8) / 2)\n"
	"  + cos($1 * (pi() / 180::float8)) * cos($3 * (pi() / 180::float8))\n"
	"  * sin(($4 - $2) * (pi() / 180::float8) / 2) * sin(($4 - $2) * (pi() / 180::float8) / 2),\n"
	"  1::float8)))$$;\n"
	"CREATE TABLE documents (\n"
	"  doc_key      bigserial PRIMARY KEY,\n"
	"  id           text NOT NULL UNIQUE,\n"
	"  outlet       text,\n"
	"  url          text,\n"
	"  title        text,\n"
	"  date         text,\n"
	"  day          integer,\n"
	"  credits      text,\n"
	"  extra        text,\n"
	"  content_hash text NOT NULL,\n"
	"  ingested_at  text NOT NULL,\n"
	"  events       integer NOT NULL\n"
	");\n"
	"CREATE INDEX documents_outlet ON documents (pm_fold(outlet));\n"
	"CREATE TABLE sentences (\n"
	"  sentence_key bigserial PRIMARY KEY,\n"
	"  doc_key      bigint NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
	"  sentence     integer NOT NULL,\n"
	"  text         text NOT NULL,\n"
	"  words        tsvector NOT NULL\n"
	");\n"
	"CREATE INDEX sentences_doc ON sentences (doc_key);\n"
	"CREATE INDEX sentences_words ON sentences USING gin (words);\n"
	"CREATE TABLE places (\n"
	"  place_key bigserial PRIMARY KEY,\n"
	"  geonameid bigint UNIQUE,\n"
	"  name      text NOT NULL,\n"
	"  country   text,\n"
	"  admin1    text,\n"
	"  lat       float8 NOT NULL,\n"
	"  lon       float8 NOT NULL,\n"
	"  precision text NOT NULL\n"
	");\n"
	"CREATE UNIQUE INDEX places_region ON places (precision, coalesce(country, ''),\n"
	"  coalesce(admin1, ''), name) WHERE geonameid IS NULL;\n"
	"CREATE INDEX places_country ON places (country, pm_fold(admin1));\n"
	"CREATE INDEX places_admin1 ON places (pm_fold(admin1));\n"
	"CREATE INDEX places_name ON places (pm_fold(name));\n"
	/* boxes and circles: a GiST index over the points (PostGIS is not
	 * needed for points and boxes) */
	"CREATE INDEX places_point ON places USING gist (point(lon, lat));\n"
	"CREATE TABLE place_names (\n"
	"  name      text NOT NULL,\n"
	"  place_key bigint NOT NULL REFERENCES places\n"
	");\n"
	"CREATE UNIQUE INDEX place_names_key ON place_names (pm_fold(name), place_key);\n"
	/* every event id once: a partitioned table's unique index must hold its
	 * partition key, so event ids are kept unique here, with where their
	 * event is (its key and month: a single partition to look in) */
	"CREATE TABLE event_ids (\n"
	"  event_id  text PRIMARY KEY,\n"
	"  doc_key   bigint NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
	"  event_key bigint NOT NULL,\n"
	"  month     integer NOT NULL\n"
	");\n"
	"CREATE SEQUENCE events_event_key_seq;\n"
	"CREATE TABLE events (\n"
	"  event_key     bigint NOT NULL DEFAULT nextval('events_event_key_seq'),\n"
	"  event_id      text NOT NULL,\n"
	"  doc_key       bigint NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
	"  sentence_key  bigint NOT NULL,\n"
	"  headline      integer NOT NULL,\n"
	"  date          text,\n"
	"  date_precision text,\n"
	"  date_text     text,\n"
	"  day_first     integer,\n"
	"  day_last      integer,\n"
	"  source_code   text COLLATE \"C\",\n"
	"  source_label  text,\n"
	"  source_text   text,\n"
	"  target_code   text COLLATE \"C\",\n"
	"  target_label  text,\n"
	"  target_text   text,\n"
	"  code          text COLLATE \"C\" NOT NULL,\n"
	"  code_label    text,\n"
	"  root          text NOT NULL,\n"
	"  quad          integer NOT NULL,\n"
	"  goldstein     float8 NOT NULL,\n"
	"  plover        text,\n"
	"  modality      text,\n"
	"  place_key     bigint REFERENCES places,\n"
	"  location_text text,\n"
	"  location_fallback text,\n"
	"  killed        bigint,\n"
	"  wounded       bigint,\n"
	"  arrested      bigint,\n"
	"  displaced     bigint,\n"
	"  strikes       bigint,\n"
	"  casualties    bigint,\n"
	"  incident      text,\n"
	"  location_ambiguous integer,\n"
	"  control_change text,\n"
	"  control_actor text,\n"
	"  control_status text,\n"
	"  month         integer NOT NULL,\n"
	"  PRIMARY KEY (event_key, month)\n"
	") PARTITION BY RANGE (month);\n"
	"CREATE TABLE events_undated PARTITION OF events FOR VALUES FROM (MINVALUE) TO (1);\n"
	"CREATE INDEX events_day ON events (day_first, day_last, headline) INCLUDE (killed,\n"
	"  wounded, arrested, displaced, strikes, casualties);\n"
	"CREATE INDEX events_place ON events (place_key, day_first, day_last, headline)\n"
	"  INCLUDE (killed, wounded, arrested, displaced, strikes, casualties)\n"
	"  WHERE place_key IS NOT NULL;\n"
	"CREATE INDEX events_source ON events (source_code) WHERE source_code IS NOT NULL;\n"
	"CREATE INDEX events_target ON events (target_code) WHERE target_code IS NOT NULL;\n"
	"CREATE INDEX events_doc ON events (doc_key);\n"
	"CREATE INDEX events_sentence ON events (sentence_key);\n"
	"CREATE TABLE counts (\n"
	"  event_key   bigint NOT NULL,\n"
	"  kind        text NOT NULL,\n"
	"  value       bigint NOT NULL,\n"
	"  qualifier   text,\n"
	"  value_max   bigint NOT NULL,\n"
	"  approximate integer NOT NULL,\n"
	"  PRIMARY KEY (event_key, kind)\n"
	");\n"
	"CREATE TABLE attribution (\n"
	"  event_key bigint NOT NULL,\n"
	"  rank      integer NOT NULL,\n"
	"  name      text NOT NULL,\n"
	"  PRIMARY KEY (event_key, rank)\n"
	");\n"
	"CREATE TABLE event_days (\n"
	"  day        integer PRIMARY KEY,\n"
	"  events     bigint NOT NULL,\n"
	"  killed     bigint NOT NULL,\n"
	"  wounded    bigint NOT NULL,\n"
	"  arrested   bigint NOT NULL,\n"
	"  displaced  bigint NOT NULL,\n"
	"  strikes    bigint NOT NULL,\n"
	"  casualties bigint NOT NULL\n"
	");\n"
	/* a month's partition, made once by whichever writer needs it first.
	 * CREATE then ATTACH: attaching locks the parent only against other
	 * attaches, not against readers and writers (CREATE ... PARTITION OF
	 * would lock them all out) */
	"CREATE FUNCTION pm_events_partition(m integer) RETURNS void LANGUAGE plpgsql AS $$\n"
	"DECLARE t text := 'events_' || m;\n"
	"BEGIN\n"
	"  PERFORM pg_advisory_xact_lock(1347177818);\n"
	"  IF to_regclass(t) IS NULL THEN\n"
	"    BEGIN\n"
	"      EXECUTE format('CREATE TABLE %I (LIKE events INCLUDING DEFAULTS INCLUDING\n"
	"                      CONSTRAINTS)', t);\n"
	"      EXECUTE format('ALTER TABLE events ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)',\n"
	"                     t, m, m + 1);\n"
	/* made meanwhile by a writer this transaction began before */
	"    EXCEPTION WHEN duplicate_table OR duplicate_object THEN NULL;\n"
	"    END;\n"
	"  END IF;\n"
	"END $$;\n"
	"CREATE VIEW events_flat AS SELECT\n"
	"  e.event_id, e.incident, d.id AS id, s.sentence, e.headline, e.date, e.date_precision,\n"
	"  e.date_text, e.day_first, e.day_last, e.source_code, e.source_label, e.source_text,\n"
	"  e.target_code, e.target_label, e.target_text, e.code, e.code_label, e.root, e.quad,\n"
	"  e.goldstein, e.plover, e.modality, p.name AS location_name,\n"
	"  p.geonameid AS location_geonameid, p.country AS location_country,\n"
	"  p.admin1 AS location_admin1, p.lat AS location_lat, p.lon AS location_lon,\n"
	"  p.precision AS location_precision, e.location_text, e.location_fallback,\n"
	"  (SELECT string_agg(name, '; ' ORDER BY rank) FROM attribution a\n"
	"     WHERE a.event_key = e.event_key) AS attribution,\n"
	"  e.killed AS counts_killed, ck.qualifier AS counts_killed_qualifier,\n"
	"  ck.value_max AS counts_killed_max, ck.approximate AS counts_killed_approximate,\n"
	"  e.wounded AS counts_wounded, cw.qualifier AS counts_wounded_qualifier,\n"
	"  cw.value_max AS counts_wounded_max, cw.approximate AS counts_wounded_approximate,\n"
	"  e.arrested AS counts_arrested, ca.qualifier AS counts_arrested_qualifier,\n"
	"  ca.value_max AS counts_arrested_max, ca.approximate AS counts_arrested_approximate,\n"
	"  e.displaced AS counts_displaced, cd.qualifier AS counts_displaced_qualifier,\n"
	"  cd.value_max AS counts_displaced_max, cd.approximate AS counts_displaced_approximate,\n"
	"  e.strikes AS counts_strikes, cs.qualifier AS counts_strikes_qualifier,\n"
	"  cs.value_max AS counts_strikes_max, cs.approximate AS counts_strikes_approximate,\n"
	"  e.casualties AS counts_casualties, cc.qualifier AS counts_casualties_qualifier,\n"
	"  cc.value_max AS counts_casualties_max, cc.approximate AS counts_casualties_approximate,\n"
	"  s.text, d.id AS doc_id, d.title AS doc_title, d.date AS doc_date, d.outlet AS doc_outlet,\n"
	"  d.url AS doc_url, d.credits AS doc_credits, d.extra AS doc_extra,\n"
	"  d.ingested_at AS doc_ingested_at\n"
	"FROM events e JOIN sentences s ON s.sentence_key = e.sentence_key\n"
	"  JOIN documents d ON d.doc_key = e.doc_key\n"
	"  LEFT JOIN places p ON p.place_key = e.place_key\n"
	"  LEFT JOIN counts ck ON ck.event_key = e.event_key AND ck.kind = 'killed'\n"
	"  LEFT JOIN counts cw ON cw.event_key = e.event_key AND cw.kind = 'wounded'\n"
	"  LEFT JOIN counts ca ON ca.event_key = e.event_key AND ca.kind = 'arrested'\n"
	"  LEFT JOIN counts cd ON cd.event_key = e.event_key AND cd.kind = 'displaced'\n"
	"  LEFT JOIN counts cs ON cs.event_key = e.event_key AND cs.kind = 'strikes'\n"
	"  LEFT JOIN counts cc ON cc.event_key = e.event_key AND cc.kind = 'casualties';\n",
	/* 1 -> 2: incidents kept in the store (the front links them), as the
	 * SQLite store's version 2 */
	"CREATE TABLE incidents (\n"
	"  id            text COLLATE \"C\" PRIMARY KEY,\n"
	"  date          text,\n"
	"  date_precision text,\n"
	"  day_first     integer,\n"
	"  day_last      integer,\n"
	"  place_name    text,\n"
	"  geonameid     bigint,\n"
	"  country       text,\n"
	"  admin1        text,\n"
	"  lat           float8,\n"
	"  lon           float8,\n"
	"  place_precision text,\n"
	"  cell          integer,\n"
	"  source_code   text COLLATE \"C\",\n"
	"  target_code   text COLLATE \"C\",\n"
	"  code          text COLLATE \"C\",\n"
	"  root          text,\n"
	"  quad          integer,\n"
	"  killed_min bigint, killed_max bigint, killed_mode bigint, killed_disagree integer,\n"
	"  wounded_min bigint, wounded_max bigint, wounded_mode bigint, wounded_disagree integer,\n"
	"  arrested_min bigint, arrested_max bigint, arrested_mode bigint,\n"
	"  arrested_disagree integer,\n"
	"  displaced_min bigint, displaced_max bigint, displaced_mode bigint,\n"
	"  displaced_disagree integer,\n"
	"  strikes_min bigint, strikes_max bigint, strikes_mode bigint, strikes_disagree integer,\n"
	"  casualties_min bigint, casualties_max bigint, casualties_mode bigint,\n"
	"  casualties_disagree integer,\n"
	"  attribution   text,\n"
	"  n_reports     integer NOT NULL,\n"
	"  n_documents   integer NOT NULL,\n"
	"  n_outlets     integer NOT NULL,\n"
	"  first_report  text,\n"
	"  last_report   text\n"
	");\n"
	"CREATE INDEX incidents_day ON incidents (day_first, day_last);\n"
	"CREATE INDEX incidents_cell ON incidents (cell, day_first);\n"
	"CREATE INDEX incidents_country ON incidents (country, day_first);\n"
	"CREATE INDEX events_incident ON events (incident);\n"
	"UPDATE events SET incident = NULL WHERE incident IS NOT NULL;\n",
	/* 2 -> 3: each event's evidence (docs/store.md); documents stored
	 * before have none until they are stored again */
	"CREATE TABLE evidence (\n"
	"  event_key bigint NOT NULL,\n"
	"  sentence  integer NOT NULL,\n"
	"  text      text NOT NULL,\n"
	"  PRIMARY KEY (event_key, sentence)\n"
	");\n",
};

#define S_VERSION ((int)(sizeof(S_migrations) / sizeof(S_migrations[0])))

/* ---- a map from text to whole numbers ----------------------------------------------- */

typedef struct {
	char **keys;
	long long *values;
	int n, n_slots;
} S_map;

static uint64_t S_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

static void S_map_clear(S_map *m)
{
	for (int i = 0; i < m->n_slots; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->values);
	memset(m, 0, sizeof(*m));
}

/* 1 with *out set when key is there. */
static int S_map_get(const S_map *m, const char *key, long long *out)
{
	if (!m->n_slots)
		return 0;
	for (int i = (int)(S_hash(key) & (uint64_t)(m->n_slots - 1)); m->keys[i];
	     i = (i + 1) & (m->n_slots - 1))
		if (!strcmp(m->keys[i], key)) {
			*out = m->values[i];
			return 1;
		}
	return 0;
}

static void S_oom(void)
{
	fputs("palmyra: out of memory\n", stderr);
	abort();
}

static void S_map_put(S_map *m, const char *key, long long value)
{
	if ((m->n + 1) * 2 > m->n_slots) {
		S_map bigger = {0};
		bigger.n_slots = m->n_slots ? m->n_slots * 2 : 256;
		bigger.keys = calloc((size_t)bigger.n_slots, sizeof(char *));
		bigger.values = calloc((size_t)bigger.n_slots, sizeof(long long));
		if (!bigger.keys || !bigger.values)
			S_oom();
		for (int i = 0; i < m->n_slots; i++)
			if (m->keys[i]) {
				int j = (int)(S_hash(m->keys[i]) & (uint64_t)(bigger.n_slots - 1));
				while (bigger.keys[j])
					j = (j + 1) & (bigger.n_slots - 1);
				bigger.keys[j] = m->keys[i];
				bigger.values[j] = m->values[i];
				bigger.n++;
			}
		free(m->keys);
		free(m->values);
		*m = bigger;
	}
	int i = (int)(S_hash(key) & (uint64_t)(m->n_slots - 1));
	while (m->keys[i] && strcmp(m->keys[i], key))
		i = (i + 1) & (m->n_slots - 1);
	if (!m->keys[i]) {
		if (!(m->keys[i] = strdup(key)))
			S_oom();
		m->n++;
	}
	m->values[i] = value;
}

/* ---- the backend ------------------------------------------------------------------- */

/* A document of the open batch, kept until commit. */
typedef struct {
	const char *id, *title, *date, *outlet, *url, *extra, *credits, *hash;
	int first, n;       /* its events in the batch's buffer */
	int gone;           /* replaced by a later put of the same id in this batch */
	int refused;        /* a refusal: its stored version is deleted, nothing stored */
	/* set anew by each attempt at committing */
	long long doc_key;
	int write;          /* 1: its events are written (new, or replacing another version) */
} S_pdoc;

/* libpq's functions this backend calls, loaded when a PostgreSQL store is
 * opened (util/dynlib.h): a SQLite store's commands never load libpq and
 * the libraries it pulls in. */
#define S_PQ_FUNCS(X) \
	X(PQclear) X(PQconnectdbParams) X(PQerrorMessage) X(PQexec) X(PQexecParams) \
	X(PQexecPrepared) X(PQfinish) X(PQgetResult) X(PQgetisnull) X(PQgetvalue) \
	X(PQntuples) X(PQprepare) X(PQputCopyData) X(PQputCopyEnd) X(PQresultErrorMessage) \
	X(PQresultStatus) X(PQserverVersion) X(PQsetNoticeProcessor) X(PQstatus) \
	X(PQtransactionStatus)

typedef struct {
	S_PQ_FUNCS(PM_DYNLIB_MEMBER)
} S_pq;

#define S_PQ_SYM(f) PM_DYNLIB_SYM(S_pq, f)
static const pm_dynlib_sym S_pq_syms[] = {S_PQ_FUNCS(S_PQ_SYM)};

#ifndef PM_LIBPQ
#define PM_LIBPQ "libpq.so.5"
#endif

typedef struct {
	pm_store_backend base;   /* first: the front holds a pointer to it */
	void *libpq;
	S_pq pq;
	PGconn *conn;
	char *where;             /* the location, its password hidden, for messages */
	int readonly;
	int empty;               /* opened for reading, and no tables yet */
	int in_batch;
	S_pdoc *docs;
	int n_docs, cap_docs;
	pm_event_buf *buf;       /* the batch's events, in put order */
	pm_arena arena;          /* the batch's document strings */
	S_map pending;           /* document id -> index in docs of its last put */
	S_map pending_events;    /* event id -> index in docs */
	S_map places;            /* "g<geonameid>" or a region's names -> place_key */
	S_map names;             /* "<place_key> <folded name>" -> 1: place_names rows there */
	S_map months;            /* partitions known to exist */
	int sent;                /* docs[0..sent) are sent, in the open transaction */
	int tx;                  /* the batch's transaction is open */
	int cursors;             /* cursors open (a query inside another's callback) */
	/* incident writes waiting, sent as one statement (the linker writes
	 * hundreds at a time): a run of puts or of deletes, as array literals */
	int run, run_n;
	pm_jbuf run_cols[50];
	int run_init;
	S_map run_ids, run_events;
	int prepared;            /* the statements of every document are prepared */
	/* the last lookup's answer (the front looks a document up before it
	 * puts it), until anything is sent */
	char *last_id, *last_hash;
	int last_state;
	/* and, when it was asked with the events to be put (lookup_events),
	 * whether a stored document holds one of their ids: the put then
	 * asks nothing */
	int checked, check_found, check_n;
	uint64_t check_ids;      /* the events' ids, hashed */
	char check_event[40], check_owner[256];
} S_pg;

/* A message on one line: libpq's may hold newlines and tabs. */
static void S_one_line(char *s)
{
	for (char *p = s; *p; p++)
		if (*p == '\n' || *p == '\t' || *p == '\r')
			*p = ' ';
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
	char *w = s;
	for (char *r = s; *r; r++)
		if (!(*r == ' ' && w > s && w[-1] == ' '))
			*w++ = *r;
	*w = '\0';
}

/* A one-line message for a failure, naming the store. */
static int S_fail(S_pg *d, const PGresult *res, const char *doing)
{
	char msg[1024];
	const char *text = res ? d->pq.PQresultErrorMessage(res) : NULL;
	if (!text || !*text)
		text = d->conn ? d->pq.PQerrorMessage(d->conn) : "no connection";
	pm_strlcpy(msg, text, sizeof(msg));
	/* a lost connection: libpq's first line says it; the rest guesses why */
	if (d->conn && d->pq.PQstatus(d->conn) == CONNECTION_BAD)
		msg[strcspn(msg, "\n")] = '\0';
	if (!strncmp(msg, "ERROR:  ", 8))
		memmove(msg, msg + 8, strlen(msg + 8) + 1);
	S_one_line(msg);
	if (d->conn && d->pq.PQstatus(d->conn) == CONNECTION_BAD)
		return pm_error_set(PM_ERROR, "%s: the connection to the server was lost (%s) while %s;"
				    " what was committed before is stored", d->where, msg, doing);
	return pm_error_set(PM_ERROR, "%s: %s while %s", d->where, msg, doing);
}

/* Runs sql (no parameters, any number of statements). */
static int S_exec(S_pg *d, const char *sql, const char *doing)
{
	PGresult *res = d->pq.PQexec(d->conn, sql);
	ExecStatusType st = d->pq.PQresultStatus(res);
	int rc = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? 0 : S_fail(d, res, doing);
	d->pq.PQclear(res);
	return rc;
}

/* Runs sql with n text parameters; *out gets the result (PQclear it), or
 * NULL when it failed. */
static int S_run(S_pg *d, const char *sql, int n, const char *const *values, PGresult **out,
		 const char *doing)
{
	PGresult *res = d->pq.PQexecParams(d->conn, sql, n, NULL, values, NULL, NULL, 0);
	ExecStatusType st = d->pq.PQresultStatus(res);
	*out = NULL;
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
		*out = res;
		return 0;
	}
	int rc = S_fail(d, res, doing);
	d->pq.PQclear(res);
	return rc;
}

/* The statements run for every document, parsed and planned once per
 * connection: a document costs a round trip or two, not a planning. */
static const char *const S_prepared[][2] = {
	{"pm_lookup", "SELECT content_hash FROM documents WHERE id = $1"},
	{"pm_owner", "SELECT e.event_id, d.id FROM event_ids e JOIN documents d"
		     " ON d.doc_key = e.doc_key WHERE e.event_id = ANY($1::text[]) AND d.id <> $2"
		     " LIMIT 1"},
	/* both at once, for a put not looked up before: one round trip */
	{"pm_put", "SELECT (SELECT content_hash FROM documents WHERE id = $2), o.event_id, o.id"
		   " FROM (SELECT 1) one LEFT JOIN (SELECT e.event_id, d.id FROM event_ids e JOIN"
		   " documents d ON d.doc_key = e.doc_key WHERE e.event_id = ANY($1::text[]) AND"
		   " d.id <> $2 LIMIT 1) o ON true"},
};

static int S_run_prepared(S_pg *d, int which, int n, const char *const *values, PGresult **out,
			  const char *doing)
{
	*out = NULL;
	for (size_t i = 0; !d->prepared && i < sizeof(S_prepared) / sizeof(S_prepared[0]); i++) {
		PGresult *res = d->pq.PQprepare(d->conn, S_prepared[i][0], S_prepared[i][1], 0, NULL);
		int rc = d->pq.PQresultStatus(res) == PGRES_COMMAND_OK ? 0 : S_fail(d, res, doing);
		d->pq.PQclear(res);
		if (rc < 0)
			return rc;
	}
	d->prepared = 1;
	PGresult *res = d->pq.PQexecPrepared(d->conn, S_prepared[which][0], n, values, NULL, NULL, 0);
	if (d->pq.PQresultStatus(res) == PGRES_TUPLES_OK) {
		*out = res;
		return 0;
	}
	int rc = S_fail(d, res, doing);
	d->pq.PQclear(res);
	return rc;
}

/* ---- text as the server takes it ---------------------------------------------------- */

/* The length of the valid UTF-8 sequence at s (1-4), or 0. */
static int S_utf8_len(const unsigned char *s)
{
	if (s[0] < 0x80)
		return 1;
	int n = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 && s[0] < 0xe0 ? 2
													 : 0;
	for (int i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	if (n == 3 && ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] >= 0xa0)))
		return 0;
	if (n == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] >= 0x90)))
		return 0;
	return n;
}

/* s, or a copy in the arena with each byte that is not UTF-8 as U+FFFD:
 * the server refuses such text, and the JSON writer shows it so anyway. */
static const char *S_clean(pm_arena *a, const char *s)
{
	if (!s)
		return NULL;
	const unsigned char *p = (const unsigned char *)s;
	int bad = 0;
	for (size_t i = 0; p[i];) {
		int n = S_utf8_len(p + i);
		if (!n) {
			bad = 1;
			break;
		}
		i += (size_t)n;
	}
	if (!bad)
		return s;
	size_t len = strlen(s);
	char *out = pm_arena_alloc_uninit(a, len * 3 + 1), *w = out;
	for (size_t i = 0; p[i];) {
		int n = S_utf8_len(p + i);
		if (n) {
			memcpy(w, p + i, (size_t)n);
			w += n;
			i += (size_t)n;
		} else {
			memcpy(w, "\xef\xbf\xbd", 3);
			w += 3;
			i++;
		}
	}
	*w = '\0';
	return out;
}

/* ---- words, for --text ---------------------------------------------------------------- */

/* The code point at s (valid UTF-8, S_clean'ed), its length in *len. */
static uint32_t S_code_point(const unsigned char *s, int *len)
{
	int n = S_utf8_len(s);
	*len = n ? n : 1;
	if (n <= 1)
		return n ? s[0] : 0xfffd;
	uint32_t c = s[0] & (0x7f >> n);
	for (int i = 1; i < n; i++)
		c = (c << 6) | (s[i] & 0x3f);
	return c;
}

/* Whether c is part of a word, as SQLite's unicode61 tokenizer splits
 * (letters and digits; punctuation, symbols and spaces split), for the
 * scripts news is written in. */
static int S_word_char(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c < 0xc0)
		return c == 0xaa || c == 0xb2 || c == 0xb3 || c == 0xb5 || c == 0xb9 || c == 0xba ||
		       (c >= 0xbc && c <= 0xbe);
	if (c == 0xd7 || c == 0xf7 || c == 0xfffd)
		return 0;
	if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ||
	    (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x3004) ||
	    (c >= 0x3008 && c <= 0x3020) || (c >= 0xfe10 && c <= 0xfe6f) ||
	    (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) ||
	    (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
	    (c >= 0x1f000 && c <= 0x1faff) || c == 0x60c || c == 0x61b || c == 0x61f ||
	    (c >= 0x66a && c <= 0x66d) || c == 0x6d4 || c == 0x5be || c == 0x5c0 || c == 0x5c3)
		return 0;
	return 1;
}

/* Lower case, and Latin letters without their accents (as unicode61's
 * remove_diacritics does): U+00C0..U+017F by a table, Greek and Cyrillic
 * capitals to small. */
static uint32_t S_fold(uint32_t c)
{
	/* U+00C0..U+00FF, then U+0100..U+017F; '.' keeps the letter (lower-cased
	 * by the rule after the table) */
	static const char latin1[] = "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y";
	static const char ext_a[] =
		"aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo.."
		"rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.";
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xc0 && c <= 0xff) {
		char k = latin1[c - 0xc0];
		if (k != '.')
			return (uint32_t)k;
		return c >= 0xc0 && c <= 0xde && c != 0xd7 ? c + 32 : c;
	}
	if (c >= 0x100 && c <= 0x17f) {
		char k = ext_a[c - 0x100];
		if (k && k != '.')
			return (uint32_t)k;
		if (c == 0x178)
			return 'y';
		/* pairs: capital on the even code point up to U+0137, on the odd
		 * one from U+0139 to U+0148 and from U+0179 */
		if ((c < 0x138 || (c >= 0x14a && c < 0x178)) && !(c & 1))
			return c + 1;
		if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c < 0x17f)) && (c & 1))
			return c + 1;
		return c;
	}
	if ((c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f))
		return c + 32;
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	return c;
}

static void S_put_code_point(pm_jbuf *b, uint32_t c)
{
	char u[4];
	int n;
	if (c < 0x80) {
		u[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xc0 | (c >> 6));
		u[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xe0 | (c >> 12));
		u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | (c >> 18));
		u[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		u[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		u[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	pm_jbuf_raw(b, u, (size_t)n);
}

/* The words of text, folded, each in single quotes, joined by sep: a
 * tsvector (sep " ") or a tsquery (sep " & ") the server reads as it is.
 * Words hold letters and digits only, so no quote needs escaping; a word
 * is cut at 500 bytes (the server takes up to 2,046). Returns how many. */
static int S_words(const char *text, const char *sep, pm_jbuf *out)
{
	const unsigned char *p = (const unsigned char *)text;
	int n_words = 0;
	while (p && *p) {
		int len;
		uint32_t c = S_code_point(p, &len);
		if (!S_word_char(c)) {
			p += len;
			continue;
		}
		if (n_words++)
			pm_jbuf_lit(out, sep);
		pm_jbuf_lit(out, "'");
		size_t start = out->n;
		while (*p && S_word_char(c = S_code_point(p, &len))) {
			if (out->n - start < 500)
				S_put_code_point(out, S_fold(c));
			p += len;
		}
		pm_jbuf_lit(out, "'");
	}
	return n_words;
}

/* A growing buffer on the heap (pm_jbuf_free releases it). */
static void S_buf(pm_jbuf *b)
{
	char *p = malloc(256);
	if (!p)
		S_oom();
	pm_jbuf_init(b, p, 256, 1);
	b->heap = p;
}

/* ---- COPY data ------------------------------------------------------------------------- */

static void S_copy_text(pm_jbuf *b, const char *s)
{
	if (!s) {
		pm_jbuf_lit(b, "\\N");
		return;
	}
	const char *run = s;
	for (; *s; s++) {
		const char *esc = *s == '\\' ? "\\\\" : *s == '\n' ? "\\n" : *s == '\r' ? "\\r"
			       : *s == '\t' ? "\\t" : NULL;
		if (!esc)
			continue;
		pm_jbuf_raw(b, run, (size_t)(s - run));
		pm_jbuf_lit(b, esc);
		run = s + 1;
	}
	pm_jbuf_raw(b, run, (size_t)(s - run));
}

static void S_copy_int(pm_jbuf *b, long long v)
{
	char num[32];
	snprintf(num, sizeof(num), "%lld", v);
	pm_jbuf_lit(b, num);
}

static void S_copy_real(pm_jbuf *b, double v)
{
	char num[40];
	snprintf(num, sizeof(num), "%.17g", v);
	pm_jbuf_lit(b, num);
}

static void S_tab(pm_jbuf *b)
{
	pm_jbuf_raw(b, "\t", 1);
}

static void S_nl(pm_jbuf *b)
{
	pm_jbuf_raw(b, "\n", 1);
}

static int S_copy(S_pg *d, const char *sql, const pm_jbuf *data, const char *doing)
{
	PGresult *res = d->pq.PQexec(d->conn, sql);
	if (d->pq.PQresultStatus(res) != PGRES_COPY_IN) {
		int rc = S_fail(d, res, doing);
		d->pq.PQclear(res);
		return rc;
	}
	d->pq.PQclear(res);
	int ok = d->pq.PQputCopyData(d->conn, data->p, (int)data->n) == 1 &&
		 d->pq.PQputCopyEnd(d->conn, NULL) == 1;
	res = d->pq.PQgetResult(d->conn);
	int rc = ok && d->pq.PQresultStatus(res) == PGRES_COMMAND_OK ? 0 : S_fail(d, res, doing);
	d->pq.PQclear(res);
	while ((res = d->pq.PQgetResult(d->conn)))
		d->pq.PQclear(res);
	return rc;
}

/* ---- opening ------------------------------------------------------------------------ */

static int S_begin(pm_store_backend *b);
static int S_commit(pm_store_backend *b);
static int S_rollback(pm_store_backend *b);
static int S_lookup(pm_store_backend *b, const char *id, const char *hash, int *out);
static int S_incident_grid(pm_store_backend *b, const pm_filter *f, double cell_deg,
			   pm_store_cell_fn fn, void *ctx);
static int S_lookup_events(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events,
			   int n, int *out);
static int S_put(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events, int n);
static int S_query(pm_store_backend *b, const pm_filter *f, pm_event_fn fn, void *ctx);
static int S_count(pm_store_backend *b, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
		   void *ctx);
static int S_stats(pm_store_backend *b, pm_store_stats *out);
static int S_data_version(pm_store_backend *b, long long *out);
static int S_places(pm_store_backend *b, const char *prefix, int limit, pm_store_place_fn fn,
		    void *ctx);
static void S_free(pm_store_backend *b);
static int S_unlinked(pm_store_backend *b, pm_event_fn fn, void *ctx);
static int S_incident_put(pm_store_backend *b, const pm_incident *inc);
static int S_incident_delete(pm_store_backend *b, const char *id);
static int S_incidents_clear(pm_store_backend *b);
static int S_incidents(pm_store_backend *b, const pm_filter *f, pm_incident_fn fn, void *ctx);
static int S_incident_reports(pm_store_backend *b, const char *id, pm_event_fn fn, void *ctx);
static int S_incident_evidence(pm_store_backend *b, const char *id, pm_evidence_fn fn,
			       void *ctx);
static int S_count_incidents(pm_store_backend *b, const pm_filter *f, const pm_count_by *by,
			     pm_count_fn fn, void *ctx);
static int S_count_days_range(pm_store_backend *b, long from_day, long to_day, long cap,
			      long *out);

/* The location for messages: a URI's password becomes "***". */
static char *S_masked(const char *location)
{
	char *w = malloc(strlen(location) + 8);
	if (!w)
		return NULL;
	strcpy(w, location);
	char *scheme = strstr(w, "://");
	if (scheme) {
		char *auth = scheme + 3;
		char *at = strchr(auth, '@'), *slash = strchr(auth, '/');
		char *colon = strchr(auth, ':');
		if (at && (!slash || at < slash) && colon && colon < at) {
			memmove(colon + 4, at, strlen(at) + 1);
			memcpy(colon + 1, "***", 3);
		}
	}
	char *pw = strstr(w, "password=");
	if (pw) {
		char *end = pw + 9;
		while (*end && *end != ' ' && *end != '&')
			end++;
		memmove(pw + 12, end, strlen(end) + 1);
		memcpy(pw + 9, "***", 3);
	}
	return w;
}

/* The schema version, 0 when the database has no store; a database whose
 * tables are another program's is refused. */
static int S_identify(S_pg *d, long *version)
{
	PGresult *res;
	int rc = S_run(d, "SELECT to_regclass('palmyra_meta') IS NOT NULL,"
		       " to_regclass('events') IS NOT NULL OR to_regclass('documents') IS NOT NULL",
		       0, NULL, &res, "reading its tables");
	if (rc < 0)
		return rc;
	int meta = d->pq.PQgetvalue(res, 0, 0)[0] == 't', others = d->pq.PQgetvalue(res, 0, 1)[0] == 't';
	d->pq.PQclear(res);
	*version = 0;
	if (!meta)
		return others ? pm_error_set(PM_EINVALID, "%s: the database holds another program's "
					     "tables (documents, events), not a Palmyra store: use "
					     "another database or schema", d->where)
			      : 0;
	rc = S_run(d, "SELECT (SELECT value FROM palmyra_meta WHERE key = 'application'),"
		   " (SELECT value FROM palmyra_meta WHERE key = 'schema_version')", 0, NULL, &res,
		   "reading its version");
	if (rc < 0)
		return rc;
	const char *app = d->pq.PQgetvalue(res, 0, 0);
	*version = atol(d->pq.PQgetvalue(res, 0, 1));
	int ours = !strcmp(app, "palmyra");
	d->pq.PQclear(res);
	if (!ours)
		return pm_error_set(PM_EINVALID, "%s: palmyra_meta is another program's, not a "
				    "Palmyra store", d->where);
	if (*version > S_VERSION)
		return pm_error_set(PM_EINVALID, "%s: written by a newer Palmyra (store version %ld; "
				    "this one knows up to %d): use that version or a newer one",
				    d->where, *version, S_VERSION);
	return 0;
}

/* Brings the schema to S_VERSION in one transaction, under an advisory
 * lock: ingests started together set it up once. */
static int S_migrate(S_pg *d)
{
	long version = 0;
	/* the lock before the transaction: a transaction begun before another
	 * one's tables were committed may not see them */
	int rc = S_exec(d, "SELECT pg_advisory_lock(1347177817)", "waiting to set the store up");
	if (rc == 0)
		rc = S_exec(d, "BEGIN", "starting to set the store up");
	if (rc == 0)
		rc = S_identify(d, &version);
	for (long v = version; rc == 0 && v < S_VERSION; v++) {
		char sql[128];
		rc = S_exec(d, S_migrations[v], "setting up its tables");
		snprintf(sql, sizeof(sql), "UPDATE palmyra_meta SET value = '%ld' WHERE key ="
			 " 'schema_version'", v + 1);
		if (rc == 0)
			rc = S_exec(d, sql, "setting its version");
	}
	if (rc < 0)
		d->pq.PQclear(d->pq.PQexec(d->conn, "ROLLBACK"));
	else
		rc = S_exec(d, "COMMIT", "setting up its tables");
	d->pq.PQclear(d->pq.PQexec(d->conn, "SELECT pg_advisory_unlock(1347177817)"));
	return rc;
}

/* The server's notices and warnings ("terminating connection due to
 * administrator command") are not written to stderr: the error that
 * follows them says what happened, on one line. */
static void S_notice(void *ctx, const char *message)
{
}

static int S_connect(S_pg *d, const char *conninfo)
{
	const char *keys[5], *values[5];
	int n = 0;
	/* a host that does not answer is named within seconds, not minutes;
	 * the location's own connect_timeout (or PGCONNECT_TIMEOUT) wins */
	if (!getenv("PGCONNECT_TIMEOUT")) {
		keys[n] = "connect_timeout";
		values[n++] = "10";
	}
	keys[n] = "fallback_application_name";
	values[n++] = "palmyra";
	if (conninfo && *conninfo) {
		keys[n] = "dbname";
		values[n++] = conninfo;
	}
	keys[n] = NULL;
	values[n] = NULL;
	d->conn = d->pq.PQconnectdbParams(keys, values, 1);
	if (!d->conn)
		return pm_error_set(PM_ENOMEM, "out of memory");
	d->pq.PQsetNoticeProcessor(d->conn, S_notice, NULL);
	if (d->pq.PQstatus(d->conn) != CONNECTION_OK) {
		char msg[1024];
		pm_strlcpy(msg, d->pq.PQerrorMessage(d->conn), sizeof(msg));
		S_one_line(msg);
		return pm_error_set(PM_ERROR, "%s: cannot connect: %s", d->where, msg);
	}
	/* text comes and goes as UTF-8, whatever the database's encoding; a
	 * float comes back with the digits that read it back exactly */
	/* and a cursor is planned for all its rows, not its first tenth: the
	 * linker reads whole windows of days through one */
	int rc = S_exec(d, "SET client_encoding = 'UTF8'; SET extra_float_digits = 3;"
			" SET client_min_messages = warning; SET cursor_tuple_fraction = 1",
			"setting the session up");
	/* No JIT: on a store whose tables an ingest is filling, the planner's
	 * guesses pass JIT's cost threshold and compiling took most of a
	 * second a statement, for queries that read a few thousand rows by
	 * index. Prepared statements are planned for each call's values: a
	 * generic plan made while the tables were nearly empty (a scan of
	 * event_ids) was kept as they grew, and a document's check of its
	 * event ids went from 0.1 to 3 ms over 30,000 events. */
	if (rc == 0 && d->pq.PQserverVersion(d->conn) >= 110000)
		rc = S_exec(d, "SET jit = off", "setting the session up");
	if (rc == 0 && d->pq.PQserverVersion(d->conn) >= 120000)
		rc = S_exec(d, "SET plan_cache_mode = force_custom_plan", "setting the session up");
	return rc;
}

static int S_open(S_pg *d, const char *conninfo)
{
	int rc = S_connect(d, conninfo);
	long version = 0;
	if (rc == 0)
		rc = S_identify(d, &version);
	if (rc < 0)
		return rc;
	if (d->readonly) {
		if (version == 0)
			return pm_error_set(PM_ENOTFOUND, "%s: no store there (palmyra ingest makes one)",
					    d->where);
		if (version < S_VERSION)
			return pm_error_set(PM_EINVALID, "%s: store version %ld needs updating to %d: run "
					    "palmyra ingest on it once", d->where, version, S_VERSION);
		/* a reader never writes: safe on a read replica as on the primary */
		return S_exec(d, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
			      "setting the session up");
	}
	if (version < S_VERSION)
		return S_migrate(d);
	return 0;
}

int pm_store_backend_pg(pm_store_backend **out, const char *location,
			const pm_store_options *opts)
{
	pm_store_options defaults = PM_STORE_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (!location)
		return pm_error_set(PM_EINVALID, "no store location given");
	S_pg *d = calloc(1, sizeof(*d));
	if (!d || !(d->where = S_masked(location)) || pm_event_buf_new(&d->buf) < 0) {
		if (d)
			free(d->where);
		free(d);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	pm_arena_init(&d->arena, 64 * 1024);
	int rc = pm_dynlib_open(&d->libpq, PM_LIBPQ, "PALMYRA_LIBPQ", "a PostgreSQL store",
				&d->pq, S_pq_syms, (int)(sizeof(S_pq_syms) / sizeof(S_pq_syms[0])));
	if (rc < 0) {
		S_free(&d->base);
		return rc;
	}
	d->readonly = opts->readonly;
	d->base = (pm_store_backend){PM_STORE_BACKEND_VERSION, "postgresql", S_begin, S_commit,
				     S_rollback, S_lookup, S_put, S_query, S_count, S_stats, S_free,
				     S_unlinked, S_incident_put, S_incident_delete,
				     S_incidents_clear, S_incidents, S_incident_reports,
				     S_count_incidents, S_count_days_range, S_data_version,
				     S_places, S_incident_grid, S_lookup_events, NULL, NULL, NULL,
				     NULL, S_incident_evidence};
	/* "postgresql:" and "postgres:" before a keyword string (or nothing:
	 * libpq's PG* environment variables) are ours; a URI goes whole */
	const char *conninfo = location;
	if (!strstr(location, "://")) {
		const char *colon = strchr(location, ':');
		conninfo = colon ? colon + 1 : location;
	}
	rc = S_open(d, conninfo);
	if (rc < 0) {
		S_free(&d->base);
		return rc;
	}
	*out = &d->base;
	return 0;
}

static void S_run_clear(S_pg *d)
{
	d->run = d->run_n = 0;
	for (int c = 0; d->run_init && c < 50; c++) {
		d->run_cols[c].n = 0;
		d->run_cols[c].p[0] = '\0';
	}
	S_map_clear(&d->run_ids);
	S_map_clear(&d->run_events);
}

static void S_forget_batch(S_pg *d)
{
	free(d->last_id);
	free(d->last_hash);
	d->last_id = d->last_hash = NULL;
	S_run_clear(d);
	d->n_docs = 0;
	d->sent = 0;
	pm_event_buf_clear(d->buf);
	pm_arena_reset(&d->arena);
	S_map_clear(&d->pending);
	S_map_clear(&d->pending_events);
}

static void S_free(pm_store_backend *b)
{
	S_pg *d = (S_pg *)b;
	if (d->conn)
		d->pq.PQfinish(d->conn);
	pm_dynlib_close(d->libpq);
	S_forget_batch(d);
	pm_event_buf_free(d->buf);
	pm_arena_free(&d->arena);
	S_map_clear(&d->places);
	S_map_clear(&d->names);
	S_map_clear(&d->months);
	free(d->last_id);
	free(d->last_hash);
	for (int c = 0; d->run_init && c < 50; c++)
		pm_jbuf_free(&d->run_cols[c]);
	free(d->docs);
	free(d->where);
	free(d);
}

/* ---- batches -------------------------------------------------------------------------- */

static int S_writable(S_pg *d)
{
	return d->readonly ? pm_error_set(PM_EINVALID, "%s: opened for reading only", d->where) : 0;
}

static int S_begin(pm_store_backend *b)
{
	S_pg *d = (S_pg *)b;
	int rc = S_writable(d);
	if (rc < 0)
		return rc;
	S_forget_batch(d);
	d->in_batch = 1;
	return 0;
}

static int S_rollback(pm_store_backend *b)
{
	S_pg *d = (S_pg *)b;
	int rc = 0;
	S_forget_batch(d);
	d->in_batch = 0;
	if (d->tx && d->pq.PQstatus(d->conn) == CONNECTION_OK)
		rc = S_exec(d, "ROLLBACK", "rolling a batch back");
	d->tx = 0;
	/* keys found in the transaction rolled back may not exist */
	S_map_clear(&d->places);
	S_map_clear(&d->names);
	return rc;
}

/* ---- documents ------------------------------------------------------------------------- */

/* A document's state known without asking the server: put in this batch,
 * or the last one looked up (the front looks a document up before it
 * puts it). 1 when known. */
static int S_known(S_pg *d, const char *id, const char *hash, int *out)
{
	long long k;
	if (d->in_batch && S_map_get(&d->pending, id, &k)) {
		const S_pdoc *p = &d->docs[k];
		*out = p->refused ? PM_STORE_DOC_NEW
		       : !strcmp(p->hash, hash) ? PM_STORE_DOC_SAME : PM_STORE_DOC_CHANGED;
		return 1;
	}
	if (d->last_id && !strcmp(d->last_id, id) && !strcmp(d->last_hash, hash)) {
		*out = d->last_state;
		return 1;
	}
	return 0;
}

/* The state of a document given its stored content hash (NULL: none). */
static int S_state(S_pg *d, const char *id, const char *hash, const char *stored)
{
	int state = !stored ? PM_STORE_DOC_NEW
		    : !strcmp(stored, hash) ? PM_STORE_DOC_SAME : PM_STORE_DOC_CHANGED;
	free(d->last_id);
	free(d->last_hash);
	d->last_id = strdup(id);
	d->last_hash = strdup(hash);
	if (!d->last_id || !d->last_hash) {
		free(d->last_id);
		free(d->last_hash);
		d->last_id = d->last_hash = NULL;
	}
	d->last_state = state;
	d->checked = 0;
	return state;
}

/* The events' ids as one number, to know a put's events for those of
 * the lookup before it. */
static uint64_t S_ids_hash(const pm_event *events, int n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (int i = 0; i < n; i++)
		for (const char *p = events[i].event_id; ; p++) {
			h = (h ^ (unsigned char)*p) * 0x100000001b3ULL;
			if (!*p)
				break;
		}
	return h;
}

static int S_lookup(pm_store_backend *b, const char *id, const char *hash, int *out)
{
	S_pg *d = (S_pg *)b;
	*out = PM_STORE_DOC_NEW;
	if (S_known(d, id, hash, out))
		return 0;
	pm_arena a;
	pm_arena_init(&a, 1024);
	const char *values[1] = {S_clean(&a, id)};
	PGresult *res;
	int rc = S_run_prepared(d, 0, 1, values, &res, "looking a document up");
	pm_arena_free(&a);
	if (rc < 0)
		return rc;
	*out = S_state(d, id, hash, d->pq.PQntuples(res) ? d->pq.PQgetvalue(res, 0, 0) : NULL);
	d->pq.PQclear(res);
	return 0;
}

/* credits as a JSON array, NULL when there are none. */
static const char *S_credits_json(pm_arena *a, const pm_event_doc *m)
{
	if (m->n_credits <= 0)
		return NULL;
	pm_jbuf b;
	S_buf(&b);
	pm_jbuf_lit(&b, "[");
	for (int i = 0; i < m->n_credits; i++) {
		if (i)
			pm_jbuf_lit(&b, ",");
		pm_jbuf_str(&b, m->credits[i]);
	}
	pm_jbuf_lit(&b, "]");
	const char *out = b.failed ? NULL : pm_arena_strdup(a, b.p);
	pm_jbuf_free(&b);
	return out;
}

static const char *S_dup(pm_arena *a, const char *s)
{
	return s ? S_clean(a, pm_arena_strdup(a, s)) : NULL;
}

/* What is wrong with a document's events, as the SQLite store refuses
 * them: 0, or PM_EINVALID with the message. */
static int S_check_events(const char *id, const pm_event *events, int n)
{
	for (int i = 0; i < n; i++) {
		const pm_event *ev = &events[i];
		if (!ev->code || (!ev->code[0] && !ev->control.change))
			return pm_error_set(PM_EINVALID, "document %s: event %s has no code", id,
					    ev->event_id);
		if (ev->sentence < 0)
			return pm_error_set(PM_EINVALID, "document %s: sentence index %d", id,
					    ev->sentence);
		for (int j = 0; j < i; j++) {
			if (events[j].sentence != ev->sentence)
				continue;
			const char *a = events[j].text ? events[j].text : "";
			const char *t = ev->text ? ev->text : "";
			if (strcmp(a, t))
				return pm_error_set(PM_EINVALID, "document %s: sentence %d has two different "
						    "texts", id, ev->sentence);
			break;
		}
	}
	return 0;
}

/* An event id of the document that the document itself repeats or a
 * document put earlier in this batch holds: 1 with owner set, 0 when none. */
static int S_event_owner_here(S_pg *d, const char *id, const pm_event *events, int n,
			      const char **event_id, char *owner, size_t cap)
{
	long long k;
	for (int i = 0; i < n; i++) {
		const char *eid = events[i].event_id;
		for (int j = 0; j < i; j++)
			if (!strcmp(events[j].event_id, eid)) {
				*event_id = eid;
				pm_strlcpy(owner, id, cap);
				return 1;
			}
		if (S_map_get(&d->pending_events, eid, &k) && !d->docs[k].gone &&
		    !d->docs[k].refused && strcmp(d->docs[k].id, id)) {
			*event_id = eid;
			pm_strlcpy(owner, d->docs[k].id, cap);
			return 1;
		}
	}
	return 0;
}

/* Asks the server, in one statement, which stored document holds one of
 * the events' ids (*found: 1 with event_id and owner set) and, when state
 * is not NULL, the document's state. */
static int S_ask_stored(S_pg *d, const char *id, const char *hash, const pm_event *events, int n,
			int *state, int *found, const char **event_id, char *owner, size_t cap)
{
	pm_jbuf ids;
	S_buf(&ids);
	pm_jbuf_lit(&ids, "{");
	for (int i = 0; i < n; i++) {
		if (i)
			pm_jbuf_lit(&ids, ",");
		/* event ids are 16 hex digits (pm_event_buf and the coder see to it),
		 * so nothing in them needs quoting in an array */
		pm_jbuf_lit(&ids, "\"");
		for (const char *p = events[i].event_id; *p; p++)
			if ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
				pm_jbuf_raw(&ids, p, 1);
		pm_jbuf_lit(&ids, "\"");
	}
	pm_jbuf_lit(&ids, "}");
	pm_arena a;
	pm_arena_init(&a, 1024);
	const char *values[2] = {ids.p, S_clean(&a, id)};
	PGresult *res;
	int col = state ? 1 : 0;
	int rc = ids.failed ? pm_error_set(PM_ENOMEM, "out of memory")
		 : S_run_prepared(d, state ? 2 : 1, 2, values, &res, "checking a document's event ids");
	pm_jbuf_free(&ids);
	pm_arena_free(&a);
	if (rc < 0)
		return rc;
	*found = 0;
	if (state)
		*state = S_state(d, id, hash, d->pq.PQgetisnull(res, 0, 0) ? NULL : d->pq.PQgetvalue(res, 0, 0));
	if (d->pq.PQntuples(res) && !d->pq.PQgetisnull(res, 0, col)) {
		*found = 1;
		for (int i = 0; i < n; i++)
			if (!strcmp(events[i].event_id, d->pq.PQgetvalue(res, 0, col)))
				*event_id = events[i].event_id;
		pm_strlcpy(owner, d->pq.PQgetvalue(res, 0, col + 1), cap);
	}
	if (state && d->last_id) {
		d->checked = 1;
		d->check_found = *found;
		d->check_n = n;
		d->check_ids = S_ids_hash(events, n);
		pm_strlcpy(d->check_event, *found ? d->pq.PQgetvalue(res, 0, col) : "",
			   sizeof(d->check_event));
		pm_strlcpy(d->check_owner, *found ? owner : "", sizeof(d->check_owner));
	}
	d->pq.PQclear(res);
	return 0;
}

/* What lookup_events found for these events, when it was asked for them
 * last: 1 with *found (and event_id, owner) set. */
static int S_checked(S_pg *d, const char *id, const char *hash, const pm_event *events, int n,
		     int *found, const char **event_id, char *owner, size_t cap)
{
	if (!d->checked || !d->last_id || strcmp(d->last_id, id) || strcmp(d->last_hash, hash) ||
	    d->check_n != n || d->check_ids != S_ids_hash(events, n))
		return 0;
	*found = d->check_found;
	for (int i = 0; *found && i < n; i++)
		if (!strcmp(events[i].event_id, d->check_event))
			*event_id = events[i].event_id;
	if (*found)
		pm_strlcpy(owner, d->check_owner, cap);
	return 1;
}

static int S_lookup_events(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events,
			   int n, int *out)
{
	S_pg *d = (S_pg *)b;
	const char *event_id = NULL;
	char owner[256];
	int found;
	*out = PM_STORE_DOC_NEW;
	if (S_known(d, doc->meta.id, doc->content_hash, out) &&
	    (*out == PM_STORE_DOC_SAME || S_checked(d, doc->meta.id, doc->content_hash, events, n,
						    &found, &event_id, owner, sizeof(owner))))
		return 0;
	return S_ask_stored(d, doc->meta.id, doc->content_hash, events, n, out, &found, &event_id,
			    owner, sizeof(owner));
}

/* A new entry of the batch for the document meta, its events to be the
 * next n of the buffer. */
static S_pdoc *S_pending_add(S_pg *d, const pm_store_doc *doc, int first, int n)
{
	const pm_event_doc *m = &doc->meta;
	long long k;
	if (S_map_get(&d->pending, m->id, &k))
		d->docs[k].gone = 1;
	S_pdoc *p = PM_VEC_PUSH(d->docs, d->n_docs, d->cap_docs);
	memset(p, 0, sizeof(*p));
	p->id = S_dup(&d->arena, m->id);
	p->title = S_dup(&d->arena, m->title);
	p->date = S_dup(&d->arena, m->date);
	p->outlet = S_dup(&d->arena, m->outlet);
	p->url = S_dup(&d->arena, m->url);
	p->extra = S_dup(&d->arena, m->extra_json);
	p->credits = S_credits_json(&d->arena, m);
	p->hash = S_dup(&d->arena, doc->content_hash);
	p->first = first;
	p->n = n;
	S_map_put(&d->pending, m->id, d->n_docs - 1);
	return p;
}

static int S_put(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events, int n)
{
	S_pg *d = (S_pg *)b;
	const char *id = doc->meta.id;
	int rc = S_writable(d), state = PM_STORE_DOC_NEW, found = 0;
	if (rc < 0)
		return rc;
	const char *event_id = NULL;
	char owner[256];
	/* a document costs one round trip: its state (unless the front's
	 * lookup just asked) and its event ids' owners, asked together */
	int known = S_known(d, id, doc->content_hash, &state);
	if (!known && (rc = S_ask_stored(d, id, doc->content_hash, events, n, &state, &found,
					 &event_id, owner, sizeof(owner))) < 0)
		return rc;
	/* stored already with this content (or put so in this batch) */
	if (state == PM_STORE_DOC_SAME)
		return 0;
	rc = S_check_events(id, events, n);
	if (rc == 0 && S_event_owner_here(d, id, events, n, &event_id, owner, sizeof(owner)))
		found = 1;
	else if (rc == 0 && known && n &&
		 !S_checked(d, id, doc->content_hash, events, n, &found, &event_id, owner,
			    sizeof(owner)) &&
		 (rc = S_ask_stored(d, id, doc->content_hash, events, n, NULL, &found, &event_id,
				    owner, sizeof(owner))) < 0)
		return rc;
	if (rc == 0 && found)
		rc = pm_error_set(PM_EINVALID, "document %s not stored: its event %s is stored already "
				  "(document %s)", id, event_id, owner);
	if (rc == PM_EINVALID) {
		/* refused, and the version it was to replace goes */
		if (state == PM_STORE_DOC_CHANGED) {
			char msg[600];
			pm_strlcpy(msg, pm_error_last(), sizeof(msg));
			S_pending_add(d, doc, 0, 0)->refused = 1;
			pm_error_set(PM_EINVALID, "%s", msg);
		}
		return PM_EINVALID;
	}
	int first;
	pm_event_buf_events(d->buf, &first);
	for (int i = 0; i < n; i++)
		if ((rc = pm_event_buf_add(d->buf, &events[i])) < 0)
			return rc;
	S_pending_add(d, doc, first, n);
	for (int i = 0; i < n; i++)
		S_map_put(&d->pending_events, events[i].event_id, d->n_docs - 1);
	return 0;
}

/* ---- committing ------------------------------------------------------------------------ */

/* The partition key of a date: YYYYMM of its first day, 0 when undated. */
static int S_month(const char *date, long *first, long *last)
{
	int y, m, dd;
	if (!date || pm_date_span(date, first, last) < 0)
		return 0;
	pm_date_civil(*first, &y, &m, &dd);
	return y * 100 + m;
}

static int S_live(const S_pdoc *p)
{
	return !p->gone && !p->refused;
}

/* Each month's partition the batch needs, made (each in a transaction of
 * its own) before the batch's transaction begins. */
static int S_partitions(S_pg *d)
{
	int total;
	const pm_event *all = pm_event_buf_events(d->buf, &total);
	for (int i = d->sent; i < d->n_docs; i++) {
		const S_pdoc *p = &d->docs[i];
		for (int k = 0; S_live(p) && k < p->n; k++) {
			long first, last;
			long long known;
			int m = S_month(all[p->first + k].date, &first, &last);
			char key[16];
			snprintf(key, sizeof(key), "%d", m);
			if (!m || S_map_get(&d->months, key, &known))
				continue;
			const char *values[1] = {key};
			PGresult *res = NULL;   /* PQclear(NULL) does nothing: the lock may fail first */
			/* the lock outside the function's transaction, for the same
			 * reason as in S_migrate */
			int rc = S_exec(d, "SELECT pg_advisory_lock(1347177818)", "making a partition");
			if (rc == 0)
				rc = S_run(d, "SELECT pm_events_partition($1::int)", 1, values, &res,
					   "making a month's partition");
			d->pq.PQclear(res);
			d->pq.PQclear(d->pq.PQexec(d->conn, "SELECT pg_advisory_unlock(1347177818)"));
			if (rc < 0)
				return rc;
			S_map_put(&d->months, key, 1);
		}
	}
	return 0;
}

/* Appends s as an element of an array literal ("..." with " and \
 * escaped; NULL as NULL). */
static void S_array_text(pm_jbuf *b, const char *s)
{
	if (!s) {
		pm_jbuf_lit(b, "NULL");
		return;
	}
	pm_jbuf_raw(b, "\"", 1);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			pm_jbuf_raw(b, "\\", 1);
		pm_jbuf_raw(b, s, 1);
	}
	pm_jbuf_raw(b, "\"", 1);
}

/* "{1,2,3}" -> keys, sorted. */
static int S_parse_keys(const char *text, long long *keys, int n)
{
	int k = 0;
	for (const char *p = text; *p && k < n;) {
		if (*p >= '0' && *p <= '9') {
			char *end;
			keys[k++] = strtoll(p, &end, 10);
			p = end;
		} else {
			p++;
		}
	}
	for (int i = 1; i < k; i++)   /* sorted already, as a rule: an insertion sort checks */
		for (int j = i; j > 0 && keys[j - 1] > keys[j]; j--) {
			long long t = keys[j];
			keys[j] = keys[j - 1];
			keys[j - 1] = t;
		}
	return k;
}

/* A day's change of event_days. */
typedef struct {
	long day;
	long long sums[1 + PM_COUNT_KINDS];
} S_day;

typedef struct {
	S_day *days;
	int n, cap;
} S_days;

static void S_days_add(S_days *ds, long day, const long long *sums, int sign)
{
	S_day *x = PM_VEC_PUSH(ds->days, ds->n, ds->cap);
	x->day = day;
	for (int k = 0; k <= PM_COUNT_KINDS; k++)
		x->sums[k] = sign * sums[k];
}

static int S_day_cmp(const void *a, const void *b)
{
	long x = ((const S_day *)a)->day, y = ((const S_day *)b)->day;
	return x < y ? -1 : x > y;
}

/* The rows of the document at doc_key go (its events, their counts and
 * attribution, its sentences and event ids); what its events added to
 * event_days is taken off. */
static int S_delete_children(S_pg *d, const char *doc_key, S_days *ds)
{
	const char *values[1] = {doc_key};
	PGresult *res;
	int rc = S_run(d,
		       "WITH gone AS (DELETE FROM events WHERE doc_key = $1::bigint RETURNING event_key,"
		       " day_first, headline, killed, wounded, arrested, displaced, strikes, casualties),"
		       " c AS (DELETE FROM counts WHERE event_key IN (SELECT event_key FROM gone)),"
		       " a AS (DELETE FROM attribution WHERE event_key IN (SELECT event_key FROM gone)),"
		       " v AS (DELETE FROM evidence WHERE event_key IN (SELECT event_key FROM gone)),"
		       " s AS (DELETE FROM sentences WHERE doc_key = $1::bigint),"
		       " i AS (DELETE FROM event_ids WHERE doc_key = $1::bigint)"
		       " SELECT day_first, count(*), coalesce(sum(killed), 0), coalesce(sum(wounded), 0),"
		       " coalesce(sum(arrested), 0), coalesce(sum(displaced), 0),"
		       " coalesce(sum(strikes), 0), coalesce(sum(casualties), 0) FROM gone"
		       " WHERE headline = 0 AND day_first IS NOT NULL GROUP BY day_first",
		       1, values, &res, "replacing a document");
	if (rc < 0)
		return rc;
	for (int r = 0; r < d->pq.PQntuples(res); r++) {
		long long sums[1 + PM_COUNT_KINDS];
		for (int k = 0; k <= PM_COUNT_KINDS; k++)
			sums[k] = atoll(d->pq.PQgetvalue(res, r, 1 + k));
		S_days_add(ds, atol(d->pq.PQgetvalue(res, r, 0)), sums, -1);
	}
	d->pq.PQclear(res);
	return 0;
}

/* A refused document: its stored version goes. */
static int S_take_back(S_pg *d, const S_pdoc *p, S_days *ds, pm_arena *a)
{
	const char *values[1] = {p->id};
	PGresult *res, *del = NULL;
	int rc = S_run(d, "SELECT doc_key FROM documents WHERE id = $1 FOR UPDATE", 1, values, &res,
		       "taking a refused document back");
	if (rc == 0 && d->pq.PQntuples(res)) {
		const char *key[1] = {pm_arena_strdup(a, d->pq.PQgetvalue(res, 0, 0))};
		rc = S_delete_children(d, key[0], ds);
		if (rc == 0)
			rc = S_run(d, "DELETE FROM documents WHERE doc_key = $1::bigint", 1, key, &del,
				   "taking a refused document back");
		d->pq.PQclear(del);
	}
	d->pq.PQclear(res);
	return rc;
}

/* The documents' rows, in one statement: each new one inserted, each
 * changed one updated (and its old rows deleted); one stored meanwhile
 * with the same content is left, and so are its events. */
static int S_send_documents(S_pg *d, S_days *ds, pm_arena *a)
{
	enum { N_COLS = 11 };
	pm_jbuf cols[N_COLS];
	S_map live = {0};
	int n = 0, rc = 0;
	char now[32];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	for (int c = 0; c < N_COLS; c++) {
		S_buf(&cols[c]);
		pm_jbuf_lit(&cols[c], "{");
	}
	for (int i = d->sent; i < d->n_docs && rc == 0; i++) {
		S_pdoc *p = &d->docs[i];
		p->write = 0;
		p->doc_key = 0;
		if (p->gone)
			continue;
		if (p->refused) {
			rc = S_take_back(d, p, ds, a);
			continue;
		}
		char day[24], events[24];
		long first, last;
		int dated = p->date && pm_date_span(p->date, &first, &last) == 0;
		snprintf(day, sizeof(day), "%ld", dated ? first : 0L);
		snprintf(events, sizeof(events), "%d", p->n);
		const char *values[N_COLS] = {p->id, p->outlet, p->url, p->title, p->date,
					      dated ? day : NULL, p->credits, p->extra, p->hash, now,
					      events};
		for (int c = 0; c < N_COLS; c++) {
			if (n)
				pm_jbuf_lit(&cols[c], ",");
			S_array_text(&cols[c], values[c]);
		}
		S_map_put(&live, p->id, i);
		n++;
	}
	const char *values[N_COLS];
	int failed = 0;
	for (int c = 0; c < N_COLS; c++) {
		pm_jbuf_lit(&cols[c], "}");
		values[c] = cols[c].p;
		failed |= cols[c].failed;
	}
	PGresult *res = NULL;
	if (rc == 0 && n)
		rc = failed ? pm_error_set(PM_ENOMEM, "out of memory")
			    : S_run(d, "INSERT INTO documents AS x (id, outlet, url, title, date, day,"
				    " credits, extra, content_hash, ingested_at, events) SELECT * FROM"
				    " unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],"
				    " $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[])"
				    " ON CONFLICT (id) DO UPDATE SET outlet = excluded.outlet, url ="
				    " excluded.url, title = excluded.title, date = excluded.date, day ="
				    " excluded.day, credits = excluded.credits, extra = excluded.extra,"
				    " content_hash = excluded.content_hash, ingested_at ="
				    " excluded.ingested_at, events = excluded.events"
				    " WHERE x.content_hash <> excluded.content_hash"
				    " RETURNING id, doc_key, xmax = 0", N_COLS, values, &res,
				    "storing documents");
	for (int r = 0; rc == 0 && res && r < d->pq.PQntuples(res); r++) {
		long long i;
		if (!S_map_get(&live, d->pq.PQgetvalue(res, r, 0), &i))
			continue;
		S_pdoc *p = &d->docs[i];
		p->doc_key = atoll(d->pq.PQgetvalue(res, r, 1));
		p->write = 1;
		if (d->pq.PQgetvalue(res, r, 2)[0] != 't')
			rc = S_delete_children(d, d->pq.PQgetvalue(res, r, 1), ds);
	}
	d->pq.PQclear(res);
	S_map_clear(&live);
	for (int c = 0; c < N_COLS; c++)
		pm_jbuf_free(&cols[c]);
	return rc;
}

/* The cache key of a place: "g<geonameid>", or a region by what names it. */
static void S_place_key(const pm_location *l, char *key, size_t cap)
{
	if (l->geonameid > 0)
		snprintf(key, cap, "g%ld", l->geonameid);
	else
		snprintf(key, cap, "r%s\x1f%s\x1f%s\x1f%s", l->precision ? l->precision : "",
			 l->country ? l->country : "", l->admin1 ? l->admin1 : "", l->name ? l->name : "");
}

typedef struct {
	const char *key;
	const pm_location *l;
} S_place_ref;

static int S_place_ref_cmp(const void *a, const void *b)
{
	return strcmp(((const S_place_ref *)a)->key, ((const S_place_ref *)b)->key);
}

/* One place's row: found, or inserted. */
static int S_place_row(S_pg *d, const pm_location *l, pm_arena *a, long long *out)
{
	char geo[24], lat[40], lon[40];
	int region = l->geonameid <= 0;
	snprintf(geo, sizeof(geo), "%ld", l->geonameid);
	snprintf(lat, sizeof(lat), "%.17g", l->lat);
	snprintf(lon, sizeof(lon), "%.17g", l->lon);
	const char *name = S_clean(a, l->name ? l->name : "");
	const char *precision = S_clean(a, l->precision ? l->precision : "");
	const char *country = S_clean(a, l->country), *admin1 = S_clean(a, l->admin1);
	const char *insert[7] = {region ? NULL : geo, name, country, admin1, lat, lon, precision};
	const char *by_id[1] = {geo};
	const char *by_names[4] = {precision, country, admin1, name};
	PGresult *res;
	/* found first (most places are stored already); inserted when not; and
	 * found again when another writer inserted it meanwhile */
	for (int step = 0; step < 3; step++) {
		int rc;
		if (step == 1)
			rc = S_run(d, region ? "INSERT INTO places (geonameid, name, country, admin1, lat,"
					" lon, precision) VALUES ($1::bigint, $2, $3, $4, $5::float8,"
					" $6::float8, $7) ON CONFLICT (precision, coalesce(country, ''),"
					" coalesce(admin1, ''), name) WHERE geonameid IS NULL DO NOTHING"
					" RETURNING place_key"
				   : "INSERT INTO places (geonameid, name, country, admin1, lat, lon,"
					" precision) VALUES ($1::bigint, $2, $3, $4, $5::float8, $6::float8,"
					" $7) ON CONFLICT (geonameid) DO NOTHING RETURNING place_key",
				   7, insert, &res, "storing a place");
		else if (region)
			rc = S_run(d, "SELECT place_key FROM places WHERE geonameid IS NULL AND"
				   " precision = $1 AND coalesce(country, '') = coalesce($2, '') AND"
				   " coalesce(admin1, '') = coalesce($3, '') AND name = $4", 4, by_names,
				   &res, "looking a place up");
		else
			rc = S_run(d, "SELECT place_key FROM places WHERE geonameid = $1::bigint", 1, by_id,
				   &res, "looking a place up");
		if (rc < 0)
			return rc;
		int found = d->pq.PQntuples(res) > 0;
		if (found)
			*out = atoll(d->pq.PQgetvalue(res, 0, 0));
		d->pq.PQclear(res);
		if (found)
			return 0;
	}
	return pm_error_set(PM_ERROR, "%s: a place could not be stored", d->where);
}

/* The place rows of the batch's events (in key order), and the names the
 * texts used for them. */
static int S_send_places(S_pg *d, const pm_event *all, pm_arena *a)
{
	S_place_ref *refs = NULL;
	int n = 0, cap = 0, rc = 0;
	long long key;
	for (int i = d->sent; i < d->n_docs; i++) {
		const S_pdoc *p = &d->docs[i];
		for (int k = 0; p->write && k < p->n; k++) {
			const pm_location *l = &all[p->first + k].location;
			char buf[1024];
			if (!l->found)
				continue;
			S_place_key(l, buf, sizeof(buf));
			if (S_map_get(&d->places, buf, &key))
				continue;
			S_map_put(&d->places, buf, 0);   /* 0: to be found below */
			S_place_ref *r = PM_VEC_PUSH(refs, n, cap);
			r->key = pm_arena_strdup(a, buf);
			r->l = l;
		}
	}
	if (n)
		qsort(refs, (size_t)n, sizeof(*refs), S_place_ref_cmp);
	for (int i = 0; i < n && rc == 0; i++)
		if ((rc = S_place_row(d, refs[i].l, a, &key)) == 0)
			S_map_put(&d->places, refs[i].key, key);
	free(refs);
	if (rc < 0)
		return rc;
	/* place_names: the new (name, place) pairs, in one statement, sorted */
	S_place_ref *names = NULL;
	int nn = 0, ncap = 0;
	for (int i = d->sent; i < d->n_docs; i++) {
		const S_pdoc *p = &d->docs[i];
		for (int k = 0; p->write && k < p->n; k++) {
			const pm_location *l = &all[p->first + k].location;
			char buf[1024];
			long long one;
			if (!l->found || !l->text || !*l->text)
				continue;
			S_place_key(l, buf, sizeof(buf));
			S_map_get(&d->places, buf, &key);
			int len = snprintf(buf, sizeof(buf), "%020lld ", key);
			for (const char *t = l->text; *t && len < (int)sizeof(buf) - 1; t++)
				buf[len++] = (char)(*t >= 'A' && *t <= 'Z' ? *t + 32 : *t);
			buf[len] = '\0';
			if (S_map_get(&d->names, buf, &one))
				continue;
			S_map_put(&d->names, buf, 1);
			S_place_ref *r = PM_VEC_PUSH(names, nn, ncap);
			r->key = pm_arena_strdup(a, buf);
			r->l = l;
		}
	}
	if (nn) {
		qsort(names, (size_t)nn, sizeof(*names), S_place_ref_cmp);
		pm_jbuf texts, keys;
		S_buf(&texts);
		S_buf(&keys);
		pm_jbuf_lit(&texts, "{");
		pm_jbuf_lit(&keys, "{");
		for (int i = 0; i < nn; i++) {
			char buf[1024];
			if (i) {
				pm_jbuf_lit(&texts, ",");
				pm_jbuf_lit(&keys, ",");
			}
			S_array_text(&texts, S_clean(a, names[i].l->text));
			S_place_key(names[i].l, buf, sizeof(buf));
			S_map_get(&d->places, buf, &key);
			S_copy_int(&keys, key);
		}
		pm_jbuf_lit(&texts, "}");
		pm_jbuf_lit(&keys, "}");
		const char *values[2] = {texts.p, keys.p};
		PGresult *res;
		rc = S_run(d, "INSERT INTO place_names (name, place_key) SELECT * FROM"
			   " unnest($1::text[], $2::bigint[]) ON CONFLICT (pm_fold(name), place_key)"
			   " DO NOTHING", 2, values, &res, "storing place names");
		d->pq.PQclear(res);
		pm_jbuf_free(&texts);
		pm_jbuf_free(&keys);
	}
	free(names);
	return rc;
}

/* Documents whose event ids another stored document holds (one stored
 * since put looked; the writers' lock keeps it so until commit): refused,
 * as put would have refused them. */
static int S_refuse_taken(S_pg *d, const pm_event *all)
{
	pm_jbuf ids;
	int total = 0, rc = 0;
	S_buf(&ids);
	pm_jbuf_lit(&ids, "{");
	for (int i = d->sent; i < d->n_docs; i++) {
		const S_pdoc *p = &d->docs[i];
		for (int k = 0; S_live(p) && k < p->n; k++) {
			if (total++)
				pm_jbuf_lit(&ids, ",");
			S_array_text(&ids, all[p->first + k].event_id);
		}
	}
	pm_jbuf_lit(&ids, "}");
	const char *values[1] = {ids.p};
	PGresult *res = NULL;
	if (total)
		rc = S_run(d, "SELECT e.event_id, d.id FROM event_ids e JOIN documents d ON d.doc_key ="
			   " e.doc_key WHERE e.event_id = ANY($1::text[])", 1, values, &res,
			   "checking event ids");
	pm_jbuf_free(&ids);
	if (rc < 0 || !res)
		return rc;
	S_map owners = {0};
	for (int r = 0; r < d->pq.PQntuples(res); r++)
		S_map_put(&owners, d->pq.PQgetvalue(res, r, 0), r);
	for (int i = d->sent; d->pq.PQntuples(res) && i < d->n_docs; i++) {
		S_pdoc *p = &d->docs[i];
		long long r;
		for (int k = 0; S_live(p) && k < p->n; k++)
			if (S_map_get(&owners, all[p->first + k].event_id, &r) &&
			    strcmp(d->pq.PQgetvalue(res, (int)r, 1), p->id)) {
				p->refused = 1;
				break;
			}
	}
	S_map_clear(&owners);
	d->pq.PQclear(res);
	return 0;
}

/* Keys for n events and m sentences, in increasing order. */
static int S_new_keys(S_pg *d, int n, long long *events, int m, long long *sentences)
{
	char a[16], b[16];
	snprintf(a, sizeof(a), "%d", n);
	snprintf(b, sizeof(b), "%d", m);
	const char *values[2] = {a, b};
	PGresult *res;
	int rc = S_run(d, "SELECT (SELECT array_agg(nextval('events_event_key_seq')) FROM"
		       " generate_series(1, $1::int)), (SELECT array_agg(nextval("
		       "'sentences_sentence_key_seq')) FROM generate_series(1, $2::int))",
		       2, values, &res, "numbering events");
	if (rc < 0)
		return rc;
	int got_n = S_parse_keys(d->pq.PQgetvalue(res, 0, 0), events, n);
	int got_m = S_parse_keys(d->pq.PQgetvalue(res, 0, 1), sentences, m);
	d->pq.PQclear(res);
	if (got_n != n || got_m != m)
		return pm_error_set(PM_ERROR, "%s: the server gave %d keys for %d events", d->where,
				    got_n, n);
	return 0;
}

/* The event ids of the documents written, with their keys and months. */
static int S_send_event_ids(S_pg *d, const pm_event *all, const long long *keys)
{
	pm_jbuf ids, docs, events, months;
	int total = 0;
	S_buf(&ids);
	S_buf(&docs);
	S_buf(&events);
	S_buf(&months);
	pm_jbuf *cols[4] = {&ids, &docs, &events, &months};
	for (int c = 0; c < 4; c++)
		pm_jbuf_lit(cols[c], "{");
	for (int i = d->sent; i < d->n_docs; i++) {
		const S_pdoc *p = &d->docs[i];
		for (int k = 0; p->write && k < p->n; k++) {
			long first, last;
			if (total)
				for (int c = 0; c < 4; c++)
					pm_jbuf_lit(cols[c], ",");
			S_array_text(&ids, all[p->first + k].event_id);
			S_copy_int(&docs, p->doc_key);
			S_copy_int(&events, keys[total]);
			S_copy_int(&months, S_month(all[p->first + k].date, &first, &last));
			total++;
		}
	}
	for (int c = 0; c < 4; c++)
		pm_jbuf_lit(cols[c], "}");
	const char *values[4] = {ids.p, docs.p, events.p, months.p};
	PGresult *res = NULL;
	int rc = S_run(d, "INSERT INTO event_ids (event_id, doc_key, event_key, month) SELECT * FROM"
		       " unnest($1::text[], $2::bigint[], $3::bigint[], $4::int[])", 4, values, &res,
		       "storing event ids");
	d->pq.PQclear(res);
	for (int c = 0; c < 4; c++)
		pm_jbuf_free(cols[c]);
	return rc;
}

/* One event's row of COPY events. */
static void S_event_row(pm_jbuf *b, pm_arena *a, const pm_event *ev, long long event_key,
			long long doc_key, long long sentence_key, long long place_key)
{
	long first, last;
	int month = S_month(ev->date, &first, &last);
	const char *root = ev->root;
	S_copy_int(b, event_key); S_tab(b);
	S_copy_text(b, ev->event_id); S_tab(b);
	S_copy_int(b, doc_key); S_tab(b);
	S_copy_int(b, sentence_key); S_tab(b);
	S_copy_int(b, ev->headline ? 1 : 0); S_tab(b);
	S_copy_text(b, S_clean(a, ev->date)); S_tab(b);
	S_copy_text(b, S_clean(a, ev->date_precision)); S_tab(b);
	S_copy_text(b, S_clean(a, ev->date_text)); S_tab(b);
	if (month) {
		S_copy_int(b, first); S_tab(b);
		S_copy_int(b, last); S_tab(b);
	} else {
		pm_jbuf_lit(b, "\\N\t\\N\t");
	}
	const pm_actor *actors[2] = {&ev->source, &ev->target};
	for (int i = 0; i < 2; i++) {
		S_copy_text(b, S_clean(a, actors[i]->code)); S_tab(b);
		S_copy_text(b, S_clean(a, actors[i]->label)); S_tab(b);
		S_copy_text(b, S_clean(a, actors[i]->text)); S_tab(b);
	}
	S_copy_text(b, S_clean(a, ev->code)); S_tab(b);
	S_copy_text(b, S_clean(a, ev->code_label)); S_tab(b);
	S_copy_text(b, S_clean(a, root)); S_tab(b);
	S_copy_int(b, ev->quad); S_tab(b);
	S_copy_real(b, ev->goldstein); S_tab(b);
	S_copy_text(b, S_clean(a, ev->plover)); S_tab(b);
	S_copy_text(b, S_clean(a, ev->modality)); S_tab(b);
	if (place_key) {
		S_copy_int(b, place_key); S_tab(b);
		S_copy_text(b, S_clean(a, ev->location.text)); S_tab(b);
		S_copy_text(b, S_clean(a, ev->location.fallback)); S_tab(b);
	} else {
		pm_jbuf_lit(b, "\\N\t\\N\t\\N\t");
	}
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		if (ev->counts[k].value < 0)
			pm_jbuf_lit(b, "\\N");
		else
			S_copy_int(b, ev->counts[k].value);
		S_tab(b);
	}
	pm_jbuf_lit(b, "\\N\t");   /* unlinked: the front links it (incidents.c) */
	S_copy_int(b, ev->location.found ? ev->location.ambiguous : 0); S_tab(b);
	S_copy_text(b, S_clean(a, ev->control.change)); S_tab(b);
	S_copy_text(b, ev->control.change ? S_clean(a, ev->control.actor) : NULL); S_tab(b);
	S_copy_text(b, ev->control.change ? S_clean(a, ev->control.status) : NULL); S_tab(b);
	S_copy_int(b, month);
	S_nl(b);
}

/* The rows of COPY evidence for one event. */
static void S_evidence_rows(pm_jbuf *evid, pm_arena *a, const pm_event *ev, long long event_key)
{
	for (int i = 0; i < ev->n_evidence; i++) {
		S_copy_int(evid, event_key); S_tab(evid);
		S_copy_int(evid, ev->evidence[i].sentence); S_tab(evid);
		S_copy_text(evid, S_clean(a, ev->evidence[i].text ? ev->evidence[i].text : ""));
		S_nl(evid);
	}
}

/* The rows of COPY counts and attribution for one event. */
static void S_detail_rows(pm_jbuf *counts, pm_jbuf *attr, pm_arena *a, const pm_event *ev,
			  long long event_key)
{
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const pm_event_count *c = &ev->counts[k];
		if (c->value < 0)
			continue;
		S_copy_int(counts, event_key); S_tab(counts);
		S_copy_text(counts, pm_count_kind_name(k)); S_tab(counts);
		S_copy_int(counts, c->value); S_tab(counts);
		S_copy_text(counts, S_clean(a, c->qualifier)); S_tab(counts);
		S_copy_int(counts, c->value_max); S_tab(counts);
		S_copy_int(counts, c->approximate ? 1 : 0);
		S_nl(counts);
	}
	for (int i = 0; i < ev->n_attribution; i++) {
		S_copy_int(attr, event_key); S_tab(attr);
		S_copy_int(attr, i); S_tab(attr);
		S_copy_text(attr, S_clean(a, ev->attribution[i] ? ev->attribution[i] : ""));
		S_nl(attr);
	}
}

/* The day sums the batch's dated events that are not headlines add. */
static void S_event_days(S_days *ds, const pm_event *ev)
{
	long first, last;
	if (ev->headline || !ev->date || pm_date_span(ev->date, &first, &last) < 0)
		return;
	long long sums[1 + PM_COUNT_KINDS] = {1};
	for (int c = 0; c < PM_COUNT_KINDS; c++)
		if (ev->counts[c].value > 0)
			sums[1 + c] = ev->counts[c].value;
	S_days_add(ds, first, sums, 1);
}

/* event_days += the batch's changes, merged by day and sent in day order. */
static int S_send_days(S_pg *d, S_days *ds)
{
	if (!ds->n)
		return 0;
	qsort(ds->days, (size_t)ds->n, sizeof(S_day), S_day_cmp);
	int m = 0;
	for (int i = 0; i < ds->n; i++) {
		if (m && ds->days[m - 1].day == ds->days[i].day) {
			for (int k = 0; k <= PM_COUNT_KINDS; k++)
				ds->days[m - 1].sums[k] += ds->days[i].sums[k];
		} else {
			ds->days[m++] = ds->days[i];
		}
	}
	pm_jbuf cols[2 + PM_COUNT_KINDS];
	const char *values[2 + PM_COUNT_KINDS];
	for (int c = 0; c < 2 + PM_COUNT_KINDS; c++) {
		S_buf(&cols[c]);
		pm_jbuf_lit(&cols[c], "{");
		for (int i = 0; i < m; i++) {
			if (i)
				pm_jbuf_lit(&cols[c], ",");
			S_copy_int(&cols[c], c ? ds->days[i].sums[c - 1] : ds->days[i].day);
		}
		pm_jbuf_lit(&cols[c], "}");
		values[c] = cols[c].p;
	}
	PGresult *res;
	int rc = S_run(d, "INSERT INTO event_days AS x SELECT * FROM unnest($1::int[], $2::bigint[],"
		       " $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[],"
		       " $8::bigint[]) ON CONFLICT (day) DO UPDATE SET events = x.events +"
		       " excluded.events, killed = x.killed + excluded.killed, wounded = x.wounded +"
		       " excluded.wounded, arrested = x.arrested + excluded.arrested, displaced ="
		       " x.displaced + excluded.displaced, strikes = x.strikes + excluded.strikes,"
		       " casualties = x.casualties + excluded.casualties", 2 + PM_COUNT_KINDS, values,
		       &res, "counting events by day");
	d->pq.PQclear(res);
	for (int c = 0; c < 2 + PM_COUNT_KINDS; c++)
		pm_jbuf_free(&cols[c]);
	return rc;
}

/* Sentence index -> its position among a document's sentences (-1: not
 * yet), for the document being written. */
typedef struct {
	int *slot;
	int cap;
} S_sentences;

static int *S_sentence_slot(S_sentences *t, int sentence)
{
	if (sentence >= t->cap) {
		int cap = t->cap ? t->cap : 64;
		while (cap <= sentence)
			cap *= 2;
		int *slot = realloc(t->slot, (size_t)cap * sizeof(int));
		if (!slot)
			S_oom();
		for (int i = t->cap; i < cap; i++)
			slot[i] = -1;
		t->slot = slot;
		t->cap = cap;
	}
	return &t->slot[sentence];
}

static void S_sentences_reset(S_sentences *t, const pm_event *events, int n)
{
	for (int k = 0; k < n; k++)
		if (events[k].sentence < t->cap)
			t->slot[events[k].sentence] = -1;
}

/* The rows of the documents written: keys drawn, sentences once each,
 * events, counts and attribution by COPY. */
static int S_send_rows(S_pg *d, const pm_event *all, S_days *ds, pm_arena *a)
{
	int n_events = 0, n_sentences = 0, rc = 0;
	S_sentences t = {NULL, 0};
	for (int i = d->sent; i < d->n_docs; i++) {
		const S_pdoc *p = &d->docs[i];
		for (int k = 0; p->write && k < p->n; k++) {
			int *slot = S_sentence_slot(&t, all[p->first + k].sentence);
			n_events++;
			if (*slot < 0)
				*slot = n_sentences++;
		}
		if (p->write)
			S_sentences_reset(&t, all + p->first, p->n);
	}
	if (!n_events) {
		free(t.slot);
		return 0;
	}
	long long *event_keys = malloc((size_t)n_events * sizeof(long long));
	long long *sentence_keys = malloc((size_t)n_sentences * sizeof(long long));
	if (!event_keys || !sentence_keys) {
		free(event_keys);
		free(sentence_keys);
		free(t.slot);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	rc = S_new_keys(d, n_events, event_keys, n_sentences, sentence_keys);
	if (rc == 0)
		rc = S_send_event_ids(d, all, event_keys);
	pm_jbuf sent, ev, counts, attr, evid;
	S_buf(&sent);
	S_buf(&ev);
	S_buf(&counts);
	S_buf(&attr);
	S_buf(&evid);
	int e = 0, s = 0;
	for (int i = d->sent; rc == 0 && i < d->n_docs; i++) {
		const S_pdoc *p = &d->docs[i];
		for (int k = 0; p->write && k < p->n; k++) {
			const pm_event *x = &all[p->first + k];
			long long place_key = 0;
			int *slot = S_sentence_slot(&t, x->sentence);
			/* the sentence: written with the first of its events */
			if (*slot < 0) {
				*slot = s++;
				S_copy_int(&sent, sentence_keys[*slot]); S_tab(&sent);
				S_copy_int(&sent, p->doc_key); S_tab(&sent);
				S_copy_int(&sent, x->sentence); S_tab(&sent);
				const char *text = S_clean(a, x->text ? x->text : "");
				S_copy_text(&sent, text); S_tab(&sent);
				S_words(text, " ", &sent);
				S_nl(&sent);
			}
			if (x->location.found) {
				char key[1024];
				S_place_key(&x->location, key, sizeof(key));
				S_map_get(&d->places, key, &place_key);
			}
			S_event_row(&ev, a, x, event_keys[e], p->doc_key, sentence_keys[*slot], place_key);
			S_detail_rows(&counts, &attr, a, x, event_keys[e]);
			S_evidence_rows(&evid, a, x, event_keys[e]);
			S_event_days(ds, x);
			e++;
		}
		if (p->write)
			S_sentences_reset(&t, all + p->first, p->n);
	}
	free(t.slot);
	if (sent.failed || ev.failed || counts.failed || attr.failed || evid.failed)
		rc = pm_error_set(PM_ENOMEM, "out of memory");
	if (rc == 0)
		rc = S_copy(d, "COPY sentences (sentence_key, doc_key, sentence, text, words) FROM STDIN",
			    &sent, "storing sentences");
	if (rc == 0)
		rc = S_copy(d, "COPY events (event_key, event_id, doc_key, sentence_key, headline, date,"
			    " date_precision, date_text, day_first, day_last, source_code, source_label,"
			    " source_text, target_code, target_label, target_text, code, code_label, root,"
			    " quad, goldstein, plover, modality, place_key, location_text,"
			    " location_fallback, killed, wounded, arrested, displaced, strikes, casualties,"
			    " incident, location_ambiguous, control_change, control_actor, control_status,"
			    " month) FROM STDIN", &ev, "storing events");
	if (rc == 0 && counts.n)
		rc = S_copy(d, "COPY counts FROM STDIN", &counts, "storing counts");
	if (rc == 0 && attr.n)
		rc = S_copy(d, "COPY attribution FROM STDIN", &attr, "storing attribution");
	if (rc == 0 && evid.n)
		rc = S_copy(d, "COPY evidence FROM STDIN", &evid, "storing evidence");
	pm_jbuf_free(&evid);
	pm_jbuf_free(&sent);
	pm_jbuf_free(&ev);
	pm_jbuf_free(&counts);
	pm_jbuf_free(&attr);
	free(event_keys);
	free(sentence_keys);
	return rc;
}

/* Sends the documents put since the last send, in the batch's open
 * transaction. */
static void S_forget_lookup(S_pg *d)
{
	free(d->last_id);
	free(d->last_hash);
	d->last_id = d->last_hash = NULL;
	d->checked = 0;
}

static int S_send(S_pg *d)
{
	int total, rc;
	S_forget_lookup(d);
	const pm_event *all = pm_event_buf_events(d->buf, &total);
	S_days ds = {NULL, 0, 0};
	pm_arena a;
	pm_arena_init(&a, 64 * 1024);
	rc = S_refuse_taken(d, all);
	if (rc == 0)
		rc = S_send_documents(d, &ds, &a);
	/* places after documents: a document stored meanwhile by another writer
	 * needs none */
	if (rc == 0)
		rc = S_send_places(d, all, &a);
	if (rc == 0)
		rc = S_send_rows(d, all, &ds, &a);
	if (rc == 0)
		rc = S_send_days(d, &ds);
	free(ds.days);
	pm_arena_free(&a);
	if (rc == 0)
		d->sent = d->n_docs;
	return rc;
}

/* In a batch, before anything is read or written: the batch's transaction
 * begun (under the writers' lock, so that writers, and the incidents they
 * link, follow one another whole) and what was put sent. Outside a batch:
 * nothing. */
static int S_flush_incidents(S_pg *d);

static int S_sync_docs(S_pg *d, int flush);

static int S_sync(S_pg *d)
{
	return S_sync_docs(d, 1);
}

/* flush: the incident writes waiting are sent too (before anything reads
 * them); else only when documents put after them are sent. */
static int S_sync_docs(S_pg *d, int flush)
{
	int rc = 0;
	if (!d->in_batch)
		return 0;
	/* partitions first, each committed on its own: while no transaction of
	 * the batch is open, that holds up nobody */
	if (d->sent < d->n_docs)
		rc = S_partitions(d);
	if (rc == 0 && !d->tx) {
		rc = S_exec(d, "BEGIN", "starting a batch");
		if (rc == 0)
			d->tx = 1;
		if (rc == 0)
			rc = S_exec(d, "SELECT pg_advisory_xact_lock(1347177819)",
				    "waiting for the other writers");
	}
	if (rc == 0 && (flush || d->sent < d->n_docs))
		rc = S_flush_incidents(d);
	if (rc == 0 && d->sent < d->n_docs)
		rc = S_send(d);
	return rc;
}

static int S_commit(pm_store_backend *b)
{
	S_pg *d = (S_pg *)b;
	int rc = S_sync(d);
	if (rc == 0 && d->tx)
		rc = S_exec(d, "COMMIT", "committing a batch");
	if (rc < 0)
		return rc;
	d->tx = 0;
	S_forget_batch(d);
	d->in_batch = 0;
	return 0;
}

/* ---- queries ------------------------------------------------------------------------------ */

/* A query's text and its parameters ($1, ...), built from fixed pieces. */
typedef struct {
	pm_jbuf sql;
	const char *values[64];
	char nums[64][40];
	int n;
	int overflow;
	pm_jbuf words;            /* the text filter as a tsquery */
	char scratch[4][40];      /* code prefix bounds */
	int n_scratch;
	pm_filter sub;            /* a filter of reports inside an incident query: its
				   * values are parameters until the query is run */
} S_q;

static void S_sql(S_q *q, const char *piece)
{
	pm_jbuf_lit(&q->sql, piece);
}

/* Adds a parameter and its place in the text: "$n" then the cast. */
static void S_param(S_q *q, const char *value, const char *cast)
{
	if (q->n >= 64) {
		q->overflow = 1;
		return;
	}
	q->values[q->n++] = value;
	char ref[32];
	snprintf(ref, sizeof(ref), "$%d%s", q->n, cast);
	S_sql(q, ref);
}

static void S_param_int(S_q *q, long long v)
{
	if (q->n >= 64) {
		q->overflow = 1;
		return;
	}
	snprintf(q->nums[q->n], sizeof(q->nums[0]), "%lld", v);
	S_param(q, q->nums[q->n], "::bigint");
}

static void S_param_real(S_q *q, double v)
{
	if (q->n >= 64) {
		q->overflow = 1;
		return;
	}
	snprintf(q->nums[q->n], sizeof(q->nums[0]), "%.17g", v);
	S_param(q, q->nums[q->n], "::float8");
}

/* col >= prefix AND col < prefix with its last byte raised (the code
 * columns sort bytewise: COLLATE "C"). */
static void S_prefix(S_q *q, const char *col, const char *prefix)
{
	char *hi = q->scratch[q->n_scratch++ & 3];
	pm_strlcpy(hi, prefix, sizeof(q->scratch[0]));
	size_t n = strlen(hi);
	hi[n - 1] = (char)(hi[n - 1] + 1);
	S_sql(q, "(");
	S_sql(q, col);
	S_sql(q, " >= ");
	S_param(q, prefix, "::text");
	S_sql(q, " AND ");
	S_sql(q, col);
	S_sql(q, " < ");
	S_param(q, hi, "::text");
	S_sql(q, ")");
}

static void S_lon_range(S_q *q, double west, double east)
{
	S_sql(q, west <= east ? " AND lon BETWEEN " : " AND (lon >= ");
	S_param_real(q, west);
	S_sql(q, west <= east ? " AND " : " OR lon <= ");
	S_param_real(q, east);
	if (west > east)
		S_sql(q, ")");
}

/* The box of the GiST index on places' points, for bbox and near; the
 * exact tests beside it decide. */
static void S_point_box(S_q *q, double south, double north, double west, double east)
{
	for (int half = 0; half < (west > east ? 2 : 1); half++) {
		S_sql(q, half ? " OR " : " AND (");
		S_sql(q, "point(lon, lat) <@ box(point(");
		S_param_real(q, half ? -180 : west);
		S_sql(q, ", ");
		S_param_real(q, south);
		S_sql(q, "), point(");
		S_param_real(q, west > east && !half ? 180 : east);
		S_sql(q, ", ");
		S_param_real(q, north);
		S_sql(q, "))");
	}
	S_sql(q, ")");
}

/* The filters as " AND ..." conditions on events e. */
static void S_where(S_q *q, const pm_filter *f)
{
	/* the months a date range spans: the partitions to read */
	if (f->has_from) {
		int y, m, dd;
		pm_date_civil(f->from_day, &y, &m, &dd);
		S_sql(q, " AND e.month >= ");
		S_param_int(q, y * 100 + m);
		S_sql(q, " AND e.day_first >= ");
		S_param_int(q, f->from_day);
	}
	if (f->has_to) {
		int y, m, dd;
		pm_date_civil(f->to_day, &y, &m, &dd);
		S_sql(q, " AND e.month BETWEEN 1 AND ");
		S_param_int(q, y * 100 + m);
		S_sql(q, " AND e.day_first <= ");
		S_param_int(q, f->to_day);
		S_sql(q, " AND e.day_last <= ");
		S_param_int(q, f->to_day);
	}
	if (f->country[0] || f->admin1[0] || f->place[0] || f->geonameid || f->has_near ||
	    f->has_bbox) {
		S_sql(q, " AND e.place_key IN (SELECT place_key FROM places WHERE true");
		if (f->country[0]) {
			S_sql(q, " AND country = ");
			S_param(q, f->country, "::text");
		}
		if (f->admin1[0]) {
			S_sql(q, " AND pm_fold(admin1) = pm_fold(");
			S_param(q, f->admin1, "::text");
			S_sql(q, ")");
		}
		if (f->geonameid) {
			S_sql(q, " AND geonameid = ");
			S_param_int(q, f->geonameid);
		}
		if (f->place[0]) {
			S_sql(q, " AND (pm_fold(name) = pm_fold(");
			S_param(q, f->place, "::text");
			S_sql(q, ") OR place_key IN (SELECT place_key FROM place_names WHERE"
				 " pm_fold(name) = pm_fold(");
			S_param(q, f->place, "::text");
			S_sql(q, ")))");
		}
		if (f->has_bbox) {
			S_point_box(q, f->south, f->north, f->west, f->east);
			S_sql(q, " AND lat BETWEEN ");
			S_param_real(q, f->south);
			S_sql(q, " AND ");
			S_param_real(q, f->north);
			S_lon_range(q, f->west, f->east);
		}
		if (f->has_near) {
			pm_geo_box box;
			pm_geo_box_around(f->near_lat, f->near_lon, f->near_km, &box);
			if (!box.all_lon)
				S_point_box(q, box.south, box.north, box.west, box.east);
			S_sql(q, " AND lat BETWEEN ");
			S_param_real(q, box.south);
			S_sql(q, " AND ");
			S_param_real(q, box.north);
			if (!box.all_lon)
				S_lon_range(q, box.west, box.east);
			S_sql(q, " AND pm_km(lat, lon, ");
			S_param_real(q, f->near_lat);
			S_sql(q, ", ");
			S_param_real(q, f->near_lon);
			S_sql(q, ") <= ");
			S_param_real(q, f->near_km);
		}
		S_sql(q, ")");
	}
	if (f->actor[0]) {
		S_sql(q, " AND (");
		S_prefix(q, "e.source_code", f->actor);
		S_sql(q, " OR ");
		S_prefix(q, "e.target_code", f->actor);
		S_sql(q, ")");
	}
	if (f->source[0]) {
		S_sql(q, " AND ");
		S_prefix(q, "e.source_code", f->source);
	}
	if (f->target[0]) {
		S_sql(q, " AND ");
		S_prefix(q, "e.target_code", f->target);
	}
	if (f->code[0]) {
		S_sql(q, " AND ");
		S_prefix(q, "e.code", f->code);
	}
	if (f->root[0]) {
		S_sql(q, " AND e.root = ");
		S_param(q, f->root, "::text");
	}
	if (f->quad) {
		S_sql(q, " AND e.quad = ");
		S_param_int(q, f->quad);
	}
	if (f->modality[0]) {
		S_sql(q, " AND e.modality = ");
		S_param(q, f->modality, "::text");
	}
	if (f->outlet[0]) {
		S_sql(q, " AND e.doc_key IN (SELECT doc_key FROM documents WHERE pm_fold(outlet) ="
			 " pm_fold(");
		S_param(q, f->outlet, "::text");
		S_sql(q, "))");
	}
	if (f->doc[0]) {
		S_sql(q, " AND e.doc_key IN (SELECT doc_key FROM documents WHERE id = ");
		S_param(q, f->doc, "::text");
		S_sql(q, ")");
	}
	if (f->min_outlets > 0) {
		S_sql(q, " AND e.incident IN (SELECT id FROM incidents WHERE n_outlets >= ");
		S_param_int(q, f->min_outlets);
		S_sql(q, ")");
	}
	if (f->text[0]) {
		S_words(f->text, " & ", &q->words);
		S_sql(q, " AND e.sentence_key IN (SELECT sentence_key FROM sentences WHERE words @@ ");
		S_param(q, q->words.p, "::tsquery");
		S_sql(q, ")");
	}
}

static S_q *S_q_new(void)
{
	S_q *q = calloc(1, sizeof(*q));
	if (!q)
		return NULL;
	S_buf(&q->sql);
	S_buf(&q->words);
	return q;
}

static void S_q_free(S_q *q)
{
	if (!q)
		return;
	pm_jbuf_free(&q->sql);
	pm_jbuf_free(&q->words);
	free(q);
}

enum {
	C_EVENT_KEY, C_EVENT_ID, C_DOC_ID, C_SENTENCE, C_TEXT, C_HEADLINE, C_DATE, C_DATE_PRECISION,
	C_DATE_TEXT, C_SOURCE_CODE, C_SOURCE_LABEL, C_SOURCE_TEXT, C_TARGET_CODE, C_TARGET_LABEL,
	C_TARGET_TEXT, C_CODE, C_CODE_LABEL, C_ROOT, C_QUAD, C_GOLDSTEIN, C_PLOVER, C_MODALITY,
	C_PLACE_KEY, C_PLACE_NAME, C_GEONAMEID, C_COUNTRY, C_ADMIN1, C_LAT, C_LON, C_PRECISION,
	C_LOCATION_TEXT, C_FALLBACK, C_COUNTS, C_INCIDENT = C_COUNTS + PM_COUNT_KINDS,
	C_DOC_KEY, C_DOC_TITLE, C_DOC_DATE, C_DOC_OUTLET, C_DOC_URL, C_DOC_CREDITS, C_DOC_EXTRA,
	C_AMBIGUOUS, C_CONTROL_CHANGE, C_CONTROL_ACTOR, C_CONTROL_STATUS, C_ATTRIBUTION,
	C_COUNT_DETAILS
};

/* attribution and how each figure was stated come with the row, as JSON
 * arrays: one round trip per query, not three per event */
static const char S_select[] =
	"SELECT e.event_key, e.event_id, d.id, s.sentence, s.text, e.headline, e.date,"
	" e.date_precision, e.date_text, e.source_code, e.source_label, e.source_text,"
	" e.target_code, e.target_label, e.target_text, e.code, e.code_label, e.root, e.quad,"
	" e.goldstein, e.plover, e.modality, p.place_key, p.name, p.geonameid, p.country,"
	" p.admin1, p.lat, p.lon, p.precision, e.location_text, e.location_fallback,"
	" e.killed, e.wounded, e.arrested, e.displaced, e.strikes, e.casualties, e.incident,"
	" e.doc_key, d.title, d.date, d.outlet, d.url, d.credits, d.extra,"
	" e.location_ambiguous, e.control_change, e.control_actor, e.control_status,"
	" (SELECT json_agg(a.name ORDER BY a.rank) FROM attribution a"
	"  WHERE a.event_key = e.event_key),"
	" CASE WHEN num_nonnulls(e.killed, e.wounded, e.arrested, e.displaced, e.strikes,"
	"  e.casualties) > 0 THEN (SELECT json_agg(json_build_array(c.kind, c.qualifier,"
	"  c.value_max, c.approximate)) FROM counts c WHERE c.event_key = e.event_key) END"
	" FROM events e JOIN sentences s ON s.sentence_key = e.sentence_key"
	" JOIN documents d ON d.doc_key = e.doc_key"
	" LEFT JOIN places p ON p.place_key = e.place_key WHERE true";

/* A row of a result. */
typedef struct {
	const S_pq *pq;
	const PGresult *res;
	int row;
} S_row;

static const char *S_col(S_row r, int i)
{
	return r.pq->PQgetisnull(r.res, r.row, i) ? NULL : r.pq->PQgetvalue(r.res, r.row, i);
}

static long long S_col_int(S_row r, int i)
{
	return r.pq->PQgetisnull(r.res, r.row, i) ? 0 : atoll(r.pq->PQgetvalue(r.res, r.row, i));
}

static int S_col_null(S_row r, int i)
{
	return r.pq->PQgetisnull(r.res, r.row, i);
}

/* The document of the rows being read: built again only when it changes. */
typedef struct {
	long long key;
	int set;
	pm_event_doc doc;
	json_t *credits_json;
	const char **credits;
	char *strings[6];
} S_doc_cache;

static char *S_strdup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void S_doc_cache_clear(S_doc_cache *c)
{
	json_decref(c->credits_json);
	free(c->credits);
	for (int i = 0; i < 6; i++)
		free(c->strings[i]);
	memset(c, 0, sizeof(*c));
}

static const pm_event_doc *S_doc_of(S_doc_cache *c, S_row res)
{
	long long key = S_col_int(res, C_DOC_KEY);
	if (c->set && c->key == key)
		return &c->doc;
	S_doc_cache_clear(c);
	c->set = 1;
	c->key = key;
	c->doc.id = c->strings[0] = S_strdup_or_null(S_col(res, C_DOC_ID));
	c->doc.title = c->strings[1] = S_strdup_or_null(S_col(res, C_DOC_TITLE));
	c->doc.date = c->strings[2] = S_strdup_or_null(S_col(res, C_DOC_DATE));
	c->doc.outlet = c->strings[3] = S_strdup_or_null(S_col(res, C_DOC_OUTLET));
	c->doc.url = c->strings[4] = S_strdup_or_null(S_col(res, C_DOC_URL));
	c->doc.extra_json = c->strings[5] = S_strdup_or_null(S_col(res, C_DOC_EXTRA));
	const char *credits = S_col(res, C_DOC_CREDITS);
	if (credits && (c->credits_json = json_loads(credits, 0, NULL)) &&
	    json_is_array(c->credits_json)) {
		size_t n = json_array_size(c->credits_json);
		c->credits = calloc(n ? n : 1, sizeof(char *));
		for (size_t i = 0; c->credits && i < n; i++) {
			const char *s = json_string_value(json_array_get(c->credits_json, i));
			if (s)
				c->credits[c->doc.n_credits++] = s;
		}
		c->doc.credits = c->credits;
	}
	if (!c->doc.id)
		c->doc.id = "";
	return &c->doc;
}

/* One row as the event it stores; strings point into res and into the
 * JSON trees (*attr, *counts), freed by the caller after the callback. */
static void S_row_event(S_row res, pm_event *ev, const pm_event_doc *doc,
			json_t **attr, json_t **counts, const char **names, int cap)
{
	memset(ev, 0, sizeof(*ev));
	pm_strlcpy(ev->event_id, S_col(res, C_EVENT_ID), sizeof(ev->event_id));
	ev->doc = doc;
	ev->id = doc->id;
	ev->sentence = (int)S_col_int(res, C_SENTENCE);
	ev->text = S_col(res, C_TEXT);
	ev->headline = (int)S_col_int(res, C_HEADLINE);
	ev->date = S_col(res, C_DATE);
	ev->date_precision = S_col(res, C_DATE_PRECISION);
	ev->date_text = S_col(res, C_DATE_TEXT);
	ev->source.code = S_col(res, C_SOURCE_CODE);
	ev->source.label = S_col(res, C_SOURCE_LABEL);
	ev->source.text = S_col(res, C_SOURCE_TEXT);
	ev->target.code = S_col(res, C_TARGET_CODE);
	ev->target.label = S_col(res, C_TARGET_LABEL);
	ev->target.text = S_col(res, C_TARGET_TEXT);
	ev->code = S_col(res, C_CODE);
	ev->code_label = S_col(res, C_CODE_LABEL);
	const char *root = S_col(res, C_ROOT);
	pm_strlcpy(ev->root, root ? root : "", sizeof(ev->root));
	ev->quad = (int)S_col_int(res, C_QUAD);
	ev->goldstein = strtod(S_col(res, C_GOLDSTEIN), NULL);
	ev->plover = S_col(res, C_PLOVER);
	ev->modality = S_col(res, C_MODALITY);
	ev->negated = ev->modality && !strcmp(ev->modality, "negated");
	if (!S_col_null(res, C_PLACE_KEY)) {
		pm_location *l = &ev->location;
		l->found = 1;
		l->name = S_col(res, C_PLACE_NAME);
		l->geonameid = (long)S_col_int(res, C_GEONAMEID);
		l->country = S_col(res, C_COUNTRY);
		l->admin1 = S_col(res, C_ADMIN1);
		l->lat = strtod(S_col(res, C_LAT), NULL);
		l->lon = strtod(S_col(res, C_LON), NULL);
		l->precision = S_col(res, C_PRECISION);
		l->text = S_col(res, C_LOCATION_TEXT);
		l->fallback = S_col(res, C_FALLBACK);
		l->ambiguous = (int)S_col_int(res, C_AMBIGUOUS);
	}
	ev->control.change = S_col(res, C_CONTROL_CHANGE);
	ev->control.actor = S_col(res, C_CONTROL_ACTOR);
	ev->control.status = S_col(res, C_CONTROL_STATUS);
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		pm_event_count *c = &ev->counts[k];
		c->value = c->value_max = -1;
		if (!S_col_null(res, C_COUNTS + k))
			c->value = c->value_max = (long)S_col_int(res, C_COUNTS + k);
	}
	ev->incident = S_col(res, C_INCIDENT);
	const char *text = S_col(res, C_ATTRIBUTION);
	*attr = text ? json_loads(text, 0, NULL) : NULL;
	for (size_t i = 0; *attr && i < json_array_size(*attr) && ev->n_attribution < cap; i++) {
		const char *name = json_string_value(json_array_get(*attr, i));
		if (name)
			names[ev->n_attribution++] = name;
	}
	ev->attribution = names;
	text = S_col(res, C_COUNT_DETAILS);
	*counts = text ? json_loads(text, 0, NULL) : NULL;
	for (size_t i = 0; *counts && i < json_array_size(*counts); i++) {
		json_t *row = json_array_get(*counts, i);
		const char *kind = json_string_value(json_array_get(row, 0));
		for (int k = 0; kind && k < PM_COUNT_KINDS; k++) {
			if (strcmp(kind, pm_count_kind_name(k)) || ev->counts[k].value < 0)
				continue;
			ev->counts[k].qualifier = json_string_value(json_array_get(row, 1));
			ev->counts[k].value_max = (long)json_integer_value(json_array_get(row, 2));
			ev->counts[k].approximate = (int)json_integer_value(json_array_get(row, 3));
		}
	}
}

/* Runs sql through a cursor, a thousand rows at a time, and calls
 * row(ctx, r) for each until it returns non-zero: a query over millions
 * of rows neither waits for nor holds all of them, and one stopped early
 * costs nothing more. In the batch's transaction when one is open, else
 * in a read-only one of its own. */
static int S_cursor(S_pg *d, const char *sql, int n, const char *const *values,
		    int (*row)(void *ctx, S_row r), void *ctx, const char *doing)
{
	char declare[64], fetch[64], close[64];
	int own = d->pq.PQtransactionStatus(d->conn) == PQTRANS_IDLE, rc = 0;
	int k = d->cursors++;
	snprintf(declare, sizeof(declare), "DECLARE pm_rows%d NO SCROLL CURSOR FOR ", k);
	snprintf(fetch, sizeof(fetch), "FETCH 1000 FROM pm_rows%d", k);
	snprintf(close, sizeof(close), "CLOSE pm_rows%d", k);
	pm_jbuf q;
	S_buf(&q);
	pm_jbuf_lit(&q, declare);
	pm_jbuf_lit(&q, sql);
	if (own)
		rc = S_exec(d, "BEGIN READ ONLY", doing);
	PGresult *res = NULL;
	if (rc == 0)
		rc = q.failed ? pm_error_set(PM_ENOMEM, "out of memory")
			      : S_run(d, q.p, n, values, &res, doing);
	d->pq.PQclear(res);
	pm_jbuf_free(&q);
	int declared = rc == 0, stop = 0;
	while (rc == 0 && !stop) {
		if ((rc = S_run(d, fetch, 0, NULL, &res, doing)) < 0)
			break;
		int rows = d->pq.PQntuples(res);
		for (int i = 0; i < rows && !stop; i++)
			stop = row(ctx, (S_row){&d->pq, res, i});
		d->pq.PQclear(res);
		if (rows < 1000)
			break;
	}
	if (declared && d->pq.PQtransactionStatus(d->conn) == PQTRANS_INTRANS)
		d->pq.PQclear(d->pq.PQexec(d->conn, close));
	if (own && d->pq.PQtransactionStatus(d->conn) != PQTRANS_IDLE)
		d->pq.PQclear(d->pq.PQexec(d->conn, rc == 0 ? "COMMIT" : "ROLLBACK"));
	d->cursors--;
	return rc;
}

typedef struct {
	pm_event_fn fn;
	void *ctx;
	S_doc_cache cache;
} S_events_ctx;

static int S_event_row_cb(void *ctx, S_row r)
{
	S_events_ctx *e = ctx;
	pm_event ev;
	const char *names[256];
	json_t *attr, *counts;
	S_row_event(r, &ev, S_doc_of(&e->cache, r), &attr, &counts, names, 256);
	int stop = e->fn(e->ctx, &ev);
	json_decref(attr);
	json_decref(counts);
	return stop;
}

/* Runs q (S_select's columns) and hands each row to fn as an event. */
static int S_events_of(S_pg *d, S_q *q, pm_event_fn fn, void *ctx)
{
	if (q->overflow || q->sql.failed)
		return pm_error_set(PM_EINVALID, "the query is too large");
	S_events_ctx e;
	memset(&e, 0, sizeof(e));
	e.fn = fn;
	e.ctx = ctx;
	int rc = S_cursor(d, q->sql.p, q->n, q->values, S_event_row_cb, &e, "reading events");
	S_doc_cache_clear(&e.cache);
	return rc;
}

/* The key of the event a page ended with (pm_filter.after). */
static int S_after_key(S_pg *d, const char *event_id, long long *out)
{
	PGresult *res;
	const char *values[1] = {event_id};
	int rc = S_run(d, "SELECT event_key FROM event_ids WHERE event_id = $1", 1, values, &res,
		       "finding where a page ended");
	if (rc < 0)
		return rc;
	*out = d->pq.PQntuples(res) ? atoll(d->pq.PQgetvalue(res, 0, 0)) : 0;
	d->pq.PQclear(res);
	return *out ? 0 : pm_error_set(PM_ENOTFOUND, "%s: no event %s (its document was replaced?)",
				       d->where, event_id);
}

static int S_query(pm_store_backend *b, const pm_filter *f, pm_event_fn fn, void *ctx)
{
	S_pg *d = (S_pg *)b;
	long long after = 0;
	int rc = S_sync(d);
	if (rc == 0 && f->after[0])
		rc = S_after_key(d, f->after, &after);
	S_q *q = rc < 0 ? NULL : S_q_new();
	if (!q)
		return rc < 0 ? rc : pm_error_set(PM_ENOMEM, "out of memory");
	S_sql(q, S_select);
	S_where(q, f);
	if (after) {
		S_sql(q, " AND e.event_key > ");
		S_param_int(q, after);
	}
	S_sql(q, " ORDER BY e.event_key");
	if (f->limit > 0) {
		S_sql(q, " LIMIT ");
		S_param_int(q, f->limit);
	}
	rc = S_events_of(d, q, fn, ctx);
	S_q_free(q);
	return rc;
}

/* ---- counts ------------------------------------------------------------------------------ */

static const char *S_value(const S_pg *d, const PGresult *res, int row, int col)
{
	return d->pq.PQgetisnull(res, row, col) ? NULL : d->pq.PQgetvalue(res, row, col);
}

/* Counts by time keys alone over the whole store: event_days, and the
 * undated events (their own partition). */
static int S_count_days(S_pg *d, const pm_count_by *by, pm_count_agg *agg)
{
	PGresult *res;
	int rc = S_run(d, "SELECT day, events, killed, wounded, arrested, displaced, strikes,"
		       " casualties FROM event_days WHERE events <> 0 UNION ALL"
		       " SELECT NULL, count(*), coalesce(sum(killed), 0), coalesce(sum(wounded), 0),"
		       " coalesce(sum(arrested), 0), coalesce(sum(displaced), 0),"
		       " coalesce(sum(strikes), 0), coalesce(sum(casualties), 0) FROM events"
		       " WHERE month = 0 AND headline = 0", 0, NULL, &res, "counting events");
	if (rc < 0)
		return rc;
	for (int r = 0; r < d->pq.PQntuples(res); r++) {
		char periods[PM_COUNT_BY_MAX][11];
		const char *keys[PM_COUNT_BY_MAX];
		long sums[PM_COUNT_KINDS];
		long events = atol(d->pq.PQgetvalue(res, r, 1));
		if (!events)
			continue;
		int dated = !d->pq.PQgetisnull(res, r, 0);
		for (int i = 0; i < by->n; i++) {
			keys[i] = dated ? periods[i] : NULL;
			if (dated)
				pm_day_period(by->keys[i], atol(d->pq.PQgetvalue(res, r, 0)), periods[i]);
		}
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			sums[k] = atol(d->pq.PQgetvalue(res, r, 2 + k));
		pm_count_agg_add(agg, keys, events, sums);
	}
	d->pq.PQclear(res);
	return 0;
}

/* The SELECT of a count: the raw key columns (day_first once for every
 * time key; a place as its key and name), then the count and the sums. */
static void S_count_sql(S_q *q, const pm_filter *f, const pm_count_by *by, int *col_of_key,
			int *n_cols)
{
	int places = 0, docs = 0, has_time = 0;
	const char *cols[PM_COUNT_BY_MAX + 1];
	*n_cols = 0;
	for (int i = 0; i < by->n; i++) {
		int key = by->keys[i];
		if (pm_count_key_is_time(key) && has_time) {
			for (int j = 0; j < i; j++)
				if (pm_count_key_is_time(by->keys[j]))
					col_of_key[i] = col_of_key[j];
			continue;
		}
		has_time |= pm_count_key_is_time(key);
		col_of_key[i] = *n_cols;
		cols[(*n_cols)++] = pm_store_count_column(key, &places, &docs);
	}
	S_sql(q, "SELECT ");
	for (int i = 0; i < *n_cols; i++) {
		S_sql(q, cols[i]);
		S_sql(q, ", ");
	}
	S_sql(q, places ? "min(p.name), " : "NULL, ");
	S_sql(q, "count(*)");
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		char piece[64];
		snprintf(piece, sizeof(piece), ", coalesce(sum(e.%s), 0)", pm_count_kind_name(k));
		S_sql(q, piece);
	}
	S_sql(q, " FROM events e");
	if (places)
		S_sql(q, " LEFT JOIN places p ON p.place_key = e.place_key");
	if (docs)
		S_sql(q, " JOIN documents d ON d.doc_key = e.doc_key");
	S_sql(q, " WHERE e.headline = 0");
	S_where(q, f);
	for (int i = 0; i < *n_cols; i++) {
		S_sql(q, i ? ", " : " GROUP BY ");
		S_sql(q, cols[i]);
	}
}

static int S_count(pm_store_backend *b, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
		   void *ctx)
{
	S_pg *d = (S_pg *)b;
	pm_count_agg *agg = NULL;
	int rc = S_sync(d);
	if (rc < 0 || (rc = pm_count_agg_new(&agg, by->n)) < 0)
		return rc;
	int all_time = 1;
	for (int i = 0; i < by->n; i++)
		all_time &= pm_count_key_is_time(by->keys[i]);
	if (all_time && pm_filter_is_empty(f)) {
		rc = S_count_days(d, by, agg);
		if (rc == 0)
			rc = pm_count_agg_emit(agg, fn, ctx);
		pm_count_agg_free(agg);
		return rc;
	}
	S_q *q = S_q_new();
	int col_of_key[PM_COUNT_BY_MAX], n_cols;
	if (!q) {
		pm_count_agg_free(agg);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	S_count_sql(q, f, by, col_of_key, &n_cols);
	PGresult *res = NULL;
	rc = q->overflow || q->sql.failed ? pm_error_set(PM_EINVALID, "the query is too large")
					  : S_run(d, q->sql.p, q->n, q->values, &res, "counting events");
	for (int r = 0; rc == 0 && r < d->pq.PQntuples(res); r++) {
		if (!n_cols && atol(d->pq.PQgetvalue(res, r, 1)) == 0)
			break;                    /* no events: no row */
		char periods[PM_COUNT_BY_MAX][11];
		const char *keys[PM_COUNT_BY_MAX];
		long sums[PM_COUNT_KINDS];
		for (int i = 0; i < by->n; i++) {
			int col = col_of_key[i], key = by->keys[i];
			const char *v = S_value(d, res, r, col);
			if (!v) {
				keys[i] = NULL;
			} else if (pm_count_key_is_time(key)) {
				pm_day_period(key, atol(v), periods[i]);
				keys[i] = periods[i];
			} else if (key == PM_COUNT_BY_PLACE) {
				keys[i] = S_value(d, res, r, n_cols);
				if (!keys[i])
					keys[i] = v;
			} else {
				keys[i] = v;
			}
		}
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			sums[k] = atol(d->pq.PQgetvalue(res, r, n_cols + 2 + k));
		pm_count_agg_add(agg, keys, atol(d->pq.PQgetvalue(res, r, n_cols + 1)), sums);
	}
	d->pq.PQclear(res);
	S_q_free(q);
	if (rc == 0)
		rc = pm_count_agg_emit(agg, fn, ctx);
	pm_count_agg_free(agg);
	return rc;
}

static int S_stats(pm_store_backend *b, pm_store_stats *out)
{
	S_pg *d = (S_pg *)b;
	PGresult *res;
	int rc = S_sync(d);
	if (rc == 0)
		rc = S_run(d, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),"
			   " (SELECT count(*) FROM events), (SELECT count(*) FROM places),"
			   " (SELECT value FROM palmyra_meta WHERE key = 'schema_version'),"
			   " (SELECT count(*) FROM incidents),"
			   " (SELECT count(*) FROM events WHERE incident IS NULL)", 0, NULL, &res,
			   "counting its rows");
	if (rc < 0)
		return rc;
	out->documents = atol(d->pq.PQgetvalue(res, 0, 0));
	out->sentences = atol(d->pq.PQgetvalue(res, 0, 1));
	out->events = atol(d->pq.PQgetvalue(res, 0, 2));
	out->places = atol(d->pq.PQgetvalue(res, 0, 3));
	out->schema_version = atoi(d->pq.PQgetvalue(res, 0, 4));
	out->incidents = atol(d->pq.PQgetvalue(res, 0, 5));
	out->unlinked = atol(d->pq.PQgetvalue(res, 0, 6));
	d->pq.PQclear(res);
	return 0;
}

/* ---- change and places ------------------------------------------------------------------ */

/* How far the server's write-ahead log has gone (on a read replica: how
 * far it has replayed): it moves whenever anything commits, which is all
 * a reader needs to know that what it built from the store may be stale;
 * a move for another database only costs the reader a rebuild. */
static int S_data_version(pm_store_backend *b, long long *out)
{
	S_pg *d = (S_pg *)b;
	PGresult *res;
	*out = 0;
	int rc = S_sync(d);
	if (rc == 0)
		rc = S_run(d, "SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()"
			   " ELSE pg_current_wal_lsn() END - '0/0'::pg_lsn)::bigint", 0, NULL, &res,
			   "asking whether it changed");
	if (rc < 0)
		return rc;
	*out = atoll(d->pq.PQgetvalue(res, 0, 0));
	d->pq.PQclear(res);
	return 0;
}

/* prefix with LIKE's wildcards escaped and '%' after it, into out. */
static void S_like_prefix(const char *prefix, char *out, size_t cap)
{
	size_t n = 0;
	for (; *prefix && n + 3 < cap; prefix++) {
		if (*prefix == '%' || *prefix == '_' || *prefix == '\\')
			out[n++] = '\\';
		out[n++] = *prefix;
	}
	out[n++] = '%';
	out[n] = '\0';
}

/* The places whose name (or a name the texts used) starts with prefix,
 * most events first, as the SQLite store orders them. */
static int S_places(pm_store_backend *b, const char *prefix, int limit, pm_store_place_fn fn,
		    void *ctx)
{
	S_pg *d = (S_pg *)b;
	char like[512], lim[24];
	S_like_prefix(prefix, like, sizeof(like));
	snprintf(lim, sizeof(lim), "%d", limit);
	const char *values[2] = {like, limit > 0 ? lim : NULL};
	PGresult *res;
	int rc = S_sync(d);
	if (rc == 0)
		rc = S_run(d, "SELECT p.name, p.geonameid, p.country, p.admin1, p.precision, p.lat, p.lon,"
			   " (SELECT count(*) FROM events e WHERE e.place_key = p.place_key) AS n"
			   " FROM places p WHERE pm_fold(p.name) LIKE pm_fold($1) OR p.place_key IN"
			   " (SELECT place_key FROM place_names WHERE pm_fold(name) LIKE pm_fold($1))"
			   " ORDER BY n DESC, p.name COLLATE \"C\", p.place_key LIMIT $2::bigint",
			   2, values, &res, "finding places");
	if (rc < 0)
		return rc;
	for (int i = 0; i < d->pq.PQntuples(res); i++) {
		const char *v[8];
		for (int k = 0; k < 8; k++)
			v[k] = d->pq.PQgetisnull(res, i, k) ? NULL : d->pq.PQgetvalue(res, i, k);
		pm_store_place p = {v[0], v[1] ? atol(v[1]) : 0, v[2], v[3], v[4], atof(v[5]),
				    atof(v[6]), atol(v[7])};
		if (fn(ctx, &p))
			break;
	}
	d->pq.PQclear(res);
	return 0;
}

/* ---- incidents ----------------------------------------------------------------------------
 * The front links (incidents.c); the rows are kept here as the SQLite
 * store keeps them (store_sqlite_incidents.inc): an incident row holds
 * what pm_incident carries, its reports are the events whose `incident`
 * names it. */

/* A 1-degree grid cell: incidents in a box are found by cell ranges. */
static long S_cell(double lat, double lon)
{
	long row = (long)floor(lat) + 90, col = (long)floor(lon) + 180;
	row = row < 0 ? 0 : row > 179 ? 179 : row;
	col = col < 0 ? 0 : col > 359 ? 359 : col;
	return row * 360 + col;
}

#define S_INC_COLUMNS 48

/* The incidents table's columns, in order. */
static void S_inc_columns(pm_jbuf *b, const char *prefix, const char *sep)
{
	static const char *const head[] = {
		"id", "date", "date_precision", "day_first", "day_last", "place_name", "geonameid",
		"country", "admin1", "lat", "lon", "place_precision", "cell", "source_code",
		"target_code", "code", "root", "quad"};
	static const char *const tail[] = {"attribution", "n_reports", "n_documents", "n_outlets",
					   "first_report", "last_report"};
	static const char *const parts[] = {"min", "max", "mode", "disagree"};
	int n = 0;
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++, n++) {
		if (n)
			pm_jbuf_lit(b, sep);
		pm_jbuf_lit(b, head[i]);
		if (prefix) {
			pm_jbuf_lit(b, prefix);
			pm_jbuf_lit(b, head[i]);
		}
	}
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		for (int j = 0; j < 4; j++, n++) {
			char col[40];
			snprintf(col, sizeof(col), "%s_%s", pm_count_kind_name(k), parts[j]);
			pm_jbuf_lit(b, sep);
			pm_jbuf_lit(b, col);
			if (prefix) {
				pm_jbuf_lit(b, prefix);
				pm_jbuf_lit(b, col);
			}
		}
	for (size_t i = 0; i < sizeof(tail) / sizeof(tail[0]); i++, n++) {
		pm_jbuf_lit(b, sep);
		pm_jbuf_lit(b, tail[i]);
		if (prefix) {
			pm_jbuf_lit(b, prefix);
			pm_jbuf_lit(b, tail[i]);
		}
	}
}

/* The types of the incidents table's columns, for the arrays of a run. */
static const char *S_inc_type(int col)
{
	static const char *const head[18] = {"text", "text", "text", "int", "int", "text", "bigint",
					     "text", "text", "float8", "float8", "text", "int", "text",
					     "text", "text", "text", "int"};
	if (col < 18)
		return head[col];
	if (col < 18 + 4 * PM_COUNT_KINDS)
		return (col - 18) % 4 == 3 ? "int" : "bigint";
	col -= 18 + 4 * PM_COUNT_KINDS;
	return col == 0 || col >= 4 ? "text" : "int";
}

/* Sends the incident writes waiting: a run of puts as one upsert (and its
 * reports' links as one update), or a run of deletes as one statement. */
static int S_flush_incidents(S_pg *d)
{
	if (!d->run_n)
		return 0;
	pm_jbuf sql;
	const char *v[50];
	int n = 0, rc;
	S_buf(&sql);
	for (int c = 0; c < 50; c++) {
		pm_jbuf_lit(&d->run_cols[c], "}");
		v[c] = d->run_cols[c].p;
	}
	if (d->run == 'd') {
		n = 1;
		/* joined with the ids, not tested against the array row by row:
		 * a relink removes thousands at a time */
		pm_jbuf_lit(&sql, "WITH x AS (SELECT DISTINCT id FROM unnest($1::text[]) AS x(id)),"
			    " u AS (UPDATE events e SET incident = NULL FROM x WHERE e.incident = x.id)"
			    " DELETE FROM incidents i USING x WHERE i.id = x.id");
	} else {
		n = 50;
		pm_jbuf_lit(&sql, "WITH up AS (INSERT INTO incidents (");
		S_inc_columns(&sql, NULL, ", ");
		pm_jbuf_lit(&sql, ") SELECT * FROM unnest(");
		for (int c = 0; c < S_INC_COLUMNS; c++) {
			char ref[32];
			snprintf(ref, sizeof(ref), "%s$%d::%s[]", c ? ", " : "", c + 1, S_inc_type(c));
			pm_jbuf_lit(&sql, ref);
		}
		pm_jbuf_lit(&sql, ") ON CONFLICT (id) DO UPDATE SET ");
		S_inc_columns(&sql, " = excluded.", ", ");
		/* an event already linked there is not written again: an update
		 * writes a new version of the row and of each of its indexes */
		pm_jbuf_lit(&sql, "), r AS (SELECT * FROM unnest($49::text[], $50::text[]) AS"
			    " r(incident, event_id)) UPDATE events e SET incident = r.incident FROM r"
			    " JOIN event_ids i ON i.event_id = r.event_id WHERE e.event_key ="
			    " i.event_key AND e.month = i.month AND e.incident IS DISTINCT FROM"
			    " r.incident");
	}
	int failed = sql.failed;
	for (int c = 0; c < 50; c++)
		failed |= d->run_cols[c].failed;
	PGresult *res = NULL;
	rc = failed ? pm_error_set(PM_ENOMEM, "out of memory")
		    : S_run(d, sql.p, n, v, &res, d->run == 'd' ? "removing incidents"
								 : "storing incidents");
	d->pq.PQclear(res);
	pm_jbuf_free(&sql);
	S_run_clear(d);
	return rc;
}

/* Starts a run of kind (flushing one of the other kind). */
static int S_run_start(S_pg *d, int kind)
{
	int rc = 0;
	if (d->run && d->run != kind)
		rc = S_flush_incidents(d);
	if (!d->run_init) {
		for (int c = 0; c < 50; c++)
			S_buf(&d->run_cols[c]);
		d->run_init = 1;
	}
	if (rc == 0 && !d->run_n) {
		for (int c = 0; c < 50; c++) {
			d->run_cols[c].n = 0;
			pm_jbuf_lit(&d->run_cols[c], "{");
		}
	}
	d->run = kind;
	return rc;
}

/* Adds an incident (its columns' values in v) to the run of puts. An
 * incident or a report the run holds already sends the run first: each
 * statement touches a row once, and the later write wins as it would. */
static int S_run_put(S_pg *d, const char *const *v, const pm_incident *inc)
{
	long long one;
	int again = S_map_get(&d->run_ids, inc->id, &one);
	for (int i = 0; !again && i < inc->n_reports && inc->report_ids; i++)
		again = S_map_get(&d->run_events, inc->report_ids[i], &one);
	int rc = again || d->run_n >= 2000 ? S_flush_incidents(d) : 0;
	if (rc == 0)
		rc = S_run_start(d, 'p');
	if (rc < 0)
		return rc;
	for (int c = 0; c < 48; c++) {
		if (d->run_n)
			pm_jbuf_lit(&d->run_cols[c], ",");
		S_array_text(&d->run_cols[c], v[c]);
	}
	for (int i = 0; i < inc->n_reports && inc->report_ids; i++) {
		if (d->run_cols[48].n > 1) {
			pm_jbuf_lit(&d->run_cols[48], ",");
			pm_jbuf_lit(&d->run_cols[49], ",");
		}
		S_array_text(&d->run_cols[48], inc->id);
		S_array_text(&d->run_cols[49], inc->report_ids[i]);
		S_map_put(&d->run_events, inc->report_ids[i], 1);
	}
	S_map_put(&d->run_ids, inc->id, 1);
	d->run_n++;
	return 0;
}

static int S_incident_put(pm_store_backend *b, const pm_incident *inc)
{
	S_pg *d = (S_pg *)b;
	int rc = S_writable(d);
	if (rc == 0)
		rc = S_sync_docs(d, 0);
	if (rc < 0)
		return rc;
	char nums[S_INC_COLUMNS][40];
	const char *v[S_INC_COLUMNS + 1];
	pm_arena a;
	pm_arena_init(&a, 4096);
	memset(v, 0, sizeof(v));
	long first = 0, last = 0;
	int dated = inc->date && pm_date_span(inc->date, &first, &last) == 0;
	v[0] = inc->id;
	v[1] = S_clean(&a, inc->date);
	v[2] = S_clean(&a, inc->date_precision);
	if (dated) {
		snprintf(nums[3], 40, "%ld", first);
		snprintf(nums[4], 40, "%ld", last);
		v[3] = nums[3];
		v[4] = nums[4];
	}
	const pm_location *l = &inc->place;
	if (l->found) {
		v[5] = S_clean(&a, l->name);
		if (l->geonameid) {
			snprintf(nums[6], 40, "%ld", l->geonameid);
			v[6] = nums[6];
		}
		v[7] = S_clean(&a, l->country);
		v[8] = S_clean(&a, l->admin1);
		snprintf(nums[9], 40, "%.17g", l->lat);
		snprintf(nums[10], 40, "%.17g", l->lon);
		v[9] = nums[9];
		v[10] = nums[10];
		v[11] = S_clean(&a, l->precision);
		snprintf(nums[12], 40, "%ld", S_cell(l->lat, l->lon));
		v[12] = nums[12];
	}
	v[13] = S_clean(&a, inc->source);
	v[14] = S_clean(&a, inc->target);
	v[15] = S_clean(&a, inc->code);
	if (inc->code && strlen(inc->code) >= 2) {
		snprintf(nums[16], 40, "%.2s", inc->code);
		v[16] = nums[16];
		/* QuadClass by root, as the codebook assigns it */
		int r = atoi(nums[16]);
		snprintf(nums[17], 40, "%d", r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4);
		v[17] = nums[17];
	}
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const pm_incident_count *c = &inc->counts[k];
		long vals[4] = {c->min, c->max, c->mode, c->disagree};
		for (int j = 0; j < 4 && c->min >= 0; j++) {
			int col = 18 + 4 * k + j;
			if (j < 3 && vals[j] < 0)
				continue;
			snprintf(nums[col], 40, "%ld", vals[j]);
			v[col] = nums[col];
		}
	}
	char *att_text = NULL;
	if (inc->n_attribution) {
		json_t *att = json_array();
		for (int i = 0; i < inc->n_attribution; i++)
			json_array_append_new(att, json_string(inc->attribution[i]));
		att_text = json_dumps(att, JSON_COMPACT);
		json_decref(att);
	}
	v[42] = att_text;
	snprintf(nums[43], 40, "%d", inc->n_reports);
	snprintf(nums[44], 40, "%d", inc->n_documents);
	snprintf(nums[45], 40, "%d", inc->n_outlets);
	v[43] = nums[43];
	v[44] = nums[44];
	v[45] = nums[45];
	v[46] = S_clean(&a, inc->first_report);
	v[47] = S_clean(&a, inc->last_report);
	rc = S_run_put(d, v, inc);
	free(att_text);
	pm_arena_free(&a);
	return rc;
}

static int S_incident_delete(pm_store_backend *b, const char *id)
{
	S_pg *d = (S_pg *)b;
	int rc = S_writable(d);
	if (rc == 0)
		rc = S_sync_docs(d, 0);
	if (rc == 0)
		rc = S_run_start(d, 'd');
	if (rc < 0)
		return rc;
	if (d->run_n)
		pm_jbuf_lit(&d->run_cols[0], ",");
	S_array_text(&d->run_cols[0], id);
	d->run_n++;
	return 0;
}

static int S_incidents_clear(pm_store_backend *b)
{
	S_pg *d = (S_pg *)b;
	int rc = S_writable(d);
	if (rc == 0)
		rc = S_sync(d);
	if (rc == 0)
		rc = S_exec(d, "UPDATE events SET incident = NULL WHERE incident IS NOT NULL;"
			    " DELETE FROM incidents", "clearing the incidents");
	return rc;
}

static int S_unlinked(pm_store_backend *b, pm_event_fn fn, void *ctx)
{
	S_pg *d = (S_pg *)b;
	int rc = S_sync(d);
	S_q *q = rc < 0 ? NULL : S_q_new();
	if (!q)
		return rc < 0 ? rc : pm_error_set(PM_ENOMEM, "out of memory");
	S_sql(q, S_select);
	S_sql(q, " AND e.incident IS NULL ORDER BY e.event_key");
	rc = S_events_of(d, q, fn, ctx);
	S_q_free(q);
	return rc;
}

static int S_incident_reports(pm_store_backend *b, const char *id, pm_event_fn fn, void *ctx)
{
	S_pg *d = (S_pg *)b;
	const char *v[1] = {id};
	PGresult *res = NULL;
	int rc = S_sync(d);
	if (rc == 0)
		rc = S_run(d, "SELECT 1 FROM incidents WHERE id = $1", 1, v, &res,
			   "looking an incident up");
	if (rc < 0)
		return rc;
	int found = d->pq.PQntuples(res) > 0;
	d->pq.PQclear(res);
	if (!found)
		return pm_error_set(PM_ENOTFOUND, "no incident %s", id);
	S_q *q = S_q_new();
	if (!q)
		return pm_error_set(PM_ENOMEM, "out of memory");
	S_sql(q, S_select);
	S_sql(q, " AND e.incident = ");
	S_param(q, id, "::text");
	S_sql(q, " ORDER BY e.event_key");
	rc = S_events_of(d, q, fn, ctx);
	S_q_free(q);
	return rc;
}

/* The incident's reports' evidence, each sentence once, ordered as
 * SQLite orders them (document ids byte by byte). */
static int S_incident_evidence(pm_store_backend *b, const char *id, pm_evidence_fn fn, void *ctx)
{
	S_pg *d = (S_pg *)b;
	const char *v[1] = {id};
	PGresult *res = NULL;
	int rc = S_sync(d);
	if (rc == 0)
		rc = S_run(d, "SELECT DISTINCT d.id COLLATE \"C\", v.sentence, v.text FROM events e"
			   " JOIN evidence v ON v.event_key = e.event_key"
			   " JOIN documents d ON d.doc_key = e.doc_key"
			   " WHERE e.incident = $1 ORDER BY 1, 2", 1, v, &res, "reading evidence");
	if (rc < 0)
		return rc;
	for (int r = 0; r < d->pq.PQntuples(res); r++) {
		pm_evidence ev = {d->pq.PQgetvalue(res, r, 0), atoi(d->pq.PQgetvalue(res, r, 1)),
				  d->pq.PQgetvalue(res, r, 2)};
		if (fn(ctx, &ev))
			break;
	}
	d->pq.PQclear(res);
	return 0;
}

static int S_count_days_range(pm_store_backend *b, long from_day, long to_day, long cap, long *out)
{
	S_pg *d = (S_pg *)b;
	*out = 0;
	int rc = S_sync(d);
	if (rc < 0)
		return rc;
	char v[5][24];
	int y, m, dd;
	pm_date_civil(from_day, &y, &m, &dd);
	snprintf(v[0], 24, "%d", y * 100 + m);
	pm_date_civil(to_day, &y, &m, &dd);
	snprintf(v[1], 24, "%d", y * 100 + m);
	snprintf(v[2], 24, "%ld", from_day);
	snprintf(v[3], 24, "%ld", to_day);
	snprintf(v[4], 24, "%ld", cap);
	const char *values[5] = {v[0], v[1], v[2], v[3], v[4]};
	PGresult *res;
	rc = S_run(d, "SELECT count(*) FROM (SELECT 1 FROM events WHERE month BETWEEN $1::int AND"
		   " $2::int AND day_first >= $3::int AND day_first <= $4::int AND day_last <= $4::int"
		   " LIMIT $5::bigint) x", 5, values, &res, "counting events");
	if (rc < 0)
		return rc;
	*out = atol(d->pq.PQgetvalue(res, 0, 0));
	d->pq.PQclear(res);
	return 0;
}

/* The pieces of the shared incident filters (pm_store_where_incidents),
 * written for PostgreSQL. */
static void S_o_sql(void *q, const char *piece)
{
	S_sql(q, piece);
}

static void S_o_text(void *q, const char *v)
{
	S_param(q, v, "::text");
}

static void S_o_int(void *q, long long v)
{
	S_param_int(q, v);
}

static void S_o_real(void *q, double v)
{
	S_param_real(q, v);
}

static void S_o_prefix(void *q, const char *col, const char *prefix)
{
	S_prefix(q, col, prefix);
}

static void S_o_nocase(void *q, const char *col, const char *v)
{
	S_sql(q, "pm_fold(");
	S_sql(q, col);
	S_sql(q, ") = pm_fold(");
	S_param(q, v, "::text");
	S_sql(q, ")");
}

static void S_o_reports(void *q, const pm_filter *f)
{
	S_q *x = q;
	pm_filter *r = &x->sub;
	*r = (pm_filter)PM_FILTER_INIT;
	memcpy(r->modality, f->modality, sizeof(r->modality));
	memcpy(r->outlet, f->outlet, sizeof(r->outlet));
	memcpy(r->doc, f->doc, sizeof(r->doc));
	memcpy(r->text, f->text, sizeof(r->text));
	S_where(x, r);
}

static void S_where_incidents(S_q *q, const pm_filter *f)
{
	pm_sql_out o = {q, S_o_sql, S_o_text, S_o_int, S_o_real, S_o_prefix, S_o_nocase,
			S_o_reports, NULL, "false"};
	pm_store_where_incidents(&o, f);
}

enum {
	I_ID, I_DATE, I_DATE_PRECISION, I_DAY_FIRST, I_DAY_LAST, I_PLACE_NAME, I_GEONAMEID,
	I_COUNTRY, I_ADMIN1, I_LAT, I_LON, I_PLACE_PRECISION, I_CELL, I_SOURCE, I_TARGET, I_CODE,
	I_ROOT, I_QUAD, I_COUNTS, I_ATTRIBUTION = I_COUNTS + 4 * PM_COUNT_KINDS, I_N_REPORTS,
	I_N_DOCUMENTS, I_N_OUTLETS, I_FIRST_REPORT, I_LAST_REPORT, I_REPORT_IDS
};

static long S_col_count(S_row r, int i)
{
	return S_col_null(r, i) ? -1 : (long)S_col_int(r, i);
}

typedef struct {
	pm_incident_fn fn;
	void *ctx;
} S_incidents_ctx;

static int S_incident_row_cb(void *ctx, S_row r)
{
	S_incidents_ctx *x = ctx;
	pm_incident inc;
	memset(&inc, 0, sizeof(inc));
	pm_strlcpy(inc.id, S_col(r, I_ID), sizeof(inc.id));
	inc.date = S_col(r, I_DATE);
	inc.date_precision = S_col(r, I_DATE_PRECISION);
	if (!S_col_null(r, I_LAT)) {
		pm_location *l = &inc.place;
		l->found = 1;
		l->name = S_col(r, I_PLACE_NAME);
		l->geonameid = (long)S_col_int(r, I_GEONAMEID);
		l->country = S_col(r, I_COUNTRY);
		l->admin1 = S_col(r, I_ADMIN1);
		l->lat = strtod(S_col(r, I_LAT), NULL);
		l->lon = strtod(S_col(r, I_LON), NULL);
		l->precision = S_col(r, I_PLACE_PRECISION);
	}
	inc.source = S_col(r, I_SOURCE);
	inc.target = S_col(r, I_TARGET);
	inc.code = S_col(r, I_CODE);
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		pm_incident_count *c = &inc.counts[k];
		c->min = S_col_count(r, I_COUNTS + 4 * k);
		c->max = S_col_count(r, I_COUNTS + 4 * k + 1);
		c->mode = S_col_count(r, I_COUNTS + 4 * k + 2);
		c->disagree = (int)S_col_int(r, I_COUNTS + 4 * k + 3);
	}
	const char *text = S_col(r, I_ATTRIBUTION);
	json_t *att = text ? json_loads(text, 0, NULL) : NULL;
	size_t n_att = json_is_array(att) ? json_array_size(att) : 0;
	const char **names = calloc(n_att + 1, sizeof(char *));
	for (size_t i = 0; names && i < n_att; i++) {
		const char *a = json_string_value(json_array_get(att, i));
		if (a)
			names[inc.n_attribution++] = a;
	}
	inc.attribution = names;
	inc.n_reports = (int)S_col_int(r, I_N_REPORTS);
	inc.n_documents = (int)S_col_int(r, I_N_DOCUMENTS);
	inc.n_outlets = (int)S_col_int(r, I_N_OUTLETS);
	inc.first_report = S_col(r, I_FIRST_REPORT);
	inc.last_report = S_col(r, I_LAST_REPORT);
	text = S_col(r, I_REPORT_IDS);
	json_t *ids_json = text ? json_loads(text, 0, NULL) : NULL;
	size_t n_ids = json_is_array(ids_json) ? json_array_size(ids_json) : 0;
	const char **ids = calloc(n_ids + 1, sizeof(char *));
	int n = 0;
	for (size_t i = 0; ids && i < n_ids && n < inc.n_reports; i++) {
		const char *id = json_string_value(json_array_get(ids_json, i));
		if (id)
			ids[n++] = id;
	}
	inc.n_reports = n;
	inc.report_ids = ids;
	int stop = names && ids ? x->fn(x->ctx, &inc) : (pm_error_set(PM_ENOMEM, "out of memory"), 1);
	free(names);
	free(ids);
	json_decref(att);
	json_decref(ids_json);
	return stop;
}

static int S_incidents(pm_store_backend *b, const pm_filter *f, pm_incident_fn fn, void *ctx)
{
	S_pg *d = (S_pg *)b;
	int rc = S_sync(d);
	S_q *q = rc < 0 ? NULL : S_q_new();
	if (!q)
		return rc < 0 ? rc : pm_error_set(PM_ENOMEM, "out of memory");
	S_sql(q, "SELECT i.");
	S_inc_columns(&q->sql, NULL, ", i.");
	S_sql(q, ", (SELECT json_agg(e.event_id ORDER BY e.event_id COLLATE \"C\") FROM events e"
		 " WHERE e.incident = i.id) FROM incidents i WHERE true");
	S_where_incidents(q, f);
	S_sql(q, " ORDER BY i.day_first IS NULL, i.day_first, i.id");
	if (f->limit > 0) {
		S_sql(q, " LIMIT ");
		S_param_int(q, f->limit);
	}
	S_incidents_ctx x = {fn, ctx};
	rc = q->overflow || q->sql.failed
		     ? pm_error_set(PM_EINVALID, "the query is too large")
		     : S_cursor(d, q->sql.p, q->n, q->values, S_incident_row_cb, &x, "reading incidents");
	S_q_free(q);
	return rc;
}

typedef struct {
	pm_store_cell_fn fn;
	void *ctx;
} S_grid_ctx;

static int S_grid_row(void *ctx, S_row r)
{
	S_grid_ctx *x = ctx;
	const char *root = S_col(r, 2);
	pm_store_cell grp = {(long)S_col_int(r, 0), (long)S_col_int(r, 1), (long)S_col_int(r, 3),
			     (long)S_col_int(r, 4), 0, 0, 0, S_col_int(r, 5), S_col_int(r, 6)};
	if (root && strlen(root) >= 2)
		grp.root = (root[0] - '0') * 10 + root[1] - '0';
	return x->fn(x->ctx, &grp);
}

/* The incidents of a map grid grouped by cell and root in the server
 * (pm_store_backend.incident_grid), as SQLite's store groups them: the
 * cells are the divisions and floors C makes, each place is rounded to
 * 2^-32 degree half away from zero as llround() does (PostgreSQL's
 * round() of a float8 rounds half to even), and the sums are exact. */
static int S_incident_grid(pm_store_backend *b, const pm_filter *f, double cell_deg,
			   pm_store_cell_fn fn, void *ctx)
{
	S_pg *d = (S_pg *)b;
	if (d->empty)
		return 0;
	int rc = S_sync(d);
	S_q *q = rc < 0 ? NULL : S_q_new();
	if (!q)
		return rc < 0 ? rc : pm_error_set(PM_ENOMEM, "out of memory");
	static const char fixed[] = "(CASE WHEN %s < 0 THEN -floor(-%s * 4294967296::float8 + 0.5)"
				    " ELSE floor(%s * 4294967296::float8 + 0.5) END)::bigint";
	char lat[256], lon[256];
	snprintf(lat, sizeof(lat), fixed, "i.lat", "i.lat", "i.lat");
	snprintf(lon, sizeof(lon), fixed, "i.lon", "i.lon", "i.lon");
	S_sql(q, "SELECT floor(i.lon / ");
	S_param_real(q, cell_deg);
	S_sql(q, ")::bigint, floor(i.lat / ");
	S_param_real(q, cell_deg);
	S_sql(q, ")::bigint, i.root, count(*), coalesce(sum(i.n_outlets), 0), sum(");
	S_sql(q, lat);
	S_sql(q, ")::bigint, sum(");
	S_sql(q, lon);
	S_sql(q, ")::bigint FROM incidents i WHERE i.lat IS NOT NULL AND (i.place_precision IS"
		 " NULL OR i.place_precision <> 'unresolved')");
	S_where_incidents(q, f);
	S_sql(q, " GROUP BY 1, 2, 3");
	S_grid_ctx x = {fn, ctx};
	rc = q->overflow || q->sql.failed
		     ? pm_error_set(PM_EINVALID, "the query is too large")
		     : S_cursor(d, q->sql.p, q->n, q->values, S_grid_row, &x,
				"counting incidents on a grid");
	S_q_free(q);
	return rc;
}

static const char *S_inc_count_column(int key)
{
	switch (key) {
	case PM_COUNT_BY_COUNTRY: return "i.country";
	case PM_COUNT_BY_ADMIN1: return "i.admin1";
	case PM_COUNT_BY_PLACE: return "i.place_name";
	case PM_COUNT_BY_ROOT: return "i.root";
	case PM_COUNT_BY_CODE: return "i.code";
	case PM_COUNT_BY_SOURCE: return "i.source_code";
	case PM_COUNT_BY_TARGET: return "i.target_code";
	default: return "i.day_first";
	}
}

static int S_count_incidents(pm_store_backend *b, const pm_filter *f, const pm_count_by *by,
			     pm_count_fn fn, void *ctx)
{
	S_pg *d = (S_pg *)b;
	pm_count_agg *agg = NULL;
	int rc = S_sync(d);
	if (rc < 0 || (rc = pm_count_agg_new(&agg, by->n)) < 0)
		return rc;
	S_q *q = S_q_new();
	if (!q) {
		pm_count_agg_free(agg);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	S_sql(q, "SELECT count(*)");
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		char piece[64];
		snprintf(piece, sizeof(piece), ", coalesce(sum(i.%s_mode), 0)", pm_count_kind_name(k));
		S_sql(q, piece);
	}
	for (int i = 0; i < by->n; i++) {
		S_sql(q, ", ");
		S_sql(q, S_inc_count_column(by->keys[i]));
	}
	S_sql(q, " FROM incidents i WHERE true");
	S_where_incidents(q, f);
	for (int i = 0; i < by->n; i++) {
		S_sql(q, i ? ", " : " GROUP BY ");
		S_sql(q, S_inc_count_column(by->keys[i]));
	}
	PGresult *res = NULL;
	rc = q->overflow || q->sql.failed ? pm_error_set(PM_EINVALID, "the query is too large")
					  : S_run(d, q->sql.p, q->n, q->values, &res, "counting incidents");
	const int base = 1 + PM_COUNT_KINDS;
	for (int r = 0; rc == 0 && r < d->pq.PQntuples(res); r++) {
		if (!by->n && atol(d->pq.PQgetvalue(res, r, 0)) == 0)
			break;
		char periods[PM_COUNT_BY_MAX][11];
		const char *keys[PM_COUNT_BY_MAX];
		long sums[PM_COUNT_KINDS];
		for (int i = 0; i < by->n; i++) {
			const char *v = S_value(d, res, r, base + i);
			if (v && pm_count_key_is_time(by->keys[i])) {
				pm_day_period(by->keys[i], atol(v), periods[i]);
				keys[i] = periods[i];
			} else {
				keys[i] = v;
			}
		}
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			sums[k] = atol(d->pq.PQgetvalue(res, r, 1 + k));
		pm_count_agg_add(agg, keys, atol(d->pq.PQgetvalue(res, r, 0)), sums);
	}
	d->pq.PQclear(res);
	S_q_free(q);
	if (rc == 0)
		rc = pm_count_agg_emit(agg, fn, ctx);
	pm_count_agg_free(agg);
	return rc;
}
