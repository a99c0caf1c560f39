/* chunk.c - tagged tokens to a Stanford-shaped phrase-structure tree.
 *
 * A deterministic recursive descent over Penn tags with short look-ahead.
 * Nodes are first built in a private pool (index links, children appended
 * in token order, so a phrase can be wrapped after the fact: NP -> NP(NP PP))
 * and then copied depth-first into the pm_tree, which makes leaf i token i.
 * Tentative parses (coordination, apposition) are undone by truncating the
 * pool, which is safe because they never link into older nodes. */
#include "parse/chunk.h"

#include <ctype.h>
#include <setjmp.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"

/* Token classes from the tag. */
enum {
	C_NOUN = 1u << 0, C_NNP = 1u << 1, C_ADJ = 1u << 2, C_DT = 1u << 3,
	C_PDT = 1u << 4, C_PRPS = 1u << 5, C_PRP = 1u << 6, C_EX = 1u << 7,
	C_CD = 1u << 8, C_SYM = 1u << 9, C_VB = 1u << 10, C_FIN = 1u << 11,
	C_MD = 1u << 12, C_VBN = 1u << 13, C_VBG = 1u << 14, C_VBB = 1u << 15,
	C_RB = 1u << 16, C_IN = 1u << 17, C_TO = 1u << 18, C_CC = 1u << 19,
	C_COMMA = 1u << 20, C_COLON = 1u << 21, C_END = 1u << 22,
	C_QUOTE = 1u << 23, C_LRB = 1u << 24, C_RRB = 1u << 25, C_WDT = 1u << 26,
	C_WP = 1u << 27, C_WRB = 1u << 28, C_POS = 1u << 29, C_RP = 1u << 30,
	C_HYPH = 1u << 31
};

/* Word classes that change the structure. */
enum {
	W_BE = 1 << 0, W_HAVE = 1 << 1, W_DO = 1 << 2, W_NOT = 1 << 3,
	W_SUB = 1 << 4, W_THAT = 1 << 5, W_OF = 1 << 6, W_SAY = 1 << 7,
	W_ACC = 1 << 8, W_WHERE = 1 << 9, W_ABOUT = 1 << 10, W_AGO = 1 << 11,
	W_TIME = 1 << 12, W_CONTROL = 1 << 13, W_IN = 1 << 14, W_AT = 1 << 15,
	W_LEAST = 1 << 16, W_SUBJ = 1 << 17, W_DASH = 1 << 18, W_VBG_PREP = 1 << 19,
	W_TIMEMOD = 1 << 20, W_STANCE = 1 << 21, W_ASPECT = 1 << 22
};

/* Parse modes for noun phrases and clauses. */
enum {
	M_SUBJ = 1 << 0,    /* subject: PPs attach to the NP, coordination free */
	M_NOCOORD = 1 << 1, /* a conjunct: no coordination of its own */
	M_PPOBJ = 1 << 2,   /* object of a preposition */
	M_REL = 1 << 3,     /* relative clause body: no fronted PP */
	M_INSUBJ = 1 << 4   /* inside the subject: its verb follows the NP */
};

#define NP_START (C_NOUN | C_ADJ | C_DT | C_PDT | C_PRPS | C_PRP | C_EX | C_CD | C_SYM)
#define MAX_DEPTH 120

typedef struct {
	const char *label; /* NULL for a leaf */
	int32_t tok, first, last, next;
} S_node;

typedef struct {
	const pm_token *tk;
	int n, pos;
	const uint32_t *cls;
	const uint32_t *wf;
	S_node *nd;
	int nn, cap;
	pm_arena *a;
	int depth;
	int vp_nest;   /* verb phrases whose complements are being parsed */
	long work, budget;
	long work_limit;   /* a rule that ignores the budget is stopped here */
	jmp_buf give_up;
} S_ps;

typedef struct {
	const char *w;
	uint32_t flag;
} S_word;

static const S_word S_verb_words[] = {
	{"'S", W_BE}, {"'RE", W_BE}, {"'M", W_BE}, {"'VE", W_HAVE}, {"'D", W_HAVE},
	{"ARE", W_BE}, {"AM", W_BE}, {"ADDED", W_SAY}, {"ANNOUNCED", W_SAY}, {"ALLEGED", W_SAY},
	{"ARGUED", W_SAY}, {"ADMITTED", W_SAY}, {"ADDING", W_SAY}, {"ARGUING", W_SAY}, {"ANNOUNCES", W_SAY}, {"ACKNOWLEDGED", W_SAY},
	{"ACCORDING", W_ACC}, {"BE", W_BE}, {"BEEN", W_BE}, {"BEING", W_BE}, {"BELIEVE", W_SAY},
	{"BELIEVES", W_SAY}, {"BELIEVED", W_SAY}, {"CLAIMED", W_SAY}, {"CONFIRMED", W_SAY},
	{"CLAIMING", W_SAY},
	{"CLAIMS", W_SAY}, {"DO", W_DO}, {"DOES", W_DO}, {"DID", W_DO}, {"DENIED", W_SAY},
	{"DECLARED", W_SAY}, {"EXPLAINED", W_SAY}, {"GET", W_BE}, {"GOT", W_BE}, {"GETS", W_BE},
	{"HAVE", W_HAVE}, {"HAS", W_HAVE}, {"HAD", W_HAVE}, {"HAVING", W_HAVE}, {"IS", W_BE},
	{"INSISTED", W_SAY}, {"INSISTING", W_SAY}, {"NOTED", W_SAY}, {"NOTING", W_SAY}, {"REPORTED", W_SAY}, {"REPORTS", W_SAY},
	{"SAID", W_SAY}, {"SAY", W_SAY}, {"SAYS", W_SAY}, {"SAYING", W_SAY}, {"STATED", W_SAY},
	{"SUGGESTED", W_SAY}, {"TOLD", W_SAY}, {"THINK", W_SAY}, {"THOUGHT", W_SAY},
	{"WAS", W_BE}, {"WERE", W_BE}, {"WARNED", W_SAY}, {"WARNING", W_SAY}, {"WROTE", W_SAY}, {NULL, 0}};

static const S_word S_fn_words[] = {
	{"AT", W_AT}, {"AFTER", W_SUB}, {"ALTHOUGH", W_SUB}, {"AS", W_SUB}, {"ABOUT", W_ABOUT},
	{"AGO", W_AGO}, {"BEFORE", W_SUB}, {"BECAUSE", W_SUB}, {"IN", W_IN}, {"IF", W_SUB},
	{"NOT", W_NOT}, {"N'T", W_NOT}, {"OF", W_OF}, {"ONCE", W_SUB}, {"SINCE", W_SUB},
	{"THAT", W_THAT}, {"THOUGH", W_SUB}, {"UNTIL", W_SUB}, {"UNLESS", W_SUB},
	{"WHILE", W_SUB}, {"WHEREAS", W_SUB}, {"WHETHER", W_SUB}, {"WHERE", W_WHERE},
	{"WHEN", W_WHERE}, {NULL, 0}};

/* Verbs (by lemma) whose object is the subject of a following infinitive:
 * "asked Russia to help", "sent troops to retake"; not "launched an
 * offensive to retake", where the infinitive says what for. */
static const S_word S_control_verbs[] = {
	{"ADVISE", W_CONTROL}, {"ALLOW", W_CONTROL}, {"ASK", W_CONTROL},
	{"AUTHORISE", W_CONTROL}, {"AUTHORIZE", W_CONTROL}, {"BEG", W_CONTROL},
	{"CAUSE", W_CONTROL}, {"CHALLENGE", W_CONTROL}, {"COMMAND", W_CONTROL},
	{"COMPEL", W_CONTROL}, {"DEPLOY", W_CONTROL}, {"DIRECT", W_CONTROL},
	{"ENABLE", W_CONTROL}, {"ENCOURAGE", W_CONTROL}, {"EXPECT", W_CONTROL},
	{"FORCE", W_CONTROL}, {"GET", W_CONTROL}, {"HELP", W_CONTROL}, {"HIRE", W_CONTROL},
	{"IMPLORE", W_CONTROL}, {"INDUCE", W_CONTROL}, {"INSTRUCT", W_CONTROL},
	{"INVITE", W_CONTROL}, {"LEAD", W_CONTROL}, {"NEED", W_CONTROL}, {"OBLIGE", W_CONTROL},
	{"ORDER", W_CONTROL}, {"PERMIT", W_CONTROL}, {"PERSUADE", W_CONTROL},
	{"PREFER", W_CONTROL}, {"PRESS", W_CONTROL}, {"PRESSURE", W_CONTROL},
	{"PROMPT", W_CONTROL}, {"PUSH", W_CONTROL}, {"RECRUIT", W_CONTROL},
	{"REQUEST", W_CONTROL}, {"REQUIRE", W_CONTROL}, {"SEND", W_CONTROL},
	{"TELL", W_CONTROL}, {"TRAIN", W_CONTROL}, {"URGE", W_CONTROL}, {"WANT", W_CONTROL},
	{"WARN", W_CONTROL}, {NULL, 0}};

/* Verbs (lemma or past form) by which a speaker takes a stand: a second one after
 * ", and" is the speaker's ("demanded that Iran rein in groups that
 * killed soldiers, and said it would respond"). */
static const S_word S_stance_verbs[] = {
	{"ACCUSE", W_STANCE}, {"ACCUSED", W_STANCE}, {"ANNOUNCE", W_STANCE}, {"ANNOUNCED", W_STANCE},
	{"APPEAL", W_STANCE}, {"APPEALED", W_STANCE}, {"ASK", W_STANCE}, {"ASKED", W_STANCE},
	{"BLAME", W_STANCE}, {"BLAMED", W_STANCE}, {"CALL", W_STANCE}, {"CALLED", W_STANCE},
	{"CONDEMN", W_STANCE}, {"CONDEMNED", W_STANCE}, {"DEMAND", W_STANCE}, {"DEMANDED", W_STANCE},
	{"DENY", W_STANCE}, {"DENIED", W_STANCE}, {"INSIST", W_STANCE}, {"INSISTED", W_STANCE},
	{"PLEDGE", W_STANCE}, {"PLEDGED", W_STANCE}, {"PROMISE", W_STANCE}, {"PROMISED", W_STANCE},
	{"REJECT", W_STANCE}, {"REJECTED", W_STANCE}, {"SAY", W_STANCE}, {"SAID", W_STANCE},
	{"THREATEN", W_STANCE}, {"THREATENED", W_STANCE}, {"URGE", W_STANCE}, {"URGED", W_STANCE},
	{"VOW", W_STANCE}, {"VOWED", W_STANCE}, {"WARN", W_STANCE}, {"WARNED", W_STANCE}, {NULL, 0}};

/* Verbs (by lemma) whose gerund after them is the act itself, done by
 * their subject: "began supplying missiles to", "resumed shelling". (Not
 * "stop" or "halt": what is stopped is not done.) */
static const S_word S_aspect_verbs[] = {
	{"BEGIN", W_ASPECT}, {"START", W_ASPECT}, {"CONTINUE", W_ASPECT}, {"RESUME", W_ASPECT},
	{"KEEP", W_ASPECT}, {NULL, 0}};

/* Participles that Stanford's trees head a PP with. */
static const S_word S_vbg_preps[] = {
	{"CONCERNING", W_VBG_PREP}, {"EXCLUDING", W_VBG_PREP}, {"INCLUDING", W_VBG_PREP},
	{"REGARDING", W_VBG_PREP}, {NULL, 0}};

/* Pronouns that can only be subjects, and "it". */
static const S_word S_subject_pronouns[] = {
	{"HE", W_SUBJ}, {"IT", W_SUBJ}, {"I", W_SUBJ}, {"SHE", W_SUBJ}, {"THEY", W_SUBJ},
	{"WE", W_SUBJ}, {NULL, 0}};

/* "at least", "at most"; "--" (a dash: an aside opens or closes). */
static const S_word S_adj_words[] = {{"LEAST", W_LEAST}, {"MOST", W_LEAST}, {NULL, 0}};
static const S_word S_colon_words[] = {{"--", W_DASH}, {NULL, 0}};

/* Day words: "X on Monday attacked" puts the PP beside the subject. */
static const S_word S_time_words[] = {
	{"AFTERNOON", W_TIME}, {"EVENING", W_TIME}, {"FRIDAY", W_TIME}, {"MONDAY", W_TIME},
	{"MORNING", W_TIME}, {"MONTH", W_TIME}, {"NIGHT", W_TIME}, {"SATURDAY", W_TIME},
	{"SUNDAY", W_TIME}, {"TUESDAY", W_TIME}, {"THURSDAY", W_TIME}, {"TODAY", W_TIME},
	{"TONIGHT", W_TIME}, {"WEDNESDAY", W_TIME}, {"WEEK", W_TIME}, {"WEEKEND", W_TIME},
	{"YESTERDAY", W_TIME}, {NULL, 0}};

/* "X last week launched", "X this morning arrested": the word before a
 * time noun that makes the two a time phrase. */
static const S_word S_time_mods[] = {
	{"EARLIER", W_TIMEMOD}, {"EARLY", W_TIMEMOD}, {"LAST", W_TIMEMOD}, {"LATE", W_TIMEMOD},
	{"NEXT", W_TIMEMOD}, {"THIS", W_TIMEMOD}, {NULL, 0}};

/* The word lists above are ordered by their first byte, so that a lookup
 * stops at the first word past w's (on average half way: walking them
 * whole was a quarter of the chunker's time); pm_chunk_words_ok checks
 * the order. */
static uint32_t S_lookup(const S_word *t, const char *w)
{
	unsigned char c = (unsigned char)w[0];
	for (; t->w && (unsigned char)t->w[0] <= c; t++)
		if ((unsigned char)t->w[0] == c && !strcmp(t->w, w))
			return t->flag;
	return 0;
}

static int S_ordered(const S_word *t)
{
	for (; t->w && t[1].w; t++)
		if ((unsigned char)t->w[0] > (unsigned char)t[1].w[0])
			return 0;
	return 1;
}

int pm_chunk_words_ok(void)
{
	const S_word *const lists[] = {S_verb_words, S_fn_words,   S_control_verbs, S_stance_verbs,
				       S_vbg_preps,  S_subject_pronouns, S_adj_words,
				       S_colon_words, S_time_words, S_time_mods};
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		if (!S_ordered(lists[i]))
			return 0;
	return 1;
}

/* AUXD/AUXZ/... (an old Stanford variant seen in the PETRARCH samples)
 * count as the matching VB* tag. */
static uint32_t S_verb_class(char f)
{
	switch (f) {
	case 'D': case 'Z': case 'P': return C_VB | C_FIN;
	case 'N': return C_VB | C_VBN;
	case 'G': return C_VB | C_VBG;
	default: return C_VB | C_VBB;
	}
}

static uint32_t S_tag_class(const char *t)
{
	switch (t[0]) {
	case 'N':
		if (t[1] == 'N')
			return C_NOUN | (t[2] == 'P' ? C_NNP : 0);
		break;
	case 'J': return t[1] == 'J' ? C_ADJ : 0;
	case 'D': return !strcmp(t, "DT") ? C_DT : 0;
	case 'P':
		if (!strcmp(t, "PRP")) return C_PRP;
		if (!strcmp(t, "PRP$")) return C_PRPS;
		if (!strcmp(t, "PDT")) return C_PDT;
		if (!strcmp(t, "POS")) return C_POS;
		break;
	case 'E': return !strcmp(t, "EX") ? C_EX : 0;
	case 'C':
		if (!strcmp(t, "CD")) return C_CD;
		if (!strcmp(t, "CC")) return C_CC;
		break;
	case '$': case '#': return C_SYM;
	case 'V': return t[1] == 'B' ? S_verb_class(t[2]) : 0;
	case 'A': return !strncmp(t, "AUX", 3) ? S_verb_class(t[3]) : 0;
	case 'M': return !strcmp(t, "MD") ? C_VB | C_FIN | C_MD : 0;
	case 'R':
		if (t[1] == 'B') return C_RB;
		if (!strcmp(t, "RP")) return C_RP;
		break;
	case 'I': return !strcmp(t, "IN") ? C_IN : 0;
	case 'T': return !strcmp(t, "TO") ? C_TO : 0;
	case ',': return C_COMMA;
	case ':': case ';': return C_COLON;
	case '.': case '!': case '?': return C_END;
	case '`': case '\'': case '"': return C_QUOTE;
	case '-':
		if (!strcmp(t, "-LRB-")) return C_LRB;
		if (!strcmp(t, "-RRB-")) return C_RRB;
		break;
	case '(': return C_LRB;
	case ')': return C_RRB;
	case 'W':
		if (!strcmp(t, "WDT")) return C_WDT;
		if (!strcmp(t, "WP")) return C_WP;
		if (!strcmp(t, "WP$")) return C_PRPS;
		if (!strcmp(t, "WRB")) return C_WRB;
		break;
	case 'H': return !strcmp(t, "HYPH") ? C_HYPH : 0;
	}
	return 0;
}

static const char *S_upper(const pm_token *t)
{
	return t->upper ? t->upper : t->text ? t->text : "";
}

static void S_classify(const pm_token *tk, int n, uint32_t *cls, uint32_t *wf)
{
	for (int i = 0; i < n; i++) {
		uint32_t c = S_tag_class(tk[i].tag);
		const char *w = S_upper(&tk[i]);
		uint32_t f = 0;
		if ((c & C_VBG) && S_lookup(S_vbg_preps, w))
			c = C_IN; /* "including Syria": (PP (VBG including) (NP ...)) */
		if (c & C_VB)
			f = S_lookup(S_verb_words, w) |
			    S_lookup(S_control_verbs, tk[i].lemma ? tk[i].lemma : w) |
			    S_lookup(S_stance_verbs, tk[i].lemma ? tk[i].lemma : w) |
			    S_lookup(S_aspect_verbs, tk[i].lemma ? tk[i].lemma : w);
		else if (c & (C_RB | C_IN | C_WDT | C_DT | C_WRB))
			f = S_lookup(S_fn_words, w) | S_lookup(S_time_mods, w);
		else if (c & C_NOUN)
			f = S_lookup(S_time_words, w);
		else if (c & C_PRP)
			f = S_lookup(S_subject_pronouns, w);
		else if (c & C_ADJ)
			f = S_lookup(S_adj_words, w) | S_lookup(S_time_mods, w);
		else if (c & C_COLON)
			f = S_lookup(S_colon_words, w);
		/* "the U.S. - led coalition" (a period ends "U.S." and leaves
		 * the hyphen alone): the hyphen joins the name to its participle */
		if ((c & C_COLON) && !strcmp(w, "-") && i > 0 && i + 1 < n && (cls[i - 1] & C_NNP) &&
		    (S_tag_class(tk[i + 1].tag) & (C_VBN | C_FIN)))
			c = C_HYPH;
		cls[i] = c;
		wf[i] = f;
	}
}

/* --- node pool ------------------------------------------------------------ */

static int S_new(S_ps *ps, const char *label, int tok)
{
	/* A loop that makes nodes without consuming tokens would eat all
	 * memory; past the limit the sentence falls back to a flat tree. */
	if (ps->work > ps->work_limit)
		longjmp(ps->give_up, 1);
	if (ps->nn == ps->cap) {
		int cap = ps->cap * 2;
		S_node *nd = pm_arena_alloc_uninit(ps->a, (size_t)cap * sizeof(*nd));
		memcpy(nd, ps->nd, (size_t)ps->nn * sizeof(*nd));
		ps->nd = nd;
		ps->cap = cap;
	}
	ps->work++;
	int i = ps->nn++;
	ps->nd[i] = (S_node){label, tok, -1, -1, -1};
	return i;
}

static void S_add(S_ps *ps, int parent, int child)
{
	S_node *p = &ps->nd[parent];
	ps->nd[child].next = -1;
	if (p->first < 0)
		p->first = child;
	else
		ps->nd[p->last].next = child;
	p->last = child;
}

static void S_add_opt(S_ps *ps, int parent, int child)
{
	if (child >= 0)
		S_add(ps, parent, child);
}

/* Moves the current token into parent as a leaf. */
static void S_take(S_ps *ps, int parent)
{
	S_add(ps, parent, S_new(ps, NULL, ps->pos++));
}

static int S_wrap(S_ps *ps, const char *label, int child)
{
	int w = S_new(ps, label, -1);
	S_add(ps, w, child);
	return w;
}

static uint32_t S_c(const S_ps *ps, int p)
{
	return p < ps->n ? ps->cls[p] : 0;
}

static uint32_t S_w(const S_ps *ps, int p)
{
	return p < ps->n ? ps->wf[p] : 0;
}

/* Beyond the depth or work budget every rule gives up and the top level
 * attaches the rest as plain words, keeping time linear on odd input. */
static int S_stop(const S_ps *ps)
{
	return ps->depth > MAX_DEPTH || ps->work > ps->budget;
}

/* --- look-ahead ------------------------------------------------------------- */

/* Index after a rough noun phrase starting at p (p itself if none); sets
 * *cc when it crossed a conjunction. Used only to decide, not to build. */
static int S_skip_np(const S_ps *ps, int p, int *cc)
{
	int q = p, lim = p + 40, noun = 0;
	while (q < ps->n && q < lim) {
		uint32_t c = ps->cls[q];
		/* a determiner or pronoun after a noun starts the next NP */
		if (noun && (c & (C_DT | C_PDT | C_PRPS | C_PRP | C_EX)))
			break;
		if (c & (C_NOUN | C_PRP | C_EX)) {
			noun = 1;
			q++;
		} else if (c & C_POS) {
			noun = 0;
			q++;
		} else if (c & (NP_START | C_HYPH)) {
			q++;
		} else if ((c & (C_VBN | C_VBG)) && q > p && (S_c(ps, q + 1) & (C_NOUN | C_ADJ))) {
			q++;
		} else if ((c & C_IN) && (ps->wf[q] & W_OF) && q > p &&
			   (S_c(ps, q + 1) & NP_START)) {
			noun = 0;
			q++;
		} else if ((c & C_CC) && q > p && (S_c(ps, q + 1) & NP_START)) {
			if (cc)
				*cc = 1;
			noun = 0;
			q++;
		} else {
			break;
		}
	}
	return q;
}

/* A finite clause starts at p: [NP] [RB] finite-verb. */
static int S_clause_ahead(const S_ps *ps, int p)
{
	int q = S_skip_np(ps, p, NULL);
	if (q == p && !(S_c(ps, p) & C_FIN))
		return 0;
	while (S_c(ps, q) & C_RB)
		q++;
	return (S_c(ps, q) & C_FIN) != 0;
}

/* After a subordinator ("after", "since", "when"), a finite clause whose
 * subject may carry one phrase of its own: "after a suicide bombing at
 * the city's airport killed 170". */
static int S_sub_clause_ahead(const S_ps *ps, int p)
{
	if (S_clause_ahead(ps, p))
		return 1;
	int q = S_skip_np(ps, p, NULL);
	if (q == p || !(S_c(ps, q) & C_IN) || (S_w(ps, q) & (W_SUB | W_THAT)))
		return 0;
	int r = S_skip_np(ps, q + 1, NULL);
	if (r == q + 1)
		return 0;
	while (S_c(ps, r) & C_RB)
		r++;
	return (S_c(ps, r) & C_FIN) != 0;
}

/* A reporting clause "NP [RB] said" starts at p. */
static int S_say_ahead(const S_ps *ps, int p)
{
	int q = S_skip_np(ps, p, NULL);
	if (q == p)
		return 0;
	while (S_c(ps, q) & (C_RB | C_MD) || ((S_c(ps, q) & C_VB) && (S_w(ps, q) & (W_HAVE | W_DO))))
		q++;
	return (S_c(ps, q) & C_VB) && (S_w(ps, q) & W_SAY);
}

/* "Mali, Burkina Faso and Niger announced their withdrawal": at p a
 * coordination whose speech verb has words of its own after it ends a
 * list that is a subject, not a report trailing it (", Human Rights
 * Watch and Amnesty said." ends the sentence; ", officials said, had"
 * is an aside). */
static int S_list_ends_ahead(const S_ps *ps, int p, int mode)
{
	int cc = 0, q = S_skip_np(ps, p, &cc);
	if (!(mode & M_SUBJ) || !cc || q == p)
		return 0;
	while (S_c(ps, q) & (C_RB | C_MD) || ((S_c(ps, q) & C_VB) && (S_w(ps, q) & (W_HAVE | W_DO))))
		q++;
	return (S_c(ps, q) & C_VB) && (S_w(ps, q) & W_SAY) &&
	       !(S_c(ps, q + 1) & (C_COMMA | C_END | C_QUOTE));
}

/* "X earlier this week captured", "X two days ago shelled": a
 * three-word time phrase between a subject and its verb. */
static int S_time_phrase(const S_ps *ps, int p)
{
	if (p + 3 >= ps->n)
		return 0;
	if ((S_c(ps, p) & C_RB) && (S_w(ps, p + 1) & W_TIMEMOD) && (S_w(ps, p + 2) & W_TIME))
		return 1;
	static const char *const units[] = {"HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS",
					    "DAY", "WEEK", "MONTH", "YEAR", NULL};
	if (!(S_c(ps, p) & (C_CD | C_DT)) || strcmp(S_upper(&ps->tk[p + 2]), "AGO"))
		return 0;
	for (int k = 0; units[k]; k++)
		if (!strcmp(S_upper(&ps->tk[p + 1]), units[k]))
			return 1;
	return 0;
}

/* Next token index that is not an adverb. */
static int S_skip_rb(const S_ps *ps, int p)
{
	while (S_c(ps, p) & C_RB)
		p++;
	return p;
}

/* "up to 40 gunmen": a bound on a number, as "more than" is. */
static int S_up_to(const S_ps *ps, int p)
{
	return p + 2 < ps->n && !strcmp(S_upper(&ps->tk[p]), "UP") &&
	       !strcmp(S_upper(&ps->tk[p + 1]), "TO") && (S_c(ps, p + 2) & C_CD);
}

static int S_np_start(const S_ps *ps, int p)
{
	uint32_t c = S_c(ps, p);
	if ((c & NP_START) || S_up_to(ps, p))
		return 1;
	/* "almost five years", "armed groups" */
	if ((c & C_RB) && !(S_w(ps, p) & W_NOT) && (S_c(ps, p + 1) & C_CD))
		return 1;
	/* ", accusing Kigali of ...": after a comma, a participle with a
	 * named object is a clause on the verb before, not a noun phrase;
	 * so is a past form ("X, backed by Russian jets, recaptured Palmyra") */
	if ((c & (C_VBG | C_VBN)) && p > 0 && (ps->cls[p - 1] & C_COMMA) && (S_c(ps, p + 1) & C_NNP))
		return 0;
	/* ", defying warnings from the EU": so is one with a plain noun,
	 * unless a list of such participles follows (", burning homes and
	 * killing dozens"), which the coder reads as the noun phrases they
	 * were parsed as */
	if ((c & C_VBG) && p > 0 && (ps->cls[p - 1] & C_COMMA) && (S_c(ps, p + 1) & C_NOUN) &&
	    !((S_c(ps, p + 2) & C_CC) && (S_c(ps, p + 3) & C_VBG)))
		return 0;
	return (c & (C_VBN | C_VBG)) && (S_c(ps, p + 1) & (C_NOUN)) &&
	       !(S_c(ps, p + 2) & (C_DT | C_PRPS));
}

static int S_parse_np(S_ps *ps, int mode);
static int S_parse_vp(S_ps *ps);
static int S_parse_clause(S_ps *ps, int mode);
static int S_parse_pp(S_ps *ps, int mode);

/* --- noun phrases ------------------------------------------------------------- */

/* End (exclusive) of the base NP words from p, or p when there are none.
 * after_pos: continuing after a possessive, so no determiner. */
static int S_base_end(const S_ps *ps, int p, int after_pos)
{
	int q = p, head_end = p, noun = 0;
	if ((S_c(ps, q) & C_RB) && (S_c(ps, q + 1) & C_CD))
		q++;
	if (S_up_to(ps, q))
		q += 2;
	/* "more than 300 people", "fewer than 20 soldiers" */
	if ((S_c(ps, q) & C_ADJ) && (S_c(ps, q + 2) & C_CD) && !strcmp(S_upper(&ps->tk[q + 1]), "THAN") &&
	    (!strcmp(S_upper(&ps->tk[q]), "MORE") || !strcmp(S_upper(&ps->tk[q]), "FEWER") ||
	     !strcmp(S_upper(&ps->tk[q]), "LESS")))
		q += 2;
	for (; q < ps->n; q++) {
		uint32_t c = ps->cls[q];
		if (noun && (((c & C_CD) && (S_c(ps, q + 1) & (C_NOUN | C_ADJ))) ||
			     ((ps->wf[q] & W_TIME) && !(ps->wf[q - 1] & (W_TIME | W_TIMEMOD))) ||
			     ((ps->wf[q] & W_TIMEMOD) && (S_w(ps, q + 1) & W_TIME))))
			break; /* "in Guyana three years ago", "lawmakers Tuesday", "army last week" */
		if (c & (C_NOUN | C_CD)) {
			/* "two Brazilian men": a number does not end the words */
			noun |= (c & C_NOUN) != 0;
			head_end = q + 1;
			continue;
		}
		if (noun && (c & C_ADJ)) {
			/* "Arnor former security officials", "Arnor cleric said" */
			int j = q;
			while (S_c(ps, j) & C_ADJ)
				j++;
			if (S_c(ps, j) & C_NOUN)
				continue;
			if (j == q + 1 && (ps->cls[q - 1] & C_NNP) && (S_c(ps, j) & C_FIN))
				head_end = q + 1;
			break;
		}
		if (noun && (c & C_HYPH) && (S_c(ps, q + 1) & (C_VBN | C_FIN)) && (S_c(ps, q + 2) & C_NOUN)) {
			noun = 0;   /* "U.S. - led coalition" */
			continue;
		}
		if (noun)
			break;
		if ((c & C_CC) && q > p && (ps->cls[q - 1] & C_ADJ) && (S_c(ps, q + 1) & C_ADJ))
			continue; /* "political and military officials" */
		if ((c & C_COMMA) && q > p && (ps->cls[q - 1] & C_ADJ) && (S_c(ps, q + 1) & C_ADJ)) {
			int j = q + 1; /* "complete, full diplomatic ties" */
			/* "Chinese, Russian and Iranian warships": a list */
			while ((S_c(ps, j) & C_ADJ) ||
			       ((S_c(ps, j) & (C_CC | C_COMMA)) && (ps->cls[j - 1] & C_ADJ) &&
				(S_c(ps, j + 1) & C_ADJ)))
				j++;
			if (S_c(ps, j) & C_NOUN)
				continue;
		}
		if (c & (C_DT | C_PDT | C_PRPS)) {
			if (after_pos || (q > p && !(ps->cls[q - 1] & (C_PDT | C_DT))))
				break;
			if (q == p && (!(S_c(ps, q + 1) & (NP_START | C_VBN | C_VBG | C_RB)) ||
				       (S_c(ps, q + 1) & C_PRP)))
				head_end = q + 1; /* "this", "those" on their own ("those it fires") */
			continue;
		}
		if (c & (C_SYM | C_ADJ | C_HYPH))
			continue;
		if ((c & (C_VBN | C_VBG | ((ps->cls[q - (q > p)] & C_HYPH) ? C_FIN : 0))) &&
		    (S_c(ps, q + 1) & (C_NOUN | C_ADJ | C_CD)))
			continue;
		if ((c & C_VBG) && q > p && (ps->cls[q - 1] & (C_DT | C_PRPS | C_ADJ)) &&
		    (S_w(ps, q + 1) & W_OF)) {
			noun = 1; /* "the reopening of", "the killing of": a gerund noun */
			head_end = q + 1;
			continue;
		}
		if ((c & C_RB) && q > p && !(ps->wf[q] & W_NOT) && (S_c(ps, q + 1) & C_ADJ))
			continue;
		break;
	}
	if (!noun && head_end == p && q > p && (ps->cls[p] & C_DT) && (ps->cls[q - 1] & C_ADJ))
		head_end = q; /* "the wounded" */
	if (!noun && head_end == p && q == p + 1 && (ps->cls[p] & C_ADJ) && (S_c(ps, q) & C_FIN) &&
	    isupper((unsigned char)ps->tk[p].text[0]))
		head_end = q; /* "Fornost welcomed": a name the tagger read as an adjective */
	return head_end;
}

/* "soldiers posing as aid workers rescued ...": "as" after a verb of
 * seeming names a role (a PP), not a clause, whatever verb follows. */
static int S_as_role(const S_ps *ps, int p)
{
	static const char *const seeming[] = {"POSING", "POSED", "DISGUISED", "DRESSED",
					      "MASQUERADING", NULL};
	if (p < 1 || !ps->tk[p].text || !ps->tk[p - 1].text || strcasecmp(ps->tk[p].text, "as"))
		return 0;
	for (int k = 0; seeming[k]; k++)
		if (!strcasecmp(ps->tk[p - 1].text, seeming[k]))
			return 1;
	return 0;
}

/* "Chinese, Russian and Iranian": adjectives from p on, joined by commas
 * and ending in "and"/"or" + adjective, before end. */
static int S_adj_list(const S_ps *ps, int p, int end)
{
	int cc = 0;
	for (int j = p + 1; j + 1 < end && (S_c(ps, j) & (C_CC | C_COMMA)) && (S_c(ps, j + 1) & C_ADJ);
	     j += 2)
		cc |= (S_c(ps, j) & C_CC) != 0;
	return cc;
}

static int S_base_np(S_ps *ps)
{
	uint32_t c = S_c(ps, ps->pos);
	if (c & (C_PRP | C_EX)) {
		int np = S_new(ps, "NP", -1);
		S_take(ps, np);
		return np;
	}
	int prev = -1;
	for (;;) {
		int end = S_base_end(ps, ps->pos, prev >= 0);
		if (end == ps->pos)
			return prev;
		int np = S_new(ps, "NP", -1);
		if (prev >= 0)
			S_add(ps, np, prev);
		while (ps->pos < end) {
			if ((S_c(ps, ps->pos) & C_ADJ) && ps->pos + 2 < end &&
			    ((S_c(ps, ps->pos + 1) & C_CC) || S_adj_list(ps, ps->pos, end)) &&
			    (S_c(ps, ps->pos + 2) & C_ADJ)) {
				/* "awful and evil minister": (ADJP JJ CC JJ), so the
				 * coder sees one actor, not two conjuncts */
				int adjp = S_new(ps, "ADJP", -1);
				S_take(ps, adjp);
				while (ps->pos + 1 < end && (S_c(ps, ps->pos) & (C_CC | C_COMMA)) &&
				       (S_c(ps, ps->pos + 1) & C_ADJ)) {
					S_take(ps, adjp);
					S_take(ps, adjp);
				}
				S_add(ps, np, adjp);
				continue;
			}
			S_take(ps, np);
		}
		if (!(S_c(ps, ps->pos) & C_POS))
			return np;
		S_take(ps, np); /* (NP (NP Russia 's) UN ambassador) */
		prev = np;
	}
}

/* Which PPs hang on the NP rather than on the verb: Stanford puts "of"
 * under the noun nearly always, everything after a subject noun, and "in"
 * after the object of a preposition ("for a state in Nigeria": PP bracket
 * F1 on the PETRARCH trees 0.784 -> 0.805; "near", "at", "on", "from" and
 * "with" there each cost brackets). */
static int S_pp_attaches(const S_ps *ps, int p, int mode)
{
	/* Measured on the PETRARCH trees: attaching other prepositions to
	 * object NPs costs more brackets than it gains. */
	return (S_w(ps, p) & W_OF) || (mode & M_SUBJ) ||
	       ((mode & M_PPOBJ) && (S_w(ps, p) & W_IN));
}

/* SBAR for "which/who/that ..." or "where ...". */
/* The possessive relative "whose" (tagged WP$, classed with "its"). */
static int S_whose(const S_ps *ps, int p)
{
	return p < ps->n && (ps->cls[p] & C_PRPS) && !strcmp(S_upper(&ps->tk[p]), "WHOSE");
}

static int S_parse_rel(S_ps *ps)
{
	int sbar = S_new(ps, "SBAR", -1);
	uint32_t c = S_c(ps, ps->pos);
	if (c & C_IN) {
		S_take(ps, sbar); /* complementiser "that": a bare IN child */
	} else {
		int wh = S_new(ps, (c & C_WRB) ? "WHADVP" : "WHNP", -1);
		S_take(ps, wh);
		S_add(ps, sbar, wh);
	}
	int s = S_parse_clause(ps, M_REL);
	if (s >= 0)
		S_add(ps, sbar, s);
	return sbar;
}

/* (PRN -LRB- ... -RRB-) */
static int S_parse_prn(S_ps *ps)
{
	int prn = S_new(ps, "PRN", -1);
	S_take(ps, prn);
	while (ps->pos < ps->n && !(ps->cls[ps->pos] & C_RRB)) {
		int x = S_np_start(ps, ps->pos) ? S_parse_np(ps, 0) : -1;
		if (x < 0 && (S_c(ps, ps->pos) & (C_IN | C_TO)))
			x = S_parse_pp(ps, 0);
		if (x >= 0)
			S_add(ps, prn, x);
		else
			S_take(ps, prn);
	}
	if (ps->pos < ps->n)
		S_take(ps, prn);
	return prn;
}

/* A finite verb comes before the next comma or the end. */
static int S_fin_ahead(const S_ps *ps, int p)
{
	for (; p < ps->n && !(ps->cls[p] & (C_COMMA | C_COLON | C_END)); p++)
		if (ps->cls[p] & C_FIN)
			return 1;
	return 0;
}

/* The mode a PP passes to its object: inside a subject stays inside. */
static int S_pp_mode(int mode)
{
	return (mode & (M_SUBJ | M_INSUBJ)) ? M_INSUBJ : 0;
}

/* "many of them", "most of them", "among them", "including", "alias": a
 * part or a name of the noun phrase before the comma, said in passing. */
static int S_part_of_them(const S_ps *ps, int p)
{
	static const char *const parts[] = {"MANY", "MOST", "SOME", "ALL", "SEVERAL", "HALF", "NONE",
					    NULL};
	if (p + 2 >= ps->n)
		return 0;
	const char *w = S_upper(&ps->tk[p]);
	if (!strcmp(w, "INCLUDING") || !strcmp(w, "ALIAS") || !strcmp(w, "AKA"))
		return 1;   /* "FARC leader Rodrigo Londono, alias Timochenko," */
	/* "At least 72 people, among them 20 children, were killed" */
	if (!strcmp(w, "AMONG") && (!strcmp(S_upper(&ps->tk[p + 1]), "THEM") ||
				    !strcmp(S_upper(&ps->tk[p + 1]), "WHOM")))
		return 1;
	int k = 0;
	while (parts[k] && strcmp(parts[k], w))
		k++;
	return parts[k] && !strcmp(S_upper(&ps->tk[p + 1]), "OF") &&
	       (!strcmp(S_upper(&ps->tk[p + 2]), "THEM") || !strcmp(S_upper(&ps->tk[p + 2]), "WHOM"));
}

static int S_np_post(S_ps *ps, int np, int mode)
{
	while (ps->pos < ps->n && !S_stop(ps)) {
		int p = ps->pos;
		uint32_t c = ps->cls[p], nx = S_c(ps, p + 1);
		uint32_t w = ps->wf[p];
		int x = -1;
		if ((c & (C_IN | C_TO)) && !(w & (W_SUB | W_THAT)) && !((c & C_TO) && (nx & C_VB))) {
			/* "Syria on Monday attacked": the day goes beside the subject;
			 * "the toll from Sunday's bombing" names the day's act */
			if (!S_pp_attaches(ps, p, mode) ||
			    ((mode & M_SUBJ) && (S_w(ps, p + 1) & W_TIME) && !(S_c(ps, p + 2) & C_POS)))
				break;
			x = S_parse_pp(ps, S_pp_mode(mode));
		} else if ((c & C_VBN) && ((nx & (C_IN | C_TO | C_COMMA | C_END)) ||
					   ((mode & M_SUBJ) && S_fin_ahead(ps, p + 1))) &&
			   !((nx & C_TO) && (S_c(ps, p + 2) & C_VB))) {
			x = S_parse_vp(ps); /* "forces backed by Russia" */
		} else if ((c & C_VBG) && (nx & C_TO) && (S_c(ps, p + 2) & C_VB) && !(mode & M_SUBJ)) {
			/* "advanced, backed by air cover, seeking to recapture it": a
			 * purpose participle after an object belongs to the clause */
			break;
		} else if ((c & C_VBG) && !(ps->cls[p - 1] & C_POS)) {
			x = S_parse_vp(ps); /* "troops guarding the border" */
		} else if ((w & W_THAT) && ((ps->wf[p - 1] & W_TIME) ||
					    ((mode & M_PPOBJ) && (c & C_IN) && S_clause_ahead(ps, p + 1)))) {
			/* "demanded on Tuesday that ...", "announced on state
			 * television that they had seized power": the verb's clause;
			 * a complementizer (the tagger's IN, not WDT) after a
			 * preposition's object opens no relative clause */
			break;
		} else if ((c & (C_WDT | C_WP)) || ((c & C_WRB) && (w & W_WHERE) && !(mode & M_SUBJ)) ||
			   ((c & C_IN) && (w & W_THAT) && S_clause_ahead(ps, p + 1) && !(ps->cls[p - 1] & C_NNP))) {
			/* after a name, "that" and a clause is the verb's ("agrees
			 * with France that disputes should ..."), not a relative */
			x = S_parse_rel(ps);
		} else if ((w & W_SUBJ) && (nx & C_FIN) && !(mode & M_SUBJ) &&
			   ((mode & M_PPOBJ) || (ps->cls[p - 1] & C_DT))) {
			/* "those it fires at Israel", "in the towns they hold": a
			 * relative clause without "that", (SBAR (S (NP it) (VP ...)));
			 * after a verb's object it may be the verb's own clause
			 * ("told the minister he would resign"), so only after a
			 * lone determiner or a preposition's object */
			int s = S_new(ps, "S", -1);
			S_add_opt(ps, s, S_parse_np(ps, 0));
			S_add_opt(ps, s, S_parse_vp(ps));
			x = S_wrap(ps, "SBAR", s);
		} else if ((c & C_COMMA) && ((nx & (C_WDT | C_WP)) || S_whose(ps, p + 1))) {
			/* (NP (NP ...) (, ,) (SBAR (WHNP who) ...) (, ,)); "X,
			 * whose country holds the presidency, urged": "whose"
			 * opens the same aside */
			np = S_wrap(ps, "NP", np);
			S_take(ps, np);
			S_add(ps, np, S_parse_rel(ps));
			if ((S_c(ps, ps->pos) & C_COMMA) && (S_c(ps, ps->pos + 1) & C_VB))
				S_take(ps, np);
			continue;
		} else if ((c & C_COMMA) && (mode & M_SUBJ) &&
			   (((nx & (C_VBN | C_VBG)) && (S_c(ps, p + 2) & (C_IN | C_TO))) ||
			    ((nx & C_VBG) && S_np_start(ps, p + 2)))) {
			/* "Syrian troops, backed by Russian jets, retook", "X,
			 * according to witnesses, shelled", "Clinton, visiting
			 * Kigali, apologized": a participle aside, (NP (NP X) ,
			 * (VP ...) ,), as without the commas; the subject keeps
			 * its verb */
			int nn0 = ps->nn;
			ps->pos++;
			x = S_parse_vp(ps);
			if (x < 0 || !(S_c(ps, ps->pos) & C_COMMA) ||
			    !(S_c(ps, S_skip_rb(ps, ps->pos + 1)) & C_VB)) {
				ps->pos = p;
				ps->nn = nn0;
				break;
			}
			np = S_wrap(ps, "NP", np);
			S_add(ps, np, S_new(ps, NULL, p));
			S_add(ps, np, x);
			S_take(ps, np);
			continue;
		} else if ((c & C_COMMA) && (mode & M_SUBJ) && (nx & C_IN) && !(S_w(ps, p + 1) & (W_SUB | W_THAT)) &&
			   !S_part_of_them(ps, p + 1)) {
			/* "X, in remarks on Monday, urged": (NP (NP X) , (PP ...) ,);
			 * "a blast in Afgoye, about 30 kilometres away, killed": the
			 * adverb closing the aside is the PP's */
			int nn0 = ps->nn;
			ps->pos++;
			x = S_parse_pp(ps, 0);
			/* "The army, in cooperation with allied forces, recaptured",
			 * "Modi, on the first visit by an Indian premier to
			 * Israel, hailed": an aside of up to four phrases */
			int more[3], n_more = 0;
			while (x >= 0 && n_more < 3 && (S_c(ps, ps->pos) & C_IN) &&
			       !(S_w(ps, ps->pos) & (W_SUB | W_THAT))) {
				int y = S_parse_pp(ps, 0);
				if (y < 0)
					break;
				more[n_more++] = y;
			}
			while (x >= 0 && (S_c(ps, ps->pos) & C_RB) && (S_c(ps, ps->pos + 1) & C_COMMA))
				S_take(ps, n_more ? more[n_more - 1] : x);
			if (x < 0 || !(S_c(ps, ps->pos) & C_COMMA) || !(S_c(ps, ps->pos + 1) & C_VB)) {
				ps->pos = p;
				ps->nn = nn0;
				break;
			}
			np = S_wrap(ps, "NP", np);
			S_add(ps, np, S_new(ps, NULL, p));
			S_add(ps, np, x);
			for (int k = 0; k < n_more; k++)
				S_add(ps, np, more[k]);
			S_take(ps, np);
			continue;
		} else if ((c & C_COMMA) && (mode & M_SUBJ) && S_part_of_them(ps, p + 1)) {
			/* "At least 70 people, many of them children, have died":
			 * (NP (NP ...) , (PRN many of them children) ,) */
			int q = p + 1;
			while (q < ps->n && !(ps->cls[q] & (C_COMMA | C_END | C_COLON)))
				q++;
			if (q >= ps->n || !(ps->cls[q] & C_COMMA) || q - p > 10 ||
			    !(S_c(ps, q + 1) & (C_VB | C_FIN | C_MD)))
				break;
			np = S_wrap(ps, "NP", np);
			S_take(ps, np);
			x = S_new(ps, "PRN", -1);
			while (ps->pos < q)
				S_take(ps, x);
			S_add(ps, np, x);
			S_take(ps, np);
			continue;
		} else if ((c & C_ADJ) && (nx & (C_IN | C_TO)) && !(S_w(ps, p + 1) & W_SUB)) {
			x = S_new(ps, "ADJP", -1); /* "troops loyal to the president" */
			S_take(ps, x);
			S_add_opt(ps, x, S_parse_pp(ps, S_pp_mode(mode)));
		} else if (c & C_LRB) {
			x = S_parse_prn(ps);
		} else {
			break;
		}
		if (x < 0)
			break;
		np = S_wrap(ps, "NP", np);
		S_add(ps, np, x);
	}
	return np;
}

/* The class of the only word of phrase i ("officials"), or 0 when i is a
 * word itself or has more than one child. */
static uint32_t S_lone_word(const S_ps *ps, int i)
{
	const S_node *k = &ps->nd[i];
	if (!k->label || k->first < 0 || k->first != k->last || ps->nd[k->first].label)
		return 0;
	return ps->cls[ps->nd[k->first].tok];
}

/* Whether conjunct k is adjectives and then one noun ("Danish media"). */
static int S_adj_noun(const S_ps *ps, const S_node *k)
{
	int i = k->first;
	for (; i >= 0 && i != k->last; i = ps->nd[i].next)
		if (ps->nd[i].label || !(ps->cls[ps->nd[i].tok] & C_ADJ))
			return 0;
	return i >= 0 && !ps->nd[i].label && (ps->cls[ps->nd[i].tok] & C_NOUN);
}

/* Stanford keeps "Syria and Iraq" flat when every conjunct is one noun,
 * and "Danish media and government" when the first has adjectives before
 * its noun and the others are one common noun each (the adjectives then
 * speak of all of them). */
static int S_flat_ok(const S_ps *ps, const int *kids, int nk)
{
	int first = 1, proper = 0, adj = 0;
	for (int i = 0; i < nk; i++) {
		const S_node *k = &ps->nd[kids[i]];
		if (!k->label)
			continue;
		uint32_t one = S_lone_word(ps, kids[i]);
		if (one & C_NOUN) {
			proper |= !first && (one & C_NNP);
		} else if (first && S_adj_noun(ps, k)) {
			adj = 1;
		} else {
			return 0;
		}
		first = 0;
	}
	return !(adj && proper);
}

/* Whether node i is an NP of one common noun ("officials"). */
static int S_one_common_noun(const S_ps *ps, int i)
{
	uint32_t c = S_lone_word(ps, i);
	return (c & C_NOUN) && !(c & C_NNP);
}

/* "Lawmakers and officials in Fornost": when every conjunct is one common
 * noun and the PP came with the last, Stanford hangs it on the whole
 * coordination, (NP (NP lawmakers and officials) (PP in ...)), so it speaks
 * of all of them. Returns that NP, or -1 when the shape is not this. */
static int S_lift_pp(S_ps *ps, const int *kids, int nk)
{
	int last = kids[nk - 1], cc = 0;
	const S_node *l = &ps->nd[last];
	if (nk < 3 || !l->label || l->first < 0 || l->first == l->last)
		return -1;
	int head = l->first, pp = ps->nd[head].next;
	if (pp != l->last || !ps->nd[pp].label || strcmp(ps->nd[pp].label, "PP") ||
	    !S_one_common_noun(ps, head))
		return -1;
	for (int i = 0; i < nk - 1; i++) {
		const S_node *k = &ps->nd[kids[i]];
		if (!k->label)
			cc |= (ps->cls[k->tok] & C_CC) != 0;
		else if (!S_one_common_noun(ps, kids[i]))
			return -1;
	}
	if (!cc)
		return -1;
	int flat = S_new(ps, "NP", -1);
	for (int i = 0; i < nk - 1; i++)
		S_add(ps, flat, ps->nd[kids[i]].label ? ps->nd[kids[i]].first : kids[i]);
	S_add(ps, flat, ps->nd[head].first);
	int np = S_new(ps, "NP", -1);
	S_add(ps, np, flat);
	S_add(ps, np, pp);
	return np;
}

/* The first token under pool node i. */
static int S_np_first(const S_ps *ps, int i)
{
	while (ps->nd[i].tok < 0 && ps->nd[i].first >= 0)
		i = ps->nd[i].first;
	return ps->nd[i].tok >= 0 ? ps->nd[i].tok : 0;
}

/* "Syria and Iraq", "Syria, Iraq and Iran", "Assad, the president," */
static int S_np_coord(S_ps *ps, int np, int mode)
{
	int kids[64], nk = 0;
	int p0 = ps->pos, nn0 = ps->nn;
	kids[nk++] = np;
	int sub = (mode & (M_SUBJ | M_INSUBJ | M_PPOBJ)) | M_NOCOORD;
	while (nk < 60 && !S_stop(ps)) {
		int p = ps->pos;
		uint32_t c = S_c(ps, p);
		/* ", Human Rights Watch and Amnesty said": the sources of a
		 * trailing report, not more items of this list */
		if ((c & C_COMMA) && S_np_start(ps, p + 1) &&
		    (!S_say_ahead(ps, p + 1) || S_list_ends_ahead(ps, p + 1, mode))) {
			kids[nk++] = S_new(ps, NULL, ps->pos++);
			int x = S_parse_np(ps, sub);
			if (x < 0)
				break;
			kids[nk++] = x;
			continue;
		}
		int q = p + ((c & C_COMMA) && (S_c(ps, p + 1) & C_CC));
		if ((S_c(ps, q) & C_CC) && S_np_start(ps, q + 1) &&
		    (nk > 1 || !(c & C_COMMA))) {
			int save = ps->pos, savenn = ps->nn;
			while (ps->pos <= q)
				kids[nk++] = S_new(ps, NULL, ps->pos++);
			int x = S_parse_np(ps, sub);
			/* "attacked Aleppo and rebels fled": not an object pair;
			 * "between" always takes two */
			int f0 = S_np_first(ps, np);
			int between = f0 > 0 && !strcmp(S_upper(&ps->tk[f0 - 1]), "BETWEEN");
			if (x < 0 || (nk == 2 && !(mode & (M_SUBJ | M_INSUBJ)) && !between &&
				      (S_c(ps, S_skip_rb(ps, ps->pos)) & C_FIN))) {
				ps->pos = save;
				ps->nn = savenn;
				nk -= q - p + 1;
				break;
			}
			kids[nk++] = x;
			/* "U.S. and British warships and aircraft struck": a
			 * subject's list may go on with a second "and" */
			if ((mode & M_SUBJ) && (S_c(ps, ps->pos) & C_CC) && S_np_start(ps, ps->pos + 1))
				continue;
			goto done;
		}
		break;
	}
	/* Apposition: exactly "NP , NP" followed by a comma (not inside a PP)
	 * or by the end of the sentence. */
	if (nk == 3) {
		uint32_t c = S_c(ps, ps->pos);
		if ((c & (C_END | C_RRB)) || ps->pos >= ps->n)
			goto done;
		if ((c & C_COMMA) && !(mode & M_PPOBJ)) {
			kids[nk++] = S_new(ps, NULL, ps->pos++);
			goto done;
		}
	}
	ps->pos = p0;
	ps->nn = nn0;
	return np;
done:;
	int lifted = S_lift_pp(ps, kids, nk);
	if (lifted >= 0)
		return lifted;
	int co = S_new(ps, "NP", -1);
	int flat = 0;
	for (int i = 0; i < nk; i++)
		if (!ps->nd[kids[i]].label && (ps->cls[ps->nd[kids[i]].tok] & C_CC))
			flat = 1;
	flat = flat && S_flat_ok(ps, kids, nk);
	for (int i = 0; i < nk; i++) {
		if (!flat || !ps->nd[kids[i]].label) {
			S_add(ps, co, kids[i]);
			continue;
		}
		for (int k = ps->nd[kids[i]].first, nx; k >= 0; k = nx) {
			nx = ps->nd[k].next;
			S_add(ps, co, k);
		}
	}
	return co;
}

/* "Secretary of State James Baker and Iraqi Foreign Minister Tariq
 * Aziz": a name of three or more proper nouns after "of" ends the PP, so
 * the "and" joins the whole titled names, not "State James Baker" with the
 * next. ("the ministers of Congo and Rwanda" still coordinate.) */
static int S_titled_name_of(const S_ps *ps, int p0, int p1)
{
	if (p0 < 1 || !(ps->wf[p0 - 1] & W_OF) || p1 - p0 < 3)
		return 0;
	for (int q = p0; q < p1; q++)
		if (!(ps->cls[q] & C_NNP))
			return 0;
	return 1;
}

static int S_parse_np(S_ps *ps, int mode)
{
	if (S_stop(ps))
		return -1;
	ps->depth++;
	int p0 = ps->pos;
	int np = S_base_np(ps);
	if (np >= 0) {
		np = S_np_post(ps, np, mode);
		if (!(mode & M_NOCOORD) && !((mode & M_PPOBJ) && S_titled_name_of(ps, p0, ps->pos)))
			np = S_np_coord(ps, np, mode);
	}
	ps->depth--;
	return np;
}

/* --- prepositional phrases and clauses ----------------------------------------- */

static int S_parse_sbar(S_ps *ps)
{
	int sbar = S_new(ps, "SBAR", -1);
	if (S_c(ps, ps->pos) & C_WRB) {
		int wh = S_new(ps, "WHADVP", -1);
		S_take(ps, wh);
		S_add(ps, sbar, wh);
	} else {
		S_take(ps, sbar);
	}
	int s = S_parse_clause(ps, 0);
	if (s >= 0)
		S_add(ps, sbar, s);
	return sbar;
}

/* (ADVP (NP three years) (RB ago)) */
static int S_ago(S_ps *ps, int np)
{
	if (np < 0 || !(S_w(ps, ps->pos) & W_AGO))
		return np;
	int advp = S_wrap(ps, "ADVP", np);
	S_take(ps, advp);
	return advp;
}

/* "at least", "at most" start at p. */
static int S_at_least(const S_ps *ps, int p)
{
	return (S_w(ps, p) & W_AT) && (S_w(ps, p + 1) & W_LEAST);
}

static int S_parse_pp(S_ps *ps, int mode)
{
	if (S_stop(ps))
		return -1;
	if (S_at_least(ps, ps->pos)) {
		int advp = S_new(ps, "ADVP", -1); /* "or at least put in ...": (ADVP at least) */
		S_take(ps, advp);
		S_take(ps, advp);
		return advp;
	}
	ps->depth++;
	int pp = S_new(ps, "PP", -1);
	S_take(ps, pp);
	uint32_t c = S_c(ps, ps->pos);
	int x = -1;
	/* "by promoting biofuels": a gerund, not a noun phrase */
	if (S_np_start(ps, ps->pos) && !(c & C_VBG))
		x = S_ago(ps, S_parse_np(ps, M_PPOBJ | mode));
	if (x < 0 && (c & C_VBG)) {
		x = S_parse_vp(ps);
		if (x >= 0)
			x = S_wrap(ps, "S", x);
	} else if (x < 0 && (c & (C_IN | C_TO))) {
		x = S_parse_pp(ps, mode); /* "out of", "from under" */
	} else if (x < 0 && (c & C_RB) && !(S_w(ps, ps->pos) & W_NOT)) {
		x = S_new(ps, "ADVP", -1);
		S_take(ps, x);
	}
	if (x >= 0)
		S_add(ps, pp, x);
	ps->depth--;
	return pp;
}

/* "According to X" */
static int S_parse_according(S_ps *ps)
{
	int pp = S_new(ps, "PP", -1);
	S_take(ps, pp);
	S_add_opt(ps, pp, S_parse_pp(ps, 0));
	return pp;
}

static int S_parse_advp(S_ps *ps)
{
	int advp = S_new(ps, "ADVP", -1);
	while ((S_c(ps, ps->pos) & C_RB) && !(S_w(ps, ps->pos) & W_NOT))
		S_take(ps, advp);
	return advp;
}

/* Adverbs before a verb: "not" (and "n't", "never") is taken as a word,
 * others are grouped in ADVPs; every turn consumes a token. */
static void S_adverbs(S_ps *ps, int parent)
{
	while (S_c(ps, ps->pos) & C_RB) {
		if (S_w(ps, ps->pos) & W_NOT)
			S_take(ps, parent);
		else
			S_add(ps, parent, S_parse_advp(ps));
	}
}

/* "(S (VP (VBG killing) ...))", "(S (VP (TO to) (VP ...)))" */
static int S_parse_svp(S_ps *ps)
{
	int vp = S_parse_vp(ps);
	return vp < 0 ? -1 : S_wrap(ps, "S", vp);
}

/* "said Syria attacked" -> (SBAR (S (NP Syria) (VP attacked ...))) */
static int S_parse_bare_clause(S_ps *ps)
{
	int s = S_parse_clause(ps, M_REL);
	return s < 0 ? -1 : S_wrap(ps, "SBAR", s);
}

/* Whether the NP at p is the subject of a complement clause of verb v. */
static int S_complement_clause(const S_ps *ps, int p, int v)
{
	int cc = 0;
	if ((ps->cls[p] & C_DT) && (S_c(ps, p + 1) & C_PRP))
		return 0; /* "replace those it fires": a relative, see S_np_post */
	/* "lorries carrying food has reached": a participle other than a
	 * saying one takes its object, and the finite verb is the clause's */
	if ((ps->cls[v] & C_VBG) && !(S_w(ps, v) & W_SAY))
		return 0;
	int q = S_skip_np(ps, p, &cc);
	if (q == p)
		return 0;
	/* "said Russia's actions in Georgia were unacceptable": what is
	 * said may have a subject with a phrase of its own */
	if ((S_w(ps, v) & W_SAY) && (S_c(ps, q) & C_IN) && !(S_w(ps, q) & (W_SUB | W_THAT))) {
		int r = S_skip_np(ps, q + 1, NULL);
		if (r > q + 1 && (S_c(ps, S_skip_rb(ps, r)) & C_FIN))
			q = r;
	}
	while (S_c(ps, q) & C_RB)
		q++;
	if (!(S_c(ps, q) & C_FIN))
		return 0;
	return !cc || (S_w(ps, v) & W_SAY);
}

static int S_complement(S_ps *ps, int v)
{
	int p = ps->pos;
	uint32_t c = ps->cls[p], nx = S_c(ps, p + 1);
	uint32_t w = ps->wf[p];
	int x;
	if (c & C_RP) {
		x = S_new(ps, "PRT", -1);
		S_take(ps, x);
		return x;
	}
	if (S_np_start(ps, p)) {
		if (S_complement_clause(ps, p, v))
			return S_parse_bare_clause(ps);
		int q = S_skip_np(ps, p, NULL);
		if (q > p && ((S_c(ps, q) & C_VBB) ||
			      ((S_c(ps, q) & C_TO) && (S_c(ps, S_skip_rb(ps, q + 1)) & C_VB) &&
			       (S_w(ps, v) & W_CONTROL)))) {
			/* "helping young militants join ...", "asked Russia to
			 * help": (S NP VP), the NP the subject of the VP */
			int s = S_new(ps, "S", -1);
			S_add_opt(ps, s, S_parse_np(ps, 0));
			S_add_opt(ps, s, S_parse_vp(ps));
			return s;
		}
		if ((x = S_ago(ps, S_parse_np(ps, 0))) >= 0) {
			/* (SBAR (NP five years) (IN after) (S ...)): a counted span */
			int counted = 0;
			for (int k = p; k < ps->pos; k++)
				counted |= (ps->cls[k] & C_CD) != 0;
			if (counted && (S_c(ps, ps->pos) & C_IN) && (S_w(ps, ps->pos) & W_SUB) &&
			    S_clause_ahead(ps, ps->pos + 1)) {
				int sbar = S_parse_sbar(ps);
				int wrap = S_new(ps, "SBAR", -1);
				S_add(ps, wrap, x);
				for (int k = ps->nd[sbar].first, nx2; k >= 0; k = nx2) {
					nx2 = ps->nd[k].next;
					S_add(ps, wrap, k);
				}
				return wrap;
			}
			return x;
		}
	}
	if ((c & C_IN) && (w & W_ABOUT) && (nx & C_TO) && (S_c(ps, p + 2) & C_VB)) {
		x = S_new(ps, "VP", -1); /* "is about to restore" */
		S_take(ps, x);
		S_add_opt(ps, x, S_parse_svp(ps));
		return x;
	}
	if ((c & C_IN) && (w & W_THAT))
		return S_parse_sbar(ps);
	if ((c & C_IN) && (w & W_SUB) && S_sub_clause_ahead(ps, p + 1) && !S_as_role(ps, p))
		return S_parse_sbar(ps);
	if ((c & C_TO) && (S_c(ps, S_skip_rb(ps, p + 1)) & C_VB))
		return S_parse_svp(ps);
	if (c & (C_IN | C_TO))
		return S_parse_pp(ps, 0);
	if (c & (C_VBG | C_VBB))
		return S_parse_svp(ps);
	if (c & C_VBN)
		return S_parse_vp(ps);
	if ((c & C_RB) && !(w & W_NOT))
		return S_parse_advp(ps);
	if (c & C_ADJ) {
		x = S_new(ps, "ADJP", -1);
		while ((S_c(ps, ps->pos) & C_ADJ) ||
		       ((S_c(ps, ps->pos) & C_CC) && (S_c(ps, ps->pos + 1) & C_ADJ)))
			S_take(ps, x);
		/* "clear that no solution can ...": the clause is the verb's, a
		 * sibling of the ADJP, as in Stanford's trees; so is a passive's
		 * "by" ("shot dead by his bodyguards") */
		if ((S_c(ps, ps->pos) & (C_IN | C_TO)) && !(S_w(ps, ps->pos) & (W_SUB | W_THAT)) &&
		    strcmp(S_upper(&ps->tk[ps->pos]), "BY"))
			S_add_opt(ps, x, S_parse_pp(ps, 0));
		return x;
	}
	if (c & (C_WDT | C_WP))
		return S_parse_rel(ps);
	if ((c & C_WRB) && S_clause_ahead(ps, p + 1))
		return S_parse_sbar(ps);
	if (c & C_LRB)
		return S_parse_prn(ps);
	(void)nx;
	return -1;
}

/* "(almost) five years after crowds burned ...": a counted span and a
 * subordinate clause, which S_complement makes one SBAR. */
static int S_counted_span_at(const S_ps *ps, int p)
{
	int q = (S_c(ps, p) & C_RB) ? p + 1 : p;
	if (!(S_c(ps, q) & C_CD))
		return 0;
	while (S_c(ps, q) & (C_CD | C_NOUN | C_ADJ))
		q++;
	return (S_c(ps, q) & C_IN) && (S_w(ps, q) & W_SUB) && S_clause_ahead(ps, q + 1);
}

/* Objects, PPs, particles and clauses after the verb, in order. */
static void S_complements(S_ps *ps, int vp, int v)
{
	while (ps->pos < ps->n && !S_stop(ps)) {
		int p = ps->pos;
		uint32_t c = ps->cls[p], nx = S_c(ps, p + 1);
		if ((c & C_QUOTE) || ((c & C_RB) && (S_w(ps, p) & W_NOT))) {
			/* "is n't a place": the negation is a word of the VP */
			S_take(ps, vp);
			continue;
		}
		if (p == v + 1 && (S_w(ps, v) & W_ASPECT) && !strcmp(ps->tk[p].tag, "VBG") &&
		    (nx & (NP_START | C_IN | C_TO | C_RP))) {
			/* "began supplying missiles to Pakistan": (S (VP
			 * supplying ...)), not a noun phrase the gerund
			 * modifies */
			int x = S_parse_vp(ps);
			if (x >= 0)
				S_add(ps, vp, S_wrap(ps, "S", x));
			continue;
		}
		if (c & C_COMMA) {
			/* ", killing five" and ", after ..." stay with the verb;
			 * any other comma ends the verb phrase. */
			/* ", especially by promoting ...", ", in the north" also */
			uint32_t nx2 = (nx & C_RB) ? S_c(ps, p + 2) : nx;
			int q = p + 1 + ((nx & C_RB) != 0);
			if ((nx & C_VBG) || S_counted_span_at(ps, p + 1) ||
			    ((nx & C_IN) && (S_w(ps, p + 1) & W_SUB) && S_clause_ahead(ps, p + 2)) ||
			    ((nx2 & C_IN) && !(S_w(ps, q) & (W_SUB | W_THAT)) && (S_c(ps, q + 1) & (NP_START | C_VBG)))) {
				S_take(ps, vp);
				continue;
			}
			break;
		}
		int x = S_complement(ps, v);
		if (x < 0)
			break;
		S_add(ps, vp, x);
	}
}

/* Whether the verb at p is an auxiliary of a following verb. */
static int S_is_aux(const S_ps *ps, int p)
{
	uint32_t c = ps->cls[p];
	if (!((c & C_MD) || (ps->wf[p] & (W_BE | W_HAVE | W_DO))))
		return 0;
	int q = S_skip_rb(ps, p + 1);
	return (S_c(ps, q) & C_VB) && !(S_c(ps, q) & C_MD);
}

static int S_parse_vp(S_ps *ps)
{
	int p = ps->pos;
	uint32_t c = S_c(ps, p);
	if (S_stop(ps) || !(c & (C_VB | C_TO)))
		return -1;
	if ((c & C_TO) && !(S_c(ps, S_skip_rb(ps, p + 1)) & C_VB))
		return -1;
	ps->depth++;
	int vp = S_new(ps, "VP", -1);
	S_take(ps, vp);
	if ((c & C_TO) || S_is_aux(ps, p)) {
		/* (VP (MD will) (RB not) (VP (VB attack) ...)) */
		S_adverbs(ps, vp);
		int inner = S_parse_vp(ps);
		if (inner >= 0)
			S_add(ps, vp, inner);
		ps->depth--;
		return vp;
	}
	ps->vp_nest++;
	S_complements(ps, vp, p);
	ps->vp_nest--;
	/* Coordinated verb phrases: (VP (VP ...) (CC and) (VP ...)) */
	int co = -1;
	for (;;) {
		int q = ps->pos;
		if ((S_c(ps, q) & C_COMMA) && (S_c(ps, q + 1) & C_CC))
			q++;
		int r = S_skip_rb(ps, q + 1);
		int hedge = S_at_least(ps, r);   /* "disarmed, or at least put in ..." */
		if (!(S_c(ps, q) & C_CC) || !(S_c(ps, r + 2 * hedge) & C_VB) || S_stop(ps))
			break;
		/* "demanded that the rebels withdraw ... and imposed sanctions":
		 * a past form does not join a base form; it belongs to the verb
		 * above */
		/* (nor does it join a gerund: "had never stopped preparing to
		 * invade and warned Beijing") */
		if ((!strcmp(ps->tk[p].tag, "VB") || !strcmp(ps->tk[p].tag, "VBP") ||
		     !strcmp(ps->tk[p].tag, "VBG")) &&
		    !strcmp(ps->tk[r + 2 * hedge].tag, "VBD"))
			break;
		/* "said the talks had failed and warned Beijing": nor does it
		 * join a participle after "had" */
		int h = p - 1;
		while (h > 0 && (ps->cls[h] & C_RB))
			h--;   /* "had never stopped" */
		if (!strcmp(ps->tk[p].tag, "VBN") && h >= 0 && (ps->wf[h] & W_HAVE) &&
		    !strcmp(ps->tk[r + 2 * hedge].tag, "VBD"))
			break;
		/* Inside another verb's object or clause, a past form joins no
		 * participle ("released a video showing X and threatened"), nor
		 * does a speaker's stand after a comma or after "be" ("groups
		 * that killed soldiers, and said it would respond", "said the
		 * actions were unacceptable and urged Moscow to"): both are the
		 * verb above's */
		if (ps->vp_nest > 0 && !strcmp(ps->tk[r + 2 * hedge].tag, "VBD") &&
		    ((ps->cls[p] & C_VBG) ||
		     (((S_c(ps, ps->pos) & C_COMMA) || (ps->wf[p] & W_BE)) &&
		      (ps->wf[r + 2 * hedge] & W_STANCE))))
			break;
		if (co < 0)
			co = S_wrap(ps, "VP", vp);
		while (ps->pos <= q)
			S_take(ps, co);
		S_adverbs(ps, co);   /* "and not always are ..." */
		if (hedge)
			S_add(ps, co, S_parse_pp(ps, 0));
		int x = S_parse_vp(ps);
		if (x < 0)
			break;
		S_add(ps, co, x);
	}
	ps->depth--;
	return co >= 0 ? co : vp;
}

/* Fronted material before the subject: "On Monday ,", "After ... ,",
 * "According to X ,", "However ,", a leading "But". Returns 1 if it took any. */
static int S_fronted(S_ps *ps, int s, int mode)
{
	int took = 0;
	while (ps->pos < ps->n && !S_stop(ps)) {
		int p = ps->pos;
		uint32_t c = ps->cls[p], nx = S_c(ps, p + 1);
		uint32_t w = ps->wf[p];
		int x = -1;
		if ((c & (C_CC | C_QUOTE)) && !took) {
			S_take(ps, s);
			took = 1;
			continue;
		}
		if (mode & M_REL)
			break;
		if ((c & (C_IN | C_WRB)) && !(w & W_THAT) && ((w & W_SUB) || (c & C_WRB)) &&
		    ((w & W_SUB) ? S_sub_clause_ahead(ps, p + 1) : S_clause_ahead(ps, p + 1)))
			x = S_parse_sbar(ps);
		else if ((c & (C_IN | C_TO)) && !(w & W_THAT) && !((c & C_TO) && (nx & C_VB)) &&
			 !S_up_to(ps, p))
			x = S_parse_pp(ps, 0);
		else if ((w & W_ACC) && (nx & C_TO))
			x = S_parse_according(ps);
		else if ((c & C_RB) && !(w & W_NOT) && (S_c(ps, S_skip_rb(ps, p)) & C_COMMA))
			x = S_parse_advp(ps);
		if (x < 0)
			break;
		S_add(ps, s, x);
		took = 1;
		if (S_c(ps, ps->pos) & C_COMMA)
			S_take(ps, s);
	}
	return took;
}

/* (S [fronted] NP [ADVP] VP); -1 with nothing consumed if no clause starts. */
static int S_parse_clause(S_ps *ps, int mode)
{
	if (S_stop(ps))
		return -1;
	int p0 = ps->pos, nn0 = ps->nn;
	ps->depth++;
	int s = S_new(ps, "S", -1);
	int took = S_fronted(ps, s, mode);
	int subj = -1;
	if (S_np_start(ps, ps->pos))
		subj = S_parse_np(ps, M_SUBJ);
	if (subj >= 0)
		S_add(ps, s, subj);
	/* (S (NP France) (PP on Wednesday) (ADVP also) (VP ...)) */
	while (subj >= 0 && !S_stop(ps)) {
		int p = ps->pos;
		uint32_t c = S_c(ps, p);
		if ((c & C_COMMA) && S_say_ahead(ps, p + 1)) {
			/* "Israel, the army said, had struck": the report is an aside,
			 * (PRN , NP VP ,), and the subject keeps its verb */
			int nn0 = ps->nn, prn = S_new(ps, "PRN", -1);
			S_take(ps, prn);
			S_add_opt(ps, prn, S_parse_np(ps, M_SUBJ));
			int v = S_new(ps, "VP", -1);
			S_take(ps, v);
			S_add(ps, prn, v);
			if ((S_c(ps, ps->pos) & C_COMMA) && (S_c(ps, S_skip_rb(ps, ps->pos + 1)) & C_VB)) {
				S_take(ps, prn);
				S_add(ps, s, prn);
				continue;
			}
			ps->pos = p;   /* ", officials said." ends the sentence: not an aside */
			ps->nn = nn0;
			break;
		}
		if ((c & C_RB) && !(S_w(ps, p) & W_NOT) &&
		    ((S_c(ps, S_skip_rb(ps, p)) & C_VB) ||
		     ((S_c(ps, S_skip_rb(ps, p)) & C_IN) && S_fin_ahead(ps, p + 1))))
			S_add(ps, s, S_parse_advp(ps));   /* "X finally opened", "X early on Friday struck" */
		else if ((S_w(ps, p) & W_TIME) && (S_c(ps, S_skip_rb(ps, p + 1)) & C_VB))
			/* "Israel today launched": a time noun is no subject; an
			 * ADVP keeps the coder from reading it as one */
			S_add(ps, s, S_wrap(ps, "ADVP", S_new(ps, NULL, ps->pos++)));
		else if ((S_w(ps, p) & W_TIMEMOD) && (S_w(ps, p + 1) & W_TIME) &&
			 (S_c(ps, S_skip_rb(ps, p + 2)) & C_VB)) {
			int advp = S_new(ps, "ADVP", -1);   /* "X last week launched" */
			S_take(ps, advp);
			S_take(ps, advp);
			S_add(ps, s, advp);
		}
		else if (S_time_phrase(ps, p) && (S_c(ps, S_skip_rb(ps, p + 3)) & C_VB)) {
			int advp = S_new(ps, "ADVP", -1);
			for (int k = 0; k < 3; k++)
				S_take(ps, advp);
			S_add(ps, s, advp);
		}
		else if ((c & C_IN) && !(S_w(ps, p) & (W_SUB | W_THAT)) && S_fin_ahead(ps, p + 1))
			S_add(ps, s, S_parse_pp(ps, 0));
		else
			break;
	}
	int vp = S_parse_vp(ps);
	if (vp >= 0)
		S_add(ps, s, vp);
	ps->depth--;
	if (vp < 0 && subj < 0 && !took) {
		ps->pos = p0;
		ps->nn = nn0;
		return -1;
	}
	return s;
}

/* --- the sentence ---------------------------------------------------------------- */

/* After the first clause: ", officials said ." (NP and VP under the top S,
 * as Stanford has it), "; X ...", ", and X ..." (another S), punctuation. */
static int S_parse_rest(S_ps *ps, int root)
{
	int wrapped = 0;
	while (ps->pos < ps->n) {
		int p = ps->pos;
		uint32_t c = ps->cls[p];
		if ((S_w(ps, p) & W_DASH) && (S_c(ps, p + 1) & (C_WDT | C_WP)) && !S_stop(ps)) {
			/* "Moscow and Beijing -- which have resisted ... --": an
			 * aside, (PRN (: --) (SBAR ...) (: --)), as Stanford writes it */
			if (!wrapped) {
				root = S_wrap(ps, "S", root);
				wrapped = 1;
			}
			int prn = S_new(ps, "PRN", -1);
			S_take(ps, prn);
			S_add(ps, prn, S_parse_rel(ps));
			if ((S_w(ps, ps->pos) & W_DASH))
				S_take(ps, prn);
			S_add(ps, root, prn);
			continue;
		}
		if (c & (C_COMMA | C_COLON | C_CC | C_QUOTE)) {
			int q = p;
			while (S_c(ps, q) & (C_COMMA | C_COLON | C_CC | C_QUOTE))
				q++;
			int say = S_say_ahead(ps, q);
			int clause = !S_stop(ps) && (say || S_clause_ahead(ps, q) || (S_c(ps, q) & C_VB));
			if (clause && !wrapped) {
				root = S_wrap(ps, "S", root);
				wrapped = 1;
			}
			while (ps->pos < q)
				S_take(ps, root);
			if (!clause)
				continue;
			if (say && (S_c(ps, p) & C_COMMA)) {
				int np = S_parse_np(ps, M_SUBJ);
				if (np >= 0)
					S_add(ps, root, np);
				int vp = S_parse_vp(ps);
				if (vp >= 0)
					S_add(ps, root, vp);
				if (np >= 0 || vp >= 0)
					continue;
			}
			int s = S_parse_clause(ps, 0);
			if (s >= 0)
				S_add(ps, root, s);
			continue;
		}
		int x = -1;
		if (!(c & C_END) && !S_stop(ps))
			x = S_parse_clause(ps, 0);
		if (x >= 0)
			S_add(ps, root, x);
		else
			S_take(ps, root);
	}
	return root;
}

/* Copies pool node i under parent; checks leaves arrive in token order. */
static int S_emit(const S_ps *ps, pm_tree *t, pm_arena *a, int i, int parent)
{
	const S_node *nd = &ps->nd[i];
	if (nd->tok >= 0) {
		if (nd->tok != t->n_words)
			return -1;
		const pm_token *tk = &ps->tk[nd->tok];
		pm_tree_add(t, a, parent, tk->tag, S_upper(tk), tk->text ? tk->text : S_upper(tk));
		return 0;
	}
	int me = pm_tree_add(t, a, parent, nd->label, NULL, NULL);
	for (int c = nd->first; c >= 0; c = ps->nd[c].next)
		if (S_emit(ps, t, a, c, me) < 0)
			return -1;
	return 0;
}

/* Last resort (never expected): every token under one S. */
static void S_flat(pm_sentence *s, pm_arena *a)
{
	pm_tree_init(&s->tree);
	int root = pm_tree_add(&s->tree, a, -1, "S", NULL, NULL);
	for (int i = 0; i < s->n_tokens; i++) {
		const pm_token *tk = &s->tokens[i];
		pm_tree_add(&s->tree, a, root, tk->tag, S_upper(tk), tk->text ? tk->text : S_upper(tk));
	}
}

int pm_chunk_parse(pm_sentence *s, pm_arena *a)
{
	if (!s || !a || (s->n_tokens > 0 && !s->tokens))
		return pm_error_set(PM_EINVALID, "chunk.c:%d: sentence without tokens", __LINE__);
	pm_tree_init(&s->tree);
	int n = s->n_tokens;
	if (n <= 0)
		return 0;
	uint32_t *cls = pm_arena_alloc_uninit(a, (size_t)n * sizeof(*cls));
	uint32_t *wf = pm_arena_alloc_uninit(a, (size_t)n * sizeof(*wf));
	S_classify(s->tokens, n, cls, wf);
	S_ps ps = {.tk = s->tokens, .n = n, .cls = cls, .wf = wf, .a = a};
	ps.cap = 3 * n + 32;
	ps.nd = pm_arena_alloc_uninit(a, (size_t)ps.cap * sizeof(*ps.nd));
	ps.budget = 40L * n + 400;
	ps.work_limit = 4 * ps.budget;
	if (setjmp(ps.give_up)) {
		S_flat(s, a);
		return 0;
	}
	int root = S_parse_clause(&ps, 0);
	if (root < 0)
		root = S_new(&ps, "S", -1);
	root = S_parse_rest(&ps, root);
	if (S_emit(&ps, &s->tree, a, root, -1) < 0 || s->tree.n_words != n)
		S_flat(s, a);
	return 0;
}
