/* json_out.h - writing JSON text into a buffer, for the event lines.
 *
 * Reading JSON and building rare structures is jansson's job; this is for
 * the fixed shapes Palmyra writes once per event, where building a jansson
 * tree, dumping it and parsing the enrichment fragments back cost more than
 * all the tagging (41% of a raw-text run's instructions). Strings are
 * escaped as RFC 8259 asks, and bytes that are not UTF-8 become U+FFFD so
 * a line is always valid JSON. */
#ifndef PM_JSON_OUT_H
#define PM_JSON_OUT_H

#include <stddef.h>
#include <string.h>

/* A buffer over caller storage. With grow set it moves to the heap when
 * full (pm_jbuf_free releases it); without, a write that does not fit sets
 * failed and writes nothing more. p is always NUL-terminated. */
typedef struct pm_jbuf {
	char *p;
	size_t n, cap;
	int grow, failed;
	char *heap;
} pm_jbuf;

void pm_jbuf_init(pm_jbuf *b, char *storage, size_t cap, int grow);
void pm_jbuf_free(pm_jbuf *b);

/* Room for len more bytes and the terminator (growing when allowed);
 * 0, with failed set, when there is none. */
int pm_jbuf_reserve(pm_jbuf *b, size_t len);

/* Appends len bytes as they are (JSON text already). Inline: an event line
 * is some forty short pieces. */
static inline void pm_jbuf_raw(pm_jbuf *b, const char *s, size_t len)
{
	if (b->n + len >= b->cap && !pm_jbuf_reserve(b, len))
		return;
	if (b->failed)
		return;
	memcpy(b->p + b->n, s, len);
	b->n += len;
	b->p[b->n] = '\0';
}

static inline void pm_jbuf_lit(pm_jbuf *b, const char *s)
{
	pm_jbuf_raw(b, s, strlen(s));
}

/* Appends s as a JSON string ("null" for NULL). */
void pm_jbuf_str(pm_jbuf *b, const char *s);
/* "key": [the n strings as JSON strings] */
void pm_jbuf_str_list(pm_jbuf *b, const char *key, const char *const *items, int n);
/* Appends an object member's name, "key": (our own ASCII names, written as
 * they are), after a comma unless the object has just opened. */
static inline void pm_jbuf_key_n(pm_jbuf *b, const char *key, size_t len)
{
	if ((b->n + len + 4 >= b->cap && !pm_jbuf_reserve(b, len + 4)) || b->failed)
		return;
	char *q = b->p + b->n;
	if (!b->n || q[-1] != '{')
		*q++ = ',';
	*q++ = '"';
	memcpy(q, key, len);
	q += len;
	*q++ = '"';
	*q++ = ':';
	*q = '\0';
	b->n = (size_t)(q - b->p);
}
static inline void pm_jbuf_key(pm_jbuf *b, const char *key)
{
	pm_jbuf_key_n(b, key, strlen(key));
}
/* A literal member name: its length is known when compiling. */
#define PM_JBUF_KEY(b, lit) pm_jbuf_key_n((b), "" lit, sizeof(lit) - 1)
void pm_jbuf_int(pm_jbuf *b, long long v);
/* x with one decimal ("-2.5", "0.0"), as "%.1f" prints a value that has at
 * most one decimal (Goldstein scores), without printf's cost per line. */
void pm_jbuf_tenths(pm_jbuf *b, double x);
/* x as printf's "%.5f" writes it (coordinates), into out; returns the
 * length. Floats are formatted exactly in integers, without printf's cost. */
int pm_fmt_fixed5(double x, char out[64]);
void pm_jbuf_fixed5(pm_jbuf *b, double x);

#endif
