/* places.h - where an event happened: place mentions in a document, each
 * resolved to a gazetteer entry, and the one that belongs to an event.
 *
 * Why per document: a bare "Palmyra" or "Tripoli" means the one in the
 * country the story is about, and that is known only from the whole text
 * (countries named, actor codes such as SYRMIL, other places resolved).
 * pm_places_scan reads every sentence once and resolves every mention;
 * pm_places_locate then picks, for an event, the mention in its own clause
 * nearest its verb, else one from its paragraph, else the document's main
 * place, else a country (see docs/places.md). */
#ifndef PM_PLACES_H
#define PM_PLACES_H

#include <stddef.h>

#include "types/event.h"
#include "enrich/gazetteer.h"
#include "types/document.h"
#include "util/arena.h"

typedef struct pm_place {
	int found;
	char name[64];            /* gazetteer name ("Tadmur") */
	long geonameid;           /* 0 for regions and countries */
	char country[4];          /* ISO alpha-3 */
	char admin1[64];
	double lat, lon;
	const char *precision;    /* "city", "admin1", "country" (static) */
	char text[96];            /* as written ("Palmyra") */
	int sentence;             /* sentence of the mention; -1 for an actor's country */
	int first, last;          /* its token span; -1 when none */
	const char *fallback;     /* NULL, "paragraph", "document" (static) */
	/* The country the text states for the event's place ("" when none):
	 * the place is a country named as such, or the sentence names a
	 * country as a place ("in Mali"), or the place lies in a country the
	 * text's words name (", Mali" after the name, "Malian", an actor's
	 * code). Never one from a place resolved (a town, a region, a
	 * dateline's city): agents with no country of their own take this
	 * first, a sure place's country only without it (enrich.c). */
	char stated[4];
	/* 1 when another entry 30 km or more away scored within 1 of the one
	 * chosen: the name could as well be that place (docs/places.md). */
	int ambiguous;
	/* The chosen entry's lead over the best entry in another country
	 * (large when no other country has the name). */
	float margin_abroad;
	/* 1 when only a spelling guess leads to the entry ("Quissanga" read
	 * as Kisanga): the name as written is not the entry's. */
	int guessed;
	/* 1 for a country's capital (GeoNames PPLC): "the capital" of a
	 * story points back to one. */
	int capital;
} pm_place;

typedef struct pm_place_doc pm_place_doc;

/* The ISO alpha-3 code of a nationality word as written ("Malian" ->
 * "MLI", "Burkinabe" -> "BFA"), NULL for any other word. Static. */
const char *pm_places_demonym(const char *word);

/* Scans every sentence of doc once: finds mentions, gathers the document's
 * countries (extra_countries: ISO alpha-3 codes from the events' actor
 * codes, may be NULL; copied here) and resolves each mention. The
 * sentences are read when the result is first asked (locate, mentions,
 * countries), so a document with no event to place costs nothing: doc must
 * stay unchanged and a alive until then. Everything lives in a; g must
 * outlive the result. Returns 0 or PM_EINVALID for NULL arguments. */
int pm_places_scan(const pm_gazetteer *g, const pm_doc *doc, const char *const *extra_countries,
		   int n_extra, pm_arena *a, pm_place_doc **out);

/* The place of ev (its verb_token and actor spans) in sentence si; out->found
 * is 0 when nothing fits. Returns 0 or PM_EINVALID. */
int pm_places_locate(const pm_place_doc *pd, int si, const pm_coded_event *ev, pm_place *out);

/* Mentions found in sentence si (for tests and tools): up to max places
 * written to out, the number found returned. Evidence-only mentions
 * ("Aleppo-based", a country used as an actor) are not places. */
int pm_places_mentions(const pm_place_doc *pd, int si, pm_place *out, int max);

/* 1 when the name at token tok of sentence si (a place mention, or one
 * dropped for want of context) is a word of the name of an actor one of
 * evs (that sentence's events) codes ("Haram" of "Boko Haram" the
 * target), by the rule that keeps it from being an event's place
 * (S_in_actor_name; a spelling guess inside a phrase may still be the
 * town the phrase names): no place any reader of the sentence should
 * take. */
int pm_places_actor_word(const pm_place_doc *pd, int si, int tok, const pm_coded_event *evs,
			 int n_evs);

/* The document countries by weight (ISO alpha-3), up to max; returns the
 * number written. */
int pm_places_countries(const pm_place_doc *pd, const char **out, int max);

/* The country that says most where the story is (the dateline, a
 * country or region named as a place, not an actor's nationality), in
 * *out (ISO alpha-3, owned by pd); PM_ENOTFOUND when none. */
int pm_places_story_country(const pm_place_doc *pd, const char **out);

/* 1 when something says the story is in country code (ISO alpha-3): the
 * dateline, the country or one of its places named as a place; 2 when
 * the text itself names it so (not only the dateline); 0 when only
 * actors' words name it. */
int pm_places_country_placed(const pm_place_doc *pd, const char *code);

/* The gazetteer place named at token tok of sentence si, also when it was
 * dropped as a place for want of context (a small town opening a
 * sentence): for a caller whose own words make it a place ("Fallujah came
 * under the control of"). 0, or PM_ENOTFOUND when no name starts there. */
int pm_places_named_at(const pm_place_doc *pd, int si, int tok, pm_place *out);

/* The country entry of ISO alpha-3 code (NULL: the document's heaviest
 * country) as a place at precision "country", for a place the gazetteer
 * lacks that is known to lie in it. Returns 0, or PM_ENOTFOUND. */
int pm_places_country_place(const pm_place_doc *pd, const char *code, pm_place *out);

/* p as the JSON object {"name","geonameid","country","admin1","lat","lon",
 * "precision","text"[,"fallback"]} ("null" when not found) into buf; returns
 * the length, or -1 when cap is too small. */
int pm_place_json(const pm_place *p, char *buf, size_t cap);

/* 1 when the stop list, the nationality words and the scan's long word
 * lists (place prepositions, fillers, heads before "of") are in strcmp
 * order, as their binary searches need (a word added out of order would silently
 * stop being found), stop words are single words, and every nationality
 * word's initial is among those the quick test knows. */
int pm_places_stop_list_ok(void);

#endif
