/* link.c - events that report the same happening become one incident.
 *
 * Why connected components: the result must not depend on the order in
 * which reports arrive, and the components of a fixed compatibility graph
 * do not. Chaining is the risk of components (A fits B, B fits C, A does
 * not fit C), so only reports that say where and when (a town or region,
 * a day) form the graph; vaguer reports then join the one component they
 * fit best, and never bridge two (docs/incidents.md has the rules and
 * the reasons). */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "palmyra.h"
#include "incident/link.h"
#include "types/event_buf.h"
#include "util/arena.h"
#include "util/date.h"
#include "util/error.h"
#include "util/geo.h"

enum { S_PREC_NONE = 0, S_PREC_COUNTRY, S_PREC_ADMIN1, S_PREC_CITY };
enum { S_NOT_VAGUE = 0, S_VAGUE_ALONE, S_VAGUE_JOINED };

/* A date of a few days: a day, "overnight", a sentence with none of its
 * own (not a month). */
enum { S_FEW_DAYS = 4 };

/* A headline dated by its document tells what its lead tells, and the
 * lead may tell it up to a week back: "toll reaches 358" over the
 * weekend's bombing, "43 students missing after attack" five days on. */
enum { S_HEADLINE_LAG = 7 };

typedef struct S_rep_ {
	char event_id[17];
	const char *doc_id, *outlet, *doc_date;
	const char *code, *source, *target, *date, *date_precision;
	signed char source_side, target_side;   /* S_party's, worked out once */
	uint32_t source3, target3;   /* S_first3 of the codes */
	uint64_t country_bits;       /* S_pack of the country: 0 when it has none or is long */
	int family;
	/* of its code, worked out once for the pair tests: a retreat (087,
	 * 0874), an arrest (173), and an assault's specific kind (the third
	 * digit of 181-189; 0 for none) */
	unsigned char retreat, arrest, assault_kind;
	unsigned char known_source, known_target;   /* S_known_actor of each side */
	size_t doc;                  /* its document's number in a run (S_number_documents) */
	int sentence, headline;      /* where in its document */
	int another;                 /* its sentence tells another happening (S_tells_another) */
	int vague;                   /* S_NOT_VAGUE, S_VAGUE_ALONE, S_VAGUE_JOINED */
	size_t late;                 /* its choice in S_join_in_documents */
	int d0, d1;                  /* the days the event may have happened on */
	int doc_day;                 /* its document's day, or INT32_MAX / 2 */
	int lead0;                   /* a headline: the first day its lead may tell (S_when) */
	int reach0;                  /* the first day it may tell: d0, or a week back for a toll (S_when) */
	int dated;                   /* the sentence gives a day */
	int night;                   /* "overnight", "late": either side of midnight */
	int place;                   /* S_PREC_* */
	int district;                /* the place is a district (admin2) */
	int loose_place;             /* the place says little of where (S_places_fit) */
	double lat, lon;
	const char *country, *admin1, *name;
	const pm_location *loc;      /* a copy, for the incident's place */
	long count[PM_COUNT_KINDS];
	const char *const *attribution;
	int n_attribution;
	const pm_evidence *evidence; /* copies, naming doc_id */
	int n_evidence;
	size_t comp;                 /* union-find parent */
	int c0, c1;                  /* at a root: the days its component spans */
	int split;                   /* its component spanned too many days */
} S_rep;

struct pm_linker {
	pm_arena arena;
	S_rep *reps;
	size_t n, cap;
	char (*incident_ids)[18];    /* by report, after a run */
	pm_arena run_arena;          /* the incidents handed to the callback */
};

/* ---- days ----------------------------------------------------------------------- */

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" -> its first and last day; 0 when
 * the text is none of these. */
static int S_range(const char *s, int *d0, int *d1)
{
	long first, last;
	if (!pm_date_iso_range(s, &first, &last))
		return 0;
	*d0 = (int)first;
	*d1 = (int)last;
	return 1;
}

static int S_short(const S_rep *r);
static const char *S_next_word(const char *p);
static int S_is_word(const char *p, const char *w);

static int S_says_night(const char *t)
{
	return t && (strstr(t, "overnight") || strstr(t, "night") || strstr(t, "late"));
}

/* Verbs a toll rises by: "the toll rose to 23", "climbed past 160". */
static int S_rise_verb(const char *w)
{
	static const char *const verbs[] = {"rose", "rises", "risen", "climbed", "climbs",
					    "reached", "reaches", "hit", "hits", "jumped", NULL};
	size_t n = 0;
	while (isalpha((unsigned char)w[n]))
		n++;
	for (int i = 0; verbs[i]; i++)
		if (n == strlen(verbs[i]) && !strncasecmp(w, verbs[i], n))
			return 1;
	return 0;
}

/* "The death toll from the missile attack climbed to 23 on Friday": the
 * day named after the toll's verb is the day it was counted, not the day
 * of the happening, which may be days before ("The toll from Sunday's
 * bombing rose to 200" names the happening's day before the verb). */
static int S_toll_day(const char *t, const char *date_text)
{
	if (!t || !date_text || !*date_text)
		return 0;
	const char *toll = t;   /* word by word: a report's text is read once per window */
	while (*toll && ((*toll | 0x20) != 't' || !S_is_word(toll, "toll")))
		toll = S_next_word(toll);
	for (const char *p = *toll ? S_next_word(toll) : toll; *p; p = S_next_word(p))
		if (S_rise_verb(p))
			return strstr(p, date_text) != NULL;
	return 0;
}

/* A place the sentence does not name: its document's, or its paragraph's
 * ("Khan was detained earlier in the day" placed in Lahore by the riots
 * its paragraph tells). */
static int S_fallback_place(const pm_location *l)
{
	return l->fallback && (!strcmp(l->fallback, "document") || !strcmp(l->fallback, "paragraph"));
}

static int S_place_rank(const pm_location *l);

/* A report dated by its document that names its own place and gives a
 * toll of ten or more may tell a happening up to S_TOLL_LAG days before
 * it: a toll is counted, revised and reported days after the killing
 * ("The authorities raised to 272 the number killed in the massacre in
 * the village", six days on), and a place with such a toll is a detail
 * few happenings of a week share. */
enum { S_TOLL_LAG = 7 };

static int S_toll_told_later(const pm_event *ev)
{
	if (!S_place_rank(&ev->location) || S_fallback_place(&ev->location))
		return 0;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		if (ev->counts[k].value >= 10)
			return 1;
	return 0;
}

/* When the event may have happened: the sentence's date as precise as it
 * is; "overnight" spans the day before, a weekend its two days; a sentence with no date of its
 * own, or only the day a toll was counted, happened up to three days before it, and one with
 * no date of its own that gives a toll and its place may tell one of a week before (reach0). */
static void S_when(S_rep *r, const pm_event *ev)
{
	r->d0 = r->lead0 = r->reach0 = INT32_MIN / 2;
	r->d1 = INT32_MAX / 2;
	if (!S_range(ev->date, &r->d0, &r->d1))
		return;
	const char *p = ev->date_precision ? ev->date_precision : "";
	if (!strcmp(p, "document"))
		r->d0 -= 3;
	else if (!strcmp(p, "day") && S_toll_day(ev->text, ev->date_text))
		r->d0 -= 3;
	else if (!strcmp(p, "day")) {
		if (S_says_night(ev->date_text)) {
			r->d0 -= 1;
			r->night = 1;
		}
		/* a weekend is dated by its Saturday and spans its Sunday */
		if (ev->date_text && strstr(ev->date_text, "weekend"))
			r->d1 += 1;
		r->dated = 1;
	}
	r->lead0 = r->reach0 = r->d0;
	if (!strcmp(p, "document") && S_toll_told_later(ev))
		r->lead0 = r->reach0 = r->d1 - S_TOLL_LAG;
	if (ev->headline && !strcmp(p, "document") && r->d1 - S_HEADLINE_LAG < r->lead0)
		r->lead0 = r->d1 - S_HEADLINE_LAG;
}

int pm_link_span(const pm_event *ev, long *d0, long *d1)
{
	S_rep r;
	memset(&r, 0, sizeof(r));
	S_when(&r, ev);
	*d0 = r.lead0;   /* a headline reaches as far back as it follows its lead, a toll told later a week */
	*d1 = r.d1;
	return S_short(&r);
}

/* ---- what a report says ------------------------------------------------------------ */

/* A retreat (087, 0874): "Ukraine withdraws troops from Avdiivka". */
static int S_retreat(const char *code)
{
	return !strcmp(code, "087") || !strcmp(code, "0874");
}

/* Kinds of action that reports of one happening code alike: an attack is
 * 190, 193, 195 or 183 depending on the words; a rebuke is 111, 112 or 12x. */
static int S_family(const char *code)
{
	int root = code && isdigit((unsigned char)code[0]) && isdigit((unsigned char)code[1])
			   ? (code[0] - '0') * 10 + (code[1] - '0')
			   : 0;
	/* a retreat (087) is the other side of a capture; damaging property
	 * (171: "blew up the pipeline") and violent repression (175:
	 * "snipers shot protesters") are attacks told in other words, and so
	 * is a rampage coded as a riot (145: "militants rampaged through
	 * Marawi"); a claim of responsibility (015: "Boko Haram claimed the
	 * abduction") tells the attack it claims; an arrest (173: "police
	 * arrested the rebel leader") is the capture others code as a raid
	 * (171, 190), when both name the same parties (S_arrest_fits); an
	 * order to march on a city (154: "ordered his forces to advance on
	 * Tripoli") is the offensive others tell as launched (190, 192) */
	if ((root >= 18 && root <= 20) || S_retreat(code) || !strncmp(code, "171", 3) ||
	    !strncmp(code, "175", 3) || !strncmp(code, "145", 3) || !strncmp(code, "015", 3) ||
	    !strncmp(code, "173", 3) || !strncmp(code, "154", 3))
		return 18;
	if (root >= 10 && root <= 12)
		return 10;
	/* a deal signed (057) is told as the truce it declares (0871) and
	 * the releases it brings (084), which are yielding (08) */
	if (!strcmp(code, "057"))
		return 8;
	/* "expelled the ambassador" is coded as expelling a body (166) or
	 * deporting people (174) */
	if (!strncmp(code, "174", 3))
		return 16;
	return root;
}

static int S_place_rank(const pm_location *l)
{
	if (!l->found || !l->precision)
		return S_PREC_NONE;
	if (!strcmp(l->precision, "city"))
		return S_PREC_CITY;
	if (!strcmp(l->precision, "admin1") || !strcmp(l->precision, "admin2"))
		return S_PREC_ADMIN1;   /* a region: a province or a district */
	return S_PREC_COUNTRY;
}

static const char *S_dup(pm_arena *a, const char *s)
{
	return s ? pm_arena_strdup(a, s) : NULL;
}

static const pm_location *S_copy_location(pm_arena *a, const pm_location *l)
{
	pm_location *c = pm_arena_alloc(a, sizeof(*c));
	*c = *l;
	c->name = S_dup(a, l->name);
	c->country = S_dup(a, l->country);
	c->admin1 = S_dup(a, l->admin1);
	c->text = S_dup(a, l->text);
	c->precision = S_dup(a, l->precision);
	c->fallback = S_dup(a, l->fallback);
	return c;
}

int pm_linker_new(pm_linker **out)
{
	pm_linker *l = calloc(1, sizeof(*l));
	if (!l)
		return pm_error_set(PM_ENOMEM, "out of memory");
	pm_arena_init(&l->arena, 1 << 20);
	pm_arena_init(&l->run_arena, 1 << 16);
	*out = l;
	return 0;
}

void pm_linker_free(pm_linker *l)
{
	if (!l)
		return;
	pm_arena_free(&l->arena);
	pm_arena_free(&l->run_arena);
	free(l->reps);
	free(l->incident_ids);
	free(l);
}

static signed char S_party(const char *c);
static int S_known_actor(const char *c);

/* A short text as a number, its bytes up to its end (at most 8 of them):
 * two such numbers are equal when the texts are, so a pair compares
 * numbers; 0 for no text, an empty one or a longer one (those compare as
 * text). */
static uint64_t S_pack(const char *s)
{
	uint64_t v = 0;
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > 8)
		return 0;
	memcpy(&v, s, n);
	return v;
}

/* A code's first three bytes (fewer when it is shorter), as strncmp(a,
 * b, 3) compares them. */
static uint32_t S_first3(const char *s)
{
	uint32_t v = 0;
	for (int i = 0; s && i < 3 && s[i]; i++)
		v |= (uint32_t)(unsigned char)s[i] << (8 * i);
	return v;
}

/* A country named as a party's ("U.S. raid", "French forces" give the
 * United States and France as the place of a raid in Syria and strikes
 * in Mali): the code's first three letters are the country's. */
static int S_party_country(const char *code, const char *country)
{
	return code && country && strlen(country) == 3 && !strncmp(code, country, 3);
}

/* A document's lead: its first body sentence, after the title (sentence
 * 0). The sentence after it is where a second happening is told ("Hours
 * later a second blast in Afgoye", "On Thursday, troops entered nearby
 * villages"); no document of the incident sets opens on a sub-title.
 * Told by the sentence index alone, not by which sentences gave events,
 * so that a store linking the days around new events (some of a
 * document's events lie outside them) reads it alike. */
enum { S_LEAD_LAST = 1 };

/* ---- a sentence that tells another happening ------------------------------------ */

/* Nouns for a happening, as a sentence names a second one. */
static int S_happening_noun(const char *w)
{
	static const char *const nouns[] = {"attack", "strike", "airstrike", "air strike", "raid",
					    "blast", "bomb", "explosion", "incident", "shooting",
					    "ambush", "clash", "assault", "shelling", NULL};
	for (int i = 0; nouns[i]; i++)
		if (!strncasecmp(w, nouns[i], strlen(nouns[i])))
			return 1;
	return 0;
}

static int S_word_at(const char *t, const char *p)
{
	return p == t || !isalpha((unsigned char)p[-1]);
}

/* The next word of t after p (past spaces and punctuation), or the end. */
static const char *S_next_word(const char *p)
{
	while (*p && isalpha((unsigned char)*p))
		p++;
	while (*p && !isalpha((unsigned char)*p))
		p++;
	return p;
}

/* (the first letters compared before the rest: most words differ there) */
static int S_is_word(const char *p, const char *w)
{
	if (tolower((unsigned char)*p) != tolower((unsigned char)*w))
		return 0;
	size_t n = strlen(w);
	return !strncasecmp(p, w, n) && !isalpha((unsigned char)p[n]);
}

/* "a separate raid", "another attack", "a second blast": one of these
 * words, then a happening's noun. Looked for at word starts only (where
 * the words can begin): one pass, not a comparison at every byte. */
static int S_marks_other(const char *t)
{
	static const char *const words[] = {"separate ", "a second ", "another ", NULL};
	for (const char *p = t; *p; p = S_next_word(p))
		for (int i = 0; words[i]; i++) {
			size_t n = strlen(words[i]);
			if (tolower((unsigned char)*p) == words[i][0] && !strncasecmp(p, words[i], n) &&
			    S_happening_noun(p + n))
				return 1;
		}
	return 0;
}

/* "The attack came two days after gunmen stormed the airport", "It
 * comes a week after ...": the sentence measures its article's happening
 * against an earlier one, which is what it tells (the evidence rules
 * read the same words). A convoy that "came under fire after leaving"
 * is the happening itself. */
static int S_came_after(const char *t)
{
	for (const char *p = t; *p; p = S_next_word(p)) {
		if (!S_word_at(t, p) || (!S_is_word(p, "came") && !S_is_word(p, "comes")))
			continue;
		const char *q = S_next_word(p);
		if (S_is_word(q, "under"))
			continue;
		for (int k = 0; k < 6 && *q; k++, q = S_next_word(q))
			if (S_is_word(q, "after"))
				return 1;
	}
	return 0;
}

/* A sentence opening on a step back of days or more: "A week earlier,",
 * "Two days earlier,", "Months earlier," tells what happened before the
 * happening told so far (a bare "Earlier," tells how it began). */
static int S_steps_back(const char *t)
{
	static const char *const units[] = {"day", "days", "week", "weeks", "month", "months",
					    "year", "years", NULL};
	const char *p = t;
	for (int k = 0; k < 3 && *p; k++, p = S_next_word(p))
		for (int u = 0; units[u]; u++)
			if (S_is_word(p, units[u]) && S_is_word(S_next_word(p), "earlier"))
				return 1;
	return 0;
}

/* A sentence opening on "Hours later," or "Also on Saturday,": what
 * follows happened beside the article's happening, not in it ("Hours
 * later, gunmen stormed a school" 100 km away, a second blast, a drone
 * downed over the palace the ministers fled to). */
static int S_next_happening(const char *t)
{
	return (S_is_word(t, "Hours") && S_is_word(S_next_word(t), "later")) ||
	       (S_is_word(t, "Also") && S_is_word(S_next_word(t), "on"));
}

/* A body sentence after the lead that says it tells another happening
 * than the one told before it: "Separately, ...", "In a separate raid",
 * "a second blast", "another attack", "Hours later," (S_next_happening),
 * a place told as so far away, one measuring the happening against an
 * earlier one (S_came_after), or one stepping back days before it
 * (S_steps_back). A headline and its lead
 * tell the article's own happening, whatever they say. */
static int S_tells_another(const char *t)
{
	if (!t)
		return 0;
	while (*t == ' ' || *t == '"')
		t++;
	return !strncmp(t, "Separately", 10) || S_next_happening(t) || S_marks_other(t) ||
	       pm_geo_far_off(t) || S_came_after(t) || S_steps_back(t);
}

/* A sentence dated by "last week", "earlier this week", "a week ago"
 * (its own date, not a toll's "from last week's raid"): past the lead it
 * recalls what happened before its article's happening ("The town's
 * market was bombed earlier this week", in an article on Friday's strike
 * on its hospital), as "A week earlier," does. */
static int S_week_back(const char *date_text)
{
	static const char *const back[] = {"last week", "earlier this week", "a week ago", NULL};
	if (!date_text)
		return 0;
	for (int i = 0; back[i]; i++)
		if (!strcasecmp(date_text, back[i]))
			return 1;
	return 0;
}

int pm_linker_add(pm_linker *l, const pm_event *ev)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 1024;
		S_rep *r = realloc(l->reps, cap * sizeof(*r));
		if (!r)
			return pm_error_set(PM_ENOMEM, "out of memory");
		l->reps = r;
		l->cap = cap;
	}
	S_rep *r = &l->reps[l->n];
	memset(r, 0, sizeof(*r));
	pm_arena *a = &l->arena;
	memcpy(r->event_id, ev->event_id, sizeof(r->event_id));
	const pm_event_doc *d = ev->doc;
	r->doc_id = S_dup(a, d && d->id ? d->id : ev->id);
	r->outlet = S_dup(a, d ? d->outlet : NULL);
	r->doc_date = S_dup(a, d ? d->date : NULL);
	int doc_first;   /* a document's date is a day: its first and last are one */
	if (!r->doc_date || !S_range(r->doc_date, &doc_first, &r->doc_day))
		r->doc_day = INT32_MAX / 2;
	r->sentence = ev->sentence;
	r->headline = ev->headline;
	r->another = !ev->headline && ev->sentence > S_LEAD_LAST &&
		     (S_tells_another(ev->text) || S_week_back(ev->date_text));
	r->code = S_dup(a, ev->code ? ev->code : "");
	r->family = S_family(r->code);
	r->retreat = (unsigned char)S_retreat(r->code);
	r->arrest = !strncmp(r->code, "173", 3);
	r->assault_kind = !strncmp(r->code, "18", 2) && r->code[2] && r->code[2] != '0'
				  ? (unsigned char)r->code[2]
				  : 0;
	r->source = S_dup(a, ev->source.code);
	r->target = S_dup(a, ev->target.code);
	r->known_source = (unsigned char)S_known_actor(r->source);
	r->known_target = (unsigned char)S_known_actor(r->target);
	r->source_side = S_party(r->source);
	r->target_side = S_party(r->target);
	r->source3 = S_first3(r->source);
	r->target3 = S_first3(r->target);
	r->date = S_dup(a, ev->date);
	r->date_precision = S_dup(a, ev->date_precision);   /* a store's rows die too */
	S_when(r, ev);
	r->place = S_place_rank(&ev->location);
	if (r->place) {
		r->loc = S_copy_location(a, &ev->location);
		r->lat = ev->location.lat;
		r->lon = ev->location.lon;
		r->country = r->loc->country;
		r->country_bits = S_pack(r->country);
		r->district = r->loc->precision && !strcmp(r->loc->precision, "admin2");
		/* the province: a district (admin2) names its own */
		r->admin1 = r->place == S_PREC_ADMIN1 && !(r->district && r->loc->admin1) ? r->loc->name
											  : r->loc->admin1;
		r->name = r->loc->name;
		/* a place the sentence does not name: its document's, or its
		 * paragraph's ("Khan was detained earlier in the day" placed in
		 * Lahore by the riots its paragraph tells) */
		r->loose_place = S_fallback_place(&ev->location);
		r->loose_place |= r->place == S_PREC_COUNTRY &&
				  (S_party_country(ev->source.code, r->country) ||
				   S_party_country(ev->target.code, r->country));
	}
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		r->count[k] = ev->counts[k].value;
	const char **att = pm_arena_alloc(a, (size_t)(ev->n_attribution + 1) * sizeof(*att));
	for (int i = 0; i < ev->n_attribution; i++)
		att[i] = S_dup(a, ev->attribution[i]);
	r->attribution = att;
	r->n_attribution = ev->n_attribution;
	r->evidence = pm_evidence_dup(a, ev->evidence, ev->n_evidence, r->doc_id);
	r->n_evidence = r->evidence ? ev->n_evidence : 0;
	return (int)(l->n++);
}

/* ---- compatibility ----------------------------------------------------------------- */

static double S_km(double lat1, double lon1, double lat2, double lon2)
{
	const double rad = 3.14159265358979323846 / 180.0;
	double dp = (lat2 - lat1) * rad, dl = (lon2 - lon1) * rad;
	double h = sin(dp / 2) * sin(dp / 2) +
		   cos(lat1 * rad) * cos(lat2 * rad) * sin(dl / 2) * sin(dl / 2);
	return 12742.0 * asin(sqrt(h));
}

/* Whether two places are within km of each other. A town is mostly
 * compared with towns far away or with itself: the distance north-south
 * alone (which the great circle is never shorter than; 111.0 km a degree
 * is below a degree's 111.19, so rounding cannot tip it) or the same
 * point settle those without trigonometry. */
static int S_within(const S_rep *a, const S_rep *b, double km)
{
	if (a->lat == b->lat && a->lon == b->lon)
		return 1;
	if (fabs(a->lat - b->lat) * 111.0 > km)
		return 0;
	return S_km(a->lat, a->lon, b->lat, b->lon) <= km;
}

static int S_known_actor(const char *c)
{
	return c && *c && strncmp(c, "---", 3);
}

/* Which side of a country's own fighting a code's first role names: 1
 * the state (army, police, government...), 2 those against it (rebels,
 * insurgents, opposition...), 0 neither or unsaid. */
static int S_side(const char *c)
{
	static const char *const state[] = {"MIL", "GOV", "COP", "SPY", "JUD", "LEG", "ELI", NULL};
	static const char *const against[] = {"REB", "INS", "OPP", "UAF", "RAD", NULL};
	if (strlen(c) < 6)
		return 0;
	for (int i = 0; state[i]; i++)
		if (!strncmp(c + 3, state[i], 3))
			return 1;
	for (int i = 0; against[i]; i++)
		if (!strncmp(c + 3, against[i], 3))
			return 2;
	return 0;
}

/* Two codes for the same party: the same country or body, and not the
 * two sides of its own war (an army and the rebels it fights share a
 * country code); or an international militant group and a country's
 * rebels or insurgents (Islamic State, IMGMUSISI, told as "Sunni
 * insurgents", IRQINS, in Mosul; JNIM, IMGMUSALQREB, as "militants",
 * BFAREB, in Burkina Faso). International codes (IMG..., IGO..., NGO...) must agree
 * as far as the shorter goes, since their first letters name only a kind
 * of body. */
static int S_same_party(const char *a, int a_side, uint32_t a3, const char *b, int b_side,
			uint32_t b3)
{
	if (a_side < 0 || b_side < 0)
		return 1;
	if (a3 != b3) {   /* strncmp(a, b, 3) */
		const uint32_t img = 'I' | 'M' << 8 | 'G' << 16;   /* S_first3("IMG") */
		return (a3 == img && b_side == 2) || (b3 == img && a_side == 2);
	}
	if (strncmp(a, "IMG", 3) && strncmp(a, "IGO", 3) && strncmp(a, "NGO", 3))
		return !a_side || !b_side || a_side == b_side;
	size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
	return !strncmp(a, b, n);
}

/* What S_same_party asks of a code, once per report rather than once per
 * pair it is compared in: -1 not a known actor, else S_side's answer. */
static signed char S_party(const char *c)
{
	return (signed char)(S_known_actor(c) ? S_side(c) : -1);
}

/* Who acted is what tells two happenings in one town apart; the target
 * is coded more loosely across outlets ("the town", "civilians", "the
 * army"), so it does not block. Fighting is told from either side ("A
 * clashed with B", "B fought A"). */
static int S_actors_fit(const S_rep *a, const S_rep *b)
{
	if (S_same_party(a->source, a->source_side, a->source3, b->source, b->source_side,
			 b->source3))
		return 1;
	/* who pulls out is whom the place is taken from: "Ukraine withdraws
	 * troops from Avdiivka" (UKR) and "Russian forces have taken full
	 * control of Avdiivka" (RUSMIL against UKR) */
	if ((a->retreat && S_known_actor(a->source) &&
	     S_same_party(a->source, a->source_side, a->source3, b->target, b->target_side,
			  b->target3)) ||
	    (b->retreat && S_known_actor(b->source) &&
	     S_same_party(b->source, b->source_side, b->source3, a->target, a->target_side,
			  a->target3)))
		return 1;
	return S_same_party(a->source, a->source_side, a->source3, b->target, b->target_side,
			    b->target3) &&
	       S_same_party(a->target, a->target_side, a->target3, b->source, b->source_side,
			    b->source3);
}

static int S_same_text(const char *a, const char *b)
{
	return a && b && !strcasecmp(a, b);
}

/* Where: a town fits a town within 30 km, or its own region (or one
 * within 60 km of the region's point); a region fits its towns, and a
 * province its districts; a country-level mention fits anything in that country;
 * no place fits anything, and nor does a loose one: a place the sentence
 * does not name (its document's: a dateline's bureau, "WASHINGTON", "NEW
 * DELHI", for a strike in Syria or a clash in Ladakh, or the document's
 * main place for a sentence about another), or a country that is one of
 * its parties' (S_party_country). */
static int S_places_fit(const S_rep *a, const S_rep *b)
{
	if (!a->place || !b->place || a->loose_place || b->loose_place)
		return 1;
	if (a->country && b->country &&
	    (a->country_bits && b->country_bits ? a->country_bits != b->country_bits
						  : strcmp(a->country, b->country) != 0))
		return 0;
	if (a->place == S_PREC_COUNTRY || b->place == S_PREC_COUNTRY)
		return 1;
	if (a->place == S_PREC_CITY && b->place == S_PREC_CITY)
		return S_within(a, b, 30.0);
	if (S_same_text(a->admin1, b->admin1))   /* a province, and a town or district in it */
		return !(a->district && b->district) || S_within(a, b, 60.0);
	/* a town and a region, whichever is compared first */
	return (a->place == S_PREC_CITY || b->place == S_PREC_CITY) && S_within(a, b, 60.0);
}

/* A toll far from another is a different happening (3 dead against 40);
 * 12 against "at least 14" is one toll reported twice. */
static int S_counts_fit(const S_rep *a, const S_rep *b)
{
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		long x = a->count[k], y = b->count[k];
		if (x < 0 || y < 0)
			continue;
		long lo = x < y ? x : y, hi = x < y ? y : x;
		if (hi > 3 * lo + 10)
			return 0;
	}
	return 1;
}

/* The same toll told by both (not a handful, which many happenings
 * share): a detail that outweighs actors coded differently ("air
 * strikes killed 140" coded as Yemen's in one outlet and Saudi Arabia's
 * in another). */
static int S_counts_same(const S_rep *a, const S_rep *b)
{
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		if (a->count[k] >= 10 && a->count[k] == b->count[k])
			return 1;
	return 0;
}

/* Both give a count of one kind (and S_counts_fit says it agrees). */
static int S_counts_shared(const S_rep *a, const S_rep *b)
{
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		if (a->count[k] >= 0 && b->count[k] >= 0)
			return 1;
	return 0;
}

static int S_same_country(const S_rep *r, const S_rep *a);

/* Days a day apart may be one happening told from either side of
 * midnight or of a time zone; two days apart are two happenings. */
enum { S_DAY_SLACK = 1 };

/* The days two reports allow overlap, within a day: one happening told
 * from either side of midnight or of a time zone. A toll told later
 * (S_toll_told_later) reaches back a week in its own country only: its
 * place may be a country it names as a party's, which fits any place,
 * and a week abroad holds other happenings with tolls as large (a car
 * bombing in one country and an air strike in another). */
static int S_days_fit(const S_rep *a, const S_rep *b)
{
	if (a->d0 <= b->d1 + S_DAY_SLACK && b->d0 <= a->d1 + S_DAY_SLACK)
		return 1;
	return a->reach0 <= b->d1 + S_DAY_SLACK && b->reach0 <= a->d1 + S_DAY_SLACK &&
	       S_same_country(a, b);
}

/* Both name a day, and not the same one (a night may be the day before,
 * or the day after: "overnight" in a report of Sunday is dated Saturday
 * by one outlet and Sunday by another):
 * the Taliban took Kunduz on Monday, US jets struck them there on
 * Tuesday. Such reports fit only when both give a toll of one kind that
 * agrees (12 killed on Monday, 14 on Tuesday: one strike told across
 * midnight); the day's slack stays for a report that names no day of its
 * own (a headline, "toll rises"), told the day after. */
static int S_days_differ(const S_rep *a, const S_rep *b)
{
	return a->dated && b->dated && (a->d0 > b->d1 + b->night || b->d0 > a->d1 + a->night);
}

static int S_same_doc(const S_rep *a, const S_rep *b)
{
	return a->doc == b->doc;
}

/* bydoc[i, end) are one document's reports (bydoc: sorted by document). */
static size_t S_doc_end(const S_rep *reps, const size_t *bydoc, size_t n, size_t i)
{
	size_t j = i + 1;
	while (j < n && S_same_doc(&reps[bydoc[i]], &reps[bydoc[j]]))
		j++;
	return j;
}


/* Events one sentence gives, or a headline and its lead, tell one
 * happening in several codes: "Kunduz fell to the Taliban" is a retreat
 * (087) and a seizure (192); a headline "UN says 110 killed" is a
 * statement (010) about the lead's massacre (190). A second happening in
 * an article is told further down, not in its headline and lead. */
static int S_told_together(const S_rep *a, const S_rep *b)
{
	if (!S_same_doc(a, b))
		return 0;
	if (a->headline == b->headline)
		return a->sentence == b->sentence;
	return (a->headline ? b : a)->sentence <= S_LEAD_LAST;
}

/* Two assaults told in different specific words (18x): an abduction
 * (181) and a bombing (183) are two happenings, however near. Across
 * roots (183 against 195, 190 against 192) outlets differ in wording
 * only. */
static int S_kinds_differ(const S_rep *a, const S_rep *b)
{
	return a->assault_kind && b->assault_kind && a->assault_kind != b->assault_kind;
}

/* One article's sentences, the later saying it tells another happening
 * (S_tells_another) than the ones before it. */
static int S_told_apart(const S_rep *a, const S_rep *b)
{
	return S_same_doc(a, b) && a->sentence != b->sentence &&
	       (a->sentence > b->sentence ? a : b)->another;
}

/* An arrest (173) met with an assault: both name who acted and on whom,
 * and the same parties ("police captured the rebel leader in a raid",
 * coded 171 or 190, and "police arrested him", 173); an arrest told with
 * a riot or an attack by others that day is another happening. */
static int S_arrest_fits(const S_rep *a, const S_rep *b)
{
	if (a->arrest == b->arrest)
		return 1;
	return S_known_actor(a->source) && S_known_actor(a->target) && S_known_actor(b->source) &&
	       S_known_actor(b->target) &&
	       S_same_party(a->source, a->source_side, a->source3, b->source, b->source_side,
			    b->source3) &&
	       S_same_party(a->target, a->target_side, a->target3, b->target, b->target_side,
			    b->target3);
}

/* A report that names no day of its own tells nothing that began after
 * its document's day: a sentence dated by its report of Thursday is not
 * Friday's strike in the region's capital. (A day the sentence names may
 * be the day something was said of it, "the opposition said on Tuesday
 * that 157 were killed": the day's slack stays for those.) */
static int S_after_report(const S_rep *a, const S_rep *b)
{
	return (!b->dated && a->d0 > b->doc_day) || (!a->dated && b->d0 > a->doc_day);
}

static int S_fit(const S_rep *a, const S_rep *b)
{
	if (S_told_apart(a, b))
		return 0;
	if (S_told_together(a, b))
		return S_days_fit(a, b) && S_places_fit(a, b);
	if (S_after_report(a, b))
		return 0;
	return (a->family == b->family || !a->code[0] || !b->code[0]) && !S_kinds_differ(a, b) &&
	       S_arrest_fits(a, b) &&
	       S_days_fit(a, b) && (!S_days_differ(a, b) || S_counts_shared(a, b)) &&
	       S_places_fit(a, b) && (S_actors_fit(a, b) || S_counts_same(a, b)) &&
	       S_counts_fit(a, b);
}

/* A report whose date allows a month at most (a day, "overnight", a
 * sentence with none of its own, "in May"). A year or no date would fit
 * happenings a year apart: such a report is an incident of its own, and
 * no report's incident depends on reports more than a month away. */
enum { S_SHORT_DAYS = 32 };

static int S_short(const S_rep *r)
{
	return r->d0 > INT32_MIN / 2 && r->d1 - r->d0 < S_SHORT_DAYS;
}

/* A report that says where (a town or region, named in its sentence) and
 * when (a day): only these build the graph, so vague reports never bridge
 * two happenings. An event the coder could name no kind for (a place
 * held, "a plane came down in the rebel-held Donetsk region") says what
 * happened too little to build it: it goes where its sentence, headline
 * or lead goes. */
static int S_anchored(const S_rep *r)
{
	return r->dated && r->place >= S_PREC_ADMIN1 && !r->loose_place && r->code[0];
}

/* ---- union-find ---------------------------------------------------------------------- */

static size_t S_find(S_rep *reps, size_t i)
{
	while (reps[i].comp != i) {
		reps[i].comp = reps[reps[i].comp].comp;
		i = reps[i].comp;
	}
	return i;
}

/* The root is the member with the smallest event id, so a component's
 * name does not depend on the order reports were added. */
static void S_union(S_rep *reps, size_t a, size_t b)
{
	a = S_find(reps, a);
	b = S_find(reps, b);
	if (a == b)
		return;
	if (strcmp(reps[a].event_id, reps[b].event_id) < 0)
		reps[b].comp = a;
	else
		reps[a].comp = b;
}

/* An incident spans a few days: a town shelled every day for a month is
 * many happenings, however well each day's reports fit the next day's.
 * Components of the fit graph that span more than S_MAX_SPAN days (by
 * the days the reports name) are split into their days. Deciding this
 * from the components alone (not from the order in which pairs are
 * joined) keeps each report's incident a matter of the reports a few
 * days around it: what lets a store relink only the days around new
 * events (pm_link_reach). */
enum { S_MAX_SPAN = 2 };

/* The day a report names: the last day its date allows. */
static int S_day(const S_rep *r)
{
	return r->d1;
}

typedef struct {
	size_t a, b;
} S_edge;

/* A pass's edges, and what they join so far. A pair whose reports are
 * joined already, by edges of their own day or (reports of two days) by
 * any, would add an edge that changes nothing S_components gives (the
 * same components, split into the same days), so S_edge_new tells the
 * pass not to test its fit: a story that many outlets copy costs a
 * lookup a pair of its reports, not the pair tests and an edge. */
typedef struct {
	S_edge *v;
	size_t n, cap;
	int *day;           /* S_day of each report, apart from the reports' cache lines */
	size_t *joined;     /* union-find parents by report: by any edge */
	size_t *same_day;   /* by edges between reports of one day */
} S_edges;

static void S_edges_free(S_edges *e)
{
	free(e->v), free(e->day), free(e->joined), free(e->same_day);
	memset(e, 0, sizeof(*e));
}

static int S_edges_init(S_edges *e, const S_rep *reps, size_t n)
{
	memset(e, 0, sizeof(*e));
	e->day = malloc((n + 1) * sizeof(int));
	e->joined = malloc((n + 1) * sizeof(size_t));
	e->same_day = malloc((n + 1) * sizeof(size_t));
	if (!e->day || !e->joined || !e->same_day) {
		S_edges_free(e);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		e->day[i] = S_day(&reps[i]);
		e->joined[i] = e->same_day[i] = i;
	}
	return 0;
}

static size_t S_root(size_t *parent, size_t i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

/* 0 when an edge between reports a and b would change nothing. */
static int S_edge_new(S_edges *e, size_t a, size_t b)
{
	size_t *parent = e->day[a] == e->day[b] ? e->same_day : e->joined;
	return S_root(parent, a) != S_root(parent, b);
}

static int S_edge_add(S_edges *e, size_t a, size_t b)
{
	if (e->n == e->cap) {
		size_t cap = e->cap ? 2 * e->cap : 1024;
		S_edge *v = realloc(e->v, cap * sizeof(*v));
		if (!v)
			return pm_error_set(PM_ENOMEM, "out of memory");
		e->v = v;
		e->cap = cap;
	}
	e->v[e->n++] = (S_edge){a, b};
	e->joined[S_root(e->joined, a)] = S_root(e->joined, b);
	if (e->day[a] == e->day[b])
		e->same_day[S_root(e->same_day, a)] = S_root(e->same_day, b);
	return 0;
}

/* The components of the edges, each split into its days when it spans
 * more than S_MAX_SPAN days. */
static void S_components(S_rep *reps, const S_edges *e)
{
	for (size_t k = 0; k < e->n; k++)
		S_union(reps, e->v[k].a, e->v[k].b);
	for (size_t k = 0; k < e->n; k++) {   /* spans at the roots */
		for (int side = 0; side < 2; side++) {
			size_t i = side ? e->v[k].b : e->v[k].a, r = S_find(reps, i);
			int d = S_day(&reps[i]);
			if (reps[r].c0 > d)
				reps[r].c0 = d;
			if (reps[r].c1 < d)
				reps[r].c1 = d;
		}
	}
	for (size_t k = 0; k < e->n; k++) {
		size_t r = S_find(reps, e->v[k].a);
		reps[e->v[k].a].split = reps[e->v[k].b].split = reps[r].c1 - reps[r].c0 > S_MAX_SPAN;
	}
	for (size_t k = 0; k < e->n; k++)
		for (int side = 0; side < 2; side++) {
			size_t i = side ? e->v[k].b : e->v[k].a;
			if (reps[i].split)
				reps[i].comp = i;
		}
	for (size_t k = 0; k < e->n; k++) {
		const S_rep *a = &reps[e->v[k].a], *b = &reps[e->v[k].b];
		if (a->split && S_day(a) == S_day(b))
			S_union(reps, e->v[k].a, e->v[k].b);
	}
}

/* Two reports a day apart at most, by the days they name (the fit's own
 * slack lets a month-wide chain of neighbours through otherwise). */
static int S_near_days(const S_rep *a, const S_rep *b)
{
	return abs(S_day(a) - S_day(b)) <= 1;
}

static int S_by_start(const void *x, const void *y, void *ctx)
{
	const S_rep *r = ctx;
	const S_rep *a = &r[*(const size_t *)x], *b = &r[*(const size_t *)y];
	if (a->family != b->family)   /* only a family's reports can fit */
		return a->family < b->family ? -1 : 1;
	if (a->d0 != b->d0)
		return a->d0 < b->d0 ? -1 : 1;
	return strcmp(a->event_id, b->event_id);
}

typedef int (*S_cmp)(const void *, const void *, void *);

/* qsort has no context argument in C11: a small merge sort on indices. */
static void S_sort_by(size_t *v, size_t n, const S_rep *reps, size_t *tmp, S_cmp cmp)
{
	if (n < 2)
		return;
	size_t h = n / 2;
	S_sort_by(v, h, reps, tmp, cmp);
	S_sort_by(v + h, n - h, reps, tmp, cmp);
	size_t i = 0, j = h, k = 0;
	while (i < h && j < n)
		tmp[k++] = cmp(&v[i], &v[j], (void *)reps) <= 0 ? v[i++] : v[j++];
	while (i < h)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(*v));
}

static void S_sort(size_t *v, size_t n, const S_rep *reps, size_t *tmp)
{
	S_sort_by(v, n, reps, tmp, S_by_start);
}

static int S_by_document(const void *x, const void *y, void *ctx)
{
	const S_rep *r = ctx;
	const S_rep *a = &r[*(const size_t *)x], *b = &r[*(const size_t *)y];
	int c = strcmp(a->doc_id ? a->doc_id : "", b->doc_id ? b->doc_id : "");
	return c ? c : (a->sentence > b->sentence) - (a->sentence < b->sentence);
}

/* The reports by document (S_join_in_documents looks for a report's
 * own document's reports there), each numbered by its document, so that
 * the pairs compared ask whether they share one without comparing ids; a
 * report with no document id is a document of its own. */
static void S_by_documents(S_rep *reps, size_t n, size_t *v, size_t *tmp)
{
	for (size_t i = 0; i < n; i++)
		v[i] = i;
	S_sort_by(v, n, reps, tmp, S_by_document);
	const char *last = NULL;
	size_t doc = 0;
	for (size_t i = 0; i < n; i++) {
		S_rep *r = &reps[v[i]];
		if (!r->doc_id) {
			r->doc = n + i;
			continue;
		}
		if (!last || strcmp(last, r->doc_id))
			doc++;
		r->doc = doc;
		last = r->doc_id;
	}
}

/* Anchored reports, sorted by their first day: each is compared with the
 * ones that start before it ends (a few days), not with every report. */
static int S_told_together_edges(pm_linker *l, const size_t *bydoc, size_t n, int which,
				 S_edges *e);

/* What the pair walks read of each report, packed in the walk's order:
 * a report is hundreds of bytes, and reading these from the reports
 * missed the cache at nearly every pair of a story many outlets told. */
typedef struct {
	int family, d0, d1;
} S_walk_key;

static S_walk_key *S_walk_keys(const S_rep *reps, const size_t *order, size_t n)
{
	S_walk_key *k = malloc((n + 1) * sizeof(*k));
	for (size_t i = 0; k && i < n; i++)
		k[i] = (S_walk_key){reps[order[i]].family, reps[order[i]].d0, reps[order[i]].d1};
	return k;
}

/* Pairs i < j of order (sorted by family, then first day) that may fit:
 * the same family, days that may overlap and days a day apart at most
 * (S_near_days), and no edge between them yet (S_edge_new); test(a, b)
 * says whether they fit. */
static int S_pair_walk(pm_linker *l, const size_t *order, size_t n, S_edges *e,
		       int (*test)(const S_rep *, const S_rep *))
{
	S_walk_key *k = S_walk_keys(l->reps, order, n);
	int rc = k ? 0 : pm_error_set(PM_ENOMEM, "out of memory");
	for (size_t i = 0; i < n && !rc; i++)
		for (size_t j = i + 1; j < n && k[j].family == k[i].family &&
				       k[j].d0 <= k[i].d1 + S_DAY_SLACK && !rc; j++)
			if (abs(k[i].d1 - k[j].d1) <= 1 && S_edge_new(e, order[i], order[j]) &&
			    test(&l->reps[order[i]], &l->reps[order[j]]))
				rc = S_edge_add(e, order[i], order[j]);
	free(k);
	return rc;
}

static int S_link_anchored(pm_linker *l, size_t *order, size_t n, const size_t *bydoc)
{
	S_edges e;
	int rc = S_edges_init(&e, l->reps, l->n);
	if (!rc)
		rc = S_pair_walk(l, order, n, &e, S_fit);
	if (!rc)
		rc = S_told_together_edges(l, bydoc, l->n, S_NOT_VAGUE, &e);
	if (!rc)
		S_components(l->reps, &e);
	S_edges_free(&e);
	return rc;
}

/* A vague report's range may start long before an anchored one's (a
 * month, a year), so the search over anchored reports starts at the
 * first one that could overlap: anchored ranges are at most a few days
 * long, so those that start S_MAX_ANCHOR_SPAN days before still count. */
enum { S_MAX_ANCHOR_SPAN = 4 };

/* How well a component suits a vague report: members from the report's
 * own document first (a headline tells what its lead tells), then
 * members in the country of the report's place, even one taken from its
 * document (rescuers ending their search in a city its headline names
 * tell that city's strike, not a bombing abroad a day nearer), then
 * members that give a toll of the same kind (a "toll rises to 200"
 * story belongs with the bombing that killed 125, not with the next
 * day's shooting nearby), then the nearest day to the report's last day (an undated sentence tells the
 * latest happening, not one three days before), then most members. A
 * report of a month ("had captured the city in September") recalls the
 * happening most reports tell before the one nearest the month's end. */
typedef struct {
	size_t comp;
	int same_doc, details, gap, votes;
	int here;   /* members in the report's own town */
	int land;   /* members in the country of its place, even a loose one: before tolls */
} S_vote;

/* Both name a town, and the same one (within a few km: spellings and
 * gazetteer points differ). */
static int S_same_town(const S_rep *a, const S_rep *b)
{
	return a->place == S_PREC_CITY && b->place == S_PREC_CITY && !a->loose_place &&
	       !b->loose_place && S_within(a, b, 10.0);
}

/* Both placed in one country, the report's place loose or not: a
 * sentence placed by its document ("Dnipro" of its headline) says little
 * of where, yet more than nothing. */
static int S_same_country(const S_rep *r, const S_rep *a)
{
	return r->country && a->country && r->place && a->place &&
	       (r->country_bits && a->country_bits ? r->country_bits == a->country_bits
						   : !strcmp(r->country, a->country));
}

/* How S_vote_better weighs a report: one of a few days; one of a month
 * (S_WIDE); one of a month that names its own town or region
 * (S_WIDE_NAMED). */
enum { S_FEW = 0, S_WIDE, S_WIDE_NAMED };

static int S_wide(const S_rep *r)
{
	if (r->d1 - r->d0 < S_FEW_DAYS)
		return S_FEW;
	return r->place >= S_PREC_ADMIN1 && !r->loose_place ? S_WIDE_NAMED : S_WIDE;
}

static int S_vote_better(const S_rep *reps, const S_vote *a, const S_vote *b, int wide)
{
	if (wide != S_WIDE_NAMED && a->same_doc != b->same_doc)
		return a->same_doc > b->same_doc;
	if ((a->land > 0) != (b->land > 0))
		return a->land > 0;
	if (a->details != b->details)
		return a->details > b->details;
	if (wide && (a->here > 0) != (b->here > 0))
		return a->here > 0;
	if (wide && a->votes != b->votes)
		return a->votes > b->votes;
	if (a->gap != b->gap)
		return a->gap < b->gap;
	if (a->votes != b->votes)
		return a->votes > b->votes;
	return strcmp(reps[a->comp].event_id, reps[b->comp].event_id) < 0;
}

/* In idx (reports sorted by family, then first day), the first of r's
 * family that may overlap r's days: none before it can. */
static size_t S_first_overlap(const S_rep *reps, const size_t *idx, size_t n, const S_rep *r)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const S_rep *m = &reps[idx[mid]];
		if (m->family < r->family ||
		    (m->family == r->family && m->d0 < r->reach0 - S_MAX_ANCHOR_SPAN - S_DAY_SLACK))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The components a report that tells another happening (S_tells_another)
 * may not join: those of the sentences before it in its article. */
enum { S_APART_MAX = 16 };
typedef struct {
	size_t comp[S_APART_MAX];
	int n;
} S_apart;

static int S_kept_apart(const S_apart *apart, size_t c)
{
	for (int k = 0; k < apart->n; k++)
		if (apart->comp[k] == c)
			return 1;
	return 0;
}

/* pos: each report's place in bydoc. */
static void S_apart_of(S_rep *reps, const size_t *bydoc, const size_t *pos, size_t i, S_apart *out)
{
	out->n = 0;
	if (!reps[i].another)
		return;
	for (size_t k = pos[i]; k-- > 0 && S_same_doc(&reps[bydoc[k]], &reps[i]);) {
		const S_rep *b = &reps[bydoc[k]];
		if (b->sentence < reps[i].sentence && S_anchored(b) && out->n < S_APART_MAX)
			out->comp[out->n++] = S_find(reps, bydoc[k]);
	}
}

/* What a vague report learns of an anchored one of another document:
 * whether they fit, and what the fit adds to a vote. Reports of one
 * story copied by many outlets differ only in their documents, so the
 * anchored reports are put in classes of reports alike in everything the
 * pair tests and the vote read of them (S_alike), and a vague report
 * tests one report of each class (stamp: the vague report it was tested
 * for). */
typedef struct {
	size_t stamp;
	unsigned char fit, details, here, land;
} S_memo;

static int S_same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Whether a and b read alike to S_fit, S_counts_shared, S_same_town and
 * S_same_country paired with a report of another document. */
static int S_alike(const S_rep *a, const S_rep *b)
{
	if (a->family != b->family || !a->code[0] != !b->code[0] ||
	    a->assault_kind != b->assault_kind || a->arrest != b->arrest ||
	    a->retreat != b->retreat || a->d0 != b->d0 || a->d1 != b->d1 || a->dated != b->dated ||
	    a->night != b->night || a->place != b->place || a->loose_place != b->loose_place ||
	    a->district != b->district || a->lat != b->lat || a->lon != b->lon ||
	    memcmp(a->count, b->count, sizeof(a->count)))
		return 0;
	return S_same_str(a->source, b->source) && S_same_str(a->target, b->target) &&
	       S_same_str(a->country, b->country) && S_same_str(a->admin1, b->admin1);
}

static uint64_t S_str_hash(uint64_t h, const char *s)
{
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return (h ^ (s ? 0xff : 0xfe)) * 0x100000001b3ULL;
}

static uint64_t S_alike_hash(const S_rep *r)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	long v[] = {r->family, r->d0, r->d1, r->place, r->dated, r->night, r->assault_kind};
	for (size_t k = 0; k < sizeof(v) / sizeof(v[0]); k++)
		h = (h ^ (uint64_t)v[k]) * 0x100000001b3ULL;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		h = (h ^ (uint64_t)r->count[k]) * 0x100000001b3ULL;
	h = S_str_hash(h, r->source);
	return S_str_hash(h, r->target);
}

/* The class of each anchored report (cls, by report), numbered from 0;
 * -1 when out of memory (then every pair is tested). */
static long S_alike_classes(const S_rep *reps, const size_t *anch, size_t n, long *cls)
{
	size_t cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	size_t *slot = malloc(cap * sizeof(*slot));   /* a report of each class, or SIZE_MAX */
	if (!slot)
		return -1;
	for (size_t i = 0; i < cap; i++)
		slot[i] = SIZE_MAX;
	long n_cls = 0;
	for (size_t j = 0; j < n; j++) {
		size_t i = (size_t)S_alike_hash(&reps[anch[j]]) & (cap - 1);
		while (slot[i] != SIZE_MAX && !S_alike(&reps[slot[i]], &reps[anch[j]]))
			i = (i + 1) & (cap - 1);
		if (slot[i] == SIZE_MAX) {
			slot[i] = anch[j];
			cls[anch[j]] = n_cls++;
		} else {
			cls[anch[j]] = cls[slot[i]];
		}
	}
	free(slot);
	return n_cls;
}

/* A vague report joins the component it fits best (S_vote_better);
 * none: it waits for the last pass. */
static size_t S_best_component(pm_linker *l, const S_rep *r, const size_t *anch, size_t n_anch,
			       const S_apart *apart, S_vote *votes, size_t cap, const long *cls,
			       S_memo *memo, size_t stamp)
{
	size_t nv = 0;
	for (size_t j = S_first_overlap(l->reps, anch, n_anch, r); j < n_anch; j++) {
		const S_rep *a = &l->reps[anch[j]];
		if (a->family != r->family || a->d0 > r->d1 + S_DAY_SLACK)
			break;
		S_memo one, *m = &one;
		if (cls && !S_same_doc(r, a))
			m = &memo[cls[anch[j]]];
		if (m == &one || m->stamp != stamp) {
			m->stamp = stamp;
			m->fit = (unsigned char)S_fit(r, a);
			m->details = (unsigned char)S_counts_shared(r, a);
			m->here = (unsigned char)S_same_town(r, a);
			m->land = (unsigned char)S_same_country(r, a);
		}
		if (!m->fit)
			continue;
		size_t c = S_find(l->reps, anch[j]), k = 0;
		if (S_kept_apart(apart, c))
			continue;
		while (k < nv && votes[k].comp != c)
			k++;
		if (k == nv && nv < cap)
			votes[nv++] = (S_vote){c, 0, 0, INT32_MAX, 0, 0, 0};
		if (k == nv)
			continue;
		int gap = abs(S_day(a) - r->d1);
		votes[k].votes++;
		votes[k].same_doc |= S_same_doc(r, a);
		votes[k].details += m->details;
		votes[k].here += m->here;
		votes[k].land += m->land;
		votes[k].gap = gap < votes[k].gap ? gap : votes[k].gap;
	}
	size_t best = SIZE_MAX;
	for (size_t k = 0; k < nv; k++)
		if (best == SIZE_MAX || S_vote_better(l->reps, &votes[k], &votes[best], S_wide(r)))
			best = k;
	/* a month report naming a town that no anchored report places there
	 * recalls a happening of that town, which may anchor nothing (told
	 * by reports dated by their documents): it waits for S_join_months
	 * rather than join another happening of the town's district or
	 * region ("this month's bombing" in a town, against a gunfight in its
	 * district a few days on) */
	if (best != SIZE_MAX && S_wide(r) == S_WIDE_NAMED && r->place == S_PREC_CITY && !votes[best].here)
		return SIZE_MAX;
	return best == SIZE_MAX ? SIZE_MAX : votes[best].comp;
}

/* A toll of ten or more: a detail few happenings share. */
static int S_has_toll(const S_rep *r)
{
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		if (r->count[k] >= 10)
			return 1;
	return 0;
}

/* The same kind of action, coded alike, by the same parties on both
 * sides, in reports of one day: "Britain expels 23 Russian diplomats"
 * (161, GBR > RUSGOV) in two outlets' headlines of 14 March. */
static int S_twins(const S_rep *a, const S_rep *b)
{
	return a->known_source && a->known_target && a->doc_date && b->doc_date &&
	       !strcmp(a->code, b->code) && !strcmp(a->doc_date, b->doc_date) &&
	       S_same_text(a->source, b->source) && S_same_text(a->target, b->target);
}

/* What may let a vague report that joined nothing pair with another: a
 * day, a town or region, a toll, or both sides named. */
static int S_may_pair(const S_rep *r)
{
	return r->dated || r->place >= S_PREC_ADMIN1 || S_has_toll(r) ||
	       (S_known_actor(r->source) && S_known_actor(r->target));
}

/* Vague reports that fit no anchored one: two of them are one happening
 * when they fit and say more than a country and their reports' days:
 * both a day, or both a town or region, or one a day and the other a
 * town or region named in its sentence, or the same toll of ten or more
 * ("Gunmen kill at least 100 in Burkina Faso village" in two outlets'
 * reports of 5 June, placed by the country alone), or the same code
 * between the same parties told on the same day (S_twins); and one names
 * who acted. */
static int S_vague_pair(const S_rep *a, const S_rep *b)
{
	if (S_same_doc(a, b))
		return S_fit(a, b);   /* a headline and its lead */
	int when = a->dated && b->dated, where = a->place >= S_PREC_ADMIN1 && b->place >= S_PREC_ADMIN1;
	/* or one the day and the other a town or region its sentence names
	 * (a kidnapping told by its day and country by one outlet, by its
	 * state and the document's day by another); a place from the
	 * document would let a day's reports of the country chain */
	when |= (a->dated || b->dated) && ((a->place >= S_PREC_ADMIN1 && !a->loose_place) ||
					   (b->place >= S_PREC_ADMIN1 && !b->loose_place));
	return (a->known_source || b->known_source) &&
	       (when || where || S_counts_same(a, b) || S_twins(a, b)) && S_fit(a, b);
}

/* Edges between reports told together (S_told_together) that fit (a day
 * apart at most, unless one names no day: a headline dated by its
 * document two days after the day its lead names), for
 * the reports in state `which` (S_NOT_VAGUE: anchored ones; S_VAGUE_ALONE:
 * vague ones that joined nothing): the family-by-family search does not
 * meet a headline coded 010 and its lead coded 190. Vague ones of one
 * family too: a headline dated by its document and placed by its country
 * alone ("Colombians narrowly reject FARC peace deal") is no candidate for
 * pairing with other vague reports, yet tells what its lead tells. Looked
 * for in each document's reports only (bydoc). */
static int S_told_together_edges(pm_linker *l, const size_t *bydoc, size_t n, int which,
				 S_edges *e)
{
	S_rep *reps = l->reps;
	int rc = 0;
	for (size_t i = 0; i < n && !rc;) {
		size_t j = S_doc_end(reps, bydoc, n, i);
		for (size_t x = i; x < j && !rc; x++)
			for (size_t y = x + 1; y < j && !rc; y++) {
				const S_rep *a = &reps[bydoc[x]], *b = &reps[bydoc[y]];
				int in = which == S_NOT_VAGUE ? S_anchored(a) && S_anchored(b)
							      : a->vague == which && b->vague == which;
				if (in && (a->family != b->family || which != S_NOT_VAGUE) &&
				    S_edge_new(e, bydoc[x], bydoc[y]) &&
				    S_told_together(a, b) &&
				    (S_near_days(a, b) || !a->dated || !b->dated) && S_fit(a, b))
					rc = S_edge_add(e, bydoc[x], bydoc[y]);
			}
		i = j;
	}
	return rc;
}

/* Which report told together with a vague one it may follow: one of a
 * few days, whose choice reaches no further than the vague report's own;
 * or one of a month in its own sentence ("The UN condemned an air strike
 * that killed 168 earlier this week": the statement, 111, goes with the
 * strike, 202, dated by its month), whose month the report's days touch,
 * as a month-dated report's own choice reaches; or a headline's own lead
 * ("Nigeria kidnapping: 234 girls missing", dated by its report a week
 * on, tells what "last week's attack" of its lead tells). */
static int S_may_follow(const S_rep *a, const S_rep *b)
{
	return b->d1 - b->d0 < S_FEW_DAYS || (a->sentence == b->sentence && a->headline == b->headline) ||
	       (a->headline && !b->headline && b->sentence <= S_LEAD_LAST);
}

/* Picks, for the vague report a that joined nothing, the component of a
 * report of its own document (doc: that document's reports, n of them)
 * to join; SIZE_MAX for none. */
typedef size_t (*S_doc_choice)(S_rep *reps, const size_t *doc, size_t n, const S_rep *a);

/* Each vague report that joined nothing joins what choose picks in its
 * document, every choice made from the joins before this pass alone
 * (choices first, unions after), so the order reports came in does not
 * matter (bydoc: the reports by document, S_by_documents). */
static void S_join_in_documents(pm_linker *l, const size_t *bydoc, size_t n, S_doc_choice choose)
{
	S_rep *reps = l->reps;
	for (size_t i = 0; i < n;) {
		size_t j = S_doc_end(reps, bydoc, n, i);
		for (size_t x = i; x < j; x++) {
			S_rep *a = &reps[bydoc[x]];
			a->late = a->vague == S_VAGUE_ALONE ? choose(reps, bydoc + i, j - i, a) : SIZE_MAX;
		}
		i = j;
	}
	for (size_t i = 0; i < n; i++)
		if (reps[i].vague == S_VAGUE_ALONE && reps[i].late != SIZE_MAX) {
			S_union(reps, i, reps[i].late);
			reps[i].vague = S_VAGUE_JOINED;
		}
}

/* A vague report that fits no anchored one joins the incident a report
 * told together with it (its sentence, its headline or lead) joined:
 * "air strikes killed 140" fits the incident by its toll, and the same
 * sentence's toll-less events go with it. The smallest incident name on
 * a tie; followed only as far as S_may_follow allows. */
static size_t S_told_together_choice(S_rep *reps, const size_t *doc, size_t n, const S_rep *a)
{
	size_t best = SIZE_MAX;
	for (size_t y = 0; y < n; y++) {
		const S_rep *b = &reps[doc[y]];
		if ((b->vague != S_VAGUE_JOINED && !S_anchored(b)) || !S_may_follow(a, b) ||
		    !S_told_together(a, b) || !S_fit(a, b))
			continue;
		size_t c = S_find(reps, doc[y]);
		if (best == SIZE_MAX || strcmp(reps[c].event_id, reps[best].event_id) < 0)
			best = c;
	}
	return best;
}

/* A vague headline goes where its lead went (a headline tells what its
 * lead tells): the lead's component when the lead is anchored, whatever
 * its kind of action, or the lead's own choice when it is vague too
 * ("Dozens killed in jihadist attack in Burkina Faso", placed by the
 * country, fits a repelled attack near Kaya the next day; its lead, "an
 * attack on Saturday on the town of Barsalogho", chose Barsalogho's).
 * From the first choices alone (choice: each vague report's, by report,
 * SIZE_MAX for none), so no choice depends on another's result; a lead
 * of several events that chose apart is followed to the component the
 * headline chose itself, else the one with the smaller name. Whatever
 * place the headline gives: its few words place a story by the city
 * nearest the town, by its bureau or by another happening it is set
 * against ("strike on an airbase after the gas attack in a town"), and
 * the lead names the town; a vague headline bridges nothing, so
 * following its lead joins no two happenings. But a lead whose place the
 * headline's does not fit may be the one misread (a relative clause's
 * city, a building named for a city): the headline then keeps its own
 * choice when that is as near its day as the lead's (S_comp_gap). */
/* The days a headline's lead tells fit the headline's: any up to a week
 * before its document (S_HEADLINE_LAG), within the day's slack. */
static int S_lead_days_fit(const S_rep *h, const S_rep *b)
{
	return h->lead0 <= b->d1 + S_DAY_SLACK && b->d0 <= h->d1 + S_DAY_SLACK;
}

/* Days from the days component c names (at its root, S_components) to
 * r's last day. */
static int S_comp_gap(const S_rep *reps, size_t c, const S_rep *r)
{
	if (r->d1 >= reps[c].c0 && r->d1 <= reps[c].c1)
		return 0;
	return r->d1 < reps[c].c0 ? reps[c].c0 - r->d1 : r->d1 - reps[c].c1;
}

static void S_follow_leads(pm_linker *l, const size_t *bydoc, size_t n, size_t *choice)
{
	S_rep *reps = l->reps;
	for (size_t i = 0; i < n;) {
		size_t j = S_doc_end(reps, bydoc, n, i);
		for (size_t x = i; x < j; x++) {
			size_t hx = bydoc[x], pick = SIZE_MAX;
			S_rep *a = &reps[hx];
			if (!a->headline || S_anchored(a) || !S_short(a))
				continue;
			for (size_t y = i; y < j; y++) {
				size_t ly = bydoc[y];
				const S_rep *b = &reps[ly];
				size_t c = S_anchored(b) ? S_find(reps, ly) : choice[ly];
				if (b->headline || b->sentence > S_LEAD_LAST || c == SIZE_MAX ||
				    !S_lead_days_fit(a, b))
					continue;
				if (choice[hx] != SIZE_MAX && c != choice[hx] && !S_places_fit(a, b) &&
				    S_comp_gap(reps, c, a) >= S_comp_gap(reps, choice[hx], a))
					continue;
				if (pick == SIZE_MAX || c == choice[hx] ||
				    (pick != choice[hx] && strcmp(reps[c].event_id, reps[pick].event_id) < 0))
					pick = c;
			}
			a->late = pick;
		}
		i = j;
	}
}

/* A body sentence with no date and no place of its own (dated by its
 * document, placed by its paragraph or document, or not at all) goes on
 * with the story the sentences before it tell: "The Tripoli government
 * blamed the forces of Haftar", "The prime minister condemned the attack
 * as a criminal act", "Witnesses said police fired live rounds" tell of
 * the strike or the shooting the article has just told, in whatever kind
 * of action they are coded. */
static int S_runs_on(const S_rep *r)
{
	return !r->headline && r->sentence > S_LEAD_LAST && !r->another && !r->dated && r->date_precision &&
	       !strcmp(r->date_precision, "document") && (!r->place || r->loose_place);
}

/* A vague report that joined nothing and runs on (S_runs_on) joins the
 * incident of the nearest sentence before it in its document that joined
 * one and fits it by days and place (a second happening told further
 * down names its own day or town, so a sentence that names neither goes
 * with the last one told). The smallest incident name on a tie. */
static size_t S_running_on_choice(S_rep *reps, const size_t *doc, size_t n, const S_rep *a)
{
	if (!S_runs_on(a))
		return SIZE_MAX;
	size_t best = SIZE_MAX;
	int best_sentence = -1;
	for (size_t y = 0; y < n; y++) {
		const S_rep *b = &reps[doc[y]];
		if ((b->vague != S_VAGUE_JOINED && !S_anchored(b)) || b->sentence >= a->sentence ||
		    b->sentence < best_sentence || !S_days_fit(a, b) || !S_places_fit(a, b))
			continue;
		size_t c = S_find(reps, doc[y]);
		if (b->sentence > best_sentence || strcmp(reps[c].event_id, reps[best].event_id) < 0)
			best = c;
		best_sentence = b->sentence;
	}
	return best;
}

/* A report of a month that names its town ("Last June, gunmen seized a
 * hospital in Budyonnovsk", "The army had captured Kilinochchi in the
 * first days of January") and that fits no anchored report may recall a
 * happening told only by reports of a few days that anchor nothing
 * (headlines dated by their documents): it joins the incident such
 * reports of its kind, month and place joined (each naming its own town
 * or region: one placed by its paragraph fits any place, and took a
 * base in Mali to a strike in Ukraine), the one that gives its
 * toll first, then the one with most of them, then the smaller name. Not
 * one of its own document's: an article that dates a sentence by a
 * month while it tells its own happening by the day recalls another. */
static size_t S_month_choice(pm_linker *l, const S_rep *r, const size_t *vague, size_t n_vague,
			     S_vote *votes, size_t cap)
{
	size_t nv = 0;
	for (size_t j = S_first_overlap(l->reps, vague, n_vague, r); j < n_vague; j++) {
		const S_rep *b = &l->reps[vague[j]];
		if (b->family != r->family || b->d0 > r->d1 + S_DAY_SLACK)
			break;
		if (b->vague != S_VAGUE_JOINED || b->d1 - b->d0 >= S_FEW_DAYS || S_same_doc(r, b) ||
		    b->place < S_PREC_ADMIN1 || b->loose_place || !S_fit(r, b))
			continue;
		size_t c = S_find(l->reps, vague[j]), k = 0;
		while (k < nv && votes[k].comp != c)
			k++;
		if (k == nv && nv < cap)
			votes[nv++] = (S_vote){c, 0, 0, 0, 0, 0, 0};
		if (k == nv)
			continue;
		votes[k].votes++;
		votes[k].details += S_counts_shared(r, b);
		votes[k].here += S_same_town(r, b);
	}
	size_t best = SIZE_MAX;
	for (size_t k = 0; k < nv; k++)
		if (best == SIZE_MAX || S_vote_better(l->reps, &votes[k], &votes[best], S_WIDE_NAMED))
			best = k;
	return best == SIZE_MAX ? SIZE_MAX : votes[best].comp;
}

/* S_month_choice for each month report left alone, from the joins
 * before it alone (choices first, unions after). */
static int S_join_months(pm_linker *l, const size_t *vague, size_t n_vague)
{
	S_vote votes[64];
	size_t *choice = malloc((n_vague + 1) * sizeof(*choice));
	if (!choice)
		return pm_error_set(PM_ENOMEM, "out of memory");
	for (size_t i = 0; i < n_vague; i++) {
		const S_rep *r = &l->reps[vague[i]];
		choice[i] = SIZE_MAX;
		if (r->vague == S_VAGUE_ALONE && r->d1 - r->d0 >= S_FEW_DAYS && r->place >= S_PREC_ADMIN1 &&
		    !r->loose_place)
			choice[i] = S_month_choice(l, r, vague, n_vague, votes, 64);
	}
	for (size_t i = 0; i < n_vague; i++)
		if (choice[i] != SIZE_MAX) {
			S_union(l->reps, vague[i], choice[i]);
			l->reps[vague[i]].vague = S_VAGUE_JOINED;
		}
	free(choice);
	return 0;
}

/* A report that tells another happening does not join the component its
 * article's sentences before it chose, even where none of them is
 * anchored (headline, lead and "some 20 km to the south" all dated by
 * their document). From the choices alone (choice: by report, filled in
 * here for the anchored ones), so no drop depends on another. */
static void S_drop_told_apart(pm_linker *l, const size_t *bydoc, const size_t *pos, size_t *choice,
			      const size_t *vague, size_t *joined, size_t n_vague)
{
	S_rep *reps = l->reps;
	for (size_t i = 0; i < n_vague; i++)
		choice[vague[i]] = joined[i];
	for (size_t i = 0; i < l->n; i++)
		if (S_anchored(&reps[i]))
			choice[i] = S_find(reps, i);
	for (size_t i = 0; i < n_vague; i++) {
		const S_rep *r = &reps[vague[i]];
		if (!r->another || joined[i] == SIZE_MAX)
			continue;
		for (size_t k = pos[vague[i]]; k-- > 0 && S_same_doc(&reps[bydoc[k]], r);)
			if (reps[bydoc[k]].sentence < r->sentence && choice[bydoc[k]] == choice[vague[i]])
				joined[i] = SIZE_MAX;
	}
}

static int S_link_vague(pm_linker *l, size_t *anch, size_t n_anch, size_t *vague, size_t n_vague,
			const size_t *bydoc)
{
	S_vote votes[64];
	size_t *joined = calloc(n_vague ? n_vague : 1, sizeof(*joined));
	if (!joined)
		return pm_error_set(PM_ENOMEM, "out of memory");
	size_t *choice = malloc((l->n + 1) * sizeof(*choice));
	if (!choice) {
		free(joined);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	size_t *pos = malloc((l->n + 1) * sizeof(*pos));
	if (!pos) {
		free(joined), free(choice);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	for (size_t k = 0; k < l->n; k++)
		pos[bydoc[k]] = k;
	for (size_t i = 0; i < l->n; i++)
		choice[i] = SIZE_MAX;
	long *cls = malloc((l->n + 1) * sizeof(*cls));
	long n_cls = cls ? S_alike_classes(l->reps, anch, n_anch, cls) : -1;
	S_memo *memo = n_cls >= 0 ? calloc((size_t)n_cls + 1, sizeof(*memo)) : NULL;
	if (!memo) {   /* every pair tested */
		free(cls);
		cls = NULL;
	}
	for (size_t i = 0; i < n_vague; i++) {
		S_apart apart;
		S_apart_of(l->reps, bydoc, pos, vague[i], &apart);
		choice[vague[i]] = joined[i] = S_best_component(l, &l->reps[vague[i]], anch, n_anch,
								&apart, votes, 64, cls, memo, i + 1);
	}
	free(cls), free(memo);
	for (size_t i = 0; i < l->n; i++)
		l->reps[i].late = SIZE_MAX;
	S_follow_leads(l, bydoc, l->n, choice);
	for (size_t i = 0; i < n_vague; i++)
		if (l->reps[vague[i]].late != SIZE_MAX)
			joined[i] = l->reps[vague[i]].late;
	S_drop_told_apart(l, bydoc, pos, choice, vague, joined, n_vague);
	free(choice), free(pos);
	/* unions after every choice, so that no choice saw another's result */
	for (size_t i = 0; i < n_vague; i++) {
		if (joined[i] != SIZE_MAX)
			S_union(l->reps, vague[i], joined[i]);
		l->reps[vague[i]].vague = joined[i] != SIZE_MAX ? S_VAGUE_JOINED : S_VAGUE_ALONE;
	}
	S_join_in_documents(l, bydoc, l->n, S_told_together_choice);
	S_join_in_documents(l, bydoc, l->n, S_running_on_choice);
	/* the ones that may pair: unattached, and saying more than a country
	 * (in the order of vague: by family, then first day) */
	size_t np = 0;
	for (size_t i = 0; i < n_vague; i++) {
		const S_rep *a = &l->reps[vague[i]];
		if (a->vague == S_VAGUE_ALONE && S_may_pair(a))
			joined[np++] = vague[i];
	}
	S_edges e;
	int rc = S_edges_init(&e, l->reps, l->n);
	if (!rc)
		rc = S_pair_walk(l, joined, np, &e, S_vague_pair);
	if (!rc)
		rc = S_told_together_edges(l, bydoc, l->n, S_VAGUE_ALONE, &e);
	if (!rc) {
		S_components(l->reps, &e);
		/* a headline placed by its document pairs with another outlet's
		 * only now: the sentences after it go with it */
		for (size_t k = 0; k < e.n; k++)
			l->reps[e.v[k].a].vague = l->reps[e.v[k].b].vague = S_VAGUE_JOINED;
		S_join_in_documents(l, bydoc, l->n, S_running_on_choice);
		rc = S_join_months(l, vague, n_vague);
	}
	S_edges_free(&e);
	free(joined);
	return rc;
}

static int S_link(pm_linker *l)
{
	size_t n = l->n;
	size_t *anch = malloc((n + 1) * sizeof(size_t)), *vague = malloc((n + 1) * sizeof(size_t));
	size_t *tmp = malloc((n + 1) * sizeof(size_t)), *bydoc = malloc((n + 1) * sizeof(size_t));
	if (!anch || !vague || !tmp || !bydoc) {
		free(anch), free(vague), free(tmp), free(bydoc);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	size_t na = 0, nv = 0;
	for (size_t i = 0; i < n; i++) {
		S_rep *r = &l->reps[i];
		r->comp = i;
		r->c0 = r->c1 = S_day(r);
		r->split = 0;
		r->vague = S_NOT_VAGUE;
		if (S_anchored(r))
			anch[na++] = i;
		else if (S_short(r))
			vague[nv++] = i;
	}
	S_by_documents(l->reps, n, bydoc, tmp);
	na = 0;
	for (size_t i = 0; i < n; i++)
		if (S_anchored(&l->reps[i]))
			anch[na++] = i;
	S_sort(anch, na, l->reps, tmp);
	S_sort(vague, nv, l->reps, tmp);
	int rc = S_link_anchored(l, anch, na, bydoc);
	if (rc == 0)
		rc = S_link_vague(l, anch, na, vague, nv, bydoc);
	free(anch), free(vague), free(tmp), free(bydoc);
	return rc;
}

/* ---- the incidents ------------------------------------------------------------------ */

static int S_by_comp(const void *x, const void *y, void *ctx)
{
	const S_rep *r = ctx;
	const S_rep *a = &r[*(const size_t *)x], *b = &r[*(const size_t *)y];
	int c = strcmp(r[a->comp].event_id, r[b->comp].event_id);
	return c ? c : strcmp(a->event_id, b->event_id);
}

static int S_str_cmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The value most members give (the smallest on a tie), NULL when none:
 * sorted, so that an incident of a thousand reports costs n log n. */
static const char *S_mode(const char *const *v, int n)
{
	const char **s = malloc((size_t)(n > 0 ? n : 1) * sizeof(*s));
	if (!s)
		return NULL;
	int k = 0;
	for (int i = 0; i < n; i++)
		if (v[i])
			s[k++] = v[i];
	qsort(s, (size_t)k, sizeof(*s), S_str_cmp);
	const char *best = NULL;
	int best_n = 0;
	for (int i = 0; i < k;) {
		int j = i;
		while (j < k && !strcmp(s[j], s[i]))
			j++;
		if (j - i > best_n) {   /* ascending: a tie keeps the smaller */
			best = s[i];
			best_n = j - i;
		}
		i = j;
	}
	free(s);
	return best;
}

static int S_date_rank(const char *p)
{
	if (!p)
		return 0;
	if (!strcmp(p, "day"))
		return 4;
	if (!strcmp(p, "month"))
		return 3;
	if (!strcmp(p, "document"))
		return 2;
	return 1;
}

/* The most precise date the members give, and of those the most given. */
static void S_best_date(pm_incident *inc, S_rep **m, int n, const char **tmp)
{
	int best = 0;
	for (int i = 0; i < n; i++)
		if (m[i]->date && S_date_rank(m[i]->date_precision) > best)
			best = S_date_rank(m[i]->date_precision);
	for (int i = 0; i < n; i++)
		tmp[i] = m[i]->date && S_date_rank(m[i]->date_precision) == best ? m[i]->date : NULL;
	inc->date = S_mode(tmp, n);
	for (int i = 0; i < n; i++)
		if (inc->date && tmp[i] && !strcmp(tmp[i], inc->date))
			inc->date_precision = m[i]->date_precision;
}

static void S_best_place(pm_incident *inc, S_rep **m, int n, const char **tmp)
{
	int best = 0, loose = 1;   /* a place the sentences name, when any does */
	for (int i = 0; i < n; i++)
		loose &= !m[i]->place || m[i]->loose_place;
	for (int i = 0; i < n; i++)
		if (loose || !m[i]->loose_place)
			best = m[i]->place > best ? m[i]->place : best;
	for (int i = 0; i < n; i++)
		tmp[i] = best && m[i]->place == best && (loose || !m[i]->loose_place) ? m[i]->name
										       : NULL;
	const char *name = S_mode(tmp, n);
	for (int i = 0; i < n && name; i++)
		if (tmp[i] && !strcmp(tmp[i], name)) {
			inc->place = *m[i]->loc;
			break;
		}
}

/* The most specific code most members agree on: the longest first, then
 * the most given. */
static const char *S_specific(const char *const *v, int n, const char **tmp)
{
	size_t longest = 0;
	for (int i = 0; i < n; i++)
		if (S_known_actor(v[i]) && strlen(v[i]) > longest)
			longest = strlen(v[i]);
	for (int i = 0; i < n; i++)
		tmp[i] = S_known_actor(v[i]) && strlen(v[i]) == longest ? v[i] : NULL;
	const char *best = S_mode(tmp, n);
	if (best)
		return best;
	for (int i = 0; i < n; i++)
		tmp[i] = v[i];
	return S_mode(tmp, n);   /* "---CVL" and the like */
}

static const char *S_specific_code(S_rep **m, int n, const char **tmp)
{
	for (int i = 0; i < n; i++)   /* a generic "190" gives way to "195" */
		tmp[i] = m[i]->code && strlen(m[i]->code) >= 3 && m[i]->code[2] != '0' ? m[i]->code : NULL;
	const char *c = S_mode(tmp, n);
	if (c)
		return c;
	for (int i = 0; i < n; i++)
		tmp[i] = m[i]->code;
	return S_mode(tmp, n);
}

static int S_long_cmp(const void *x, const void *y)
{
	long a = *(const long *)x, b = *(const long *)y;
	return a < b ? -1 : a > b;
}

static void S_counts(pm_incident *inc, S_rep **m, int n)
{
	long *v = malloc((size_t)(n > 0 ? n : 1) * sizeof(*v));
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		pm_incident_count *c = &inc->counts[k];
		c->min = c->max = c->mode = -1;
		c->disagree = 0;
		int nv = 0;
		for (int i = 0; v && i < n; i++)
			if (m[i]->count[k] >= 0)
				v[nv++] = m[i]->count[k];
		if (!nv)
			continue;
		qsort(v, (size_t)nv, sizeof(*v), S_long_cmp);
		c->min = v[0];
		c->max = v[nv - 1];
		int mode_n = 0;
		for (int i = 0; i < nv;) {   /* ascending: a tie keeps the smaller */
			int j = i;
			while (j < nv && v[j] == v[i])
				j++;
			if (j - i > mode_n) {
				c->mode = v[i];
				mode_n = j - i;
			}
			i = j;
		}
		c->disagree = c->min != c->max;
	}
	free(v);
}

/* Whether m[i] and m[j] come from the same document (outlets == 0) or
 * publisher; a report with no outlet named is its document's own. */
static int S_same_source(const S_rep *a, const S_rep *b, int outlets)
{
	if (outlets && a->outlet && b->outlet)
		return S_same_text(a->outlet, b->outlet);
	if (outlets && (a->outlet || b->outlet))
		return 0;
	return a->doc_id && b->doc_id && !strcmp(a->doc_id, b->doc_id);
}

static int S_source_cmp(const void *x, const void *y, int outlets)
{
	const S_rep *a = *(S_rep *const *)x, *b = *(S_rep *const *)y;
	if (outlets && (a->outlet || b->outlet)) {
		if (!a->outlet || !b->outlet)
			return a->outlet ? -1 : 1;
		return strcasecmp(a->outlet, b->outlet);
	}
	if (!a->doc_id || !b->doc_id)
		return a->doc_id ? -1 : b->doc_id ? 1 : (a < b ? -1 : a > b);
	return strcmp(a->doc_id, b->doc_id);
}

static int S_by_outlet(const void *x, const void *y)
{
	return S_source_cmp(x, y, 1);
}

static int S_by_doc(const void *x, const void *y)
{
	return S_source_cmp(x, y, 0);
}

/* Distinct documents (outlets == 0) or publishers: sorted, then counted
 * where a neighbour differs. */
static int S_distinct(S_rep **m, int n, int outlets)
{
	S_rep **s = malloc((size_t)(n > 0 ? n : 1) * sizeof(*s));
	if (!s)
		return n;
	memcpy(s, m, (size_t)n * sizeof(*s));
	qsort(s, (size_t)n, sizeof(*s), outlets ? S_by_outlet : S_by_doc);
	int k = 0;
	for (int i = 0; i < n; i++)
		k += i == 0 || !S_same_source(s[i - 1], s[i], outlets);
	free(s);
	return k;
}

static void S_attribution(pm_incident *inc, S_rep **m, int n, pm_arena *a)
{
	int total = 0;
	for (int i = 0; i < n; i++)
		total += m[i]->n_attribution;
	const char **out = pm_arena_alloc(a, (size_t)(total + 1) * sizeof(*out));
	int k = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < m[i]->n_attribution; j++) {
			int seen = 0;
			for (int x = 0; x < k && !seen; x++)
				seen = S_same_text(out[x], m[i]->attribution[j]);
			if (!seen)
				out[k++] = m[i]->attribution[j];
		}
	inc->attribution = out;
	inc->n_attribution = k;
}

static int S_evidence_cmp(const void *x, const void *y)
{
	const pm_evidence *a = x, *b = y;
	int c = strcmp(a->doc, b->doc);
	return c ? c : (a->sentence > b->sentence) - (a->sentence < b->sentence);
}

/* The reports' evidence, each sentence once (the events of one sentence
 * name the same), by document and sentence: the same set of reports gives
 * the same list. */
static void S_evidence(pm_incident *inc, S_rep **m, int n, pm_arena *a)
{
	int total = 0;
	for (int i = 0; i < n; i++)
		total += m[i]->n_evidence;
	if (!total)
		return;
	pm_evidence *v = pm_arena_alloc(a, (size_t)total * sizeof(*v));
	int k = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < m[i]->n_evidence; j++)
			v[k++] = m[i]->evidence[j];
	qsort(v, (size_t)k, sizeof(*v), S_evidence_cmp);
	int w = 0;
	for (int i = 0; i < k; i++)
		if (!w || S_evidence_cmp(&v[w - 1], &v[i]))
			v[w++] = v[i];
	inc->evidence = v;
	inc->n_evidence = w;
}

static void S_report_dates(pm_incident *inc, S_rep **m, int n)
{
	for (int i = 0; i < n; i++) {
		const char *d = m[i]->doc_date;
		if (!d)
			continue;
		if (!inc->first_report || strcmp(d, inc->first_report) < 0)
			inc->first_report = d;
		if (!inc->last_report || strcmp(d, inc->last_report) > 0)
			inc->last_report = d;
	}
}

static void S_summarise(pm_linker *l, pm_incident *inc, S_rep **m, const size_t *idx, int n,
			const char **tmp)
{
	memset(inc, 0, sizeof(*inc));
	snprintf(inc->id, sizeof(inc->id), "I%s", l->reps[m[0]->comp].event_id);
	S_best_date(inc, m, n, tmp);
	S_best_place(inc, m, n, tmp);
	for (int i = 0; i < n; i++)
		tmp[i] = m[i]->source;
	inc->source = S_specific(tmp, n, tmp + n);
	for (int i = 0; i < n; i++)
		tmp[i] = m[i]->target;
	inc->target = S_specific(tmp, n, tmp + n);
	inc->code = S_specific_code(m, n, tmp);
	S_counts(inc, m, n);
	S_attribution(inc, m, n, &l->run_arena);
	S_evidence(inc, m, n, &l->run_arena);
	S_report_dates(inc, m, n);
	inc->reports = idx;
	inc->n_reports = n;
	const char **ids = pm_arena_alloc(&l->run_arena, (size_t)n * sizeof(*ids));
	for (int i = 0; i < n; i++)
		ids[i] = m[i]->event_id;
	inc->report_ids = ids;
	inc->n_documents = S_distinct(m, n, 0);
	inc->n_outlets = S_distinct(m, n, 1);
}

int pm_linker_link(pm_linker *l)
{
	int rc = S_link(l);
	if (rc < 0)
		return rc;
	size_t n = l->n;
	free(l->incident_ids);
	l->incident_ids = malloc((n + 1) * sizeof(*l->incident_ids));
	if (!l->incident_ids)
		return pm_error_set(PM_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		l->reps[i].comp = S_find(l->reps, i);
	for (size_t i = 0; i < n; i++) {   /* S_find may have moved roots: settle them */
		l->reps[i].comp = S_find(l->reps, i);
		snprintf(l->incident_ids[i], sizeof(l->incident_ids[i]), "I%s",
			 l->reps[l->reps[i].comp].event_id);
	}
	return 0;
}

/* Sorts v (n report indices) by component name, then event id. */
static void S_sort_by_comp(const S_rep *reps, size_t *v, size_t n, size_t *tmp)
{
	for (size_t w = 1; w < n; w *= 2)
		for (size_t i = 0; i + w < n; i += 2 * w) {
			size_t h = i + w, e = i + 2 * w < n ? i + 2 * w : n, a = i, b = h, k = i;
			while (a < h && b < e)
				tmp[k++] = S_by_comp(&v[a], &v[b], (void *)reps) <= 0 ? v[a++] : v[b++];
			while (a < h)
				tmp[k++] = v[a++];
			while (b < e)
				tmp[k++] = v[b++];
			memcpy(v + i, tmp + i, (e - i) * sizeof(size_t));
		}
}

int pm_linker_emit(pm_linker *l, int (*want)(void *ctx, const char *id), pm_incident_fn fn,
		   void *ctx)
{
	size_t n = l->n;
	if (!l->incident_ids)
		return pm_error_set(PM_EINVALID, "the linker has not linked");
	size_t *order = malloc((n + 1) * sizeof(size_t)), *tmp = malloc((n + 1) * sizeof(size_t));
	S_rep **m = malloc((n + 1) * sizeof(*m));
	const char **names = malloc(2 * (n + 1) * sizeof(*names));
	if (!order || !tmp || !m || !names) {
		free(order), free(tmp), free(m), free(names);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	/* only the members of wanted incidents are sorted and summarised: a
	 * store writes few of the incidents it links */
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (!want || want(ctx, l->incident_ids[i]))
			order[k++] = i;
	/* by component name, then event id: the same set gives the same run */
	S_sort_by_comp(l->reps, order, k, tmp);
	int rc = 0;
	for (size_t i = 0; i < k && !rc;) {
		size_t j = i;
		while (j < k && l->reps[order[j]].comp == l->reps[order[i]].comp)
			j++;
		for (size_t x = i; x < j; x++)
			m[x - i] = &l->reps[order[x]];
		pm_arena_reset(&l->run_arena);
		pm_incident inc;
		S_summarise(l, &inc, m, order + i, (int)(j - i), names);
		if (fn)
			rc = fn(ctx, &inc);
		i = j;
	}
	free(order), free(tmp), free(m), free(names);
	return rc < 0 ? rc : 0;
}

int pm_linker_run(pm_linker *l, pm_incident_fn fn, void *ctx)
{
	int rc = pm_linker_link(l);
	if (rc == 0 && fn)
		rc = pm_linker_emit(l, NULL, fn, ctx);
	return rc;
}

size_t pm_linker_count(const pm_linker *l)
{
	return l->n;
}

const char *pm_linker_incident_of(const pm_linker *l, size_t i)
{
	return l->incident_ids && i < l->n ? l->incident_ids[i] : NULL;
}
