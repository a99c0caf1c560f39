/* json_out.c - see json_out.h. */
#include "util/json_out.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void pm_jbuf_init(pm_jbuf *b, char *storage, size_t cap, int grow)
{
	b->p = storage;
	b->cap = cap;
	b->n = 0;
	b->grow = grow;
	b->failed = cap == 0;
	b->heap = NULL;
	if (cap)
		storage[0] = '\0';
}

void pm_jbuf_free(pm_jbuf *b)
{
	free(b->heap);
	b->heap = NULL;
}

int pm_jbuf_reserve(pm_jbuf *b, size_t len)
{
	if (b->failed)
		return 0;
	if (b->n + len < b->cap)
		return 1;
	if (!b->grow) {
		b->failed = 1;
		return 0;
	}
	size_t cap = b->cap * 2 > b->n + len + 1 ? b->cap * 2 : b->n + len + 1;
	char *p = b->heap ? realloc(b->heap, cap) : malloc(cap);
	if (!p) {
		b->failed = 1;
		return 0;
	}
	if (!b->heap)
		memcpy(p, b->p, b->n + 1);
	b->p = b->heap = p;
	b->cap = cap;
	return 1;
}

/* Bytes that go out as they are: printable ASCII but the quote and the
 * backslash. */
#define S_PLAIN16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const unsigned char S_plain[256] = {
	S_PLAIN16(0), S_PLAIN16(0),
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,    /* '"' */
	S_PLAIN16(1), S_PLAIN16(1),
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,    /* '\\' */
	S_PLAIN16(1), S_PLAIN16(1),
	/* 0x80-0xff: UTF-8, checked */
};

static size_t S_plain_run(const unsigned char *s)
{
	size_t k = 0;
	while (S_plain[s[k]])
		k++;
	return k;
}

/* Whether a word of 8 bytes holds one that is not plain: below 0x20, '"',
 * '\\' or 0x80 and over (each test is exact for whether some byte
 * matches, which is all this needs). */
static int S_word_special(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
	return (((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) |
		((backslash - ones) & ~backslash) | x) & highs ? 1 : 0;
}

/* How many of the len bytes of s go out as they are, from the start:
 * eight at a time, the bytes of the word that holds the first other one
 * one at a time. */
static size_t S_plain_prefix(const unsigned char *s, size_t len)
{
	size_t k = 0;
	for (; k + 8 <= len; k += 8) {
		uint64_t x;
		memcpy(&x, s + k, 8);
		if (S_word_special(x))
			break;
	}
	while (k < len && S_plain[s[k]])
		k++;
	return k;
}

static void S_escape(pm_jbuf *b, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
	switch (c) {
	case '"': pm_jbuf_raw(b, "\\\"", 2); return;
	case '\\': pm_jbuf_raw(b, "\\\\", 2); return;
	case '\n': pm_jbuf_raw(b, "\\n", 2); return;
	case '\r': pm_jbuf_raw(b, "\\r", 2); return;
	case '\t': pm_jbuf_raw(b, "\\t", 2); return;
	default: pm_jbuf_raw(b, esc, 6);
	}
}

/* The rest of a string from its first byte that is not plain. */
static void S_str_rest(pm_jbuf *b, const unsigned char *s)
{
	while (*s) {
		size_t k = S_plain_run(s);
		if (k) {
			pm_jbuf_raw(b, (const char *)s, k);
			s += k;
			continue;
		}
		if (*s < 0x80) {
			S_escape(b, *s++);
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t clen = utf8proc_iterate(s, -1, &cp);
		if (clen > 0) {
			pm_jbuf_raw(b, (const char *)s, (size_t)clen);
			s += clen;
		} else {
			pm_jbuf_raw(b, "\xef\xbf\xbd", 3);  /* U+FFFD for a stray byte */
			s++;
		}
	}
}

/* Most strings of an event line need no escaping (37% of a query's
 * instructions went to writing lines): their plain start is found a word
 * at a time and copied with its quotes in one step. */
void pm_jbuf_str(pm_jbuf *b, const char *str)
{
	if (!str) {
		pm_jbuf_raw(b, "null", 4);
		return;
	}
	const unsigned char *s = (const unsigned char *)str;
	size_t len = strlen(str), k = S_plain_prefix(s, len);
	if ((b->n + k + 2 >= b->cap && !pm_jbuf_reserve(b, k + 2)) || b->failed)
		return;
	char *q = b->p + b->n;
	*q++ = '"';
	memcpy(q, s, k);
	q += k;
	if (k == len)
		*q++ = '"';
	*q = '\0';
	b->n = (size_t)(q - b->p);
	if (k < len) {
		S_str_rest(b, s + k);
		pm_jbuf_raw(b, "\"", 1);
	}
}

void pm_jbuf_int(pm_jbuf *b, long long v)
{
	char d[24];
	int n = 0;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	do
		d[n++] = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		d[n++] = '-';
	char out[24];
	for (int i = 0; i < n; i++)
		out[i] = d[n - 1 - i];
	pm_jbuf_raw(b, out, (size_t)n);
}

void pm_jbuf_tenths(pm_jbuf *b, double x)
{
	long long t = llround(x * 10.0);
	if (t < 0)
		pm_jbuf_raw(b, "-", 1);
	else if (signbit(x))
		pm_jbuf_raw(b, "-", 1);   /* "%.1f" keeps the sign of -0.0 and -0.04 */
	unsigned long long u = t < 0 ? 0ull - (unsigned long long)t : (unsigned long long)t;
	char frac[2] = {(char)('0' + u % 10), 0};
	pm_jbuf_int(b, (long long)(u / 10));
	pm_jbuf_raw(b, ".", 1);
	pm_jbuf_raw(b, frac, 1);
}

/* x as "%.5f" in out, exactly as printf rounds it (the decimal value of
 * the double, ties to even), or -1 when x is not below 1e7 in size (or not
 * a number). A double is mant / 2^shift with a 53-bit mant, so x * 10^5 is
 * mant * 10^5 / 2^shift, whose numerator fits in 128 bits: whole-number
 * arithmetic gives printf's digits without printf, which costs 2,700
 * instructions a coordinate (a store's coordinates, read back from text,
 * are doubles; the gazetteer's are floats). */
#ifdef __SIZEOF_INT128__
typedef unsigned __int128 S_wide;
enum { S_MANT_BITS = 53 };
#else
typedef uint64_t S_wide;   /* floats only: 24 bits times 10^5 fit in 64 */
enum { S_MANT_BITS = 24 };
#endif

static int S_fixed5(double x, char *out)
{
	if (!(fabs(x) < 1e7))
		return -1;
	if (S_MANT_BITS == 24 && (double)(float)x != x)
		return -1;
	int e;
	double f = frexp(fabs(x), &e);                  /* |x| = f * 2^e, f in [0.5, 1) */
	S_wide mant = (S_wide)ldexp(f, S_MANT_BITS);    /* exact */
	int shift = S_MANT_BITS - e;                    /* |x| = mant / 2^shift; > 0 below 1e7 */
	S_wide num = mant * 100000u, q;                 /* < 2^70 */
	if (x == 0 || shift >= (int)sizeof(S_wide) * 8 - 1) {
		q = 0;                                  /* 0, or below half a unit */
	} else if (shift <= 0) {
		q = num << -shift;                      /* floats of 2^23 and over */
	} else {
		S_wide rem = num & (((S_wide)1 << shift) - 1), half = (S_wide)1 << (shift - 1);
		q = num >> shift;
		if (rem > half || (rem == half && (q & 1)))
			q++;
	}
	char digits[24];
	int nd = 0, len = 0;
	uint64_t ip = (uint64_t)(q / 100000u), fp = (uint64_t)(q % 100000u);
	do {
		digits[nd++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip);
	if (signbit(x))
		out[len++] = '-';
	while (nd)
		out[len++] = digits[--nd];
	out[len++] = '.';
	for (int k = 4; k >= 0; k--, fp /= 10)
		out[len + k] = (char)('0' + fp % 10);
	len += 5;
	out[len] = '\0';
	return len;
}

int pm_fmt_fixed5(double x, char out[64])
{
	int k = S_fixed5(x, out);
	return k >= 0 ? k : snprintf(out, 64, "%.5f", x);
}

void pm_jbuf_fixed5(pm_jbuf *b, double x)
{
	char num[64];
	int k = pm_fmt_fixed5(x, num);
	pm_jbuf_raw(b, num, (size_t)k);
}

void pm_jbuf_str_list(pm_jbuf *b, const char *key, const char *const *items, int n)
{
	pm_jbuf_key(b, key);
	pm_jbuf_lit(b, "[");
	for (int i = 0; i < n; i++) {
		if (i)
			pm_jbuf_lit(b, ",");
		pm_jbuf_str(b, items[i]);
	}
	pm_jbuf_lit(b, "]");
}
