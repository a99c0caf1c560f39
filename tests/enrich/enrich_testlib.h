/* enrich_testlib.h - a small Penn-style splitter for the enrichment tests.
 *
 * Why here: the enrichment tests should not change when the project's
 * tokenizer does; they need fixed token shapes, the ones it gives
 * ("Russia 's", "did n't", "3,650" whole, "regime-run" whole, punctuation
 * split, "Jan." and "U.S." kept). Tokens carry byte spans into the
 * sentence text, so span text comes out as written. */
#ifndef PM_ENRICH_TESTLIB_H
#define PM_ENRICH_TESTLIB_H

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "types/event.h"
#include "palmyra.h"
#include "types/document.h"

#define T_MAX_TOKENS 160
#define T_MAX_CHARS 4096

typedef struct t_sent {
	pm_sentence s;
	pm_token toks[T_MAX_TOKENS];
	char text[T_MAX_CHARS];        /* the sentence */
	char words[T_MAX_CHARS * 2];   /* token strings, NUL-separated */
} t_sent;

static inline int t_abbrev(const char *w, size_t n)
{
	static const char *const abbr[] = {"jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
					   "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
					   "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.",
					   "maj.", "sgt.", "capt.", "st.", "no.", NULL};
	for (int k = 0; abbr[k]; k++)
		if (strlen(abbr[k]) == n && strncasecmp(w, abbr[k], n) == 0)
			return 1;
	return memchr(w, '.', n - 1) != NULL && isalpha((unsigned char)w[0]);
}

static inline void t_push(t_sent *t, size_t *wn, size_t start, size_t len)
{
	pm_sentence *s = &t->s;
	if (len == 0 || s->n_tokens >= T_MAX_TOKENS || *wn + len + 1 >= sizeof(t->words))
		return;
	pm_token *k = &t->toks[s->n_tokens++];
	memset(k, 0, sizeof(*k));
	k->start = (uint32_t)start;
	k->len = (uint32_t)len;
	memcpy(t->words + *wn, t->text + start, len);
	t->words[*wn + len] = '\0';
	k->text = k->upper = k->lemma = t->words + *wn;
	*wn += len + 1;
}

/* Splits one whitespace-separated chunk [a, b). */
static inline void t_chunk(t_sent *t, size_t *wn, size_t a, size_t b, int last_chunk)
{
	const char *x = t->text;
	static const char lead[] = "\"'`([{";
	static const char trail[] = ",;:!?)]}\"'";
	while (a < b && strchr(lead, x[a])) {
		size_t q = a + 1;
		if ((x[a] == '`' || x[a] == '\'') && q < b && x[q] == x[a])
			q++;
		t_push(t, wn, a, q - a);
		a = q;
	}
	size_t tail[16];
	int nt = 0;
	while (nt < 16 && b > a) {
		if (strchr(trail, x[b - 1])) {
			size_t q = b - 1;
			if (x[q] == '\'' && q > a && x[q - 1] == '\'')
				q--;
			tail[nt++] = q;
			tail[nt++] = b;
			b = q;
		} else if (b > a + 1 && x[b - 1] == '.' && (last_chunk || !t_abbrev(x + a, b - a))) {
			tail[nt++] = b - 1;
			tail[nt++] = b;
			b--;
		} else {
			break;
		}
	}
	/* clitics: 's n't 'll 're 've 'd 'm */
	size_t cl = b;
	if (b - a > 3 && strncasecmp(x + b - 3, "n't", 3) == 0)
		cl = b - 3;
	else if (b - a > 2 && x[b - 2] == '\'' && strchr("sSdDmM", x[b - 1]))
		cl = b - 2;
	else if (b - a > 3 && x[b - 3] == '\'' &&
		 (strncasecmp(x + b - 2, "ll", 2) == 0 || strncasecmp(x + b - 2, "re", 2) == 0 ||
		  strncasecmp(x + b - 2, "ve", 2) == 0))
		cl = b - 3;
	t_push(t, wn, a, cl - a);
	if (cl < b)
		t_push(t, wn, cl, b - cl);
	for (int k = nt - 2; k >= 0; k -= 2)
		t_push(t, wn, tail[k], tail[k + 1] - tail[k]);
}

/* Fills t from text (copied). Tags are left empty. */
static inline void t_tokenize(t_sent *t, const char *text)
{
	size_t n = 0, wn = 0;
	/* curly single quotes as the article tokenizer reads them: the
	 * apostrophe U+2019 of "Mali's" splits off "'s" as "'" does */
	for (const char *p = text; *p && n < sizeof(t->text) - 1; p++) {
		if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
		    ((unsigned char)p[2] == 0x98 || (unsigned char)p[2] == 0x99)) {
			t->text[n++] = '\'';
			p += 2;
		} else {
			t->text[n++] = *p;
		}
	}
	t->text[n] = '\0';
	memset(&t->s, 0, sizeof(t->s));
	t->s.text = t->text;
	t->s.start = 0;
	t->s.len = (uint32_t)n;
	t->s.tokens = t->toks;
	t->s.tree.root = -1;
	size_t i = 0;
	while (i < n) {
		while (i < n && isspace((unsigned char)t->text[i]))
			i++;
		size_t j = i;
		while (j < n && !isspace((unsigned char)t->text[j]))
			j++;
		size_t k = j;
		while (k < n && isspace((unsigned char)t->text[k]))
			k++;
		if (j > i)
			t_chunk(t, &wn, i, j, k >= n);
		i = j;
	}
}

/* Index of the n-th (1-based) token equal to w (case-sensitive), or -1. */
static inline int t_find(const t_sent *t, const char *w, int nth)
{
	for (int i = 0; i < t->s.n_tokens; i++)
		if (strcmp(t->toks[i].text, w) == 0 && --nth == 0)
			return i;
	return -1;
}

/* An event whose verb is the n-th token equal to verb ("hit#2" for the
 * second), with no actor spans. */
static inline pm_coded_event t_event(const t_sent *t, const char *verb)
{
	pm_coded_event ev;
	char w[64];
	int nth = 1;
	memset(&ev, 0, sizeof(ev));
	ev.src_first = ev.src_last = ev.tgt_first = ev.tgt_last = -1;
	snprintf(w, sizeof(w), "%s", verb ? verb : "");
	char *hash = strchr(w, '#');
	if (hash) {
		*hash = '\0';
		nth = atoi(hash + 1);
	}
	ev.verb_token = (int16_t)(verb ? t_find(t, w, nth) : -1);
	return ev;
}

#endif
