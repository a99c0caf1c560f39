/* test_places.c - place mentions and event places.
 *
 * Unit checks on hand-made documents, then the set in
 * tests/data/places/sentences.jsonl: each line is a sentence with its
 * document (title, other paragraphs, neighbouring sentences, countries
 * from actor codes) and the expected place; a place counts as right within
 * 30 km of the expected coordinates (and, when none is expected, when none
 * is found). Prints the accuracy and the cost per sentence; fails below
 * 90%. Skips (saying so) without data/gazetteer.bin. */
#include <jansson.h>
#include <math.h>
#include <time.h>

#include "enrich/places.h"
#include "enrich_testlib.h"
#include "../test.h"

#define S_MAX_SENTS 16

typedef struct S_doc {
	pm_doc doc;
	pm_sentence sents[S_MAX_SENTS];
	t_sent *ts;                 /* S_MAX_SENTS of them */
} S_doc;

/* The stand-in tagger: capitalised words are NNP, punctuation its own tag. */
static void S_tag(pm_sentence *s)
{
	for (int i = 0; i < s->n_tokens; i++) {
		pm_token *t = &s->tokens[i];
		const char *tag = isupper((unsigned char)t->text[0]) ? "NNP"
				  : isalnum((unsigned char)t->text[0]) ? "NN"
									: t->text;
		snprintf(t->tag, sizeof(t->tag), "%s", tag);
	}
}

static int S_add(S_doc *d, const char *text, int para, int headline)
{
	if (d->doc.n_sents == S_MAX_SENTS)
		return -1;
	int i = d->doc.n_sents++;
	t_tokenize(&d->ts[i], text);
	d->sents[i] = d->ts[i].s;
	d->sents[i].index = i;
	d->sents[i].paragraph = para;
	d->sents[i].is_headline = (uint8_t)headline;
	S_tag(&d->sents[i]);
	return i;
}

static void S_reset(S_doc *d)
{
	memset(&d->doc, 0, sizeof(d->doc));
	d->doc.sents = d->sents;
}

static const char *S_data(void)
{
	static char path[1024];
	const char *dir = getenv("PALMYRA_DATA");
	snprintf(path, sizeof(path), "%s/gazetteer.bin", dir ? dir : "data");
	return access(path, R_OK) == 0 ? path : NULL;
}

/* ---- Unit checks -------------------------------------------------------------------- */

static void S_json(void)
{
	pm_place p;
	memset(&p, 0, sizeof(p));
	char buf[512];
	CHECK_INT(pm_place_json(&p, buf, sizeof(buf)), 4);
	CHECK_STR(buf, "null");
	p.found = 1;
	snprintf(p.name, sizeof(p.name), "Tadmur");
	p.geonameid = 163808;
	memcpy(p.country, "SYR", 4);
	snprintf(p.admin1, sizeof(p.admin1), "Homs");
	p.lat = 34.5624;
	p.lon = 38.28402;
	p.precision = "city";
	snprintf(p.text, sizeof(p.text), "the \"Pearl\"\\");
	p.fallback = "paragraph";
	CHECK(pm_place_json(&p, buf, sizeof(buf)) > 0);
	CHECK_STR(buf, "{\"name\":\"Tadmur\",\"geonameid\":163808,\"country\":\"SYR\","
		       "\"admin1\":\"Homs\",\"lat\":34.56240,\"lon\":38.28402,"
		       "\"precision\":\"city\",\"text\":\"the \\\"Pearl\\\"\\\\\","
		       "\"fallback\":\"paragraph\"}");
	json_error_t err;
	json_t *j = json_loads(buf, 0, &err);
	CHECK(j != NULL);
	json_decref(j);
	CHECK_INT(pm_place_json(&p, buf, 40), -1);
	p.geonameid = 0;
	p.fallback = NULL;
	CHECK(pm_place_json(&p, buf, sizeof(buf)) > 0 && strstr(buf, "\"geonameid\":null,") &&
	      !strstr(buf, "fallback"));
}

static pm_place_doc *S_scan(const pm_gazetteer *g, S_doc *d, pm_arena *a, const char *const *cc,
			    int n)
{
	pm_place_doc *pd = NULL;
	CHECK_INT(pm_places_scan(g, &d->doc, cc, n, a, &pd), 0);
	return pd;
}

static void S_units(const pm_gazetteer *g, S_doc *d, pm_arena *a)
{
	pm_place p[8];
	/* "-based" is evidence of a country, not a place */
	S_reset(d);
	S_add(d, "The Beirut-based broadcaster reported clashes.", 0, 0);
	pm_place_doc *pd = S_scan(g, d, a, NULL, 0);
	CHECK_INT(pm_places_mentions(pd, 0, p, 8), 0);
	const char *cs[4];
	CHECK(pm_places_countries(pd, cs, 4) >= 1 && strcmp(cs[0], "LBN") == 0);
	/* a qualifier is not a second mention, and narrows the first */
	S_reset(d);
	S_add(d, "Police closed a road in Paris, Texas, and in Homs.", 0, 0);
	pd = S_scan(g, d, a, NULL, 0);
	CHECK_INT(pm_places_mentions(pd, 0, p, 8), 2);
	CHECK_STR(p[0].country, "USA");
	CHECK_STR(p[0].text, "Paris");
	CHECK_STR(p[1].name, "Homs");
	/* stop words and people are not places */
	S_reset(d);
	S_add(d, "On Sunday Bashar al-Assad told Reuters that Hope remained.", 0, 0);
	pd = S_scan(g, d, a, NULL, 0);
	CHECK_INT(pm_places_mentions(pd, 0, p, 8), 0);
	/* the event's own clause wins over another clause */
	S_reset(d);
	S_add(d, "Rebels attacked Hama, while the army shelled Homs.", 0, 0);
	pd = S_scan(g, d, a, NULL, 0);
	pm_coded_event ev = t_event(&d->ts[0], "shelled");
	CHECK_INT(pm_places_locate(pd, 0, &ev, p), 0);
	CHECK_STR(p[0].name, "Homs");
	ev = t_event(&d->ts[0], "attacked");
	pm_places_locate(pd, 0, &ev, p);
	CHECK_INT(p[0].geonameid, 170017);  /* Hamah */
	CHECK(p[0].fallback == NULL);
	CHECK_STR(p[0].precision, "city");
	/* the verb's bare object beats a later place after a preposition */
	S_reset(d);
	S_add(d, "The militants seized Palmyra in May 2015, to open a road to Deir al Zor.", 0, 0);
	pd = S_scan(g, d, a, NULL, 0);
	ev = t_event(&d->ts[0], "seized");
	pm_places_locate(pd, 0, &ev, p);
	CHECK_STR(p[0].text, "Palmyra");
	CHECK_INT(pm_places_mentions(pd, 0, p, 8), 2);
	CHECK_STR(p[1].text, "Deir al Zor");
	CHECK_STR(p[1].name, "Deir ez-Zor");
	/* bad arguments */
	CHECK_INT(pm_places_scan(NULL, &d->doc, NULL, 0, a, &pd), PM_EINVALID);
	CHECK_INT(pm_places_locate(pd, 99, &ev, p), PM_EINVALID);
}

/* The wire dateline ("EL FASHER, Sudan, May 12 (Reuters) -") is evidence
 * of the document's country and of its main place. */
static void S_dateline_units(const pm_gazetteer *g, S_doc *d, pm_arena *a)
{
	pm_place p;
	const char *cs[4];
	/* the region after the place names the country */
	S_reset(d);
	d->doc.dateline_place = "EL FASHER";
	d->doc.dateline_region = "Sudan";
	S_add(d, "Fighters shelled the camp overnight.", 0, 0);
	pm_place_doc *pd = S_scan(g, d, a, NULL, 0);
	CHECK(pm_places_countries(pd, cs, 4) >= 1 && strcmp(cs[0], "SDN") == 0);
	/* the place alone names it too */
	S_reset(d);
	d->doc.dateline_place = "KYIV";
	S_add(d, "Drones hit the city overnight.", 0, 0);
	pd = S_scan(g, d, a, NULL, 0);
	CHECK(pm_places_countries(pd, cs, 4) >= 1 && strcmp(cs[0], "UKR") == 0);
	/* a bare "Tripoli" is the one in the dateline's country */
	S_reset(d);
	S_add(d, "Gunmen clashed in Tripoli overnight.", 0, 0);
	pd = S_scan(g, d, a, NULL, 0);
	pm_coded_event ev = t_event(&d->ts[0], "clashed");
	pm_places_locate(pd, 0, &ev, &p);
	CHECK_STR(p.country, "LBY");
	S_reset(d);
	d->doc.dateline_place = "BEIRUT";
	d->doc.dateline_region = "Lebanon";
	S_add(d, "Gunmen clashed in Tripoli overnight.", 0, 0);
	pd = S_scan(g, d, a, NULL, 0);
	ev = t_event(&d->ts[0], "clashed");
	pm_places_locate(pd, 0, &ev, &p);
	CHECK_STR(p.country, "LBN");
	/* the main place: named as often as another, the dateline's wins */
	for (int dated = 0; dated < 2; dated++) {
		S_reset(d);
		d->doc.dateline_place = dated ? "HOMS" : NULL;
		S_add(d, "Shelling hit Aleppo on Monday.", 0, 0);
		S_add(d, "Fighting was reported in Homs.", 1, 0);
		S_add(d, "The army said it would respond.", 2, 0);
		pd = S_scan(g, d, a, NULL, 0);
		ev = t_event(&d->ts[2], "said");
		pm_places_locate(pd, 2, &ev, &p);
		CHECK_STR(p.name, dated ? "Homs" : "Aleppo");
		CHECK_STR(p.fallback, "document");
	}
}

/* ---- The set ------------------------------------------------------------------------------- */

static double S_km(double la1, double lo1, double la2, double lo2)
{
	const double r = M_PI / 180;
	double dl = (la2 - la1) * r, dn = (lo2 - lo1) * r;
	double h = sin(dl / 2) * sin(dl / 2) + cos(la1 * r) * cos(la2 * r) * sin(dn / 2) * sin(dn / 2);
	return 2 * 6371 * asin(sqrt(h));
}

/* Builds the document of one record; returns the target sentence index. */
static int S_build(S_doc *d, json_t *r)
{
	S_reset(d);
	size_t i;
	json_t *v;
	const char *title = json_string_value(json_object_get(r, "title"));
	if (title)
		S_add(d, title, 0, 1);
	json_array_foreach(json_object_get(r, "other"), i, v) S_add(d, json_string_value(v), 1, 0);
	json_array_foreach(json_object_get(r, "before"), i, v) S_add(d, json_string_value(v), 2, 0);
	int si = S_add(d, json_string_value(json_object_get(r, "text")), 2, 0);
	json_array_foreach(json_object_get(r, "after"), i, v) S_add(d, json_string_value(v), 2, 0);
	return si;
}

static int S_right(json_t *r, const pm_place *p)
{
	json_t *x = json_object_get(r, "expect");
	if (!json_is_object(x))
		return !p->found;
	if (!p->found)
		return 0;
	double km = S_km(json_real_value(json_object_get(x, "lat")),
			 json_real_value(json_object_get(x, "lon")), p->lat, p->lon);
	const char *fb = json_string_value(json_object_get(r, "fallback"));
	if (fb && (!p->fallback || strcmp(fb, p->fallback) != 0))
		return 0;
	return km <= 30;
}

static int S_one(const pm_gazetteer *g, S_doc *d, pm_arena *a, json_t *r, pm_place *p)
{
	int si = S_build(d, r);
	const char *cc[8];
	int n = 0;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(r, "countries"), i, v) if (n < 8) cc[n++] =
		json_string_value(v);
	pm_place_doc *pd = NULL;
	if (si < 0 || pm_places_scan(g, &d->doc, cc, n, a, &pd) != 0)
		return 0;
	pm_coded_event ev = t_event(&d->ts[si], json_string_value(json_object_get(r, "verb")));
	ev.sentence = si;
	ev.source = json_string_value(json_object_get(r, "src"));
	return pm_places_locate(pd, si, &ev, p) == 0;
}

/* Scores the set at path; returns the accuracy in percent. */
static double S_set(const pm_gazetteer *g, S_doc *d, pm_arena *a, const char *path, int timed)
{
	json_t *rows = json_array();
	FILE *f = fopen(path, "r");
	CHECK(f != NULL);
	char line[8192];
	while (f && fgets(line, sizeof(line), f)) {
		json_error_t err;
		json_t *r = json_loads(line, 0, &err);
		CHECK(r != NULL);
		if (r)
			json_array_append_new(rows, r);
	}
	if (f)
		fclose(f);
	int right = 0, n = (int)json_array_size(rows);
	CHECK(n >= 30);
	for (int k = 0; k < n; k++) {
		json_t *r = json_array_get(rows, (size_t)k);
		pm_place p;
		pm_arena_reset(a);
		int ok = S_one(g, d, a, r, &p) && S_right(r, &p);
		right += ok;
		if (!ok) {
			char js[512];
			pm_place_json(&p, js, sizeof(js));
			fprintf(stderr, "places: %s wrong: %s\n  got %s\n",
				json_string_value(json_object_get(r, "id")),
				json_string_value(json_object_get(r, "text")), js);
		}
	}
	double acc = n ? 100.0 * right / n : 0;
	printf("places: %s: %d/%d right within 30 km (%.1f%%)\n", path, right, n, acc);
	if (!timed) {
		json_decref(rows);
		return acc;
	}
	/* cost: scan and locate the whole set again, per sentence in it */
	struct timespec t0, t1;
	int sents = 0, rounds = 20;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int rr = 0; rr < rounds; rr++)
		for (int k = 0; k < n; k++) {
			pm_place p;
			pm_arena_reset(a);
			S_one(g, d, a, json_array_get(rows, (size_t)k), &p);
			sents += d->doc.n_sents;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double us = ((t1.tv_sec - t0.tv_sec) * 1e6 + (t1.tv_nsec - t0.tv_nsec) / 1e3) / sents;
	printf("places: %.2f us per sentence (tokenising included, %d sentences)\n", us, sents);
	json_decref(rows);
	return acc;
}

int main(void)
{
	S_json();
	CHECK(pm_places_stop_list_ok());
	const char *path = S_data();
	if (!path) {
		printf("skip: data/gazetteer.bin is absent (make data builds it)\n");
		TEST_END();
	}
	pm_gazetteer *g = NULL;
	CHECK_INT(pm_gazetteer_open(&g, path), 0);
	if (!g)
		TEST_END();
	S_doc *d = calloc(1, sizeof(*d));
	d->ts = calloc(S_MAX_SENTS, sizeof(t_sent));
	pm_arena a;
	pm_arena_init(&a, 0);
	S_units(g, d, &a);
	S_dateline_units(g, d, &a);
	/* the tuning set, then sentences written after the code (docs/places.md) */
	CHECK(S_set(g, d, &a, "tests/data/places/sentences.jsonl", 1) >= 90.0);
	CHECK(S_set(g, d, &a, "tests/data/places/heldout.jsonl", 0) >= 80.0);
	pm_arena_free(&a);
	free(d->ts);
	free(d);
	pm_gazetteer_free(g);
	TEST_END();
}
