/* counts.c - number phrases tied to count words.
 *
 * First pass: every number phrase of the sentence (hedge + number + range),
 * leaving out dates, years and measures. Second pass: every count word
 * takes the number right after it ("killing 5", "killed at least 12") or,
 * failing that, the nearest one before it in its clause ("12 people were
 * killed"), stepping over an inserted ", including three children ,". */
#include "enrich/counts.h"

#include <stdlib.h>

#include "enrich/enrich_words.h"
#include "util/error.h"

#define S_MAX_NUMS 24

typedef struct S_num {
	int first, last;     /* hedge through number */
	long value, max;
	int qual;
	int vague;
} S_num;

static const char *const S_kind_names[] = {"killed", "wounded", "arrested", "displaced",
					   "strikes", "casualties"};
static const char *const S_qual_names[] = {"exact", "at_least", "more_than", "at_most",
					   "less_than", "approx", "range"};

const char *pm_count_kind_name(int kind)
{
	return kind >= 0 && kind < PM_COUNT_KINDS ? S_kind_names[kind] : "";
}

/* ---- Number phrases -------------------------------------------------------- */

/* A hedge at i: sets *qual and returns the first token after it, or i. */
static int S_hedge(const pm_sentence *s, int i, int *qual)
{
	static const struct { const char *a, *b; int q; } two[] = {
		{"at", "least", PM_QUAL_AT_LEAST}, {"more", "than", PM_QUAL_MORE_THAN},
		{"upwards", "of", PM_QUAL_MORE_THAN}, {"up", "to", PM_QUAL_AT_MOST},
		{"at", "most", PM_QUAL_AT_MOST}, {"less", "than", PM_QUAL_LESS_THAN},
		{"fewer", "than", PM_QUAL_LESS_THAN}, {"an", "estimated", PM_QUAL_APPROX},
		{"close", "to", PM_QUAL_APPROX}, {"as", "many", PM_QUAL_AT_MOST},
		{"no", "fewer", PM_QUAL_AT_LEAST}, {"no", "less", PM_QUAL_AT_LEAST},
		{NULL, NULL, 0}};
	static const char *const one[] = {"over", "nearly", "almost", "about", "around",
					  "some", "roughly", "approximately", "under",
					  "estimated", "between", "all", NULL};
	static const int oneq[] = {PM_QUAL_MORE_THAN, PM_QUAL_APPROX, PM_QUAL_APPROX,
				   PM_QUAL_APPROX, PM_QUAL_APPROX, PM_QUAL_APPROX, PM_QUAL_APPROX,
				   PM_QUAL_APPROX, PM_QUAL_LESS_THAN, PM_QUAL_APPROX,
				   PM_QUAL_RANGE, PM_QUAL_EXACT};
	for (int k = 0; two[k].a; k++)
		if (pm_ew_is(s, i, two[k].a) && pm_ew_is(s, i + 1, two[k].b)) {
			*qual = two[k].q;
			/* "as many as", "no fewer than" */
			int skip = pm_ew_is(s, i + 2, "as") || pm_ew_is(s, i + 2, "than");
			return i + 2 + (skip && (k >= 9));
		}
	int k = pm_ew_in(s, i, one);
	if (k >= 0) {
		*qual = oneq[k];
		return i + 1;
	}
	*qual = PM_QUAL_EXACT;
	return i;
}

/* Words after which a number is a date, a time or a measure, not a count. */
static int S_not_count(const pm_sentence *s, int first, int last)
{
	static const char *const units[] = {
		"days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour",
		"minutes", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters",
		"percent", "per", "%", "a.m.", "p.m.", "am", "pm", "o'clock", "january",
		"february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "times", "-year-old", "year-old", NULL};
	static const char *const date_preps[] = {"in", "since", "of", "until", "by", "from",
						 "early", "late", "mid", "during", "on", NULL};
	static const char *const months[] = {"january", "february", "march", "april", "may",
					     "june", "july", "august", "september", "october",
					     "november", "december", "jan.", "feb.", "aug.",
					     "sept.", "oct.", "nov.", "dec.", NULL};
	if (pm_ew_in(s, last + 1, units) >= 0 || pm_ew_in(s, first - 1, months) >= 0)
		return 1;
	const char *t = pm_ew_text(s, last);
	int year = strlen(t) == 4 && atoi(t) >= 1900 && atoi(t) <= 2099;
	return year && first == last && (pm_ew_in(s, first - 1, date_preps) >= 0 ||
					 !isalpha((unsigned char)pm_ew_text(s, last + 1)[0]));
}

/* "10-15" in one token. */
static int S_dash_range(const char *t, long *a, long *b)
{
	if (!isdigit((unsigned char)t[0]))
		return 0;
	const char *d = strchr(t, '-');
	if (!d || !isdigit((unsigned char)d[1]))
		return 0;
	char *e1, *e2;
	*a = strtol(t, &e1, 10);
	*b = strtol(d + 1, &e2, 10);
	return e1 == d && *e2 == '\0' && *b > *a;
}

/* A number phrase at i, or -1. */
static int S_num_at(const pm_sentence *s, int i, S_num *out)
{
	int qual, j = S_hedge(s, i, &qual), vague, last;
	long v, v2, a, b;
	if (S_dash_range(pm_ew_text(s, j), &a, &b)) {
		*out = (S_num){i, j, a, b, PM_QUAL_RANGE, 0};
		return j;
	}
	last = pm_ew_number(s, j, &v, &vague);
	if (last < 0)
		return -1;
	*out = (S_num){i, last, v, v, qual, vague};
	if (vague && qual == PM_QUAL_EXACT)
		out->qual = PM_QUAL_APPROX;
	int range_word = pm_ew_is(s, last + 1, "to") || pm_ew_is(s, last + 1, "-") ||
			 (qual == PM_QUAL_RANGE && pm_ew_is(s, last + 1, "and")) ||
			 pm_ew_is(s, last + 1, "or");
	int l2 = range_word ? pm_ew_number(s, last + 2, &v2, &vague) : -1;
	if (l2 >= 0 && v2 > v) {
		out->max = v2;
		out->qual = PM_QUAL_RANGE;
		out->last = last = l2;
	} else if (qual == PM_QUAL_RANGE) {
		out->qual = PM_QUAL_EXACT;
	}
	if (pm_ew_is(s, last + 1, "of") && out->vague)
		out->last = last;  /* "dozens of": "of" belongs to the noun */
	return S_not_count(s, j, last) ? -1 : out->last;
}

/* Token t can be (part of) a number: digits, a number word, a vague
 * plural, "tens", "dozen" or a scale word. S_num_at finds a phrase at i only
 * when one of tokens i..i+4 is such a token (a hedge of at most three words,
 * then "a" before "dozen" or a scale word: "as many as a dozen"), so the
 * others are skipped without parsing. */
static int S_numberish(const char *t)
{
	/* by first letter: vague plurals, "tens", "dozen", scale words and the
	 * number words of pm_ew_word_value (a hyphenated token asks it) */
	static const char *const b[] = {"billion", NULL};
	static const char *const d[] = {"dozens", "dozen", NULL};
	static const char *const e[] = {"eight", "eleven", "eighteen", "eighty", NULL};
	static const char *const f[] = {"four", "five", "fourteen", "fifteen", "forty", "fifty",
					NULL};
	static const char *const h[] = {"hundreds", "hundred", NULL};
	static const char *const m[] = {"millions", "million", NULL};
	static const char *const n[] = {"nine", "nineteen", "ninety", NULL};
	static const char *const o[] = {"one", NULL};
	static const char *const s[] = {"scores", "six", "seven", "sixteen", "seventeen", "sixty",
					"seventy", NULL};
	static const char *const t_[] = {"thousands", "tens", "thousand", "two", "three", "ten",
					 "twelve", "thirteen", "twenty", "thirty", NULL};
	static const char *const z[] = {"zero", NULL};
	if (isdigit((unsigned char)t[0]))
		return 1;
	const char *const *list;
	switch (t[0] | 0x20) {
	case 'b': list = b; break;
	case 'd': list = d; break;
	case 'e': list = e; break;
	case 'f': list = f; break;
	case 'h': list = h; break;
	case 'm': list = m; break;
	case 'n': list = n; break;
	case 'o': list = o; break;
	case 's': list = s; break;
	case 't': list = t_; break;
	case 'z': list = z; break;
	default: return 0;
	}
	char low[12];
	size_t len = 0;
	for (; t[len]; len++) {
		unsigned char c = (unsigned char)t[len];
		if (c == '-')
			return pm_ew_word_value(t, strlen(t)) >= 0;
		if (len + 1 < sizeof(low))
			low[len] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	if (len + 1 >= sizeof(low))
		return 0;   /* longer than any of the words */
	low[len] = '\0';
	for (int k = 0; list[k]; k++)
		if (list[k][1] == low[1] && strcmp(list[k], low) == 0)
			return 1;
	return 0;
}

/* ---- Count words ----------------------------------------------------------- */

enum { F_FWD = 1, F_BACK = 2 };

typedef struct S_word {
	const char *word;
	int kind;
	int flags;   /* F_FWD: takes a number after it; F_BACK: before it */
} S_word;

static const S_word S_words[] = {
	{"killed", PM_COUNT_KILLED, F_FWD | F_BACK}, {"killing", PM_COUNT_KILLED, F_FWD},
	{"kills", PM_COUNT_KILLED, F_FWD}, {"kill", PM_COUNT_KILLED, F_FWD},
	{"dead", PM_COUNT_KILLED, F_FWD | F_BACK}, {"died", PM_COUNT_KILLED, F_BACK},
	{"deaths", PM_COUNT_KILLED, F_BACK}, {"lives", PM_COUNT_KILLED, F_BACK},
	{"bodies", PM_COUNT_KILLED, F_BACK}, {"fatalities", PM_COUNT_KILLED, F_BACK},
	{"toll", PM_COUNT_KILLED, F_FWD},
	{"wounded", PM_COUNT_WOUNDED, F_FWD | F_BACK}, {"wounding", PM_COUNT_WOUNDED, F_FWD},
	{"injured", PM_COUNT_WOUNDED, F_FWD | F_BACK}, {"injuring", PM_COUNT_WOUNDED, F_FWD},
	{"hurt", PM_COUNT_WOUNDED, F_BACK}, {"injuries", PM_COUNT_WOUNDED, F_BACK},
	{"arrested", PM_COUNT_ARRESTED, F_FWD | F_BACK}, {"arresting", PM_COUNT_ARRESTED, F_FWD},
	{"detained", PM_COUNT_ARRESTED, F_FWD | F_BACK}, {"detaining", PM_COUNT_ARRESTED, F_FWD},
	{"arrests", PM_COUNT_ARRESTED, F_BACK}, {"captured", PM_COUNT_ARRESTED, F_FWD},
	{"displaced", PM_COUNT_DISPLACED, F_FWD | F_BACK},
	{"displacing", PM_COUNT_DISPLACED, F_FWD}, {"fled", PM_COUNT_DISPLACED, F_BACK},
	{"refugees", PM_COUNT_DISPLACED, F_BACK}, {"evacuated", PM_COUNT_DISPLACED, F_FWD | F_BACK},
	{"homeless", PM_COUNT_DISPLACED, F_BACK},
	{"strikes", PM_COUNT_STRIKES, F_BACK}, {"airstrikes", PM_COUNT_STRIKES, F_BACK},
	{"raids", PM_COUNT_STRIKES, F_BACK}, {"sorties", PM_COUNT_STRIKES, F_BACK},
	{"casualties", PM_COUNT_CASUALTIES, F_BACK}, {"death", PM_COUNT_KILLED, F_BACK},
	{NULL, 0, 0}};

static const S_word *S_word_at(const pm_sentence *s, int i)
{
	const char *t = pm_ew_text(s, i);
	if (!isalpha((unsigned char)t[0]))
		return NULL;
	for (int k = 0; S_words[k].word; k++)
		if (S_words[k].word[0] == (t[0] | 0x20) && S_words[k].word[1] == (t[1] | 0x20) &&
		    strcasecmp(t, S_words[k].word) == 0) {
			/* "death" counts only in "stabbed to death", "beaten to death" */
			if (strcmp(S_words[k].word, "death") == 0 && !pm_ew_is(s, i - 1, "to"))
				return NULL;
			return &S_words[k];
		}
	return NULL;
}

/* Words that may follow a clause-opening comma and start an aside
 * ("..., including three children, were killed"). */
static const char *const S_aside[] = {"including", "among", "most", "mostly", "many",
				      "mainly", "all", "both", "some", "half", NULL};

/* A verb in the present between a number and the count word it would
 * take makes the number that verb's subject: "Thousands mourn children
 * killed in bus strike" counts mourners, not the dead ("12 are dead",
 * "the toll has risen": auxiliaries do not). */
static int S_other_present(const pm_sentence *s, int j)
{
	static const char *const aux[] = {"is", "are", "has", "have", "does", "do", "gets", "get",
					  "remain", "remains", NULL};
	if (!pm_ew_tagged(s))
		return 0;
	const char *tag = s->tokens[j].tag;
	return (!strcmp(tag, "VBP") || !strcmp(tag, "VBZ")) && pm_ew_in(s, j, aux) < 0;
}

/* The number phrase a count word at k takes, as an index in nums, or -1. */
static int S_take(const pm_sentence *s, int k, int flags, const S_num *nums, int n)
{
	if (flags & F_FWD) {
		int j = k + 1;
		/* "killed at least 12", "toll rose to 45", "toll of 45" */
		if (pm_ew_is(s, k, "toll"))
			for (; j < k + 5 && !pm_ew_punct(s, j); j++)
				for (int q = 0; q < n; q++)
					if (nums[q].first == j)
						return q;
		for (int q = 0; q < n; q++)
			if (nums[q].first == k + 1)
				return q;
	}
	if (!(flags & F_BACK))
		return -1;
	int steps = 0;
	for (int j = k - 1; j >= 0 && steps < 7; j--, steps++) {
		for (int q = n - 1; q >= 0; q--)
			if (nums[q].last == j)
				return q;
		const char *t = pm_ew_text(s, j);
		if (t[0] == ',' && !t[1]) {
			/* jump back over an aside opened by an earlier comma */
			int c = j - 1;
			while (c >= 0 && c > j - 10 && !pm_ew_is(s, c, ","))
				c--;
			if (c >= 0 && pm_ew_is(s, c, ",") && pm_ew_in(s, c + 1, S_aside) >= 0) {
				j = c;
				continue;
			}
			return -1;
		}
		if (pm_ew_punct(s, j) || pm_ew_is(s, j, "and") || pm_ew_is(s, j, "after") ||
		    pm_ew_is(s, j, "when") || pm_ew_is(s, j, "in") || pm_ew_is(s, j, "by") ||
		    S_other_present(s, j))
			return -1;
	}
	return -1;
}

/* A number phrase q taken backward may close a list: "14 soldiers and
 * three civilians were killed" counts 17. Returns the earlier item or -1. */
static int S_list_head(const pm_sentence *s, int q, const S_num *nums)
{
	int j = nums[q].first - 1;
	if (!pm_ew_is(s, j, "and") || q == 0)
		return -1;
	for (int k = j - 1; k >= 0 && k >= j - 4; k--) {
		if (nums[q - 1].last == k)
			return nums[q - 1].qual == PM_QUAL_RANGE || nums[q - 1].vague ? -1 : q - 1;
		/* "5 dead and 20 wounded" are two counts, not a list */
		if (pm_ew_punct(s, k) || pm_ew_finite_verb(s, k) || S_word_at(s, k))
			return -1;
	}
	return -1;
}

static void S_fill(const pm_sentence *s, const S_num *num, int word, pm_count *c)
{
	c->found = 1;
	c->vague = (uint8_t)num->vague;
	c->qualifier = num->qual;
	c->qualifier_name = S_qual_names[num->qual];
	c->value = num->value;
	c->value_max = num->max;
	c->first = num->first < word ? num->first : word;
	c->last = num->last > word ? num->last : word;
	pm_ew_span_text(s, c->first, c->last, c->text, sizeof(c->text));
}

int pm_counts_extract(const pm_sentence *s, const pm_coded_event *ev, pm_counts *out)
{
	if (!s || !out)
		return pm_error_set(PM_EINVALID, "%s:%d: NULL argument", __FILE__, __LINE__);
	memset(out, 0, sizeof(*out));
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		out->kind[k].first = out->kind[k].last = -1;
		out->kind[k].qualifier_name = S_qual_names[0];
	}
	S_num nums[S_MAX_NUMS];
	int n = 0, next_num = -1;   /* the next numberish token at or after i */
	for (int i = 0; i < s->n_tokens && n < S_MAX_NUMS; i++) {
		if (next_num < i) {
			next_num = i;
			while (next_num < s->n_tokens && !S_numberish(pm_ew_text(s, next_num)))
				next_num++;
			if (next_num == s->n_tokens)
				break;
		}
#ifdef PM_VERIFY_FILTERS
		{ S_num tmp; if (next_num > i + 4 && S_num_at(s, i, &tmp) >= 0) abort(); }
#endif
		if (next_num > i + 4)
			continue;
		int last = S_num_at(s, i, &nums[n]);
		if (last >= 0) {
			n++;
			i = last;
		}
	}
	if (!n)
		return 0;
	int verb = ev ? ev->verb_token : -1, best_dist[PM_COUNT_KINDS];
	for (int i = 0; i < s->n_tokens; i++) {
		const S_word *w = S_word_at(s, i);
		if (!w)
			continue;
		int q = S_take(s, i, w->flags, nums, n);
		if (q < 0)
			continue;
		pm_count *c = &out->kind[w->kind];
		int at = nums[q].first < i ? nums[q].first : i;
		int dist = verb >= 0 ? abs(at - verb) : 0;
		if (c->found && dist >= best_dist[w->kind])
			continue;
		if (!c->found)
			out->n_found++;
		best_dist[w->kind] = dist;
		S_fill(s, &nums[q], i, c);
		int head = nums[q].last < i ? S_list_head(s, q, nums) : -1;
		if (head >= 0 && !nums[q].vague && nums[q].qual != PM_QUAL_RANGE) {
			c->value += nums[head].value;
			c->value_max = c->value;
			c->first = nums[head].first;
			pm_ew_span_text(s, c->first, c->last, c->text, sizeof(c->text));
		}
	}
	return 0;
}
