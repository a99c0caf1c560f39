/* places_testlib.h - documents of the place sets (tests/data/places/) and
 * and the distance that scores them, shared by test_places and the
 * per-kind scorer test_place_sets.
 *
 * A record is one sentence with its document: an optional title (its own
 * headline paragraph), "other" paragraphs, "before" and "after" sentences
 * of the sentence's paragraph, the countries of the document's actor codes
 * and the event's verb (and source code). The sentence's paragraph is read
 * as the article reader reads a body, so that a wire dateline opening it
 * ("OUAGADOUGOU, Burkina Faso (Reuters) -") becomes the document's
 * dateline place and region, as in a coded article, not words of a
 * sentence. The stand-in tagger makes capitalised words NNP. A record may
 * name the words the coder read as the event's actors ("source",
 * "target": one word each), which become the event's actor spans. */
#ifndef PM_PLACES_TESTLIB_H
#define PM_PLACES_TESTLIB_H

#include <jansson.h>
#include <math.h>
#include <unistd.h>

#include "enrich/places.h"
#include "enrich_testlib.h"
#include "text/article.h"

#define P_MAX_SENTS 16

typedef struct p_doc {
	pm_doc doc;
	pm_sentence sents[P_MAX_SENTS];
	t_sent *ts;                 /* P_MAX_SENTS of them */
} p_doc;

static inline void p_tag(pm_sentence *s)
{
	for (int i = 0; i < s->n_tokens; i++) {
		pm_token *t = &s->tokens[i];
		const char *tag = isupper((unsigned char)t->text[0]) ? "NNP"
				  : isalnum((unsigned char)t->text[0]) ? "NN"
									: t->text;
		snprintf(t->tag, sizeof(t->tag), "%s", tag);
	}
}

/* Adds a sentence; returns its index, or -1 when the document is full. */
static inline int p_add(p_doc *d, const char *text, int para, int headline)
{
	if (d->doc.n_sents == P_MAX_SENTS)
		return -1;
	int i = d->doc.n_sents++;
	t_tokenize(&d->ts[i], text);
	d->sents[i] = d->ts[i].s;
	d->sents[i].index = i;
	d->sents[i].paragraph = para;
	d->sents[i].is_headline = (uint8_t)headline;
	p_tag(&d->sents[i]);
	return i;
}

static inline void p_reset(p_doc *d)
{
	memset(&d->doc, 0, sizeof(d->doc));
	d->doc.sents = d->sents;
}

static inline p_doc *p_doc_new(void)
{
	p_doc *d = calloc(1, sizeof(*d));
	d->ts = calloc(P_MAX_SENTS, sizeof(t_sent));
	return d;
}

static inline void p_doc_free(p_doc *d)
{
	if (d)
		free(d->ts);
	free(d);
}

/* data/gazetteer.bin (or $PALMYRA_DATA's), NULL when absent. */
static inline const char *p_gazetteer_path(void)
{
	static char path[1024];
	const char *dir = getenv("PALMYRA_DATA");
	snprintf(path, sizeof(path), "%s/gazetteer.bin", dir ? dir : "data");
	return access(path, R_OK) == 0 ? path : NULL;
}

static inline double p_km(double la1, double lo1, double la2, double lo2)
{
	const double r = M_PI / 180;
	double dl = (la2 - la1) * r, dn = (lo2 - lo1) * r;
	double h = sin(dl / 2) * sin(dl / 2) + cos(la1 * r) * cos(la2 * r) * sin(dn / 2) * sin(dn / 2);
	return 2 * 6371 * asin(sqrt(h));
}

/* The sentence's paragraph (before, text, after) joined as one body; a
 * wire dateline opening it goes to the document. Returns the index of
 * the record's sentence, -1 when it does not fit. */
static inline int p_paragraph(p_doc *d, json_t *r, pm_arena *a)
{
	const char *line[P_MAX_SENTS];
	int n = 0, target = -1;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(r, "before"), i, v) if (n < P_MAX_SENTS - 1) line[n++] =
		json_string_value(v);
	target = n;
	line[n++] = json_string_value(json_object_get(r, "text"));
	json_array_foreach(json_object_get(r, "after"), i, v) if (n < P_MAX_SENTS) line[n++] =
		json_string_value(v);
	size_t len = 0, at[P_MAX_SENTS + 1];
	for (int k = 0; k < n; k++)
		len += strlen(line[k] ? line[k] : "") + 1;
	char *body = pm_arena_alloc(a, len + 1);
	len = 0;
	for (int k = 0; k < n; k++) {
		at[k] = len;
		size_t m = strlen(line[k] ? line[k] : "");
		memcpy(body + len, line[k] ? line[k] : "", m);
		len += m;
		body[len++] = ' ';
	}
	at[n] = len;
	body[len] = '\0';
	pm_article art;
	pm_article_read_body(body, (uint32_t)len, a, &art);
	size_t skip = art.dateline.place && art.n_paras ? art.paras[0].start : 0;
	d->doc.dateline_place = art.dateline.place;
	d->doc.dateline_region = art.dateline.region;
	int si = -1;
	for (int k = 0; k < n; k++) {
		if (at[k + 1] <= skip)
			continue;   /* the dateline alone */
		size_t from = skip > at[k] ? skip : at[k];
		char *s = pm_arena_strndup(a, body + from, at[k + 1] - 1 - from);
		int idx = p_add(d, s, 2, 0);
		if (k == target)
			si = idx;
	}
	return si;
}

/* Builds the document of one record (a's memory); returns the index of
 * the record's sentence, -1 when it cannot be built. */
static inline int p_build(p_doc *d, json_t *r, pm_arena *a)
{
	p_reset(d);
	size_t i;
	json_t *v;
	const char *title = json_string_value(json_object_get(r, "title"));
	if (title)
		p_add(d, title, 0, 1);
	json_array_foreach(json_object_get(r, "other"), i, v) p_add(d, json_string_value(v), 1, 0);
	return p_paragraph(d, r, a);
}

/* The token span of the word named by field key of r (the event's source
 * or target as the coder read it) into *first and *last; -1 when none. */
static inline void p_actor(const t_sent *t, json_t *r, const char *key, int16_t *first,
			   int16_t *last)
{
	const char *w = json_string_value(json_object_get(r, key));
	*first = *last = (int16_t)(w ? t_find(t, w, 1) : -1);
}

/* Locates the record's event into p; 0 when the record cannot be run. */
static inline int p_locate(const pm_gazetteer *g, p_doc *d, pm_arena *a, json_t *r, pm_place *p)
{
	memset(p, 0, sizeof(*p));
	int si = p_build(d, r, a);
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
	p_actor(&d->ts[si], r, "source", &ev.src_first, &ev.src_last);
	p_actor(&d->ts[si], r, "target", &ev.tgt_first, &ev.tgt_last);
	return pm_places_locate(pd, si, &ev, p) == 0;
}

/* Distance in km from the expected place, -1 when none is expected,
 * 1e9 when none was found. */
static inline double p_distance(json_t *r, const pm_place *p)
{
	json_t *x = json_object_get(r, "expect");
	if (!json_is_object(x))
		return -1;
	if (!p->found)
		return 1e9;
	return p_km(json_number_value(json_object_get(x, "lat")),
		    json_number_value(json_object_get(x, "lon")), p->lat, p->lon);
}

/* Reads a JSON-lines file into an array (NULL when unreadable). */
static inline json_t *p_read_rows(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	json_t *rows = json_array();
	char line[16384];
	while (fgets(line, sizeof(line), f)) {
		json_error_t err;
		json_t *r = json_loads(line, 0, &err);
		if (r)
			json_array_append_new(rows, r);
	}
	fclose(f);
	return rows;
}

#endif
