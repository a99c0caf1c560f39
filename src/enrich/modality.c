/* modality.c - asserted / negated / future / conditional / claimed.
 *
 * Three looks, all short token walks: the verb group (auxiliaries, adverbs,
 * "to" and the control verb before it, walked back from the verb), the
 * would-after-a-reporting-verb test (future in the past: "said it would
 * withdraw"), and the clause opening (an "if"/"unless" or a claim word
 * between the verb group and the clause boundary). */
#include "enrich/modality.h"

#include "enrich/enrich_words.h"
#include "util/error.h"
#include "util/str.h"

enum { C_NONE = 0, C_NEG, C_FUT, C_COND, C_CLAIM, C_WOULD, C_TO };

typedef struct S_cue_word {
	const char *word;
	int cue;
} S_cue_word;

/* Words that may stand between a subject and its verb, with what each says.
 * Control verbs ("plans", "refused") only count before "to" or a gerund. */
static const S_cue_word S_group[] = {
	{"not", C_NEG}, {"n't", C_NEG}, {"never", C_NEG}, {"no", C_NEG},
	{"denied", C_NEG}, {"denies", C_NEG}, {"deny", C_NEG}, {"denying", C_NEG},
	{"will", C_FUT}, {"'ll", C_FUT}, {"shall", C_FUT}, {"wo", C_FUT},
	{"could", C_COND}, {"may", C_COND}, {"might", C_COND}, {"should", C_COND},
	{"possibly", C_COND}, {"probably", C_COND}, {"perhaps", C_COND},
	{"would", C_WOULD}, {"'d", C_WOULD},
	{"allegedly", C_CLAIM}, {"purportedly", C_CLAIM},
	{"to", C_TO},
	{"can", C_NONE}, {"ca", C_NONE}, {"must", C_NONE}, {"did", C_NONE},
	{"does", C_NONE}, {"do", C_NONE}, {"has", C_NONE}, {"have", C_NONE},
	{"had", C_NONE}, {"'ve", C_NONE}, {"is", C_NONE}, {"are", C_NONE},
	{"was", C_NONE}, {"were", C_NONE}, {"be", C_NONE}, {"been", C_NONE},
	{"being", C_NONE}, {"'re", C_NONE}, {"'s", C_NONE}, {"am", C_NONE},
	{"also", C_NONE}, {"reportedly", C_NONE}, {"still", C_NONE}, {"yet", C_NONE},
	{"already", C_NONE}, {"now", C_NONE}, {"just", C_NONE}, {"later", C_NONE},
	{"soon", C_NONE}, {"then", C_NONE}, {"again", C_NONE}, {"finally", C_NONE},
	{"jointly", C_NONE}, {"only", C_NONE}, {"apparently", C_NONE},
	{"eventually", C_NONE}, {"repeatedly", C_NONE}, {"immediately", C_NONE},
	{"longer", C_NONE}, {"further", C_NONE}, {"once", C_NONE}, {"ever", C_NONE},
	{"officially", C_NONE}, {"formally", C_NONE}, {"successfully", C_NONE},
	{NULL, 0}};

/* Verbs and adjectives that take "to" + verb, and what they make of it. */
static const S_cue_word S_control[] = {
	{"refused", C_NEG}, {"refuses", C_NEG}, {"refuse", C_NEG}, {"refusing", C_NEG},
	{"failed", C_NEG}, {"fails", C_NEG}, {"fail", C_NEG}, {"declined", C_NEG},
	{"declines", C_NEG}, {"decline", C_NEG},
	{"plans", C_FUT}, {"plan", C_FUT}, {"planned", C_FUT}, {"planning", C_FUT},
	{"set", C_FUT}, {"going", C_FUT}, {"due", C_FUT}, {"about", C_FUT},
	{"expected", C_FUT}, {"scheduled", C_FUT}, {"intends", C_FUT}, {"intend", C_FUT},
	{"intended", C_FUT}, {"aims", C_FUT}, {"aim", C_FUT}, {"aimed", C_FUT},
	{"vowed", C_FUT}, {"vows", C_FUT}, {"vow", C_FUT}, {"promised", C_FUT},
	{"promises", C_FUT}, {"promise", C_FUT}, {"pledged", C_FUT}, {"pledges", C_FUT},
	{"threatened", C_FUT}, {"threatens", C_FUT}, {"threaten", C_FUT},
	{"prepared", C_FUT}, {"preparing", C_FUT}, {"ready", C_FUT}, {"agreed", C_FUT},
	{"agrees", C_FUT}, {"agree", C_FUT}, {"decided", C_FUT}, {"decides", C_FUT},
	{"wants", C_FUT}, {"want", C_FUT}, {"wanted", C_FUT}, {"hopes", C_FUT},
	{"hope", C_FUT}, {"hoped", C_FUT}, {"seeks", C_FUT}, {"seek", C_FUT},
	{"likely", C_COND}, {"unlikely", C_COND}, {"able", C_COND}, {"unable", C_NEG},
	{"tried", C_NONE}, {"tries", C_NONE}, {"trying", C_NONE}, {"sought", C_NONE},
	{"began", C_NONE}, {"begun", C_NONE}, {"started", C_NONE}, {"continued", C_NONE},
	{"continues", C_NONE}, {"moved", C_NONE}, {"managed", C_NONE}, {"used", C_NONE},
	{NULL, 0}};

static const char *const S_reporting[] = {
	"said", "says", "say", "told", "announced", "added", "stated", "declared", "warned",
	"promised", "vowed", "pledged", "insisted", "confirmed", "indicated", "predicted",
	"expected", "hoped", "believed", "thought", "knew", "agreed", "decided", "signalled",
	"signaled", "suggested", "claimed", "reported", "threatened", "assured", NULL};

static const char *const S_claim[] = {
	"claimed", "claims", "claim", "claiming", "alleged", "alleges", "allege", "alleging",
	"allegedly", "purportedly", "purported", NULL};

static const char *const S_accuse[] = {
	"accused", "accusing", "accuses", "accuse", "blamed", "blaming", "blames", "blame",
	"suspected", "charged", NULL};

static const char *const S_deny[] = {"denied", "denies", "deny", "denying", "rejected",
				     NULL};

/* Words that close a clause when walking back from the verb. */
static const char *const S_clause_stop[] = {
	"and", "but", "or", "which", "who", "whom", "whose", "where", "when", "while",
	"because", "after", "before", "since", "although", "though", "whereas", "as", NULL};

static const char *const S_names[] = {"asserted", "negated", "future", "conditional",
				      "claimed"};

const char *pm_modality_name(int kind)
{
	return kind >= 0 && kind <= PM_MOD_CLAIMED ? S_names[kind] : S_names[0];
}

static int S_lookup(const S_cue_word *tab, const pm_sentence *s, int i, int *cue)
{
	const char *t = pm_ew_text(s, i);
	/* "Theresa May said": a capital inside the sentence is a name */
	if (i > 0 && isupper((unsigned char)t[0]))
		return 0;
	int c0 = t[0] | 0x20, c1 = t[0] ? t[1] | 0x20 : 0;
	for (int k = 0; tab[k].word; k++)
		if (tab[k].word[0] == c0 && (tab[k].word[1] | 0x20) == c1 &&
		    strcasecmp(t, tab[k].word) == 0) {
			*cue = tab[k].cue;
			return 1;
		}
	return 0;
}

/* Ranks the kinds so the strongest cue decides. */
static int S_rank(int kind)
{
	static const int rank[] = {0, 4, 2, 3, 1};
	return rank[kind];
}

static void S_take(pm_modality *out, const pm_sentence *s, int kind, int tok)
{
	if (S_rank(kind) <= S_rank(out->kind))
		return;
	out->kind = kind;
	out->cue = tok;
	pm_strlcpy(out->cue_text, pm_ew_text(s, tok), sizeof(out->cue_text));
}

/* "would" after a reporting verb is the future seen from the past ("said it
 * would withdraw"); otherwise it is conditional ("would mark"). */
static int S_would_kind(const pm_sentence *s, int w)
{
	for (int j = w - 1; j >= 0 && j >= w - 14; j--) {
		if (pm_ew_is(s, j, "if") || pm_ew_is(s, j, "unless") || pm_ew_is(s, j, ".") ||
		    pm_ew_is(s, j, ";"))
			return PM_MOD_CONDITIONAL;
		if (pm_ew_in(s, j, S_reporting) >= 0)
			return PM_MOD_FUTURE;
	}
	return PM_MOD_CONDITIONAL;
}

static int S_cue_kind(int cue, const pm_sentence *s, int tok)
{
	switch (cue) {
	case C_NEG: return PM_MOD_NEGATED;
	case C_FUT: return PM_MOD_FUTURE;
	case C_COND: return PM_MOD_CONDITIONAL;
	case C_CLAIM: return PM_MOD_CLAIMED;
	case C_WOULD: return S_would_kind(s, tok);
	default: return PM_MOD_ASSERTED;
	}
}

/* Walks back over the verb group; returns its first token. */
static int S_verb_group(const pm_sentence *s, int v, pm_modality *out)
{
	int j = v - 1, cue;
	/* A trigger noun: "no cooperation", "no US military or Coalition
	 * cooperation", "without a fight". */
	for (int k = v - 1; k >= 0 && k >= v - 6; k--) {
		/* "Doctors Without Borders": a name's word, tagged a proper
		 * noun, denies nothing; "Armed men without insignia seized":
		 * before a finite verb, "without" sits in its subject or an
		 * aside and denies nothing (the verb is tested only when
		 * "without" is there: most verb groups have none) */
		if ((pm_ew_is(s, k, "no") || (pm_ew_is(s, k, "without") && !pm_ew_finite_verb(s, v))) &&
		    strncmp(s->tokens[k].tag, "NNP", 3)) {
			S_take(out, s, PM_MOD_NEGATED, k);
			break;
		}
		/* "or"/"and" may join the noun's modifiers; other clause words end it */
		if (pm_ew_punct(s, k) || pm_ew_finite_verb(s, k) ||
		    (pm_ew_in(s, k, S_clause_stop) >= 0 && !pm_ew_is(s, k, "or") &&
		     !pm_ew_is(s, k, "and")))
			break;
	}
	while (j >= 0) {
		if (S_lookup(S_group, s, j, &cue)) {
			if (cue == C_TO) {
				int be = pm_ew_is(s, j - 1, "is") || pm_ew_is(s, j - 1, "are") ||
					 pm_ew_is(s, j - 1, "was") || pm_ew_is(s, j - 1, "were");
				if (be)
					S_take(out, s, PM_MOD_FUTURE, j);
				else if (S_lookup(S_control, s, j - 1, &cue)) {
					S_take(out, s, S_cue_kind(cue, s, j - 1), j - 1);
					j--;
				} else {
					break;
				}
			} else {
				S_take(out, s, S_cue_kind(cue, s, j), j);
			}
			j--;
			continue;
		}
		break;
	}
	return j + 1;
}

/* The clause opening: "if"/"unless" before the verb group, claim words, and
 * "accused X of" / "blamed X for" before a gerund. */
static void S_clause(const pm_sentence *s, int gs, pm_modality *out)
{
	for (int j = gs - 1; j >= 0 && j >= gs - 12; j--) {
		if (pm_ew_punct(s, j) || pm_ew_in(s, j, S_clause_stop) >= 0)
			break;
		if (pm_ew_is(s, j, "if") || pm_ew_is(s, j, "unless")) {
			S_take(out, s, PM_MOD_CONDITIONAL, j);
			break;
		}
		if (pm_ew_in(s, j, S_claim) >= 0)
			S_take(out, s, PM_MOD_CLAIMED, j);
		if (pm_ew_in(s, j, S_deny) >= 0)
			S_take(out, s, PM_MOD_NEGATED, j);
	}
	if (!(pm_ew_is(s, gs - 1, "of") || pm_ew_is(s, gs - 1, "for")))
		return;
	for (int j = gs - 2; j >= 0 && j >= gs - 12; j--) {
		if (pm_ew_is(s, j, ".") || pm_ew_is(s, j, ";") || pm_ew_is(s, j, ","))
			break;
		if (pm_ew_in(s, j, S_accuse) >= 0) {
			S_take(out, s, PM_MOD_CLAIMED, j);
			break;
		}
	}
}

int pm_modality_at(const pm_sentence *s, int verb, pm_modality *out)
{
	if (!s || !out)
		return pm_error_set(PM_EINVALID, "%s:%d: NULL argument", __FILE__, __LINE__);
	out->kind = PM_MOD_ASSERTED;
	out->cue = -1;
	out->cue_text[0] = '\0';
	if (verb >= 0 && verb < s->n_tokens) {
		int gs = S_verb_group(s, verb, out);
		S_clause(s, gs, out);
	}
	out->name = pm_modality_name(out->kind);
	return 0;
}

int pm_modality_detect(const pm_sentence *s, const pm_coded_event *ev, pm_modality *out)
{
	if (!ev)
		return pm_error_set(PM_EINVALID, "%s:%d: NULL event", __FILE__, __LINE__);
	int rc = pm_modality_at(s, ev->verb_token, out);
	if (rc == 0 && ev->negated && out->kind != PM_MOD_NEGATED) {
		/* The coder saw a negation our walk missed (e.g. in its tree). */
		if (out->kind == PM_MOD_ASSERTED || out->kind == PM_MOD_CLAIMED) {
			out->kind = PM_MOD_NEGATED;
			out->name = pm_modality_name(out->kind);
		}
	}
	return rc;
}
