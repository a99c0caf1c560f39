/* test_store.c - the store API on a SQLite file (or, with
 * PALMYRA_TEST_PG, on PostgreSQL databases): documents and events go
 * in whole and come out as they went in; every filter selects what it
 * says (places by name, id, distance and box, across the antimeridian;
 * dates by the span they stand for; actors by prefix on either side; words
 * of the sentence); counts group, sum and order; a changed document
 * replaces its events; a batch rolled back leaves nothing; and a file that
 * is not a store (or is a newer one) is refused without being touched. */
#include "palmyra.h"
#include "../test.h"

#include <sqlite3.h>
#include <sys/stat.h>

static char S_dir[256];
/* PALMYRA_TEST_PG: a PostgreSQL location with a %s for the database
 * ("postgresql:///%s?host=/tmp/x"): the tests then run against databases
 * a, common, ... there (tests/store/test_pg.sh makes them) */
static const char *S_pg;

static const char *S_path(const char *name)
{
	static char path[4][512];
	static int k;
	char *p = path[k++ & 3];
	if (S_pg) {
		char db[64];
		snprintf(db, sizeof(db), "%.*s", (int)strcspn(name, "."), name);
		snprintf(p, sizeof(path[0]), S_pg, db);
	} else {
		snprintf(p, sizeof(path[0]), "%s/%s", S_dir, name);
	}
	return p;
}

static pm_event_count S_none = {-1, -1, NULL, 0};

/* An event of document doc, sentence s. */
static pm_event S_event(const char *event_id, const pm_event_doc *doc, int s, const char *text,
			const char *src, const char *code, const char *tgt, const char *date,
			const pm_location *loc)
{
	pm_event ev;
	memset(&ev, 0, sizeof(ev));
	snprintf(ev.event_id, sizeof(ev.event_id), "%s", event_id);
	ev.id = doc->id;
	ev.doc = doc;
	ev.sentence = s;
	ev.text = text;
	ev.source.code = src;
	ev.source.label = src ? "a label" : NULL;
	ev.source.text = src ? "the source words" : NULL;
	ev.target.code = tgt;
	ev.target.label = tgt ? "another label" : NULL;
	ev.target.text = tgt ? "the target words" : NULL;
	ev.code = code;
	ev.root[0] = code[0];
	ev.root[1] = code[1];
	ev.code_label = pm_cameo_label(code);
	ev.plover = pm_cameo_plover(code);
	ev.quad = code[0] == '1' && code[1] >= '8' ? 4 : 1;
	ev.goldstein = -9.5;
	ev.date = date;
	ev.date_precision = !date ? NULL : strlen(date) == 10 ? "day" : strlen(date) == 7 ? "month"
											: "year";
	ev.modality = "asserted";
	if (loc)
		ev.location = *loc;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		ev.counts[k] = S_none;
	return ev;
}

static const pm_location S_tadmur = {1, "Tadmur", 163808, "SYR", "Homs", 34.5624, 38.28402,
				     "city", "Palmyra", NULL, 0};
static const pm_location S_aleppo = {1, "Aleppo", 170063, "SYR", "Aleppo", 36.20124, 37.16117,
				     "city", "Aleppo", NULL, 0};
static const pm_location S_syria = {1, "Syria", 0, "SYR", NULL, 33.5102, 36.29128, "country",
				    "Syria", "document", 0};
static const pm_location S_suva = {1, "Suva", 2198148, "FJI", "Central", -18.14161, 178.44149,
				   "city", "Suva", NULL, 0};
static const pm_location S_taveuni = {1, "Waiyevo", 2194370, "FJI", "Northern", -16.79, -179.98,
				      "city", "Taveuni", NULL, 0};

static const char *const S_credits[] = {"TRTWorld", "Reuters"};
static const char *const S_attr[] = {"state media", "a monitoring group"};

static pm_event_doc S_doc1 = {"doc-1", "Forces retake Palmyra", "2016-03-25", "TRT World",
			      "https://example.org/1", S_credits, 2, NULL};
static pm_event_doc S_doc2 = {"doc-2", "Aleppo", "2016-12-13", "Reuters", NULL, NULL, 0,
			      "{\"lang\":\"en\"}"};
static pm_event_doc S_doc3 = {"doc-3", "Fiji", "2017-01-02", "Fiji Times", NULL, NULL, 0, NULL};

static pm_event S_ev1[4];
static pm_event S_ev2[3];
static pm_event S_ev3[2];

static void S_build(void)
{
	S_ev1[0] = S_event("1000000000000001", &S_doc1, 0, "Syrian forces retake Palmyra from ISIS",
			   "SYRMIL", "190", "IMGMUSISI", "2016-03-25", &S_tadmur);
	S_ev1[0].headline = 1;
	S_ev1[0].counts[PM_COUNT_KILLED] = (pm_event_count){100, 100, "exact", 0};
	S_ev1[1] = S_event("1000000000000002", &S_doc1, 2, "Syrian regime forces recaptured the citadel"
			   " of Palmyra after air strikes, state media said.", "SYRMIL", "195",
			   "IMGMUSISI", "2016-03-24", &S_tadmur);
	S_ev1[1].attribution = S_attr;
	S_ev1[1].n_attribution = 2;
	S_ev1[1].counts[PM_COUNT_KILLED] = (pm_event_count){12, 15, "range", 0};
	S_ev1[1].counts[PM_COUNT_STRIKES] = (pm_event_count){24, 24, "approx", 1};
	S_ev1[2] = S_event("1000000000000003", &S_doc1, 2, S_ev1[1].text, "RUS", "042", "SYRGOV",
			   "2016-03", &S_syria);
	S_ev1[2].modality = "claimed";
	S_ev1[3] = S_event("1000000000000004", &S_doc1, 5, "ISIS seized the city in May 2015.",
			   "IMGMUSISI", "190", NULL, "2015-05", NULL);
	S_ev2[0] = S_event("2000000000000001", &S_doc2, 1, "Syrian army pushes into Aleppo.", "SYRMIL",
			   "190", "SYRREB", "2016-12-12", &S_aleppo);
	S_ev2[0].counts[PM_COUNT_KILLED] = (pm_event_count){7, 7, "exact", 0};
	S_ev2[1] = S_event("2000000000000002", &S_doc2, 3, "Rebels shelled western Aleppo.", "SYRREB",
			   "190", "SYRCVL", "2016-12-13", &S_aleppo);
	S_ev2[1].counts[PM_COUNT_WOUNDED] = (pm_event_count){12, 12, "exact", 0};
	S_ev2[2] = S_event("2000000000000003", &S_doc2, 4, "The UN called for a ceasefire.", "IGOUNO",
			   "020", NULL, "2016", NULL);
	S_ev3[0] = S_event("3000000000000001", &S_doc3, 0, "Flooding near Suva.", "FJIGOV", "073",
			   "FJICVL", "2017-01-01", &S_suva);
	S_ev3[1] = S_event("3000000000000002", &S_doc3, 1, "Aid reached Taveuni.", "FJIGOV", "073",
			   "FJICVL", "2017-01-02", &S_taveuni);
}

static pm_store *S_open(const char *path, int readonly)
{
	pm_store *s = NULL;
	pm_store_options o = PM_STORE_OPTIONS_INIT;
	o.readonly = readonly;
	int rc = pm_store_open(&s, path, &o);
	if (rc < 0)
		fprintf(stderr, "open %s: %s\n", path, pm_error_last());
	return rc < 0 ? NULL : s;
}

static int S_put(pm_store *s, const pm_event_doc *meta, const char *hash, const pm_event *ev, int n)
{
	pm_store_doc doc = PM_STORE_DOC_INIT;
	doc.meta = *meta;
	doc.content_hash = hash;
	return pm_store_put(s, &doc, ev, n);
}

/* ---- queries into lines ----------------------------------------------------------------- */

typedef struct {
	char *buf;
	size_t len;
	FILE *f;
	int n;
} S_out;

static int S_collect(void *ctx, const pm_event *ev)
{
	S_out *o = ctx;
	o->n++;
	/* compared with what was put: the store's own incident left out
	 * (tests/store/test_incidents.c checks it) */
	pm_event e = *ev;
	e.incident = NULL;
	return pm_event_write(o->f, PM_FORMAT_JSONL, &e, 0) < 0;
}

/* The event ids a filter selects, comma-separated, in order. */
static const char *S_ids(pm_store *s, const char *const *kv)
{
	static char ids[1024];
	pm_filter f = PM_FILTER_INIT;
	for (int i = 0; kv[i]; i += 2)
		if (pm_filter_parse(&f, kv[i], kv[i + 1]) < 0) {
			fprintf(stderr, "filter %s=%s: %s\n", kv[i], kv[i + 1], pm_error_last());
			return "(bad filter)";
		}
	S_out o = {NULL, 0, NULL, 0};
	o.f = open_memstream(&o.buf, &o.len);
	int rc = pm_store_query(s, &f, S_collect, &o);
	fclose(o.f);
	ids[0] = '\0';
	for (const char *p = o.buf; p && (p = strstr(p, "\"event_id\":\"")); p += 12) {
		if (ids[0])
			strcat(ids, ",");
		strncat(ids, p + 12, 16);
	}
	free(o.buf);
	return rc < 0 ? "(query failed)" : ids;
}

#define IDS(s, ...) S_ids((s), (const char *const[]){__VA_ARGS__, NULL})

static const char *S_lines(const pm_event *ev, int n)
{
	static char *buf;
	size_t len;
	free(buf);
	FILE *f = open_memstream(&buf, &len);
	for (int i = 0; i < n; i++)
		pm_event_write(f, PM_FORMAT_JSONL, &ev[i], 0);
	fclose(f);
	return buf;
}

static const char *S_all(pm_store *s)
{
	static char *buf;
	S_out o = {NULL, 0, NULL, 0};
	o.f = open_memstream(&o.buf, &o.len);
	pm_store_query(s, NULL, S_collect, &o);
	fclose(o.f);
	free(buf);
	buf = o.buf;
	return buf;
}

/* Count rows as "key|key:events:killed:wounded;..." */
static int S_count_row(void *ctx, const pm_count_row *row)
{
	char *out = ctx;
	size_t n = strlen(out);
	for (int i = 0; i < row->n_keys; i++)
		n += (size_t)snprintf(out + n, 2048 - n, "%s%s", i ? "|" : "",
				      row->keys[i] ? row->keys[i] : "NULL");
	snprintf(out + n, 2048 - n, ":%ld:%ld:%ld:%ld;", row->events, row->sums[PM_COUNT_KILLED],
		 row->sums[PM_COUNT_WOUNDED], row->sums[PM_COUNT_STRIKES]);
	return 0;
}

static const char *S_counts(pm_store *s, const char *keys, const char *fkey, const char *fval)
{
	static char out[2048];
	pm_count_by by = PM_COUNT_BY_INIT;
	pm_filter f = PM_FILTER_INIT;
	out[0] = '\0';
	if (keys && pm_count_by_parse(&by, keys) < 0)
		return "(bad keys)";
	if (fkey && pm_filter_parse(&f, fkey, fval) < 0)
		return "(bad filter)";
	if (pm_store_count(s, &f, &by, S_count_row, out) < 0)
		return pm_error_last();
	return out;
}

/* ---- the tests --------------------------------------------------------------------------- */

static void S_round_trip(void)
{
	pm_store *s = S_open(S_path("a.db"), 0);
	CHECK(s != NULL);
	if (!s)
		return;
	pm_store_stats st;
	CHECK_INT(pm_store_stats_get(s, &st), 0);
	CHECK_INT(st.events, 0);
	/* PostgreSQL has no version 3 (its indexes stayed) nor 4 (SQLite reads attribution by seeks) */
	CHECK_INT(st.schema_version, S_pg ? 3 : 5);
	int state = -1;
	CHECK_INT(pm_store_lookup(s, "doc-1", "h1", &state), 0);
	CHECK_INT(state, PM_STORE_DOC_NEW);

	CHECK_INT(pm_store_begin(s), 0);
	CHECK_INT(S_put(s, &S_doc1, "h1", S_ev1, 4), 0);
	CHECK_INT(S_put(s, &S_doc2, "h2", S_ev2, 3), 0);
	CHECK_INT(S_put(s, &S_doc3, "h3", S_ev3, 2), 0);
	pm_event_doc empty = {"doc-empty", "Nothing happened", NULL, NULL, NULL, NULL, 0, NULL};
	CHECK_INT(S_put(s, &empty, "h4", NULL, 0), 0);
	CHECK_INT(pm_store_commit(s), 0);

	CHECK_INT(pm_store_lookup(s, "doc-1", "h1", &state), 0);
	CHECK_INT(state, PM_STORE_DOC_SAME);
	CHECK_INT(pm_store_lookup(s, "doc-1", "other", &state), 0);
	CHECK_INT(state, PM_STORE_DOC_CHANGED);
	CHECK_INT(pm_store_lookup(s, "doc-empty", "h4", &state), 0);
	CHECK_INT(state, PM_STORE_DOC_SAME);

	CHECK_INT(pm_store_stats_get(s, &st), 0);
	CHECK_INT(st.documents, 4);
	CHECK_INT(st.events, 9);
	CHECK_INT(st.sentences, 8);       /* doc-1's sentence 2 holds two events: stored once */
	CHECK_INT(st.places, 5);

	/* what comes out is what went in, field for field, in the order stored */
	char *want = malloc(1 << 16);
	strcpy(want, S_lines(S_ev1, 4));
	strcat(want, S_lines(S_ev2, 3));
	strcat(want, S_lines(S_ev3, 2));
	CHECK_STR(S_all(s), want);
	free(want);
	pm_store_free(s);
}

static void S_filters(void)
{
	pm_store *s = S_open(S_path("a.db"), 1);
	CHECK(s != NULL);
	if (!s)
		return;
	CHECK_STR(IDS(s, "country", "FJI"), "3000000000000001,3000000000000002");
	CHECK_STR(IDS(s, "admin1", "homs"), "1000000000000001,1000000000000002");
	/* the gazetteer's name, or the one the text used, any case */
	CHECK_STR(IDS(s, "place", "tadmur"), "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "place", "PALMYRA"), "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "place", "163808"), "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "place", "Taveuni"), "3000000000000002");
	CHECK_STR(IDS(s, "place", "Atlantis"), "");
	/* Palmyra to Aleppo is 208.8 km, to Damascus (the Syria point) 217.3 km */
	CHECK_STR(IDS(s, "near", "34.56,38.28,50"), "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "near", "34.56,38.28,208.7"), "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "near", "34.56,38.28,208.9"),
		  "1000000000000001,1000000000000002,2000000000000001,2000000000000002");
	CHECK_STR(IDS(s, "near", "36.2,37.16,1"), "2000000000000001,2000000000000002");
	/* Suva to Taveuni crosses the antimeridian: 225.0 km */
	CHECK_STR(IDS(s, "near", "-18.14,178.44,226"), "3000000000000001,3000000000000002");
	CHECK_STR(IDS(s, "near", "-18.14,178.44,224"), "3000000000000001");
	CHECK_STR(IDS(s, "near", "-16.79,-179.98,10"), "3000000000000002");
	CHECK_STR(IDS(s, "bbox", "178,-20,-179,-16"), "3000000000000001,3000000000000002");
	CHECK_STR(IDS(s, "bbox", "178,-20,179,-16"), "3000000000000001");
	CHECK_STR(IDS(s, "bbox", "36,33,39,35"), "1000000000000001,1000000000000002,1000000000000003");
	/* a date matches when all of its span lies inside [from, to] */
	CHECK_STR(IDS(s, "from", "2016-03-24", "to", "2016-03-25"), "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "from", "2016-03", "to", "2016-03"),
		  "1000000000000001,1000000000000002,1000000000000003");
	CHECK_STR(IDS(s, "from", "2016"), "1000000000000001,1000000000000002,1000000000000003,"
		  "2000000000000001,2000000000000002,2000000000000003,3000000000000001,3000000000000002");
	CHECK_STR(IDS(s, "to", "2015-12-31"), "1000000000000004");
	CHECK_STR(IDS(s, "from", "2016-12", "to", "2016-12"), "2000000000000001,2000000000000002");
	/* actors by prefix: either side, or one */
	CHECK_STR(IDS(s, "actor", "SYRREB"), "2000000000000001,2000000000000002");
	CHECK_STR(IDS(s, "source", "SYR"), "1000000000000001,1000000000000002,2000000000000001,"
		  "2000000000000002");
	CHECK_STR(IDS(s, "target", "syr"), "1000000000000003,2000000000000001,2000000000000002");
	CHECK_STR(IDS(s, "actor", "IMG", "target", "IMG"), "1000000000000001,1000000000000002");
	/* actor and dates: whichever index finds the events, the same events */
	CHECK_STR(IDS(s, "actor", "SYR", "from", "2016"), "1000000000000001,1000000000000002,"
		  "1000000000000003,2000000000000001,2000000000000002");
	CHECK_STR(IDS(s, "actor", "SYR", "from", "2016-03-24", "to", "2016-03-25"),
		  "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "source", "SYRMIL", "to", "2016-06"), "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "code", "19"), "1000000000000001,1000000000000002,1000000000000004,"
		  "2000000000000001,2000000000000002");
	CHECK_STR(IDS(s, "code", "195"), "1000000000000002");
	CHECK_STR(IDS(s, "root", "07"), "3000000000000001,3000000000000002");
	CHECK_STR(IDS(s, "quad", "4", "country", "SYR", "limit", "2"),
		  "1000000000000001,1000000000000002");
	CHECK_STR(IDS(s, "modality", "claimed"), "1000000000000003");
	CHECK_STR(IDS(s, "outlet", "reuters"), "2000000000000001,2000000000000002,2000000000000003");
	CHECK_STR(IDS(s, "doc", "doc-3"), "3000000000000001,3000000000000002");
	CHECK_STR(IDS(s, "doc", "doc-9"), "");
	CHECK_STR(IDS(s, "text", "citadel STRIKES"), "1000000000000002,1000000000000003");
	CHECK_STR(IDS(s, "text", "Aleppo"), "2000000000000001,2000000000000002");
	CHECK_STR(IDS(s, "text", "\"OR"), "");
	/* a word filter with filters that test its sentences' events */
	CHECK_STR(IDS(s, "text", "Aleppo", "outlet", "REUTERS"), "2000000000000001,2000000000000002");
	CHECK_STR(IDS(s, "text", "Aleppo", "outlet", "ap"), "");
	CHECK_STR(IDS(s, "text", "citadel", "doc", "doc-1"), "1000000000000002,1000000000000003");
	CHECK_STR(IDS(s, "text", "citadel", "doc", "doc-2"), "");
	CHECK_STR(IDS(s, "text", "citadel strikes", "admin1", "homs"), "1000000000000002");
	CHECK_STR(IDS(s, "text", "citadel strikes", "country", "SYR"),
		  "1000000000000002,1000000000000003");
	CHECK_STR(IDS(s, "text", "citadel strikes", "country", "FJI"), "");
	CHECK_STR(IDS(s, "limit", "1"), "1000000000000001");

	/* counts: headlines left out, sums over the rest, keys in order, NULLs last */
	CHECK_STR(S_counts(s, "month,root", NULL, NULL),
		  "2015-05|19:1:0:0:0;2016-01|02:1:0:0:0;2016-03|04:1:0:0:0;2016-03|19:1:12:0:24;"
		  "2016-12|19:2:7:12:0;2017-01|07:2:0:0:0;");
	CHECK_STR(S_counts(s, "week", "country", "SYR"),
		  "2016-02-29:1:0:0:0;2016-03-21:1:12:0:24;2016-12-12:2:7:12:0;");
	CHECK_STR(S_counts(s, "country", NULL, NULL), "FJI:2:0:0:0;SYR:4:19:12:24;NULL:2:0:0:0;");
	CHECK_STR(S_counts(s, "place,year", NULL, NULL),
		  "Aleppo|2016:2:7:12:0;Suva|2017:1:0:0:0;Syria|2016:1:0:0:0;Tadmur|2016:1:12:0:24;"
		  "Waiyevo|2017:1:0:0:0;NULL|2015:1:0:0:0;NULL|2016:1:0:0:0;");
	CHECK_STR(S_counts(s, "outlet,source", "root", "19"),
		  "Reuters|SYRMIL:1:7:0:0;Reuters|SYRREB:1:0:12:0;TRT World|IMGMUSISI:1:0:0:0;"
		  "TRT World|SYRMIL:1:12:0:24;");
	CHECK_STR(S_counts(s, NULL, NULL, NULL), ":8:19:12:24;");
	CHECK_STR(S_counts(s, NULL, "country", "IRQ"), "");
	CHECK_STR(S_counts(s, "day,month", "doc", "doc-2"),
		  "2016-01-01|2016-01:1:0:0:0;2016-12-12|2016-12:1:7:0:0;2016-12-13|2016-12:1:0:12:0;");
	CHECK_STR(S_counts(s, "day", "doc", "doc-1"),
		  "2015-05-01:1:0:0:0;2016-03-01:1:0:0:0;2016-03-24:1:12:0:24;");

	/* a store opened for reading takes no documents */
	CHECK_INT(S_put(s, &S_doc1, "h9", S_ev1, 1), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "reading only") != NULL);
	pm_store_free(s);
}

static void S_replace(void)
{
	pm_store *s = S_open(S_path("a.db"), 0);
	if (!s)
		return;
	/* doc-1 changed: one event left, of the old ones' sentences none */
	pm_event again[1];
	again[0] = S_event("1000000000000009", &S_doc1, 7, "A new sentence.", "SYRMIL", "190", NULL,
			   "2016-03-26", &S_tadmur);
	CHECK_INT(S_put(s, &S_doc1, "h1-changed", again, 1), 0);
	CHECK_STR(IDS(s, "doc", "doc-1"), "1000000000000009");
	pm_store_stats st;
	pm_store_stats_get(s, &st);
	CHECK_INT(st.documents, 4);
	CHECK_INT(st.events, 6);
	CHECK_INT(st.sentences, 6);
	/* other documents' events are untouched and keep their order */
	CHECK_STR(IDS(s, "country", "SYR"), "2000000000000001,2000000000000002,1000000000000009");
	int state;
	pm_store_lookup(s, "doc-1", "h1-changed", &state);
	CHECK_INT(state, PM_STORE_DOC_SAME);

	/* an event id stored for another document refuses the document, and
	 * the batch goes on */
	pm_event_doc thief = {"doc-thief", NULL, NULL, NULL, NULL, NULL, 0, NULL};
	pm_event stolen[2];
	stolen[0] = S_event("4000000000000001", &thief, 0, "x", "USA", "190", NULL, NULL, NULL);
	stolen[1] = S_event("2000000000000001", &thief, 1, "y", "USA", "190", NULL, NULL, NULL);
	CHECK_INT(pm_store_begin(s), 0);
	CHECK_INT(S_put(s, &thief, "t", stolen, 2), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "2000000000000001 is stored already (document doc-2)") != NULL);
	pm_event ok[1];
	ok[0] = S_event("5000000000000001", &thief, 0, "z", "USA", "190", NULL, NULL, &S_syria);
	pm_event_doc fine = {"doc-fine", NULL, NULL, NULL, NULL, NULL, 0, NULL};
	ok[0].doc = &fine;
	CHECK_INT(S_put(s, &fine, "f", ok, 1), 0);
	CHECK_INT(pm_store_commit(s), 0);
	CHECK_STR(IDS(s, "doc", "doc-thief"), "");
	CHECK_STR(IDS(s, "doc", "doc-fine"), "5000000000000001");
	CHECK_STR(IDS(s, "doc", "doc-2"), "2000000000000001,2000000000000002,2000000000000003");
	pm_store_lookup(s, "doc-thief", "t", &state);
	CHECK_INT(state, PM_STORE_DOC_NEW);

	/* a batch rolled back leaves nothing, not even a new place */
	pm_location atlantis = {1, "Atlantis", 999999, "ATL", NULL, 10, 10, "city", "Atlantis", NULL, 0};
	pm_event_doc lost = {"doc-lost", NULL, NULL, NULL, NULL, NULL, 0, NULL};
	pm_event gone[1];
	gone[0] = S_event("6000000000000001", &lost, 0, "w", "USA", "190", NULL, NULL, &atlantis);
	CHECK_INT(pm_store_begin(s), 0);
	CHECK_INT(S_put(s, &lost, "l", gone, 1), 0);
	CHECK_INT(pm_store_rollback(s), 0);
	CHECK_STR(IDS(s, "place", "Atlantis"), "");
	pm_store_stats_get(s, &st);
	CHECK_INT(st.places, 5);
	/* ... and the place is stored again when it comes again */
	CHECK_INT(S_put(s, &lost, "l", gone, 1), 0);
	CHECK_STR(IDS(s, "place", "atlantis"), "6000000000000001");
	CHECK_INT(pm_store_commit(s), PM_EINVALID);   /* no batch open */

	/* counts by period over everything come from event_days, kept with
	 * every put, replacement and refusal: the same as from the events
	 * (a filter that selects every dated event takes that path) */
	char days[2048], direct[2048];
	snprintf(days, sizeof(days), "%s", S_counts(s, "week", NULL, NULL));
	snprintf(direct, sizeof(direct), "%s", S_counts(s, "week", "from", "0001"));
	char *undated = strstr(days, "NULL:");
	CHECK(undated != NULL);
	if (undated)
		*undated = '\0';
	CHECK_STR(days, direct);
	CHECK_STR(S_counts(s, "year", NULL, NULL), "2016:4:7:12:0;2017:2:0:0:0;NULL:2:0:0:0;");
	pm_store_free(s);
}

static void S_refusals(void)
{
	pm_store *s = NULL;
	pm_store_options ro = PM_STORE_OPTIONS_INIT;
	ro.readonly = 1;
	CHECK_INT(pm_store_open(&s, S_path("missing.db"), &ro), PM_ENOTFOUND);
	CHECK(strstr(pm_error_last(), "missing.db: no store there") != NULL);

	FILE *f = fopen(S_path("text.db"), "w");
	fputs("id,name\n1,not a database at all, really not\n", f);
	fclose(f);
	CHECK_INT(pm_store_open(&s, S_path("text.db"), NULL), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "text.db: not a SQLite file") != NULL);

	CHECK_INT(pm_store_open(&s, S_dir, NULL), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "is a directory") != NULL);

	sqlite3 *db;
	sqlite3_open(S_path("other.db"), &db);
	sqlite3_exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL);
	sqlite3_close(db);
	CHECK_INT(pm_store_open(&s, S_path("other.db"), NULL), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "another program") != NULL);

	/* a store from a newer Palmyra */
	CHECK((s = S_open(S_path("new.db"), 0)) != NULL);
	pm_store_free(s);
	sqlite3_open(S_path("new.db"), &db);
	sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
	sqlite3_close(db);
	CHECK_INT(pm_store_open(&s, S_path("new.db"), NULL), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "newer Palmyra (store version 99") != NULL);
	CHECK_INT(pm_store_open(&s, S_path("new.db"), &ro), PM_EINVALID);

	/* read-only: refused for writing, read all the same */
	CHECK((s = S_open(S_path("ro.db"), 0)) != NULL);
	pm_store_free(s);
	chmod(S_path("ro.db"), 0444);
	CHECK_INT(pm_store_open(&s, S_path("ro.db"), NULL), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "read-only") != NULL);
	CHECK((s = S_open(S_path("ro.db"), 1)) != NULL);
	pm_store_free(s);

	/* a server that is not there: one line naming it (port 1 is closed) */
	CHECK(pm_store_open(&s, "postgresql://palmyra:secret@127.0.0.1:1/palmyra", NULL) < 0);
	CHECK(strstr(pm_error_last(), "postgresql://palmyra:***@127.0.0.1:1/palmyra") != NULL);
	CHECK(strstr(pm_error_last(), "secret") == NULL);
	CHECK(strchr(pm_error_last(), '\n') == NULL);
	CHECK_INT(pm_store_open(&s, "ftp://x/y", NULL), PM_EINVALID);
	char loc[600];
	snprintf(loc, sizeof(loc), "sqlite:%s", S_path("a.db"));
	CHECK((s = S_open(loc, 1)) != NULL);
	pm_store_free(s);
}

/* A word in many sentences (past 5,000, the query tests each event's
 * sentence instead of joining every match) gives the same events in the
 * same order, and a limit stops early. */
static void S_common_word(void)
{
	pm_store *s = S_open(S_path("common.db"), 0);
	if (!s)
		return;
	pm_store_begin(s);
	for (int i = 0; i < 6000; i++) {
		char id[32], eid[17], text[64];
		snprintf(id, sizeof(id), "doc-%05d", i);
		snprintf(eid, sizeof(eid), "%016x", 0x10000 + i);
		snprintf(text, sizeof(text), "%s report number %d", i % 3 ? "shelling" : "airstrike", i);
		pm_event_doc meta = {id, NULL, "2016-01-01", NULL, NULL, NULL, 0, NULL};
		pm_event ev = S_event(eid, &meta, 0, text, "SYRMIL", "190", NULL, "2016-01-01", NULL);
		S_put(s, &meta, eid, &ev, 1);
	}
	pm_store_commit(s);
	pm_store_free(s);
	s = S_open(S_path("common.db"), 1);
	/* "number" is in all 6,000 sentences (tested event by event), "shelling"
	 * in 4,000 and "airstrike" in 2,000 (both joined from the matches) */
	CHECK_STR(IDS(s, "text", "number", "limit", "5"),
		  "0000000000010000,0000000000010001,0000000000010002,0000000000010003,"
		  "0000000000010004");
	CHECK_STR(IDS(s, "text", "shelling", "limit", "5"),
		  "0000000000010001,0000000000010002,0000000000010004,0000000000010005,"
		  "0000000000010007");
	char both[256];
	snprintf(both, sizeof(both), "%s", IDS(s, "text", "shelling number", "limit", "5"));
	CHECK_STR(both, "0000000000010001,0000000000010002,0000000000010004,0000000000010005,"
			"0000000000010007");
	CHECK_STR(IDS(s, "text", "airstrike", "limit", "2"), "0000000000010000,0000000000010003");
	CHECK_STR(IDS(s, "text", "number", "actor", "SYR", "limit", "3"),
		  "0000000000010000,0000000000010001,0000000000010002");
	pm_store_free(s);
}

int main(void)
{
	snprintf(S_dir, sizeof(S_dir), "/tmp/palmyra-test-store-XXXXXX");
	if (!mkdtemp(S_dir)) {
		perror("mkdtemp");
		return 1;
	}
	S_build();
	S_pg = getenv("PALMYRA_TEST_PG");
	if (S_pg && !*S_pg)
		S_pg = NULL;
	if (S_pg)
		printf("store: %s\n", S_pg);
	S_round_trip();
	S_filters();
	S_replace();
	if (!S_pg)    /* files that are not stores: SQLite's own */
		S_refusals();
	S_common_word();
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", S_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	TEST_END();
}
