/* store_sqlite.c - the SQLite backend of pm_store.
 *
 * One file per store, in WAL mode: a writer appends batches while any
 * number of readers query the last committed state, and a process killed
 * at any point leaves the file as it was after its last commit. The schema
 * (docs/store.md) is meant for people too: documents, sentences (once,
 * with a full-text index), places (once, with the names the text used for
 * them), events with every field typed, and attribution. Its version is
 * PRAGMA user_version; S_migrations brings an older store up to date, and
 * a newer one is refused rather than misread.
 *
 * Values reach SQL only as bound parameters: a query's text is built from
 * fixed pieces chosen by which filters are set. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "util/error.h"
#include "util/json_out.h"
#include "util/str.h"
#include "util/vec.h"

/* 'PLMY': marks a file as a Palmyra store for `file` and for us. */
#define S_APPLICATION_ID 0x504c4d59

/* ---- schema ---------------------------------------------------------------------- */

/* Step i brings a store from version i to i + 1. Never edit a step once
 * released: add one. */
/* An incident's reports, and the events waiting to be linked (dropped and
 * made again when every incident is written anew: S_incidents_clear). */
#define S_INCIDENT_INDEX "CREATE INDEX events_incident ON events(incident)"

static const char *const S_migrations[] = {
	/* 0 -> 1 */
	"CREATE TABLE documents (\n"
	"  doc_key      INTEGER PRIMARY KEY,\n"
	"  id           TEXT NOT NULL UNIQUE,\n"
	"  outlet       TEXT,\n"
	"  url          TEXT,\n"
	"  title        TEXT,\n"
	"  date         TEXT,\n"
	"  day          INTEGER,\n"
	"  credits      TEXT,\n"
	"  extra        TEXT,\n"
	"  content_hash TEXT NOT NULL,\n"
	"  ingested_at  TEXT NOT NULL,\n"
	"  events       INTEGER NOT NULL,\n"
	"  first_event  INTEGER,\n"
	"  last_event   INTEGER\n"
	");\n"
	"CREATE INDEX documents_outlet ON documents(outlet COLLATE NOCASE);\n"
	"CREATE TABLE sentences (\n"
	"  sentence_key INTEGER PRIMARY KEY,\n"
	"  doc_key      INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
	"  sentence     INTEGER NOT NULL,\n"
	"  text         TEXT NOT NULL\n"
	");\n"
	/* kept in step by the writer, not by triggers, and a batch's sentences
	 * are indexed by one statement as it commits: FTS5 (3.40) writes its
	 * pending terms out as a new segment at every statement that opens a
	 * statement transaction, as a trigger's or a single insert's does (45%
	 * of an ingest's time went there). Words are matched, not phrases or
	 * ranks: no positions, no sizes. */
	"CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences',\n"
	"  content_rowid='sentence_key', detail=none, columnsize=0);\n"
	"CREATE TABLE places (\n"
	"  place_key INTEGER PRIMARY KEY,\n"
	"  geonameid INTEGER UNIQUE,\n"
	"  name      TEXT NOT NULL,\n"
	"  country   TEXT,\n"
	"  admin1    TEXT,\n"
	"  lat       REAL NOT NULL,\n"
	"  lon       REAL NOT NULL,\n"
	"  precision TEXT NOT NULL\n"
	");\n"
	"CREATE UNIQUE INDEX places_region ON places(precision, ifnull(country, ''),\n"
	"  ifnull(admin1, ''), name) WHERE geonameid IS NULL;\n"
	"CREATE INDEX places_country ON places(country, admin1 COLLATE NOCASE);\n"
	"CREATE INDEX places_admin1 ON places(admin1 COLLATE NOCASE);\n"
	"CREATE INDEX places_name ON places(name COLLATE NOCASE);\n"
	"CREATE INDEX places_lat ON places(lat, lon);\n"
	"CREATE TABLE place_names (\n"
	"  name      TEXT NOT NULL COLLATE NOCASE,\n"
	"  place_key INTEGER NOT NULL REFERENCES places,\n"
	"  PRIMARY KEY (name, place_key)\n"
	") WITHOUT ROWID;\n"
	"CREATE TABLE events (\n"
	"  event_key     INTEGER PRIMARY KEY,\n"
	"  event_id      TEXT NOT NULL UNIQUE,\n"
	"  doc_key       INTEGER NOT NULL REFERENCES documents ON DELETE CASCADE,\n"
	"  sentence_key  INTEGER NOT NULL REFERENCES sentences ON DELETE CASCADE,\n"
	"  headline      INTEGER NOT NULL,\n"
	"  date          TEXT,\n"
	"  date_precision TEXT,\n"
	"  date_text     TEXT,\n"
	"  day_first     INTEGER,\n"
	"  day_last      INTEGER,\n"
	"  source_code   TEXT,\n"
	"  source_label  TEXT,\n"
	"  source_text   TEXT,\n"
	"  target_code   TEXT,\n"
	"  target_label  TEXT,\n"
	"  target_text   TEXT,\n"
	"  code          TEXT NOT NULL,\n"
	"  code_label    TEXT,\n"
	"  root          TEXT NOT NULL,\n"
	"  quad          INTEGER NOT NULL,\n"
	"  goldstein     REAL NOT NULL,\n"
	"  plover        TEXT,\n"
	"  modality      TEXT,\n"
	"  place_key     INTEGER REFERENCES places,\n"
	"  location_text TEXT,\n"
	"  location_fallback TEXT,\n"
	"  killed        INTEGER,\n"
	"  wounded       INTEGER,\n"
	"  arrested      INTEGER,\n"
	"  displaced     INTEGER,\n"
	"  strikes       INTEGER,\n"
	"  casualties    INTEGER,\n"
	"  incident      TEXT,\n"
	"  location_ambiguous INTEGER,\n"
	"  control_change TEXT,\n"
	"  control_actor TEXT,\n"
	"  control_status TEXT\n"
	");\n"
	/* how each figure was stated; rows only for the figures there are
	 * (most events have none), so the event rows stay narrow */
	"CREATE TABLE counts (\n"
	"  event_key   INTEGER NOT NULL REFERENCES events ON DELETE CASCADE,\n"
	"  kind        TEXT NOT NULL,\n"
	"  value       INTEGER NOT NULL,\n"
	"  qualifier   TEXT,\n"
	"  value_max   INTEGER NOT NULL,\n"
	"  approximate INTEGER NOT NULL,\n"
	"  PRIMARY KEY (event_key, kind)\n"
	") WITHOUT ROWID;\n"
	/* Each index costs every insert a b-tree descent at a random place,
	 * and the pages it dirties are written again at each commit: only
	 * those the common queries need. Dates go through events_day, places
	 * (with dates) through events_place, both covering the sums, so that a
	 * count by period, filtered by date or place, reads an index alone;
	 * actors go through their own. A document's events
	 * are one range of event_key (documents.first_event..last_event), so
	 * a document, an outlet or a sentence reaches its events without an
	 * index of its own. */
	"CREATE INDEX events_day ON events(day_first, day_last, headline, killed, wounded,\n"
	"  arrested, displaced, strikes, casualties);\n"
	"CREATE INDEX events_place ON events(place_key, day_first, day_last, headline, killed,\n"
	"  wounded, arrested, displaced, strikes, casualties) WHERE place_key IS NOT NULL;\n"
	"CREATE INDEX events_source ON events(source_code) WHERE source_code IS NOT NULL;\n"
	"CREATE INDEX events_target ON events(target_code) WHERE target_code IS NOT NULL;\n"
	"CREATE TABLE attribution (\n"
	"  event_key INTEGER NOT NULL REFERENCES events ON DELETE CASCADE,\n"
	"  rank      INTEGER NOT NULL,\n"
	"  name      TEXT NOT NULL,\n"
	"  PRIMARY KEY (event_key, rank)\n"
	") WITHOUT ROWID;\n"
	/* events (headlines left out) and the sums of their counts by day,
	 * kept with every document stored or replaced: a count by period over
	 * the whole store reads a row a day instead of an index entry an event */
	"CREATE TABLE event_days (\n"
	"  day        INTEGER PRIMARY KEY,\n"
	"  events     INTEGER NOT NULL,\n"
	"  killed     INTEGER NOT NULL,\n"
	"  wounded    INTEGER NOT NULL,\n"
	"  arrested   INTEGER NOT NULL,\n"
	"  displaced  INTEGER NOT NULL,\n"
	"  strikes    INTEGER NOT NULL,\n"
	"  casualties INTEGER NOT NULL\n"
	");\n"
	/* the columns of `palmyra code -f csv`, for reading with plain SQL */
	"CREATE VIEW events_flat AS SELECT\n"
	"  e.event_id, e.incident, d.id AS id, s.sentence, e.headline, e.date, e.date_precision,\n"
	"  e.date_text, e.day_first, e.day_last, e.source_code, e.source_label, e.source_text,\n"
	"  e.target_code, e.target_label, e.target_text, e.code, e.code_label, e.root, e.quad,\n"
	"  e.goldstein, e.plover, e.modality, p.name AS location_name,\n"
	"  p.geonameid AS location_geonameid, p.country AS location_country,\n"
	"  p.admin1 AS location_admin1, p.lat AS location_lat, p.lon AS location_lon,\n"
	"  p.precision AS location_precision, e.location_text, e.location_fallback,\n"
	"  (SELECT group_concat(name, '; ') FROM (SELECT name FROM attribution a\n"
	"     WHERE a.event_key = e.event_key ORDER BY rank)) AS attribution,\n"
	"  e.killed AS counts_killed,\n"
	"  (SELECT qualifier FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'killed')\n"
	"    AS counts_killed_qualifier,\n"
	"  (SELECT value_max FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'killed')\n"
	"    AS counts_killed_max,\n"
	"  (SELECT approximate FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'killed')\n"
	"    AS counts_killed_approximate,\n"
	"  e.wounded AS counts_wounded,\n"
	"  (SELECT qualifier FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'wounded')\n"
	"    AS counts_wounded_qualifier,\n"
	"  (SELECT value_max FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'wounded')\n"
	"    AS counts_wounded_max,\n"
	"  (SELECT approximate FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'wounded')\n"
	"    AS counts_wounded_approximate,\n"
	"  e.arrested AS counts_arrested,\n"
	"  (SELECT qualifier FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'arrested')\n"
	"    AS counts_arrested_qualifier,\n"
	"  (SELECT value_max FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'arrested')\n"
	"    AS counts_arrested_max,\n"
	"  (SELECT approximate FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'arrested')\n"
	"    AS counts_arrested_approximate,\n"
	"  e.displaced AS counts_displaced,\n"
	"  (SELECT qualifier FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'displaced')\n"
	"    AS counts_displaced_qualifier,\n"
	"  (SELECT value_max FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'displaced')\n"
	"    AS counts_displaced_max,\n"
	"  (SELECT approximate FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'displaced')\n"
	"    AS counts_displaced_approximate,\n"
	"  e.strikes AS counts_strikes,\n"
	"  (SELECT qualifier FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'strikes')\n"
	"    AS counts_strikes_qualifier,\n"
	"  (SELECT value_max FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'strikes')\n"
	"    AS counts_strikes_max,\n"
	"  (SELECT approximate FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'strikes')\n"
	"    AS counts_strikes_approximate,\n"
	"  e.casualties AS counts_casualties,\n"
	"  (SELECT qualifier FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'casualties')\n"
	"    AS counts_casualties_qualifier,\n"
	"  (SELECT value_max FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'casualties')\n"
	"    AS counts_casualties_max,\n"
	"  (SELECT approximate FROM counts c WHERE c.event_key = e.event_key AND c.kind = 'casualties')\n"
	"    AS counts_casualties_approximate,\n"
	"  s.text, d.id AS doc_id, d.title AS doc_title, d.date AS doc_date, d.outlet AS doc_outlet,\n"
	"  d.url AS doc_url, d.credits AS doc_credits, d.extra AS doc_extra,\n"
	"  d.ingested_at AS doc_ingested_at\n"
	"FROM events e JOIN sentences s ON s.sentence_key = e.sentence_key\n"
	"  JOIN documents d ON d.doc_key = e.doc_key\n"
	"  LEFT JOIN places p ON p.place_key = e.place_key;\n",
	/* 1 -> 2: incidents kept in the store (the front links them); every
	 * event starts unlinked, so the next ingest links the whole store */
	"CREATE TABLE incidents (\n"
	"  id            TEXT PRIMARY KEY,\n"
	"  date          TEXT,\n"
	"  date_precision TEXT,\n"
	"  day_first     INTEGER,\n"
	"  day_last      INTEGER,\n"
	"  place_name    TEXT,\n"
	"  geonameid     INTEGER,\n"
	"  country       TEXT,\n"
	"  admin1        TEXT,\n"
	"  lat           REAL,\n"
	"  lon           REAL,\n"
	"  place_precision TEXT,\n"
	"  cell          INTEGER,\n"
	"  source_code   TEXT,\n"
	"  target_code   TEXT,\n"
	"  code          TEXT,\n"
	"  root          TEXT,\n"
	"  quad          INTEGER,\n"
	"  killed_min INTEGER, killed_max INTEGER, killed_mode INTEGER, killed_disagree INTEGER,\n"
	"  wounded_min INTEGER, wounded_max INTEGER, wounded_mode INTEGER, wounded_disagree INTEGER,\n"
	"  arrested_min INTEGER, arrested_max INTEGER, arrested_mode INTEGER,\n"
	"  arrested_disagree INTEGER,\n"
	"  displaced_min INTEGER, displaced_max INTEGER, displaced_mode INTEGER,\n"
	"  displaced_disagree INTEGER,\n"
	"  strikes_min INTEGER, strikes_max INTEGER, strikes_mode INTEGER, strikes_disagree INTEGER,\n"
	"  casualties_min INTEGER, casualties_max INTEGER, casualties_mode INTEGER,\n"
	"  casualties_disagree INTEGER,\n"
	"  attribution   TEXT,\n"
	"  n_reports     INTEGER NOT NULL,\n"
	"  n_documents   INTEGER NOT NULL,\n"
	"  n_outlets     INTEGER NOT NULL,\n"
	"  first_report  TEXT,\n"
	"  last_report   TEXT\n"
	") WITHOUT ROWID;\n"
	"CREATE INDEX incidents_day ON incidents(day_first, day_last);\n"
	"CREATE INDEX incidents_cell ON incidents(cell, day_first);\n"
	"CREATE INDEX incidents_country ON incidents(country, day_first);\n"
	S_INCIDENT_INDEX ";\n"
	"UPDATE events SET incident = NULL WHERE incident IS NOT NULL;\n",
	/* 2 -> 3: what a map asks of incidents in a box, in one index: the
	 * cell and first day to seek by, and every column the map's filters,
	 * counts and grid read, so neither a page's total nor the grid reads
	 * the incident rows (store_sqlite_incidents.inc) */
	"CREATE INDEX incidents_map ON incidents(cell, day_first, lat, lon, day_last, n_outlets,\n"
	"  root, quad, country, place_precision, killed_mode, wounded_mode, arrested_mode,\n"
	"  displaced_mode, strikes_mode, casualties_mode);\n"
	"DROP INDEX incidents_cell;\n"
	/* and the incidents in the order pages give them, with the same
	 * columns less the counts: a page of a busy box is its first
	 * entries that fall in the box */
	"CREATE INDEX incidents_order ON incidents(day_first IS NULL, day_first, id, cell, lat, lon,\n"
	"  n_outlets, root, quad, country, day_last);\n",
	/* 3 -> 4: how many attribution rows an event has, in its row, so that
	 * reading events seeks the attribution table only for the quarter of
	 * them that have some (a seek an event was a tenth of a query's
	 * instructions and pages) */
	"ALTER TABLE events ADD COLUMN attributions INTEGER NOT NULL DEFAULT 0;\n"
	"UPDATE events SET attributions = (SELECT count(*) FROM attribution a\n"
	"  WHERE a.event_key = events.event_key)\n"
	"  WHERE event_key IN (SELECT event_key FROM attribution);\n",
	/* 4 -> 5: each event's evidence, the sentences of its document with
	 * no event that tell what its sentence tells (docs/incidents.md);
	 * documents stored before have none until they are stored again */
	"CREATE TABLE evidence (\n"
	"  event_key INTEGER NOT NULL REFERENCES events ON DELETE CASCADE,\n"
	"  sentence  INTEGER NOT NULL,\n"
	"  text      TEXT NOT NULL,\n"
	"  PRIMARY KEY (event_key, sentence)\n"
	") WITHOUT ROWID;\n",
};

#define S_VERSION ((int)(sizeof(S_migrations) / sizeof(S_migrations[0])))

/* ---- statements ------------------------------------------------------------------- */

enum {
	S_DOC_GET, S_DOC_INSERT, S_DOC_UPDATE, S_DOC_DELETE, S_DOC_NEXT, S_DOC_SENTENCES,
	S_DEL_ATTR, S_DEL_EVIDENCE, S_DEL_COUNTS, S_DEL_EVENTS, S_DEL_FTS, S_DEL_SENTENCES, S_SENT_INSERT,
	S_FTS_INSERT, S_EVENT_INSERT, S_ATTR_INSERT, S_EVIDENCE_INSERT, S_COUNT_INSERT, S_DAY_ADD, S_DAY_SUB,
	S_PLACE_FIND_G, S_PLACE_FIND_R, S_PLACE_INSERT, S_NAME_INSERT, S_EVENT_OWNER, S_BEGIN,
	S_COMMIT, S_ROLLBACK, S_NSTMT
};

#define S_DAY_SUMS                                                                       \
	"events = events + excluded.events, killed = killed + excluded.killed,"               \
	" wounded = wounded + excluded.wounded, arrested = arrested + excluded.arrested,"     \
	" displaced = displaced + excluded.displaced, strikes = strikes + excluded.strikes,"  \
	" casualties = casualties + excluded.casualties"

static const char *const S_sql[S_NSTMT] = {
	[S_DOC_GET] = "SELECT doc_key, content_hash, first_event, last_event FROM documents"
		      " WHERE id = ?1",
	[S_DOC_INSERT] = "INSERT INTO documents (id, outlet, url, title, date, day, credits, extra,"
			 " content_hash, ingested_at, events, first_event, last_event, doc_key)"
			 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[S_DOC_UPDATE] = "UPDATE documents SET id = ?1, outlet = ?2, url = ?3, title = ?4,"
			 " date = ?5, day = ?6, credits = ?7, extra = ?8, content_hash = ?9,"
			 " ingested_at = ?10, events = ?11, first_event = ?12, last_event = ?13"
			 " WHERE doc_key = ?14",
	[S_DOC_DELETE] = "DELETE FROM documents WHERE doc_key = ?1",
	[S_DOC_NEXT] = "SELECT ifnull(max(doc_key), 0) + 1 FROM documents",
	[S_DOC_SENTENCES] = "SELECT min(sentence_key), max(sentence_key) FROM events"
			    " WHERE event_key BETWEEN ?1 AND ?2",
	[S_DEL_ATTR] = "DELETE FROM attribution WHERE event_key BETWEEN ?1 AND ?2",
	[S_DEL_EVIDENCE] = "DELETE FROM evidence WHERE event_key BETWEEN ?1 AND ?2",
	[S_DEL_COUNTS] = "DELETE FROM counts WHERE event_key BETWEEN ?1 AND ?2",
	[S_DEL_EVENTS] = "DELETE FROM events WHERE event_key BETWEEN ?1 AND ?2",
	[S_DEL_FTS] = "INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete',"
		      " sentence_key, text FROM sentences WHERE sentence_key BETWEEN ?1 AND ?2",
	[S_DEL_SENTENCES] = "DELETE FROM sentences WHERE sentence_key BETWEEN ?1 AND ?2",
	[S_SENT_INSERT] = "INSERT INTO sentences (doc_key, sentence, text) VALUES (?1, ?2, ?3)",
	[S_FTS_INSERT] = "INSERT INTO sentences_fts (rowid, text) SELECT sentence_key, text"
			 " FROM sentences WHERE sentence_key >= ?1",
	[S_EVENT_INSERT] =
		"INSERT INTO events VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
		" ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28,"
		" ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37) ON CONFLICT (event_id) DO NOTHING",
	[S_ATTR_INSERT] = "INSERT INTO attribution (event_key, rank, name) VALUES (?1, ?2, ?3)",
	[S_EVIDENCE_INSERT] = "INSERT OR IGNORE INTO evidence (event_key, sentence, text)"
			      " VALUES (?1, ?2, ?3)",
	[S_DAY_ADD] = "INSERT INTO event_days VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
		      " ON CONFLICT (day) DO UPDATE SET " S_DAY_SUMS,
	[S_DAY_SUB] = "INSERT INTO event_days SELECT day_first, -count(*), -ifnull(sum(killed), 0),"
		      " -ifnull(sum(wounded), 0), -ifnull(sum(arrested), 0), -ifnull(sum(displaced), 0),"
		      " -ifnull(sum(strikes), 0), -ifnull(sum(casualties), 0) FROM events"
		      " WHERE event_key BETWEEN ?1 AND ?2 AND headline = 0 AND day_first IS NOT NULL"
		      " GROUP BY day_first ON CONFLICT (day) DO UPDATE SET " S_DAY_SUMS,
	[S_COUNT_INSERT] = "INSERT INTO counts (event_key, kind, value, qualifier, value_max,"
			   " approximate) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[S_PLACE_FIND_G] = "SELECT place_key FROM places WHERE geonameid = ?1",
	[S_PLACE_FIND_R] = "SELECT place_key FROM places WHERE geonameid IS NULL AND precision = ?1"
			   " AND ifnull(country, '') = ifnull(?2, '') AND ifnull(admin1, '') ="
			   " ifnull(?3, '') AND name = ?4",
	[S_PLACE_INSERT] = "INSERT INTO places (geonameid, name, country, admin1, lat, lon,"
			   " precision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[S_NAME_INSERT] = "INSERT OR IGNORE INTO place_names (name, place_key) VALUES (?1, ?2)",
	[S_EVENT_OWNER] = "SELECT d.id FROM events e JOIN documents d ON d.doc_key = e.doc_key"
			  " WHERE e.event_id = ?1",
	[S_BEGIN] = "BEGIN IMMEDIATE",
	[S_COMMIT] = "COMMIT",
	[S_ROLLBACK] = "ROLLBACK",
};

/* ---- a small map from text to row keys (places seen in this connection) ---------- */

typedef struct {
	char **keys;
	sqlite3_int64 *values;
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

static sqlite3_int64 S_map_get(const S_map *m, const char *key)
{
	if (!m->n_slots)
		return 0;
	for (int i = (int)(S_hash(key) & (uint64_t)(m->n_slots - 1)); m->keys[i];
	     i = (i + 1) & (m->n_slots - 1))
		if (!strcmp(m->keys[i], key))
			return m->values[i];
	return 0;
}

static void S_map_put(S_map *m, const char *key, sqlite3_int64 value);

static void S_map_grow(S_map *m)
{
	S_map bigger = {0};
	bigger.n_slots = m->n_slots ? m->n_slots * 2 : 256;
	bigger.keys = calloc((size_t)bigger.n_slots, sizeof(char *));
	bigger.values = calloc((size_t)bigger.n_slots, sizeof(sqlite3_int64));
	if (!bigger.keys || !bigger.values) {
		fputs("palmyra: out of memory\n", stderr);
		abort();
	}
	for (int i = 0; i < m->n_slots; i++)
		if (m->keys[i]) {
			S_map_put(&bigger, m->keys[i], m->values[i]);
			free(m->keys[i]);
		}
	free(m->keys);
	free(m->values);
	*m = bigger;
}

static void S_map_put(S_map *m, const char *key, sqlite3_int64 value)
{
	if ((m->n + 1) * 2 > m->n_slots)
		S_map_grow(m);
	int i = (int)(S_hash(key) & (uint64_t)(m->n_slots - 1));
	while (m->keys[i] && strcmp(m->keys[i], key))
		i = (i + 1) & (m->n_slots - 1);
	if (!m->keys[i]) {
		m->keys[i] = strdup(key);
		if (!m->keys[i]) {
			fputs("palmyra: out of memory\n", stderr);
			abort();
		}
		m->n++;
	}
	m->values[i] = value;
}

/* Whole numbers to row keys: cities by GeoNames id. */
typedef struct {
	sqlite3_int64 *keys, *values;   /* key 0: empty slot */
	int n, n_slots;
} S_imap;

static void S_imap_clear(S_imap *m)
{
	free(m->keys);
	free(m->values);
	memset(m, 0, sizeof(*m));
}

static sqlite3_int64 S_imap_get(const S_imap *m, sqlite3_int64 key)
{
	if (!m->n_slots)
		return 0;
	for (int i = (int)(((uint64_t)key * 0x9e3779b97f4a7c15ULL) >> 40) & (m->n_slots - 1);
	     m->keys[i]; i = (i + 1) & (m->n_slots - 1))
		if (m->keys[i] == key)
			return m->values[i];
	return 0;
}

static void S_imap_put(S_imap *m, sqlite3_int64 key, sqlite3_int64 value)
{
	if ((m->n + 1) * 2 > m->n_slots) {
		S_imap bigger = {0};
		bigger.n_slots = m->n_slots ? m->n_slots * 2 : 1024;
		bigger.keys = calloc((size_t)bigger.n_slots, sizeof(sqlite3_int64));
		bigger.values = calloc((size_t)bigger.n_slots, sizeof(sqlite3_int64));
		if (!bigger.keys || !bigger.values) {
			fputs("palmyra: out of memory\n", stderr);
			abort();
		}
		for (int i = 0; i < m->n_slots; i++)
			if (m->keys[i])
				S_imap_put(&bigger, m->keys[i], m->values[i]);
		S_imap_clear(m);
		*m = bigger;
	}
	int i = (int)(((uint64_t)key * 0x9e3779b97f4a7c15ULL) >> 40) & (m->n_slots - 1);
	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & (m->n_slots - 1);
	if (!m->keys[i])
		m->n++;
	m->keys[i] = key;
	m->values[i] = value;
}

/* ---- the backend ------------------------------------------------------------------- */

typedef struct {
	pm_store_backend base;   /* first: the front holds a pointer to it */
	sqlite3 *db;
	char *path;
	int readonly;
	int empty;               /* opened for reading, and no tables yet */
	int in_tx;
	sqlite3_stmt *st[S_NSTMT];
	S_imap cities;           /* geonameid -> place_key */
	S_map places;            /* regions and countries: their names -> place_key */
	S_map names;             /* "place_key\x1fname" -> 1: place_names rows written */
	sqlite3_int64 next_doc_key; /* in a batch: the key of the next new document; 0 = ask */
	sqlite3_int64 unindexed;    /* in a batch: sentences from this key on are not yet in
				     * sentences_fts; 0 = none written */
	sqlite3_int64 *sent_keys;/* put: sentence index -> sentence_key (0 = none yet) */
	const char **sent_texts;
	int sent_cap;
	struct S_day { long day, sums[1 + PM_COUNT_KINDS]; } *days;  /* put: event_days rows */
	int n_days, cap_days;
	int timeout_ms;          /* query_timeout_ms */
	long long deadline;      /* while a query runs under a timeout: when it must stop
				  * (S_now_ms); 0 = none */
	sqlite3_stmt *inc_st[8];   /* incident writes (store_sqlite_incidents.c) */
	S_imap event_keys;       /* in a batch: the events put or read for linking, their ids
				  * as numbers (S_id_number) -> event_key, so that their links
				  * are written by key, not through the event_id index */
	int incident_index_off;  /* in a batch: events_incident dropped, made again at commit */
} S_db;

/* An event id of 16 lowercase hex digits as a number; 0 for any other id
 * (a --coded input may bring its own), which is then found by its text. */
static sqlite3_int64 S_id_number(const char *id)
{
	uint64_t v = 0;
	int i = 0;
	for (; i < 16 && id[i]; i++) {
		char c = id[i];
		if (c >= '0' && c <= '9')
			v = v << 4 | (uint64_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v << 4 | (uint64_t)(c - 'a' + 10);
		else
			return 0;
	}
	return i == 16 && !id[16] ? (sqlite3_int64)v : 0;
}

static void S_note_key(S_db *d, const char *event_id, sqlite3_int64 key)
{
	sqlite3_int64 n = d->in_tx ? S_id_number(event_id) : 0;
	if (n)
		S_imap_put(&d->event_keys, n, key);
}

/* A one-line message for a SQLite failure, naming the store. */
static int S_fail(S_db *d, int rc, const char *doing)
{
	int base = rc & 0xff;
	const char *what = sqlite3_errstr(rc);
	const char *detail = d->db ? sqlite3_errmsg(d->db) : what;
	if (base == SQLITE_FULL)
		return pm_error_set(PM_ERROR, "%s: the disk is full (%s) while %s", d->path, detail,
				    doing);
	if (base == SQLITE_IOERR && (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC ||
				     rc == SQLITE_IOERR_TRUNCATE))
		return pm_error_set(PM_ERROR, "%s: cannot write (%s: %s) while %s", d->path, detail,
				    strerror(errno ? errno : EIO), doing);
	if (base == SQLITE_CORRUPT || base == SQLITE_NOTADB)
		return pm_error_set(PM_EINVALID, "%s: the store is damaged (%s) while %s", d->path,
				    detail, doing);
	if (base == SQLITE_READONLY)
		return pm_error_set(PM_ERROR, "%s: the store cannot be written (%s)", d->path, detail);
	if (base == SQLITE_INTERRUPT && d->deadline)
		return pm_error_set(PM_ERROR, "%s: the query took longer than %d ms", d->path,
				    d->timeout_ms);
	if (base == SQLITE_BUSY || base == SQLITE_LOCKED)
		return pm_error_set(PM_ERROR, "%s: another process kept the store busy too long (%s) "
				    "while %s", d->path, detail, doing);
	return pm_error_set(PM_ERROR, "%s: %s while %s", d->path, detail, doing);
}

static int S_step_done(S_db *d, sqlite3_stmt *st, const char *doing)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : S_fail(d, rc, doing);
}

static int S_exec(S_db *d, const char *sql, const char *doing)
{
	int rc = sqlite3_exec(d->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : S_fail(d, rc, doing);
}

static void S_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* A whole-number pragma's value, or a negative code (a file that is not a
 * database fails here, on its first read). */
static int S_pragma_int(S_db *d, const char *sql, long *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(d->db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		*out = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
		rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_OK ? 0 : S_fail(d, rc, "reading its header");
}

/* pm_km(lat1, lon1, lat2, lon2): the distance filter of --near. */
static void S_sql_km(sqlite3_context *cx, int argc, sqlite3_value **v)
{
	for (int i = 0; i < 4; i++)
		if (sqlite3_value_type(v[i]) == SQLITE_NULL) {
			sqlite3_result_null(cx);
			return;
		}
	sqlite3_result_double(cx, pm_geo_km(sqlite3_value_double(v[0]), sqlite3_value_double(v[1]),
					      sqlite3_value_double(v[2]), sqlite3_value_double(v[3])));
}

/* ---- query timeouts ------------------------------------------------------------------ */

static long long S_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* SQLite calls this every few thousand instructions: a non-zero return
 * interrupts the statement (SQLITE_INTERRUPT), which S_fail names. */
static int S_progress(void *ctx)
{
	S_db *d = ctx;
	return d->deadline && S_now_ms() > d->deadline;
}

/* A query starts (deadline on) or ends (off). */
static void S_timer(S_db *d, int on)
{
	d->deadline = on && d->timeout_ms > 0 ? S_now_ms() + d->timeout_ms : 0;
}

/* ---- opening ------------------------------------------------------------------------ */

/* What can be told about path before SQLite touches it, so that a file
 * that is not a store is named and left exactly as it was. */
static int S_check_path(const char *path, int readonly, int *exists)
{
	struct stat st;
	*exists = 0;
	if (stat(path, &st) != 0) {
		if (errno != ENOENT)
			return pm_error_set(PM_ERROR, "%s: %s", path, strerror(errno));
		if (readonly)
			return pm_error_set(PM_ENOTFOUND, "%s: no store there (palmyra ingest makes one)",
					    path);
		return 0;
	}
	*exists = 1;
	if (S_ISDIR(st.st_mode))
		return pm_error_set(PM_EINVALID, "%s: is a directory, not a store file", path);
	if (!S_ISREG(st.st_mode))
		return pm_error_set(PM_EINVALID, "%s: not a regular file", path);
	if (st.st_size > 0) {
		char head[16];
		int fd = open(path, O_RDONLY);
		ssize_t n = fd >= 0 ? read(fd, head, sizeof(head)) : -1;
		if (fd >= 0)
			close(fd);
		if (n < 0)
			return pm_error_set(PM_ERROR, "%s: %s", path, strerror(errno));
		if (n < 16 || memcmp(head, "SQLite format 3", 16))
			return pm_error_set(PM_EINVALID, "%s: not a SQLite file, so not a store", path);
	}
	/* the mode bits, not access(): root may write anything, but a store
	 * made read-only is meant to stay as it is */
	if (!readonly && (!(st.st_mode & 0222) || access(path, W_OK) != 0))
		return pm_error_set(PM_EINVALID, "%s: the file is read-only, so nothing can be stored in it",
				    path);
	return 0;
}

/* The folder must take the -wal and -shm files beside the store. */
static int S_check_dir(const char *path)
{
	char dir[4096];
	pm_strlcpy(dir, path, sizeof(dir));
	char *slash = strrchr(dir, '/');
	if (slash == dir)
		dir[1] = '\0';
	else if (slash)
		*slash = '\0';
	else
		strcpy(dir, ".");
	struct stat st;
	if (stat(dir, &st) != 0)
		return pm_error_set(PM_ENOTFOUND, "%s: the folder %s does not exist", path, dir);
	if (access(dir, W_OK | X_OK) != 0)
		return pm_error_set(PM_EINVALID, "%s: the folder %s is not writable (a store keeps "
				    "its journal beside it)", path, dir);
	return 0;
}

/* Reads the header: an empty new file, or a Palmyra store this version
 * can read. *version gets the store's schema version (0: empty). */
static int S_identify(S_db *d, long *version)
{
	long app, tables;
	int rc;
	/* one read transaction for the three: read apart, another process
	 * setting a new store up could commit between them, and its tables
	 * with the id not yet seen looked like another program's database */
	int own = sqlite3_get_autocommit(d->db);
	if (own && (rc = S_exec(d, "BEGIN", "reading its header")) < 0)
		return rc;
	if ((rc = S_pragma_int(d, "PRAGMA application_id", &app)) < 0 ||
	    (rc = S_pragma_int(d, "PRAGMA user_version", version)) < 0 ||
	    (rc = S_pragma_int(d, "SELECT count(*) FROM sqlite_schema", &tables)) < 0) {
		if (own)
			sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	if (own && (rc = S_exec(d, "COMMIT", "reading its header")) < 0)
		return rc;
	if (app == 0 && *version == 0 && tables == 0)
		return 0;
	if (app != S_APPLICATION_ID)
		return pm_error_set(PM_EINVALID, "%s: a SQLite database of another program, not a "
				    "Palmyra store", d->path);
	if (*version > S_VERSION)
		return pm_error_set(PM_EINVALID, "%s: written by a newer Palmyra (store version %ld; "
				    "this one knows up to %d): use that version or a newer one",
				    d->path, *version, S_VERSION);
	return 0;
}

static int S_migrate(S_db *d)
{
	int rc;
	long version;
	if ((rc = S_exec(d, "BEGIN IMMEDIATE", "starting to set the store up")) < 0)
		return rc;
	/* another process may have set it up meanwhile */
	if ((rc = S_identify(d, &version)) < 0) {
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	for (long v = version; v < S_VERSION; v++) {
		char sql[128];
		if ((rc = S_exec(d, S_migrations[v], "setting up its tables")) < 0)
			break;
		snprintf(sql, sizeof(sql), "PRAGMA user_version = %ld; PRAGMA application_id = %d;",
			 v + 1, S_APPLICATION_ID);
		if ((rc = S_exec(d, sql, "setting its version")) < 0)
			break;
	}
	if (rc < 0) {
		sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return S_exec(d, "COMMIT", "setting up its tables");
}

static int S_begin(pm_store_backend *b);
static int S_commit(pm_store_backend *b);
static int S_rollback(pm_store_backend *b);
static int S_lookup(pm_store_backend *b, const char *id, const char *hash, int *out);
static int S_put(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events, int n);
static int S_query(pm_store_backend *b, const pm_filter *f, pm_event_fn fn, void *ctx);
static int S_count(pm_store_backend *b, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
		   void *ctx);
static int S_stats(pm_store_backend *b, pm_store_stats *out);
static void S_free(pm_store_backend *b);
static int S_data_version(pm_store_backend *b, long long *out);
static int S_incidents_timed(pm_store_backend *b, const pm_filter *f, pm_incident_fn fn, void *ctx);
static int S_incident_reports_timed(pm_store_backend *b, const char *id, pm_event_fn fn, void *ctx);
static int S_count_incidents_timed(pm_store_backend *b, const pm_filter *f, const pm_count_by *by,
				   pm_count_fn fn, void *ctx);
static int S_places(pm_store_backend *b, const char *prefix, int limit, pm_store_place_fn fn,
		    void *ctx);
static int S_unlinked(pm_store_backend *b, pm_event_fn fn, void *ctx);
static int S_incident_put(pm_store_backend *b, const pm_incident *inc);
static int S_incident_delete(pm_store_backend *b, const char *id);
static int S_incident_size(pm_store_backend *b, const char *id, long *out);
static int S_incident_drop(pm_store_backend *b, const char *id);
static int S_events_link(pm_store_backend *b, const char *id, const char *const *event_ids,
			 int n);
static int S_link_events(pm_store_backend *b, const pm_link_days *days, int unlinked,
			 pm_event_fn fn, void *ctx);
static int S_incidents_clear(pm_store_backend *b);
static int S_incidents(pm_store_backend *b, const pm_filter *f, pm_incident_fn fn, void *ctx);
static int S_incident_reports(pm_store_backend *b, const char *id, pm_event_fn fn, void *ctx);
static int S_incident_evidence(pm_store_backend *b, const char *id, pm_evidence_fn fn,
			       void *ctx);
static int S_count_incidents(pm_store_backend *b, const pm_filter *f, const pm_count_by *by,
			     pm_count_fn fn, void *ctx);
static int S_count_days_range(pm_store_backend *b, long from_day, long to_day, long cap,
			      long *out);
static int S_incident_grid(pm_store_backend *b, const pm_filter *f, double cell_deg,
			   pm_store_cell_fn fn, void *ctx);
static int S_incident_grid_timed(pm_store_backend *b, const pm_filter *f, double cell_deg,
				 pm_store_cell_fn fn, void *ctx);

/* A new file goes from a rollback journal to WAL under an exclusive lock.
 * When another process holds a lock on it at that moment (several ingests
 * creating one store at once), SQLite gives SQLITE_BUSY without waiting:
 * waiting while holding its own shared lock could deadlock. So we wait
 * here, with no lock held between tries, up to the busy timeout. */
static int S_wal(S_db *d, const pm_store_options *opts)
{
	int limit = opts->busy_timeout_ms > 0 ? opts->busy_timeout_ms : 60000;
	int waited = 0, rc;
	while (((rc = sqlite3_exec(d->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL)) & 0xff) ==
		       SQLITE_BUSY && waited < limit)
		waited += sqlite3_sleep(20);
	return rc == SQLITE_OK ? 0 : S_fail(d, rc, "switching it to WAL");
}

static int S_open(S_db *d, const pm_store_options *opts)
{
	int exists, rc;
	if ((rc = S_check_path(d->path, d->readonly, &exists)) < 0)
		return rc;
	if (!d->readonly && (rc = S_check_dir(d->path)) < 0)
		return rc;
	int flags = d->readonly ? SQLITE_OPEN_READONLY
				: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	rc = sqlite3_open_v2(d->path, &d->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK)
		return S_fail(d, rc, "opening it");
	sqlite3_extended_result_codes(d->db, 1);
	sqlite3_busy_timeout(d->db, opts->busy_timeout_ms > 0 ? opts->busy_timeout_ms : 60000);
	if (!d->readonly && sqlite3_db_readonly(d->db, "main") == 1)
		return pm_error_set(PM_EINVALID, "%s: the file is read-only, so nothing can be stored "
				    "in it", d->path);
	long version;
	if ((rc = S_identify(d, &version)) < 0)
		return rc;
	/* sorting a query's rows (in the order they were stored) in memory, not
	 * in a temporary file; and room for the pages a query touches more than
	 * once (b-tree interiors, documents, places); pm_store_options says
	 * why readers keep little */
	char setup[128];
	snprintf(setup, sizeof(setup), "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -%d;",
		 opts->cache_kib > 0 ? opts->cache_kib : d->readonly ? 4096 : 131072);
	if ((rc = S_exec(d, setup, "setting it up")) < 0)
		return rc;
	if (d->readonly) {
		/* a SQLite file with nothing in it yet, as a first ingest killed
		 * before its tables were committed leaves: a store with no events */
		d->empty = version == 0;
		if (version && version < S_VERSION)
			return pm_error_set(PM_EINVALID, "%s: store version %ld needs updating to %d: run "
					    "palmyra ingest on it once", d->path, version, S_VERSION);
	} else {
		/* WAL: readers go on while a batch is written, and a killed
		 * writer loses only its open batch. NORMAL sync keeps that
		 * (a commit is durable once the process has written it); only
		 * a power cut may take the last commits back. */
		if ((rc = S_wal(d, opts)) < 0 ||
		    (rc = S_exec(d, "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 8192;",
				 "setting it up")) < 0)
			return rc;
		if (version < S_VERSION && (rc = S_migrate(d)) < 0)
			return rc;
		for (int i = 0; i < S_NSTMT; i++) {
			rc = sqlite3_prepare_v3(d->db, S_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
						&d->st[i], NULL);
			if (rc != SQLITE_OK)
				return S_fail(d, rc, "preparing its statements");
		}
	}
	sqlite3_create_function(d->db, "pm_km", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
				S_sql_km, NULL, NULL);
	d->timeout_ms = opts->query_timeout_ms;
	if (d->timeout_ms > 0)
		sqlite3_progress_handler(d->db, 4000, S_progress, d);
	return 0;
}

int pm_store_backend_sqlite(pm_store_backend **out, const char *path,
			    const pm_store_options *opts)
{
	pm_store_options defaults = PM_STORE_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (!path || !*path)
		return pm_error_set(PM_EINVALID, "no store path given");
	S_db *d = calloc(1, sizeof(*d));
	if (!d || !(d->path = strdup(path))) {
		free(d);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	d->readonly = opts->readonly;
	d->base = (pm_store_backend){PM_STORE_BACKEND_VERSION, "sqlite", S_begin, S_commit,
				     S_rollback, S_lookup, S_put, S_query, S_count, S_stats, S_free,
				     S_unlinked, S_incident_put, S_incident_delete,
				     S_incidents_clear, S_incidents_timed, S_incident_reports_timed,
				     S_count_incidents_timed, S_count_days_range,
				     S_data_version, S_places, S_incident_grid_timed, NULL,
				     S_link_events, S_incident_size, S_incident_drop,
				     S_events_link, S_incident_evidence};
	int rc = S_open(d, opts);
	if (rc < 0) {
		S_free(&d->base);
		return rc;
	}
	*out = &d->base;
	return 0;
}

static void S_free(pm_store_backend *b)
{
	S_db *d = (S_db *)b;
	if (d->in_tx && d->st[S_ROLLBACK])
		sqlite3_step(d->st[S_ROLLBACK]);
	for (int i = 0; i < S_NSTMT; i++)
		sqlite3_finalize(d->st[i]);
	for (size_t i = 0; i < sizeof(d->inc_st) / sizeof(d->inc_st[0]); i++)
		sqlite3_finalize(d->inc_st[i]);
	sqlite3_close(d->db);
	S_imap_clear(&d->cities);
	S_imap_clear(&d->event_keys);
	S_map_clear(&d->places);
	S_map_clear(&d->names);
	free(d->sent_keys);
	free(d->sent_texts);
	free(d->days);
	free(d->path);
	free(d);
}

/* ---- batches -------------------------------------------------------------------------- */

static int S_writable(S_db *d)
{
	return d->readonly ? pm_error_set(PM_EINVALID, "%s: opened for reading only", d->path) : 0;
}

static int S_begin(pm_store_backend *b)
{
	S_db *d = (S_db *)b;
	int rc = S_writable(d);
	if (rc < 0 || (rc = S_step_done(d, d->st[S_BEGIN], "starting a batch")) < 0)
		return rc;
	d->in_tx = 1;
	S_imap_clear(&d->event_keys);
	return 0;
}

/* Rows written in a batch that is rolled back are gone: so are the keys
 * this connection remembered for them. */
static void S_forget(S_db *d)
{
	S_imap_clear(&d->cities);
	S_imap_clear(&d->event_keys);
	S_map_clear(&d->places);
	S_map_clear(&d->names);
	d->next_doc_key = 0;
	d->unindexed = 0;
	d->incident_index_off = 0;   /* the rollback brings the index back */
}

static int S_rollback(pm_store_backend *b)
{
	S_db *d = (S_db *)b;
	S_forget(d);
	if (!d->in_tx)
		return 0;
	d->in_tx = 0;
	/* a failed write may have rolled the transaction back already */
	if (sqlite3_get_autocommit(d->db))
		return 0;
	return S_step_done(d, d->st[S_ROLLBACK], "rolling a batch back");
}

static int S_commit(pm_store_backend *b)
{
	S_db *d = (S_db *)b;
	int rc = 0;
	if (d->unindexed) {
		sqlite3_bind_int64(d->st[S_FTS_INSERT], 1, d->unindexed);
		rc = S_step_done(d, d->st[S_FTS_INSERT], "indexing the batch's words");
		if (rc < 0)
			return rc;
		d->unindexed = 0;
	}
	if (d->incident_index_off) {
		rc = S_exec(d, S_INCIDENT_INDEX, "indexing the events' incidents");
		if (rc < 0)
			return rc;
		d->incident_index_off = 0;
	}
	rc = S_step_done(d, d->st[S_COMMIT], "committing a batch");
	if (rc == 0)
		d->in_tx = 0;
	S_imap_clear(&d->event_keys);   /* another writer may come before the next batch */
	d->next_doc_key = 0;   /* another writer may come before the next batch */
	return rc;
}

/* ---- documents ------------------------------------------------------------------------- */

static int S_lookup(pm_store_backend *b, const char *id, const char *hash, int *out)
{
	S_db *d = (S_db *)b;
	*out = PM_STORE_DOC_NEW;
	if (d->empty)
		return 0;
	sqlite3_stmt *st = d->readonly ? NULL : d->st[S_DOC_GET];
	int rc;
	if (!st && (rc = sqlite3_prepare_v2(d->db, S_sql[S_DOC_GET], -1, &st, NULL)) != SQLITE_OK)
		return S_fail(d, rc, "looking a document up");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *stored = (const char *)sqlite3_column_text(st, 1);
		*out = stored && !strcmp(stored, hash) ? PM_STORE_DOC_SAME : PM_STORE_DOC_CHANGED;
	} else {
		*out = PM_STORE_DOC_NEW;
	}
	if (d->readonly)
		sqlite3_finalize(st);
	else
		sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : S_fail(d, rc, "looking a document up");
}

static int S_step_range(S_db *d, int which, sqlite3_int64 a, sqlite3_int64 b, const char *doing)
{
	sqlite3_stmt *st = d->st[which];
	sqlite3_bind_int64(st, 1, a);
	if (which != S_DOC_DELETE)
		sqlite3_bind_int64(st, 2, b);
	return S_step_done(d, st, doing);
}

/* Every row that hangs off a document whose events are first..last (0
 * when it has none): what a new version replaces. Its sentences are the
 * range its events point into (only sentences with events are stored). */
static int S_delete_children(S_db *d, sqlite3_int64 first, sqlite3_int64 last)
{
	int rc;
	if (first <= 0)
		return 0;
	S_imap_clear(&d->event_keys);   /* ids may come back under other keys */
	sqlite3_stmt *st = d->st[S_DOC_SENTENCES];
	sqlite3_bind_int64(st, 1, first);
	sqlite3_bind_int64(st, 2, last);
	rc = sqlite3_step(st);
	sqlite3_int64 s1 = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_int64 s2 = rc == SQLITE_ROW ? sqlite3_column_int64(st, 1) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return S_fail(d, rc, "replacing a document");
	if ((rc = S_step_range(d, S_DAY_SUB, first, last, "replacing events")) < 0 ||
	    (rc = S_step_range(d, S_DEL_ATTR, first, last, "replacing events")) < 0 ||
	    (rc = S_step_range(d, S_DEL_EVIDENCE, first, last, "replacing events")) < 0 ||
	    (rc = S_step_range(d, S_DEL_COUNTS, first, last, "replacing events")) < 0 ||
	    (rc = S_step_range(d, S_DEL_EVENTS, first, last, "replacing events")) < 0)
		return rc;
	if (s1 <= 0)
		return 0;
	/* sentences written in this batch are not indexed yet: nothing to unindex */
	sqlite3_int64 indexed_to = d->unindexed && d->unindexed <= s2 ? d->unindexed - 1 : s2;
	if (indexed_to >= s1 &&
	    (rc = S_step_range(d, S_DEL_FTS, s1, indexed_to, "replacing sentences")) < 0)
		return rc;
	return S_step_range(d, S_DEL_SENTENCES, s1, s2, "replacing sentences");
}

static void S_now(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* credits as a JSON array, NULL when there are none. */
static char *S_credits_json(const pm_event_doc *m, pm_jbuf *b)
{
	if (m->n_credits <= 0)
		return NULL;
	pm_jbuf_lit(b, "[");
	for (int i = 0; i < m->n_credits; i++) {
		if (i)
			pm_jbuf_lit(b, ",");
		pm_jbuf_str(b, m->credits[i]);
	}
	pm_jbuf_lit(b, "]");
	return b->failed ? NULL : b->p;
}

/* The document's row, written once its events are: with their range. */
static int S_doc_row(S_db *d, const pm_store_doc *doc, int n_events, sqlite3_int64 doc_key,
		     int update, sqlite3_int64 first, sqlite3_int64 last)
{
	const pm_event_doc *m = &doc->meta;
	char now[32], storage[1024];
	pm_jbuf credits;
	pm_jbuf_init(&credits, storage, sizeof(storage), 1);
	long day_first, day_last;
	sqlite3_stmt *st = d->st[update ? S_DOC_UPDATE : S_DOC_INSERT];
	S_now(now);
	S_bind_text(st, 1, m->id);
	S_bind_text(st, 2, m->outlet);
	S_bind_text(st, 3, m->url);
	S_bind_text(st, 4, m->title);
	S_bind_text(st, 5, m->date);
	if (m->date && pm_date_span(m->date, &day_first, &day_last) == 0)
		sqlite3_bind_int64(st, 6, day_first);
	else
		sqlite3_bind_null(st, 6);
	S_bind_text(st, 7, S_credits_json(m, &credits));
	S_bind_text(st, 8, m->extra_json);
	S_bind_text(st, 9, doc->content_hash);
	S_bind_text(st, 10, now);
	sqlite3_bind_int(st, 11, n_events);
	if (n_events) {
		sqlite3_bind_int64(st, 12, first);
		sqlite3_bind_int64(st, 13, last);
	} else {
		sqlite3_bind_null(st, 12);
		sqlite3_bind_null(st, 13);
	}
	sqlite3_bind_int64(st, 14, doc_key);
	int rc = S_step_done(d, st, "storing a document");
	pm_jbuf_free(&credits);
	return rc;
}

/* The sentence row of ev, written the first time one of its events comes. */
static int S_sentence(S_db *d, sqlite3_int64 doc_key, const pm_event *ev, sqlite3_int64 *out)
{
	int idx = ev->sentence;
	if (idx < 0)
		return pm_error_set(PM_EINVALID, "sentence index %d", idx);
	if (idx >= d->sent_cap) {
		int cap = d->sent_cap ? d->sent_cap : 64;
		while (cap <= idx)
			cap *= 2;
		sqlite3_int64 *k = realloc(d->sent_keys, (size_t)cap * sizeof(*k));
		if (k)
			d->sent_keys = k;
		const char **t = realloc(d->sent_texts, (size_t)cap * sizeof(*t));
		if (t)
			d->sent_texts = t;
		if (!k || !t)
			return pm_error_set(PM_ENOMEM, "out of memory");
		memset(d->sent_keys + d->sent_cap, 0, (size_t)(cap - d->sent_cap) * sizeof(*k));
		d->sent_cap = cap;
	}
	const char *text = ev->text ? ev->text : "";
	if (d->sent_keys[idx]) {
		if (d->sent_texts[idx] != text && strcmp(d->sent_texts[idx], text))
			return pm_error_set(PM_EINVALID, "sentence %d has two different texts", idx);
		*out = d->sent_keys[idx];
		return 0;
	}
	sqlite3_stmt *st = d->st[S_SENT_INSERT];
	sqlite3_bind_int64(st, 1, doc_key);
	sqlite3_bind_int(st, 2, idx);
	sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
	int rc = S_step_done(d, st, "storing a sentence");
	if (rc < 0)
		return rc;
	*out = d->sent_keys[idx] = sqlite3_last_insert_rowid(d->db);
	d->sent_texts[idx] = text;
	if (!d->unindexed)
		d->unindexed = *out;
	return 0;
}

static int S_find_or_add_place(S_db *d, const pm_location *l, sqlite3_int64 *out)
{
	int region = l->geonameid <= 0, rc;
	sqlite3_stmt *find = d->st[region ? S_PLACE_FIND_R : S_PLACE_FIND_G];
	if (region) {
		S_bind_text(find, 1, l->precision ? l->precision : "");
		S_bind_text(find, 2, l->country);
		S_bind_text(find, 3, l->admin1);
		S_bind_text(find, 4, l->name ? l->name : "");
	} else {
		sqlite3_bind_int64(find, 1, l->geonameid);
	}
	rc = sqlite3_step(find);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(find, 0) : 0;
	sqlite3_reset(find);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return S_fail(d, rc, "looking a place up");
	if (*out)
		return 0;
	sqlite3_stmt *ins = d->st[S_PLACE_INSERT];
	if (region)
		sqlite3_bind_null(ins, 1);
	else
		sqlite3_bind_int64(ins, 1, l->geonameid);
	S_bind_text(ins, 2, l->name ? l->name : "");
	S_bind_text(ins, 3, l->country);
	S_bind_text(ins, 4, l->admin1);
	sqlite3_bind_double(ins, 5, l->lat);
	sqlite3_bind_double(ins, 6, l->lon);
	S_bind_text(ins, 7, l->precision ? l->precision : "");
	if ((rc = S_step_done(d, ins, "storing a place")) < 0)
		return rc;
	*out = sqlite3_last_insert_rowid(d->db);
	return 0;
}

/* Appends s and a separator to key (cap bytes); 0 when it does not fit. */
static size_t S_key_add(char *key, size_t n, size_t cap, const char *s)
{
	size_t k = s ? strlen(s) : 0;
	if (n + k + 2 > cap)
		return 0;
	if (k)
		memcpy(key + n, s, k);
	key[n + k] = '\x1f';
	key[n + k + 1] = '\0';
	return n + k + 1;
}

/* The place row of an event's location, and the name the text used for it.
 * Both are remembered, so an event at a known place costs no statement. */
static int S_place(S_db *d, const pm_location *l, sqlite3_int64 *out)
{
	char key[1024];
	size_t n = 0;
	int rc;
	if (l->geonameid > 0) {
		*out = S_imap_get(&d->cities, l->geonameid);
		if (!*out) {
			if ((rc = S_find_or_add_place(d, l, out)) < 0)
				return rc;
			S_imap_put(&d->cities, l->geonameid, *out);
		}
	} else {
		/* a region or country by what names it */
		n = S_key_add(key, 0, sizeof(key), l->precision);
		n = n ? S_key_add(key, n, sizeof(key), l->country) : 0;
		n = n ? S_key_add(key, n, sizeof(key), l->admin1) : 0;
		n = n ? S_key_add(key, n, sizeof(key), l->name) : 0;
		*out = n ? S_map_get(&d->places, key) : 0;
		if (!*out) {
			if ((rc = S_find_or_add_place(d, l, out)) < 0)
				return rc;
			if (n)
				S_map_put(&d->places, key, *out);
		}
	}
	if (!l->text || !*l->text)
		return 0;
	/* "<place_key in 16 hex digits><text>" */
	size_t len = strlen(l->text);
	n = len + 17 < sizeof(key);
	if (n) {
		uint64_t v = (uint64_t)*out;
		for (int i = 15; i >= 0; i--, v >>= 4)
			key[i] = "0123456789abcdef"[v & 15];
		memcpy(key + 16, l->text, len + 1);
	}
	if (n && S_map_get(&d->names, key))
		return 0;
	sqlite3_stmt *st = d->st[S_NAME_INSERT];
	sqlite3_bind_text(st, 1, l->text, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, *out);
	if ((rc = S_step_done(d, st, "storing a place name")) < 0)
		return rc;
	if (n)
		S_map_put(&d->names, key, 1);
	return 0;
}

/* Inserts ev; *event_key is its row, or 0 when its event_id is taken. */
static int S_event(S_db *d, sqlite3_int64 doc_key, const pm_event *ev, sqlite3_int64 *event_key)
{
	sqlite3_int64 sentence_key = 0, place_key = 0;
	long first, last;
	int rc;
	*event_key = 0;
	if ((rc = S_sentence(d, doc_key, ev, &sentence_key)) < 0)
		return rc;
	if (ev->location.found && (rc = S_place(d, &ev->location, &place_key)) < 0)
		return rc;
	sqlite3_stmt *st = d->st[S_EVENT_INSERT];
	sqlite3_bind_text(st, 1, ev->event_id, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, doc_key);
	sqlite3_bind_int64(st, 3, sentence_key);
	sqlite3_bind_int(st, 4, ev->headline ? 1 : 0);
	S_bind_text(st, 5, ev->date);
	S_bind_text(st, 6, ev->date_precision);
	S_bind_text(st, 7, ev->date_text);
	if (ev->date && pm_date_span(ev->date, &first, &last) == 0) {
		sqlite3_bind_int64(st, 8, first);
		sqlite3_bind_int64(st, 9, last);
	} else {
		sqlite3_bind_null(st, 8);
		sqlite3_bind_null(st, 9);
	}
	S_bind_text(st, 10, ev->source.code);
	S_bind_text(st, 11, ev->source.label);
	S_bind_text(st, 12, ev->source.text);
	S_bind_text(st, 13, ev->target.code);
	S_bind_text(st, 14, ev->target.label);
	S_bind_text(st, 15, ev->target.text);
	S_bind_text(st, 16, ev->code);
	S_bind_text(st, 17, ev->code_label);
	S_bind_text(st, 18, ev->root);
	sqlite3_bind_int(st, 19, ev->quad);
	sqlite3_bind_double(st, 20, ev->goldstein);
	S_bind_text(st, 21, ev->plover);
	S_bind_text(st, 22, ev->modality);
	sqlite3_bind_int(st, 33, ev->location.found ? ev->location.ambiguous : 0);
	S_bind_text(st, 34, ev->control.change);
	S_bind_text(st, 35, ev->control.change ? ev->control.actor : NULL);
	S_bind_text(st, 36, ev->control.change ? ev->control.status : NULL);
	sqlite3_bind_int(st, 37, ev->n_attribution);
	if (place_key) {
		sqlite3_bind_int64(st, 23, place_key);
		S_bind_text(st, 24, ev->location.text);
		S_bind_text(st, 25, ev->location.fallback);
	} else {
		sqlite3_bind_null(st, 23);
		sqlite3_bind_null(st, 24);
		sqlite3_bind_null(st, 25);
	}
	int n_counts = 0;
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		if (ev->counts[k].value < 0) {
			sqlite3_bind_null(st, 26 + k);
			continue;
		}
		sqlite3_bind_int64(st, 26 + k, ev->counts[k].value);
		n_counts++;
	}
	sqlite3_bind_null(st, 32);   /* unlinked: the front links it (incidents.c) */
	if ((rc = S_step_done(d, st, "storing an event")) < 0)
		return rc;
	if (sqlite3_changes(d->db) == 0)
		return 0;
	*event_key = sqlite3_last_insert_rowid(d->db);
	S_note_key(d, ev->event_id, *event_key);
	for (int k = 0; k < PM_COUNT_KINDS && n_counts; k++) {
		const pm_event_count *c = &ev->counts[k];
		if (c->value < 0)
			continue;
		sqlite3_stmt *cs = d->st[S_COUNT_INSERT];
		sqlite3_bind_int64(cs, 1, *event_key);
		sqlite3_bind_text(cs, 2, pm_count_kind_name(k), -1, SQLITE_STATIC);
		sqlite3_bind_int64(cs, 3, c->value);
		S_bind_text(cs, 4, c->qualifier);
		sqlite3_bind_int64(cs, 5, c->value_max);
		sqlite3_bind_int(cs, 6, c->approximate ? 1 : 0);
		if ((rc = S_step_done(d, cs, "storing a count")) < 0)
			return rc;
	}
	sqlite3_stmt *a = d->st[S_ATTR_INSERT];
	for (int i = 0; i < ev->n_attribution; i++) {
		sqlite3_bind_int64(a, 1, *event_key);
		sqlite3_bind_int(a, 2, i);
		sqlite3_bind_text(a, 3, ev->attribution[i] ? ev->attribution[i] : "", -1, SQLITE_STATIC);
		if ((rc = S_step_done(d, a, "storing an attribution")) < 0)
			return rc;
	}
	sqlite3_stmt *v = d->st[S_EVIDENCE_INSERT];
	for (int i = 0; i < ev->n_evidence; i++) {
		sqlite3_bind_int64(v, 1, *event_key);
		sqlite3_bind_int(v, 2, ev->evidence[i].sentence);
		S_bind_text(v, 3, ev->evidence[i].text ? ev->evidence[i].text : "");
		if ((rc = S_step_done(d, v, "storing evidence")) < 0)
			return rc;
	}
	return 0;
}

/* A document refused for its data: what was written of it goes again
 * (and the version it was to replace is gone already). */
static int S_refuse(S_db *d, sqlite3_int64 doc_key, int update, sqlite3_int64 first,
		    sqlite3_int64 last)
{
	char msg[512];
	pm_strlcpy(msg, pm_error_last() ? pm_error_last() : "refused", sizeof(msg));
	int rc = S_delete_children(d, first, last);
	if (rc == 0 && update)
		rc = S_step_range(d, S_DOC_DELETE, doc_key, 0, "taking a refused document back");
	if (rc < 0)
		return rc;
	return pm_error_set(PM_EINVALID, "%s", msg);
}

/* A document's dated events that are not headlines, added to event_days. */
static int S_add_days(S_db *d, const pm_event *events, int n)
{
	d->n_days = 0;
	for (int i = 0; i < n; i++) {
		long first, last;
		const pm_event *ev = &events[i];
		if (ev->headline || !ev->date || pm_date_span(ev->date, &first, &last) < 0)
			continue;
		int k = 0;
		while (k < d->n_days && d->days[k].day != first)
			k++;
		if (k == d->n_days) {
			struct S_day *day = PM_VEC_PUSH(d->days, d->n_days, d->cap_days);
			memset(day, 0, sizeof(*day));
			day->day = first;
		}
		d->days[k].sums[0]++;
		for (int c = 0; c < PM_COUNT_KINDS; c++)
			if (ev->counts[c].value > 0)
				d->days[k].sums[1 + c] += ev->counts[c].value;
	}
	sqlite3_stmt *st = d->st[S_DAY_ADD];
	for (int k = 0; k < d->n_days; k++) {
		sqlite3_bind_int64(st, 1, d->days[k].day);
		for (int c = 0; c <= PM_COUNT_KINDS; c++)
			sqlite3_bind_int64(st, 2 + c, d->days[k].sums[c]);
		int rc = S_step_done(d, st, "counting events by day");
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* The key a new document gets: the largest so far plus one, counted here
 * while the batch holds the store's write lock. */
static int S_new_doc_key(S_db *d, sqlite3_int64 *out)
{
	if (!d->next_doc_key) {
		sqlite3_stmt *st = d->st[S_DOC_NEXT];
		int rc = sqlite3_step(st);
		d->next_doc_key = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
		sqlite3_reset(st);
		if (rc != SQLITE_ROW)
			return S_fail(d, rc, "numbering a document");
	}
	*out = d->next_doc_key++;
	return 0;
}

static int S_put(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events, int n)
{
	S_db *d = (S_db *)b;
	const char *id = doc->meta.id;
	sqlite3_int64 doc_key = 0, first = 0, last = 0;
	int rc = S_writable(d), update = 0;
	if (rc < 0)
		return rc;
	/* a stored version: its rows go, its key stays */
	sqlite3_stmt *get = d->st[S_DOC_GET];
	sqlite3_bind_text(get, 1, id, -1, SQLITE_STATIC);
	rc = sqlite3_step(get);
	int same = 0;
	if (rc == SQLITE_ROW) {
		update = 1;
		doc_key = sqlite3_column_int64(get, 0);
		const char *stored = (const char *)sqlite3_column_text(get, 1);
		same = stored && !strcmp(stored, doc->content_hash);
		first = sqlite3_column_int64(get, 2);
		last = sqlite3_column_int64(get, 3);
	}
	sqlite3_reset(get);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return S_fail(d, rc, "looking a document up");
	/* stored already with this content (by another writer since the
	 * caller looked, say): nothing to do */
	if (same)
		return 0;
	if (update && (rc = S_delete_children(d, first, last)) < 0)
		return rc;
	if (!update && (rc = S_new_doc_key(d, &doc_key)) < 0)
		return rc;
	if (d->sent_cap)
		memset(d->sent_keys, 0, (size_t)d->sent_cap * sizeof(*d->sent_keys));
	first = last = 0;
	for (int i = 0; i < n; i++) {
		const pm_event *ev = &events[i];
		sqlite3_int64 key;
		if (!ev->code || (!ev->code[0] && !ev->control.change)) {   /* a hold may have none */
			pm_error_set(PM_EINVALID, "document %s: event %s has no code", id, ev->event_id);
			return S_refuse(d, doc_key, update, first, last);
		}
		rc = S_event(d, doc_key, ev, &key);
		if (rc == PM_EINVALID) {
			char msg[400];
			pm_strlcpy(msg, pm_error_last(), sizeof(msg));
			pm_error_set(PM_EINVALID, "document %s: %s", id, msg);
			return S_refuse(d, doc_key, update, first, last);
		}
		if (rc < 0)
			return rc;
		if (!key) {
			sqlite3_stmt *o = d->st[S_EVENT_OWNER];
			sqlite3_bind_text(o, 1, ev->event_id, -1, SQLITE_STATIC);
			int orc = sqlite3_step(o);
			char owner[256] = "?";
			if (orc == SQLITE_ROW)
				pm_strlcpy(owner, (const char *)sqlite3_column_text(o, 0), sizeof(owner));
			sqlite3_reset(o);
			pm_error_set(PM_EINVALID, "document %s not stored: its event %s is stored already "
				     "(document %s)", id, ev->event_id, owner);
			return S_refuse(d, doc_key, update, first, last);
		}
		if (!first)
			first = key;
		last = key;
	}
	if ((rc = S_add_days(d, events, n)) < 0)
		return rc;
	return S_doc_row(d, doc, n, doc_key, update, first, last);
}

/* ---- queries ------------------------------------------------------------------------------ */

/* A query's text and its parameters, built from fixed pieces. */
typedef struct {
	int type;             /* 't' text, 'i' integer, 'd' real */
	const char *text;
	sqlite3_int64 i;
	double d;
} S_arg;

typedef struct {
	char sql[8192];
	size_t n;
	int overflow;
	S_arg arg[64];
	int n_arg;
	char scratch[4][128];     /* code prefix bounds */
	int n_scratch;
	char fts[1200];
	pm_filter sub;            /* a filter of reports inside an incident query */
	int places_apart;         /* S_select_apart's columns: places through S_place_cache */
} S_q;

static void S_sql_add(S_q *q, const char *piece)
{
	size_t k = strlen(piece);
	if (q->n + k + 1 >= sizeof(q->sql)) {
		q->overflow = 1;
		return;
	}
	memcpy(q->sql + q->n, piece, k + 1);
	q->n += k;
}

static void S_arg_text(S_q *q, const char *s)
{
	if (q->n_arg < 64)
		q->arg[q->n_arg++] = (S_arg){'t', s, 0, 0};
	else
		q->overflow = 1;
}

static void S_arg_int(S_q *q, sqlite3_int64 v)
{
	if (q->n_arg < 64)
		q->arg[q->n_arg++] = (S_arg){'i', NULL, v, 0};
	else
		q->overflow = 1;
}

static void S_arg_real(S_q *q, double v)
{
	if (q->n_arg < 64)
		q->arg[q->n_arg++] = (S_arg){'d', NULL, 0, v};
	else
		q->overflow = 1;
}

/* col >= prefix AND col < prefix with its last byte raised: a prefix test
 * an index answers. */
static void S_prefix(S_q *q, const char *col, const char *prefix)
{
	char *hi = q->scratch[q->n_scratch++ & 3];
	pm_strlcpy(hi, prefix, sizeof(q->scratch[0]));
	size_t n = strlen(hi);
	hi[n - 1] = (char)(hi[n - 1] + 1);
	S_sql_add(q, "(");
	S_sql_add(q, col);
	S_sql_add(q, " >= ? AND ");
	S_sql_add(q, col);
	S_sql_add(q, " < ?)");
	S_arg_text(q, prefix);
	S_arg_text(q, hi);
}

static void S_lon_range(S_q *q, double west, double east)
{
	if (west <= east) {
		S_sql_add(q, " AND lon BETWEEN ? AND ?");
		S_arg_real(q, west);
		S_arg_real(q, east);
	} else {
		S_sql_add(q, " AND (lon >= ? OR lon <= ?)");
		S_arg_real(q, west);
		S_arg_real(q, east);
	}
}

/* How a word filter joins a query: the events of the matched sentences
 * (few matches), each event's sentence tested against the set of matches
 * (a common word with a limit: events read in their order stop at the
 * limit instead of every match being joined first), or not here (the
 * query starts from the matches: S_from_words). */
enum { S_WORDS_JOIN, S_WORDS_TEST, S_WORDS_FROM };

/* The filters as " AND ..." conditions on events e. by_actor: the actor
 * indexes are to find the events, not the day index (the unary + keeps
 * SQLite from using an index for a term). */
static void S_where(S_q *q, const pm_filter *f, int words, int by_actor)
{
	if (f->has_from) {
		S_sql_add(q, by_actor ? " AND +e.day_first >= ?" : " AND e.day_first >= ?");
		S_arg_int(q, f->from_day);
	}
	if (f->has_to) {
		/* the first day bounds the index range; the last must fit too */
		S_sql_add(q, by_actor ? " AND +e.day_first <= ? AND e.day_last <= ?"
				      : " AND e.day_first <= ? AND e.day_last <= ?");
		S_arg_int(q, f->to_day);
		S_arg_int(q, f->to_day);
	}
	/* From a word filter's sentences, the other filters test the events
	 * their documents' ranges give: the sentences' words are the few,
	 * and a filter SQLite could find events by would make it do so once
	 * a sentence (a country's events read for each of the 907 sentences
	 * with "airstrike": 16 s of CPU, an outlet's 4 s; now 20 ms). The
	 * unary + keeps a column from being an index's. */
	int test = words == S_WORDS_FROM;
	if (f->country[0] || f->admin1[0] || f->place[0] || f->geonameid || f->has_near ||
	    f->has_bbox) {
		S_sql_add(q, test ? " AND +e.place_key IN (SELECT place_key FROM places WHERE 1"
				  : " AND e.place_key IN (SELECT place_key FROM places WHERE 1");
		if (f->country[0]) {
			S_sql_add(q, " AND country = ?");
			S_arg_text(q, f->country);
		}
		if (f->admin1[0]) {
			S_sql_add(q, " AND admin1 = ? COLLATE NOCASE");
			S_arg_text(q, f->admin1);
		}
		if (f->geonameid) {
			S_sql_add(q, " AND geonameid = ?");
			S_arg_int(q, f->geonameid);
		}
		if (f->place[0]) {
			S_sql_add(q, " AND (name = ? COLLATE NOCASE OR place_key IN (SELECT place_key"
				     " FROM place_names WHERE name = ?))");
			S_arg_text(q, f->place);
			S_arg_text(q, f->place);
		}
		if (f->has_bbox) {
			S_sql_add(q, " AND lat BETWEEN ? AND ?");
			S_arg_real(q, f->south);
			S_arg_real(q, f->north);
			S_lon_range(q, f->west, f->east);
		}
		if (f->has_near) {
			pm_geo_box box;
			pm_geo_box_around(f->near_lat, f->near_lon, f->near_km, &box);
			S_sql_add(q, " AND lat BETWEEN ? AND ?");
			S_arg_real(q, box.south);
			S_arg_real(q, box.north);
			if (!box.all_lon)
				S_lon_range(q, box.west, box.east);
			S_sql_add(q, " AND pm_km(lat, lon, ?, ?) <= ?");
			S_arg_real(q, f->near_lat);
			S_arg_real(q, f->near_lon);
			S_arg_real(q, f->near_km);
		}
		S_sql_add(q, ")");
	}
	if (f->actor[0]) {
		S_sql_add(q, " AND (");
		S_prefix(q, "e.source_code", f->actor);
		S_sql_add(q, " OR ");
		S_prefix(q, "e.target_code", f->actor);
		S_sql_add(q, ")");
	}
	if (f->source[0]) {
		S_sql_add(q, " AND ");
		S_prefix(q, "e.source_code", f->source);
	}
	if (f->target[0]) {
		S_sql_add(q, " AND ");
		S_prefix(q, "e.target_code", f->target);
	}
	if (f->code[0]) {
		S_sql_add(q, " AND ");
		S_prefix(q, "e.code", f->code);
	}
	if (f->root[0]) {
		S_sql_add(q, " AND e.root = ?");
		S_arg_text(q, f->root);
	}
	if (f->quad) {
		S_sql_add(q, " AND e.quad = ?");
		S_arg_int(q, f->quad);
	}
	if (f->modality[0]) {
		S_sql_add(q, " AND e.modality = ?");
		S_arg_text(q, f->modality);
	}
	/* a document's events are the range first_event..last_event */
	if (f->outlet[0] && test) {
		S_sql_add(q, " AND +d.outlet = ? COLLATE NOCASE");
		S_arg_text(q, f->outlet);
	} else if (f->outlet[0]) {
		S_sql_add(q, " AND e.event_key IN (SELECT x.event_key FROM documents xd JOIN events x"
			     " ON x.event_key BETWEEN xd.first_event AND xd.last_event"
			     " WHERE xd.outlet = ? COLLATE NOCASE)");
		S_arg_text(q, f->outlet);
	}
	if (f->doc[0] && test) {
		S_sql_add(q, " AND +d.id = ?");
		S_arg_text(q, f->doc);
	} else if (f->doc[0]) {
		S_sql_add(q, " AND e.event_key IN (SELECT x.event_key FROM documents xd JOIN events x"
			     " ON x.event_key BETWEEN xd.first_event AND xd.last_event WHERE xd.id = ?)");
		S_arg_text(q, f->doc);
	}
	if (f->min_outlets > 0) {
		S_sql_add(q, test ? " AND +e.incident IN (SELECT id FROM incidents WHERE n_outlets >= ?)"
				  : " AND e.incident IN (SELECT id FROM incidents WHERE n_outlets >= ?)");
		S_arg_int(q, f->min_outlets);
	}
	if (f->text[0] && words != S_WORDS_FROM) {
		if (pm_filter_fts_query(f->text, q->fts, sizeof(q->fts)) < 0)
			q->overflow = 1;
		if (words == S_WORDS_TEST)
			S_sql_add(q, " AND e.sentence_key IN (SELECT rowid FROM sentences_fts"
				     " WHERE sentences_fts MATCH ?)");
		else
			S_sql_add(q, " AND e.event_key IN (SELECT x.event_key FROM sentences_fts"
				     " JOIN sentences xs ON xs.sentence_key = sentences_fts.rowid"
				     " JOIN documents xd ON xd.doc_key = xs.doc_key"
				     " JOIN events x ON x.event_key BETWEEN xd.first_event AND"
				     " xd.last_event AND x.sentence_key = xs.sentence_key"
				     " WHERE sentences_fts MATCH ?)");
		S_arg_text(q, q->fts);
	}
}

static int S_prepare(S_db *d, S_q *q, sqlite3_stmt **out)
{
	if (q->overflow)
		return pm_error_set(PM_EINVALID, "the query is too large");
	int rc = sqlite3_prepare_v2(d->db, q->sql, -1, out, NULL);
	if (rc != SQLITE_OK)
		return S_fail(d, rc, "preparing a query");
	for (int i = 0; i < q->n_arg; i++) {
		if (q->arg[i].type == 't')
			sqlite3_bind_text(*out, i + 1, q->arg[i].text, -1, SQLITE_STATIC);
		else if (q->arg[i].type == 'i')
			sqlite3_bind_int64(*out, i + 1, q->arg[i].i);
		else
			sqlite3_bind_double(*out, i + 1, q->arg[i].d);
	}
	return 0;
}

enum {
	C_EVENT_KEY, C_EVENT_ID, C_DOC_ID, C_SENTENCE, C_TEXT, C_HEADLINE, C_DATE, C_DATE_PRECISION,
	C_DATE_TEXT, C_SOURCE_CODE, C_SOURCE_LABEL, C_SOURCE_TEXT, C_TARGET_CODE, C_TARGET_LABEL,
	C_TARGET_TEXT, C_CODE, C_CODE_LABEL, C_ROOT, C_QUAD, C_GOLDSTEIN, C_PLOVER, C_MODALITY,
	C_PLACE_KEY, C_PLACE_NAME, C_GEONAMEID, C_COUNTRY, C_ADMIN1, C_LAT, C_LON, C_PRECISION,
	C_LOCATION_TEXT, C_FALLBACK, C_COUNTS, C_INCIDENT = C_COUNTS + PM_COUNT_KINDS,
	C_DOC_KEY, C_DOC_TITLE, C_DOC_DATE, C_DOC_OUTLET, C_DOC_URL, C_DOC_CREDITS, C_DOC_EXTRA,
	C_AMBIGUOUS, C_CONTROL_CHANGE, C_CONTROL_ACTOR, C_CONTROL_STATUS, C_ATTRIBUTIONS
};


#define S_SELECT_HEAD                                                                          \
	"SELECT e.event_key, e.event_id, d.id, s.sentence, s.text, e.headline, e.date,"        \
	" e.date_precision, e.date_text, e.source_code, e.source_label, e.source_text,"        \
	" e.target_code, e.target_label, e.target_text, e.code, e.code_label, e.root, e.quad," \
	" e.goldstein, e.plover, e.modality,"
#define S_SELECT_TAIL                                                                          \
	" e.location_text, e.location_fallback,"                                               \
	" e.killed, e.wounded, e.arrested, e.displaced, e.strikes, e.casualties, e.incident,"  \
	" e.doc_key, d.title, d.date, d.outlet, d.url, d.credits, d.extra,"                    \
	" e.location_ambiguous, e.control_change, e.control_actor, e.control_status,"          \
	" e.attributions"

static const char S_select[] =
	S_SELECT_HEAD " p.place_key, p.name, p.geonameid, p.country, p.admin1, p.lat, p.lon,"
	" p.precision," S_SELECT_TAIL;

/* The same columns with the places left out: a query filtered by place
 * (country, region, town, distance, box) has few places among many
 * events, each read once through S_place_cache instead of a seek an event
 * (the largest country's month: 124.4M -> 119.4M instructions); other
 * queries' events have nearly as many places as events, and there the
 * join costs less (--text airstrike: 907 events at 452 places). */
static const char S_select_apart[] =
	S_SELECT_HEAD " e.place_key, NULL, NULL, NULL, NULL, NULL, NULL, NULL," S_SELECT_TAIL;

#define S_FROM_EVENTS                                                                          \
	" FROM events e JOIN sentences s ON s.sentence_key = e.sentence_key"                   \
	" JOIN documents d ON d.doc_key = e.doc_key"

/* Events and what they join, from the events (S_select's columns, or
 * S_select_apart's without the places)... */
static const char S_from_events[] =
	S_FROM_EVENTS " LEFT JOIN places p ON p.place_key = e.place_key WHERE 1";
static const char S_from_events_apart[] = S_FROM_EVENTS " WHERE 1";

/* ... or from the sentences a word filter matches (through their
 * document's range of events), when they are few: one pass instead of
 * finding the events first and reading them again. */
#define S_FROM_WORDS                                                                           \
	" FROM sentences_fts JOIN sentences s ON s.sentence_key = sentences_fts.rowid"         \
	" JOIN documents d ON d.doc_key = s.doc_key"                                           \
	" JOIN events e ON e.event_key BETWEEN d.first_event AND d.last_event"                 \
	" AND e.sentence_key = s.sentence_key"
static const char S_from_words[] =
	S_FROM_WORDS " LEFT JOIN places p ON p.place_key = e.place_key WHERE sentences_fts MATCH ?";
static const char S_from_words_apart[] = S_FROM_WORDS " WHERE sentences_fts MATCH ?";

static const char *S_col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* The document of the rows being read: built again only when it changes. */
typedef struct {
	sqlite3_int64 key;
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

static const pm_event_doc *S_doc_of(S_doc_cache *c, sqlite3_stmt *st)
{
	sqlite3_int64 key = sqlite3_column_int64(st, C_DOC_KEY);
	if (c->key == key && c->doc.id)
		return &c->doc;
	S_doc_cache_clear(c);
	c->key = key;
	c->doc.id = c->strings[0] = S_strdup_or_null(S_col(st, C_DOC_ID));
	c->doc.title = c->strings[1] = S_strdup_or_null(S_col(st, C_DOC_TITLE));
	c->doc.date = c->strings[2] = S_strdup_or_null(S_col(st, C_DOC_DATE));
	c->doc.outlet = c->strings[3] = S_strdup_or_null(S_col(st, C_DOC_OUTLET));
	c->doc.url = c->strings[4] = S_strdup_or_null(S_col(st, C_DOC_URL));
	c->doc.extra_json = c->strings[5] = S_strdup_or_null(S_col(st, C_DOC_EXTRA));
	const char *credits = S_col(st, C_DOC_CREDITS);
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

/* The places of the rows being read, each read once (strings owned). */
typedef struct {
	S_imap slot;           /* place_key -> index in places + 1 */
	pm_location *places;   /* found == 0: no such place */
	int n, cap;
	sqlite3_stmt *st;
} S_place_cache;

static void S_place_cache_clear(S_place_cache *c)
{
	for (int i = 0; i < c->n; i++) {
		free((char *)c->places[i].name);
		free((char *)c->places[i].country);
		free((char *)c->places[i].admin1);
		free((char *)c->places[i].precision);
	}
	free(c->places);
	S_imap_clear(&c->slot);
	sqlite3_finalize(c->st);
	memset(c, 0, sizeof(*c));
}

static int S_place_read(S_db *d, S_place_cache *c, sqlite3_int64 key, pm_location *l)
{
	int rc = c->st ? SQLITE_OK
		       : sqlite3_prepare_v2(d->db, "SELECT name, geonameid, country, admin1, lat, lon,"
					    " precision FROM places WHERE place_key = ?", -1, &c->st,
					    NULL);
	if (rc != SQLITE_OK)
		return S_fail(d, rc, "reading places");
	memset(l, 0, sizeof(*l));
	sqlite3_bind_int64(c->st, 1, key);
	rc = sqlite3_step(c->st);
	if (rc == SQLITE_ROW) {
		l->found = 1;
		l->name = S_strdup_or_null(S_col(c->st, 0));
		l->geonameid = (long)sqlite3_column_int64(c->st, 1);
		l->country = S_strdup_or_null(S_col(c->st, 2));
		l->admin1 = S_strdup_or_null(S_col(c->st, 3));
		l->lat = sqlite3_column_double(c->st, 4);
		l->lon = sqlite3_column_double(c->st, 5);
		l->precision = S_strdup_or_null(S_col(c->st, 6));
	}
	sqlite3_reset(c->st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : S_fail(d, rc, "reading places");
}

/* The place of key (NULL for none, as an event with no place or one whose
 * place row is missing has), read on first use. */
static int S_place_of(S_db *d, S_place_cache *c, sqlite3_int64 key, const pm_location **out)
{
	*out = NULL;
	sqlite3_int64 i = S_imap_get(&c->slot, key);
	if (!i) {
		if (c->n == c->cap) {
			int cap = c->cap ? c->cap * 2 : 64;
			pm_location *p = realloc(c->places, (size_t)cap * sizeof(*p));
			if (!p)
				return pm_error_set(PM_ENOMEM, "out of memory");
			c->places = p;
			c->cap = cap;
		}
		int rc = S_place_read(d, c, key, &c->places[c->n]);
		if (rc < 0)
			return rc;
		i = ++c->n;
		S_imap_put(&c->slot, key, i);
	}
	if (c->places[i - 1].found)
		*out = &c->places[i - 1];
	return 0;
}

static int S_attribution(S_db *d, sqlite3_stmt **st, sqlite3_int64 event_key,
			 const char **names, int cap, int *n)
{
	*n = 0;
	if (!*st) {
		int rc = sqlite3_prepare_v2(d->db, "SELECT name FROM attribution WHERE event_key = ?"
					    " ORDER BY rank", -1, st, NULL);
		if (rc != SQLITE_OK)
			return S_fail(d, rc, "reading attribution");
	}
	sqlite3_bind_int64(*st, 1, event_key);
	int rc;
	while ((rc = sqlite3_step(*st)) == SQLITE_ROW && *n < cap)
		names[(*n)++] = strdup(S_col(*st, 0));
	sqlite3_reset(*st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : S_fail(d, rc, "reading attribution");
}

/* How the event's figures were stated (counts rows), into ev; qualifiers
 * are copied into quals, as the statement's text goes at its next step. */
static int S_count_details(S_db *d, sqlite3_stmt **st, sqlite3_int64 event_key, pm_event *ev,
			   char quals[PM_COUNT_KINDS][24])
{
	if (!*st) {
		int rc = sqlite3_prepare_v2(d->db, "SELECT kind, qualifier, value_max, approximate FROM"
					    " counts WHERE event_key = ?", -1, st, NULL);
		if (rc != SQLITE_OK)
			return S_fail(d, rc, "reading counts");
	}
	sqlite3_bind_int64(*st, 1, event_key);
	int rc;
	while ((rc = sqlite3_step(*st)) == SQLITE_ROW) {
		const char *kind = S_col(*st, 0);
		for (int k = 0; kind && k < PM_COUNT_KINDS; k++) {
			if (strcmp(kind, pm_count_kind_name(k)) || ev->counts[k].value < 0)
				continue;
			const char *q = S_col(*st, 1);
			if (q) {
				pm_strlcpy(quals[k], q, sizeof(quals[k]));
				ev->counts[k].qualifier = quals[k];
			}
			ev->counts[k].value_max = (long)sqlite3_column_int64(*st, 2);
			ev->counts[k].approximate = sqlite3_column_int(*st, 3);
		}
	}
	sqlite3_reset(*st);
	return rc == SQLITE_DONE ? 0 : S_fail(d, rc, "reading counts");
}

static void S_row_event(sqlite3_stmt *st, pm_event *ev, const pm_event_doc *doc,
			const pm_location *place)
{
	memset(ev, 0, sizeof(*ev));
	pm_strlcpy(ev->event_id, S_col(st, C_EVENT_ID), sizeof(ev->event_id));
	ev->doc = doc;
	ev->id = doc->id;
	ev->sentence = sqlite3_column_int(st, C_SENTENCE);
	ev->text = S_col(st, C_TEXT);
	ev->headline = sqlite3_column_int(st, C_HEADLINE);
	ev->date = S_col(st, C_DATE);
	ev->date_precision = S_col(st, C_DATE_PRECISION);
	ev->date_text = S_col(st, C_DATE_TEXT);
	ev->source.code = S_col(st, C_SOURCE_CODE);
	ev->source.label = S_col(st, C_SOURCE_LABEL);
	ev->source.text = S_col(st, C_SOURCE_TEXT);
	ev->target.code = S_col(st, C_TARGET_CODE);
	ev->target.label = S_col(st, C_TARGET_LABEL);
	ev->target.text = S_col(st, C_TARGET_TEXT);
	ev->code = S_col(st, C_CODE);
	ev->code_label = S_col(st, C_CODE_LABEL);
	const char *root = S_col(st, C_ROOT);
	pm_strlcpy(ev->root, root ? root : "", sizeof(ev->root));
	ev->quad = sqlite3_column_int(st, C_QUAD);
	ev->goldstein = sqlite3_column_double(st, C_GOLDSTEIN);
	ev->plover = S_col(st, C_PLOVER);
	ev->modality = S_col(st, C_MODALITY);
	ev->negated = ev->modality && !strcmp(ev->modality, "negated");
	pm_location *l = &ev->location;
	if (place) {
		*l = *place;
	} else if (sqlite3_column_type(st, C_PLACE_NAME) != SQLITE_NULL) {
		l->found = 1;
		l->name = S_col(st, C_PLACE_NAME);
		l->geonameid = (long)sqlite3_column_int64(st, C_GEONAMEID);
		l->country = S_col(st, C_COUNTRY);
		l->admin1 = S_col(st, C_ADMIN1);
		l->lat = sqlite3_column_double(st, C_LAT);
		l->lon = sqlite3_column_double(st, C_LON);
		l->precision = S_col(st, C_PRECISION);
	}
	if (l->found) {
		l->text = S_col(st, C_LOCATION_TEXT);
		l->fallback = S_col(st, C_FALLBACK);
		l->ambiguous = sqlite3_column_int(st, C_AMBIGUOUS);
	}
	ev->control.change = S_col(st, C_CONTROL_CHANGE);
	ev->control.actor = S_col(st, C_CONTROL_ACTOR);
	ev->control.status = S_col(st, C_CONTROL_STATUS);
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		pm_event_count *c = &ev->counts[k];
		c->value = c->value_max = -1;
		if (sqlite3_column_type(st, C_COUNTS + k) != SQLITE_NULL)
			c->value = c->value_max = (long)sqlite3_column_int64(st, C_COUNTS + k);
	}
	ev->incident = S_col(st, C_INCIDENT);
}

/* Index entries in [lo, hi) of an index's leading column, counted up to
 * cap: what finding events that way would read. */
static long S_range_count(S_db *d, const char *sql, sqlite3_int64 lo_i, sqlite3_int64 hi_i,
			  const char *lo, const char *hi, long cap)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) != SQLITE_OK)
		return cap;
	if (lo) {
		sqlite3_bind_text(st, 1, lo, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, hi, -1, SQLITE_STATIC);
	} else {
		sqlite3_bind_int64(st, 1, lo_i);
		sqlite3_bind_int64(st, 2, hi_i);
	}
	sqlite3_bind_int64(st, 3, cap);
	long n = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : cap;
	sqlite3_finalize(st);
	return n;
}

/* Whether an actor filter finds fewer events than the date filter beside
 * it: SQLite, without statistics, always takes the day index, and a
 * year's range read event by event to test an actor took 0.3-0.7 s over a
 * million events, against 50 ms through the actor indexes. Both ranges are
 * counted (each up to 20,000 entries, a few ms at most) and the smaller
 * wins. Place filters have their own index with days in it: left alone. */
static int S_by_actor(S_db *d, const pm_filter *f)
{
	const long cap = 20000;
	if ((!f->actor[0] && !f->source[0] && !f->target[0]) || (!f->has_from && !f->has_to) ||
	    f->country[0] || f->admin1[0] || f->place[0] || f->geonameid || f->has_near ||
	    f->has_bbox)
		return 0;
	long actors = 0;
	const char *codes[3] = {f->actor, f->source, f->target};
	for (int i = 0; i < 3; i++) {
		if (!codes[i][0])
			continue;
		char hi[32];
		pm_strlcpy(hi, codes[i], sizeof(hi));
		hi[strlen(hi) - 1]++;
		/* an actor on either side is found through both indexes; one
		 * side's filter is the narrower, so the smallest counts */
		long n = 0;
		if (i != 2)
			n += S_range_count(d, "SELECT count(*) FROM (SELECT 1 FROM events WHERE"
					   " source_code >= ?1 AND source_code < ?2 LIMIT ?3)", 0, 0,
					   codes[i], hi, cap);
		if (i != 1)
			n += S_range_count(d, "SELECT count(*) FROM (SELECT 1 FROM events WHERE"
					   " target_code >= ?1 AND target_code < ?2 LIMIT ?3)", 0, 0,
					   codes[i], hi, cap);
		actors = actors && actors < n ? actors : n;
	}
	/* the dates need counting only past the actors' count: a year's
	 * range counted to 20,000 was a fifth of --actor UKAMIL --from 2016
	 * --to 2016 (12.6M instructions of 69.0M) */
	long days = S_range_count(d, "SELECT count(*) FROM (SELECT 1 FROM events WHERE"
				  " day_first BETWEEN ?1 AND ?2 LIMIT ?3)",
				  f->has_from ? f->from_day : -100000000L,
				  f->has_to ? f->to_day : 100000000L, NULL, NULL,
				  actors < cap ? actors + 1 : cap);
	return actors < days;
}

/* Whether the words of f match many sentences (5,000 or more): found by
 * counting the index's first matches, which costs little either way. */
static int S_common_words(S_db *d, const pm_filter *f)
{
	char fts[1200];
	sqlite3_stmt *st;
	if (pm_filter_fts_query(f->text, fts, sizeof(fts)) < 0 ||
	    sqlite3_prepare_v2(d->db, "SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE"
			       " sentences_fts MATCH ? LIMIT 5000)", -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
	int common = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) >= 5000;
	sqlite3_finalize(st);
	return common;
}

/* The row number of the event a page ended with (pm_filter.after). */
static int S_after_key(S_db *d, const char *event_id, sqlite3_int64 *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(d->db, "SELECT event_key FROM events WHERE event_id = ?", -1, &st,
				    NULL);
	if (rc != SQLITE_OK)
		return S_fail(d, rc, "finding where a page ended");
	sqlite3_bind_text(st, 1, event_id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? pm_error_set(PM_ENOTFOUND, "%s: no event %s (its document was "
					       "replaced?)", d->path, event_id)
				 : S_fail(d, rc, "finding where a page ended");
}

static int S_query_rows(S_db *d, const pm_filter *f, pm_event_fn fn, void *ctx);
static int S_events_of(S_db *d, S_q *q, pm_event_fn fn, void *ctx);

/* The text of a query for events: from the sentences a word filter
 * matches (words == S_WORDS_FROM), or from the events, filtered in place
 * or (keys_first) through a subquery giving their keys; after: the key a
 * page ended with. */
static void S_query_sql(S_q *q, const pm_filter *f, int words, int by_actor,
			sqlite3_int64 after, int keys_first)
{
	memset(q, 0, sizeof(*q));
	q->places_apart = f->country[0] || f->admin1[0] || f->place[0] || f->geonameid ||
			  f->has_near || f->has_bbox;
	S_sql_add(q, q->places_apart ? S_select_apart : S_select);
	if (words == S_WORDS_FROM) {
		S_sql_add(q, q->places_apart ? S_from_words_apart : S_from_words);
		if (pm_filter_fts_query(f->text, q->fts, sizeof(q->fts)) < 0)
			q->overflow = 1;
		S_arg_text(q, q->fts);
	} else {
		S_sql_add(q, q->places_apart ? S_from_events_apart : S_from_events);
	}
	if (keys_first)
		S_sql_add(q, " AND e.event_key IN (SELECT e.event_key FROM events e WHERE 1");
	S_where(q, f, words, by_actor);
	if (after) {
		S_sql_add(q, " AND e.event_key > ?");
		S_arg_int(q, after);
	}
	S_sql_add(q, " ORDER BY e.event_key");
	if (f->limit > 0) {
		S_sql_add(q, " LIMIT ?");
		S_arg_int(q, f->limit);
	}
	if (keys_first)
		S_sql_add(q, ") ORDER BY e.event_key");
}

/* 1 when SQLite would put q's rows, whole, through a temporary b-tree to
 * order them: when the index a filter goes through (a place's, a date
 * range's, an actor's) gives the events out of key order. Then finding
 * their keys first and reading the events in key order sorts the keys
 * alone (the largest country's month on a million events: 138.7M ->
 * 112.1M instructions); when SQLite reads the table in key order instead
 * (no such filter, or a wide range with --limit, which stops early), the
 * query stays as it is. */
static int S_sorts_rows(S_db *d, const S_q *q)
{
	char *sql = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", q->sql);
	sqlite3_stmt *st = NULL;
	int sorts = 0;
	if (sql && !q->overflow && sqlite3_prepare_v2(d->db, sql, -1, &st, NULL) == SQLITE_OK)
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *detail = (const char *)sqlite3_column_text(st, 3);
			sorts |= detail && strstr(detail, "TEMP B-TREE FOR ORDER BY") != NULL;
		}
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return sorts;
}

static int S_query(pm_store_backend *b, const pm_filter *f, pm_event_fn fn, void *ctx)
{
	S_db *d = (S_db *)b;
	if (d->empty)
		return f->after[0] ? pm_error_set(PM_ENOTFOUND, "%s: no event %s", d->path, f->after) : 0;
	S_timer(d, 1);
	int rc = S_query_rows(d, f, fn, ctx);
	S_timer(d, 0);
	return rc;
}

static int S_query_rows(S_db *d, const pm_filter *f, pm_event_fn fn, void *ctx)
{
	sqlite3_int64 after = 0;
	if (f->after[0]) {
		int rc = S_after_key(d, f->after, &after);
		if (rc < 0)
			return rc;
	}
	S_q *q = calloc(1, sizeof(*q));
	if (!q)
		return pm_error_set(PM_ENOMEM, "out of memory");
	int words = !f->text[0] ? S_WORDS_JOIN
		    : f->limit > 0 && S_common_words(d, f) ? S_WORDS_TEST : S_WORDS_FROM;
	/* The events are chosen by their keys first (an index gives them
	 * without reading a row) and only those are joined and read when a
	 * page is asked for (otherwise every event of a place was joined and
	 * sorted whole to keep a page of them: a country's box over 100,000
	 * events, 100 kept: 150-580 ms -> 4-21 ms) or when SQLite would sort
	 * whole rows. */
	int by_actor = S_by_actor(d, f);
	S_query_sql(q, f, words, by_actor, after, 0);
	if (words != S_WORDS_FROM && (f->limit > 0 || S_sorts_rows(d, q)))
		S_query_sql(q, f, words, by_actor, after, 1);
	int rc = S_events_of(d, q, fn, ctx);
	free(q);
	return rc;
}

/* Runs q (S_select's columns) and hands each row to fn as an event. */
static int S_events_of(S_db *d, S_q *q, pm_event_fn fn, void *ctx)
{
	sqlite3_stmt *st = NULL, *attr = NULL, *counts = NULL;
	int rc = S_prepare(d, q, &st);
	S_doc_cache cache;
	memset(&cache, 0, sizeof(cache));
	S_place_cache places;
	memset(&places, 0, sizeof(places));
	while (rc == 0) {
		int src = sqlite3_step(st);
		if (src == SQLITE_DONE)
			break;
		if (src != SQLITE_ROW) {
			rc = S_fail(d, src, "reading events");
			break;
		}
		pm_event ev;
		const char *names[256];
		int n_names;
		const pm_location *place = NULL;
		if (q->places_apart && sqlite3_column_type(st, C_PLACE_KEY) != SQLITE_NULL &&
		    (rc = S_place_of(d, &places, sqlite3_column_int64(st, C_PLACE_KEY), &place)) < 0)
			break;
		S_row_event(st, &ev, S_doc_of(&cache, st), place);
		char quals[PM_COUNT_KINDS][24];
		int any = 0;
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			any |= ev.counts[k].value >= 0;
		rc = any ? S_count_details(d, &counts, sqlite3_column_int64(st, C_EVENT_KEY), &ev, quals)
			 : 0;
		n_names = 0;
		if (rc == 0 && sqlite3_column_int(st, C_ATTRIBUTIONS) > 0)
			rc = S_attribution(d, &attr, sqlite3_column_int64(st, C_EVENT_KEY), names, 256,
					   &n_names);
		ev.attribution = names;
		ev.n_attribution = n_names;
		int stop = rc == 0 && fn(ctx, &ev);
		for (int i = 0; i < n_names; i++)
			free((char *)names[i]);
		if (stop)
			break;
	}
	S_doc_cache_clear(&cache);
	S_place_cache_clear(&places);
	sqlite3_finalize(counts);
	sqlite3_finalize(attr);
	sqlite3_finalize(st);
	return rc;
}

/* ---- counts ------------------------------------------------------------------------------ */

/* Counts by time keys alone over the whole store, from event_days (and the
 * undated events, which it does not hold, from the day index). */
static int S_count_days(S_db *d, const pm_count_by *by, pm_count_agg *agg)
{
	static const char *const sql[2] = {
		"SELECT day, events, killed, wounded, arrested, displaced, strikes, casualties"
		" FROM event_days WHERE events <> 0",
		"SELECT NULL, count(*), ifnull(sum(killed), 0), ifnull(sum(wounded), 0),"
		" ifnull(sum(arrested), 0), ifnull(sum(displaced), 0), ifnull(sum(strikes), 0),"
		" ifnull(sum(casualties), 0) FROM events WHERE day_first IS NULL AND headline = 0"};
	for (int q = 0; q < 2; q++) {
		sqlite3_stmt *st;
		int rc = sqlite3_prepare_v2(d->db, sql[q], -1, &st, NULL);
		if (rc != SQLITE_OK)
			return S_fail(d, rc, "counting events");
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			char periods[PM_COUNT_BY_MAX][11];
			const char *keys[PM_COUNT_BY_MAX];
			long sums[PM_COUNT_KINDS];
			long events = (long)sqlite3_column_int64(st, 1);
			if (!events)
				continue;
			int dated = sqlite3_column_type(st, 0) != SQLITE_NULL;
			for (int i = 0; i < by->n; i++) {
				keys[i] = dated ? periods[i] : NULL;
				if (dated)
					pm_day_period(by->keys[i], (long)sqlite3_column_int64(st, 0), periods[i]);
			}
			for (int k = 0; k < PM_COUNT_KINDS; k++)
				sums[k] = (long)sqlite3_column_int64(st, 2 + k);
			pm_count_agg_add(agg, keys, events, sums);
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return S_fail(d, rc, "counting events");
	}
	return 0;
}

static int S_count_rows(S_db *d, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
			void *ctx);

static int S_count(pm_store_backend *b, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
		   void *ctx)
{
	S_db *d = (S_db *)b;
	if (d->empty)
		return 0;
	S_timer(d, 1);
	int rc = S_count_rows(d, f, by, fn, ctx);
	S_timer(d, 0);
	return rc;
}

static int S_count_rows(S_db *d, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
			void *ctx)
{
	S_q *q = calloc(1, sizeof(*q));
	pm_count_agg *agg = NULL;
	int rc = q ? pm_count_agg_new(&agg, by->n) : pm_error_set(PM_ENOMEM, "out of memory");
	if (rc < 0) {
		free(q);
		return rc;
	}
	/* SELECT the raw key columns (day_first once for every time key; a
	 * place as its key and name), then the count and the sums */
	int all_time = 1;
	for (int i = 0; i < by->n; i++)
		all_time &= pm_count_key_is_time(by->keys[i]);
	if (all_time && pm_filter_is_empty(f)) {
		rc = S_count_days(d, by, agg);
		if (rc == 0)
			rc = pm_count_agg_emit(agg, fn, ctx);
		pm_count_agg_free(agg);
		free(q);
		return rc;
	}
	int places = 0, docs = 0, has_time = 0, n_cols = 0;
	char group[512] = "";
	const char *cols[PM_COUNT_BY_MAX + 1];
	int col_of_key[PM_COUNT_BY_MAX];
	for (int i = 0; i < by->n; i++) {
		int key = by->keys[i];
		if (pm_count_key_is_time(key) && has_time) {
			for (int j = 0; j < i; j++)
				if (pm_count_key_is_time(by->keys[j]))
					col_of_key[i] = col_of_key[j];
			continue;
		}
		has_time |= pm_count_key_is_time(key);
		col_of_key[i] = n_cols;
		cols[n_cols++] = pm_store_count_column(key, &places, &docs);
	}
	S_sql_add(q, "SELECT ");
	for (int i = 0; i < n_cols; i++) {
		S_sql_add(q, cols[i]);
		S_sql_add(q, ", ");
		size_t len = strlen(group);
		snprintf(group + len, sizeof(group) - len, "%s%s", len ? ", " : "", cols[i]);
	}
	S_sql_add(q, places ? "min(p.name), " : "NULL, ");
	S_sql_add(q, "count(*)");
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		char piece[64];
		snprintf(piece, sizeof(piece), ", ifnull(sum(e.%s), 0)", pm_count_kind_name(k));
		S_sql_add(q, piece);
	}
	S_sql_add(q, " FROM events e");
	if (places)
		S_sql_add(q, " LEFT JOIN places p ON p.place_key = e.place_key");
	if (docs)
		S_sql_add(q, " JOIN documents d ON d.doc_key = e.doc_key");
	S_sql_add(q, " WHERE e.headline = 0");
	S_where(q, f, S_WORDS_JOIN, S_by_actor(d, f));
	if (n_cols) {
		S_sql_add(q, " GROUP BY ");
		S_sql_add(q, group);
	}
	sqlite3_stmt *st = NULL;
	rc = S_prepare(d, q, &st);
	while (rc == 0) {
		int src = sqlite3_step(st);
		if (src == SQLITE_DONE)
			break;
		if (src != SQLITE_ROW) {
			rc = S_fail(d, src, "counting events");
			break;
		}
		if (!n_cols && sqlite3_column_int64(st, 1) == 0)
			break;                    /* no events: no row */
		char periods[PM_COUNT_BY_MAX][11], nums[PM_COUNT_BY_MAX][24];
		const char *keys[PM_COUNT_BY_MAX];
		long sums[PM_COUNT_KINDS];
		for (int i = 0; i < by->n; i++) {
			int col = col_of_key[i], key = by->keys[i];
			int null = sqlite3_column_type(st, col) == SQLITE_NULL;
			if (null) {
				keys[i] = NULL;
			} else if (pm_count_key_is_time(key)) {
				pm_day_period(key, (long)sqlite3_column_int64(st, col), periods[i]);
				keys[i] = periods[i];
			} else if (key == PM_COUNT_BY_PLACE) {
				keys[i] = S_col(st, n_cols);
				if (!keys[i]) {
					snprintf(nums[i], sizeof(nums[i]), "%lld",
						 (long long)sqlite3_column_int64(st, col));
					keys[i] = nums[i];
				}
			} else {
				keys[i] = S_col(st, col);
			}
		}
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			sums[k] = (long)sqlite3_column_int64(st, n_cols + 2 + k);
		pm_count_agg_add(agg, keys, (long)sqlite3_column_int64(st, n_cols + 1), sums);
	}
	sqlite3_finalize(st);
	if (rc == 0)
		rc = pm_count_agg_emit(agg, fn, ctx);
	pm_count_agg_free(agg);
	free(q);
	return rc;
}

static int S_stats(pm_store_backend *b, pm_store_stats *out)
{
	S_db *d = (S_db *)b;
	if (d->empty)
		return 0;
	static const char *const sql[] = {
		"SELECT count(*) FROM documents", "SELECT count(*) FROM sentences",
		"SELECT count(*) FROM events", "SELECT count(*) FROM places", "PRAGMA user_version",
		"SELECT count(*) FROM incidents", "SELECT count(*) FROM events WHERE incident IS NULL"};
	long v[7] = {0};
	for (int i = 0; i < 7; i++) {
		int rc = S_pragma_int(d, sql[i], &v[i]);
		if (rc < 0)
			return rc;
	}
	out->documents = v[0];
	out->sentences = v[1];
	out->events = v[2];
	out->places = v[3];
	out->schema_version = (int)v[4];
	out->incidents = v[5];
	out->unlinked = v[6];
	return 0;
}

/* ---- change and places --------------------------------------------------------------------- */

static int S_data_version(pm_store_backend *b, long long *out)
{
	S_db *d = (S_db *)b;
	long v = 0;
	int rc = S_pragma_int(d, "PRAGMA data_version", &v);
	*out = v;
	return rc;
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

static int S_places_rows(S_db *d, const char *prefix, int limit, pm_store_place_fn fn, void *ctx)
{
	/* places are few (thousands): their names are read whole, and only
	 * the matches' events are counted, through the place index */
	static const char sql[] =
		"SELECT p.name, p.geonameid, p.country, p.admin1, p.precision, p.lat, p.lon,"
		" (SELECT count(*) FROM events e WHERE e.place_key = p.place_key) AS n"
		" FROM places p WHERE p.name LIKE ?1 ESCAPE '\\' OR p.place_key IN"
		" (SELECT place_key FROM place_names WHERE name LIKE ?1 ESCAPE '\\')"
		" ORDER BY n DESC, p.name, p.place_key LIMIT ?2";
	char like[512];
	S_like_prefix(prefix, like, sizeof(like));
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(d->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return S_fail(d, rc, "finding places");
	sqlite3_bind_text(st, 1, like, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		pm_store_place p = {S_col(st, 0), (long)sqlite3_column_int64(st, 1), S_col(st, 2),
				    S_col(st, 3), S_col(st, 4), sqlite3_column_double(st, 5),
				    sqlite3_column_double(st, 6), (long)sqlite3_column_int64(st, 7)};
		if (fn(ctx, &p)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : S_fail(d, rc, "finding places");
}

static int S_places(pm_store_backend *b, const char *prefix, int limit, pm_store_place_fn fn,
		    void *ctx)
{
	S_db *d = (S_db *)b;
	if (d->empty)
		return 0;
	S_timer(d, 1);
	int rc = S_places_rows(d, prefix, limit, fn, ctx);
	S_timer(d, 0);
	return rc;
}
#include "store/store_sqlite_incidents.inc"

/* The readers of incidents under the query timeout, as events are. */
static int S_incidents_timed(pm_store_backend *b, const pm_filter *f, pm_incident_fn fn, void *ctx)
{
	S_timer((S_db *)b, 1);
	int rc = S_incidents(b, f, fn, ctx);
	S_timer((S_db *)b, 0);
	return rc;
}

static int S_incident_grid_timed(pm_store_backend *b, const pm_filter *f, double cell_deg,
				 pm_store_cell_fn fn, void *ctx)
{
	S_timer((S_db *)b, 1);
	int rc = S_incident_grid(b, f, cell_deg, fn, ctx);
	S_timer((S_db *)b, 0);
	return rc;
}

/* The incident's reports' evidence, each sentence once: the reports are
 * found by the events' incident index. */
static int S_incident_evidence(pm_store_backend *b, const char *id, pm_evidence_fn fn, void *ctx)
{
	S_db *d = (S_db *)b;
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(d->db, "SELECT DISTINCT d.id, v.sentence, v.text FROM events e"
				    " JOIN evidence v ON v.event_key = e.event_key"
				    " JOIN documents d ON d.doc_key = e.doc_key"
				    " WHERE e.incident = ?1 ORDER BY d.id, v.sentence", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return S_fail(d, rc, "reading evidence");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int enough = 0;
	while (!enough && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		pm_evidence ev = {S_col(st, 0), sqlite3_column_int(st, 1), S_col(st, 2)};
		enough = fn(ctx, &ev);
	}
	int ok = enough || rc == SQLITE_DONE;
	sqlite3_finalize(st);
	return ok ? 0 : S_fail(d, rc, "reading evidence");
}

static int S_incident_reports_timed(pm_store_backend *b, const char *id, pm_event_fn fn, void *ctx)
{
	S_timer((S_db *)b, 1);
	int rc = S_incident_reports(b, id, fn, ctx);
	S_timer((S_db *)b, 0);
	return rc;
}

static int S_count_incidents_timed(pm_store_backend *b, const pm_filter *f, const pm_count_by *by,
				   pm_count_fn fn, void *ctx)
{
	S_timer((S_db *)b, 1);
	int rc = S_count_incidents(b, f, by, fn, ctx);
	S_timer((S_db *)b, 0);
	return rc;
}
