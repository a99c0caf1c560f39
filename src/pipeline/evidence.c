/* evidence.c - which sentences of a document tell, without an event of
 * their own, the happening a coded sentence tells (docs/incidents.md,
 * "Evidence").
 *
 * A report is mostly one coded sentence among details the coder has no
 * verb for: "Rescuers pulled bodies from the rubble", "The ministry put
 * the toll at 40". Those belong to the happening the nearest coded
 * sentence before them tells, unless something in between or in them
 * says another happening is told: a coded sentence (a happening of its
 * own), a sentence opening on "Separately" or "Elsewhere", a date that
 * does not meet the coded sentence's days, or a town far from its place.
 * A coded sentence that recalls an earlier happening ("the boys had been
 * seized on Dec 11") is background, and the sentences after it tell
 * nothing of the document's happening. */
#include <string.h>
#include <strings.h>

#include "enrich/dates.h"
#include "enrich/places.h"
#include "pipeline/pipeline.h"
#include "util/date.h"
#include "util/geo.h"

/* A coded sentence tells the document's happening when its days reach
 * this close to the document's day: the toll or the aftermath of what
 * happened yesterday or the day before. */
enum { S_RECENT_DAYS = 3 };

/* Two towns this far apart are two happenings (the linker's radius). */
#define S_TOWN_KM 30.0

/* How many places of a sentence are weighed. */
enum { S_MAX_MENTIONS = 8 };

typedef struct {
	long d0, d1;
} S_days;

static long S_day(int yyyymmdd)
{
	return pm_date_day_number(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

/* The days an event's date covers; 0 when it names none of its own (the
 * document's stands, or no date at all). */
static int S_event_days(const pm_event *ev, S_days *out)
{
	if (!ev->date_precision || !strcmp(ev->date_precision, "document"))
		return 0;
	return pm_date_iso_range(ev->date, &out->d0, &out->d1);
}

/* Whether a coded sentence's event tells the document's happening, not an
 * earlier one it recalls. */
static int S_current(const pm_doc *doc, const pm_event *ev)
{
	S_days e;
	if (!doc->date || !S_event_days(ev, &e))
		return 1;
	return e.d1 >= S_day(doc->date) - S_RECENT_DAYS;
}

static int S_word(const pm_sentence *s, int i, const char *w)
{
	return i < s->n_tokens && s->tokens[i].text && !strcasecmp(s->tokens[i].text, w);
}

/* "Separately, ...", "Elsewhere, ...", "In a separate attack ...", "In
 * another incident ...", "Hours later, ...": the writer says a new happening begins. */
static int S_separate(const pm_sentence *s)
{
	if (S_word(s, 0, "Separately") || S_word(s, 0, "Elsewhere") || S_word(s, 0, "Meanwhile"))
		return 1;
	/* "Hours later, a drone was shot down ...", "Also on Saturday,
	 * voters went to the polls": beside the happening, not in it */
	if ((S_word(s, 0, "Hours") && S_word(s, 1, "later")) ||
	    (S_word(s, 0, "Also") && S_word(s, 1, "on")))
		return 1;
	return S_word(s, 0, "In") && (S_word(s, 1, "another") ||
				      (S_word(s, 1, "a") && S_word(s, 2, "separate")));
}

/* "The attack came three days after a strike on a migrant centre", "It
 * comes a week after ...": the sentence measures the happening against
 * an earlier one, which it tells. */
static int S_came_after(const pm_sentence *s)
{
	for (int i = 0; i < s->n_tokens; i++) {
		if (!S_word(s, i, "came") && !S_word(s, i, "comes"))
			continue;
		for (int j = i + 1; j < s->n_tokens && j <= i + 6; j++)
			if (S_word(s, j, "after"))
				return 1;
	}
	return 0;
}

/* "The strikes were retaliation for the blast at the weekend", "it was
 * revenge for Monday's bombing": the sentence names the earlier
 * happening the one told answers, and tells that one. */
static int S_answers(const pm_sentence *s)
{
	static const char *const nouns[] = {"response", "retaliation", "revenge", "reprisal", NULL};
	for (int i = 0; i + 2 < s->n_tokens; i++) {
		if (!S_word(s, i, "was") && !S_word(s, i, "were") && !S_word(s, i, "is") &&
		    !S_word(s, i, "are"))
			continue;
		int j = i + 1 + (S_word(s, i + 1, "a") || S_word(s, i + 1, "in"));
		for (int k = 0; nouns[k]; k++)
			if (S_word(s, j, nouns[k]) && (S_word(s, j + 1, "for") || S_word(s, j + 1, "to")))
				return 1;
	}
	return 0;
}

/* The sentence tells what is to come ("will", "would", "is to", "due
 * to"): its date, ahead of the happening or read as last year's for want
 * of a verb to read it by, recalls nothing. */
static int S_to_come(const pm_sentence *s)
{
	for (int i = 0; i < s->n_tokens; i++) {
		if (S_word(s, i, "will") || S_word(s, i, "would") || S_word(s, i, "due"))
			return 1;
		if ((S_word(s, i, "is") || S_word(s, i, "are")) && S_word(s, i + 1, "to"))
			return 1;
	}
	return 0;
}

/* The sentence names a date whose days do not meet the anchor's (a day
 * either side allowed: a night, a time zone): "after the missile barrage
 * of Oct 10", "The group swept through Mosul in June 2014". */
static int S_other_days(const pm_doc *doc, const pm_sentence *s, const pm_event *anchor)
{
	pm_date_result r;
	if (pm_dates_resolve_at(s, -1, -1, -1, doc->date, &r) < 0 || !r.start || !r.end ||
	    (r.precision != PM_DATE_DAY && r.precision != PM_DATE_MONTH &&
	     r.precision != PM_DATE_YEAR))
		return 0;
	if ((doc->date && S_day(r.start) > S_day(doc->date)) || S_to_come(s))
		return 0;   /* what is to come of it: "a ceasefire is to take effect on Feb 15" */
	S_days a;
	if (!S_event_days(anchor, &a)) {
		if (!doc->date)
			return 0;
		a.d0 = a.d1 = S_day(doc->date);
		a.d0 -= S_RECENT_DAYS;   /* an undated report may tell the days before */
	}
	return S_day(r.end) < a.d0 - 1 || S_day(r.start) > a.d1 + 1;
}

/* A place named where something happens: "in", "near", "at", "outside",
 * "around" before it, or "the town (city, village) of". A capital named
 * for its government ("accused Kyiv of", "a provocation by Kyiv") or a
 * place people are taken to ("flown to Qatar") tells no other happening. */
static int S_locative(const pm_sentence *s, int first)
{
	static const char *const at[] = {"in", "near", "at", "outside", "around"};
	static const char *const kind[] = {"town", "city", "village"};
	for (size_t i = 0; first >= 1 && i < sizeof(at) / sizeof(at[0]); i++)
		if (S_word(s, first - 1, at[i]))
			return 1;
	for (size_t i = 0; first >= 2 && i < sizeof(kind) / sizeof(kind[0]); i++)
		if (S_word(s, first - 1, "of") && S_word(s, first - 2, kind[i]))
			return 1;
	return 0;
}

/* The sentence says something happens in a town far from the anchor's
 * town: "Clashes broke out in the town of Tuz Khurmatu to the south". The
 * headline and the lead (sentences 0 and 1) tell the document's happening
 * whatever their dateline names. Another country is no sign: what one
 * happening sets off abroad ("the jets dropped their payload near
 * Balakot", told from New Delhi) is told with it. */
static int S_other_place(const pm_coder *c, const pm_sentence *s, const pm_event *anchor)
{
	const pm_location *l = &anchor->location;
	if (s->index <= 1 || !c->places || !l->found || l->fallback || !l->precision ||
	    strcmp(l->precision, "city"))
		return 0;
	pm_place m[S_MAX_MENTIONS];
	int n = pm_places_mentions(c->places, s->index, m, S_MAX_MENTIONS);
	for (int i = 0; i < n && i < S_MAX_MENTIONS; i++)
		if (m[i].found && m[i].precision && !strcmp(m[i].precision, "city") &&
		    S_locative(s, m[i].first) &&
		    pm_geo_km(m[i].lat, m[i].lon, l->lat, l->lon) > S_TOWN_KM)
			return 1;
	return 0;
}

static int S_foreign(const pm_coder *c, const pm_doc *doc, const pm_sentence *s,
		     const pm_event *anchor)
{
	return S_separate(s) || S_came_after(s) || S_answers(s) || S_other_days(doc, s, anchor) ||
	       S_other_place(c, s, anchor) || (s->index > 1 && pm_geo_far_off(s->text));
}

/* owner[i]: the coded sentence whose happening quiet sentence i tells, or
 * -1. Sentences before the first coded one (a headline or lead the coder
 * found no event in) go with it, walking back from it. */
static void S_owners(const pm_coder *c, const pm_doc *doc, const pm_event *const *first, int *owner)
{
	int anchor = -1, open = 0, first_coded = -1;
	for (int i = 0; i < doc->n_sents; i++) {
		const pm_sentence *s = &doc->sents[i];
		owner[i] = -1;
		if (first[i]) {
			anchor = i;
			open = S_current(doc, first[i]);
			if (first_coded < 0)
				first_coded = i;
		} else if (anchor >= 0 && open && s->tree.root >= 0) {
			open = !S_foreign(c, doc, s, first[anchor]);
			if (open)
				owner[i] = anchor;
		}
	}
	/* a lead recalling an earlier happening still tells what its
	 * headline tells ("Witnesses describe massacre in Axum" over the
	 * killings of three months before): the two are told together */
	if (first_coded < 0 || S_separate(&doc->sents[first_coded]) ||
	    (!S_current(doc, first[first_coded]) && doc->sents[first_coded].index != 1))
		return;
	for (int i = first_coded - 1; i >= 0; i--) {
		const pm_sentence *s = &doc->sents[i];
		if (s->tree.root < 0)
			continue;
		if (S_foreign(c, doc, s, first[first_coded]))
			break;
		owner[i] = first_coded;
	}
}

void pm_pipeline_evidence(pm_coder *c, const pm_doc *doc, const pm_event *const *first,
			  const pm_evidence **out, int *n_out)
{
	int n = doc->n_sents;
	int *owner = pm_arena_alloc(&c->doc_arena, (size_t)(n + 1) * sizeof(*owner));
	S_owners(c, doc, first, owner);
	for (int i = 0; i < n; i++) {
		out[i] = NULL;
		n_out[i] = 0;
	}
	for (int i = 0; i < n; i++)
		if (owner[i] >= 0)
			n_out[owner[i]]++;
	pm_evidence **fill = pm_arena_alloc(&c->doc_arena, (size_t)(n + 1) * sizeof(*fill));
	for (int i = 0; i < n; i++)
		if (n_out[i]) {
			fill[i] = pm_arena_alloc(&c->doc_arena, (size_t)n_out[i] * sizeof(pm_evidence));
			out[i] = fill[i];
		}
	for (int i = 0; i < n; i++)
		if (owner[i] >= 0) {
			pm_evidence *v = fill[owner[i]]++;
			v->doc = doc->id;
			v->sentence = doc->sents[i].index;
			v->text = doc->sents[i].text;
		}
}
