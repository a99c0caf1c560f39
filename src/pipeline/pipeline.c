/* pipeline.c - the pm_coder object: input -> sentences -> trees -> events.
 *
 * A coder reads a model (model.c: its own, or one shared with other coders)
 * and owns one document arena; everything built for a document is released
 * in one reset when the next input starts. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "code/coder.h"
#include "pipeline/pipeline.h"
#include "dict/cameo.h"
#include "dict/dict.h"
#include "dict/labels.h"
#include "enrich/control.h"
#include "enrich/dates.h"
#include "enrich/enrich.h"
#include "util/date.h"
#include "util/error.h"
#include "util/str.h"

void pm_coder_warn(pm_coder *c, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (c->opts.warn)
		c->opts.warn(c->opts.warn_ctx, msg);
	else
		fprintf(stderr, "palmyra: %s\n", msg);
}

/* The per-coder part, over a model that is set (and checked) by the caller. */
static int S_coder_new(pm_coder **out, const pm_model *m, const pm_coder_options *opts)
{
	pm_coder_options defaults = PM_CODER_OPTIONS_INIT;
	pm_coder *c = calloc(1, sizeof(*c));
	if (!c)
		return pm_error_set(PM_ENOMEM, "out of memory");
	c->model = m;
	c->opts = opts ? *opts : defaults;
	c->code_opts = (pm_code_options)PM_CODE_OPTIONS_INIT;
	c->code_opts.require_dyad = c->opts.require_dyad;
	c->code_opts.keep_negated = c->opts.keep_negated;
	pm_arena_init(&c->doc_arena, 256 * 1024);
	pm_arena_init(&c->label_arena, 16 * 1024);
	*out = c;
	return 0;
}

int pm_coder_new(pm_coder **out, const pm_coder_options *opts)
{
	pm_coder_options defaults = PM_CODER_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	/* Dictionaries now; the tagger and the gazetteer when an input needs
	 * them (this coder is the model's only reader). */
	pm_model_options mo = PM_MODEL_OPTIONS_INIT;
	mo.dicts = opts->dicts;
	mo.data_dir = opts->data_dir;
	mo.enrich = opts->enrich;
	mo.warn = opts->warn;
	mo.warn_ctx = opts->warn_ctx;
	pm_model *m;
	int rc = pm_model_load_dicts(&m, &mo);
	if (rc < 0)
		return rc;
	if ((rc = S_coder_new(out, m, opts)) < 0) {
		pm_model_free(m);
		return rc;
	}
	(*out)->own = m;
	return 0;
}

int pm_coder_new_with_model(pm_coder **out, const pm_model *m, const pm_coder_options *opts)
{
	pm_coder_options defaults = PM_CODER_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (!m)
		return pm_error_set(PM_EINVALID, "pm_coder_new_with_model: no model");
	if (opts->enrich && !m->enrich)
		return pm_error_set(PM_EINVALID, "the coder enriches, and the model was loaded without "
						"enrichment (set pm_model_options.enrich, or the coder's enrich to 0)");
	return S_coder_new(out, m, opts);
}

void pm_coder_free(pm_coder *c)
{
	if (!c)
		return;
	pm_pipeline_text_free(c);
	pm_arena_free(&c->doc_arena);
	pm_arena_free(&c->label_arena);
	pm_model_free(c->own);
	free(c);
}

static int S_truthy(const char *v)
{
	return v && (!strcasecmp(v, "true") || !strcmp(v, "1") || !strcasecmp(v, "yes"));
}

/* A <Config> value comes from the input: a number is read with its range
 * checked (atoi's overflow is undefined), one that is not a number is
 * refused and the option left as it was. */
int pm_coder_set_option(pm_coder *c, const char *name, const char *value)
{
	if (!strcmp(name, "require_dyad")) {
		c->code_opts.require_dyad = S_truthy(value);
	} else if (!strcmp(name, "new_actor_length")) {
		char *end = NULL;
		errno = 0;
		long n = value ? strtol(value, &end, 10) : 0;
		if (value && (end == value || *end || errno || n < 0 || n > 1000))
			return pm_error_set(PM_EINVALID, "new_actor_length: '%s' is not a number from 0 to 1000",
					    value);
		c->code_opts.new_actor_length = (int)n;
	}
	return 0;
}

const pm_dict_report *pm_coder_dict_reports(const pm_coder *c, int *n)
{
	return pm_dict_reports(c->model->dict, n);
}

const pm_dict *pm_coder_dict(const pm_coder *c)
{
	return c->model->dict;
}

int pm_coder_actor_label(const pm_coder *c, const char *code, char *buf, size_t cap)
{
	if (!code || !*code || !cap)
		return pm_error_set(PM_EINVALID, "no actor code given");
	pm_arena a;
	pm_arena_init(&a, 1024);
	const char *label = pm_label_actor(pm_coder_dict(c), code, &a);
	int n = snprintf(buf, cap, "%s", label ? label : code);
	pm_arena_free(&a);
	return n;
}

typedef struct {
	const char *side;
	char state[8];
	int from;
} S_became;

static int S_became_one(void *ctx, const char *before, const char *after, int from)
{
	S_became *b = ctx;
	char was[32], now[32];
	/* a side of the country that is not its state yet ("RUSMIL" of a
	 * man who later joined the government is the state already) */
	if (pm_control_party(before, was, sizeof(was)) <= 0 || strcmp(was, b->side) ||
	    pm_control_party(after, now, sizeof(now)) != 3 || strncmp(now, was, 3) ||
	    !strcmp(now, was))
		return 0;
	memcpy(b->state, now, 4);
	b->from = from;
	return 1;
}

int pm_coder_side_became(const pm_coder *c, const char *side, char *buf, size_t cap, int *day)
{
	if (!c || !side || !buf || !cap || !day)
		return pm_error_set(PM_EINVALID, "pm_coder_side_became: bad argument");
	S_became b = {side, "", 0};
	if (!pm_dict_each_change(pm_coder_dict(c), S_became_one, &b))
		return 0;
	/* ">20210815" reads "after 15 August": the state from the 16th */
	*day = pm_date_add_days(b.from, 1);
	snprintf(buf, cap, "%s", b.state);
	return 1;
}

typedef struct {
	const char *side, *of;
} S_affiliated;

static int S_affiliated_one(void *ctx, const char *code, const char *of, int from, int to)
{
	const S_affiliated *a = ctx;
	char side[32], group[32];
	(void)from, (void)to;
	return pm_control_party(code, side, sizeof(side)) > 0 && !strcmp(side, a->side) &&
	       pm_control_party(of, group, sizeof(group)) > 0 && !strcmp(group, a->of);
}

int pm_coder_side_affiliated(const pm_coder *c, const char *side, const char *of)
{
	if (!c || !side || !of)
		return pm_error_set(PM_EINVALID, "pm_coder_side_affiliated: bad argument");
	S_affiliated a = {side, of};
	return pm_dict_each_affiliation(pm_coder_dict(c), S_affiliated_one, &a) ? 1 : 0;
}

void pm_coder_stats_get(const pm_coder *c, pm_coder_stats *out)
{
	*out = c->stats;
}

/* ---- from a coded event to a public event ---------------------------------- */

/* The words of a token span, as written, joined by spaces. */
static const char *S_span_text(pm_arena *a, const pm_sentence *s, int first, int last)
{
	if (first < 0 || last < first || last >= s->n_tokens)
		return NULL;
	size_t n = 0;
	for (int i = first; i <= last; i++)
		n += strlen(s->tokens[i].text) + 1;
	char *out = pm_arena_alloc(a, n + 1), *p = out;
	for (int i = first; i <= last; i++) {
		size_t k = strlen(s->tokens[i].text);
		if (p != out)
			*p++ = ' ';
		memcpy(p, s->tokens[i].text, k);
		p += k;
	}
	*p = '\0';
	return out;
}

static void S_fill_code(pm_event *ev, const char *code)
{
	ev->code = code;
	ev->root[0] = code[0];
	ev->root[1] = code[0] ? code[1] : '\0';
	ev->root[2] = '\0';
	const pm_cameo *cm = pm_cameo_find(code);
	ev->quad = cm ? cm->quad : 0;
	ev->goldstein = cm ? cm->goldstein : 0.0;
	ev->code_label = cm ? cm->name : NULL;
	ev->plover = cm ? pm_cameo_plover_of(code) : NULL;
}

static int S_same_code(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Same (source, target, code) twice in one sentence is one event. */
static int S_seen(const pm_coded_event *evs, int i)
{
	for (int j = 0; j < i; j++)
		if (!strcmp(evs[j].code, evs[i].code) && S_same_code(evs[j].source, evs[i].source) &&
		    S_same_code(evs[j].target, evs[i].target))
			return 1;
	return 0;
}

/* "---CVL" in Syria is "SYRCVL": an agent named without a country belongs
 * to the country where the event happens. */
static const char *S_with_country(pm_arena *a, const char *code, const char country[4])
{
	if (!code || strncmp(code, "---", 3) || strlen(country) != 3)
		return code;
	size_t n = strlen(code);
	char *out = pm_arena_alloc(a, n + 1);
	memcpy(out, country, 3);
	memcpy(out + 3, code + 3, n - 2);
	return out;
}

/* "the occupiers shelled a civilian convoy", "Aggression warplanes
 * targeted a bus", "occupation forces": a side named by what makes it
 * foreign to the place is no side of the place's country; its code keeps
 * no country rather than the victims'. */
static int S_foreign_by_name(const char *text)
{
	static const char *const foreign[] = {"occupier", "occupiers", "occupation", "invader",
					      "invaders", "aggression", "aggressor", "aggressors", NULL};
	if (!text)
		return 0;
	if (!strncasecmp(text, "the ", 4))
		text += 4;
	size_t n = strcspn(text, " -");
	for (int i = 0; foreign[i]; i++)
		if (strlen(foreign[i]) == n && !strncasecmp(text, foreign[i], n))
			return 1;
	return 0;
}

/* "Israel struck Iranian nuclear facilities and killed several senior
 * military commanders": a place that is only the doer's own name says
 * where the doer is from, not whose forces it fought; a side that turns
 * its guns (18x-20x) on its own soldiers or police is too rare a reading
 * to rest on that. */
static int S_own_forces_hit(const pm_event *ev, const pm_enrich_extra *x)
{
	static const char *const forces[] = {"MIL", "COP", "SPY", NULL};
	const char *t = ev->target.code;
	return x->place_in_source && t && strlen(t) == 6 && !strncmp(t, "---", 3) &&
	       pm_str_in(t + 3, forces) && ev->code[0] == '1' && ev->code[1] >= '8';
}

/* One sentence's events on their way out, with what the sentence-level
 * checks need beside the public fields. */
typedef struct {
	pm_event ev;
	const pm_coded_event *ce;
	pm_enrich_extra x;
	int dropped;
} S_out;

/* A code's label, composed once per coder: a few hundred codes make up
 * most events, and composing one costs more than writing the event. The
 * memo's strings live in the coder's own arena, which a memo slot taken
 * over leaves as it is (a few bytes per distinct code). */
static const char *S_label(pm_coder *c, const char *code)
{
	if (!code)
		return NULL;
	uint32_t h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)code; *p; p++)
		h = (h ^ *p) * 16777619u;
	unsigned slot = h & 255u;
	if (c->labels[slot].code && !strcmp(c->labels[slot].code, code))
		return c->labels[slot].label;
	const char *label = pm_label_actor(pm_coder_dict(c), code, &c->label_arena);
	c->labels[slot].code = pm_arena_strdup(&c->label_arena, code);
	c->labels[slot].label = label;
	return label;
}

/* Builds the public event of ce; 0 when it is not to be emitted (negated,
 * or an agent acting on itself once it has a country). */
static int S_build(pm_coder *c, const pm_doc *doc, const pm_sentence *s,
		   const pm_coded_event *ce, S_out *o)
{
	pm_event *ev = &o->ev;
	memset(o, 0, sizeof(*o));
	o->ce = ce;
	o->x.country[0] = '\0';
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		ev->counts[k].value = ev->counts[k].value_max = -1;
		o->x.count_first[k] = -1;
	}
	ev->id = c->doc_info.id;
	ev->doc = &c->doc_info;
	ev->sentence = s->index;
	ev->text = s->text;
	ev->headline = s->is_headline;
	ev->source.code = ce->source;
	ev->source.text = S_span_text(&c->doc_arena, s, ce->src_first, ce->src_last);
	ev->target.code = ce->target;
	ev->target.text = S_span_text(&c->doc_arena, s, ce->tgt_first, ce->tgt_last);
	S_fill_code(ev, ce->code);
	ev->negated = ce->negated;
	ev->date = c->doc_info.date;
	ev->date_precision = ev->date ? "document" : NULL;
	ev->modality = ce->negated ? "negated" : NULL;
	if (c->opts.enrich) {
		if (pm_enrich_event(doc, s, ce, c->places, &c->doc_arena, ev, &o->x))
			ev->negated = 1;
		if (c->agent_country && o->x.country[0]) {
			const char *named = ev->source.code, *tnamed = ev->target.code;
			if (!S_foreign_by_name(ev->source.text))
				ev->source.code = S_with_country(&c->doc_arena, ev->source.code, o->x.country);
			if (!S_foreign_by_name(ev->target.text) && !S_own_forces_hit(ev, &o->x))
				ev->target.code = S_with_country(&c->doc_arena, ev->target.code, o->x.country);
			/* "the army" against "the army", "Iranian forces" against
			 * "marines" there; "Ethiopia declared a state of emergency" on
			 * its own land (a bare "---" place) stays */
			if (S_same_code(ev->source.code, ev->target.code) && ev->source.code &&
			    (ev->source.code != named || (ev->target.code != tnamed && strlen(tnamed) > 3)))
				return 0;
		}
	}
	/* a statement with no code (a hold, a denial) is what the sentence
	 * says, negated or not: "the Taliban denied losing Kunduz" */
	if (ev->negated && !c->code_opts.keep_negated && ce->code[0])
		return 0;
	ev->source.label = S_label(c, ev->source.code);
	ev->target.label = S_label(c, ev->target.code);
	return 1;
}

/* "Bosnian Serb militiamen expelled thousands of Muslims from Sanski
 * Most", "thousands of villagers fled the town": people counted out of a
 * place lose no ground in a fight. A loss whose party is a crowd of
 * people of no armed kind (a bare country code, or civilians, refugees)
 * stays a statement of control with no code, as a hold does, not a
 * military retreat (0874). */
static int S_people_driven_out(const pm_event *ev)
{
	static const char *const crowds[] = {"thousands", "hundreds", "tens", "dozens", "scores",
					     "millions", NULL};
	static const char *const people[] = {"CVL", "PPL", "REF", NULL};
	const char *code = ev->source.code, *text = ev->source.text;
	if (!ev->code || strcmp(ev->code, "0874") || !code || !text)
		return 0;
	size_t n = strlen(code);
	if (n >= 6 && pm_str_in(code + n - 3, people))
		return 1;
	if (n != 3)
		return 0;
	size_t w = strcspn(text, " ");
	for (int i = 0; crowds[i]; i++)
		if (strlen(crowds[i]) == w && !strncasecmp(text, crowds[i], w))
			return 1;
	return isdigit((unsigned char)text[0]);
}

/* "RPF rebels captured Kigali as government troops fled west", "Islamic
 * State fighters overran Mosul as Iraqi soldiers abandoned their posts":
 * a retreat a control statement made an event of its own, aimed at no
 * one, is a retreat from the side the same sentence says took ground
 * (19x by another actor). */
static void S_loss_to_gainer(pm_coder *c, S_out *o, int n)
{
	for (int i = 0; i < n; i++) {
		pm_event *e = &o[i].ev;
		if (o[i].dropped || strcmp(e->code, "0874") || e->target.code || !e->source.code ||
		    !e->control.change)
			continue;
		for (int j = 0; j < n; j++) {
			const pm_event *g = &o[j].ev;
			if (j == i || o[j].dropped || g->negated || !g->source.code ||
			    !strncmp(g->source.code, "---", 3) || strncmp(g->code, "19", 2) ||
			    !strcmp(g->source.code, e->source.code))
				continue;
			e->target.code = g->source.code;
			e->target.text = g->source.text;
			e->target.label = S_label(c, e->target.code);
			break;
		}
	}
}

/* a's actor agrees with b's: the same code, or one of them unknown. */
static int S_actor_fits(const char *a, const char *b)
{
	return !a || !b || !strcmp(a, b);
}

/* A generic code ("190 use conventional military force") beside a more
 * specific one of the same root and actors ("195 employ aerial weapons")
 * is one action told twice: the generic one goes, so that a table holds
 * one row per action. */
static void S_drop_generic(S_out *o, int n)
{
	for (int i = 0; i < n; i++) {
		const pm_event *g = &o[i].ev;
		if (strlen(g->code) != 3 || g->code[2] != '0')
			continue;
		for (int j = 0; j < n; j++) {
			const pm_event *e = &o[j].ev;
			if (j == i || o[j].dropped || strncmp(e->code, g->code, 2) ||
			    !strcmp(e->code, g->code))
				continue;
			/* "recaptured Kupiansk and Izium": the statement of each
			 * place is kept, however generic its code */
			if (g->control.change && (g->location.geonameid != e->location.geonameid ||
						  strcmp(g->location.text ? g->location.text : "",
							 e->location.text ? e->location.text : "")))
				continue;
			if (S_actor_fits(g->source.code, e->source.code) &&
			    S_actor_fits(g->target.code, e->target.code)) {
				/* "invaded Kuwait and seized Kuwait City": the
				 * statement the generic one carried goes with the
				 * action that stays, or the capture is lost */
				if (g->control.change && !e->control.change)
					o[j].ev.control = g->control;
				o[i].dropped = 1;
				break;
			}
		}
	}
}

/* A target with no country left once the place has spoken ("killed
 * several senior commanders", "seized the emir's palace") beside an act
 * of the same kind by the same source on a target whose country is known
 * ("struck Iranian nuclear facilities", "invaded Kuwait") is a detail of
 * that act, not an act on an unknown party: it goes. */
static void S_drop_unplaced(S_out *o, int n)
{
	for (int i = 0; i < n; i++) {
		const pm_event *u = &o[i].ev;
		if (o[i].dropped || !u->target.code || strncmp(u->target.code, "---", 3) ||
		    !u->source.code || !u->code[0])
			continue;
		for (int j = 0; j < n; j++) {
			const pm_event *e = &o[j].ev;
			if (j == i || o[j].dropped || !e->target.code || strlen(e->target.code) < 3 ||
			    !strncmp(e->target.code, "---", 3) || strncmp(e->code, u->code, 2) ||
			    !S_same_code(e->source.code, u->source.code))
				continue;
			o[i].dropped = 1;
			break;
		}
	}
}

/* A state, or its government, forces or courts ("TUR", "THAMIL"), not
 * a body above or beside states. */
static int S_state_actor(const char *code)
{
	static const char *const bodies[] = {"IGO", "NGO", "IMG", "MNC", "---", NULL};
	static const char *const arms[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", NULL};
	size_t n = code ? strlen(code) : 0;
	if (n < 3 || !isupper((unsigned char)code[0]))
		return 0;
	for (int i = 0; bodies[i]; i++)
		if (!strncmp(code, bodies[i], 3))
			return 0;
	if (n == 3)
		return 1;
	for (int i = 0; arms[i]; i++)
		if (!strncmp(code + 3, arms[i], 3))
			return 1;
	return 0;
}

/* "Thai security forces killed more than 100 insurgents", "Turkey
 * suspended thousands of judges", "the army removed the president and
 * detained him": once the place has not spoken, the armed men, officials
 * and opposition a state coerces or fights without a country named are
 * its own (17x-20x); civilians are not, being as often abroad. */
static void S_home_parties(pm_coder *c, S_out *o, int n)
{
	static const char *const home[] = {"INS", "REB", "UAF", "OPP", "JUD", "EDU", "LEG", "MED",
					   "LAB", "ELI", "GOV", NULL};
	for (int i = 0; i < n; i++) {
		pm_event *e = &o[i].ev;
		const char *t = e->target.code;
		if (o[i].dropped || !t || strncmp(t, "---", 3) || e->code[0] < '1' ||
		    (e->code[0] == '1' && e->code[1] < '7') || !S_state_actor(e->source.code))
			continue;
		int agent = 0;
		for (int k = 0; home[k] && strlen(t) == 6; k++)
			agent |= !strcmp(t + 3, home[k]);
		/* a bare "---" only for arrests, expulsions, repression at home */
		int held = strlen(t) == 3 && e->code[1] == '7';
		if (!agent && !held)
			continue;
		char country[4];
		memcpy(country, e->source.code, 3);
		country[3] = '\0';
		e->target.code = S_with_country(&c->doc_arena, t, country);
		e->target.label = S_label(c, e->target.code);
	}
}

/* "The IRA ordered an end to its armed campaign", "Thai protest leaders
 * surrendered": rebels or an opposition of known country yielding (08x)
 * to no one named and at no place that says otherwise yield to their own
 * state. */
static void S_home_yield(pm_coder *c, S_out *o, int n)
{
	static const char *const sides[] = {"REB", "INS", "OPP", "UAF", NULL};
	for (int i = 0; i < n; i++) {
		pm_event *e = &o[i].ev;
		const char *s = e->source.code, *t = e->target.code;
		if (o[i].dropped || strncmp(e->code, "08", 2) || !t || strcmp(t, "---") || !s ||
		    strlen(s) != 6 || !strncmp(s, "---", 3) || !isupper((unsigned char)s[0]))
			continue;
		int side = 0;
		for (int k = 0; sides[k]; k++)
			side |= !strcmp(s + 3, sides[k]);
		if (!side)
			continue;
		char country[4];
		memcpy(country, s, 3);
		country[3] = '\0';
		e->target.code = S_with_country(&c->doc_arena, t, country);
		e->target.label = S_label(c, e->target.code);
	}
}

/* "French troops began deploying in the Central African Republic",
 * "British paratroopers arrived in Freetown", "sent a carrier toward
 * Taiwan": forces a state deploys, sends or lands in another country are
 * there to protect or keep the peace (074) as news tells it; at home
 * ("sent thousands of troops to Michoacan", whatever the verb's pattern
 * said), and massed on a border, they are a show of force (154). Known
 * once the place has given the target its country. */
static void S_foreign_forces(const pm_sentence *s, S_out *o, int n)
{
	static const char *const move[] = {"DEPLOY", "SEND", "DISPATCH", "DESPATCH", "ARRIVE",
					   "LAND", "FLY", "STATION", NULL};
	for (int i = 0; i < n; i++) {
		pm_event *e = &o[i].ev;
		int tok = o[i].ce->verb_token;
		int sent = !strcmp(e->code, "074");
		if (o[i].dropped || (strcmp(e->code, "154") && strcmp(e->code, "153") && !sent) ||
		    tok < 0 || tok >= s->n_tokens || !S_state_actor(e->source.code) ||
		    !S_state_actor(e->target.code) ||
		    (strncmp(e->source.code, e->target.code, 3) == 0) != sent)
			continue;
		const char *lemma = s->tokens[tok].lemma ? s->tokens[tok].lemma : s->tokens[tok].upper;
		int moved = 0;
		for (int k = 0; move[k] && lemma; k++)
			moved |= !strcmp(lemma, move[k]);
		if (moved)
			S_fill_code(e, sent ? "154" : "074");
	}
}

static int S_distance(int a, int b)
{
	return a < 0 || b < 0 ? 1 << 20 : (a > b ? a - b : b - a);
}

/* A toll stated once belongs to one event: the one whose verb is nearest
 * to it (the first on a tie), so that summing a kind over events counts
 * it once. */
static void S_own_counts(S_out *o, int n)
{
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		for (int i = 0; i < n; i++) {
			int at = o[i].x.count_first[k];
			if (o[i].dropped || at < 0)
				continue;
			int best = i;
			for (int j = i + 1; j < n; j++)
				if (!o[j].dropped && o[j].x.count_first[k] == at &&
				    S_distance(o[j].ce->verb_token, at) <
					    S_distance(o[best].ce->verb_token, at))
					best = j;
			for (int j = i; j < n; j++)
				if (j != best && o[j].x.count_first[k] == at) {
					o[j].ev.counts[k] = (pm_event_count){-1, -1, NULL, 0};
					o[j].x.count_first[k] = -1;
				}
		}
}

/* n (<= 8) bytes at p as a little-endian number, on any machine. */
static uint64_t S_le64(const unsigned char *p, size_t n)
{
	uint64_t w = 0;
	if (n == 8) {
		memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		w = __builtin_bswap64(w);
#endif
		return w;
	}
	for (size_t i = 0; i < n; i++)
		w |= (uint64_t)p[i] << (8 * i);
	return w;
}

/* A 64-bit multiply-xorshift hash of s, eight bytes a step (a sentence is
 * hashed for every event): the same value on every machine and run. The
 * length goes in last, so "ab"+"c" and "a"+"bc" differ. */
static uint64_t S_mix(uint64_t h, const char *str)
{
	const unsigned char *p = (const unsigned char *)(str ? str : "");
	size_t n = strlen((const char *)p), left = n;
	for (; left >= 8; p += 8, left -= 8) {
		h = (h ^ S_le64(p, 8)) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 32;
	}
	h = (h ^ S_le64(p, left) ^ ((uint64_t)n << 56)) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

/* The event id hashes what identifies the event in its input: the
 * document id, the sentence (index and text), the code, the actors and
 * the rank among events identical in all these. No run-dependent value
 * (time, worker, file path) enters it. */
static void S_event_id(const pm_event *ev, int rank, char out[17])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	h = S_mix(h, ev->doc->id);
	h = (h ^ ((uint64_t)(uint32_t)ev->sentence << 32 | (uint32_t)rank)) * 0x100000001b3ULL;
	h = S_mix(h, ev->text);
	h = S_mix(h, ev->code);
	h = S_mix(h, ev->source.code);
	h = S_mix(h, ev->target.code);
	for (int i = 15; i >= 0; i--, h >>= 4)
		out[i] = "0123456789abcdef"[h & 15];
	out[16] = '\0';
}

/* A capture's loser the reader found ("Mekelle, that had been held by
 * the TPLF") is the target where the coder's target is the gainer's own
 * side ("took control of the regional capital": ETHGOV): the timeline
 * reads the target as the side the town was taken from. */
static void S_control_loser(pm_coder *c, const pm_control_stmt *st, pm_event *ev)
{
	char a[32], b[32];
	if (st->change != PM_CONTROL_GAIN || !st->loser || !st->party)
		return;
	/* a target that names no side ("---") gives way too, and so does
	 * the town itself ("seized Menaka from the MNLA": MLI, the town's
	 * country, is the coder's target) */
	int town = ev->target.text && ev->location.text && !strcmp(ev->target.text, ev->location.text);
	if (ev->target.code && strncmp(ev->target.code, "---", 3) && !town &&
	    (pm_control_party(ev->target.code, a, sizeof(a)) <= 0 ||
	     pm_control_party(st->party, b, sizeof(b)) <= 0 || strcmp(a, b)))
		return;
	ev->target.code = st->loser;
	ev->target.label = S_label(c, st->loser);
}

/* yyyymmdd of a "YYYY-MM-DD" date; 0 for any other. */
/* yyyymmdd of an event's day-precise date ("2016-03-25"); 0 for none. */
static int S_ymd(const char *text)
{
	pm_date d;
	if (!text || pm_date_parse(text, strlen(text), &d) != 0)
		return 0;
	return pm_date_first_day(&d);
}

/* "A day earlier, the militants had seized the town of Konna" after a
 * sentence told of Friday: its events are of Thursday, a day-precise date
 * (two day-precise dates two days apart tell two happenings), not the
 * document's. *last_day is the latest day an earlier sentence stated; with
 * none, a step back counts from the document's day ("Two days earlier,
 * forces captured the town" in a report of Tuesday is of Sunday), and a
 * step forward says nothing the document's date does not. The opening
 * phrase dates the events the coder left at the document's date and those
 * it dated by that phrase itself (counted from the report's day there). */
static void S_relative_days(pm_coder *c, const pm_sentence *s, int doc_day, S_out *o, int k,
			    int *last_day)
{
	int off = 0, day = 0;
	char text[96];
	int rel = pm_dates_relative_day(s, &off, text, sizeof(text));
	int anchor = *last_day ? *last_day : off < 0 ? doc_day : 0;
	rel = rel && anchor;
	for (int i = 0; i < k; i++) {
		pm_event *ev = &o[i].ev;
		if (o[i].dropped || !ev->date_precision)
			continue;
		if (rel && (!strcmp(ev->date_precision, "document") ||
			    (ev->date_text && !strcmp(ev->date_text, text)))) {
			int d = pm_date_add_days(anchor, off);
			char *buf = pm_arena_alloc(&c->doc_arena, 11);
			snprintf(buf, 11, "%04d-%02d-%02d", d / 10000 % 10000, d / 100 % 100, d % 100);
			ev->date = buf;
			ev->date_precision = "day";
			ev->date_text = pm_arena_strdup(&c->doc_arena, text);
		}
		if (!day && !strcmp(ev->date_precision, "day"))
			day = S_ymd(ev->date);
	}
	if (day)
		*last_day = day;
}

/* One sentence's events, made before any is given out: a sentence's
 * evidence (evidence.c) is known only once every sentence has been read. */
typedef struct {
	S_out *o;
	int k;
} S_made;

static void S_make(pm_coder *c, const pm_doc *doc, const pm_sentence *s, const pm_coded_event *evs,
		   int n, int *last_day, S_made *made)
{
	pm_control_stmt *st;
	int n_st = pm_pipeline_control(c, doc, s, evs, n, &st);
	if (n + n_st == 0)
		return;   /* most sentences: no zeroed event to make */
	S_out *o = pm_arena_alloc(&c->doc_arena, (size_t)(n + n_st + 1) * sizeof(*o));
	int k = 0;
	for (int i = 0; i < n; i++) {
		if (S_seen(evs, i) || (evs[i].negated && !c->code_opts.keep_negated))
			continue;
		if (S_build(c, doc, s, &evs[i], &o[k])) {
			int j = pm_control_match(st, n_st, &evs[i], &o[k].ev.location);
			if (j >= 0) {
				/* the statement is this event: its place is the one
				 * the statement names ("withdrew from the town") */
				st[j].used = 1;
				pm_enrich_control(&st[j], &o[k].ev);
				S_control_loser(c, &st[j], &o[k].ev);
				if (evs[i].verb_token == st[j].trigger)
					pm_enrich_place(&st[j].place, &c->doc_arena, &o[k].ev, &o[k].x);
			}
			k++;
		}
	}
	/* A statement no coded event reports becomes an event of its own
	 * (docs/control.md): a gain 192, a loss 0874, a hold or a denial no
	 * code, at the place the reader found. */
	for (int j = 0; j < n_st; j++) {
		if (st[j].used || (!st[j].party && st[j].change != PM_CONTROL_CONTEST &&
				   strcmp(pm_control_status_name(st[j].status), "denied")))
			continue;
		pm_coded_event *ce = pm_arena_alloc(&c->doc_arena, sizeof(*ce));
		pm_control_event(&st[j], s->index, ce);
		if (!S_build(c, doc, s, ce, &o[k]))
			continue;
		pm_enrich_place(&st[j].place, &c->doc_arena, &o[k].ev, &o[k].x);
		pm_enrich_control(&st[j], &o[k].ev);
		if (S_people_driven_out(&o[k].ev))
			S_fill_code(&o[k].ev, "");
		k++;
	}
	S_loss_to_gainer(c, o, k);
	S_drop_generic(o, k);
	if (c->agent_country && c->opts.enrich) {
		S_drop_unplaced(o, k);
		S_home_parties(c, o, k);
		S_home_yield(c, o, k);
		S_foreign_forces(s, o, k);
	}
	S_own_counts(o, k);
	if (c->document && c->opts.enrich)
		S_relative_days(c, s, doc->date, o, k, last_day);
	for (int i = 0; i < k; i++) {
		if (o[i].dropped)
			continue;
		int rank = 0;
		for (int j = 0; j < i; j++)
			rank += !o[j].dropped && !strcmp(o[j].ev.code, o[i].ev.code) &&
				S_same_code(o[j].ev.source.code, o[i].ev.source.code) &&
				S_same_code(o[j].ev.target.code, o[i].ev.target.code);
		S_event_id(&o[i].ev, rank, o[i].ev.event_id);
	}
	made->o = o;
	made->k = k;
}

/* A headline and its lead tell one happening (docs/incidents.md). A
 * report weeks or months on (an investigation, a toll counted long after,
 * an anniversary) dates it in one of them and leaves the other at its
 * report's day: "Witnesses describe massacre in holy city" over a lead
 * "soldiers killed 800 people there in late November". Beyond the week
 * the linker follows a headline back by itself (S_HEADLINE_LAG in
 * src/incident/link.c), the one left at its report's day takes the
 * other's date, so that each event alone says when: a store links an
 * event by its own days, not by its lead's. */
enum { S_RECALL_DAYS = 7 };

/* The one date every event of a sentence gives of its own, a day or a
 * month, each with a code: NULL when one is dated by its report
 * ("shelled the town, which the militants have held since June 2014"
 * tells the shelling of the report's day), when they differ, when one
 * gives only a year, or when one has no code (a town "held since March"
 * says whose it is, not what happened).
 * *only_report is whether every event is dated by its report alone. */
static const pm_event *S_own_date(const S_made *m, int *only_report)
{
	const pm_event *one = NULL;
	int report = 0, own = 0, apart = 0;
	for (int j = 0; j < m->k; j++) {
		const pm_event *ev = &m->o[j].ev;
		if (m->o[j].dropped)
			continue;
		const char *p = ev->date_precision ? ev->date_precision : "";
		if (!strcmp(p, "document")) {
			report++;
			continue;
		}
		own++;
		if ((strcmp(p, "day") && strcmp(p, "month")) || !ev->date || !ev->code || !ev->code[0] ||
		    (one && strcmp(one->date, ev->date)))
			apart = 1;
		else if (!one)
			one = ev;
	}
	*only_report = report > 0 && !own;
	return report || apart ? NULL : one;
}

/* The CAMEO root of a code, 0 for none. */
static int S_root_of(const char *code)
{
	if (!code || !isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1]))
		return 0;
	return (code[0] - '0') * 10 + (code[1] - '0');
}

/* Two codes of one kind of action: the same root, or two of assault,
 * fight and mass violence (18-20), which outlets use for one attack. */
static int S_same_kind(const char *a, const char *b)
{
	int x = S_root_of(a), y = S_root_of(b);
	return x && y && (x == y || (x >= 18 && x <= 20 && y >= 18 && y <= 20));
}

/* The events of m dated by their report, of the kind from tells, take
 * from's date: a headline "Residents flee rebel-held town" (no code) over
 * a lead telling the town's capture in March tells of the report's day. */
static void S_take_date(S_made *m, const pm_event *from)
{
	for (int j = 0; j < m->k; j++) {
		pm_event *ev = &m->o[j].ev;
		if (m->o[j].dropped || !ev->date_precision || strcmp(ev->date_precision, "document") ||
		    !S_same_kind(ev->code, from->code))
			continue;
		ev->date = from->date;
		ev->date_precision = from->date_precision;
		ev->date_text = from->date_text;
	}
}

static void S_headline_dates(const pm_doc *doc, S_made *made)
{
	if (doc->n_sents < 2 || !doc->sents[0].is_headline || doc->sents[1].is_headline || !doc->date)
		return;
	long report = pm_date_day_number(doc->date / 10000, doc->date / 100 % 100, doc->date % 100);
	int head_doc = 0, lead_doc = 0;
	const pm_event *head = S_own_date(&made[0], &head_doc);
	const pm_event *lead = S_own_date(&made[1], &lead_doc);
	long first, last;
	if (lead && head_doc && pm_date_iso_range(lead->date, &first, &last) && last < report - S_RECALL_DAYS)
		S_take_date(&made[0], lead);
	else if (head && lead_doc && pm_date_iso_range(head->date, &first, &last) &&
		 last < report - S_RECALL_DAYS)
		S_take_date(&made[1], head);
}

/* Each event names the sentences with no event that tell what its own
 * sentence tells. */
static void S_evidence(pm_coder *c, const pm_doc *doc, S_made *made)
{
	int n = doc->n_sents;
	const pm_event **first = pm_arena_alloc(&c->doc_arena, (size_t)(n + 1) * sizeof(*first));
	const pm_evidence **ev = pm_arena_alloc(&c->doc_arena, (size_t)(n + 1) * sizeof(*ev));
	int *n_ev = pm_arena_alloc(&c->doc_arena, (size_t)(n + 1) * sizeof(*n_ev));
	for (int i = 0; i < n; i++)
		for (int j = 0; j < made[i].k && !first[i]; j++)
			if (!made[i].o[j].dropped)
				first[i] = &made[i].o[j].ev;
	pm_pipeline_evidence(c, doc, first, ev, n_ev);
	for (int i = 0; i < n; i++)
		for (int j = 0; j < made[i].k; j++) {
			made[i].o[j].ev.evidence = ev[i];
			made[i].o[j].ev.n_evidence = n_ev[i];
		}
}

/* ---- inputs ------------------------------------------------------------------ */

/* Tokens from the leaves of a given parse, so spans index the same words. */
static void S_tokens_from_tree(pm_sentence *s, pm_arena *a)
{
	const pm_tree *t = &s->tree;
	s->n_tokens = t->n_words;
	s->tokens = pm_arena_alloc(a, (size_t)(t->n_words ? t->n_words : 1) * sizeof(pm_token));
	for (int i = 0; i < t->n_nodes; i++) {
		const pm_node *n = &t->nodes[i];
		if (!n->word)
			continue;
		pm_token *tok = &s->tokens[n->token];
		tok->text = n->surface;
		tok->upper = n->word;
		tok->lemma = n->word;
		pm_strlcpy(tok->tag, n->label, sizeof(tok->tag));
	}
}

typedef struct {
	pm_coded_event *evs;
	int n;
} S_coded;

/* The gazetteer: the model's, or for a coder with its own model opened on
 * the first document that needs it. A machine without data/gazetteer.bin
 * codes on, without places, and says so once. */
static const pm_gazetteer *S_gazetteer(pm_coder *c)
{
	if (c->own)
		pm_model_load_gazetteer(c->own);
	return c->model->gazetteer;
}

/* Countries of the document's actors (SYRMIL -> SYR) tell the place finder
 * which Palmyra is meant. */
static const pm_place_doc *S_places(pm_coder *c, const pm_doc *doc, const S_coded *coded)
{
	const pm_gazetteer *g = S_gazetteer(c);
	if (!g)
		return NULL;
	int n = 0;
	for (int i = 0; i < doc->n_sents; i++)
		n += 2 * coded[i].n;
	const char **codes = pm_arena_alloc(&c->doc_arena, (size_t)(n + 1) * sizeof(*codes));
	int k = 0;
	for (int i = 0; i < doc->n_sents; i++)
		for (int j = 0; j < coded[i].n; j++) {
			const pm_coded_event *e = &coded[i].evs[j];
			if (e->source && strncmp(e->source, "---", 3))
				codes[k++] = e->source;
			if (e->target && strncmp(e->target, "---", 3))
				codes[k++] = e->target;
		}
	pm_place_doc *pd = NULL;
	if (pm_places_scan(g, doc, codes, k, &c->doc_arena, &pd) < 0)
		return NULL;
	return pd;
}

/* The day dated actor codes are read on: the document's day, else the
 * middle of the month or year the input gave (a term that began or ended
 * in it is as likely to fall either side). */
static int S_coding_date(const pm_doc *doc)
{
	const pm_date *p = &doc->date_period;
	if (doc->date || !p->year)
		return doc->date;
	return p->precision == PM_DATE_MONTH ? p->year * 10000 + p->month * 100 + 15
					     : p->year * 10000 + 701;
}

/* Codes every sentence first, so a discarded story emits nothing and the
 * place finder can read the whole document's actors. 1 when the story is
 * discarded. */
static int S_code_all(pm_coder *c, pm_doc *doc, S_coded *out)
{
	for (int i = 0; i < doc->n_sents; i++) {
		pm_sentence *s = &doc->sents[i];
		c->stats.sentences++;
		if (s->tree.root < 0)
			continue;
		int rc = pm_code_sentence(c->model->dict, &c->code_opts, s, S_coding_date(doc), &c->doc_arena,
					  &out[i].evs, &out[i].n);
		if (rc < 0) {
			c->stats.errors++;
			pm_coder_warn(c, "%s: sentence %d: %s", doc->origin ? doc->origin : doc->id, i,
				      pm_error_last() ? pm_error_last() : "cannot be coded");
			out[i].n = 0;
		} else if (rc == PM_DISCARD_STORY) {
			c->stats.discarded++;
			return 1;
		} else if (rc == PM_DISCARD_SENTENCE) {
			c->stats.discarded++;
			out[i].n = 0;
		}
	}
	return 0;
}

static int S_code_sentences(pm_coder *c, pm_doc *doc, pm_event_fn fn, void *ctx)
{
	S_coded *coded = pm_arena_alloc(&c->doc_arena, (size_t)(doc->n_sents + 1) * sizeof(*coded));
	if (S_code_all(c, doc, coded))
		return 0;
	c->places = c->opts.enrich ? S_places(c, doc, coded) : NULL;
	S_made *made = pm_arena_alloc(&c->doc_arena, (size_t)(doc->n_sents + 1) * sizeof(*made));
	int last_day = 0;
	for (int i = 0; i < doc->n_sents; i++)
		if (coded[i].n || c->document)
			S_make(c, doc, &doc->sents[i], coded[i].evs, coded[i].n, &last_day, &made[i]);
	if (c->document && c->opts.enrich) {
		S_headline_dates(doc, made);
		S_evidence(c, doc, made);
	}
	for (int i = 0; i < doc->n_sents; i++)
		for (int j = 0; j < made[i].k; j++) {
			if (made[i].o[j].dropped)
				continue;
			c->stats.events++;
			if (fn && fn(ctx, &made[i].o[j].ev))
				return 1;
		}
	return 0;
}

static int S_blank(const char *s)
{
	while (s && *s && isspace((unsigned char)*s))
		s++;
	return !s || !*s;
}

static int S_read_parse(pm_coder *c, const pm_input *in, pm_sentence *s)
{
	char err[160];
	if (pm_tree_parse_penn(&s->tree, &c->doc_arena, in->parse, strlen(in->parse), err,
			       sizeof(err)) < 0)
		return pm_error_set(PM_EINVALID, "%s: record %s: bad parse tree: %s",
				    in->origin ? in->origin : "input", in->id ? in->id : "?", err);
	if (s->tree.repaired)
		pm_coder_warn(c, "%s: record %s: parse tree has a stray ')'; read as if it were not there",
			      in->origin ? in->origin : "input", in->id ? in->id : "?");
	S_tokens_from_tree(s, &c->doc_arena);
	return 0;
}

/* With --parse ignore, a record whose <Text> is empty still has its words
 * in the parse: we keep the words (as text) and drop the structure. */
static const char *S_words_of_parse(pm_coder *c, const pm_input *in)
{
	pm_sentence tmp;
	memset(&tmp, 0, sizeof(tmp));
	pm_tree_init(&tmp.tree);
	if (S_read_parse(c, in, &tmp) < 0)
		return "";
	const char *text = S_span_text(&c->doc_arena, &tmp, 0, tmp.n_tokens - 1);
	return text ? text : "";
}

static int S_read_record(pm_coder *c, const pm_input *in, pm_doc *doc)
{
	pm_sentence *s = pm_doc_add_sentence(doc, &c->doc_arena);
	s->id = doc->id;
	s->text = pm_arena_strndup(&c->doc_arena, in->text ? in->text : "", in->len);
	if (in->parse && c->opts.parse_mode == PM_PARSE_USE)
		return S_read_parse(c, in, s);
	if (in->parse && S_blank(s->text))
		s->text = S_words_of_parse(c, in);
	return pm_pipeline_parse_text(c, doc, s);
}

/* The input's date into doc: a day to doc->date, a month or year to
 * doc->date_period. One that cannot be read refuses the document rather
 * than code it undated or on a day it does not name. A blank date is no
 * date. */
static int S_input_date(const pm_input *in, pm_doc *doc)
{
	const char *t = in->date;
	while (t && (*t == ' ' || *t == '\t'))
		t++;
	if (!t || !*t)
		return 0;
	pm_date d;
	if (pm_date_parse(t, strlen(t), &d) < 0) {
		char why[512];
		snprintf(why, sizeof(why), "%s", pm_error_last());
		return pm_error_set(PM_EINVALID, "%s: %s", in->origin ? in->origin : doc->id, why);
	}
	if (d.precision == PM_DATE_DAY)
		doc->date = pm_date_first_day(&d);
	else
		doc->date_period = d;
	return 0;
}

/* Reads one input into doc: sentences with tokens and trees. */
static int S_read_doc(pm_coder *c, const pm_input *in, pm_doc *doc)
{
	pm_arena_reset(&c->doc_arena);
	c->plan = NULL;
	memset(doc, 0, sizeof(*doc));
	doc->id = in->id ? pm_arena_strdup(&c->doc_arena, in->id) : "";
	doc->origin = in->origin;
	doc->outlet = in->outlet;
	doc->title = in->title;
	doc->url = in->url;
	doc->extra = in->extra ? pm_arena_strdup(&c->doc_arena, in->extra) : NULL;
	c->stats.documents++;
	int rc = S_input_date(in, doc);
	if (rc == 0)
		rc = in->kind == PM_INPUT_SENTENCE ? S_read_record(c, in, doc)
						   : pm_pipeline_read_text(c, in, doc);
	if (rc < 0)
		c->stats.errors++;
	return rc;
}

int pm_coder_code(pm_coder *c, const pm_input *in, pm_event_fn fn, void *ctx)
{
	int document = in->kind != PM_INPUT_SENTENCE;
	c->code_opts.one_sided = c->opts.one_sided < 0 ? document : c->opts.one_sided;
	c->agent_country = document && c->opts.agent_country;
	c->document = document;
	pm_doc doc;
	int rc = S_read_doc(c, in, &doc);
	if (rc < 0)
		return rc;
	pm_enrich_doc(&doc, &c->doc_arena, &c->doc_info);
	if (in->kind == PM_INPUT_SENTENCE) {
		S_code_sentences(c, &doc, fn, ctx);
		return 0;
	}
	/* Text is coded a piece at a time (one, unless it is over
	 * max_doc_bytes), each piece's sentences freed before the next. */
	int first = 0;
	for (int k = 0; k < pm_pipeline_text_pieces(c); k++) {
		pm_arena_mark mark = pm_arena_mark_get(&c->doc_arena);
		if ((rc = pm_pipeline_text_piece(c, &doc, k, first)) < 0) {
			c->stats.errors++;
			return rc;
		}
		first += doc.n_sents;
		int stop = S_code_sentences(c, &doc, fn, ctx);
		doc.sents = NULL;
		doc.n_sents = doc.cap_sents = 0;
		c->places = NULL;
		pm_arena_release(&c->doc_arena, mark);
		if (stop)
			break;
	}
	return 0;
}

/* "Syrian/JJ troops/NNS ..." */
static const char *S_tagged(pm_arena *a, const pm_sentence *s)
{
	size_t n = 1;
	for (int i = 0; i < s->n_tokens; i++)
		n += strlen(s->tokens[i].text) + strlen(s->tokens[i].tag) + 2;
	char *out = pm_arena_alloc(a, n), *p = out;
	for (int i = 0; i < s->n_tokens; i++)
		p += sprintf(p, "%s%s/%s", i ? " " : "", s->tokens[i].text, s->tokens[i].tag);
	*p = '\0';
	return out;
}

/* The sentences of doc to fn; 1 when fn asks to stop. */
static int S_parsed(pm_coder *c, const pm_doc *doc, pm_parsed_fn fn, void *ctx)
{
	for (int i = 0; i < doc->n_sents; i++) {
		const pm_sentence *s = &doc->sents[i];
		size_t cap = 64 + 24 * (size_t)s->tree.n_nodes + 2 * strlen(s->text);
		char *tree = pm_arena_alloc(&c->doc_arena, cap);
		if (s->tree.root >= 0)
			pm_tree_format(&s->tree, s->tree.root, tree, cap);
		pm_parsed p = {s->id ? s->id : doc->id, s->index, s->text, S_tagged(&c->doc_arena, s),
			       tree, s->is_headline};
		c->stats.sentences++;
		if (fn(ctx, &p))
			return 1;
	}
	return 0;
}

int pm_coder_parse(pm_coder *c, const pm_input *in, pm_parsed_fn fn, void *ctx)
{
	pm_doc doc;
	int rc = S_read_doc(c, in, &doc);
	if (rc < 0)
		return rc;
	if (in->kind == PM_INPUT_SENTENCE) {
		S_parsed(c, &doc, fn, ctx);
		return 0;
	}
	int first = 0;
	for (int k = 0; k < pm_pipeline_text_pieces(c); k++) {
		pm_arena_mark mark = pm_arena_mark_get(&c->doc_arena);
		if ((rc = pm_pipeline_text_piece(c, &doc, k, first)) < 0) {
			c->stats.errors++;
			return rc;
		}
		first += doc.n_sents;
		int stop = S_parsed(c, &doc, fn, ctx);
		doc.sents = NULL;
		doc.n_sents = doc.cap_sents = 0;
		pm_arena_release(&c->doc_arena, mark);
		if (stop)
			break;
	}
	return 0;
}
