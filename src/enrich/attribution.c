/* attribution.c - source phrases around reporting words.
 *
 * For each reporting word we read a noun phrase: after "according to" and
 * "reported by", after an inverted "..., said X", else before the verb
 * (stepping back over "has", "also", "on Thursday"). The phrase ends at
 * punctuation, quotes, clause words and finite verbs; then it is split on
 * "and". When a finite verb (not punctuation) ended a backward phrase, only
 * its last conjunct is a source ("troops retook Palmyra and state media
 * said" names "state media" alone). */
#include "enrich/attribution.h"

#include "enrich/enrich_words.h"
#include "util/error.h"

#define S_MAX_PHRASE 14

static const char *const S_reporting[] = {
	"said", "says", "say", "told", "tells", "reported", "reports", "showed", "shows",
	"quoted", "quotes", "cited", "cites", "announced", "announces", "claimed", "claims",
	"stated", "added", "confirmed", "confirms", "warned", "insisted", "estimates",
	"estimated", NULL};
/* Verbs that may be inverted after a comma or quote: "..., said X". */
static const char *const S_invertible[] = {"said", "says", "added", "reported", "stated",
					   "announced", NULL};
/* Words between a subject and its reporting verb. */
static const char *const S_skip_back[] = {
	"has", "have", "had", "also", "later", "earlier", "previously", "reportedly", "again",
	"on", "late", "early", "yesterday", "today", "tonight", "morning", "afternoon",
	"evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "separately", "then", "meanwhile", "long", "repeatedly",
	"already", "publicly", "officially", "consistently", "always", NULL};
/* Words that open a clause conceding something the main clause sets aside. */
static const char *const S_concessive[] = {"although", "though", "while", "whereas",
					   "despite", NULL};
/* Words that end a source phrase read forward ("said X on Thursday"). */
static const char *const S_stop_fwd[] = {"on", "in", "at", "late", "early", NULL};
/* Words that end a source phrase either way. */
static const char *const S_stop[] = {
	"that", "which", "who", "whom", "where", "when", "while", "after", "before", "as",
	"because", "but", "if", "since", "although", "though", "yesterday", "today", "tonight", "via", "through", "--", "said", NULL};
static const char *const S_be[] = {"was", "were", "is", "are", "been", "being", "be", NULL};
static const char *const S_dets[] = {"the", "a", "an", "its", "their", "his", "her", NULL};

/* 0 when t cannot be a reporting word or "according": every one of them
 * has at least three letters and ends in d, s, y or g ("said", "claims",
 * "say", "according"), so most tokens are turned away by one look. */
static int S_may_report(const char *t)
{
	size_t n = strlen(t);
	if (n < 3)
		return 0;
	int c = t[n - 1] | 0x20;
	return c == 'd' || c == 's' || c == 'y' || c == 'g';
}

static int S_quote(const pm_sentence *s, int i)
{
	const char *t = pm_ew_text(s, i);
	return strcmp(t, "``") == 0 || strcmp(t, "''") == 0 || strcmp(t, "\"") == 0 ||
	       strcmp(t, "'") == 0 || strcmp(t, "\xe2\x80\x9c") == 0 ||
	       strcmp(t, "\xe2\x80\x9d") == 0;
}

static int S_end_word(const pm_sentence *s, int i)
{
	return pm_ew_punct(s, i) || S_quote(s, i) || pm_ew_in(s, i, S_stop) >= 0;
}

static void S_add(const pm_sentence *s, int first, int last, int cue, pm_attribution *out)
{
	while (first <= last && (pm_ew_is(s, first, "both") || pm_ew_punct(s, first)))
		first++;
	while (last >= first && pm_ew_punct(s, last))
		last--;
	if (first > last || out->n >= PM_ATTR_MAX)
		return;
	pm_attribution_source *src = &out->src[out->n];
	pm_ew_span_text(s, first, last, src->text, sizeof(src->text));
	for (int k = 0; k < out->n; k++)
		if (strcasecmp(out->src[k].text, src->text) == 0)
			return;
	src->first = first;
	src->last = last;
	src->cue = cue;
	out->n++;
}

/* Adds the conjuncts of first..last; with only_last, the final one. */
static void S_add_split(const pm_sentence *s, int first, int last, int cue, int only_last,
			pm_attribution *out)
{
	int from = first;
	for (int i = first; i <= last + 1; i++) {
		if (i <= last && !pm_ew_is(s, i, "and"))
			continue;
		if (!only_last || i == last + 1)
			S_add(s, from, i - 1, cue, out);
		from = i + 1;
	}
}

/* A phrase from i forward; its last token, or -1. */
static int S_forward(const pm_sentence *s, int i)
{
	int j = i;
	while (j < s->n_tokens && j < i + S_MAX_PHRASE && !S_end_word(s, j) &&
	       pm_ew_in(s, j, S_stop_fwd) < 0 && !pm_ew_finite_verb(s, j))
		j++;
	return j > i ? j - 1 : -1;
}

/* A phrase ending at i, going back; its first token, or -1. *by_verb says
 * a verb (not punctuation or the sentence start) ended it. */
static int S_backward(const pm_sentence *s, int i, int *by_verb)
{
	int j = i;
	*by_verb = 0;
	while (j >= 0 && j > i - S_MAX_PHRASE) {
		if (pm_ew_finite_verb(s, j)) {
			*by_verb = 1;
			break;
		}
		if (S_end_word(s, j))
			break;
		j--;
	}
	return j < i ? j + 1 : -1;
}

static void S_cue(const pm_sentence *s, int r, pm_attribution *out)
{
	int by_verb, first, last;
	if (pm_ew_is(s, r, "according")) {
		if (pm_ew_is(s, r + 1, "to") && (last = S_forward(s, r + 2)) >= 0)
			S_add_split(s, r + 2, last, r, 0, out);
		return;
	}
	if (pm_ew_is(s, r + 1, "by")) {  /* "reported by X", "the attack, claimed by IS" */
		if ((last = S_forward(s, r + 2)) >= 0)
			S_add_split(s, r + 2, last, r, 0, out);
		return;
	}
	if (pm_ew_in(s, r - 1, S_dets) >= 0 || pm_ew_in(s, r - 1, S_be) >= 0)
		return;  /* "the reported attack", "was reported": no source named */
	if ((pm_ew_is(s, r - 1, ",") || S_quote(s, r - 1)) && pm_ew_in(s, r, S_invertible) >= 0) {
		if ((last = S_forward(s, r + 1)) >= 0) {
			S_add_split(s, r + 1, last, r, 0, out);
			return;
		}
	}
	int j = r - 1;
	/* step back over "has", "also", "on Thursday", "late on Friday" */
	while (j >= 0 && pm_ew_in(s, j, S_skip_back) >= 0)
		j--;
	if (j < 0 || (first = S_backward(s, j, &by_verb)) < 0)
		return;
	if (by_verb && pm_ew_is(s, j, "and")) {
		/* "X declared a state of emergency and said": X, the subject of
		 * the verb that ended the phrase */
		int k = first - 2;
		while (k >= 0 && pm_ew_in(s, k, S_skip_back) >= 0)
			k--;
		if (k >= 0 && (first = S_backward(s, k, &by_verb)) >= 0)
			S_add_split(s, first, k, r, by_verb, out);
		return;
	}
	S_add_split(s, first, j, r, by_verb, out);
}

/* "Although Russia has long said X, NATO accuses it": a reporting verb in
 * a conceding clause that closes before the event's verb is not the event's
 * source. */
static int S_conceded(const pm_sentence *s, int cue, int verb)
{
	if (verb <= cue)
		return 0;
	int open = -1;
	for (int i = cue - 1; i >= 0 && !pm_ew_is(s, i, ","); i--)
		if (pm_ew_in(s, i, S_concessive) >= 0)
			open = i;
	if (open < 0)
		return 0;
	for (int i = cue + 1; i < verb; i++)
		if (pm_ew_is(s, i, ","))
			return 1;
	return 0;
}

int pm_attribution_extract(const pm_sentence *s, const pm_coded_event *ev,
			   pm_attribution *out)
{
	if (!s || !out)
		return pm_error_set(PM_EINVALID, "%s:%d: NULL argument", __FILE__, __LINE__);
	out->n = 0;
	int verb = ev ? ev->verb_token : -1;
	for (int i = 0; i < s->n_tokens; i++) {
		/* the cheap word test first: S_conceded walks back to a comma */
		if (i == verb || !S_may_report(pm_ew_text(s, i)) ||
		    (pm_ew_in(s, i, S_reporting) < 0 && !pm_ew_is(s, i, "according")))
			continue;
		if (!S_conceded(s, i, verb))
			S_cue(s, i, out);
	}
	return 0;
}
