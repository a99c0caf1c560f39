/* tokenize.c - PTB tokens and sentence boundaries in one pass over bytes. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "text/tokenize.h"
#include "util/error.h"

/* Words that take a period and are not sentence ends by themselves. */
static const char *const S_abbrevs[] = {
	"Adm", "Apr", "Aug", "Ave", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec",
	"Dr", "Feb", "Fig", "Fr", "Ft", "Gen", "Gov", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt",
	"Ltd", "Maj", "Mar", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Pres",
	"Prof", "Pvt", "Rep", "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "approx",
	"etc", "vs", NULL};

/* Capitalised words that commonly open a sentence; after an abbreviation
 * ("... in the U.S. The ...") they mark a boundary. */
static const char *const S_openers[] = {
	"A", "After", "An", "And", "As", "At", "But", "During", "For", "He", "Her", "His", "However",
	"I", "If", "In", "It", "Its", "Meanwhile", "On", "Our", "She", "Since", "So", "That",
	"The", "Their", "There", "These", "They", "This", "Those", "We", "When", "While", NULL};

static int S_in_list(const char *const *list, const char *s, size_t n)
{
	for (int i = 0; list[i]; i++)   /* the first byte first: no call for most */
		if (n && list[i][0] == s[0] && strlen(list[i]) == n && !strncmp(list[i], s, n))
			return 1;
	return 0;
}

/* The code point at p (p < end), its byte length in *len. */
static inline int32_t S_cp(const char *p, const char *end, int *len)
{
	if ((unsigned char)*p < 0x80) {   /* most of news text */
		*len = 1;
		return (unsigned char)*p;
	}
	utf8proc_int32_t cp;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p, end - p, &cp);
	if (k <= 0) {
		*len = 1;
		return (unsigned char)*p;
	}
	*len = (int)k;
	return cp;
}

static inline int S_is_space(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
	       cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 ||
	       cp == 0xFEFF;
}

static int S_is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}

/* Letters and digits of any script (Arabic names in Latin script carry
 * marks such as ʿ U+02BF, which belong to the word). */
static inline int S_is_word_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
	utf8proc_category_t c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND) || c == UTF8PROC_CATEGORY_NL ||
	       c == UTF8PROC_CATEGORY_NO || cp == 0x02BF || cp == 0x02BE;
}

static int S_word_at(const char *p, const char *end)
{
	int len;
	return p < end && S_is_word_cp(S_cp(p, end, &len));
}

typedef struct {
	const char *text;
	pm_arena *a;
	pm_token *toks;
	int n, cap;
} S_out;

static char *S_upper(pm_arena *a, const char *s, size_t n)
{
	char *u = pm_arena_alloc_uninit(a, n * 2 + 1), *q = u;
	const char *p = s, *end = s + n;
	while (p < end) {
		unsigned char ch = (unsigned char)*p;
		if (ch < 0x80) {
			*q++ = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
			p++;
			continue;
		}
		int len;
		int32_t cp = utf8proc_toupper(S_cp(p, end, &len));
		utf8proc_uint8_t buf[4];
		utf8proc_ssize_t k = utf8proc_encode_char(cp, buf);
		if (k <= 0 || q + k > u + n * 2) {
			memcpy(q, p, (size_t)len);
			q += len;
		} else {
			memcpy(q, buf, (size_t)k);
			q += k;
		}
		p += len;
	}
	*q = '\0';
	return u;
}

/* Appends a token for text[from, to) written as `norm` (NULL = as is). */
static int S_push(S_out *o, const char *from, const char *to, const char *norm)
{
	if (o->n == o->cap) {
		int cap = o->cap ? o->cap * 2 : 64;
		pm_token *t = pm_arena_alloc_uninit(o->a, (size_t)cap * sizeof(*t));
		if (!t)
			return PM_ENOMEM;
		if (o->n)
			memcpy(t, o->toks, (size_t)o->n * sizeof(*t));
		o->toks = t;
		o->cap = cap;
	}
	pm_token *t = &o->toks[o->n++];
	memset(t, 0, sizeof(*t));
	t->start = (uint32_t)(from - o->text);
	t->len = (uint32_t)(to - from);
	t->text = norm ? norm : pm_arena_strndup(o->a, from, (size_t)(to - from));
	t->upper = S_upper(o->a, t->text, norm ? strlen(norm) : t->len);
	t->lemma = t->upper;
	return 0;
}

/* A run of word characters with inner connectors: hyphens and periods
 * between word characters (Kurdish-led, U.S, 2.5), commas inside numbers
 * (3,650), apostrophes inside names (Ma'arrat) but not contractions; a
 * hyphen that ends a prefix before a space stays on it (anti- Gondor). */
static const char *S_scan_word(const char *p, const char *end)
{
	int len;
	while (p < end) {
		int32_t cp = S_cp(p, end, &len);
		if (S_is_word_cp(cp)) {
			p += len;
			continue;
		}
		const char *next = p + len;
		if ((cp == '-' || cp == '.' || cp == '&' || cp == '/') && S_word_at(next, end)) {
			/* "5/10" keeps; "Reuters/AP" splits at the slash */
			if (cp == '/' && !isdigit((unsigned char)p[-1]))
				break;
			p = next;
			continue;
		}
		if (cp == '-' && isalpha((unsigned char)p[-1]) && end - next >= 2 && *next == ' ' &&
		    S_word_at(next + 1, end)) {
			/* a prefix left open: "anti- Gondor", "pro- and anti-war" */
			p = next;
			break;
		}
		if (cp == ',' && isdigit((unsigned char)p[-1]) && end - next >= 3 &&
		    isdigit((unsigned char)next[0]) && isdigit((unsigned char)next[1]) &&
		    isdigit((unsigned char)next[2]) && (end - next == 3 || !isdigit((unsigned char)next[3]))) {
			p = next;
			continue;
		}
		if (S_is_apostrophe(cp) && S_word_at(next, end)) {
			/* contractions split off: 's 're 've 'll 'd 'm n't */
			const char *q = next;
			while (q < end && isalpha((unsigned char)*q))
				q++;
			size_t k = (size_t)(q - next);
			int contraction = (k == 1 && strchr("sSdDmMtT", *next)) ||
					  (k == 2 && (!strncasecmp(next, "re", 2) || !strncasecmp(next, "ve", 2) ||
						      !strncasecmp(next, "ll", 2)));
			if (contraction)
				break;
			p = next;
			continue;
		}
		break;
	}
	return p;
}

/* Whether the word text[from, to) followed by '.' keeps the period. */
static int S_takes_period(const char *from, const char *to)
{
	size_t n = (size_t)(to - from);
	if (memchr(from, '.', n) && !isdigit((unsigned char)to[-1]))
		return 1;                              /* U.S. a.m. e.g. */
	if (n == 1 && isupper((unsigned char)*from))
		return 1;                              /* initials: George W. Bush */
	return S_in_list(S_abbrevs, from, n);
}

static int S_word(S_out *o, const char *p, const char *end, const char **next)
{
	const char *q = S_scan_word(p, end);
	/* n't: "didn't" -> "did" "n't"; "can't" -> "ca" "n't" */
	if (q < end && q - p >= 2 && (q[-1] == 'n' || q[-1] == 'N')) {
		int len;
		if (S_is_apostrophe(S_cp(q, end, &len)) && q + len < end &&
		    (q[len] == 't' || q[len] == 'T') && !S_word_at(q + len + 1, end)) {
			int rc = S_push(o, p, q - 1, NULL);
			if (!rc)
				rc = S_push(o, q - 1, q + len + 1, q[-1] == 'N' ? "N'T" : "n't");
			*next = q + len + 1;
			return rc;
		}
	}
	if (q < end && *q == '.' && S_takes_period(p, q))
		q++;
	*next = q;
	return S_push(o, p, q, NULL);
}

/* A quote or apostrophe: possessive/contraction after a word, else an
 * opening or closing quote by what stands before it. */
static int S_quote(S_out *o, int32_t cp, const char *p, int len, const char *end,
		   const char **next)
{
	const char *after = p + len;
	int glued = p > o->text && !S_is_space((unsigned char)p[-1]) && p[-1] != '(' && p[-1] != '[';
	if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) {
		int opening = cp == 0x201C || cp == 0x00AB || (cp == '"' && !glued);
		*next = after;
		return S_push(o, p, after, opening ? "``" : "''");
	}
	if (glued && S_word_at(after, end)) {
		const char *q = after;
		while (q < end && isalpha((unsigned char)*q))
			q++;
		size_t k = (size_t)(q - after);
		char buf[4] = "'";
		if (k <= 2) {
			memcpy(buf + 1, after, k);
			buf[k + 1] = '\0';
			*next = q;
			return S_push(o, p, q, pm_arena_strdup(o->a, buf));
		}
	}
	*next = after;
	if (glued)
		return S_push(o, p, after, "'");       /* forces' (possessive) or closing */
	return S_push(o, p, after, "`");
}

static int S_punct(S_out *o, int32_t cp, const char *p, int len, const char *end,
		   const char **next)
{
	const char *after = p + len;
	if (cp == '.' && end - p >= 3 && p[1] == '.' && p[2] == '.') {
		*next = p + 3;
		return S_push(o, p, p + 3, "...");
	}
	if (cp == 0x2026) {
		*next = after;
		return S_push(o, p, after, "...");
	}
	if (cp == 0x2013 || cp == 0x2014 || cp == 0x2012 || cp == 0x2015 ||
	    (cp == '-' && after < end && *after == '-')) {
		while (after < end && *after == '-')
			after++;
		*next = after;
		return S_push(o, p, after, "--");
	}
	*next = after;
	return S_push(o, p, after, NULL);
}

int pm_tokenize(const char *text, uint32_t start, uint32_t end_off, pm_arena *a, pm_token **out)
{
	S_out o = {text, a, NULL, 0, 0};
	const char *p = text + start, *end = text + end_off;
	while (p < end) {
		int len, rc;
		int32_t cp = S_cp(p, end, &len);
		const char *next;
		/* PETRARCH's texts join a name's words with '_' (Dol_Amroth), as
		 * its dictionaries do; the words are separate tokens there */
		if (S_is_space(cp) || (cp == '_' && p > text + start &&
				       (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80) &&
				       S_word_at(p + 1, end))) {
			p += len;
			continue;
		}
		if (S_is_word_cp(cp))
			rc = S_word(&o, p, end, &next);
		else if (cp == '"' || S_is_apostrophe(cp) || cp == 0x201C || cp == 0x201D ||
			 cp == 0x00AB || cp == 0x00BB)
			rc = S_quote(&o, cp, p, len, end, &next);
		else
			rc = S_punct(&o, cp, p, len, end, &next);
		if (rc < 0)
			return pm_error_set(PM_ENOMEM, "out of memory");
		p = next;
	}
	*out = o.toks;
	return o.n;
}

static int S_is(const pm_token *t, const char *s)
{
	return t->text[0] == s[0] && !strcmp(t->text, s);
}

static int S_can_open(const pm_token *t)
{
	unsigned char c = (unsigned char)t->text[0];
	return isupper(c) || isdigit(c) || c >= 0x80 || S_is(t, "``") || S_is(t, "`") ||
	       S_is(t, "(") || S_is(t, "[") || S_is(t, "--");
}

int pm_sentence_length(const pm_token *toks, int n)
{
	for (int i = 0; i < n - 1; i++) {
		const pm_token *t = &toks[i];
		size_t k = strlen(t->text);
		/* an end mark or an abbreviation ends in one of these */
		if (!k || !strchr(".!?", t->text[k - 1]))
			continue;
		int final = S_is(t, ".") || S_is(t, "!") || S_is(t, "?") || S_is(t, "...");
		int abbrev = !final && k > 1 && t->text[k - 1] == '.';
		if (!final && !abbrev)
			continue;
		int j = i + 1;
		while (j < n && (S_is(&toks[j], "''") || S_is(&toks[j], "'") || S_is(&toks[j], ")") ||
				 S_is(&toks[j], "]")))
			j++;
		if (j >= n)
			return n;
		if (!S_can_open(&toks[j]))
			continue;
		if (abbrev) {
			/* "Gen. Mattis", "Jan. 5": a title or month never ends one */
			if (S_in_list(S_abbrevs, t->text, k - 1))
				continue;
			if (!S_in_list(S_openers, toks[j].text, strlen(toks[j].text)))
				continue;
		}
		return j;
	}
	return n;
}

int pm_text_add_sentences(pm_doc *doc, const char *text, uint32_t start, uint32_t end, int para,
			  pm_arena *a)
{
	pm_token *toks;
	int n = pm_tokenize(text, start, end, a, &toks);
	if (n < 0)
		return n;
	int added = 0;
	while (n > 0) {
		int k = pm_sentence_length(toks, n);
		pm_sentence *s = pm_doc_add_sentence(doc, a);
		if (!s)
			return pm_error_set(PM_ENOMEM, "out of memory");
		s->paragraph = para;
		s->tokens = toks;
		s->n_tokens = k;
		s->start = toks[0].start;
		s->len = toks[k - 1].start + toks[k - 1].len - s->start;
		char *st = pm_arena_strndup(a, text + s->start, s->len);
		for (char *c = st; *c; c++)
			if (*c == '\n' || *c == '\r' || *c == '\t')
				*c = ' ';              /* wrapped lines read as one */
		s->text = st;
		toks += k;
		n -= k;
		added++;
	}
	return added;
}
