/* gazetteer.h - GeoNames places by normalised name, from data/gazetteer.bin.
 *
 * Why a compiled file: the GeoNames cities500 dump is 32 MB of TSV with
 * millions of alternate names; tools/build_gazetteer.c turns it (with the
 * first-level regions and the ISO countries) into one file that opens by
 * mmap in about a millisecond and answers a name with one hash probe.
 *
 * Entries are cities (GeoNames class P), first-level regions (kind admin1,
 * class A, code ADM1), second-level divisions (kind admin2, code ADM2) and
 * countries (kind country, class A, code PCLI; at their territory's
 * centroid, not their capital). Entry ids are ordered by prior: countries
 * first, then regions, divisions, then cities by falling population, so the
 * ids a name returns come best-first.
 *
 * Names are matched by key (pm_gazetteer_key): lower-case ASCII words with
 * accents stripped, apostrophes dropped, hyphens and dots as spaces, the
 * Arabic article (al, el, ez, ar, ash, ...) dropped before another word
 * (also when written into it: "Deir Ezzor"), Dayr/Dair spelt Deir,
 * doubled letters written once, and a final -ah spelt -a ("Ar-Raqqah",
 * "Raqqa", "al Raqa" all give "raqa"). */
#ifndef PM_GAZETTEER_H
#define PM_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "palmyra.h"

#define PM_GAZ_MAGIC "PMGAZ01"
#define PM_GAZ_VERSION 2

/* Second-level divisions (districts, counties, local government areas)
 * come after the others so that older kind values keep their meaning. */
typedef enum pm_gaz_kind {
	PM_GAZ_CITY = 0,
	PM_GAZ_ADMIN1 = 1,
	PM_GAZ_COUNTRY = 2,
	PM_GAZ_ADMIN2 = 3
} pm_gaz_kind;

/* Postings carry this bit when the key came from the entry's own name
 * (not one of its alternate names). */
#define PM_GAZ_PRIMARY 0x80000000u
#define PM_GAZ_ID(posting) ((posting) & 0x7fffffffu)

/* The file layout, shared with tools/build_gazetteer.c. */
typedef struct pm_gaz_header {
	char magic[8];
	uint32_t version, rec_size;
	uint32_t n_recs, n_countries, n_slots, n_posts, str_size;
	uint32_t off_recs, off_slots, off_posts, off_str;
} pm_gaz_header;

typedef struct pm_gaz_rec {
	uint32_t geonameid;    /* 0 for regions and countries (not in cities500) */
	float lat, lon;
	uint32_t population;
	uint32_t name;         /* string offset: display name as GeoNames writes it */
	uint32_t admin1;       /* string offset: region name ("" when unknown) */
	uint32_t admin2;       /* string offset: second-level division ("" when unknown) */
	uint32_t key;          /* string offset: the key of its own name */
	char country[4];       /* ISO 3166 alpha-3 */
	char fcode[6];         /* PPLC, PPLA, PPL, ADM1, PCLI ... */
	char fclass;           /* 'P' or 'A' */
	uint8_t kind;          /* a pm_gaz_kind */
} pm_gaz_rec;

typedef struct pm_gaz_slot {
	uint32_t key;          /* string offset of the key; 0 = empty slot */
	uint32_t hash;
	uint32_t post;         /* first posting */
	uint32_t n_post;       /* postings; high bit: longer keys start with this one */
} pm_gaz_slot;

#define PM_GAZ_SLOT_PREFIX 0x80000000u

/* Keys that begin with this character are a name's letters as written
 * ("=samarra"), for names whose key folded them ("samara"): see
 * pm_gazetteer_spelt. */
#define PM_GAZ_SPELT '='

typedef struct pm_gazetteer pm_gazetteer;

/* An entry as callers see it. Strings point into the mapped file. */
typedef struct pm_gaz_entry {
	uint32_t id;
	long geonameid;
	const char *name;
	const char *admin1;    /* region name; the same region is the same pointer */
	const char *admin2;    /* second-level division, likewise; "" when unknown */
	const char *key;       /* pm_gazetteer_key of its own name */
	char country[4];
	char fcode[8];
	char fclass;
	int kind;              /* a pm_gaz_kind */
	double lat, lon;
	long population;
} pm_gaz_entry;

/* Maps the file at path. PM_ENOTFOUND when absent, PM_EINVALID when it is
 * not a gazetteer of this version. */
int pm_gazetteer_open(pm_gazetteer **out, const char *path);
void pm_gazetteer_free(pm_gazetteer *g);
int pm_gazetteer_size(const pm_gazetteer *g);

/* The key of s[0, n) into out (cap bytes, NUL-terminated); returns its
 * length, or 0 when s has no letters or has letters outside the Latin
 * script. No allocation. */
size_t pm_gazetteer_key(const char *s, size_t n, char *out, size_t cap);

/* The spelling-blind form of a key, for names written in a transliteration
 * no rule or alternate name covers ("Puli Alam" for Pul-e 'Alam, "Selidovo"
 * for Selydove): "~" and its consonants, words joined, vowels (and w, y,
 * h) dropped, g as h, c, q and x as k, doubled letters once, an article
 * joined to the first word ("Albu Kamal") dropped. Keys of fewer
 * than three consonants have none (returns 0): too many names share them.
 * The builder indexes entries' own names by it; a reader probes it when a
 * name has no key of its own, and must check the entries it returns. */
size_t pm_gazetteer_skeleton(const char *key, size_t n, char *out, size_t cap);

/* The letters of s[0, n), lower-case ASCII with accents stripped and
 * nothing folded or dropped ("Sāmarrā'" and "Samarra" give "samarra",
 * "Samara" does not), into out; returns the length (0 as for keys). */
size_t pm_gazetteer_plain(const char *s, size_t n, char *out, size_t cap);

/* Postings (PM_GAZ_ID / PM_GAZ_PRIMARY) of a key, best prior first; returns
 * their number and sets *posts. *more (may be NULL) is set to 1 when longer
 * keys start with key and a space, so a caller can extend a multiword name. */
int pm_gazetteer_find(const pm_gazetteer *g, const char *key, size_t len,
		      const uint32_t **posts, int *more);

/* Postings of the entries one of whose names (own or alternate) is spelt
 * with the letters plain (pm_gazetteer_plain: "samarra", "beeri"), for a
 * name whose key folded its letters; returns their number and sets *posts
 * (0 when none, or with a file built before these keys). */
int pm_gazetteer_spelt(const pm_gazetteer *g, const char *plain, const uint32_t **posts);

/* Entry id (PM_GAZ_ID of a posting) into out. */
void pm_gazetteer_get(const pm_gazetteer *g, uint32_t id, pm_gaz_entry *out);

/* The key of entry id's own name ("" when none): what a skeleton's
 * entries are checked against, without copying the entry. */
const char *pm_gazetteer_key_of(const pm_gazetteer *g, uint32_t id);

/* Up to max entries for a name as written (normalised here); returns how
 * many were written. */
int pm_gazetteer_lookup(const pm_gazetteer *g, const char *name, pm_gaz_entry *out, int max);

/* The country entry of an ISO alpha-3 code: 0, or PM_ENOTFOUND. */
int pm_gazetteer_country(const pm_gazetteer *g, const char *code, pm_gaz_entry *out);

/* FNV-1a over the key bytes (builder and reader must agree). */
static inline uint32_t pm_gazetteer_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h ? h : 1;
}

#endif
