/* test_place_sets.c - the geocoder scored on the place evaluation sets.
 *
 * For each set (tests/data/places/dev.jsonl, dev2.jsonl ... dev9.jsonl and
 * country_forms.jsonl to tune on,
 * frozen.jsonl held back: measured, never read line by line) and each kind
 * tag of its
 * records (village, hierarchy, variant_spelling, namesake_abroad, ...) it
 * prints: within 30 km of the expected point, within 161 km (100 miles),
 * the right country, and the share of answers at precision "country".
 * Two more figures follow the targets of docs/places.md: within 30 km
 * among the places GeoNames has (in_cities500), and the right country
 * among the records whose text names the expected country.
 *
 * `test_place_sets --misses` lists the development sets' misses (beyond
 * 30 km, or in the wrong country); the
 * frozen set's are never printed. `--dev` scores the development sets only,
 * as tuning must. Floors keep the figures from falling
 * back. Skips (saying so) without data/gazetteer.bin. */
#include "places_testlib.h"
#include "../test.h"

#define S_MAX_KINDS 16

typedef struct S_tally {
	char kind[32];              /* "earlier_sentence_context" fits */
	int n, km30, km161, country, prec_country;
} S_tally;

typedef struct S_report {
	S_tally all, kinds[S_MAX_KINDS];
	int n_kinds;
	int geo_n, geo_km30;        /* places in GeoNames */
	int named_n, named_right;   /* the text names the country */
} S_report;

static void S_count(S_tally *t, double km, int country, const pm_place *p)
{
	t->n++;
	t->km30 += km >= 0 && km <= 30;
	t->km161 += km >= 0 && km <= 161;
	t->country += country;
	t->prec_country += p->found && p->precision && !strcmp(p->precision, "country");
}

static S_tally *S_kind(S_report *rp, const char *kind)
{
	for (int i = 0; i < rp->n_kinds; i++)
		if (!strcmp(rp->kinds[i].kind, kind))
			return &rp->kinds[i];
	if (rp->n_kinds == S_MAX_KINDS)
		return NULL;
	S_tally *t = &rp->kinds[rp->n_kinds++];
	memset(t, 0, sizeof(*t));
	snprintf(t->kind, sizeof(t->kind), "%s", kind);
	return t;
}

/* 1 when a sentence of the record (before or its own) names the country
 * code by one of the gazetteer's names for it ("Burkina Faso", "Mali"). */
static int S_names_country(const pm_gazetteer *g, json_t *r, const char *code, t_sent *ts)
{
	const char *lines[P_MAX_SENTS];
	int n = 0;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(r, "before"), i, v) if (n < P_MAX_SENTS - 1) lines[n++] =
		json_string_value(v);
	lines[n++] = json_string_value(json_object_get(r, "text"));
	for (int k = 0; k < n; k++) {
		t_tokenize(ts, lines[k] ? lines[k] : "");
		for (int a = 0; a < ts->s.n_tokens; a++) {
			char name[256] = "";
			size_t len = 0;
			for (int b = a; b < ts->s.n_tokens && b < a + 5; b++) {
				len += (size_t)snprintf(name + len, sizeof(name) - len, "%s%s", b > a ? " " : "",
							ts->s.tokens[b].text);
				if (len >= sizeof(name))
					break;
				pm_gaz_entry e[4];
				int m = pm_gazetteer_lookup(g, name, e, 4);
				for (int j = 0; j < m; j++)
					if (e[j].kind == PM_GAZ_COUNTRY && !strcmp(e[j].country, code))
						return 1;
			}
		}
	}
	return 0;
}

static void S_miss(json_t *r, const pm_place *p, double km, int named_wrong)
{
	json_t *x = json_object_get(r, "expect");
	char js[512];
	pm_place_json(p, js, sizeof(js));
	printf("miss %s [%s %s] %.0f km%s: %s\n  got %s\n", json_string_value(json_object_get(r, "id")),
	       json_string_value(json_object_get(x, "name")),
	       json_string_value(json_object_get(x, "country")), km,
	       named_wrong ? ", country named, wrong" : "", json_string_value(json_object_get(r, "text")), js);
}

static void S_row(const pm_gazetteer *g, p_doc *d, pm_arena *a, json_t *r, S_report *rp,
		  int misses, t_sent *ts)
{
	pm_place p;
	pm_arena_reset(a);
	p_locate(g, d, a, r, &p);
	double km = p_distance(r, &p);
	const char *want = json_string_value(json_object_get(json_object_get(r, "expect"), "country"));
	int country = want && p.found && !strcmp(p.country, want);
	S_count(&rp->all, km, country, &p);
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(r, "kind"), i, v) {
		S_tally *t = S_kind(rp, json_string_value(v));
		if (t)
			S_count(t, km, country, &p);
	}
	if (json_is_true(json_object_get(r, "in_cities500"))) {
		rp->geo_n++;
		rp->geo_km30 += km >= 0 && km <= 30;
	}
	int named = want && S_names_country(g, r, want, ts);
	if (named) {
		rp->named_n++;
		rp->named_right += country;
	}
	/* a wrong country within 30 km is a miss too: twin border towns
	 * (Rafah, Nogales) lie a few km apart */
	if (misses && (!(km >= 0 && km <= 30) || (want && !country)))
		S_miss(r, &p, km, named && !country);
}

static double S_pc(int k, int n)
{
	return n ? 100.0 * k / n : 0;
}

static void S_print_tally(const S_tally *t)
{
	printf("  %-18s %4d  %5.1f%%  %5.1f%%  %5.1f%%  %5.1f%%\n", t->kind, t->n,
	       S_pc(t->km30, t->n), S_pc(t->km161, t->n), S_pc(t->country, t->n),
	       S_pc(t->prec_country, t->n));
}

static void S_print(const char *path, const S_report *rp)
{
	printf("places: %s\n  %-18s %4s  %6s  %6s  %6s  %6s\n", path, "kind", "n", "30km", "161km",
	       "ctry", "p=ctry");
	S_print_tally(&rp->all);
	for (int i = 0; i < rp->n_kinds; i++)
		S_print_tally(&rp->kinds[i]);
	printf("  in GeoNames: %d/%d within 30 km (%.1f%%); country named: %d/%d right country "
	       "(%.1f%%)\n",
	       rp->geo_km30, rp->geo_n, S_pc(rp->geo_km30, rp->geo_n), rp->named_right, rp->named_n,
	       S_pc(rp->named_right, rp->named_n));
}

/* Scores one set into rp; misses are listed when asked. */
static int S_set(const pm_gazetteer *g, p_doc *d, pm_arena *a, const char *path, int misses,
		 S_report *rp)
{
	memset(rp, 0, sizeof(*rp));
	snprintf(rp->all.kind, sizeof(rp->all.kind), "all");
	json_t *rows = p_read_rows(path);
	if (!rows)
		return -1;
	t_sent *ts = calloc(1, sizeof(*ts));
	for (size_t k = 0; k < json_array_size(rows); k++)
		S_row(g, d, a, json_array_get(rows, k), rp, misses, ts);
	free(ts);
	S_print(path, rp);
	json_decref(rows);
	return 0;
}

int main(int argc, char **argv)
{
	int misses = 0, dev_only = 0;
	const char *file = NULL;
	for (int i = 1; i < argc; i++) {
		misses |= !strcmp(argv[i], "--misses");
		dev_only |= !strcmp(argv[i], "--dev");
		if (!strcmp(argv[i], "--file") && i + 1 < argc)
			file = argv[++i];
	}
	const char *path = p_gazetteer_path();
	if (!path) {
		printf("skip: data/gazetteer.bin is absent (make data builds it)\n");
		TEST_END();
	}
	pm_gazetteer *g = NULL;
	CHECK_INT(pm_gazetteer_open(&g, path), 0);
	if (!g)
		TEST_END();
	p_doc *d = p_doc_new();
	pm_arena a;
	pm_arena_init(&a, 0);
	if (file) {
		/* one file of records, misses listed: a probe, no floors */
		S_report one;
		CHECK_INT(S_set(g, d, &a, file, 1, &one), 0);
		pm_arena_free(&a);
		p_doc_free(d);
		pm_gazetteer_free(g);
		TEST_END();
	}
	S_report dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, forms, frozen;
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev.jsonl", misses, &dev), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev2.jsonl", misses, &dev2), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev3.jsonl", misses, &dev3), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev4.jsonl", misses, &dev4), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev5.jsonl", misses, &dev5), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev6.jsonl", misses, &dev6), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev7.jsonl", misses, &dev7), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev8.jsonl", misses, &dev8), 0);
	CHECK_INT(S_set(g, d, &a, "tests/data/places/dev9.jsonl", misses, &dev9), 0);
	/* the ways wire text names a country (docs/places.md, "The ways a
	 * text names a country"): sentences of our own, each form written
	 * for many namesakes */
	CHECK_INT(S_set(g, d, &a, "tests/data/places/country_forms.jsonl", misses, &forms), 0);
	CHECK(forms.all.n == 1251);
	CHECK(S_pc(forms.all.country, forms.all.n) >= 98.5);
	/* the four left: a seat abroad that a government speaks of (Shiree,
	 * Mongolia, for "Ethiopia's army said gunmen attacked Shire"), kept
	 * as "Known wrong" says */
	CHECK(forms.named_right >= forms.named_n - 4);
	CHECK(dev.all.n == 539 && dev2.all.n == 49 && dev3.all.n == 118 && dev4.all.n == 326 &&
	      dev5.all.n == 252 && dev6.all.n == 260 && dev7.all.n == 306 && dev8.all.n == 360 &&
	      dev9.all.n == 1024);
	/* floors: where the rules of docs/places.md stand, less a record or two */
	CHECK(S_pc(dev.all.km30, dev.all.n) >= 93.0);
	CHECK(S_pc(dev2.all.km30, dev2.all.n) >= 90.0);
	CHECK(S_pc(dev3.all.km30, dev3.all.n) >= 92.0);
	CHECK(S_pc(dev4.all.km30, dev4.all.n) >= 93.5);
	CHECK(dev4.geo_km30 >= dev4.geo_n - 2);
	CHECK(S_pc(dev5.all.km30, dev5.all.n) >= 94.0);
	CHECK(dev5.geo_km30 >= dev5.geo_n - 2);
	CHECK(S_pc(dev6.all.km30, dev6.all.n) >= 60.0);   /* many of its places are not in cities500 */
	CHECK(dev6.geo_km30 >= dev6.geo_n - 8);
	CHECK(S_pc(dev6.all.country, dev6.all.n) >= 90.0);
	CHECK(dev6.named_right >= dev6.named_n - 2);
	CHECK(S_pc(dev7.all.km30, dev7.all.n) >= 84.0);   /* region and country points: the
							   * writer's centroids, not seats */
	CHECK(dev7.geo_km30 >= dev7.geo_n - 4);
	CHECK(S_pc(dev7.all.country, dev7.all.n) >= 98.0);
	CHECK(dev7.named_right >= dev7.named_n - 2);
	/* dev8 as the rules stood when it came (main 9338667: 88.1%, 279/296
	 * in GeoNames, 96.9% right country, 164/165 named), less a record
	 * or two */
	CHECK(S_pc(dev8.all.km30, dev8.all.n) >= 87.0);
	CHECK(dev8.geo_km30 >= dev8.geo_n - 19);
	CHECK(S_pc(dev8.all.country, dev8.all.n) >= 96.0);
	CHECK(dev8.named_right >= dev8.named_n - 2);
	/* dev9 as the rules stood when it came (main e278105: 94.1%, 937/966
	 * in GeoNames, 98.3% right country, 738/741 named), less a record
	 * or a few */
	CHECK(S_pc(dev9.all.km30, dev9.all.n) >= 93.5);
	CHECK(dev9.geo_km30 >= dev9.geo_n - 32);
	CHECK(S_pc(dev9.all.country, dev9.all.n) >= 97.8);
	CHECK(dev9.named_right >= dev9.named_n - 4);
	/* the right country whenever the text names it (the target) */
	CHECK(dev3.named_right == dev3.named_n && dev4.named_right == dev4.named_n &&
	      dev5.named_right == dev5.named_n && dev.named_right >= dev.named_n - 1);
	const S_tally *actors = S_kind(&dev2, "actor_name");
	CHECK(actors && actors->n == 26 && actors->km30 == actors->n);
	if (!dev_only) {
		CHECK_INT(S_set(g, d, &a, "tests/data/places/frozen.jsonl", 0, &frozen), 0);
		CHECK(frozen.all.n == 540);
		CHECK(S_pc(frozen.geo_km30, frozen.geo_n) >= 90.0);   /* the target of docs/places.md */
	}
	pm_arena_free(&a);
	p_doc_free(d);
	pm_gazetteer_free(g);
	TEST_END();
}
