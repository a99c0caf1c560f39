/* enrich.c - runs the enrichers on one event and writes their JSON. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "enrich/attribution.h"
#include "enrich/counts.h"
#include "enrich/dates.h"
#include "enrich/enrich.h"
#include "enrich/modality.h"
#include "util/json_out.h"

/* jansson's text copied into the arena: a document's metadata merged with
 * the input's own fields (everything else is written with util/json_out). */
static const char *S_dump(json_t *j, pm_arena *a)
{
	char *s = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	if (!s)
		return NULL;
	const char *out = pm_arena_strdup(a, s);
	free(s);
	return out;
}

static void S_date(const pm_doc *doc, const pm_sentence *s, const pm_coded_event *ce,
		   int future, pm_arena *a, pm_event *ev)
{
	pm_date_result d;
	if (pm_dates_resolve_future(s, ce, doc->date, future, &d) < 0 || !d.date[0])
		return;
	ev->date = pm_arena_strdup(a, d.date);
	ev->date_precision = d.precision_name;
	ev->date_text = d.text[0] ? pm_arena_strdup(a, d.text) : NULL;
}

/* "key": "value" when there is a value. */
static void S_member(pm_jbuf *b, const char *key, const char *value)
{
	if (value) {
		pm_jbuf_key(b, key);
		pm_jbuf_str(b, value);
	}
}

static void S_string_array(pm_jbuf *b, const char *const *items, int n)
{
	pm_jbuf_lit(b, "[");
	for (int i = 0; i < n; i++) {
		if (i)
			pm_jbuf_lit(b, ",");
		pm_jbuf_str(b, items[i]);
	}
	pm_jbuf_lit(b, "]");
}

/* A finished buffer's text in the arena; NULL when it did not fit. */
static const char *S_keep(pm_jbuf *b, pm_arena *a)
{
	const char *out = b->failed ? NULL : pm_arena_strndup(a, b->p, b->n);
	pm_jbuf_free(b);
	return out;
}

static const char *S_attribution(const pm_sentence *s, const pm_coded_event *ce, pm_arena *a)
{
	pm_attribution at;
	if (pm_attribution_extract(s, ce, &at) < 0 || at.n == 0)
		return NULL;
	char storage[1024];
	pm_jbuf b;
	pm_jbuf_init(&b, storage, sizeof(storage), 1);
	const char *texts[PM_ATTR_MAX];
	for (int i = 0; i < at.n; i++)
		texts[i] = at.src[i].text;
	S_string_array(&b, texts, at.n);
	return S_keep(&b, a);
}

static void S_count_key(pm_jbuf *b, const char *name, const char *suffix)
{
	char key[48];
	snprintf(key, sizeof(key), "%s%s", name, suffix);
	pm_jbuf_key(b, key);
}

/* {"killed":12,"killed_qualifier":"at_least","wounded":20,...}: a flat
 * object, so CSV users and scorers read a number under the kind's name;
 * hedges and ranges ride beside it. */
static const char *S_counts(const pm_sentence *s, const pm_coded_event *ce, pm_arena *a)
{
	pm_counts cs;
	if (pm_counts_extract(s, ce, &cs) < 0 || cs.n_found == 0)
		return NULL;
	char storage[512];
	pm_jbuf b;
	pm_jbuf_init(&b, storage, sizeof(storage), 1);
	pm_jbuf_lit(&b, "{");
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const pm_count *c = &cs.kind[k];
		if (!c->found)
			continue;
		const char *name = pm_counts_kind_name(k);
		S_count_key(&b, name, "");
		pm_jbuf_int(&b, c->value);
		if (c->qualifier != PM_QUAL_EXACT) {
			S_count_key(&b, name, "_qualifier");
			pm_jbuf_str(&b, c->qualifier_name);
		}
		if (c->qualifier == PM_QUAL_RANGE) {
			S_count_key(&b, name, "_max");
			pm_jbuf_int(&b, c->value_max);
		}
		if (c->vague) {
			S_count_key(&b, name, "_approximate");
			pm_jbuf_lit(&b, "true");
		}
	}
	pm_jbuf_lit(&b, "}");
	return S_keep(&b, a);
}

static const char *S_location(const pm_place_doc *places, const pm_sentence *s,
			      const pm_coded_event *ce, pm_arena *a, char country[4])
{
	pm_place p;
	if (pm_places_locate(places, s->index, ce, &p) < 0 || !p.found)
		return NULL;
	if (country)
		memcpy(country, p.country, 4);
	char buf[512];
	int n = pm_place_json(&p, buf, sizeof(buf));
	return n > 0 ? pm_arena_strndup(a, buf, (size_t)n) : NULL;
}

int pm_enrich_event(const pm_doc *doc, const pm_sentence *s, const pm_coded_event *ce,
		    const pm_place_doc *places, pm_arena *a, pm_event *ev, char country[4])
{
	pm_modality m;
	pm_modality_detect(s, ce, &m);
	/* the date reads "future" off the same walk (a coded negation only
	 * ever turns asserted or claimed into negated, never touches future) */
	int future = m.kind == PM_MOD_FUTURE;
	if (m.kind == PM_MOD_NEGATED && ce->negation_coded) {
		m.kind = PM_MOD_ASSERTED;              /* the code already says "not" */
		m.name = pm_modality_name(PM_MOD_ASSERTED);
	}
	ev->modality = m.name;
	S_date(doc, s, ce, future, a, ev);
	ev->attribution_json = S_attribution(s, ce, a);
	ev->counts_json = S_counts(s, ce, a);
	if (country)
		country[0] = '\0';
	if (places)
		ev->location_json = S_location(places, s, ce, a, country);
	return m.kind == PM_MOD_NEGATED;
}

/* Our metadata (JSON text) with the input's own fields added under the
 * names it gave them; ours win. */
static const char *S_doc_json_merged(const char *ours, const char *extra, pm_arena *a)
{
	json_t *o = json_loads(ours, 0, NULL);
	json_t *more = json_loads(extra, 0, NULL);
	if (json_is_object(o) && json_is_object(more))
		json_object_update_missing(o, more);
	json_decref(more);
	return o ? S_dump(o, a) : ours;
}

/* {"title","date","source","url","credits"}; the input's own fields ride
 * along when it has any (jansson merges them). */
const char *pm_enrich_doc_json(const pm_doc *doc, pm_arena *a)
{
	if (!doc->title && !doc->outlet && !doc->url && !doc->n_credits && !doc->extra)
		return NULL;
	char date[11];
	pm_date_format(doc->date, date);
	char storage[1024];
	pm_jbuf b;
	pm_jbuf_init(&b, storage, sizeof(storage), 1);
	pm_jbuf_lit(&b, "{");
	S_member(&b, "title", doc->title);
	pm_jbuf_key(&b, "date");
	pm_jbuf_str(&b, date[0] ? date : NULL);
	S_member(&b, "outlet", doc->outlet);
	S_member(&b, "url", doc->url);
	if (doc->n_credits) {
		pm_jbuf_key(&b, "credits");
		S_string_array(&b, doc->credits, doc->n_credits);
	}
	pm_jbuf_lit(&b, "}");
	const char *ours = S_keep(&b, a);
	return ours && doc->extra ? S_doc_json_merged(ours, doc->extra, a) : ours;
}
