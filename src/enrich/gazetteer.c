/* gazetteer.c - open the compiled gazetteer, normalise names, look them up.
 *
 * The file is mapped read-only and never copied: entries, the key hash
 * table, postings and strings are arrays inside it, checked once at open
 * so that a lookup needs no bounds checks beyond the table's. */
#include "enrich/gazetteer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include "util/error.h"

struct pm_gazetteer {
	void *map;
	size_t size;
	const pm_gaz_header *h;
	const pm_gaz_rec *recs;
	const pm_gaz_slot *slots;
	const uint32_t *posts;
	const char *str;
};

/* ---- Keys ------------------------------------------------------------------ */

#define S_MAX_WORDS 24

typedef struct S_keybuf {
	char *out;
	size_t cap, len;
	int bad;               /* a non-Latin letter: no key */
	size_t word_start[S_MAX_WORDS];
	int n_words;
	int in_word;
} S_keybuf;

static void S_put(S_keybuf *k, char c)
{
	if (!k->in_word) {
		if (k->n_words == S_MAX_WORDS || k->len + 2 >= k->cap) {
			k->bad = 1;
			return;
		}
		if (k->len)
			k->out[k->len++] = ' ';
		k->word_start[k->n_words++] = k->len;
		k->in_word = 1;
	}
	if (k->len + 1 < k->cap)
		k->out[k->len++] = c;
	else
		k->bad = 1;
}

/* Quotes and the modifier letters used for ayn and hamza vanish inside a
 * word ("Ma'arrat", "Ḩalab"); dashes and dots split words. */
static int S_is_quote(int32_t cp)
{
	return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BB ||
	       cp == 0x02BC || cp == 0x02BE || cp == 0x02BF || cp == 0x00B4 || cp == 0x02B9;
}

/* Latin letters that do not decompose to ASCII. */
static const char *S_latin_extra(int32_t cp)
{
	switch (cp) {
	case 0x00F8: case 0x00D8: return "o";
	case 0x0142: case 0x0141: return "l";
	case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: return "d";
	case 0x00FE: case 0x00DE: return "th";
	case 0x00E6: case 0x00C6: return "ae";
	case 0x0153: case 0x0152: return "oe";
	case 0x0131: return "i";
	case 0x0259: case 0x018F: return "a";
	default: return NULL;
	}
}

static void S_put_cp(S_keybuf *k, int32_t cp)
{
	utf8proc_int32_t dec[8];
	int last = 0;
	utf8proc_ssize_t n = utf8proc_decompose_char(
		cp, dec, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD,
		&last);
	for (utf8proc_ssize_t i = 0; i < n && i < 8; i++) {
		int32_t c = dec[i];
		const char *x;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			S_put(k, (char)c);
		else if ((x = S_latin_extra(c)) != NULL)
			while (*x)
				S_put(k, *x++);
		else if (utf8proc_category(c) <= UTF8PROC_CATEGORY_LO)
			k->bad = 1;
		else
			k->in_word = 0;
	}
}

static void S_scan(S_keybuf *k, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && !k->bad) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c >= 'A' && c <= 'Z')
				S_put(k, (char)(c + 32));
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
				S_put(k, (char)c);
			else if (!S_is_quote(c))
				k->in_word = 0;
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
							(utf8proc_ssize_t)(n - i), &cp);
		if (len <= 0) {
			k->bad = 1;
			break;
		}
		if (!S_is_quote(cp))
			S_put_cp(k, cp);
		i += (size_t)len;
	}
}

/* "us" is not among them: in English text it is "US Defence". */
static int S_is_article(const char *w, size_t n)
{
	static const char *const art[] = {"al", "el", "ez", "az", "ad", "ar", "as", "ash", "at",
					  "an", "adh", "ed", "er", "es", "et", "esh", "ul", "ud",
					  "ur", "ut", NULL};
	for (int i = 0; art[i]; i++)
		if (strlen(art[i]) == n && memcmp(art[i], w, n) == 0)
			return 1;
	return 0;
}

/* An article written into the next word, as in "Deir Ezzor", "Deir
 * Azzor", "Deir Zzor": the sun letter doubles; all become "zor". Only for
 * words after the first, so a name's own first word is never cut. */
static void S_assimilated(const char **w, size_t *n)
{
	const char *p = *w;
	if (*n >= 5 && (p[0] == 'a' || p[0] == 'e') && p[1] == p[2] && !strchr("aeiou", p[1])) {
		*w += 2;
		*n -= 2;
	} else if (*n >= 4 && p[0] == p[1] && !strchr("aeiou", p[0])) {
		*w += 1;
		*n -= 1;
	}
}

/* Copies a word with doubled letters written once: transliterations
 * disagree on them ("Maarrat"/"Maarat", "Raqqa"/"Raqa", "Tall"/"Tal").
 * dst may overlap src from below. Returns the new length. */
static size_t S_copy_single(char *dst, const char *src, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || src[i] != src[i - 1])
			dst[w++] = src[i];
	return w;
}

/* Rewrites the words in place (never longer, so writing behind the read
 * position is safe): articles before another word go, Dayr and Dair
 * become Deir, a compass adjective before another word its noun
 * ("Western" West), a final "ah" of a longer word becomes "a". */
static size_t S_words(S_keybuf *k)
{
	char *o = k->out;
	size_t w = 0;
	for (int i = 0; i < k->n_words; i++) {
		size_t a = k->word_start[i];
		size_t b = i + 1 < k->n_words ? k->word_start[i + 1] - 1 : k->len;
		size_t n = b - a;
		if (i + 1 < k->n_words && S_is_article(k->out + a, n))
			continue;
		if (w)
			o[w++] = ' ';
		if (n == 4 && (!memcmp(k->out + a, "dayr", 4) || !memcmp(k->out + a, "dair", 4))) {
			memcpy(o + w, "deir", 4);
			w += 4;
			continue;
		}
		/* "West Darfur" is GeoNames' "Western Darfur" */
		if (i + 1 < k->n_words && n >= 7 && n <= 8 && !memcmp(k->out + a + n - 3, "ern", 3) &&
		    (!memcmp(k->out + a, "northern", n) || !memcmp(k->out + a, "southern", n) ||
		     !memcmp(k->out + a, "eastern", n) || !memcmp(k->out + a, "western", n))) {
			memmove(o + w, k->out + a, n - 3);
			w += n - 3;
			continue;
		}
		const char *src = k->out + a;
		if (i > 0)
			S_assimilated(&src, &n);
		n = S_copy_single(o + w, src, n);
		if (n >= 5 && o[w + n - 2] == 'a' && o[w + n - 1] == 'h')
			n--;
		w += n;
	}
	o[w] = '\0';
	return w;
}

size_t pm_gazetteer_key(const char *s, size_t n, char *out, size_t cap)
{
	if (!cap)
		return 0;
	out[0] = '\0';
	if (cap < 2)
		return 0;
	S_keybuf k = {out, cap, 0, 0, {0}, 0, 0};
	S_scan(&k, s, n);
	if (k.bad || !k.len) {
		out[0] = '\0';
		return 0;
	}
	return S_words(&k);
}

/* Consonant classes of the skeleton: 0 drops the letter. Vowels, w and y
 * come and go between transliterations (Zawr/Zor, Kyiv/Kiev), h with
 * them (Dhuusamarreeb/Dusamareb, Kh/K); Russian g is Ukrainian h
 * (Krasnogorovka/Krasnohorivka); c, q and Kurdish x stand for k. */
static char S_skeleton_class(char c)
{
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u': case 'w': case 'y': case 'h': case 'g':
		return 0;
	case 'c': case 'q': case 'x':
		return 'k';
	default:
		return (c >= 'a' && c <= 'z') ? c : 0;
	}
}

size_t pm_gazetteer_skeleton(const char *key, size_t n, char *out, size_t cap)
{
	size_t w = 0;
	if (cap < 5)
		return 0;
	out[w++] = '~';
	size_t i0 = 0, first = strcspn(key, " ");
	/* an article joined to the first word: "Albu Kamal" is "Bu Kamal" */
	if (first > n)
		first = n;
	if (first >= 4 && (key[0] == 'a' || key[0] == 'e') && key[1] == 'l')
		i0 = 2;
	for (size_t i = i0; i < n && w + 1 < cap; i++) {
		char c = S_skeleton_class(key[i]);
		if (c && out[w - 1] != c)
			out[w++] = c;
	}
	out[w] = '\0';
	if (w < 4) {
		out[0] = '\0';
		return 0;
	}
	return w;
}

size_t pm_gazetteer_plain(const char *s, size_t n, char *out, size_t cap)
{
	if (!cap)
		return 0;
	out[0] = '\0';
	if (cap < 2)
		return 0;
	S_keybuf k = {out, cap, 0, 0, {0}, 0, 0};
	S_scan(&k, s, n);
	if (k.bad)
		k.len = 0;
	size_t w = 0;
	for (size_t i = 0; i < k.len; i++)
		if (out[i] != ' ')
			out[w++] = out[i];
	out[w] = '\0';
	return w;
}

/* ---- File ------------------------------------------------------------------ */

static int S_in(const pm_gazetteer *g, uint32_t off, size_t n, size_t elem)
{
	return off <= g->size && n <= (g->size - off) / (elem ? elem : 1);
}

static int S_check(pm_gazetteer *g, const char *path)
{
	const pm_gaz_header *h = g->map;
	if (g->size < sizeof(*h) || memcmp(h->magic, PM_GAZ_MAGIC, 8) != 0 ||
	    h->version != PM_GAZ_VERSION || h->rec_size != sizeof(pm_gaz_rec))
		return pm_error_set(PM_EINVALID, "%s: not a gazetteer of version %d", path,
				    PM_GAZ_VERSION);
	if (!S_in(g, h->off_recs, h->n_recs, sizeof(pm_gaz_rec)) ||
	    !S_in(g, h->off_slots, h->n_slots, sizeof(pm_gaz_slot)) ||
	    !S_in(g, h->off_posts, h->n_posts, 4) || !S_in(g, h->off_str, h->str_size, 1) ||
	    h->str_size == 0 || h->n_slots == 0 || (h->n_slots & (h->n_slots - 1)) ||
	    h->off_recs % 4 || h->off_slots % 4 || h->off_posts % 4 || h->n_countries > h->n_recs)
		return pm_error_set(PM_EINVALID, "%s: truncated or corrupt gazetteer", path);
	g->h = h;
	g->recs = (const pm_gaz_rec *)((const char *)g->map + h->off_recs);
	g->slots = (const pm_gaz_slot *)((const char *)g->map + h->off_slots);
	g->posts = (const uint32_t *)((const char *)g->map + h->off_posts);
	g->str = (const char *)g->map + h->off_str;
	if (g->str[h->str_size - 1] != '\0')
		return pm_error_set(PM_EINVALID, "%s: string table is not terminated", path);
	return 0;
}

int pm_gazetteer_open(pm_gazetteer **out, const char *path)
{
	*out = NULL;
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return pm_error_set(errno == ENOENT ? PM_ENOTFOUND : PM_ERROR, "%s: %s", path,
				    strerror(errno));
	struct stat st;
	if (fstat(fd, &st) != 0 || st.st_size <= 0) {
		close(fd);
		return pm_error_set(PM_EINVALID, "%s: empty or unreadable", path);
	}
	pm_gazetteer *g = calloc(1, sizeof(*g));
	if (!g) {
		close(fd);
		return pm_error_set(PM_ENOMEM, "out of memory");
	}
	g->size = (size_t)st.st_size;
	g->map = mmap(NULL, g->size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (g->map == MAP_FAILED) {
		free(g);
		return pm_error_set(PM_ERROR, "%s: mmap: %s", path, strerror(errno));
	}
	int rc = S_check(g, path);
	if (rc) {
		pm_gazetteer_free(g);
		return rc;
	}
	*out = g;
	return 0;
}

void pm_gazetteer_free(pm_gazetteer *g)
{
	if (!g)
		return;
	if (g->map && g->map != MAP_FAILED)
		munmap(g->map, g->size);
	free(g);
}

int pm_gazetteer_size(const pm_gazetteer *g)
{
	return g ? (int)g->h->n_recs : 0;
}

/* ---- Lookup ---------------------------------------------------------------- */

int pm_gazetteer_find(const pm_gazetteer *g, const char *key, size_t len,
		      const uint32_t **posts, int *more)
{
	uint32_t h = pm_gazetteer_hash(key, len), mask = g->h->n_slots - 1;
	if (more)
		*more = 0;
	*posts = NULL;
	for (uint32_t i = h & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
		const pm_gaz_slot *s = &g->slots[i];
		if (!s->key)
			return 0;
		if (s->hash != h || s->key >= g->h->str_size)
			continue;
		const char *k = g->str + s->key;
		if (strncmp(k, key, len) != 0 || k[len] != '\0')
			continue;
		uint32_t n = s->n_post & ~PM_GAZ_SLOT_PREFIX;
		if (more)
			*more = (s->n_post & PM_GAZ_SLOT_PREFIX) != 0;
		if (s->post > g->h->n_posts || n > g->h->n_posts - s->post)
			return 0;
		*posts = g->posts + s->post;
		return (int)n;
	}
	return 0;
}

int pm_gazetteer_spelt(const pm_gazetteer *g, const char *plain, const uint32_t **posts)
{
	char key[64];
	size_t n = strlen(plain);
	*posts = NULL;
	if (!n || n + 2 > sizeof(key))
		return 0;
	key[0] = PM_GAZ_SPELT;
	memcpy(key + 1, plain, n + 1);
	return pm_gazetteer_find(g, key, n + 1, posts, NULL);
}

static const char *S_str(const pm_gazetteer *g, uint32_t off)
{
	return off < g->h->str_size ? g->str + off : "";
}

void pm_gazetteer_get(const pm_gazetteer *g, uint32_t id, pm_gaz_entry *out)
{
	if (id >= g->h->n_recs) {
		memset(out, 0, sizeof(*out));
		out->name = out->admin1 = out->admin2 = out->key = "";
		return;
	}
	/* every field written, none cleared first: this runs for every
	 * candidate of every mention */
	const pm_gaz_rec *r = &g->recs[id];
	out->id = id;
	out->geonameid = (long)r->geonameid;
	out->name = S_str(g, r->name);
	out->admin1 = S_str(g, r->admin1);
	out->admin2 = S_str(g, r->admin2);
	out->key = S_str(g, r->key);
	memcpy(out->country, r->country, 3);
	out->country[3] = '\0';
	memcpy(out->fcode, r->fcode, 5);
	out->fcode[5] = out->fcode[6] = out->fcode[7] = '\0';
	out->fclass = r->fclass;
	out->kind = r->kind;
	out->lat = r->lat;
	out->lon = r->lon;
	out->population = (long)r->population;
}

const char *pm_gazetteer_key_of(const pm_gazetteer *g, uint32_t id)
{
	return id < g->h->n_recs ? S_str(g, g->recs[id].key) : "";
}

int pm_gazetteer_lookup(const pm_gazetteer *g, const char *name, pm_gaz_entry *out, int max)
{
	char key[256];
	size_t len = pm_gazetteer_key(name, strlen(name), key, sizeof(key));
	const uint32_t *posts;
	int n = len ? pm_gazetteer_find(g, key, len, &posts, NULL) : 0;
	int k = 0;
	for (int i = 0; i < n && k < max; i++)
		pm_gazetteer_get(g, PM_GAZ_ID(posts[i]), &out[k++]);
	return k;
}

int pm_gazetteer_country(const pm_gazetteer *g, const char *code, pm_gaz_entry *out)
{
	if (!code || strlen(code) != 3)
		return PM_ENOTFOUND;
	for (uint32_t i = 0; i < g->h->n_countries; i++)
		if (memcmp(g->recs[i].country, code, 3) == 0 && g->recs[i].kind == PM_GAZ_COUNTRY) {
			pm_gazetteer_get(g, i, out);
			return 0;
		}
	return PM_ENOTFOUND;
}
