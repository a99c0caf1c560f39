/* enrich_words.h - word tests shared by the enrichers (dates, attribution,
 * counts, modality).
 *
 * Why a header of static inlines: the enrichers read a sentence's tokens a
 * few times each and must stay at a few microseconds per sentence, so the
 * helpers are tiny, allocation-free and inlined. Words are compared without
 * case on pm_token.text, so the enrichers work on tokens whose tags, upper
 * forms and lemmas are still empty. */
#ifndef PM_ENRICH_WORDS_H
#define PM_ENRICH_WORDS_H

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "types/document.h"

/* The text of token i, or "" outside the sentence. */
static inline const char *pm_ew_text(const pm_sentence *s, int i)
{
	if (i < 0 || i >= s->n_tokens || !s->tokens[i].text)
		return "";
	return s->tokens[i].text;
}

/* Token i is the word w (w in lower case, compared without case). */
static inline int pm_ew_is(const pm_sentence *s, int i, const char *w)
{
	const char *t = pm_ew_text(s, i);
	return (t[0] | 0x20) == w[0] && (t[0] == '\0' || (t[1] | 0x20) == (w[1] | 0x20)) &&
	       strcasecmp(t, w) == 0;
}

/* Index in a NULL-terminated list of lower-case words, or -1. */
static inline int pm_ew_in(const pm_sentence *s, int i, const char *const *list)
{
	const char *t = pm_ew_text(s, i);
	if (!t[0])
		return -1;
	/* the first two letters settle most misses without a call */
	int c = t[0] | 0x20, c1 = t[1] ? t[1] | 0x20 : 0;
	for (int k = 0; list[k]; k++)
		if (list[k][0] == c && list[k][1] == c1 && strcasecmp(t, list[k]) == 0)
			return k;
	return -1;
}

/* Token i begins with an upper-case letter. */
static inline int pm_ew_capital(const pm_sentence *s, int i)
{
	return isupper((unsigned char)pm_ew_text(s, i)[0]);
}

/* Token i is punctuation (no letter or digit in it). */
static inline int pm_ew_punct(const pm_sentence *s, int i)
{
	const char *t = pm_ew_text(s, i);
	if (!t[0])
		return 0;
	for (; *t; t++)
		if (isalnum((unsigned char)*t))
			return 0;
	return 1;
}

/* Token i has a Penn tag beginning with prefix (tags may be empty). */
static inline int pm_ew_tag(const pm_sentence *s, int i, const char *prefix)
{
	if (i < 0 || i >= s->n_tokens)
		return 0;
	return strncmp(s->tokens[i].tag, prefix, strlen(prefix)) == 0;
}

static inline int pm_ew_tagged(const pm_sentence *s)
{
	return s->n_tokens > 0 && s->tokens[0].tag[0] != '\0';
}

/* Copies the words first..last as written into buf: the sentence text
 * between the tokens' byte spans when those are known, else the tokens
 * joined by spaces with no space before closing punctuation and clitics.
 * Returns the length written. */
static inline size_t pm_ew_span_text(const pm_sentence *s, int first, int last, char *buf,
				     size_t cap)
{
	size_t n = 0;
	if (!cap)
		return 0;
	buf[0] = '\0';
	if (first < 0 || last < first || last >= s->n_tokens)
		return 0;
	const pm_token *a = &s->tokens[first], *b = &s->tokens[last];
	if (s->text && a->len && b->len && a->start >= s->start &&
	    b->start + b->len <= s->start + s->len && b->start >= a->start) {
		size_t len = b->start + b->len - a->start;
		if (len >= cap)
			len = cap - 1;
		memcpy(buf, s->text + (a->start - s->start), len);
		buf[len] = '\0';
		return len;
	}
	for (int i = first; i <= last; i++) {
		const char *t = pm_ew_text(s, i);
		int glue = i > first && (strchr(",.;:!?%)", t[0]) && t[1] == '\0');
		glue = glue || (i > first && (t[0] == '\'' || strcasecmp(t, "n't") == 0) &&
				isalpha((unsigned char)t[1]));
		if (i > first && !glue && n + 1 < cap)
			buf[n++] = ' ';
		for (; *t && n + 1 < cap; t++)
			buf[n++] = *t;
	}
	buf[n] = '\0';
	return n;
}

/* ---- Numbers ------------------------------------------------------------- */

static const char *const pm_ew_units[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", NULL};
static const char *const pm_ew_tens[] = {"twenty", "thirty", "forty", "fifty", "sixty",
					 "seventy", "eighty", "ninety", NULL};

/* Value of a number word inside a token ("seven", "twenty", "twenty-five"),
 * or -1. len bounds the word (a token may hold "twenty-five"). */
static inline long pm_ew_word_value(const char *w, size_t len)
{
	char low[24];
	/* number words begin with one of these letters */
	if (len < 3 || len >= sizeof(low) || !strchr("zotfsen", w[0] | 0x20))
		return -1;
	for (size_t i = 0; i < len; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	low[len] = '\0';
	const char *dash = strchr(low, '-');
	if (dash) {
		long t = pm_ew_word_value(low, (size_t)(dash - low));
		long u = pm_ew_word_value(dash + 1, strlen(dash + 1));
		return t >= 20 && t % 10 == 0 && t < 100 && u > 0 && u < 10 ? t + u : -1;
	}
	for (int k = 0; pm_ew_units[k]; k++)
		if (pm_ew_units[k][0] == low[0] && pm_ew_units[k][1] == low[1] &&
		    strcmp(low, pm_ew_units[k]) == 0)
			return k;
	for (int k = 0; pm_ew_tens[k]; k++)
		if (pm_ew_tens[k][0] == low[0] && pm_ew_tens[k][1] == low[1] &&
		    strcmp(low, pm_ew_tens[k]) == 0)
			return 20 + 10 * k;
	return -1;
}

/* Multiplier word: hundred, thousand, million, billion; else 0. */
static inline long pm_ew_scale(const char *w)
{
	if (strcasecmp(w, "hundred") == 0)
		return 100;
	if (strcasecmp(w, "thousand") == 0)
		return 1000;
	if (strcasecmp(w, "million") == 0)
		return 1000000;
	if (strcasecmp(w, "billion") == 0)
		return 1000000000;
	return 0;
}

/* Digits with optional thousands commas and one decimal point ("3,650",
 * "1.5"); -1 when the token is not such a number. */
static inline double pm_ew_digits(const char *t)
{
	double v = 0, frac = 0, div = 1;
	int digits = 0, dot = 0;
	if (!isdigit((unsigned char)t[0]))
		return -1;
	for (const char *p = t; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			digits++;
			if (dot) {
				div *= 10;
				frac += (*p - '0') / div;
			} else {
				v = v * 10 + (*p - '0');
			}
		} else if (*p == ',' && !dot && isdigit((unsigned char)p[1])) {
			continue;
		} else if (*p == '.' && !dot && isdigit((unsigned char)p[1])) {
			dot = 1;
		} else {
			return -1;
		}
	}
	return digits ? v + frac : -1;
}

/* A number starting at token i: digits ("3,650", "1.5 million"), words
 * ("twenty-five", "two hundred", "a dozen", "a thousand"). Vague plurals
 * ("dozens", "scores", "hundreds", "thousands", "millions", optionally
 * "of") set *vague and give a representative value (24, 40, 200, 2000,
 * 2000000). Returns the last token of the number, or -1. */
static inline int pm_ew_number(const pm_sentence *s, int i, long *value, int *vague)
{
	static const char *const vague_words[] = {"dozens", "scores", "hundreds", "thousands",
						  "millions", NULL};
	static const long vague_values[] = {24, 40, 200, 2000, 2000000};
	const char *t = pm_ew_text(s, i);
	double v = -1;
	int end = i;
	*vague = 0;
	int k = pm_ew_in(s, i, vague_words);
	/* "tens of thousands", "hundreds of thousands" */
	if ((pm_ew_is(s, i, "tens") || k == 2) && pm_ew_is(s, i + 1, "of")) {
		int big = pm_ew_is(s, i + 2, "thousands") ? 1000
			: pm_ew_is(s, i + 2, "millions") ? 1000000 : 0;
		if (big) {
			*value = (k == 2 ? 200L : 20L) * big;
			*vague = 1;
			return i + 2;
		}
	}
	if (k >= 0) {
		*value = vague_values[k];
		*vague = 1;
		return i;
	}
	if (pm_ew_is(s, i, "a") || pm_ew_is(s, i, "an")) {
		if (pm_ew_is(s, i + 1, "dozen")) {
			*value = 12;
			return i + 1;
		}
		long sc = pm_ew_scale(pm_ew_text(s, i + 1));
		if (!sc)
			return -1;
		v = 1;
		end = i;
	} else if (pm_ew_is(s, i, "dozen")) {
		*value = 12;
		return i;
	} else if ((v = pm_ew_digits(t)) < 0) {
		long w = pm_ew_word_value(t, strlen(t));
		if (w < 0)
			return -1;
		v = (double)w;
		/* "twenty five" */
		long u = pm_ew_word_value(pm_ew_text(s, i + 1), strlen(pm_ew_text(s, i + 1)));
		if (w >= 20 && w < 100 && w % 10 == 0 && u > 0 && u < 10) {
			v += (double)u;
			end = i + 1;
		}
	}
	long sc;
	while ((sc = pm_ew_scale(pm_ew_text(s, end + 1))) != 0) {
		v *= (double)sc;
		end++;
	}
	if (pm_ew_is(s, end + 1, "dozen")) {
		v *= 12;
		end++;
	}
	if (v > 1e12)
		return -1;  /* "9 billion billion ...": no toll, and no long holds it */
	*value = (long)(v + 0.5);
	return end;
}

/* Token i looks like a finite verb: a VBD/VBZ/VBP/MD tag when the sentence
 * is tagged; else an auxiliary, a common irregular past, or an "-ed" word
 * that no determiner precedes and no "by" follows ("backed by" is a
 * participle, "the armed groups" an adjective). */
static inline int pm_ew_finite_verb(const pm_sentence *s, int i)
{
	static const char *const aux[] = {"is", "are", "was", "were", "has", "have", "had",
					  "will", "would", "could", "may", "might", "can",
					  "should", "must", "did", "does", "do", NULL};
	static const char *const past[] = {
		"took", "met", "held", "began", "fought", "struck", "hit", "seized", "won",
		"lost", "fled", "left", "came", "went", "made", "gave", "sent", "led", "saw",
		"broke", "shot", "overran", "retook", "spoke", "ran", "fell", "rose", "drove",
		"threw", "said", "told", "says", "tells", "shows", "kept", "found", NULL};
	static const char *const not_verbs[] = {
		"hundred", "armed", "united", "red", "need", "speed", "so-called", "alleged",
		"wounded", "injured", "detained", "displaced", "unidentified", "unnamed",
		"based", "limited", "related", "advanced", "embattled", "besieged", NULL};
	static const char *const dets[] = {"the", "a", "an", "its", "their", "his", "her",
					   "our", "of", NULL};
	if (i < 0 || i >= s->n_tokens)
		return 0;
	if (pm_ew_tagged(s)) {
		const char *tag = s->tokens[i].tag;
		return strcmp(tag, "VBD") == 0 || strcmp(tag, "VBZ") == 0 ||
		       strcmp(tag, "VBP") == 0 || strcmp(tag, "MD") == 0;
	}
	const char *t = pm_ew_text(s, i);
	if (!islower((unsigned char)t[0]) || pm_ew_in(s, i, not_verbs) >= 0)
		return 0;
	if (pm_ew_in(s, i, aux) >= 0)
		return 1;
	/* "held by", "convicted of", "the reported", "15 arrested": participles */
	if (pm_ew_is(s, i + 1, "by") || pm_ew_is(s, i + 1, "of") || pm_ew_in(s, i - 1, dets) >= 0 ||
	    isdigit((unsigned char)pm_ew_text(s, i - 1)[0]) ||
	    pm_ew_word_value(pm_ew_text(s, i - 1), strlen(pm_ew_text(s, i - 1))) >= 0)
		return 0;
	if (pm_ew_in(s, i, past) >= 0)
		return 1;
	size_t n = strlen(t);
	return n >= 5 && strcmp(t + n - 2, "ed") == 0;
}

#endif
