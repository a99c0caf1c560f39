/* tagger.c - greedy averaged-perceptron POS tagger (see tagger.h).
 *
 * Model file (little-endian, written by tools/train_tagger.c):
 *   "PMTAGGR2"  u32 version(2)  u32 n_labels  n_labels x {char xpos[8], upos[8]}
 *   u32 flags
 *   u32 lex_cap (power of 2)  lex_cap x {u32 key; u16 cls; u8 fast; u8 lead}
 *   u32 feat_cap (power of 2) feat_cap x u32 key  feat_cap x u32 offset
 *   u32 n_weights  n_weights x u32
 * A key of 0 marks an empty slot. A feature's offset points at a count c
 * followed by c weights, each (int16 weight << 16 | tag index): only the
 * tags a feature votes for are stored, so a row costs a few words instead
 * of n_tags, and the common rows stay in cache.
 * A label is a (Penn tag, UPOS) pair seen in training (VBZ|AUX, VBZ|VERB,
 * IN|SCONJ, IN|ADP, ...): the universal tag is decided in context with the
 * Penn tag instead of being looked up from it afterwards. */
#include "parse/tagger.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/error.h"

#define S_MAGIC "PMTAGGR2"
#define S_VERSION 2u
#define S_MAX_TAGS 128
#define S_BUF 64

typedef struct S_lex {
	uint32_t key;
	uint16_t cls;
	uint8_t fast, lead;   /* lead: the lexicon's likeliest tag + 1, 0: none */
} S_lex;

/* The feature table as the tagger probes it (built at load from the file's
 * keys and rows; same slots, so the same probe sequence). One 16-byte slot
 * per key, four to a cache line. Bits 8-15 of a say what the slot holds (an
 * entry is weight << 16 | tag; inline entries are stored with 8-15 zero):
 *   S_INLINE: a, b, c are the row's entries (rows of up to three, most of
 *             them), padded with weight-0 entries for the spare lane;
 *   S_DENSE:  b indexes a dense int32 row of npad weights (long rows, added
 *             eight labels at a time);
 *   S_EXT:    b is the row's offset in ext (count, entries): the middling
 *             rows, copied together so they share cache lines. */
typedef struct S_slot {
	uint32_t key, a, b, c;
} S_slot;

enum { S_INLINE = 0, S_EXT = 1, S_DENSE = 2 };
/* Rows with at least this many entries are stored dense. */
#define S_DENSE_MIN 8
/* Scored tokens whose context features are summed together, ahead of the
 * left-to-right pass, so their table misses overlap. */
#define S_CHUNK 16
#define S_LANES (S_MAX_TAGS + 8)

struct pm_tagger {
	void *buf;
	int n_tags;
	int npad;             /* n_tags rounded up to 8: lanes of a score vector */
	char tags[S_MAX_TAGS][8];
	uint64_t tag_keys[S_MAX_TAGS];   /* each tag's name as one number (S_tag_key) */
	char upos[S_MAX_TAGS][8];
	int vbd;   /* the label VBD|VERB, -1 if the model has none */
	int vbn_verb;  /* the label VBN|VERB, -1 if the model has none */
	int nns;   /* the label NNS|NOUN, -1 if the model has none */
	int vb;    /* the label VB|VERB, -1 if the model has none */
	int jj;    /* the label JJ|ADJ, -1 if the model has none */
	uint8_t lead_nn;      /* the lexicon's lead of a word most often NN */
	uint8_t vbn[S_MAX_TAGS];  /* label's Penn tag is VBN */
	int punct[4];         /* labels of ``, '', ``, : for S_punct (-1: none) */
	int avx2;             /* the CPU runs the AVX2 build of the scorer */
	uint32_t flags;
	uint32_t lex_mask;
	const S_lex *lex;
	uint32_t feat_mask;
	const uint32_t *fkeys, *foffs;
	S_slot *slots;
	int32_t *dense;       /* dense rows, npad weights each */
	uint32_t *ext;        /* the other long rows */
	int32_t base[S_LANES];  /* the bias row's weights; spare lanes very low */
	const uint32_t *weights;
	uint32_t n_weights;
};

/* ---- Tag names ----------------------------------------------------------- */

const char *pm_tagger_penn(const char *tag)
{
	static const char *const map[][2] = {
		{"HYPH", ":"}, {"NFP", ":"}, {"ADD", "NN"}, {"GW", "FW"}, {"XX", "FW"},
		{"AFX", "JJ"}, {"AUX", "VB"}, {"AUXB", "VB"}, {"AUXD", "VBD"},
		{"AUXG", "VBG"}, {"AUXN", "VBN"}, {"AUXP", "VBP"}, {"AUXZ", "VBZ"},
		{"-LCB-", "-LRB-"}, {"-RCB-", "-RRB-"},
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcmp(tag, map[i][0]))
			return map[i][1];
	return tag;
}

int pm_tagger_n_tags(const pm_tagger *t)
{
	return t->n_tags;
}

const char *pm_tagger_tag_name(const pm_tagger *t, int i)
{
	return i >= 0 && i < t->n_tags ? t->tags[i] : NULL;
}

const char *pm_tagger_tag_upos(const pm_tagger *t, int i)
{
	return i >= 0 && i < t->n_tags ? t->upos[i] : NULL;
}

/* A tag's name (seven bytes at most), zero-padded, as one number: the
 * passes after tagging look their tags up by name, a sentence at a time,
 * so a lookup compares numbers rather than strings. 0 for a longer name,
 * which no tag has. */
static uint64_t S_tag_key(const char *name)
{
	char b[8] = {0};
	size_t n = strlen(name);
	if (n > 7)
		return 0;
	memcpy(b, name, n);
	uint64_t k;
	memcpy(&k, b, 8);
	return k;
}

int pm_tagger_tag_index(const pm_tagger *t, const char *name)
{
	uint64_t k = S_tag_key(name);
	for (int i = 0; k && i < t->n_tags; i++)
		if (t->tag_keys[i] == k)
			return i;
	return -1;
}

/* ---- Hashing ------------------------------------------------------------- */

static inline uint32_t S_mix(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

static inline uint32_t S_fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return S_mix(h) | 1u;  /* never 0: 0 means "absent" */
}

/* Feature key of template tpl with two values; never 0. */
static inline uint32_t S_key(uint32_t tpl, uint32_t a, uint32_t b)
{
	uint32_t h = S_mix((a * 0x9e3779b1u) ^ (b * 0x27d4eb2fu) ^ (tpl * 0x165667b1u) ^ (a >> 15));
	return h ? h : 1u;
}

uint32_t pm_tagger_word_hash(const char *word)
{
	char low[S_BUF];
	size_t n = 0;
	for (; word[n] && n < S_BUF; n++) {
		char c = word[n];
		low[n] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
	}
	return S_fnv(low, n);
}

static const S_lex *S_lex_find(const pm_tagger *t, uint32_t key)
{
	if (!t->lex)
		return NULL;
	for (uint32_t i = key & t->lex_mask;; i = (i + 1) & t->lex_mask) {
		if (t->lex[i].key == key)
			return &t->lex[i];
		if (!t->lex[i].key)
			return NULL;
	}
}

/* ---- Sentence case mode -------------------------------------------------- */

typedef struct S_modecount {
	int alpha, allcap, content, capcontent, anycap;
} S_modecount;

/* Title Case leaves these lower case, so they say nothing about the line.
 * Each is at most four letters: the word, lower-cased and packed into 32
 * bits, is compared with the packed list (a per-token test). */
#define S_PACK(a, b, c, d) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)
static int S_minor_word(const char *w)
{
	uint32_t x = 0;
	for (int i = 0; i < 5; i++) {
		unsigned char c = (unsigned char)w[i];
		if (!c)
			break;
		if (i == 4)
			return 0;
		x |= (uint32_t)(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
	}
	switch (x) {
	case S_PACK('a', 0, 0, 0): case S_PACK('a', 'n', 0, 0): case S_PACK('a', 'n', 'd', 0):
	case S_PACK('a', 's', 0, 0): case S_PACK('a', 't', 0, 0): case S_PACK('b', 'u', 't', 0):
	case S_PACK('b', 'y', 0, 0): case S_PACK('f', 'o', 'r', 0): case S_PACK('f', 'r', 'o', 'm'):
	case S_PACK('i', 'n', 0, 0): case S_PACK('i', 'n', 't', 'o'): case S_PACK('n', 'o', 'r', 0):
	case S_PACK('o', 'f', 0, 0): case S_PACK('o', 'n', 0, 0): case S_PACK('o', 'r', 0, 0):
	case S_PACK('p', 'e', 'r', 0): case S_PACK('t', 'h', 'e', 0): case S_PACK('t', 'o', 0, 0):
	case S_PACK('v', 's', 0, 0): case S_PACK('v', 'i', 'a', 0): case S_PACK('w', 'i', 't', 'h'):
		return 1;
	}
	return 0;
}

static void S_mode_add(S_modecount *m, const char *w, int first)
{
	int letters = 0, upper = 0;
	for (const char *p = w; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			letters++, upper++;
		else if (*p >= 'a' && *p <= 'z')
			letters++;
	}
	if (!letters)
		return;
	m->alpha++;
	m->allcap += upper == letters;
	m->anycap += upper > 0;
	int lead = (w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z');
	if (!first && lead && !S_minor_word(w)) {
		m->content++;
		m->capcontent += w[0] <= 'Z';
	}
}

static int S_mode_of(const S_modecount *m)
{
	if (m->alpha >= 3 && m->allcap == m->alpha)
		return 2;
	if (m->content >= 3 && m->capcontent == m->content)
		return 1;
	/* web text typed without capitals: case says nothing about names */
	if (m->alpha >= 3 && !m->anycap)
		return 3;
	return 0;
}

int pm_tagger_mode(const char *const *words, int n)
{
	S_modecount m = {0, 0, 0, 0, 0};
	for (int i = 0; i < n; i++)
		S_mode_add(&m, words[i] ? words[i] : "", i == 0);
	return S_mode_of(&m);
}

/* ---- Word facts ---------------------------------------------------------- */

/* Copies w into buf with typographic quotes and dashes as PTB writes them
 * (“ -> ``, ’ -> ', — -> --), so curly text meets the ASCII training data.
 * Overlong words keep their head and tail, where the evidence is. */
static size_t S_normalize(const char *w, char *buf, int *quotes)
{
	if (w[0] == '"' && !w[1])
		return (size_t)snprintf(buf, S_BUF, "%s", (*quotes)++ & 1 ? "''" : "``");
	size_t n = 0, len = strlen(w);
	const char *p = w, *end = w + len;
	if (len > S_BUF - 8) {
		memcpy(buf, w, S_BUF / 2 - 4);
		n = S_BUF / 2 - 4;
		p = end - (S_BUF / 2 - 4);
	}
	while (p < end && n < S_BUF - 4) {
		const unsigned char *u = (const unsigned char *)p;
		const char *rep = NULL;
		if (u[0] == 0xe2 && u[1] == 0x80) {
			switch (u[2]) {
			case 0x9c: rep = "``"; break;
			case 0x9d: rep = "''"; break;
			case 0x98: rep = "`"; break;
			case 0x99: rep = "'"; break;
			case 0x93: case 0x94: rep = "--"; break;
			}
		}
		if (rep) {
			while (*rep)
				buf[n++] = *rep++;
			p += 3;
		} else {
			buf[n++] = *p++;
		}
	}
	buf[n] = '\0';
	return n;
}

static void S_lookup(const pm_tagger *t, uint32_t h, uint16_t *cls, uint8_t *fast, uint8_t *lead)
{
	const S_lex *e = S_lex_find(t, h);
	*cls = e ? e->cls : 0;
	if (fast)
		*fast = e ? e->fast : PM_TAGGER_START;
	if (lead)
		*lead = e ? e->lead : 0;
}

/* Quotes and dashes the training text rarely shows in these shapes get
 * their PTB tag outright. */
static void S_punct(const pm_tagger *t, const char *s, pm_tagger_word *w)
{
	static const char *const fixed[] = {"``", "''", "`", "--"};
	if (s[0] != '`' && s[0] != '\'' && s[0] != '-')
		return;
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (!strcmp(s, fixed[i]) && t->punct[i] >= 0)
			w->fast = (uint8_t)t->punct[i];
}

/* One pass over the normalized word gives its three hashes (folded, lower
 * case, exact), the character bits of the shape and the last inner hyphen. */
static void S_word(const pm_tagger *t, const char *text, int initial, int mode, int *quotes,
		   pm_tagger_word *w)
{
	char s[S_BUF], low[S_BUF];
	size_t n = S_normalize(text, s, quotes), dash = 0;
	int upper = 0;
	uint32_t hf = 2166136261u, hl = hf, he = hf;
	unsigned c0 = (unsigned char)s[0];
	unsigned sh = c0 >= 'a' && c0 <= 'z' ? 0 : c0 >= 'A' && c0 <= 'Z' ? 1 : c0 >= '0' && c0 <= '9' ? 2 : 3;
	for (size_t i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i], lc = c, fc;
		if (c >= 'A' && c <= 'Z') {
			sh |= i ? 1u << 2 : 0;
			upper = 1;
			lc = c + 32;
		} else if (c >= 'a' && c <= 'z') {
			sh |= 1u << 3;
		} else if (c >= '0' && c <= '9') {
			sh |= 1u << 4;
		} else if (c == '-') {
			sh |= 1u << 5;
			dash = i ? i : dash;
		} else if (c == '.') {
			sh |= 1u << 6;
		} else {
			sh |= c >= 0x80 ? 1u << 13 : 1u << 7;
		}
		fc = c >= '0' && c <= '9' ? '0' : lc;
		low[i] = (char)lc;
		hf = (hf ^ fc) * 16777619u;
		hl = (hl ^ lc) * 16777619u;
		he = (he ^ c) * 16777619u;
	}
	low[n] = '\0';
	w->len = (uint8_t)n;
	w->low = S_mix(hf) | 1u;
	w->form = upper && mode == 0 ? (S_mix(he) | 1u) ^ 0x5bd1e995u : 0;
	/* affixes hash incrementally; S_key mixes the result */
	uint32_t hs = 2166136261u, hp = 84696351u;
	for (size_t k = 0; k < 4; k++) {
		hs = k < n ? (hs ^ (unsigned char)low[n - 1 - k]) * 16777619u : hs;
		w->suf[k] = n > k + 1 ? hs | 1u : 0;
		hp = k < n ? (hp ^ (unsigned char)low[k]) * 16777619u : hp;
		if (k < 3)
			w->pre[k] = n > k + 1 ? hp | 1u : 0;
	}
	sh |= (unsigned)((n < 4 ? n : 4) - (n > 0)) << 8;
	sh |= (unsigned)initial << 10;
	sh |= (unsigned)mode << 11;
	w->shape = (uint16_t)sh;
	S_lookup(t, S_mix(hl) | 1u, &w->cls, &w->fast, &w->lead);
	S_punct(t, s, w);
	if (n > 2 && dash && dash + 1 < n) {
		w->tail = S_fnv(low + dash + 1, n - dash - 1);
		S_lookup(t, w->tail, &w->tail_cls, NULL, NULL);
	} else {
		w->tail = 0;
		w->tail_cls = 0;
	}
}

void pm_tagger_words(const pm_tagger *t, const char *const *words, int n,
		     const pm_tagger_span *span, pm_tagger_word *w)
{
	int quotes = span->quotes;
	for (int i = 0; i < n; i++)
		S_word(t, words[i] ? words[i] : "", span->first + i == 0, span->mode, &quotes, &w[i]);
}

/* ---- Features ------------------------------------------------------------ */

enum {
	F_BIAS = 1, F_W, F_FORM, F_SUF, F_PRE = F_SUF + 4, F_SHAPE = F_PRE + 3, F_CLS,
	F_SHAPE_CLS, F_TAIL, F_TAIL_CLS, F_WM1, F_WP1, F_WM2, F_WP2, F_S3M1, F_S3P1,
	F_CLSM1, F_CLSP1, F_CLSP2, F_T1, F_T12, F_T1_W, F_T1_CLS, F_WM1_W, F_W_WP1,
	F_SHAPEP1, F_SHAPEM1, F_T2, F_T1_SUF3, F_W_CLSP1, F_CLS3, F_LEAD, F_LEAD_SHAPE
};

#define S_BOS 0x3c5f9a11u
#define S_EOS 0x71b2e44du

int pm_tagger_keys(const pm_tagger_word *w, int n, int i, int p1, int p2, uint32_t *keys)
{
	const pm_tagger_word *x = &w[i];
	const pm_tagger_word *m1 = i > 0 ? &w[i - 1] : NULL, *m2 = i > 1 ? &w[i - 2] : NULL;
	const pm_tagger_word *n1 = i + 1 < n ? &w[i + 1] : NULL, *n2 = i + 2 < n ? &w[i + 2] : NULL;
	uint32_t wm1 = m1 ? m1->low : S_BOS, wp1 = n1 ? n1->low : S_EOS;
	int k = 0;
	keys[k++] = S_key(F_BIAS, 0, 0);
	keys[k++] = S_key(F_W, x->low, 0);
	if (x->form)
		keys[k++] = S_key(F_FORM, x->form, 0);
	for (int j = 0; j < 4; j++)
		if (x->suf[j])
			keys[k++] = S_key(F_SUF + (uint32_t)j, x->suf[j], 0);
	for (int j = 0; j < 3; j++)
		if (x->pre[j])
			keys[k++] = S_key(F_PRE + (uint32_t)j, x->pre[j], 0);
	keys[k++] = S_key(F_SHAPE, x->shape, 0);
	keys[k++] = S_key(F_CLS, x->cls, 0);
	keys[k++] = S_key(F_SHAPE_CLS, x->shape, x->cls);
	keys[k++] = S_key(F_LEAD, x->lead, 0);
	keys[k++] = S_key(F_LEAD_SHAPE, x->lead, x->shape & 0x1c07u);
	if (x->tail) {
		keys[k++] = S_key(F_TAIL, x->tail, 0);
		keys[k++] = S_key(F_TAIL_CLS, x->tail_cls, x->shape & 3);
	}
	keys[k++] = S_key(F_WM1, wm1, 0);
	keys[k++] = S_key(F_WP1, wp1, 0);
	keys[k++] = S_key(F_WM2, m2 ? m2->low : S_BOS, 0);
	keys[k++] = S_key(F_WP2, n2 ? n2->low : S_EOS, 0);
	keys[k++] = S_key(F_S3M1, m1 ? m1->suf[2] : S_BOS, 0);
	keys[k++] = S_key(F_S3P1, n1 ? n1->suf[2] : S_EOS, 0);
	keys[k++] = S_key(F_CLSM1, m1 ? m1->cls : 0xffff, 0);
	keys[k++] = S_key(F_CLSP1, n1 ? n1->cls : 0xfffe, 0);
	keys[k++] = S_key(F_CLSP2, n2 ? n2->cls : 0xfffe, 0);
	keys[k++] = S_key(F_SHAPEP1, n1 ? n1->shape : 0xfffe, 0);
	keys[k++] = S_key(F_SHAPEM1, m1 ? m1->shape : 0xffff, 0);
	keys[k++] = S_key(F_T1, (uint32_t)p1, 0);
	keys[k++] = S_key(F_T2, (uint32_t)p2, 0);
	keys[k++] = S_key(F_T12, (uint32_t)p1, (uint32_t)p2);
	keys[k++] = S_key(F_T1_W, (uint32_t)p1, x->low);
	keys[k++] = S_key(F_T1_CLS, (uint32_t)p1, x->cls);
	keys[k++] = S_key(F_T1_SUF3, (uint32_t)p1, x->suf[2]);
	keys[k++] = S_key(F_WM1_W, wm1, x->low);
	keys[k++] = S_key(F_W_WP1, x->low, wp1);
	keys[k++] = S_key(F_W_CLSP1, x->low, n1 ? n1->cls : 0xfffe);
	keys[k++] = S_key(F_CLS3, ((uint32_t)(m1 ? m1->cls : 0xffff) << 16) | x->cls, n1 ? n1->cls : 0xfffe);
	return k;
}

/* ---- Scoring ------------------------------------------------------------- */

/* The tagger sums the same features as pm_tagger_keys, split in three:
 * those of the word alone (S_word_keys) and with its neighbours
 * (S_role_keys and S_pair_keys; with the first, all but the bias, whose
 * row starts every score), and those of the previous tags (S_dynamic_keys).
 * The static sums of a chunk of tokens are made before the left-to-right
 * pass, so their cache misses overlap. Scores are int32 sums of the int16
 * weights whatever the order, so the tags are those of one sum over
 * pm_tagger_keys. */
/* The features of the word alone (of its text, sentence start and case
 * mode): what the word cache sums once per distinct word. */
static int S_word_keys(const pm_tagger_word *x, uint32_t *keys)
{
	int k = 0;
	keys[k++] = S_key(F_W, x->low, 0);
	if (x->form)
		keys[k++] = S_key(F_FORM, x->form, 0);
	for (int j = 0; j < 4; j++)
		if (x->suf[j])
			keys[k++] = S_key(F_SUF + (uint32_t)j, x->suf[j], 0);
	for (int j = 0; j < 3; j++)
		if (x->pre[j])
			keys[k++] = S_key(F_PRE + (uint32_t)j, x->pre[j], 0);
	keys[k++] = S_key(F_SHAPE, x->shape, 0);
	keys[k++] = S_key(F_CLS, x->cls, 0);
	keys[k++] = S_key(F_SHAPE_CLS, x->shape, x->cls);
	keys[k++] = S_key(F_LEAD, x->lead, 0);
	keys[k++] = S_key(F_LEAD_SHAPE, x->lead, x->shape & 0x1c07u);
	if (x->tail) {
		keys[k++] = S_key(F_TAIL, x->tail, 0);
		keys[k++] = S_key(F_TAIL_CLS, x->tail_cls, x->shape & 3);
	}
	return k;
}

/* The features of the word in its context of neighbours, in two parts.
 * Eleven read one neighbour alone: what a word contributes as the word
 * before (S_PREV), after (S_NEXT), two before (S_PREV2) or two after
 * (S_NEXT2) the one being tagged, whatever that one is. The word cache
 * sums them per word and role; nb is NULL at the sentence's edge. */
enum { S_PREV, S_NEXT, S_PREV2, S_NEXT2, S_ROLES };

static int S_role_keys(int role, const pm_tagger_word *nb, uint32_t *keys)
{
	switch (role) {
	case S_PREV:
		keys[0] = S_key(F_WM1, nb ? nb->low : S_BOS, 0);
		keys[1] = S_key(F_S3M1, nb ? nb->suf[2] : S_BOS, 0);
		keys[2] = S_key(F_CLSM1, nb ? nb->cls : 0xffff, 0);
		keys[3] = S_key(F_SHAPEM1, nb ? nb->shape : 0xffff, 0);
		return 4;
	case S_NEXT:
		keys[0] = S_key(F_WP1, nb ? nb->low : S_EOS, 0);
		keys[1] = S_key(F_S3P1, nb ? nb->suf[2] : S_EOS, 0);
		keys[2] = S_key(F_CLSP1, nb ? nb->cls : 0xfffe, 0);
		keys[3] = S_key(F_SHAPEP1, nb ? nb->shape : 0xfffe, 0);
		return 4;
	case S_PREV2:
		keys[0] = S_key(F_WM2, nb ? nb->low : S_BOS, 0);
		return 1;
	default:
		keys[0] = S_key(F_WP2, nb ? nb->low : S_EOS, 0);
		keys[1] = S_key(F_CLSP2, nb ? nb->cls : 0xfffe, 0);
		return 2;
	}
}

/* Where each role's neighbour stands, relative to the tagged word. */
static const int S_role_offset[S_ROLES] = {-1, 1, -2, 2};

/* ... and four join the word with a neighbour. */
static int S_pair_keys(const pm_tagger_word *w, int n, int i, uint32_t *keys)
{
	const pm_tagger_word *x = &w[i];
	const pm_tagger_word *m1 = i > 0 ? &w[i - 1] : NULL, *n1 = i + 1 < n ? &w[i + 1] : NULL;
	uint32_t wm1 = m1 ? m1->low : S_BOS, wp1 = n1 ? n1->low : S_EOS;
	keys[0] = S_key(F_WM1_W, wm1, x->low);
	keys[1] = S_key(F_W_WP1, x->low, wp1);
	keys[2] = S_key(F_W_CLSP1, x->low, n1 ? n1->cls : 0xfffe);
	keys[3] = S_key(F_CLS3, ((uint32_t)(m1 ? m1->cls : 0xffff) << 16) | x->cls, n1 ? n1->cls : 0xfffe);
	return 4;
}

static int S_dynamic_keys(const pm_tagger_word *x, int p1, int p2, uint32_t *keys)
{
	keys[0] = S_key(F_T1, (uint32_t)p1, 0);
	keys[1] = S_key(F_T2, (uint32_t)p2, 0);
	keys[2] = S_key(F_T12, (uint32_t)p1, (uint32_t)p2);
	keys[3] = S_key(F_T1_W, (uint32_t)p1, x->low);
	keys[4] = S_key(F_T1_CLS, (uint32_t)p1, x->cls);
	keys[5] = S_key(F_T1_SUF3, (uint32_t)p1, x->suf[2]);
	return 6;
}

#if defined(__GNUC__)
#define S_INLINE_ALWAYS static inline __attribute__((always_inline))
#define S_PREFETCH(p) __builtin_prefetch(p)
#else
#define S_INLINE_ALWAYS static inline
#define S_PREFETCH(p) ((void)(p))
#endif

static inline const S_slot *S_find(const pm_tagger *t, uint32_t key)
{
	for (uint32_t i = key & t->feat_mask;; i = (i + 1) & t->feat_mask) {
		const S_slot *sl = &t->slots[i];
		if (sl->key == key)
			return sl;
		if (!sl->key)
			return NULL;
	}
}

static inline void S_add(int32_t *acc, uint32_t e)
{
	acc[e & 0xff] += (int16_t)(e >> 16);
}

/* PM_TAGGER_SCALAR / PM_TAGGER_NO_AVX2 build the plain paths (for testing them). */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 9 && !defined(PM_TAGGER_SCALAR)
#define S_VECTOR 1
typedef int32_t S_v8 __attribute__((vector_size(32)));
typedef int16_t S_h8 __attribute__((vector_size(16)));

/* acc[0..npad) += every dense row: 64 lanes at a time in eight vectors
 * (kept in registers), then eight at a time. */
#define S_LD(x, p) memcpy(&(x), (p), sizeof(x))
S_INLINE_ALWAYS void S_sum_dense(const pm_tagger *t, int32_t *acc, const int32_t *const *dense, int nd)
{
	int v = 0;
	for (; v + 64 <= t->npad; v += 64) {
		S_v8 x0, x1, x2, x3, x4, x5, x6, x7;
		S_LD(x0, acc + v + 0);
		S_LD(x1, acc + v + 8);
		S_LD(x2, acc + v + 16);
		S_LD(x3, acc + v + 24);
		S_LD(x4, acc + v + 32);
		S_LD(x5, acc + v + 40);
		S_LD(x6, acc + v + 48);
		S_LD(x7, acc + v + 56);
		for (int d = 0; d < nd; d++) {
			const int32_t *r = dense[d] + v;
			S_v8 h0, h1, h2, h3, h4, h5, h6, h7;
			S_LD(h0, r + 0);
			S_LD(h1, r + 8);
			S_LD(h2, r + 16);
			S_LD(h3, r + 24);
			S_LD(h4, r + 32);
			S_LD(h5, r + 40);
			S_LD(h6, r + 48);
			S_LD(h7, r + 56);
			x0 += h0;
			x1 += h1;
			x2 += h2;
			x3 += h3;
			x4 += h4;
			x5 += h5;
			x6 += h6;
			x7 += h7;
		}
		memcpy(acc + v + 0, &x0, sizeof(x0));
		memcpy(acc + v + 8, &x1, sizeof(x1));
		memcpy(acc + v + 16, &x2, sizeof(x2));
		memcpy(acc + v + 24, &x3, sizeof(x3));
		memcpy(acc + v + 32, &x4, sizeof(x4));
		memcpy(acc + v + 40, &x5, sizeof(x5));
		memcpy(acc + v + 48, &x6, sizeof(x6));
		memcpy(acc + v + 56, &x7, sizeof(x7));
	}
	for (; v < t->npad; v += 8) {
		S_v8 x;
		S_LD(x, acc + v);
		for (int d = 0; d < nd; d++) {
			S_v8 h;
			S_LD(h, dense[d] + v);
			x += h;
		}
		memcpy(acc + v, &x, sizeof(x));
	}
}

/* The first label with the highest score (spare lanes are far below). */
S_INLINE_ALWAYS int S_argmax(const pm_tagger *t, const int32_t *acc)
{
	S_v8 m;
	memcpy(&m, acc, sizeof(m));
	for (int v = 8; v < t->npad; v += 8) {
		S_v8 x;
		memcpy(&x, acc + v, sizeof(x));
		S_v8 gt = x > m;
		m = (x & gt) | (m & ~gt);
	}
	int32_t best = m[0];
	for (int i = 1; i < 8; i++)
		best = m[i] > best ? m[i] : best;
	S_v8 b = m - m + best;
	int v = 0;
	for (;; v += 8) {
		S_v8 x, eq;
		uint64_t q[4];
		memcpy(&x, acc + v, sizeof(x));
		eq = x == b;
		memcpy(q, &eq, sizeof(q));
		if (q[0] | q[1] | q[2] | q[3])
			break;
	}
	while (acc[v] != best)
		v++;
	return v;
}
#else
S_INLINE_ALWAYS void S_sum_dense(const pm_tagger *t, int32_t *acc, const int32_t *const *dense, int nd)
{
	for (int d = 0; d < nd; d++)
		for (int v = 0; v < t->npad; v++)
			acc[v] += dense[d][v];
}

S_INLINE_ALWAYS int S_argmax(const pm_tagger *t, const int32_t *acc)
{
	int best = 0;
	for (int i = 1; i < t->n_tags; i++)
		if (acc[i] > acc[best])
			best = i;
	return best;
}
#endif

static const char *S_text(const pm_token *tok)
{
	return tok->text ? tok->text : "";
}

static int S_word_in(const char *w, const char *const *list)
{
	int c = tolower((unsigned char)*w);   /* most words differ there: no call */
	for (; *list; list++)
		if (tolower((unsigned char)**list) == c && !strcasecmp(w, *list))
			return 1;
	return 0;
}

/* Whether tokens before i are "which"/"whom" and a noun phrase ending in a
 * noun ("which the DAESH terrorists"): the subject of a relative clause,
 * so a participle at i is its finite verb ("... seized in May 2015"). */
static int S_relative_subject(const pm_token *tok, int i)
{
	static const char *const np[] = {"DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
					  "NNPS", "POS", NULL};
	if (i < 3 || tok[i - 1].tag[0] != 'N' || tok[i - 1].tag[1] != 'N')
		return 0;
	int j = i - 1;
	while (j > 0 && i - j <= 6 && S_word_in(tok[j].tag, np))
		j--;
	return j < i - 1 && (!strcasecmp(S_text(&tok[j]), "which") || !strcasecmp(S_text(&tok[j]), "whom"));
}

/* A participle cannot follow a subject pronoun without an auxiliary, yet
 * with thirty thousand training tokens the model sometimes reads "said it
 * killed 20" as a reduced clause; the coder then loses the event. "it" is
 * also an object ("had it removed"), so after verbs that take an object
 * and a participle it is left alone. */
static int S_finite_after_subject(const pm_tagger *t, const pm_token *tok, int i, int tag)
{
	static const char *const subject[] = {"he", "she", "we", "they", "i", NULL};
	static const char *const causative[] = {
		"have", "has", "had", "having", "get", "gets", "got", "getting", "make", "makes",
		"made", "find", "finds", "found", "keep", "keeps", "kept", "want", "wants", "wanted",
		"see", "saw", "seen", "leave", "leaves", "left", "need", "needs", "needed", NULL};
	if (t->vbd < 0 || i == 0 || !t->vbn[tag])
		return tag;
	const char *prev = S_text(&tok[i - 1]);
	if (S_word_in(prev, subject))
		return t->vbd;
	if (!strcasecmp(prev, "it") && (i < 2 || !S_word_in(S_text(&tok[i - 2]), causative)))
		return t->vbd;
	if (S_relative_subject(tok, i))
		return t->vbd;
	return tag;
}

/* dst[0..npad] = src[0..npad] (the spare lane npad takes the weight-0 pads). */
S_INLINE_ALWAYS void S_copy(const pm_tagger *t, int32_t *dst, const int32_t *src)
{
	for (int v = 0; v < t->npad; v += 8)
		memcpy(dst + v, src + v, 8 * sizeof(int32_t));
	dst[t->npad] = 0;
}

/* Adds one feature's row to acc: inline and middling rows at once; a dense
 * row is listed in dense[] for S_sum_dense. Returns the new list length. */
S_INLINE_ALWAYS int S_resolve(const pm_tagger *t, const S_slot *sl, int32_t *acc, const int32_t **dense, int nd)
{
	switch ((sl->a >> 8) & 0xff) {
	case S_INLINE:
		S_add(acc, sl->a);
		S_add(acc, sl->b);
		S_add(acc, sl->c);
		break;
	case S_DENSE: {
		const int32_t *d = t->dense + (size_t)sl->b * (size_t)t->npad;
		dense[nd++] = d;
		break;
	}
	default: {
		const uint32_t *row = t->ext + sl->b;
		for (uint32_t j = 1; j <= row[0]; j++)
			S_add(acc, row[j]);
	}
	}
	return nd;
}

/* ---- Word cache ------------------------------------------------------------ */

/* What a thread keeps of the words it has tagged: the word's facts, the
 * bias row plus the rows of its own features (S_word_keys), summed, and
 * for each role it plays beside another word the rows of that role's
 * features (S_role_keys), summed. News repeats its words, so most tokens
 * skip S_word and 24 of their 35 table lookups. Direct-mapped; a slot's
 * generation changes when another word takes it, which tells a window that
 * its copy of the slot is stale. */
#define S_CACHE_SLOTS 4096
#define S_CACHE_TEXT 24   /* longer words are not kept */
/* Sums kept per slot: the word's own (bias included) and one per role. */
#define S_SUMS (1 + S_ROLES)
enum { S_HAS_FACTS = 1, S_HAS_OWN = 2, S_HAS_ROLES = 4 };

typedef struct S_centry {
	char text[S_CACHE_TEXT];   /* as written, NUL-terminated */
	uint8_t initial, mode, state;  /* state: S_HAS_* bits, 0 empty */
	uint32_t gen;
	pm_tagger_word w;
} S_centry;

struct pm_tagger_cache {
	const pm_tagger *t;
	int stride;                /* lanes of one sum: npad + 8 */
	S_centry *e;
	int32_t *sum;              /* S_CACHE_SLOTS x S_SUMS x stride */
};

int pm_tagger_cache_new(pm_tagger_cache **out, const pm_tagger *t)
{
	*out = NULL;
	if (!t)
		return pm_error_set(PM_EINVALID, "pm_tagger_cache_new: no model");
	pm_tagger_cache *c = calloc(1, sizeof(*c));
	if (!c)
		return pm_error_set(PM_ENOMEM, "out of memory");
	c->t = t;
	c->stride = t->npad + 8;
	c->e = calloc(S_CACHE_SLOTS, sizeof(*c->e));
	c->sum = aligned_alloc(32, (size_t)S_CACHE_SLOTS * S_SUMS * (size_t)c->stride * sizeof(int32_t));
	if (!c->e || !c->sum) {
		pm_tagger_cache_free(c);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	*out = c;
	return 0;
}

void pm_tagger_cache_free(pm_tagger_cache *c)
{
	if (!c)
		return;
	free(c->e);
	free(c->sum);
	free(c);
}

/* The slot holding text (with its sentence start and mode), filling it with
 * the word's facts when it held another word; -1 for words not kept (too
 * long, or a straight quote, whose form depends on the quotes before it). */
static int S_cache_word(pm_tagger_cache *c, const char *text, int initial, int mode, int *quotes,
			pm_tagger_word *w, uint32_t *gen)
{
	uint32_t h = 2166136261u;
	size_t n = 0;
	for (; text[n]; n++) {
		if (n + 1 >= S_CACHE_TEXT)
			return -1;
		h = (h ^ (unsigned char)text[n]) * 16777619u;
	}
	if (text[0] == '"' && !text[1])
		return -1;
	h = S_mix(h ^ (uint32_t)(initial << 2 | mode));
	int i = (int)(h & (S_CACHE_SLOTS - 1));
	S_centry *e = &c->e[i];
	if (!e->state || e->initial != initial || e->mode != mode || memcmp(e->text, text, n + 1)) {
		memcpy(e->text, text, n + 1);
		e->initial = (uint8_t)initial;
		e->mode = (uint8_t)mode;
		e->state = S_HAS_FACTS;
		e->gen++;
		S_word(c->t, text, initial, mode, quotes, &e->w);
	}
	*w = e->w;
	*gen = e->gen;
	return i;
}

/* sum[0..npad] = start (NULL: zeros) plus the rows of keys. */
S_INLINE_ALWAYS void S_sum_rows(const pm_tagger *t, int32_t *sum, const int32_t *start,
				const uint32_t *keys, int nk)
{
	const int32_t *dense[PM_TAGGER_MAX_KEYS];
	int nd = 0;
	if (start)
		S_copy(t, sum, start);
	else
		memset(sum, 0, ((size_t)t->npad + 1) * sizeof(int32_t));
	for (int k = 0; k < nk; k++) {
		const S_slot *sl = S_find(t, keys[k]);
		if (sl)
			nd = S_resolve(t, sl, sum, dense, nd);
	}
	S_sum_dense(t, sum, dense, nd);
}

/* Slot i's sum k: 0 the bias row and the rows of the word's own features,
 * 1 + role the rows of a role's. Made on first use. */
S_INLINE_ALWAYS const int32_t *S_cache_sum(pm_tagger_cache *c, int i, int k)
{
	S_centry *e = &c->e[i];
	int32_t *sum = c->sum + ((size_t)i * S_SUMS + (size_t)k) * (size_t)c->stride;
	int need = k ? S_HAS_ROLES : S_HAS_OWN;
	if (e->state & need)
		return sum;
	const pm_tagger *t = c->t;
	uint32_t keys[PM_TAGGER_MAX_KEYS];
	if (k) {
		int32_t *roles = c->sum + ((size_t)i * S_SUMS + 1) * (size_t)c->stride;
		for (int r = 0; r < S_ROLES; r++)
			S_sum_rows(t, roles + (size_t)r * (size_t)c->stride, NULL, keys,
				   S_role_keys(r, &e->w, keys));
	} else {
		S_sum_rows(t, sum, t->base, keys, S_word_keys(&e->w, keys));
	}
	e->state |= (uint8_t)need;
	return sum;
}

/* Whether window word j has a cache slot still its own (a later word of
 * the window may have taken it). */
S_INLINE_ALWAYS int S_cached(const pm_tagger_cache *c, const int *slot, const uint32_t *gen, int j)
{
	return slot[j] >= 0 && c->e[slot[j]].gen == gen[j];
}

/* Tags tokens [s, e) of a sentence of n, reading words [s-2, e+2); with a
 * cache, the words' facts and own and role sums come from it where it has
 * them. */
S_INLINE_ALWAYS void S_window_body(const pm_tagger *t, pm_tagger_cache *cache, pm_token *tok, int n,
				   int s, int e, int mode, int quotes, int *p1, int *p2)
{
	enum { D = 12 };  /* slots fetched this many keys ahead */
	pm_tagger_word w[PM_TAGGER_WIN + 4];
	int slot[PM_TAGGER_WIN + 4];        /* cache slot of each word, -1: none */
	uint32_t gen[PM_TAGGER_WIN + 4];
	uint32_t keys[S_CHUNK * PM_TAGGER_MAX_KEYS + D];
	int first[S_CHUNK + 1];  /* token c+q's keys: keys[first[q] .. first[q+1]) */
	const int32_t *dense[S_CHUNK][PM_TAGGER_MAX_KEYS];
	int nd[S_CHUNK];
	int32_t stat[S_CHUNK][S_LANES];
	int32_t acc[S_LANES];
	int lo = s > 2 ? s - 2 : 0, hi = e + 2 < n ? e + 2 : n, nw = hi - lo;
	for (int i = lo; i < hi; i++) {
		const char *text = S_text(&tok[i]);
		int j = i - lo;
		slot[j] = cache ? S_cache_word(cache, text, i == 0, mode, &quotes, &w[j], &gen[j]) : -1;
		if (slot[j] < 0)
			S_word(t, text, i == 0, mode, &quotes, &w[j]);
	}
	for (int c = s; c < e; c += S_CHUNK) {
		int ce = c + S_CHUNK < e ? c + S_CHUNK : e, nq = ce - c, nk = 0;
		/* the words' own sums and their neighbours' role sums where the
		 * cache has them, else their keys; the pairs' keys; none for
		 * fixed tags */
		for (int q = 0; q < nq; q++) {
			int j = c + q - lo;
			first[q] = nk;
			nd[q] = 0;
			if (w[j].fast != PM_TAGGER_START)
				continue;
			if (S_cached(cache, slot, gen, j)) {
				S_copy(t, stat[q], S_cache_sum(cache, slot[j], 0));
			} else {
				S_copy(t, stat[q], t->base);
				nk += S_word_keys(&w[j], keys + nk);
			}
			for (int r = 0; r < S_ROLES; r++) {
				int jn = j + S_role_offset[r];
				int in = jn >= 0 && jn < nw;
				if (in && S_cached(cache, slot, gen, jn))
					dense[q][nd[q]++] = S_cache_sum(cache, slot[jn], 1 + r);
				else
					nk += S_role_keys(r, in ? &w[jn] : NULL, keys + nk);
			}
			nk += S_pair_keys(w, nw, j, keys + nk);
		}
		first[nq] = nk;
		for (int k = 0; k < D && k < nk; k++)
			S_PREFETCH(&t->slots[keys[k] & t->feat_mask]);
		/* their rows, fetching the slots D keys ahead and dense rows on sight */
		for (int q = 0, k = 0; q < nq; q++) {
			int32_t *st = stat[q];
			for (; k < first[q + 1]; k++) {
				if (k + D < nk)
					S_PREFETCH(&t->slots[keys[k + D] & t->feat_mask]);
				const S_slot *sl = S_find(t, keys[k]);
				if (sl)
					nd[q] = S_resolve(t, sl, st, dense[q], nd[q]);
			}
		}
		for (int q = 0; q < nq; q++)
			if (nd[q])
				S_sum_dense(t, stat[q], dense[q], nd[q]);
		/* left to right: the previous tags' features, then the best label */
		for (int q = 0; q < nq; q++) {
			int i = c + q, j = i - lo, tag = w[j].fast;
			if (tag == PM_TAGGER_START) {
				uint32_t dk[6];
				const int32_t *dd[6];
				int m = S_dynamic_keys(&w[j], *p1, *p2, dk), ndd = 0;
				for (int k = 0; k < m; k++)
					S_PREFETCH(&t->slots[dk[k] & t->feat_mask]);
				S_copy(t, acc, stat[q]);
				for (int k = 0; k < m; k++) {
					const S_slot *sl = S_find(t, dk[k]);
					if (sl)
						ndd = S_resolve(t, sl, acc, dd, ndd);
				}
				S_sum_dense(t, acc, dd, ndd);
				tag = S_argmax(t, acc);
			}
			tag = S_finite_after_subject(t, tok, i, tag);
			memcpy(tok[i].tag, t->tags[tag], 8);
			memcpy(tok[i].upos, t->upos[tag], 6);
			*p2 = *p1;
			*p1 = tag;
		}
	}
}

static void S_window(const pm_tagger *t, pm_tagger_cache *cache, pm_token *tok, int n, int s, int e,
		     int mode, int quotes, int *p1, int *p2)
{
	S_window_body(t, cache, tok, n, s, e, mode, quotes, p1, p2);
}

#if defined(S_VECTOR) && (defined(__x86_64__) || defined(__i386__)) && !defined(PM_TAGGER_NO_AVX2)
#define S_AVX2 1
/* The same, compiled for AVX2: a dense row is nine vpmovsxwd + vpaddd. */
__attribute__((target("avx2"))) static void S_window_avx2(const pm_tagger *t, pm_tagger_cache *cache,
							  pm_token *tok, int n, int s, int e, int mode,
							  int quotes, int *p1, int *p2)
{
	S_window_body(t, cache, tok, n, s, e, mode, quotes, p1, p2);
}
#endif

/* Whether a tag opens a noun phrase (an object after a verb). */
static int S_np_tag(const char *tag)
{
	return !strcmp(tag, "DT") || !strcmp(tag, "PRP") || !strcmp(tag, "PRP$") || !strcmp(tag, "CD") ||
	       !strncmp(tag, "NN", 2) || !strncmp(tag, "JJ", 2);
}

/* "Soldiers announced on state television that they had seized power":
 * a "that" the model read as a relative pronoun (WDT) after a noun, but
 * whose clause is whole (a subject pronoun, a finite verb, its
 * auxiliaries' participle and an object that starts with a determiner or
 * a number) leaves no gap for it to fill: it is the complementizer. */
static void S_gapless_that(pm_token *tok, int n)
{
	for (int i = 1; i + 3 < n; i++) {
		if (tok[i].tag[0] != 'W' || strcmp(tok[i].tag, "WDT") || strcasecmp(S_text(&tok[i]), "that") ||
		    strncmp(tok[i - 1].tag, "NN", 2) || strcmp(tok[i + 1].tag, "PRP"))
			continue;
		const char *verb = tok[i + 2].tag;
		if (strcmp(verb, "VBD") && strcmp(verb, "VBZ") && strcmp(verb, "VBP"))
			continue;
		int k = i + 3;
		while (k < n && (!strcmp(tok[k].tag, "VBN") || !strcmp(tok[k].tag, "RB")))
			k++;
		if (k < n && k > i + 3 && (!strcmp(tok[k].tag, "DT") || !strcmp(tok[k].tag, "CD") ||
					   !strcmp(tok[k].tag, "PRP$") || !strncmp(tok[k].tag, "NN", 2))) {
			memcpy(tok[i].tag, "IN", 3);
			memcpy(tok[i].upos, "SCONJ", 6);
		}
	}
}

/* "the city that they took is safe": after a noun, "that" + subject
 * pronoun + a verb with no object is a relative clause with a gap (WDT),
 * where the model, taught mostly by complements ("the claim that they took
 * it"), says IN. Nouns that take a complement clause are left alone. */
static void S_relative_that(pm_token *tok, int n)
{
	static const char *const complement[] = {
		"claim", "claims", "fact", "news", "report", "reports", "idea", "belief", "hope", "hopes",
		"fear", "fears", "sign", "signs", "evidence", "possibility", "allegation", "allegations",
		"suggestion", "announcement", "statement", "view", "argument", "warning", "assurance",
		"assurances", "promise", "rumor", "rumour", "rumours", "rumors", "accusation",
		"accusations", "charge", "charges", "proposal", "demand", "demands", "notion", "sense",
		"impression", "conclusion", "assumption", "condition", "grounds", "proof", NULL};
	for (int i = 1; i + 2 < n; i++) {
		pm_token *that = &tok[i];
		if (strcmp(that->tag, "IN") || strcasecmp(S_text(that), "that") || strncmp(tok[i - 1].tag, "NN", 2) ||
		    strcmp(tok[i + 1].tag, "PRP") || S_word_in(S_text(&tok[i - 1]), complement))
			continue;
		const char *verb = tok[i + 2].tag;
		if (strcmp(verb, "VBD") && strcmp(verb, "VBZ") && strcmp(verb, "VBP"))
			continue;
		if (i + 3 < n && S_np_tag(tok[i + 3].tag))
			continue;
		memcpy(that->tag, "WDT", 4);
		memcpy(that->upos, "PRON", 5);
	}
	S_gapless_that(tok, n);
}

static int S_finite_tag(const char *tg);

/* Whether "by" follows the verb at j, after at most one particle ("cut
 * off by"). */
static int S_by_next(const pm_token *tok, int n, int j)
{
	int k = j + 1;
	if (k < n && !strcmp(tok[k].tag, "RP"))
		k++;
	return k < n && !strcasecmp(S_text(&tok[k]), "by");
}

/* "people cut off by fighting", "a village razed by militiamen": a past
 * form between a plural noun and a "by" phrase is a participle of the noun,
 * when a verb of the sentence comes before it (a headline's "Rebels
 * killed by army" is left to the model). */
static void S_by_participle(const pm_tagger *t, pm_token *tok, int n)
{
	int finite = 0;
	for (int i = 1; t->vbn_verb >= 0 && i + 2 < n; i++) {
		const char *tg = tok[i].tag;
		if (tg[0] != 'V' && tg[0] != 'M')
			continue;   /* the tag first: most tokens go no further */
		if (finite && (!strcmp(tg, "VBD") || !strcmp(tg, "VBP")) && !strcmp(tok[i - 1].tag, "NNS") &&
		    S_by_next(tok, n, i)) {
			memcpy(tok[i].tag, t->tags[t->vbn_verb], 8);
			memcpy(tok[i].upos, t->upos[t->vbn_verb], 6);
			continue;
		}
		finite |= S_finite_tag(tg);
	}
}

/* "The civilians imprisoned for acting against Moscow were released": a
 * regular past form right after a noun and before a preposition, with a
 * finite verb later in the same clause, is a reduced relative (VBN), the
 * clause's verb being the later one. A comma, a conjunction, a relative or
 * subordinating word, or a quote verb ends the search. */
static void S_reduced_relative(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const stops[] = {
		"as", "because", "while", "after", "before", "when", "since", "until", "although",
		"though", "if", "whereas", "that", "than", NULL};
	int vbn = t->vbn_verb;
	for (int i = 1; vbn >= 0 && i + 2 < n; i++) {
		if (tok[i].tag[0] != 'V' || strcmp(tok[i].tag, "VBD"))
			continue;   /* the tag first: most tokens go no further */
		const char *w = S_text(&tok[i]);
		size_t len = strlen(w);
		if (len < 4 || strcmp(w + len - 2, "ed") ||
		    strncmp(tok[i - 1].tag, "NN", 2) || strcmp(tok[i + 1].tag, "IN") ||
		    S_word_in(S_text(&tok[i + 1]), stops))
			continue;
		/* "Ratko Mladic, the former army chief wanted for war crimes,
		 * has been arrested": in an apposition the clause's verb comes
		 * after the closing comma */
		static const char *const aux[] = {"has", "have", "had", "was", "were", "is", "are", "will",
						  NULL};
		int opened = 0;   /* a comma opens it, and no relative word since */
		for (int k = 0; k < i; k++)
			opened = tok[k].tag[0] == ',' ? 1 : tok[k].tag[0] == 'W' ? 0 : opened;
		for (int j = i + 2; j < n; j++) {
			const char *tg = tok[j].tag;
			if (tg[0] == ',' && opened && j + 1 < n && S_word_in(S_text(&tok[j + 1]), aux)) {
				memcpy(tok[i].tag, t->tags[vbn], 8);
				memcpy(tok[i].upos, t->upos[vbn], 6);
				break;
			}
			if (tg[0] == ',' || tg[0] == ':' || tg[0] == '.' || !strcmp(tg, "CC") || tg[0] == 'W' ||
			    (!strcmp(tg, "IN") && S_word_in(S_text(&tok[j]), stops)))
				break;
			/* "hundreds of thousands of people cut off by fighting": a
			 * past form before a "by" phrase is a participle too, not the
			 * clause's verb ("The aid chief called for access for
			 * people cut off by fighting" keeps its verb) */
			if ((!strcmp(tg, "VBD") || !strcmp(tg, "VBP")) && S_by_next(tok, n, j))
				continue;
			if (!strcmp(tg, "VBD") || !strcmp(tg, "VBZ") || !strcmp(tg, "VBP") || !strcmp(tg, "MD")) {
				memcpy(tok[i].tag, t->tags[vbn], 8);
				memcpy(tok[i].upos, t->upos[vbn], 6);
				break;
			}
		}
	}
}

static int S_finite_tag(const char *tg)
{
	return !strcmp(tg, "VBD") || !strcmp(tg, "VBZ") || !strcmp(tg, "VBP") || !strcmp(tg, "MD");
}

/* Whether an object starts right after the past form at i: "killed 28
 * civilians", "surrounded Arafat's compound", "killed at least 12". */
static int S_object_next(const pm_token *tok, int n, int i)
{
	if (i + 1 >= n)
		return 0;
	const char *next = tok[i + 1].tag;
	return !strcmp(next, "DT") || !strcmp(next, "CD") || !strcmp(next, "PRP$") ||
	       !strncmp(next, "NN", 2) || !strncmp(next, "JJ", 2) ||
	       (!strcmp(S_text(&tok[i + 1]), "at") && i + 2 < n &&
		(!strcmp(S_text(&tok[i + 2]), "least") || !strcmp(S_text(&tok[i + 2]), "most")));
}

/* "An Israeli air strike on a building in Qana killed 28 civilians": the
 * noun phrase before the past form may be the last of prepositional
 * phrases hanging on the subject, which opens the sentence with no verb
 * before it. Only when an object follows, since a headline's "Dozens of
 * protesters arrested in Moscow" is a passive, or when the verb is never
 * passive ("Thousands of people demonstrated in Idlib"). */
static int S_pp_subject(const pm_token *tok, int n, int b, int i, const char *const *np,
			const char *const *subordinators)
{
	/* "Thousands of people demonstrated in Idlib": a past form that is
	 * never a passive needs no object to be the verb */
	static const char *const intransitive[] = {"demonstrated", "protested", "marched", "rallied",
						   "clashed", "rioted", "fled", "surrendered", "retreated",
						   "defected", "mutinied", NULL};
	if (!S_object_next(tok, n, i) && !S_word_in(S_text(&tok[i]), intransitive))
		return 0;
	int pps = 0;
	for (int k = b - 1; k >= 0; k--) {
		const char *tg = tok[k].tag;
		/* "Meanwhile, shelling in the town of Debaltseve killed six": a
		 * comma or colon before the subject opens its clause */
		if (tg[0] == ',' || tg[0] == ':')
			break;
		if (!strcmp(tg, "IN") && !S_word_in(S_text(&tok[k]), subordinators)) {
			pps++;
			continue;
		}
		/* "Gunmen allied with Syria's new authorities killed", "troops
		 * fighting in Tigray killed": a participle and its PP hanging
		 * on the subject's noun */
		if ((!strcmp(tg, "VBN") || !strcmp(tg, "VBG")) && k > 0 && !strncmp(tok[k - 1].tag, "NN", 2) &&
		    !strcmp(tok[k + 1].tag, "IN"))
			continue;
		if (!S_word_in(tg, np))
			return 0;
	}
	return pps > 0;
}

/* An adverb of manner or report ("deliberately", "reportedly",
 * "also"): words of negation or degree, which may sit before a
 * participle inside a noun phrase ("the not yet signed accord", "a
 * newly built road"), are not. */
static int S_adverb_aside(const char *w)
{
	static const char *const asides[] = {"also", "again", "reportedly", "allegedly", "later",
					     "then", "finally", "repeatedly", "today", "yesterday",
					     "once", "twice", NULL};
	size_t n = strlen(w);
	if (S_word_in(w, asides))
		return 1;
	return n > 5 && !strcmp(w + n - 2, "ly") && strcmp(w, "newly") && strcmp(w, "recently") &&
	       strcmp(w, "only") && strcmp(w, "widely") && strcmp(w, "previously") &&
	       strcmp(w, "formerly") && strcmp(w, "jointly") && strcmp(w, "internationally");
}

/* "A shell slammed into a street, killing 37": a regular past form after
 * a noun, with no auxiliary before it and no finite verb in its clause, is
 * the clause's verb (VBD), not a participle. The clause ends at a
 * subordinating or relative word, a colon, or a comma with a conjunction. */
static void S_lone_past(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const aux[] = {"is", "are", "was", "were", "be", "been", "being", "has",
					  "have", "had", "get", "got", "'s", "'re", NULL};
	static const char *const reporting[] = {
		"said", "says", "say", "told", "claimed", "reported", "announced", "added", "warned",
		"stated", "confirmed", "insisted", "alleged", "believe", "believes", "believed", NULL};
	static const char *const subordinators[] = {
		"that", "because", "after", "before", "when", "while", "since", "as", "if", "although",
		"though", "until", "whereas", "once", "unless", NULL};
	static const char *const np[] = {"DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
					 "NNPS", "POS", "HYPH", NULL};
	/* right to left: "Gunmen allied with X killed 1,000": the later past
	 * form is decided first, and the earlier one then has its verb */
	for (int i = n - 1; t->vbd >= 0 && i >= 1; i--) {
		/* "Qatar mediated talks": an -ed adjective right after a name is
		 * taken the same way */
		const char *tag = tok[i].tag;
		/* "Ukraine says Russia deliberately killed dozens": one adverb
		 * may stand between the subject and its verb, when an object
		 * follows (a passive's participle takes none) */
		int a = i - 1;
		size_t tl = strlen(S_text(&tok[i]));
		int ed_form = !strcmp(tag, "VBN") ||
			      (!strcmp(tag, "JJ") && tl > 4 && !strcmp(S_text(&tok[i]) + tl - 2, "ed"));
		if (a >= 1 && ed_form && !strcmp(tok[a].tag, "RB") &&
		    !strncmp(tok[a - 1].tag, "NN", 2) && S_adverb_aside(S_text(&tok[a])) &&
		    S_object_next(tok, n, i))
			a--;
		if (tok[a].tag[0] != 'N' || (tag[0] != 'V' && tag[0] != 'J'))
			continue;   /* the cheap look first: most tokens end here */
		size_t len = tag[0] == 'J' ? strlen(S_text(&tok[i])) : 0;
		/* "Qatari officials mediated talks": after a plural noun too,
		 * when an object follows it */
		int ed_adj = !strcmp(tag, "JJ") && len > 4 && !strcmp(S_text(&tok[i]) + len - 2, "ed") &&
			     (!strncmp(tok[a].tag, "NNP", 3) ||
			      (!strcmp(tok[a].tag, "NNS") && S_object_next(tok, n, i)));
		if ((strcmp(tag, "VBN") && !ed_adj) || strncmp(tok[a].tag, "NN", 2))
			continue;
		/* the noun phrase before it must open its clause: "according
		 * to a video released on Saturday" is a participle */
		int b = a;
		/* a conjunction may join the subject's parts ("Armenian and
		 * Azerbaijani negotiators", "Palestinian police and Israeli
		 * troops"); the clause opener test below still decides */
		/* "Yemen's warring parties agreed": a gerund before a noun
		 * modifies it */
		/* "A U.S. plane carrying medical supplies landed": a gerund
		 * right after a noun hangs on it, its object with it; after a
		 * comma it opens a clause of its own, and what follows its
		 * object is that object's state ("killing 800, leaving bodies
		 * strewn in the streets") */
		while (b > 0 && (S_word_in(tok[b - 1].tag, np) || !strcmp(tok[b - 1].tag, "CC") ||
				 (!strcmp(tok[b - 1].tag, "VBG") && !(b >= 2 && tok[b - 2].tag[0] == ',') &&
				  (!strncmp(tok[b].tag, "NN", 2) ||
				   (b >= 2 && !strncmp(tok[b - 2].tag, "NN", 2))))))
			b--;
		/* "Suspected ADF rebels killed 24": a participle opening the
		 * sentence before the noun modifies it */
		if (b == 1 && b < i - 1 && (!strcmp(tok[0].tag, "VBN") || !strcmp(tok[0].tag, "VBD")))
			b = 0;
		const char *open = b > 0 ? tok[b - 1].tag : ",";
		/* "Moscow said Ukrainian drones attacked a refinery": a reporting
		 * verb opens the clause it reports */
		/* a conjunction opens a clause after a comma (", and rebels
		 * seized"), not inside a noun list ("a ceasefire and release
		 * deal brokered by Qatar") */
		int cc_opens = !strcmp(open, "CC") && b >= 2 && tok[b - 2].tag[0] == ',';
		/* "Syrian troops backed by Russian warplanes clashed with IS":
		 * the agent of a participle after the subject ends where the
		 * clause's own verb begins */
		int agent_opens = !strcmp(open, "IN") && b >= 3 && !strcasecmp(S_text(&tok[b - 1]), "by") &&
				  !strcmp(tok[b - 2].tag, "VBN") && !strncmp(tok[b - 3].tag, "NN", 2);
		if (!(open[0] == ',' || open[0] == ':' || cc_opens || agent_opens || open[0] == 'W' ||
		      (!strcmp(open, "IN") && S_word_in(S_text(&tok[b - 1]), subordinators)) ||
		      (S_finite_tag(open) && S_word_in(S_text(&tok[b - 1]), reporting))) &&
		    !S_pp_subject(tok, n, b, i, np, subordinators))
			continue;
		int finite = S_word_in(S_text(&tok[i - 1]), aux);
		/* "Israeli tanks surrounded the compound and troops stormed
		 * it": with an object after it, "and" may open the next clause */
		int object = S_object_next(tok, n, i), comma = 0;
		for (int j = i + 1; j < n && !finite; j++) {
			const char *tg = tok[j].tag;
			comma |= tg[0] == ',';
			/* "..., a monitoring group said": the report's own verb */
			if (comma && S_finite_tag(tg) && S_word_in(S_text(&tok[j]), reporting))
				break;
			/* "... the militants it blames": a pronoun right after a
			 * noun opens a relative clause with its own verb */
			if (tg[0] == ':' || tg[0] == '.' || tg[0] == 'W' ||
			    (!strcmp(tg, "PRP") && !strncmp(tok[j - 1].tag, "NN", 2)) ||
			    (tg[0] == ',' && j + 1 < n && !strcmp(tok[j + 1].tag, "CC")) ||
			    (object && !strcmp(tg, "CC")) ||
			    (!strcmp(tg, "IN") && S_word_in(S_text(&tok[j]), subordinators)))
				break;   /* "... after Israel opened a tunnel": another clause */
			finite = S_finite_tag(tg);
		}
		if (!finite) {
			memcpy(tok[i].tag, t->tags[t->vbd], 8);
			memcpy(tok[i].upos, t->upos[t->vbd], 6);
		}
	}
}

/* "The attackers carried grenades and set fire to the building": a form
 * both past and participle right after "and", with an object, shares the
 * past tense of the verb before it in its clause (no auxiliary between,
 * which would make it a participle: "had seized the town and set fire to
 * it" keeps the participle, "was looted and set on fire" has no object). */
static void S_coordinated_past(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const aux[] = {"is", "are", "was", "were", "be", "been", "being", "has",
					  "have", "had", NULL};
	for (int i = 2; t->vbd >= 0 && i + 1 < n; i++) {
		if (tok[i].tag[0] != 'V' || strcmp(tok[i].tag, "VBN") || strcmp(tok[i - 1].tag, "CC") ||
		    !S_object_next(tok, n, i))
			continue;
		int past = 0;
		for (int j = i - 2; j >= 0; j--) {
			const char *tg = tok[j].tag;
			if (S_word_in(S_text(&tok[j]), aux) || tg[0] == ':' || tg[0] == 'W' ||
			    !strcmp(tg, "MD"))
				break;
			if (tg[0] == 'V') {
				past = !strcmp(tg, "VBD");
				break;
			}
		}
		if (!past)
			continue;
		memcpy(tok[i].tag, t->tags[t->vbd], 8);
		memcpy(tok[i].upos, t->upos[t->vbd], 6);
	}
}

/* "American and allied warplanes": a past form between an adjective and
 * "and" before it and a noun after it is one more adjective of the noun. */
static void S_coordinated_adjective(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const be[] = {"is", "are", "was", "were", "be", "been", NULL};
	for (int i = 2; t->jj >= 0 && i + 1 < n; i++) {
		/* "said the actions were unacceptable and urged Moscow to": an
		 * adjective after "be" says something of the subject, and a
		 * past form beside it before a name is the subject's next verb */
		int b = i - 3;
		while (b >= 0 && !strncmp(tok[b].tag, "RB", 2))
			b--;
		if (b >= 0 && S_word_in(S_text(&tok[b]), be) && !strcmp(tok[i + 1].tag, "NNP"))
			continue;
		if (tok[i].tag[0] == 'V' &&
		    (!strcmp(tok[i].tag, "VBN") || !strcmp(tok[i].tag, "VBD")) &&
		    !strcmp(tok[i - 1].tag, "CC") && !strcmp(tok[i - 2].tag, "JJ") &&
		    !strncmp(tok[i + 1].tag, "NN", 2)) {
			memcpy(tok[i].tag, t->tags[t->jj], 8);
			memcpy(tok[i].upos, t->upos[t->jj], 6);
		}
	}
}

/* "That earlier strike, on July 22, killed 39": a comparative adverb
 * between a determiner and its noun is an adjective of the noun. */
static void S_comparative_adjective(pm_token *tok, int n, int jjr, const pm_tagger *t)
{
	for (int i = 1; jjr >= 0 && i + 1 < n; i++)
		if (!strcmp(tok[i].tag, "RBR") && !strcmp(tok[i - 1].tag, "DT") &&
		    !strncmp(tok[i + 1].tag, "NN", 2) && strncmp(tok[i + 1].tag, "NNP", 3)) {
			memcpy(tok[i].tag, t->tags[jjr], 8);
			memcpy(tok[i].upos, t->upos[jjr], 6);
		}
}

/* "President Salva Kiir and rebel leader Riek Machar signed": a base
 * form between "and" after a name and a noun before another name, with
 * no verb before it, modifies the noun; a clause cannot start there. */
static void S_coordinated_modifier(const pm_tagger *t, pm_token *tok, int n)
{
	int verb_seen = 0;
	for (int i = 0; t->jj >= 0 && i + 1 < n; i++) {
		int coordinated = i + 2 < n && i >= 2 && !verb_seen && !strcmp(tok[i].tag, "VB") &&
				  !strcmp(tok[i - 1].tag, "CC") && !strcmp(tok[i - 2].tag, "NNP") &&
				  !strcmp(tok[i + 1].tag, "NN") && !strcmp(tok[i + 2].tag, "NNP");
		/* "Islamist rebel positions": in news "rebel" before a noun is
		 * never the verb */
		int rebel = (!strcmp(tok[i].tag, "VB") || !strcmp(tok[i].tag, "VBP")) &&
			    !strncmp(tok[i + 1].tag, "NN", 2) && !strcasecmp(S_text(&tok[i]), "rebel");
		if (coordinated || rebel) {
			memcpy(tok[i].tag, t->tags[t->jj], 8);
			memcpy(tok[i].upos, t->upos[t->jj], 6);
		}
		verb_seen |= tok[i].tag[0] == 'V' || !strcmp(tok[i].tag, "MD");
	}
}

/* "Fighting between Armenian and Azerbaijani forces erupted": a gerund of
 * war opening the sentence before "between" is the noun, the subject of
 * the verb that follows. */
static void S_fighting_subject(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const war[] = {"fighting", "shelling", "bombing", "bombardment",
					  "shooting", NULL};
	static const char *const preps[] = {"between", "of", "in", "on", "near", "around", NULL};
	/* "Meanwhile, shelling in the town killed six": after an adverb and
	 * its comma the clause opens the same way */
	int i = n > 2 && !strncmp(tok[0].tag, "RB", 2) && !strcmp(tok[1].tag, ",") ? 2 : 0;
	/* "Shelling killed six civilians", "Fighting erupted between ...":
	 * or right before its past form, with that verb's object or a verb
	 * that fighting does alone */
	static const char *const alone[] = {"erupted", "raged", "flared", "resumed", "continued",
					    "intensified", "escalated", "spread", "broke", NULL};
	if (i + 3 > n || strcmp(tok[i].tag, "VBG") || !S_word_in(S_text(&tok[i]), war) ||
	    !(S_word_in(S_text(&tok[i + 1]), preps) ||
	      ((!strcmp(tok[i + 1].tag, "VBN") || !strcmp(tok[i + 1].tag, "VBD")) &&
	       (S_object_next(tok, n, i + 1) || S_word_in(S_text(&tok[i + 1]), alone)))))
		return;
	int nn = pm_tagger_tag_index(t, "NN");
	if (nn < 0)
		return;
	memcpy(tok[i].tag, t->tags[nn], 8);
	memcpy(tok[i].upos, t->upos[nn], 6);
}

/* "continued its offensive against Boko Haram", "the offensive ." :
 * a war noun the lexicon leads as an adjective, after a determiner or
 * possessive with no noun after it to modify, heads its phrase. */
static void S_war_noun(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const nouns[] = {"offensive", "counteroffensive", "counter-offensive",
					    NULL};
	static const char *const dets[] = {"DT", "PRP$", "POS", NULL};
	int nn = -1;
	for (int i = 1; i < n; i++) {
		if (tok[i].tag[0] != 'J' || strcmp(tok[i].tag, "JJ") || !S_word_in(S_text(&tok[i]), nouns) ||
		    (i + 1 < n && (tok[i + 1].tag[0] == 'N' || tok[i + 1].tag[0] == 'J')))
			continue;
		/* right after the determiner only: "Turkey's military
		 * offensive" stays as the tagger read it */
		if (!S_word_in(tok[i - 1].tag, dets))
			continue;
		if (nn < 0 && (nn = pm_tagger_tag_index(t, "NN")) < 0)
			return;
		memcpy(tok[i].tag, t->tags[nn], 8);
		memcpy(tok[i].upos, t->upos[nn], 6);
	}
}

/* "Human Rights Watch said", "... Watch says": a capitalised word inside
 * a name, read as a verb (or "which") between the name's words and a
 * verb of saying, is the name's last word, and the saying is the verb
 * ("Watch/VBD said/JJ" lost the speaker and gave the report a subject of
 * its own). */
static void S_name_before_report(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const saying[] = {"said", "says", "told", "reported", "warned",
					     "accused", "urged", NULL};
	int nnp = -1;
	for (int i = 2; i + 1 < n; i++) {
		const char *w = S_text(&tok[i]), *tg = tok[i].tag;
		if (!(w[0] >= 'A' && w[0] <= 'Z') || (tg[0] != 'V' && tg[0] != 'W') ||
		    strncmp(tok[i - 1].tag, "NNP", 3) || !S_word_in(S_text(&tok[i + 1]), saying))
			continue;
		if (nnp < 0 && (nnp = pm_tagger_tag_index(t, "NNP")) < 0)
			return;
		memcpy(tok[i].tag, t->tags[nnp], 8);
		memcpy(tok[i].upos, t->upos[nnp], 6);
		const char *next = tok[i + 1].tag;
		int vb = !strcmp(S_text(&tok[i + 1]), "says") ? pm_tagger_tag_index(t, "VBZ") : t->vbd;
		if (strcmp(next, "VBD") && strcmp(next, "VBZ") && vb >= 0) {
			memcpy(tok[i + 1].tag, t->tags[vb], 8);
			memcpy(tok[i + 1].upos, t->upos[vb], 6);
		}
	}
}

static int S_first_clause_end(const pm_token *tok, int n, int i);
static int S_has_finite(const pm_token *tok, int a, int b);

/* "Serb forces shelled villages": whether the word after the plural at i
 * is a past form in -ed read as an adjective or a participle, in a clause
 * with no finite verb: it is then the plural's verb. */
static int S_past_after(const pm_token *tok, int n, int i)
{
	if (i + 2 >= n)
		return 0;
	const char *w = S_text(&tok[i + 1]), *tg = tok[i + 1].tag;
	size_t len = strlen(w);
	if ((strcmp(tg, "JJ") && strcmp(tg, "VBN")) || len < 5 || strcmp(w + len - 2, "ed"))
		return 0;
	return !S_has_finite(tok, 0, i) && !S_has_finite(tok, i + 2, S_first_clause_end(tok, n, i + 1));
}

/* "clashed with Tigrayan forces near Alamata": a plural noun of war news
 * read as a verb after a name or an adjective, with nothing it could
 * take as an object after it, is the noun; so is one a past form follows
 * in a clause that has no other verb ("Serb forces shelled villages"). */
static void S_plural_noun(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const nouns[] = {
		"forces", "attacks", "strikes", "talks", "protests", "clashes", "raids", "fights",
		"shells", "bombs", "arms", "troops", "orders", "threats", "demands", "calls", "plans",
		"reports", "rebels", "guards", "units", "claims", NULL};
	/* "al Shabaab militants it blames": people of war news no verb
	 * shares, read as a verb before a pronoun */
	static const char *const people[] = {
		"militants", "fighters", "soldiers", "insurgents", "civilians", "jihadists",
		"separatists", "extremists", "officials", "protesters", "refugees", "villagers",
		"peacekeepers", "diplomats", "guerrillas", "terrorists", "demonstrators", "hostages",
		"journalists", "paramilitaries", "mercenaries", "islamists", "policemen", "militias",
		NULL};
	for (int i = 1; t->nns >= 0 && i < n; i++) {
		const char *w = S_text(&tok[i]);
		/* a foreign word too: "allied Arab militias massacred ..." */
		size_t len = tok[i].tag[0] == 'V' || !strcmp(tok[i].tag, "FW") ? strlen(w) : 0;
		if (len > 4 && (w[len - 1] == 's' || w[len - 1] == 'n') && S_word_in(w, people)) {
			int past = t->vbd >= 0 && S_past_after(tok, n, i);
			memcpy(tok[i].tag, t->tags[t->nns], 8);
			memcpy(tok[i].upos, t->upos[t->nns], 6);
			if (past) {   /* "Arab militias attacked the town" */
				memcpy(tok[i + 1].tag, t->tags[t->vbd], 8);
				memcpy(tok[i + 1].upos, t->upos[t->vbd], 6);
			}
			continue;
		}
		if (tok[i].tag[0] != 'V' || strcmp(tok[i].tag, "VBZ") || !S_word_in(S_text(&tok[i]), nouns))
			continue;
		const char *prev = tok[i - 1].tag, *next = i + 1 < n ? tok[i + 1].tag : ".";
		if (strncmp(prev, "JJ", 2) && strcmp(prev, "NNP"))
			continue;
		int past = t->vbd >= 0 && S_past_after(tok, n, i);
		if (!(past || !strcmp(next, "IN") || !strcmp(next, "TO") || !strcmp(next, "CC") ||
		      next[0] == ',' || next[0] == '.' || S_finite_tag(next)))
			continue;
		memcpy(tok[i].tag, t->tags[t->nns], 8);
		memcpy(tok[i].upos, t->upos[t->nns], 6);
		if (past) {
			memcpy(tok[i + 1].tag, t->tags[t->vbd], 8);
			memcpy(tok[i + 1].upos, t->upos[t->vbd], 6);
		}
	}
}

/* "imposed travel bans and asset freezes on officials": after a modified
 * plural noun and "and", a noun and a present form in -s before a
 * preposition are the list's second modified plural, not a clause. Only
 * the parallel shape (a noun or adjective before the first plural too):
 * "attacked towns and fighting continues in the north" is a clause. */
static void S_listed_plural(const pm_tagger *t, pm_token *tok, int n)
{
	for (int i = 4; t->nns >= 0 && i + 1 < n; i++) {
		if (tok[i].tag[0] != 'V' || strcmp(tok[i].tag, "VBZ") || strcmp(tok[i - 1].tag, "NN") ||
		    strcmp(tok[i - 2].tag, "CC") || strcmp(tok[i - 3].tag, "NNS") ||
		    (strcmp(tok[i - 4].tag, "NN") && strcmp(tok[i - 4].tag, "JJ")) ||
		    strcmp(tok[i + 1].tag, "IN") || strcasecmp(S_text(&tok[i - 2]), "and"))
			continue;
		memcpy(tok[i].tag, t->tags[t->nns], 8);
		memcpy(tok[i].upos, t->upos[t->nns], 6);
	}
}

/* The verb stem of a headline's "massacres", "targets": the word less
 * its -s or -es, when that stem is one of verbs. */
static int S_third_person_of(const char *w, const char *const *verbs)
{
	char stem[32];
	size_t n = strlen(w);
	if (n < 4 || n >= sizeof(stem) || w[n - 1] != 's')
		return 0;
	memcpy(stem, w, n - 1);
	stem[n - 1] = '\0';
	if (S_word_in(stem, verbs))
		return 1;
	if (n >= 5 && w[n - 2] == 'e') {
		stem[n - 2] = '\0';
		return S_word_in(stem, verbs);
	}
	return 0;
}

/* The end of the clause that opens at 0 and holds i: the first comma,
 * colon or subordinating word after i ("... pound Baghdad as Gulf war
 * begins"), or n. */
static int S_first_clause_end(const pm_token *tok, int n, int i)
{
	static const char *const subs[] = {"as", "after", "while", "when", "before", "amid",
					   "because", "since", "until", "though", "although", NULL};
	for (int j = i + 1; j < n; j++)
		if (tok[j].tag[0] == ',' || tok[j].tag[0] == ':' || !strcmp(tok[j].tag, ".") ||
		    (!strcmp(tok[j].tag, "IN") && S_word_in(S_text(&tok[j]), subs)))
			return j;
	return n;
}

/* Whether tokens from a to b (exclusive) hold a finite verb or a modal. */
static int S_has_finite(const pm_token *tok, int a, int b)
{
	for (int j = a; j < b; j++)
		if ((tok[j].tag[0] == 'V' || tok[j].tag[0] == 'M') && S_finite_tag(tok[j].tag))
			return 1;
	return 0;
}

/* Whether w is two or more capital letters and nothing else ("TPLF"). */
static int S_all_caps(const char *w)
{
	int k = 0;
	for (; w[k]; k++)
		if (w[k] < 'A' || w[k] > 'Z')
			return 0;
	return k >= 2;
}

/* "Ethiopia and Eritrea sign peace accord in Algiers", "Chechen fighters
 * abandon ruined palace", "US-Saudi aggression massacres children in
 * Dhahyan", "Russian missiles hit crowded shopping mall": a headline's
 * present verb after its subject, read as a noun (or an adverb, or
 * "which") because nothing else in its clause is a verb. Only words news
 * uses so, and only when the first clause has no finite verb; a clause
 * after "as" or a comma ("... as Gulf war begins") has its own. */
static void S_verbless_headline(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const verbs[] = {"sign", "agree", "clash", "vow", "pledge", "demand",
					    "reject", "deny", "warn", "halt", "raid", "shell", "bomb",
					    "attack", "seize", "free", "release", "back", "abandon",
					    "massacre", "target", "storm", "capture", "recapture",
					    "ambush", "abduct", "kidnap", "besiege", "overrun", "pound",
					    "hit", "strike", "shake", "enter", "kill", "fire", "retake",
					    "bombard", "quit", "flee", "meet", NULL};
	/* a candidate after the first finite verb would end the pass
	 * unchanged (the clause before it has a verb): most sentences stop
	 * here at no cost */
	int first_finite = 0;
	while (first_finite < n && !((tok[first_finite].tag[0] == 'V' || tok[first_finite].tag[0] == 'M') &&
				     S_finite_tag(tok[first_finite].tag)))
		first_finite++;
	for (int i = 1; i + 1 < n && i < first_finite; i++) {
		const char *prev = tok[i - 1].tag, *next = tok[i + 1].tag, *w = S_text(&tok[i]), *tg = tok[i].tag;
		/* an acronym read as a common noun is a name ("Government, TPLF
		 * sign peace agreement") */
		int after_subject = !strcmp(prev, "NNP") || !strcmp(prev, "NNPS") || !strcmp(prev, "NNS") ||
				    (!strcmp(prev, "NN") && S_all_caps(S_text(&tok[i - 1])));
		/* a bare stem after a plural or a name; a stem in -s after a
		 * singular noun ("aggression massacres children") */
		int plural = (!strcmp(tg, "NN") || !strcmp(tg, "WDT") || (!strcmp(tg, "RB") && strcmp(w, "back"))) &&
			     after_subject && S_word_in(w, verbs);
		int single = !strcmp(tg, "NNS") && !strcmp(prev, "NN") && S_third_person_of(w, verbs);
		if (!(plural || single))
			continue;
		if (!(next[0] == 'N' || next[0] == 'J' || !strcmp(next, "DT") || !strcmp(next, "CD") ||
			       !strcmp(next, "PRP$") || !strcmp(next, "VBD")))
			continue;
		/* a past form right after a noun is that noun's verb ("artillery
		 * shells hit a compound"); after a word read as no noun at all
		 * ("hit/WDT crowded/VBD mall") it is the object's adjective */
		int adj = !strcmp(next, "VBD") && tg[0] != 'N';
		int end = S_first_clause_end(tok, n, i);
		if (S_has_finite(tok, 0, i) || S_has_finite(tok, i + 1 + adj, end))
			return;
		int vb = pm_tagger_tag_index(t, single ? "VBZ" : "VBP"), jj = t->jj;
		if (vb < 0)
			return;
		memcpy(tok[i].tag, t->tags[vb], 8);
		memcpy(tok[i].upos, t->upos[vb], 6);
		/* "hit crowded/VBD shopping mall": a past form before the
		 * object's noun is its adjective */
		if (adj && jj >= 0 && i + 2 < n && tok[i + 2].tag[0] == 'N') {
			memcpy(tok[i + 1].tag, t->tags[jj], 8);
			memcpy(tok[i + 1].upos, t->upos[jj], 6);
		}
		return;
	}
}

/* "Japan lodges protest after ...", "U.N. council orders war crimes
 * probe": a headline's verb in -s that takes a noun naming an act, read
 * as a plural noun because the act noun after it is also a verb. After a
 * singular name or noun, the -s word of such a verb is the verb and the
 * run of nouns and stems after it, up to a preposition or a comma, its
 * object. Only verbs whose -s form news rarely uses as a plural subject
 * ("Houthi rebels attack ships" is untouched), and only when the word
 * after it is a noun first ("the court orders remain" is untouched). */
/* Whether the lexicon's likeliest tag for w is NN ("protest", "war",
 * "probe"; not "remain"). */
static int S_noun_led(const pm_tagger *t, const char *w)
{
	const S_lex *e = S_lex_find(t, pm_tagger_word_hash(w));
	return e && e->lead == t->lead_nn;
}

static void S_headline_light_verb(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const verbs[] = {"lodges", "files", "issues", "orders", "launches",
					    "raises", "holds", "calls", "seeks", "opens", "ends",
					    "makes", "takes", "gives", "steps", "wins", "begins",
					    "resumes", "announces", "declares", "vows", "pledges",
					    "urges", "demands", "plans", "suspends", "lifts", NULL};
	int vbz = pm_tagger_tag_index(t, "VBZ"), nn = pm_tagger_tag_index(t, "NN");
	if (vbz < 0 || nn < 0)
		return;
	for (int i = 1; i + 1 < n; i++) {
		const char *prev = tok[i - 1].tag, *next = tok[i + 1].tag;
		if (tok[i].tag[0] != 'N' || strcmp(tok[i].tag, "NNS") || !(!strcmp(prev, "NNP") || !strcmp(prev, "NN")) ||
		    !S_word_in(S_text(&tok[i]), verbs))
			continue;
		/* the object read as the verb; or read as a noun, the first
		 * clause then having no verb at all ("Turkey lodges protest
		 * with Greece") */
		int as_verb = (!strcmp(next, "VBP") || !strcmp(next, "VB")) && S_noun_led(t, S_text(&tok[i + 1]));
		int verbless = (next[0] == 'N' || next[0] == 'J' || !strcmp(next, "DT") || !strcmp(next, "CD") ||
				!strcmp(next, "PRP$")) &&
			       !S_has_finite(tok, 0, S_first_clause_end(tok, n, i));
		if (!as_verb && !verbless)
			continue;
		memcpy(tok[i].tag, t->tags[vbz], 8);
		memcpy(tok[i].upos, t->upos[vbz], 6);
		for (int j = i + 1; j < n; j++) {
			const char *tg = tok[j].tag;
			if ((!strcmp(tg, "VBP") || !strcmp(tg, "VB")) && S_noun_led(t, S_text(&tok[j]))) {
				memcpy(tok[j].tag, t->tags[nn], 8);
				memcpy(tok[j].upos, t->upos[nn], 6);
			} else if (strncmp(tg, "NN", 2) && strncmp(tg, "JJ", 2)) {
				break;
			}
		}
		return;
	}
}

/* "Strike on Kharkiv square kills civilians", "Bombing destroys shrine
 * dome", "Clash at the station leaves one dead": a clause's opening word
 * that is also a noun (or a gerund) read as an order or a participle,
 * although a present verb later in its clause still wants a subject: an
 * order takes no present verb of its own in its clause. Only when what
 * lies between is a noun phrase and its prepositional phrases, so that
 * "Halt the shelling, the envoy says" (no present verb in the clause),
 * "Help them leave" and "Ask the man who knows" keep their verbs. */
static void S_opening_noun(const pm_tagger *t, pm_token *tok, int n)
{
	int nn = pm_tagger_tag_index(t, "NN");
	if (nn < 0 || n < 3 || (strcmp(tok[0].tag, "VB") && strcmp(tok[0].tag, "VBG")))
		return;
	int end = S_first_clause_end(tok, n, 0);
	for (int j = 1; j < end; j++) {
		const char *tg = tok[j].tag;
		if (!strcmp(tg, "VBZ") || !strcmp(tg, "VBP")) {
			memcpy(tok[0].tag, t->tags[nn], 8);
			memcpy(tok[0].upos, t->upos[nn], 6);
			return;
		}
		if (!(tg[0] == 'N' || tg[0] == 'J' || !strcmp(tg, "IN") || !strcmp(tg, "DT") || !strcmp(tg, "CD") ||
		      !strcmp(tg, "POS") || !strcmp(tg, "PRP$")))
			return;
	}
}

/* "Turkey will host talks": a modal's verb read as a noun. A modal is
 * followed by its verb (adverbs and "not" aside). */
static void S_after_modal(const pm_tagger *t, pm_token *tok, int n)
{
	for (int i = 0; t->vb >= 0 && i + 1 < n; i++) {
		if (strcmp(tok[i].tag, "MD"))
			continue;
		int j = i + 1;
		while (j < n && tok[j].tag[0] == 'R' && tok[j].tag[1] == 'B')
			j++;
		if (j < n && !strcmp(tok[j].tag, "NN") && j + 1 < n && tok[j + 1].tag[0] != 'P' &&
		    strcmp(tok[j + 1].tag, "VBZ") && strcmp(tok[j + 1].tag, "VBD")) {
			memcpy(tok[j].tag, t->tags[t->vb], 8);
			memcpy(tok[j].upos, t->upos[t->vb], 6);
		}
	}
}

/* "Colombian police shot dead a drug boss": a past form of killing with
 * "dead" and an object after it is the verb, though the model read "police
 * shot" as a compound noun (the object rules out "a shot dead centre"). */
static int S_killed_dead(const pm_token *tok, int n, int i)
{
	static const char *const killing[] = {"shot", "stabbed", "beaten", "hacked", "clubbed", NULL};
	/* the first letter before the lists: most tokens end there */
	return i + 2 < n && (S_text(&tok[i + 1])[0] | 0x20) == 'd' &&
	       !strcasecmp(S_text(&tok[i + 1]), "dead") && S_word_in(S_text(&tok[i]), killing) &&
	       S_object_next(tok, n, i + 1);
}

/* Whether tag is a verb's finite form or a modal. */
static int S_finite_or_modal(const char *tg)
{
	return !strcmp(tg, "MD") || !strcmp(tg, "VBD") || !strcmp(tg, "VBP") || !strcmp(tg, "VBZ") ||
	       !strcmp(tg, "VB");
}

/* Whether the verb at i asks for an act in a that-clause ("demanded that
 * Iran rein in", "urged that troops withdraw"): its verb is a bare
 * subjunctive form. */
static int S_mandative(const pm_token *tok, int i)
{
	static const char *const stems[] = {"demand", "insist", "urg", "ask", "propos", "recommend",
					    "requir", "request", "order", NULL};
	if (tok[i].tag[0] != 'V')
		return 0;
	const char *w = S_text(&tok[i]);
	for (const char *const *s = stems; *s; s++)
		if (!strncasecmp(w, *s, strlen(*s)))
			return 1;
	return 0;
}

/* Whether a token may end a clause's verb phrase after a bare verb read as
 * a noun: a particle or preposition ("rein in"), an object's start, the
 * sentence's end. */
static int S_after_bare_verb(const char *tg)
{
	return !strcmp(tg, "IN") || !strcmp(tg, "RP") || !strcmp(tg, "RB") || !strcmp(tg, "DT") ||
	       !strcmp(tg, "PRP$") || !strcmp(tg, "PRP") || !strcmp(tg, "TO") || !strcmp(tg, "CC") ||
	       !strcmp(tg, "CD") || tg[0] == '.' || tg[0] == ',';
}

/* "Washington demanded that Iran rein in the groups", "demanded that the
 * forces surrender": after a verb that asks for an act and "that", the
 * clause's subject is a noun phrase and its verb a bare form, which the
 * model reads as one more noun when it is also a noun (the subjunctive is
 * rare in its training text). A common noun right after the subject's
 * noun, before a particle, an object or the end, with no verb of the
 * clause after it, is the verb. */
static void S_mandative_subjunctive(const pm_tagger *t, pm_token *tok, int n)
{
	for (int i = 0; t->vb >= 0 && i + 3 < n; i++) {
		/* "that" first: most tokens end there, at its first letter */
		if ((S_text(&tok[i + 1])[0] | 0x20) != 't' || strcmp(tok[i + 1].tag, "IN") ||
		    strcasecmp(S_text(&tok[i + 1]), "that") || !S_mandative(tok, i))
			continue;
		/* the subject: determiners and modifiers, then nouns; a
		 * determiner after a noun starts the object ("order a halt") */
		int j = i + 2, noun = 0;
		while (j < n && (tok[j].tag[0] == 'N' || tok[j].tag[0] == 'J' || !strcmp(tok[j].tag, "POS") ||
				 (!noun && (!strcmp(tok[j].tag, "DT") || !strcmp(tok[j].tag, "CD") ||
					    !strcmp(tok[j].tag, "PRP$"))))) {
			noun |= tok[j].tag[0] == 'N';
			j++;
		}
		/* j ends the run; its last noun is the candidate */
		int c = j - 1;
		/* "that the government free 20 prisoners": an adjective after
		 * the subject's noun before an object is the verb too */
		int object = j < n && (!strcmp(tok[j].tag, "DT") || !strcmp(tok[j].tag, "CD") ||
				       !strcmp(tok[j].tag, "PRP$"));
		if (c < i + 3 || tok[c - 1].tag[0] != 'N' || (j < n && !S_after_bare_verb(tok[j].tag)) ||
		    !(!strcmp(tok[c].tag, "NN") || (object && !strcmp(tok[c].tag, "JJ"))))
			continue;
		int k = j;
		while (k < n && tok[k].tag[0] != ',' && tok[k].tag[0] != '.' && tok[k].tag[0] != ':' &&
		       strcmp(tok[k].tag, "CC") && strncmp(tok[k].tag, "W", 1) && !S_finite_or_modal(tok[k].tag))
			k++;
		if (k < n && S_finite_or_modal(tok[k].tag))
			continue;
		memcpy(tok[c].tag, t->tags[t->vb], 8);
		memcpy(tok[c].upos, t->upos[t->vb], 6);
	}
}

/* "A blast tore through the courtyard": irregular past forms no noun
 * shares, read as nouns after a noun where the model saw too few of them,
 * and "A" after a dateline's dash read as a symbol. */
static void S_irregular_past(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const pasts[] = {"tore", "overran", "blew", "slew", "swore", NULL};
	/* nouns of war news the training text lacks ("Myanmar airstrike/FW",
	 * "ceasefire/POS deal") */
	static const char *const nouns[] = {"airstrike", "ceasefire", NULL};
	int dt = pm_tagger_tag_index(t, "DT"), nn = pm_tagger_tag_index(t, "NN");
	for (int i = 0; i < n; i++) {
		if (nn >= 0 && tok[i].tag[0] != 'N' && S_word_in(S_text(&tok[i]), nouns)) {
			memcpy(tok[i].tag, t->tags[nn], 8);
			memcpy(tok[i].upos, t->upos[nn], 6);
		}
		if (dt >= 0 && !strcmp(tok[i].tag, "SYM") && !strcmp(S_text(&tok[i]), "A") && i + 1 < n &&
		    (!strncmp(tok[i + 1].tag, "JJ", 2) || !strncmp(tok[i + 1].tag, "NN", 2))) {
			memcpy(tok[i].tag, t->tags[dt], 8);
			memcpy(tok[i].upos, t->upos[dt], 6);
		}
		if (i == 0 || t->vbd < 0 || tok[i].tag[0] == 'V' || strncmp(tok[i - 1].tag, "NN", 2) ||
		    (!S_word_in(S_text(&tok[i]), pasts) && !S_killed_dead(tok, n, i)))
			continue;
		memcpy(tok[i].tag, t->tags[t->vbd], 8);
		memcpy(tok[i].upos, t->upos[t->vbd], 6);
	}
}

/* "RSF overruns El Fasher": a lower-case word ending in "s" that the model
 * calls foreign, between a name or noun and a name or determiner, is the
 * verb of a headline (the model saw too few "-s" forms of rare verbs after
 * an unknown name); foreign words proper are set in a run of them. */
static void S_foreign_verb(const pm_tagger *t, pm_token *tok, int n)
{
	int vbz = pm_tagger_tag_index(t, "VBZ");
	for (int i = 1; vbz >= 0 && i + 1 < n; i++) {
		const char *w = S_text(&tok[i]);
		size_t len = strlen(w);
		if (strcmp(tok[i].tag, "FW") || len < 4 || w[len - 1] != 's' ||
		    strncmp(tok[i - 1].tag, "NN", 2) || !strcmp(tok[i - 1].tag, "FW") ||
		    (strncmp(tok[i + 1].tag, "NNP", 3) && strcmp(tok[i + 1].tag, "DT")))
			continue;
		int lower = 1;
		for (size_t k = 0; k < len; k++)
			lower &= w[k] >= 'a' && w[k] <= 'z';
		if (!lower)
			continue;
		memcpy(tok[i].tag, t->tags[vbz], 8);
		memcpy(tok[i].upos, t->upos[vbz], 6);
	}
}

/* "Aid convoys enter besieged Madaya", "troops reached the besieged city":
 * a past participle right after a verb that is no auxiliary (or after
 * that verb's determiner) and before a noun or adjective describes the
 * noun; read as a verb it took the sentence's object for its own. */
static void S_participle_adjective(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const aux[] = {"have", "has", "had", "having", "be", "is", "are", "was",
					  "were", "been", "being", "get", "gets", "got", "'s", "'re",
					  "'ve", NULL};
	int jj = pm_tagger_tag_index(t, "JJ");
	for (int i = 1; jj >= 0 && i + 1 < n; i++) {
		int v = i - 1;
		if (v > 0 && !strcmp(tok[v].tag, "DT"))
			v--;
		if (strcmp(tok[i].tag, "VBN") || tok[v].tag[0] != 'V' || !strcmp(tok[v].tag, "VBN") ||
		    S_word_in(S_text(&tok[v]), aux) ||
		    (strncmp(tok[i + 1].tag, "JJ", 2) && strncmp(tok[i + 1].tag, "NN", 2)))
			continue;
		memcpy(tok[i].tag, t->tags[jj], 8);
		memcpy(tok[i].upos, t->upos[jj], 6);
	}
}

/* "the annexation of four occupied regions", "in two destroyed villages":
 * a past form between a number after a preposition or determiner and a
 * plural noun describes the noun; read as a verb it made "four" its
 * subject and the regions its object. */
static void S_counted_participle(const pm_tagger *t, pm_token *tok, int n)
{
	int jj = pm_tagger_tag_index(t, "JJ");
	for (int i = 2; jj >= 0 && i + 1 < n; i++) {
		if ((strcmp(tok[i].tag, "VBD") && strcmp(tok[i].tag, "VBN")) || strcmp(tok[i - 1].tag, "CD") ||
		    strcmp(tok[i + 1].tag, "NNS") || (strcmp(tok[i - 2].tag, "IN") && strcmp(tok[i - 2].tag, "DT")))
			continue;
		memcpy(tok[i].tag, t->tags[jj], 8);
		memcpy(tok[i].upos, t->upos[jj], 6);
	}
}

/* "ECOWAS threatened to attack Niger", "AMISOM attacked the base", "AMISOM
 * forces": outside a line in capitals, a word of three or more capitals
 * that is no English word is an acronym, a name, never a verb; the
 * perceptron reads unknown capitals that begin a clause as a verb, and the
 * clause then lost its subject. A word the lexicon knows ("PLEASE NOTE",
 * "I HAVE") is shouted, and may be the verb it reads. */
static int S_acronym_subject(const pm_tagger *t, const pm_token *tok, int n, int i)
{
	const char *w = S_text(&tok[i]);
	int len = 0;
	if (tok[i].tag[0] != 'V')
		return 0;
	for (; w[len]; len++)
		if (w[len] < 'A' || w[len] > 'Z')
			return 0;
	if (len < 3)
		return 0;
	/* a known word is a name only right before a finite verb (two finite
	 * verbs do not follow each other) */
	if (S_lex_find(t, pm_tagger_word_hash(w)))
		return i + 1 < n && S_finite_tag(tok[i + 1].tag);
	return 1;
}

/* "drive IS out of Palmyra", "The last IS fighters", "US raid": outside an
 * all-capitals line, "IS" and "US" written in capitals are the Islamic
 * State and the United States, not the verb and the pronoun. */
static void S_is_acronym(const pm_tagger *t, pm_token *tok, int n, int mode)
{
	int nnp = pm_tagger_tag_index(t, "NNP");
	if (mode == 2 || nnp < 0)
		return;
	for (int i = 0; i < n; i++)
		if ((tok[i].tag[0] == 'V' && !strcmp(S_text(&tok[i]), "IS")) ||
		    (!strcmp(tok[i].tag, "PRP") && !strcmp(S_text(&tok[i]), "US")) ||
		    S_acronym_subject(t, tok, n, i)) {
			memcpy(tok[i].tag, t->tags[nnp], 8);
			memcpy(tok[i].upos, t->upos[nnp], 6);
		}
}

/* Whether w is an Arabic article joined to a name ("al-Sudani",
 * "el-Sisi", "Al-Shabaab", "AL-QAEDA"): a name, whatever its ending
 * looks like to the perceptron ("al-Sudani" read as a verb). */
static int S_article_name(const char *w)
{
	static const char *const articles[] = {"al-", "el-", "Al-", "El-", "AL-", "EL-", NULL};
	if (!w[0] || !w[1] || w[2] != '-')
		return 0;
	for (int i = 0; articles[i]; i++)
		if (!strncmp(w, articles[i], 3))
			return w[3] >= 'A' && w[3] <= 'Z';
	return 0;
}

/* w is one of the particles, tried only on words of two to four letters
 * (the particles' lengths): this runs on every word after a name */
static int S_particle(const char *w, const char *const *particles)
{
	size_t len = strnlen(w, 5);
	return len >= 2 && len <= 4 && S_word_in(w, particles);
}

/* "Ursula von der Leyen", "Luiz Inacio Lula da Silva", "Osama bin Laden":
 * a particle of a name between a capitalised name and a capitalised word
 * is part of the name; read as a foreign word it broke the name in two,
 * and neither half matched. An Arabic article joined to a name is one
 * too. */
static void S_name_particles(const pm_tagger *t, pm_token *tok, int n)
{
	static const char *const particles[] = {"von", "van", "der", "den", "de", "da", "du", "dos",
						"das", "di", "bin", "ibn", "bint", "la", "le", NULL};
	int nnp = pm_tagger_tag_index(t, "NNP");
	for (int i = 0; nnp >= 0 && i < n; i++) {
		const char *w = S_text(&tok[i]);
		int name = S_article_name(w) && strcmp(tok[i].tag, "NNP");
		/* a run of particles ("von der") between two names */
		if (!name && i > 0 && tok[i - 1].tag[0] == 'N' && !strcmp(tok[i - 1].tag, "NNP") &&
		    S_particle(w, particles)) {
			int j = i;
			while (j < n && S_particle(S_text(&tok[j]), particles))
				j++;
			if (j < n && j - i <= 2 && S_text(&tok[j])[0] >= 'A' && S_text(&tok[j])[0] <= 'Z' &&
			    (!strncmp(tok[j].tag, "NN", 2) || tok[j].tag[0] == 'F' || tok[j].tag[0] == 'V')) {
				for (int k = i; k <= j; k++) {
					memcpy(tok[k].tag, t->tags[nnp], 8);
					memcpy(tok[k].upos, t->upos[nnp], 6);
				}
				i = j;
			}
			continue;
		}
		if (name) {
			memcpy(tok[i].tag, t->tags[nnp], 8);
			memcpy(tok[i].upos, t->upos[nnp], 6);
		}
	}
}

int pm_tagger_tag(const pm_tagger *t, pm_token *tokens, int n)
{
	return pm_tagger_tag_cached(t, NULL, tokens, n);
}

static int S_is_quote(const char *w)
{
	return w[0] == '"' && !w[1];
}

int pm_tagger_tag_cached(const pm_tagger *t, pm_tagger_cache *cache, pm_token *tokens, int n)
{
	if (!t || n < 0 || (n > 0 && !tokens) || (cache && cache->t != t))
		return pm_error_set(PM_EINVALID, "pm_tagger_tag: no model, no tokens or another model's cache");
	S_modecount m = {0, 0, 0, 0, 0};
	for (int i = 0; i < n; i++)
		S_mode_add(&m, S_text(&tokens[i]), i == 0);
	int mode = S_mode_of(&m), quotes = 0, counted = 0;
	int p1 = PM_TAGGER_START, p2 = PM_TAGGER_START;
	for (int s = 0; s < n; s += PM_TAGGER_WIN) {
		int e = s + PM_TAGGER_WIN < n ? s + PM_TAGGER_WIN : n;
		/* a window re-reads the two words before it: quotes count up to there */
		for (; counted < s - 2; counted++)
			quotes += S_is_quote(S_text(&tokens[counted]));
#ifdef S_AVX2
		if (t->avx2) {
			S_window_avx2(t, cache, tokens, n, s, e, mode, quotes, &p1, &p2);
			continue;
		}
#endif
		S_window(t, cache, tokens, n, s, e, mode, quotes, &p1, &p2);
	}
	S_is_acronym(t, tokens, n, mode);
	S_name_particles(t, tokens, n);
	S_irregular_past(t, tokens, n);
	S_foreign_verb(t, tokens, n);
	S_participle_adjective(t, tokens, n);
	S_counted_participle(t, tokens, n);
	S_relative_that(tokens, n);
	S_after_modal(t, tokens, n);
	S_mandative_subjunctive(t, tokens, n);
	S_headline_light_verb(t, tokens, n);
	S_verbless_headline(t, tokens, n);
	S_opening_noun(t, tokens, n);
	S_plural_noun(t, tokens, n);
	S_listed_plural(t, tokens, n);
	S_fighting_subject(t, tokens, n);
	S_war_noun(t, tokens, n);
	S_name_before_report(t, tokens, n);
	S_reduced_relative(t, tokens, n);
	S_by_participle(t, tokens, n);
	S_lone_past(t, tokens, n);
	S_coordinated_past(t, tokens, n);
	S_coordinated_adjective(t, tokens, n);
	S_coordinated_modifier(t, tokens, n);
	S_comparative_adjective(tokens, n, pm_tagger_tag_index(t, "JJR"), t);
	return 0;
}

/* ---- Loading ------------------------------------------------------------- */

typedef struct S_reader {
	const unsigned char *p, *end;
	int ok;
} S_reader;

static const void *S_take(S_reader *r, size_t n)
{
	if (!r->ok || (size_t)(r->end - r->p) < n) {
		r->ok = 0;
		return NULL;
	}
	const void *q = r->p;
	r->p += n;
	return q;
}

static uint32_t S_u32(S_reader *r)
{
	const void *q = S_take(r, 4);
	uint32_t v = 0;
	if (q)
		memcpy(&v, q, 4);
	return v;
}

static int S_pow2(uint32_t x)
{
	return x && !(x & (x - 1));
}

/* Checks that every offset and row stays inside the weights. */
static int S_rows_ok(const pm_tagger *t)
{
	for (uint32_t i = 0; i <= t->feat_mask; i++) {
		if (!t->fkeys[i])
			continue;
		uint32_t off = t->foffs[i];
		if (off >= t->n_weights || t->weights[off] > t->n_weights - off - 1)
			return 0;
		for (uint32_t j = 1; j <= t->weights[off]; j++)
			if ((t->weights[off + j] & 0xff) >= (uint32_t)t->n_tags)
				return 0;
	}
	return 1;
}

static int S_parse(pm_tagger *t, const unsigned char *buf, size_t size)
{
	S_reader r = {buf, buf + size, 1};
	const char *magic = S_take(&r, 8);
	if (!magic || memcmp(magic, S_MAGIC, 8) || S_u32(&r) != S_VERSION)
		return 0;
	uint32_t nt = S_u32(&r);
	const char *names = S_take(&r, (size_t)nt * 16);
	if (!names || nt == 0 || nt > S_MAX_TAGS)
		return 0;
	t->n_tags = (int)nt;
	t->vbd = t->vbn_verb = t->nns = t->vb = t->jj = -1;
	static const char *const penn[] = {PM_TAGGER_PENN_TAGS};
	for (size_t i = 0; i < sizeof(penn) / sizeof(penn[0]); i++)
		if (!strcmp(penn[i], "NN"))
			t->lead_nn = (uint8_t)(i + 1);
	for (uint32_t i = 0; i < nt; i++) {
		memcpy(t->tags[i], names + 16 * i, 8);
		memcpy(t->upos[i], names + 16 * i + 8, 8);
		t->tags[i][7] = t->upos[i][5] = '\0';
		t->tag_keys[i] = S_tag_key(t->tags[i]);
		if (t->vbd < 0 && !strcmp(t->tags[i], "VBD") && !strcmp(t->upos[i], "VERB"))
			t->vbd = (int)i;
		if (t->vbn_verb < 0 && !strcmp(t->tags[i], "VBN") && !strcmp(t->upos[i], "VERB"))
			t->vbn_verb = (int)i;
		if (t->nns < 0 && !strcmp(t->tags[i], "NNS") && !strcmp(t->upos[i], "NOUN"))
			t->nns = (int)i;
		if (t->vb < 0 && !strcmp(t->tags[i], "VB") && !strcmp(t->upos[i], "VERB"))
			t->vb = (int)i;
		if (t->jj < 0 && !strcmp(t->tags[i], "JJ") && !strcmp(t->upos[i], "ADJ"))
			t->jj = (int)i;
	}
	t->flags = S_u32(&r);
	uint32_t lc = S_u32(&r);
	t->lex = S_take(&r, (size_t)lc * sizeof(S_lex));
	t->lex_mask = lc - 1;
	uint32_t fc = S_u32(&r);
	t->fkeys = S_take(&r, (size_t)fc * 4);
	t->foffs = S_take(&r, (size_t)fc * 4);
	t->feat_mask = fc - 1;
	t->n_weights = S_u32(&r);
	t->weights = S_take(&r, (size_t)t->n_weights * 4);
	if (!r.ok || r.p != r.end || !S_pow2(lc) || !S_pow2(fc) || !t->n_weights)
		return 0;
	int lex_free = 0, feat_free = 0;
	for (uint32_t i = 0; i < lc; i++) {
		if (t->lex[i].key && t->lex[i].fast != PM_TAGGER_START && t->lex[i].fast >= nt)
			return 0;
		lex_free |= !t->lex[i].key;
	}
	/* Every probe of a table stops at its first empty slot: a table with
	 * none would probe for ever (fuzz_tagger). */
	for (uint32_t i = 0; i < fc && !feat_free; i++)
		feat_free = !t->fkeys[i];
	if (!lex_free || !feat_free)
		return 0;
	return S_rows_ok(t);
}

static int S_slurp(const char *path, unsigned char **out, size_t *size)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return pm_error_set(PM_ENOTFOUND, "%s: cannot open the tagger model", path);
	unsigned char *buf = NULL;
	long len = -1;
	if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0)
		buf = malloc((size_t)len);
	int ok = buf && fread(buf, 1, (size_t)len, f) == (size_t)len;
	fclose(f);
	if (!ok) {
		free(buf);
		return pm_error_set(len < 0 || buf ? PM_ERROR : PM_ENOMEM, "%s: cannot read the tagger model", path);
	}
	*out = buf;
	*size = (size_t)len;
	return 0;
}

/* Whether a row names a label twice (then it stays sparse: int32 sums). */
static int S_dup(const uint32_t *row)
{
	uint8_t seen[256] = {0};
	int dup = 0;
	for (uint32_t j = 1; j <= row[0]; j++)
		dup |= seen[row[j] & 0xff]++;
	return dup;
}

/* How a row is kept: inline (up to three entries), dense (long, each
 * label once) or ext. */
static int S_row_kind(const uint32_t *row)
{
	if (row[0] <= 3)
		return S_INLINE;
	return row[0] >= S_DENSE_MIN && !S_dup(row) ? S_DENSE : S_EXT;
}

static void S_slot_inline(S_slot *sl, const uint32_t *row, uint32_t pad)
{
	sl->a = row[0] > 0 ? row[1] & 0xffff00ffu : pad;
	sl->b = row[0] > 1 ? row[2] & 0xffff00ffu : pad;
	sl->c = row[0] > 2 ? row[3] & 0xffff00ffu : pad;
}

/* Builds the probed table from the file's: short rows inline, long ones
 * dense, the bias row folded into base. Each row is classified once (the
 * kinds kept for the second pass), and only the dense rows are zeroed:
 * the slot table is written whole. */
static int S_build(pm_tagger *t)
{
	size_t cap = (size_t)t->feat_mask + 1, n_dense = 0, npad = (size_t)t->npad, n_ext = 0;
	uint8_t *kind = malloc(cap);
	t->slots = malloc(cap * sizeof(S_slot));
	if (!kind || !t->slots) {
		free(kind);
		return 0;
	}
	for (size_t i = 0; i < cap; i++) {
		const uint32_t *row = t->weights + t->foffs[i];
		kind[i] = t->fkeys[i] ? (uint8_t)S_row_kind(row) : S_INLINE;
		n_dense += kind[i] == S_DENSE;
		n_ext += kind[i] == S_EXT ? row[0] + 1 : 0;
	}
	t->dense = malloc((n_dense ? n_dense * npad : 1) * sizeof(int32_t));
	t->ext = malloc((n_ext ? n_ext : 1) * sizeof(uint32_t));
	if (!t->dense || !t->ext) {
		free(kind);
		return 0;
	}
	n_dense = n_ext = 0;
	uint32_t pad = (uint32_t)npad;  /* weight 0 on the spare lane */
	for (size_t i = 0; i < cap; i++) {
		S_slot *sl = &t->slots[i];
		const uint32_t *row = t->weights + t->foffs[i];
		*sl = (S_slot){.key = t->fkeys[i]};
		if (!sl->key)
			continue;
		if (kind[i] == S_INLINE) {
			S_slot_inline(sl, row, pad);
		} else if (kind[i] == S_DENSE) {
			int32_t *d = t->dense + n_dense * npad;
			memset(d, 0, npad * sizeof(*d));
			for (uint32_t j = 1; j <= row[0]; j++)
				d[row[j] & 0xff] = (int16_t)(row[j] >> 16);
			sl->a = (uint32_t)S_DENSE << 8;
			sl->b = (uint32_t)n_dense++;
		} else {
			sl->a = (uint32_t)S_EXT << 8;
			sl->b = (uint32_t)n_ext;
			memcpy(t->ext + n_ext, row, (row[0] + 1) * sizeof(uint32_t));
			n_ext += row[0] + 1;
		}
	}
	free(kind);
	for (int i = 0; i < S_LANES; i++)
		t->base[i] = i < t->n_tags ? 0 : INT32_MIN / 2;
	uint32_t bias = S_key(F_BIAS, 0, 0);
	for (uint32_t i = bias & t->feat_mask; t->fkeys[i]; i = (i + 1) & t->feat_mask) {
		if (t->fkeys[i] != bias)
			continue;
		const uint32_t *row = t->weights + t->foffs[i];
		for (uint32_t j = 1; j <= row[0]; j++)
			S_add(t->base, row[j]);
		break;
	}
	return 1;
}

int pm_tagger_load(pm_tagger **out, const char *path)
{
	*out = NULL;
	unsigned char *buf = NULL;
	size_t size = 0;
	int rc = S_slurp(path, &buf, &size);
	if (rc)
		return rc;
	pm_tagger *t = calloc(1, sizeof(*t));
	if (!t) {
		free(buf);
		return pm_error_set(PM_ENOMEM, "%s: out of memory", path);
	}
	t->buf = buf;
	if (!S_parse(t, buf, size)) {
		pm_tagger_free(t);
		return pm_error_set(PM_EINVALID, "%s: not a Palmyra tagger model (version %u)", path, S_VERSION);
	}
	t->npad = (t->n_tags + 7) & ~7;
	for (int i = 0; i < t->n_tags; i++)
		t->vbn[i] = !strcmp(t->tags[i], "VBN");
	static const char *const punct[] = {"``", "''", "``", ":"};
	for (int i = 0; i < 4; i++)
		t->punct[i] = pm_tagger_tag_index(t, punct[i]);
#ifdef S_AVX2
	t->avx2 = __builtin_cpu_supports("avx2");
#endif
	if (!S_build(t)) {
		pm_tagger_free(t);
		return pm_error_set(PM_ENOMEM, "%s: out of memory", path);
	}
	*out = t;
	return 0;
}

void pm_tagger_free(pm_tagger *t)
{
	if (!t)
		return;
	free(t->slots);
	free(t->dense);
	free(t->ext);
	free(t->buf);
	free(t);
}
