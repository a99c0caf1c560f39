/* test_enrich_set.c - dates, attribution, counts and modality on our own
 * set of news-style sentences (tests/data/enrich/sentences.jsonl).
 *
 * Each line gives a document date, a sentence, the event verb (word, or
 * "word#2" for its second occurrence), optionally the source phrase, and the
 * expected date + precision, attribution list, counts and modality. We
 * report accuracy per field, require dates >= 95% and the other fields >=
 * 90%, and time the four enrichers together (ns per sentence). */
#include <jansson.h>
#include <time.h>

#include "../test.h"
#include "enrich_testlib.h"
#include "enrich/attribution.h"
#include "enrich/counts.h"
#include "enrich/dates.h"
#include "enrich/modality.h"

#define SET_PATH "tests/data/enrich/sentences.jsonl"
#define MAX_ITEMS 400

typedef struct item {
	t_sent t;
	pm_coded_event ev;
	int doc;
	json_t *rec;
} item;

static int verb_index(const t_sent *t, const char *spec)
{
	char w[64];
	int nth = 1;
	snprintf(w, sizeof(w), "%s", spec);
	char *hash = strchr(w, '#');
	if (hash) {
		*hash = '\0';
		nth = atoi(hash + 1);
	}
	return t_find(t, w, nth);
}

/* Token span of phrase in t (its first occurrence), or -1. */
static int phrase_span(const t_sent *t, const char *phrase, int *last)
{
	static t_sent p;
	t_tokenize(&p, phrase);
	for (int i = 0; i + p.s.n_tokens <= t->s.n_tokens; i++) {
		int k = 0;
		while (k < p.s.n_tokens && strcmp(t->toks[i + k].text, p.toks[k].text) == 0)
			k++;
		if (k == p.s.n_tokens && k > 0) {
			*last = i + k - 1;
			return i;
		}
	}
	return -1;
}

static int check_date(const item *it, const pm_date_result *d, int verbose)
{
	const char *want = json_string_value(json_object_get(it->rec, "date"));
	const char *prec = json_string_value(json_object_get(it->rec, "prec"));
	int ok = strcmp(d->date, want) == 0 && strcmp(d->precision_name, prec) == 0;
	if (!ok && verbose)
		printf("  date %s: got %s/%s (\"%s\"), want %s/%s\n",
		       json_string_value(json_object_get(it->rec, "id")), d->date,
		       d->precision_name, d->text, want, prec);
	return ok;
}

static int check_attr(const item *it, const pm_attribution *a, int verbose)
{
	json_t *want = json_object_get(it->rec, "attr");
	int ok = (int)json_array_size(want) == a->n;
	for (size_t k = 0; ok && k < json_array_size(want); k++) {
		int found = 0;
		for (int j = 0; j < a->n; j++)
			found |= strcmp(a->src[j].text, json_string_value(json_array_get(want, k))) == 0;
		ok = found;
	}
	if (!ok && verbose) {
		printf("  attr %s: got [", json_string_value(json_object_get(it->rec, "id")));
		for (int j = 0; j < a->n; j++)
			printf("%s\"%s\"", j ? ", " : "", a->src[j].text);
		char *w = json_dumps(want, JSON_COMPACT);
		printf("], want %s\n", w);
		free(w);
	}
	return ok;
}

static int check_counts(const item *it, const pm_counts *c, int verbose)
{
	json_t *want = json_object_get(it->rec, "counts");
	int ok = 1;
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		json_t *w = json_object_get(want, pm_count_kind_name(k));
		const pm_count *g = &c->kind[k];
		if (!w) {
			ok &= !g->found;
			continue;
		}
		json_t *v = json_array_get(w, 0);
		const char *q = json_string_value(json_array_get(w, 1));
		int vok = json_is_null(v) ? g->vague : !g->vague && g->value == json_integer_value(v);
		if (json_array_size(w) > 2)
			vok &= g->value_max == json_integer_value(json_array_get(w, 2));
		ok &= g->found && vok && strcmp(g->qualifier_name, q) == 0;
	}
	if (!ok && verbose) {
		printf("  counts %s: got {", json_string_value(json_object_get(it->rec, "id")));
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			if (c->kind[k].found)
				printf(" %s: %ld-%ld %s%s \"%s\"", pm_count_kind_name(k), c->kind[k].value,
				       c->kind[k].value_max, c->kind[k].qualifier_name,
				       c->kind[k].vague ? " vague" : "", c->kind[k].text);
		char *w = json_dumps(want, JSON_COMPACT);
		printf(" }, want %s\n", w);
		free(w);
	}
	return ok;
}

static int check_mod(const item *it, const pm_modality *m, int verbose)
{
	const char *want = json_string_value(json_object_get(it->rec, "mod"));
	int ok = strcmp(m->name, want) == 0;
	if (!ok && verbose)
		printf("  modality %s: got %s (cue \"%s\"), want %s\n",
		       json_string_value(json_object_get(it->rec, "id")), m->name, m->cue_text, want);
	return ok;
}

/* ENRICH_DUMP=1: every result on one line, so a change that must not
 * alter behaviour (a speed-up) can be diffed against a saved run. */
static void dump(const item *it, const pm_date_result *d, const pm_attribution *a,
		 const pm_counts *c, const pm_modality *m)
{
	printf("dump %s | %s %s \"%s\" |", json_string_value(json_object_get(it->rec, "id")),
	       d->date, d->precision_name, d->text);
	for (int j = 0; j < a->n; j++)
		printf(" \"%s\"", a->src[j].text);
	printf(" |");
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		if (c->kind[k].found)
			printf(" %s=%ld-%ld/%s/%d/\"%s\"", pm_count_kind_name(k), c->kind[k].value,
			       c->kind[k].value_max, c->kind[k].qualifier_name, c->kind[k].vague,
			       c->kind[k].text);
	printf(" | %s \"%s\"\n", m->name, m->cue_text);
}

static int load(item *items, int cap)
{
	FILE *f = fopen(SET_PATH, "r");
	char line[8192];
	int n = 0;
	if (!f) {
		printf("cannot open %s\n", SET_PATH);
		return -1;
	}
	while (n < cap && fgets(line, sizeof(line), f)) {
		json_error_t err;
		json_t *rec = json_loads(line, 0, &err);
		if (!rec) {
			printf("%s: bad JSON: %s\n", SET_PATH, err.text);
			continue;
		}
		item *it = &items[n];
		t_tokenize(&it->t, json_string_value(json_object_get(rec, "text")));
		memset(&it->ev, 0, sizeof(it->ev));
		it->ev.src_first = it->ev.src_last = it->ev.tgt_first = it->ev.tgt_last = -1;
		it->ev.verb_token =
			(int16_t)verb_index(&it->t, json_string_value(json_object_get(rec, "verb")));
		const char *src = json_string_value(json_object_get(rec, "src"));
		int last;
		if (src && (it->ev.src_first = (int16_t)phrase_span(&it->t, src, &last)) >= 0)
			it->ev.src_last = (int16_t)last;
		it->doc = pm_date_parse_iso(json_string_value(json_object_get(rec, "doc")));
		it->rec = rec;
		CHECK(it->ev.verb_token >= 0);
		n++;
	}
	fclose(f);
	return n;
}

int main(void)
{
	static item items[MAX_ITEMS];
	int n = load(items, MAX_ITEMS);
	CHECK(n >= 100);
	if (n <= 0)
		TEST_END();
	int ok_date = 0, ok_attr = 0, ok_counts = 0, ok_mod = 0, ok_all = 0;
	int verbose = getenv("ENRICH_QUIET") == NULL;
	for (int i = 0; i < n; i++) {
		item *it = &items[i];
		pm_date_result d;
		pm_attribution a;
		pm_counts c;
		pm_modality m;
		CHECK_INT(pm_dates_resolve(&it->t.s, &it->ev, it->doc, &d), 0);
		CHECK_INT(pm_attribution_extract(&it->t.s, &it->ev, &a), 0);
		CHECK_INT(pm_counts_extract(&it->t.s, &it->ev, &c), 0);
		CHECK_INT(pm_modality_detect(&it->t.s, &it->ev, &m), 0);
		if (getenv("ENRICH_DUMP"))
			dump(it, &d, &a, &c, &m);
		int d1 = check_date(it, &d, verbose), a1 = check_attr(it, &a, verbose);
		int c1 = check_counts(it, &c, verbose), m1 = check_mod(it, &m, verbose);
		ok_date += d1;
		ok_attr += a1;
		ok_counts += c1;
		ok_mod += m1;
		ok_all += d1 && a1 && c1 && m1;
	}
	printf("sentences %d: dates %d (%.1f%%), attribution %d (%.1f%%), counts %d (%.1f%%), "
	       "modality %d (%.1f%%), all four %d (%.1f%%)\n",
	       n, ok_date, 100.0 * ok_date / n, ok_attr, 100.0 * ok_attr / n, ok_counts,
	       100.0 * ok_counts / n, ok_mod, 100.0 * ok_mod / n, ok_all, 100.0 * ok_all / n);
	CHECK(ok_date * 100 >= 95 * n);
	CHECK(ok_attr * 100 >= 90 * n);
	CHECK(ok_counts * 100 >= 90 * n);
	CHECK(ok_mod * 100 >= 90 * n);

	/* Cost: the four enrichers per sentence, over the whole set. */
	int rounds = getenv("ENRICH_ROUNDS") ? atoi(getenv("ENRICH_ROUNDS")) : 200;
	struct timespec t0, t1;
	long sink = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int r = 0; r < rounds; r++)
		for (int i = 0; i < n; i++) {
			pm_date_result d;
			pm_attribution a;
			pm_counts c;
			pm_modality m;
			pm_dates_resolve(&items[i].t.s, &items[i].ev, items[i].doc, &d);
			pm_attribution_extract(&items[i].t.s, &items[i].ev, &a);
			pm_counts_extract(&items[i].t.s, &items[i].ev, &c);
			pm_modality_detect(&items[i].t.s, &items[i].ev, &m);
			sink += d.start + a.n + c.n_found + m.kind;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double ns = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) /
		    ((double)rounds * n);
	printf("cost: %.0f ns per sentence (dates+attribution+counts+modality, %d rounds, %ld)\n",
	       ns, rounds, sink % 7);
	for (int i = 0; i < n; i++)
		json_decref(items[i].rec);
	TEST_END();
}
