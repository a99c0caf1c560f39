/* test_enrich_seed.c - the enrichers on the seed article against its gold
 * file (../shared/seed): event dates, attribution, the strike count, and
 * the modality of the two forbidden codings (a denied cooperation and a
 * hypothetical gain). Skips when the shared material is absent.
 *
 * The gold names events by a piece of their sentence; the verb each event
 * is coded from is ours to name, in the table below. */
#include <jansson.h>

#include "../test.h"
#include "enrich_testlib.h"
#include "enrich/attribution.h"
#include "enrich/counts.h"
#include "enrich/dates.h"
#include "enrich/modality.h"

static const struct {
	const char *id, *verb;
} verbs[] = {
	{"headline", "retake"}, {"recapture-citadel", "recaptured"},
	{"isis-seized-2015", "seized"}, {"advance-thursday", "advanced"},
	{"coalition-strikes-wednesday", "hit"}, {"nato-accuses-russia", "accuse"},
	{"russian-strikes-civilians", "resulted"}, {"russia-intervened", "intervened"},
	{"terrorists-seized", "seized"}, {"hotel-district", "taken"},
	{"coalition-3650-strikes", "conducted"}, {"negated-cooperation", "cooperation"},
	{"hypothetical-gain", "mark"}, {NULL, NULL}};

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf) {
		/* no-break spaces (U+00A0) become plain ones, so the gold's pieces
		 * match and our splitter splits there */
		char *w = buf;
		for (long i = 0; i < n; i++) {
			if ((unsigned char)buf[i] == 0xc2 && i + 1 < n &&
			    (unsigned char)buf[i + 1] == 0xa0) {
				*w++ = ' ';
				i++;
			} else {
				*w++ = buf[i];
			}
		}
		*w = '\0';
	}
	fclose(f);
	return buf;
}

/* Copies the sentence of text holding piece into out; 0 when absent. */
static int sentence_of(const char *text, const char *piece, char *out, size_t cap)
{
	const char *p = strstr(text, piece);
	if (!p)
		return 0;
	const char *a = p, *b = p + strlen(piece);
	while (a > text && a[-1] != '\n' && !(a - 2 >= text && a[-2] == '.' && a[-1] == ' '))
		a--;
	while (*b && *b != '\n' && !(b[0] == '.' && (b[1] == ' ' || b[1] == '\n' || !b[1])))
		b++;
	if (*b == '.')
		b++;
	size_t n = (size_t)(b - a) < cap - 1 ? (size_t)(b - a) : cap - 1;
	memcpy(out, a, n);
	out[n] = '\0';
	return 1;
}

static const char *verb_of(const char *id)
{
	for (int k = 0; verbs[k].id; k++)
		if (strcmp(verbs[k].id, id) == 0)
			return verbs[k].verb;
	return NULL;
}

static int contains_any(const pm_attribution *a, json_t *want)
{
	for (size_t k = 0; k < json_array_size(want); k++)
		for (int j = 0; j < a->n; j++)
			if (strstr(a->src[j].text, json_string_value(json_array_get(want, k))))
				return 1;
	return 0;
}

static void check_event(const char *text, json_t *ev, int doc, int forbidden)
{
	static t_sent t;
	char sent[2048];
	const char *id = json_string_value(json_object_get(ev, "id"));
	const char *verb = verb_of(id);
	if (!verb)
		return;
	CHECK(sentence_of(text, json_string_value(json_object_get(ev, "sentence_contains")), sent,
			  sizeof(sent)));
	t_tokenize(&t, sent);
	pm_coded_event e = t_event(&t, verb);
	CHECK(e.verb_token >= 0);
	if (forbidden) {
		pm_modality m;
		pm_modality_detect(&t.s, &e, &m);
		const char *want = strcmp(id, "negated-cooperation") == 0 ? "negated" : "conditional";
		CHECK_STR(m.name, want);
		return;
	}
	const char *date = json_string_value(json_object_get(ev, "date"));
	if (date) {
		pm_date_result d;
		pm_dates_resolve(&t.s, &e, doc, &d);
		if (strcmp(d.date, date) != 0)
			printf("%s: date %s (\"%s\"), gold %s\n", id, d.date, d.text, date);
		CHECK_STR(d.date, date);
	}
	json_t *attr = json_object_get(ev, "attribution_any");
	if (attr) {
		pm_attribution a;
		pm_attribution_extract(&t.s, &e, &a);
		if (!contains_any(&a, attr))
			printf("%s: no gold source among %d found\n", id, a.n);
		CHECK(contains_any(&a, attr));
	}
	json_t *counts = json_object_get(ev, "counts");
	if (counts) {
		pm_counts c;
		pm_counts_extract(&t.s, &e, &c);
		json_t *strikes = json_object_get(counts, "strikes");
		if (strikes)
			CHECK_INT(c.kind[PM_COUNT_STRIKES].value, json_integer_value(strikes));
	}
}

int main(void)
{
	/* test_shared returns one static buffer: copy before the second call */
	char gp[1024];
	const char *gold_path = test_shared("seed/palmyra-2016-03-25.gold.json");
	if (!gold_path)
		TEST_END();
	snprintf(gp, sizeof(gp), "%s", gold_path);
	const char *text_path = test_shared("seed/palmyra-2016-03-25.txt");
	if (!text_path)
		TEST_END();
	char *text = slurp(text_path);
	json_t *gold = json_load_file(gp, 0, NULL);
	CHECK(text != NULL);
	CHECK(gold != NULL);
	if (!text || !gold) {
		free(text);
		json_decref(gold);
		TEST_END();
	}
	int doc = pm_date_parse_iso(
		json_string_value(json_object_get(json_object_get(gold, "document"), "date")));
	CHECK_INT(doc, 20160325);
	json_t *events = json_object_get(gold, "events"), *forbidden = json_object_get(gold, "forbidden");
	for (size_t i = 0; i < json_array_size(events); i++)
		check_event(text, json_array_get(events, i), doc, 0);
	for (size_t i = 0; i < json_array_size(forbidden); i++)
		check_event(text, json_array_get(forbidden, i), doc, 1);
	json_decref(gold);
	free(text);
	TEST_END();
}
