/* test_link_counts.c - what an archive's commits read before deciding to
 * leave their events waiting. Documents at random dates over five years,
 * a commit every 50: each commit asks the backend how many stored events
 * the windows around what waits hold (count_days), and finds them too
 * many. That count is capped by what waits, which grows with every
 * commit, so asking at every commit made the whole ingest count entries
 * as the square of its size (here 607,813 in 214 counts, 60 times the
 * 10,000 events); asked again only when what waits has doubled, 76,468
 * in 69. The incidents are those a rebuild gives either way. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"
#include "../test.h"

enum { S_COMMITS = 200, S_PER_COMMIT = 50, S_EVENTS = S_COMMITS * S_PER_COMMIT };

/* the SQLite backend's count_days, counted (a test's own state) */
static int (*S_count_days)(pm_store_backend *b, long from_day, long to_day, long cap, long *out);
static long S_counted, S_asked;

static int S_counting(pm_store_backend *b, long from_day, long to_day, long cap, long *out)
{
	int rc = S_count_days(b, from_day, to_day, cap, out);
	if (rc == 0)
		S_counted += *out;
	S_asked++;
	return rc;
}

static const pm_location S_towns[3] = {
	{1, "Tadmur", 163808, "SYR", "Homs", 34.5624, 38.28402, "city", "Palmyra", NULL, 0},
	{1, "Suva", 2198148, "FJI", "Central", -18.14161, 178.44149, "city", "Suva", NULL, 0},
	{1, "Mosul", 99072, "IRQ", "Nineveh", 36.335, 43.11889, "city", "Mosul", NULL, 0}};

typedef struct {
	char id[32], date[16], hash[24];
	pm_event_doc doc;
	pm_event ev;
} S_doc;

static void S_make(S_doc *d, int k, unsigned long *r)
{
	*r = *r * 6364136223846793005UL + 1442695040888963407UL;
	int day = (int)((*r >> 33) % (5 * 365));
	int y = 2012 + day / 365, m = 1 + day % 365 / 31, dd = 1 + day % 365 % 31 % 28;
	memset(d, 0, sizeof(*d));
	snprintf(d->id, sizeof(d->id), "doc-%05d", k);
	snprintf(d->date, sizeof(d->date), "%04d-%02d-%02d", y, m, dd);
	snprintf(d->hash, sizeof(d->hash), "h%d", k);
	d->doc.id = d->id;
	d->doc.date = d->date;
	d->doc.outlet = k % 2 ? "Reuters" : "AFP";
	pm_event *e = &d->ev;
	snprintf(e->event_id, sizeof(e->event_id), "%016lx", *r ^ (unsigned long)k);
	e->id = d->id;
	e->doc = &d->doc;
	e->text = "An air strike hit the town.";
	e->source.code = "SYRMIL";
	e->target.code = "SYRREB";
	e->code = "195";
	memcpy(e->root, "19", 3);
	e->quad = 4;
	e->date = d->date;
	e->date_precision = "day";
	e->modality = "asserted";
	e->location = S_towns[(*r >> 20) % 3];
	for (int c = 0; c < PM_COUNT_KINDS; c++)
		e->counts[c] = (pm_event_count){-1, -1, NULL, 0};
}

/* The incidents, each as its id and report count, in the store's order. */
static int S_line(void *ctx, const pm_incident *inc)
{
	FILE *f = ctx;
	fprintf(f, "%s %d\n", inc->id, inc->n_reports);
	return 0;
}

static char *S_all(pm_store *s)
{
	char *text = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&text, &n);
	pm_filter all = PM_FILTER_INIT;
	CHECK_INT(pm_store_incidents(s, &all, S_line, f), 0);
	fclose(f);
	return text;
}

int main(void)
{
	char dir[64] = "/tmp/palmyra-test-lc-XXXXXX", path[128];
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	snprintf(path, sizeof(path), "%s/a.db", dir);
	pm_store_backend *b = NULL;
	pm_store *s = NULL;
	CHECK_INT(pm_store_backend_sqlite(&b, path, NULL), 0);
	if (!b)
		return 1;
	S_count_days = b->count_days;
	b->count_days = S_counting;
	CHECK_INT(pm_store_open_backend(&s, b), 0);
	unsigned long r = 2024;
	static S_doc d;
	for (int c = 0; c < S_COMMITS; c++) {
		CHECK_INT(pm_store_begin(s), 0);
		for (int k = 0; k < S_PER_COMMIT; k++) {
			S_make(&d, c * S_PER_COMMIT + k, &r);
			pm_store_doc doc = PM_STORE_DOC_INIT;
			doc.meta = d.doc;
			doc.content_hash = d.hash;
			if (pm_store_put(s, &doc, &d.ev, 1) < 0) {
				fprintf(stderr, "%s\n", pm_error_last());
				return 1;
			}
		}
		CHECK_INT(pm_store_commit(s), 0);
	}
	CHECK_INT(pm_store_incidents_link(s), 0);
	/* the counts of all 200 commits: a few times the events, not sixty
	 * times (and they were asked at all: the archive deferred) */
	fprintf(stderr, "%ld entries counted in %ld counts for %d events\n", S_counted, S_asked,
		S_EVENTS);
	CHECK(S_asked > 0);
	CHECK(S_counted <= 10L * S_EVENTS);
	pm_store_stats st;
	CHECK_INT(pm_store_stats_get(s, &st), 0);
	CHECK_INT(st.events, S_EVENTS);
	CHECK_INT(st.unlinked, 0);
	char *linked = S_all(s);
	CHECK_INT(pm_store_incidents_rebuild(s), 0);
	char *rebuilt = S_all(s);
	CHECK(linked && rebuilt && strlen(linked) > 1000);
	CHECK_STR(linked, rebuilt);
	free(linked);
	free(rebuilt);
	pm_store_free(s);
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (!getenv("KEEP") && system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	TEST_END();
}
