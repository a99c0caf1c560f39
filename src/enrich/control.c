/* control.c - gains, losses and holds of places, read from the words.
 *
 * Each statement is found from a trigger: a verb ("captured", "withdrew",
 * "controls"), a noun in a fixed phrase ("took control of", "under M23
 * control", "in government hands", "its stronghold of Sirte") or a
 * compound adjective ("IS-held", "government-controlled"). From the
 * trigger we read three things with short token walks bounded by clause
 * words: the place (the object, the passive subject or the noun the
 * adjective modifies: a place name, or "the city" standing for one named
 * before), the party (the subject, the by-agent, the "to Y" of "fell to
 * Y", the possessor, the first half of "IS-held") and how sure the
 * sentence is (denied, claimed by the party itself, or dropped when it is
 * only intended: "ordered troops to withdraw"; an effort to take a town
 * back, "an offensive to retake Mosul", is read as the side's admitted
 * loss). Tags help where they are present; every walk also works on
 * words alone. */
#include "enrich/control.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "enrich/attribution.h"
#include "enrich/enrich_words.h"
#include "enrich/modality.h"
#include "util/error.h"
#include "util/str.h"

#define S_MAX_STMTS 24
#define S_MAX_MENTIONS 24
#define S_MAX_WORDS 24
#define S_WINDOW 12

/* ---- The trigger words ----------------------------------------------------------- */

/* What a verb says when its object (or its subject, passive) is a place. */
enum {
	V_NONE = 0,
	V_CAPTURE,   /* capture, seize, retake, liberate, overrun, occupy, regain: a gain */
	V_TAKE,      /* take: a gain only with a place, "over" or "control of" */
	V_SECURE,    /* secure, recover: a gain with a place object */
	V_ENTER,     /* enter, return to: a gain when the other side is told leaving */
	V_WITHDRAW,  /* withdraw, retreat: a loss (from X; none: the sentence's place) */
	V_PULL,      /* pull out / pull back: a loss */
	V_LOSE,      /* lose X, lose control of X: a loss; "to Y" also a gain for Y */
	V_ABANDON,   /* abandon, evacuate, leave, flee: a loss by an armed party */
	V_HAND,      /* hand (over/back) X to Y, cede/concede X to Y: Y gains, the subject loses */
	V_FALL,      /* X fell to Y: Y gains */
	V_DRIVE,     /* drive/push/expel/oust/chase X out of Y: X loses */
	V_HOLD,      /* hold, control, run, defend X: a hold */
	V_KEEP,      /* keep, retain, maintain, have (control of X): a hold */
	V_TIGHTEN,   /* tighten (a grip on X): a hold */
	V_REMAIN,    /* remain, stay, be (in control of / under X control / in X hands) */
	V_COME,      /* come (under X control): a gain */
	V_DECLARE,   /* declare victory (over X) in Y: a gain */
	V_CLEAR      /* clear X of Y: a gain, Y loses */
};

typedef struct {
	const char *form;
	unsigned char verb;
	unsigned char past;   /* a past form no noun shares: a verb whatever its tag */
} S_word;

/* Every inflected form, in strcmp order for bsearch (pm_control_words_ok
 * checks the order). Forms rather than lemmas: the lemmatizer is absent
 * for given trees, and a form list is exact. */
static const S_word S_words[] = {
	{"abandon", V_ABANDON, 0}, {"abandoned", V_ABANDON, 1}, {"abandoning", V_ABANDON, 0},
	{"abandons", V_ABANDON, 0}, {"assume", V_TAKE, 0}, {"assumed", V_TAKE, 1},
	{"assumes", V_TAKE, 0}, {"assuming", V_TAKE, 0}, {"came", V_COME, 1},
	{"capture", V_CAPTURE, 0}, {"captured", V_CAPTURE, 1}, {"captures", V_CAPTURE, 0},
	{"capturing", V_CAPTURE, 0}, {"cede", V_HAND, 0}, {"ceded", V_HAND, 1},
	{"cedes", V_HAND, 0}, {"ceding", V_HAND, 0}, {"chase", V_DRIVE, 0},
	{"chased", V_DRIVE, 1}, {"chases", V_DRIVE, 0}, {"chasing", V_DRIVE, 0},
	{"clear", V_CLEAR, 0}, {"cleared", V_CLEAR, 1}, {"clearing", V_CLEAR, 0},
	{"clears", V_CLEAR, 0}, {"come", V_COME, 0}, {"comes", V_COME, 0},
	{"coming", V_COME, 0}, {"complete", V_TAKE, 0}, {"completed", V_TAKE, 1},
	{"completes", V_TAKE, 0}, {"completing", V_TAKE, 0}, {"concede", V_HAND, 0},
	{"conceded", V_HAND, 1}, {"concedes", V_HAND, 0}, {"conceding", V_HAND, 0},
	{"conquer", V_CAPTURE, 0}, {"conquered", V_CAPTURE, 1}, {"conquering", V_CAPTURE, 0},
	{"conquers", V_CAPTURE, 0}, {"control", V_HOLD, 0}, {"controlled", V_HOLD, 1},
	{"controlling", V_HOLD, 0}, {"controls", V_HOLD, 0}, {"declare", V_DECLARE, 0},
	{"declared", V_DECLARE, 1}, {"declares", V_DECLARE, 0}, {"declaring", V_DECLARE, 0},
	{"defend", V_HOLD, 0}, {"defended", V_HOLD, 1}, {"defending", V_HOLD, 0},
	{"defends", V_HOLD, 0}, {"drive", V_DRIVE, 0}, {"driven", V_DRIVE, 1},
	{"drives", V_DRIVE, 0}, {"driving", V_DRIVE, 0}, {"drove", V_DRIVE, 1},
	{"enter", V_ENTER, 0}, {"entered", V_ENTER, 1}, {"entering", V_ENTER, 0},
	{"enters", V_ENTER, 0}, {"establish", V_TAKE, 0}, {"established", V_TAKE, 1},
	{"establishes", V_TAKE, 0}, {"establishing", V_TAKE, 0}, {"evacuate", V_ABANDON, 0},
	{"evacuated", V_ABANDON, 1}, {"evacuates", V_ABANDON, 0}, {"evacuating", V_ABANDON, 0},
	{"expel", V_DRIVE, 0}, {"expelled", V_DRIVE, 1}, {"expelling", V_DRIVE, 0},
	{"expels", V_DRIVE, 0}, {"fall", V_FALL, 0}, {"fallen", V_FALL, 1},
	{"falling", V_FALL, 0}, {"falls", V_FALL, 0}, {"fell", V_FALL, 1},
	{"fled", V_ABANDON, 1}, {"flee", V_ABANDON, 0}, {"fleeing", V_ABANDON, 0},
	{"flees", V_ABANDON, 0}, {"force", V_DRIVE, 0}, {"forced", V_DRIVE, 0},
	{"forcing", V_DRIVE, 0}, {"free", V_CAPTURE, 0}, {"freed", V_CAPTURE, 1},
	{"freeing", V_CAPTURE, 0}, {"frees", V_CAPTURE, 0}, {"gain", V_CAPTURE, 0},
	{"gained", V_CAPTURE, 1}, {"gaining", V_CAPTURE, 0}, {"gains", V_CAPTURE, 0},
	{"guard", V_HOLD, 0}, {"guarded", V_HOLD, 0}, {"guarding", V_HOLD, 0},
	{"guards", V_HOLD, 0},
	{"had", V_KEEP, 0}, {"hand", V_HAND, 0}, {"handed", V_HAND, 1}, {"handing", V_HAND, 0},
	{"hands", V_HAND, 0}, {"has", V_KEEP, 0}, {"have", V_KEEP, 0}, {"having", V_KEEP, 0},
	{"held", V_HOLD, 1}, {"hold", V_HOLD, 0}, {"holding", V_HOLD, 0}, {"holds", V_HOLD, 0},
	{"keep", V_KEEP, 0}, {"keeping", V_KEEP, 0}, {"keeps", V_KEEP, 0}, {"kept", V_KEEP, 1},
	{"leave", V_ABANDON, 0}, {"leaves", V_ABANDON, 0}, {"leaving", V_ABANDON, 0},
	{"left", V_ABANDON, 0}, {"liberate", V_CAPTURE, 0}, {"liberated", V_CAPTURE, 1},
	{"liberates", V_CAPTURE, 0}, {"liberating", V_CAPTURE, 0}, {"lose", V_LOSE, 0},
	{"loses", V_LOSE, 0}, {"losing", V_LOSE, 0}, {"lost", V_LOSE, 1},
	{"maintain", V_KEEP, 0}, {"maintained", V_KEEP, 1}, {"maintaining", V_KEEP, 0},
	{"maintains", V_KEEP, 0}, {"march", V_CAPTURE, 0}, {"marched", V_CAPTURE, 1},
	{"marches", V_CAPTURE, 0}, {"marching", V_CAPTURE, 0}, {"occupied", V_CAPTURE, 1},
	{"occupies", V_CAPTURE, 0}, {"occupy", V_CAPTURE, 0}, {"occupying", V_CAPTURE, 0},
	{"oust", V_DRIVE, 0}, {"ousted", V_DRIVE, 1}, {"ousting", V_DRIVE, 0},
	{"ousts", V_DRIVE, 0}, {"overran", V_CAPTURE, 1}, {"overrun", V_CAPTURE, 1},
	{"overrunning", V_CAPTURE, 0}, {"overruns", V_CAPTURE, 0}, {"pour", V_CAPTURE, 0},
	{"poured", V_CAPTURE, 1}, {"pouring", V_CAPTURE, 0}, {"pours", V_CAPTURE, 0},
	{"pull", V_PULL, 0}, {"pulled", V_PULL, 1}, {"pulling", V_PULL, 0},
	{"pulls", V_PULL, 0}, {"push", V_DRIVE, 0}, {"pushed", V_DRIVE, 1},
	{"pushes", V_DRIVE, 0}, {"pushing", V_DRIVE, 0}, {"recapture", V_CAPTURE, 0},
	{"recaptured", V_CAPTURE, 1}, {"recaptures", V_CAPTURE, 0},
	{"recapturing", V_CAPTURE, 0}, {"reclaim", V_CAPTURE, 0}, {"reclaimed", V_CAPTURE, 1},
	{"reclaiming", V_CAPTURE, 0}, {"reclaims", V_CAPTURE, 0}, {"recover", V_SECURE, 0},
	{"recovered", V_SECURE, 1}, {"recovering", V_SECURE, 0}, {"recovers", V_SECURE, 0},
	{"regain", V_CAPTURE, 0}, {"regained", V_CAPTURE, 1}, {"regaining", V_CAPTURE, 0},
	{"regains", V_CAPTURE, 0}, {"remain", V_REMAIN, 0}, {"remained", V_REMAIN, 1},
	{"remaining", V_REMAIN, 0}, {"remains", V_REMAIN, 0}, {"retain", V_KEEP, 0},
	{"retained", V_KEEP, 1}, {"retaining", V_KEEP, 0}, {"retains", V_KEEP, 0},
	{"retake", V_CAPTURE, 0}, {"retaken", V_CAPTURE, 1}, {"retakes", V_CAPTURE, 0},
	{"retaking", V_CAPTURE, 0}, {"retook", V_CAPTURE, 1}, {"retreat", V_WITHDRAW, 0},
	{"retreated", V_WITHDRAW, 1}, {"retreating", V_WITHDRAW, 0},
	{"retreats", V_WITHDRAW, 0}, {"return", V_ENTER, 0}, {"returned", V_ENTER, 1},
	{"returning", V_ENTER, 0}, {"returns", V_ENTER, 0}, {"roll", V_CAPTURE, 0},
	{"rolled", V_CAPTURE, 1}, {"rolling", V_CAPTURE, 0}, {"rolls", V_CAPTURE, 0},
	{"rout", V_DRIVE, 0}, {"routed", V_DRIVE, 1}, {"routing", V_DRIVE, 0},
	{"routs", V_DRIVE, 0}, {"rule", V_HOLD, 0}, {"ruled", V_HOLD, 1}, {"rules", V_HOLD, 0},
	{"ruling", V_HOLD, 0}, {"run", V_HOLD, 0}, {"running", V_HOLD, 0}, {"runs", V_HOLD, 0},
	{"secure", V_SECURE, 0}, {"secured", V_SECURE, 1}, {"secures", V_SECURE, 0},
	{"securing", V_SECURE, 0}, {"seize", V_CAPTURE, 0}, {"seized", V_CAPTURE, 1},
	{"seizes", V_CAPTURE, 0}, {"seizing", V_CAPTURE, 0}, {"stay", V_REMAIN, 0},
	{"stayed", V_REMAIN, 1}, {"stays", V_REMAIN, 0}, {"storm", V_CAPTURE, 0},
	{"stormed", V_CAPTURE, 1}, {"storming", V_CAPTURE, 0}, {"storms", V_CAPTURE, 0},
	{"surrender", V_HAND, 0}, {"surrendered", V_HAND, 1}, {"surrendering", V_HAND, 0},
	{"surrenders", V_HAND, 0}, {"sweep", V_CAPTURE, 0}, {"sweeping", V_CAPTURE, 0},
	{"sweeps", V_CAPTURE, 0}, {"swept", V_CAPTURE, 0}, {"take", V_TAKE, 0},
	{"taken", V_TAKE, 1}, {"takes", V_TAKE, 0}, {"taking", V_TAKE, 0},
	{"tighten", V_TIGHTEN, 0}, {"tightened", V_TIGHTEN, 1}, {"tightening", V_TIGHTEN, 0},
	{"tightens", V_TIGHTEN, 0}, {"took", V_TAKE, 1}, {"walk", V_CAPTURE, 0}, {"walked", V_CAPTURE, 1}, {"walking", V_CAPTURE, 0},
	{"walks", V_CAPTURE, 0}, {"withdraw", V_WITHDRAW, 0},
	{"withdrawing", V_WITHDRAW, 0}, {"withdrawn", V_WITHDRAW, 1},
	{"withdraws", V_WITHDRAW, 0}, {"withdrew", V_WITHDRAW, 1}, {"wrest", V_CAPTURE, 0},
	{"wrested", V_CAPTURE, 1}, {"wresting", V_CAPTURE, 0}, {"wrests", V_CAPTURE, 0},
};

/* Words that open a statement other than the verbs: "control" (in
 * control of X; under X control), "rule" and "hands" (under X rule, in X
 * hands), a stronghold or base ("its stronghold of Sirte"), a raised
 * flag, a withdrawal, nouns of taking ("the fall of Mosul") and the words
 * of a fight for a place ("fighting for Bakhmut", "neither side holds"). */
enum {
	N_CONTROL = 1, N_UNDER = 2, N_STRONGHOLD = 4, N_FLAG = 8, N_NOMINAL = 16,
	N_WITHDRAWAL = 32,   /* "the withdrawal from Kherson" */
	N_CONTEST = 64,      /* fighting for a place: "fighting", "battles", "pushed", "neither" */
	N_BACK = 128         /* "soldiers were back in Lalibela" */
};
static const struct {
	const char *form;
	int kinds;
} S_nouns[] = {
	{"control", N_CONTROL | N_UNDER},
	{"rule", N_UNDER},
	{"hands", N_UNDER},
	{"stronghold", N_STRONGHOLD},
	{"bastion", N_STRONGHOLD},
	{"enclave", N_STRONGHOLD},
	{"capital", N_STRONGHOLD},
	{"base", N_STRONGHOLD},
	{"flag", N_FLAG},
	{"withdrawal", N_WITHDRAWAL},
	{"pullout", N_WITHDRAWAL},
	{"pull-out", N_WITHDRAWAL},
	{"fall", N_NOMINAL},
	{"capture", N_NOMINAL},
	{"seizure", N_NOMINAL},
	{"recapture", N_NOMINAL},
	{"takeover", N_NOMINAL},
	{"liberation", N_NOMINAL},
	{"neither", N_CONTEST},
	{"divided", N_CONTEST},
	{"fighting", N_CONTEST},
	{"battles", N_CONTEST},
	{"battle", N_CONTEST},
	{"clashes", N_CONTEST},
	{"gunbattles", N_CONTEST},
	{"combat", N_CONTEST},
	{"pushed", N_CONTEST},
	{"push", N_CONTEST},
	{"pushes", N_CONTEST},
	{"advanced", N_CONTEST},
	{"advance", N_CONTEST},
	{"advances", N_CONTEST},
	{"fought", N_CONTEST},
	{"battled", N_CONTEST},
	{"battling", N_CONTEST},
	{"back", N_BACK},
};

/* Per first letter, a bit per second letter that some trigger (a form in
 * S_words or a noun in S_nouns) begins with: most tokens ("the", "said",
 * "of") are turned away by it before any comparison. pm_control_words_ok
 * checks that every trigger passes ("wo" is for "won back", S_word_at). */
static const uint32_t S_pairs[26] = {
	0x004000a, 0x0000001, 0x0004891, 0x0020110, 0x0a42000, 0x0024911,
	0x0100001, 0x0004011, 0x0000000, 0x0000000, 0x0000010, 0x0004110,
	0x0000001, 0x0000010, 0x0300004, 0x0104000, 0x0000000, 0x0104010,
	0x0580010, 0x0004101, 0x0000000, 0x0000000, 0x0024101, 0x0000000,
	0x0000000, 0x0000000
};

/* 0 when t (any case) cannot be a trigger word; 1 when it may be. */
static int S_maybe(const char *t)
{
	unsigned a = (unsigned)((t[0] | 0x20) - 'a'), b = (unsigned)((t[1] | 0x20) - 'a');
	return a < 26 && b < 26 && (S_pairs[a] >> b & 1);
}

/* The N_ kinds of the noun t (any case), 0 when it is none. */
static int S_noun_kinds(const char *t)
{
	if (!S_maybe(t))
		return 0;
	for (size_t k = 0; k < sizeof(S_nouns) / sizeof(S_nouns[0]); k++)
		if ((t[0] | 0x20) == S_nouns[k].form[0] && !strcasecmp(t, S_nouns[k].form))
			return S_nouns[k].kinds;
	return 0;
}

static int S_word_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const S_word *)elem)->form);
}

int pm_control_words_ok(void)
{
	size_t n = sizeof(S_words) / sizeof(S_words[0]);
	for (size_t i = 1; i < n; i++)
		if (strcmp(S_words[i - 1].form, S_words[i].form) >= 0)
			return 0;
	for (size_t i = 0; i < n; i++)
		if (!S_maybe(S_words[i].form))
			return 0;
	for (size_t i = 0; i < sizeof(S_nouns) / sizeof(S_nouns[0]); i++)
		if (!S_maybe(S_nouns[i].form) || !S_noun_kinds(S_nouns[i].form))
			return 0;
	return 1;
}

/* Nouns that stand for a town or a part of one: "took control of the
 * town", "seized the airport" (a part counts for its town). */
static const char *const S_town_nouns[] = {
	"city", "town", "village", "capital", "port", "area", "district", "districts",
	"neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "centre", "center",
	"airport", "base", "bases", "headquarters", "citadel", "stronghold", "bastion",
	"garrison", "downtown", "seat", "hub", "township", "it", NULL};
/* Nouns that stand for a region: "the IS-held province". */
static const char *const S_region_nouns[] = {"province", "region", "governorate", "oblast",
					     NULL};
/* Posts a force abandons or withdraws from stand for the town. */
static const char *const S_post_nouns[] = {"positions", "posts", "barracks", "checkpoints",
					  "camp", "camps", "outpost", "outposts", NULL};
/* Words that end a place phrase after its noun: "the city north of
 * Baghdad" is not Baghdad. */
static const char *const S_away[] = {
	"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"near", "outside", "beyond", "toward", "towards", "from", "to", "into", "across", NULL};
/* Words that end a clause when walking from a trigger. */
static const char *const S_stops[] = {
	";", ":", "--", "after", "before", "as", "when", "while", "since", "because", "but",
	"although", "though", "whereas", "until", "if", "unless", "that", "which", "who",
	"whom", "whose", "where", "said", "says", "say", "told", "according", "and", NULL};
/* Auxiliaries and adverbs inside a verb group. */
static const char *const S_group_words[] = {
	"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "'s", "'ve",
	"not", "n't", "never", "still", "also", "now", "already", "reportedly", "finally",
	"formally", "fully", "largely", "then", "just", "effectively", "again", "apparently",
	"yet", "completely", "partially", "officially", "firmly", "briefly", "quickly",
	"eventually", "later", "earlier", "once", "successfully", "mostly", "allegedly",
	"purportedly", "will", "would", "could", "may", "might", "did", "does", "do", NULL};
static const char *const S_be[] = {"is", "are", "was", "were", "be", "been", "being", "'s",
				   "remains", "remained", "remain", "got", "get", NULL};
/* Pronouns that point back to a party named before. */
static const char *const S_pronouns[] = {"they", "it", "its", "their", "he", "his", "she",
					 "her", "them", "who", "which", "that", "we", "our",
					 NULL};
/* "the group", "the militants": a party named before, when one was. */
static const char *const S_generic_heads[] = {
	"group", "militants", "jihadists", "insurgents", "rebels", "islamists", "terrorists",
	"fighters", "extremists", "organisation", "organization", "movement", "militia",
	"militias", "paramilitary", "paramilitaries", "separatists", "alliance", NULL};
/* Openers of a phrase set between commas inside a subject: "Army units,
 * backed by allied forces, entered". */
static const char *const S_aside[] = {"backed", "led", "supported", "including", "aligned",
				      "loyal", "allied", "known", "helped", "aided", NULL};
static int S_in_word(const char *w, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (!strcasecmp(w, list[k]))
			return 1;
	return 0;
}

/* "troops backed by Hezbollah": the backer is not the party ("led by"
 * names it). */
static const char *const S_backers[] = {"backed", "supported", "helped", "aided", "assisted",
					NULL};
/* Control verbs after which an infinitive still reports a change. */
static const char *const S_to_real[] = {"managed", "manages", "manage", "continue",
					"continues", "continued", "continuing", NULL};
/* ("rallied demanding that British troops leave the city": the
 * participle asks as the finite verb does) */
static const char *const S_asking[] = {"demanded", "demands", "demand", "demanding", "urged",
				       "urges", "urging", "asked", "asks", "asking", "called",
				       "calls", "calling", "insisted", "insisting", "proposed",
				       "ordered", "requested", "recommended", NULL};
/* What is secured that is no place. */
static const char *const S_secured_things[] = {"release", "freedom", "deal", "agreement",
					       "support", "funding", "approval", "votes", "loan",
					       "ceasefire", "truce", "return", "access", NULL};
static const char *const S_claim_nouns[] = {"claim", "claims", "claimed", "claiming", NULL};
static const char *const S_rejecting[] = {"rejected", "rejects", "reject", "rejecting",
					  "denied", "denies", "deny", "denying", "dismissed",
					  "dismisses", "dismiss", "refuted", NULL};

/* ---- The reading context ----------------------------------------------------------- */

enum { W_TOWN = 0, W_REGION = 1, W_CAPITAL = 2 };

typedef struct {
	const pm_doc *doc;
	const pm_sentence *s;
	int si;
	const pm_place_doc *pd;
	const pm_coded_event *evs;
	int n_evs;
	pm_control_code_fn code;
	pm_control_code_fn affiliate;
	void *code_ctx;
	pm_arena *a;
	pm_place m[S_MAX_MENTIONS];   /* this sentence's place mentions (no countries) */
	int n_m;
	pm_control_stmt st[S_MAX_STMTS];
	int obj_lo[S_MAX_STMTS], obj_hi[S_MAX_STMTS];  /* each statement's object words */
	uint8_t weak[S_MAX_STMTS];    /* "entered": kept only beside the other side leaving */
	uint8_t bg[S_MAX_STMTS];      /* background: support for a weak one, never kept */
	int background;               /* the statement being added is background */
	int began;                    /* a past hold "since X": its start is the news */
	int denying;                  /* a denial that points back to a claim told before */
	int retaking;                 /* an effort to take back: the side's admitted loss */
	int n;
} S_ctx;

static const char *S_text(const S_ctx *c, int i)
{
	return pm_ew_text(c->s, i);
}

static int S_is(const S_ctx *c, int i, const char *w)
{
	return pm_ew_is(c->s, i, w);
}

static int S_in(const S_ctx *c, int i, const char *const *list)
{
	return pm_ew_in(c->s, i, list) >= 0;
}

static const S_word *S_lookup(const char *low)
{
	return bsearch(low, S_words, sizeof(S_words) / sizeof(S_words[0]), sizeof(S_words[0]),
		       S_word_cmp);
}

/* "won back Palmyra": "win" is a gain only with "back" */
static const S_word S_won_back = {"won", V_CAPTURE, 1};

static const S_word *S_word_at(const pm_sentence *s, int i)
{
	char low[24];
	const char *t = pm_ew_text(s, i);
	if (!S_maybe(t))
		return NULL;
	size_t n = strlen(t);
	if (n == 0 || n >= sizeof(low))
		return NULL;
	for (size_t k = 0; k <= n; k++)
		low[k] = (char)tolower((unsigned char)t[k]);
	const S_word *w = S_lookup(low);
	if (!w && (!strcmp(low, "won") || !strcmp(low, "win") || !strcmp(low, "wins") ||
		   !strcmp(low, "winning")) && pm_ew_is(s, i + 1, "back"))
		return &S_won_back;
	if (w || n < 5)
		return w;
	/* "re-entered", "re-took", "reoccupied": the verb again; without
	 * the hyphen only verbs of taking and entering ("recede" is no
	 * "cede") */
	if (low[0] == 'r' && low[1] == 'e') {
		const char *rest = low + 2 + (low[2] == '-');
		const S_word *r = S_maybe(rest) ? S_lookup(rest) : NULL;
		if (r && (low[2] == '-' || r->verb == V_ENTER || r->verb == V_CAPTURE ||
			  r->verb == V_SECURE || r->verb == V_TAKE))
			return r;
	}
	return NULL;
}

static int S_verb_of(const S_ctx *c, int i)
{
	const S_word *w = S_word_at(c->s, i);
	return w ? w->verb : V_NONE;
}

static int S_mention_at(const S_ctx *c, int i);

static int S_tag(const S_ctx *c, int i, const char *prefix)
{
	return pm_ew_tag(c->s, i, prefix);
}

static int S_tagged(const S_ctx *c)
{
	return pm_ew_tagged(c->s);
}

static int S_punct(const S_ctx *c, int i)
{
	return pm_ew_punct(c->s, i);
}

/* "who now control Robotyne", "the rebels still hold the town": a present
 * form the tagger read as a singular noun, between a subject (a relative
 * pronoun, a pronoun or a plural noun, over adverbs) and an object (a
 * place name or a determiner). */
static int S_noun_verb(const S_ctx *c, int i)
{
	/* "Mekelle, the regional capital the TPLF controls.": a relative
	 * clause with no pronoun, ending at its verb */
	if (S_tag(c, i, "NN") && !S_tag(c, i, "NNP") && S_verb_of(c, i) == V_HOLD &&
	    (i + 1 >= c->s->n_tokens || S_punct(c, i + 1)) && i >= 3) {
		int f = i - 1;
		while (f > 0 && f > i - 5 && (S_tag(c, f, "NN") || S_tag(c, f, "JJ")))
			f--;
		if (f >= 1 && f < i - 1 && S_is(c, f, "the") && S_in(c, f - 1, S_town_nouns))
			return 1;
	}
	/* "Islamic State controls Mosul", "al-Shabaab holds much of the
	 * south": a present form in -s tagged as a plural noun, after a
	 * singular name and before a place */
	const char *t = S_text(c, i);
	size_t tn = t ? strlen(t) : 0;
	if (S_tag(c, i, "NNS") && S_word_at(c->s, i) && tn > 2 && t[tn - 1] == 's' && i >= 1) {
		int j = i - 1;
		while (j >= 0 && (S_is(c, j, "still") || S_is(c, j, "now") || S_is(c, j, "already") ||
				  (S_is(c, j, "longer") && S_is(c, j - 1, "no")) || S_is(c, j, "no")))
			j--;
		/* "Al-Qaeda in the Arabian Peninsula (AQAP) now controls" */
		if (j >= 2 && S_tag(c, j, "-RRB-") && S_tag(c, j - 2, "-LRB-"))
			j--;
		if (j >= 0 && (S_tag(c, j, "NN") || S_tag(c, j, "NNP")) && !S_tag(c, j, "NNS") &&
		    !S_tag(c, j, "NNPS") &&
		    (S_mention_at(c, i + 1) >= 0 || S_tag(c, i + 1, "DT") || S_tag(c, i + 1, "NNP") ||
		     S_is(c, i + 1, "much") || S_is(c, i + 1, "most")))
			return 1;
	}
	if (!S_tag(c, i, "NN") || S_tag(c, i, "NNS") || S_tag(c, i, "NNP") || !S_word_at(c->s, i))
		return 0;
	int j = i - 1;
	while (j >= 0 && (S_tag(c, j, "RB") || S_is(c, j, "still") || S_is(c, j, "now")))
		j--;
	/* ("Tigrayan forces/VBZ control/NN most of Tigray": the plural
	 * subject's noun whatever its tag) */
	if (j < 0 || !(S_tag(c, j, "WP") || S_tag(c, j, "WDT") || S_tag(c, j, "PRP") ||
		       S_tag(c, j, "NNS") || S_is(c, j, "forces") || S_is(c, j, "troops") ||
		       S_in(c, j, S_generic_heads)))
		return 0;
	return S_mention_at(c, i + 1) >= 0 || S_tag(c, i + 1, "DT") || S_tag(c, i + 1, "NNP") ||
	       ((S_is(c, i + 1, "most") || S_is(c, i + 1, "much")) && S_is(c, i + 2, "of"));
}

/* A finite or participle verb: tagged so, or a past form no noun shares
 * written in lower case ("overran" tagged NNP after a name is still a
 * verb), or any trigger in a headline, whose tags are least reliable. */
static int S_verbal(const S_ctx *c, int i)
{
	if (!S_tagged(c) || S_tag(c, i, "VB"))
		return 1;
	const S_word *w = S_word_at(c->s, i);
	if (w && w->past && islower((unsigned char)S_text(c, i)[0]))
		return 1;
	if (c->s->is_headline && (S_tag(c, i, "NN") || S_tag(c, i, "JJ")))
		return 1;
	return S_noun_verb(c, i);
}

/* A verb form the walks may treat as the clause's verb. */
static int S_finite(const S_ctx *c, int i)
{
	if (S_tagged(c))
		return S_tag(c, i, "VBD") || S_tag(c, i, "VBZ") || S_tag(c, i, "VBP") ||
		       (S_verb_of(c, i) != V_NONE && S_verbal(c, i) && !S_tag(c, i, "VBG"));
	return S_verb_of(c, i) != V_NONE;
}

/* ---- Places ------------------------------------------------------------------------ */

/* The mention covering token i, or -1. */
static int S_mention_at(const S_ctx *c, int i)
{
	for (int k = 0; k < c->n_m; k++)
		if (i >= c->m[k].first && i <= c->m[k].last)
			return k;
	return -1;
}

/* A dateline ("BEIRUT, May 14 -", "GOMA, Congo, Nov 20 -") names where
 * the story was filed, not what the sentence is about. */
static int S_dateline_in(const pm_sentence *s, int first, int last)
{
	if (first != 0)
		return 0;
	if (pm_ew_is(s, last + 1, "-") || pm_ew_is(s, last + 1, "--") || pm_ew_is(s, last + 1, "("))
		return 1;
	if (!pm_ew_is(s, last + 1, ","))
		return 0;
	for (int i = last + 2; i < s->n_tokens && i <= last + 8; i++) {
		if (pm_ew_is(s, i, "-") || pm_ew_is(s, i, "--") || pm_ew_is(s, i, "("))
			return 1;
		if (pm_ew_tag(s, i, "VB") || pm_ew_is(s, i, "the"))
			return 0;
	}
	return 0;
}

/* Nouns for a whole town: "the town in X" lies in X, where "the airport
 * in X" is part of X. */
static const char *const S_settlements[] = {"city", "town", "village", "capital", "port",
					    "cities", "towns", "villages", NULL};
static const char *const S_compass[] = {"north", "south", "east", "west", "northeast",
					 "northwest", "southeast", "southwest", NULL};

/* A name used as a modifier ("the Tripoli government", "Aleppo Media
 * Center") is not the place a noun points back to ("Avdiivka north of
 * Donetsk" is no modifier). */
static int S_modifier_in(const pm_sentence *s, int last)
{
	int nx = last + 1;
	return pm_ew_tag(s, nx, "NN") && !pm_ew_tag(s, nx, "NNP") &&
	       pm_ew_in(s, nx, S_town_nouns) < 0 && pm_ew_in(s, nx, S_region_nouns) < 0 &&
	       !pm_ew_is(s, nx, "state") && pm_ew_in(s, nx, S_compass) < 0;
}

/* A town the gazetteer lacks, known by its name: its country's entry with
 * the name as text. */
static const char S_unresolved[] = "unresolved";

static int S_is_unresolved(const pm_place *p)
{
	return p->fallback && !strcmp(p->fallback, S_unresolved);
}

static int S_fits(const pm_place *p, int want)
{
	if (S_is_unresolved(p))
		return want == W_TOWN;
	if (!strcmp(p->precision, "country"))
		return 0;
	if (want == W_CAPITAL)
		return p->capital;
	/* a district the gazetteer has for a town it lacks ("Myawaddy") */
	return want == W_REGION ? !strcmp(p->precision, "admin1")
				: !strcmp(p->precision, "city") || !strcmp(p->precision, "admin2");
}

static const char *const S_weekdays[] = {"monday", "tuesday", "wednesday", "thursday",
					 "friday", "saturday", "sunday", NULL};
static const char *const S_calendar[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", NULL};

static const char *S_code_words(const S_ctx *c, const pm_sentence *s, int first, int last);

/* "the Kokang region" read as Kokang, a town in Indonesia: a name the
 * text calls a region that the gazetteer has only as a town is a
 * namesake, not the region, and gives no town or country. */
static int S_region_as_town(const pm_sentence *s, const pm_place *m)
{
	return m->found && !strcmp(m->precision, "city") && m->last >= 0 &&
	       pm_ew_in(s, m->last + 1, S_region_nouns) >= 0;
}

/* The country a town the gazetteer lacks lies in, before a party names
 * it: the document's heaviest. */
/* The country of a region the sentence names as one ("in Aleppo
 * province", "in the Donetsk region", "Borno state"; not "the Sahel"),
 * whichever entry, the region's or its capital's, the place finder
 * took the name for; or NULL. */
static const char *S_region_country(const S_ctx *c)
{
	pm_place m[S_MAX_MENTIONS];
	int n = pm_places_mentions(c->pd, c->si, m, S_MAX_MENTIONS);
	for (int k = 0; k < n && k < S_MAX_MENTIONS; k++)
		if (m[k].found && strcmp(m[k].precision, "country") && strlen(m[k].country) == 3 &&
		    m[k].sentence == c->si && m[k].last >= 0 &&
		    (pm_ew_in(c->s, m[k].last + 1, S_region_nouns) >= 0 ||
		     pm_ew_in(c->s, m[k].last, S_region_nouns) >= 0 ||
		     pm_ew_is(c->s, m[k].last + 1, "state"))) {
			char *cc = pm_arena_alloc(c->a, 4);
			memcpy(cc, m[k].country, 4);
			return cc;
		}
	return NULL;
}

static const char *S_home_country(const S_ctx *c)
{
	/* the country of a town the sentence, or the nearest one before it,
	 * names ("took Diabaly and Douentza": Mali, though "French" is the
	 * word the story repeats most) */
	for (int si = c->si; si >= 0 && si >= c->si - 3; si--) {
		pm_place m[S_MAX_MENTIONS];
		int n = pm_places_mentions(c->pd, si, m, S_MAX_MENTIONS);
		for (int k = 0; k < n && k < S_MAX_MENTIONS; k++)
			if (m[k].found && !strcmp(m[k].precision, "city") && strlen(m[k].country) == 3 &&
			    !S_region_as_town(&c->doc->sents[si], &m[k])) {
				char *cc = pm_arena_alloc(c->a, 4);
				memcpy(cc, m[k].country, 4);
				return cc;
			}
	}
	/* "the Menagh air base in Aleppo province", under a BEIRUT
	 * dateline: a region the sentence names, before the dateline */
	const char *region = S_region_country(c);
	if (region)
		return region;
	/* else the country the dateline or the places named say the story
	 * is in, before the one its actors' words weigh most ("Ansar
	 * al-Sharia", coded Libya's, under an ADEN dateline) */
	const char *cc = NULL;
	if (pm_places_story_country(c->pd, &cc) == 0)
		return cc;
	return pm_places_countries(c->pd, &cc, 1) == 1 ? cc : NULL;
}

/* A place's name at tokens first..last of s that begins a group's ("Boko
 * Haram": Boko, Kazakhstan): with the capitalised words after it the
 * dictionaries code an actor, while neither the place's words nor those
 * words alone do. */
static int S_begins_actor(const S_ctx *c, const pm_sentence *s, int first, int last)
{
	if (first < 0 || last < first || S_code_words(c, s, first, last))
		return 0;
	for (int j = last + 1; j < s->n_tokens && j <= last + 3; j++) {
		if (!isupper((unsigned char)pm_ew_text(s, j)[0]))
			return 0;
		if (S_code_words(c, s, first, j))
			return !S_code_words(c, s, last + 1, j);
	}
	return 0;
}

/* hay holds needle, in any case ("Muhafazat Hadramawt", "Hadramawt"). */
static int S_contains_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (const char *p = hay; n && *p; p++)
		if (!strncasecmp(p, needle, n))
			return 1;
	return 0;
}

/* A town the gazetteer lacks, at token i of sentence s ("Konna",
 * "Rutshuru"): up to three capitalised proper nouns that are no place
 * the gazetteer knows, no actor, no day or month, and not the modifier
 * of a noun ("the Kanombe army barracks"). The caller vouches for the
 * context (the object of "captured", "the town of X"). Fills out at its
 * country's level with the name as text. */
static int S_unknown_in(const S_ctx *c, const pm_sentence *s, int si, const pm_place *m, int n_m,
			int i, pm_place *out, int *end)
{
	const char *t = pm_ew_text(s, i);
	/* "the Menagh (military) air base": a base known by its name, which
	 * the tagger may read as an adjective, is a place of its own */
	int b = i + 1;
	if (pm_ew_is(s, b, "military"))
		b++;
	int base = pm_ew_is(s, b, "airbase") || pm_ew_is(s, b, "airfield") ? b
		   : pm_ew_is(s, b, "air") && (pm_ew_is(s, b + 1, "base") || pm_ew_is(s, b + 1, "field"))
		   ? b + 1 : -1;
	if (i < 0 || i >= s->n_tokens || !isupper((unsigned char)t[0]) || strlen(t) < 3 ||
	    pm_ew_in(s, i, S_calendar) >= 0 || pm_ew_in(s, i, S_stops) >= 0 ||
	    (pm_ew_tagged(s) && !pm_ew_tag(s, i, "NNP") && base < 0))
		return 0;
	if (base >= 0) {
		for (int k = 0; k < n_m; k++)
			if (i >= m[k].first && i <= m[k].last)
				return 0;
		if (S_code_words(c, s, i, i) ||
		    pm_places_country_place(c->pd, S_home_country(c), out) < 0)
			return 0;
		snprintf(out->text, sizeof(out->text), "%s air base", t);
		out->fallback = S_unresolved;
		out->sentence = si;
		out->first = i;
		out->last = base;
		if (end)
			*end = base;
		return 1;
	}
	/* an all-capital word opening a sentence is a dateline's */
	int caps = 1;
	for (const char *p = t; *p; p++)
		caps &= !islower((unsigned char)*p);
	if (caps && i == 0)
		return 0;
	for (int k = 0; k < n_m; k++)
		if (i >= m[k].first && i <= m[k].last)
			return 0;
	/* a name the gazetteer has, left out of the mentions for want of
	 * context, is the gazetteer's place */
	/* (not a region the finder fell back to for a name it could not
	 * place: "Malaya Loknya in Kursk region" is no name of the region) */
	if (pm_places_named_at(c->pd, si, i, out) == 0 && out->found &&
	    strcmp(out->precision, "country") &&
	    (!strcmp(out->precision, "city") || !strncasecmp(out->name, t, 3) ||
	     S_contains_ci(out->name, t))) {
		if (S_begins_actor(c, s, out->first, out->last) ||
		    pm_places_actor_word(c->pd, si, out->first, c->evs, c->n_evs))
			return 0;
		if (end)
			*end = out->last;
		return 1;
	}
	int j = i;
	while (j + 1 < s->n_tokens && j - i < 2 && isupper((unsigned char)pm_ew_text(s, j + 1)[0]) &&
	       (!pm_ew_tagged(s) || pm_ew_tag(s, j + 1, "NNP")) && pm_ew_in(s, j + 1, S_calendar) < 0)
		j++;
	if (pm_ew_tag(s, j + 1, "NN") && pm_ew_in(s, j + 1, S_town_nouns) < 0)
		return 0;
	if (S_code_words(c, s, i, j))
		return 0;
	if (pm_places_country_place(c->pd, S_home_country(c), out) < 0)
		return 0;
	pm_ew_span_text(s, i, j, out->text, sizeof(out->text));
	out->fallback = S_unresolved;
	out->sentence = si;
	out->first = i;
	out->last = j;
	if (end)
		*end = j;
	return 1;
}

static int S_unknown_at(const S_ctx *c, int i, pm_place *out, int *end)
{
	return S_unknown_in(c, c->s, c->si, c->m, c->n_m, i, out, end);
}

/* A town the gazetteer lacks named in sentence s where a control
 * statement would name its place: after "captured", "retook", "entered",
 * "withdrew from", "the town of", "X-held". */
static int S_unknown_named(const S_ctx *c, const pm_sentence *s, int si, const pm_place *m,
			   int n_m, int i, pm_place *out)
{
	int p = i - 1;
	if (p < 0)
		return 0;
	const S_word *w = S_word_at(s, p);
	const char *pt = pm_ew_text(s, p), *dash = strrchr(pt, '-');
	int ctx = (w && (w->verb == V_CAPTURE || w->verb == V_TAKE || w->verb == V_ENTER ||
			 w->verb == V_SECURE || w->verb == V_ABANDON || w->verb == V_LOSE ||
			 w->verb == V_HOLD)) ||
		  /* (not "the capital of Hadramawt": a region's, not a town) */
		  (pm_ew_is(s, p, "of") && ((pm_ew_in(s, p - 1, S_town_nouns) >= 0 &&
					      !pm_ew_is(s, p - 1, "capital") && !pm_ew_is(s, p - 1, "seat")) ||
					     pm_ew_is(s, p - 1, "control"))) ||
		  (pm_ew_is(s, p, "from") && S_word_at(s, p - 1) &&
		   (S_word_at(s, p - 1)->verb == V_WITHDRAW || S_word_at(s, p - 1)->verb == V_PULL)) ||
		  (dash && dash > pt && (!strcasecmp(dash, "-held") || !strcasecmp(dash, "-controlled")));
	return ctx && S_unknown_in(c, s, si, m, n_m, i, out, NULL);
}

/* "the town of Avdiivka north of Donetsk", "the city 50 km west of
 * Baghdad": a town named to say where another lies is not the one a noun
 * points back to. */
static int S_landmark_in(const pm_sentence *s, int first)
{
	static const char *const sides[] = {"northern", "southern", "eastern", "western", "central",
					    "northeastern", "northwestern", "southeastern",
					    "southwestern", NULL};
	if (first >= 2 && pm_ew_is(s, first - 1, "of") && pm_ew_in(s, first - 2, S_compass) >= 0)
		return 1;
	/* "the largest town in (southern) Idlib": the region it lies in */
	int k = first - 1;
	if (k >= 0 && pm_ew_in(s, k, sides) >= 0)
		k--;
	return k >= 1 && pm_ew_is(s, k, "in") && pm_ew_in(s, k - 1, S_settlements) >= 0;
}

/* The places sentence si names that a noun could point back to: the
 * gazetteer's (no countries, datelines or names used as modifiers) and
 * the towns it lacks, in order. */
/* "while Baku said its troops were securing the town": a city that
 * speaks is its government, not a town "the town" points back to. */
static int S_speaking_capital(const pm_sentence *s, int last)
{
	static const char *const says[] = {"said", "says", "claimed", "claims", "announced",
					   "denied", "denies", "insisted", "insists", "accused",
					   "reported", NULL};
	/* (not a town a preposition places the speakers in: "Rebels
	 * inside Zawiya said") */
	static const char *const in[] = {"in", "inside", "from", "at", "near", "around", NULL};
	int first = last;
	while (first > 0 && pm_ew_capital(s, first - 1))
		first--;
	return pm_ew_in(s, last + 1, says) >= 0 && pm_ew_in(s, first - 1, in) < 0;
}

static int S_candidates(const S_ctx *c, int si, pm_place *out, int max)
{
	const pm_sentence *s = &c->doc->sents[si];
	pm_place m[S_MAX_MENTIONS];
	int n_m = 0, n = 0;
	if (si == c->si) {
		n_m = c->n_m;
		memcpy(m, c->m, (size_t)n_m * sizeof(m[0]));
	} else {
		int k = pm_places_mentions(c->pd, si, m, S_MAX_MENTIONS);
		for (int j = 0; j < k && j < S_MAX_MENTIONS; j++)
			if (strcmp(m[j].precision, "country") && !S_region_as_town(s, &m[j]))
				m[n_m++] = m[j];
	}
	int km = 0;
	for (int i = 0; i < s->n_tokens && n < max; i++) {
		while (km < n_m && m[km].first < i)
			km++;
		if (km < n_m && m[km].first == i) {
			if (!S_dateline_in(s, m[km].first, m[km].last) && !S_modifier_in(s, m[km].last) &&
			    !S_landmark_in(s, m[km].first) && !S_speaking_capital(s, m[km].last))
				out[n++] = m[km];
			i = m[km].last;
			continue;
		}
		if (S_unknown_named(c, s, si, m, n_m, i, &out[n])) {
			i = out[n].last;
			n++;
		}
	}
	return n;
}

static const char *S_place_key(const pm_place *p)
{
	return S_is_unresolved(p) ? p->text : p->name;
}

/* The place a noun at token tok points back to ("the city", "the
 * town", "it"): the nearest such place named before it in the sentence;
 * else the one the sentences before name most often (the latest on a
 * tie; titles count). A town noun wants a town, "the province" a region.
 * Datelines and names used as modifiers do not count. */
static void S_antecedent_want(const S_ctx *c, int tok, int want, pm_place *out)
{
	memset(out, 0, sizeof(*out));
	pm_place buf[S_MAX_MENTIONS], best;
	int n = S_candidates(c, c->si, buf, S_MAX_MENTIONS);
	for (int k = n - 1; k >= 0; k--)
		if (buf[k].last < tok && S_fits(&buf[k], want)) {
			*out = buf[k];
			return;
		}
	/* the sentences before (the last two dozen: a long document would
	 * make this quadratic), each place counted over them all; their
	 * places are gathered once (reading them again for every candidate
	 * made long documents cubic) */
	enum { S_MAX_BEFORE = 512, S_LOOK_BACK = 24 };   /* a story's lead is in reach */
	pm_place *all = pm_arena_alloc_uninit(c->a, S_MAX_BEFORE * sizeof(*all));   /* filled up to n_all */
	int n_all = 0, best_n = 0;
	int from = c->si > S_LOOK_BACK ? c->si - S_LOOK_BACK : 0;
	for (int si = from; si < c->si && n_all < S_MAX_BEFORE; si++) {
		n = S_candidates(c, si, buf, S_MAX_MENTIONS);
		for (int k = 0; k < n && n_all < S_MAX_BEFORE; k++)
			all[n_all++] = buf[k];
	}
	for (int k = 0; k < n_all; k++) {
		if (!S_fits(&all[k], want))
			continue;
		int count = 0;
		for (int j = 0; j < n_all; j++)
			count += !strcmp(S_place_key(&all[j]), S_place_key(&all[k]));
		if (count >= best_n) {
			best_n = count;
			best = all[k];
		}
	}
	/* a noun that points back to nothing named is not guessed at: a
	 * place named after it, or the document's main place, is as likely
	 * another town as this one */
	if (best_n)
		*out = best;
}

/* "The capital itself remains in the hands of the government", after
 * Gharyan and Tripoli are named: a country's capital, not the town named
 * most ("the provincial capital", "its capital", "the capital of Tigray"
 * are others'); none named, it is not guessed. */
static int S_the_capital(const S_ctx *c, int tok)
{
	if (S_is(c, tok, "itself"))
		tok--;
	return S_is(c, tok, "capital") && S_is(c, tok - 1, "the") && !S_is(c, tok + 1, ",") &&
	       !S_is(c, tok + 1, "of");
}

static void S_antecedent(const S_ctx *c, int tok, int want, pm_place *out)
{
	S_antecedent_want(c, tok, want == W_TOWN && S_the_capital(c, tok) ? W_CAPITAL : want, out);
}

/* Reads a place phrase from token lo on: a place name (the first one,
 * through "the northern town of X", "most of X", "the state capital, X"),
 * or a place noun with no name ("the city", "it"), which points back to a
 * place named before. Returns 1 with *out filled, 0 when the words there
 * name no place ("the roads into the city", "talks"). *end gets the last
 * word read. */
static int S_place_at(const S_ctx *c, int lo, int posts, pm_place *out, int *end)
{
	int noun = -1, want = W_TOWN, capital = 0;
	int e = lo;
	memset(out, 0, sizeof(*out));
	for (int i = lo; i < c->s->n_tokens && i < lo + S_WINDOW; i++) {
		int m = S_mention_at(c, i);
		/* "Kyiv suburb Bucha": the name a noun makes a modifier of is
		 * not the place */
		if (m >= 0 && S_modifier_in(c->s, c->m[m].last) &&
		    S_mention_at(c, c->m[m].last + 2) >= 0) {
			i = c->m[m].last + 1;
			continue;
		}
		/* "the Red Sea town of Khokha", "the Hodeidah province port
		 * of Midi": the name before the noun says where the town lies */
		if (m >= 0) {
			int nx = c->m[m].last + 1;
			if (S_is(c, nx, "province") || S_is(c, nx, "region") || S_is(c, nx, "state") ||
			    S_is(c, nx, "coast"))
				nx++;
			if (nx > c->m[m].last && S_in(c, nx, S_town_nouns) && !S_is(c, nx, "capital") &&
			    S_is(c, nx + 1, "of") && nx + 2 < c->s->n_tokens && !S_tag(c, nx + 2, "DT")) {
				i = nx + 1;
				continue;
			}
		}
		if (m >= 0) {
			e = c->m[m].last;
			/* "the Hadramawt provincial capital", "capital of Gezira
			 * state": the region's capital, a town */
			int nx = c->m[m].last + 1;
			if (S_is(c, nx, "state") || S_is(c, nx, "province"))
				nx++;
			int cap_after = S_is(c, nx, "capital") ||
					((S_is(c, nx, "provincial") || S_is(c, nx, "regional") ||
					  S_is(c, nx, "state")) && S_is(c, nx + 1, "capital"));
			if (!strcmp(c->m[m].precision, "admin1") && (capital || cap_after)) {
				noun = cap_after ? nx : noun;
				want = W_TOWN;
				/* "the capital of Gezira state, Wad Madani": the
				 * town in apposition */
				int ap = (cap_after ? nx + 1 : nx) + 1;
				int ma = S_is(c, ap - 1, ",") ? S_mention_at(c, ap) : -1;
				if (ma >= 0 && c->m[ma].first == ap && S_fits(&c->m[ma], W_TOWN)) {
					*out = c->m[ma];
					if (end)
						*end = c->m[ma].last;
					return 1;
				}
				break;
			}
			*out = c->m[m];
			if (end)
				*end = e;
			return 1;
		}
		/* a town the gazetteer lacks, where a place must stand; not
		 * the name of a post in a town ("the 16th Infantry Division
		 * headquarters in Nyala") */
		if (noun < 0 && S_unknown_at(c, i, out, &e)) {
			if (S_in(c, e + 1, S_town_nouns) &&
			    (S_is(c, e + 2, "in") || S_is(c, e + 2, "at") || S_is(c, e + 2, "of"))) {
				memset(out, 0, sizeof(*out));
				i = e;
				continue;
			}
			/* "Rebels inside Zawiya ... were still in control of the
			 * central Martyrs' Square": a square or quarter the
			 * gazetteer lacks is part of the town told before it */
			static const char *const parts[] = {"square", "quarter", "district",
							    "neighbourhood", "neighborhood", NULL};
			int pn = S_in(c, e, parts) && e > i ? e
				 : S_is(c, e + 1, "'") || S_is(c, e + 1, "'s") ? e + 2 : e + 1;
			pm_place town;
			if (S_in(c, pn, parts) && !S_is(c, pn + 1, "of") && !S_is(c, pn + 1, "in")) {
				S_antecedent(c, i, W_TOWN, &town);
				if (town.found) {
					*out = town;
					e = pn;
				}
			}
			if (end)
				*end = e;
			return 1;
		}
		/* "the town of Konna", "their positions in Laukkai" */
		if (noun >= 0 && (S_is(c, i - 1, "of") || S_is(c, i - 1, "in")) &&
		    S_unknown_at(c, i, out, &e)) {
			if (end)
				*end = e;
			return 1;
		}
		int town = S_in(c, i, S_town_nouns), region = S_in(c, i, S_region_nouns);
		/* "overran district after district": no one place */
		if ((town || region) && S_is(c, i + 1, "after") &&
		    !strcasecmp(S_text(c, i), S_text(c, i + 2)))
			return 0;
		if (town || region || (posts && S_in(c, i, S_post_nouns))) {
			noun = i;
			want = region ? W_REGION : W_TOWN;
			capital = S_is(c, i, "capital") || S_is(c, i, "seat");
			e = i;
			if (S_is(c, i, "it"))
				break;
			/* "the town of X", "the airport in Goma", "the state
			 * capital, Wad Madani" */
			int apposed = S_is(c, i + 1, ",") && S_mention_at(c, i + 2) >= 0 &&
				      !S_modifier_in(c->s, c->m[S_mention_at(c, i + 2)].last);
			if (S_is(c, i + 1, "of") ||
			    ((S_is(c, i + 1, "in") || S_is(c, i + 1, "at")) && !S_in(c, i, S_settlements)) ||
			    apposed) {
				i++;
				continue;
			}
			/* "the largest rebel-held town in southern Idlib": a
			 * town lying in a region, which is not the town */
			if (S_in(c, i + 1, S_away) || S_is(c, i + 1, "in"))
				break;
			continue;
		}
		if (S_is(c, i, "'s") || S_is(c, i, "'") || S_is(c, i, "of") ||
		    S_tag(c, i, "JJ") || S_tag(c, i, "DT") || S_tag(c, i, "PRP$") ||
		    S_tag(c, i, "CD") || S_is(c, i, "most") || S_is(c, i, "much") ||
		    S_is(c, i, "all") || S_is(c, i, "full") || S_is(c, i, "control") ||
		    S_is(c, i, "back") || S_is(c, i, "over") ||
		    (S_tag(c, i, "NN") && !S_verbal(c, i)) ||
		    /* "the ruined town", "the besieged city": a participle
		     * between a determiner and a place noun describes it */
		    ((S_tag(c, i, "VBN") || S_tag(c, i, "VBD")) &&
		     (S_tag(c, i - 1, "DT") || S_tag(c, i - 1, "PRP$") || S_tag(c, i - 1, "JJ")) &&
		     (S_in(c, i + 1, S_town_nouns) ||
		      (S_tag(c, i + 1, "JJ") && S_in(c, i + 2, S_town_nouns)))) ||
		    /* untagged words, and a headline's ("retakes rebel/VBP
		     * stronghold"), whose tags are least reliable */
		    ((!S_tagged(c) || c->s->is_headline) && !S_punct(c, i) && !S_in(c, i, S_stops) &&
		     S_verb_of(c, i) == V_NONE))
			continue;
		/* "the port and the airport": a list of parts */
		if (S_is(c, i, "and") && noun >= 0)
			continue;
		/* "the capital of Gezira state, Wad Madani": the capital named
		 * in apposition */
		int ma = capital && S_is(c, i, ",") ? S_mention_at(c, i + 1) : -1;
		if (ma >= 0 && c->m[ma].first == i + 1 && S_fits(&c->m[ma], W_TOWN)) {
			*out = c->m[ma];
			if (end)
				*end = c->m[ma].last;
			return 1;
		}
		break;
	}
	if (end)
		*end = e;
	if (noun < 0)
		return 0;
	S_antecedent(c, noun, want, out);
	return out->found;
}

/* A part of a town, not the town: "part of the town", "the eastern half
 * of Bakhmut", "the west of the city", "several districts". A citadel,
 * an airport or "the districts" count for the town; a share of it does
 * not. */
static int S_partial(const S_ctx *c, int lo)
{
	static const char *const shares[] = {"half", "part", "parts", "west", "east", "north",
					     "south", "sections", "section", "swathes", "pockets",
					     NULL};
	static const char *const some[] = {"several", "some", "many", "two", "three", "few",
					   NULL};
	int i = lo, quant = 0;
	while (i < c->s->n_tokens && i < lo + 3 &&
	       (S_tag(c, i, "DT") || S_tag(c, i, "JJ") || S_in(c, i, some))) {
		quant |= S_in(c, i, some);
		i++;
	}
	if (S_in(c, i, shares) && S_is(c, i + 1, "of"))
		return 1;
	return quant && (S_is(c, i, "districts") || S_is(c, i, "neighbourhoods") ||
			 S_is(c, i, "neighborhoods"));
}

/* ---- Parties ----------------------------------------------------------------------- */

/* Codes tokens first..last of sentence s with the dictionaries. */
static const char *S_code_words(const S_ctx *c, const pm_sentence *s, int first, int last)
{
	const char *w[S_MAX_WORDS];
	int n = 0;
	for (int i = first; i <= last && n < S_MAX_WORDS; i++) {
		if (i < 0 || i >= s->n_tokens)
			continue;
		const char *u = s->tokens[i].upper;
		if (u && *u)
			w[n++] = u;
	}
	return n ? c->code(c->code_ctx, w, n) : NULL;
}

/* A clause or phrase boundary when reading a noun phrase backwards. */
static int S_edge_in(const pm_sentence *s, int i)
{
	if (i < 0)
		return 1;
	if (pm_ew_is(s, i, ",") || pm_ew_is(s, i, "-") || pm_ew_is(s, i, "(") ||
	    pm_ew_is(s, i, ")") || pm_ew_is(s, i, "\"") || pm_ew_is(s, i, "``") ||
	    pm_ew_is(s, i, "''") || pm_ew_is(s, i, ".") || pm_ew_is(s, i, "--"))
		return 1;
	if (pm_ew_in(s, i, S_stops) >= 0 && !pm_ew_is(s, i, "and"))
		return 1;
	/* "Tigrayan forces/VBZ control": in war reports the noun */
	if (pm_ew_is(s, i, "forces") || pm_ew_is(s, i, "troops"))
		return 0;
	/* "troops and allied/VBD militias withdrew": a modifier after "and" */
	if ((pm_ew_is(s, i, "allied") || pm_ew_is(s, i, "aligned")) && i > 0 &&
	    pm_ew_is(s, i - 1, "and") && i + 1 < s->n_tokens &&
	    (pm_ew_tag(s, i + 1, "NNS") || pm_ew_tag(s, i + 1, "NN")))
		return 0;
	if (pm_ew_tagged(s) && (pm_ew_tag(s, i, "VBD") || pm_ew_tag(s, i, "VBZ") ||
				pm_ew_tag(s, i, "VBP") || pm_ew_tag(s, i, "MD")))
		return 1;
	return 0;
}

static int S_edge(const S_ctx *c, int i)
{
	return S_edge_in(c->s, i);
}

/* The first word of the noun phrase that ends at token last. */
static int S_np_back_in(const pm_sentence *s, int last)
{
	int i = last;
	/* "said earlier its forces": a possessive opens the phrase, an
	 * adverb stands outside it; so does a pronoun ("said on Tuesday
	 * they were") */
	while (i - 1 >= 0 && !S_edge_in(s, i - 1) && last - (i - 1) < S_MAX_WORDS &&
	       !pm_ew_tag(s, i, "PRP$") && !(pm_ew_tag(s, i, "PRP") && i == last) &&
	       !pm_ew_tag(s, i - 1, "RB"))
		i--;
	return i;
}

static int S_np_back(const S_ctx *c, int last)
{
	return S_np_back_in(c->s, last);
}

static int S_generic(const S_ctx *c, int first, int last)
{
	return (S_is(c, first, "the") || S_tag(c, first, "PRP$")) && last > first &&
	       S_in(c, last, S_generic_heads);
}

/* The end of the head of the phrase first..last: before a preposition
 * other than "of" ("the group's capital in Syria" names no party). */
static int S_head_end(const pm_sentence *s, int first, int last)
{
	for (int i = first + 1; i <= last; i++)
		if (pm_ew_tag(s, i, "IN") && !pm_ew_is(s, i, "of"))
			return i - 1;
	return last;
}

/* A named party that is no state's side: a group (IMG...), a country's
 * rebels (SYRREB), not a bare agent ("---REB"). */
static int S_non_state(const char *code)
{
	char side[32];
	if (!code || !strncmp(code, "---", 3) || pm_control_party(code, side, sizeof(side)) <= 0)
		return 0;
	return strlen(side) > 3;
}

/* The holder a compound in tokens first..last names ("a roadmap for
 * YPG/PKK-controlled Manbij": the YPG), when a group. */
static const char *S_holder_prefix(const S_ctx *c, const pm_sentence *s, int first, int last)
{
	for (int k = first; k <= last; k++) {
		const char *t = pm_ew_text(s, k), *dash = strrchr(t, '-');
		if (!dash || dash == t || (strcasecmp(dash + 1, "controlled") && strcasecmp(dash + 1, "held")))
			continue;
		int from = k >= first + 2 && pm_ew_is(s, k - 1, "/") ? k - 2 : k;
		const char *p = S_code_words(c, s, from, k);
		if (p && S_non_state(p))
			return p;
	}
	return NULL;
}

/* A party named in the sentence before this one (or the one before that):
 * the first phrase that names one, its subject mostly. */
static const char *S_party_prev(const S_ctx *c)
{
	for (int si = c->si - 1; si >= 0 && si >= c->si - 2; si--) {
		const pm_sentence *s = &c->doc->sents[si];
		for (int i = 0; i < s->n_tokens;) {
			if (S_edge_in(s, i)) {
				i++;
				continue;
			}
			int j = i;
			while (j + 1 < s->n_tokens && !S_edge_in(s, j + 1))
				j++;
			if (!S_dateline_in(s, i, j) && !pm_ew_tag(s, i, "IN")) {
				const char *p = S_code_words(c, s, i, S_head_end(s, i, j));
				if (p && S_non_state(p))
					return p;
			}
			const char *h = S_holder_prefix(c, s, i, j);
			if (h)
				return h;
			i = j + 1;
		}
	}
	return NULL;
}

static const char *S_party_words(const S_ctx *c, int first, int last, int depth);

/* "an al Qaeda splinter group", "a breakaway faction" is not the group
 * it names. */
static int S_splinter(const S_ctx *c, int first, int last)
{
	int comma = -1;
	for (int i = first; i <= last && i < c->s->n_tokens; i++) {
		if (S_is(c, i, ",") && comma < 0)
			comma = i;
		if (!S_is(c, i, "splinter") && !S_is(c, i, "breakaway") && !S_is(c, i, "offshoot"))
			continue;
		/* "MUJAO, an al-Qaeda offshoot": the group is named, and its
		 * apposition says whose offshoot (S_parent) */
		const char *named = comma > first ? S_code_words(c, c->s, first, comma - 1) : NULL;
		return !named || !strncmp(named, "---", 3);
	}
	return 0;
}

static int S_same_side(const char *a, const char *b);

/* "Eastern Libyan forces under Khalifa Haftar", "troops loyal to the
 * renegade general": forces are their commander's side when he is named
 * and his side is another than the words before give. */
static const char *S_leader(const S_ctx *c, int first, int last, const char *p)
{
	for (int i = first + 1; i < last; i++) {
		int at = S_is(c, i, "under") ? i + 1
			 : S_is(c, i, "loyal") && S_is(c, i + 1, "to") ? i + 2
			 /* "militiamen allied with the Congolese army" */
			 : (S_is(c, i, "allied") || S_is(c, i, "aligned")) &&
					   (S_is(c, i + 1, "with") || S_is(c, i + 1, "to")) ? i + 2 : -1;
		if (at < 0 || at > last)
			continue;
		const char *l = S_code_words(c, c->s, at, last);
		/* "forces loyal to Tigray's ruling TPLF": the name the phrase
		 * ends with, where the region before it reads as the state */
		const char *head = at < last ? S_code_words(c, c->s, last, last) : NULL;
		if (head && S_non_state(head) && (!l || !S_non_state(l)))
			l = head;
		if (l && strncmp(l, "---", 3) && (!p || !S_same_side(l, p)))
			return l;
	}
	return p;
}

/* "U.S.-backed Syrian rebels": a phrase that names a party only by a
 * generic head after a country's words, which "the group's stronghold"
 * does not point back to (it does to "M23 rebels", whose other words
 * name the group). */
static int S_generic_named(const S_ctx *c, int start, int end)
{
	int h = S_head_end(c->s, start, end);
	if (h <= start || !S_in(c, h, S_generic_heads))
		return 0;
	const char *rest = S_code_words(c, c->s, start, h - 1);
	return !rest || !S_non_state(rest);
}

/* Words that make a side the Kurds' side of its country (S_kurdish). */
static const char *const S_kurds[] = {"kurdish", "kurds", "kurd", "peshmerga", NULL};

/* The party a pronoun or "the group" at tok points back to: the nearest
 * phrase before it in the sentence that names one (the coder's actors
 * first), else the sentence before. named: only a named party will do. */
static const char *S_kin_words(const S_ctx *c, int first, int last, const char *cc);

static const char *S_party_before(const S_ctx *c, int tok, int named, int depth)
{
	if (depth > 2)
		return NULL;
	for (int end = tok - 1; end >= 0; end--) {
		if (S_edge(c, end) || S_in(c, end, S_pronouns))
			continue;
		int start = S_np_back(c, end);
		/* "Rebels declared Damascus under their control": a town is
		 * no party a pronoun points back to, unless it speaks for its
		 * government ("Baku said its troops") */
		int m = S_mention_at(c, start);
		if (m >= 0 && c->m[m].last == S_head_end(c->s, start, end) &&
		    strcmp(c->m[m].precision, "country") && !S_speaking_capital(c->s, c->m[m].last)) {
			end = start;
			continue;
		}
		const char *p = NULL;
		for (int k = 0; k < c->n_evs && !p; k++) {
			const pm_coded_event *e = &c->evs[k];
			if (e->source && e->src_first >= start && e->src_last <= end &&
			    !S_in(c, e->src_first, S_pronouns))
				p = e->source;
		}
		if (!p && !S_in(c, start, S_pronouns) && !S_tag(c, start, "IN"))
			p = S_code_words(c, c->s, start, S_head_end(c->s, start, end));
		if (p)
			p = S_leader(c, start, end, p);
		/* "Bosnian Serb commander Ratko Mladic ..., his forces" */
		char st[32];
		const char *kin = p && pm_control_party(p, st, sizeof(st)) == 3 ?
					  S_kin_words(c, start, end, st) : NULL;
		if (kin)
			p = kin;
		if (p && (!named || (S_non_state(p) && !S_generic_named(c, start, end)))) {
			/* "Kurdish peshmerga forces ..., which they have held":
			 * the Kurds' side, placed by the town (S_kurdish) */
			for (int i = start; i <= end && !named; i++)
				if (S_in(c, i, S_kurds))
					return "---KUR";
			return p;
		}
		end = start;
	}
	const char *prev = S_party_prev(c);
	return !named || S_non_state(prev) ? prev : NULL;
}

/* "al Qaeda-linked militants", "Islamic State-affiliated insurgents":
 * the words name a branch of the group, where the coder reads only the
 * country's rebels */
static int S_branch(const S_ctx *c, int first, int last)
{
	for (int i = first; i <= last; i++) {
		const char *t = S_text(c, i), *dash = t ? strrchr(t, '-') : NULL;
		if (dash && dash > t && (!strcasecmp(dash + 1, "linked") || !strcasecmp(dash + 1, "affiliated")))
			return 1;
	}
	return 0;
}

/* Words that name no party of their own: the dictionaries give them at
 * most an agent ("---REB"). */
static int S_unnamed(const S_ctx *c, int first, int last)
{
	const char *w = S_code_words(c, c->s, first, last);
	return !w || !strncmp(w, "---", 3);
}

static const char *S_subject_at(const S_ctx *c, int tok, int *first, int *last, int depth);
static int S_skip_aside(const S_ctx *c, int j);

/* "The government denied rebel claims that the city had fallen, saying
 * its forces still held it": a pronoun in what a participle of speech
 * reports is the speaker's, the subject of the sentence's first verb,
 * not the nearest party named before it (the rebels of the claim). */
/* "Kurdish forces said they had killed the gunmen who stormed Kirkuk,
 * and that the city remained under their control": a pronoun in a
 * second reported clause ("and that ...") is the speaker's, not the
 * nearest party named in the first. */
static const char *S_said_and_that(const S_ctx *c, int first, int depth)
{
	static const char *const said[] = {"said", "says", "say", "announced", "claimed",
					   "stated", "added", NULL};
	int k = first - 1;
	while (k > 1 && !(S_is(c, k, "that") && S_is(c, k - 1, "and")) && !S_is(c, k, ";"))
		k--;
	if (k <= 1 || !S_is(c, k, "that"))
		return NULL;
	for (int v = k - 2; v > 0; v--) {
		if (!S_in(c, v, said))
			continue;
		int f, l;
		const char *p = S_subject_at(c, v, &f, &l, depth + 1);
		if (!p || S_in(c, f, S_pronouns))
			return NULL;
		/* the pronoun stands for the speaker's words: "Kurdish
		 * security forces" are the Kurds' side (S_kurdish), placed in
		 * the town's country by S_localize */
		for (int i = f; i <= l; i++)
			if (S_in(c, i, S_kurds))
				return "---KUR";
		return p;
	}
	return NULL;
}

/* "M23 rebels said on Tuesday they were in control of Goma": a pronoun
 * that opens what a speech verb reports (after "that" or the day of the
 * speech) is the speaker. */
static const char *S_said_pronoun(const S_ctx *c, int first, int depth)
{
	static const char *const said[] = {"said", "says", "announced", "claimed", "insisted",
					   "insists", "stated", "declared", "acknowledged",
					   "admitted", "conceded", "confirmed", NULL};
	int k = first - 1;
	if (S_is(c, k, "that"))
		k--;
	if (k >= 1 && S_in(c, k, S_weekdays))
		k -= S_is(c, k - 1, "on") ? 2 : 1;
	if (k < 1 || !S_in(c, k, said))
		return NULL;
	int f, l;
	const char *p = S_subject_at(c, k, &f, &l, depth + 1);
	return p && f >= 0 && !S_in(c, f, S_pronouns) ? p : NULL;
}

static const char *S_saying(const S_ctx *c, int first, int depth)
{
	static const char *const says[] = {"saying", "adding", "insisting", "stressing",
					   "claiming", NULL};
	int k = first - 1;
	if (S_is(c, k, "that"))
		k--;
	if (!S_in(c, k, says) || !S_is(c, k - 1, ","))
		return NULL;
	for (int v = 0; v < k - 1; v++) {
		if (S_is(c, v, "who") || S_is(c, v, "which") || S_is(c, v, "that"))
			return NULL;
		if (S_finite(c, v) && (S_tag(c, v, "VBD") || S_tag(c, v, "VBZ") || S_tag(c, v, "VBP"))) {
			int f, l;
			const char *p = S_subject_at(c, v, &f, &l, depth + 1);
			return p && !S_in(c, f, S_pronouns) ? p : NULL;
		}
	}
	return NULL;
}

/* "Ansar al-Sharia, AQAP's local arm": a name several countries' groups
 * bear (the dictionaries give Libya's) whose apposition names the
 * transnational group it belongs to is that group. Only a country's
 * rebels give way: "the army, the state's arm" is the army. */
static const char *S_parent(const S_ctx *c, int first, int last, const char *p);

/* "the al-Qaeda-affiliated Ansar al-Sharia": the adjective names the
 * transnational group the local one is a branch of ("-linked" says
 * less, and stays the local group's). */
static const char *S_affiliated_adj(const S_ctx *c, int first, int last)
{
	for (int i = first; i < last && i < c->s->n_tokens; i++) {
		const char *t = S_text(c, i), *dash = strrchr(t, '-');
		if (!dash || dash == t || strcasecmp(dash + 1, "affiliated"))
			continue;
		char prefix[48];
		size_t n = (size_t)(dash - t);
		if (n >= sizeof(prefix))
			return NULL;
		for (size_t k = 0; k < n; k++)
			prefix[k] = (char)toupper((unsigned char)t[k]);
		prefix[n] = '\0';
		const char *w[1] = {prefix};
		const char *code = c->code(c->code_ctx, w, 1);
		return code && !strncmp(code, "IMG", 3) ? code : NULL;
	}
	return NULL;
}

static const char *S_parent(const S_ctx *c, int first, int last, const char *p)
{
	static const char *const parts[] = {"arm", "affiliate", "branch", "wing", "franchise",
					    "offshoot", "faction", NULL};
	if (!p || strlen(p) < 6 || strcmp(p + 3, "REB") || !strncmp(p, "---", 3))
		return p;
	const char *adj = S_affiliated_adj(c, first, last);
	if (adj)
		return adj;
	int comma = -1;
	for (int i = first + 1; i <= last + 1 && i < c->s->n_tokens; i++)
		if (S_is(c, i, ",")) {
			comma = i;
			break;
		}
	if (comma < 0)
		return p;
	/* "Ansar al-Sharia, the local arm of al Qaeda in the Arabian
	 * Peninsula", "..., an al Qaeda affiliate" */
	for (int j = comma + 1; j < comma + 5 && j < c->s->n_tokens && !S_edge(c, j); j++) {
		if (!S_in(c, j, parts))
			continue;
		const char *w = NULL;
		if (S_is(c, j + 1, "of")) {
			int e = j + 2;
			while (e + 1 < c->s->n_tokens && e < j + 10 && !S_edge(c, e + 1) &&
			       !S_is(c, e + 1, ",") && !S_verb_of(c, e + 1))
				e++;
			w = j + 2 < c->s->n_tokens ? S_code_words(c, c->s, j + 2, e) : NULL;
		} else if (j > comma + 1) {
			w = S_code_words(c, c->s, comma + 1, j - 1);
		}
		if (w && !strncmp(w, "IMG", 3))
			return w;
		break;
	}
	for (int j = comma + 2; j < comma + 7 && j < c->s->n_tokens; j++) {
		if (S_edge(c, j))
			break;
		if (!S_is(c, j, "'s"))
			continue;
		int k = j + 1;
		while (k < j + 4 && k < c->s->n_tokens && !S_in(c, k, parts) && !S_edge(c, k))
			k++;
		if (!S_in(c, k, parts))
			return p;
		const char *w = S_code_words(c, c->s, comma + 1, j - 1);
		return w && !strncmp(w, "IMG", 3) ? w : p;
	}
	return p;
}

/* "Rebels including fighters from the Nusra Front", "the Nusra Front and
 * other rebel groups": a group named as one of the country's rebels is
 * told as their member, and the side is theirs ("---REB", placed in the
 * town's country). A transnational group named alone stays itself. */
static const char *S_members(const S_ctx *c, int first, int last, const char *p)
{
	if (!p || strncmp(p, "IMG", 3))
		return p;
	int n = c->s->n_tokens;
	for (int i = first + 1; i <= last && i < n; i++)
		if (S_is(c, i, "including")) {
			const char *w = S_code_words(c, c->s, first, i - 1);
			/* "rebels", "insurgents", "militants" */
			return w && (!strcmp(w, "---REB") || !strcmp(w, "---INS")) ? "---REB" : p;
		}
	for (int i = first + 1; i <= last + 1 && i + 1 < n; i++)
		if (S_is(c, i, "and") && S_is(c, i + 1, "other")) {
			int e = i + 2;
			while (e + 1 < n && e < i + 5 && !S_edge(c, e + 1) && !S_verb_of(c, e + 1) &&
			       !S_is(c, e + 1, "that") && !S_is(c, e + 1, "who") && !S_is(c, e + 1, "which"))
				e++;
			const char *w = S_code_words(c, c->s, i + 2, e);
			return w && !strcmp(w, "---REB") ? w : p;
		}
	return p;
}

/* "Jihadists affiliated with al Qaeda", "Islamist militants believed to
 * be linked to al Qaeda": generic fighters tied to a transnational
 * group by a reduced relative are its branch, as "al Qaeda-linked" ones
 * are. A state's forces and a named group of the country stay
 * themselves. */
static const char *S_linked_to(const S_ctx *c, int first, int last, const char *p)
{
	static const char *const ties[] = {"linked", "affiliated", "tied", "allied", "loyal",
					   "connected", "aligned", NULL};
	static const char *const hedges[] = {"believed", "thought", "said", "suspected",
					     "reportedly", "allegedly", "to", "be", "closely", NULL};
	if (p && strncmp(p, "---", 3) && !(strlen(p) == 6 && !strcmp(p + 3, "REB")))
		return p;
	if (first < 0 || last < first)
		return p;
	int n = c->s->n_tokens, head = 0;
	for (int i = first; i < n && i <= last + 6; i++) {
		if (i > last && !S_in(c, i, ties) && !S_in(c, i, hedges))
			break;
		if (!S_in(c, i, ties) || !(S_is(c, i + 1, "to") || S_is(c, i + 1, "with"))) {
			head |= S_in(c, i, S_generic_heads);
			continue;
		}
		if (!head)
			return p;
		int e = i + 2;
		while (e + 1 < n && e < i + 7 && !S_edge(c, e + 1) && !S_verb_of(c, e + 1) &&
		       !S_is(c, e + 1, "that") && !S_is(c, e + 1, "who") && !S_is(c, e + 1, "which"))
			e++;
		const char *w = i + 2 < n ? S_code_words(c, c->s, i + 2, e) : NULL;
		return w && !strncmp(w, "IMG", 3) ? w : p;
	}
	return p;
}

/* The party named by words first..last: the coder's actor where the
 * coder coded the same words; a pronoun's or "the group"'s antecedent;
 * else the dictionaries'. */
static const char *S_held_by_forces(const S_ctx *c, const char **w, int m);

/* "Tigrayan authorities acknowledged they had lost Shire": a people's
 * name the dictionaries give its state, before the words of a body that
 * speaks or rules, is the people's side where "<people> forces" names
 * one (as "Tigrayan-held" is read). */
static const char *S_people_side(const S_ctx *c, int first, int last, const char *p)
{
	static const char *const bodies[] = {"authorities", "officials", "leaders", "leadership",
					     "administration", "commanders", "spokesman",
					     "spokeswoman", NULL};
	int f = first;
	if (S_tag(c, f, "DT"))
		f++;
	if (f + 1 != last || !S_in(c, last, bodies) || !c->s->tokens[f].upper)
		return p;
	const char *w[1] = {c->s->tokens[f].upper};
	const char *side = S_held_by_forces(c, w, 1);
	return side && S_non_state(side) ? side : p;
}

/* "the Tuareg-led CSP coalition": a phrase the dictionaries do not list
 * whole, which its "X-led" says is X's rebels' (the dictionaries list
 * "Tuareg-led rebels") where the rest reads as a state or as no side (a
 * bare "coalition" is the U.S.-led one); "U.S.-led" names a state and
 * changes nothing. */
static const char *S_led_by(const S_ctx *c, int first, int last, const char *p)
{
	if (p && S_non_state(p))
		return p;
	for (int i = first; i < last; i++) {
		const char *t = S_text(c, i), *dash = t ? strrchr(t, '-') : NULL;
		if (!dash || dash == t || strcasecmp(dash + 1, "led") || !c->s->tokens[i].upper)
			continue;
		const char *w[2] = {c->s->tokens[i].upper, "REBELS"};
		const char *r = c->code(c->code_ctx, w, 2);
		if (r && S_non_state(r))
			return r;
	}
	return p;
}

static const char *S_party_words(const S_ctx *c, int first, int last, int depth)
{
	if (first < 0 || last < first || S_splinter(c, first, last + 2))
		return NULL;
	if (S_in(c, first, S_pronouns)) {
		const char *sp = S_saying(c, first, depth);
		if (!sp)
			sp = S_said_and_that(c, first, depth);
		if (!sp)
			sp = S_said_pronoun(c, first, depth);
		return sp ? sp : S_party_before(c, first, 0, depth + 1);
	}
	const char *p = NULL;
	for (int k = 0; k < c->n_evs && !p; k++) {
		const pm_coded_event *e = &c->evs[k];
		if (e->source && e->src_first == first && e->src_last == last)
			p = e->source;
		else if (e->target && e->tgt_first == first && e->tgt_last == last)
			p = e->target;
	}
	if (!p || S_branch(c, first, last)) {
		const char *w = S_code_words(c, c->s, first, last);
		if (w && (!p || strncmp(w, "---", 3)))
			p = w;
	}
	p = S_leader(c, first, last, p);
	p = S_led_by(c, first, last, p);
	p = S_people_side(c, first, last, p);
	p = S_members(c, first, last, S_parent(c, first, last, p));
	const char *tied = S_linked_to(c, first, last, p);
	if (tied != p)
		return tied;
	/* "the militants", "the group": the group named before, if any; also
	 * where the coder gave the words the place's country ("the terrorist
	 * group" in Syria: SYRREB) that the words alone do not name */
	if ((!p || !strncmp(p, "---", 3) || S_unnamed(c, first, last)) &&
	    S_generic(c, first, last)) {
		const char *named = S_party_before(c, first, 1, depth + 1);
		if (named)
			return named;
	}
	return p;
}

/* The subject of the verb at tok. The coder's source for that verb where
 * it has one; else the noun phrase before the verb group, reached through
 * "who"/"which" (the noun it modifies), through "and" (a second verb of
 * the same subject), through a participle's comma (the main clause's
 * subject: "..., seizing the airport") and over an aside between commas
 * ("Army units, backed by allied forces, entered"). */
static int S_forcing_at(const S_ctx *c, int to);
static int S_opener(const S_ctx *c, int tok);

static const char *S_subject_at(const S_ctx *c, int tok, int *first, int *last, int depth)
{
	*first = *last = -1;
	if (depth > 3)
		return NULL;
	/* "forcing government troops to retreat": the one forced, not the
	 * forcer the coder may give the verb */
	int forcer = tok >= 1 ? S_forcing_at(c, tok - 1) : -1;
	if (forcer >= 0 && forcer + 1 < tok - 1) {
		*first = forcer + 1;
		*last = tok - 2;
		return S_party_words(c, *first, *last, depth);
	}
	/* "Tigray's regional leaders, whose forces control Mekelle": the
	 * forces are the possessor's, not the state's the coder may read */
	int wj = tok - 1;
	while (wj >= 0 && (S_in(c, wj, S_group_words) || S_tag(c, wj, "RB")))
		wj--;
	int wf = wj >= 0 && !S_edge(c, wj) ? S_np_back(c, wj) : -1;
	int whose = S_is(c, wf, "whose") ? wf : S_is(c, wf - 1, "whose") ? wf - 1 : -1;
	if (whose >= 1) {
		int e = S_is(c, whose - 1, ",") ? whose - 2 : whose - 1;
		if (e >= 0 && !S_edge(c, e)) {
			*last = e;
			*first = S_np_back(c, e);
			return S_party_words(c, *first, *last, depth);
		}
	}
	const char *coded = NULL;
	for (int k = 0; k < c->n_evs; k++) {
		const pm_coded_event *e = &c->evs[k];
		if (e->verb_token == tok && e->source && e->src_first >= 0 && e->src_first < tok) {
			/* a compound subject is one event per party: its words
			 * are all of theirs ("Yemeni and Emirati forces") */
			if (!coded) {
				coded = e->source;
				*first = e->src_first;
				*last = e->src_last;
			}
			if (e->src_first < *first)
				*first = e->src_first;
			if (e->src_last > *last)
				*last = e->src_last;
		}
	}
	if (coded) {
		/* "Government troops backed by Lebanon's Hezbollah took": the
		 * coder may take the backer; the party is the noun before */
		int by = *first - 1;
		if (S_is(c, by, "by") && S_in(c, by - 1, S_backers) && by - 2 >= 0 && !S_edge(c, by - 2)) {
			*last = by - 2;
			*first = S_np_back(c, *last);
			return S_party_words(c, *first, *last, 0);
		}
		for (int i = *first + 1; i < *last; i++)
			if (S_in(c, i, S_backers) && S_is(c, i + 1, "by")) {
				*last = i - 1;
				return S_party_words(c, *first, *last, 0);
			}
		if (S_splinter(c, *first, *last + 2 < tok ? *last + 2 : tok - 1))
			return NULL;
		/* "the U.S.-backed Syrian Democratic Forces": the coder may take
		 * the backer; the dictionaries' reading of the words leaves it */
		for (int i = *first; i <= *last; i++) {
			const char *t = S_text(c, i), *dash = strrchr(t, '-');
			if ((dash && dash > t && S_in_word(dash + 1, S_backers)) ||
			    (S_is(c, i, "-") && S_in(c, i + 1, S_backers))) {
				const char *own = S_code_words(c, c->s, *first, *last);
				if (own && strncmp(own, "---", 3) && !S_same_side(own, coded))
					coded = own;
				break;
			}
		}
		if (S_branch(c, *first, *last)) {
			const char *own = S_code_words(c, c->s, *first, *last);
			if (own && strncmp(own, "---", 3) && !S_same_side(own, coded))
				coded = own;
		}
		/* "Eastern Libyan forces under Khalifa Haftar": the coder's
		 * words end before the commander */
		int e = *last;
		while (e + 1 < c->s->n_tokens && e - *last < 6 && !S_edge(c, e + 1) &&
		       !S_verb_of(c, e + 1) && !S_in(c, e + 1, S_pronouns))
			e++;
		if (!S_in(c, *first, S_pronouns))
			coded = S_linked_to(c, *first, *last,
					    S_members(c, *first, *last,
						      S_parent(c, *first, *last,
							       S_leader(c, *first, e, coded))));
		if (S_in(c, *first, S_pronouns) || S_generic(c, *first, *last))
			return S_party_words(c, *first, *last, 0);
		/* the coder may code "Emirati forces" of "Yemeni and Emirati
		 * forces": the whole phrase is the subject */
		int whole = S_np_back(c, *last);
		if (whole < *first && !S_in(c, whole, S_pronouns))
			*first = whole;
		return coded;
	}
	int j = tok - 1;
	while (j >= 0 && (S_in(c, j, S_group_words) || S_tag(c, j, "RB") || S_is(c, j, "to")))
		j--;
	/* "Al-Qaeda in the Arabian Peninsula (AQAP) now controls": the
	 * name before its acronym */
	if (S_is(c, j, ")") || S_is(c, j, "-RRB-"))
		for (int k = j - 1; k >= 1 && k >= j - 6; k--)
			if (S_is(c, k, "(") || S_is(c, k, "-LRB-")) {
				j = k - 1;
				break;
			}
	if (j < 0)
		return NULL;
	j = S_skip_aside(c, j);
	if (S_is(c, j, "and") && j > 0 && S_finite(c, j - 1))
		return S_subject_at(c, j - 1, first, last, depth + 1);
	/* "seized Kandahar and Herat on Friday, and took Lashkar Gah": the
	 * verb before the comma's subject */
	if (S_is(c, j, "and"))
		for (int v = j - 1; v >= 0 && v >= j - 24 && !S_is(c, v, ";"); v--) {
			if (S_is(c, v, "who") || S_is(c, v, "which") || S_is(c, v, "that"))
				break;
			if (S_tag(c, v, "VBD") || S_tag(c, v, "VBZ") || S_tag(c, v, "VBP") ||
			    (S_tag(c, v, "VBN") && S_in(c, v - 1, S_group_words)))
				return S_subject_at(c, v, first, last, depth + 1);
		}
	/* "continued to run the town", "managed to retake", "deny losing
	 * Kunduz": the verb before's subject */
	const char *tt = S_text(c, tok);
	size_t tn = strlen(tt);
	int gerund = tn > 3 && !strcasecmp(tt + tn - 3, "ing");
	/* "were digging in to defend the city": the verb before the particle */
	if (S_is(c, j, "in") && S_is(c, j + 1, "to") && j + 1 < tok && j > 0 &&
	    S_tag(c, j - 1, "VB"))
		return S_subject_at(c, j - 1, first, last, depth + 1);
	if (((S_is(c, j + 1, "to") && j + 1 < tok) || (gerund && j == tok - 1)) &&
	    (S_finite(c, j) || S_tag(c, j, "VB")))
		return S_subject_at(c, j, first, last, depth + 1);
	/* "secured Timbuktu, two days after taking Gao": the main clause's
	 * subject */
	if (gerund && j == tok - 1 && (S_is(c, j, "after") || S_is(c, j, "before") ||
				       S_is(c, j, "since") || S_is(c, j, "while"))) {
		for (int v = j - 1; v >= 0; v--)
			if (S_finite(c, v) && (S_tag(c, v, "VBD") || S_tag(c, v, "VBZ") ||
					       S_tag(c, v, "VBP")))
				return S_subject_at(c, v, first, last, depth + 1);
		return NULL;
	}
	if (S_is(c, j, ",")) {
		const char *t = S_text(c, tok);
		size_t n = strlen(t);
		if (n > 3 && !strcasecmp(t + n - 3, "ing")) {
			/* "entered Kunduz after the Taliban garrison surrendered,
			 * taking the last Taliban bastion": the main clause's
			 * verb, not one of a clause of time before the comma */
			static const char *const subord[] = {"after", "as", "when", "while", "because",
							     "before", "until", "once", NULL};
			int fallback = -1;
			for (int v = j - 1; v >= 0; v--) {
				if (!S_finite(c, v))
					continue;
				if (fallback < 0)
					fallback = v;
				if (!S_in(c, S_opener(c, v), subord))
					return S_subject_at(c, v, first, last, depth + 1);
			}
			return fallback >= 0 ? S_subject_at(c, fallback, first, last, depth + 1) : NULL;
		}
		for (int k = j - 1; k >= 0 && k >= j - 14; k--)
			if (S_is(c, k, ",")) {
				if (S_in(c, k + 1, S_aside) || S_tag(c, k + 1, "VBN")) {
					j = k - 1;
					break;
				}
				break;
			}
	}
	if (S_is(c, j, "who") || S_is(c, j, "which") || S_is(c, j, "that")) {
		int e = j - 1;
		if (S_is(c, e, ","))
			e--;
		if (e >= 0 && !S_edge(c, e)) {
			*last = e;
			*first = S_np_back(c, e);
			return S_party_words(c, *first, *last, 0);
		}
		return NULL;
	}
	if (S_edge(c, j))
		return NULL;
	*last = j;
	*first = S_np_back(c, j);
	return S_party_words(c, *first, *last, 0);
}

static const char *S_subject(const S_ctx *c, int tok, int *first, int *last)
{
	return S_subject_at(c, tok, first, last, 0);
}

/* The noun phrase read forward from lo (an agent "by X", "to X"). */
/* "last" opening a time ("last week", "last Tuesday"), not "the last
 * Islamic State fighters". */
static int S_last_time(const S_ctx *c, int i)
{
	static const char *const times[] = {"week", "month", "year", "night", "weekend",
					    "summer", "winter", "spring", "autumn", NULL};
	return S_is(c, i, "last") && (S_in(c, i + 1, times) || S_in(c, i + 1, S_weekdays) ||
				      S_in(c, i + 1, S_calendar) || S_punct(c, i + 1) ||
				      i + 1 >= c->s->n_tokens);
}

/* The "to" of "forces loyal to Khalifa Haftar": inside the noun phrase. */
static int S_loyal_to(const S_ctx *c, int i)
{
	return S_is(c, i, "to") && (S_is(c, i - 1, "loyal") || S_is(c, i - 1, "allied"));
}

static const char *S_np_forward(const S_ctx *c, int lo, int *first, int *last)
{
	int i = lo;
	while (i < c->s->n_tokens && i < lo + S_MAX_WORDS && !S_punct(c, i) &&
	       !S_in(c, i, S_stops) && !S_is(c, i, "on") && !S_is(c, i, "in") &&
	       !S_is(c, i, "since") && !S_last_time(c, i) && !S_is(c, i, "from") &&
	       (!S_is(c, i, "to") || S_loyal_to(c, i)) && !(S_tagged(c) && i > lo && S_tag(c, i, "VB")))
		i++;
	*first = *last = -1;
	if (i == lo)
		return NULL;
	*first = lo;
	*last = i - 1;
	return S_party_words(c, lo, i - 1, 0);
}

static const char *S_localize(const S_ctx *c, const char *code, const pm_place *p);

/* Of a phrase that names several parties ("French and Malian troops",
 * "Yemeni and Emirati forces"), the place's own: a joint capture puts
 * the town on the map of the side it belongs to. */
/* "army units loyal to ex-president Saleh", "forces loyal to the
 * ousted leader": troops of a former ruler fight the state, whatever
 * their words code to. */
static int S_loyal_former(const S_ctx *c, int first, int last)
{
	for (int i = first; i + 2 <= last + 3 && i < c->s->n_tokens; i++) {
		if (!S_is(c, i, "loyal") || !S_is(c, i + 1, "to"))
			continue;
		for (int k = i + 2; k <= i + 4 && k < c->s->n_tokens; k++) {
			const char *t = S_text(c, k);
			if (!strncasecmp(t, "ex-", 3) || S_is(c, k, "former") || S_is(c, k, "ousted") ||
			    S_is(c, k, "deposed") || S_is(c, k, "toppled") || S_is(c, k, "ex"))
				return 1;
		}
	}
	return 0;
}

static const char *S_local(const S_ctx *c, int first, int last, const char *party,
			   const pm_place *where)
{
	if (first < 0 || !where->found)
		return party;
	int many = 0;
	for (int i = first; i <= last; i++) {
		/* "MUJAO, an al-Qaeda offshoot,": an apposition, not a list
		 * (S_parent read whose offshoot) */
		if (S_is(c, i, ",") && (S_is(c, i + 1, "a") || S_is(c, i + 1, "an") || S_is(c, i + 1, "the")))
			return party;
		many |= S_is(c, i, "and") || S_is(c, i, ",");
	}
	if (!many)
		return party;
	const char *local = NULL, *local_generic = NULL, *prev = NULL;
	int start = first, named = 0;
	for (int i = first; i <= last + 1; i++) {
		if (i <= last && !S_is(c, i, "and") && !S_is(c, i, ",") && !S_is(c, i, "or"))
			continue;
		if (i > start) {
			/* the item's words and the agents after the last item */
			const char *w[S_MAX_WORDS];
			int n = 0, noun = 0;
			for (int k = start; k < i && n < S_MAX_WORDS; k++) {
				w[n++] = c->s->tokens[k].upper;
				noun |= S_tag(c, k, "NN") && !S_tag(c, k, "NNP");
			}
			/* "French and Malian troops": an item with no noun of
			 * its own shares the last one's */
			for (int k = i + 1; k <= last && n < S_MAX_WORDS && i <= last && !noun; k++)
				if (S_tag(c, k, "NN") && !S_tag(c, k, "NNP"))
					w[n++] = c->s->tokens[k].upper;
			const char *p = n ? c->code(c->code_ctx, w, n) : NULL;
			/* "militiamen allied with the Congolese army" */
			if (p)
				p = S_leader(c, start, i - 1, p);
			/* "Russia said its troops and separatist fighters had
			 * captured": the possessive's item is the party the
			 * pronoun was read as, not agents of the town's country */
			if ((S_is(c, start, "its") || S_is(c, start, "their")) &&
			    !S_is(c, start + 1, "allies") && party && strncmp(party, "---", 3))
				p = party;
			char side[32];
			/* "Karen rebels and allied resistance forces": the
			 * ally is on the side of the party it is allied to */
			if (S_is(c, start, "allied") || S_is(c, start, "aligned") ||
			    (S_is(c, start, "their") && S_is(c, start + 1, "allies")) ||
			    S_loyal_former(c, start, i - 1))
				p = NULL;
			int generic = p && !strncmp(p, "---", 3);
			/* "Israeli troops and tanks": an item of bare soldiers
			 * or arms after a named state's is that state's, not
			 * the town's ("Russian troops and separatist fighters"
			 * are two sides) */
			if (generic && prev && !strcmp(p + 3, "MIL") &&
			    pm_control_party(prev, side, sizeof(side)) == 3) {
				p = prev;
				generic = 0;
			}
			if (generic)
				p = S_localize(c, p, where);
			else if (p) {
				named = 1;
				prev = p;
			}
			/* the state's side first ("the army and allied militias") */
			if (p && pm_control_party(p, side, sizeof(side)) == 3 &&
			    !strcmp(side, where->country))
				return p;
			if (p && !strncmp(p, where->country, 3)) {
				if (!generic && !local)
					local = p;
				else if (generic && !local_generic)
					local_generic = p;
			}
		}
		start = i + 1;
	}
	/* "Islamic State of Iraq and the Levant militants": words with no
	 * name of their own after "and" are not a second party beside a
	 * named one */
	return local ? local : named ? party : local_generic ? local_generic : party;
}

/* "Kurdish peshmerga forces", "Kurdish fighters": the dictionaries code
 * the Kurds as a people ("---") and the peshmerga as Iraq's military, as
 * event coders do; on a control map the Kurdish forces hold their towns
 * apart from the state's (Baghdad took Sinjar from them in 2017), as a
 * people's side of the country (IRQKUR), like the SDF's SYRKUR. */
static const char *S_kurdish(const S_ctx *c, int first, int last, const char *party,
			     const pm_place *where)
{
	char side[32];
	/* "under Kurdish control", "Kurdish-held": the people's name alone,
	 * which the dictionaries give no side ("---") */
	int bare = !party || !strcmp(party, "---");
	if (first < 0 || !where->found || strlen(where->country) != 3 ||
	    (!bare && (pm_control_party(party, side, sizeof(side)) <= 0 ||
		       strncmp(side, where->country, 3) || (side[3] && strcmp(side + 3, "REB")))))
		return party;
	for (int i = first; i <= last; i++)
		if (S_in(c, i, S_kurds)) {
			char *out = pm_arena_alloc(c->a, 7);
			snprintf(out, 7, "%.3sKUR", where->country);
			return out;
		}
	return party;
}

/* "Opposition fighters recaptured Saraqeb": the coder may keep the
 * opposition (SYROPP, which holds nothing) and drop its fighters; armed
 * words make it the armed opposition (SYROPPREB, the country's rebels). */
static const char *S_armed_opposition(const S_ctx *c, int first, int last, const char *party)
{
	static const char *const armed[] = {"fighters", "forces", "militants", "gunmen", "rebels",
					    "insurgents", "militiamen", "troops", "units", NULL};
	size_t n = party ? strlen(party) : 0;
	if (n != 6 || strcmp(party + 3, "OPP") || first < 0)
		return party;
	for (int i = first; i <= last && i < c->s->n_tokens; i++)
		if (S_in(c, i, armed)) {
			char *out = pm_arena_alloc(c->a, 10);
			snprintf(out, 10, "%sREB", party);
			return out;
		}
	return party;
}

/* "Yemen's Houthi rebels": the coder may keep the country and drop the
 * rebels; a party of one item whose words call it rebels is the
 * country's rebels, not its state. */
static const char *S_rebel_words(const S_ctx *c, int first, int last, const char *party,
				  const pm_place *where)
{
	static const char *const rebels[] = {"rebels", "rebel", "insurgents", "separatists",
					     "jihadists", "militants", NULL};
	char side[32];
	if (!party || first < 0 || !where->found || pm_control_party(party, side, sizeof(side)) != 3)
		return party;
	int named = 0;
	for (int i = first; i <= last && i < c->s->n_tokens; i++) {
		if (S_is(c, i, "and") || S_is(c, i, ",") || S_is(c, i, "or") || S_is(c, i, "against"))
			return party;
		named |= S_in(c, i, rebels);
	}
	if (!named)
		return party;
	char *out = pm_arena_alloc(c->a, 7);
	snprintf(out, 7, "%.3sREB", side);
	return out;
}

/* "Ethiopian troops backed by Somali government forces captured Hudur",
 * "French and Chadian troops took Tessalit, as Malian soldiers followed
 * them": another state's forces that fight beside the town's own state
 * take the town back for that state's side, which is what a map shows.
 * Returns the home state's code, or party. */
static const char *S_home_ally(const S_ctx *c, const char *party, const pm_place *where)
{
	static const char *const beside[] = {"backed", "supported", "accompanied", "joined",
					     "alongside", "with", NULL};
	char side[32], home[32];
	if (!party || !where->found || S_is_unresolved(where) ||
	    pm_control_party(party, side, sizeof(side)) != 3 || !strncmp(side, where->country, 3) ||
	    !isalpha((unsigned char)side[0]) || !strcmp(side, "IMG") || !strcmp(side, "IGO"))
		return party;
	for (int i = 0; i < c->s->n_tokens; i++) {
		int f = -1, l = -1;
		const char *p = NULL;
		if (S_in(c, i, beside)) {
			int lo = S_is(c, i + 1, "by") ? i + 2 : i + 1;
			if (S_in(c, i, beside) < 4 && lo == i + 1)
				continue;   /* "backed" needs its "by" */
			p = S_np_forward(c, lo, &f, &l);
		} else if (S_is(c, i, "followed") && i >= 2 && S_is(c, i + 1, "them")) {
			l = i - 1;
			f = S_np_back(c, l);
			p = S_code_words(c, c->s, f, l);
		}
		if (p && pm_control_party(p, home, sizeof(home)) == 3 &&
		    !strncmp(home, where->country, 3)) {
			char *out = pm_arena_alloc(c->a, 4);
			memcpy(out, home, 3);
			out[3] = '\0';
			return out;
		}
	}
	return party;
}

/* The forces of a former ruler alone ("troops loyal to the ousted
 * president took the town") are the country's rebels. */
/* "Protesters and defected soldiers remained in control of Zawiya":
 * soldiers who defected, deserters and mutineers are the state's rebels,
 * not its army. */
static const char *S_defectors(const S_ctx *c, int first, int last, const char *party)
{
	static const char *const turned[] = {"defected", "defecting", "defector", "defectors",
					     "deserters", "mutineers", "mutinous", "renegade", NULL};
	char side[32];
	if (!party || first < 0 || pm_control_party(party, side, sizeof(side)) != 3)
		return party;
	for (int i = first; i <= last && i < c->s->n_tokens; i++)
		if (S_in(c, i, turned)) {
			char *out = pm_arena_alloc(c->a, 7);
			snprintf(out, 7, "%.3sREB", side);
			return out;
		}
	return party;
}

static const char *S_former_rebels(const S_ctx *c, int first, int last, const char *party,
				   const pm_place *where)
{
	char side[32];
	if (!party || first < 0 || !where->found ||
	    pm_control_party(party, side, sizeof(side)) != 3 || strcmp(side, where->country) ||
	    !S_loyal_former(c, first, last))
		return party;
	char *out = pm_arena_alloc(c->a, 7);
	snprintf(out, 7, "%.3sREB", side);
	return out;
}

/* "ethnic Armenian forces" or "Armenian separatists" holding towns of
 * Azerbaijan: a people's armed side inside another state is that state's
 * separatists, the country's rebels (section 2 of docs/control.md), not
 * the state their words name; "Armenian-held", with no such word, stays
 * the dictionaries' reading. */
/* "Bosnian Serb commander Ratko Mladic", "under Bosnian Serb control":
 * the place's country's adjective before another nation's name is a
 * people of the place fighting its state, the country's rebels, not its
 * army the words code to. */
/* The country a nation's name codes to, trying its stem's adjective
 * ("Serb": Serbian) where the name alone codes nothing. */
static const char *S_nation_code(const S_ctx *c, int i)
{
	const char *u = c->s->tokens[i].upper;
	if (!u || !*u)
		return NULL;
	const char *w[1] = {u};
	const char *code = c->code(c->code_ctx, w, 1);
	if (code)
		return code;
	char buf[40];
	snprintf(buf, sizeof(buf), "%sIAN", u);
	w[0] = buf;
	return c->code(c->code_ctx, w, 1);
}

/* The country's rebels when words first..last name a country's
 * adjective before another nation's name ("Bosnian Serb"), the first
 * coding cc; else NULL. */
static const char *S_kin_words(const S_ctx *c, int first, int last, const char *cc)
{
	for (int i = first; i < last && i + 1 < c->s->n_tokens; i++) {
		if (!pm_ew_capital(c->s, i) || !pm_ew_capital(c->s, i + 1))
			continue;
		const char *a = S_code_words(c, c->s, i, i), *b = S_nation_code(c, i + 1);
		if (a && b && strlen(a) == 3 && strlen(b) == 3 && isalpha((unsigned char)b[0]) &&
		    isalpha((unsigned char)a[0]) && (!cc || !strncmp(a, cc, 3)) && strcmp(a, b) &&
		    strncmp(b, "---", 3) && strncmp(b, "IMG", 3) && strncmp(b, "IGO", 3)) {
			char *out = pm_arena_alloc(c->a, 7);
			snprintf(out, 7, "%.3sREB", a);
			return out;
		}
	}
	return NULL;
}

static const char *S_kin_rebels(const S_ctx *c, int first, int last, const char *party,
				const pm_place *where)
{
	char side[32];
	if (!party || first < 0 || !where->found || strlen(where->country) != 3 ||
	    pm_control_party(party, side, sizeof(side)) != 3 || strncmp(side, where->country, 3))
		return party;
	const char *kin = S_kin_words(c, first, last, where->country);
	return kin ? kin : party;
}

static const char *S_ethnic_rebels(const S_ctx *c, int first, int last, const char *party,
				   const pm_place *where)
{
	char side[32];
	if (!party || first < 0 || !where->found || S_is_unresolved(where) ||
	    pm_control_party(party, side, sizeof(side)) <= 0 || !isalpha((unsigned char)side[0]) ||
	    !strncmp(side, where->country, 3) || !strncmp(side, "IMG", 3) ||
	    !(strlen(side) == 3 || !strcmp(side + 3, "REB")))
		return party;
	int ethnic = 0;
	for (int i = first; i <= last && i < c->s->n_tokens; i++)
		ethnic |= S_is(c, i, "ethnic") || S_is(c, i, "separatist") ||
			  S_is(c, i, "separatists") || S_is(c, i, "secessionist") ||
			  S_is(c, i, "secessionists");
	if (!ethnic)
		return party;
	char *out = pm_arena_alloc(c->a, 7);
	snprintf(out, 7, "%.3sREB", where->country);
	return out;
}

/* "An army commander defected to forces loyal to former vice president
 * Riek Machar and said his troops controlled Bentiu": the side of one who
 * defected, told in the same sentence before the statement, is the side
 * he went over to. */
static const char *S_defected(const S_ctx *c, int tok, const char *party, const pm_place *where)
{
	if (!party)
		return party;
	for (int i = 1; i + 2 < tok; i++) {
		if (!(S_is(c, i, "defected") || S_is(c, i, "defects")) || !S_is(c, i + 1, "to"))
			continue;
		int sf, sl, f, l;
		const char *who = S_subject(c, i, &sf, &sl);
		/* "A South Sudanese army commander in Unity state, James Koang,
		 * defected": the name in apposition hides the subject */
		for (int k = 0; k < c->n_evs && !who; k++)
			if (c->evs[k].verb_token == i)
				who = c->evs[k].source;
		if (!who && S_is(c, i - 1, ",")) {
			int k = i - 2;
			while (k > 0 && !S_is(c, k, ","))
				k--;
			if (k > 0)
				who = S_party_words(c, S_np_back(c, k - 1), k - 1, 0);
		}
		if (!who || !S_same_side(S_localize(c, who, where), party))
			return party;
		const char *to = S_np_forward(c, i + 2, &f, &l);
		/* "forces loyal to": the NP goes on through "loyal to X" */
		int e = l;
		while (e >= 0 && e + 1 < tok && !S_punct(c, e + 1) && !S_is(c, e + 1, "and") && e - l < 8)
			e++;
		to = to ? S_leader(c, f, e, to) : NULL;
		to = S_former_rebels(c, f, e, S_localize(c, to, where), where);
		if (to && strncmp(to, "---", 3) && !S_same_side(to, party))
			return to;
		return party;
	}
	return party;
}

/* ---- Sureness ---------------------------------------------------------------------- */

static int S_opener(const S_ctx *c, int tok);

/* "the first provincial capital to fall to the Taliban", "the latest town
 * to be retaken": an infinitive after an ordinal tells what happened. */
static int S_ordinal_before(const S_ctx *c, int to)
{
	static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth",
					       "latest", "last", "only", "next", NULL};
	for (int k = to - 1; k >= 0 && k >= to - 5; k--) {
		if (S_in(c, k, ordinals))
			return !S_is(c, k, "next");
		if (S_punct(c, k) || S_tag(c, k, "VB") || S_in(c, k, S_stops))
			return 0;
	}
	return 0;
}

/* The statement's status from the sentence around its trigger, or -1
 * when the sentence does not report it as so (an aim, the future, a
 * condition). */
/* "troops were digging in to defend the city", "deployed to defend
 * it": one defends only what one holds, so the aim tells a hold of the
 * day; "an offensive to defend" or "vowed to defend" (a promise) do not. */
static int S_defend_in(const S_ctx *c, int tok, int to)
{
	static const char *const there[] = {"in", "dug", "digging", "deployed", "stayed",
					    "remained", "remain", "positioned", "fought",
					    "fighting", "massed", NULL};
	return (S_is(c, tok, "defend") || S_is(c, tok, "hold")) && S_in(c, to - 1, there);
}

/* "withdrew from Sinjar, allowing Islamic State to take the town": what
 * a done deed let a party do was done. to: the "to". */
/* "were forced to withdraw from X", "forcing government troops to
 * retreat from the city", "compelled the rebels to leave": an infinitive
 * after a verb of forcing, itself told as done, is done. */
static int S_forcing_at(const S_ctx *c, int to)
{
	static const char *const forcing[] = {"forced", "forcing", "compelled", "compelling",
					      "obliged", NULL};
	static const char *const unreal[] = {"to", "will", "would", "could", "may", "might",
					     "should", "must", NULL};
	if (!S_is(c, to, "to"))
		return -1;
	for (int k = to - 1; k >= 1 && k >= to - 6; k--) {
		if (S_in(c, k, forcing)) {
			int b = k - 1;
			while (b >= 0 && (S_in(c, b, S_group_words) || S_tag(c, b, "RB")) &&
			       !S_in(c, b, unreal))
				b--;
			return S_in(c, b, unreal) ? -1 : k;
		}
		if (S_edge(c, k) || S_punct(c, k))
			return -1;
	}
	return -1;
}

static int S_allowing(const S_ctx *c, int to)
{
	static const char *const letting[] = {"allowing", "letting", "enabling", "leaving", NULL};
	for (int k = to - 1; k >= 1 && k >= to - 5; k--) {
		if (S_in(c, k, letting))
			return S_is(c, k - 1, ",") && k < to - 1;
		if (S_edge(c, k))
			return 0;
	}
	return 0;
}

static int S_status(const S_ctx *c, int tok)
{
	pm_modality m;
	pm_modality_at(c->s, tok, &m);
	/* "an offensive to retake Mosul", "ordered troops to withdraw": an
	 * infinitive reports an aim, unless "managed to" or "continue to" */
	int j = tok - 1;
	while (j >= 0 && (S_tag(c, j, "RB") || S_is(c, j, "not") || S_is(c, j, "fully")))
		j--;
	int claim = 0;
	/* "to evacuate its citizens and secure the airport": the second verb
	 * shares the first's "to" */
	if (S_is(c, j, "and"))
		for (int k = j - 1; k >= 0 && k >= j - 8 && !S_punct(c, k) && !S_in(c, k, S_stops); k--)
			if (S_is(c, k, "to") && (S_tag(c, k + 1, "VB") || !S_tagged(c))) {
				j = k;
				break;
			}
	/* "demanded that the rebels withdraw", "urged that": asked for;
	 * "demanded on Tuesday that": past a time phrase too */
	int o = S_opener(c, tok);
	if (S_is(c, o, "that"))
		for (int k = o - 1; k >= 0 && k >= o - 4 && !S_punct(c, k); k--) {
			if (S_in(c, k, S_asking))
				return -1;
			if (S_tag(c, k, "VBD") || S_tag(c, k, "VBZ") || S_tag(c, k, "VBP"))
				break;
		}
	int never = 0;
	if (S_is(c, j, "to")) {
		/* "police moved back in to take over the city": done, not aimed */
		int moved_in = S_is(c, j - 1, "in") &&
			       (S_is(c, j - 2, "moved") || (S_is(c, j - 2, "back") && S_is(c, j - 3, "moved")));
		if (S_in(c, j - 1, S_claim_nouns) ||
		    (S_in(c, j - 2, S_claim_nouns) && S_tag(c, j - 1, "RB")))
			claim = 1;
		else if (!S_in(c, j - 1, S_to_real) && !moved_in && !S_ordinal_before(c, j) &&
			 !S_defend_in(c, tok, j) && !S_allowing(c, j) &&
			 S_forcing_at(c, j) < 0)
			return -1;
		/* "never managed to enter Kyiv" */
		never = S_in(c, j - 1, S_to_real) &&
			(S_is(c, j - 2, "never") || S_is(c, j - 2, "not") || S_is(c, j - 2, "n't"));
	}
	if (m.kind == PM_MOD_FUTURE || m.kind == PM_MOD_CONDITIONAL)
		return -1;
	int status = m.kind == PM_MOD_NEGATED || never ? PM_CONTROL_DENIED
		     : m.kind == PM_MOD_CLAIMED ? PM_CONTROL_CLAIMED : PM_CONTROL_ASSERTED;
	if (claim) {
		status = PM_CONTROL_CLAIMED;
		/* "rejected the M23's claim to control the city" */
		for (int k = j - 2; k >= 0 && k >= j - 8; k--)
			if (S_in(c, k, S_rejecting)) {
				status = PM_CONTROL_DENIED;
				break;
			}
	}
	return status;
}

static int S_same_side(const char *a, const char *b)
{
	char pa[32], pb[32];
	return a && b && pm_control_party(a, pa, sizeof(pa)) > 0 &&
	       pm_control_party(b, pb, sizeof(pb)) > 0 && !strcmp(pa, pb);
}

/* "---MIL" at a place in Syria is "SYRMIL", as the pipeline does for event
 * actors. */
static const char *S_localize(const S_ctx *c, const char *code, const pm_place *p)
{
	/* a town the gazetteer lacks has an uncertain country: its agents
	 * stay "---" for the timeline to place with the country most reports
	 * give the town */
	if (!code || strncmp(code, "---", 3) || !p->found || strlen(p->country) != 3 ||
	    S_is_unresolved(p))
		return code;
	size_t n = strlen(code);
	char *out = pm_arena_alloc(c->a, n + 1);
	memcpy(out, p->country, 3);
	memcpy(out + 3, code + 3, n - 2);
	return out;
}

/* "Islamist fighters of MUJAO seized Menaka from the MNLA": a group the
 * dictionaries code as the country's rebels, taking a town from the
 * country's rebels, is not their side but the one it is declared a
 * branch of (al-Qaeda); its hold or capture from the state ("MUJAO now
 * controls Gao") stays the rebels'. */
static const char *S_rival_branch(const S_ctx *c, int first, int last, const char *party,
				  const char *loser)
{
	if (!party || !loser || !c->affiliate || first < 0 || last < first ||
	    !S_same_side(party, loser))
		return party;
	const char *w[S_MAX_WORDS];
	int n = 0;
	for (int i = first; i <= last && n < S_MAX_WORDS; i++)
		w[n++] = c->s->tokens[i].upper;
	const char *of = c->affiliate(c->code_ctx, w, n);
	return of ? of : party;
}

/* A gain or hold the party's own side reports ("M23 said it had taken
 * Goma", "..., an army spokesman said") is a claim. */
static int S_armed(const char *code, int governments);

/* The first speaker of the words at tok ("Armenian officials denied that
 * ...", "..., the army said") who codes to an armed side, or NULL. */
static int S_after_word(const S_ctx *c, int tok, const char *word, int limit);

static int S_countryless(const char *p);

static const char *S_speaker(const S_ctx *c, int tok, int *first, int *last,
			     const pm_place *where)
{
	pm_coded_event probe;
	memset(&probe, 0, sizeof(probe));
	probe.verb_token = (int16_t)tok;
	probe.src_first = probe.src_last = probe.tgt_first = probe.tgt_last = -1;
	pm_attribution at;
	*first = *last = -1;
	int n = pm_attribution_extract(c->s, &probe, &at) < 0 ? 0 : at.n;
	/* "denied rebel claims that the city had fallen": the rebels made
	 * the claim; the speaker of the words is the one who denies them */
	for (int k = tok - 1; k >= 0 && k >= tok - 8; k--)
		if (S_in(c, k, S_claim_nouns) && k >= 2 &&
		    (S_in(c, k - 1, S_rejecting) || S_in(c, k - 2, S_rejecting)))
			n = 0;
	for (int i = 0; i <= n; i++) {
		int f = -1, l = -1;
		const char *who = NULL;
		if (i < n) {
			f = at.src[i].first;
			l = at.src[i].last;
			who = S_party_words(c, f, l, 0);
		} else {
			/* "X denied that ...", "X declared on Friday that ...",
			 * which the attribution does not count as speech */
			static const char *const declaring[] = {"declared", "declares", "announced",
								 "announces", "confirmed", NULL};
			for (int k = tok - 1; k >= 0 && k >= tok - 8 && !who; k--)
				if (S_in(c, k, S_rejecting) ||
				    (S_in(c, k, declaring) && S_after_word(c, k, "that", 5) >= 0 &&
				     S_after_word(c, k, "that", 5) < tok))
					who = S_subject(c, k, &f, &l);
		}
		/* "Raqqa had been liberated ... and said it would": a town is
		 * no speaker unless it speaks for its government ("Kyiv
		 * said") */
		int m = f >= 0 ? S_mention_at(c, f) : -1;
		if (m >= 0 && strcmp(c->m[m].precision, "country") && !S_speaking_capital(c->s, l))
			continue;
		const char *side = S_localize(c, who, where);
		if (side && strncmp(side, "---", 3) && S_armed(side, 1)) {
			*first = f;
			*last = l;
			return who;
		}
	}
	return NULL;
}

/* "Libyan state television", "state-run media", "the official news
 * agency": the state's own voice, whatever the dictionaries code it. */
static int S_state_media(const S_ctx *c, int first, int last)
{
	static const char *const media[] = {"television", "tv", "media", "radio", "agency",
					    "broadcaster", NULL};
	int state = 0, outlet = 0;
	for (int i = first; i <= last && i < c->s->n_tokens; i++) {
		state |= S_is(c, i, "state") || S_is(c, i, "state-run") || S_is(c, i, "state-owned") ||
			 S_is(c, i, "official");
		outlet |= S_in(c, i, media);
	}
	return state && outlet;
}

static int S_self_claim(const S_ctx *c, int tok, const char *party, const pm_place *where)
{
	if (!party)
		return 0;
	pm_coded_event probe;
	memset(&probe, 0, sizeof(probe));
	probe.verb_token = (int16_t)tok;
	probe.src_first = probe.src_last = probe.tgt_first = probe.tgt_last = -1;
	pm_attribution at;
	if (pm_attribution_extract(c->s, &probe, &at) < 0)
		return 0;
	for (int i = 0; i < at.n; i++) {
		/* "a military spokesman", "the interior ministry" speak for
		 * their state; "activists" for no side at all */
		const char *who = S_party_words(c, at.src[i].first, at.src[i].last, 0);
		/* "Yemen's Houthi rebels said they had captured": rebels by
		 * their words, as the party is */
		who = S_rebel_words(c, at.src[i].first, at.src[i].last, S_localize(c, who, where), where);
		if (S_state_media(c, at.src[i].first, at.src[i].last) && where->found &&
		    strlen(where->country) == 3)
			who = where->country;
		if (S_same_side(who, party))
			return 1;
	}
	/* "the government denied it, saying troops still held the
	 * compound": the speaker is the subject of the verb before the
	 * participle's comma */
	for (int k = tok - 1; k > 1 && k >= tok - 10; k--) {
		if (S_is(c, k, ".") || S_is(c, k, ";"))
			break;
		if (!S_is(c, k - 1, ",") ||
		    !(S_is(c, k, "saying") || S_is(c, k, "adding") || S_is(c, k, "insisting")))
			continue;
		int f, l;
		const char *who = S_tag(c, k - 2, "VBD") || S_tag(c, k - 2, "PRP")
					  ? S_subject(c, S_tag(c, k - 2, "PRP") ? k - 3 : k - 2, &f, &l)
					  : NULL;
		/* "denied that Soledar had fallen, saying its troops still held
		 * it": the clause before the comma is what was denied; the
		 * speaker is the subject of the sentence's first verb */
		/* (so too "denied losing Myawaddy, saying its troops
		 * remained in control": any clause before the comma) */
		if (!who)
			for (int v = 1; v < k - 2; v++) {
				if (S_is(c, v, "who") || S_is(c, v, "which") || S_is(c, v, "that"))
					break;
				if (S_tag(c, v, "VBD") || S_tag(c, v, "VBZ")) {
					who = S_subject(c, v, &f, &l);
					break;
				}
			}
		return S_same_side(S_localize(c, who, where), party);
	}
	return 0;
}

/* ---- Statements -------------------------------------------------------------------- */

static const char *tw2(const S_ctx *c, int i)
{
	return S_text(c, i);
}

/* An armed party or a state: civilians, officials and aid groups do not
 * take or give up towns. governments: whether a government, or a country
 * named alone, counts ("the government lost control": yes; "the
 * governor fled", "those fleeing Khartoum": no). */
static int S_armed(const char *code, int governments)
{
	char side[32], placed[40];
	if (code && !strncmp(code, "---", 3)) {
		/* an agent not yet placed in a country: judged by its role */
		snprintf(placed, sizeof(placed), "XXX%s", code + 3);
		code = placed;
	}
	if (!code || pm_control_party(code, side, sizeof(side)) <= 0)
		return 0;
	if (governments || strlen(side) > 3)
		return 1;
	return strlen(code) > 3 && (strstr(code + 3, "MIL") || strstr(code + 3, "COP"));
}

typedef struct {
	int change, tok;
	const char *party;
	int pf, pl;
	const pm_place *where;
	int obj_lo, obj_hi, weak;
	const char *loser;
	int lf, ll;
} S_new;

/* A town the gazetteer lacks, placed in a country the text names as a
 * place (its places, "Ukraine's Snake Island"), stays there when the
 * party's country is named only by actors ("Russian warships seized
 * Snake Island"; "Ansar al-Sharia", coded Libya's, in Yemen's Shabwa):
 * a side fights abroad. A dateline alone does not hold it: a story filed
 * from AMMAN about a Syrian town names no Jordanian place. */
static int S_story_holds(const S_ctx *c, const pm_place *where, const char *party)
{
	char cc[4], wc[4];
	memcpy(cc, party, 3);
	cc[3] = '\0';
	memcpy(wc, where->country, 3);
	wc[3] = '\0';
	return pm_places_country_placed(c->pd, wc) == 2 && !pm_places_country_placed(c->pd, cc);
}

/* A town the gazetteer lacks, placed in a country whose own place the
 * sentence names ("Urozhaine in the Donetsk region") or whose own side
 * the sentence names beside the party ("Ukrainian forces are pressing
 * towards Russian-occupied Urozhaine"), is where the war between them is
 * fought: a foreign party holding it does not move it to its own
 * country. */
static int S_both_sides_here(const S_ctx *c, const pm_place *where)
{
	for (int k = 0; k < c->n_m; k++)
		if (!strncmp(c->m[k].country, where->country, 3) &&
		    !S_dateline_in(c->s, c->m[k].first, c->m[k].last))
			return 1;
	for (int k = 0; k < c->n_evs; k++) {
		const char *e[2] = {c->evs[k].source, c->evs[k].target};
		for (int j = 0; j < 2; j++) {
			char side[32];
			if (e[j] && pm_control_party(e[j], side, sizeof(side)) > 0 &&
			    !strncmp(side, where->country, 3))
				return 1;
		}
	}
	return 0;
}

/* In a town of a country the text names, a party whose country only
 * actors name ("ADEN - ... army units moved into the town", the coder's
 * "army" given Libya through "Ansar al-Sharia") is the town's country's:
 * words with no country of their own are placed by the town, and a
 * country's rebels the dictionaries give another state (a name groups
 * in several countries bear) are the town's country's rebels. A named
 * state ("Russian warships") stays itself. */
static const char *S_abroad_words(const S_ctx *c, const S_new *nw)
{
	const char *p = nw->party;
	if (!p || strlen(p) < 6 || !strncmp(p, "---", 3) || !strncmp(p, "IMG", 3) ||
	    !nw->where->found || strlen(nw->where->country) != 3 ||
	    !strncmp(p, nw->where->country, 3) || !S_story_holds(c, nw->where, p))
		return p;
	const char *w = nw->pf >= 0 ? S_code_words(c, c->s, nw->pf, nw->pl) : NULL;
	if (w && !strncmp(w, "---", 3))
		return w;
	if (!strcmp(p + 3, "REB") && (!w || !strcmp(w, p))) {
		char *out = pm_arena_alloc(c->a, 7);
		snprintf(out, 7, "%.3sREB", nw->where->country);
		return out;
	}
	return p;
}

static void S_add(S_ctx *c, const S_new *nw);

/* "The TNLA withdrew from Hsipaw on Tuesday and military troops returned
 * under a deal": a return told with no place, after another side's
 * withdrawal from a town in the same sentence, is a return to that town
 * (the withdrawal is the other side leaving an entry wants). */
static void S_returned_after_loss(S_ctx *c, int tok)
{
	int sf, sl;
	const char *party = S_subject(c, tok, &sf, &sl);
	if (!party)
		return;
	for (int j = 0; j < c->n; j++) {
		const pm_control_stmt *l = &c->st[j];
		if (l->change != PM_CONTROL_LOSS || l->trigger >= tok || !l->party || c->bg[j])
			continue;
		pm_place where = l->place;
		const char *side = S_localize(c, party, &where);
		if (!S_armed(side, 0) || S_same_side(side, l->party))
			return;
		S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, -1, -1, 0, NULL, -1, -1};
		S_add(c, &nw);
		return;
	}
}

/* "no longer" right before the trigger (or its verb group). */
static int S_no_longer(const S_ctx *c, int tok)
{
	for (int k = tok - 1; k >= 1 && k >= tok - 3; k--)
		if (S_is(c, k, "longer") && S_is(c, k - 1, "no"))
			return 1;
	return 0;
}

/* "captured Zhelanne Druhe in the Donetsk region": the sentence names
 * the region, and so the country, of a town the gazetteer lacks, which
 * the party's country does not override. */
static int S_region_named(const S_ctx *c, const pm_place *where)
{
	const char *cc = S_region_country(c);
	return cc && !strncmp(cc, where->country, 3);
}

static int S_foreign_post(const S_ctx *c, const S_new *nw, const char *party)
{
	static const char *const posts[] = {"airport", "airbase", "base", "embassy", "compound",
					    NULL};
	char side[32];
	int lo = nw->obj_lo >= 0 ? nw->obj_lo : nw->where->sentence == c->si ? nw->where->first : -1;
	int hi = nw->obj_lo >= 0 ? nw->obj_hi : nw->where->last;
	if (!party || lo < 0 || !nw->where->found || strlen(nw->where->country) != 3 ||
	    pm_control_party(party, side, sizeof(side)) != 3 || !isalpha((unsigned char)side[0]) ||
	    !strncmp(side, nw->where->country, 3))
		return 0;
	/* (the post may follow the town's name: "Kabul's Hamid Karzai
	 * International Airport") */
	for (int i = lo; i <= hi + 6 && i < c->s->n_tokens; i++) {
		if (i > hi && S_punct(c, i))
			break;
		if (S_in(c, i, posts))
			return 1;
	}
	return 0;
}

static int S_retaking(const S_ctx *c, int tok);

/* "were still fighting to retake the town", "are trying to recapture
 * it", "launched an offensive to win back Ramadi", "a push on Monday to
 * regain it": an effort to take a town back is no change, but its side
 * admits it lost the town (the other side holds it). tok: the retaking
 * verb. Returns the effort's word, or -1. */
static int S_effort_to_retake(const S_ctx *c, int tok)
{
	/* (not "fought" or "battled": a past fight may have won the town
	 * back, "who fought for months to retake Mosul") */
	static const char *const efforts[] = {
		"fighting", "fight", "fights", "trying", "tried", "try", "tries", "battling",
		"battle", "battles", "struggling", "striving", "attempting", "attempted",
		"offensive", "counteroffensive", "counter-offensive", "push", "bid", "attempt",
		"attempts", "effort", "efforts", NULL};
	int back = (S_is(c, tok, "win") || S_is(c, tok, "take")) && S_is(c, tok + 1, "back");
	if (!S_retaking(c, tok) && !back)
		return -1;
	int j = tok - 1;
	while (j >= 0 && S_tag(c, j, "RB"))
		j--;
	if (!S_is(c, j, "to"))
		return -1;
	int e = j - 1;
	if (S_in(c, e, S_weekdays) && S_is(c, e - 1, "on"))
		e -= 2;
	return S_in(c, e, efforts) ? e : -1;
}

/* The status of an effort to take back (S_effort_to_retake): the loss
 * it admits is asserted, unless the effort is to come, only possible or
 * denied ("will try to retake", "could launch an offensive to retake",
 * "were not trying to recapture"); -1 then. */
static int S_effort_status(const S_ctx *c, int tok)
{
	int e = S_effort_to_retake(c, tok);
	if (e < 0)
		return -1;
	for (int k = 0; k < 2; k++) {
		pm_modality m;
		pm_modality_at(c->s, k ? e : tok, &m);
		if (m.kind == PM_MOD_FUTURE || m.kind == PM_MOD_CONDITIONAL || m.kind == PM_MOD_NEGATED)
			return -1;
	}
	for (int k = e - 1; k >= 0 && k >= e - 4; k--) {
		if (S_is(c, k, "not") || S_is(c, k, "n't") || S_is(c, k, "never") ||
		    S_is(c, k, "will") || S_is(c, k, "would") || S_is(c, k, "could") ||
		    S_is(c, k, "might"))
			return -1;
		if (S_punct(c, k))
			break;
	}
	return PM_CONTROL_ASSERTED;
}

static void S_add(S_ctx *c, const S_new *nw)
{
	if (c->n >= S_MAX_STMTS || !nw->where->found ||
	    (!strcmp(nw->where->precision, "country") && !S_is_unresolved(nw->where)))
		return;
	int status = c->retaking ? S_effort_status(c, nw->tok) : S_status(c, nw->tok);
	if (status < 0 && !c->retaking && nw->change == PM_CONTROL_GAIN &&
	    S_effort_to_retake(c, nw->tok) >= 0) {
		S_new lost = *nw;
		lost.change = PM_CONTROL_LOSS;
		lost.loser = NULL;
		c->retaking = 1;
		S_add(c, &lost);
		/* "an offensive to win back Ramadi from Islamic State": the
		 * side it is to be won back from holds it */
		if (nw->loser && nw->lf >= 0) {
			S_new held = *nw;
			held.change = PM_CONTROL_HOLD;
			held.party = nw->loser;
			held.pf = nw->lf;
			held.pl = nw->ll;
			held.loser = NULL;
			held.lf = held.ll = -1;
			S_add(c, &held);
		}
		c->retaking = 0;
		return;
	}
	if (status < 0)
		return;
	if (c->denying)
		status = PM_CONTROL_DENIED;
	/* "Ukraine acknowledges it no longer holds Krynky": a hold that has
	 * ended is a loss, which the negation asserts */
	if (S_no_longer(c, nw->tok)) {
		if (nw->change == PM_CONTROL_HOLD) {
			S_new lost = *nw;
			lost.change = PM_CONTROL_LOSS;
			S_add(c, &lost);
			return;
		}
		if (nw->change == PM_CONTROL_LOSS && status == PM_CONTROL_DENIED)
			status = PM_CONTROL_ASSERTED;
	}
	/* "Gao had been held by MUJAO since June": MUJAO took it then */
	if (c->began && nw->change == PM_CONTROL_HOLD) {
		S_new gain = *nw;
		gain.change = PM_CONTROL_GAIN;
		c->began = 0;
		S_add(c, &gain);
		c->began = 1;
		return;
	}
	/* a town the gazetteer lacks lies in the country of a party named by
	 * its country ("Malian troops retook Konna") */
	pm_place rehomed;
	/* "French and Malian troops retook Diabaly": of several, the one
	 * whose country the town is in says where it is */
	const char *home = nw->party;
	if (S_is_unresolved(nw->where) && nw->pf >= 0) {
		for (int i = nw->pf; i <= nw->pl; i++) {
			const char *w[1] = {c->s->tokens[i].upper};
			const char *p = w[0] && *w[0] ? c->code(c->code_ctx, w, 1) : NULL;
			if (p && !strncmp(p, nw->where->country, 3)) {
				home = p;
				break;
			}
		}
	}
	if (S_is_unresolved(nw->where) && home && strlen(home) >= 3 &&
	    strncmp(home, "---", 3) && strncmp(home, "IMG", 3) &&
	    strncmp(home, "IGO", 3) && strncmp(home, "NGO", 3) &&
	    strncmp(home, nw->where->country, 3) && !S_story_holds(c, nw->where, home) &&
	    !S_both_sides_here(c, nw->where) && !S_region_named(c, nw->where)) {
		char code[4];
		memcpy(code, home, 3);
		code[3] = '\0';
		if (pm_places_country_place(c->pd, code, &rehomed) == 0) {
			memcpy(rehomed.text, nw->where->text, sizeof(rehomed.text));
			rehomed.fallback = nw->where->fallback;
			rehomed.sentence = nw->where->sentence;
			rehomed.first = nw->where->first;
			rehomed.last = nw->where->last;
			S_new moved = *nw;
			moved.where = &rehomed;
			nw = &moved;
			S_add(c, nw);
			return;
		}
	}
	const char *party = S_local(c, nw->pf, nw->pl, S_abroad_words(c, nw), nw->where);
	/* "Israeli tanks smashed into ..., as troops occupied the town": bare
	 * troops are those of the force named before them, not the town's */
	if (party && !strncmp(party, "---", 3) && nw->pf >= 0)
		for (int k = 0; k < c->n_evs; k++) {
			const char *e = c->evs[k].source;
			if (e && c->evs[k].src_last < nw->pf && strlen(e) == strlen(party) &&
			    !strcmp(e + 3, party + 3) && strncmp(e, "---", 3) &&
			    strncmp(e, nw->where->country, 3))
				party = e;
		}
	/* "Russia's defence minister said troops had captured Marinka":
	 * bare troops in a state's own words are that state's */
	if (party && !strncmp(party, "---", 3) && nw->pf >= 0 && nw->pf == nw->pl) {
		int f, l;
		const char *who = S_speaker(c, nw->tok, &f, &l, nw->where);
		if (who && strlen(who) >= 3 && strncmp(who, "---", 3) && !S_countryless(who) &&
		    (f > nw->pl || l < nw->pf)) {
			size_t n = strlen(party);
			char *out = pm_arena_alloc(c->a, n + 1);
			memcpy(out, who, 3);
			memcpy(out + 3, party + 3, n - 2);
			party = out;
		}
	}
	party = S_kurdish(c, nw->pf, nw->pl, S_localize(c, party, nw->where), nw->where);
	party = S_armed_opposition(c, nw->pf, nw->pl, party);
	party = S_rebel_words(c, nw->pf, nw->pl, party, nw->where);
	party = S_defectors(c, nw->pf, nw->pl, party);
	party = S_former_rebels(c, nw->pf, nw->pl, party, nw->where);
	party = S_ethnic_rebels(c, nw->pf, nw->pl, party, nw->where);
	party = S_kin_rebels(c, nw->pf, nw->pl, party, nw->where);
	/* a defection is a change: the side defected from held it */
	const char *defected_from = party;
	party = S_defected(c, nw->tok, party, nw->where);
	if (party == defected_from)
		defected_from = NULL;
	if (nw->change != PM_CONTROL_LOSS)
		party = S_home_ally(c, party, nw->where);
	if (nw->change != PM_CONTROL_HOLD && party && !S_armed(party, 1))
		return;
	/* "U.S. troops remained in control of Kabul's airport": a foreign
	 * state's forces holding a post in a town do not hold the town */
	if (nw->change == PM_CONTROL_HOLD && S_foreign_post(c, nw, party))
		return;
	/* "neither side controls the town" says the fight goes on: no denial */
	if (nw->change == PM_CONTROL_CONTEST && status == PM_CONTROL_DENIED)
		status = PM_CONTROL_ASSERTED;
	if (!party && status != PM_CONTROL_DENIED && nw->change != PM_CONTROL_CONTEST)
		return;
	if (status == PM_CONTROL_ASSERTED && nw->change != PM_CONTROL_LOSS &&
	    S_self_claim(c, nw->tok, party, nw->where))
		status = PM_CONTROL_CLAIMED;
	const char *loser = S_kurdish(c, nw->lf, nw->ll, S_localize(c, nw->loser, nw->where),
				      nw->where);
	loser = S_ethnic_rebels(c, nw->lf, nw->ll, loser, nw->where);
	loser = S_kin_rebels(c, nw->lf, nw->ll, loser, nw->where);
	party = S_rival_branch(c, nw->pf, nw->pl, party, loser);
	if (loser && (!S_armed(loser, 1) || S_same_side(loser, party)))
		loser = NULL;
	if (defected_from && !loser)
		loser = defected_from;
	pm_control_stmt *st = &c->st[c->n];
	memset(st, 0, sizeof(*st));
	st->change = defected_from && nw->change == PM_CONTROL_HOLD ? PM_CONTROL_GAIN : nw->change;
	st->status = status;
	st->party = party;
	st->party_first = nw->pf;
	st->party_last = nw->pl;
	st->loser = loser;
	st->loser_first = loser ? nw->lf : -1;
	st->loser_last = loser ? nw->ll : -1;
	st->trigger = nw->tok;
	st->ended = nw->change == PM_CONTROL_LOSS && (S_no_longer(c, nw->tok) || c->retaking);
	st->place = *nw->where;
	c->obj_lo[c->n] = nw->obj_lo;
	c->obj_hi[c->n] = nw->obj_hi;
	c->weak[c->n] = (uint8_t)nw->weak;
	c->bg[c->n] = (uint8_t)c->background;
	c->n++;
}

/* The next place of a list after a place phrase ending at end: "retook
 * Kupiansk and Izium", "seized Kandahar, the second city, and Herat",
 * "Diabaly, Douentza and Konna". Returns 1 with *out and *out_end. */
static int S_list_next(const S_ctx *c, int end, pm_place *out, int *out_end)
{
	int i = end + 1, e;
	if (S_is(c, i, ",")) {
		int m = S_mention_at(c, i + 1);
		if (m >= 0 && c->m[m].first == i + 1 && S_fits(&c->m[m], W_TOWN) &&
		    (S_is(c, c->m[m].last + 1, ",") || S_is(c, c->m[m].last + 1, "and"))) {
			*out = c->m[m];
			*out_end = c->m[m].last;
			return 1;
		}
		/* "retaken Woldiya, Alamata and Kobo": a town the gazetteer
		 * lacks inside the list, between a comma and a comma or "and" */
		if (m < 0 && S_unknown_at(c, i + 1, out, &e) && S_fits(out, W_TOWN) &&
		    (S_is(c, e + 1, ",") || S_is(c, e + 1, "and"))) {
			*out_end = e;
			return 1;
		}
		/* an apposition between commas: "Kandahar, Afghanistan's
		 * second-largest city, and Herat" */
		int j = i + 1;
		for (; j < c->s->n_tokens && j <= i + 8; j++) {
			if (S_is(c, j, ","))
				break;
			if (S_punct(c, j) || (S_in(c, j, S_stops) && !S_is(c, j, "and")) ||
			    S_finite(c, j) || S_mention_at(c, j) >= 0)
				return 0;
		}
		if (!S_is(c, j, ","))
			return 0;
		i = j + 1;
	}
	if (!S_is(c, i, "and"))
		return 0;
	i++;
	/* "captured Qaraqosh and nearby Tel Keppe": a word placing the next
	 * town beside the last is no part of its name */
	static const char *const beside[] = {"nearby", "neighbouring", "neighboring", "adjacent",
					     NULL};
	if (S_in(c, i, beside))
		i++;
	int m = S_mention_at(c, i);
	if (m >= 0 && c->m[m].first == i && S_fits(&c->m[m], W_TOWN) &&
	    !S_dateline_in(c->s, c->m[m].first, c->m[m].last) && !S_modifier_in(c->s, c->m[m].last)) {
		*out = c->m[m];
		*out_end = c->m[m].last;
		return 1;
	}
	if (m < 0 && S_unknown_at(c, i, out, &e) && S_fits(out, W_TOWN)) {
		*out_end = e;
		return 1;
	}
	return 0;
}

/* The last token of the object list whose first place ends at end. */
static int S_list_end(const S_ctx *c, int end)
{
	pm_place more;
	for (int n = 0; n < 4 && S_list_next(c, end, &more, &end); n++)
		;
	return end;
}

/* A statement and the same statement for every further place of its
 * object's list. */
static void S_add_list(S_ctx *c, const S_new *nw, int end)
{
	S_add(c, nw);
	pm_place more[6];
	int n = 0, e = end;
	while (n < 4 && S_list_next(c, e, &more[n], &e)) {
		S_new next = *nw;
		next.where = &more[n];
		next.obj_hi = e;
		S_add(c, &next);
		n++;
	}
	/* "control most of Tigray, including Mekelle and Adigrat": the towns
	 * the region's statement names */
	int inc = S_is(c, e + 1, ",") && S_is(c, e + 2, "including") ? e + 3
		  : S_is(c, e + 1, "including") ? e + 2 : -1;
	int m = inc >= 0 ? S_mention_at(c, inc) : -1;
	if (m < 0 || c->m[m].first != inc || !S_fits(&c->m[m], W_TOWN))
		return;
	more[n] = c->m[m];
	e = c->m[m].last;
	do {
		S_new next = *nw;
		next.where = &more[n];
		next.obj_hi = e;
		S_add(c, &next);
		n++;
	} while (n < 6 && S_list_next(c, e, &more[n], &e));
}

static void S_add_simple(S_ctx *c, int change, int tok, const char *party, int pf, int pl,
			 const pm_place *where)
{
	S_new nw = {change, tok, party, pf, pl, where, -1, -1, 0, NULL, -1, -1};
	S_add(c, &nw);
}

/* Past perfect ("had held the city for ten months") is background: it
 * says nothing of the document's day. */
static int S_past_perfect(const S_ctx *c, int tok)
{
	for (int j = tok - 1; j >= 0 && j >= tok - 3; j--) {
		if (S_is(c, j, "had"))
			return 1;
		if (!S_in(c, j, S_group_words) && !S_tag(c, j, "RB"))
			return 0;
	}
	return 0;
}

/* "Karenni forces said they had seized large parts of Loikaw": a past
 * perfect a speech verb just before it reports is the speaker's news of
 * the day, not background. */
static int S_reported_perfect(const S_ctx *c, int tok)
{
	static const char *const said[] = {"said", "says", "say", "claimed", "claims",
					   "announced", "stated", "reported", NULL};
	int j = tok - 1;
	while (j >= 0 && j >= tok - 3 && !S_is(c, j, "had"))
		j--;
	if (j < 0 || !S_is(c, j, "had"))
		return 0;
	for (int k = j - 1; k >= 0 && k >= j - 6; k--) {
		if (S_is(c, k, ",") || S_is(c, k, ";") || S_is(c, k, "."))
			return 0;
		if (S_in(c, k, said))
			return 1;
	}
	return 0;
}

/* The clause of the trigger opens with word ("since capturing the city",
 * "since the city fell to ISIL", "when the city was held by"): a change
 * told after "since" is background to the sentence's news, as is a hold
 * told after "when". */
/* "the Islamic State group, which holds most of Anbar province, took
 * over Rutba": a relative clause between commas, ending at j, is an
 * aside; returns the token before it, or j when there is none. */
static int S_skip_aside(const S_ctx *c, int j)
{
	if (!S_is(c, j, ","))
		return j;
	for (int k = j - 1; k > 0 && k >= j - 14; k--) {
		if (S_is(c, k, ",") || S_is(c, k, ";") || S_is(c, k, "."))
			return (S_is(c, k, ",") && (S_is(c, k + 1, "which") || S_is(c, k + 1, "who")))
				       ? k - 1 : j;
	}
	return j;
}

static int S_opener(const S_ctx *c, int tok)
{
	int j = tok - 1;
	while (j >= 0 && (S_in(c, j, S_group_words) || S_tag(c, j, "RB")))
		j--;
	if (j < 0)
		return -1;
	j = S_skip_aside(c, j);
	if (!S_edge(c, j) || S_is(c, j, "and"))
		j = S_np_back(c, j) - 1;
	return j;
}

static int S_clause_opens(const S_ctx *c, int tok, const char *word)
{
	return S_is(c, S_opener(c, tok), word);
}

static const char *const S_durations[] = {"day", "days", "week", "weeks", "month", "months",
					  "year", "years", "hours", "decade", NULL};

/* The clause of the trigger at tok dates itself with a month or a year
 * ("which had seized the city in 2015", "held since June", "in late
 * October"): a change told as background is then dated by its own words,
 * not misdated by the sentence's. since: only a "since X". */
static int S_own_date(const S_ctx *c, int tok, int since)
{
	for (int i = tok + 1; i < c->s->n_tokens && i <= tok + 12; i++) {
		const char *t = S_text(c, i);
		if (S_punct(c, i) || (S_in(c, i, S_stops) && !S_is(c, i, "since")))
			return 0;
		int year = strlen(t) == 4 && (t[0] == '1' || t[0] == '2') && isdigit((unsigned char)t[1]) &&
			   isdigit((unsigned char)t[2]) && isdigit((unsigned char)t[3]);
		int month = S_in(c, i, S_calendar) && !S_in(c, i, S_weekdays) && isupper((unsigned char)t[0]);
		if (!year && !month)
			continue;
		int k = i - 1;
		if (S_is(c, k, "late") || S_is(c, k, "early") || S_is(c, k, "mid"))
			k--;
		if (month && S_tag(c, k, "CD"))
			k--;   /* "since 12 June" */
		if (since ? S_is(c, k, "since") : (S_is(c, k, "in") || S_is(c, k, "since") || month))
			return 1;
	}
	return 0;
}

/* "the southern city Russian troops had occupied for eight months",
 * "the first regional capital Moscow had captured": a relative clause
 * with no pronoun, whose subject follows a place noun straight away. */
static int S_contact_relative(const S_ctx *c, int tok)
{
	int j = tok - 1;
	while (j >= 0 && (S_in(c, j, S_group_words) || S_tag(c, j, "RB")))
		j--;
	for (int k = j; k >= 0 && k >= j - 4; k--) {
		if (k < j && S_in(c, k, S_town_nouns) && !S_is(c, k, "it"))
			return !S_is(c, k + 1, "'s") && !S_is(c, k + 1, "of");
		if (!(S_tag(c, k, "NN") || S_tag(c, k, "JJ") || S_tag(c, k, "DT")) || S_punct(c, k))
			return 0;
	}
	return 0;
}

/* A change told as background: after "since" ("since the city fell to
 * ISIL"), after a stretch of time ("three weeks after rebels overran the
 * town": the day is not this sentence's), or in a relative clause in the
 * past perfect ("the MNLA, who had entered the city two days earlier"). */
static int S_background(const S_ctx *c, int tok)
{
	int o = S_opener(c, tok);
	/* "a month after government forces retook the city in December":
	 * dated by its own words */
	if (S_own_date(c, tok, 0))
		return 0;
	/* "two days after taking Gao": a day or two off is nearer the truth
	 * than nothing */
	if (S_is(c, o, "after") && S_in(c, o - 1, S_durations))
		return S_is(c, o - 1, "day") || S_is(c, o - 1, "days") || S_is(c, o - 1, "hours") ? 2 : 1;
	if (S_is(c, o, "since"))
		return 1;
	/* "has held since January 2014, when militants seized it": the
	 * day of the when-clause is the date before it, not the sentence's */
	if (S_is(c, o, "when") && S_is(c, o - 1, ",") &&
	    (S_in(c, o - 2, S_calendar) || (S_tag(c, o - 2, "CD") && strlen(S_text(c, o - 2)) == 4)))
		return 1;
	/* the relative pronoun right before the verb group is its subject
	 * ("who had entered"); a "that" before a subject opens a reported
	 * clause ("said that the army had lost"), which is news */
	int j = tok - 1;
	while (j >= 0 && (S_in(c, j, S_group_words) || S_tag(c, j, "RB")))
		j--;
	/* "a suburb that Russian troops had occupied for a month": the
	 * relative pronoun opens the clause after a noun */
	int object_rel = (S_is(c, o, "that") || S_is(c, o, "which") || S_is(c, o, "whom")) &&
			 o > 0 && (S_tag(c, o - 1, "NN") || S_mention_at(c, o - 1) >= 0 || S_is(c, o - 1, ","));
	/* "said on Monday that the army had lost": a reported clause */
	for (int k = o - 1; object_rel && k >= 0 && k >= o - 3; k--)
		if (S_tag(c, k, "VB") || S_in(c, k, S_calendar))
			object_rel = 0;
	return (S_is(c, j, "who") || S_is(c, j, "which") || S_is(c, j, "that") || object_rel ||
		S_contact_relative(c, tok)) &&
	       S_past_perfect(c, tok);
}

/* Passive: a be-form before a participle, or a participle right after a
 * place it describes ("Izium, recaptured from Russian forces"). */
static int S_passive(const S_ctx *c, int tok)
{
	if (S_tagged(c) && !S_tag(c, tok, "VBN") && !S_tag(c, tok, "VBD") && !S_tag(c, tok, "JJ"))
		return 0;
	const char *t = S_text(c, tok);
	size_t n = strlen(t);
	if (n > 3 && !strcasecmp(t + n - 3, "ing"))
		return 0;
	for (int j = tok - 1; j >= 0 && j >= tok - 4; j--) {
		if (S_in(c, j, S_be))
			return 1;
		if (!S_in(c, j, S_group_words) && !S_tag(c, j, "RB"))
			break;
	}
	int p = tok - 1;
	while (p >= 0 && S_tag(c, p, "RB"))
		p--;
	if (S_is(c, p, ","))
		p--;
	/* "guarded the town of Jabrayil on Wednesday, retaken by Baku's
	 * forces": the day of the main clause between the town and its
	 * participle */
	if (p >= 1 && S_in(c, p, S_weekdays) && S_is(c, p - 1, "on"))
		p -= 2;
	/* "a city held/VBD by Islamic State": a past form the tagger took
	 * for the finite verb is a participle when "by" follows it */
	int vbd = S_tag(c, tok, "VBD") && !S_is(c, tok + 1, "by");
	if (p >= 0 && (S_mention_at(c, p) >= 0 || S_in(c, p, S_town_nouns)) && !vbd)
		return 1;
	/* a name the gazetteer has but the mentions left out ("Sinjar, now
	 * controlled by") */
	pm_place named;
	if (p >= 0 && S_is(c, p + 1, ",") && pm_ew_capital(c->s, p) &&
	    pm_places_named_at(c->pd, c->si, p, &named) == 0 && !S_tag(c, tok, "VBD"))
		return 1;
	return 0;
}

/* A participle used as an adjective before a noun ("liberated Timbuktu",
 * "retreating rebels", "captured soldiers"). */
static int S_attributive(const S_ctx *c, int tok)
{
	if (S_tagged(c) && !S_tag(c, tok, "VBN") && !S_tag(c, tok, "VBG") && !S_tag(c, tok, "JJ"))
		return 0;
	int nx = tok + 1;
	if (!(S_tag(c, nx, "NN") || S_mention_at(c, nx) >= 0))
		return 0;
	int pv = tok - 1;
	/* "after taking Gao", "..., conceding Marib to": a gerund with its
	 * object */
	if (S_tag(c, tok, "VBG") && (S_tag(c, pv, "IN") || S_is(c, pv, ",")) &&
	    S_mention_at(c, nx) >= 0)
		return 0;
	/* "Syrian troops, backed by Russian air strikes, recaptured
	 * Palmyra": the verb after an aside the tagger read as a participle */
	if (S_is(c, pv, ","))
		for (int k = pv - 1; k >= 1 && k >= pv - 10; k--)
			if (S_is(c, k, ","))
				return !(S_in(c, k + 1, S_aside) || S_tag(c, k + 1, "VBN"));
	return pv < 0 || S_tag(c, pv, "DT") || S_tag(c, pv, "IN") || S_tag(c, pv, "JJ") ||
	       S_tag(c, pv, "PRP$") || S_tag(c, pv, "TO") || S_punct(c, pv) || S_is(c, pv, "and");
}

/* The place a passive or intransitive verb is about: a place named in
 * its subject ("Konna had not been retaken"), else the one the subject's
 * noun points back to ("the city was retaken"). */
static int S_relative_place(const S_ctx *c, int subj_first, pm_place *out);
static int S_apposed_place(const S_ctx *c, int k, pm_place *out);

static int S_subject_place(const S_ctx *c, int tok, pm_place *out)
{
	int j = tok - 1;
	while (j >= 0 && (S_in(c, j, S_group_words) || S_tag(c, j, "RB") || S_is(c, j, ",")))
		j--;
	int start = j >= 0 ? S_np_back(c, j) : 0;
	/* "the Tigray regional capital that had been held by": the phrase
	 * the relative clause is about */
	int e;
	if ((S_is(c, j, "that") || S_is(c, j, "which")) && start < j &&
	    S_place_at(c, start, 0, out, &e) && e < j)
		return 1;
	/* "Kobani, which is under Kurdish control": the noun before the
	 * comma */
	if ((S_is(c, j, "that") || S_is(c, j, "which")) && S_is(c, j - 1, ",") &&
	    S_relative_place(c, j + 1, out))
		return 1;
	/* "Sinjar, now controlled by": the name before the comma */
	if (start == j && j >= 0 && !pm_ew_capital(c->s, j))
		start = j;
	int want = W_TOWN;
	for (int i = j; i >= start && i >= 0; i--) {
		int m = S_mention_at(c, i);
		if (m >= 0 && !S_dateline_in(c->s, c->m[m].first, c->m[m].last)) {
			/* "El Fasher, the last city in Darfur still held by the
			 * army": the town the apposition describes, not the
			 * region it lies in */
			if (S_landmark_in(c->s, c->m[m].first) && S_apposed_place(c, j, out))
				return 1;
			*out = c->m[m];
			return 1;
		}
		if (S_in(c, i, S_region_nouns))
			want = W_REGION;
		else if (S_the_capital(c, i))
			want = W_CAPITAL;
	}
	/* "Konna had not been retaken": a subject the gazetteer lacks, or
	 * one the place finder left out ("Baiji and Tikrit fell") */
	for (int st = j; st >= 0 && st >= start && st >= j - 2; st--)
		if (S_unknown_at(c, st, out, NULL) && out->last == j)
			return 1;
	/* "Sirte, Gaddafi's home town, fell to", "Rubaya, a mining town
	 * captured by": the name before the apposition */
	int k = start - 2;
	if (k >= 0 && S_is(c, start - 1, ",") && pm_ew_capital(c->s, k)) {
		int m = S_mention_at(c, k);
		if (m >= 0 && c->m[m].last == k && !S_dateline_in(c->s, c->m[m].first, k)) {
			*out = c->m[m];
			return 1;
		}
		for (int st = k; st >= 0 && st >= k - 2; st--)
			if (S_unknown_at(c, st, out, NULL) && out->last == k)
				return 1;
	}
	S_antecedent(c, tok, want, out);
	return out->found;
}

/* The other towns of a subject list ending with the place where ("Mosul
 * and Tikrit fell", "Balakliia, Izium and Kupiansk were retaken"): up to
 * max, walking back over "and" and commas. */
static int S_subject_list(const S_ctx *c, const pm_place *where, pm_place *out, int max)
{
	if (where->sentence != c->si || where->first < 0)
		return 0;
	int n = 0, i = where->first - 1;
	while (n < max && (S_is(c, i, "and") || S_is(c, i, ","))) {
		int j = i - 1;
		if (S_is(c, i, "and") && S_is(c, j, ","))
			j--;
		int m = S_mention_at(c, j);
		if (m < 0) {
			/* a name opening the sentence the place finder left out */
			int e, found = 0;
			for (int st = j; st >= 0 && st >= j - 2 && !found; st--)
				found = S_unknown_at(c, st, &out[n], &e) && e == j && S_fits(&out[n], W_TOWN);
			if (!found)
				break;
			i = out[n++].first - 1;
			continue;
		}
		if (c->m[m].last != j || !S_fits(&c->m[m], W_TOWN) ||
		    S_dateline_in(c->s, c->m[m].first, c->m[m].last))
			break;
		out[n++] = c->m[m];
		i = c->m[m].first - 1;
	}
	return n;
}

/* The place a relative clause is about: "Lashio, which it regained",
 * "the airport in Goma, which M23 has held", "the coastal city it seized". */
/* "Tal Afar, one of the last strongholds of Islamic State in Iraq, which
 * the militants have held": the town before an apposition (no verb in it)
 * that ends at k. */
static int S_apposed_place(const S_ctx *c, int k, pm_place *out)
{
	int i = k;
	while (i >= 0 && i > k - 12 && !S_is(c, i, ",")) {
		if (S_finite(c, i) || S_in(c, i, S_stops))
			return 0;
		i--;
	}
	if (i < 1 || !S_is(c, i, ","))
		return 0;
	int m = S_mention_at(c, i - 1);
	if (m >= 0 && S_fits(&c->m[m], W_TOWN) &&
	    !S_dateline_in(c->s, c->m[m].first, c->m[m].last)) {
		*out = c->m[m];
		return 1;
	}
	int f = i - 1, e;
	while (f - 1 >= 0 && S_tag(c, f - 1, "NNP") && f > i - 3)
		f--;
	return S_unknown_at(c, f, out, &e) && e == i - 1 && S_fits(out, W_TOWN);
}

static int S_relative_place(const S_ctx *c, int subj_first, pm_place *out)
{
	int k = subj_first - 1;
	if (S_is(c, k, "which") || S_is(c, k, "that"))
		k--;
	if (S_is(c, k, ","))
		k--;
	/* "Kobani, which ...": a name the place finder left for want of
	 * context, right before the clause */
	if (k >= 0 && S_mention_at(c, k) < 0 && pm_ew_capital(c->s, k))
		for (int st = k; st >= 0 && st >= k - 2; st--)
			if (S_unknown_at(c, st, out, NULL) && out->last == k)
				return 1;
	if (k >= 0 && !(S_mention_at(c, k) >= 0 || S_in(c, k, S_town_nouns) ||
			S_in(c, k, S_region_nouns)))
		return S_apposed_place(c, k, out);
	if (k < 0)
		return 0;
	/* "Rutba, a desert town in Anbar province, which ...": the town the
	 * apposition describes, not the region that ends it */
	int mk = S_mention_at(c, k);
	if ((S_in(c, k, S_region_nouns) || (mk >= 0 && !S_fits(&c->m[mk], W_TOWN))) &&
	    S_apposed_place(c, k, out))
		return 1;
	for (int i = k; i >= 0 && i >= k - 6; i--) {
		int m = S_mention_at(c, i);
		if (m >= 0 && !S_dateline_in(c->s, c->m[m].first, c->m[m].last)) {
			/* "Zumar, northwest of Mosul, which they have held": the
			 * town the landmark places */
			int f = c->m[m].first;
			if (f >= 3 && S_is(c, f - 1, "of") && S_in(c, f - 2, S_compass) &&
			    S_is(c, f - 3, ",") && f - 4 >= 0) {
				int mm = S_mention_at(c, f - 4);
				if (mm >= 0 && S_fits(&c->m[mm], W_TOWN)) {
					*out = c->m[mm];
					return 1;
				}
				for (int st = f - 4; st >= 0 && st >= f - 6; st--)
					if (S_unknown_at(c, st, out, NULL) && out->last == f - 4)
						return 1;
			}
			/* "Fallujah, the city 50 km west of Baghdad that IS has
			 * held": the town the noun stands for, not Baghdad */
			int a = c->m[m].first - 1;
			if (S_is(c, a, "of"))
				a--;
			int h = a - 1;
			while (S_in(c, a, S_away) && h >= 0 && h > a - 5 && !S_edge(c, h) &&
			       !S_in(c, h, S_town_nouns))
				h--;
			if (S_in(c, a, S_away) && h >= 0 && S_in(c, h, S_town_nouns)) {
				if (S_apposed_place(c, h, out))
					return 1;
				S_antecedent(c, h, W_TOWN, out);
				return out->found;
			}
			*out = c->m[m];
			return 1;
		}
		if (S_edge(c, i) && i < k)
			break;
	}
	S_antecedent(c, k, S_in(c, k, S_region_nouns) ? W_REGION : W_TOWN, out);
	return out->found;
}

/* "by X" (agent), "to X" (recipient), "from X" (loser) after tok. */
static int S_after_word(const S_ctx *c, int tok, const char *word, int limit)
{
	for (int i = tok + 1; i < c->s->n_tokens && i <= tok + limit; i++) {
		if (S_is(c, i, word))
			return i;
		if (S_is(c, i, ";") || S_is(c, i, "and") || S_in(c, i, S_stops))
			return -1;
	}
	return -1;
}

/* "left Gao (on Thursday) heading for Kidal", "left X for Y", "left X
 * bound for Y": words of a journey after the town left. */
static int S_journey(const S_ctx *c, int end)
{
	static const char *const words[] = {"heading", "headed", "bound", "for", "towards",
					    "toward", "en", NULL};
	for (int i = end + 1; i < c->s->n_tokens && i <= end + 4; i++) {
		if (S_in(c, i, words))
			return 1;
		if (S_punct(c, i) || S_is(c, i, "and"))
			return 0;
	}
	return 0;
}

static const char *const S_again[] = {"recaptured", "recaptures", "recapture", "retook",
				       "retakes", "retake", "retaken", "regained", "regains",
				       "regain", "reclaimed", "reclaims", NULL};

static int S_retaking(const S_ctx *c, int tok)
{
	return S_in(c, tok, S_again);
}

/* "Ukrainian troops recaptured Kupiansk on Saturday as Russian forces
 * fell back": a retaking told beside the other side's retreat was taken
 * from that side. Only for a verb that says the town changed back
 * ("recaptured", "retook", "regained"): the side it was taken back from
 * is the one that leaves. */
static const char *S_fell_back(const S_ctx *c, int tok, int end, int *lf, int *ll)
{
	static const char *const link[] = {"as", "after", "while", "when", NULL};
	static const char *const leave[] = {"fell", "withdrew", "retreated", "fled", "pulled",
					    "abandoned", "withdrawn", "retreating", "withdrawing",
					    "fleeing", "pulling", NULL};
	*lf = *ll = -1;
	if (!S_retaking(c, tok))
		return NULL;
	for (int i = end + 1; i < c->s->n_tokens && i <= end + 6; i++) {
		if (S_is(c, i, ";") || S_is(c, i, "."))
			return NULL;
		if (!S_in(c, i, link))
			continue;
		int f, l;
		const char *p = S_np_forward(c, i + 1, &f, &l);
		if (!p || l < 0 || !S_in(c, l + 1, leave))
			return NULL;
		if (S_is(c, l + 1, "fell") && !S_is(c, l + 2, "back"))
			return NULL;
		*lf = f;
		*ll = l;
		return p;
	}
	return NULL;
}

/* The subject of the last retaking the two sentences before tell
 * ("Ethiopian government forces recaptured Dessie"), coded as the
 * dictionaries code its words, or NULL. */
static const char *S_gainer_prev(const S_ctx *c)
{
	for (int si = c->si - 1; si >= 0 && si >= c->si - 2; si--) {
		const pm_sentence *s = &c->doc->sents[si];
		for (int i = s->n_tokens - 1; i > 0; i--) {
			if (pm_ew_in(s, i, S_again) < 0 || S_edge_in(s, i - 1))
				continue;
			int last = i - 1;
			while (last > 0 && (pm_ew_tag(s, last, "RB") || pm_ew_tag(s, last, "CD") ||
					    pm_ew_is(s, last, "on") || pm_ew_in(s, last, S_weekdays) >= 0))
				last--;
			int first = S_np_back_in(s, last);
			const char *p = S_code_words(c, s, first, S_head_end(s, first, last));
			if (p && strncmp(p, "---", 3))
				return p;
		}
	}
	return NULL;
}

/* "have occupied X since ...", "has controlled X since": an occupying
 * verb in the present perfect followed by "since" in its clause. */
static int S_perfect_since(const S_ctx *c, int tok, int end)
{
	int a = tok - 1;
	while (a >= 0 && S_tag(c, a, "RB"))
		a--;
	if (!(S_is(c, tok, "occupied") || S_is(c, tok, "controlled")) ||
	    !(S_is(c, a, "has") || S_is(c, a, "have")))
		return 0;
	for (int k = end + 1; k < c->s->n_tokens && k <= end + 6; k++) {
		if (S_is(c, k, "since"))
			return 1;
		if (S_punct(c, k) || S_finite(c, k))
			return 0;
	}
	return 0;
}

/* "struck Russian positions in occupied Vysokopillia": "occupied" before
 * a town names no occupier, but the one foreign state's forces the
 * sentence names in it are, and they hold it on the day. */
static void S_occupied_adj(S_ctx *c, int tok)
{
	pm_place where;
	int end;
	if (!S_is(c, tok, "occupied") || !S_place_at(c, tok + 1, 0, &where, &end) ||
	    S_mention_at(c, tok + 1) < 0 || S_is_unresolved(&where))
		return;
	const char *occupier = NULL;
	int of = -1, ol = -1;
	for (int k = 0; k < c->n_evs; k++) {
		const pm_coded_event *e = &c->evs[k];
		const char *codes[2] = {e->source, e->target};
		int firsts[2] = {e->src_first, e->tgt_first}, lasts[2] = {e->src_last, e->tgt_last};
		for (int q = 0; q < 2; q++) {
			char side[32];
			if (!codes[q] || pm_control_party(codes[q], side, sizeof(side)) != 3 ||
			    !isalpha((unsigned char)side[0]) || !strncmp(side, where.country, 3) ||
			    !strcmp(side, "IMG") || !S_armed(codes[q], 1) || firsts[q] > tok)
				continue;
			if (occupier && !S_same_side(occupier, codes[q]))
				return;   /* two foreign sides: whose is unsaid */
			occupier = codes[q];
			of = firsts[q];
			ol = lasts[q];
		}
	}
	if (occupier)
		S_add_simple(c, PM_CONTROL_HOLD, tok, occupier, of, ol, &where);
}

static void S_passive_verb(S_ctx *c, int tok, int verb)
{
	pm_place where;
	int pf = -1, pl = -1;
	if (verb == V_HOLD && S_clause_opens(c, tok, "when"))
		return;
	if (!S_subject_place(c, tok, &where))
		return;
	/* "Gilad Shalit, who was freed by Hamas": people are freed far
	 * more often than towns; a name the gazetteer lacks is a person's */
	if (!strncasecmp(S_text(c, tok), "free", 4) && S_is_unresolved(&where))
		return;
	/* "three days after it was seized by the Taliban" */
	if (verb != V_HOLD && !c->background)
		c->background = S_background(c, tok);
	int by = S_after_word(c, tok, "by", 3);
	int to = verb == V_HAND ? S_after_word(c, tok, "to", 4) : -1;
	int from = S_after_word(c, tok, "from", 4);
	/* "was wrested from government troops by separatist fighters" */
	if (by < 0 && from >= 0)
		by = S_after_word(c, from, "by", 6);
	int out = S_after_word(c, tok, "out", 2);
	/* "Hostomel airport was abandoned by Russian troops": the agent
	 * loses it */
	if (verb == V_ABANDON) {
		const char *p = by >= 0 ? S_np_forward(c, by + 1, &pf, &pl) : NULL;
		if (p && S_armed(S_localize(c, p, &where), 0))
			S_add_simple(c, PM_CONTROL_LOSS, tok, p, pf, pl, &where);
		return;
	}
	if (verb == V_DRIVE) {
		/* "the group was driven out (of the city)": the subject loses */
		int sf, sl;
		const char *p = S_subject(c, tok, &sf, &sl);
		if (!p || !S_armed(S_localize(c, p, &where), 1))
			return;
		pm_place here;
		int lo = out >= 0 ? (S_is(c, out + 1, "of") ? out + 2 : -1) : from >= 0 ? from + 1 : -1;
		if (lo < 0 || !S_place_at(c, lo, 0, &here, NULL))
			S_antecedent(c, tok, W_TOWN, &here);
		S_add_simple(c, PM_CONTROL_LOSS, tok, p, sf, sl, &here);
		return;
	}
	if (by >= 0) {
		const char *p = S_np_forward(c, by + 1, &pf, &pl);
		/* "run by the Manbij Military Council, part of the SDF": a body
		 * named by its role alone belongs to the side it is part of */
		if ((!p || !strncmp(p, "---", 3)) && pl >= 0 && S_is(c, pl + 1, ",") &&
		    (S_is(c, pl + 2, "part") || S_is(c, pl + 3, "part") || S_is(c, pl + 3, "member"))) {
			/* the rest of the clause, through the commas between its
			 * modifiers ("the U.S.-backed, Kurdish-led SDF") */
			int of = S_after_word(c, pl + 1, "of", 4), e = of;
			while (e >= 0 && e + 1 < c->s->n_tokens && !S_is(c, e + 1, ".") &&
			       !S_is(c, e + 1, ";") && e - of < 14)
				e++;
			const char *whole = of >= 0 && e > of ? S_code_words(c, c->s, of + 1, e) : NULL;
			if (whole && strncmp(whole, "---", 3)) {
				p = whole;
				pf = of + 1;
				pl = e;
			}
		}
		int lf = -1, ll = -1;
		const char *loser = from >= 0 ? S_np_forward(c, from + 1, &lf, &ll) : NULL;
		if (loser && from < by && ll >= by) {
			ll = by - 1;
			loser = S_party_words(c, lf, ll, 0);
		}
		S_new nw = {verb == V_HOLD ? PM_CONTROL_HOLD : PM_CONTROL_GAIN, tok, p, pf, pl, &where,
			    -1, -1, 0, loser, lf, ll};
		S_add(c, &nw);
		pm_place more[4];
		int n_more = S_subject_list(c, &where, more, 4);
		for (int k = 0; k < n_more; k++) {
			S_new next = nw;
			next.where = &more[k];
			S_add(c, &next);
		}
		return;
	}
	if (to >= 0) {
		const char *p = S_np_forward(c, to + 1, &pf, &pl);
		S_add_simple(c, PM_CONTROL_GAIN, tok, p, pf, pl, &where);
		return;
	}
	/* "retaken from Islamist militants" with no agent: the loser is
	 * told, the gainer is not */
	if (from >= 0 && verb != V_HOLD) {
		const char *loser = S_np_forward(c, from + 1, &pf, &pl);
		if (loser && S_armed(S_localize(c, loser, &where), 1))
			S_add_simple(c, PM_CONTROL_LOSS, tok, loser, pf, pl, &where);
		/* "Fallujah had been fully liberated from Islamic State, Iraqi
		 * commanders said": the side that says so speaks of its own
		 * gain, as with no "from" */
		if (S_is(c, tok, "liberated") || S_is(c, tok, "freed")) {
			int sf = -1, sl = -1;
			const char *p = S_speaker(c, tok, &sf, &sl, &where);
			/* a named side only: not a pronoun, whose words do not
			 * say which side it stands for */
			if (p && sf >= 0 && !S_in(c, sf, S_pronouns) && S_armed(S_localize(c, p, &where), 1) &&
			    !(loser && S_same_side(S_localize(c, p, &where), S_localize(c, loser, &where))))
				S_add_simple(c, PM_CONTROL_GAIN, tok, p, sf, sl, &where);
		}
		return;
	}
	/* "Nigerian troops recaptured Gwoza on Friday. Bama was retaken on
	 * March 16.": a retaking with no agent, told after another, is by the
	 * side the sentences before tell retaking */
	if (from < 0 && S_retaking(c, tok)) {
		const char *p = S_gainer_prev(c);
		if (p && S_armed(S_localize(c, p, &where), 1))
			S_add_simple(c, PM_CONTROL_GAIN, tok, p, -1, -1, &where);
		return;
	}
	/* "the deputy defence minister said the town had been liberated":
	 * a side that calls a town liberated speaks of its own gain ("captured"
	 * or "occupied" it might say of the other side's) */
	if (from < 0 && (S_is(c, tok, "liberated") || S_is(c, tok, "freed"))) {
		const char *p = S_speaker(c, tok, &pf, &pl, &where);
		if (p)
			S_add_simple(c, PM_CONTROL_GAIN, tok, p, pf, pl, &where);
	}
}

/* "Forces loyal to Muammar Gaddafi": words that say the party is armed
 * where its code is a government's (the leader's). */
static int S_armed_words(const S_ctx *c, int first, int last)
{
	static const char *const armed[] = {"forces", "troops", "soldiers", "fighters", "tanks",
					    "units", "militiamen", "militants", "rebels", NULL};
	/* (the coder's words may be the leader's name alone: the noun
	 * before "loyal to" counts) */
	int from = first >= 0 && S_is(c, first - 1, "to") && S_is(c, first - 2, "loyal") ? first - 3
		   : first;
	for (int i = from; i >= 0 && i <= last; i++)
		if (S_in(c, i, armed))
			return 1;
	return 0;
}

/* Verbs of motion that tell a capture only with "into": swept, poured,
 * rolled, marched, stormed. */
static int S_into_only(const S_ctx *c, int tok)
{
	static const char *const stems[] = {"swe", "pour", "roll", "march", "storm", "walk", NULL};
	for (int k = 0; stems[k]; k++)
		if (!strncasecmp(S_text(c, tok), stems[k], strlen(stems[k])))
			return 1;
	return 0;
}

/* "cleared the last Islamic State fighters from Qaraqosh": the fighters
 * cleared out lose the town, the subject gains it ("cleared mines from
 * the road" moves no armed side). */
static void S_cleared_from(S_ctx *c, int tok)
{
	pm_place where;
	int end, sf, sl, lf, ll;
	int from = S_after_word(c, tok, "from", 8);
	if (from < 0 || !S_place_at(c, from + 1, 0, &where, &end))
		return;
	/* "the remaining militants": the words before the side name none */
	int lo = tok + 1;
	while (lo < from && (S_tag(c, lo, "DT") || S_is(c, lo, "remaining") || S_is(c, lo, "last")))
		lo++;
	const char *loser = S_np_forward(c, lo, &lf, &ll);
	if (!loser || ll >= from || !S_armed(S_localize(c, loser, &where), 1))
		return;
	const char *party = S_subject(c, tok, &sf, &sl);
	c->background = S_background(c, tok);
	S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, from + 1, end, 0, loser, lf, ll};
	S_add(c, &nw);
	c->background = 0;
}

static void S_verb(S_ctx *c, int tok, int verb)
{
	if (!S_verbal(c, tok))
		return;
	/* "the station was stormed by gunmen": an attack, whatever voice */
	if (S_into_only(c, tok) && !S_is(c, tok + 1, "into") &&
	    !(S_is(c, tok + 1, "back") && S_is(c, tok + 2, "into")))
		return;
	pm_place where;
	int pf = -1, pl = -1, end = tok, sf, sl;
	if (S_past_perfect(c, tok) && (verb == V_HOLD || verb == V_KEEP)) {
		/* "Mekelle, the capital that had been held by the TPLF": of no
		 * day, but it names whom a capture took the town from */
		if (!S_own_date(c, tok, 1))
			c->background = 1;
		else
			c->began = 1;
	}
	if (S_passive(c, tok) && (verb == V_CAPTURE || verb == V_TAKE || verb == V_SECURE ||
				  verb == V_HOLD || verb == V_HAND || verb == V_DRIVE ||
				  (verb == V_ABANDON && S_is(c, tok + 1, "by")))) {
		S_passive_verb(c, tok, verb);
		return;
	}
	if (S_attributive(c, tok) && verb != V_WITHDRAW && verb != V_ABANDON) {
		S_occupied_adj(c, tok);
		return;
	}
	const char *party = NULL;
	switch (verb) {
	case V_CAPTURE:
	case V_TAKE:
	case V_SECURE:
	case V_ENTER: {
		int lo = tok + 1;
		if (S_is(c, tok, "return") || S_is(c, tok, "returned") || S_is(c, tok, "returns") ||
		    S_is(c, tok, "returning")) {
			if (!S_is(c, lo, "to")) {
				S_returned_after_loss(c, tok);
				return;
			}
			lo++;
		}
		/* "rebels swept into Damascus", "poured into Tripoli", "tanks
		 * rolled into the city": taken at a run, by an armed side;
		 * "swept the area for mines", "stormed a police station" are
		 * not */
		int into_only = S_into_only(c, tok);
		if (into_only) {
			/* "swept back into Brega": a retaking */
			if (S_is(c, lo, "back"))
				lo++;
			if (!S_is(c, lo, "into"))
				return;
			lo++;
		}
		/* "took over X", "take control of X", "seized full control of X" */
		if (S_is(c, lo, "over") || S_is(c, lo, "back"))
			lo++;
		int has_control = 0;
		for (int i = lo; i < lo + 4 && i < c->s->n_tokens; i++)
			if (S_is(c, i, "control") && (S_is(c, i + 1, "of") || S_is(c, i + 1, "over"))) {
				has_control = 1;
				lo = i + 2;
				break;
			}
		/* "assumed control of", "established control over", "completing
		 * its control of": only so */
		const char *tw = S_text(c, tok);
		if (verb == V_TAKE && !has_control && (tw[0] == 'a' || tw[0] == 'A' || tw[0] == 'e' ||
						       tw[0] == 'E' || tw[0] == 'c' || tw[0] == 'C'))
			return;
		/* "take part", "took power", "take place" name no place; "took
		 * Kobani" in a report's body names one the place finder may
		 * have left for want of context, which the place reader below
		 * looks up (a title's "take Tal Afar centre" compresses what
		 * its body tells) */
		if (verb == V_TAKE && !has_control && !S_is(c, tok + 1, "over") &&
		    S_mention_at(c, tok + 1) < 0 && !S_tag(c, tok + 1, "DT") &&
		    !S_is(c, tok + 1, "back") && (c->s->is_headline || !S_tag(c, tok + 1, "NNP")))
			return;
		/* "the outskirts" are not the town; "seized part of the town",
		 * "the eastern half of Bakhmut" is a town fought over */
		if (S_is(c, lo + 1, "outskirts") || S_is(c, lo, "outskirts"))
			return;
		/* "secured the release of 21 Chibok schoolgirls": what is
		 * secured is no ground */
		if (verb == V_SECURE && (S_in(c, lo, S_secured_things) || S_in(c, lo + 1, S_secured_things)))
			return;
		int partial = S_partial(c, lo);
		int found = S_place_at(c, lo, 0, &where, &end);
		party = S_subject(c, tok, &sf, &sl);
		/* "recaptured Dessie and Kombolcha, the towns Tigrayan forces had
		 * seized in late October": every town the plural stands for */
		int k = -1;
		for (int q = sf; q >= 0 && q < sl && k < 0; q++)
			if ((S_is(c, q, "towns") || S_is(c, q, "cities")) && !S_edge(c, q + 1))
				k = q;
		if (k >= 0 && !found) {
			sf = k + 1;
			party = S_party_words(c, sf, sl, 0);
		}
		if (!found && !partial && k >= 0 && c->n > 0) {
			c->background = S_background(c, tok);
			pm_place seen[S_MAX_STMTS];
			int n_seen = 0, n_st = c->n;
			for (int j = 0; j < n_st && n_seen < S_MAX_STMTS; j++) {
				int dup = 0;
				for (int q = 0; q < n_seen; q++)
					dup |= !strcmp(S_place_key(&seen[q]), S_place_key(&c->st[j].place));
				if (dup || c->st[j].change == PM_CONTROL_CONTEST)
					continue;
				seen[n_seen] = c->st[j].place;
				S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &seen[n_seen], -1, -1, 0, NULL,
					    -1, -1};
				S_add(c, &nw);
				n_seen++;
			}
			return;
		}
		if (partial) {
			if (found && verb != V_ENTER && !S_background(c, tok) &&
			    (!S_past_perfect(c, tok) || S_reported_perfect(c, tok)))
				S_add_simple(c, PM_CONTROL_CONTEST, tok, party, sf, sl, &where);
			return;
		}
		if (!found && !(sf >= 0 && S_relative_place(c, sf, &where)))
			return;
		/* "Hamas freed Gilad Shalit": people are freed far more often
		 * than towns, so the active verb is left to "declared X freed"
		 * and the passive */
		if (!strncasecmp(S_text(c, tok), "free", 4))
			return;
		c->background = S_background(c, tok);
		if ((verb == V_ENTER || (into_only && strncasecmp(S_text(c, tok), "swe", 3))) &&
		    !S_armed(S_localize(c, party, &where), 0) && !S_armed_words(c, sf, sl))
			return;
		/* "seized Sabratha and Surman from forces loyal to Haftar" */
		int from = S_after_word(c, S_list_end(c, end), "from", 3);
		int lf = -1, ll = -1;
		const char *loser = from >= 0 ? S_np_forward(c, from + 1, &lf, &ll) : NULL;
		if (!loser && from < 0)
			loser = S_fell_back(c, tok, S_list_end(c, end), &lf, &ll);
		S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, tok + 1, end,
			    verb == V_ENTER, loser, lf, ll};
		/* "Russian tanks have occupied Trostianets since the first days
		 * of the invasion": a present perfect with "since" tells a
		 * hold that began then, not a capture of the day */
		if (S_perfect_since(c, tok, end))
			nw.change = PM_CONTROL_HOLD;
		/* "Iraqi troops occupying Kuwait City have looted hospitals": a
		 * participle right after its noun tells who is there now */
		if (S_is(c, tok, "occupying") && tok > 0 && S_tag(c, tok - 1, "NN"))
			nw.change = PM_CONTROL_HOLD;
		S_add_list(c, &nw, end);
		return;
	}
	case V_CLEAR: {
		/* "cleared Fallujah of militants": the subject gains, they lose;
		 * "have completely cleared Lyman": a town named, cleared whole */
		if (!S_place_at(c, tok + 1, 0, &where, &end)) {
			S_cleared_from(c, tok);
			return;
		}
		if (!S_is(c, end + 1, "of")) {
			int m = S_mention_at(c, tok + 1);
			if (!(m >= 0 && c->m[m].first == tok + 1 && S_fits(&c->m[m], W_TOWN) &&
			      (S_is(c, tok - 1, "completely") || S_is(c, tok - 1, "fully"))))
				return;
		}
		party = S_subject(c, tok, &sf, &sl);
		int lf = -1, ll = -1;
		const char *loser = S_is(c, end + 1, "of") ? S_np_forward(c, end + 2, &lf, &ll) : NULL;
		/* "cleared the square of mines" takes nothing */
		if (S_is(c, end + 1, "of") && !S_armed(S_localize(c, loser, &where), 1))
			return;
		c->background = S_background(c, tok);
		S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, tok + 1, end, 0, loser, lf, ll};
		S_add(c, &nw);
		return;
	}
	case V_DECLARE: {
		/* "declared victory over Islamic State in Mosul"; "declared
		 * Fallujah liberated", "declared the city free of militants" */
		int v = tok + 1;
		if (!S_is(c, v, "victory")) {
			/* "declared full control of Fallujah": a gain the side
			 * announces */
			int ctl = -1;
			for (int i = tok + 1; i <= tok + 3 && i < c->s->n_tokens && ctl < 0; i++)
				if (S_is(c, i, "control") && (S_is(c, i + 1, "of") || S_is(c, i + 1, "over")))
					ctl = i;
				else if (!(S_tag(c, i, "JJ") || S_tag(c, i, "DT") || S_tag(c, i, "PRP$") ||
					   S_is(c, i, "full") || S_is(c, i, "total") || S_is(c, i, "complete")))
					break;
			if (ctl >= 0) {
				if (!S_place_at(c, ctl + 2, 0, &where, &end))
					return;
				party = S_subject(c, tok, &sf, &sl);
				c->background = S_background(c, tok);
				S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, ctl + 2, end, 0,
					    NULL, -1, -1};
				S_add(c, &nw);
				return;
			}
			if (!S_place_at(c, tok + 1, 0, &where, &end))
				return;
			/* "declared Damascus under their control" */
			int under = S_is(c, end + 1, "under") ? end + 1 : -1;
			for (int i = end + 2; under >= 0 && i <= end + 5 && i < c->s->n_tokens; i++)
				if (S_is(c, i, "control") || S_is(c, i, "rule")) {
					party = S_subject(c, tok, &sf, &sl);
					c->background = S_background(c, tok);
					S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, tok + 1, end,
						    0, NULL, -1, -1};
					S_add(c, &nw);
					return;
				}
			/* "declared Fallujah fully liberated" */
			while (S_tag(c, end + 1, "RB") || S_is(c, end + 1, "fully"))
				end++;
			if (!(S_is(c, end + 1, "liberated") || S_is(c, end + 1, "free") || S_is(c, end + 1, "freed") ||
			      S_is(c, end + 1, "cleared") || S_is(c, end + 1, "secured") ||
			      S_is(c, end + 1, "recaptured")))
				return;
			party = S_subject(c, tok, &sf, &sl);
			S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, tok + 1, end + 1, 0,
				    NULL, -1, -1};
			S_add(c, &nw);
			return;
		}
		int over = S_is(c, v + 1, "over") ? v + 1 : -1;
		int in = S_after_word(c, v, "in", 8);
		if (in < 0 || !S_place_at(c, in + 1, 0, &where, &end))
			return;
		party = S_subject(c, tok, &sf, &sl);
		int lf = -1, ll = -1;
		const char *loser = over >= 0 ? S_np_forward(c, over + 1, &lf, &ll) : NULL;
		S_new nw = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, tok + 1, end, 0, loser, lf, ll};
		S_add(c, &nw);
		return;
	}
	case V_WITHDRAW:
	case V_PULL:
	case V_ABANDON: {
		int lo = tok + 1;
		int flee = S_is(c, tok, "fled") || S_is(c, tok, "flee") || S_is(c, tok, "flees") ||
			   S_is(c, tok, "fleeing");
		if (verb == V_PULL) {
			/* "pulled out of X", "pulling forces out of the area" */
			int out = -1;
			for (int i = tok + 1; i <= tok + 4 && i < c->s->n_tokens; i++)
				if (S_is(c, i, "out") || S_is(c, i, "back")) {
					out = i;
					break;
				}
			if (out < 0)
				return;
			lo = out + 1;
		}
		/* "withdrew their fighters from Kunduz", "retreated from X" */
		int from = S_after_word(c, tok, "from", 5);
		if (from < 0)
			from = S_after_word(c, tok, "of", 4);
		if (from >= 0 && verb != V_ABANDON)
			lo = from + 1;
		party = S_subject(c, tok, &sf, &sl);
		if (S_attributive(c, tok)) {
			/* "retreating rebels set fire to": the noun after it */
			party = S_np_forward(c, tok + 1, &sf, &sl);
		}
		c->background = S_background(c, tok);
		int toward = S_is(c, lo, "to") || S_is(c, lo, "towards") || S_is(c, lo, "toward");
		/* an object that is no place ("pulled out its ambassador") is
		 * not the town; no object at all is */
		int no_object = toward || lo >= c->s->n_tokens || S_punct(c, lo) ||
				S_in(c, lo, S_stops) || S_tag(c, lo, "IN") || S_tag(c, lo, "RB") ||
				S_is(c, lo, "overnight") || S_tag(c, lo, "CC");
		int placed = !toward && S_place_at(c, lo, verb != V_ABANDON || !flee, &where, &end);
		if (!placed && !no_object)
			return;
		/* "a convoy left Gao on Thursday heading for Kidal": a journey
		 * out of a town, not its loss */
		if (placed && verb == V_ABANDON && !flee && S_journey(c, end))
			return;
		int about = -1;
		if (!placed) {
			/* "security forces withdrew", "as soldiers flee": the
			 * place the sentence's other statements are about, else
			 * the one named before */
			if (verb == V_ABANDON && !flee)
				return;
			memset(&where, 0, sizeof(where));
			for (int k = 0; k < c->n && !where.found; k++) {
				where = c->st[k].place;
				about = k;
			}
			if (!where.found)
				S_antecedent(c, tok, W_TOWN, &where);
			end = tok;
		}
		if (!S_armed(S_localize(c, party, &where), verb != V_ABANDON))
			return;
		S_new nw = {PM_CONTROL_LOSS, tok, party, sf, sl, &where, tok + 1, end, 0, NULL, -1, -1};
		if (placed)
			S_add_list(c, &nw, end);
		else
			S_add(c, &nw);
		/* "captured Qaraqosh and nearby Tel Keppe after Kurdish forces
		 * withdrew": they left every town of the capture's list */
		for (int k = about + 1, n0 = c->n; about >= 0 && k < n0; k++) {
			if (c->st[k].trigger != c->st[about].trigger ||
			    c->st[k].change != c->st[about].change || !c->st[k].place.found)
				continue;
			pm_place other = c->st[k].place;
			S_new more = nw;
			more.where = &other;
			S_add(c, &more);
		}
		/* "leaving the city to Congolese police" */
		int to = S_after_word(c, end, "to", 2);
		if (verb == V_ABANDON && to >= 0 && !flee) {
			const char *p = S_np_forward(c, to + 1, &pf, &pl);
			if (S_armed(S_localize(c, p, &where), 1)) {
				S_new g = {PM_CONTROL_GAIN, tok, p, pf, pl, &where, -1, -1, 0, party, sf, sl};
				S_add(c, &g);
			}
		}
		return;
	}
	case V_LOSE: {
		/* "Palmyra was lost to Islamic State": a fall in the passive */
		if (S_passive(c, tok) && !S_is(c, tok + 1, "control")) {
			int to = S_after_word(c, tok, "to", 2);
			if (!S_subject_place(c, tok, &where))
				return;
			/* "denied the town had been lost", "confirmed that
			 * Shchastia had been lost": a fall with no one named
			 * taking it, read as "had fallen" is (its side is the
			 * one that denies or admits it) */
			if (to < 0) {
				c->background = S_background(c, tok);
				S_add_simple(c, PM_CONTROL_LOSS, tok, NULL, -1, -1, &where);
				c->background = 0;
				return;
			}
			const char *p = S_np_forward(c, to + 1, &pf, &pl);
			c->background = S_background(c, tok);
			if (p)
				S_add_simple(c, PM_CONTROL_GAIN, tok, p, pf, pl, &where);
			return;
		}
		int lo = tok + 1;
		if (S_is(c, lo, "control") && S_is(c, lo + 1, "of"))
			lo += 2;
		if (!S_place_at(c, lo, 0, &where, &end))
			return;
		party = S_subject(c, tok, &sf, &sl);
		c->background = S_background(c, tok);
		S_new nw = {PM_CONTROL_LOSS, tok, party, sf, sl, &where, tok + 1, end, 0, NULL, -1, -1};
		S_add_list(c, &nw, end);
		int to = S_after_word(c, end, "to", 2);
		if (to >= 0) {
			const char *p = S_np_forward(c, to + 1, &pf, &pl);
			S_new g = {PM_CONTROL_GAIN, tok, p, pf, pl, &where, -1, -1, 0, party, sf, sl};
			S_add(c, &g);
		}
		return;
	}
	case V_HAND: {
		/* "handed the town back to the military", "ceded X to Y" */
		int lo = tok + 1;
		if (S_is(c, lo, "over") || S_is(c, lo, "back"))
			lo++;
		/* "troops surrender near Myawaddy": the town is not given up */
		if (S_in(c, lo, S_away) || !S_place_at(c, lo, 0, &where, &end))
			return;
		int to = S_after_word(c, end, "to", 3);
		party = S_subject(c, tok, &sf, &sl);
		if (to < 0) {
			/* "surrendered Sinjar": a loss, with no one named to gain */
			if ((tw2(c, tok)[0] | 0x20) == 's' && S_armed(S_localize(c, party, &where), 1) &&
			    !S_background(c, tok))
				S_add_simple(c, PM_CONTROL_LOSS, tok, party, sf, sl, &where);
			return;
		}
		const char *p = S_np_forward(c, to + 1, &pf, &pl);
		S_new g = {PM_CONTROL_GAIN, tok, p, pf, pl, &where, tok + 1, end, 0, party, sf, sl};
		S_add(c, &g);
		if (S_armed(S_localize(c, party, &where), 1))
			S_add_simple(c, PM_CONTROL_LOSS, tok, party, sf, sl, &where);
		return;
	}
	case V_FALL: {
		/* "X fell to Y": Y gains X; "Goma has not fallen": a denied loss */
		int to = S_after_word(c, tok, "to", 2);
		c->background = S_background(c, tok);
		/* "Zaranj became the first provincial capital to fall to the
		 * Taliban": the subject of the copula */
		int st = tok;
		if (S_is(c, tok - 1, "to"))
			for (int v = tok - 2; v >= 0 && v >= tok - 8; v--)
				if (S_in(c, v, S_be) || S_is(c, v, "became") || S_is(c, v, "becomes") ||
				    S_is(c, v, "become")) {
					st = v;
					break;
				}
		if (!S_subject_place(c, st, &where))
			return;
		if (to >= 0) {
			const char *p = S_np_forward(c, to + 1, &pf, &pl);
			if (p) {
				S_add_simple(c, PM_CONTROL_GAIN, tok, p, pf, pl, &where);
				pm_place more[4];
				int n_more = S_subject_list(c, &where, more, 4);
				for (int k = 0; k < n_more; k++)
					S_add_simple(c, PM_CONTROL_GAIN, tok, p, pf, pl, &more[k]);
			}
		} else {
			pm_modality m;
			pm_modality_at(c->s, tok, &m);
			/* "Armenian officials denied that the town had fallen":
			 * the side that denies losing it */
			if (m.kind == PM_MOD_NEGATED) {
				const char *p = S_speaker(c, tok, &pf, &pl, &where);
				S_add_simple(c, PM_CONTROL_LOSS, tok, p, pf, pl, &where);
			}
		}
		return;
	}
	case V_DRIVE: {
		/* "drove out the MNLA", "drove the group out of the city",
		 * "pushed X back from": the object loses */
		int out = -1;
		for (int i = tok + 1; i <= tok + 8 && i < c->s->n_tokens; i++) {
			if (S_is(c, i, "out") || S_is(c, i, "from") || S_is(c, i, "back")) {
				out = i;
				break;
			}
			if (S_punct(c, i) || S_in(c, i, S_stops))
				break;
		}
		if (out < 0 && !(S_is(c, tok, "expelled") || S_is(c, tok, "ousted")))
			return;
		int of = out >= 0 && S_is(c, out, "out") && S_is(c, out + 1, "of") ? out + 2
			 : out >= 0 && S_is(c, out, "from") ? out + 1
			 : out >= 0 && S_is(c, out + 1, "from") ? out + 2 : -1;
		int objf = out == tok + 1 ? out + 1 : tok + 1;
		int lf, ll;
		const char *loser = S_np_forward(c, objf, &lf, &ll);
		if (!loser)
			return;
		/* "pushed them back from the outskirts of Kunduz": repelled
		 * from its fringe, they held no part of the town ("drove the
		 * last Houthi fighters from the outskirts" completes a
		 * capture) */
		static const char *const fringe[] = {"outskirts", "edge", "edges", "approaches",
						     "gates", "fringes", "perimeter", NULL};
		int last_ones = 0;
		for (int i = tok + 1; i < out && i >= 0; i++)
			last_ones |= S_is(c, i, "last") || S_is(c, i, "remaining");
		if (of >= 0 && !last_ones &&
		    (S_in(c, of, fringe) || (S_tag(c, of, "DT") && S_in(c, of + 1, fringe))))
			return;
		int named = of >= 0 && S_place_at(c, of, 0, &where, &end);
		if (!named)
			S_antecedent(c, tok, W_TOWN, &where);
		/* "Ukraine said its artillery had forced them out": a pronoun
		 * that comes out as the driver's own side stands for nobody
		 * the sentence names; no side drives itself out */
		int sf0, sl0;
		const char *driver = S_in(c, lf, S_pronouns) ? S_subject(c, tok, &sf0, &sl0) : NULL;
		if (S_armed(S_localize(c, loser, &where), 1) &&
		    !(driver && S_same_side(S_localize(c, driver, &where), S_localize(c, loser, &where))))
			S_add_simple(c, PM_CONTROL_LOSS, tok, loser, lf, ll, &where);
		/* "drove security forces out of Tikrit", "pushed the last IS
		 * fighters out of Manbij", "ousted government troops from
		 * Zaranj": who drives them out takes the town ("pushed back
		 * from", "pushed them from" only repel) */
		int driven_out = S_is(c, out, "out") ||
				 (S_is(c, out, "from") && (tw2(c, tok)[0] | 0x20) != 'p');
		/* (only armed sides: "expelled aid groups from Darfur",
		 * "thousands of Muslims" take nothing from anyone) */
		if (named && driven_out && !S_partial(c, of) &&
		    S_armed(S_localize(c, loser, &where), 1)) {
			party = S_subject(c, tok, &sf, &sl);
			if (party && S_armed(S_localize(c, party, &where), 1) &&
			    !S_same_side(S_localize(c, party, &where), S_localize(c, loser, &where))) {
				c->background = S_background(c, tok);
				S_new g = {PM_CONTROL_GAIN, tok, party, sf, sl, &where, tok + 1, end, 0, loser,
					   lf, ll};
				S_add(c, &g);
			}
		}
		return;
	}
	case V_HOLD: {
		/* "still hold Timbuktu", "controlled most of Goma", "runs the
		 * city", "which M23 has held since January"; not "held talks",
		 * "controls 250 km of coast", "held in Sloviansk" */
		if (S_clause_opens(c, tok, "when"))
			return;
		/* "troops held out in several districts", "held the west of the
		 * city": the defenders are still there, the town is fought over */
		int out = S_is(c, tok + 1, "out");
		int lo = out && S_is(c, tok + 2, "in") ? tok + 3 : tok + 1;
		int partial = out || S_partial(c, lo);
		int found = S_place_at(c, lo, 0, &where, &end);
		party = S_subject(c, tok, &sf, &sl);
		/* "Peshmerga fighters guarded Sinjar": an armed side guarding a
		 * town holds it ("police guarded the stadium" holds none) */
		if (!strncasecmp(S_text(c, tok), "guard", 5) &&
		    (!found || !S_tag(c, tok, "VB") || !S_armed(S_localize(c, party, &where), 0)))
			return;
		/* "in Masisi and other towns it controls in North Kivu": a
		 * relative clause with no pronoun of its own, about the towns
		 * named before its noun */
		if (S_in(c, tok - 1, S_pronouns) && tok >= 3 &&
		    (S_is(c, tok - 2, "towns") || S_is(c, tok - 2, "cities") ||
		     S_is(c, tok - 2, "villages") || S_is(c, tok - 2, "areas"))) {
			int k = tok - 3;
			if (S_is(c, k, "other"))
				k--;
			if (S_is(c, k, "and"))
				k--;
			int m = S_mention_at(c, k);
			pm_place named;
			if ((m >= 0 && S_fits(&c->m[m], W_TOWN) && (named = c->m[m], 1)) ||
			    (S_unknown_at(c, k, &named, NULL) && named.last == k)) {
				where = named;
				found = 1;
				partial = 0;
				end = tok;
			}
		}
		if (!found && out) {
			memset(&where, 0, sizeof(where));
			for (int k = 0; k < c->n && !where.found; k++)
				where = c->st[k].place;
			found = where.found;
		}
		if (!found && !(sf >= 0 && S_relative_place(c, sf, &where)))
			return;
		S_new nw = {partial ? PM_CONTROL_CONTEST : PM_CONTROL_HOLD, tok, party, sf, sl, &where,
			    tok + 1, end, 0, NULL, -1, -1};
		/* "controls Aleppo, Homs and Hama": every town of the list */
		if (found && !partial)
			S_add_list(c, &nw, end);
		else
			S_add(c, &nw);
		return;
	}
	case V_KEEP:
	case V_TIGHTEN: {
		/* "had full control of the city", "tightened its grip on Sirte";
		 * not "had lost control of" */
		int lo = tok + 1, ok = 0;
		for (int i = lo; i < lo + 4 && i < c->s->n_tokens; i++) {
			if (verb == V_KEEP && S_is(c, i, "control") &&
			    (S_is(c, i + 1, "of") || S_is(c, i + 1, "over"))) {
				lo = i + 2;
				ok = 1;
				break;
			}
			if (verb == V_TIGHTEN && S_is(c, i, "grip") && S_is(c, i + 1, "on")) {
				lo = i + 2;
				ok = 1;
				break;
			}
			if (!(S_tag(c, i, "DT") || S_tag(c, i, "JJ") || S_tag(c, i, "PRP$") ||
			      S_is(c, i, "full") || S_is(c, i, "total") || S_is(c, i, "effective")))
				break;
		}
		if (!ok || !S_place_at(c, lo, 0, &where, &end))
			return;
		party = S_subject(c, tok, &sf, &sl);
		S_new nw = {PM_CONTROL_HOLD, tok, party, sf, sl, &where, tok + 1, end, 0, NULL, -1, -1};
		S_add(c, &nw);
		return;
	}
	default:
		return;
	}
}

/* "Control of Tal Afar was transferred to the Iraqi army", "control of
 * the city passed to the rebels": the one it passes to gains X. */
static void S_control_passed(S_ctx *c, int tok)
{
	static const char *const passed[] = {"transferred", "passed", "handed", "returned",
					     "reverted", "given", "ceded", NULL};
	pm_place where;
	int end, pf = -1, pl = -1;
	if (!S_is(c, tok + 1, "of") || (tok > 0 && !S_is(c, tok - 1, "the") && !S_edge(c, tok - 1) &&
					  !S_is(c, tok - 1, ",")) ||
	    !S_place_at(c, tok + 2, 0, &where, &end))
		return;
	int v = end + 1;
	while (v < c->s->n_tokens && v <= end + 3 && (S_in(c, v, S_group_words) || S_tag(c, v, "RB")))
		v++;
	if (!S_in(c, v, passed))
		return;
	int to = S_after_word(c, v, "to", 3);
	const char *p = to >= 0 ? S_np_forward(c, to + 1, &pf, &pl) : NULL;
	if (!p || !S_armed(S_localize(c, p, &where), 1))
		return;
	c->background = S_background(c, v);
	S_add_simple(c, PM_CONTROL_GAIN, v, p, pf, pl, &where);
	c->background = 0;
}

/* "Hayat Tahrir al-Sham's control of Idlib", "Islamic State's hold on
 * Raqqa", "its grip on the city": the possessor holds the town, unless
 * the phrase tells it ending or of another time ("ended IS's control of",
 * "lost its grip on": a loss, "since the group's control of"). */
static const char *S_possessor(const S_ctx *c, int tok, int *pf, int *pl);

static void S_possessive_hold(S_ctx *c, int tok)
{
	static const char *const ending[] = {"end", "ended", "ends", "ending", "broke", "break",
					     "breaking", "lost", "lose", "loses", "losing", "loosened",
					     "weakened", "after", "since", "before", "during", "until",
					     "restore", "restored", "regained", "regain", "establish",
					     "established", "extend", "extended", "expand", "expanded",
					     "consolidate", "consolidated", NULL};
	if (!(S_is(c, tok + 1, "of") || S_is(c, tok + 1, "over") || S_is(c, tok + 1, "on")) ||
	    (S_is(c, tok, "control") && S_is(c, tok + 1, "on")))
		return;
	int pf = -1, pl = -1, poss = tok - 1;
	while (poss >= 0 && poss >= tok - 3 && (S_tag(c, poss, "JJ") || S_is(c, poss, "full")))
		poss--;
	const char *party = NULL;
	if (S_is(c, poss, "its") || S_is(c, poss, "their")) {
		party = S_party_before(c, poss, 0, 0);
		pf = pl = -1;
	} else if (S_is(c, poss, "'s") || S_is(c, poss, "'")) {
		party = S_possessor(c, poss + 1, &pf, &pl);
	}
	if (!party)
		return;
	int first = pf >= 0 ? pf : poss;
	int lost = 0;
	for (int k = first - 1; k >= 0 && k >= first - 3; k--)
		if (S_in(c, k, ending)) {
			lost = S_is(c, k, "lost") || S_is(c, k, "lose") || S_is(c, k, "loses") ||
			       S_is(c, k, "losing");
			if (!lost)
				return;
			break;
		}
	pm_place where;
	int end;
	if (!S_place_at(c, tok + 2, 0, &where, &end) || !S_armed(S_localize(c, party, &where), 1))
		return;
	S_add_simple(c, lost ? PM_CONTROL_LOSS : PM_CONTROL_HOLD, tok, party, pf, pl, &where);
}

/* "in control of X" (remain, be, stay): the subject holds X. */
static void S_in_control(S_ctx *c, int tok)
{
	/* "..., but the government said its troops were still in control":
	 * with no object at the clause's end, the town named before it */
	int bare = !S_is(c, tok + 1, "of") && !S_is(c, tok + 1, "over") &&
		   (tok + 1 >= c->s->n_tokens || S_punct(c, tok + 1) || S_is(c, tok + 1, "and") ||
		    S_is(c, tok + 1, "but"));
	if (!(S_is(c, tok + 1, "of") || S_is(c, tok + 1, "over")) && !bare)
		return;
	/* "claimed control of Izium": a gain the party claims */
	int cl = tok - 1;
	if (S_is(c, cl, "full") || S_is(c, cl, "total"))
		cl--;
	if (S_is(c, cl, "claimed") || S_is(c, cl, "claims") || S_is(c, cl, "claim")) {
		pm_place where;
		int end, sf, sl;
		if (!S_place_at(c, tok + 2, 0, &where, &end))
			return;
		const char *party = S_subject(c, cl, &sf, &sl);
		S_new nw = {PM_CONTROL_GAIN, cl, party, sf, sl, &where, tok + 1, end, 0, NULL, -1, -1};
		size_t before = (size_t)c->n;
		S_add(c, &nw);
		if ((size_t)c->n > before && c->st[c->n - 1].status == PM_CONTROL_ASSERTED)
			c->st[c->n - 1].status = PM_CONTROL_CLAIMED;
		return;
	}
	static const char *const whole[] = {"full", "sole", "total", "complete", "effective",
					    "firm", NULL};
	if (!S_is(c, tok - 1, "in") && !(S_in(c, tok - 1, whole) && S_is(c, tok - 2, "in")))
		return;
	int in = S_is(c, tok - 1, "in") ? tok - 1 : tok - 2;
	int v = in - 1;
	while (v >= 0 && (S_tag(c, v, "RB") || S_is(c, v, "still") || S_is(c, v, "firmly") ||
			  S_is(c, v, "full") || S_is(c, v, "now")))
		v--;
	/* a headline needs no verb: "Rebels in full control of Manbij" */
	if (c->s->is_headline && v >= 0 && !S_verbal(c, v) && !S_edge(c, v)) {
		pm_place where;
		int end, sf = S_np_back(c, v), sl = v;
		if (!S_place_at(c, tok + 2, 0, &where, &end))
			return;
		const char *party = S_party_words(c, sf, sl, 0);
		S_new nw = {PM_CONTROL_HOLD, tok, party, sf, sl, &where, tok + 1, end, 0, NULL, -1, -1};
		S_add(c, &nw);
		return;
	}
	if (!(S_verb_of(c, v) == V_REMAIN || S_in(c, v, S_be)) || S_past_perfect(c, v))
		return;
	pm_place where;
	int end = tok, sf, sl;
	if (bare) {
		S_antecedent(c, in, W_TOWN, &where);
		if (!where.found || where.sentence != c->si)
			return;
	} else if (!S_place_at(c, tok + 2, 0, &where, &end)) {
		return;
	}
	const char *party = S_subject(c, v, &sf, &sl);
	if (bare && !S_armed(S_localize(c, party, &where), 1))
		return;
	S_new nw = {PM_CONTROL_HOLD, v, party, sf, sl, &where, tok + 1, end, 0, NULL, -1, -1};
	S_add(c, &nw);
}

/* "under (the) control of X", "under X control", "under X rule", "in X
 * hands", "in the hands of X": X holds the place the phrase is about
 * (the subject of the verb before it, or the place named just before);
 * after "came"/"fell" X gains it. */
static const char *const S_returned[] = {"returned", "returns", "reverted", "passed", "back",
					 NULL};

/* "slipped from government control", "slipped out of their control": k
 * at "from" or "of". */
static int S_slipped(const S_ctx *c, int k)
{
	static const char *const slip[] = {"slipped", "slips", "slipping", "escaped", NULL};
	if (S_is(c, k, "from") && S_in(c, k - 1, slip))
		return 1;
	if (!S_is(c, k, "of") || !S_is(c, k - 1, "out"))
		return 0;
	/* "Shusha was completely out of their control": out of it now */
	int b = k - 2;
	while (b > 0 && b >= k - 4 && (S_tag(c, b, "RB") || S_is(c, b, "completely") ||
				       S_is(c, b, "now") || S_is(c, b, "entirely")))
		b--;
	return S_in(c, k - 2, slip) || (b < k - 2 && S_in(c, b, S_be)) ||
	       (S_in(c, b, S_be) && !S_is(c, b, "being"));
}

static void S_under(S_ctx *c, int tok)
{
	int open = -1, pf = -1, pl = -1, returned = 0, slipped = 0;
	const char *party = NULL;
	if (S_is(c, tok, "control") || S_is(c, tok, "rule")) {
		/* "under (the) (full) control of X" */
		int u = tok - 1;
		while (u >= 0 && u >= tok - 3 && (S_is(c, u, "full") || S_is(c, u, "total") ||
						   S_is(c, u, "complete") || S_is(c, u, "effective")))
			u--;
		if (S_is(c, u, "the"))
			u--;
		if (S_is(c, tok + 1, "of") && S_is(c, u, "under")) {
			open = u;
			party = S_np_forward(c, tok + 2, &pf, &pl);
		} else {
			/* "under M23 control", "under Ukrainian control";
			 * "returned to government control": a gain */
			int k = tok - 1;
			while (k >= 0 && k >= tok - 5 && !S_is(c, k, "under") && !S_punct(c, k) &&
			       !(S_is(c, k, "to") && S_in(c, k - 1, S_returned)) && !S_slipped(c, k))
				k--;
			if (!(S_is(c, k, "under") || S_is(c, k, "to") || S_slipped(c, k)) || k == tok - 1)
				return;
			returned = S_is(c, k, "to");
			slipped = S_slipped(c, k);
			open = slipped && S_is(c, k, "of") ? k - 1 : k;
			int f = k + 1;
			while (f < tok && (S_is(c, f, "the") || S_is(c, f, "full") || S_is(c, f, "total") ||
					   S_is(c, f, "effective")))
				f++;
			if (f >= tok)
				return;
			pf = f;
			pl = tok - 1;
			party = S_party_words(c, pf, pl, 0);
		}
	} else if (S_is(c, tok, "hands")) {
		/* "in government hands", "in the hands of X"; "the last district
		 * in militant hands" is being lost, not held */
		for (int k = tok - 2; k >= 0 && k >= tok - 6; k--)
			if (S_is(c, k, "last"))
				return;
		if (S_is(c, tok + 1, "of") && S_is(c, tok - 1, "the") &&
		    (S_is(c, tok - 2, "in") || S_is(c, tok - 2, "into"))) {
			open = tok - 2;
			party = S_np_forward(c, tok + 2, &pf, &pl);
		} else if ((S_is(c, tok - 2, "in") || S_is(c, tok - 2, "into")) && !S_is(c, tok - 1, "the")) {
			open = tok - 2;
			pf = pl = tok - 1;
			party = S_party_words(c, pf, pl, 0);
		} else {
			return;
		}
	} else {
		return;
	}
	/* "under Kurdish control": a people the dictionaries give no side,
	 * whose side S_kurdish names from the town's country */
	for (int i = pf; !party && i >= 0 && i <= pl; i++)
		if (S_in(c, i, S_kurds))
			party = "---";
	if (!party || open < 1)
		return;
	/* the verb before the phrase: "remains", "has been", "came", "fell" */
	int v = open - 1;
	while (v >= 0 && (S_tag(c, v, "RB") || S_is(c, v, "still") || S_is(c, v, "firmly") ||
			  S_is(c, v, "been") || S_is(c, v, "now")))
		v--;
	int gain = S_verb_of(c, v) == V_COME || S_verb_of(c, v) == V_FALL || S_is(c, v, "into") ||
		   returned;
	if (!gain && (S_past_perfect(c, v + 1) || S_clause_opens(c, v, "when")))
		return;
	/* "during the months the city was under ISIL control": a stretch
	 * of the past, not of this day */
	for (int k = v - 1; v >= 1 && S_in(c, v, S_be) && k >= 0 && k >= v - 5 && !S_edge(c, k); k--)
		if (S_in(c, k, S_durations) || S_is(c, k, "time") || S_is(c, k, "period"))
			return;
	pm_place where;
	int m = S_mention_at(c, v);
	if (m >= 0 && !S_dateline_in(c->s, c->m[m].first, c->m[m].last))
		where = c->m[m];
	else if (v >= 0 && S_is(c, v, ",") && S_mention_at(c, v - 1) >= 0)
		where = c->m[S_mention_at(c, v - 1)];
	else if (!S_subject_place(c, v >= 0 ? v : open, &where))
		return;
	int trig = (v >= 0 && (S_verb_of(c, v) != V_NONE || S_in(c, v, S_be))) ? v : tok;
	if (slipped) {
		S_add_simple(c, PM_CONTROL_LOSS, open, party, pf, pl, &where);
		return;
	}
	S_add_simple(c, gain ? PM_CONTROL_GAIN : PM_CONTROL_HOLD, trig, party, pf, pl, &where);
	/* "Kupiansk, Izium and Balakliia are back under Ukrainian control" */
	pm_place more[4];
	int n_more = S_subject_list(c, &where, more, 4);
	for (int k = 0; k < n_more; k++)
		S_add_simple(c, gain ? PM_CONTROL_GAIN : PM_CONTROL_HOLD, trig, party, pf, pl, &more[k]);
}

/* "government soldiers and Amhara militia were back in Lalibela on
 * Sunday": a side back in a town has retaken it. */
static void S_back(S_ctx *c, int tok)
{
	pm_place where;
	int end, sf, sl;
	/* a title leaves the verb out: "Mozambique army back in Mocimboa" */
	int be = S_in(c, tok - 1, S_be);
	if ((!be && !c->s->is_headline) || !S_is(c, tok + 1, "in") ||
	    (be && S_past_perfect(c, tok - 1)) || !S_place_at(c, tok + 2, 0, &where, &end))
		return;
	const char *party = S_subject(c, be ? tok - 1 : tok, &sf, &sl);
	if (party)
		S_add_simple(c, PM_CONTROL_GAIN, tok, party, sf, sl, &where);
}

/* "Army units restored security and stability to al-Qaryatayn",
 * "restored state control over the town": a side's own words for having
 * retaken it ("restored power to Aleppo" is not). */
static void S_restored(S_ctx *c, int tok)
{
	static const char *const what[] = {"security", "control", "order", "stability",
					   "authority", "rule", NULL};
	pm_place where;
	int end, sf, sl, ok = 0, j = tok + 1;
	for (; j < c->s->n_tokens && j <= tok + 6; j++) {
		if (S_in(c, j, what))
			ok = 1;
		else if (S_is(c, j, "to") || S_is(c, j, "in") || S_is(c, j, "over"))
			break;
		else if (!(S_is(c, j, "and") || S_is(c, j, "full") || S_is(c, j, "state") ||
			   S_is(c, j, "government") || S_tag(c, j, "DT") || S_tag(c, j, "PRP$")))
			return;
	}
	if (!ok || !S_verbal(c, tok) || !S_place_at(c, j + 1, 0, &where, &end))
		return;
	const char *party = S_subject(c, tok, &sf, &sl);
	if (!party)
		return;
	c->background = S_background(c, tok);
	S_add_simple(c, PM_CONTROL_GAIN, tok, party, sf, sl, &where);
	c->background = 0;
}

/* "The army said it had redeployed troops outside Hama": an army's word
 * for leaving a town, out of it or away from it. */
static void S_redeployed(S_ctx *c, int tok)
{
	int j = tok + 1;
	while (j < c->s->n_tokens && j <= tok + 4 && !S_is(c, j, "outside") && !S_is(c, j, "from") &&
	       !S_punct(c, j))
		j++;
	pm_place where;
	int end, sf, sl;
	if (!(S_is(c, j, "outside") || S_is(c, j, "from")) || !S_verbal(c, tok) ||
	    !S_place_at(c, j + 1, 0, &where, &end))
		return;
	const char *party = S_subject(c, tok, &sf, &sl);
	if (!party || !S_armed(S_localize(c, party, &where), 1))
		return;
	c->background = S_background(c, tok);
	S_add_simple(c, PM_CONTROL_LOSS, tok, party, sf, sl, &where);
	c->background = 0;
}

/* "militiamen allied with the army moved into the town", "Somali troops
 * moved back in": an armed side that moves into a town has taken it;
 * "M23 fighters remained in Walikale": one that stays there holds it.
 * "moved back in" with no town is in the town the sentence's other
 * statements name. */
static void S_moved_in(S_ctx *c, int tok)
{
	pm_place where;
	int end, sf, sl, lo = tok + 1, moved = S_is(c, tok, "moved");
	if (moved && S_is(c, lo, "back"))
		lo++;
	if (!(S_is(c, lo, "in") || (moved && S_is(c, lo, "into"))) || !S_verbal(c, tok))
		return;
	int found = S_place_at(c, lo + 1, 0, &where, &end), named = found;
	/* "moved back in", "moved into the town": the town the sentence's
	 * other statements are about */
	static const char *const after_in[] = {"on", "overnight", "later", "shortly", "soon",
					       "afterwards", "after", "unopposed", NULL};
	if (!found && moved && ((S_is(c, lo, "in") && (S_punct(c, lo + 1) || lo + 1 >= c->s->n_tokens ||
						       S_in(c, lo + 1, after_in))) ||
				(S_is(c, lo + 1, "the") && S_in(c, lo + 2, S_town_nouns)))) {
		memset(&where, 0, sizeof(where));
		for (int k = 0; k < c->n && !where.found; k++)
			where = c->st[k].place;
		found = where.found;
	}
	if (!found)
		return;
	const char *party = S_subject(c, tok, &sf, &sl);
	if (!party || !S_armed(S_localize(c, party, &where), 1))
		return;
	c->background = S_background(c, tok);
	/* "pockets of IS fighters remained in the northern districts": a
	 * part of the town, fought over */
	int part = S_partial(c, lo + 1) || (sf > 0 && S_is(c, sf, "pockets")) ||
		   (sf >= 0 && S_is(c, sf + 1, "pockets"));
	/* "moved into Tuz Khurmatu, Khanaqin and Dibis": every town of the
	 * list (a town found by pointing back has none) */
	S_new nw = {part ? PM_CONTROL_CONTEST : moved ? PM_CONTROL_GAIN : PM_CONTROL_HOLD,
		    tok, party, sf, sl, &where, -1, -1, 0, NULL, -1, -1};
	if (named && !part)
		S_add_list(c, &nw, end);
	else
		S_add(c, &nw);
	c->background = 0;
}

static const char *const S_fight_verbs[] = {"fought", "battled", "battling", NULL};

/* "fighting for the town was continuing", "fighting for control of X
 * goes on": the place after "for" (lo), when a verb of going on follows
 * it; -1 otherwise. */
static int S_fight_for(const S_ctx *c, int lo)
{
	static const char *const going[] = {"continuing", "continued", "continues", "raging",
					    "raged", "rages", "going", NULL};
	int at = lo;
	if (S_is(c, at, "control") && (S_is(c, at + 1, "of") || S_is(c, at + 1, "over")))
		at += 2;
	for (int j = at; j < c->s->n_tokens && j <= at + 6; j++) {
		if (S_punct(c, j))
			return -1;
		if (S_in(c, j, going) || (S_in(c, j, S_be) && S_in(c, j + 1, going)) ||
		    (S_is(c, j, "still") && S_in(c, j + 1, going)))
			return at;
	}
	return -1;
}

/* The clause ends at j: punctuation, the sentence's end, "and" or "but". */
static int S_ends_clause(const S_ctx *c, int j)
{
	return j >= c->s->n_tokens || S_is(c, j, ".") || S_is(c, j, ";") || S_is(c, j, ",") ||
	       S_is(c, j, "and") || S_is(c, j, "but");
}

/* "Insurgents said they had entered Aleppo. The army denied the city
 * had been breached", "... but militants were still resisting": a
 * claimed entry the other side answers, in its sentence or the next, is
 * a fight in the town. */
static int S_entry_disputed(const S_ctx *c)
{
	static const char *const answers[] = {"denied", "denies", "deny", "rejected", "resisting",
					      "repelling", NULL};
	/* "the army repelled an RSF assault on El Fasher. The paramilitaries
	 * claimed to have entered the city": an attack told beaten back is
	 * over, the defenders still there */
	static const char *const over[] = {"repelled", "repulsed", "repels", "repulses", NULL};
	for (int si = c->si - 1; si <= c->si + 1 && si < c->doc->n_sents; si++) {
		/* (a title sets both sides' words side by side, "Rebels say
		 * they have entered X; army says attack repelled": the body
		 * tells which stands) */
		if (si < 0 || c->doc->sents[si].is_headline)
			continue;
		const pm_sentence *s = &c->doc->sents[si];
		for (int i = 0; i < s->n_tokens; i++)
			if (pm_ew_in(s, i, over) >= 0)
				return 0;
	}
	for (int si = c->si; si <= c->si + 1 && si < c->doc->n_sents; si++) {
		const pm_sentence *s = &c->doc->sents[si];
		for (int i = 0; i < s->n_tokens; i++)
			if (pm_ew_in(s, i, answers) >= 0)
				return 1;
	}
	return 0;
}

/* A word of denial before tok in its sentence ("denied it and said"). */
static int S_denial_in(const S_ctx *c, int tok)
{
	static const char *const denying[] = {"denied", "denies", "deny", "denying", "rejected",
					      "dismissed", NULL};
	for (int k = 0; k < tok; k++)
		if (S_in(c, k, denying))
			return 1;
	return 0;
}

/* A town fought over, no side holding it: "neither side (was) in control
 * of the town", "neither side holds the city", "control of the city was
 * divided", "fighting raged inside El Geneina", "street battles in X",
 * "pushed (deeper) into Mariupol". tok is "neither", "divided", a
 * fighting noun or "pushed". */
static void S_fought(S_ctx *c, int tok)
{
	static const char *const fights[] = {"fighting", "battles", "battle", "clashes",
					     "gunbattles", "combat", NULL};
	static const char *const raging[] = {"raged", "rages", "raging", "continued",
					     "continues", "continuing", "erupted", "grinds",
					     "ground", "grinding", NULL};
	pm_place where;
	int end, lo = -1, sf = -1, sl = -1;
	const char *party = NULL;
	if (S_is(c, tok, "neither") &&
	    (S_is(c, tok + 1, "side") || S_is(c, tok + 1, "party") || S_is(c, tok + 1, "force"))) {
		for (int j = tok + 2; j < c->s->n_tokens && j <= tok + 7 && lo < 0; j++) {
			if (S_is(c, j, "control") && (S_is(c, j + 1, "of") || S_is(c, j + 1, "over")))
				lo = j + 2;
			else if (S_verb_of(c, j) == V_HOLD)
				lo = j + 1;
			else if (S_punct(c, j))
				break;
		}
	} else if (S_is(c, tok, "divided")) {
		/* "control of the city was divided" */
		for (int j = tok - 1; j >= 0 && j >= tok - 8 && lo < 0; j--)
			if (S_is(c, j, "control") && S_is(c, j + 1, "of"))
				lo = j + 2;
	} else if (S_in(c, tok, S_fight_verbs)) {
		/* "fought Islamic State street by street in western Mosul",
		 * "battling the defenders for control of the centre street by
		 * street": the place after "in" or "control of" */
		int street = 0, at = -1;
		for (int j = tok + 1; j < c->s->n_tokens && j <= tok + 14; j++) {
			if (S_is(c, j, ";") || S_is(c, j, ".") || (S_in(c, j, S_stops) && !S_is(c, j, "and")))
				break;
			street |= S_is(c, j, "street") && S_is(c, j + 1, "by") && S_is(c, j + 2, "street");
			if (at < 0 && S_is(c, j, "in"))
				at = j + 1;
			if (at < 0 && S_is(c, j, "control") && S_is(c, j + 1, "of"))
				at = j + 2;
		}
		if (street && at >= 0 && !S_background(c, tok))
			lo = at;
	} else if (S_in(c, tok, fights)) {
		/* "fighting raged inside X", "street battles in X", "fighting in
		 * the streets of X"; not "fighting outside it" */
		int j = tok + 1;
		/* "fighting was still going on in Soledar" */
		while (j < tok + 4 && (S_in(c, j, S_be) || S_is(c, j, "still")))
			j++;
		if (j > tok + 1 && !(S_in(c, j, raging) || S_is(c, j, "going")))
			j = tok + 1;
		int raged = S_in(c, j, raging) || (S_is(c, j, "going") && S_is(c, j + 1, "on"));
		if (raged)
			j++;
		/* "street fighting grinds on in Sievierodonetsk" */
		if (raged && S_is(c, j, "on"))
			j++;
		/* "fighting raged in X", "street battles in X", "fighting inside
		 * X"; "fleeing the fighting in Aleppo" tells of no town's state */
		int for_town = -1;
		if (!raged && tok > 0 && S_is(c, j, "for") && !S_is(c, tok - 1, "the"))
			for_town = S_fight_for(c, j + 1);
		/* "fighting in the ruined town was continuing" */
		static const char *const around[] = {"area", "areas", "region", "vicinity",
						     "surroundings", "outskirts", NULL};
		if (!raged && tok > 0 && S_is(c, j, "in") && !S_is(c, tok - 1, "the") &&
		    S_fight_for(c, j + 1) >= 0 && !S_in(c, j + 2, around) && !S_in(c, j + 3, around))
			raged = 1;
		if (S_is(c, j, "inside") ||
		    (S_is(c, j, "in") && (raged || S_is(c, tok - 1, "street") ||
					   (S_is(c, j + 1, "the") && S_is(c, j + 2, "streets")))))
			lo = j + 1;
		/* "saying fighting for the town was continuing": fought over */
		else if (for_town >= 0)
			lo = for_town;
		/* "denied it and said fighting was continuing": the side that
		 * denies a capture says the fight for its town goes on */
		else if (raged && S_ends_clause(c, j) && S_denial_in(c, tok))
			lo = -2;
		/* "street battles raged for control of the town": the town
		 * itself is fought over, not yet anyone's */
		else if (raged && S_is(c, j, "for") && S_is(c, j + 1, "control") &&
			 (S_is(c, j + 2, "of") || S_is(c, j + 2, "over")))
			lo = j + 3;
		if (lo == -2) {
			if (S_background(c, tok))
				return;
			S_antecedent(c, tok, W_TOWN, &where);
			if (where.found)
				S_add_simple(c, PM_CONTROL_CONTEST, tok, NULL, -1, -1, &where);
			return;
		}
		if (lo >= 0 && S_is(c, lo, "the") && S_is(c, lo + 1, "streets") && S_is(c, lo + 2, "of"))
			lo += 3;
		else if (lo >= 0 && (S_is(c, lo, "its") || S_is(c, lo, "the")) &&
			 (S_is(c, lo + 1, "streets") || S_is(c, lo + 1, "centre") ||
			  S_is(c, lo + 1, "center")))
			;
		else if (lo >= 0 && S_mention_at(c, lo) < 0 && !S_is(c, lo, "the") &&
			 !(S_is(c, lo, "it") && S_is(c, lo - 1, "inside")))
			lo = -1;   /* "fighting inside it": the town named before */
		if (lo >= 0 && S_background(c, tok))
			lo = -1;
	} else if (S_is(c, tok, "pushed") || S_is(c, tok, "push") || S_is(c, tok, "pushes") ||
		   S_is(c, tok, "advanced") || S_is(c, tok, "advance") || S_is(c, tok, "advances")) {
		/* "pushed (deeper) into Mariupol": inside, not yet holding it */
		int j = tok + 1;
		if (S_is(c, j, "deeper") || S_is(c, j, "further") || S_is(c, j, "farther"))
			j++;
		if (!S_is(c, j, "into") || S_is(c, j + 1, "outskirts") || S_is(c, j + 2, "outskirts") ||
		    S_is(c, j + 3, "outskirts") || !S_verbal(c, tok))
			return;
		lo = j + 1;
		party = S_subject(c, tok, &sf, &sl);
	}
	if (lo < 0 || !S_place_at(c, lo, 0, &where, &end))
		return;
	S_add_simple(c, PM_CONTROL_CONTEST, tok, party, sf, sl, &where);
}

/* "raised the national flag over Sloviansk", "hoisted its flag over X":
 * the side that raises its flag over a town has taken it. */
/* "Ukraine's flag was raised over the town hall of Balakliia", "the
 * Ukrainian flag was hoisted above": the flag's owner, before it, gains. */
static void S_flag_raised(S_ctx *c, int tok)
{
	int v = tok + 1;
	if (!S_in(c, v, S_be) || !(S_is(c, v + 1, "raised") || S_is(c, v + 1, "hoisted")) ||
	    !(S_is(c, v + 2, "over") || S_is(c, v + 2, "above")))
		return;
	int pl = S_is(c, tok - 1, "'s") ? tok - 2 : tok - 1, pf = pl;
	while (pf - 1 >= 0 && pl - pf < 4 && !S_edge(c, pf - 1) &&
	       (S_tag(c, pf - 1, "NNP") || S_tag(c, pf - 1, "JJ")))
		pf--;
	pm_place where;
	int end;
	const char *party = pl >= 0 ? S_party_words(c, pf, pl, 0) : NULL;
	if (!party || !S_place_at(c, v + 3, 0, &where, &end))
		return;
	S_add_simple(c, PM_CONTROL_GAIN, v + 1, party, pf, pl, &where);
}

static void S_flag(S_ctx *c, int tok)
{
	/* "raised the national flag in the centre of Izium", "at the town
	 * hall of X" as "over X" */
	if (!S_is(c, tok + 1, "over") && !S_is(c, tok + 1, "above") && !S_is(c, tok + 1, "in") &&
	    !S_is(c, tok + 1, "at") && !S_is(c, tok + 1, "on")) {
		S_flag_raised(c, tok);
		return;
	}
	int v = tok - 1;
	while (v >= 0 && v >= tok - 4 && !(S_is(c, v, "raised") || S_is(c, v, "hoisted") ||
					   S_is(c, v, "raise") || S_is(c, v, "hoist") ||
					   S_is(c, v, "raising") || S_is(c, v, "hoisting")))
		v--;
	if (v < 0 || v < tok - 4)
		return;
	pm_place where;
	int end, sf, sl;
	if (!S_place_at(c, tok + 2, 0, &where, &end))
		return;
	const char *party = S_subject(c, v, &sf, &sl);
	/* a flag raised "in" a town by residents is a celebration */
	if (!S_is(c, tok + 1, "over") && !S_is(c, tok + 1, "above") &&
	    !S_armed(S_localize(c, party, &where), 0))
		return;
	S_new nw = {PM_CONTROL_GAIN, v, party, sf, sl, &where, v + 1, end, 0, NULL, -1, -1};
	S_add(c, &nw);
}

/* The gain a noun of taking tells ("the fall of X to Y", "the capture of
 * X by Y", "Y's capture of X", "announced the capture of X"), by the party
 * p at pf..pl, the phrase opening at first: none when no party is named,
 * nor when it is background ("since the fall of Mosul", "after Islamic
 * State's capture of Palmyra"). */
static void S_nominal_gain(S_ctx *c, int tok, int first, const char *p, int pf, int pl,
			   const pm_place *where)
{
	if (!p)
		return;
	for (int j = first - 1; j >= 0 && j >= first - 2; j--)
		if (S_is(c, j, "since") || S_is(c, j, "after") || S_is(c, j, "before"))
			return;
	S_add_simple(c, PM_CONTROL_GAIN, tok, p, pf, pl, where);
}

/* The possessor of "Islamic State's capture of Palmyra", the noun at tok:
 * the words before "'s". */
static const char *S_possessor(const S_ctx *c, int tok, int *pf, int *pl)
{
	*pl = tok - 2;
	*pf = *pl;
	while (*pf - 1 >= 0 && *pl - *pf < 5 && !S_edge(c, *pf - 1) &&
	       (S_tag(c, *pf - 1, "NNP") || S_tag(c, *pf - 1, "NN") || S_tag(c, *pf - 1, "JJ")))
		(*pf)--;
	return S_party_words(c, *pf, *pl, 0);
}

/* The announcer of "announced the capture of Izium", the noun at tok. */
static const char *S_announcer(const S_ctx *c, int tok, int *pf, int *pl)
{
	int v = tok - 1;
	while (v >= 0 && (S_tag(c, v, "DT") || S_tag(c, v, "JJ") || S_tag(c, v, "PRP$")))
		v--;
	if (v < 0 || !(S_is(c, v, "announced") || S_is(c, v, "claimed") ||
		       S_is(c, v, "completed") || S_is(c, v, "declared") ||
		       S_is(c, v, "announces") || S_is(c, v, "claims")))
		return NULL;
	return S_subject(c, v, pf, pl);
}

/* "Mosul's capture by Islamic State", "Ramadi's fall to the militants":
 * the town as the possessor, the gainer after "by" or "to". */
static const char *S_announcer(const S_ctx *c, int tok, int *pf, int *pl);

static void S_nominal_town(S_ctx *c, int tok, int fall)
{
	if (!S_is(c, tok - 1, "'s") || tok < 2)
		return;
	int at = S_after_word(c, tok, fall ? "to" : "by", 3);
	if (at < 0 && fall)
		return;
	int pl = tok - 2, pf = pl;
	while (pf - 1 >= 0 && pl - pf < 4 && !S_edge(c, pf - 1) && S_tag(c, pf - 1, "NNP"))
		pf--;
	pm_place where;
	int end = -1, af = -1, al = -1;
	int found = 0;
	for (int f = pf; f <= pl && !found; f++)
		found = S_place_at(c, f, 0, &where, &end) && end == pl;
	if (!found)
		return;
	/* "Abadi formally announced Mosul's liberation": the announcer */
	const char *p = at >= 0 ? S_np_forward(c, at + 1, &af, &al) : S_announcer(c, pf, &af, &al);
	S_nominal_gain(c, tok, pf, p, af, al, &where);
}

/* "the fall of Ramadi to Islamic State", "the capture of Ramadi by
 * Islamic State": a gain, named by its noun, when the gainer is named. */
static void S_nominal(S_ctx *c, int tok)
{
	int fall = S_is(c, tok, "fall");
	if (S_tag(c, tok, "VB") && !c->s->is_headline)
		return;
	if (!S_is(c, tok + 1, "of")) {
		S_nominal_town(c, tok, fall);
		return;
	}
	pm_place where;
	int end, pf = -1, pl = -1;
	/* "the liberation of eastern Mosul": a part of the town */
	static const char *const sides[] = {"eastern", "western", "northern", "southern", NULL};
	if (S_partial(c, tok + 2) || S_in(c, tok + 2, sides) ||
	    !S_place_at(c, tok + 2, 0, &where, &end))
		return;
	int at = S_after_word(c, end, fall ? "to" : "by", 2);
	if (at >= 0) {
		const char *p = S_np_forward(c, at + 1, &pf, &pl);
		S_nominal_gain(c, tok, tok, p, pf, pl, &where);
	} else if (!fall && S_is(c, tok - 1, "'s")) {
		const char *p = S_possessor(c, tok, &pf, &pl);
		S_nominal_gain(c, tok, pf, p, pf, pl, &where);
	} else if (!fall) {
		const char *p = S_announcer(c, tok, &pf, &pl);
		S_nominal_gain(c, tok, tok, p, pf, pl, &where);
	}
}

/* "completed their withdrawal from Kherson", "announced the pullout of
 * its troops from X": a loss, when the withdrawal is told as done. */
static void S_withdrawal(S_ctx *c, int tok)
{
	static const char *const done[] = {"completed", "completes", "finished", "announced",
					   "announces", "confirmed", NULL};
	int from = S_after_word(c, tok, "from", 6);
	if (from < 0)
		return;
	int k = tok - 1;
	const char *party = NULL;
	int pf = -1, pl = -1, sf, sl;
	while (k >= 0 && k >= tok - 3 && (S_tag(c, k, "JJ") || S_is(c, k, "full")))
		k--;
	int poss = k;
	if (S_tag(c, k, "PRP$") || S_tag(c, k, "DT"))
		k--;
	if (!S_in(c, k, done))
		return;
	if (S_is(c, poss, "its") || S_is(c, poss, "their")) {
		party = S_subject(c, k, &sf, &sl);
		pf = sf;
		pl = sl;
	} else if (S_is(c, tok + 1, "of")) {
		party = S_np_forward(c, tok + 2, &pf, &pl);
	}
	if (!party)
		party = S_subject(c, k, &pf, &pl);
	pm_place where;
	int end;
	if (!S_place_at(c, from + 1, 0, &where, &end) || !S_armed(S_localize(c, party, &where), 1))
		return;
	S_add_simple(c, PM_CONTROL_LOSS, tok, party, pf, pl, &where);
}

/* "X's stronghold of Y", "its stronghold of Sirte", "the group's de facto
 * capital": X holds Y. */
static void S_stronghold(S_ctx *c, int tok)
{
	/* a base is a hold only as what a town is ("X had been Russia's
	 * staging base"), checked below */
	int cap = S_is(c, tok, "capital") || S_is(c, tok, "base");
	if (S_is(c, tok, "capital") &&
	    !(S_is(c, tok - 1, "facto") || S_is(c, tok - 1, "self-declared") ||
	      S_is(c, tok - 1, "self-styled") || S_is(c, tok - 1, "self-proclaimed")))
		return;
	/* the possessor: "Islamic State's", "its", "their", "the group's" */
	int k = tok - 1;
	while (k >= 0 && k >= tok - 4 && !S_is(c, k, "'s") && !S_is(c, k, "'") &&
	       !S_is(c, k, "its") && !S_is(c, k, "their") && !S_tag(c, k, "DT"))
		k--;
	if (k < 0 || k < tok - 4)
		return;
	const char *party;
	int pf = -1, pl = -1;
	if (S_tag(c, k, "DT") && k + 1 > tok - 1) {
		/* "Gao, a stronghold of the MUJAO Islamists": the side after
		 * "of", the town before the comma */
		pm_place what;
		int e;
		if (!S_is(c, tok + 1, "of") || S_place_at(c, tok + 2, 0, &what, &e) ||
		    !S_is(c, k - 1, ","))
			return;
		party = S_np_forward(c, tok + 2, &pf, &pl);
		if (!party || !S_apposed_place(c, k, &what))
			return;
		S_add_simple(c, PM_CONTROL_HOLD, tok, party, pf, pl, &what);
		return;
	} else if (S_tag(c, k, "DT")) {
		/* "Qusair, a rebel stronghold": the words between name the side */
		pf = k + 1;
		pl = tok - 1;
		party = S_party_words(c, pf, pl, 0);
	} else if (S_is(c, k, "its") || S_is(c, k, "their")) {
		party = S_party_before(c, k, 0, 0);
	} else {
		/* the possessor's own words: names and nouns back to a word
		 * that is neither ("assault on Islamic State's") */
		pl = k - 1;
		pf = pl;
		while (pf - 1 >= 0 && pl - pf < 5 &&
		       (S_tag(c, pf - 1, "NNP") || S_tag(c, pf - 1, "NN") || S_tag(c, pf - 1, "JJ") ||
			S_tag(c, pf - 1, "DT")) && !S_edge(c, pf - 1))
			pf--;
		party = S_party_words(c, pf, pl, 0);
	}
	if (!party)
		return;
	pm_place where;
	int end;
	/* "Izyum had been Russia's main staging base since April": the
	 * subject of the copula */
	int be = S_tag(c, k, "DT") || pf < 0 ? k - 1 : pf - 1;
	if (S_in(c, be, S_be) || S_is(c, be, "became")) {
		if (!S_subject_place(c, be, &where))
			return;
		if (S_is(c, be, "been") && S_is(c, be - 1, "had")) {
			if (!S_own_date(c, tok, 1))
				return;
			c->began = 1;
		}
		S_add_simple(c, PM_CONTROL_HOLD, tok, party, pf, pl, &where);
		c->began = 0;
		return;
	}
	if (cap && S_is(c, tok, "base"))
		return;
	if (S_is(c, tok + 1, "of") || S_mention_at(c, tok + 1) >= 0) {
		if (!S_place_at(c, S_is(c, tok + 1, "of") ? tok + 2 : tok + 1, 0, &where, &end))
			return;
	} else {
		/* "Raqqa, the group's de facto capital": the place in apposition */
		int j = k - 1;
		while (j >= 0 && !S_is(c, j, ",") && j >= k - 6)
			j--;
		/* ("holed up in Kunduz on Tuesday, the militia's last
		 * stronghold": past the day of the main clause) */
		int t = j - 1;
		if (t >= 1 && S_in(c, t, S_weekdays) && S_is(c, t - 1, "on")) {
			t -= 2;
			/* (an apposition: "driving al-Qaeda out of its
			 * stronghold" after the comma is a clause) */
			for (int q = j + 1; q < k; q++)
				if (!(S_tag(c, q, "DT") || S_tag(c, q, "NN") || S_tag(c, q, "JJ")))
					return;
		}
		int m = S_mention_at(c, t);
		if (!S_is(c, j, ","))
			return;
		if (m >= 0)
			where = c->m[m];
		else if (pm_places_named_at(c->pd, c->si, j - 1, &where) < 0 ||
			 !strcmp(where.precision, "country"))
			return;
	}
	S_add_simple(c, PM_CONTROL_HOLD, tok, party, pf, pl, &where);
}

/* "Tigrayan-held Woldiya": the prefix names the side whose forces hold
 * the town, so "<prefix> forces" is read before the bare prefix; the
 * dictionaries code a people's name ("Tigrayan") as its country, but
 * "Tigrayan forces" as the people's armed side. */
static const char *S_held_by_forces(const S_ctx *c, const char **w, int m)
{
	const char *bare = c->code(c->code_ctx, w, m);
	if (m >= 4)
		return bare;
	const char *wf[4];
	for (int k = 0; k < m; k++)
		wf[k] = w[k];
	wf[m] = "FORCES";
	const char *forces = c->code(c->code_ctx, wf, m + 1);
	/* only a people's name the dictionaries give a state: a group's
	 * own name ("IS") or a word with no side stays as it is read, and
	 * "forces" alone is the generic military, not the prefix's side */
	char sb[32], sf[32];
	if (!bare || !forces || !strncmp(forces, "---", 3) ||
	    pm_control_party(bare, sb, sizeof(sb)) != 3 ||
	    pm_control_party(forces, sf, sizeof(sf)) <= 0 || !strcmp(sb, sf))
		return bare;
	return forces;
}

/* A capitalised word right before the compound ("Islamic State-held"):
 * the prefix is part of a name, not a word of its own. */
static int S_back_named(const S_ctx *c, int tok)
{
	return tok >= 1 && pm_ew_capital(c->s, tok - 1) && !S_edge(c, tok - 1);
}

/* "IS-held Mosul", "government-controlled city", "Russian-occupied". */
static void S_compound(S_ctx *c, int tok)
{
	const char *t = S_text(c, tok);
	const char *dash = strrchr(t, '-');
	if (!dash || dash == t)
		return;
	static const char *const suffixes[] = {"held", "controlled", "run", "occupied", "ruled",
					       NULL};
	int hit = 0;
	for (int k = 0; suffixes[k]; k++)
		hit |= !strcasecmp(dash + 1, suffixes[k]);
	if (!hit || S_clause_opens(c, tok, "when"))
		return;
	pm_place where;
	int end;
	if (!S_place_at(c, tok + 1, 0, &where, &end))
		return;
	/* the prefix, with up to three capitalised words before it: "Islamic
	 * State-held" */
	char prefix[48];
	size_t n = (size_t)(dash - t);
	if (n >= sizeof(prefix))
		return;
	for (size_t k = 0; k < n; k++)
		prefix[k] = (char)toupper((unsigned char)t[k]);
	prefix[n] = '\0';
	const char *party = NULL;
	int pf = -1;
	for (int back = 3; back >= 0 && !party; back--) {
		const char *w[4];
		int m = 0, ok = 1;
		for (int j = tok - back; j < tok; j++) {
			if (j < 0 || !pm_ew_capital(c->s, j) || !c->s->tokens[j].upper) {
				ok = 0;
				break;
			}
			w[m++] = c->s->tokens[j].upper;
		}
		if (!ok)
			continue;
		w[m++] = pm_arena_strdup(c->a, prefix);
		party = S_held_by_forces(c, w, m);
		/* a bare acronym the dictionaries leave out for its other
		 * sense ("IS", the verb) can only be a party before "-held":
		 * read it as the "IS group" they do list */
		if (!party && !back && m < 4) {
			w[m++] = "GROUP";
			party = c->code(c->code_ctx, w, m);
		}
		if (party)
			pf = back ? tok - back : -1;
	}
	/* "YPG/PKK-controlled Manbij": two names a speaker gives one party;
	 * the one of the town's country is the side on its map */
	if (pf < 0 && S_is(c, tok - 1, "/") && tok >= 2 && pm_ew_capital(c->s, tok - 2) &&
	    c->s->tokens[tok - 2].upper && where.found && strlen(where.country) == 3) {
		const char *w[1] = {c->s->tokens[tok - 2].upper};
		const char *alt = c->code(c->code_ctx, w, 1);
		char sa[32], sp[32];
		if (alt && pm_control_party(alt, sa, sizeof(sa)) > 0 &&
		    !strncmp(sa, where.country, 3) &&
		    (!party || pm_control_party(party, sp, sizeof(sp)) <= 0 ||
		     strncmp(sp, where.country, 3))) {
			party = alt;
			pf = tok - 2;
		}
	}
	/* "Kurdish-held Kobani": the people's side of the town's country
	 * (S_kurdish), which the bare name is given none of */
	if ((!party || !strcmp(party, "---")) && where.found && strlen(where.country) == 3 &&
	    (!strcasecmp(prefix, "KURDISH") || !strcasecmp(prefix, "KURD"))) {
		char *kur = pm_arena_alloc(c->a, 7);
		snprintf(kur, 7, "%.3sKUR", where.country);
		party = kur;
	}
	/* "resistance-held Moebye": a word the dictionaries know only with
	 * its noun ("resistance forces"), rebels placed by the town */
	if (!party && !S_back_named(c, tok)) {
		const char *w[2] = {pm_arena_strdup(c->a, prefix), "FORCES"};
		const char *f = c->code(c->code_ctx, w, 2);
		if (f && !strncmp(f, "---", 3) && strstr(f + 3, "REB"))
			party = f;
	}
	if (!party)
		return;
	S_add_simple(c, PM_CONTROL_HOLD, tok, party, pf, pf >= 0 ? tok : -1, &where);
}

/* ---- Clean-up ---------------------------------------------------------------------- */

/* "captured Jowhar, the government-held home town of the president":
 * a hold word in the apposition right after a change's object. */
static int S_apposed_hold(const S_ctx *c, int trigger, int obj_hi)
{
	if (obj_hi < 0 || trigger <= obj_hi + 1 || !S_is(c, obj_hi + 1, ","))
		return 0;
	for (int k = obj_hi + 2; k < trigger; k++)
		if (S_punct(c, k) || S_finite(c, k))
			return 0;
	return 1;
}

/* "declared Marawi liberated ..., a day after troops killed their
 * leaders in the last militant-held district": a side's last hold, told
 * beside another side's gain of the town, is what it just lost. */
static int S_last_held(const S_ctx *c, int trigger)
{
	/* (also past an adjective: "the last major government-held town") */
	if (trigger >= 1 && strchr(S_text(c, trigger), '-'))
		return S_is(c, trigger - 1, "last") || S_is(c, trigger - 1, "remaining") ||
		       (trigger >= 2 && S_tag(c, trigger - 1, "JJ") &&
			(S_is(c, trigger - 2, "last") || S_is(c, trigger - 2, "remaining")));
	/* "drove them from the last districts they held in Aden" */
	for (int k = trigger - 1; k >= 0 && k >= trigger - 5; k--) {
		if (S_is(c, k, "last") || S_is(c, k, "remaining"))
			return 1;
		if (S_punct(c, k) || S_finite(c, k))
			return 0;
	}
	return 0;
}

/* "entered Ansongo and found the town emptied of the Islamist fighters
 * who had held it", "returned to Lere after the Islamists who had
 * controlled the town fled": the town found empty, or the side that had
 * held it told fleeing, is the other side leaving that a weak entry (at
 * token trigger) wants. */
static int S_held_and_gone(const S_ctx *c, int trigger)
{
	static const char *const empty[] = {"emptied", "deserted", NULL};
	static const char *const fled[] = {"fled", "left", "withdrew", "escaped", NULL};
	static const char *const held[] = {"held", "controlled", "ruled", "occupied", NULL};
	for (int t = trigger + 1; t < c->s->n_tokens; t++) {
		if (S_in(c, t, empty))
			return 1;
		if (!S_in(c, t, fled))
			continue;
		for (int k = t - 1; k > trigger && k >= t - 8; k--)
			if (S_is(c, k, "who") && S_is(c, k + 1, "had") && S_in(c, k + 2, held))
				return 1;
	}
	return 0;
}

/* "Russia said it was pulling troops out of Izium. Ukrainian forces
 * entered the town the same day": a side leaving, told in the sentence
 * before or after a weak entry (at token trigger, by party), is the other
 * side leaving the entry wants: a verb of leaving in the past or the
 * progressive whose subject, or the first party its sentence names
 * before it, is another side. */
static int S_left_nearby(const S_ctx *c, const char *party)
{
	for (int d = -1; d <= 1; d += 2) {
		int si = c->si + d;
		if (si < 0 || si >= c->doc->n_sents || !party)
			continue;
		const pm_sentence *s = &c->doc->sents[si];
		for (int t = 1; t < s->n_tokens; t++) {
			const S_word *w = S_word_at(s, t);
			if (!w || !(w->verb == V_WITHDRAW || w->verb == V_PULL || w->verb == V_ABANDON) ||
			    !(pm_ew_tag(s, t, "VBD") || pm_ew_tag(s, t, "VBN") || pm_ew_tag(s, t, "VBG")) ||
			    pm_ew_is(s, t - 1, "to") || pm_ew_is(s, t - 1, "not") ||
			    pm_ew_is(s, t - 1, "n't") || pm_ew_is(s, t - 1, "never"))
				continue;
			const char *who = NULL;
			int j = t - 1;
			while (j > 0 && (pm_ew_in(s, j, S_group_words) >= 0 || pm_ew_tag(s, j, "RB")))
				j--;
			if (!pm_ew_tag(s, j, "PRP"))
				who = S_code_words(c, s, S_np_back_in(s, j), j);
			for (int f = 0; f < j && !who; f++)
				for (int l = f; l < j && l < f + 4 && !who; l++)
					who = S_code_words(c, s, f, l);
			if (who && strncmp(who, "---", 3) && S_armed(who, 1) && !S_same_side(who, party))
				return 1;
			/* armed men the text gives no side ("local armed
			 * groups", "federal troops") leaving as a named side
			 * comes in are the other side, though the generic
			 * words code to the entrant's country's rebels */
			if (who && !strncmp(who, "---", 3) && S_armed(who, 1) && strncmp(party, "---", 3))
				return 1;
		}
	}
	return 0;
}

/* A capture told in words from si's tokens lo..hi-1: a past form of a
 * verb of taking ("said it had captured", "seized"). */
static int S_told_capture(const pm_sentence *s, int lo, int hi)
{
	for (int t = lo; t < hi && t < s->n_tokens; t++) {
		const S_word *w = S_word_at(s, t);
		if (w && (w->verb == V_CAPTURE || w->verb == V_TAKE || w->verb == V_FALL ||
			  w->verb == V_SECURE) &&
		    (pm_ew_tag(s, t, "VBD") || pm_ew_tag(s, t, "VBN") || w->past) &&
		    !pm_ew_is(s, t - 1, "to"))
			return 1;
	}
	return 0;
}

/* "Azerbaijan said it had captured Jabrayil. Karabakh officials denied
 * it", "the government denied the claim", "...; Armenia denies": a
 * denial whose object is the capture told just before (in the sentence
 * before, or earlier in this one) is a denied loss of the town that
 * capture is about, by the side that denies it. */
static void S_denied_before(S_ctx *c, int tok)
{
	static const char *const denying[] = {"denied", "denies", "deny", "rejected", "rejects",
					      "dismissed", "dismisses", NULL};
	static const char *const what[] = {"claim", "claims", "report", "reports", "account",
					   "accounts", "assertion", NULL};
	/* "backing the rebels, which Kigali denies": the relative is what
	 * is denied */
	if (!S_in(c, tok, denying) || tok < 1 || S_is(c, tok - 1, "to") || S_tag(c, tok, "NN"))
		return;
	for (int k = tok - 1; k >= 0 && k >= tok - 4; k--)
		if (S_is(c, k, "which") || S_is(c, k, "what"))
			return;
	int j = tok + 1;
	int bare = j >= c->s->n_tokens || S_is(c, j, ";") || S_is(c, j, ".") ||
		   (S_is(c, j, "and") && !S_tag(c, j + 1, "NN"));
	int it = S_is(c, j, "it") || ((S_is(c, j, "this") || S_is(c, j, "that")) && S_punct(c, j + 1));
	int claim = (S_is(c, j, "the") || S_is(c, j, "this") || S_is(c, j, "that") ||
		     S_is(c, j, "such") || S_is(c, j, "those") || S_is(c, j, "these")) &&
		    (S_in(c, j + 1, what) || (S_tag(c, j + 1, "JJ") && S_in(c, j + 2, what)));
	if (!bare && !it && !claim)
		return;
	/* the claim it answers: earlier in this sentence, else the one before */
	if (!S_told_capture(c->s, 0, tok) &&
	    !(c->si > 0 && S_told_capture(&c->doc->sents[c->si - 1], 0,
					  c->doc->sents[c->si - 1].n_tokens)))
		return;
	pm_place where;
	S_antecedent(c, tok, W_TOWN, &where);
	if (!where.found)
		return;
	int sf, sl;
	const char *party = S_subject(c, tok, &sf, &sl);
	c->denying = 1;
	S_add_simple(c, PM_CONTROL_LOSS, tok, party, sf, sl, &where);
	c->denying = 0;
}

/* A hold inside a change's object ("retook the IS-held town", "retakes
 * rebel stronghold of Sloviansk") tells the state before the change;
 * "entered" counts only beside the other side leaving ("entered Timbuktu
 * after government soldiers abandoned the city") or securing it; one
 * party's same statement about one place is kept once. */
static void S_settle(S_ctx *c)
{
	uint8_t drop[S_MAX_STMTS] = {0}, before[S_MAX_STMTS] = {0};
	for (int i = 0; i < c->n; i++) {
		pm_control_stmt *st = &c->st[i];
		if (st->change == PM_CONTROL_HOLD)
			for (int j = 0; j < c->n; j++) {
				if (j != i && c->st[j].change != PM_CONTROL_HOLD &&
				    st->trigger >= c->obj_lo[j] && st->trigger <= c->obj_hi[j])
					drop[i] = 1;
				/* "took Barawe, the last port held by al-Shabab",
				 * "captured Hadrut, a town held by Armenian forces":
				 * another side's hold told of a town gained in the
				 * same sentence, by a participle, is the state before
				 * the gain ("but the army said it still held the
				 * town" is a claim against it) */
				if (j != i && c->st[j].change == PM_CONTROL_GAIN && !c->bg[j] &&
				    c->st[j].status != PM_CONTROL_DENIED && !c->bg[i] &&
				    st->party && c->st[j].party &&
				    (st->party_first > st->trigger || S_apposed_hold(c, st->trigger, c->obj_hi[j]) ||
				     S_last_held(c, st->trigger)) &&
				    !S_same_side(st->party, c->st[j].party) &&
				    !strcmp(S_place_key(&c->st[j].place), S_place_key(&st->place)))
					drop[i] = before[i] = 1;
			}
		if (c->weak[i]) {
			int other = 0;
			for (int j = 0; j < c->n; j++)
				other |= j != i && c->st[j].change == PM_CONTROL_LOSS &&
					 !S_same_side(c->st[j].party, st->party);
			for (int t = 0; t < c->s->n_tokens; t++)
				other |= S_verb_of(c, t) == V_SECURE && t != st->trigger;
			other |= S_held_and_gone(c, st->trigger);
			other |= S_left_nearby(c, st->party);
			/* "insurgents said they had entered Aleppo": a side's
			 * own word of being inside the town, with no one told
			 * leaving, is a fight there, not yet a capture */
			if (!other && st->status == PM_CONTROL_CLAIMED && !c->bg[i] && S_entry_disputed(c))
				st->change = PM_CONTROL_CONTEST;
			else if (!other)
				drop[i] = 1;
		}
		for (int j = 0; j < i; j++)
			if (!drop[j] && c->st[j].change == st->change && c->st[j].status == st->status &&
			    ((!c->st[j].party && !st->party) ||
			     (c->st[j].party && st->party && !strcmp(c->st[j].party, st->party))) &&
			    !strcmp(S_place_key(&c->st[j].place), S_place_key(&st->place)))
				drop[i] = 1;
	}
	/* a past hold of a captured town by another side names the loser */
	for (int i = 0; i < c->n; i++) {
		const pm_control_stmt *h = &c->st[i];
		if (!(c->bg[i] || before[i]) || h->change != PM_CONTROL_HOLD || !h->party ||
		    !S_armed(h->party, 1))
			continue;
		for (int j = 0; j < c->n; j++) {
			pm_control_stmt *g = &c->st[j];
			/* "Mekelle, the Tigray regional capital that had been
			 * held by the TPLF": a relative clause of the captured
			 * town's apposition, whose own words the place finder may
			 * not resolve to the town */
			int apposed = S_is_unresolved(&h->place) &&
				      !strcmp(h->place.country, g->place.country) && c->obj_hi[j] >= 0 &&
				      S_is(c, c->obj_hi[j] + 1, ",") && h->trigger > c->obj_hi[j] + 1 &&
				      h->trigger <= c->obj_hi[j] + 12;
			if (j != i && !c->bg[j] && !drop[j] && g->change == PM_CONTROL_GAIN && !g->loser &&
			    !S_same_side(g->party, h->party) &&
			    (apposed || !strcmp(S_place_key(&g->place), S_place_key(&h->place)))) {
				g->loser = h->party;
				g->loser_first = h->party_first;
				g->loser_last = h->party_last;
			}
		}
	}
	/* "secured Timbuktu, two days after taking Gao": a day or two off is
	 * kept for a town the sentence's news does not name; "retook Saraqeb,
	 * a day after losing it" would be misdated against the news. A loss
	 * no action tells ("still trying to win the port back, a day after
	 * the rebels took it") has no day to misdate it against. */
	for (int i = 0; i < c->n; i++) {
		if (c->bg[i] != 2)
			continue;
		int other = 0;
		for (int j = 0; j < c->n; j++)
			other |= j != i && c->bg[j] != 2 && !c->st[j].ended &&
				 !strcmp(S_place_key(&c->st[j].place), S_place_key(&c->st[i].place));
		c->bg[i] = (uint8_t)other;
	}
	int k = 0;
	for (int i = 0; i < c->n; i++)
		if (!drop[i] && !c->bg[i]) {
			c->st[k] = c->st[i];
			k++;
		}
	c->n = k;
}

/* "under Houthi control since 2015", "held by M23 since June 2022": a
 * hold with a "since" of its own clause, after its trigger before any
 * comma or verb. */
static void S_own_since(S_ctx *c)
{
	for (int i = 0; i < c->n; i++) {
		int t = c->st[i].trigger;
		if (c->st[i].change != PM_CONTROL_HOLD || t < 0)
			continue;
		for (int k = t + 1; k < c->s->n_tokens && k <= t + 8; k++) {
			if (S_is(c, k, "since")) {
				/* a date ("since 2015", "since June", "since late
				 * 2014"), not a clause ("since the UN withdrew") */
				c->st[i].own_since = isdigit((unsigned char)S_text(c, k + 1)[0]) ||
						     S_in(c, k + 1, S_calendar) ||
						     S_in(c, k + 1, S_weekdays) || S_is(c, k + 1, "early") ||
						     S_is(c, k + 1, "late") || S_is(c, k + 1, "mid") ||
						     S_is(c, k + 1, "last");
				break;
			}
			if (S_punct(c, k) || (k > t + 1 && S_finite(c, k)))
				break;
		}
	}
}

/* "DR Congo's army says it has captured Bunagana, the town that M23 had
 * held since July 2012": the date reader gives the capture the only
 * date of its sentence, which the relative clause's own statement
 * speaks of; the capture, with no date in its own clause, is news. */
static void S_doc_dated(S_ctx *c)
{
	for (int i = 0; i < c->n; i++) {
		int a = c->st[i].trigger;
		if (S_own_date(c, a, 0))
			continue;
		for (int j = 0; j < c->n; j++) {
			int b = c->st[j].trigger, o = S_opener(c, b);
			if (j != i && b > a && (S_is(c, o, "that") || S_is(c, o, "which") ||
						S_is(c, o, "who")) &&
			    o > a && S_own_date(c, b, 0)) {
				c->st[i].doc_dated = 1;
				break;
			}
		}
	}
}

/* A party no country's side: a named group, a bare agent, nobody. */
static int S_countryless(const char *p)
{
	return !p || strlen(p) < 3 || !strncmp(p, "---", 3) || !strncmp(p, "IMG", 3) ||
	       !strncmp(p, "IGO", 3) || !strncmp(p, "NGO", 3);
}

/* "Turkish-backed rebels drove Islamic State out of Dabiq" under an
 * ISTANBUL dateline: a town the gazetteer lacks is one town in one
 * country for every statement of the sentence; a party of that country
 * places it ("rebels", Syria's), and a group no country's, which would
 * fall back to the dateline's, follows. */
static void S_one_country(S_ctx *c)
{
	for (int i = 0; i < c->n; i++) {
		const pm_control_stmt *a = &c->st[i];
		if (!S_is_unresolved(&a->place) || S_countryless(a->party) ||
		    strncmp(a->party, a->place.country, 3))
			continue;
		for (int j = 0; j < c->n; j++) {
			pm_control_stmt *b = &c->st[j];
			if (j != i && S_is_unresolved(&b->place) && S_countryless(b->party) &&
			    strcmp(b->place.country, a->place.country) &&
			    !strcasecmp(b->place.text, a->place.text)) {
				pm_place p = a->place;
				p.sentence = b->place.sentence;
				p.first = b->place.first;
				p.last = b->place.last;
				b->place = p;
			}
		}
	}
}

/* Cheap test before any reading: most sentences hold no trigger. */
static int S_any_trigger(const pm_sentence *s)
{
	for (int i = 0; i < s->n_tokens; i++) {
		const char *t = pm_ew_text(s, i);
		if (S_word_at(s, i) || strchr(t, '-') || S_noun_kinds(t) || pm_ew_is(s, i, "moved") ||
		    pm_ew_is(s, i, "restored") || pm_ew_is(s, i, "restores") ||
		    pm_ew_is(s, i, "restore") || pm_ew_is(s, i, "denied") ||
		    pm_ew_is(s, i, "denies") || pm_ew_is(s, i, "deny") ||
		    pm_ew_is(s, i, "rejected") || pm_ew_is(s, i, "rejects") ||
		    pm_ew_is(s, i, "dismissed") || pm_ew_is(s, i, "dismisses"))
			return 1;
	}
	return 0;
}

int pm_control_read(const pm_doc *doc, int si, const pm_place_doc *places,
		    const pm_coded_event *evs, int n_evs, const pm_control_codes *codes,
		    pm_arena *a, pm_control_stmt **out)
{
	if (!doc || !out || !codes || !codes->code || !a || si < 0 || si >= doc->n_sents)
		return pm_error_set(PM_EINVALID, "%s:%d: bad argument", __FILE__, __LINE__);
	*out = NULL;
	if (!places || !S_any_trigger(&doc->sents[si]))
		return 0;
	/* on the stack, not zeroed: the context is 16 kB, and zeroing it
	 * for every sentence (in the arena, which kept it till the document
	 * ended) cost more than all the reading; its statement and mention
	 * arrays are written before they are read, counted by n and n_m */
	S_ctx ctx, *c = &ctx;
	c->n = c->n_m = c->background = c->began = c->denying = c->retaking = 0;
	c->doc = doc;
	c->s = &doc->sents[si];
	c->si = si;
	c->pd = places;
	c->evs = evs;
	c->n_evs = n_evs;
	c->code = codes->code;
	c->affiliate = codes->affiliate;
	c->code_ctx = codes->ctx;
	c->a = a;
	pm_place all[S_MAX_MENTIONS];
	int n = pm_places_mentions(places, si, all, S_MAX_MENTIONS);
	for (int k = 0; k < n && k < S_MAX_MENTIONS; k++)
		if (strcmp(all[k].precision, "country") &&
		    !S_begins_actor(c, c->s, all[k].first, all[k].last) &&
		    !pm_places_actor_word(places, si, all[k].first, evs, n_evs) &&
		    !S_region_as_town(c->s, &all[k]))
			c->m[c->n_m++] = all[k];
	for (int i = 0; i < c->s->n_tokens; i++) {
		int v = S_verb_of(c, i);
		c->background = 0;
		c->began = 0;
		if (v != V_NONE && v != V_REMAIN && v != V_COME)
			S_verb(c, i, v);
		c->background = 0;
		c->began = 0;
		const char *t = S_text(c, i);
		int noun = S_noun_kinds(t);
		if (noun & N_CONTROL) {
			S_in_control(c, i);
			S_control_passed(c, i);
		}
		if (noun & N_CONTROL || S_is(c, i, "hold") || S_is(c, i, "grip"))
			S_possessive_hold(c, i);
		if (noun & N_UNDER)
			S_under(c, i);
		if (noun & N_STRONGHOLD)
			S_stronghold(c, i);
		if (noun & N_FLAG)
			S_flag(c, i);
		if (noun & N_WITHDRAWAL)
			S_withdrawal(c, i);
		if (noun & N_NOMINAL)
			S_nominal(c, i);
		if (strchr(t, '-'))
			S_compound(c, i);
		if (noun & N_CONTEST)
			S_fought(c, i);
		if (noun & N_BACK)
			S_back(c, i);
		if (S_is(c, i, "restored") || S_is(c, i, "restores") || S_is(c, i, "restore"))
			S_restored(c, i);
		if (S_is(c, i, "redeployed") || S_is(c, i, "repositioned"))
			S_redeployed(c, i);
		if (S_is(c, i, "moved") || S_is(c, i, "remained") || S_is(c, i, "remain") ||
		    S_is(c, i, "remains"))
			S_moved_in(c, i);
		S_denied_before(c, i);
	}
	S_doc_dated(c);
	S_own_since(c);
	S_one_country(c);
	S_settle(c);
	if (!c->n)
		return 0;
	pm_control_stmt *st = pm_arena_alloc(a, (size_t)c->n * sizeof(*st));
	memcpy(st, c->st, (size_t)c->n * sizeof(*st));
	*out = st;
	return c->n;
}

/* ---- Events ------------------------------------------------------------------------ */

static int S_same_place(const pm_place *p, const pm_location *l)
{
	if (!l || !l->found)
		return 0;
	if (S_is_unresolved(p) || (l->fallback && !strcmp(l->fallback, S_unresolved)))
		return l->text && l->fallback && !strcmp(l->fallback, S_unresolved) &&
		       S_is_unresolved(p) && !strcasecmp(l->text, p->text);
	if (p->geonameid && l->geonameid)
		return p->geonameid == l->geonameid;
	return l->name && !strcmp(p->name, l->name);
}

int pm_control_match(const pm_control_stmt *st, int n, const pm_coded_event *ce,
		     const pm_location *where)
{
	/* a denial is not the event: the coder's negated event is dropped,
	 * and the statement stands on its own; so does a loss no action
	 * tells ("were fighting to retake it": the fighting is the event,
	 * the town was lost before), which keeps no code */
	for (int i = 0; i < n; i++)
		if (!st[i].used && st[i].status != PM_CONTROL_DENIED && !st[i].ended &&
		    ce->verb_token == st[i].trigger &&
		    st[i].change != PM_CONTROL_CONTEST &&
		    st[i].change != PM_CONTROL_HOLD && st[i].party && ce->source &&
		    (S_same_side(st[i].party, ce->source) ||
		     (st[i].party_first >= 0 && ce->src_first <= st[i].party_last &&
		      ce->src_last >= st[i].party_first)))
			return i;
	for (int i = 0; i < n; i++) {
		if (st[i].used || st[i].status == PM_CONTROL_DENIED || st[i].ended ||
		    st[i].change == PM_CONTROL_CONTEST || !S_same_place(&st[i].place, where))
			continue;
		/* the same party doing the same thing through a nearby verb */
		if (st[i].change != PM_CONTROL_HOLD && st[i].party && ce->source &&
		    S_same_side(st[i].party, ce->source) && ce->verb_token >= 0 &&
		    abs(ce->verb_token - st[i].trigger) <= 3)
			return i;
		/* a hold says who controls the place the event happens in:
		 * "bombed rebel-held Raqqa" */
		if (st[i].change == PM_CONTROL_HOLD && !st[i].own_since && ce->verb_token >= 0 &&
		    abs(ce->verb_token - st[i].trigger) <= 8)
			return i;
	}
	return -1;
}

void pm_control_event(const pm_control_stmt *st, int sentence, pm_coded_event *out)
{
	memset(out, 0, sizeof(*out));
	out->source = st->party;
	/* "Srebrenica falls to Bosnian Serb forces", "rebels take Damascus":
	 * ground taken from no side named is taken from the place's own,
	 * a "---" its country fills as violence on a place does */
	out->target = st->loser ? st->loser : st->change == PM_CONTROL_GAIN ? "---" : NULL;
	out->sentence = sentence;
	out->src_first = (int16_t)st->party_first;
	out->src_last = (int16_t)st->party_last;
	out->tgt_first = (int16_t)st->loser_first;
	out->tgt_last = (int16_t)st->loser_last;
	out->verb_token = (int16_t)st->trigger;
	const char *code = st->status == PM_CONTROL_DENIED || st->ended ? ""
			   : st->change == PM_CONTROL_GAIN ? "192"
			   : st->change == PM_CONTROL_LOSS ? "0874" : "";
	pm_strlcpy(out->code, code, sizeof(out->code));
}

const char *pm_control_change_name(int change)
{
	switch (change) {
	case PM_CONTROL_GAIN: return "gain";
	case PM_CONTROL_LOSS: return "loss";
	case PM_CONTROL_HOLD: return "hold";
	case PM_CONTROL_CONTEST: return "contest";
	default: return NULL;
	}
}

const char *pm_control_status_name(int status)
{
	switch (status) {
	case PM_CONTROL_CLAIMED: return "claimed";
	case PM_CONTROL_DENIED: return "denied";
	default: return "asserted";
	}
}
