/* enrich.c - runs the enrichers on one event and fills its public fields. */
#include <stdlib.h>
#include <string.h>

#include "enrich/attribution.h"
#include "enrich/control.h"
#include "enrich/counts.h"
#include "enrich/dates.h"
#include "enrich/enrich.h"
#include "enrich/modality.h"

/* The score lead over any namesake abroad from which a place is sure
 * enough to give actors its country (a lead of 1 is a near tie). */
#define S_SURE_LEAD 3.0f

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

static void S_attribution(const pm_sentence *s, const pm_coded_event *ce, pm_arena *a,
			  pm_event *ev)
{
	pm_attribution at;
	if (pm_attribution_extract(s, ce, &at) < 0 || at.n == 0)
		return;
	const char **texts = pm_arena_alloc(a, (size_t)at.n * sizeof(*texts));
	for (int i = 0; i < at.n; i++)
		texts[i] = pm_arena_strdup(a, at.src[i].text);
	ev->attribution = texts;
	ev->n_attribution = at.n;
}

/* The counts, with the token where each was stated, so that the pipeline
 * can give a toll to one event of its sentence only. */
static void S_counts(const pm_sentence *s, const pm_coded_event *ce, pm_event *ev,
		     pm_enrich_extra *x)
{
	pm_counts cs;
	if (pm_counts_extract(s, ce, &cs) < 0 || cs.n_found == 0)
		return;
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const pm_count *c = &cs.kind[k];
		if (!c->found)
			continue;
		ev->counts[k].value = c->value;
		ev->counts[k].value_max = c->value_max;
		ev->counts[k].qualifier = c->qualifier_name;
		ev->counts[k].approximate = c->vague;
		x->count_first[k] = c->first;
	}
}

/* Readers take a well-known town's country for its unnamed actors
 * ("protesters in Belgrade", "a missile struck Kramatorsk"), but a place
 * that is a guess must never give an actor a country (the Burkinabe army
 * coded Argentina's through a namesake): the town is a capital, or its
 * entry beats any namesake in another country by a clear lead, and it was
 * not reached by a spelling guess, a fallback to a wider area or a near
 * tie (tests/pipeline/test_place_actors checks the place sets). */
static int S_place_sure(const pm_place *p)
{
	if (p->ambiguous || p->fallback || p->guessed || !p->precision ||
	    !strcmp(p->precision, "country"))
		return 0;
	/* a province or state named as such ("in Plateau state") is rarely
	 * a guess; a town's namesakes abroad are many */
	return p->capital || !strcmp(p->precision, "admin1") || p->margin_abroad >= S_SURE_LEAD;
}

void pm_enrich_place(const pm_place *p, pm_arena *a, pm_event *ev, pm_enrich_extra *x)
{
	/* agents take the country the text states ("clashed in X, Chad" is
	 * Chad's, whatever X resolves to), else a sure place's */
	if (p->stated[0])
		memcpy(x->country, p->stated, 4);
	else if (S_place_sure(p))
		memcpy(x->country, p->country, 4);
	else
		x->country[0] = '\0';
	x->place_in_source = 0;
	pm_location *l = &ev->location;
	memset(l, 0, sizeof(*l));
	l->found = 1;
	l->name = pm_arena_strdup(a, p->name);
	l->geonameid = p->geonameid;
	l->country = pm_arena_strdup(a, p->country);
	l->admin1 = p->admin1[0] ? pm_arena_strdup(a, p->admin1) : NULL;
	l->lat = p->lat;
	l->lon = p->lon;
	l->precision = p->precision;
	l->text = p->text[0] ? pm_arena_strdup(a, p->text) : NULL;
	l->fallback = p->fallback;
	l->ambiguous = p->ambiguous;
}

static void S_location(const pm_place_doc *places, const pm_sentence *s,
		       const pm_coded_event *ce, pm_arena *a, pm_event *ev, pm_enrich_extra *x)
{
	pm_place p;
	if (pm_places_locate(places, s->index, ce, &p) < 0 || !p.found)
		return;
	pm_enrich_place(&p, a, ev, x);
	x->place_in_source = p.sentence == s->index && p.first >= 0 && ce->src_first >= 0 &&
			     p.first >= ce->src_first && p.last <= ce->src_last;
}

int pm_enrich_event(const pm_doc *doc, const pm_sentence *s, const pm_coded_event *ce,
		    const pm_place_doc *places, pm_arena *a, pm_event *ev, pm_enrich_extra *x)
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
	S_attribution(s, ce, a, ev);
	x->country[0] = '\0';
	x->place_in_source = 0;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		x->count_first[k] = -1;
	S_counts(s, ce, ev, x);
	if (places)
		S_location(places, s, ce, a, ev, x);
	return m.kind == PM_MOD_NEGATED;
}

void pm_enrich_control(const pm_control_stmt *st, pm_event *ev)
{
	ev->control.change = pm_control_change_name(st->change);
	ev->control.actor = st->party;
	ev->control.status = pm_control_status_name(st->status);
	/* the month or year the date reader found is a relative clause's */
	if (st->doc_dated && ev->date_precision && ev->doc && ev->doc->date &&
	    (!strcmp(ev->date_precision, "month") || !strcmp(ev->date_precision, "year"))) {
		ev->date = ev->doc->date;
		ev->date_precision = "document";
		ev->date_text = NULL;
	}
}

void pm_enrich_doc(const pm_doc *doc, pm_arena *a, pm_event_doc *out)
{
	memset(out, 0, sizeof(*out));
	out->id = doc->id ? doc->id : "";
	out->title = doc->title;
	out->outlet = doc->outlet;
	out->url = doc->url;
	out->credits = (const char *const *)doc->credits;
	out->n_credits = doc->n_credits;
	out->extra_json = doc->extra;
	char date[11];
	pm_date_format(doc->date, date);
	out->date = date[0] ? pm_arena_strdup(a, date) : NULL;
}
