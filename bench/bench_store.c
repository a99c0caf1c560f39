/* bench_store.c - synthetic events for measuring the store.
 *
 *   bench_store build DB N    stores N synthetic events (through pm_store_put,
 *                             batches of 1000 documents) and prints the rate
 *   bench_store jsonl N       writes the same events as `palmyra code` JSON lines
 *   bench_store build DB N [--no-link] [--by-date]
 *                             --no-link: commits leave events unlinked and nothing links
 *                             them (the store as it was before incidents); --by-date:
 *                             documents come in order of date (a news feed), not at random
 *                             (an archive in no order). Prints the time linking took
 *                             apart (the final pm_store_incidents_link).
 *   bench_store incidents DB  the latency of pm_store_incidents with a box and a month
 *
 * The events look like a conflict monitor's: 5 years of dates, 40
 * countries of 60 places each whose share of events falls off as in real
 * reporting (a few cities get most), 300 actor codes, CAMEO codes weighted
 * to conflict, a toll on one event in five, sentences of 20-40 words from a
 * 4,000-word vocabulary (so a rare word is rare), 3 events per document.
 * The generator is seeded, so every run builds the same store. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "palmyra.h"

static uint64_t S_rng = 0x9e3779b97f4a7c15ULL;

static uint64_t S_next(void)
{
	/* xorshift64*: fast, and the same sequence on every machine */
	S_rng ^= S_rng >> 12;
	S_rng ^= S_rng << 25;
	S_rng ^= S_rng >> 27;
	return S_rng * 0x2545f4914f6cdd1dULL;
}

static int S_below(int n)
{
	return (int)(S_next() % (uint64_t)n);
}

/* Zipf-like: small values far more often than large ones. */
static int S_skewed(int n)
{
	double u = (double)(S_next() >> 11) / 9007199254740992.0;
	int k = (int)(pow(n + 1.0, u)) - 1;
	return k < 0 ? 0 : k >= n ? n - 1 : k;
}

/* Actors: a country's code and one of 8 roles, every country with
 * every role (a source is drawn as a country's actor in any role). */
enum { N_COUNTRIES = 40, N_ROLES = 8, N_PLACES = 60, N_ACTORS = N_COUNTRIES * N_ROLES,
       N_WORDS = 4000 };

typedef struct {
	char name[32], admin1[32], country[4];
	double lat, lon;
	long geonameid;
} S_place;

static S_place S_places[N_COUNTRIES * N_PLACES];
static char S_actor_codes[N_ACTORS][16];
static char S_words[N_WORDS][12];
static const char *const S_codes[] = {"190", "193", "195", "180", "181", "183", "173", "112", "042",
				      "043", "057", "020", "036", "051", "010", "111", "138", "145",
				      "0874", "200"};

static void S_setup(void)
{
	static const char *const roles[] = {"MIL", "GOV", "REB", "CVL", "COP", "MED", "INS", "OPP"};
	for (int c = 0; c < N_COUNTRIES; c++) {
		char iso[4] = {(char)('A' + c % 26), (char)('A' + (c * 7) % 26), (char)('A' + c / 26), 0};
		double clat = -30 + (c * 37) % 80, clon = -170 + (c * 53) % 340;
		for (int p = 0; p < N_PLACES; p++) {
			S_place *pl = &S_places[c * N_PLACES + p];
			snprintf(pl->name, sizeof(pl->name), "Town%d-%s", p, iso);
			snprintf(pl->admin1, sizeof(pl->admin1), "Province%d", p % 8);
			memcpy(pl->country, iso, 4);
			pl->lat = clat + (S_below(6000) - 3000) / 1000.0;
			pl->lon = clon + (S_below(6000) - 3000) / 1000.0;
			pl->geonameid = 100000 + c * N_PLACES + p;
		}
	}
	for (int a = 0; a < N_ACTORS; a++) {
		int c = a % N_COUNTRIES;
		snprintf(S_actor_codes[a], sizeof(S_actor_codes[a]), "%s%s", S_places[c * N_PLACES].country,
			 roles[a / N_COUNTRIES]);
	}
	for (int w = 0; w < N_WORDS; w++) {
		int len = 3 + w % 7;
		for (int i = 0; i < len; i++)
			S_words[w][i] = (char)('a' + (int)((w * 31 + i * 17 + (w >> i)) % 26));
		S_words[w][len] = '\0';
	}
	/* two words the text queries look for: one rare, one common */
	strcpy(S_words[3999], "airstrike");
	strcpy(S_words[5], "forces");
}

typedef struct {
	char text[3][400];
	char doc_id[32], title[64], date[11], ev_date[3][11];
	char ids[3][17];
	pm_event_doc doc;
	pm_event ev[3];
} S_doc;

static void S_sentence(char *out, size_t cap)
{
	int n = 20 + S_below(21);
	size_t len = 0;
	for (int i = 0; i < n && len + 16 < cap; i++) {
		const char *w = S_words[S_skewed(N_WORDS)];
		len += (size_t)snprintf(out + len, cap - len, "%s%s", i ? " " : "", w);
	}
	snprintf(out + len, cap - len, ".");
	out[0] = (char)(out[0] - 'a' + 'A');
}

static const char *const S_attr[] = {"state media", "a monitoring group"};

static long S_by_date_docs;   /* >0: document k of this many is dated in order */

static void S_make_doc(S_doc *d, long k)
{
	static const char *const outlets[] = {"Reuters", "AFP", "AP", "TRT World", "Al Jazeera",
					      "BBC", "SANA", "Anadolu"};
	long day0 = 16071; /* 2014-01-01 */
	long day = day0 + S_below(5 * 365);
	if (S_by_date_docs)
		day = day0 + k * (5 * 365) / S_by_date_docs;
	time_t t = (time_t)day * 86400;
	struct tm tm;
	gmtime_r(&t, &tm);
	snprintf(d->doc_id, sizeof(d->doc_id), "syn-%08ld", k);
	snprintf(d->date, sizeof(d->date), "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1,
		 tm.tm_mday);
	snprintf(d->title, sizeof(d->title), "Report %ld", k);
	memset(&d->doc, 0, sizeof(d->doc));
	d->doc.id = d->doc_id;
	d->doc.title = d->title;
	d->doc.date = d->date;
	d->doc.outlet = outlets[S_below(8)];
	for (int i = 0; i < 3; i++) {
		pm_event *ev = &d->ev[i];
		memset(ev, 0, sizeof(*ev));
		S_sentence(d->text[i], sizeof(d->text[i]));
		snprintf(d->ids[i], sizeof(d->ids[i]), "%016llx", (unsigned long long)S_next());
		memcpy(ev->event_id, d->ids[i], 17);
		ev->id = d->doc_id;
		ev->doc = &d->doc;
		ev->sentence = i;
		ev->text = d->text[i];
		ev->headline = i == 0 && S_below(4) == 0;
		int c = S_skewed(N_COUNTRIES), p = S_skewed(N_PLACES);
		const S_place *pl = &S_places[c * N_PLACES + p];
		ev->source.code = S_actor_codes[c + N_COUNTRIES * S_below(N_ROLES)];
		ev->source.label = "Synthetic actor";
		ev->source.text = "the forces";
		if (S_below(3)) {
			ev->target.code = S_actor_codes[S_below(N_ACTORS)];
			ev->target.label = "Synthetic target";
			ev->target.text = "the other side";
		}
		ev->code = S_codes[S_skewed(20)];
		ev->root[0] = ev->code[0];
		ev->root[1] = ev->code[1];
		ev->code_label = pm_cameo_label(ev->code);
		ev->plover = pm_cameo_plover(ev->code);
		ev->quad = ev->root[0] == '1' && ev->root[1] >= '4' ? 4 : 2;
		ev->goldstein = -10.0 + S_below(21);
		int back = S_below(3);
		t = (time_t)(day - back) * 86400;
		gmtime_r(&t, &tm);
		snprintf(d->ev_date[i], sizeof(d->ev_date[i]), "%04d-%02d-%02d", tm.tm_year + 1900,
			 tm.tm_mon + 1, tm.tm_mday);
		ev->date = d->ev_date[i];
		ev->date_precision = back ? "day" : "document";
		ev->date_text = back ? "on Tuesday" : NULL;
		ev->modality = "asserted";
		if (S_below(10)) {
			ev->location = (pm_location){1, pl->name, pl->geonameid, pl->country, pl->admin1,
						     pl->lat, pl->lon, "city", pl->name, NULL, 0};
		}
		for (int kk = 0; kk < PM_COUNT_KINDS; kk++)
			ev->counts[kk] = (pm_event_count){-1, -1, NULL, 0};
		if (S_below(5) == 0) {
			long v = 1 + S_skewed(200);
			ev->counts[PM_COUNT_KILLED] = (pm_event_count){v, v, "exact", 0};
		}
		if (S_below(12) == 0) {
			long v = 1 + S_skewed(100);
			ev->counts[PM_COUNT_WOUNDED] = (pm_event_count){v, v, "at_least", 0};
		}
		if (S_below(4) == 0) {
			ev->attribution = S_attr;
			ev->n_attribution = 1 + S_below(2);
		}
	}
}

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct {
	long n;
} S_count_ctx;

static int S_count_incident(void *ctx, const pm_incident *inc)
{
	((S_count_ctx *)ctx)->n += inc->n_reports > 0;
	return 0;
}

/* pm_store_incidents over a 2-degree box around a busy synthetic place and
 * a month, best of 7 (the machine is shared: others only ever add). */
static int S_incident_queries(const char *db)
{
	pm_store *s;
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.readonly = 1;
	if (pm_store_open(&s, db, &so) < 0) {
		fprintf(stderr, "bench_store: %s\n", pm_error_last());
		return 1;
	}
	static const char *const ranges[][2] = {{"2016-06", "2016-06"}, {"2016", "2016"}};
	for (int q = 0; q < 2; q++) {
		const S_place *pl = &S_places[0];
		char box[128];
		snprintf(box, sizeof(box), "%.3f,%.3f,%.3f,%.3f", pl->lon - 1, pl->lat - 1, pl->lon + 1,
			 pl->lat + 1);
		pm_filter f = PM_FILTER_INIT;
		pm_filter_parse(&f, "bbox", box);
		pm_filter_parse(&f, "from", ranges[q][0]);
		pm_filter_parse(&f, "to", ranges[q][1]);
		double best = 1e9;
		S_count_ctx c = {0};
		for (int run = 0; run < 7; run++) {
			c.n = 0;
			double t0 = S_now();
			if (pm_store_incidents(s, &f, S_count_incident, &c) < 0) {
				fprintf(stderr, "bench_store: %s\n", pm_error_last());
				return 1;
			}
			double t = S_now() - t0;
			best = t < best ? t : best;
		}
		printf("pm_store_incidents --bbox %s --from %s --to %s: %ld incidents in %.1f ms\n",
		       box, ranges[q][0], ranges[q][1], c.n, best * 1000);
	}
	pm_store_free(s);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3 || (argc < 4 && strcmp(argv[1], "jsonl") && strcmp(argv[1], "incidents"))) {
		fprintf(stderr, "usage: bench_store build DB N [--no-link] [--by-date] | bench_store "
			"jsonl N | bench_store incidents DB\n");
		return 2;
	}
	S_setup();
	if (!strcmp(argv[1], "incidents"))
		return S_incident_queries(argv[2]);
	int no_link = 0, by_date = 0;
	for (int i = 4; i < argc; i++) {
		no_link |= !strcmp(argv[i], "--no-link");
		by_date |= !strcmp(argv[i], "--by-date");
	}
	static S_doc d;
	if (!strcmp(argv[1], "jsonl")) {
		long n = atol(argv[2]);
		for (long k = 0; k * 3 < n; k++) {
			S_make_doc(&d, k);
			for (int i = 0; i < 3; i++)
				pm_event_write(stdout, PM_FORMAT_JSONL, &d.ev[i], 0);
		}
		return 0;
	}
	long n = atol(argv[3]);
	if (by_date)
		S_by_date_docs = (n + 2) / 3;
	pm_store *s;
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.defer_links = no_link;
	if (pm_store_open(&s, argv[2], &so) < 0) {
		fprintf(stderr, "bench_store: %s\n", pm_error_last());
		return 1;
	}
	double t0 = S_now();
	long docs = 0;
	pm_store_begin(s);
	for (long k = 0; k * 3 < n; k++) {
		S_make_doc(&d, k);
		char hash[17];
		snprintf(hash, sizeof(hash), "%016lx", k);
		pm_store_doc doc = PM_STORE_DOC_INIT;
		doc.meta = d.doc;
		doc.content_hash = hash;
		if (pm_store_put(s, &doc, d.ev, 3) < 0) {
			fprintf(stderr, "bench_store: %s\n", pm_error_last());
			return 1;
		}
		if (++docs % 1000 == 0) {
			pm_store_commit(s);
			pm_store_begin(s);
		}
	}
	pm_store_commit(s);
	double t1 = S_now();
	if (!no_link && pm_store_incidents_link(s) < 0) {
		fprintf(stderr, "bench_store: %s\n", pm_error_last());
		return 1;
	}
	double t = S_now() - t0;
	pm_store_stats st;
	pm_store_stats_get(s, &st);
	printf("stored %ld events (%ld documents%s, %s) in %.2f s: %.0f events/s; %ld incidents,"
	       " the final link %.2f s of it\n", docs * 3, docs, by_date ? " by date" : " at random",
	       no_link ? "not linked" : "linked", t, docs * 3 / t, st.incidents, S_now() - t1);
	pm_store_free(s);
	return 0;
}
