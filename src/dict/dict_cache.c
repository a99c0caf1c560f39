/* dict_cache.c - a loaded dictionary set written to one file and read
 * back in one piece.
 *
 * Parsing the Phoenix files is most of a run's start-up (splitting,
 * upper-casing, interning 117,000 words, adding trie edges). The cache
 * holds the set's tables as they are in memory: one image in which every
 * pointer is an offset from its start, and the list of where those
 * pointers are. Reading is one read(), a checksum, and adding the image's
 * address to each listed pointer. What depends on where the interned
 * words lie (pm_word_bit, pm_word_slot filters) is computed again.
 *
 * An interned word is written once and every pointer to it points at that
 * one copy, so the coder's comparisons by address still hold. The file is
 * keyed on the caller's key (the files loaded), on this build's GNU build
 * id and on the layout of the tables; a file under any other key, short,
 * or failing its checksum is not used. */
#define _GNU_SOURCE 1   /* dl_iterate_phdr */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dict/dict_int.h"
#include "util/error.h"
#include "util/hash.h"

#define S_MAGIC "PMDICT1\n"
#define S_FORMAT 1u

typedef struct {
	char magic[8];
	uint32_t format;
	uint32_t key_len;      /* bytes of key, padded to 8 in the file */
	uint64_t image_len;    /* bytes of image (a multiple of 8) */
	uint64_t n_rel;        /* uint32 offsets of the image's pointers */
	uint64_t sum;          /* checksum of the key, image and offsets */
} S_header;

/* ---- checksum ------------------------------------------------------------- */

static uint64_t S_mix(uint64_t x)
{
	x ^= x >> 31;
	x *= 0xbf58476d1ce4e5b9ull;
	return x ^ (x >> 29);
}

/* Four independent xor-multiply lanes over 8-byte words, three
 * instructions a word, so that checking 12 MB costs little of what the
 * cache saves. Multiplying by an odd number is one-to-one, so a changed
 * word changes its lane to the end. Not cryptographic: it finds a torn or
 * damaged file. */
static uint64_t S_sum(uint64_t seed, const void *p, size_t len)
{
	const unsigned char *b = p;
	uint64_t h0 = seed, h1 = seed ^ 0x9e3779b97f4a7c15ull, h2 = seed + 0x632be59bd9b4e019ull,
		 h3 = ~seed;
	const uint64_t m = 0x100000001b3ull;
	size_t i = 0;
	for (; i + 32 <= len; i += 32) {
		uint64_t w0, w1, w2, w3;
		memcpy(&w0, b + i, 8);
		memcpy(&w1, b + i + 8, 8);
		memcpy(&w2, b + i + 16, 8);
		memcpy(&w3, b + i + 24, 8);
		h0 = (h0 ^ w0) * m;
		h1 = (h1 ^ w1) * m;
		h2 = (h2 ^ w2) * m;
		h3 = (h3 ^ w3) * m;
	}
	uint64_t x = S_mix(S_mix(S_mix(S_mix(h0 ^ len) ^ h1) ^ h2) ^ h3);
	for (; i < len; i++)
		x = (x ^ b[i]) * m;
	return S_mix(x);
}

/* ---- the build's own key ---------------------------------------------------- */

typedef struct {
	uintptr_t addr;
	unsigned char id[64];
	size_t n;
} S_build;

static int S_build_note(struct dl_phdr_info *info, size_t size, void *ctx)
{
	(void)size;
	S_build *b = ctx;
	int here = 0;
	for (int i = 0; i < info->dlpi_phnum && !here; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
		here = ph->p_type == PT_LOAD && b->addr >= lo && b->addr < lo + ph->p_memsz;
	}
	if (!here)
		return 0;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type != PT_NOTE)
			continue;
		const unsigned char *p = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr);
		const unsigned char *end = p + ph->p_memsz;
		while (p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)(const void *)p;
			size_t name = (nh->n_namesz + 3) & ~(size_t)3, desc = (nh->n_descsz + 3) & ~(size_t)3;
			const unsigned char *data = p + sizeof(*nh);
			if (data + name + desc > end)
				break;
			if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && !memcmp(data, "GNU", 4) &&
			    nh->n_descsz > 0 && nh->n_descsz <= sizeof(b->id)) {
				memcpy(b->id, data + name, nh->n_descsz);
				b->n = nh->n_descsz;
				return 1;
			}
			p = data + name + desc;
		}
	}
	return 1;
}

/* The whole key: the caller's, then this build's id and the tables'
 * layout. A build without an id has no cache (0). */
static size_t S_full_key(const void *key, size_t key_len, unsigned char **out)
{
	S_build b = {(uintptr_t)&S_build_note, {0}, 0};
	dl_iterate_phdr(S_build_note, &b);
	if (!b.n)
		return 0;
	const uint32_t layout[] = {
		S_FORMAT, sizeof(void *), sizeof(pm_dict), sizeof(pm_strtab), sizeof(S_edge),
		sizeof(pm_actor_entry), sizeof(pm_actor_code), sizeof(pm_verb_form),
		sizeof(pm_verb_block), sizeof(pm_pattern), sizeof(pm_pat_elem), sizeof(pm_wordseq),
		sizeof(pm_transform), sizeof(S_synset), sizeof(pm_dict_report), sizeof(S_duplicate),
		sizeof(S_form_span), offsetof(pm_dict, image), offsetof(pm_pattern, needs_bits),
	};
	size_t n = b.n + sizeof(layout) + key_len;
	unsigned char *k = malloc(n);
	if (!k)
		return 0;
	memcpy(k, b.id, b.n);
	memcpy(k + b.n, layout, sizeof(layout));
	memcpy(k + b.n + sizeof(layout), key, key_len);
	*out = k;
	return n;
}

/* ---- writing ---------------------------------------------------------------- */

/* Original address -> offset in the image, for what is shared: interned
 * strings and word arrays keep one copy. */
typedef struct {
	const void *key;
	size_t off;
} S_slot;

typedef struct {
	unsigned char *buf;
	size_t n, cap;
	uint32_t *rel;
	size_t n_rel, cap_rel;
	S_slot *map;
	size_t map_slots, map_n;
	int failed;
} S_writer;

static int S_grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	size_t c = *cap ? *cap : 4096;
	while (c < need)
		c *= 2;
	void *q = realloc(*p, c * elem);
	if (!q)
		return -1;
	*p = q;
	*cap = c;
	return 0;
}

/* Room for size bytes aligned to align: its offset. The padding before
 * it is zeroed, and the room itself unless the caller fills every byte
 * (filled 0): the file must not carry bytes nobody wrote. */
static size_t S_space_as(S_writer *w, size_t size, size_t align, int filled)
{
	size_t at = (w->n + align - 1) & ~(align - 1), end = at + (size ? size : 1);
	if (w->failed || end > UINT32_MAX || S_grow((void **)&w->buf, &w->cap, end, 1) < 0) {
		w->failed = 1;
		return 0;
	}
	memset(w->buf + w->n, 0, (filled && size ? at : end) - w->n);
	w->n = end;
	return at;
}

static size_t S_space(S_writer *w, size_t size, size_t align)
{
	return S_space_as(w, size, align, 0);
}

/* Room for n elements of size, each of which the caller writes whole. */
static size_t S_elems(S_writer *w, int n, size_t size)
{
	return S_space_as(w, (size_t)(n > 0 ? n : 1) * size, 8, n > 0);
}

static size_t S_put(S_writer *w, const void *src, size_t size)
{
	size_t at = S_space_as(w, size, 8, 1);
	if (!w->failed && size)
		memcpy(w->buf + at, src, size);
	return at;
}

/* The pointer at offset `at` of the image points at offset `target`. */
static void S_link(S_writer *w, size_t at, size_t target)
{
	if (w->failed)
		return;
	if (S_grow((void **)&w->rel, &w->cap_rel, w->n_rel + 1, sizeof(*w->rel)) < 0) {
		w->failed = 1;
		return;
	}
	uint64_t v = target;
	memcpy(w->buf + at, &v, 8);
	w->rel[w->n_rel++] = (uint32_t)at;
}

/* An array's room, linked from the pointer at `at` when the array exists
 * (a NULL pointer stays NULL in the cache). */
static size_t S_array(S_writer *w, size_t at, const void *arr, int n, size_t size)
{
	size_t base = S_elems(w, n, size);
	if (arr)
		S_link(w, at, base);
	return base;
}

static size_t S_hash_ptr(const void *p, size_t slots)
{
	return (size_t)pm_mix64((uint64_t)(uintptr_t)p) & (slots - 1);
}

static S_slot *S_map_slot(S_writer *w, const void *key)
{
	if ((w->map_n + 1) * 2 > w->map_slots) {
		size_t slots = w->map_slots ? w->map_slots * 2 : 1 << 16;
		S_slot *m = calloc(slots, sizeof(*m));
		if (!m) {
			w->failed = 1;
			return NULL;
		}
		for (size_t i = 0; i < w->map_slots; i++) {
			if (!w->map[i].key)
				continue;
			size_t j = S_hash_ptr(w->map[i].key, slots);
			while (m[j].key)
				j = (j + 1) & (slots - 1);
			m[j] = w->map[i];
		}
		free(w->map);
		w->map = m;
		w->map_slots = slots;
	}
	size_t i = S_hash_ptr(key, w->map_slots);
	while (w->map[i].key && w->map[i].key != key)
		i = (i + 1) & (w->map_slots - 1);
	return &w->map[i];
}

/* A string's offset: written once per original address. Aligned to 16
 * as the arena aligns it, so that the address filters (which drop the
 * low four bits) spread the words as well as they did. */
static size_t S_str(S_writer *w, const char *s)
{
	S_slot *m = S_map_slot(w, s);
	if (!m)
		return 0;
	if (m->key)
		return m->off;
	size_t len = strlen(s) + 1, at = S_space_as(w, len, 16, 1);
	if (!w->failed)
		memcpy(w->buf + at, s, len);
	if ((m = S_map_slot(w, s))) {
		m->key = s;
		m->off = at;
		w->map_n++;
	}
	return at;
}

/* A string pointer field at `at` (NULL stays NULL). */
static void S_str_field(S_writer *w, size_t at, const char *s)
{
	if (s)
		S_link(w, at, S_str(w, s));
}

/* An array of n string pointers, written once per original address. */
static size_t S_strs(S_writer *w, const char *const *a, int n)
{
	S_slot *m = S_map_slot(w, a);
	if (!m)
		return 0;
	if (m->key)
		return m->off;
	size_t at = S_space(w, (size_t)(n > 0 ? n : 1) * sizeof(char *), 8);
	for (int i = 0; i < n; i++)
		S_str_field(w, at + (size_t)i * sizeof(char *), a[i]);
	if ((m = S_map_slot(w, a))) {
		m->key = a;
		m->off = at;
		w->map_n++;
	}
	return at;
}

static void S_strs_field(S_writer *w, size_t at, const char *const *a, int n)
{
	if (a)
		S_link(w, at, S_strs(w, a, n));
}

/* A plain array (no pointers inside) pointed at from `at`. */
static void S_raw_field(S_writer *w, size_t at, const void *a, size_t bytes)
{
	if (a)
		S_link(w, at, S_put(w, a, bytes));
}

static void S_seqs_field(S_writer *w, size_t at, const pm_wordseq *q, int n)
{
	if (!q)
		return;
	size_t base = S_elems(w, n, sizeof(*q));
	S_link(w, at, base);
	for (int i = 0; i < n && !w->failed; i++) {
		pm_wordseq t;
		memset(&t, 0, sizeof(t));
		t.n = q[i].n;
		t.first_slot = q[i].first_slot;
		memcpy(w->buf + base + (size_t)i * sizeof(t), &t, sizeof(t));
		S_strs_field(w, base + (size_t)i * sizeof(t) + offsetof(pm_wordseq, words),
			     (const char *const *)q[i].words, q[i].n);
	}
}

static void S_elems_field(S_writer *w, size_t at, const pm_pat_elem *e, int n)
{
	if (!e)
		return;
	size_t base = S_elems(w, n, sizeof(*e));
	S_link(w, at, base);
	for (int i = 0; i < n && !w->failed; i++) {
		pm_pat_elem t;
		memset(&t, 0, sizeof(t));
		t.n_alts = e[i].n_alts;
		t.role = e[i].role;
		t.adjacent = e[i].adjacent;
		memcpy(w->buf + base + (size_t)i * sizeof(t), &t, sizeof(t));
		S_seqs_field(w, base + (size_t)i * sizeof(t) + offsetof(pm_pat_elem, alts), e[i].alts,
			     e[i].n_alts);
	}
}

static void S_patterns(S_writer *w, size_t at, const pm_dict *d)
{
	size_t base = S_array(w, at, d->patterns, d->n_patterns, sizeof(pm_pattern));
	for (int i = 0; i < d->n_patterns && !w->failed; i++) {
		const pm_pattern *p = &d->patterns[i];
		size_t o = base + (size_t)i * sizeof(*p);
		pm_pattern t;
		memset(&t, 0, sizeof(t));
		t.n_before = p->n_before;
		t.n_after = p->n_after;
		t.weight = p->weight;
		memcpy(t.code, p->code, sizeof(t.code));
		memcpy(t.code2, p->code2, sizeof(t.code2));
		t.line = p->line;
		memcpy(w->buf + o, &t, sizeof(t));
		S_elems_field(w, o + offsetof(pm_pattern, before), p->before, p->n_before);
		S_elems_field(w, o + offsetof(pm_pattern, after), p->after, p->n_after);
		S_str_field(w, o + offsetof(pm_pattern, anchor), p->anchor);
	}
}

static void S_entries(S_writer *w, size_t at, const pm_dict *d)
{
	size_t base = S_array(w, at, d->entries, d->n_entries, sizeof(pm_actor_entry));
	for (int i = 0; i < d->n_entries && !w->failed; i++) {
		const pm_actor_entry *e = &d->entries[i];
		size_t o = base + (size_t)i * sizeof(*e);
		pm_actor_entry t;
		memset(&t, 0, sizeof(t));
		t.n_codes = e->n_codes;
		t.line = e->line;
		memcpy(w->buf + o, &t, sizeof(t));
		S_str_field(w, o + offsetof(pm_actor_entry, root), e->root);
		S_str_field(w, o + offsetof(pm_actor_entry, file), e->file);
		if (!e->codes)
			continue;
		size_t c = S_elems(w, e->n_codes, sizeof(pm_actor_code));
		S_link(w, o + offsetof(pm_actor_entry, codes), c);
		for (int k = 0; k < e->n_codes && !w->failed; k++) {
			pm_actor_code ac = {NULL, e->codes[k].from, e->codes[k].to, e->codes[k].affiliate};
			memcpy(w->buf + c + (size_t)k * sizeof(ac), &ac, sizeof(ac));
			S_str_field(w, c + (size_t)k * sizeof(ac) + offsetof(pm_actor_code, code), e->codes[k].code);
		}
	}
}

static void S_forms(S_writer *w, size_t at, const pm_dict *d)
{
	size_t base = S_array(w, at, d->forms, d->n_forms, sizeof(pm_verb_form));
	for (int i = 0; i < d->n_forms && !w->failed; i++) {
		const pm_verb_form *f = &d->forms[i];
		size_t o = base + (size_t)i * sizeof(*f);
		pm_verb_form t;
		memset(&t, 0, sizeof(t));
		t.n_particles = f->n_particles;
		t.n_pre_words = f->n_pre_words;
		memcpy(t.code, f->code, sizeof(t.code));
		t.block = f->block;
		t.line = f->line;
		memcpy(w->buf + o, &t, sizeof(t));
		S_str_field(w, o + offsetof(pm_verb_form, word), f->word);
		S_strs_field(w, o + offsetof(pm_verb_form, particles), f->particles, f->n_particles);
		S_strs_field(w, o + offsetof(pm_verb_form, pre_words), f->pre_words, f->n_pre_words);
	}
}

static void S_blocks(S_writer *w, size_t at, const pm_dict *d)
{
	size_t base = S_array(w, at, d->blocks, d->n_blocks, sizeof(pm_verb_block));
	for (int i = 0; i < d->n_blocks && !w->failed; i++) {
		const pm_verb_block *b = &d->blocks[i];
		size_t o = base + (size_t)i * sizeof(*b);
		pm_verb_block t;
		memset(&t, 0, sizeof(t));
		memcpy(t.code, b->code, sizeof(t.code));
		t.first_pattern = b->first_pattern;
		t.n_patterns = b->n_patterns;
		memcpy(w->buf + o, &t, sizeof(t));
		S_str_field(w, o + offsetof(pm_verb_block, name), b->name);
	}
}

static void S_synsets(S_writer *w, size_t at, const pm_dict *d)
{
	size_t base = S_array(w, at, d->synsets, d->n_synsets, sizeof(S_synset));
	for (int i = 0; i < d->n_synsets && !w->failed; i++) {
		const S_synset *s = &d->synsets[i];
		size_t o = base + (size_t)i * sizeof(*s);
		S_synset t;
		memset(&t, 0, sizeof(t));
		t.n = t.cap = s->n;
		t.n_nested = t.cap_nested = s->n_nested;
		memcpy(w->buf + o, &t, sizeof(t));
		S_str_field(w, o + offsetof(S_synset, name), s->name);
		S_seqs_field(w, o + offsetof(S_synset, members), s->members, s->n);
		S_strs_field(w, o + offsetof(S_synset, nested), s->nested, s->n_nested);
	}
}

static void S_reports(S_writer *w, size_t at, const pm_dict *d)
{
	size_t base = S_array(w, at, d->reports, d->n_reports, sizeof(pm_dict_report));
	for (int i = 0; i < d->n_reports && !w->failed; i++) {
		const pm_dict_report *r = &d->reports[i];
		size_t o = base + (size_t)i * sizeof(*r);
		pm_dict_report t;
		memset(&t, 0, sizeof(t));
		t.entries = r->entries;
		t.patterns = r->patterns;
		t.errors = r->errors;
		memcpy(w->buf + o, &t, sizeof(t));
		S_str_field(w, o + offsetof(pm_dict_report, path), r->path);
		S_str_field(w, o + offsetof(pm_dict_report, kind), r->kind);
	}
}

static void S_duplicates(S_writer *w, size_t at, const pm_dict *d)
{
	size_t base = S_array(w, at, d->duplicates, d->n_duplicates, sizeof(S_duplicate));
	for (int i = 0; i < d->n_duplicates && !w->failed; i++) {
		const S_duplicate *x = &d->duplicates[i];
		size_t o = base + (size_t)i * sizeof(*x);
		S_duplicate t;
		memset(&t, 0, sizeof(t));
		t.line = x->line;
		t.entry = x->entry;
		memcpy(w->buf + o, &t, sizeof(t));
		S_str_field(w, o + offsetof(S_duplicate, path), x->path);
		S_str_field(w, o + offsetof(S_duplicate, phrase), x->phrase);
	}
}

/* Edges field by field: their padding is never written by the loader. */
static void S_edges(S_writer *w, size_t at, const pm_dict *d)
{
	if (!d->edges)
		return;
	size_t base = S_space(w, (size_t)(d->edge_slots > 0 ? d->edge_slots : 1) * sizeof(S_edge), 8);
	S_link(w, at, base);
	for (int i = 0; i < d->edge_slots && !w->failed; i++) {
		if (!d->edges[i].child)
			continue;
		S_edge e;
		memset(&e, 0, sizeof(e));
		e.key = d->edges[i].key;
		e.child = d->edges[i].child;
		memcpy(w->buf + base + (size_t)i * sizeof(e), &e, sizeof(e));
	}
}

static void S_tab(S_writer *w, size_t at, const pm_strtab *t)
{
	/* Strings first, in id order: the words lie in the image as they were
	 * interned. */
	if (t->strs)
		S_strs_field(w, at + offsetof(pm_strtab, strs), t->strs, t->n);
	S_raw_field(w, at + offsetof(pm_strtab, hash), t->hash, (size_t)t->n * sizeof(*t->hash));
	S_raw_field(w, at + offsetof(pm_strtab, slot), t->slot, (size_t)t->slots * sizeof(*t->slot));
}

/* The set as an image: a copy of the pm_dict at offset 0 whose pointers
 * are offsets, then everything they point at. */
static void S_image(S_writer *w, const pm_dict *d)
{
	pm_dict t;
	memset(&t, 0, sizeof(t));
#define S_KEEP(f) t.f = d->f
	S_KEEP(words.n), S_KEEP(words.slots), S_KEEP(codes.n), S_KEEP(codes.slots);
	t.words.cap = t.words.cap_hash = d->words.n;
	t.codes.cap = t.codes.cap_hash = d->codes.n;
	S_KEEP(cap_code_owner), S_KEEP(n_nodes), S_KEEP(n_edges), S_KEEP(edge_slots);
	S_KEEP(actor_root), S_KEEP(agent_root), S_KEEP(discard_root), S_KEEP(issue_root);
	S_KEEP(n_entries), S_KEEP(n_agent_codes), S_KEEP(n_issue_codes), S_KEEP(n_forms);
	S_KEEP(n_form_index), S_KEEP(n_blocks), S_KEEP(n_patterns), S_KEEP(n_transforms);
	S_KEEP(n_synsets), S_KEEP(n_reports), S_KEEP(n_duplicates), S_KEEP(n_messages);
#undef S_KEEP
	t.cap_nodes = t.n_nodes;
	t.cap_entries = t.n_entries, t.cap_agent_codes = t.n_agent_codes;
	t.cap_issue_codes = t.n_issue_codes, t.cap_forms = t.n_forms, t.cap_blocks = t.n_blocks;
	t.cap_patterns = t.n_patterns, t.cap_transforms = t.n_transforms;
	t.cap_synsets = t.n_synsets, t.cap_reports = t.n_reports, t.cap_duplicates = t.n_duplicates;
	t.cap_messages = t.n_messages;
	S_put(w, &t, sizeof(t));
#define S_AT(f) offsetof(pm_dict, f)
	S_tab(w, S_AT(words), &d->words);
	S_tab(w, S_AT(codes), &d->codes);
	S_raw_field(w, S_AT(code_owner), d->code_owner, (size_t)d->cap_code_owner * sizeof(int32_t));
	S_raw_field(w, S_AT(node_value), d->node_value, (size_t)d->n_nodes * sizeof(int32_t));
	S_edges(w, S_AT(edges), d);
	S_entries(w, S_AT(entries), d);
	S_strs_field(w, S_AT(agent_codes), d->agent_codes, d->n_agent_codes);
	S_strs_field(w, S_AT(issue_codes), d->issue_codes, d->n_issue_codes);
	S_forms(w, S_AT(forms), d);
	S_raw_field(w, S_AT(form_index), d->form_index, (size_t)d->n_form_index * sizeof(S_form_span));
	S_blocks(w, S_AT(blocks), d);
	S_patterns(w, S_AT(patterns), d);
	S_raw_field(w, S_AT(transforms), d->transforms, (size_t)d->n_transforms * sizeof(pm_transform));
	S_synsets(w, S_AT(synsets), d);
	S_reports(w, S_AT(reports), d);
	S_duplicates(w, S_AT(duplicates), d);
	S_strs_field(w, S_AT(messages), d->messages, d->n_messages);
#undef S_AT
	if (w->n % 8)
		S_space(w, 8 - w->n % 8, 1);   /* the image ends on 8 bytes */
}

static int S_write_all(int fd, const void *p, size_t n)
{
	const unsigned char *b = p;
	while (n) {
		ssize_t k = write(fd, b, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		b += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Temporary files of path (path.tmp.XXXXXX) left by a writer that was
 * killed before its rename: removed once an hour old, when no writer can
 * still be busy with them. */
static void S_sweep(const char *path)
{
	const char *slash = strrchr(path, '/');
	char dir[4096];
	const char *base = slash ? slash + 1 : path;
	int n = slash ? snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path)
		      : snprintf(dir, sizeof(dir), ".");
	if (n <= 0 || (size_t)n >= sizeof(dir) - 300)
		return;
	if (!dir[0])
		snprintf(dir, sizeof(dir), "/");
	DIR *d = opendir(dir);
	if (!d)
		return;
	size_t blen = strlen(base);
	time_t now = time(NULL);
	struct dirent *e;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, base, blen) || strncmp(e->d_name + blen, ".tmp.", 5))
			continue;
		char old[4096 + 256];
		struct stat st;
		snprintf(old, sizeof(old), "%s/%s", dir, e->d_name);
		if (lstat(old, &st) == 0 && S_ISREG(st.st_mode) && st.st_mtime < now - 3600)
			unlink(old);
	}
	closedir(d);
}

static int S_write_file(const char *path, const S_header *h, const unsigned char *key,
			const S_writer *w)
{
	S_sweep(path);
	size_t plen = strlen(path);
	char *tmp = malloc(plen + 16);
	if (!tmp)
		return -1;
	memcpy(tmp, path, plen);
	memcpy(tmp + plen, ".tmp.XXXXXX", 12);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	static const unsigned char pad[8];
	size_t key_pad = (8 - h->key_len % 8) % 8;
	int bad = S_write_all(fd, h, sizeof(*h)) || S_write_all(fd, key, h->key_len) ||
		  S_write_all(fd, pad, key_pad) || S_write_all(fd, w->buf, w->n) ||
		  S_write_all(fd, w->rel, w->n_rel * sizeof(*w->rel));
	bad |= close(fd) != 0;
	if (!bad)
		bad = rename(tmp, path) != 0;
	if (bad)
		unlink(tmp);
	free(tmp);
	return bad ? -1 : 0;
}

int pm_dict_cache_write(const pm_dict *d, const char *path, const void *key, size_t key_len)
{
	if (d->image)
		return 0;   /* it came from this very file */
	unsigned char *full;
	size_t full_len = S_full_key(key, key_len, &full);
	if (!full_len)
		return pm_error_set(PM_ERROR, "%s: this build has no build id to key a cache on", path);
	S_writer w;
	memset(&w, 0, sizeof(w));
	/* Sized once for what is known to come: every word and code is
	 * mapped, and their tables are most of the image. */
	size_t shared = (size_t)d->words.n + (size_t)d->codes.n + (size_t)d->n_entries + 1024;
	w.map_slots = 1024;
	while (w.map_slots < 4 * shared)
		w.map_slots *= 2;
	w.map = calloc(w.map_slots, sizeof(*w.map));
	w.cap = 2 * ((size_t)d->edge_slots * sizeof(S_edge) + (size_t)d->words.slots * 4 +
		     (size_t)d->words.n * 32);
	w.buf = malloc(w.cap);
	if (!w.map || !w.buf) {
		w.failed = 1;
		w.map_slots = w.cap = 0;
	}
	S_image(&w, d);
	int rc = 0;
	if (w.failed || w.n % 8) {
		rc = pm_error_set(PM_ENOMEM, "%s: the dictionaries are too large to cache", path);
	} else {
		S_header h;
		memset(&h, 0, sizeof(h));
		memcpy(h.magic, S_MAGIC, 8);
		h.format = S_FORMAT;
		h.key_len = (uint32_t)full_len;
		h.image_len = w.n;
		h.n_rel = w.n_rel;
		h.sum = S_sum(S_sum(S_sum(h.image_len, full, full_len), w.buf, w.n), w.rel,
			      w.n_rel * sizeof(*w.rel));
		if (S_write_file(path, &h, full, &w) < 0)
			rc = pm_error_set(PM_ERROR, "%s: cannot write the dictionary cache: %s", path,
					  strerror(errno));
	}
	free(full);
	free(w.buf);
	free(w.rel);
	free(w.map);
	return rc;
}

/* ---- reading ------------------------------------------------------------------ */

static int S_read_all(int fd, void *p, size_t n)
{
	unsigned char *b = p;
	while (n) {
		ssize_t k = read(fd, b, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		b += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Offsets become addresses; any offset outside the image, or a pointer
 * not on 8 bytes inside it, means the file is not what was written. */
static int S_relocate(unsigned char *image, size_t len, const uint32_t *rel, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t at = rel[i];
		uint64_t v;
		if (at % 8 || at + 8 > len)
			return -1;
		memcpy(&v, image + at, 8);
		if (v >= len)
			return -1;
		unsigned char *p = image + v;
		memcpy(image + at, &p, sizeof(p));
	}
	return 0;
}

static int S_fail(int fd, void *buf, unsigned char *key)
{
	if (fd >= 0)
		close(fd);
	free(buf);
	free(key);
	return PM_ENOTFOUND;
}

int pm_dict_cache_read(pm_dict **out, const char *path, const void *key, size_t key_len)
{
	unsigned char *full = NULL;
	size_t full_len = S_full_key(key, key_len, &full);
	if (!full_len)
		return PM_ENOTFOUND;
	int fd;
	do
		fd = open(path, O_RDONLY | O_CLOEXEC);
	while (fd < 0 && errno == EINTR);
	struct stat st;
	S_header h;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || S_read_all(fd, &h, sizeof(h)) < 0 ||
	    memcmp(h.magic, S_MAGIC, 8) || h.format != S_FORMAT || h.key_len != full_len ||
	    h.image_len < sizeof(pm_dict) || h.image_len % 8 || h.image_len > UINT32_MAX ||
	    h.n_rel > UINT32_MAX)
		return S_fail(fd, NULL, full);
	size_t key_pad = (8 - full_len % 8) % 8, rel_bytes = (size_t)h.n_rel * sizeof(uint32_t);
	size_t body = full_len + key_pad + (size_t)h.image_len + rel_bytes;
	if ((uint64_t)st.st_size != sizeof(h) + body)
		return S_fail(fd, NULL, full);
	/* The image in a block of its own, kept with the set (malloc aligns
	 * it for its structs and strings); the key and the pointer list in
	 * another, freed once the pointers are fixed. */
	unsigned char *image = malloc((size_t)h.image_len);
	unsigned char *rest = malloc(full_len + key_pad + rel_bytes);
	if (!image || !rest) {
		free(rest);
		return S_fail(fd, image, full);
	}
	unsigned char *fkey = rest, *rel = rest + full_len + key_pad;
	int bad = S_read_all(fd, fkey, full_len + key_pad) < 0 || memcmp(fkey, full, full_len) ||
		  S_read_all(fd, image, (size_t)h.image_len) < 0 || S_read_all(fd, rel, rel_bytes) < 0;
	close(fd);
	if (!bad) {
		uint64_t sum = S_sum(S_sum(S_sum(h.image_len, full, full_len), image, (size_t)h.image_len),
				     rel, rel_bytes);
		bad = sum != h.sum || S_relocate(image, (size_t)h.image_len,
						 (const uint32_t *)(void *)rel, (size_t)h.n_rel) < 0;
	}
	free(rest);
	free(full);
	if (bad)
		return S_fail(-1, image, NULL);
	pm_dict *d = calloc(1, sizeof(*d));
	if (!d)
		return S_fail(-1, image, NULL);
	memcpy(d, image, sizeof(*d));
	pm_arena_init(&d->arena, 4096);
	d->image = image;
	pm_dict_set_warn(d, NULL, NULL);
	pm_dict_verbs_rebit(d);
	*out = d;
	return 0;
}
