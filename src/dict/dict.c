/* dict.c - the dictionary set: interned words, phrase tries, lookups.
 *
 * Words are interned once into ids; phrase tries (actors, agents, discards,
 * issues) share one node pool whose edges live in an open-addressing hash
 * keyed by (node, word id). A lookup hashes each query word once and walks
 * the trie: no allocation, no string comparison chains. The file readers
 * are in dict_read.c. */
#include "dict/dict_int.h"

#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/hash.h"

/* ---- hashing ---------------------------------------------------------------- */

/* FNV-1a; *len gets the string's length, so a new string is copied
 * without another pass over it. */
static uint32_t S_hash_str(const char *s, size_t *len)
{
	uint64_t h = 1469598103934665603ull;
	const char *p = s;
	for (; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ull;
	*len = (size_t)(p - s);
	return (uint32_t)(h ^ (h >> 29));
}

static void *S_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		abort();
	return p;
}

/* ---- interned strings --------------------------------------------------------- */

/* Grows the index to at least twice the strings it must hold: min_cap
 * slots (a power of two), or else double. */
static void S_tab_grow_to(pm_strtab *t, int min_cap)
{
	int cap = t->slots ? t->slots * 2 : 4096;
	while (cap < min_cap)
		cap *= 2;
	int32_t *slots = S_calloc((size_t)cap, sizeof(int32_t));
	for (int i = 0; i < cap; i++)
		slots[i] = -1;
	for (int id = 0; id < t->n; id++) {
		int i = (int)(t->hash[id] & (uint32_t)(cap - 1));
		while (slots[i] >= 0)
			i = (i + 1) & (cap - 1);
		slots[i] = id;
	}
	free(t->slot);
	t->slot = slots;
	t->slots = cap;
}

static void S_tab_grow(pm_strtab *t)
{
	S_tab_grow_to(t, 0);
}

/* The slot holding s (hash h), else the empty slot where it would go.
 * Strings are compared only when their hashes agree. */
static int S_tab_probe(const pm_strtab *t, const char *s, uint32_t h)
{
	int mask = t->slots - 1;
	for (int i = (int)(h & (uint32_t)mask);; i = (i + 1) & mask) {
		int id = t->slot[i];
		if (id < 0 || (t->hash[id] == h && !strcmp(t->strs[id], s)))
			return i;
	}
}

static int S_tab_find(const pm_strtab *t, const char *s)
{
	if (!t->slots)
		return -1;
	size_t len;
	return t->slot[S_tab_probe(t, s, S_hash_str(s, &len))];
}

/* The id of s, added (copied into the arena) when new: one hash either way. */
static int S_tab_add(pm_strtab *t, pm_arena *a, const char *s)
{
	size_t len;
	uint32_t h = S_hash_str(s, &len);
	if (!t->slots)
		S_tab_grow(t);
	int i = S_tab_probe(t, s, h);
	if (t->slot[i] >= 0)
		return t->slot[i];
	if ((t->n + 1) * 2 > t->slots) {
		S_tab_grow(t);
		i = S_tab_probe(t, s, h);
	}
	pm_vec_reserve((void **)&t->strs, &t->cap, t->n + 1, sizeof(*t->strs));
	pm_vec_reserve((void **)&t->hash, &t->cap_hash, t->n + 1, sizeof(*t->hash));
	t->strs[t->n] = pm_arena_strndup(a, s, len);
	t->hash[t->n] = h;
	t->slot[i] = t->n;
	return t->n++;
}

static void S_tab_free(pm_strtab *t)
{
	free(t->strs);
	free(t->hash);
	free(t->slot);
}

int pm_dict_word_id(const pm_dict *d, const char *w)
{
	return S_tab_find(&d->words, w);
}

int pm_dict_intern(pm_dict *d, const char *w)
{
	return S_tab_add(&d->words, &d->arena, w);
}

/* Keeps the first entry that carries each code, for labels. */
static void S_note_code_owner(pm_dict *d, int id, int entry)
{
	if (id >= d->cap_code_owner) {
		int cap = d->cap_code_owner ? d->cap_code_owner : 1024;
		while (cap <= id)
			cap *= 2;
		int32_t *o = realloc(d->code_owner, (size_t)cap * sizeof(*o));
		if (!o)
			return;   /* labels fall back to the composed form */
		for (int i = d->cap_code_owner; i < cap; i++)
			o[i] = -1;
		d->code_owner = o;
		d->cap_code_owner = cap;
	}
	if (d->code_owner[id] < 0)
		d->code_owner[id] = entry;
}

const char *pm_dict_intern_code(pm_dict *d, const char *code, int entry)
{
	int id = S_tab_add(&d->codes, &d->arena, code);   /* may move strs */
	if (entry >= 0)
		S_note_code_owner(d, id, entry);
	return d->codes.strs[id];
}

int pm_dict_each_change(const pm_dict *d,
			int (*fn)(void *ctx, const char *before, const char *after, int from),
			void *ctx)
{
	for (int i = 0; i < d->n_entries; i++) {
		const pm_actor_entry *e = &d->entries[i];
		const char *undated = NULL;
		for (int k = 0; k < e->n_codes && !undated; k++)
			if (!e->codes[k].from && !e->codes[k].to && !e->codes[k].affiliate)
				undated = e->codes[k].code;
		for (int k = 0; undated && k < e->n_codes; k++) {
			const pm_actor_code *c = &e->codes[k];
			int rc = c->from && !c->to && !c->affiliate ? fn(ctx, undated, c->code, c->from) : 0;
			if (rc)
				return rc;
		}
	}
	return 0;
}

/* The code an entry is coded with when no date is known: its undated
 * code, else its first. */
static const char *S_own_code(const pm_actor_entry *e)
{
	const char *first = NULL;
	for (int k = 0; k < e->n_codes; k++) {
		const pm_actor_code *c = &e->codes[k];
		if (c->affiliate)
			continue;
		if (!c->from && !c->to)
			return c->code;
		if (!first)
			first = c->code;
	}
	return first;
}

const char *pm_actor_affiliate_on(const pm_actor_entry *e, int date)
{
	for (int k = 0; k < e->n_codes; k++) {
		const pm_actor_code *c = &e->codes[k];
		if (c->affiliate && (!date || ((!c->from || date >= c->from) && (!c->to || date < c->to))))
			return c->code;
	}
	return NULL;
}

int pm_dict_each_affiliation(const pm_dict *d,
			     int (*fn)(void *ctx, const char *code, const char *of, int from, int to),
			     void *ctx)
{
	for (int i = 0; i < d->n_entries; i++) {
		const pm_actor_entry *e = &d->entries[i];
		const char *own = NULL;
		for (int k = 0; k < e->n_codes; k++) {
			const pm_actor_code *c = &e->codes[k];
			if (!c->affiliate || !(own = own ? own : S_own_code(e)))
				continue;
			int rc = fn(ctx, own, c->code, c->from, c->to);
			if (rc)
				return rc;
		}
	}
	return 0;
}

const char *pm_dict_actor_name(const pm_dict *d, const char *code)
{
	int id = code ? S_tab_find(&d->codes, code) : -1;
	if (id < 0 || id >= d->cap_code_owner || d->code_owner[id] < 0)
		return NULL;
	return d->entries[d->code_owner[id]].root;
}

const char *pm_dict_word(const pm_dict *d, int id)
{
	return d->words.strs[id];
}

const char *pm_dict_interned(const pm_dict *d, const char *word)
{
	int id = pm_dict_word_id(d, word);
	return id >= 0 ? d->words.strs[id] : NULL;
}

/* ---- phrase tries ----------------------------------------------------------------- */

static void S_edges_grow_to(pm_dict *d, int min_cap)
{
	int cap = d->edge_slots ? d->edge_slots * 2 : 8192;
	while (cap < min_cap)
		cap *= 2;
	S_edge *e = S_calloc((size_t)cap, sizeof(S_edge));
	for (int i = 0; i < d->edge_slots; i++) {
		if (!d->edges[i].child)
			continue;
		int j = (int)(pm_mix64(d->edges[i].key) & (uint64_t)(cap - 1));
		while (e[j].child)
			j = (j + 1) & (cap - 1);
		e[j] = d->edges[i];
	}
	free(d->edges);
	d->edges = e;
	d->edge_slots = cap;
}

static void S_edges_grow(pm_dict *d)
{
	S_edges_grow_to(d, 0);
}

/* Measured on the Phoenix and bundled files: a new trie edge per 35 bytes
 * or more, a new word per 60; a table is kept at most half full. */
void pm_dict_reserve(pm_dict *d, size_t bytes)
{
	size_t edges = (size_t)d->n_edges + bytes / 32, words = (size_t)d->words.n + bytes / 45;
	if (edges > (1u << 26) || words > (1u << 26))
		return;   /* a huge file grows as it goes */
	if ((int)edges * 2 > d->edge_slots)
		S_edges_grow_to(d, (int)edges * 2);
	if ((int)words * 2 > d->words.slots)
		S_tab_grow_to(&d->words, (int)words * 2);
}

static uint64_t S_edge_key(int node, int word)
{
	return ((uint64_t)(uint32_t)node << 32) | (uint32_t)word;
}

/* The slot holding key, else the empty slot where it would go. */
static int S_edge_probe(const pm_dict *d, uint64_t key)
{
	int mask = d->edge_slots - 1;
	for (int i = (int)(pm_mix64(key) & (uint64_t)mask);; i = (i + 1) & mask)
		if (!d->edges[i].child || d->edges[i].key == key)
			return i;
}

static int S_child(const pm_dict *d, int node, int word)
{
	if (!d->edge_slots)
		return -1;
	const S_edge *e = &d->edges[S_edge_probe(d, S_edge_key(node, word))];
	return e->child ? e->child : -1;
}

int pm_dict_node_new(pm_dict *d)
{
	int32_t *v = PM_VEC_PUSH(d->node_value, d->n_nodes, d->cap_nodes);
	*v = -1;
	return d->n_nodes - 1;
}

static int S_child_add(pm_dict *d, int node, int word)
{
	uint64_t key = S_edge_key(node, word);
	if (!d->edge_slots)
		S_edges_grow(d);
	int i = S_edge_probe(d, key);
	if (d->edges[i].child)
		return d->edges[i].child;
	if ((d->n_edges + 1) * 2 > d->edge_slots) {
		S_edges_grow(d);
		i = S_edge_probe(d, key);
	}
	int c = pm_dict_node_new(d);
	d->edges[i].key = key;
	d->edges[i].child = c;
	d->n_edges++;
	return c;
}

int pm_dict_trie_add(pm_dict *d, int root, const char *const *words, int n)
{
	int node = root;
	for (int i = 0; i < n; i++)
		node = S_child_add(d, node, pm_dict_intern(d, words[i]));
	return node;
}

int pm_dict_trie_longest(const pm_dict *d, int root, const char *const *words, int n, int *value)
{
	int node = root, best = 0;
	for (int i = 0; i < n; i++) {
		int w = pm_dict_word_id(d, words[i]);
		if (w < 0 || (node = S_child(d, node, w)) < 0)
			break;
		if (d->node_value[node] >= 0) {
			best = i + 1;
			*value = d->node_value[node];
		}
	}
	return best;
}

int pm_dict_word_index(const pm_dict *d, const char *word)
{
	return pm_dict_word_id(d, word);
}

const char *pm_dict_word_at(const pm_dict *d, int id)
{
	return id >= 0 && id < d->words.n ? d->words.strs[id] : NULL;
}

static int S_trie_longest_ids(const pm_dict *d, int root, const int32_t *ids, int n, int *value)
{
	int node = root, best = 0;
	for (int i = 0; i < n; i++) {
		if (ids[i] < 0 || (node = S_child(d, node, ids[i])) < 0)
			break;
		if (d->node_value[node] >= 0) {
			best = i + 1;
			*value = d->node_value[node];
		}
	}
	return best;
}

int pm_dict_match_actor_ids(const pm_dict *d, const int32_t *ids, int n, const pm_actor_entry **out)
{
	int v = -1, k = S_trie_longest_ids(d, d->actor_root, ids, n, &v);
	if (k)
		*out = &d->entries[v];
	return k;
}

int pm_dict_match_agent_ids(const pm_dict *d, const int32_t *ids, int n, const char **code)
{
	int v = -1, k = S_trie_longest_ids(d, d->agent_root, ids, n, &v);
	if (k)
		*code = d->agent_codes[v];
	return k;
}

/* ---- the set ------------------------------------------------------------------------ */

static void S_default_warn(void *ctx, const char *message)
{
	(void)ctx;
	fprintf(stderr, "palmyra: %s\n", message);
}

int pm_dict_new(pm_dict **out)
{
	pm_dict *d = S_calloc(1, sizeof(*d));
	pm_arena_init(&d->arena, 1 << 20);
	d->warn = S_default_warn;
	d->actor_root = pm_dict_node_new(d);
	d->agent_root = pm_dict_node_new(d);
	d->discard_root = pm_dict_node_new(d);
	d->issue_root = pm_dict_node_new(d);
	*out = d;
	return 0;
}

void pm_dict_free(pm_dict *d)
{
	if (!d)
		return;
	if (d->image) {
		/* Every table lies in the image (dict_cache.c). */
		free(d->image);
		pm_arena_free(&d->arena);
		free(d);
		return;
	}
	free(d->entries);
	free(d->code_owner);
	free(d->agent_codes);
	free(d->issue_codes);
	S_tab_free(&d->words);
	S_tab_free(&d->codes);
	free(d->edges);
	free(d->node_value);
	free(d->forms);
	free(d->form_index);
	free(d->blocks);
	free(d->patterns);
	free(d->transforms);
	for (int i = 0; i < d->n_synsets; i++) {
		free(d->synsets[i].members);
		free(d->synsets[i].nested);
	}
	free(d->synsets);
	free(d->reports);
	free(d->duplicates);
	free(d->messages);
	pm_arena_free(&d->arena);
	free(d);
}

void pm_dict_emit(pm_dict *d, const char *message)
{
	*PM_VEC_PUSH(d->messages, d->n_messages, d->cap_messages) = pm_arena_strdup(&d->arena, message);
	d->warn(d->warn_ctx, message);
}

const char *const *pm_dict_messages(const pm_dict *d, int *n)
{
	*n = d->n_messages;
	return d->messages;
}

void pm_dict_set_warn(pm_dict *d, pm_dict_warn_fn fn, void *ctx)
{
	d->warn = fn ? fn : S_default_warn;
	d->warn_ctx = ctx;
}

const pm_dict_report *pm_dict_reports(const pm_dict *d, int *n)
{
	*n = d->n_reports;
	return d->reports;
}

/* ---- lookups ------------------------------------------------------------------------ */

int pm_dict_verb_forms(const pm_dict *d, const char *word, const pm_verb_form **out)
{
	int id = pm_dict_word_id(d, word);
	if (id < 0 || id >= d->n_form_index || d->form_index[id].count == 0)
		return 0;
	*out = &d->forms[d->form_index[id].first];
	return d->form_index[id].count;
}

const pm_verb_block *pm_dict_block(const pm_dict *d, int block)
{
	return block >= 0 && block < d->n_blocks ? &d->blocks[block] : NULL;
}

const pm_pattern *pm_dict_pattern(const pm_dict *d, int index)
{
	return index >= 0 && index < d->n_patterns ? &d->patterns[index] : NULL;
}

const pm_transform *pm_dict_transforms(const pm_dict *d, int *n)
{
	*n = d->n_transforms;
	return d->transforms;
}

int pm_dict_match_actor(const pm_dict *d, const char *const *words, int n,
			const pm_actor_entry **out)
{
	int v = -1, k = pm_dict_trie_longest(d, d->actor_root, words, n, &v);
	if (k)
		*out = &d->entries[v];
	return k;
}

const char *pm_actor_code_on(const pm_actor_entry *e, int date)
{
	const char *undated = NULL;
	const char *first = NULL;
	for (int i = 0; i < e->n_codes; i++) {
		const pm_actor_code *c = &e->codes[i];
		if (c->affiliate)
			continue;
		if (!first)
			first = c->code;
		if (!c->from && !c->to) {
			if (!undated)
				undated = c->code;
			continue;
		}
		/* A dated code that holds beats the undated default. */
		/* "<X" excludes X; a range "X-Y" includes both ends, as the
		 * suite's dictionaries intend ("This should override the next"). */
		int below = c->from ? date <= c->to : date < c->to;
		if (date && (!c->from || date >= c->from) && (!c->to || below))
			return c->code;
	}
	if (undated || date)
		return undated;
	return first;
}

int pm_dict_match_agent(const pm_dict *d, const char *const *words, int n, const char **code)
{
	int v = -1, k = pm_dict_trie_longest(d, d->agent_root, words, n, &v);
	if (k)
		*code = d->agent_codes[v];
	return k;
}

int pm_dict_discard(const pm_dict *d, const char *const *words, int n)
{
	int worst = 0;
	for (int i = 0; i < n; i++) {
		int v = 0;
		if (pm_dict_trie_longest(d, d->discard_root, words + i, n - i, &v) && v > worst)
			worst = v;
	}
	return worst;
}

int pm_dict_discard_ids(const pm_dict *d, const int32_t *ids, int n)
{
	int worst = 0;
	for (int i = 0; i < n; i++) {
		int v = 0;
		if (ids[i] >= 0 && S_trie_longest_ids(d, d->discard_root, ids + i, n - i, &v) &&
		    v > worst)
			worst = v;
	}
	return worst;
}

int pm_dict_issues(const pm_dict *d, const char *const *words, int n, const char **codes,
		   int *counts, int cap)
{
	int found = 0;
	for (int i = 0; i < n; i++) {
		int v = -1, k = pm_dict_trie_longest(d, d->issue_root, words + i, n - i, &v);
		if (!k)
			continue;
		if (v == PM_ISSUE_CANCEL)
			return 0;
		const char *code = d->issue_codes[v];
		int j = 0;
		while (j < found && strcmp(codes[j], code))
			j++;
		if (j < found)
			counts[j]++;
		else if (found < cap) {
			codes[found] = code;
			counts[found++] = 1;
		}
		i += k - 1;
	}
	return found;
}
