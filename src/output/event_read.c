/* event_read.c - events read back from the JSON lines output.c writes.
 *
 * `palmyra ingest --coded` stores events coded earlier, at hundreds of
 * thousands of lines a second: a jansson tree per line (an object per
 * field, a malloc per string) would cost more than the store's writing. The
 * lines have one known shape, so this reader copies a line into the
 * buffer's arena once, walks it, and turns each string into a C string in
 * place (an escape only ever shortens it; the closing quote becomes the
 * NUL). Keys it does not know are skipped, so lines of another version
 * still read; a document's keys it does not know are kept as the
 * document's extra fields, as --keep-fields wrote them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"
#include "types/event_buf.h"
#include "util/error.h"

typedef struct {
	char *p;              /* the next byte; the copy ends with a NUL */
	const char *err;      /* what is wrong, once something is */
	pm_arena *arena;
} S_in;

#define S_FAIL(in, msg) ((in)->err ? 0 : ((in)->err = (msg), 0))

static void S_ws(S_in *in)
{
	while (*in->p == ' ' || *in->p == '\t' || *in->p == '\n' || *in->p == '\r')
		in->p++;
}

static int S_take(S_in *in, char c)
{
	S_ws(in);
	if (*in->p != c)
		return 0;
	in->p++;
	return 1;
}

/* A literal ("null", "true", "false") at p. The text ends with a NUL, so
 * comparing byte by byte never reads past it. */
static int S_literal(S_in *in, const char *word, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (in->p[i] != word[i])
			return 0;
	in->p += n;
	return 1;
}

/* Bytes a string's scan stops at: S_STOP_RAW for a key (the quote, the
 * backslash, the closing NUL), S_STOP_ALL for a value (and every control
 * character). One table look per byte: the scans were a fifth of reading a
 * line, as strchr calls and three comparisons a byte. */
enum { S_STOP_RAW = 1, S_STOP_ALL = 2 };
#define S_CTL16 S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, \
	S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, \
	S_STOP_ALL, S_STOP_ALL, S_STOP_ALL
static const unsigned char S_stop[256] = {
	S_STOP_RAW | S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL,
	S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_STOP_ALL,
	S_STOP_ALL, S_STOP_ALL, S_STOP_ALL, S_CTL16,
	['"'] = S_STOP_RAW | S_STOP_ALL,
	['\\'] = S_STOP_RAW | S_STOP_ALL,
};

/* The raw bytes of a string at p, quotes excluded, without unescaping:
 * for keys, which are compared as written. */
static int S_raw_string(S_in *in, const char **s, size_t *n)
{
	S_ws(in);
	if (*in->p != '"')
		return S_FAIL(in, "a key or string is expected");
	const char *start = ++in->p, *q = start;
	for (;;) {
		while (!(S_stop[(unsigned char)*q] & S_STOP_RAW))
			q++;
		if (*q == '"')
			break;
		/* a backslash escapes the byte after it; the text ends with a NUL */
		if (!*q || !q[1])
			return S_FAIL(in, "a string is not closed");
		q += 2;
	}
	in->p = (char *)q + 1;
	*s = start;
	*n = (size_t)(q - start);
	return 1;
}

static int S_key(S_in *in, const char **k, size_t *n)
{
	if (!S_raw_string(in, k, n))
		return 0;
	return S_take(in, ':') ? 1 : S_FAIL(in, "':' is missing after a key");
}

static int S_hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return 0;
		v = v * 16 + (unsigned)d;
	}
	*out = v;
	return 1;
}

static char *S_utf8(char *w, unsigned cp)
{
	if (cp < 0x80) {
		*w++ = (char)cp;
	} else if (cp < 0x800) {
		*w++ = (char)(0xc0 | cp >> 6);
		*w++ = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		*w++ = (char)(0xe0 | cp >> 12);
		*w++ = (char)(0x80 | (cp >> 6 & 0x3f));
		*w++ = (char)(0x80 | (cp & 0x3f));
	} else {
		*w++ = (char)(0xf0 | cp >> 18);
		*w++ = (char)(0x80 | (cp >> 12 & 0x3f));
		*w++ = (char)(0x80 | (cp >> 6 & 0x3f));
		*w++ = (char)(0x80 | (cp & 0x3f));
	}
	return w;
}

/* \uXXXX at r (after the backslash and 'u'), a surrogate pair joined. */
static int S_unicode(S_in *in, char **r, char **w)
{
	unsigned cp, lo;
	if (!S_hex4(*r, &cp))
		return S_FAIL(in, "a \\u escape needs four hex digits");
	*r += 4;
	if (cp >= 0xd800 && cp < 0xdc00) {
		if ((*r)[0] != '\\' || (*r)[1] != 'u' || !S_hex4(*r + 2, &lo) || lo < 0xdc00 ||
		    lo >= 0xe000)
			return S_FAIL(in, "a lone UTF-16 surrogate");
		cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		*r += 6;
	} else if (cp >= 0xdc00 && cp < 0xe000) {
		return S_FAIL(in, "a lone UTF-16 surrogate");
	}
	if (cp == 0)
		return S_FAIL(in, "a string holds a NUL");
	*w = S_utf8(*w, cp);
	return 1;
}

/* A string value made a C string in place, or NULL for null (ok set). */
static char *S_string(S_in *in, int *ok)
{
	S_ws(in);
	*ok = 1;
	if (*in->p == 'n' && S_literal(in, "null", 4))
		return NULL;
	if (*in->p != '"') {
		*ok = S_FAIL(in, "a string or null is expected");
		return NULL;
	}
	char *start = in->p + 1, *r = start, *w;
	while (!S_stop[(unsigned char)*r])
		r++;
	w = r;
	for (;;) {
		unsigned char c = (unsigned char)*r;
		if (c == '"')
			break;
		if (c < 0x20) {
			*ok = S_FAIL(in, c ? "a control character in a string" : "a string is not closed");
			return NULL;
		}
		if (c != '\\') {
			*w++ = *r++;
			continue;
		}
		r++;
		switch (*r++) {
		case '"': *w++ = '"'; break;
		case '\\': *w++ = '\\'; break;
		case '/': *w++ = '/'; break;
		case 'b': *w++ = '\b'; break;
		case 'f': *w++ = '\f'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		case 'u':
			if (!S_unicode(in, &r, &w)) {
				*ok = 0;
				return NULL;
			}
			break;
		default:
			*ok = S_FAIL(in, "an unknown escape in a string");
			return NULL;
		}
	}
	*w = '\0';
	in->p = r + 1;
	return start;
}

/* A number, or null (*present 0). */
static int S_number(S_in *in, double *out, int *present)
{
	S_ws(in);
	*present = 0;
	if (*in->p == 'n' && S_literal(in, "null", 4))
		return 1;
	if (*in->p != '-' && (*in->p < '0' || *in->p > '9'))
		return S_FAIL(in, "a number or null is expected");
	*present = 1;
	/* the usual case, up to 15 significant digits and a few decimals, is
	 * exact as a whole number divided by a power of ten (both exact
	 * doubles, one rounding: what strtod gives); anything else is left to
	 * strtod, which costs ten times as much */
	static const double tens[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};
	const char *p = in->p;
	int neg = *p == '-';
	p += neg;
	uint64_t v = 0;
	int digits = 0, decimals = 0;
	for (; *p >= '0' && *p <= '9'; p++, digits++)
		v = v * 10 + (uint64_t)(*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, digits++, decimals++)
			v = v * 10 + (uint64_t)(*p - '0');
	if (digits > 0 && digits <= 15 && decimals <= 10 && *p != 'e' && *p != 'E' &&
	    p[-1] != '.') {
		double x = (double)v / tens[decimals];
		*out = neg ? -x : x;
		in->p = (char *)p;
		return 1;
	}
	char *end;
	*out = strtod(in->p, &end);
	in->p = end;
	return 1;
}

static int S_long(S_in *in, long *out, int *present)
{
	double x;
	if (!S_number(in, &x, present))
		return 0;
	if (*present && (x != (double)(long)x))
		return S_FAIL(in, "a whole number is expected");
	*out = *present ? (long)x : 0;
	return 1;
}

static int S_bool(S_in *in, int *out)
{
	S_ws(in);
	if (S_literal(in, "true", 4))
		*out = 1;
	else if (S_literal(in, "false", 5) || S_literal(in, "null", 4))
		*out = 0;
	else
		return S_FAIL(in, "true or false is expected");
	return 1;
}

/* Any value, left as it is (for keys this reader does not know). */
static int S_skip(S_in *in, int depth)
{
	S_ws(in);
	char c = *in->p;
	if (depth > 64)
		return S_FAIL(in, "values nest too deep");
	if (c == '"') {
		const char *s;
		size_t n;
		return S_raw_string(in, &s, &n);
	}
	if (c == '{' || c == '[') {
		char close = c == '{' ? '}' : ']';
		in->p++;
		if (S_take(in, close))
			return 1;
		do {
			if (c == '{') {
				const char *k;
				size_t n;
				if (!S_key(in, &k, &n))
					return 0;
			}
			if (!S_skip(in, depth + 1))
				return 0;
		} while (S_take(in, ','));
		return S_take(in, close) ? 1 : S_FAIL(in, "an object or array is not closed");
	}
	if (S_literal(in, "true", 4) || S_literal(in, "false", 5) || S_literal(in, "null", 4))
		return 1;
	double x;
	int present;
	return S_number(in, &x, &present);
}

/* Calls member(ctx, in, key, n) for each member of an object (or nothing
 * for null); member parses the value. */
typedef int (*S_member_fn)(void *ctx, S_in *in, const char *key, size_t n, const char *at);

static int S_object(S_in *in, S_member_fn member, void *ctx, int *present)
{
	S_ws(in);
	*present = 0;
	if (*in->p == 'n' && S_literal(in, "null", 4))
		return 1;
	if (!S_take(in, '{'))
		return S_FAIL(in, "an object is expected");
	*present = 1;
	if (S_take(in, '}'))
		return 1;
	do {
		S_ws(in);
		const char *at = in->p, *k;
		size_t n;
		if (!S_key(in, &k, &n) || !member(ctx, in, k, n, at))
			return 0;
	} while (S_take(in, ','));
	return S_take(in, '}') ? 1 : S_FAIL(in, "an object is not closed");
}

/* An array of strings, into the arena; NULL and 0 for null or []. */
static int S_strings(S_in *in, const char *const **out, int *n)
{
	const char *items[256];
	int k = 0;
	*out = NULL;
	*n = 0;
	S_ws(in);
	if (*in->p == 'n' && S_literal(in, "null", 4))
		return 1;
	if (!S_take(in, '['))
		return S_FAIL(in, "an array of strings is expected");
	if (!S_take(in, ']')) {
		do {
			int ok;
			char *s = S_string(in, &ok);
			if (!ok)
				return 0;
			if (!s)
				continue;
			if (k == 256)
				return S_FAIL(in, "more than 256 strings in a list");
			items[k++] = s;
		} while (S_take(in, ','));
		if (!S_take(in, ']'))
			return S_FAIL(in, "an array is not closed");
	}
	if (k) {
		const char **copy = pm_arena_alloc(in->arena, (size_t)k * sizeof(*copy));
		memcpy(copy, items, (size_t)k * sizeof(*copy));
		*out = copy;
		*n = k;
	}
	return 1;
}

#define S_IS(k, n, lit) ((n) == sizeof(lit) - 1 && !memcmp((k), (lit), sizeof(lit) - 1))

/* ---- the parts of an event ------------------------------------------------------ */

static int S_actor_member(void *ctx, S_in *in, const char *k, size_t n, const char *at)
{
	pm_actor *a = ctx;
	int ok;
	if (S_IS(k, n, "code"))
		a->code = S_string(in, &ok);
	else if (S_IS(k, n, "label"))
		a->label = S_string(in, &ok);
	else if (S_IS(k, n, "text"))
		a->text = S_string(in, &ok);
	else
		ok = S_skip(in, 1);
	return ok;
}

static int S_location_member(void *ctx, S_in *in, const char *k, size_t n, const char *at)
{
	pm_location *l = ctx;
	int ok, present;
	if (S_IS(k, n, "name"))
		l->name = S_string(in, &ok);
	else if (S_IS(k, n, "geonameid"))
		ok = S_long(in, &l->geonameid, &present);
	else if (S_IS(k, n, "country"))
		l->country = S_string(in, &ok);
	else if (S_IS(k, n, "admin1"))
		l->admin1 = S_string(in, &ok);
	else if (S_IS(k, n, "lat"))
		ok = S_number(in, &l->lat, &present);
	else if (S_IS(k, n, "lon"))
		ok = S_number(in, &l->lon, &present);
	else if (S_IS(k, n, "precision"))
		l->precision = S_string(in, &ok);
	else if (S_IS(k, n, "text"))
		l->text = S_string(in, &ok);
	else if (S_IS(k, n, "fallback"))
		l->fallback = S_string(in, &ok);
	else if (S_IS(k, n, "ambiguous"))
		ok = S_bool(in, &l->ambiguous);
	else
		ok = S_skip(in, 1);
	return ok;
}

static int S_control_member(void *ctx, S_in *in, const char *k, size_t n, const char *at)
{
	pm_control *c = ctx;
	int ok;
	if (S_IS(k, n, "change"))
		c->change = S_string(in, &ok);
	else if (S_IS(k, n, "actor"))
		c->actor = S_string(in, &ok);
	else if (S_IS(k, n, "status"))
		c->status = S_string(in, &ok);
	else
		ok = S_skip(in, 1);
	return ok;
}

/* The count kinds' names, by their first letter: "killed", "wounded",
 * "arrested", "displaced", "strikes", "casualties". */
static int S_count_kind(const char *k, size_t n, size_t *len)
{
	int kind;
	switch (k[0]) {
	case 'k': kind = PM_COUNT_KILLED; *len = 6; break;
	case 'w': kind = PM_COUNT_WOUNDED; *len = 7; break;
	case 'a': kind = PM_COUNT_ARRESTED; *len = 8; break;
	case 'd': kind = PM_COUNT_DISPLACED; *len = 9; break;
	case 's': kind = PM_COUNT_STRIKES; *len = 7; break;
	case 'c': kind = PM_COUNT_CASUALTIES; *len = 10; break;
	default: return -1;
	}
	return n >= *len && !memcmp(k, pm_count_kind_name(kind), *len) ? kind : -1;
}

/* "killed", "killed_qualifier", "killed_max", "killed_approximate", ... */
static int S_counts_member(void *ctx, S_in *in, const char *k, size_t n, const char *at)
{
	pm_event_count *c = ctx;
	size_t len;
	int kind = n ? S_count_kind(k, n, &len) : -1;
	if (kind >= 0) {
		const char *rest = k + len;
		size_t m = n - len;
		int ok = 1, present;
		if (m == 0) {
			ok = S_long(in, &c[kind].value, &present);
			if (!present)
				c[kind].value = -1;
		} else if (S_IS(rest, m, "_qualifier")) {
			c[kind].qualifier = S_string(in, &ok);
		} else if (S_IS(rest, m, "_max")) {
			ok = S_long(in, &c[kind].value_max, &present);
			if (!present)
				c[kind].value_max = -1;
		} else if (S_IS(rest, m, "_approximate")) {
			ok = S_bool(in, &c[kind].approximate);
		} else {
			return S_skip(in, 1);
		}
		return ok;
	}
	return S_skip(in, 1);
}

typedef struct {
	pm_event_doc doc;
	const char *extra[64];     /* members we do not know, as written */
	size_t extra_len[64];
	int n_extra;
} S_doc;

static int S_doc_member(void *ctx, S_in *in, const char *k, size_t n, const char *at)
{
	S_doc *d = ctx;
	int ok;
	if (S_IS(k, n, "id"))
		d->doc.id = S_string(in, &ok);
	else if (S_IS(k, n, "title"))
		d->doc.title = S_string(in, &ok);
	else if (S_IS(k, n, "date"))
		d->doc.date = S_string(in, &ok);
	else if (S_IS(k, n, "outlet"))
		d->doc.outlet = S_string(in, &ok);
	else if (S_IS(k, n, "url"))
		d->doc.url = S_string(in, &ok);
	else if (S_IS(k, n, "credits"))
		ok = S_strings(in, &d->doc.credits, &d->doc.n_credits);
	else {
		/* skipping leaves the member's text untouched: it is kept as written */
		ok = S_skip(in, 1);
		if (ok && d->n_extra < 64) {
			d->extra[d->n_extra] = at;
			d->extra_len[d->n_extra++] = (size_t)(in->p - at);
		}
	}
	return ok;
}

/* The unknown members as one object's text, in the order they came. */
static const char *S_extra_json(S_doc *d, pm_arena *a)
{
	if (!d->n_extra)
		return NULL;
	size_t len = 2;
	for (int i = 0; i < d->n_extra; i++)
		len += d->extra_len[i] + 1;
	char *out = pm_arena_alloc_uninit(a, len + 1), *w = out;
	*w++ = '{';
	for (int i = 0; i < d->n_extra; i++) {
		if (i)
			*w++ = ',';
		memcpy(w, d->extra[i], d->extra_len[i]);
		w += d->extra_len[i];
	}
	*w++ = '}';
	*w = '\0';
	return out;
}

typedef struct {
	pm_event *ev;
	S_doc doc;
	int has_doc, has_event_id;
	char root[3];
	int has_root;
} S_event;

static int S_event_member(void *ctx, S_in *in, const char *k, size_t n, const char *at)
{
	S_event *x = ctx;
	pm_event *ev = x->ev;
	int ok = 1, present;
	long v;
	const char *s;
	switch (k[0]) {
	case 'a':
		if (S_IS(k, n, "attribution"))
			return S_strings(in, &ev->attribution, &ev->n_attribution);
		break;
	case 'c':
		if (S_IS(k, n, "code"))
			ev->code = S_string(in, &ok);
		else if (S_IS(k, n, "code_label"))
			ev->code_label = S_string(in, &ok);
		else if (S_IS(k, n, "counts"))
			return S_object(in, S_counts_member, ev->counts, &present);
		else if (S_IS(k, n, "control"))
			return S_object(in, S_control_member, &ev->control, &present);
		else
			break;
		return ok;
	case 'd':
		if (S_IS(k, n, "date"))
			ev->date = S_string(in, &ok);
		else if (S_IS(k, n, "date_precision"))
			ev->date_precision = S_string(in, &ok);
		else if (S_IS(k, n, "date_text"))
			ev->date_text = S_string(in, &ok);
		else if (S_IS(k, n, "doc"))
			return S_object(in, S_doc_member, &x->doc, &x->has_doc);
		else
			break;
		return ok;
	case 'e':
		if (!S_IS(k, n, "event_id"))
			break;
		s = S_string(in, &ok);
		if (ok && s) {
			size_t len = strlen(s);
			if (len != 16 || strspn(s, "0123456789abcdef") != 16)
				return S_FAIL(in, "event_id is not 16 hex digits");
			memcpy(ev->event_id, s, 17);
			x->has_event_id = 1;
		}
		return ok;
	case 'g':
		if (S_IS(k, n, "goldstein"))
			return S_number(in, &ev->goldstein, &present);
		break;
	case 'h':
		if (S_IS(k, n, "headline"))
			return S_bool(in, &ev->headline);
		break;
	case 'i':
		if (S_IS(k, n, "id")) {
			ev->id = S_string(in, &ok);
			return ok;
		}
		if (S_IS(k, n, "incident")) {
			/* text, or a number kept as its digits */
			S_ws(in);
			if (*in->p == '"' || *in->p == 'n') {
				ev->incident = S_string(in, &ok);
				return ok;
			}
			const char *start = in->p;
			double num;
			if (!S_number(in, &num, &present))
				return 0;
			ev->incident = pm_arena_strndup(in->arena, start, (size_t)(in->p - start));
			return 1;
		}
		break;
	case 'l':
		if (S_IS(k, n, "location"))
			return S_object(in, S_location_member, &ev->location, &ev->location.found);
		break;
	case 'm':
		if (S_IS(k, n, "modality")) {
			ev->modality = S_string(in, &ok);
			return ok;
		}
		break;
	case 'p':
		if (S_IS(k, n, "plover")) {
			ev->plover = S_string(in, &ok);
			return ok;
		}
		break;
	case 'q':
		if (S_IS(k, n, "quad")) {
			ok = S_long(in, &v, &present);
			ev->quad = (int)v;
			return ok;
		}
		break;
	case 'r':
		if (S_IS(k, n, "root")) {
			s = S_string(in, &ok);
			if (ok && s) {
				if (strlen(s) > 2)
					return S_FAIL(in, "root is longer than two characters");
				memcpy(x->root, s, strlen(s) + 1);
				x->has_root = 1;
			}
			return ok;
		}
		break;
	case 's':
		if (S_IS(k, n, "sentence")) {
			ok = S_long(in, &v, &present);
			ev->sentence = (int)v;
			return ok;
		}
		if (S_IS(k, n, "source"))
			return S_object(in, S_actor_member, &ev->source, &present);
		break;
	case 't':
		if (S_IS(k, n, "target"))
			return S_object(in, S_actor_member, &ev->target, &present);
		if (S_IS(k, n, "text")) {
			ev->text = S_string(in, &ok);
			return ok;
		}
		break;
	}
	return S_skip(in, 1);
}

int pm_event_buf_add_json(pm_event_buf *b, const char *line, size_t len)
{
	char *copy = pm_arena_alloc_uninit(&b->arena, len + 1);
	memcpy(copy, line, len);
	copy[len] = '\0';
	S_in in = {copy, NULL, &b->arena};
	pm_event *ev = pm_event_buf_push_blank(b);
	S_event x;
	memset(&x, 0, sizeof(x));
	x.ev = ev;
	int present;
	if (S_object(&in, S_event_member, &x, &present)) {
		S_ws(&in);
		if (!present)
			S_FAIL(&in, "an event object is expected");
		else if (*in.p)
			S_FAIL(&in, "text follows the event object");
		else if (!x.has_event_id)
			S_FAIL(&in, "the event has no event_id");
		else if (!ev->code || (!ev->code[0] && !ev->control.change))
			S_FAIL(&in, "the event has no code");   /* a hold or a denial may have none */
	}
	if (in.err || memchr(line, '\0', len)) {
		pm_event_buf_pop(b);
		return pm_error_set(PM_EINVALID, "not an event line: %s (at byte %ld)",
				    in.err ? in.err : "a NUL byte", (long)(in.p - copy));
	}
	if (x.has_root)
		memcpy(ev->root, x.root, sizeof(ev->root));
	else
		memcpy(ev->root, ev->code, 2), ev->root[2] = '\0';
	if (!x.doc.doc.id)
		x.doc.doc.id = ev->id ? ev->id : "";
	x.doc.doc.extra_json = S_extra_json(&x.doc, &b->arena);
	ev->doc = pm_event_buf_doc(b, &x.doc.doc);
	ev->id = ev->doc->id;
	ev->negated = ev->modality && !strcmp(ev->modality, "negated");
	return 0;
}
