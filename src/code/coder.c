/* coder.c - CAMEO events from one parsed sentence.
 *
 * For every verb the dictionaries know, the tree gives the roles: the
 * clause subject is the source (the by-phrase in the passive), the first
 * actor among the verb's objects and prepositional phrases is the target.
 * The verb's code comes from its form or from the most specific pattern of
 * its block that matches the words around it. Noun phrases become actor
 * codes by longest dictionary match (actors, then agents) with agent
 * suffixes appended: "Syrian" SYR + "forces" ~MIL -> SYRMIL. */
#include "code/coder.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>

#include "text/names.h"
#include "util/error.h"
#include "util/str.h"

#define S_MAX_ACTORS 16
#define S_MAX_WORDS 128

typedef struct {
	const char *code;
	int16_t first, last;   /* token span */
} S_actor;

typedef struct {
	S_actor a[S_MAX_ACTORS];
	int n;
} S_actors;

typedef struct {
	const pm_dict *d;
	const pm_code_options *o;
	const pm_sentence *s;
	const pm_tree *t;
	int date;
	pm_arena *arena;
	int16_t *first, *last;   /* token span of each node */
	const char **words;      /* upper-case words by token */
	const char **iw;         /* the dictionary's interned copy of each word, or NULL */
	int32_t *ids;            /* the dictionary's id of each word, or -1 */
	const char *present[256];/* set of the interned words of the sentence */
	int present_full;        /* too many words to hold: everything may be present */
	uint64_t present_bits;   /* pm_word_bit of every interned word */
	int n_words;
	uint8_t *consumed;       /* tokens a pattern consumed (not actors) */
	S_actors **np_cache;     /* actors of each NP node, computed once */
	int32_t *np_start, *np_end;  /* largest NP starting / ending at each token */
	int fight_subject;       /* the verb being coded has "fighting between ..." as subject */
	pm_coded_event **out;
	int *n_out;
	int cap_out;
	int first_out;           /* this sentence's first event in *out */
} S_ctx;

/* ---- tree helpers ------------------------------------------------------------------ */

static const pm_node *S_n(const S_ctx *c, int i)
{
	return &c->t->nodes[i];
}

static void S_spans(S_ctx *c)
{
	int n = c->t->n_nodes;
	c->first = pm_arena_alloc(c->arena, (size_t)n * sizeof(int16_t));
	c->last = pm_arena_alloc(c->arena, (size_t)n * sizeof(int16_t));
	for (int i = 0; i < n; i++) {
		c->first[i] = INT16_MAX;
		c->last[i] = -1;
	}
	/* Children come after their parents in the node array, so a backward
	 * pass folds every leaf into all of its ancestors. */
	for (int i = n - 1; i >= 0; i--) {
		const pm_node *nd = S_n(c, i);
		if (nd->word) {
			c->first[i] = c->last[i] = (int16_t)nd->token;
		}
		if (nd->parent >= 0) {
			if (c->first[i] < c->first[nd->parent])
				c->first[nd->parent] = c->first[i];
			if (c->last[i] > c->last[nd->parent])
				c->last[nd->parent] = c->last[i];
		}
	}
}

static int S_is_verb_tag(const char *label)
{
	return !strncmp(label, "VB", 2) || !strcmp(label, "MD");
}

static const char *const S_be_forms[] = {"BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING",
					 "'S", "'RE", "AM", "GET", "GOT", "GETS", "GOTTEN", NULL};
static const char *const S_negators[] = {"NOT", "N'T", "NEVER", NULL};

/* The verb word of a VP: its first VB or MD leaf child. */
static int S_vp_verb(const S_ctx *c, int vp)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->word && S_is_verb_tag(S_n(c, k)->label))
			return k;
	return -1;
}

static int S_has_child_kind(const S_ctx *c, int node, int kind)
{
	for (int k = S_n(c, node)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == kind)
			return 1;
	return 0;
}

/* ---- noun phrases -> actors ---------------------------------------------------------- */

static void S_add_actor(S_actors *as, const char *code, int first, int last);

/* TABARI writes a group of actors as one code "FRO/BIL/SAM". */
static int S_add_split(const S_ctx *c, S_actors *as, const char *code, int first, int last)
{
	const char *slash = strchr(code, '/');
	if (!slash)
		return 0;
	for (const char *p = code; p;) {
		const char *q = strchr(p, '/');
		size_t n = q ? (size_t)(q - p) : strlen(p);
		if (n)
			S_add_actor(as, pm_arena_strndup(c->arena, p, n), first, last);
		p = q ? q + 1 : NULL;
	}
	return 1;
}

static void S_add_actor(S_actors *as, const char *code, int first, int last)
{
	for (int i = 0; i < as->n; i++)
		if (!strcmp(as->a[i].code, code))
			return;
	if (as->n < S_MAX_ACTORS)
		as->a[as->n++] = (S_actor){code, (int16_t)first, (int16_t)last};
}

static void S_np_actors(const S_ctx *c, int np, S_actors *out, int depth);

/* Whether any NP under a PP names an actor by itself. */
static int S_pp_has_actor(const S_ctx *c, int pp)
{
	for (int g = S_n(c, pp)->first_child; g >= 0; g = S_n(c, g)->next_sibling) {
		if (S_n(c, g)->kind == PM_NODE_NP) {
			S_actors a = {0};
			S_np_actors(c, g, &a, 8);
			if (a.n)
				return 1;
		}
	}
	return 0;
}

/* Whether token tok by itself names an actor ("Pakistani"). */
static int S_names_actor(const S_ctx *c, int tok)
{
	const pm_actor_entry *e;
	return tok >= 0 && tok < c->n_words && pm_dict_match_actor_ids(c->d, &c->ids[tok], 1, &e) == 1;
}

/* Words of an NP that name it: its own leaves and those of nested NPs,
 * and of PPs that name no actor by themselves ("the Prince of Dol Amroth"
 * is one name; "soldiers in south Ithilen" is not about Ithilen); not
 * those of clauses or verb phrases inside it. */
static void S_np_words(const S_ctx *c, int np, int *tok, int *n)
{
	for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		const pm_node *ch = S_n(c, k);
		if (ch->word) {
			/* "awful and evil" does not split an NP into items, but
			 * "Indian and Pakistani troops" are two actors' troops */
			int adj_cc = S_n(c, np)->kind == PM_NODE_ADJP && !strcmp(ch->label, "CC") &&
				     !(S_names_actor(c, ch->token - 1) && S_names_actor(c, ch->token + 1));
			if (*n < S_MAX_WORDS && !c->consumed[ch->token] && !adj_cc)
				tok[(*n)++] = ch->token;
		} else if (ch->kind == PM_NODE_NP || ch->kind == PM_NODE_ADJP ||
			   !strcmp(ch->label, "QP") || !strcmp(ch->label, "NML") ||
			   (ch->kind == PM_NODE_PP && !S_pp_has_actor(c, k))) {
			S_np_words(c, k, tok, n);
		}
	}
}

/* "SYR" + "~MIL" -> "SYRMIL"; "NGO~" is a prefix: NGO + ARN -> NGOARN. */
static const char *S_combine(const S_ctx *c, const char *actor, const char *const *agents, int n_ag)
{
	char buf[96];
	pm_strlcpy(buf, actor ? actor : "---", sizeof(buf));
	int others = 0;
	for (int i = 0; i < n_ag; i++)
		others += strcmp(agents[i], "~PPL") != 0;
	for (int i = 0; i < n_ag; i++) {
		const char *ag = agents[i];
		size_t len = strlen(ag);
		if (!strcmp(ag, "~PPL") && others)
			continue;
		if (ag[0] == '~') {
			if (!strstr(buf + 3, ag + 1) && strlen(buf) + len < sizeof(buf))
				strcat(buf, ag + 1);
		} else if (len && ag[len - 1] == '~') {
			char tmp[96];
			snprintf(tmp, sizeof(tmp), "%.*s%s", (int)(len - 1), ag,
				 strcmp(buf, "---") ? buf : "");
			pm_strlcpy(buf, tmp, sizeof(buf));
		}
	}
	return pm_arena_strdup(c->arena, buf);
}

static void S_np_actors(const S_ctx *c, int np, S_actors *out, int depth);

/* "lawmakers and officials in X": agents joined by "and" are alternatives
 * (XLEG, XGOV); agents side by side combine (XGOVMED). */
static void S_add_with_agents(const S_ctx *c, S_actors *out, const char *actor,
			      const char *const *agents, const uint8_t *agent_and, int n_ag, int first,
			      int last)
{
	if (!n_ag) {
		S_add_actor(out, actor, first, last);
		return;
	}
	/* Modifiers before the first item's head are shared: "Islamist media
	 * and government" is Islamist media and Islamist government. */
	int first_end = 1;
	while (first_end < n_ag && !agent_and[first_end])
		first_end++;
	int shared = first_end < n_ag ? first_end - 1 : 0;
	for (int g = 0; g < n_ag;) {
		int end = g + 1;
		while (end < n_ag && !agent_and[end])
			end++;
		const char *group[S_MAX_ACTORS];
		int k = 0;
		for (int i = 0; g > 0 && i < shared; i++)
			group[k++] = agents[i];
		for (int i = g; i < end && k < S_MAX_ACTORS; i++)
			group[k++] = agents[i];
		S_add_actor(out, S_combine(c, actor, group, k), first, last);
		g = end;
	}
}

/* "a deal brokered by Qatar", "rebels backed by Rwanda": the one who
 * brokers or backs stands beside the thing or the group, and is not it. */
static int S_third_party_vp(const S_ctx *c, int vp)
{
	static const char *const by[] = {"BROKERED", "MEDIATED", "FACILITATED", "BACKED",
					 "SPONSORED", "SUPPORTED", NULL};
	int k = S_n(c, vp)->first_child;
	return k >= 0 && S_n(c, k)->word && pm_str_in(c->words[S_n(c, k)->token], by);
}

/* Actors named in the NP's PPs ("soldiers from Gondor"), also behind a
 * participle ("memos sent by Bree"). */
static int S_third_party_vp(const S_ctx *c, int vp);

static void S_pp_actors(const S_ctx *c, int np, S_actors *out, int depth)
{
	for (int k = S_n(c, np)->first_child; k >= 0 && !out->n; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind == PM_NODE_VP && depth < 12 && !S_third_party_vp(c, k)) {
			/* "the parade supporting Gondor": the participle's object */
			for (int g = S_n(c, k)->first_child; g >= 0 && !out->n; g = S_n(c, g)->next_sibling)
				if (S_n(c, g)->kind == PM_NODE_NP)
					S_np_actors(c, g, out, depth + 1);
			if (!out->n)
				S_pp_actors(c, k, out, depth + 1);
		} else if (S_n(c, k)->kind == PM_NODE_PP) {
			for (int g = S_n(c, k)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
				if (S_n(c, g)->kind == PM_NODE_NP)
					S_np_actors(c, g, out, depth + 1);
		} else if (S_n(c, k)->kind == PM_NODE_NP) {
			S_pp_actors(c, k, out, depth + 1);
		}
	}
}

static int S_is_pronoun(const S_ctx *c, int np)
{
	int k = S_n(c, np)->first_child;
	return k >= 0 && S_n(c, k)->next_sibling < 0 && S_n(c, k)->word &&
	       !strcmp(S_n(c, k)->label, "PRP");
}

static int S_plural_np(const S_ctx *c, int np);
static int S_is_compound(const S_ctx *c, int np);

/* A pronoun takes the actors of the nearest NP before it, outside its own
 * clause: the subject of the clause that embeds it. "they" passes over an
 * object that is one person or thing ("troops killed the rebel leader
 * Prabhakaran as they overran ...": the troops overran); "he" and "she"
 * pass over an object that is many ("told reporters he was optimistic":
 * the one who told). */
static void S_antecedent(const S_ctx *c, int np, S_actors *out, int depth)
{
	int left_clause = 0, pr = S_n(c, np)->first_child;
	const char *w = pr >= 0 ? S_n(c, pr)->word : NULL;
	int they = w && !strcmp(w, "THEY"), one = w && (!strcmp(w, "HE") || !strcmp(w, "SHE"));
	for (int cur = np, up = S_n(c, np)->parent; up >= 0; cur = up, up = S_n(c, up)->parent) {
		int kind = S_n(c, up)->kind;
		if (left_clause) {
			for (int k = S_n(c, up)->first_child; k >= 0 && k != cur; k = S_n(c, k)->next_sibling)
				if (S_n(c, k)->kind == PM_NODE_NP && !S_is_pronoun(c, k) &&
				    !(they && kind == PM_NODE_VP && !S_plural_np(c, k) && !S_is_compound(c, k)) &&
				    !(one && kind == PM_NODE_VP && (S_plural_np(c, k) || S_is_compound(c, k)))) {
					S_np_actors(c, k, out, depth + 1);
					if (out->n)
						return;
				}
		}
		if (kind == PM_NODE_S || kind == PM_NODE_SBAR)
			left_clause = 1;
	}
}

/* Whether the NP opens with a possessive pronoun ("its border"). */
static int S_possessive_np(const S_ctx *c, int np)
{
	int k = S_n(c, np)->first_child;
	while (k >= 0 && !S_n(c, k)->word && S_n(c, k)->kind == PM_NODE_NP)
		k = S_n(c, k)->first_child;
	return k >= 0 && S_n(c, k)->word && !strcmp(S_n(c, k)->label, "PRP$");
}

/* Whether the NP's last word is a plural noun ("protesters"): "its"
 * cannot mean it. */
static int S_plural_np(const S_ctx *c, int np)
{
	int last = -1;
	for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		last = k;
	if (last >= 0 && !S_n(c, last)->word && S_n(c, last)->kind == PM_NODE_NP)
		return S_plural_np(c, last);
	return last >= 0 && S_n(c, last)->word &&
	       (!strcmp(S_n(c, last)->label, "NNS") || !strcmp(S_n(c, last)->label, "NNPS"));
}

/* "The Taliban said U.S. jets bombed their positions", "Russia said
 * Ukraine had shelled its territory", "Pakistan said India violated its
 * airspace", "fired rockets at its cities": the camps, land, towns or
 * posts an attack strikes are not the attackers' own; a possessive on
 * them passes over the attacking clause's subject. The clause (S) whose
 * subject is passed over, or 0. */
static int S_attacked_holding(const S_ctx *c, int np)
{
	static const char *const attack[] = {"BOMBED", "STRUCK", "SHELLED", "ATTACKED", "RAIDED",
					     "HIT", "TARGETED", "POUNDED", "STORMED", "OVERRAN",
					     "BURNED", "BURNT", "TORCHED", "DESTROYED", "BOMB", "STRIKE",
					     "SHELL", "ATTACK", "RAID", "TARGET", "POUND", "STORM",
					     "BOMBS", "STRIKES", "SHELLS", "ATTACKS", "RAIDS", "HITS",
					     "TARGETS", "POUNDS", "VIOLATED", "VIOLATE", "VIOLATES",
					     "VIOLATING", "INVADED", "INVADE", "FIRED", "FIRE", "FIRING",
					     "BOMBARDED", "SHELLING", "ATTACKING", "BOMBING", "STRIKING",
					     "TARGETING", "RAIDING", NULL};
	static const char *const holdings[] = {"POSITIONS", "POSITION", "CAMPS", "CAMP", "BASES",
					       "BASE", "HIDEOUTS", "HIDEOUT", "STRONGHOLDS",
					       "STRONGHOLD", "HOMES", "HOUSES", "VILLAGES", "VILLAGE",
					       "OFFICES", "OFFICE", "HEADQUARTERS", "COMPOUND",
					       "TERRITORY", "TERRITORIES", "SOIL", "AIRSPACE", "WATERS",
					       "BORDER", "CITIES", "CITY", "TOWNS", "TOWN", "POSTS", "POST",
					       "OUTPOSTS", "OUTPOST", "CHECKPOINTS", "CHECKPOINT", "GRID",
					       "INFRASTRUCTURE", "FACILITIES", "FACILITY", "EMBASSY",
					       "CONSULATE", "SHIPS", "SHIP", "VESSELS", "VESSEL", "CONVOY",
					       "PORT", "PORTS", "AIRPORT", "AIRBASE", "PLANTS", "PLANT",
					       "SITES", NULL};
	int vp = S_n(c, np)->parent;
	/* "its posts in Kashmir": the larger NP it heads */
	while (vp >= 0 && S_n(c, vp)->kind == PM_NODE_NP)
		vp = S_n(c, vp)->parent;
	/* "fired rockets at its cities": the holding under the verb's PP */
	if (vp >= 0 && S_n(c, vp)->kind == PM_NODE_PP)
		vp = S_n(c, vp)->parent;
	/* "had shelled its territory": the clause above the auxiliaries */
	int cl = vp >= 0 ? S_n(c, vp)->parent : -1;
	while (cl >= 0 && S_n(c, cl)->kind == PM_NODE_VP)
		cl = S_n(c, cl)->parent;
	if (cl < 0 || S_n(c, vp)->kind != PM_NODE_VP || S_n(c, cl)->kind != PM_NODE_S ||
	    c->last[np] < 0 || !pm_str_in(c->words[c->last[np]], holdings))
		return 0;
	int v = S_vp_verb(c, vp);
	return v >= 0 && S_n(c, v)->word && pm_str_in(S_n(c, v)->word, attack) ? cl : 0;
}

/* A possessive before an agent ("its jets", "their troops") means the
 * nearest NP before it that names an actor, its own clause's subject
 * included: "the Israeli military said its jets struck". (Without an
 * agent, "his visit", "its border", the phrase names no actor, as in
 * TABARI.)
 * "its" passes over plural phrases ("protesters stormed its embassy"). */
static void S_possessive_antecedent(const S_ctx *c, int np, S_actors *out, int depth)
{
	int its = S_n(c, S_n(c, np)->first_child)->word &&
		  !strcmp(S_n(c, S_n(c, np)->first_child)->word, "ITS");
	int attacked = S_attacked_holding(c, np);
	for (int cur = np, up = S_n(c, np)->parent; up >= 0; cur = up, up = S_n(c, up)->parent) {
		int best = -1;
		for (int k = S_n(c, up)->first_child; k >= 0 && k != cur; k = S_n(c, k)->next_sibling)
			if (S_n(c, k)->kind == PM_NODE_NP && !S_is_pronoun(c, k) && !S_possessive_np(c, k) &&
			    !(its && S_plural_np(c, k)) && !(attacked && up == attacked))
				best = k;   /* the nearest: the last before cur */
		if (best >= 0) {
			S_np_actors(c, best, out, depth + 1);
			if (out->n)
				return;
		}
	}
}

static void S_np_actors(const S_ctx *c, int np, S_actors *out, int depth);

/* The actors of the first NP under node (in sentence order) that names any. */
static int S_first_np_actors(const S_ctx *c, int node, S_actors *out, int depth)
{
	if (depth > 12)
		return 0;
	if (S_n(c, node)->kind == PM_NODE_NP && !S_is_pronoun(c, node)) {
		S_np_actors(c, node, out, depth);
		if (out->n)
			return 1;
	}
	for (int k = S_n(c, node)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_first_np_actors(c, k, out, depth + 1))
			return 1;
	return 0;
}

/* "Washington cut aid to Pakistan, accusing it of harbouring militants",
 * "ordered an offensive against the party, accusing it of ...": the
 * object pronoun of a participle that trails a clause means the nearest
 * side that clause acted on (its object or a preposition's), not its
 * subject, who does the accusing. cl is the pronoun's clause; 1 when
 * found. */
static int S_participle_object(const S_ctx *c, int cl, S_actors *out, int depth)
{
	int up = S_n(c, cl)->parent;
	if (S_n(c, cl)->kind != PM_NODE_S || S_has_child_kind(c, cl, PM_NODE_NP) || up < 0 ||
	    S_n(c, up)->kind != PM_NODE_VP)
		return 0;
	int v = S_n(c, cl)->first_child >= 0 ? S_vp_verb(c, S_n(c, cl)->first_child) : -1;
	if (v < 0 || strcmp(S_n(c, v)->label, "VBG"))
		return 0;
	/* "expelled 13 aid agencies from Darfur, accusing them of ...": the
	 * place an act is done in or from is not what it acted on */
	static const char *const places[] = {"IN", "FROM", "AT", "NEAR", "ACROSS", "INSIDE",
					     "ALONG", "THROUGHOUT", "WITHIN", NULL};
	int best = -1;
	for (int k = S_n(c, up)->first_child; k >= 0 && k != cl; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_NP && S_n(c, k)->kind != PM_NODE_PP)
			continue;
		int prep = S_n(c, k)->kind == PM_NODE_PP ? S_n(c, k)->first_child : -1;
		if (prep >= 0 && S_n(c, prep)->word && pm_str_in(S_n(c, prep)->word, places))
			continue;
		S_actors probe = {0};
		if (S_first_np_actors(c, k, &probe, depth + 1))
			best = k;
	}
	return best >= 0 && S_first_np_actors(c, best, out, depth + 1);
}

static int S_chain_top(const S_ctx *c, int vp, int *clause);
static int S_subject(const S_ctx *c, int top, int clause);

/* "Taylor flew into exile in Nigeria, which had offered him asylum": an
 * object pronoun in a relative clause on a noun means the subject of the
 * clause that noun stands in, not the noun. cl is the pronoun's clause;
 * 1 when found. */
/* cl being a relative clause on a noun ("..., which X"), the subject of
 * the clause that noun stands in; -1 for none. */
static int S_host_subject(const S_ctx *c, int cl)
{
	int sbar = S_n(c, cl)->parent, wh = sbar >= 0 ? S_n(c, sbar)->first_child : -1;
	if (S_n(c, cl)->kind != PM_NODE_S || sbar < 0 || S_n(c, sbar)->kind != PM_NODE_SBAR ||
	    wh < 0 || strcmp(S_n(c, wh)->label, "WHNP") || S_n(c, sbar)->parent < 0 ||
	    S_n(c, S_n(c, sbar)->parent)->kind != PM_NODE_NP)
		return -1;
	int host = S_n(c, sbar)->parent;
	while (host >= 0 && S_n(c, host)->kind != PM_NODE_VP)
		host = S_n(c, host)->parent;
	if (host < 0)
		return -1;
	int host_clause = -1, top = S_chain_top(c, host, &host_clause);
	return S_subject(c, top, host_clause);
}

static int S_relative_host_subject(const S_ctx *c, int cl, S_actors *out, int depth)
{
	int subj = S_host_subject(c, cl);
	if (subj < 0 || S_is_pronoun(c, subj))
		return 0;
	S_np_actors(c, subj, out, depth + 1);
	return out->n > 0;
}

/* An object pronoun ("NATO members accuse it") cannot mean its own
 * clause's subject; it looks to the clauses before it in the sentence
 * ("Although Russia has long said ..., NATO members accuse it"). */
static void S_object_antecedent(const S_ctx *c, int np, S_actors *out, int depth)
{
	static const char *const accusative[] = {"HIM", "HER", "THEM", "US", "ME", NULL};
	int vp = S_n(c, np)->parent, pr = S_n(c, np)->first_child;
	/* "urged him to halt": the object the infinitive's clause opens
	 * with is the object of the verb above */
	if (vp >= 0 && S_n(c, vp)->kind == PM_NODE_S && S_n(c, vp)->first_child == np && pr >= 0 &&
	    S_n(c, pr)->word && pm_str_in(S_n(c, pr)->word, accusative))
		vp = S_n(c, vp)->parent;
	if (vp < 0 || S_n(c, vp)->kind != PM_NODE_VP)
		return;
	int cur = vp, cl = S_n(c, vp)->parent;
	while (cl >= 0 && S_n(c, cl)->kind == PM_NODE_VP) {
		cur = cl;
		cl = S_n(c, cl)->parent;
	}
	if (cl < 0)
		return;
	if (c->o->one_sided && S_participle_object(c, cl, out, depth))
		return;
	if (c->o->one_sided && S_relative_host_subject(c, cl, out, depth))
		return;
	/* the clauses before it in its own clause, then (in documents)
	 * before that clause: "X shot down a warplane, and Putin called it a
	 * stab in the back" */
	for (int level = 0; level < 1 + c->o->one_sided && cl >= 0; level++) {
		for (int k = S_n(c, cl)->first_child; k >= 0 && k != cur; k = S_n(c, k)->next_sibling) {
			int kind = S_n(c, k)->kind;
			if (kind != PM_NODE_SBAR && kind != PM_NODE_S)
				continue;
			if (S_first_np_actors(c, k, out, depth + 1))
				return;
		}
		cur = cl;
		cl = S_n(c, cl)->parent;
	}
}

static int S_is_compound(const S_ctx *c, int np)
{
	int nps = 0, cc = 0;
	for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind == PM_NODE_NP)
			nps++;
		else if (S_n(c, k)->word && !strcmp(S_n(c, k)->label, "CC"))
			cc++;
	}
	return nps >= 2 && cc >= 1;
}

static void S_np_actors_compute(const S_ctx *c, int np, S_actors *out, int depth);
static const pm_actor_entry *S_owner_actor(const S_ctx *c, const char *w);
static int S_leaf_of(const S_ctx *c, int tok);

/* Actors an NP names, memoised per node: verbs, patterns and PPs ask for
 * the same phrases again and again. */
static void S_np_actors(const S_ctx *c, int np, S_actors *out, int depth)
{
	if (depth > 12)
		return;
	S_actors *memo = c->np_cache[np];
	if (!memo) {
		S_actors tmp = {0};
		S_np_actors_compute(c, np, &tmp, depth);
		memo = pm_arena_alloc(c->arena, sizeof(*memo));
		*memo = tmp;
		c->np_cache[np] = memo;
	}
	for (int i = 0; i < memo->n; i++)
		S_add_actor(out, memo->a[i].code, memo->a[i].first, memo->a[i].last);
}

/* "ISRGOV" -> "ISR", "RUSGOVMIL" -> "RUS": the actor a possessive's own
 * agent replaces the agents of ("the Israeli government said its jets":
 * ISRMIL). */
static const char *S_without_agent(const S_ctx *c, const char *code)
{
	static const char *const agents[] = {"GOV", "MIL", "COP", "REB", "OPP", "CVL", "MED", "JUD",
					     "LEG", "SPY", "ELI", "PTY", "BUS", "INS", "UAF", NULL};
	size_t n = strlen(code), k = n;
	char tail[4];
	/* "Russia's defence ministry" is RUSGOVMIL: its troops are RUSMIL */
	while (k >= 6) {
		memcpy(tail, code + k - 3, 3);
		tail[3] = '\0';
		if (!pm_str_in(tail, agents))
			break;
		k -= 3;
	}
	return k == n ? code : pm_arena_strndup(c->arena, code, k);
}

/* The actors the nearest clause before np's own names first: "X
 * exploded ..., and the group blamed Israel". */
static void S_clause_before_actors(const S_ctx *c, int np, int depth, S_actors *out)
{
	for (int cur = np, up = S_n(c, np)->parent; up >= 0 && !out->n;
	     cur = up, up = S_n(c, up)->parent) {
		int before = -1;
		for (int k = S_n(c, up)->first_child; k >= 0 && k != cur; k = S_n(c, k)->next_sibling)
			if (S_n(c, k)->kind == PM_NODE_S || S_n(c, k)->kind == PM_NODE_SBAR)
				before = k;
		if (before >= 0)
			S_first_np_actors(c, before, out, depth + 1);
	}
}

/* The antecedent of a possessive NP, its agent left for the NP's own:
 * "the Israeli government said its jets" is ISR + jets. */
static void S_antecedent_with_agents(const S_ctx *c, int np, int depth, int own_agent,
				     S_actors *out)
{
	S_possessive_antecedent(c, np, out, depth);
	for (int i = 0; own_agent && i < out->n; i++)
		out->a[i].code = S_without_agent(c, out->a[i].code);
}

/* "the island's", "the country's": a possessor that names the place the
 * sentence spoke of before. */
static int S_place_possessor(const char *const *w, int n)
{
	static const char *const places[] = {
		"COUNTRY", "ISLAND", "KINGDOM", "NATION", "REPUBLIC", "ENCLAVE", "TERRITORY", "EMIRATE",
		"STRIP", "STATE", "PENINSULA", NULL};
	for (int i = 0; i + 1 < n; i++)
		if (!strcmp(w[i + 1], "'S") && pm_str_in(w[i], places))
			return 1;
	return 0;
}

static int S_np_starting(const S_ctx *c, int tok);

/* "both sides", "the two sides", "the warring parties", "the rival
 * factions" */
static int S_both_sides_words(const char *const *w, int n)
{
	static const char *const which[] = {"BOTH", "TWO", "WARRING", "RIVAL", NULL};
	static const char *const sides[] = {"SIDES", "PARTIES", "FACTIONS", "COUNTRIES", "NEIGHBOURS",
					    "NEIGHBORS", "FOES", "ARMIES", "RIVALS", "CAMPS", NULL};
	return n >= 2 && pm_str_in(w[n - 1], sides) && pm_str_in(w[n - 2], which);
}

/* A flat NP joined by "and" ("(NP Armenia and Azerbaijan)"), as the
 * chunker writes two names. */
static int S_flat_pair(const S_ctx *c, int np)
{
	for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->word && !strcmp(S_n(c, k)->label, "CC"))
			return 1;
	return 0;
}

/* The sides are the two or more actors of a "between X and Y" phrase in
 * the sentence, or of the last compound phrase before them ("Armenia and
 * Azerbaijan ... both sides"); none when the sentence names no pair. */
static void S_both_sides(const S_ctx *c, int np, int depth, S_actors *out)
{
	for (int tok = 0; tok + 1 < c->n_words; tok++) {
		int pair = S_np_starting(c, tok + 1);
		if (strcmp(c->words[tok], "BETWEEN") || pair < 0 || pair == np)
			continue;
		S_actors a = {0};
		S_np_actors(c, pair, &a, depth + 1);
		if (a.n >= 2) {
			*out = a;
			return;
		}
	}
	for (int k = 0; k < c->t->n_nodes; k++) {
		if (S_n(c, k)->kind != PM_NODE_NP || c->last[k] >= c->first[np] ||
		    (!S_is_compound(c, k) && !S_flat_pair(c, k)))
			continue;
		S_actors a = {0};
		S_np_actors(c, k, &a, depth + 1);
		if (a.n >= 2)
			*out = a;
	}
}

/* "the group", "the movement", "the militia": a body the sentence named
 * before. */
static int S_definite_body(const char *const *w, int n)
{
	static const char *const bodies[] = {"GROUP", "MOVEMENT", "ORGANISATION", "ORGANIZATION",
					     "MILITIA", "FACTION", "ALLIANCE", "BLOC", NULL};
	/* "the group's fighters", "the movement's leader": its owner */
	int owner = n >= 4 && (!strcmp(w[2], "'S") || !strcmp(w[2], "'"));
	return (n == 2 || owner) && !strcmp(w[0], "THE") && pm_str_in(w[1], bodies);
}

static int S_state_hand(const char *a);

/* Whether every actor of a is a state, its government or its army. */
static int S_all_state_hands(const S_actors *a)
{
	for (int i = 0; i < a->n; i++)
		if (!S_state_hand(a->a[i].code))
			return 0;
	return a->n > 0;
}

/* Nouns that name the other side of a relation: "its allies" are not
 * the owner of "its". */
static const char *const S_relational[] = {
	"ALLY", "ALLIES", "PARTNER", "PARTNERS", "NEIGHBOUR", "NEIGHBOURS", "NEIGHBOR", "NEIGHBORS",
	"RIVAL", "RIVALS", "ENEMY", "ENEMIES", "ADVERSARY", "ADVERSARIES", "FOE", "FOES",
	"COUNTERPART", "COUNTERPARTS", "OPPONENT", "OPPONENTS", "CRITICS", "BACKERS", "SPONSOR",
	"SPONSORS", "FRIENDS", "CREDITORS", "DONORS", "HOSTS", "CAPTORS", "KIDNAPPERS", NULL};

/* Whether an NP with no country is one person's title: "the president",
 * "the foreign minister", "a senior official" (the words tok[0..n)). The
 * place where it happens does not tell whose; groups ("officials",
 * "troops", "civilians") take the place's country. */
static int S_lone_title(const S_ctx *c, const int *tok, int n)
{
	static const char *const titles[] = {
		"PRESIDENT", "MINISTER", "PREMIER", "CHANCELLOR", "KING", "QUEEN", "EMIR", "SULTAN",
		"MONARCH", "PRINCE", "AMBASSADOR", "ENVOY", "DIPLOMAT", "SPOKESMAN", "SPOKESWOMAN",
		"SECRETARY", "GOVERNOR", "MAYOR", "COMMANDER", "CHIEF", "GENERAL", "NEGOTIATOR",
		"OFFICIAL", "LEADER", "HEAD", "DEPUTY", "ADVISER", "ADVISOR", "MINISTRY", NULL};
	return n && pm_str_in(c->words[tok[n - 1]], titles);
}

/* Heads that name an act or a statement, not a body: an agent word before
 * them is an adjective ("an official protest", "a military offensive",
 * "security operations"), and names no one. */
static const char *const S_abstract_heads[] = {
	"PROTEST", "PROTESTS", "OFFENSIVE", "OPERATION", "OPERATIONS", "CAMPAIGN", "ACTION",
	"VISIT", "DECISION", "COMPLAINT", "STATEMENT", "RESPONSE", "PRESSURE", "SOLUTION",
	"INTERVENTION", "EXERCISE", "EXERCISES", "DRILLS", "CRACKDOWN", "PROBE", "INVESTIGATION",
	"INQUIRY", "REFORM", "REFORMS", "TIES", "RELATIONS", "COOPERATION", "SUPPORT", "AID",
	"ASSISTANCE", "VICTORY", "DEFEAT", "BUILDUP", "PRESENCE", NULL};

/* The word at tok ends a longer proper name joined by a particle
 * ("Mocimboa da Praia", pm_name_tail): an actor its words alone name
 * (Praia, the capital of Cape Verde, as a metonym) is not named there. */
static int S_name_tail(const S_ctx *c, int tok)
{
	if (!c->s->tokens || tok < 2 || tok >= c->s->n_tokens)
		return 0;
	return pm_name_tail(c->s->tokens[tok - 2].text, c->s->tokens[tok - 1].text,
			    c->s->tokens[tok].text);
}

/* "the Oslo accord", "the Minsk agreements", "the Doha talks": a city that
 * stands for its country (an entry's other name, not its first), written
 * as a name right before a word for an agreement or a meeting, names the
 * agreement by where it was made, not a party to it. A country's own name
 * stays ("the Iran nuclear deal", "the Iran deal"), and so does a truce
 * ("a Gaza ceasefire"), whose place is where it holds. */
static int S_named_accord(const S_ctx *c, const pm_actor_entry *e, int tok, int next)
{
	static const char *const accords[] = {
		"ACCORD", "ACCORDS", "AGREEMENT", "AGREEMENTS", "DEAL", "DECLARATION", "PROTOCOL",
		"PROTOCOLS", "MEMORANDUM", "FORMAT", "PROCESS", "TALKS", "SUMMIT", "CONFERENCE",
		"TREATY", "CONVENTION", "CONVENTIONS", "STATUTE", "COMMUNIQUE", "FRAMEWORK", "ROADMAP",
		"PACT", NULL};
	if (!c->o->one_sided || !c->s->tokens || tok < 0 || tok >= c->s->n_tokens ||
	    next >= c->n_words || !pm_str_in(c->words[next], accords) || !e->root ||
	    !strcmp(e->root, c->words[tok]) || strncmp(c->s->tokens[tok].tag, "NNP", 3))
		return 0;
	const char *code = pm_actor_code_on(e, c->date);
	return code && strlen(code) == 3;
}

/* "promised an amnesty", "granted amnesty to": a one-word name written in
 * lower case in running text, after "a" or with neither "the" before nor
 * a noun after it, is the common word, not the body ("Amnesty"); "the
 * coalition" and "coalition forces" still name theirs. */
static int S_common_word(const S_ctx *c, int tok)
{
	if (!c->o->one_sided || !c->s->tokens || tok <= 0 || tok >= c->s->n_tokens ||
	    !c->s->tokens[tok].text)
		return 0;
	const unsigned char *w = (const unsigned char *)c->s->tokens[tok].text;
	for (; *w; w++)
		if (!islower(*w))
			return 0;
	const char *prev = c->words[tok - 1];
	if (!strcmp(prev, "A") || !strcmp(prev, "AN"))
		return 1;
	int noun_after = tok + 1 < c->s->n_tokens && !strncmp(c->s->tokens[tok + 1].tag, "NN", 2);
	return strcmp(prev, "THE") && !noun_after;
}

/* Agents of one state's forces of order: a country's "police and
 * soldiers" are the same state's. */
static int S_state_force(const char *agent)
{
	static const char *const force[] = {"MIL", "COP", "SPY", NULL};
	return pm_str_in(agent, force);
}

/* "15 British sailors and marines", "Egyptian police and soldiers": the
 * nationality before the first item covers a later item that names only
 * an agent of the same kind. Insurgents, civilians of another kind and
 * the like keep their own ("U.S. troops and insurgents clashed"). */
static void S_share_country(const S_ctx *c, S_actors *out, int from)
{
	const char *owner = NULL;
	for (int i = from; i < out->n; i++) {
		const char *code = out->a[i].code;
		if (strlen(code) != 6)
			continue;
		if (strncmp(code, "---", 3)) {
			owner = code;
			continue;
		}
		if (!owner || !(!strcmp(owner + 3, code + 3) ||
				(S_state_force(owner + 3) && S_state_force(code + 3))))
			continue;
		char *shared = pm_arena_strndup(c->arena, code, 6);
		memcpy(shared, owner, 3);
		out->a[i].code = shared;
	}
}

/* "two Iraqi bases hosting U.S. troops": a facility named by whom it
 * houses is theirs to be hit, not the country it stands in. head is the
 * NP's first child; 1 when the housed name actors (added to out). */
static int S_hosted(const S_ctx *c, int head, S_actors *out, int depth)
{
	static const char *const facilities[] = {
		"BASE", "BASES", "AIRBASE", "AIRBASES", "CAMP", "CAMPS", "COMPOUND", "COMPOUNDS",
		"BARRACKS", "OUTPOST", "OUTPOSTS", "HOTEL", "HOTELS", "FACILITY", "FACILITIES", NULL};
	static const char *const housing[] = {"HOSTING", "HOUSING", "SHELTERING", NULL};
	int vp = S_n(c, head)->next_sibling;
	if (S_n(c, head)->kind != PM_NODE_NP || c->last[head] < 0 ||
	    !pm_str_in(c->words[c->last[head]], facilities) || vp < 0 ||
	    S_n(c, vp)->kind != PM_NODE_VP || c->first[vp] < 0 ||
	    !pm_str_in(c->words[c->first[vp]], housing))
		return 0;
	int from = out->n;
	for (int k = S_n(c, vp)->first_child; k >= 0 && out->n == from; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP)
			S_np_actors(c, k, out, depth + 1);
	return out->n > from;
}

static void S_np_actors_compute(const S_ctx *c, int np, S_actors *out, int depth)
{
	if (S_is_compound(c, np)) {
		int from = out->n;
		for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
			/* "monks and other protesters", "Suu Kyi and other leaders
			 * of the ruling party": the first are of the others, one
			 * party told once */
			if (c->o->one_sided && out->n > from && c->first[k] >= 0 &&
			    !strcmp(c->words[c->first[k]], "OTHER"))
				continue;
			if (S_n(c, k)->kind == PM_NODE_NP)
				S_np_actors(c, k, out, depth + 1);
		}
		if (c->o->one_sided)
			S_share_country(c, out, from);
		return;
	}
	if (S_is_pronoun(c, np)) {
		S_object_antecedent(c, np, out, depth);
		if (!out->n)
			S_antecedent(c, np, out, depth);
		return;
	}
	/* "accuse it of targeting moderate groups": the phrase is about the
	 * pronoun; the PP says what, and its actors are not the target. */
	int head = S_n(c, np)->first_child;
	if (head >= 0 && S_n(c, head)->kind == PM_NODE_NP && S_is_pronoun(c, head)) {
		S_object_antecedent(c, np, out, depth);
		if (!out->n)
			S_antecedent(c, head, out, depth);
		if (out->n)
			return;
	}
	if (c->o->one_sided && head >= 0 && S_hosted(c, head, out, depth))
		return;
	int tok[S_MAX_WORDS], n = 0;
	S_np_words(c, np, tok, &n);
	const char *w[S_MAX_WORDS];
	int32_t ids[S_MAX_WORDS];
	for (int i = 0; i < n; i++) {
		w[i] = c->words[tok[i]];
		ids[i] = c->ids[tok[i]];
	}

	const char *codes[S_MAX_ACTORS], *agents[S_MAX_ACTORS];
	uint8_t agent_and[S_MAX_ACTORS];
	int n_codes = 0, n_ag = 0, saw_and = 0, segment_coded = 0;
	int agent_head = 0;   /* the last words are an agent: "its air force" */
	for (int i = 0; i < n;) {
		/* "A and B", "A, B": each item may name an actor; within one item
		 * the first actor named is the one ("Ithilen's minister Calimehtar"). */
		if (!strcmp(w[i], "AND") || !strcmp(w[i], "OR") || !strcmp(w[i], "NOR") ||
		    !strcmp(w[i], ",")) {
			saw_and = 1;
			segment_coded = 0;
			i++;
			continue;
		}
		const pm_actor_entry *e;
		const char *ag;
		int k = pm_dict_match_actor_ids(c->d, ids + i, n - i, &e);
		if ((k == 1 && S_common_word(c, tok[i])) || (k && S_name_tail(c, tok[i])) ||
		    (k == 1 && i + 1 < n && S_named_accord(c, e, tok[i], tok[i + 1])))
			k = 0;
		if (k) {
			const char *code = pm_actor_code_on(e, c->date);
			if (code && n_codes < S_MAX_ACTORS && !segment_coded) {
				codes[n_codes++] = code;
				segment_coded = 1;
			} else if (code && segment_coded && i > 0 && !strcmp(w[i - 1], "'S") &&
				   strlen(codes[n_codes - 1]) == 3 && strlen(code) > 3 &&
				   !strncmp(code, codes[n_codes - 1], 3)) {
				/* "Yemen's Houthis", "Somalia's al-Shabaab": a
				 * country's own group, named after it, is the group */
				codes[n_codes - 1] = code;
			}
			i += k;
		} else if ((k = pm_dict_match_agent_ids(c->d, ids + i, n - i, &ag))) {
			if (n_ag < S_MAX_ACTORS) {
				agent_and[n_ag] = (uint8_t)(saw_and && n_ag > 0);
				agents[n_ag++] = ag;
			}
			saw_and = 0;
			i += k;
			agent_head = i == n;
		} else {
			const pm_actor_entry *own = c->o->one_sided ? S_owner_actor(c, w[i]) : NULL;
			const char *code = own ? pm_actor_code_on(own, c->date) : NULL;
			if (code && n_codes < S_MAX_ACTORS && !segment_coded) {
				codes[n_codes++] = code;
				segment_coded = 1;
			}
			i++;
		}
	}
	S_actors sub = {0};
	if (!n_codes)
		S_pp_actors(c, np, &sub, depth);
	if (!n_codes && !sub.n && S_n(c, np)->first_child >= 0 &&
	    S_n(c, S_n(c, np)->first_child)->word &&
	    !strcmp(S_n(c, S_n(c, np)->first_child)->label, "PRP$") &&
	    (agent_head || (c->o->one_sided && n_ag == 0)) && !pm_str_in(w[n - 1], S_relational))
		S_antecedent_with_agents(c, np, depth, n_ag > 0, &sub);
	/* "a spokesman for the Taliban said the group had captured" */
	if (!n_codes && !sub.n && c->o->one_sided && S_definite_body(w, n)) {
		S_antecedent_with_agents(c, np, depth, 0, &sub);
		/* "Israel's military said ... a year after the group began
		 * firing rockets": a group, movement or militia is no state's
		 * government or army */
		if (S_all_state_hands(&sub))
			sub.n = 0;
	}
	/* "pagers used by Hezbollah members exploded ..., and the group
	 * blamed Israel": the body the clause before names */
	if (!n_codes && !sub.n && c->o->one_sided && S_definite_body(w, n))
		S_clause_before_actors(c, np, depth, &sub);
	/* "the island's president": the place named before */
	if (!n_codes && !sub.n && agent_head && S_place_possessor(w, n))
		S_antecedent_with_agents(c, np, depth, 1, &sub);
	if (!n_codes && !sub.n && S_both_sides_words(w, n))
		S_both_sides(c, np, depth, &sub);
	int first = c->first[np], last = c->last[np];
	if (n_codes) {
		for (int i = 0; i < n_codes; i++) {
			if (!n_ag && S_add_split(c, out, codes[i], first, last))
				continue;
			S_add_with_agents(c, out, codes[i], agents, agent_and, n_ag, first, last);
		}
	} else if (sub.n) {
		for (int i = 0; i < sub.n; i++)
			S_add_with_agents(c, out, sub.a[i].code, agents, agent_and, n_ag, first, last);
	} else if (n_ag && !(c->o->one_sided && S_lone_title(c, tok, n)) &&
		   !(c->o->one_sided && !agent_head && pm_str_in(w[n - 1], S_abstract_heads))) {
		/* in documents a lone title names no one: the place where it
		 * happens must not give "the president" its country */
		S_add_with_agents(c, out, NULL, agents, agent_and, n_ag, first, last);
	}
}

/* ---- patterns --------------------------------------------------------------------------- */

typedef struct {
	int lo, hi;       /* token window the pattern may look at */
	int src_tok, tgt_tok;   /* NPs a pattern's "$" and "+" stand on; -1 none */
} S_window;

/* The largest NP that starts (ends) at token tok, or -1. */
static int S_np_starting(const S_ctx *c, int tok)
{
	return tok >= 0 && tok < c->n_words ? c->np_start[tok] : -1;
}

static int S_np_ending(const S_ctx *c, int tok)
{
	return tok >= 0 && tok < c->n_words ? c->np_end[tok] : -1;
}

/* Nodes come in pre-order, so the first NP seen at a start token is the
 * largest one there; for end tokens the largest is the outermost. */
static void S_index_nps(S_ctx *c)
{
	int n = c->n_words ? c->n_words : 1;
	c->np_start = pm_arena_alloc(c->arena, (size_t)n * sizeof(int32_t));
	c->np_end = pm_arena_alloc(c->arena, (size_t)n * sizeof(int32_t));
	for (int i = 0; i < n; i++)
		c->np_start[i] = c->np_end[i] = -1;
	for (int i = 0; i < c->t->n_nodes; i++) {
		if (S_n(c, i)->kind != PM_NODE_NP || c->last[i] < 0)
			continue;
		if (c->np_start[c->first[i]] < 0)
			c->np_start[c->first[i]] = i;
		if (c->np_end[c->last[i]] < 0)
			c->np_end[c->last[i]] = i;
	}
}

/* Pattern words are interned in the dictionary, so a pointer comparison
 * with the token's interned copy decides a match. */
static int S_seq_at(const S_ctx *c, const pm_wordseq *q, int pos, int dir, int lo, int hi)
{
	/* Forward: the sequence starts at pos; backward: it ends at pos. */
	int start = dir > 0 ? pos : pos - q->n + 1;
	if (start < lo || start + q->n - 1 > hi)
		return 0;
	for (int i = 0; i < q->n; i++)
		if (c->iw[start + i] != q->words[i])
			return 0;
	return q->n;
}

/* w (interned) is a word of the sentence; slot is pm_word_slot(w). */
static int S_present_at(const S_ctx *c, const char *w, unsigned slot)
{
	if (c->present_full)
		return 1;
	for (unsigned i = slot;; i = (i + 1) & 255u) {
		if (c->present[i] == w)
			return 1;
		if (!c->present[i])
			return 0;
	}
}

static int S_present(const S_ctx *c, const char *w)
{
	return S_present_at(c, w, pm_word_slot(w));
}

static void S_index_present(S_ctx *c)
{
	int stored = 0;
	for (int t = 0; t < c->n_words; t++) {
		const char *w = c->iw[t];
		if (!w)
			continue;
		c->present_bits |= pm_word_bit(w);
		if (c->present_full || S_present(c, w))
			continue;
		if (stored == 200) {
			c->present_full = 1;
			continue;
		}
		unsigned i = pm_word_slot(w);
		while (c->present[i])
			i = (i + 1) & 255u;
		c->present[i] = w;
		stored++;
	}
}

/* A pattern can only match if each of its word elements has a first word
 * somewhere in the sentence: most patterns of a block fail here at once. */
static int S_could_match(const S_ctx *c, const pm_pat_elem *el, int n)
{
	for (int i = 0; i < n; i++) {
		if (el[i].role != PM_ELEM_WORDS)
			continue;
		if (!(el[i].first_bits & c->present_bits))
			return 0;
		int any = 0;
		for (int a = 0; a < el[i].n_alts && !any; a++)
			any = S_present_at(c, el[i].alts[a].words[0], el[i].alts[a].first_slot);
		if (!any)
			return 0;
	}
	return 1;
}

/* "on Sunday", "early on Monday", "last March", "that night": a phrase
 * that only dates the act. It is no party, so it fills no pattern's "$"
 * or "+" ("marched on Sunday" is no march on a place). */
static int S_time_np(const S_ctx *c, int np)
{
	static const char *const times[] = {
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
		"JANUARY", "FEBRUARY", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
		"NOVEMBER", "DECEMBER", "MORNING", "AFTERNOON", "EVENING", "NIGHT", "WEEKEND",
		"OVERNIGHT", "TODAY", "TONIGHT", "YESTERDAY", NULL};
	/* "Sunday demanding new elections": the phrase's own head NP */
	for (int k = S_n(c, np)->first_child; k >= 0 && S_n(c, k)->kind == PM_NODE_NP;
	     k = S_n(c, k)->first_child)
		np = k;
	int last = c->last[np];
	return last >= 0 && last < c->n_words && pm_str_in(c->words[last], times);
}

/* "on Sunday", "at night": a preposition that dates the act opens no
 * phrase a pattern reads ("marched on Sunday demanding elections" is
 * no march on a place). */
static int S_dating_prep(const S_ctx *c, int tok)
{
	static const char *const preps[] = {"ON", "IN", "AT", "BY", NULL};
	int np = tok + 1 < c->n_words ? S_np_starting(c, tok + 1) : -1;
	return np >= 0 && pm_str_in(c->words[tok], preps) && S_time_np(c, np);
}

/* Matches elements [i..n) outward from position pos (the next token to
 * look at), in direction dir. Gaps are allowed unless an element is
 * adjacent. */
static int S_match_elems(const S_ctx *c, const pm_pat_elem *el, int n, int i, int pos, int dir,
			 S_window *w)
{
	if (i == n)
		return 1;
	const pm_pat_elem *e = &el[i];
	if (e->role != PM_ELEM_WORDS) {
		/* An actor slot, and "^", cover a whole noun phrase starting (or,
		 * looking back, ending) at p. */
		for (int p = pos; p >= w->lo && p <= w->hi; p += dir) {
			int np = dir > 0 ? S_np_starting(c, p) : S_np_ending(c, p);
			if (np >= 0 && e->role != PM_ELEM_SKIP && S_time_np(c, np))
				np = -1;
			if (np >= 0) {
				int save_s = w->src_tok, save_t = w->tgt_tok;
				if (e->role == PM_ELEM_SKIP)
					;
				else if (e->role == PM_ELEM_SOURCE)
					w->src_tok = np;
				else if (e->role == PM_ELEM_TARGET)
					w->tgt_tok = np;
				int next = dir > 0 ? c->last[np] + 1 : c->first[np] - 1;
				if (S_match_elems(c, el, n, i + 1, next, dir, w))
					return 1;
				w->src_tok = save_s, w->tgt_tok = save_t;
			}
			/* "^" also passes over the rest of a phrase ("their ^"). */
			if (e->role == PM_ELEM_SKIP && S_match_elems(c, el, n, i + 1, p + dir, dir, w))
				return 1;
			if (e->adjacent)
				break;
		}
		return 0;
	}
	uint64_t edge_bits = dir > 0 ? e->first_bits : e->last_bits;
	for (int p = pos; p >= w->lo && p <= w->hi; p += dir) {
		/* the word at p must begin (end) some alternative */
		if (!c->iw[p] || !(pm_word_bit(c->iw[p]) & edge_bits)) {
			if (e->adjacent)
				break;
			continue;
		}
		for (int a = 0; a < e->n_alts; a++) {
			int k = S_seq_at(c, &e->alts[a], p, dir, w->lo, w->hi);
			if (k && dir > 0 && S_dating_prep(c, p + k - 1))
				continue;
			if (k && S_match_elems(c, el, n, i + 1, p + dir * k, dir, w))
				return 1;
		}
		if (e->adjacent)
			break;
	}
	return 0;
}

/* The most specific pattern of the block that matches around the verb:
 * a block's patterns are sorted most specific first, so the first. */
static const pm_pattern *S_best_pattern(const S_ctx *c, const pm_verb_block *b, int verb_tok,
					int after_tok, int lo, int hi, S_window *found)
{
	/* a block's patterns lie together in the dictionary's array */
	const pm_pattern *block = b->n_patterns ? pm_dict_pattern(c->d, b->first_pattern) : NULL;
	for (int i = 0; i < b->n_patterns; i++) {
		const pm_pattern *p = &block[i];
		if (p->needs_bits & ~c->present_bits)
			continue;
		if (p->anchor ? !S_present(c, p->anchor)
			      : !S_could_match(c, p->after, p->n_after) ||
					!S_could_match(c, p->before, p->n_before))
			continue;
		S_window w = {lo, hi, -1, -1};
		w.lo = lo;
		if (!S_match_elems(c, p->after, p->n_after, 0, after_tok, +1, &w))
			continue;
		if (!S_match_elems(c, p->before, p->n_before, 0, verb_tok - 1, -1, &w))
			continue;
		*found = w;
		return p;
	}
	return NULL;
}

static int S_cooperation(const char *code);

/* "The accord was signed by both parties", "a truce was agreed in Minsk":
 * the passive moves the object a pattern reads after the verb into the
 * subject. The first of the block's patterns of a deal or other
 * cooperation that reads no words before the verb and matches within the
 * subject span [lo, hi]; the window names no actor tokens, the subject
 * being the passive's target already. Only cooperation: a weapon or a
 * force named as the subject ("a chemical weapon was used", "a carrier group
 * was sent") is read from the sentence's other words better than from a
 * deal's parties. */
static const pm_pattern *S_subject_pattern(const S_ctx *c, const pm_verb_block *b, int lo, int hi)
{
	const pm_pattern *block = b->n_patterns ? pm_dict_pattern(c->d, b->first_pattern) : NULL;
	for (int i = 0; i < b->n_patterns; i++) {
		const pm_pattern *p = &block[i];
		if (p->n_before || (p->needs_bits & ~c->present_bits) || !S_cooperation(p->code))
			continue;
		if (p->anchor ? !S_present(c, p->anchor) : !S_could_match(c, p->after, p->n_after))
			continue;
		S_window w = {lo, hi, -1, -1};
		if (S_match_elems(c, p->after, p->n_after, 0, lo, +1, &w))
			return p;
	}
	return NULL;
}

/* ---- verbs -> events ---------------------------------------------------------------------- */

static void S_emit(S_ctx *c, const S_actor *src, const S_actor *tgt, const char *code, int verb_tok,
		   int negated)
{
	pm_coded_event *ev;
	if (*c->n_out == c->cap_out) {
		int cap = c->cap_out ? c->cap_out * 2 : 8;
		pm_coded_event *grown = pm_arena_alloc(c->arena, (size_t)cap * sizeof(*grown));
		if (*c->n_out)
			memcpy(grown, *c->out, (size_t)*c->n_out * sizeof(*grown));
		*c->out = grown;
		c->cap_out = cap;
	}
	ev = &(*c->out)[(*c->n_out)++];
	memset(ev, 0, sizeof(*ev));
	ev->source = src ? src->code : NULL;
	ev->target = tgt ? tgt->code : NULL;
	pm_strlcpy(ev->code, code, sizeof(ev->code));
	ev->sentence = c->s->index;
	ev->src_first = src ? src->first : -1;
	ev->src_last = src ? src->last : -1;
	ev->tgt_first = tgt ? tgt->first : -1;
	ev->tgt_last = tgt ? tgt->last : -1;
	ev->verb_token = (int16_t)verb_tok;
	ev->negated = negated == 1;
	ev->negation_coded = negated == 2;
}

/* The VP at the top of the verb's chain ("is about to restore" climbs
 * from "restore" to "is"), and the clause above it. */
/* node is an SBAR opened by "that". */
static int S_that_clause(const S_ctx *c, int node)
{
	if (node < 0 || S_n(c, node)->kind != PM_NODE_SBAR)
		return 0;
	int k = S_n(c, node)->first_child;
	return k >= 0 && S_n(c, k)->word && !strcmp(S_n(c, k)->word, "THAT");
}

static int S_chain_top(const S_ctx *c, int vp, int *clause)
{
	int top = vp;
	for (;;) {
		int up = S_n(c, top)->parent;
		if (up < 0)
			break;
		if (S_n(c, up)->kind == PM_NODE_VP) {
			top = up;
			continue;
		}
		/* A subjectless clause is an infinitive or participle complement
		 * ("is inching nearer to accord with"): its subject is that of
		 * the verb above it. */
		if ((S_n(c, up)->kind == PM_NODE_S || S_n(c, up)->kind == PM_NODE_SBAR) &&
		    !S_has_child_kind(c, up, PM_NODE_NP)) {
			int above = S_n(c, up)->parent;
			/* "warned Syria that moving or using chemical weapons
			 * would cross a red line": a that-clause has a subject of
			 * its own, a gerund's here, never the speaker's */
			if (c->o->one_sided && S_that_clause(c, above))
				break;
			while (above >= 0 && (S_n(c, above)->kind == PM_NODE_S ||
					      S_n(c, above)->kind == PM_NODE_SBAR) &&
			       !S_has_child_kind(c, above, PM_NODE_NP))
				above = S_n(c, above)->parent;
			if (above >= 0 && S_n(c, above)->kind == PM_NODE_VP) {
				top = above;
				continue;
			}
		}
		break;
	}
	*clause = S_n(c, top)->parent;
	return top;
}

/* The clause subject: the last NP before the VP in its clause; for a
 * relative clause, the NP the clause modifies. */
static int S_pp_is(const S_ctx *c, int pp, const char *const *list);

/* "declared a ceasefire after capturing Gisenyi", "shelled the town
 * before withdrawing": a gerund clause after a preposition of time or
 * means is done by the subject of the verb the phrase belongs to. That
 * verb's VP, or -1. */
static int S_gerund_host(const S_ctx *c, int clause)
{
	static const char *const preps[] = {"AFTER", "BEFORE", "WHILE", "BY", "UPON", "WHEN", NULL};
	int pp = S_n(c, clause)->parent, vp = S_n(c, clause)->first_child;
	if (S_n(c, clause)->kind != PM_NODE_S || pp < 0 || S_n(c, pp)->kind != PM_NODE_PP ||
	    !S_pp_is(c, pp, preps) || vp < 0 || S_n(c, vp)->kind != PM_NODE_VP)
		return -1;
	int verb = S_vp_verb(c, vp);
	if (verb < 0 || strcmp(S_n(c, verb)->label, "VBG"))
		return -1;
	int host = S_n(c, pp)->parent;
	return host >= 0 && S_n(c, host)->kind == PM_NODE_VP ? host : -1;
}

static int S_subject(const S_ctx *c, int top, int clause)
{
	if (clause < 0)
		return -1;
	int subj = -1;
	for (int k = S_n(c, clause)->first_child; k >= 0 && k != top; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP)
			subj = k;
	if (subj >= 0)
		return subj;
	int up = S_n(c, clause)->parent;
	if (up >= 0 && S_n(c, up)->kind == PM_NODE_SBAR) {
		int np = S_n(c, up)->parent;
		if (np >= 0 && S_n(c, np)->kind == PM_NODE_NP) {
			for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
				if (S_n(c, k)->kind == PM_NODE_NP)
					return k;
		}
	}
	/* A participle clause after the main predicate ("forces advanced
	 * into the city, backed by air cover, seeking to retake it") shares
	 * the main clause's subject. */
	if (S_n(c, clause)->kind == PM_NODE_S && up >= 0 && S_n(c, up)->kind == PM_NODE_S) {
		int main_subj = -1, main_vp = 0;
		for (int k = S_n(c, up)->first_child; k >= 0 && k != clause; k = S_n(c, k)->next_sibling) {
			if (S_n(c, k)->kind == PM_NODE_NP && !main_vp)
				main_subj = k;
			else if (S_n(c, k)->kind == PM_NODE_VP)
				main_vp = 1;
		}
		if (main_vp && main_subj >= 0)
			return main_subj;
		/* "Myanmar military seizes power, detains Suu Kyi", "gunmen
		 * burst into a theatre ... and seized hundreds": a clause with
		 * no subject after "and", or after a headline's comma, shares
		 * the subject of the clause before it */
		int prev = -1, joined = c->s && c->s->is_headline;
		for (int k = S_n(c, up)->first_child; k >= 0 && k != clause; k = S_n(c, k)->next_sibling) {
			if (S_n(c, k)->kind == PM_NODE_S)
				prev = k;
			joined |= S_n(c, k)->word && !strcmp(S_n(c, k)->label, "CC") &&
				  S_n(c, k)->next_sibling == clause && !strcmp(c->words[S_n(c, k)->token], "AND");
		}
		if (joined) {
			if (prev >= 0 && S_has_child_kind(c, prev, PM_NODE_VP))
				for (int k = S_n(c, prev)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
					if (S_n(c, k)->kind == PM_NODE_NP)
						return k;
		}
	}
	int host = c->o->one_sided ? S_gerund_host(c, clause) : -1;
	if (host >= 0) {
		int host_clause, host_top = S_chain_top(c, host, &host_clause);
		return S_subject(c, host_top, host_clause);
	}
	/* A reduced relative ("forces backed by Russia") hangs off its NP. */
	if (S_n(c, clause)->kind == PM_NODE_NP) {
		for (int k = S_n(c, clause)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
			if (S_n(c, k)->kind == PM_NODE_NP)
				return k;
	}
	return -1;
}

/* "Tabqa city and dam fully liberated", "Hostages held in Russian
 * school": a headline clause whose subject names no actor (so that read
 * as the active it names no doer) is the passive too. */
static int S_headline_nobody(const S_ctx *c, int vp)
{
	int up = S_n(c, vp)->parent, subject = -1;
	if (up < 0 || S_n(c, up)->kind != PM_NODE_S)
		return 0;
	/* not a second clause ("control most of Goma, airport seized"),
	 * which tells the first one's news from the other side */
	if (up != c->t->root && S_n(c, c->t->root)->first_child != up)
		return 0;
	for (int k = S_n(c, up)->first_child; k >= 0 && k != vp; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP)
			subject = k;
	if (subject < 0)
		return 0;
	S_actors a = {0};
	S_np_actors(c, subject, &a, 0);
	return a.n == 0;
}

/* "Army convoy attacked near Kunduz", "Police post shelled in Donetsk",
 * "Ukrainian soldier killed in ambush": a headline's past form of an
 * attack that always takes its victim as object, with none after it,
 * after a subject in the sentence's first clause, is the passive: the
 * subject is the one struck, not the doer. */
static int S_headline_victim(const S_ctx *c, int vp, int verb)
{
	static const char *const struck[] = {"ATTACKED", "SHELLED", "BOMBED", "AMBUSHED", "TARGETED",
					     "RAIDED", "KILLED", "WOUNDED", "INJURED", "KIDNAPPED",
					     "ABDUCTED", "BESIEGED", "STORMED", "HIT", "STRUCK", NULL};
	int up = S_n(c, vp)->parent;
	if (!pm_str_in(S_n(c, verb)->word, struck) || up < 0 || S_n(c, up)->kind != PM_NODE_S)
		return 0;
	if (up != c->t->root && S_n(c, c->t->root)->first_child != up)
		return 0;
	for (int k = S_n(c, up)->first_child; k >= 0 && k != vp; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP)
			return 1;
	return 0;
}

/* Headlines drop the auxiliary of the passive and tell the active in the
 * present: a past form in a headline with no noun phrase right after it,
 * after a count of people, is a passive ("Four cousins killed in Israeli
 * strike", "At least 471 killed in strike on hospital"). */
static int S_headline_passive(const S_ctx *c, int vp, int verb)
{
	static const char *const counts[] = {"DOZENS", "SCORES", "HUNDREDS", "THOUSANDS", NULL};
	if (!c->s || !c->s->is_headline || !c->s->tokens)
		return 0;
	/* only a toll ("Four cousins killed", "Dozens killed"): a headline's
	 * second clause ("control most of Goma, airport seized") names no
	 * one, and its place would become the actor */
	int tok = S_n(c, verb)->token, count = 0;
	for (int k = tok - 1; k >= 0 && k < c->s->n_tokens; k--) {
		const char *tg = c->s->tokens[k].tag;
		if (tg[0] == ',' || tg[0] == ':')
			break;
		count |= !strcmp(tg, "CD") || pm_str_in(c->words[k], counts);
	}
	if (!count && !S_headline_nobody(c, vp) && !S_headline_victim(c, vp, verb))
		return 0;
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (k == verb || S_n(c, k)->kind == PM_NODE_ADVP)
			continue;
		return S_n(c, k)->kind != PM_NODE_NP;
	}
	return 1;
}

static int S_passive(const S_ctx *c, int vp, int verb)
{
	if (strcmp(S_n(c, verb)->label, "VBN") && strcmp(S_n(c, verb)->label, "VBD"))
		return 0;
	int up = S_n(c, vp)->parent;
	if (up >= 0 && S_n(c, up)->kind == PM_NODE_NP)
		return 1;
	if (S_headline_passive(c, vp, verb))
		return 1;
	for (int hops = 0; up >= 0 && hops < 2; hops++, up = S_n(c, up)->parent) {
		if (S_n(c, up)->kind != PM_NODE_VP)
			break;
		int v = S_vp_verb(c, up);
		if (v >= 0 && pm_str_in(S_n(c, v)->word, S_be_forms))
			return 1;
	}
	return 0;
}

/* A pattern that spells out the negation ("did n't ... clash over") codes
 * the negated event itself. */
static int S_pattern_negates(const pm_pattern *p)
{
	for (int side = 0; side < 2; side++) {
		const pm_pat_elem *el = side ? p->after : p->before;
		int n = side ? p->n_after : p->n_before;
		for (int i = 0; i < n; i++)
			for (int a = 0; a < el[i].n_alts; a++)
				for (int k = 0; k < el[i].alts[a].n; k++)
					if (pm_str_in(el[i].alts[a].words[k], S_negators))
						return 1;
	}
	return 0;
}

/* "urged India not to send troops", "called on the rebels not to
 * attack": a negator right before "to", after the one asked, denies the
 * infinitive's act, not the verb whose phrase it stands in ("promised
 * not to attack" names no one asked, and is denied as before). */
static int S_denies_infinitive(const S_ctx *c, int leaf)
{
	int tok = S_n(c, leaf)->token;
	return tok > 0 && tok + 1 < c->n_words && !strcmp(c->words[tok + 1], "TO") &&
	       (S_np_ending(c, tok - 1) >= 0);
}

static int S_negated(const S_ctx *c, int vp, int top)
{
	for (int cur = vp;; cur = S_n(c, cur)->parent) {
		for (int k = S_n(c, cur)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
			if (S_n(c, k)->word && pm_str_in(S_n(c, k)->word, S_negators) &&
			    !(cur == vp && S_denies_infinitive(c, k)))
				return 1;
			if (S_n(c, k)->kind == PM_NODE_ADVP && c->first[k] < c->first[vp])
				for (int g = S_n(c, k)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
					if (S_n(c, g)->word && pm_str_in(S_n(c, g)->word, S_negators))
						return 1;
		}
		if (cur == top || S_n(c, cur)->parent < 0)
			return 0;
	}
}

/* Actors of the prepositional phrases under vp headed by one of preps
 * (NULL: any), searched in order. */
/* Material violence: assaults, fights and mass violence (18-20). */
static int S_violent(const char *code)
{
	return code[0] == '1' ? code[1] >= '8' : code[0] == '2' && code[1] == '0';
}

/* Some actor of a shares its country with some actor of b. */
static int S_any_same_country(const S_actors *a, const S_actors *b)
{
	for (int i = 0; i < a->n; i++)
		for (int j = 0; j < b->n; j++)
			if (strncmp(a->a[i].code, "---", 3) && !strncmp(a->a[i].code, b->a[j].code, 3))
				return 1;
	return 0;
}

/* The NP at the head of np, past the phrases on it: "two" of "two of
 * its soldiers", "shelling" of "shelling in Kharkiv". */
static int S_head_np(const S_ctx *c, int np)
{
	while (S_n(c, np)->first_child >= 0 && S_n(c, S_n(c, np)->first_child)->kind == PM_NODE_NP)
		np = S_n(c, np)->first_child;
	return np;
}

/* "was killed in Tehran", "were killed in northern Mali": an NP ending in
 * a name after "in" says where, and gives the passive no doer; "killed
 * in an Israeli air strike" still names one, by the attack it ends in. */
static int S_place_name(const S_ctx *c, int np)
{
	/* "Russian shelling in Kharkiv": the head NP's last word */
	np = S_head_np(c, np);
	int last = c->last[np];
	int leaf = last >= 0 ? S_leaf_of(c, last) : -1;
	return leaf >= 0 && !strncmp(S_n(c, leaf)->label, "NNP", 3);
}

/* The actors of vp's first PP headed by one of preps that names any;
 * *place (when given) says whether they came from a name after "in". */
static void S_vp_pp_actors_at(const S_ctx *c, int vp, const char *const *preps, S_actors *out,
			      int *place)
{
	for (int k = S_n(c, vp)->first_child; k >= 0 && !out->n; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind == PM_NODE_ADVP)   /* "opposed earlier by X" */
			S_vp_pp_actors_at(c, k, preps, out, place);
		if (S_n(c, k)->kind != PM_NODE_PP)
			continue;
		int p = S_n(c, k)->first_child;
		if (preps && (p < 0 || !S_n(c, p)->word || !pm_str_in(S_n(c, p)->word, preps)))
			continue;
		for (int g = S_n(c, k)->first_child; g >= 0 && !out->n; g = S_n(c, g)->next_sibling)
			if (S_n(c, g)->kind == PM_NODE_NP) {
				S_np_actors(c, g, out, 0);
				if (place && out->n)
					*place = !strcmp(S_n(c, p)->word, "IN") && S_place_name(c, g);
			}
	}
}

static void S_vp_pp_actors(const S_ctx *c, int vp, const char *const *preps, S_actors *out)
{
	S_vp_pp_actors_at(c, vp, preps, out, NULL);
}

/* "were killed during a firefight with gunmen", "killed in clashes with
 * Maoist rebels": the side a fight the passive's victims fell in was
 * fought with is the doer, whether the parser hangs the "with" phrase on
 * the fight or on the verb. */
static void S_fight_partner(const S_ctx *c, int vp, S_actors *out)
{
	static const char *const in[] = {"IN", "DURING", "AMID", NULL}, *const with[] = {"WITH", NULL};
	static const char *const fights[] = {
		"FIREFIGHT", "FIREFIGHTS", "GUNFIGHT", "GUNFIGHTS", "CLASH", "CLASHES", "FIGHTING",
		"BATTLE", "BATTLES", "SHOOTOUT", "SKIRMISH", "SKIRMISHES", "EXCHANGE", "ENCOUNTER",
		"GUNBATTLE", "FIGHT", NULL};
	int after_fight = 0;
	for (int k = S_n(c, vp)->first_child; k >= 0 && !out->n; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_PP) {
			after_fight = 0;
			continue;
		}
		if (after_fight && S_pp_is(c, k, with)) {
			S_vp_pp_actors_at(c, vp, with, out, NULL);
			return;
		}
		after_fight = 0;
		if (!S_pp_is(c, k, in))
			continue;
		for (int g = S_n(c, k)->first_child; g >= 0; g = S_n(c, g)->next_sibling) {
			if (S_n(c, g)->kind != PM_NODE_NP)
				continue;
			int last = c->last[S_head_np(c, g)];
			after_fight = last >= 0 && pm_str_in(c->words[last], fights);
			/* the "with" phrase inside the fight's own NP */
			if (after_fight)
				S_vp_pp_actors_at(c, g, with, out, NULL);
		}
	}
}

/* Prepositions that name whom a compound subject cooperates with. */
static const char *const S_partner_preps[] = {"WITH", "TO", "BETWEEN", "FROM", "TOWARD", "TOWARDS",
					      "AGAINST", NULL};

/* The PP's preposition is one of list. */
static int S_pp_is(const S_ctx *c, int pp, const char *const *list)
{
	int head = S_n(c, pp)->first_child;
	return head >= 0 && S_n(c, head)->word && pm_str_in(S_n(c, head)->word, list);
}

/* Prepositions that say where: their actors are the target only when no
 * other phrase names one ("air strikes in Syria and Iraq against Islamic
 * State" target Islamic State; "met in Geneva" still targets Geneva). */
static const char *const S_locative_preps[] = {
	"IN", "NEAR", "ACROSS", "AROUND", "INSIDE", "OUTSIDE", "THROUGHOUT", "WITHIN", "ALONG",
	"FROM", "OVER", "OFF", "AT", "THROUGH", "NORTH", "SOUTH", "EAST", "WEST", NULL};

/* Drops from a the actors of the source's own country: "closed its border
 * with Syria", "put its forces on alert" act on no one of the source's. */
static void S_drop_own(S_actors *a, const S_actors *src)
{
	int k = 0;
	for (int i = 0; i < a->n; i++) {
		int own = 0;
		for (int j = 0; j < src->n; j++)
			own |= !strncmp(a->a[i].code, src->a[j].code, 3);
		if (!own)
			a->a[k++] = a->a[i];
	}
	a->n = k;
}

/* Actors of an object NP; a possessive one names none of the source's,
 * and with own_forces the bare "troops" are the source's own ("sent
 * troops to Mali", "contributed troops to the force"). */
static void S_object_np(const S_ctx *c, int np, const S_actors *src, int own_forces,
			S_actors *out)
{
	S_actors a = {0};
	S_np_actors(c, np, &a, 0);
	if (src && S_possessive_np(c, np))
		S_drop_own(&a, src);
	if (own_forces) {
		int k = 0;
		for (int i = 0; i < a.n; i++)
			if (strcmp(a.a[i].code, "---MIL"))
				a.a[k++] = a.a[i];
		a.n = k;
	}
	for (int i = 0; i < a.n; i++)
		S_add_actor(out, a.a[i].code, a.a[i].first, a.a[i].last);
}

/* One pass of S_objects: all 1 reads every phrase in order, all 0 skips
 * the PPs that say where. */
/* A partner named in a PP's NP, leaving out the participles that hang on
 * it, however deep: "to a ceasefire and hostage release deal brokered by
 * Qatar, Egypt and the United States" names no partner. */
static void S_partner_np(const S_ctx *c, int np, const S_actors *src, int own_forces,
			 S_actors *out)
{
	int nps = 0, vps = 0;
	for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		nps += S_n(c, k)->kind == PM_NODE_NP;
		vps += S_n(c, k)->kind == PM_NODE_VP;
	}
	if (!nps || (!vps && !S_is_compound(c, np))) {
		S_object_np(c, np, src, own_forces, out);
		return;
	}
	for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP)
			S_partner_np(c, k, src, own_forces, out);
}

static int S_instrument_np(const S_ctx *c, int np);

/* A munition as object, counted or not: "rockets", "dozens of artillery
 * shells", "hundreds of drones and missiles". */
static int S_means_object(const S_ctx *c, int np)
{
	if (S_instrument_np(c, np))
		return 1;
	int head = S_n(c, np)->first_child;
	if (head < 0 || S_n(c, head)->kind != PM_NODE_NP)
		return 0;
	int pp = S_n(c, head)->next_sibling;
	if (pp < 0 || S_n(c, pp)->kind != PM_NODE_PP || S_n(c, pp)->first_child < 0 ||
	    strcmp(c->words[S_n(c, S_n(c, pp)->first_child)->token], "OF"))
		return 0;
	for (int g = S_n(c, pp)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
		if (S_n(c, g)->kind == PM_NODE_NP)
			return S_instrument_np(c, g);
	return 0;
}

/* "destroyed the bridge with tank fire", "attacked the village with
 * machetes": what an act of force is done with is its means; "clashed
 * with rebels" keeps its partner. */
static int S_means_pp(const S_ctx *c, int pp)
{
	static const char *const preps[] = {"WITH", "USING", NULL};
	static const char *const arms[] = {"FIRE", "GUNS", "WEAPONS", "RIFLES", "KNIVES",
					   "MACHETES", "GAS", "BULLDOZERS", NULL};
	if (!S_pp_is(c, pp, preps))
		return 0;
	for (int g = S_n(c, pp)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
		if (S_n(c, g)->kind == PM_NODE_NP)
			return S_means_object(c, g) || pm_str_in(c->words[c->last[g]], arms);
	return 0;
}

/* node lies in a means PP of vp ("with tank fire"): a pattern's "+"
 * that falls there is the weapon, not the target. */
static int S_in_means_pp(const S_ctx *c, int node, int vp)
{
	for (int up = S_n(c, node)->parent; up >= 0 && up != vp; up = S_n(c, up)->parent)
		if (S_n(c, up)->kind == PM_NODE_PP && S_means_pp(c, up))
			return 1;
	return 0;
}

/* "struck what New Delhi called a militant camp", "what the army
 * described as command centres": the thing named is the object. The VP
 * of "called" inside such a clause, or -1. */
static int S_what_called(const S_ctx *c, int sbar)
{
	static const char *const naming[] = {"CALLED", "DESCRIBED", "TERMED", "DUBBED", "LABELLED",
					     "LABELED", "BRANDED", "DESCRIBES", "CALLS", NULL};
	int wh = S_n(c, sbar)->first_child;
	if (wh < 0 || S_n(c, wh)->kind != PM_NODE_NP || c->first[wh] != c->last[wh] ||
	    strcmp(c->words[c->first[wh]], "WHAT"))
		return -1;
	int cl = S_n(c, wh)->next_sibling;
	if (cl < 0 || S_n(c, cl)->kind != PM_NODE_S)
		return -1;
	for (int k = S_n(c, cl)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		int v = S_n(c, k)->kind == PM_NODE_VP ? S_vp_verb(c, k) : -1;
		if (v >= 0 && pm_str_in(c->words[S_n(c, v)->token], naming))
			return k;
	}
	return -1;
}

static const char *const S_why_words[] = {"RESPONSE", "RETALIATION", "REPLY", "REVENGE",
					  "REPRISAL", "REACTION", "SUPPORT", "SOLIDARITY", NULL};

/* "fired rockets at Tel Aviv in response to the killing of its
 * commander", "in retaliation for", "in support of Hamas": the phrase
 * says why, and whom it names is no target, however the parse hangs "in
 * response". */
static int S_reason_pp(const S_ctx *c, int pp)
{
	int at = c->first[pp];
	if (at >= 0 && at + 1 < c->n_words && !strcmp(c->words[at], "IN") &&
	    pm_str_in(c->words[at + 1], S_why_words))
		return 1;   /* the whole phrase: (PP in (NP (NP support) (PP of X))) */
	return at >= 2 && pm_str_in(c->words[at - 1], S_why_words) && !strcmp(c->words[at - 2], "IN");
}

/* "threatened to use force against Niger", "used excessive force on
 * protesters": force with no article or name is how, never whom; "the
 * force", "a U.N. force" stay the troops they are. */
static int S_bare_force(const S_ctx *c, int np)
{
	static const char *const kinds[] = {"MILITARY", "EXCESSIVE", "LETHAL", "DEADLY", "ARMED",
					    "BRUTE", "DISPROPORTIONATE", "MAXIMUM", NULL};
	int first = c->first[np], last = c->last[np];
	if (first < 0 || last < first || strcmp(c->words[last], "FORCE"))
		return 0;
	for (int i = first; i < last; i++)
		if (!pm_str_in(c->words[i], kinds))
			return 0;
	return 1;
}

/* ", with the Red Cross flying detainees between five cities": a "with"
 * set off by a comma tells the circumstances, not a partner. */
static int S_absolute_with(const S_ctx *c, int with_tok)
{
	return with_tok >= 1 && !strcmp(c->words[with_tok], "WITH") &&
	       !strcmp(c->words[with_tok - 1], ",");
}

/* Whether np lies in such a "with" PP under vp. */
static int S_in_absolute_with(const S_ctx *c, int np, int vp)
{
	for (int up = np; up >= 0 && up != vp; up = S_n(c, up)->parent)
		if (S_n(c, up)->kind == PM_NODE_PP && S_absolute_with(c, c->first[up]))
			return 1;
	return 0;
}

/* "began joint drills near Belarus's border with Ukraine", "held joint
 * exercises despite warnings from North Korea": a partner phrase that
 * ends a border's noun, or comes after "despite" or "amid", says where
 * the act was or what it defied, not with whom it was done. tok starts
 * the phrase's NP, after the verb at verb_tok. */
static int S_setting_partner(const S_ctx *c, int verb_tok, int tok)
{
	static const char *const borders[] = {"BORDER", "BORDERS", "FRONTIER", "FRONTIERS",
					      "BOUNDARY", "COAST", NULL};
	static const char *const defying[] = {"DESPITE", "AMID", "AMIDST", NULL};
	if (tok >= 2 && !strcmp(c->words[tok - 1], "WITH") && pm_str_in(c->words[tok - 2], borders))
		return 1;
	for (int t = verb_tok + 1; t < tok; t++)
		if (pm_str_in(c->words[t], defying))
			return 1;
	return 0;
}

/* "signed an agreement that sets out the withdrawal of troops from
 * Afghanistan": a phrase in a clause of its own under vp tells that
 * clause's act; it names no partner of vp's. Whether np lies so. */
static int S_in_relative(const S_ctx *c, int np, int vp)
{
	for (int up = S_n(c, np)->parent; up >= 0 && up != vp; up = S_n(c, up)->parent)
		if (S_n(c, up)->kind == PM_NODE_SBAR)
			return 1;
	return 0;
}

static void S_objects_pass(const S_ctx *c, int vp, int partner_only, const S_actors *src,
			   int all, int own_forces, int means_pass, S_actors *out)
{
	int called;
	for (int k = S_n(c, vp)->first_child; k >= 0 && !out->n; k = S_n(c, k)->next_sibling) {
		const pm_node *ch = S_n(c, k);
		if (ch->kind == PM_NODE_NP) {
			/* "fired dozens of artillery shells at a South Korean
			 * island": what is fired is the means, the PP the target */
			if ((means_pass && S_means_object(c, k)) || (c->o->one_sided && S_bare_force(c, k)))
				continue;
			S_object_np(c, k, src, own_forces, out);
		} else if (ch->kind == PM_NODE_PP && (!partner_only || S_pp_is(c, k, S_partner_preps)) &&
			   !(partner_only && c->o->one_sided &&
			     S_setting_partner(c, c->first[vp], c->first[k] + 1)) &&
			   !(c->o->one_sided && S_absolute_with(c, c->first[k])) &&
			   (all || !S_pp_is(c, k, S_locative_preps)) &&
			   !(c->o->one_sided && S_reason_pp(c, k)) && !(means_pass && S_means_pp(c, k))) {
			for (int g = ch->first_child; g >= 0 && !out->n; g = S_n(c, g)->next_sibling) {
				if (S_n(c, g)->kind != PM_NODE_NP)
					continue;
				/* "agreed to a deal brokered by Qatar": the broker is
				 * no partner of the members */
				if (partner_only)
					S_partner_np(c, g, src, own_forces, out);
				else
					S_object_np(c, g, src, own_forces, out);
			}
		} else if (ch->kind == PM_NODE_VP && S_vp_verb(c, k) < 0) {
			S_objects_pass(c, k, partner_only, src, all, own_forces, means_pass, out);
		} else if (ch->kind == PM_NODE_SBAR && c->o->one_sided &&
			   (called = S_what_called(c, k)) >= 0) {
			S_objects_pass(c, called, partner_only, src, all, own_forces, means_pass, out);
		}
	}
}

/* The first actor among the verb's objects: its NPs (and their PPs), then
 * the NPs of its PPs. A PP that says where yields to a later one naming
 * an actor of known country ("air strikes in Syria and Iraq against
 * Islamic State"), not to a bare agent ("arrived in Gondor on an official
 * visit"). With partner_only (a compound subject cooperating) only
 * "with", "to", "between" and the like name a partner: "signed an
 * agreement at the White House" is between the subject's members. */
static int S_material_conflict(const char *code);

/* The VP whose objects a bare verb shares: "stormed and set fire to the
 * embassy", "stormed and looted the embassy" (the next conjunct), or -1. */
static int S_shared_objects(const S_ctx *c, int vp)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP || S_n(c, k)->kind == PM_NODE_PP)
			return -1;
	int up = S_n(c, vp)->parent, cc = 0;
	if (up < 0 || S_n(c, up)->kind != PM_NODE_VP)
		return -1;
	for (int k = S_n(c, vp)->next_sibling; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->word && !strcmp(S_n(c, k)->label, "CC"))
			cc = 1;
		else if (S_n(c, k)->kind == PM_NODE_VP)
			return cc ? k : -1;
	}
	return -1;
}

/* "soldiers laid down their weapons", "lifted its blockade": what a side
 * yields of its own is yielded to someone unnamed, as violence by an
 * unknown hand keeps a "---" actor the place's country fills. */
static void S_own_thing_yielded(const S_ctx *c, int vp, S_actors *out)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP && S_possessive_np(c, k)) {
			S_add_actor(out, "---", c->first[k], c->last[k]);
			return;
		}
}

static void S_objects(const S_ctx *c, int vp, int partner_only, const S_actors *src,
		      const char *code, S_actors *out)
{
	/* transitive acts only: "resigned and flew into exile in Nigeria" */
	int shared = c->o->one_sided && S_material_conflict(code) ? S_shared_objects(c, vp) : -1;
	if (shared >= 0) {
		int v = S_vp_verb(c, shared);
		/* objects of the conjunct, after its own verb */
		S_objects(c, v >= 0 && S_has_child_kind(c, shared, PM_NODE_VP) ? shared : shared,
			  partner_only, src, code, out);
		return;
	}
	/* cooperation, aid and shows of force move the source's own troops */
	int own_forces = src->n && code[0] == '0' && (code[1] == '3' || code[1] == '6' || code[1] == '7');
	own_forces |= src->n && !strncmp(code, "15", 2);
	int means = c->o->one_sided && S_material_conflict(code);
	S_actors named = {0};
	S_objects_pass(c, vp, partner_only, src, 0, own_forces, means, &named);
	for (int i = 0; i < named.n; i++)
		if (strncmp(named.a[i].code, "---", 3)) {
			*out = named;
			return;
		}
	S_objects_pass(c, vp, partner_only, src, 1, own_forces, means, out);
	if (!out->n && c->o->one_sided && !strncmp(code, "08", 2) && strncmp(code, "087", 3))
		S_own_thing_yielded(c, vp, out);
}

static int S_instrument_np(const S_ctx *c, int np);

/* "in protest", "in retaliation", "in response": "in" and a bare noun
 * say why or how, not where. */
static int S_manner_pp(const S_ctx *c, int pp)
{
	int p = S_n(c, pp)->first_child, np = p >= 0 ? S_n(c, p)->next_sibling : -1;
	return p >= 0 && S_n(c, p)->word && !strcmp(S_n(c, p)->word, "IN") && np >= 0 &&
	       S_n(c, np)->kind == PM_NODE_NP && c->first[np] == c->last[np] &&
	       !strcmp(S_n(c, S_n(c, np)->first_child)->label, "NN");
}

/* The first NP the verb acts on, directly or through a PP: a place or a
 * thing when it names no actor ("bombed the airport in Grozny"); not the
 * attack itself ("launched air strikes on Gaza", "retaliate against any
 * attack"); -1 none. */
static int S_object_phrase(const S_ctx *c, int vp)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		const pm_node *ch = S_n(c, k);
		if (ch->kind == PM_NODE_NP && !S_possessive_np(c, k) && !S_instrument_np(c, k))
			return k;
		if (ch->kind == PM_NODE_PP && !S_manner_pp(c, k))
			for (int g = ch->first_child; g >= 0; g = S_n(c, g)->next_sibling)
				if (S_n(c, g)->kind == PM_NODE_NP && !S_instrument_np(c, g) &&
				    !S_possessive_np(c, g))
					return g;
		if (ch->kind == PM_NODE_VP && S_vp_verb(c, k) < 0) {
			int inner = S_object_phrase(c, k);
			if (inner >= 0)
				return inner;
		}
	}
	return -1;
}

/* "A believes B can cope": with no object, the subject of the verb's
 * complement clause is the target. */
static void S_complement_subject(const S_ctx *c, int vp, S_actors *out)
{
	for (int k = S_n(c, vp)->first_child; k >= 0 && !out->n; k = S_n(c, k)->next_sibling) {
		int cl = k;
		if (S_n(c, cl)->kind == PM_NODE_SBAR) {
			/* "... after Israel opened a tunnel" says when, not whom */
			int w = S_n(c, k)->first_child;
			if (c->o->one_sided && w >= 0 && S_n(c, w)->word && !strcmp(S_n(c, w)->label, "IN") &&
			    strcmp(S_n(c, w)->word, "THAT") && strcmp(S_n(c, w)->word, "WHETHER"))
				continue;
			for (cl = S_n(c, k)->first_child; cl >= 0; cl = S_n(c, cl)->next_sibling)
				if (S_n(c, cl)->kind == PM_NODE_S)
					break;
			if (cl < 0)
				continue;
		} else if (S_n(c, cl)->kind != PM_NODE_S) {
			continue;
		}
		for (int g = S_n(c, cl)->first_child; g >= 0; g = S_n(c, g)->next_sibling) {
			if (S_n(c, g)->kind == PM_NODE_NP) {
				S_np_actors(c, g, out, 0);
				break;
			}
			if (S_n(c, g)->kind == PM_NODE_VP)
				break;
		}
	}
}

/* Whether the verb's object is "their" something the subject's members
 * share ("delayed their meeting", "restored their ties"); "tightened
 * their grip" is no business between them. */
static int S_object_is_theirs(const S_ctx *c, int vp)
{
	static const char *const shared[] = {
		"MEETING", "MEETINGS", "TALKS", "TIES", "RELATIONS", "RELATIONSHIP", "NEGOTIATIONS",
		"DIALOGUE", "COOPERATION", "AGREEMENT", "AGREEMENTS", "DEAL", "TREATY", "SUMMIT",
		"CONTACTS", "DIFFERENCES", "DISPUTE", "DISPUTES", "CONFLICT", "RIVALRY", "FEUD",
		"ALLIANCE", "PARTNERSHIP", "TRUCE", "CEASEFIRE", "ACCORD", "PACT", "FRIENDSHIP",
		"HOSTILITIES", "COORDINATION", "EXCHANGES", "TRADE", NULL};
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_NP)
			continue;
		int w = S_n(c, k)->first_child;
		if (w < 0 || !S_n(c, w)->word || strcmp(S_n(c, w)->word, "THEIR"))
			return 0;
		int head = -1;
		for (int g = w; g >= 0; g = S_n(c, g)->next_sibling)
			if (S_n(c, g)->word)
				head = g;
		return head >= 0 && pm_str_in(S_n(c, head)->word, shared);
	}
	return 0;
}

/* A clause about the source itself ("X said it would ...") has no target. */
static void S_drop_sources(S_actors *tgt, const S_actors *src)
{
	int k = 0;
	for (int i = 0; i < tgt->n; i++) {
		int same = 0;
		for (int j = 0; j < src->n; j++)
			same |= !strcmp(tgt->a[i].code, src->a[j].code);
		if (!same)
			tgt->a[k++] = tgt->a[i];
	}
	tgt->n = k;
}

/* TABARI's rule, the last resort: the first actor named after the verb
 * in its phrase that is not the source. */
/* "observed a ceasefire brokered by Russia", "signed a deal brokered by
 * the African Union": who brokered the thing acted on is no party to the
 * act (the brokering is an event of its own). */
static int S_behind_third_party(const S_ctx *c, int np, int vp)
{
	for (int up = S_n(c, np)->parent; up >= 0 && up != vp; up = S_n(c, up)->parent)
		if (S_n(c, up)->kind == PM_NODE_VP && S_third_party_vp(c, up) &&
		    S_n(c, up)->parent >= 0 && S_n(c, S_n(c, up)->parent)->kind == PM_NODE_NP)
			return 1;
	return 0;
}

static void S_first_actor_after(const S_ctx *c, int vp, int verb_tok, int hi, const S_actors *src,
				int partner_only, S_actors *out)
{
	for (int tok = verb_tok + 1; tok <= hi && !out->n; tok++) {
		/* nothing after "in response to", "in retaliation for" */
		if (c->o->one_sided && tok >= 2 && !strcmp(c->words[tok - 2], "IN") &&
		    pm_str_in(c->words[tok - 1], S_why_words))
			return;
		/* nor from the why noun's own phrase ("in support of Hamas") */
		if (c->o->one_sided && tok >= 1 && !strcmp(c->words[tok - 1], "IN") &&
		    pm_str_in(c->words[tok], S_why_words))
			return;
		int np = S_np_starting(c, tok);
		if (np < 0 || c->last[np] > c->last[vp] ||
		    (c->o->one_sided && (S_in_means_pp(c, np, vp) || S_bare_force(c, np))))
			continue;
		if ((partner_only && !pm_str_in(c->words[tok - 1], S_partner_preps)) ||
		    (c->o->one_sided && S_in_absolute_with(c, np, vp)) ||
		    (partner_only && c->o->one_sided &&
		     (S_setting_partner(c, verb_tok, tok) || S_in_relative(c, np, vp))))
			continue;
		if (S_behind_third_party(c, np, vp))
			continue;
		int head = S_n(c, np)->first_child;
		if (partner_only && head >= 0 && S_n(c, head)->kind == PM_NODE_NP &&
		    S_has_child_kind(c, np, PM_NODE_VP))
			np = head;   /* the broker of "a deal brokered by X" is no partner */
		S_actors a = {0};
		S_object_np(c, np, src, 0, &a);
		for (int i = 0; i < a.n; i++) {
			int same = 0;
			for (int j = 0; j < src->n; j++)
				same |= !strcmp(a.a[i].code, src->a[j].code);
			if (!same)
				S_add_actor(out, a.a[i].code, a.a[i].first, a.a[i].last);
		}
		if (out->n)
			return;
	}
}

/* Whether the form's particles ("OFF" in "tell off") follow the verb. */
static int S_particles_follow(const S_ctx *c, const pm_verb_form *f, int tok)
{
	static const char *const pronouns[] = {"HIMSELF", "HERSELF", "THEMSELVES", "IT", "THEM",
					       "HIM", "HER", NULL};
	/* "blew himself up", "called it off": a pronoun object may come first */
	int skip = f->n_particles && c->o->one_sided && tok + 1 < c->n_words &&
		   pm_str_in(c->words[tok + 1], pronouns) &&
		   (tok + 2 >= c->n_words || strcmp(c->words[tok + 1], f->particles[0]));
	for (int k = 0; k < f->n_particles; k++) {
		int at = tok + 1 + k + skip;
		if (at >= c->n_words || strcmp(c->words[at], f->particles[k]))
			return 0;
	}
	return 1;
}

/* "032:033" is a code and the code of the reversed event. */
static void S_split_code(const char *both, char code[8], char code2[8])
{
	const char *colon = strchr(both, ':');
	if (!colon) {
		pm_strlcpy(code, both, 8);
		return;
	}
	snprintf(code, 8, "%.*s", (int)(colon - both), both);
	pm_strlcpy(code2, colon + 1, 8);
}

static int S_no_event(const char *code)
{
	return !code[0] || !strcmp(code, "---") || code[0] == '+' || code[0] == '-';
}

/* Protest, force posture, coercion, assault, fighting, mass violence: what
 * a conflict monitor records even when the victim is a place, not an actor. */
static int S_material_conflict(const char *code)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	return root == 14 || root == 15 || (root >= 17 && root <= 20);
}

/* A withdrawal (087x). In the passive ("all U.S. troops would be
 * withdrawn from Somalia") the "from" phrase is the place left, never the
 * doer. Not so for an expulsion: "diplomats would be expelled from the
 * UK" are expelled by the UK. */
static int S_removal(const char *code)
{
	return !strncmp(code, "087", 3);
}

/* Acts whose object may be a place or a thing the country of which
 * stands for the target: aid delivered to a town, a retreat from it,
 * sanctions on its people, and the material conflict above. */
static int S_acts_on_place(const char *code)
{
	return S_material_conflict(code) || !strncmp(code, "07", 2) || !strncmp(code, "08", 2) ||
	       !strncmp(code, "16", 2);
}

/* 011-015, 017, 018: declining comment, pessimism, optimism, weighing an
 * option, owning up to an act, symbolic acts, sympathy: mostly said of no
 * one ("the Pentagon declined to comment", "acknowledged that its strike
 * had killed civilians": the side owns its own act), so kept without a
 * target in documents. A plain statement (010) is not, nor a denial,
 * which answers an accuser. */
static int S_comment(const char *code)
{
	return code[0] == '0' && code[1] == '1' && code[2] >= '1' && code[2] <= '8' && code[2] != '6';
}

/* An appeal for something named (021-028) is news with no one named to
 * heed it: "appealed for international aid", "called for an immediate
 * ceasefire"; a bare 020 with no addressee is mostly a misreading
 * ("what it called anti-terrorist operations"). */
static int S_open_appeal(const char *code)
{
	return code[0] == '0' && code[1] == '2' && code[2] >= '1' && code[2] <= '8';
}

/* A refusal (12x) is news with no one named to receive it: "Beijing
 * said it would not accept the ruling", "rejected the peace plan",
 * "dismissed the reports". (A bare pledge or vow with no one named is
 * mostly a misreading: "vowed to defend the city".) */
static int S_open_refusal(const char *code)
{
	return code[0] == '1' && code[1] == '2';
}

/* A demand for something named (10x) is news with no one named to meet
 * it: "the rebels demanded elections", "demanded the release of all
 * political detainees"; who is asked is left open, or, for a side at
 * home, its own country (S_home_demand). */
static int S_open_demand(const char *code)
{
	return code[0] == '1' && code[1] == '0';
}

/* An inquiry (09x) is news when what it looks into names no one:
 * "police investigated an attack on a temple", "launched an inquiry into
 * abuses in the north". */
static int S_open_inquiry(const char *code)
{
	return code[0] == '0' && code[1] == '9';
}

/* Roots 03-06: intent to cooperate, consult, diplomatic and material
 * cooperation, which a compound subject can do with itself. */
static int S_cooperation(const char *code)
{
	/* a truce (0871) is agreed between its parties as a deal is */
	return (code[0] == '0' && code[1] >= '3' && code[1] <= '6') || !strcmp(code, "0871");
}

/* "Armenia and Azerbaijan agreed to a ceasefire in Moscow": where a deal
 * or truce is made is no party to it; drops from tgt the actors named
 * right after a deal's noun and "in" or "at". */
static void S_drop_deal_venue(const S_ctx *c, S_actors *tgt)
{
	static const char *const deals[] = {
		"CEASEFIRE", "TRUCE", "DEAL", "AGREEMENT", "ACCORD", "PACT", "TREATY", "TALKS",
		"ARMISTICE", "SETTLEMENT", NULL};
	int k = 0;
	for (int i = 0; i < tgt->n; i++) {
		/* the actor's phrase is "a ceasefire in Moscow": the deal
		 * first, the place after "in" */
		int venue = 0;
		for (int j = tgt->a[i].first; j >= 0 && j < tgt->a[i].last && j + 1 < c->n_words; j++)
			venue |= pm_str_in(c->words[j], deals) &&
				 (!strcmp(c->words[j + 1], "IN") || !strcmp(c->words[j + 1], "AT"));
		if (!venue)
			tgt->a[k++] = tgt->a[i];
	}
	tgt->n = k;
}

/* Verbs whose compound subject acts on itself: "Indian and Pakistani
 * troops exchanged fire", "the two sides clashed". */
static int S_symmetric(const S_ctx *c, int verb_tok)
{
	static const char *const forms[] = {
		"CLASH", "CLASHED", "CLASHES", "CLASHING", "FIGHT", "FIGHTS", "FOUGHT", "FIGHTING",
		"EXCHANGE", "EXCHANGED", "EXCHANGES", "EXCHANGING", "SKIRMISH", "SKIRMISHED",
		"SKIRMISHES", "SKIRMISHING", "BATTLE", "BATTLED", "BATTLES", "BATTLING", "TRADE",
		"TRADED", "TRADES", "TRADING", NULL};
	return c->fight_subject ||
	       (verb_tok >= 0 && verb_tok < c->n_words && pm_str_in(c->words[verb_tok], forms));
}

/* "Heavy fighting between X and Y raged": the fight is the subject and
 * its sides fight each other. */
static int S_fight_np(const S_ctx *c, int np)
{
	static const char *const fights[] = {"FIGHTING", "CLASHES", "BATTLES", "HOSTILITIES",
					     "SKIRMISHES", "FIGHT", "CLASH", "WAR", "CEASEFIRE", "TRUCE",
					     NULL};
	int tok[S_MAX_WORDS], n = 0;
	S_np_words(c, np, tok, &n);
	return n && pm_str_in(c->words[tok[n - 1]], fights);
}

/* Pairs sources with targets. A compound subject with no target may act
 * on itself (cooperation, a fight); not sources read from a passive's
 * "by"/"from" phrase ("enjoyed support from Moscow and Beijing"). */

/* Whether the verb at tok stands in a clause joined to the one of the
 * verb at from by "and" or "but", not in one the first governs ("ruled
 * that Israel's barrier violates"). */
static int S_next_clause(const S_ctx *c, int from, int tok)
{
	int joined = 0;
	for (int i = from + 1; i < tok && i < c->n_words; i++)
		joined |= !strcmp(c->words[i], "AND") || !strcmp(c->words[i], "BUT");
	if (from < 0 || !joined)
		return 0;
	int vp = S_n(c, S_leaf_of(c, from))->parent;
	for (int k = S_leaf_of(c, tok); k >= 0; k = S_n(c, k)->parent)
		if (k == vp)
			return 0;
	return 1;
}

static int S_domestic(const char *code);

/* "Israeli warplanes bombed the airport and the navy imposed a blockade":
 * a state's forces, police or government named without a country in a
 * clause joined to one whose source has one are that source's. */
static const char *S_same_side(S_ctx *c, const char *code, int verb_tok)
{
	static const char *const state[] = {"MIL", "COP", "GOV", "SPY", NULL};
	if (!c->o->one_sided || strlen(code) != 6 || strncmp(code, "---", 3) ||
	    !pm_str_in(code + 3, state))
		return code;
	for (int i = c->first_out; i < *c->n_out; i++) {
		const pm_coded_event *e = &(*c->out)[i];
		if (!e->source || strlen(e->source) < 3 || !strncmp(e->source, "---", 3) ||
		    !isupper((unsigned char)e->source[0]) || !S_next_clause(c, e->verb_token, verb_tok))
			continue;
		char *own = pm_arena_alloc(c->arena, 7);
		memcpy(own, e->source, 3);
		memcpy(own + 3, code + 3, 4);
		return own;
	}
	return code;
}

/* "fired missiles at what it called camps in Pakistan": whether a place
 * of the country named stands after "in" between tokens from and to. A
 * target named without a country ("camps", "militants") takes it from
 * that place only after the coder has run, too late for a reply. */
static int S_placed_in(const S_ctx *c, int from, int to, const char *country)
{
	for (int t = from + 1; t + 1 < to && t + 1 < c->n_words; t++) {
		int np = strcmp(c->words[t], "IN") ? -1 : S_np_starting(c, t + 1);
		if (np < 0)
			continue;
		S_actors a = {0};
		S_np_actors(c, np, &a, 0);
		for (int i = 0; i < a.n; i++)
			if (!strncmp(a.a[i].code, country, 3))
				return 1;
	}
	return 0;
}

/* "Syria shot down a Turkish jet, and Ankara vowed to respond", "India
 * struck sites in Pakistan, and Pakistan vowed to retaliate": a hostile
 * act or answer by someone an earlier clause of the sentence acted on,
 * naming no one, answers the one who acted. The actor is kept in the
 * coder's arena, as the events point at it. */
static const S_actor *S_reaction_target(S_ctx *c, const S_actor *src, const char *code, int verb_tok)
{
	static const char *const roots[] = {"11", "12", "13", "16", "17", "18", "19", "20", NULL};
	char root[3] = {code[0], code[1], '\0'};
	if (!c->o->one_sided || !code[0] || !pm_str_in(root, roots) || strlen(src->code) < 3 ||
	    !strncmp(src->code, "---", 3))
		return NULL;
	for (int i = *c->n_out - 1; i >= c->first_out; i--) {
		const pm_coded_event *e = &(*c->out)[i];
		if (!e->source || !e->target || strlen(e->target) < 3 || strlen(e->source) < 3 ||
		    !strncmp(e->source, "---", 3) ||
		    (strncmp(e->target, src->code, 3) &&
		     (strncmp(e->target, "---", 3) || !S_placed_in(c, e->verb_token, verb_tok, src->code))) ||
		    !strncmp(e->source, src->code, 3) || e->negated ||
		    !S_next_clause(c, e->verb_token, verb_tok))
			continue;
		S_actor *a = pm_arena_alloc(c->arena, sizeof(*a));
		a->code = e->source;
		a->first = e->src_first;
		a->last = e->src_last;
		return a;
	}
	return NULL;
}

/* "The leaders of Russia, Ukraine, Germany and France agreed on a
 * ceasefire", "the presidents of Bosnia, Serbia and Croatia signed":
 * news names the principal parties of a joint act first. In documents,
 * with three or more parties, the first two act with each other and each
 * later one with the first, not every party with every other (twelve
 * events for four parties, most of them pairs the text never joins).
 * The partner of item i, or -1 for all. */
static int S_lead_partner(const S_ctx *c, const S_actors *src, int i)
{
	int first = 0, second = -1, distinct = 1;
	for (int j = 1; j < src->n; j++) {
		int seen = 0;
		for (int k = 0; k < j; k++)
			seen |= !strcmp(src->a[j].code, src->a[k].code);
		if (seen)
			continue;
		distinct++;
		if (second < 0)
			second = j;
	}
	if (!c->o->one_sided || distinct < 3)
		return -1;
	return strcmp(src->a[i].code, src->a[first].code) ? first : second;
}

/* "Mali withdrew from ECOWAS", "announced its withdrawal from the
 * African Union": a state or government leaving an international body
 * cuts its relations with it (160); only armed forces withdrawing (from a
 * U.N. compound, say) pull back. The code for the pair. */
static const char *S_leaves_body(const char *code, const char *src, const char *tgt)
{
	static const char *const armed[] = {"MIL", "REB", "UAF", "INS", "COP", "SPY", NULL};
	if (strcmp(code, "087") || strncmp(tgt, "IGO", 3) || strlen(src) < 3 || !isupper((unsigned char)src[0]) ||
	    !strncmp(src, "IGO", 3) || !strncmp(src, "NGO", 3) || !strncmp(src, "IMG", 3))
		return code;
	for (size_t k = 3; k + 3 <= strlen(src); k += 3) {
		char part[4] = {src[k], src[k + 1], src[k + 2], '\0'};
		if (pm_str_in(part, armed))
			return code;
	}
	return "160";
}

static const char *S_own_country(S_ctx *c, const char *country, const char *code);

/* "Venezuela's government and the opposition resumed talks in Mexico
 * City": an opposition or rebels named with a government, and with no
 * country of their own, are that government's country's, not the
 * country of the place where they act. */
static void S_home_partner(S_ctx *c, S_actors *src)
{
	const char *gov = NULL;
	for (int i = 0; i < src->n; i++)
		if (strlen(src->a[i].code) == 6 && !strcmp(src->a[i].code + 3, "GOV") &&
		    strncmp(src->a[i].code, "---", 3) && strncmp(src->a[i].code, "IGO", 3))
			gov = src->a[i].code;
	if (!gov)
		return;
	for (int i = 0; i < src->n; i++)
		if (!strcmp(src->a[i].code, "---OPP") || !strcmp(src->a[i].code, "---REB"))
			src->a[i].code = S_own_country(c, gov, src->a[i].code);
}

static int S_verb_in(const S_ctx *c, int tok, const char *const *list);

/* An open inquiry (S_open_inquiry) told by its own verb or noun; a hunt
 * ("began searching for accomplices", "combed the area") looks for
 * people, not into an act, and names no news without its quarry. */
static int S_open_search(const S_ctx *c, const char *code, int verb_tok)
{
	static const char *const hunt[] = {"SEARCH", "HUNT", "COMB", "SCOUR", NULL};
	return S_open_inquiry(code) && !(verb_tok >= 0 && S_verb_in(c, verb_tok, hunt));
}

static void S_pair_events(S_ctx *c, const S_actors *src, const S_actors *tgt, const char *code,
			  const char *code2, int verb_tok, int negated, int src_is_subject)
{
	if (!src->n && tgt->n &&
	    (!c->o->require_dyad ||
	     (c->o->one_sided && (S_material_conflict(code) || !strncmp(code, "07", 2) ||
				  !strncmp(code, "084", 3))))) {
		/* no source: kept without require_dyad, and in documents for
		 * violence whose doer is unknown ("a shell hit the market"),
		 * aid whose sender is ("aid convoys entered Madaya"; only aid
		 * carriers reach here without a source) and captives freed by
		 * a hand the sentence does not name ("the abducted boys were
		 * released") */
		for (int j = 0; j < tgt->n; j++)
			S_emit(c, NULL, &tgt->a[j], code, verb_tok, negated);
		return;
	}
	S_actors own = *src;
	for (int i = 0; i < own.n; i++)
		own.a[i].code = S_same_side(c, own.a[i].code, verb_tok);
	if (c->o->one_sided)
		S_home_partner(c, &own);
	src = &own;
	for (int i = 0; i < src->n; i++) {
		const S_actor *acted = tgt->n ? NULL : S_reaction_target(c, &src->a[i], code, verb_tok);
		if (acted) {
			S_emit(c, &src->a[i], acted, code, verb_tok, negated);
			continue;
		}
		if (!tgt->n) {
			/* Cooperation or a fight between the members of a
			 * compound subject. */
			if (src->n >= 2 && src_is_subject && (S_cooperation(code) || S_symmetric(c, verb_tok))) {
				int lead = S_lead_partner(c, src, i);
				for (int j = 0; j < src->n; j++)
					if (j != i && strcmp(src->a[i].code, src->a[j].code) &&
					    (lead < 0 || j == lead))
						S_emit(c, &src->a[i], &src->a[j], code, verb_tok, negated);
			} else if (!c->o->require_dyad ||
				   (c->o->one_sided && (S_material_conflict(code) || S_comment(code) ||
							S_domestic(code) || S_open_appeal(code) ||
							S_open_refusal(code) || S_open_demand(code) ||
							S_open_search(c, code, verb_tok)))) {
				S_emit(c, &src->a[i], NULL, code, verb_tok, negated);
			}
			continue;
		}
		for (int j = 0; j < tgt->n; j++) {
			if (!strcmp(src->a[i].code, tgt->a[j].code))
				continue;
			S_emit(c, &src->a[i], &tgt->a[j],
			       c->o->one_sided ? S_leaves_body(code, src->a[i].code, tgt->a[j].code) : code,
			       verb_tok, negated);
			if (code2 && code2[0])
				S_emit(c, &tgt->a[j], &src->a[i], code2, verb_tok, negated);
		}
	}
}

/* ---- what a clause does with its act: intend, threaten, demand ------------------- */

/* An act the clause does not assert but announces, threatens, demands or
 * asks for. CAMEO codes the announcement by its speaker, not the act:
 * "Germany will send troops to Mali" is an intent (03x), "Serbia must
 * arrest the suspects, a French minister said" a demand (10x) by France,
 * "X vowed to retaliate" a threat (13x). */
enum { S_ACT = 0, S_INTENT, S_THREAT, S_DEMAND, S_APPEAL, S_UNASSERTED, S_ATTEMPT };

static const char *S_lemma(const S_ctx *c, int tok)
{
	const pm_token *t = c->s->tokens && tok < c->s->n_tokens ? &c->s->tokens[tok] : NULL;
	return t && t->lemma ? t->lemma : c->words[tok];
}

/* Whether the verb at tok is one of the base forms in list: its lemma, or
 * (given trees carry no lemmas) its word less a regular ending: VOWED,
 * PLANNED, DECIDED, TRIES, THREATENS, PLANNING. */
static int S_verb_in(const S_ctx *c, int tok, const char *const *list)
{
	const char *w = c->words[tok], *lemma = S_lemma(c, tok);
	if (pm_str_in(lemma, list) || pm_str_in(w, list))
		return 1;
	if (strcmp(lemma, w))
		return 0;   /* the tagger's lemma was read: no ending to strip */
	size_t n = strlen(w);
	static const char *const ends[] = {"ED", "ES", "S", "ING", "D", NULL};
	for (int e = 0; ends[e]; e++) {
		size_t k = strlen(ends[e]);
		if (n <= k + 1 || strcmp(w + n - k, ends[e]))
			continue;
		char base[48];
		size_t b = n - k;
		if (b + 2 > sizeof(base))
			continue;
		memcpy(base, w, b);
		base[b] = '\0';
		if (pm_str_in(base, list))
			return 1;
		if (b > 2 && base[b - 1] == base[b - 2]) {   /* PLANNED -> PLAN */
			base[b - 1] = '\0';
			if (pm_str_in(base, list))
				return 1;
			base[b - 1] = base[b - 2];
		}
		base[b] = 'E';   /* CHARGING -> CHARGE */
		base[b + 1] = '\0';
		if (pm_str_in(base, list))
			return 1;
		if (base[b - 1] == 'I') {   /* TRIED -> TRY */
			base[b - 1] = 'Y';
			base[b] = '\0';
			if (pm_str_in(base, list))
				return 1;
		}
	}
	return 0;
}

/* Verbs that report what their clause says ("said Russia would help"). */
static int S_reporting_word(const char *w)
{
	static const char *const say[] = {
		"SAID", "SAYS", "SAY", "SAYING", "TOLD", "TELLS", "ANNOUNCED", "ANNOUNCES", "DECLARED",
		"STATED", "INSISTED", "ADDED", "WARNED", "WARNS", "WROTE", "ARGUED", "STRESSED",
		"REITERATED", "CONFIRMED", "CLAIMED", "INDICATED", "SIGNALLED", "SIGNALED", "NOTED",
		"EXPLAINED", "ASSERTED", "MAINTAINED", "REPLIED", "SUGGESTED", NULL};
	return pm_str_in(w, say);
}

/* The verb token whose complement the clause is ("told X that <clause>",
 * "asked X to <clause>"), -1 when none; *via_sbar says a "that" or bare
 * complement clause, not an object with an infinitive. */
static int S_governor(const S_ctx *c, int clause, int *via_sbar)
{
	int up = S_n(c, clause)->parent;
	*via_sbar = 0;
	if (up >= 0 && S_n(c, up)->kind == PM_NODE_SBAR) {
		*via_sbar = 1;
		up = S_n(c, up)->parent;
	}
	if (up < 0 || S_n(c, up)->kind != PM_NODE_VP)
		return -1;
	int v = S_vp_verb(c, up);
	return v >= 0 ? S_n(c, v)->token : -1;
}

/* Who says the clause: the subject of the reporting verb it is the
 * complement of, or of a trailing "..., the minister said". Returns the
 * reporting verb's token (-1 none) and its subject NP in *speaker. */
static int S_reporter(const S_ctx *c, int clause, int *speaker)
{
	int via_sbar, v = S_governor(c, clause, &via_sbar);
	*speaker = -1;
	if (v >= 0) {
		if (!S_reporting_word(c->words[v]))
			return -1;
		int vp = S_n(c, clause)->parent, cl = -1;
		while (vp >= 0 && S_n(c, vp)->kind != PM_NODE_VP)
			vp = S_n(c, vp)->parent;
		int top = S_chain_top(c, vp, &cl);
		*speaker = S_subject(c, top, cl);
		return v;
	}
	int up = S_n(c, clause)->parent, np = -1;
	if (up < 0 || S_n(c, up)->kind != PM_NODE_S)
		return -1;
	for (int k = S_n(c, clause)->next_sibling; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind == PM_NODE_NP) {
			np = k;
		} else if (S_n(c, k)->kind == PM_NODE_VP) {
			int w = S_vp_verb(c, k);
			if (w < 0 || !S_reporting_word(S_n(c, w)->word))
				return -1;
			*speaker = np;
			return S_n(c, w)->token;
		} else if (S_n(c, k)->kind != PM_NODE_OTHER && S_n(c, k)->kind != PM_NODE_WORD) {
			return -1;
		}
	}
	return -1;
}

/* Verbs whose infinitive complement is asked for, not done: "urged
 * Israel to withdraw", "appealed to Congress to help". */
static const char *const S_directives[] = {
	"DEMAND", "URGE", "ASK", "CALL", "REQUEST", "PRESS", "PRESSURE", "APPEAL", "IMPLORE", "BEG",
	"ENCOURAGE", "INVITE", "ORDER", "INSTRUCT", "DIRECT", "ADVISE", "TELL", "WARN", "EXPECT",
	"WANT", "PERSUADE", "CHALLENGE", "AUTHORISE", "AUTHORIZE", "PLEAD",
	/* "gave Sudan 30 days to disarm": what a deadline asks for */
	"GIVE", NULL};

/* A subjectless participle of judgement set off by a comma ("ordered an
 * offensive against the party, accusing it of ..."): it tells what the
 * subject says beside the verb, it is no complement the verb asks for
 * (", cutting off fuel" after "ordered a siege" is the order's act). */
static int S_comma_participle(const S_ctx *c, int clause)
{
	static const char *const judge[] = {"ACCUSE", "BLAME", "CONDEMN", "DENOUNCE", "CRITICIZE",
					    "CRITICISE", "CHARGE", "CALL", "BRAND", "BLAST", NULL};
	int up = S_n(c, clause)->parent, vp = S_n(c, clause)->first_child, comma = 0;
	if (up < 0 || vp < 0 || S_n(c, clause)->kind != PM_NODE_S || S_n(c, vp)->kind != PM_NODE_VP)
		return 0;
	int v = S_vp_verb(c, vp);
	if (v < 0 || strcmp(S_n(c, v)->label, "VBG") || !S_verb_in(c, S_n(c, v)->token, judge))
		return 0;
	for (int k = S_n(c, up)->first_child; k >= 0 && k != clause; k = S_n(c, k)->next_sibling)
		comma = S_n(c, k)->word && !strcmp(S_n(c, k)->label, ",");
	return comma;
}

/* Verbs whose complement clause is wanted, not done: "demanded that
 * Britain release the tanker", "urged Israel to withdraw". The verb codes
 * the demand or appeal itself. */
static int S_directive(const S_ctx *c, int clause)
{
	static const char *const that[] = {"DEMAND", "INSIST", "PROPOSE", "SUGGEST", "RECOMMEND",
					   "REQUEST", "URGE", "ASK", NULL};
	int via_sbar, v = S_governor(c, clause, &via_sbar);
	if (v < 0 || (!via_sbar && S_comma_participle(c, clause)))
		return 0;
	return S_verb_in(c, v, via_sbar ? that : S_directives);
}

/* "said it would withdraw" is the future seen from the past; "would mark"
 * alone is conditional. */
static int S_would_reported(const S_ctx *c, int would)
{
	for (int j = would - 1; j >= 0 && j >= would - 14; j--) {
		const char *w = c->words[j];
		if (!strcmp(w, "IF") || !strcmp(w, "UNLESS") || !strcmp(w, ".") || !strcmp(w, ";"))
			return 0;
		if (S_reporting_word(w) || !strcmp(w, "PROMISED") || !strcmp(w, "VOWED") ||
		    !strcmp(w, "PLEDGED") || !strcmp(w, "THREATENED") || !strcmp(w, "ANNOUNCED"))
			return 1;
	}
	return 0;
}

/* The leaf node of token tok. */
static int S_leaf_of(const S_ctx *c, int tok)
{
	for (int i = 0; i < c->t->n_nodes; i++)
		if (c->t->nodes[i].word && c->t->nodes[i].token == tok)
			return i;
	return 0;
}

/* The frame a modal word puts the act in. */
static int S_modal_frame(const S_ctx *c, int tok)
{
	const char *w = c->words[tok];
	if (!strcmp(w, "WILL") || !strcmp(w, "'LL") || !strcmp(w, "SHALL") || !strcmp(w, "WO"))
		return S_INTENT;
	if (!strcmp(w, "WOULD") || !strcmp(w, "'D"))
		return S_would_reported(c, tok) ? S_INTENT : S_UNASSERTED;
	if (!strcmp(w, "MUST"))
		return S_DEMAND;
	if (!strcmp(w, "SHOULD") || !strcmp(w, "OUGHT"))
		return S_APPEAL;
	return S_UNASSERTED;   /* could, may, might, can */
}

/* The frame a verb with an infinitive complement puts the act in: "plans
 * to", "vowed to", "threatened to", "is set to", "has to". */
static int S_control_frame(const S_ctx *c, int tok)
{
	static const char *const intent[] = {
		"PLAN", "INTEND", "AIM", "VOW", "PROMISE", "PLEDGE", "DECIDE", "RESOLVE", "PREPARE",
		"OFFER", "VOLUNTEER", "WANT", "COMMIT", NULL};
	/* "is going to", "is set to", "stands ready to": these forms only */
	static const char *const poised[] = {"GOING", "SET", "DUE", "READY", "PREPARED", "DETERMINED",
					     "WILLING", "POISED", NULL};
	static const char *const threat[] = {"THREATEN", NULL};
	static const char *const demand[] = {"HAVE", "NEED", NULL};
	/* "is considering opening the crossing": weighed, not done */
	static const char *const weighed[] = {"CONSIDER", "WEIGH", "MULL", "CONTEMPLATE", "DISCUSS",
					      "DEBATE", "STUDY", "EXPLORE", NULL};
	/* "tried to seize power", "sought to topple the government": an
	 * attempt is told, not the act attempted */
	static const char *const attempt[] = {"TRY", "ATTEMPT", "SEEK", "STRIVE", "ENDEAVOUR",
					      "ENDEAVOR", NULL};
	if (S_verb_in(c, tok, weighed))
		return S_UNASSERTED;
	if (S_verb_in(c, tok, attempt))
		return S_ATTEMPT;
	if (S_verb_in(c, tok, threat))
		return S_THREAT;
	/* "set up a commission to investigate": the infinitive is the
	 * body's task, not an act the subject is poised for; those forms
	 * poise only right before "to" */
	if (S_verb_in(c, tok, intent) ||
	    (pm_str_in(c->words[tok], poised) && tok + 1 < c->n_words &&
	     !strcmp(c->words[tok + 1], "TO")))
		return S_INTENT;
	if (S_verb_in(c, tok, demand))
		return S_DEMAND;
	return S_ACT;
}

/* Walks from the act's VP up its chain (auxiliaries, infinitive
 * complements) to the clause: the first modal or control word decides.
 * *cue gets its token. */
/* "citing the failure of both sides to stop the fighting", "welcomed
 * Iran's refusal to attack Israel", "criticised the decision by NATO to
 * deploy troops": an infinitive after a noun that takes one belongs to
 * the noun; its act is not told as done, nor done by the clause's
 * subject. Returns the noun's token, or -1. */
static int S_complement_noun(const S_ctx *c, int np)
{
	static const char *const nouns[] = {
		"FAILURE", "REFUSAL", "DECISION", "DECISIONS", "EFFORT", "EFFORTS", "PLAN", "PLANS",
		"CALL", "CALLS", "BID", "ATTEMPT", "ATTEMPTS", "RIGHT", "ABILITY", "INABILITY",
		"WILLINGNESS", "READINESS", "COMMITMENT", "PLEDGE", "PROMISE", "THREAT", "THREATS",
		"DEMAND", "DEMANDS", "REQUEST", "PROPOSAL", "OFFER", "MOVE", "MOVES", "INTENTION",
		"DETERMINATION", "RELUCTANCE", "WAR", "WARS", "CAMPAIGN", "CAMPAIGNS", "PLOT",
		"PLOTS", "CONSPIRACY", "SCHEME", "DRIVE", "PUSH", "QUEST", "STRUGGLE", NULL};
	for (int t = c->first[np]; t >= 0 && t <= c->last[np]; t++) {
		const char *tg = c->s && c->s->tokens ? c->s->tokens[t].tag : "NN";
		if (!strncmp(tg, "NN", 2) && pm_str_in(c->words[t], nouns))
			return t;
	}
	return -1;
}

/* The complement noun of PP pp's object NP, or -1. */
static int S_pp_complement_noun(const S_ctx *c, int pp)
{
	int last = -1;
	for (int k = S_n(c, pp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		last = k;
	return last >= 0 && S_n(c, last)->kind == PM_NODE_NP ? S_complement_noun(c, last) : -1;
}

/* Whether only PPs stand between siblings a and b ("the decision by NATO
 * to deploy"). */
static int S_only_pps_between(const S_ctx *c, int a, int b)
{
	for (int k = S_n(c, a)->next_sibling; k >= 0; k = S_n(c, k)->next_sibling) {
		if (k == b)
			return 1;
		if (S_n(c, k)->kind != PM_NODE_PP)
			return 0;
	}
	return 0;
}

static int S_frame(const S_ctx *c, int vp, int *cue)
{
	int through_s = 0;
	for (int cur = vp, up = S_n(c, vp)->parent; up >= 0; cur = up, up = S_n(c, up)->parent) {
		int kind = S_n(c, up)->kind;
		if (kind == PM_NODE_S) {
			if (S_has_child_kind(c, up, PM_NODE_NP) || S_comma_participle(c, up))
				return S_ACT;
			through_s = 1;
			continue;
		}
		if (kind != PM_NODE_VP && kind != PM_NODE_ADJP)
			return S_ACT;
		for (int k = S_n(c, up)->first_child; k >= 0 && k != cur; k = S_n(c, k)->next_sibling) {
			const pm_node *ch = S_n(c, k);
			int noun = through_s && ch->kind == PM_NODE_NP && S_only_pps_between(c, k, cur) ?
					   S_complement_noun(c, k) : -1;
			/* "struck Baghdad as the war to topple Saddam began": the
			 * noun is a preposition's object just before the infinitive */
			if (noun < 0 && through_s && ch->kind == PM_NODE_PP && ch->next_sibling == cur)
				noun = S_pp_complement_noun(c, k);
			if (noun >= 0) {
				*cue = noun;
				return S_UNASSERTED;
			}
			/* "was ready (to) resume": the adjective in its own ADJP */
			if (!ch->word && ch->kind == PM_NODE_ADJP && through_s && ch->first_child >= 0 &&
			    S_n(c, ch->first_child)->word)
				ch = S_n(c, ch->first_child);
			if (!ch->word)
				continue;
			int f = S_ACT;
			if (!strcmp(ch->label, "MD"))
				f = S_modal_frame(c, ch->token);
			else if (through_s && S_is_verb_tag(ch->label) && S_verb_in(c, ch->token, S_directives))
				f = S_UNASSERTED;   /* "appealed to Congress to help": asked for */
			else if (through_s && (S_is_verb_tag(ch->label) || !strncmp(ch->label, "JJ", 2)))
				f = S_control_frame(c, ch->token);
			/* "have begun fighting": the perfect's auxiliary, whose
			 * complement is a VP, is no "have to" */
			if (f == S_DEMAND && strcmp(ch->label, "MD") && S_n(c, cur)->kind == PM_NODE_VP)
				f = S_ACT;
			if (f != S_ACT) {
				*cue = ch->token;
				return f;
			}
		}
	}
	return S_ACT;
}

/* The CAMEO code that announces (03x), threatens (13x), demands (10x) or
 * asks for (02x) the act code: "will release" 0353, "must release" 1053.
 * "" when the act has no such reading (statements, consultations asked
 * for are coded by their own verbs). */
static void S_reframe(const char *act, int frame, char out[8])
{
	/* per act root 04-09: intent, demand, appeal; 08 by its third digit */
	static const char *const intent[] = {"036", "032", "031", "033", "035", "030"};
	static const char *const demand[] = {"106", "102", "101", "103", "105", "100"};
	static const char *const appeal[] = {"026", "022", "021", "023", "025", "020"};
	int root = (act[0] - '0') * 10 + (act[1] - '0'), d3 = act[2] ? act[2] - '0' : 0;
	out[0] = '\0';
	if (frame == S_THREAT || (frame == S_INTENT && root >= 14)) {
		if (root == 16)
			pm_strlcpy(out, d3 == 1 ? "1313" : d3 == 2 ? "1311" : d3 == 3 ? "1312" : "131", 8);
		else if (root == 19)
			pm_strlcpy(out, d3 == 1 ? "1381" : d3 == 2 ? "1382" : "1384", 8);
		else if (root == 17)
			pm_strlcpy(out, d3 == 2 || d3 == 4 ? "132" : d3 == 3 || d3 == 5 ? "137" : "130", 8);
		else if (root == 18)
			pm_strlcpy(out, "1383", 8);
		else if (root == 20)
			pm_strlcpy(out, d3 == 4 ? "1385" : "138", 8);
		else
			pm_strlcpy(out, root == 14 ? "133" : root == 15 ? "138" : "130", 8);
		return;
	}
	if ((frame == S_DEMAND || frame == S_APPEAL) && (root < 4 || root > 9)) {
		/* "must arrest the suspects": a demand all the same */
		pm_strlcpy(out, frame == S_DEMAND ? "100" : "020", 8);
		return;
	}
	if (root < 4 || root > 9)
		return;
	if (!strcmp(act, "045")) {   /* mediation: 039, 108, 028 */
		pm_strlcpy(out, frame == S_INTENT ? "039" : frame == S_DEMAND ? "108" : "028", 8);
		return;
	}
	const char *base = frame == S_INTENT ? intent[root - 4]
			   : frame == S_DEMAND ? demand[root - 4] : appeal[root - 4];
	pm_strlcpy(out, base, 8);
	if (root == 8 && d3 == 3)   /* reform: 034, 104, 024 */
		out[2] = '4';
	else if (root == 8 && d3 >= 1 && d3 <= 7)   /* 0351-0356 skip the reform digit */
		snprintf(out, 8, "%s%d", base, d3 < 3 ? d3 : d3 - 1);
	else if ((root == 6 || root == 7) && d3 >= 1 && d3 <= 4)
		snprintf(out, 8, "%s%d", base, d3);
}

/* Whether the verb's infinitive complement is a verb the dictionaries
 * code ("vowed to retaliate"): the complement's event, framed as an
 * intent or threat, then says what the control verb would only guess. */
static int S_coded_complement(const S_ctx *c, int vp)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_S || S_has_child_kind(c, k, PM_NODE_NP))
			continue;
		int inner = k;
		for (int depth = 0; depth < 4 && inner >= 0; depth++) {
			int next = -1;
			for (int g = S_n(c, inner)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
				if (S_n(c, g)->kind == PM_NODE_VP)
					next = g;
			if (next < 0)
				break;
			inner = next;
			int v = S_vp_verb(c, inner);
			if (v < 0 || !strcmp(S_n(c, v)->label, "TO") || S_has_child_kind(c, inner, PM_NODE_VP))
				continue;
			const pm_verb_form *f;
			int tok = S_n(c, v)->token;
			return pm_dict_verb_forms(c->d, c->words[tok], &f) > 0 ||
			       pm_dict_verb_forms(c->d, S_lemma(c, tok), &f) > 0;
		}
	}
	return 0;
}

/* The CAMEO refusal (12x) of a cooperative act: "will not allow
 * international monitors" 1245, "will not negotiate" 125; "" for acts
 * with no such reading. */
static void S_reject(const char *act, char out[8])
{
	int root = (act[0] - '0') * 10 + (act[1] - '0'), d3 = act[2] ? act[2] - '0' : 0;
	const char *base = root == 6 ? "121" : root == 7 ? "122" : root == 8 ? "124" : NULL;
	out[0] = '\0';
	if (root == 4)
		pm_strlcpy(out, d3 == 5 ? "126" : "125", 8);
	else if (root == 3 || root == 5)
		pm_strlcpy(out, !strcmp(act, "057") ? "127" : "120", 8);
	else if (root == 8 && d3 == 3)
		pm_strlcpy(out, "123", 8);
	else if (base && d3 >= 1 && d3 <= (root == 8 ? 7 : 4))
		snprintf(out, 8, "%s%d", base, root == 8 && d3 > 3 ? d3 - 1 : d3);
	else if (base)
		pm_strlcpy(out, base, 8);
}

/* Applies the clause's frame to an act: recodes it as the intent, threat,
 * demand or appeal it is, by whom, and moves its verb to the word that
 * asserts it (so the enrichers read "will", not "send"). Returns 0 when
 * the act is not to be coded at all, 2 when it was recoded, 3 when it was
 * recoded as a refusal, else 1. */
/* "The United States determined that the militia had committed
 * genocide", "told the Senate that Khartoum had committed massacres": a
 * finding of mass atrocity told in a that-clause is the teller's
 * accusation (1124; ethnic cleansing a human rights abuse, 1122) against
 * those it names, not an atrocity the news itself reports; a trailing
 * "..., investigators said" keeps the act. Recodes in place. */
static int S_atrocity_found(const S_ctx *c, int clause, char code[8], int *verb_tok,
			    S_actors *src, S_actors *tgt)
{
	static const char *const commit[] = {"COMMIT", "PERPETRATE", NULL};
	static const char *const finding[] = {"DETERMINED", "CONCLUDED", "FOUND", "RULED",
					      "DETERMINES", "CONCLUDES", "FINDS", "RULES", NULL};
	int via_sbar, v = S_governor(c, clause, &via_sbar);
	if ((strcmp(code, "202") && strcmp(code, "203")) || !src->n || v < 0 || !via_sbar ||
	    !S_verb_in(c, *verb_tok, commit) ||
	    !(S_reporting_word(c->words[v]) || pm_str_in(c->words[v], finding)))
		return 0;
	int vp = S_n(c, clause)->parent, cl = -1;
	while (vp >= 0 && S_n(c, vp)->kind != PM_NODE_VP)
		vp = S_n(c, vp)->parent;
	int top = S_chain_top(c, vp, &cl), speaker = S_subject(c, top, cl);
	S_actors who = {0};
	if (speaker >= 0)
		S_np_actors(c, speaker, &who, 0);
	if (!who.n)
		return 0;
	*tgt = *src;
	*src = who;
	pm_strlcpy(code, strcmp(code, "203") ? "1124" : "1122", 8);
	*verb_tok = v;
	return 1;
}

static int S_apply_frame(S_ctx *c, int vp, int clause, int top, char code[8], int *verb_tok,
			 S_actors *src, S_actors *tgt)
{
	/* PETRARCH records follow TABARI, which codes the act whatever
	 * frames it ("Arnor will abandon ties" is the abandoning) */
	if (!c->o->one_sided)
		return 1;
	int cue = -1, frame = S_frame(c, vp, &cue);
	if (frame == S_ACT && clause >= 0 && S_atrocity_found(c, clause, code, verb_tok, src, tgt))
		return 2;
	if (frame == S_ACT)
		return !(clause >= 0 && S_directive(c, clause));
	/* "could strike": the enricher marks the modal; a verb that asks
	 * for or weighs the act ("urged ... to", "considering") codes itself */
	if (frame == S_UNASSERTED)
		return !strcmp(c->t->nodes[S_leaf_of(c, cue)].label, "MD");
	/* "tried to seize power" tells no seizure; "advanced seeking to
	 * recapture it" is fighting all the same, as the dictionary codes
	 * "tried to storm" (190) */
	if (frame == S_ATTEMPT) {
		if (code[0] != '1' || code[1] != '9')
			return 0;
		pm_strlcpy(code, "190", 8);
		*verb_tok = cue;
		return 2;
	}
	char framed[8];
	/* "Israel will not allow a Palestinian state": a refusal, 12x, coded
	 * as such (its negation is the code's) */
	if (frame == S_INTENT && S_negated(c, vp, top)) {
		S_reject(code, framed);
		if (!framed[0])
			return 1;
		pm_strlcpy(code, framed, 8);
		*verb_tok = cue;
		return 3;
	}
	S_reframe(code, frame, framed);
	if (!framed[0])
		return 1;
	if (frame == S_DEMAND || frame == S_APPEAL) {
		/* "X must go", said by Y: Y demands it of X */
		int speaker = -1, said = clause >= 0 ? S_reporter(c, clause, &speaker) : -1;
		S_actors who = {0};
		if (said < 0 || speaker < 0)
			return 0;
		S_np_actors(c, speaker, &who, 0);
		if (!who.n || !src->n)
			return 0;
		*tgt = *src;
		*src = who;
		cue = said;
	}
	pm_strlcpy(code, framed, 8);
	*verb_tok = cue;
	return 2;
}

/* The number a phrase counts: "45 ethnic Albanians" 45, "more than
 * 1,000 civilians" 1000, "hundreds of people" 200; 0 when none. */
static long S_count_in(const S_ctx *c, int first, int last)
{
	for (int t = first; t <= last && t < c->n_words; t++) {
		const char *w = c->words[t];
		if (!strcmp(w, "HUNDREDS"))
			return 200;
		if (!strcmp(w, "DOZENS") || !strcmp(w, "SCORES"))
			return 36;
		if (!strcmp(w, "THOUSANDS"))
			return 2000;
		if (!isdigit((unsigned char)w[0]))
			continue;
		long n = 0;
		for (const char *p = w; *p; p++)
			if (isdigit((unsigned char)*p))   /* a run of digits past any toll saturates */
				n = n < (LONG_MAX - 9) / 10 ? n * 10 + (*p - '0') : LONG_MAX;
			else if (*p != ',')
				break;
		return n;
	}
	return 0;
}

/* "killed more than 1,000 Alawite civilians", "executed 200 members of
 * the tribe": killing by the score of people who are not fighters is
 * CAMEO's mass killing (202). A pattern that names the means ("a gunman
 * killed", "an air strike killed") keeps its own code. */
static int S_mass_killing(const S_ctx *c, int vp, int verb_tok, const char *code, const S_actors *tgt)
{
	static const char *const kill[] = {"KILL", "EXECUTE", "SLAUGHTER", "MURDER", "SHOOT", NULL};
	static const char *const fighters[] = {"MIL", "REB", "INS", "UAF", "COP", "SPY", NULL};
	if (strncmp(code, "18", 2) && strncmp(code, "19", 2))
		return 0;
	int obj = S_object_phrase(c, vp);
	if (!S_verb_in(c, verb_tok, kill) || obj < 0 || S_count_in(c, c->first[obj], c->last[obj]) < 30)
		return 0;
	for (int i = 0; i < tgt->n; i++) {
		size_t n = strlen(tgt->a[i].code);
		if (n >= 6 && pm_str_in(tgt->a[i].code + n - 3, fighters))
			return 0;
	}
	return 1;
}

static int S_head_in(const S_ctx *c, int np, const char *const *list);

/* "Gunmen allied with the new authorities killed more than 1,000
 * civilians": the attackers' pattern (180) speaks of a gunman's killing;
 * a band of them killing civilians by the score is a mass killing all
 * the same. (Gunmen who kill "people" in a school, a mall or a town they
 * storm are the news sets' 180.) */
static int S_armed_band(const S_ctx *c, const char *pat_code, int subject, const S_actors *tgt)
{
	static const char *const bands[] = {"GUNMEN", "ATTACKERS", "ASSAILANTS", "INSURGENTS",
					    "KILLERS", "MEN", NULL};
	int civilians = 0;
	for (int i = 0; i < tgt->n; i++)
		civilians |= strstr(tgt->a[i].code, "CVL") != NULL;
	return civilians && !strcmp(pat_code, "180") && subject >= 0 && S_head_in(c, subject, bands);
}

/* "An army psychiatrist opened fire at Fort Hood, killing 13 people", "a
 * soldier walked out of his base and shot dead 16 villagers": one armed
 * person shooting or killing is unconventional violence (180), not a
 * state's military force, whatever unit he belongs to. Means ("an air
 * strike killed", "a shell killed") keep their own codes. */
static int S_lone_shooter(const S_ctx *c, int tok, int subject, const char *code)
{
	static const char *const shoot[] = {"SHOOT", "KILL", "OPEN", "GUN", "STAB", NULL};
	static const char *const means[] = {"ATTACK", "STRIKE", "AIRSTRIKE", "EXPLOSION", "BLAST", "BOMB",
					    "SHELL", "MISSILE", "ROCKET", "DRONE", "RAID", "BOMBING",
					    "SHELLING", "ASSAULT", "OFFENSIVE", "AMBUSH", "BARRAGE",
					    "MORTAR", "GRENADE", "MINE", "FIRE", "UNIT", "FORCE", NULL};
	if ((strcmp(code, "190") && strcmp(code, "193")) || subject < 0 || !S_verb_in(c, tok, shoot))
		return 0;
	int first = c->first[subject];
	if (first < 0 || first >= c->n_words || (strcmp(c->words[first], "A") && strcmp(c->words[first], "AN")))
		return 0;
	int head = c->last[S_head_np(c, subject)];
	if (head < 0 || head >= c->n_words || !c->s || !c->s->tokens || head >= (int)c->s->n_tokens)
		return 0;
	return !strcmp(c->s->tokens[head].tag, "NN") && !pm_str_in(c->words[head], means);
}

/* "Trump and Zelenskiy clash in Oval Office", "the French and German
 * leaders clashed over subsidies": leaders who clash with no force of
 * theirs named quarrel (111); troops, police or a nation clashing fight. */
static int S_war_of_words(const S_ctx *c, int tok, int subject, const S_actors *src, const S_actors *tgt)
{
	static const char *const clash[] = {"CLASH", NULL};
	static const char *const leaders[] = {"LEADERS", "MINISTERS", "PRESIDENTS", "DIPLOMATS",
					      "LAWMAKERS", "NEGOTIATORS", "DELEGATES", NULL};
	if (!S_verb_in(c, tok, clash) || !src->n)
		return 0;
	if (subject >= 0 && S_head_in(c, subject, leaders))
		return 1;
	const S_actors *side[] = {src, tgt};
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < side[k]->n; i++) {
			size_t n = strlen(side[k]->a[i].code);
			if (n != 6 || strcmp(side[k]->a[i].code + 3, "GOV"))
				return 0;
		}
	return 1;
}

/* "stormed the Zamzam displacement camp, killing hundreds of civilians":
 * an assault on the ground whose told consequence is civilians killed by
 * the score is a mass killing (air and artillery strikes, and attacks
 * that kill "people", keep their own codes, as the news sets do). */
static int S_killing_civilians(const S_ctx *c, int vp)
{
	static const char *const kill[] = {"KILL", NULL};
	static const char *const civilians[] = {"CIVILIANS", "VILLAGERS", NULL};
	int comma = 0;
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		int kind = S_n(c, k)->kind, first = c->first[k], last = c->last[k];
		if (S_n(c, k)->word) {
			comma = !strcmp(S_n(c, k)->label, ",");
			continue;
		}
		/* the participle's clause, or an NP the parse made of it
		 * ("(NP (VBG killing) (NNS hundreds)) (PP of civilians)") */
		int inner = kind == PM_NODE_S ? S_n(c, k)->first_child : -1;
		if (inner >= 0 && S_n(c, inner)->kind == PM_NODE_VP) {
			int v = S_vp_verb(c, inner), obj = S_object_phrase(c, inner);
			if (v < 0 || strcmp(S_n(c, v)->label, "VBG") || obj < 0)
				continue;
			first = S_n(c, v)->token;
			last = c->last[obj];
		} else if (!(kind == PM_NODE_NP && comma)) {
			continue;
		}
		if (first < 0 || !S_verb_in(c, first, kill) || S_count_in(c, first + 1, last) < 30)
			continue;
		for (int t = first + 1; t <= last; t++)
			if (pm_str_in(c->words[t], civilians))
				return 1;
	}
	return 0;
}

/* ", killing 12": a participle after a comma that tells what a violent
 * act it hangs on did is that act, not another one. */
static int S_consequence(const S_ctx *c, int vp, int verb, const char *code)
{
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	/* "signed a ceasefire, ending five decades of war": the end told is
	 * the act told, whatever its kind */
	int ending = S_n(c, verb)->word && !strcmp(S_n(c, verb)->word, "ENDING");
	/* "expelled the ambassador, giving him 72 hours to leave": the
	 * deadline is the expulsion's, not a threat of its own */
	ending |= S_n(c, verb)->word && !strcmp(S_n(c, verb)->word, "GIVING") && code[0] == '1' &&
		  code[1] == '3';
	if ((root < 18 && !ending) || strcmp(S_n(c, verb)->label, "VBG"))
		return 0;
	int cl = S_n(c, vp)->parent;
	/* "expelled the diplomats, giving them 48 hours to leave, and closed
	 * its embassy": the participle may head a coordination the parse
	 * hangs there (a ", killing ... and destroying ..." keeps its
	 * conjuncts' own targets) */
	if (ending && cl >= 0 && S_n(c, cl)->kind == PM_NODE_VP && S_n(c, cl)->first_child == vp)
		cl = S_n(c, cl)->parent;
	if (cl < 0 || S_n(c, cl)->kind != PM_NODE_S || S_has_child_kind(c, cl, PM_NODE_NP))
		return 0;
	int main = S_n(c, cl)->parent, comma = 0;
	if (main < 0 || S_n(c, main)->kind != PM_NODE_VP)
		return 0;
	for (int k = S_n(c, main)->first_child; k >= 0 && k != cl; k = S_n(c, k)->next_sibling)
		comma = S_n(c, k)->word && !strcmp(S_n(c, k)->label, ",");
	if (!comma)
		return 0;
	/* the act it tells of: the verb it hangs on, or one above it ("hit
	 * a hospital run by MSF, killing 42") */
	for (int up = main; up >= 0; up = S_n(c, up)->parent) {
		if (S_n(c, up)->kind == PM_NODE_S && S_has_child_kind(c, up, PM_NODE_NP))
			return 0;
		int v = S_n(c, up)->kind == PM_NODE_VP ? S_vp_verb(c, up) : -1;
		const pm_verb_form *f;
		if (v >= 0 && (pm_dict_verb_forms(c->d, S_n(c, v)->word, &f) > 0 ||
			       pm_dict_verb_forms(c->d, S_lemma(c, S_n(c, v)->token), &f) > 0))
			return 1;
	}
	return 0;
}

/* Nouns that name a weapon or an attack: a subject made of them ("a car
 * bomb", "Russian missiles") is the means, and with no actor in it the
 * doer is unknown, not absent. */
/* "A vehicle loaded with 80 kilos of explosives blew up", "a truck
 * packed with explosives": a vehicle told by the explosives it carries
 * is the bomb (a participle on the noun, whose words name explosives). */
static int S_loaded_with_explosives(const S_ctx *c, int np)
{
	static const char *const loaded[] = {"LOADED", "PACKED", "LADEN", "RIGGED", "FILLED",
					     "STUFFED", "STACKED", NULL};
	static const char *const explosives[] = {"EXPLOSIVES", "EXPLOSIVE", "BOMBS", "TNT", NULL};
	int head = S_n(c, np)->first_child;
	if (head < 0 || S_n(c, head)->kind != PM_NODE_NP)
		return 0;
	int vp = S_n(c, head)->next_sibling;
	if (vp < 0 || S_n(c, vp)->kind != PM_NODE_VP || c->first[vp] < 0 ||
	    !pm_str_in(c->words[c->first[vp]], loaded))
		return 0;
	for (int t = c->first[vp] + 1; t <= c->last[vp] && t < c->n_words; t++)
		if (pm_str_in(c->words[t], explosives))
			return 1;
	return 0;
}

static int S_instrument_np(const S_ctx *c, int np)
{
	static const char *const means[] = {
		"BOMB", "BOMBS", "MISSILE", "MISSILES", "ROCKET", "ROCKETS", "SHELL", "SHELLS",
		"MORTAR", "MORTARS", "GRENADE", "GRENADES", "MINE", "MINES", "EXPLOSION",
		"EXPLOSIONS", "BLAST", "BLASTS", "EXPLOSIVE", "EXPLOSIVES", "STRIKE", "STRIKES",
		"AIRSTRIKE", "AIRSTRIKES", "RAID", "RAIDS", "ATTACK", "ATTACKS", "DRONE", "DRONES",
		"SHELLING", "BOMBING", "BOMBINGS", "GUNFIRE", "BULLET", "BULLETS", "ARTILLERY",
		"PROJECTILE", "PROJECTILES", "DEVICE", "BARRAGE", "SALVO", "VOLLEY", "TRUCK",
		"CAR",
		/* "the death toll rose to 77": a toll stands for the attack it
		 * counts */
		"TOLL", NULL};
	if (S_loaded_with_explosives(c, np))
		return 1;
	/* "an airstrike on a market in Dahyan": the head NP before the
	 * phrases hanging on it; "That earlier strike, on July 22, killed":
	 * before an aside between commas */
	while (S_n(c, np)->first_child >= 0 && S_n(c, S_n(c, np)->first_child)->kind == PM_NODE_NP &&
	       S_n(c, S_n(c, np)->first_child)->next_sibling >= 0 &&
	       (S_n(c, S_n(c, S_n(c, np)->first_child)->next_sibling)->kind == PM_NODE_PP ||
		(S_n(c, S_n(c, S_n(c, np)->first_child)->next_sibling)->word &&
		 !strcmp(S_n(c, S_n(c, S_n(c, np)->first_child)->next_sibling)->label, ","))))
		np = S_n(c, np)->first_child;
	int tok[S_MAX_WORDS], n = 0;
	S_np_words(c, np, tok, &n);
	/* the head and the word before it ("a car bomb", "any attack") */
	for (int i = n > 2 ? n - 2 : 0; i < n; i++)
		if (pm_str_in(c->words[tok[i]], means))
			return 1;
	return 0;
}

/* "An air strike on the MSF hospital killed 19", "the bombing of a
 * hospital in Kunduz": whom a named attack falls on ("on", "of",
 * "against" after its head) is its target, never its doer; the doer is
 * the attack's own modifier ("an Israeli air strike") or unknown. */
static void S_attack_object(const S_ctx *c, int subject, S_actors *src, S_actors *tgt)
{
	static const char *const on[] = {"ON", "OF", "AGAINST", NULL};
	if (!S_instrument_np(c, subject))
		return;
	for (int node = subject; S_n(c, node)->first_child >= 0 &&
				 S_n(c, S_n(c, node)->first_child)->kind == PM_NODE_NP;
	     node = S_n(c, node)->first_child) {
		for (int k = S_n(c, S_n(c, node)->first_child)->next_sibling; k >= 0;
		     k = S_n(c, k)->next_sibling) {
			if (S_n(c, k)->kind != PM_NODE_PP || !S_pp_is(c, k, on))
				continue;
			S_actors on_pp = {0};
			S_vp_pp_actors(c, node, on, &on_pp);
			int n = 0;
			for (int i = 0; i < src->n; i++) {
				int theirs = 0;
				for (int j = 0; j < on_pp.n; j++)
					theirs |= !strcmp(src->a[i].code, on_pp.a[j].code);
				if (!theirs)
					src->a[n++] = src->a[i];
			}
			if (n < src->n && !tgt->n)
				*tgt = on_pp;
			src->n = n;
		}
	}
}

/* Whether every target is one of the sources. */
static int S_all_own(const S_actors *tgt, const S_actors *src)
{
	for (int i = 0; i < tgt->n; i++) {
		int own = 0;
		for (int j = 0; j < src->n; j++)
			own |= !strcmp(tgt->a[i].code, src->a[j].code);
		if (!own)
			return 0;
	}
	return tgt->n > 0;
}

/* "a deal brokered by Qatar": the mediator works between the parties of
 * the clause the deal belongs to ("Israel and Hamas agreed to a deal
 * brokered by Qatar", "a ceasefire between Israel and Hezbollah took
 * effect under a deal brokered by ..."). Mediating between them is one
 * act, coded once, on the first party named. */
static void S_mediated_parties(const S_ctx *c, int vp, S_actors *tgt)
{
	for (int up = S_n(c, vp)->parent; up >= 0; up = S_n(c, up)->parent) {
		if (S_n(c, up)->kind != PM_NODE_S)
			continue;
		for (int k = S_n(c, up)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
			if (S_n(c, k)->kind == PM_NODE_NP && c->last[k] < c->first[vp]) {
				S_np_actors(c, k, tgt, 0);
				if (tgt->n) {
					tgt->n = 1;   /* one act, one row */
					return;
				}
			}
	}
}

/* The verb's object is "each other" or "one another". */
static int S_reciprocal_object(const S_ctx *c, int vp)
{
	for (int tok = c->first[vp] + 1; tok + 1 <= c->last[vp]; tok++)
		if ((!strcmp(c->words[tok], "EACH") && !strcmp(c->words[tok + 1], "OTHER")) ||
		    (!strcmp(c->words[tok], "ONE") && !strcmp(c->words[tok + 1], "ANOTHER")))
			return 1;
	return 0;
}

/* Violence on a place or a thing, or by an unknown hand: the actor it
 * lacks becomes "---" over the phrase that names it, which the place's
 * country fills once the event is located ("bombed the airport in
 * Grozny", "a shell slammed into a street in Sarajevo"). Compound
 * subjects fighting each other keep their own reading. */
/* The head words of the subject (before phrases hanging on it) include
 * one of list. */
static int S_head_in(const S_ctx *c, int np, const char *const *list)
{
	np = S_head_np(c, np);
	int tok[S_MAX_WORDS], n = 0;
	S_np_words(c, np, tok, &n);
	for (int i = 0; i < n; i++)
		if (pm_str_in(c->words[tok[i]], list))
			return 1;
	return 0;
}

/* The actors of a PP headed by one of preps among vp's children, or the
 * subject of a clause so opened ("after Turkish warships entered"). */
static void S_pp_headed(const S_ctx *c, int vp, const char *const *preps, S_actors *out)
{
	for (int k = S_n(c, vp)->first_child; k >= 0 && !out->n; k = S_n(c, k)->next_sibling) {
		int kind = S_n(c, k)->kind;
		if ((kind != PM_NODE_PP && kind != PM_NODE_SBAR) || !S_pp_is(c, k, preps))
			continue;
		for (int g = S_n(c, k)->first_child; g >= 0 && !out->n; g = S_n(c, g)->next_sibling)
			if (S_n(c, g)->kind == PM_NODE_NP)
				S_np_actors(c, g, out, 0);
			else if (S_n(c, g)->kind == PM_NODE_S)
				for (int h = S_n(c, g)->first_child; h >= 0 && !out->n; h = S_n(c, h)->next_sibling)
					if (S_n(c, h)->kind == PM_NODE_NP)
						S_np_actors(c, h, out, 0);
	}
}

/* "Pakistan put its air force on high alert and closed its airspace after
 * the Indian strikes": an alert raised after the other side's act, here
 * or in the act joined to it, is raised against that side. */
static void S_provocation_target(const S_ctx *c, int vp, const S_actors *src, S_actors *tgt)
{
	static const char *const after[] = {"AFTER", "FOLLOWING", NULL};
	S_pp_headed(c, vp, after, tgt);
	int up = S_n(c, vp)->parent;
	if (!tgt->n && up >= 0 && S_n(c, up)->kind == PM_NODE_VP)
		for (int k = S_n(c, up)->first_child; k >= 0 && !tgt->n; k = S_n(c, k)->next_sibling)
			if (k != vp && S_n(c, k)->kind == PM_NODE_VP)
				S_pp_headed(c, k, after, tgt);
	S_drop_sources(tgt, src);
}

/* "India and China moved troops to their disputed frontier", "Armenian
 * and Azerbaijani troops were placed on high alert": a show of force (15x)
 * by two states together aims at the other, not at their own forces or
 * country named as its object, nor at forces of no named country (their
 * own, which the place would make the host's). */
static void S_rival_forces(const S_actors *src, S_actors *tgt)
{
	int states = 0;
	for (int j = 1; j < src->n; j++)
		states |= strncmp(src->a[j].code, src->a[0].code, 3) != 0;
	for (int i = 0; states && i < tgt->n; i++) {
		int own = !strncmp(tgt->a[i].code, "---", 3);
		for (int j = 0; j < src->n; j++)
			own |= !strncmp(tgt->a[i].code, src->a[j].code, 3);
		if (!own)
			return;
	}
	if (states)
		*tgt = *src;
}

/* Whether actor a is of the country of one of src. */
static int S_same_country(const S_actor *a, const S_actors *src)
{
	for (int i = 0; i < src->n; i++)
		if (strlen(a->code) >= 3 && !strncmp(a->code, src->a[i].code, 3))
			return 1;
	return 0;
}

/* Whether every actor of tgt (at least one) is of a country of src or
 * of no named country ("its military alert": forces of its own). */
static int S_all_own_forces(const S_actors *tgt, const S_actors *src)
{
	for (int i = 0; i < tgt->n; i++)
		if (!S_same_country(&tgt->a[i], src) && strncmp(tgt->a[i].code, "---", 3))
			return 0;
	return tgt->n > 0;
}

/* "put rocket units on standby to strike U.S. targets", "put soldiers
 * on alert to attack Kestria": the side the purpose infinitive acts on. */
static void S_purpose_object(const S_ctx *c, int vp, const S_actors *src, S_actors *tgt)
{
	for (int k = S_n(c, vp)->first_child; k >= 0 && !tgt->n; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_S || S_has_child_kind(c, k, PM_NODE_NP))
			continue;
		int inner = S_n(c, k)->first_child;
		while (inner >= 0 && S_n(c, inner)->kind == PM_NODE_VP && S_has_child_kind(c, inner, PM_NODE_VP)) {
			int next = -1;
			for (int g = S_n(c, inner)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
				if (S_n(c, g)->kind == PM_NODE_VP)
					next = g;
			inner = next;
		}
		if (inner < 0 || S_n(c, inner)->kind != PM_NODE_VP)
			continue;
		for (int g = S_n(c, inner)->first_child; g >= 0 && !tgt->n; g = S_n(c, g)->next_sibling)
			if (S_n(c, g)->kind == PM_NODE_NP)
				S_np_actors(c, g, tgt, 0);
	}
	S_drop_sources(tgt, src);
}

/* A show of force aimed at someone: a demonstration or exercise (150),
 * a police or military alert (151, 152), a mobilisation (155), as
 * against a deployment (153, 154), which may be on one's own ground.
 * "raised its military alert", "its cyber units were mobilised": such a
 * show is never aimed at one's own forces or country, whatever the
 * object names; it is aimed at the side whose act provoked it, or at no
 * one named. */
static int S_posture(const char *code)
{
	return !strncmp(code, "150", 3) || !strncmp(code, "151", 3) || !strncmp(code, "152", 3) ||
	       !strncmp(code, "155", 3);
}

/* Whether actor code a names the side b does: the same code, or the
 * same kind of side where a has no country yet ("---OPP", "THAOPP"). */
static int S_one_side(const char *a, const char *b)
{
	if (!strcmp(a, b))
		return 1;
	return strlen(a) > 3 && strlen(b) > 3 && !strncmp(a, "---", 3) && !strcmp(a + 3, b + 3);
}

/* "troops stormed the protest camp, and protest leaders surrendered": a
 * surrender naming no one is to whoever acted on the side before it. */
static void S_yield_to_attacker(const S_ctx *c, int tok, const S_actors *src, S_actors *tgt)
{
	for (int i = *c->n_out - 1; src->n && i >= c->first_out; i--) {
		const pm_coded_event *e = &(*c->out)[i];
		if (e->verb_token >= tok || !e->source || !e->target ||
		    !S_one_side(src->a[0].code, e->target) || !strcmp(e->source, e->target))
			continue;
		S_add_actor(tgt, e->source, e->src_first, e->src_last);
		return;
	}
}

/* "declared an end to the U.S. combat mission in Iraq", "withdrew the
 * U.S. from the deal with Iran": a side yields its own country's part
 * to the other side named after it in the phrase, not to itself. */
static void S_yield_from_own(const S_ctx *c, int vp, int tok, const S_actors *src, S_actors *tgt)
{
	if (!src->n || tgt->n != 1 || strlen(tgt->a[0].code) != 3 ||
	    strncmp(tgt->a[0].code, src->a[0].code, 3))
		return;
	for (int from = tok; from <= c->last[vp];) {
		S_actors a = {0};
		S_first_actor_after(c, vp, from, c->last[vp], src, 0, &a);
		if (!a.n)
			return;
		if (!S_same_country(&a.a[0], src) && strncmp(a.a[0].code, "---", 3)) {
			*tgt = a;
			return;
		}
		/* "the U.S. combat mission in Iraq": on past the own name,
		 * into the phrase that holds it */
		from = a.a[0].first > from ? a.a[0].first : from + 1;
	}
}

/* "Serbia handed Milosevic over to the Hague tribunal": a court named
 * after the verb of judicial cooperation is the partner; the one handed
 * over is not. */
static void S_court_partner(const S_ctx *c, int vp, int verb_tok, S_actors *tgt)
{
	for (int tok = verb_tok + 1; tok <= c->last[vp]; tok++) {
		int np = S_np_starting(c, tok);
		if (np < 0)
			continue;
		S_actors a = {0};
		S_np_actors(c, np, &a, 0);
		for (int i = 0; i < a.n; i++)
			if (strstr(a.a[i].code, "JUD")) {
				tgt->n = 0;
				S_add_actor(tgt, a.a[i].code, a.a[i].first, a.a[i].last);
				return;
			}
	}
}

/* "A ceasefire took hold in Syria": a truce naming no sides binds those
 * of the place it holds in, as "the ceasefire in Gaza took effect" binds
 * Gaza's. */
static int S_truce_in_place(const S_ctx *c, int subject, const char *code)
{
	static const char *const truces[] = {"CEASEFIRE", "CEASE-FIRE", "TRUCE", NULL};
	return !strcmp(code, "0871") && S_head_in(c, subject, truces);
}

/* "Aid convoys entered Madaya", "a convoy of 44 lorries carrying food
 * has reached the town", "the first batch of aid entered Gaza": aid that
 * arrives is news whoever sent it. */
static int S_aid_carrier(const S_ctx *c, int np, const char *code)
{
	static const char *const carriers[] = {"CONVOY", "CONVOYS", "TRUCK", "TRUCKS", "LORRY", "LORRIES",
					       "AID", "SUPPLIES", "SHIPMENT", "SHIPMENTS", "BATCH", "BATCHES",
					       NULL};
	return !strncmp(code, "07", 2) && S_head_in(c, np, carriers);
}

/* "Thousands marched in Yangon", "thousands of people demonstrated in
 * Idlib": a crowd protesting is the place's opposition, as protesters
 * are. */
static int S_crowd(const S_ctx *c, int np, const char *code)
{
	static const char *const crowds[] = {"THOUSANDS", "HUNDREDS", "TENS", "PEOPLE", NULL};
	return !strncmp(code, "14", 2) && S_head_in(c, np, crowds);
}

static void S_unknown_actors(const S_ctx *c, int vp, int subject, int passive, int verb_tok,
			     const char *code, S_actors *src, S_actors *tgt)
{
	/* "troops clashed with ..." read as a reduced relative is a tagging
	 * slip more often than a passive with an unknown agent */
	/* (a headline has no room for that slip: "Three killed in attack
	 * near Dori" is the news) */
	if (passive && S_n(c, vp)->parent >= 0 && S_n(c, S_n(c, vp)->parent)->kind == PM_NODE_NP &&
	    !(c->s && c->s->is_headline)) {
		if (!src->n)
			tgt->n = 0;
		return;
	}
	if (src->n >= 2 && S_symmetric(c, verb_tok))
		return;
	if (!tgt->n) {
		int obj = passive ? subject : S_object_phrase(c, vp);
		if (obj >= 0 && !(passive && S_is_pronoun(c, obj)))
			S_add_actor(tgt, "---", c->first[obj], c->last[obj]);
	}
	/* Nobody acts unless a passive hides the doer or the subject is the
	 * weapon: a subject the coder could not read (a gerund's, a clause's
	 * slipped parse) is not an unknown hand. */
	if (!src->n && !passive && subject >= 0 && S_crowd(c, subject, code))
		S_add_actor(src, "---OPP", c->first[subject], c->last[subject]);
	if (!src->n && !passive &&
	    (subject < 0 || !(S_instrument_np(c, subject) || S_aid_carrier(c, subject, code))))
		tgt->n = 0;
	/* aid with no sender is kept only when its carrier is named
	 * ("thousands waited to be evacuated" is no delivery) */
	if (!src->n && passive && !strncmp(code, "07", 2))
		tgt->n = 0;
}

/* An SBAR, or an S with its own subject: a clause the verb reports or
 * governs, whose own verb codes what happens in it. */
static int S_finite_clause(const S_ctx *c, int node)
{
	int kind = S_n(c, node)->kind;
	if (kind == PM_NODE_SBAR) {
		for (int k = S_n(c, node)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
			if (S_n(c, k)->kind == PM_NODE_S)
				return S_finite_clause(c, k);
		return 0;
	}
	if (kind != PM_NODE_S || !S_has_child_kind(c, node, PM_NODE_NP))
		return 0;
	/* "urged Serbia to resume talks": an object and its infinitive are
	 * the verb's own business */
	for (int k = S_n(c, node)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_VP) {
			int v = S_vp_verb(c, k);
			const char *tag = v >= 0 ? S_n(c, v)->label : "";
			return !strcmp(tag, "VBD") || !strcmp(tag, "VBZ") || !strcmp(tag, "VBP") ||
			       !strcmp(tag, "MD");
		}
	return 0;
}

/* The last token a pattern of vp's verb may read: not into a trailing
 * ", sinking several vessels", which is an act of its own, nor, in
 * documents, into a clause with a subject of its own ("said Azerbaijani
 * troops violated the ceasefire" is no declared ceasefire). */
static int S_pattern_end(const S_ctx *c, int vp)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		int nx = S_n(c, k)->next_sibling;
		if (S_n(c, k)->word && !strcmp(S_n(c, k)->label, ",") && nx >= 0 &&
		    (S_n(c, nx)->kind == PM_NODE_S || S_n(c, nx)->kind == PM_NODE_SBAR))
			return S_n(c, k)->token - 1;
		/* "launched what it called anti-terrorist operations" */
		if (c->o->one_sided && S_n(c, k)->kind == PM_NODE_SBAR && S_what_called(c, k) >= 0)
			continue;
		if (c->o->one_sided && S_finite_clause(c, k)) {
			/* the complementiser stays readable: "ruled that" */
			int w = S_n(c, k)->first_child;
			return w >= 0 && S_n(c, w)->word ? c->first[k] : c->first[k] - 1;
		}
	}
	return c->last[vp];
}

/* Whether the verb's first object is forces with no country ("pledged
 * troops", "sent soldiers"). */
static int S_gives_forces(const S_ctx *c, int vp)
{
	static const char *const forces[] = {"TROOPS", "SOLDIERS", "FORCES", "PEACEKEEPERS",
					     "REINFORCEMENTS", "UNITS", "BATTALIONS", "BRIGADES",
					     "WARSHIPS", "JETS", "TANKS", NULL};
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP)
			return pm_str_in(c->words[c->last[k]], forces);
	return 0;
}

/* The verb's object is an attack or a weapon ("the bombing", "the
 * attack in Tel Aviv"). */
static int S_about_attack(const S_ctx *c, int vp)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP)
			return S_instrument_np(c, k);
	return 0;
}

/* Whether none of the NP's own words names an actor: its actors, if
 * any, come from a phrase about where ("a car bomb in Beirut"). */
static int S_means_place_only(const S_ctx *c, int np)
{
	int tok[S_MAX_WORDS], n = 0;
	S_np_words(c, np, tok, &n);
	for (int i = 0; i < n; i++) {
		const pm_actor_entry *e;
		int32_t ids[S_MAX_WORDS];
		int m = 0;
		for (int j = i; j < n; j++)
			ids[m++] = c->ids[tok[j]];
		if (pm_dict_match_actor_ids(c->d, ids, m, &e))
			return 0;
	}
	return 1;
}

/* The passive's by-phrase is a weapon ("by a car bomb", "by a missile"). */
static int S_by_means(const S_ctx *c, int vp)
{
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_PP || !S_pp_is(c, k, (const char *const[]){"BY", NULL}))
			continue;
		for (int g = S_n(c, k)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
			if (S_n(c, g)->kind == PM_NODE_NP) {
				S_actors a = {0};
				S_np_actors(c, g, &a, 0);
				/* "by Israeli missiles" still names the side */
				int named = 0;
				for (int i = 0; i < a.n; i++)
					named |= strncmp(a.a[i].code, "---", 3) && c->first[g] >= 0 &&
						 !S_means_place_only(c, g);
				return S_instrument_np(c, g) && !named;
			}
	}
	return 0;
}

/* The target of the act coordinated with vp ("X and vowed ...") or of
 * the verb a participle clause hangs on ("..., calling it piracy"). */
/* Whether the word just before node, among its siblings, is a comma. */
static int S_comma_before(const S_ctx *c, int node)
{
	int up = S_n(c, node)->parent, prev = -1;
	if (up < 0)
		return 0;
	for (int k = S_n(c, up)->first_child; k >= 0 && k != node; k = S_n(c, k)->next_sibling)
		prev = k;
	return prev >= 0 && S_n(c, prev)->word && !strcmp(S_n(c, prev)->label, ",");
}

/* "a tribunal ruled against China's claims, and Beijing said it would
 * not accept the ruling", "declared a ceasefire, a move NATO dismissed":
 * a refusal naming no one refuses the act told before it, and so its
 * doer, when that doer is another side (defiance of a norm, 128, refuses
 * no act); so is an alert raised with no one named ("Iran fired missiles
 * at the bases, and the U.S. military went on high alert"). */
static void S_prior_doer(const S_ctx *c, int tok, const S_actors *src, S_actors *tgt)
{
	for (int i = *c->n_out - 1; src->n && i >= c->first_out; i--) {
		const pm_coded_event *e = &(*c->out)[i];
		if (e->verb_token >= tok || !e->source || strlen(e->source) < 3 ||
		    !strncmp(e->source, "---", 3))
			continue;
		S_actor doer = {e->source, e->src_first, e->src_last};
		if (!S_same_country(&doer, src))
			S_add_actor(tgt, e->source, e->src_first, e->src_last);
		return;
	}
}

/* "proposed a transition, which ECOWAS rejected", "issued a warrant,
 * which the Kremlin called meaningless": words on a thing a side did,
 * told in a relative clause set off by a comma whose subject is its own,
 * are on the side whose clause names the thing. */
static void S_relative_owner(const S_ctx *c, int vp, const S_actors *src, S_actors *tgt)
{
	int cl = S_n(c, vp)->parent;
	while (cl >= 0 && S_n(c, cl)->kind == PM_NODE_VP)
		cl = S_n(c, cl)->parent;
	if (cl < 0 || S_n(c, cl)->parent < 0 || !S_has_child_kind(c, cl, PM_NODE_NP) ||
	    !S_comma_before(c, S_n(c, cl)->parent))
		return;
	int subj = S_host_subject(c, cl);
	if (subj < 0)
		return;
	S_np_actors(c, subj, tgt, 0);
	S_drop_sources(tgt, src);
}

static void S_borrowed_target(const S_ctx *c, int vp, const char *code, const S_actors *src,
			      S_actors *tgt)
{
	int up = S_n(c, vp)->parent;
	if (up >= 0 && S_n(c, up)->kind == PM_NODE_VP) {
		for (int k = S_n(c, up)->first_child; k >= 0 && !tgt->n; k = S_n(c, k)->next_sibling)
			if (k != vp && S_n(c, k)->kind == PM_NODE_VP)
				S_objects(c, k, 0, src, code, tgt);
	} else if (up >= 0 && S_n(c, up)->kind == PM_NODE_S && !S_has_child_kind(c, up, PM_NODE_NP)) {
		int main = S_n(c, up)->parent;
		if (main >= 0 && S_n(c, main)->kind == PM_NODE_VP) {
			S_objects(c, main, 0, src, code, tgt);
			if (!tgt->n)
				S_complement_subject(c, main, tgt);
		}
	}
	S_drop_sources(tgt, src);
}

/* "help" followed by the act helped with and no one helped: a bare
 * verb ("help put down protests", "help to restore order"), which the
 * tagger may read as a noun ("help fight the insurgency"). "helped
 * Iraqis pull down" names whom it helped. */
static int S_help_with_act(const S_ctx *c, int vp, int tok)
{
	if (strcmp(S_lemma(c, tok), "HELP") && strcmp(c->words[tok], "HELP") &&
	    strcmp(c->words[tok], "HELPED") && strcmp(c->words[tok], "HELPING") &&
	    strcmp(c->words[tok], "HELPS"))
		return 0;
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		int kind = S_n(c, k)->kind, first = S_n(c, k)->first_child;
		if (kind == PM_NODE_NP)
			break;
		if (kind == PM_NODE_VP ||
		    (kind == PM_NODE_S && first >= 0 && S_n(c, first)->kind == PM_NODE_VP))
			return 1;
	}
	if (tok + 2 >= c->n_words)
		return 0;
	const pm_verb_form *f;
	static const char *const starts[] = {"THE", "A", "AN", "THEIR", "ITS", "HIS", "HER", NULL};
	return (pm_str_in(c->words[tok + 2], starts) || S_n(c, S_leaf_of(c, tok + 2))->label[0] == 'N') &&
	       (pm_dict_verb_forms(c->d, c->words[tok + 1], &f) > 0 ||
		(c->s->tokens && tok + 1 < c->s->n_tokens &&
		 !strcmp(c->s->tokens[tok + 1].tag, "VB")));
}

/* Drops from a visit's sources the people who pay none: refugees,
 * civilians, crowds, gunmen, police and troops (whose arrival patterns
 * code deployments, not visits). A government's soldier ("defence
 * minister", GOVMIL) speaks for his side and visits. */
static void S_drop_visitors(S_actors *src)
{
	static const char *const people[] = {"REF", "CVL", "PPL", "OPP", "CRM", "UAF", "COP",
					     "MIL", "REB", "INS", NULL};
	int n = 0;
	for (int i = 0; i < src->n; i++) {
		size_t len = strlen(src->a[i].code);
		if (len >= 6 && pm_str_in(src->a[i].code + len - 3, people) &&
		    !(len >= 9 && !strncmp(src->a[i].code + len - 6, "GOV", 3)))
			continue;
		src->a[n++] = src->a[i];
	}
	src->n = n;
}

/* vp is an act's VP under an infinitive ("to fight ...") that hangs on
 * the VP of one of verbs: the act is that verb's purpose. */
static int S_purpose_of(const S_ctx *c, int vp, const char *const *verbs)
{
	int cur = vp, up = S_n(c, vp)->parent;
	while (up >= 0 && S_n(c, up)->kind == PM_NODE_VP && S_vp_verb(c, up) < 0)
		cur = up, up = S_n(c, up)->parent;
	/* cur is "(VP (TO to) (VP fight ...))" */
	if (up < 0 || S_n(c, up)->kind != PM_NODE_S || strcmp(c->words[c->first[cur]], "TO"))
		return 0;
	int host = S_n(c, up)->parent;
	if (host < 0 || S_n(c, host)->kind != PM_NODE_VP)
		return 0;
	int v = S_vp_verb(c, host);
	if (v < 0 || !S_verb_in(c, S_n(c, v)->token, verbs))
		return 0;
	/* after what is moved or signed ("sent troops [to Michoacan] to
	 * fight"), not a complement of the verb itself ("pledged to expel") */
	if (S_has_child_kind(c, up, PM_NODE_NP))
		return 1;
	for (int k = S_n(c, host)->first_child; k >= 0 && k != up; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP || S_n(c, k)->kind == PM_NODE_PP)
			return 1;
	return 0;
}

/* "sent troops to Michoacan to fight drug cartels", "rolled into
 * Chechnya to crush the separatist government", "put rocket units on
 * standby to strike U.S. targets": what forces are moved in or readied
 * to do is what they are sent for, not yet done; the move is the
 * event. */
static int S_purpose_of_move(const S_ctx *c, int vp)
{
	static const char *const move[] = {"SEND", "DEPLOY", "DISPATCH", "ROLL", "MOVE", "MARCH",
					   "ARRIVE", "LAND", "ENTER", "CROSS", "RUSH", "CONTRIBUTE",
					   "PLEDGE", "MOBILIZE", "MOBILISE", "MASS", "ADVANCE", "PUT",
					   "PLACE", NULL};
	return S_purpose_of(c, vp, move);
}

/* "signed a protocol to end border fighting", "signed deals to resume
 * grain exports": what a deal is signed for is its purpose, not an act
 * done; the signing is the event. */
static int S_purpose_of_deal(const S_ctx *c, int vp)
{
	static const char *const sign[] = {"SIGN", "INITIAL", "CONCLUDE", "REACH", NULL};
	return S_purpose_of(c, vp, sign);
}

/* "30,000 Palestinians had been killed since the war began", "have
 * died since 2011": a toll counted over a span of time up to the report
 * is a running total, no one act (and no one doer or day). */
static int S_running_toll(const S_ctx *c, int vp, int tok, const char *code)
{
	static const char *const have[] = {"HAVE", "HAS", "HAD", "'VE", NULL};
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root < 18 || root > 20 || tok < 2)
		return 0;
	const char *before = c->words[tok - 1];
	if (strcmp(before, "BEEN") && !(!strcmp(c->words[tok], "DIED") && pm_str_in(before, have)))
		return 0;
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (c->first[k] > tok && c->first[k] < c->n_words && !strcmp(c->words[c->first[k]], "SINCE"))
			return 1;
	return 0;
}

/* "dealing the militants their biggest defeat since Moscow intervened in
 * the war", "the deadliest attack since militants stormed the hotel": a
 * "since" clause after a superlative or "first" measures the news against
 * a past happening; it tells no news of its own (and its date is not the
 * sentence's). */
static int S_superlative_since(const S_ctx *c, int vp)
{
	static const char *const firsts[] = {"FIRST", "LARGEST", "BIGGEST", NULL};
	for (int up = S_n(c, vp)->parent; up >= 0; up = S_n(c, up)->parent) {
		if (S_n(c, up)->kind != PM_NODE_SBAR)
			continue;
		int w = S_n(c, up)->first_child, parent = S_n(c, up)->parent;
		if (w < 0 || !S_n(c, w)->word || strcmp(c->words[S_n(c, w)->token], "SINCE") || parent < 0)
			return 0;
		int before = -1;
		for (int k = S_n(c, parent)->first_child; k >= 0 && k != up; k = S_n(c, k)->next_sibling)
			before = k;
		if (before < 0 || S_n(c, before)->kind != PM_NODE_NP)
			return 0;
		for (int t = c->first[before]; t >= 0 && t <= c->last[before] && t < c->n_words; t++)
			if ((c->s && c->s->tokens && !strcmp(c->s->tokens[t].tag, "JJS")) ||
			    pm_str_in(c->words[t], firsts))
				return 1;
		return 0;
	}
	return 0;
}

/* "declared a state of emergency as Tigrayan forces advanced toward the
 * capital", "resigned as rebels closed in on Port-au-Prince": forces
 * drawing near, told in an "as" clause as the setting of what the
 * sentence reports, have struck no one yet. */
static int S_background_advance(const S_ctx *c, int vp, int tok)
{
	static const char *const near[] = {"ADVANCE", "CLOSE", "PUSH", "MARCH", "MOVE", "DRIVE", NULL};
	if (!S_verb_in(c, tok, near))
		return 0;
	for (int up = S_n(c, vp)->parent; up >= 0; up = S_n(c, up)->parent) {
		if (S_n(c, up)->kind != PM_NODE_SBAR)
			continue;
		int w = S_n(c, up)->first_child;
		return w >= 0 && S_n(c, w)->word && !strcmp(c->words[S_n(c, w)->token], "AS");
	}
	return 0;
}

/* Armed men by their code: forces, rebels, insurgents, a militia. */
static int S_armed_actor(const S_actors *a)
{
	static const char *const armed[] = {"MIL", "REB", "INS", "UAF", NULL};
	for (int i = 0; i < a->n; i++)
		for (int k = 0; armed[k]; k++)
			if (strstr(a->a[i].code, armed[k]))
				return 1;
	return 0;
}

/* "Mali: Islamists take Konna", "Hashd al-Shaabi enter Tuz Khurmatu":
 * armed men who take or enter a town named by its name alone have
 * taken it, though the town is no actor the patterns could read. */
static int S_takes_named_place(const S_ctx *c, int vp, int tok, int subject)
{
	static const char *const take[] = {"TAKE", "ENTER", NULL};
	if (subject < 0 || !S_verb_in(c, tok, take))
		return 0;
	int np = -1;
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling)
		if (S_n(c, k)->kind == PM_NODE_NP) {
			np = k;
			break;
		}
	if (np < 0 || c->first[np] != tok + 1 || !S_means_place_only(c, np))
		return 0;
	/* a flat name: "Konna", "Tuz Khurmatu", never "the town" */
	int n = 0;
	for (int k = S_n(c, np)->first_child; k >= 0; k = S_n(c, k)->next_sibling, n++)
		if (!S_n(c, k)->word || strncmp(S_n(c, k)->label, "NNP", 3))
			return 0;
	S_actors a = {0};
	S_np_actors(c, subject, &a, 0);
	return n > 0 && S_armed_actor(&a);
}

/* A verb of taking whose object names a leader by title ("PKK leader
 * Abdullah Ocalan", "the incumbent leader Laurent Gbagbo"). */
static int S_takes_leader(const S_ctx *c, int vp, int tok)
{
	static const char *const take[] = {"CAPTURE", "SEIZE", "GRAB", NULL};
	static const char *const titles[] = {"LEADER", "PRESIDENT", "FOUNDER", "CHIEF", "COMMANDER",
					     "WARLORD", "DICTATOR", "STRONGMAN", NULL};
	if (!S_verb_in(c, tok, take))
		return 0;
	int obj = S_object_phrase(c, vp);
	if (obj < 0 || c->first[obj] <= tok)
		return 0;
	for (int t = c->first[obj]; t <= c->last[obj] && t < c->n_words; t++)
		if (pm_str_in(c->words[t], titles))
			return 1;
	return 0;
}

/* A verb of taking whose object is people named by what they are:
 * soldiers, peacekeepers, a pilot. */
static int S_takes_people(const S_ctx *c, int vp, int tok)
{
	static const char *const take[] = {"CAPTURE", "SEIZE", "GRAB", NULL};
	static const char *const people[] = {
		"SOLDIER", "SOLDIERS", "PEACEKEEPER", "PEACEKEEPERS", "PILOT", "PILOTS", "SAILOR",
		"SAILORS", "MARINES", "SERVICEMEN", "OFFICERS", "GUARDS", "WORKERS", "JOURNALISTS",
		"TOURISTS", "FOREIGNERS", "MONITORS", "CREW", NULL};
	if (!S_verb_in(c, tok, take))
		return 0;
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_NP)
			continue;
		return pm_str_in(c->words[c->last[S_head_np(c, k)]], people);
	}
	return 0;
}

/* Missiles fired or launched in a sentence that tells of drills or tests. */
static int S_drill_fire(const S_ctx *c, int tok)
{
	static const char *const fire[] = {"FIRE", "LAUNCH", NULL};
	static const char *const drill[] = {"DRILL", "DRILLS", "EXERCISE", "EXERCISES", "MANOEUVRES",
					    "MANEUVERS", "WARGAMES", "TEST", "TESTS", "LIVE-FIRE", NULL};
	if (!S_verb_in(c, tok, fire))
		return 0;
	for (int t = 0; t < c->n_words; t++)
		if (pm_str_in(c->words[t], drill))
			return 1;
	return 0;
}

/* The verb's purpose is to help: "(S (VP (TO to) (VP (VB help) ...)))",
 * "to support its war", "to back government forces". */
static int S_to_help(const S_ctx *c, int vp)
{
	static const char *const help[] = {"HELP", "SUPPORT", "BACK", "ASSIST", "BOLSTER", "REINFORCE", NULL};
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind != PM_NODE_S || c->first[k] + 1 >= c->n_words)
			continue;
		int at = c->first[k];
		if (!strcmp(c->words[at], "TO") && pm_str_in(c->words[at + 1], help))
			return 1;
	}
	return 0;
}

/* "Moscow denied responsibility", "Iraq denied it was hiding weapons and
 * called Powell's presentation a stunt", "Pyongyang denied involvement":
 * in documents a denial is news of its own (016), whatever it denies;
 * it answers whom it names ("denied Ottawa's charge"), else whom the act
 * beside it names, else the one the act before it in the sentence fell
 * on; with none of these it is left out. The act denied is coded (and
 * dropped as negated) from its own clause. */

static void S_denial(S_ctx *c, int vp, int tok, const S_actors *src, const S_actors *named)
{
	if (S_negated(c, vp, vp) || !src->n)
		return;
	S_actors tgt = *named;   /* "denied Ottawa's charge" */
	S_drop_sources(&tgt, src);   /* "forces, which denied it": "it" is no side of theirs */
	if (!tgt.n)
		S_borrowed_target(c, vp, "016", src, &tgt);
	/* "denied backing the rebels and said accusations by a U.N. panel
	 * were baseless": whom the statement beside it names first */
	int up = S_n(c, vp)->parent;
	for (int k = up >= 0 && S_n(c, up)->kind == PM_NODE_VP ? S_n(c, up)->first_child : -1;
	     k >= 0 && !tgt.n; k = S_n(c, k)->next_sibling) {
		int v = k != vp && S_n(c, k)->kind == PM_NODE_VP ? S_vp_verb(c, k) : -1;
		if (v < 0 || !S_reporting_word(S_n(c, v)->word))
			continue;
		for (int g = S_n(c, k)->first_child; g >= 0 && !tgt.n; g = S_n(c, g)->next_sibling)
			if (S_n(c, g)->kind == PM_NODE_SBAR || S_n(c, g)->kind == PM_NODE_S)
				S_first_np_actors(c, g, &tgt, 0);
		S_drop_sources(&tgt, src);
	}
	/* "denied that its forces had attacked Turkish troops": whom the act
	 * denied names, past the denier's own */
	for (int from = tok; !tgt.n && from <= c->last[vp];) {
		S_actors a = {0};
		S_first_actor_after(c, vp, from, c->last[vp], src, 0, &a);
		if (!a.n)
			break;
		/* an unnamed side ("militants") answers nothing */
		if (!S_same_country(&a.a[0], src) && strncmp(a.a[0].code, "---", 3))
			tgt = a;
		from = a.a[0].last > from ? a.a[0].last : from + 1;
	}
	const S_actor *t = tgt.n ? &tgt.a[0] : NULL;
	for (int i = *c->n_out - 1; !t && i >= c->first_out; i--) {
		const pm_coded_event *e = &(*c->out)[i];
		if (e->verb_token < tok && e->target && strlen(e->target) >= 3 &&
		    strncmp(e->target, "---", 3) && strncmp(e->target, src->a[0].code, 3)) {
			S_actor *a = pm_arena_alloc(c->arena, sizeof(*a));
			a->code = e->target;
			a->first = e->tgt_first;
			a->last = e->tgt_last;
			t = a;
		}
	}
	/* "the opposition blamed government forces, which denied it": a
	 * side accused before answers its accuser */
	for (int i = *c->n_out - 1; !t && i >= c->first_out; i--) {
		const pm_coded_event *e = &(*c->out)[i];
		if (e->verb_token < tok && e->code[0] == '1' && e->code[1] == '1' && e->source &&
		    e->target && !strcmp(e->target, src->a[0].code) && strcmp(e->source, e->target)) {
			S_actor *a = pm_arena_alloc(c->arena, sizeof(*a));
			a->code = e->source;
			a->first = e->src_first;
			a->last = e->src_last;
			t = a;
		}
	}
	/* with no one to answer, a denial tells too little to be kept */
	for (int i = 0; t && i < src->n; i++)
		S_emit(c, &src->a[i], t, "016", tok, 0);
}

/* "said he was pessimistic that the West would act in time", "was
 * hopeful that talks with the rebels would resume": a mood (012, 013)
 * about what a clause tells is about the first side the clause names
 * other than the speaker (a government's hope for talks with its own
 * rebels is about the rebels); with none it stays without a target. A
 * warning is left as it is: S_drop_warning reads one whose clause codes
 * a threat ("warned that its forces would strike") as that threat. */
static void S_mood_about(const S_ctx *c, int vp, int tok, const S_actors *src, S_actors *tgt)
{
	static const char *const warn[] = {"WARN", "CAUTION", NULL};
	if (S_verb_in(c, tok, warn))
		return;
	for (int from = tok; !tgt->n && from <= c->last[vp];) {
		S_actors a = {0};
		S_first_actor_after(c, vp, from, c->last[vp], src, 0, &a);
		if (!a.n)
			break;
		const char *w = a.a[0].code;
		/* a bare country of the speaker's own ("an attack on Iran") is
		 * the speaker's own side */
		if (strcmp(w, src->a[0].code) && strncmp(w, "---", 3) &&
		    !(strlen(w) == 3 && S_same_country(&a.a[0], src)))
			*tgt = a;
		from = a.a[0].last > from ? a.a[0].last : from + 1;
	}
}

/* "The rebels said they had not executed any captured soldiers", "X has
 * not sent troops, its envoy told the U.N.": a side that says it did not
 * do an act denies it (016), news of its own though the act is not. The
 * denial answers whom the act names, else whom the act beside the saying
 * names ("said it had not violated the truce and accused Azerbaijan"),
 * else no one. */
static void S_own_denial(S_ctx *c, int clause, const S_actors *src, const S_actors *tgt)
{
	int speaker = -1, said = clause >= 0 ? S_reporter(c, clause, &speaker) : -1;
	S_actors who = {0}, on = {0};
	if (said < 0 || speaker < 0 || !src->n)
		return;
	for (int j = 0; j < tgt->n; j++)   /* a place's unnamed side answers nothing */
		if (strncmp(tgt->a[j].code, "---", 3))
			on.a[on.n++] = tgt->a[j];
	S_np_actors(c, speaker, &who, 0);
	int own = 0;
	for (int i = 0; i < who.n && !own; i++)
		for (int j = 0; j < src->n && !own; j++)
			own = !strncmp(who.a[i].code, src->a[j].code, 3);
	if (!own)
		return;
	int up = S_n(c, clause)->parent;
	if (up >= 0 && S_n(c, up)->kind == PM_NODE_SBAR)
		up = S_n(c, up)->parent;
	if (!on.n && up >= 0 && S_n(c, up)->kind == PM_NODE_VP)
		S_borrowed_target(c, up, "016", src, &on);
	S_drop_sources(&on, src);
	for (int i = 0; i < src->n; i++) {
		if (!on.n)
			S_emit(c, &src->a[i], NULL, "016", said, 0);
		for (int j = 0; j < on.n; j++)
			S_emit(c, &src->a[i], &on.a[j], "016", said, 0);
	}
}

/* A relative clause on a noun: "insurgents who attacked police posts",
 * "air strikes that killed civilians". */
/* Whether clause cl's subject (its NP before its VP) is a pronoun. */
static int S_pronoun_subject(const S_ctx *c, int cl)
{
	for (int k = S_n(c, cl)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind == PM_NODE_VP)
			return 0;
		if (S_n(c, k)->kind == PM_NODE_NP)
			return S_is_pronoun(c, k);
	}
	return 0;
}

static int S_relative_clause(const S_ctx *c, int vp)
{
	int up = S_n(c, vp)->parent;
	while (up >= 0 && S_n(c, up)->kind == PM_NODE_VP)
		up = S_n(c, up)->parent;
	if (up < 0 || S_n(c, up)->kind != PM_NODE_S)
		return 0;
	int sbar = S_n(c, up)->parent;
	if (sbar < 0 || S_n(c, sbar)->kind != PM_NODE_SBAR || S_n(c, sbar)->parent < 0 ||
	    S_n(c, S_n(c, sbar)->parent)->kind != PM_NODE_NP)
		return 0;
	int wh = S_n(c, sbar)->first_child;
	if (wh < 0 || wh == up || !S_n(c, wh)->label || strncmp(S_n(c, wh)->label, "WH", 2))
		return 0;
	/* "blamed government forces, which denied it", "fled to Nigeria,
	 * which had offered him asylum", "a plan, which Kyiv rejected": a
	 * clause set off by a comma does not say which ones; it tells what
	 * was done. Not one whose subject is a pronoun ("massing troops
	 * around Izium, which they seized"): that tells again what the side
	 * of the clause it hangs on did, and the pronoun's walk back would
	 * stop at that clause's object ("troops", given the town's country) */
	if (S_comma_before(c, sbar) && !strcmp(S_n(c, wh)->label, "WHNP") &&
	    !S_pronoun_subject(c, up))
		return 0;
	/* "were killed late Wednesday afternoon when an Israeli gunboat fired
	 * at the beach", "fled into the bush when fighters stormed the town":
	 * a clause on when or where tells what happened then or there, and
	 * hangs off a noun only by the parser's choice */
	int adv = S_n(c, wh)->first_child;
	return !(!strcmp(S_n(c, wh)->label, "WHADVP") && adv >= 0 && S_n(c, adv)->word &&
		 (!strcmp(S_n(c, adv)->word, "WHEN") || !strcmp(S_n(c, adv)->word, "WHERE")));
}


/* "NATO accused Serbian forces of ethnic cleansing in Kosovo", "blamed
 * the rebels for shelling the town": what an accusation says another did
 * is no act of the accuser's, though the parser hangs the gerund on the
 * accusing verb as a complement whose subject is the accuser's. The
 * accusation is coded (112); the act it alleges is not told as done. */
static int S_accused_act(const S_ctx *c, int vp, int top)
{
	static const char *const accuse[] = {"ACCUSE", "BLAME", "CHARGE", "SUSPECT", "CONDEMN",
					     "CRITICIZE", "CRITICISE", "DENOUNCE", "FAULT", "INDICT",
					     "CONVICT", NULL};
	for (int k = vp == top ? -1 : S_n(c, vp)->parent; k >= 0; k = S_n(c, k)->parent) {
		if (S_n(c, k)->kind == PM_NODE_VP) {
			int v = S_vp_verb(c, k);
			if (v >= 0 && S_verb_in(c, S_n(c, v)->token, accuse))
				return 1;
		}
		if (k == top)
			break;
	}
	return 0;
}
/* A PP that is only its preposition: the chunker's stray "if" or "of"
 * before a phrase it could not attach. */
static int S_orphan_pp(const S_ctx *c, int pp)
{
	return pp >= 0 && S_n(c, pp)->kind == PM_NODE_PP && !S_has_child_kind(c, pp, PM_NODE_NP);
}

/* "would destroy North Korea if forced to defend itself", "executed
 * hundreds of captured Iraqi soldiers": a verb with its object before a
 * VP the chunker hung on it after a stray preposition ("(PP (IN IF))
 * (VP forced ...)") is the event's verb, no auxiliary ("has taken"), in
 * documents; PETRARCH records come with their own trees. */
static int S_object_before_vp(const S_ctx *c, int vp, int verb)
{
	if (!c->o->one_sided)
		return 0;
	int object = 0, prev = -1;
	for (int k = S_n(c, verb)->next_sibling; k >= 0; prev = k, k = S_n(c, k)->next_sibling) {
		if (S_n(c, k)->kind == PM_NODE_VP) {
			int stray = S_orphan_pp(c, prev);
			if (!stray && prev >= 0 && S_n(c, prev)->kind == PM_NODE_NP) {
				int last = -1;
				for (int g = S_n(c, prev)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
					last = g;
				stray = S_orphan_pp(c, last);
			}
			return object && stray;
		}
		object |= S_n(c, k)->kind == PM_NODE_NP;
	}
	(void)vp;
	return 0;
}

/* "Thai troops stormed the protest camp of the Red Shirt opposition",
 * "riot police stormed protesters' barricades", "security forces stormed
 * a protest sit-in, killing dozens": force a state's soldiers or police
 * turn on protesters is violent repression (175), whatever the verb. */
static int S_protest_words(const S_ctx *c, int first, int last)
{
	for (int t = first; t >= 0 && t <= last && t < c->n_words; t++)
		if (!strncmp(c->words[t], "PROTEST", 7) || !strncmp(c->words[t], "DEMONSTRATOR", 12) ||
		    !strcmp(c->words[t], "SIT-IN"))
			return 1;
	return 0;
}

static int S_repression(const S_ctx *c, int vp, const char *code, const S_actors *src,
			const S_actors *tgt)
{
	static const char *const forces[] = {"MIL", "COP", "SPY", NULL};
	if (!(code[0] == '1' && (code[1] == '8' || code[1] == '9')) || !src->n || !tgt->n)
		return 0;
	for (int i = 0; i < src->n; i++) {
		size_t n = strlen(src->a[i].code);
		if (n < 6 || !pm_str_in(src->a[i].code + n - 3, forces))
			return 0;
	}
	for (int i = 0; i < tgt->n; i++) {
		size_t n = strlen(tgt->a[i].code);
		if ((n >= 6 && !strcmp(tgt->a[i].code + n - 3, "OPP")) ||
		    S_protest_words(c, tgt->a[i].first, tgt->a[i].last))
			return 1;
	}
	/* "stormed a protest camp outside the defence ministry": the
	 * object the protest is, whatever actor its phrase names */
	int obj = S_object_phrase(c, vp);
	return obj >= 0 && S_protest_words(c, c->first[obj], c->last[obj]);
}

/* "Syria shot down a Turkish jet, and Ankara vowed to respond", "said it
 * would respond": a reply announced or threatened by a side an earlier
 * clause of the sentence attacked is a threat of force (138) against the
 * attacker. Answering words, offers or demands ("responded to the
 * proposal") is no threat, and nothing hostile before it makes none. */
static int S_threatened_reply(S_ctx *c, int vp, int tok, int subject)
{
	static const char *const reply[] = {"RESPOND", "REPLY", "REACT", NULL};
	int cue = -1, frame = S_frame(c, vp, &cue);
	if (subject < 0 || !S_verb_in(c, tok, reply) || (frame != S_THREAT && frame != S_INTENT))
		return 0;
	S_actors who = {0};
	S_np_actors(c, subject, &who, 0);
	for (int i = 0; i < who.n; i++)
		if (S_reaction_target(c, &who.a[i], "190", tok))
			return 1;
	return 0;
}

/* "said they did not accept the results", "does not recognise the
 * government": a stance withheld is a refusal (12x) now, told in any
 * tense, not a denial of something done (016). Recodes code. */
static int S_withheld_stance(const S_ctx *c, int tok, char code[8])
{
	static const char *const stances[] = {"ACCEPT", "RECOGNIZE", "RECOGNISE", "SUPPORT",
					      "ENDORSE", "APPROVE", "ACKNOWLEDGE", NULL};
	char refusal[8];
	if (!S_verb_in(c, tok, stances))
		return 0;
	S_reject(code, refusal);
	if (!refusal[0])
		return 0;
	pm_strlcpy(code, refusal, 8);
	return 1;
}

/* "rallied in Beirut demanding that Syria withdraw its troops",
 * "marched through Belgrade, calling on Milosevic to step down": a
 * protest is against the one its participle of demand names, not the
 * place it is held in. Replaces *tgt when such a party is named. */
static void S_protest_demand_target(const S_ctx *c, int vp, int tok, const S_actors *src,
				    S_actors *tgt)
{
	static const char *const demanding[] = {"DEMANDING", "URGING", "CALLING", NULL};
	for (int t = tok + 1; t <= c->last[vp] && t < c->n_words; t++) {
		if (!pm_str_in(c->words[t], demanding) || strcmp(c->s->tokens[t].tag, "VBG"))
			continue;
		S_actors named = {0};
		S_first_actor_after(c, vp, t, c->last[vp], src, 0, &named);
		if (named.n)
			*tgt = named;
		return;
	}
}

/* Whether a number is told in node k's words before node stop ("18
 * relatives" in "the funeral of 18 relatives killed in the shelling"). */
static int S_counted_before(const S_ctx *c, int k, int stop)
{
	for (int i = S_n(c, k)->first_child; i >= 0 && i != stop; i = S_n(c, i)->next_sibling) {
		if (S_n(c, i)->word && !strcmp(S_n(c, i)->label, "CD"))
			return 1;
		if (!S_n(c, i)->word && S_counted_before(c, i, -1))
			return 1;
	}
	return 0;
}

/* Whether vp lies in a past participle that describes a noun: the NP's
 * VP ("families displaced by fighting", "officers killed in the
 * uprising") or a clause under it with no subject of its own (the
 * gerund of "by fighting"). Not one the text counts ("18 relatives
 * killed in Israeli shelling", "four hostages held by Hamas"): a toll
 * is what reports of a happening give, and such a sentence tells that
 * happening whatever else it goes on to say (docs/incidents.md). */
static int S_in_reduced_relative(const S_ctx *c, int vp)
{
	for (int k = vp; k >= 0 && S_n(c, k)->parent >= 0; k = S_n(c, k)->parent) {
		int up = S_n(c, k)->parent;
		if (S_n(c, k)->kind == PM_NODE_VP && S_n(c, up)->kind == PM_NODE_NP) {
			int verb = S_vp_verb(c, k);
			if (verb < 0 || strcmp(S_n(c, verb)->label, "VBN") || S_counted_before(c, up, k))
				return 0;
			/* on a clause's subject ("the number of people killed in
			 * the raid has risen", "ten were killed and 35 wounded in
			 * the bombing") it may be the news itself */
			static const char *const of[] = {"OF", NULL};
			int np = up;
			for (;;) {
				int p = S_n(c, np)->parent;
				if (p >= 0 && S_n(c, p)->kind == PM_NODE_PP && S_pp_is(c, p, of))
					p = S_n(c, p)->parent;
				if (p < 0 || S_n(c, p)->kind != PM_NODE_NP)
					break;
				np = p;
			}
			return S_n(c, np)->parent < 0 || S_n(c, S_n(c, np)->parent)->kind != PM_NODE_S;
		}
		if (S_n(c, k)->kind == PM_NODE_S && S_has_child_kind(c, k, PM_NODE_NP))
			return 0;
		if (S_n(c, k)->kind == PM_NODE_SBAR || S_n(c, k)->kind == PM_NODE_NP)
			return 0;
	}
	return 0;
}

/* Whether node k is, or its head phrase is, one of words: the noun of an
 * NP ("reports" of "(NP (NP reports) (SBAR that ...))") or a VP's verb. */
static int S_headed_by(const S_ctx *c, int k, const char *const *verbs,
		       const char *const *nouns)
{
	if (S_n(c, k)->kind == PM_NODE_VP) {
		int verb = S_vp_verb(c, k);
		return verb >= 0 && pm_str_in(c->words[S_n(c, verb)->token], verbs);
	}
	if (S_n(c, k)->kind != PM_NODE_NP)
		return 0;
	int head = S_n(c, k)->first_child;
	if (head >= 0 && S_n(c, head)->kind == PM_NODE_NP)
		k = head;
	return c->last[k] >= 0 && pm_str_in(c->words[c->last[k]], nouns);
}

/* "declined to comment on reports that dozens of civilians had been
 * killed", "opened an investigation into the downing of the airliner,
 * in which all on board were killed", "rejected the suggestion that ...
 * was behind the attack on a former spy": violence with no doer, told
 * inside what an inquiry looks into or a report or claim says, is what
 * is asked or said about; the inquiry, the comment or the denial is the
 * sentence's act, not the violence. */
static int S_under_inquiry(const S_ctx *c, int vp)
{
	/* (not "claims", nor "report" as a verb: "Daesh claims mosque
	 * bombing", "activists report new massacre" tell the act) */
	static const char *const said[] = {
		"REPORTS", "ALLEGATION", "ALLEGATIONS", "SUGGESTION", "SUGGESTIONS", "RUMOURS",
		"RUMORS", "INVESTIGATION", "INVESTIGATIONS", "INQUIRY", "PROBE", NULL};
	static const char *const asking[] = {
		"INVESTIGATE", "INVESTIGATES", "INVESTIGATED", "INVESTIGATING", "EXAMINE", "EXAMINES",
		"EXAMINED", "EXAMINING", "PROBING", "PROBED", "COMMENT", NULL};
	for (int k = S_n(c, vp)->parent; k >= 0; k = S_n(c, k)->parent)
		if (S_headed_by(c, k, asking, said))
			return 1;
	return 0;
}

/* "acknowledged that Eritrean troops had entered Tigray", "admitted
 * that a patrol had fired on farmers": owning up to what a clause tells
 * is an admission (015) by the subject, whatever the clause codes of its
 * own; the speech reading alone would lose it. Whether one was coded. */
static int S_admission(S_ctx *c, int vp, int verb)
{
	static const char *const owning[] = {"ACKNOWLEDGE", "ACKNOWLEDGES", "ACKNOWLEDGED",
					     "ADMIT", "ADMITS", "ADMITTED", "CONCEDE", "CONCEDES",
					     "CONCEDED", NULL};
	if (!pm_str_in(c->words[S_n(c, verb)->token], owning))
		return 0;
	/* "acknowledged that they had lost Shire": one's own act told by a
	 * pronoun is coded from the clause, whose doer the admitter is */
	int clause_after = 0, own = 0;
	for (int k = S_n(c, vp)->first_child; k >= 0; k = S_n(c, k)->next_sibling) {
		int cl = k;
		if (S_n(c, cl)->kind == PM_NODE_SBAR)
			for (cl = S_n(c, k)->first_child; cl >= 0 && S_n(c, cl)->kind != PM_NODE_S;
			     cl = S_n(c, cl)->next_sibling)
				;
		if (cl < 0 || S_n(c, cl)->kind != PM_NODE_S || !S_has_child_kind(c, cl, PM_NODE_NP))
			continue;
		clause_after = 1;
		int subj = S_n(c, cl)->first_child;
		while (subj >= 0 && S_n(c, subj)->kind != PM_NODE_NP)
			subj = S_n(c, subj)->next_sibling;
		own |= subj >= 0 && (S_is_pronoun(c, subj) || S_possessive_np(c, subj));
	}
	if (own)
		return 0;
	int clause, top = S_chain_top(c, vp, &clause);
	if (!clause_after || S_negated(c, vp, top))
		return 0;
	/* "..., after Riyadh admitted he died in its consulate": one told
	 * to say when is background */
	static const char *const when[] = {"AFTER", "BEFORE", "SINCE", "AS", "WHEN", "WHILE",
					   "UNTIL", NULL};
	int up = clause >= 0 ? S_n(c, clause)->parent : -1;
	if (up >= 0 && S_n(c, up)->kind == PM_NODE_SBAR && c->first[up] >= 0 &&
	    pm_str_in(c->words[c->first[up]], when))
		return 0;
	S_actors src = {0};
	int subject = S_subject(c, top, clause);
	if (subject >= 0)
		S_np_actors(c, subject, &src, 0);
	/* the side the sentence's other events give the subject ("Tigrayan
	 * authorities" are the rebels) */
	for (int i = 0; i < src.n; i++) {
		S_actor own = src.a[i];
		own.code = S_same_side(c, own.code, S_n(c, verb)->token);
		S_emit(c, &own, NULL, "015", S_n(c, verb)->token, 0);
	}
	return src.n > 0;
}

static void S_code_vp(S_ctx *c, int vp)
{
	int verb = S_vp_verb(c, vp);
	if (verb < 0)
		return;
	/* An auxiliary ("has" in "has taken") is not the event's verb. */
	if (S_has_child_kind(c, vp, PM_NODE_VP) && !S_object_before_vp(c, vp, verb))
		return;
	/* "France armed Kurdish fighters battling Islamic State", "in
	 * support of rebels fighting President Kabila": a participle that
	 * describes a noun tells who they are, not what happened (a
	 * headline, all noun phrase, may tell its news so) */
	if (c->o->one_sided && !strcmp(S_n(c, verb)->label, "VBG") && S_n(c, vp)->parent >= 0 &&
	    S_n(c, S_n(c, vp)->parent)->kind == PM_NODE_NP && !(c->s && c->s->is_headline))
		return;
	/* "killed 100 insurgents who attacked police posts", "demanded that
	 * Iran rein in groups that killed three soldiers": so is a relative
	 * clause, told to say which ones */
	if (c->o->one_sided && S_relative_clause(c, vp))
		return;
	if (c->o->one_sided && S_admission(c, vp, verb))
		return;
	int tok = S_n(c, verb)->token;
	const pm_verb_form *forms;
	int n = pm_dict_verb_forms(c->d, c->words[tok], &forms);
	if (!n && c->s->tokens && c->s->tokens[tok].lemma &&
	    strcmp(c->s->tokens[tok].lemma, c->words[tok]))
		n = pm_dict_verb_forms(c->d, c->s->tokens[tok].lemma, &forms);
	if (!n)
		return;
	/* A word may stand in several blocks (two "--- SHOT" blocks, say):
	 * the most specific matching pattern among them decides. */
	int clause, top = S_chain_top(c, vp, &clause);
	if (c->o->one_sided && S_accused_act(c, vp, top))
		return;
	int lo = clause >= 0 ? c->first[clause] : 0, hi = S_pattern_end(c, vp);
	const pm_verb_form *form = NULL;
	const pm_pattern *pat = NULL;
	S_window w = {0};
	/* a passive's subject holds what the active's patterns read after
	 * the verb */
	int subj = S_passive(c, vp, verb) ? S_subject(c, top, clause) : -1;
	int subj_lo = subj >= 0 ? c->first[subj] : -1, subj_hi = subj >= 0 ? c->last[subj] : -1;
	int pat_in_subject = 0;
	for (int i = 0; i < n; i++) {
		if (!S_particles_follow(c, &forms[i], tok))
			continue;
		if (form && forms[i].n_particles < form->n_particles)
			break;
		const pm_verb_block *b = pm_dict_block(c->d, forms[i].block);
		S_window fw;
		/* "blew himself up": the patterns read from the pronoun on */
		int after = tok + 1 + forms[i].n_particles;
		if (forms[i].n_particles && tok + 1 < c->n_words &&
		    strcmp(c->words[tok + 1], forms[i].particles[0]))
			after = tok + 1;
		const pm_pattern *p = b ? S_best_pattern(c, b, tok, after, lo, hi, &fw) : NULL;
		int in_subject = 0;
		if (!p && b && c->o->one_sided && subj_lo >= 0) {
			p = S_subject_pattern(c, b, subj_lo, subj_hi);
			fw = (S_window){lo, hi, -1, -1};
			in_subject = p != NULL;
		}
		if (!form || (p && (!pat || p->weight > pat->weight)) ||
		    (!pat && !p && !strcmp(form->code, "---") && strcmp(forms[i].code, "---"))) {
			form = &forms[i];
			if (p)
				pat = p, w = fw, pat_in_subject = in_subject;
		}
	}
	if (!form)
		return;
	char code[8], code2[8] = "";
	S_split_code(form->code, code, code2);
	int passive = S_passive(c, vp, verb);
	/* "[+++]" marks a pattern that keeps the verb's own code. */
	if (pat && strcmp(pat->code, "+++")) {
		if (pat->code[0])
			pm_strlcpy(code, pat->code, sizeof(code));
		else if (pat->code2[0]) {
			/* [:BBB] codes only the passive reading */
			pm_strlcpy(code, pat->code2, sizeof(code));
			passive = 1;
		}
		if (pat->code[0])
			pm_strlcpy(code2, pat->code2, sizeof(code2));
	}
	if (c->o->one_sided && !pat && !strcmp(code, "---") &&
	    S_takes_named_place(c, vp, tok, S_subject(c, top, clause)))
		pm_strlcpy(code, "190", sizeof(code));
	int reply = c->o->one_sided && !pat && !strcmp(code, "---") &&
		    S_threatened_reply(c, vp, tok, S_subject(c, top, clause));
	if (reply)
		pm_strlcpy(code, "190", sizeof(code));   /* framed below as the threat */
	if (S_no_event(code))
		return;
	/* "helped Iraqis pull down a statue", "deployed to help fight the
	 * insurgency": help with an act is no aid given; the act says what
	 * happened, and its object is not the one helped */
	if (c->o->one_sided && !strcmp(code, "070") && S_help_with_act(c, vp, tok))
		return;
	/* "said", "announced", "told" with nothing a pattern reads: a plain
	 * statement is the frame of what it reports, coded from its clause,
	 * not news of its own ("declared victory" has its pattern) */
	if (c->o->one_sided && !pat && !strcmp(code, "010"))
		return;
	/* "Saudi troops crossed into Bahrain to help put down protests",
	 * "sent troops to Russia to support its war": forces moved in or
	 * sent to help are military cooperation with the place (troops
	 * sent to protect civilians keep the peace, 074) */
	if (c->o->one_sided && (!strncmp(code, "15", 2) || !strcmp(code, "192") || !strcmp(code, "074")) &&
	    S_to_help(c, vp))
		pm_strlcpy(code, "062", sizeof(code));
	/* ... and so is the help or support they are sent to give ("sent
	 * troops to help the Malian army": the sending is the one act) */
	if (c->o->one_sided && (S_material_conflict(code) || !strncmp(code, "07", 2) || !strcmp(code, "051")) &&
	    S_purpose_of_move(c, vp))
		return;
	/* "signed treaties to annex four regions": the signing is the
	 * annexation itself, no purpose yet to come */
	if (c->o->one_sided && S_purpose_of_deal(c, vp) && strcmp(code, "192"))
		return;
	if (c->o->one_sided && S_material_conflict(code) && S_background_advance(c, vp, tok))
		return;
	/* "aid for families displaced by fighting", "a memorial to officers
	 * killed in the uprising", "hostages held by Hamas": force told in a
	 * participle on a noun says which people are meant, as a relative
	 * clause does; the sentence's news is the act it hangs in. (A deal
	 * "brokered by" a side stays the mediation the sets code.) */
	if (c->o->one_sided && S_material_conflict(code) && !(c->s && c->s->is_headline) &&
	    S_in_reduced_relative(c, vp))
		return;
	if (c->o->one_sided && S_superlative_since(c, vp))
		return;
	/* "captured two Israeli soldiers", "seized 500 U.N. peacekeepers":
	 * people taken are captives (181), not ground fought over */
	if (c->o->one_sided && !strcmp(code, "190") && S_takes_people(c, vp, tok))
		pm_strlcpy(code, "181", sizeof(code));
	/* "Turkish agents captured PKK leader Abdullah Ocalan in Kenya",
	 * "forces loyal to Ouattara captured the incumbent leader Laurent
	 * Gbagbo": a leader taken is arrested (173), not ground fought over */
	else if (c->o->one_sided && !strcmp(code, "190") && S_takes_leader(c, vp, tok))
		pm_strlcpy(code, "173", sizeof(code));
	/* "fired ballistic missiles over Taiwan during large-scale drills":
	 * missiles fired in drills or tests show force (150), they strike no one */
	if (c->o->one_sided && !strncmp(code, "19", 2) && S_drill_fire(c, tok))
		pm_strlcpy(code, "150", sizeof(code));

	S_actors src = {0}, tgt = {0};
	int subject = S_subject(c, top, clause);
	c->fight_subject = c->o->one_sided && subject >= 0 && S_fight_np(c, subject);
	static const char *const by_preps[] = {"BY", "FROM", "IN", NULL};
	static const char *const by_in[] = {"BY", "IN", NULL}, *const from[] = {"FROM", NULL};
	if (passive) {
		int left = c->o->one_sided && S_removal(code), place = 0;
		/* "the truce was agreed in Minsk": a deal's place is no party */
		static const char *const by[] = {"BY", NULL};
		S_vp_pp_actors_at(c, vp, pat_in_subject ? by : left ? by_in : by_preps, &src, &place);
		/* "a ceasefire was agreed between Israel and Hamas": the
		 * deal's parties named after it */
		static const char *const between[] = {"BETWEEN", NULL};
		if (pat_in_subject && !src.n)
			S_vp_pp_actors(c, vp, between, &src);
		/* "killed by a car bomb in Beirut": the means, not a doer,
		 * however the place names it */
		if (c->o->one_sided && S_by_means(c, vp))
			src.n = 0;
		if (c->o->one_sided && !src.n && S_violent(code))
			S_fight_partner(c, vp, &src);
		if (subject >= 0)
			S_np_actors(c, subject, &tgt, 0);
		/* "Haniyeh was killed in Tehran", "twelve soldiers were killed
		 * in northern Mali": where violence fell names no doer; a
		 * state's own at home ("Saddam was hanged in Baghdad") is its
		 * own act */
		if (c->o->one_sided && place && S_violent(code) && !S_any_same_country(&src, &tgt))
			src.n = 0;
		/* "troops were placed on high alert", "reservists were
		 * mobilised": a show of force is the forces' own side's,
		 * whoever gave the order */
		if (c->o->one_sided && !src.n && !strncmp(code, "15", 2)) {
			src = tgt;
			tgt.n = 0;
		}
		/* "all U.S. troops would be withdrawn from Somalia": forces
		 * pulled out are their own side's withdrawal from the place */
		if (left && !src.n && !strncmp(code, "087", 3)) {
			src = tgt;
			tgt.n = 0;
			S_vp_pp_actors(c, vp, from, &tgt);
			S_drop_sources(&tgt, &src);
		}
	} else {
		if (subject >= 0)
			S_np_actors(c, subject, &src, 0);
		/* "fighting broke out on Saturday between the army and the
		 * RSF": the sides of a fight named after its verb */
		if (c->fight_subject && !src.n) {
			static const char *const between[] = {"BETWEEN", NULL};
			S_vp_pp_actors(c, vp, between, &src);
		}
		int cooperating = (S_cooperation(code) || S_symmetric(c, tok)) && src.n >= 2;
		S_objects(c, vp, cooperating, &src, code, &tgt);
		/* "A believes B can cope" makes B the target; a plain statement
		 * ("A said B attacked C") is coded from its clause instead. */
		if (!tgt.n && strncmp(code, "01", 2)) {
			S_complement_subject(c, vp, &tgt);
			S_drop_sources(&tgt, &src);
		}
		if (!tgt.n && src.n >= 2 && S_object_is_theirs(c, vp))
			tgt = src;   /* "A and B delayed their meeting": with each other */
		/* "Iran and Saudi Arabia restored relations in a deal brokered
		 * by China": the members of a compound subject cooperate with
		 * each other unless a partner is named ("with", "to") */
		if (!tgt.n && strncmp(code, "01", 2))
			S_first_actor_after(c, vp, tok, c->o->one_sided ? hi : c->last[vp], &src,
					    cooperating, &tgt);
	}
	if (!passive && c->o->one_sided && subject >= 0)
		S_attack_object(c, subject, &src, &tgt);
	/* TABARI's "$" and "+" in a pattern name where the actors stand. */
	if (pat && w.src_tok >= 0) {
		S_actors a = {0};
		S_np_actors(c, w.src_tok, &a, 0);
		if (a.n)
			src = a;
	}
	/* "Armenian and Azerbaijani negotiators met in Brussels": a place a
	 * pattern reads as "+" is no partner of a compound subject's members */
	static const char *const where[] = {"IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS",
					    "AROUND", "THROUGHOUT", "WITHIN", NULL};
	int located = w.tgt_tok >= 0 && c->first[w.tgt_tok] > 0 &&
		      pm_str_in(c->words[c->first[w.tgt_tok] - 1], where);
	/* ... nor, in documents, of a subject that met someone named there
	 * ("met his Saudi counterpart in Beijing") */
	if (pat && w.tgt_tok >= 0 && !(located && src.n >= 2 && S_cooperation(code)) &&
	    !(located && c->o->one_sided && tgt.n) &&
	    !(c->o->one_sided && S_material_conflict(code) && S_in_means_pp(c, w.tgt_tok, vp))) {
		S_actors a = {0};
		S_np_actors(c, w.tgt_tok, &a, 0);
		if (a.n)
			tgt = a;
	}
	/* "accused Israel of sabotage and vowed revenge", "demanded that
	 * Britain release the tanker, calling the seizure piracy", "condemned
	 * the NATO bombing and demanded an apology": words against someone
	 * unnamed, and demands on them, are on whom the act beside them is */
	/* "expressed sympathy to Sri Lanka and pledged naval ships and
	 * relief supplies": a pledge naming no one is to whom the act beside
	 * it is (a compound subject's pledge is to each other) */
	if (c->o->one_sided && !tgt.n && !passive &&
	    ((code[0] == '1' && code[1] >= '0' && code[1] <= '3') ||
	     (!strncmp(code, "03", 2) && src.n == 1)))
		S_borrowed_target(c, vp, code, &src, &tgt);
	if (c->o->one_sided && !tgt.n && !passive && code[0] == '1' && code[1] >= '1' && code[1] <= '2')
		S_relative_owner(c, vp, &src, &tgt);
	/* "demanded an apology from Washington for a NATO strike", "demanded
	 * more troops from African Union countries", "sought aid from the EU":
	 * a demand or an appeal is on whom it asks of, not on the thing asked
	 * for or what it is asked over */
	if (c->o->one_sided && !passive &&
	    ((code[0] == '1' && code[1] == '0') || (code[0] == '0' && code[1] == '2'))) {
		static const char *const from[] = {"FROM", NULL};
		S_actors asked = {0};
		S_vp_pp_actors(c, vp, from, &asked);
		S_drop_sources(&asked, &src);
		if (asked.n)
			tgt = asked;
	}
	if (c->o->one_sided && !tgt.n && !passive && code[0] == '1' && code[1] == '2' &&
	    strncmp(code, "128", 3))
		S_prior_doer(c, tok, &src, &tgt);
	if (c->o->one_sided && !src.n && tgt.n && subject >= 0 && S_truce_in_place(c, subject, code))
		src = tgt;
	if (c->o->one_sided && !strcmp(code, "063"))
		S_court_partner(c, vp, tok, &tgt);
	if (c->o->one_sided && S_posture(code) && src.n == 1 && S_all_own_forces(&tgt, &src))
		tgt.n = 0;
	if (c->o->one_sided && !tgt.n && S_posture(code))
		S_provocation_target(c, vp, &src, &tgt);
	/* "raised its alert and began exercises near the border with North
	 * Korea": the show joined to it says at whom */
	if (c->o->one_sided && !tgt.n && S_posture(code) && !passive)
		S_borrowed_target(c, vp, code, &src, &tgt);
	if (c->o->one_sided && !tgt.n && S_posture(code))
		S_purpose_object(c, vp, &src, &tgt);
	if (c->o->one_sided && !tgt.n && !strncmp(code, "152", 3))
		S_prior_doer(c, tok, &src, &tgt);
	/* "Armenians blocked roads in Yerevan": the capital names the
	 * source's own country, which is then the place acted on */
	/* "Armenia and Azerbaijan agreed to a ceasefire in Karabakh": a
	 * truce binds the subject's members, not the place */
	if (c->o->one_sided && src.n >= 2 && S_cooperation(code))
		S_drop_deal_venue(c, &tgt);
	int on_place = S_acts_on_place(code) && !(src.n >= 2 && S_cooperation(code));
	if (c->o->one_sided && on_place && S_all_own(&tgt, &src))
		tgt.n = 0;
	if (c->o->one_sided && on_place)
		S_unknown_actors(c, vp, subject, passive, tok, code, &src, &tgt);
	if (c->o->one_sided && !tgt.n && !strcmp(code, "045"))
		S_mediated_parties(c, vp, &tgt);
	if (src.n >= 2 && S_reciprocal_object(c, vp))
		tgt = src;   /* "X and Y accused each other", "opened embassies in each other's capitals" */
	if (c->o->one_sided && !strncmp(code, "15", 2))
		S_rival_forces(&src, &tgt);
	if (c->o->one_sided && !passive && !strncmp(code, "08", 2))
		S_yield_from_own(c, vp, tok, &src, &tgt);
	/* "talks in Moscow hosted by the Russian foreign minister": no side
	 * visits or hosts its own country */
	if (c->o->one_sided && (!strcmp(code, "042") || !strcmp(code, "043")) && tgt.n == 1 &&
	    src.n == 1 && S_same_country(&tgt.a[0], &src))
		return;
	if (c->o->one_sided && !passive && !tgt.n && !strcmp(code, "080"))
		S_yield_to_attacker(c, tok, &src, &tgt);
	/* "vowed to retaliate": the complement's own event says it; "is
	 * considering sending a destroyer" is the weighing (014), the act
	 * weighed being no event */
	if (c->o->one_sided && !strcmp(code, "016") && !passive) {
		S_denial(c, vp, tok, &src, &tgt);
		return;
	}
	if (c->o->one_sided && !tgt.n && !passive && (!strcmp(code, "012") || !strcmp(code, "013")))
		S_mood_about(c, vp, tok, &src, &tgt);
	if (c->o->one_sided && !pat && S_coded_complement(c, vp) &&
	    S_control_frame(c, tok) != S_ACT && S_control_frame(c, tok) != S_UNASSERTED &&
	    S_control_frame(c, tok) != S_ATTEMPT)
		return;
	if (c->o->one_sided && (!pat || S_armed_band(c, pat->code, subject, &tgt)) &&
	    S_mass_killing(c, vp, tok, code, &tgt))
		pm_strlcpy(code, "202", sizeof(code));
	if (c->o->one_sided && !strcmp(code, "190") && S_killing_civilians(c, vp))
		pm_strlcpy(code, "202", sizeof(code));
	if (c->o->one_sided && !strcmp(code, "190") && S_war_of_words(c, tok, subject, &src, &tgt))
		pm_strlcpy(code, "111", sizeof(code));
	if (c->o->one_sided && !passive && S_lone_shooter(c, tok, subject, code))
		pm_strlcpy(code, "180", sizeof(code));
	if (c->o->one_sided && S_consequence(c, vp, verb, code))
		return;
	if (c->o->one_sided && S_running_toll(c, vp, tok, code))
		return;
	int verb_tok = tok;
	int framed = S_apply_frame(c, vp, clause, top, code, &verb_tok, &src, &tgt);
	if (!framed)
		return;
	if (framed >= 2)
		code2[0] = '\0';   /* a reversed reading belongs to the act, not its framing */
	if (reply)
		pm_strlcpy(code, "138", sizeof(code));   /* no attack is named, only force */
	/* 2: the pattern (or the refusal it became) spells the negation, so
	 * its code is the event */
	int negated = S_negated(c, vp, top) ? ((pat && S_pattern_negates(pat)) || framed == 3 ? 2 : 1) : 0;
	if (negated == 1 && c->o->one_sided && !passive && S_withheld_stance(c, tok, code))
		negated = 2;   /* the refusal's code is the negation */
	if (negated == 1 && c->o->one_sided && !passive && S_frame(c, vp, &(int){0}) == S_ACT)
		S_own_denial(c, clause, &src, &tgt);
	if (negated == 1 && !c->o->keep_negated)
		return;
	/* "Arafat condemned the attack in Tel Aviv": disapproval of an act
	 * whose doer the sentence does not name has no target, and is kept */
	if (c->o->one_sided && !tgt.n && !passive && !strncmp(code, "11", 2) && S_about_attack(c, vp)) {
		for (int i = 0; i < src.n; i++)
			S_emit(c, &src.a[i], NULL, code, verb_tok, negated);
		return;
	}
	/* "refugees arriving in Albania", "police officers arrived in Haiti":
	 * only those who speak for a side pay visits */
	if (c->o->one_sided && !strcmp(code, "042") && !passive) {
		S_drop_visitors(&src);
		if (!src.n)
			return;
	}
	if (c->o->one_sided && !strncmp(code, "14", 2) && !passive && c->s->tokens)
		S_protest_demand_target(c, vp, tok, &src, &tgt);
	if (c->o->one_sided && S_repression(c, vp, code, &src, &tgt))
		pm_strlcpy(code, "175", sizeof(code));
	/* "Egypt, Syria and Morocco pledged troops": forces given are no
	 * business between the givers. "The accord was signed by Kabul and
	 * the Taliban": a deal whose passive subject is the document binds
	 * the parties its "by" phrase names as the active's compound subject
	 * does */
	if (c->o->one_sided && S_violent(code) && !src.n && S_under_inquiry(c, vp))
		return;
	int joint = passive && pat_in_subject && !tgt.n && S_cooperation(code);
	S_pair_events(c, &src, &tgt, code, code2, verb_tok, negated,
		      (!passive || joint) && !S_gives_forces(c, vp));
}

/* "British-flagged", "Saudi-led", "Houthi-held", "state-run": the word
 * before the hyphen is the owner the compound names, so its id stands for
 * the compound's when actors are matched (patterns still see the whole
 * word). -1 when the compound names no one. */
static int32_t S_compound_owner(const S_ctx *c, const char *w)
{
	static const char *const owned[] = {"-LED", "-FLAGGED", "-OWNED", "-RUN", "-CONTROLLED",
					    "-HELD", NULL};
	const char *dash = strrchr(w, '-');
	if (!dash || dash == w || (size_t)(dash - w) >= 48 || !pm_str_in(dash, owned))
		return -1;
	char head[48];
	memcpy(head, w, (size_t)(dash - w));
	head[dash - w] = '\0';
	return pm_dict_word_index(c->d, head);
}

/* "Saudi-led warplanes": a compound that is a dictionary word of its own
 * (the first of "SAUDI-LED_COALITION") but begins no phrase here names
 * its owner all the same. NULL when it names no actor. */
static const pm_actor_entry *S_owner_actor(const S_ctx *c, const char *w)
{
	int32_t id = S_compound_owner(c, w);
	const pm_actor_entry *e;
	return id >= 0 && pm_dict_match_actor_ids(c->d, &id, 1, &e) == 1 ? e : NULL;
}

/* Acts a government does on its own land: a leader's resignation (0831),
 * a curfew, a ban, a state of emergency (172x). */
static int S_domestic(const char *code)
{
	return !strcmp(code, "0831") || !strncmp(code, "172", 3);
}

/* A country, its government, leaders or police: who acts at home. An
 * army imposing a curfew is as often an occupier ("the Israeli army
 * imposed a curfew on Hebron"), whose target the place gives. */
static int S_civil_power(const char *code)
{
	static const char *const own[] = {"GOV", "ELI", "LEG", "JUD", "COP", NULL};
	if (strlen(code) == 3)
		return 1;
	for (int i = 0; own[i]; i++)
		if (!strncmp(code + 3, own[i], 3))
			return 1;
	return 0;
}

/* Agents a country's own police and government deal with at home: its
 * people and, for a government, its police. */
static int S_home_agent(const char *code)
{
	static const char *const home[] = {"OPP", "CVL", "EDU", "PPL", "LAB", "MED", "HLH",
					   "BUS", "COP", "CRM", NULL};
	if (strlen(code) < 6 || strncmp(code, "---", 3))
		return 0;
	for (int i = 0; home[i]; i++)
		if (!strncmp(code + 3, home[i], 3))
			return 1;
	return 0;
}

/* "SYRCOP" -> "SYRxxx": code's agent under country's three letters. */
static const char *S_own_country(S_ctx *c, const char *country, const char *code)
{
	size_t n = strlen(code);
	char *own = pm_arena_alloc(c->arena, n + 1);
	memcpy(own, country, 3);
	memcpy(own + 3, code + 3, n - 2);
	return own;
}

/* Intent, talks, cooperation, aid and concessions (03x-08x): a
 * government meets dissidents or helps civilians abroad as often as at
 * home, so the place decides. */
static int S_abroad_too(const char *code)
{
	return code[0] == '0' && code[1] >= '3' && code[1] <= '8';
}

/* What a country's civil power does at home falls on its own country
 * when the sentence names no one else, before any place is looked at:
 * "Ethiopia declared a nationwide state of emergency", "Mubarak resigned
 * as president" (the "---" that stands for what the act falls on), and
 * "Iranian security forces fired on protesters", "police detained
 * students" (people named without a country are the police's own; a
 * country named alone is as often abroad: "an Israeli air strike killed
 * 28 civilians" leaves them to the place).
 * Done after pairing, which skips an actor acting on itself. */
/* Armed men named without a country: "rebels", "insurgents", "gunmen". */
static int S_bare_armed(const char *code)
{
	static const char *const armed[] = {"REB", "INS", "UAF", NULL};
	return code && strlen(code) == 6 && !strncmp(code, "---", 3) && pm_str_in(code + 3, armed);
}

/* A government talks, agrees or makes a truce (03x-05x, 08x) with armed men it
 * names without a country at home: "President Salva Kiir and rebel
 * leader Riek Machar signed a peace agreement in Addis Ababa" is SSDREB,
 * not the rebels of the country the signing took place in. */
static int S_state_code(const char *code)
{
	static const char *const bodies[] = {"IGO", "IMG", "NGO", "MNC", NULL};
	char head[4];
	if (strlen(code) < 3 || !isupper((unsigned char)code[0]))
		return 0;
	memcpy(head, code, 3);
	head[3] = '\0';
	return !pm_str_in(head, bodies) && S_civil_power(code);
}

static void S_home_rebels(S_ctx *c, pm_coded_event *e)
{
	/* aid and arms (06x-07x) go to fighters abroad as often as not */
	if (!S_abroad_too(e->code) || e->code[1] == '6' || e->code[1] == '7' || !e->source ||
	    !e->target)
		return;
	if (S_bare_armed(e->target) && S_state_code(e->source))
		e->target = S_own_country(c, e->source, e->target);
	/* "rebels freed three Italian hostages": captives freed are no state
	 * the rebels deal with, and their country is not the rebels' */
	else if (S_bare_armed(e->source) && S_state_code(e->target) && strncmp(e->code, "084", 3))
		e->source = S_own_country(c, e->target, e->source);
}

/* "the army seized power", "Guinean special forces seized power on
 * Sunday": a coup (170) names no one, and is on the source's own
 * government. */
static void S_seized_power(S_ctx *c, pm_coded_event *e)
{
	int tok = e->verb_token;
	if (strcmp(e->code, "170") || (e->target && strcmp(e->target, "---")) || !e->source ||
	    strlen(e->source) < 3 || tok < 0 || tok + 1 >= c->n_words ||
	    strcmp(c->words[tok + 1], "POWER"))
		return;
	e->target = S_own_country(c, e->source, "---GOV");
	e->tgt_first = e->tgt_last = -1;
}

/* "Nepal's Maoist rebels demanded an elected assembly", "the opposition
 * demanded early elections": a demand by a side at home (dissidents,
 * rebels, workers, clergy) that names no one to meet it is made of its
 * own country; a government's ("Pyongyang demanded the lifting of
 * sanctions") is as often made abroad, and stays open. */
static void S_home_demand(S_ctx *c, pm_coded_event *e)
{
	static const char *const home[] = {"OPP", "REB", "INS", "LAB", "CVL", "EDU", "REL",
					   "HRI", "MED", "PPL", NULL};
	static const char *const bodies[] = {"IGO", "NGO", "IMG", "MNC", NULL};
	char country[4] = {0}, agent[4] = {0};
	if (!S_open_demand(e->code) || (e->target && strcmp(e->target, "---")) || !e->source ||
	    strlen(e->source) < 6 || !strncmp(e->source, "---", 3) ||
	    !isupper((unsigned char)e->source[0]))
		return;
	memcpy(country, e->source, 3);
	memcpy(agent, e->source + 3, 3);
	if (pm_str_in(country, bodies) || !pm_str_in(agent, home))
		return;
	e->target = S_own_country(c, e->source, "---");
	e->tgt_first = e->tgt_last = -1;
}

/* "inspectors visited the town of Douma to investigate the gas attack",
 * "began exhuming a mass grave near Srebrenica": an international body's
 * inquiry naming no one looks into the country of the place it names
 * (the "---" the enricher gives the place's country), not its own. */
static void S_body_inquiry(pm_coded_event *e)
{
	static const char *const bodies[] = {"IGO", "NGO", NULL};
	char head[4] = {0};
	if (!S_open_inquiry(e->code) || (e->target && strcmp(e->target, "---")) || !e->source ||
	    strlen(e->source) < 3)
		return;
	memcpy(head, e->source, 3);
	if (pm_str_in(head, bodies))
		e->target = "---";
}

static void S_domestic_targets(S_ctx *c, int first)
{
	for (int i = first; i < *c->n_out; i++) {
		pm_coded_event *e = &(*c->out)[i];
		S_home_rebels(c, e);
		S_seized_power(c, e);
		S_home_demand(c, e);
		S_body_inquiry(e);
		if (!e->source || strlen(e->source) < 3 || !strncmp(e->source, "---", 3) ||
		    !isupper((unsigned char)e->source[0]) || !S_civil_power(e->source))
			continue;
		/* "resigned at a summit in Chad": where a leader steps down is
		 * no one he yields to */
		if (e->target && !strcmp(e->code, "0831") && e->tgt_first > 0 &&
		    pm_str_in(c->words[e->tgt_first - 1], S_locative_preps)) {
			e->target = "---";
			e->tgt_first = e->tgt_last = -1;
		}
		/* "appointed a commission to investigate disappearances during
		 * the war": a state's inquiry naming no one looks at home */
		if ((!e->target || !strcmp(e->target, "---")) &&
		    (S_domestic(e->code) || (S_open_inquiry(e->code) && S_state_code(e->source))))
			e->target = S_own_country(c, e->source, "---");
		else if (e->target && strlen(e->source) > 3 && S_home_agent(e->target) &&
			 !S_abroad_too(e->code))
			e->target = S_own_country(c, e->source, e->target);
	}
}

static int S_discard(const S_ctx *c)
{
	return pm_dict_discard_ids(c->d, c->ids, c->n_words);
}

static int S_finite_tag_of(const char *tg)
{
	return !strcmp(tg, "VBD") || !strcmp(tg, "VBZ") || !strcmp(tg, "VBP") || !strcmp(tg, "MD");
}

/* The code of an attack a headline names by its noun alone, or NULL: only
 * nouns no other trade shares ("strike" alone may be labour's; an air,
 * missile or drone strike is not). */
static const char *S_attack_noun(const S_ctx *c, int tok)
{
	static const char *const kinds[][2] = {
		{"MASSACRE", "202"}, {"BOMBING", "183"}, {"BOMBINGS", "183"}, {"EXPLOSION", "183"},
		{"EXPLOSIONS", "183"}, {"BLAST", "183"}, {"BLASTS", "183"}, {"AIRSTRIKE", "195"},
		{"AIRSTRIKES", "195"}, {"SHELLING", "194"}, {"AMBUSH", "190"}, {"ATTACK", "190"},
		{"ATTACKS", "190"}, {"RAID", "190"}, {"KIDNAPPING", "181"}, {"ABDUCTION", "181"},
		{"CLASH", "190"}, {"CLASHES", "190"}, {NULL, NULL}};
	static const char *const strikers[] = {"AIR", "MISSILE", "DRONE", "ROCKET", NULL};
	const char *w = c->words[tok];
	if ((!strcmp(w, "STRIKE") || !strcmp(w, "STRIKES")) && tok > 0 &&
	    pm_str_in(c->words[tok - 1], strikers))
		return "195";
	for (int i = 0; kinds[i][0]; i++)
		if (!strcmp(w, kinds[i][0]))
			return kinds[i][1];
	return NULL;
}

/* "Massacre at Markale", "Explosion at General Santander school in south
 * Bogota", "Bombing of Mariupol theater sheltering civilians": a headline
 * with no finite verb that names an attack and a named place or party it
 * fell on (a proper name after "at", "on", "in", "of", "near", "against")
 * tells the attack; its doer is the attack's own modifier ("Israeli air
 * strike on ...") or unknown, as for a weapon that acts. */
static void S_verbless_headline(S_ctx *c)
{
	static const char *const preps[] = {"AT", "ON", "IN", "OF", "NEAR", "AGAINST", NULL};
	const pm_token *tk = c->s->tokens;
	if (!c->o->one_sided || !c->s->is_headline || !tk || *c->n_out > c->first_out)
		return;
	for (int i = 0; i < c->n_words; i++)
		if (S_finite_tag_of(tk[i].tag))
			return;
	int np = c->t->root;
	while (np >= 0 && S_n(c, np)->kind != PM_NODE_NP) {   /* the headline's first phrase */
		int k = S_n(c, np)->first_child;
		while (k >= 0 && S_n(c, k)->word)
			k = S_n(c, k)->next_sibling;
		np = k;
	}
	if (np < 0)
		return;
	int head = S_n(c, np)->first_child;
	if (head < 0 || S_n(c, head)->kind != PM_NODE_NP)
		return;
	int pp = S_n(c, head)->next_sibling;
	if (pp < 0 || S_n(c, pp)->kind != PM_NODE_PP || !S_pp_is(c, pp, preps))
		return;
	int obj = S_n(c, S_n(c, pp)->first_child)->next_sibling, named = 0;
	if (obj < 0 || S_n(c, obj)->kind != PM_NODE_NP)
		return;
	for (int i = c->first[obj]; i <= c->last[obj]; i++)
		named |= !strncmp(tk[i].tag, "NNP", 3);
	const char *code = S_attack_noun(c, c->last[head]);
	if (!named || !code)
		return;
	S_actors src = {0}, tgt = {0};
	S_np_actors(c, head, &src, 0);
	S_np_actors(c, obj, &tgt, 0);
	if (!tgt.n)
		S_add_actor(&tgt, "---", c->first[obj], c->last[obj]);
	S_pair_events(c, &src, &tgt, code, "", c->last[head], 0, 1);
}

/* "Kiev death toll rises to 77", "Qana toll revised to 28": a headline
 * whose toll rises to a number after a proper name tells the killing
 * there, by an unknown hand; its kind is the attack the headline names
 * before the toll, else an assault. Only when nothing else was coded. */
static void S_toll_headline(S_ctx *c)
{
	static const char *const rises[] = {"RISES", "RISE", "ROSE", "CLIMBS", "CLIMBED", "REACHES",
					    "REACHED", "HITS", "PASSES", "PASSED", "TOPS", "TOPPED",
					    "JUMPS", "SOARS", "SOARED", "REVISED", "RAISED", "NEARS",
					    NULL};
	static const char *const tos[] = {"TO", "ABOVE", "PAST", NULL};
	const pm_token *tk = c->s->tokens;
	if (!c->o->one_sided || !c->s->is_headline || !tk || *c->n_out > c->first_out)
		return;
	for (int i = 1; i + 3 < c->n_words + 1 && i + 2 < c->n_words; i++) {
		if (strcmp(c->words[i], "TOLL") || !pm_str_in(c->words[i + 1], rises))
			continue;
		int k = i + 2 + pm_str_in(c->words[i + 2], tos);
		if (k >= c->n_words || strcmp(tk[k].tag, "CD"))
			return;
		int named = -1;
		const char *code = NULL, *noun;
		for (int j = 0; j < i; j++) {
			if (named < 0 && !strncmp(tk[j].tag, "NNP", 3))
				named = j;
			if ((noun = S_attack_noun(c, j)) != NULL)
				code = noun;
		}
		if (named < 0)
			return;
		S_actors src = {0}, tgt = {0};
		S_add_actor(&tgt, "---", named, named);
		S_pair_events(c, &src, &tgt, code ? code : "190", "", i, 0, 1);
		return;
	}
}

/* A proper name that names no day or month ("Sunday's air raid" is a
 * date, not a party or place). */
static int S_named_token(const S_ctx *c, int tok)
{
	static const char *const dates[] = {
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
		"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
		"SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", NULL};
	return !strncmp(c->s->tokens[tok].tag, "NNP", 3) && !pm_str_in(c->words[tok], dates);
}

static int S_named_in(const S_ctx *c, int first, int last)
{
	for (int i = first; i <= last; i++)
		if (S_named_token(c, i))
			return 1;
	return 0;
}

/* The kind of a happening a body sentence names by its noun: the
 * headline's attack nouns, the taking of ground ("al-Shabaab's seizure
 * of the town", "after the ISIL takeover", "the capture of Goma", "the
 * full liberation of al-Tabqa city"), as a capture is coded (190), and
 * fighting ("RSF, army trade blame for Khartoum fighting", "the siege
 * of Sarajevo"). */
static const char *S_happening_noun(const S_ctx *c, int tok)
{
	static const char *const takings[] = {"SEIZURE", "TAKEOVER", "CAPTURE", "LIBERATION",
					      "MASSACRES", "FIGHTING", "CLASHES", "FIREFIGHT", "SIEGE",
					      "ASSAULT", "INVASION", "OFFENSIVE", NULL};
	static const char *const annexations[] = {"ANNEXATION", "ANNEXATIONS", NULL};
	const char *code = S_attack_noun(c, tok);
	if (code)
		return code;
	if (pm_str_in(c->words[tok], annexations))
		return "192";   /* land taken and kept: an occupation */
	return pm_str_in(c->words[tok], takings) ? (strcmp(c->words[tok], "MASSACRES") ? "190" : "202")
						  : NULL;
}

/* What a phrase after an act's noun says, for S_phrase_after: 1 it is
 * the one sought, 0 pass over it, -1 stop (none is). */
typedef int (*S_pp_test)(const S_ctx *c, int pp, int obj, const void *arg);

/* The NP of the first phrase after np that test takes, however the parser
 * hung the phrases: climbing out of the phrases the noun and they end,
 * up to four levels; -1 when none. */
static int S_phrase_after(const S_ctx *c, int np, S_pp_test test, const void *arg)
{
	int node = np;
	for (int climb = 0; climb < 4 && node >= 0; climb++) {
		for (int pp = S_n(c, node)->next_sibling; pp >= 0; pp = S_n(c, pp)->next_sibling) {
			if (S_n(c, pp)->kind != PM_NODE_PP)
				return -1;
			int obj = S_n(c, S_n(c, pp)->first_child)->next_sibling;
			if (obj < 0 || S_n(c, obj)->kind != PM_NODE_NP)
				continue;
			int t = test(c, pp, obj, arg);
			if (t)
				return t > 0 ? obj : -1;
		}
		int up = S_n(c, node)->parent;
		if (up < 0 || (S_n(c, up)->kind != PM_NODE_NP && S_n(c, up)->kind != PM_NODE_PP))
			return -1;
		node = up;
	}
	return -1;
}

static int S_names_fallen(const S_ctx *c, int pp, int obj, const void *preps)
{
	return S_pp_is(c, pp, preps) && S_named_in(c, c->first[obj], c->last[obj]);
}

/* The named phrase an attack's noun says it fell on: the object of a
 * phrase after it ("the massacre of some 8,000 men and boys at
 * Srebrenica", "the attack on the al-Ahli Baptist Hospital"), passing
 * over phrases that name no one; -1 when none is named. */
static int S_fell_on(const S_ctx *c, int np, const char *const *preps)
{
	return S_phrase_after(c, np, S_names_fallen, preps);
}

static int S_names_doer(const S_ctx *c, int pp, int obj, const void *unused)
{
	static const char *const by[] = {"BY", NULL};
	(void)unused;
	if (!S_pp_is(c, pp, by))
		return 0;
	S_actors a = {0};
	S_np_actors(c, obj, &a, 0);
	return a.n ? 1 : -1;
}

/* "the bombing of a market by rebels", "after the capture of Goma by
 * M23 fighters": the phrase after an act's noun that says who did it
 * ("by" and a noun phrase naming an actor); its NP, or -1. */
static int S_done_by(const S_ctx *c, int np)
{
	return S_phrase_after(c, np, S_names_doer, NULL);
}

/* "An air strike on a hospital in Kunduz killed at least nine staff",
 * "28 people were confirmed dead after Sunday's air raid on a house in
 * Qana", "Civil society counts 36 dead in Oicha massacre", "Thousands
 * flee Mosul after ISIL takeover": a sentence whose verbs code nothing
 * (the toll is told with no doer, the verb is a count, a flight, a
 * statement) but that names an attack by its noun, and a proper name it
 * fell on (after "on", "at", "in", "of", "near", "against") or before
 * it, reports that attack; its doer is the noun's own modifier ("US air
 * strike", "ISIL takeover") or unknown, as for a weapon that acts.
 * Reports of one happening name it so as often as they tell it with a
 * verb, background sentences most of all ("the 2014 kidnapping of more
 * than 200 girls from Chibok"). A sentence whose verbs code only a
 * rebuke or a rejection (11x, 12x) of it reports it too ("Prosecutors
 * hold him responsible for the February 1994 shelling of Sarajevo's
 * Markale market", "Colombia blames ELN for car bomb"): the attack is
 * coded beside the rebuke, and the two, told together, go to the
 * attack's incident. */
/* Words that make an attack named by its noun one awaited, not done. */
static const char *const S_awaited[] = {"EXPECTED", "ANTICIPATED", "PLANNED", "POSSIBLE",
					"IMMINENT", "IMPENDING", "LOOMING", "FEARED", "THREATENED",
					"POTENTIAL", "PROSPECTIVE", NULL};

/* Whether actor code a is a state or its government or army ("ISR",
 * "ISRMIL"), no armed group nor body. */
static int S_state_hand(const char *a)
{
	static const char *const organs[] = {"GOV", "MIL", NULL};
	size_t n = strlen(a);
	if (n < 3 || n % 3 || !isupper((unsigned char)a[0]) || !strncmp(a, "IGO", 3) ||
	    !strncmp(a, "NGO", 3) || !strncmp(a, "IMG", 3))
		return 0;
	for (size_t k = 3; k < n; k += 3) {
		char part[4] = {a[k], a[k + 1], a[k + 2], '\0'};
		if (!pm_str_in(part, organs))
			return 0;
	}
	return 1;
}

/* "Israel's bombing of Iraq's reactor": a state's bombing is done by its
 * air force (195), not by a planted or suicide bomb (183), which is what
 * "bombing" names when an armed group or no one is its doer. */
static const char *S_bombing_by(const S_ctx *c, const char *code, int tok, const S_actors *src)
{
	static const char *const planted[] = {"SUICIDE", "CAR", "TRUCK", "ROADSIDE", NULL};
	if (strcmp(code, "183") || !src->n || (tok > 0 && pm_str_in(c->words[tok - 1], planted)))
		return code;
	for (int i = 0; i < src->n; i++)
		if (!S_state_hand(src->a[i].code))
			return code;
	return "195";
}

/* "the annexation of four Ukrainian regions": a phrase right after the
 * noun that names no proper name but a side by its adjective; its NP, or
 * -1. */
static int S_fell_on_side(S_ctx *c, int np)
{
	static const char *const on[] = {"ON", "OF", "AGAINST", NULL};
	int pp = S_n(c, np)->next_sibling;
	if (pp < 0 || S_n(c, pp)->kind != PM_NODE_PP || !S_pp_is(c, pp, on))
		return -1;
	int obj = S_n(c, S_n(c, pp)->first_child)->next_sibling;
	if (obj < 0 || S_n(c, obj)->kind != PM_NODE_NP)
		return -1;
	S_actors a = {0};
	S_np_actors(c, obj, &a, 0);
	return a.n ? obj : -1;
}

static void S_nominal_attack(S_ctx *c)
{
	static const char *const preps[] = {"AT", "ON", "IN", "OF", "NEAR", "AGAINST", "FROM", NULL};
	/* what is only said, feared or planned: "dismissed reports of a
	 * chemical attack in Douma" */
	static const char *const unreal[] = {
		"REPORT", "REPORTS", "CLAIM", "CLAIMS", "ALLEGATION", "ALLEGATIONS", "ACCUSATION",
		"ACCUSATIONS", "RUMOURS", "RUMORS", "THREAT", "THREATS", "PLAN", "PLANS", "PLOT",
		"PLOTS", "FEAR", "FEARS", "RISK", "WARNING", "WARNINGS", "PREPARATIONS", NULL};
	if (!c->o->one_sided || !c->s->tokens)
		return;
	for (int i = c->first_out; i < *c->n_out; i++) {
		const char *code = (*c->out)[i].code;
		if (strncmp(code, "11", 2) && strncmp(code, "12", 2))
			return;
	}
	for (int i = 0; i < c->t->n_nodes; i++) {
		const pm_node *w = S_n(c, i);
		const char *code;
		if (!w->word || w->parent < 0 || S_n(c, w->parent)->kind != PM_NODE_NP ||
		    strncmp(c->s->tokens[w->token].tag, "NN", 2) ||
		    !(code = S_happening_noun(c, w->token)))
			continue;
		int np = w->parent, tok = w->token, obj = -1;
		if (c->last[np] != tok)   /* the noun heads its phrase: "attack helicopters" do not */
			continue;
		int at = c->first[np];
		if (at >= 2 && (!strcmp(c->words[at - 1], "OF") || !strcmp(c->words[at - 1], "FOR")) &&
		    pm_str_in(c->words[at - 2], unreal))
			continue;
		/* "did not launch the expected assault on Jaffna", "fears of
		 * an imminent offensive": one awaited has not happened */
		int awaited = 0;
		for (int t = at; t < tok; t++)
			awaited |= pm_str_in(c->words[t], S_awaited);
		if (awaited)
			continue;
		/* "a resolution that would have condemned its annexation": a
		 * doer told by a pronoun is found again only across the
		 * clauses the noun sits in, too far to trust */
		if (S_possessive_np(c, np))
			continue;
		obj = S_fell_on(c, np, preps);
		S_actors src = {0}, tgt = {0};
		S_np_actors(c, np, &src, 0);
		int by = src.n ? -1 : S_done_by(c, np);
		if (by >= 0)
			S_np_actors(c, by, &src, 0);
		if (!src.n && S_under_inquiry(c, np))
			continue;   /* "investigated an attack on a monastery" */
		if (obj < 0 && src.n)
			obj = S_fell_on_side(c, np);
		if (obj < 0 && !src.n && !S_named_in(c, c->first[np], tok - 1))
			continue;
		if (obj < 0 && !strcmp(code, "192"))
			continue;   /* an annexation is told by the land it took */
		if (obj < 0 && by >= 0)
			continue;   /* a doer after "by" needs a side it fell on */
		if (obj >= 0)
			S_np_actors(c, obj, &tgt, 0);
		if (!tgt.n)
			S_add_actor(&tgt, "---", obj >= 0 ? c->first[obj] : c->first[np],
				    obj >= 0 ? c->last[obj] : tok);
		S_pair_events(c, &src, &tgt, S_bombing_by(c, code, tok, &src), "", tok, 0, 1);
		return;
	}
}

/* The country a sentence is about, for a happening it names without a
 * doer: that of its first coded event's source, else of its opening
 * noun phrase ("Tunisian President Ben Ali fled"); "---" when the
 * source waits for the place's country; NULL when neither is a state's. */
static const char *S_sentence_country(const S_ctx *c)
{
	S_actors a = {0};
	if (*c->n_out > c->first_out && (*c->out)[c->first_out].source)
		S_add_actor(&a, (*c->out)[c->first_out].source, 0, 0);
	else if (c->n_words && c->np_start[0] >= 0)
		S_np_actors(c, c->np_start[0], &a, 0);
	if (!a.n || strlen(a.a[0].code) < 3)
		return NULL;
	char land[4] = {a.a[0].code[0], a.a[0].code[1], a.a[0].code[2], '\0'};
	/* "police lifted a curfew in Srinagar": a home body the place
	 * will give its country ("---COP") gives it to the happening too */
	if (S_state_hand(land) || (!strcmp(land, "---") && *c->n_out > c->first_out))
		return pm_arena_strndup(c->arena, land, 3);
	return NULL;
}

/* "resigned after weeks of protests over a disputed election", "lifted a
 * curfew after 50 days of violent protests": protests that lasted a
 * span of time (days, weeks, months or a year of them) happened; no one
 * named, they are the country's opposition against its government (145
 * when violent or riots, else 141); so are protests that erupted or
 * spread. Only one such, and not beside a protest the verbs coded. */
static void S_protest_span(S_ctx *c)
{
	static const char *const spans[] = {"DAYS", "WEEKS", "MONTHS", "YEAR", "YEARS", NULL};
	static const char *const protests[] = {"PROTESTS", "DEMONSTRATIONS", "RIOTS", NULL};
	static const char *const spreads[] = {"ERUPTED", "SPREAD", "RAGED", "SWEPT", "ESCALATED", NULL};
	if (!c->o->one_sided || !c->s->tokens)
		return;
	for (int i = c->first_out; i < *c->n_out; i++)
		if (!strncmp((*c->out)[i].code, "14", 2))
			return;
	for (int i = 2; i < c->n_words; i++) {
		if (!pm_str_in(c->words[i], protests) || strncmp(c->s->tokens[i].tag, "NN", 2))
			continue;
		int of = i - 1, violent = !strcmp(c->words[i], "RIOTS");
		while (of > 1 && of > i - 4 && strcmp(c->words[of], "OF")) {
			violent |= !strcmp(c->words[of], "VIOLENT");
			of--;
		}
		/* "as riots erupted in several cities": protests that broke
		 * out or spread are told happening too */
		int broke = i + 1 < c->n_words && pm_str_in(c->words[i + 1], spreads);
		if (broke)
			of = i - 1;
		else if (strcmp(c->words[of], "OF") || !pm_str_in(c->words[of - 1], spans))
			continue;
		const char *land = S_sentence_country(c);
		if (!land)
			return;
		S_actors src = {0}, tgt = {0};
		S_add_actor(&src, S_own_country(c, land, "---OPP"), of + 1, i);
		S_add_actor(&tgt, S_own_country(c, land, "---GOV"), of + 1, i);
		S_pair_events(c, &src, &tgt, violent ? "145" : "141", "", i, 0, 1);
		return;
	}
}

/* "Clash at Shetpe station leaves one dead", "Blast in Kabul market
 * leaves 12 dead": a headline whose attack, named by its noun with the
 * named place it struck, leaves a count of dead tells that attack there;
 * its doer is the noun's own modifier or unknown. Only when the
 * sentence's verbs coded nothing ("leaves" codes nothing of its own). */
static void S_leaves_dead(S_ctx *c)
{
	static const char *const leaves[] = {"LEAVES", "LEAVE", "LEFT", NULL};
	static const char *const counts[] = {"DOZENS", "SCORES", "HUNDREDS", "THOUSANDS", NULL};
	static const char *const preps[] = {"AT", "IN", "ON", "NEAR", NULL};
	const pm_token *tk = c->s->tokens;
	int v = 1;
	while (v + 2 < c->n_words && !pm_str_in(c->words[v], leaves))
		v++;
	if (v + 2 >= c->n_words || strcmp(c->words[v + 2], "DEAD") ||
	    !(!strcmp(tk[v + 1].tag, "CD") || pm_str_in(c->words[v + 1], counts)))
		return;
	/* the subject: attack noun, preposition, a name before the verb */
	int head = -1;
	for (int i = 0; i + 2 < v && head < 0; i++)
		if (pm_str_in(c->words[i + 1], preps) && S_attack_noun(c, i))
			head = i;
	if (head < 0 || !S_named_in(c, head + 2, v - 1))
		return;
	int first = head + 2;
	while (first < v && !S_named_token(c, first))
		first++;
	int last = first;
	while (last + 1 < v && S_named_token(c, last + 1))
		last++;
	S_actors src = {0}, tgt = {0};
	int np = c->np_end[head];
	if (np >= 0)
		S_np_actors(c, np, &src, 0);
	S_np_actors(c, c->np_start[first] >= 0 ? c->np_start[first] : np, &tgt, 0);
	if (!tgt.n)
		S_add_actor(&tgt, "---", first, last);
	S_pair_events(c, &src, &tgt, S_attack_noun(c, head), "", v, 0, 1);
}

/* "Dozens dead in Khan Sheikhoun", "At least 20 dead in Mogadishu": a
 * headline whose verbs code nothing that counts the dead in a named
 * place tells a killing there, by an unknown hand, as a toll headline
 * does. */
static void S_dead_headline(S_ctx *c)
{
	static const char *const counts[] = {"DOZENS", "SCORES", "HUNDREDS", "THOUSANDS", NULL};
	static const char *const preps[] = {"IN", "AT", "NEAR", NULL};
	const pm_token *tk = c->s->tokens;
	if (!c->o->one_sided || !c->s->is_headline || !tk || *c->n_out > c->first_out)
		return;
	for (int i = 1; i + 2 < c->n_words; i++) {
		if (strcmp(c->words[i], "DEAD") ||
		    !(!strcmp(tk[i - 1].tag, "CD") || pm_str_in(c->words[i - 1], counts)) ||
		    !pm_str_in(c->words[i + 1], preps) || !S_named_token(c, i + 2))
			continue;
		int last = i + 2;
		while (last + 1 < c->n_words && S_named_token(c, last + 1))
			last++;
		S_actors src = {0}, tgt = {0};
		S_add_actor(&tgt, "---", i + 2, last);
		S_pair_events(c, &src, &tgt, "190", "", i, 0, 1);
		return;
	}
	S_leaves_dead(c);
}

/* "Iraqi forces were in full control of the disputed city of Kirkuk",
 * "Federal troops in control of Dudayev's palace": a subject that names
 * an actor "in control of" a named place has taken it, as "took control
 * of" tells (190); only when the sentence's verbs code nothing. */
static void S_in_control(S_ctx *c)
{
	static const char *const full[] = {"FULL", "COMPLETE", "TOTAL", NULL};
	if (!c->o->one_sided || !c->s->tokens || *c->n_out > c->first_out)
		return;
	for (int i = 1; i + 2 < c->n_words; i++) {
		int in = i - 1 - (i >= 2 && pm_str_in(c->words[i - 1], full));
		if (strcmp(c->words[i], "CONTROL") || in < 1 || strcmp(c->words[in], "IN") ||
		    strcmp(c->words[i + 1], "OF"))
			continue;
		/* the subject: the noun phrase before "in", or the sentence's
		 * first before a copula ("Iraqi forces were in ...") */
		int end = in - 1;
		if (end > 0 && pm_str_in(c->words[end], S_be_forms))
			end--;
		int subject = c->np_end[end], of = c->np_start[i + 2];
		if (subject < 0 || of < 0 || !S_named_in(c, c->first[of], c->last[of]))
			return;
		/* "U.S.-backed fighters in full control of Manbij": a party
		 * named by its backer is the backer's to the coder, and the
		 * control reader knows better who holds the place */
		for (int k = c->first[subject]; k <= c->last[subject]; k++) {
			size_t len = strlen(c->words[k]);
			if (len >= 6 && !strcmp(c->words[k] + len - 6, "BACKED"))
				return;
		}
		S_actors src = {0}, tgt = {0};
		S_np_actors(c, subject, &src, 0);
		if (!src.n)
			return;
		S_np_actors(c, of, &tgt, 0);
		if (!tgt.n)
			S_add_actor(&tgt, "---", c->first[of], c->last[of]);
		S_pair_events(c, &src, &tgt, "190", "", i, 0, 1);
		return;
	}
}

/* The actor a "-brokered" or "-mediated" word names ("NORWEGIAN-BROKERED",
 * "U.S.-BROKERED", with the words before it: "African Union-brokered"),
 * spanning its tokens; 0 when it names none. */
static int S_broker_word(const S_ctx *c, int tok, S_actor *out)
{
	static const char *const by[] = {"-BROKERED", "-MEDIATED", NULL};
	const char *w = c->words[tok], *dash = strrchr(w, '-');
	if (!dash || dash == w || (size_t)(dash - w) >= 48 || !pm_str_in(dash, by))
		return 0;
	char head[48];
	memcpy(head, w, (size_t)(dash - w));
	head[dash - w] = '\0';
	int32_t ids[3];
	ids[2] = pm_dict_word_index(c->d, head);
	for (int before = 2; before >= 0; before--) {
		if (tok - before < 0)
			continue;
		for (int k = 0; k < before; k++)
			ids[2 - before + k] = c->ids[tok - before + k];
		const pm_actor_entry *e;
		if (pm_dict_match_actor_ids(c->d, ids + 2 - before, before + 1, &e) != before + 1)
			continue;
		out->code = pm_actor_code_on(e, c->date);
		out->first = (int16_t)(tok - before);
		out->last = (int16_t)tok;
		return out->code != NULL;
	}
	return 0;
}

/* "signed a Norwegian-brokered ceasefire", "agree to restore ties in
 * China-brokered deal": the broker a compound word names mediates (045)
 * between the parties of the deal, as "a deal brokered by Norway" does:
 * one act, on the first party of the first cooperation coded before it. */
static void S_compound_broker(S_ctx *c)
{
	for (int tok = 0; tok < c->n_words; tok++) {
		S_actor broker;
		if (!S_broker_word(c, tok, &broker))
			continue;
		int n = *c->n_out;
		for (int i = c->first_out; i < n; i++) {
			const pm_coded_event *ev = &(*c->out)[i];
			if (!ev->source || ev->verb_token >= tok || ev->negated || !S_cooperation(ev->code))
				continue;
			if (strcmp(ev->source, broker.code)) {
				S_actor party = {ev->source, ev->src_first, ev->src_last};
				S_emit(c, &broker, &party, "045", tok, 0);
			}
			break;
		}
	}
}

/* Violence (17x-20x) by a doer the sentence names. */
static int S_violence(const pm_coded_event *e)
{
	return (e->code[0] == '1' && e->code[1] >= '7') || e->code[0] == '2';
}

/* "Al-Shabaab claimed responsibility for the attack on a hotel in
 * Mogadishu": who claims an attack (015) tells its doer. The attack the
 * claim names after "responsibility for" is coded with the claimer as
 * its source and the claim's target as its own (the claim's modality
 * marks it "claimed"). */
static void S_claimed_attack(S_ctx *c)
{
	if (!c->o->one_sided || !c->s->tokens)
		return;
	int n = *c->n_out;
	for (int i = c->first_out; i < n; i++) {
		const pm_coded_event cl = (*c->out)[i];
		if (strcmp(cl.code, "015") || !cl.source || cl.negated || cl.verb_token < 0)
			continue;
		int t = cl.verb_token;
		while (t + 1 < c->n_words && t < cl.verb_token + 3 && strcmp(c->words[t], "RESPONSIBILITY"))
			t++;
		if (t + 1 >= c->n_words || strcmp(c->words[t], "RESPONSIBILITY") ||
		    strcmp(c->words[t + 1], "FOR"))
			return;
		for (int k = t + 2; k < c->n_words && k <= t + 6; k++) {
			const char *code = S_happening_noun(c, k);
			if (!code || strncmp(c->s->tokens[k].tag, "NN", 2) ||
			    (k + 1 < c->n_words && !strncmp(c->s->tokens[k + 1].tag, "NN", 2)))
				continue;
			S_actors src = {0}, tgt = {0};
			S_add_actor(&src, cl.source, cl.src_first, cl.src_last);
			if (cl.target)
				S_add_actor(&tgt, cl.target, cl.tgt_first, cl.tgt_last);
			else
				S_add_actor(&tgt, "---", k, k);
			S_pair_events(c, &src, &tgt, code, "", k, 0, 1);
			return;
		}
		return;
	}
}

/* "Indian and Chinese troops fought with clubs, and 20 Indian soldiers
 * were killed", "riot police stormed the barricades, and at least 25
 * people were killed in the clashes": a killing told in the passive with
 * no doer, in a clause joined by "and" after violence whose doer the
 * sentence names, is that violence's toll, not a second act by an unknown
 * hand. A toll told first ("50 people were killed when a missile struck
 * the station") is the report's own event, with its count, and stays; so
 * does a weapon that acts ("a third bomb exploded"), which is no passive. */
static void S_drop_told_toll(S_ctx *c, int first)
{
	pm_coded_event *ev = *c->out;
	int n = *c->n_out, kept = first;
	for (int i = first; i < n; i++) {
		int tok = ev[i].verb_token, leaf = tok >= 0 ? S_leaf_of(c, tok) : -1;
		int toll = !ev[i].source && S_violence(&ev[i]) && ev[i].code[1] != '7' && leaf >= 0 &&
			   S_n(c, leaf)->parent >= 0 && S_passive(c, S_n(c, leaf)->parent, leaf);
		int told = 0;
		for (int j = first; toll && j < n && !told; j++)
			told = j != i && ev[j].source && !ev[j].negated && S_violence(&ev[j]) &&
			       ev[j].verb_token >= 0 && ev[j].verb_token < tok &&
			       S_next_clause(c, ev[j].verb_token, tok);
		if (!told)
			ev[kept++] = ev[i];
	}
	*c->n_out = kept;
}

/* "Russia sent tanks across the border": forces no text names as
 * another's that a state sends are its own, and aid (07x) to one's own
 * forces is no aid. Sending them somewhere (074) is a deployment the
 * pipeline codes by where they go (074 abroad, 154 at home) and stays. */
static void S_drop_own_aid(S_ctx *c, int first)
{
	static const char *const forces[] = {"---MIL", "---COP", NULL};
	pm_coded_event *ev = *c->out;
	int n = *c->n_out, kept = first;
	for (int i = first; i < n; i++)
		if (!(!strncmp(ev[i].code, "07", 2) && strncmp(ev[i].code, "074", 3) && ev[i].source &&
		      ev[i].target && pm_str_in(ev[i].target, forces)))
			ev[kept++] = ev[i];
	*c->n_out = kept;
}

/* "went on strike, demanding higher wages", "marched on the capital
 * demanding independence": what a protest asks for is the protest's aim,
 * coded in the protest (14x); a demand naming no one beside it is no act
 * of its own. */
static void S_drop_protest_aim(S_ctx *c, int first)
{
	pm_coded_event *ev = *c->out;
	int n = *c->n_out, kept = first;
	for (int i = first; i < n; i++) {
		int protest = 0;
		if (S_open_demand(ev[i].code) && (!ev[i].target || !strcmp(ev[i].target, "---")) &&
		    ev[i].source)
			for (int j = first; j < n && !protest; j++)
				protest = j != i && !strncmp(ev[j].code, "14", 2) && ev[j].source &&
					  !strcmp(ev[j].source, ev[i].source);
		if (!protest)
			ev[kept++] = ev[i];
	}
	*c->n_out = kept;
}

/* "warned it would retaliate", "warned that his fighters would attack
 * the town": the warning is the threat its clause codes (13x), not a
 * pessimistic comment (012) beside it. A warning with no coded threat in
 * it ("warned that the war could spread") stays 012. */
static void S_drop_warning(S_ctx *c, int first)
{
	static const char *const warn[] = {"WARN", "CAUTION", NULL};
	pm_coded_event *ev = *c->out;
	int n = *c->n_out, kept = first;
	for (int i = first; i < n; i++) {
		int tok = ev[i].verb_token, threat = 0;
		if (!strcmp(ev[i].code, "012") && !ev[i].target && ev[i].source && tok >= 0 &&
		    S_verb_in(c, tok, warn))
			for (int j = first; j < n && !threat; j++)
				threat = j != i && !strncmp(ev[j].code, "13", 2) && ev[j].source &&
					 !strncmp(ev[j].source, ev[i].source, 3) && ev[j].verb_token > tok;
		if (!threat)
			ev[kept++] = ev[i];
	}
	*c->n_out = kept;
}

/* ---- judgements told in reported speech -------------------------------------------------- */

/* The doer of an act the sentence told before token tok: "Eritrean troops
 * occupied Badme, and Ethiopia said the move was an act of war". The
 * first earlier event's source that is not the speaker, or NULL. */
static const pm_coded_event *S_earlier_act(const S_ctx *c, int tok, const char *speaker)
{
	for (int i = c->first_out; i < *c->n_out; i++) {
		const pm_coded_event *e = &(*c->out)[i];
		if (e->source && e->verb_token < tok && e->src_last < tok &&
		    strncmp(e->source, speaker, 3))
			return e;
	}
	return NULL;
}

/* "Bush said Russia's actions were unacceptable", "the ministry said the
 * raid was a violation of its sovereignty", "said the operations looked
 * like ethnic cleansing": a judgement told in a reported clause ends a
 * pattern's reach, so the naming verbs' patterns (DESCRIBE: the words a
 * side calls an act or a side it condemns) are read after the clause's
 * copula. The speaker disapproves of (111), accuses (112) or rejects (120)
 * whoever the clause's subject names, or, for an act named without a
 * side ("the move", "the strike"), the doer of the act told before. */
static void S_reported_judgement_at(S_ctx *c, int vp, const pm_verb_block *b)
{
	static const char *const copulas[] = {"IS", "ARE", "WAS", "WERE", "LOOKED", "LOOKS",
					      "AMOUNTED", "AMOUNTS", "CONSTITUTED", "CONSTITUTES", NULL};
	int v = S_vp_verb(c, vp), cl = -1;
	if (v < 0 || !pm_str_in(S_n(c, v)->word, copulas))
		return;
	int top = S_chain_top(c, vp, &cl), speaker = -1;
	if (top != vp || cl < 0 || S_n(c, cl)->kind != PM_NODE_S)
		return;
	int subj = S_subject(c, top, cl), said = S_reporter(c, cl, &speaker);
	if (subj < 0 || said < 0 || speaker < 0 || S_negated(c, vp, top))
		return;
	int tok = S_n(c, v)->token;
	S_window w;
	const pm_pattern *p = S_best_pattern(c, b, tok, tok, tok, c->last[vp], &w);
	if (!p || (strncmp(p->code, "11", 2) && strcmp(p->code, "120")))
		return;
	S_actors who = {0}, whom = {0};
	S_np_actors(c, speaker, &who, 0);
	if (!who.n)
		return;
	/* "the attack on Israel", "the strikes against Syria": a side named
	 * after the act's noun is what it struck, not who did it; "Russia's
	 * actions in Georgia" names its doer before the noun */
	int head = subj;
	while (S_n(c, head)->first_child >= 0 && S_n(c, S_n(c, head)->first_child)->kind == PM_NODE_NP &&
	       S_n(c, S_n(c, head)->first_child)->next_sibling >= 0 &&
	       S_n(c, S_n(c, S_n(c, head)->first_child)->next_sibling)->kind == PM_NODE_PP)
		head = S_n(c, head)->first_child;
	S_np_actors(c, head, &whom, 0);
	S_actor doer;
	if (!whom.n) {
		const pm_coded_event *e = S_earlier_act(c, said < tok ? said : tok, who.a[0].code);
		if (!e)
			return;
		doer.code = e->source;
		doer.first = e->src_first;
		doer.last = e->src_last;
	} else {
		doer = whom.a[0];
	}
	if (strcmp(doer.code, who.a[0].code))
		S_emit(c, &who.a[0], &doer, p->code, said, 0);
}

/* "exercises Taipei called an attempt to intimidate voters", "a move
 * Israel condemned as antisemitic", "in what the U.N. rights chief called
 * ethnic cleansing": an act the sentence told, named by a side in a
 * clause that modifies it. The parse often takes the speaker into the
 * act's noun phrase; the naming verb right after a side's name that
 * follows a common noun (or "what") tells the clause. The side condemns
 * (CONDEMN, DENOUNCE: 111) or names the act (DESCRIBE's patterns) of its
 * doer, the source of the act told before; the naming verb's own reading
 * (its subject taken for the speaker) gives way. */
static void S_named_act_at(S_ctx *c, int v, const pm_verb_block *b)
{
	static const char *const naming[] = {"CALLED", "DESCRIBED", "BRANDED", "TERMED", "DUBBED",
					     "LABELLED", "LABELED", NULL};
	static const char *const condemning[] = {"CONDEMNED", "DENOUNCED", "DECRIED", NULL};
	int cond = pm_str_in(c->words[v], condemning);
	if (v < 2 || (!cond && !pm_str_in(c->words[v], naming)))
		return;
	int np = S_np_ending(c, v - 1);
	if (np < 0)
		return;
	S_actors who = {0};
	S_np_actors(c, np, &who, 0);
	if (!who.n)
		return;
	/* the side's name: the proper nouns right before the verb */
	int head = v - 1;
	while (head >= c->first[np] && !strncmp(c->t->nodes[S_leaf_of(c, head)].label, "NNP", 3))
		head--;
	int before = c->first[np] > 0 ? c->first[np] - 1 : -1;
	int what = before >= 0 && !strcmp(c->words[before], "WHAT");
	const char *tag = head >= c->first[np] && head < v - 1 ?
			  c->t->nodes[S_leaf_of(c, head)].label : "";
	if (!what && strcmp(tag, "NN") && strcmp(tag, "NNS"))
		return;
	if (!what) {
		who.a[0].first = (int16_t)(head + 1);
		who.a[0].last = (int16_t)(v - 1);
	}
	char code[8] = "111";
	if (!cond) {
		S_window w;
		const pm_pattern *p = S_best_pattern(c, b, v, v, v, c->n_words - 1, &w);
		if (!p || (strncmp(p->code, "11", 2) && strcmp(p->code, "120")))
			return;
		pm_strlcpy(code, p->code, sizeof(code));
	}
	const pm_coded_event *e = S_earlier_act(c, who.a[0].first, who.a[0].code);
	if (!e || !strcmp(e->source, who.a[0].code))
		return;
	S_actor doer = {e->source, e->src_first, e->src_last};
	int kept = c->first_out;
	for (int i = c->first_out; i < *c->n_out; i++)
		if ((*c->out)[i].verb_token != v)
			(*c->out)[kept++] = (*c->out)[i];
	*c->n_out = kept;
	S_emit(c, &who.a[0], &doer, code, v, 0);
}

static void S_reported_judgement(S_ctx *c)
{
	const pm_verb_form *f;
	if (pm_dict_verb_forms(c->d, "DESCRIBED", &f) <= 0)
		return;
	const pm_verb_block *b = pm_dict_block(c->d, f[0].block);
	int n = c->t->n_nodes;
	for (int i = 0; i < n; i++)
		if (c->t->nodes[i].kind == PM_NODE_VP)
			S_reported_judgement_at(c, i, b);
	for (int v = 0; v < c->n_words; v++)
		S_named_act_at(c, v, b);
}

/* The place a visit aside names: the NP of "visiting X" or of the "to"
 * phrase after "on a visit", among the nodes from k to the closing
 * comma; -1 when the aside is no visit. */
static int S_visit_place(const S_ctx *c, int k)
{
	static const char *const to[] = {"TO", NULL}, *const on[] = {"ON", "DURING", NULL};
	if (S_n(c, k)->kind == PM_NODE_VP) {
		int verb = S_vp_verb(c, k);
		if (verb < 0 || strcmp(c->words[S_n(c, verb)->token], "VISITING"))
			return -1;
		for (int g = S_n(c, k)->first_child; g >= 0; g = S_n(c, g)->next_sibling)
			if (S_n(c, g)->kind == PM_NODE_NP)
				return g;
		return -1;
	}
	if (S_n(c, k)->kind != PM_NODE_PP || !S_pp_is(c, k, on) || c->last[k] < 0 ||
	    (strcmp(c->words[c->last[k]], "VISIT") && strcmp(c->words[c->last[k]], "TRIP")))
		return -1;
	for (int g = S_n(c, k)->next_sibling; g >= 0 && !S_n(c, g)->word; g = S_n(c, g)->next_sibling)
		if (S_n(c, g)->kind == PM_NODE_PP && S_pp_is(c, g, to)) {
			int np = S_n(c, S_n(c, g)->first_child)->next_sibling;
			return np >= 0 && S_n(c, np)->kind == PM_NODE_NP ? np : -1;
		}
	return -1;
}

/* "Clinton, visiting Kigali, acknowledged ...", "Abe, on a visit to
 * Cairo, pledged ...", "Modi, on the first visit by an Indian premier to
 * Israel, hailed ...": an aside between commas after a clause's subject
 * that tells its visit is a visit (042) to the place's country, besides
 * what the clause codes. */
static void S_visit_aside(S_ctx *c)
{
	for (int i = 0; i < c->t->n_nodes; i++) {
		int head = S_n(c, i)->first_child;
		if (S_n(c, i)->kind != PM_NODE_NP || S_n(c, i)->parent < 0 ||
		    S_n(c, S_n(c, i)->parent)->kind != PM_NODE_S || head < 0 ||
		    S_n(c, head)->kind != PM_NODE_NP)
			continue;
		int comma = S_n(c, head)->next_sibling;
		if (comma < 0 || !S_n(c, comma)->word || strcmp(S_n(c, comma)->label, ","))
			continue;
		int aside = S_n(c, comma)->next_sibling;
		int place = aside >= 0 ? S_visit_place(c, aside) : -1;
		if (place < 0)
			continue;
		S_actors src = {0}, tgt = {0};
		S_np_actors(c, head, &src, 0);
		S_np_actors(c, place, &tgt, 0);
		S_drop_sources(&tgt, &src);
		if (src.n && tgt.n)
			S_pair_events(c, &src, &tgt, "042", "", c->first[aside], 0, 1);
	}
}

int pm_code_sentence(const pm_dict *d, const pm_code_options *opts, const pm_sentence *s,
		     int date, pm_arena *a, pm_coded_event **out, int *n_out)
{
	pm_code_options defaults = PM_CODE_OPTIONS_INIT;
	const pm_tree *t = &s->tree;
	if (t->root < 0)
		return pm_error_set(PM_EINVALID, "sentence %d has no tree", s->index);
	S_ctx c;
	memset(&c, 0, sizeof(c));
	c.d = d;
	c.o = opts ? opts : &defaults;
	c.s = s;
	c.t = t;
	c.date = date;
	c.arena = a;
	c.out = out;
	c.n_out = n_out;
	c.cap_out = *n_out;
	c.n_words = t->n_words;
	c.words = pm_arena_alloc(a, (size_t)(c.n_words ? c.n_words : 1) * sizeof(char *));
	c.consumed = pm_arena_alloc(a, (size_t)(c.n_words ? c.n_words : 1));
	c.iw = pm_arena_alloc(a, (size_t)(c.n_words ? c.n_words : 1) * sizeof(char *));
	for (int i = 0; i < t->n_nodes; i++)
		if (t->nodes[i].word)
			c.words[t->nodes[i].token] = t->nodes[i].word;
	c.ids = pm_arena_alloc(a, (size_t)(c.n_words ? c.n_words : 1) * sizeof(int32_t));
	for (int i = 0; i < c.n_words; i++) {
		c.ids[i] = pm_dict_word_index(d, c.words[i]);
		c.iw[i] = pm_dict_word_at(d, c.ids[i]);
		if (c.ids[i] < 0 && c.o->one_sided)
			c.ids[i] = S_compound_owner(&c, c.words[i]);
	}
	S_index_present(&c);
	int discard = S_discard(&c);
	if (discard)
		return discard == 2 ? PM_DISCARD_STORY : PM_DISCARD_SENTENCE;
	S_spans(&c);
	c.np_cache = pm_arena_alloc(a, (size_t)t->n_nodes * sizeof(S_actors *));
	S_index_nps(&c);
	int first = *n_out;
	c.first_out = first;
	for (int i = 0; i < t->n_nodes; i++)
		if (t->nodes[i].kind == PM_NODE_VP)
			S_code_vp(&c, i);
	S_verbless_headline(&c);
	S_toll_headline(&c);
	S_dead_headline(&c);
	S_in_control(&c);
	S_nominal_attack(&c);
	S_protest_span(&c);
	S_claimed_attack(&c);
	if (c.o->one_sided) {
		S_visit_aside(&c);
		S_compound_broker(&c);
		S_reported_judgement(&c);
		S_domestic_targets(&c, first);
		S_drop_told_toll(&c, first);
		S_drop_own_aid(&c, first);
		S_drop_warning(&c, first);
		S_drop_protest_aim(&c, first);
	}
	return PM_CODED;
}
