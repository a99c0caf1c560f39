/* test_incidents.c - a store's incidents through the library: linked at
 * commit, read with filters, one incident's reports, counted with each
 * toll once, left waiting with defer_links and linked after, a replaced
 * document relinked, rebuilt alike. (tests/store/test_incidents.sh checks
 * that the order of ingest does not matter.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"
#include "../test.h"

static char S_dir[64];

static const char *S_path(const char *name)
{
	static char buf[160];
	snprintf(buf, sizeof(buf), "%s/%s", S_dir, name);
	return buf;
}

static const pm_location S_town = {1, "Tadmur", 163808, "SYR", "Homs", 34.5624, 38.28402,
				   "city", "Palmyra", NULL, 0};
static const pm_location S_suva = {1, "Suva", 2198148, "FJI", "Central", -18.14161, 178.44149,
				   "city", "Suva", NULL, 0};

static pm_event S_event(const char *id, const pm_event_doc *doc, const char *date, long killed,
			const pm_location *where)
{
	pm_event e;
	memset(&e, 0, sizeof(e));
	snprintf(e.event_id, sizeof(e.event_id), "%s", id);
	e.id = doc->id;
	e.doc = doc;
	e.text = "An air strike hit the town.";
	e.source.code = "SYRMIL";
	e.target.code = "SYRREB";
	e.code = "195";
	memcpy(e.root, "19", 3);
	e.quad = 4;
	e.date = date;
	e.date_precision = "day";
	e.modality = "asserted";
	e.location = *where;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		e.counts[k] = (pm_event_count){-1, -1, NULL, 0};
	if (killed >= 0)
		e.counts[PM_COUNT_KILLED] = (pm_event_count){killed, killed, "exact", 0};
	return e;
}

static pm_event_doc S_docs[4] = {
	{"d1", NULL, "2016-05-03", "Reuters", NULL, NULL, 0, NULL},
	{"d2", NULL, "2016-05-03", "AFP", NULL, NULL, 0, NULL},
	{"d3", NULL, "2016-05-04", "SANA", NULL, NULL, 0, NULL},
	{"d4", NULL, "2017-01-02", "Fiji Times", NULL, NULL, 0, NULL}};

static int S_put(pm_store *s, int d, const char *hash, const pm_event *ev, int n)
{
	pm_store_doc doc = PM_STORE_DOC_INIT;
	doc.meta = S_docs[d];
	doc.content_hash = hash;
	return pm_store_put(s, &doc, ev, n);
}

static int S_put_all(pm_store *s, long third_toll)
{
	pm_event e1 = S_event("a000000000000001", &S_docs[0], "2016-05-02", 12, &S_town);
	pm_event e2 = S_event("a000000000000002", &S_docs[1], "2016-05-02", 12, &S_town);
	pm_event e3 = S_event("a000000000000003", &S_docs[2], "2016-05-03", third_toll, &S_town);
	pm_event e4 = S_event("b000000000000001", &S_docs[3], "2017-01-01", 3, &S_suva);
	e4.source.code = "FJIGOV";
	e4.target.code = "FJICVL";
	char hash[32];
	snprintf(hash, sizeof(hash), "h3-%ld", third_toll);
	int rc = S_put(s, 0, "h1", &e1, 1);
	rc |= S_put(s, 1, "h2", &e2, 1);
	rc |= S_put(s, 2, hash, &e3, 1);
	rc |= S_put(s, 3, "h4", &e4, 1);
	return rc;
}

/* The incidents a filter selects, as "id:n_reports:n_outlets:killed mode" lines. */
typedef struct {
	char buf[4096];
	size_t len;
	int n;
} S_out;

static int S_collect(void *ctx, const pm_incident *inc)
{
	S_out *o = ctx;
	o->len += (size_t)snprintf(o->buf + o->len, sizeof(o->buf) - o->len, "%s:%d:%d:%ld;", inc->id,
				   inc->n_reports, inc->n_outlets, inc->counts[PM_COUNT_KILLED].mode);
	for (int i = 0; i < inc->n_reports; i++)
		o->len += (size_t)snprintf(o->buf + o->len, sizeof(o->buf) - o->len, "%s,",
					   inc->report_ids[i]);
	o->n++;
	return 0;
}

static const char *S_incidents(pm_store *s, const char *key, const char *value)
{
	static S_out o;
	memset(&o, 0, sizeof(o));
	pm_filter f = PM_FILTER_INIT;
	if (key && pm_filter_parse(&f, key, value) < 0)
		return "bad filter";
	if (pm_store_incidents(s, &f, S_collect, &o) < 0)
		return pm_error_last();
	return o.buf;
}

static int S_report(void *ctx, const pm_event *ev)
{
	S_out *o = ctx;
	o->len += (size_t)snprintf(o->buf + o->len, sizeof(o->buf) - o->len, "%s=%s;", ev->event_id,
				   ev->incident ? ev->incident : "NULL");
	return 0;
}

static int S_row(void *ctx, const pm_count_row *row)
{
	S_out *o = ctx;
	o->len += (size_t)snprintf(o->buf + o->len, sizeof(o->buf) - o->len, "%s:%ld:%ld;",
				   row->n_keys ? row->keys[0] : "", row->events,
				   row->sums[PM_COUNT_KILLED]);
	return 0;
}

static const char S_strike[] = "Ia000000000000001:3:3:12;a000000000000001,a000000000000002,"
			       "a000000000000003,";
static const char S_fiji[] = "Ib000000000000001:1:1:3;b000000000000001,";

static void S_linked(void)
{
	pm_store *s;
	CHECK_INT(pm_store_open(&s, S_path("a.db"), NULL), 0);
	CHECK_INT(S_put_all(s, 14), 0);
	char want[512];
	snprintf(want, sizeof(want), "%s%s", S_strike, S_fiji);
	CHECK_STR(S_incidents(s, NULL, NULL), want);
	CHECK_STR(S_incidents(s, "min_outlets", "2"), S_strike);
	CHECK_STR(S_incidents(s, "outlet", "afp"), S_strike);
	CHECK_STR(S_incidents(s, "bbox", "178,-19,179,-18"), S_fiji);
	CHECK_STR(S_incidents(s, "near", "34.56,38.28,10"), S_strike);
	CHECK_STR(S_incidents(s, "from", "2017"), S_fiji);
	CHECK_STR(S_incidents(s, "actor", "SYRREB"), S_strike);
	CHECK_STR(S_incidents(s, "country", "FJI"), S_fiji);
	CHECK_STR(S_incidents(s, "limit", "1"), S_strike);
	CHECK_STR(S_incidents(s, "code", "04"), "");

	S_out o;
	memset(&o, 0, sizeof(o));
	CHECK_INT(pm_store_incident_reports(s, "Ia000000000000001", S_report, &o), 0);
	CHECK_STR(o.buf, "a000000000000001=Ia000000000000001;a000000000000002=Ia000000000000001;"
			 "a000000000000003=Ia000000000000001;");
	CHECK_INT(pm_store_incident_reports(s, "Inone", S_report, &o), PM_ENOTFOUND);

	/* a toll told three times counts once */
	pm_count_by by = PM_COUNT_BY_INIT;
	CHECK_INT(pm_count_by_parse(&by, "year"), 0);
	memset(&o, 0, sizeof(o));
	CHECK_INT(pm_store_count_incidents(s, NULL, &by, S_row, &o), 0);
	CHECK_STR(o.buf, "2016:1:12;2017:1:3;");
	memset(&o, 0, sizeof(o));
	CHECK_INT(pm_store_count(s, NULL, &by, S_row, &o), 0);
	CHECK_STR(o.buf, "2016:3:38;2017:1:3;");
	CHECK_INT(pm_count_by_parse(&by, "outlet"), 0);
	CHECK_INT(pm_store_count_incidents(s, NULL, &by, S_row, &o), PM_EINVALID);

	/* the third report replaced: a toll far from the others is another happening */
	CHECK_INT(S_put_all(s, 90), 0);
	snprintf(want, sizeof(want), "Ia000000000000001:2:2:12;a000000000000001,a000000000000002,"
		 "Ia000000000000003:1:1:90;a000000000000003,%s", S_fiji);
	CHECK_STR(S_incidents(s, NULL, NULL), want);
	CHECK_INT(pm_store_incidents_rebuild(s), 0);
	CHECK_STR(S_incidents(s, NULL, NULL), want);
	pm_store_stats st;
	CHECK_INT(pm_store_stats_get(s, &st), 0);
	CHECK_INT(st.incidents, 3);
	CHECK_INT(st.unlinked, 0);
	pm_store_free(s);
}

static void S_deferred(void)
{
	pm_store *s;
	pm_store_options o = PM_STORE_OPTIONS_INIT;
	o.defer_links = 1;
	CHECK_INT(pm_store_open(&s, S_path("b.db"), &o), 0);
	CHECK_INT(S_put_all(s, 14), 0);
	pm_store_stats st;
	CHECK_INT(pm_store_stats_get(s, &st), 0);
	CHECK_INT(st.unlinked, 4);
	CHECK_INT(st.incidents, 0);
	CHECK_STR(S_incidents(s, NULL, NULL), "");
	CHECK_INT(pm_store_incidents_link(s), 0);
	char want[512];
	snprintf(want, sizeof(want), "%s%s", S_strike, S_fiji);
	CHECK_STR(S_incidents(s, NULL, NULL), want);
	CHECK_INT(pm_store_stats_get(s, &st), 0);
	CHECK_INT(st.unlinked, 0);
	CHECK_INT(pm_store_incidents_link(s), 0);   /* nothing waits: nothing done */
	pm_store_free(s);
}

/* ---- the grid: counted by the backend as read one by one ---- */

static void S_grid_put(pm_store_backend *b)
{
	static const char *const codes[] = {"190", "1823", "042", "20", "173", NULL, "0", "111"};
	static const char *const countries[] = {"SYR", "IRQ", "FJI"};
	static const double edges[] = {0.0, -45.0, 90.0, -22.5, 11.25, -0.0000001};
	unsigned long r = 12345;
	CHECK_INT(b->begin(b), 0);
	for (int i = 0; i < 3000; i++) {
		pm_incident inc;
		memset(&inc, 0, sizeof(inc));
		snprintf(inc.id, sizeof(inc.id), "I%016x", (unsigned)i);
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			inc.counts[k].min = inc.counts[k].max = inc.counts[k].mode = -1;
		r = r * 6364136223846793005UL + 1442695040888963407UL;
		inc.date = (r >> 20) % 2 ? "2016-03-25" : "2017-01";
		inc.code = codes[(r >> 24) % 8];
		inc.n_outlets = (int)((r >> 28) % 4);
		pm_location *l = &inc.place;
		l->found = (r >> 32) % 10 != 0;
		l->country = countries[(r >> 36) % 3];
		l->precision = (r >> 40) % 9 == 0 ? "unresolved" : (r >> 40) % 9 == 1 ? NULL : "city";
		l->name = "somewhere";
		if ((r >> 44) % 5 == 0) {
			l->lat = edges[(r >> 47) % 6];
			l->lon = edges[(r >> 50) % 6];
		} else {
			l->lat = (double)((r >> 20) % 170000) / 1000.0 - 85.0;
			l->lon = (double)((r >> 40) % 16000) / 1000.0 + ((r >> 56) % 2 ? -170.0 : 30.0);
		}
		CHECK_INT(b->incident_put(b, &inc), 0);
	}
	CHECK_INT(b->commit(b), 0);
}

typedef struct {
	char buf[1 << 17];
	size_t len;
} S_text;

static int S_grid_cell(void *ctx, const pm_store_cell *c)
{
	S_text *t = ctx;
	if (t->len < sizeof(t->buf))
		t->len += (size_t)snprintf(t->buf + t->len, sizeof(t->buf) - t->len,
					   "%ld,%ld:%ld,%ld,%.5f,%.5f,%d;", c->ix, c->iy, c->n,
					   c->n_outlets, c->lat, c->lon, c->root);
	return 0;
}

/* Each grid's text, hashed: a backend's grids against another's. */
enum { S_GRIDS = 24 };

static unsigned long long S_text_hash(const S_text *t)
{
	unsigned long long h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < t->len; i++)
		h = (h ^ (unsigned char)t->buf[i]) * 0x100000001b3ULL;
	return h;
}

/* The grids of b's incidents, counted by b as read one by one; their
 * hashes in seen. */
static void S_grid_on(pm_store_backend *b, unsigned long long seen[S_GRIDS])
{
	pm_store *s = NULL;
	CHECK_INT(pm_store_open_backend(&s, b), 0);
	if (!s)
		return;
	CHECK(b->incident_grid != NULL);
	if (!b->incident_grid) {
		pm_store_free(s);
		return;
	}
	S_grid_put(b);
	static const char *const filters[][2] = {{NULL, NULL}, {"country", "FJI"},
		{"bbox", "-10,-40,100,50"}, {"min_outlets", "2"}, {"root", "19"}, {"from", "2017"}};
	static const double sizes[] = {90.0, 360.0 / 64, 360.0 / 1024, 0.001};
	static S_text sql, one;
	int cells = 0;
	for (size_t i = 0; i < sizeof(filters) / sizeof(filters[0]); i++) {
		for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
			pm_filter f = PM_FILTER_INIT;
			if (filters[i][0])
				CHECK_INT(pm_filter_parse(&f, filters[i][0], filters[i][1]), 0);
			sql.len = one.len = 0;
			CHECK_INT(pm_store_incident_grid(s, &f, sizes[k], S_grid_cell, &sql), 0);
			int (*op)(pm_store_backend *, const pm_filter *, double, pm_store_cell_fn,
				  void *) = b->incident_grid;
			b->incident_grid = NULL;    /* the front reads every incident */
			CHECK_INT(pm_store_incident_grid(s, &f, sizes[k], S_grid_cell, &one), 0);
			b->incident_grid = op;
			CHECK(sql.len > 0 && sql.len < sizeof(sql.buf));
			CHECK(sql.len == one.len && !memcmp(sql.buf, one.buf, sql.len));
			if (sql.len != one.len || memcmp(sql.buf, one.buf, sql.len))
			{
				size_t at = 0;
				while (at < sql.len && sql.buf[at] == one.buf[at])
					at++;
				at = at > 40 ? at - 40 : 0;
				fprintf(stderr, "grid %s=%s at %g differs:\n%.100s\n%.100s\n",
					filters[i][0] ? filters[i][0] : "-", filters[i][1] ? filters[i][1] : "",
					sizes[k], sql.buf + at, one.buf + at);
			}
			for (size_t j = 0; j < sql.len; j++)
				cells += sql.buf[j] == ';';
			seen[i * 4 + k] = S_text_hash(&sql);
		}
	}
	CHECK(cells > 1000);
	/* one cell by hand: of roots 19, 04 and 20 twice, twice and once, 04 */
	static const char *const tie[] = {"190", "042", "20", "0411", "19"};
	CHECK_INT(b->begin(b), 0);
	for (int i = 0; i < 5; i++) {
		pm_incident inc;
		memset(&inc, 0, sizeof(inc));
		snprintf(inc.id, sizeof(inc.id), "It%015x", (unsigned)i);
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			inc.counts[k].min = inc.counts[k].max = inc.counts[k].mode = -1;
		inc.code = tie[i];
		inc.n_outlets = i;
		inc.place = (pm_location){1, "pole", 0, "ATA", NULL, -89.6 + 0.05 * i, 0.5, "city",
					  NULL, NULL, 0};
		CHECK_INT(b->incident_put(b, &inc), 0);
	}
	CHECK_INT(b->commit(b), 0);
	pm_filter f = PM_FILTER_INIT;
	CHECK_INT(pm_filter_parse(&f, "country", "ATA"), 0);
	sql.len = 0;
	CHECK_INT(pm_store_incident_grid(s, &f, 1.0, S_grid_cell, &sql), 0);
	CHECK_STR(sql.buf, "0,-90:5,10,-89.50000,0.50000,4;");
	CHECK_INT(pm_store_incident_grid(s, NULL, 0.0, S_grid_cell, &sql), PM_EINVALID);
	pm_store_free(s);
}

/* PALMYRA_TEST_PG: a PostgreSQL location with a %s for the database
 * (tests/store/test_pg.sh makes "grid" there): its grids are SQLite's. */
static void S_grid(void)
{
	static unsigned long long lite[S_GRIDS], pg[S_GRIDS];
	pm_store_backend *b = NULL;
	CHECK_INT(pm_store_backend_sqlite(&b, S_path("g.db"), NULL), 0);
	if (b)
		S_grid_on(b, lite);
	const char *fmt = getenv("PALMYRA_TEST_PG");
	if (!fmt || !*fmt)
		return;
	char where[512];
	snprintf(where, sizeof(where), fmt, "grid");
	b = NULL;
	CHECK_INT(pm_store_backend_pg(&b, where, NULL), 0);
	if (!b) {
		fprintf(stderr, "%s\n", pm_error_last());
		return;
	}
	S_grid_on(b, pg);
	CHECK(!memcmp(lite, pg, sizeof(lite)));
}

int main(void)
{
	snprintf(S_dir, sizeof(S_dir), "/tmp/palmyra-test-inc-XXXXXX");
	if (!mkdtemp(S_dir)) {
		perror("mkdtemp");
		return 1;
	}
	S_linked();
	S_deferred();
	S_grid();
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", S_dir);
	if (!getenv("KEEP") && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	TEST_END();
}
