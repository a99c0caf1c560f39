/* article.c - paragraph kinds of a plain-text article, by their shape. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "text/article.h"
#include "util/date.h"

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

int pm_article_find_date(const char *s, uint32_t len)
{
	for (uint32_t i = 0; i < len; i++) {
		if (!isalnum((unsigned char)s[i]) || (i && isalnum((unsigned char)s[i - 1])))
			continue;                      /* dates open a word */
		pm_date d;
		if (pm_date_scan(s + i, len - i, 0, &d) > 0 && d.precision == PM_DATE_DAY)
			return pm_date_first_day(&d);
	}
	return 0;
}

/* Whether p[0, n) starts with prefix, any case. Most lines differ from
 * a prefix at its first letter, which is checked without a call. */
static int S_starts(const char *p, uint32_t n, const char *prefix)
{
	unsigned char a = (unsigned char)p[0], b = (unsigned char)prefix[0];
	if (n && isalpha(b) && (a | 0x20) != (b | 0x20))
		return 0;
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

/* ---- Wire datelines ------------------------------------------------------------ */

/* A wire dateline as read, in offsets into its paragraph. */
typedef struct S_dl {
	uint32_t place_end;
	uint32_t region, region_end;  /* region_end 0: none */
	uint32_t agency, agency_end;  /* agency_end 0: none */
	int all_caps;                 /* "EL FASHER", not "Gaza City" */
	int dash;                     /* it closes with a dash, not ":" or "." */
	pm_date date;                 /* precision PM_DATE_NONE: none */
} S_dl;

/* Bytes of the letter at p[i]: an ASCII letter, or a two-byte UTF-8 letter
 * of the Latin, Greek or Cyrillic blocks ("SÃO"); 0 for anything else,
 * dashes and curly quotes included. */
static uint32_t S_letter(const char *p, uint32_t n, uint32_t i)
{
	unsigned char c = (unsigned char)p[i];
	if (isalpha(c))
		return 1;
	if (c >= 0xc3 && c <= 0xd3 && i + 1 < n && ((unsigned char)p[i + 1] & 0xc0) == 0x80)
		return 2;
	return 0;
}

static int S_capital_at(const char *p, uint32_t n, uint32_t i)
{
	return i < n && (isupper((unsigned char)p[i]) || S_letter(p, n, i) == 2);
}

/* "-", "--", an en or em dash at p[i]: its length in bytes, else 0. */
static uint32_t S_dash(const char *p, uint32_t n, uint32_t i)
{
	uint32_t k = i;
	while (k < n && p[k] == '-')
		k++;
	if (k > i)
		return k - i;
	if (i + 2 < n && (unsigned char)p[i] == 0xe2 && (unsigned char)p[i + 1] == 0x80 &&
	    ((unsigned char)p[i + 2] == 0x93 || (unsigned char)p[i + 2] == 0x94))
		return 3;
	return 0;
}

/* A date (even an impossible one) or a weekday opens p[i]: "May 12" is
 * the dateline's date and "Monday" its day, never a place or region. */
static int S_opens_date(const char *p, uint32_t n, uint32_t i)
{
	static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
					   "friday", "saturday", "sunday"};
	pm_date d;
	if (pm_date_scan(p + i, n - i, PM_DATE_SCAN_NO_YEAR | PM_DATE_SCAN_DOTTED, &d) != 0)
		return 1;
	uint32_t k = i;
	while (k < n && isalpha((unsigned char)p[k]))
		k++;
	for (int d7 = 0; d7 < 7; d7++)
		if ((k - i == 3 || k - i == strlen(days[d7])) && !strncasecmp(p + i, days[d7], k - i))
			return 1;
	return 0;
}

/* Capitalised words from p[i] ("EL FASHER", "Gaza City", "ST. LOUIS",
 * "D.C."), at most five and 40 bytes; their length, 0 when none. */
static uint32_t S_name_at(const char *p, uint32_t n, uint32_t i, int *all_caps)
{
	uint32_t from = i, words = 0, upper = 0, lower = 0, k;
	while (S_capital_at(p, n, i)) {
		uint32_t w = i;
		for (;;) {
			if (i < n && (k = S_letter(p, n, i))) {
				upper += isupper((unsigned char)p[i]) != 0;
				lower += islower((unsigned char)p[i]) != 0;
				i += k;
			} else if (i + 1 < n && (p[i] == '\'' || p[i] == '-') && S_letter(p, n, i + 1)) {
				i++;
			} else if (i < n && p[i] == '.' && i - w <= 3) {
				i++;                   /* an abbreviation, not a full stop */
			} else {
				break;
			}
		}
		if (++words == 5 || i + 1 >= n || p[i] != ' ' || !S_capital_at(p, n, i + 1) ||
		    S_opens_date(p, n, i + 1))
			break;
		i++;
	}
	if (!words || i - from > 40)
		return 0;
	*all_caps = upper >= 2 && !lower;
	return i - from;
}

/* ", Sudan", ", North Darfur, Sudan", " [India]" after the place: the last
 * one is kept. Returns the offset after them. */
static uint32_t S_regions(const char *p, uint32_t n, uint32_t i, S_dl *dl)
{
	for (int k = 0; k < 3; k++) {
		int caps;
		uint32_t len;
		if (i + 2 < n && p[i] == ',' && p[i + 1] == ' ') {
			if (S_opens_date(p, n, i + 2) || !(len = S_name_at(p, n, i + 2, &caps)))
				break;
			dl->region = i + 2;
			i = dl->region_end = i + 2 + len;
		} else if (i + 2 < n && p[i] == ' ' && p[i + 1] == '[') {
			const char *close = memchr(p + i + 2, ']', n - i - 2);
			if (!close || close - (p + i) > 32)
				break;
			dl->region = i + 2;
			dl->region_end = (uint32_t)(close - p);
			i = dl->region_end + 1;
		} else {
			break;
		}
	}
	return i;
}

/* ", May 12, 2024", ". May 12", ", 12.05.2024", " -- May 12, 2024": the
 * dateline's date. Returns the offset after it; i when there is none. */
static uint32_t S_date_part(const char *p, uint32_t n, uint32_t i, S_dl *dl)
{
	uint32_t j = i, d;
	if (j < n && (p[j] == ',' || p[j] == '.')) {
		j++;
	} else {
		while (j < n && p[j] == ' ')
			j++;
		if (j == i || !(d = S_dash(p, n, j)))
			return i;
		j += d;                                /* "NAIROBI, Kenya -- May 12, 2024 --" */
	}
	while (j < n && p[j] == ' ')
		j++;
	int used = pm_date_scan(p + j, n - j, PM_DATE_SCAN_NO_YEAR | PM_DATE_SCAN_DOTTED, &dl->date);
	if (used > 0) {
		j += (uint32_t)used;
		if (j < n && p[j] == '.')
			j++;                           /* "MOSCOW, May 12. /TASS/." */
		return j;
	}
	memset(&dl->date, 0, sizeof(dl->date));
	/* "BEIRUT, Monday (Reuters) -": a capitalised place and an agency make
	 * it a dateline even when its date is in a form we do not read */
	if (dl->all_caps && p[i] == ',')
		for (j = i + 1; j < n && j < i + 60; j++) {
			if (p[j] == '(')
				return j;
			if (p[j] == '\n' || S_dash(p, n, j))
				break;
		}
	return i;
}

/* "(Reuters)", "(AFP)", "/TASS/": one to four capitalised words. Returns
 * the offset after it; i when there is none. */
static uint32_t S_agency(const char *p, uint32_t n, uint32_t i, S_dl *dl)
{
	uint32_t j = i;
	if (j < n && p[j] == '.')
		j++;                                   /* "LOS ANGELES, Calif. (Reuters)" */
	while (j < n && p[j] == ' ')
		j++;
	if (j + 2 >= n || (p[j] != '(' && p[j] != '/'))
		return i;
	const char *close = memchr(p + j + 1, p[j] == '(' ? ')' : '/', n - j - 1);
	if (!close || close - (p + j) > 30)
		return i;
	S_word w[8];
	int k = S_words(p + j + 1, (uint32_t)(close - (p + j + 1)), w, 8);
	if (k < 1 || k > 4)
		return i;
	for (int x = 0; x < k; x++)
		if (!S_is_capitalised_word(w[x].w, w[x].n))
			return i;
	dl->agency = j + 1;
	dl->agency_end = (uint32_t)(close - p);
	return dl->agency_end + 1;
}

/* The dash, colon or (after "/TASS/") full stop that ends a dateline.
 * Returns the offset of the text after it and its blanks, 0 when none. */
static uint32_t S_closing(const char *p, uint32_t n, uint32_t i, S_dl *dl)
{
	uint32_t j = i, d;
	while (j < n && p[j] == ' ')
		j++;
	if ((d = S_dash(p, n, j))) {
		j += d;
		dl->dash = 1;
	} else if (j < n && p[j] == ':') {
		j++;
	} else if (j == i && j < n && p[j] == '.' && dl->agency_end && p[j - 1] == '/') {
		j++;
	} else {
		return 0;
	}
	while (j < n && p[j] == ' ')
		j++;
	return j;
}

/* "WASHINGTON/BEIRUT": a story filed from two bureaus names both places,
 * in capitals, joined by a slash; the place read is all of them, as
 * written (a reader of places splits it). Returns the offset after the
 * last; i when no second place follows. */
static uint32_t S_more_places(const char *p, uint32_t n, uint32_t i, int all_caps)
{
	for (int k = 0; k < 2 && all_caps && i + 1 < n && p[i] == '/'; k++) {
		int caps = 0;
		uint32_t len = S_name_at(p, n, i + 1, &caps);
		if (!len || !caps)
			break;
		i += 1 + len;
	}
	return i;
}

/* Reads the wire dateline opening p[0, n) into dl: place, regions, date,
 * agency, closing mark. A mixed-case place ("Kabul") needs a date, so
 * that "The UN (OCHA) - a body" is not taken for one; without an agency
 * the date and a dash must be there. Returns the bytes it takes, 0 when
 * p opens with no dateline. */
static uint32_t S_dateline(const char *p, uint32_t n, S_dl *dl)
{
	memset(dl, 0, sizeof(*dl));
	uint32_t i = S_name_at(p, n, 0, &dl->all_caps);
	if (!i || S_opens_date(p, n, 0))
		return 0;
	i = S_more_places(p, n, i, dl->all_caps);
	dl->place_end = i;
	i = S_regions(p, n, i, dl);
	i = S_date_part(p, n, i, dl);
	i = S_agency(p, n, i, dl);
	uint32_t end = S_closing(p, n, i, dl);
	int dated = dl->date.precision != PM_DATE_NONE;
	if (!end)
		return 0;
	if (dl->agency_end ? !(dl->all_caps || dated)
			   : !(dated && dl->dash && (dl->all_caps || dl->date.year)))
		return 0;
	return end;
}

static const char *S_span(pm_arena *a, const char *p, uint32_t from, uint32_t to)
{
	return to > from ? pm_arena_strndup(a, p + from, to - from) : NULL;
}

/* A wire dateline opening the body ("BEIRUT, March 25 (Reuters) - ") goes
 * into out->dateline; a date without a year takes the year nearest the
 * article's date line, the agency joins the credits when there are none.
 * Returns the bytes to skip, 0 when there is no dateline. */
static uint32_t S_wire_prefix(const char *p, uint32_t n, pm_arena *a, pm_article *out)
{
	S_dl dl;
	uint32_t skip = S_dateline(p, n, &dl);
	if (!skip)
		return 0;
	pm_dateline *d = &out->dateline;
	d->place = S_span(a, p, 0, dl.place_end);
	d->region = S_span(a, p, dl.region, dl.region_end);
	d->agency = S_span(a, p, dl.agency, dl.agency_end);
	d->date = dl.date;
	if (d->date.precision == PM_DATE_DAY && !d->date.year && out->date)
		d->date.year = pm_date_nearest_year(d->date.month, d->date.day, out->date);
	if (!out->date && d->date.precision == PM_DATE_DAY && d->date.year)
		out->date = pm_date_first_day(&d->date);
	if (d->agency && !out->n_credits) {
		out->credits = pm_arena_alloc(a, sizeof(*out->credits));
		out->credits[0] = d->agency;
		out->n_credits = 1;
	}
	return skip;
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

int pm_article_read_body(const char *text, uint32_t len, pm_arena *a, pm_article *out)
{
	pm_article_paragraphs(text, len, a, out);
	if (out->n_paras) {
		pm_paragraph *pp = &out->paras[0];
		pp->start += S_wire_prefix(text + pp->start, pp->end - pp->start, a, out);
		/* "Army seizes power, detains president": a record whose whole
		 * text is one short line that ends no sentence is a headline
		 * given alone, and is read as one (present tense, clauses
		 * joined by a comma) */
		const char *p = text + pp->start;
		uint32_t n = pp->end - pp->start;
		if (out->n_paras == 1 && n && n <= 250 && !memchr(p, '\n', n) && !S_ends_sentence(p, n))
			pp->kind = PM_PARA_TITLE;
	}
	return 0;
}
