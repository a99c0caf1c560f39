/* article.c - paragraph kinds of a plain-text article, by their shape. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text/article.h"

static const char *const S_months[] = {"jan", "feb", "mar", "apr", "may", "jun",
				       "jul", "aug", "sep", "oct", "nov", "dec"};

static int S_blank_line(const char *p, const char *end)
{
	for (; p < end && *p != '\n'; p++)
		if (!isspace((unsigned char)*p))
			return 0;
	return 1;
}

static void S_add(pm_article *out, int *cap, pm_arena *a, const char *text, const char *from,
		  const char *to)
{
	while (from < to && isspace((unsigned char)*from))
		from++;
	while (to > from && isspace((unsigned char)to[-1]))
		to--;
	if (from == to)
		return;
	if (out->n_paras == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		pm_paragraph *p = pm_arena_alloc(a, (size_t)*cap * sizeof(*p));
		if (out->n_paras)
			memcpy(p, out->paras, (size_t)out->n_paras * sizeof(*p));
		out->paras = p;
	}
	pm_paragraph *p = &out->paras[out->n_paras++];
	p->start = (uint32_t)(from - text);
	p->end = (uint32_t)(to - text);
	p->kind = PM_PARA_BODY;
}

int pm_article_paragraphs(const char *text, uint32_t len, pm_arena *a, pm_article *out)
{
	memset(out, 0, sizeof(*out));
	const char *end = text + len, *p = text;
	int has_blank = 0, cap = 0;
	for (const char *q = text; q < end; q++)
		if (*q == '\n' && q + 1 < end && S_blank_line(q + 1, end) &&
		    memchr(q + 1, '\n', (size_t)(end - q - 1))) {
			has_blank = 1;
			break;
		}
	const char *para = p;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		if (!has_blank) {
			S_add(out, &cap, a, text, p, eol);
		} else if (S_blank_line(p, end)) {
			S_add(out, &cap, a, text, para, p);
			para = eol;
		}
		p = nl ? nl + 1 : end;
	}
	if (has_blank)
		S_add(out, &cap, a, text, para, end);
	return 0;
}

static int S_month(const char *w, size_t n)
{
	if (n < 3)
		return 0;
	for (int m = 0; m < 12; m++)
		if (!strncasecmp(w, S_months[m], 3)) {
			static const char *const full[] = {"january", "february", "march", "april",
							   "may", "june", "july", "august",
							   "september", "october", "november", "december"};
			if (n == 3 || (n == 4 && m == 8 && (w[3] == 't' || w[3] == 'T')) ||
			    (n == strlen(full[m]) && !strncasecmp(w, full[m], n)))
				return m + 1;
		}
	return 0;
}

typedef struct {
	const char *w;
	size_t n;
} S_word;

static int S_words(const char *s, uint32_t len, S_word *out, int max)
{
	int n = 0;
	const char *p = s, *end = s + len;
	while (p < end && n < max) {
		while (p < end && !isalnum((unsigned char)*p))
			p++;
		const char *q = p;
		while (q < end && (isalnum((unsigned char)*q) || (*q == '-' && isdigit((unsigned char)q[1]))))
			q++;
		if (q > p)
			out[n++] = (S_word){p, (size_t)(q - p)};
		p = q;
	}
	return n;
}

static int S_num(const S_word *w, int lo, int hi)
{
	if (w->n > 4)
		return 0;
	int v = 0;
	for (size_t i = 0; i < w->n; i++) {
		if (!isdigit((unsigned char)w->w[i]))
			return 0;
		v = v * 10 + w->w[i] - '0';
	}
	return v >= lo && v <= hi ? v : 0;
}

static int S_day_ordinal(const S_word *w)
{
	S_word d = *w;
	if (d.n > 2 && isalpha((unsigned char)d.w[d.n - 1]))
		d.n -= 2;                              /* 25th, 1st */
	return S_num(&d, 1, 31);
}

int pm_article_find_date(const char *s, uint32_t len)
{
	S_word w[64];
	int n = S_words(s, len, w, 64);
	for (int i = 0; i < n; i++) {
		if (w[i].n >= 10 && w[i].w[4] == '-' && w[i].w[7] == '-' &&
		    (w[i].n == 10 || !isdigit((unsigned char)w[i].w[10]))) {
			S_word y = {w[i].w, 4}, m = {w[i].w + 5, 2}, d = {w[i].w + 8, 2};
			int yy = S_num(&y, 1900, 2100), mm = S_num(&m, 1, 12), dd = S_num(&d, 1, 31);
			if (yy && mm && dd)
				return yy * 10000 + mm * 100 + dd;
		}
		int m = S_month(w[i].w, w[i].n);
		if (!m)
			continue;
		int d, y;
		if (i + 2 < n && (d = S_day_ordinal(&w[i + 1])) && (y = S_num(&w[i + 2], 1900, 2100)))
			return y * 10000 + m * 100 + d;        /* Mar 25, 2016 */
		if (i > 0 && i + 1 < n && (d = S_day_ordinal(&w[i - 1])) &&
		    (y = S_num(&w[i + 1], 1900, 2100)))
			return y * 10000 + m * 100 + d;        /* 25 March 2016 */
	}
	return 0;
}

static int S_starts(const char *p, uint32_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && !strncasecmp(p, prefix, k);
}

static int S_is_photo(const char *p, uint32_t n)
{
	static const char *const prefixes[] = {"photo by", "photo:", "photo credit", "photograph",
					       "image:", "image by", "picture:", "file photo",
					       "credit:", "(photo", "getty images", "video:", NULL};
	for (int i = 0; prefixes[i]; i++)
		if (S_starts(p, n, prefixes[i]))
			return 1;
	return 0;
}

static int S_ends_sentence(const char *p, uint32_t n)
{
	char c = n ? p[n - 1] : 0;
	return c == '.' || c == '!' || c == '?' || c == '"' || (c == '\x9d' && n > 1);
}

static int S_is_capitalised_word(const char *p, size_t n)
{
	return n && (isupper((unsigned char)*p) || isdigit((unsigned char)*p));
}

/* "... . (Reuters)": a caption's closing credit, one to four capitalised words. */
static int S_ends_with_credit(const char *p, uint32_t n)
{
	if (n < 4 || p[n - 1] != ')')
		return 0;
	const char *open = NULL;
	for (uint32_t i = n - 1; i-- > 0;)
		if (p[i] == '(') {
			open = p + i;
			break;
		}
	if (!open || open == p || n - (uint32_t)(open - p) > 40)
		return 0;
	const char *q = open;
	while (q > p && q[-1] == ' ')
		q--;
	if (q > p && q[-1] != '.' && q[-1] != '"')
		return 0;
	S_word w[8];
	int k = S_words(open, (uint32_t)(p + n - open), w, 8);
	if (k < 1 || k > 4)
		return 0;
	for (int i = 0; i < k; i++)
		if (!S_is_capitalised_word(w[i].w, w[i].n))
			return 0;
	return 1;
}

static int S_is_dateline(const char *p, uint32_t n)
{
	return n <= 80 && !S_ends_sentence(p, n) && pm_article_find_date(p, n);
}

static int S_is_byline(const char *p, uint32_t n)
{
	S_word w[8];
	return n < 60 && S_starts(p, n, "by ") && S_words(p, n, w, 8) <= 6 && !S_ends_sentence(p, n);
}

/* "TRTWorld, Reuters", "AFP", "Reuters/AP", "Source: AFP". */
static int S_read_credits(const char *p, uint32_t n, pm_arena *a, pm_article *out)
{
	if (n > 80 || S_ends_sentence(p, n))
		return 0;
	if (S_starts(p, n, "source:") || S_starts(p, n, "sources:")) {
		const char *c = memchr(p, ':', n);
		n -= (uint32_t)(c + 1 - p);
		p = c + 1;
	}
	const char *names[8];
	int k = 0;
	const char *end = p + n, *item = p;
	for (const char *q = p; q <= end; q++) {
		if (q < end && *q != ',' && *q != '/' && *q != ';' && *q != '&')
			continue;
		const char *a0 = item, *a1 = q;
		while (a0 < a1 && isspace((unsigned char)*a0))
			a0++;
		while (a1 > a0 && isspace((unsigned char)a1[-1]))
			a1--;
		S_word w[8];
		int nw = S_words(a0, (uint32_t)(a1 - a0), w, 8);
		if (nw < 1 || nw > 4 || k == 8)
			return 0;
		for (int i = 0; i < nw; i++)
			if (!S_is_capitalised_word(w[i].w, w[i].n) && strncasecmp(w[i].w, "and", 3))
				return 0;
		names[k++] = pm_arena_strndup(a, a0, (size_t)(a1 - a0));
		item = q + 1;
	}
	out->credits = pm_arena_alloc(a, (size_t)k * sizeof(*out->credits));
	memcpy(out->credits, names, (size_t)k * sizeof(*names));
	out->n_credits = k;
	return 1;
}

/* A wire dateline opening the body: "BEIRUT, March 25 (Reuters) - ",
 * "DAMASCUS (AFP) -- ". The place and agency are metadata, not words of
 * the first sentence; the agency joins the credits when there are none.
 * Returns the bytes to skip, 0 when there is no such prefix. */
static uint32_t S_wire_prefix(const char *p, uint32_t n, pm_arena *a, pm_article *out)
{
	uint32_t i = 0, caps = 0;
	while (i < n && i < 60 && (isupper((unsigned char)p[i]) || strchr(" .'-", p[i]))) {
		caps += isupper((unsigned char)p[i]) != 0;
		i++;
	}
	if (caps < 2 || i >= n || (i < n && islower((unsigned char)p[i])))
		return 0;
	if (p[i] == ',') {                             /* ", March 25" */
		i++;
		while (i < n && i < 90 && p[i] != '(' && p[i] != '-' && (unsigned char)p[i] != 0xe2)
			i++;
	}
	while (i < n && p[i] == ' ')
		i++;
	if (i >= n || p[i] != '(')
		return 0;
	const char *close = memchr(p + i, ')', n - i);
	if (!close || close - (p + i) > 30)
		return 0;
	uint32_t agency = i + 1, agency_end = (uint32_t)(close - p);
	i = agency_end + 1;
	while (i < n && p[i] == ' ')
		i++;
	if (i + 1 < n && p[i] == '-')
		while (i < n && p[i] == '-')
			i++;
	else if (i + 2 < n && (unsigned char)p[i] == 0xe2 && (unsigned char)p[i + 1] == 0x80 &&
		 ((unsigned char)p[i + 2] == 0x93 || (unsigned char)p[i + 2] == 0x94))
		i += 3;
	else
		return 0;
	while (i < n && p[i] == ' ')
		i++;
	if (!out->n_credits) {
		out->credits = pm_arena_alloc(a, sizeof(*out->credits));
		out->credits[0] = pm_arena_strndup(a, p + agency, agency_end - agency);
		out->n_credits = 1;
	}
	return i;
}

static void S_classify(const char *text, pm_arena *a, pm_article *out)
{
	int seen_body = 0, after_photo = 0;
	for (int i = 0; i < out->n_paras; i++) {
		pm_paragraph *pp = &out->paras[i];
		const char *p = text + pp->start;
		uint32_t n = pp->end - pp->start;
		int one_line = !memchr(p, '\n', n);
		int was_photo = after_photo;
		after_photo = 0;
		if (i == 0 && one_line && n <= 250 && !S_ends_sentence(p, n)) {
			pp->kind = PM_PARA_TITLE;
			out->title = pm_arena_strndup(a, p, n);
		} else if (S_is_photo(p, n)) {
			pp->kind = PM_PARA_PHOTO;
			after_photo = 1;
		} else if (S_ends_with_credit(p, n)) {
			pp->kind = PM_PARA_CAPTION;
		} else if (S_is_dateline(p, n)) {
			/* before the caption rule: "Published December 13, 2016"
			 * often follows the photo block */
			pp->kind = PM_PARA_DATELINE;
			if (!out->date)
				out->date = pm_article_find_date(p, n);
		} else if (was_photo && !seen_body && n <= 300) {
			pp->kind = PM_PARA_CAPTION;
		} else if (S_is_byline(p, n)) {
			pp->kind = PM_PARA_BYLINE;
		} else if (i == out->n_paras - 1 && i > 0 && S_read_credits(p, n, a, out)) {
			pp->kind = PM_PARA_CREDITS;
		} else if (!seen_body && out->title && one_line && n <= 300 && !S_ends_sentence(p, n)) {
			pp->kind = PM_PARA_LEAD;
		} else {
			if (!seen_body)
				pp->start += S_wire_prefix(p, n, a, out);
			seen_body = 1;
		}
	}
}

int pm_article_read(const char *text, uint32_t len, pm_arena *a, pm_article *out)
{
	pm_article_paragraphs(text, len, a, out);
	S_classify(text, a, out);
	return 0;
}
