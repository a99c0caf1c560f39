/* dict_verbs.c - the verbs dictionary: synsets, blocks, verb forms,
 * patterns and transformations.
 *
 * Patterns are kept in their sequential (TABARI) reading because the
 * validation suite's expectations follow it: see pm_pattern in dict.h. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict/dict_int.h"
#include "util/error.h"
#include "util/str.h"

#define S_MAX_ITEMS 48

typedef struct {
	pm_dict *d;
	const char *path;
	int line;
	pm_dict_report *report;
	int synset;      /* synset being filled, -1 none */
	int block;       /* current block, -1 none */
	int in_comment;
} S_vreader;

static void S_warn(S_vreader *r, const char *fmt, ...)
{
	char msg[600];
	int n = snprintf(msg, sizeof(msg), "%s:%d: ", r->path, r->line);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg + n, sizeof(msg) - (size_t)n, fmt, ap);
	va_end(ap);
	r->report->errors++;
	pm_dict_emit(r->d, msg);
}

static const char *S_str(pm_dict *d, const char *s)
{
	return pm_dict_word(d, pm_dict_intern(d, s));
}

static void S_upper(char *s)
{
	for (; *s; s++)
		*s = pm_dict_upper(*s);
}

static char *S_trim(char *s)
{
	while (pm_dict_space(*s))
		s++;
	size_t n = strlen(s);
	while (n && pm_dict_space(s[n - 1]))
		s[--n] = '\0';
	return s;
}

/* Cuts the last "[...]" out of s into code (without brackets); 0 if none. */
static int S_take_code(char *s, char *code, size_t cap)
{
	char *open = strrchr(s, '[');
	if (!open)
		return 0;
	char *close = strchr(open, ']');
	if (!close)
		return -1;
	*close = '\0';
	pm_strlcpy(code, S_trim(open + 1), cap);
	*open = '\0';
	return 1;
}

/* ---- word forms -------------------------------------------------------------------- */

static int S_vowel(char c)
{
	return c && strchr("AEIOU", c) != NULL;
}

static void S_third(const char *w, char *out, size_t cap)
{
	size_t n = strlen(w);
	char last = n ? w[n - 1] : 0, prev = n > 1 ? w[n - 2] : 0;
	if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (prev == 'C' || prev == 'S')))
		pm_dict_cat(out, cap, w, n, "ES", 2, "", 0);
	else if (last == 'Y' && !S_vowel(prev))
		pm_dict_cat(out, cap, w, n - 1, "IES", 3, "", 0);
	else
		pm_dict_cat(out, cap, w, n, "S", 1, "", 0);
}

static void S_past(const char *w, char *out, size_t cap)
{
	size_t n = strlen(w);
	char last = n ? w[n - 1] : 0, prev = n > 1 ? w[n - 2] : 0;
	if (last == 'E')
		pm_dict_cat(out, cap, w, n, "D", 1, "", 0);
	else if (last == 'Y' && !S_vowel(prev))
		pm_dict_cat(out, cap, w, n - 1, "IED", 3, "", 0);
	else
		pm_dict_cat(out, cap, w, n, "ED", 2, "", 0);
}

static void S_gerund(const char *w, char *out, size_t cap)
{
	size_t n = strlen(w);
	if (n > 2 && w[n - 1] == 'E' && !S_vowel(w[n - 2]))
		pm_dict_cat(out, cap, w, n - 1, "ING", 3, "", 0);
	else
		pm_dict_cat(out, cap, w, n, "ING", 3, "", 0);
}

/* ---- synsets ------------------------------------------------------------------------ */

/* "&NAME_" and "&NAME" name the same synset. */
static int S_synset_find(const pm_dict *d, const char *name)
{
	size_t n = strlen(name);
	while (n && name[n - 1] == '_')
		n--;
	for (int i = 0; i < d->n_synsets; i++)
		if (!strncmp(d->synsets[i].name, name, n) && !d->synsets[i].name[n])
			return i;
	return -1;
}

static pm_wordseq S_seq(pm_dict *d, const char *const *words, int n)
{
	const char **w = pm_arena_alloc(&d->arena, (size_t)(n ? n : 1) * sizeof(char *));
	for (int i = 0; i < n; i++)
		w[i] = S_str(d, words[i]);
	return (pm_wordseq){w, (uint8_t)n, (uint8_t)(n ? pm_word_slot(w[0]) : 0)};
}

static void S_synset_member(S_vreader *r, char *text)
{
	pm_dict *d = r->d;
	S_synset *ss = &d->synsets[r->synset];
	text = S_trim(text);
	if (text[0] == '&') {
		*PM_VEC_PUSH(ss->nested, ss->n_nested, ss->cap_nested) = S_str(d, text);
		return;
	}
	size_t len = strlen(text);
	int exact = len && text[len - 1] == '_';
	const char *words[16];
	int n = 0;
	for (char *sv = NULL, *t = pm_dict_tok(text, "_ \t", &sv); t && n < 16; t = pm_dict_tok(NULL, "_ \t", &sv))
		words[n++] = t;
	if (!n) {
		S_warn(r, "empty synset member");
		return;
	}
	*PM_VEC_PUSH(ss->members, ss->n, ss->cap) = S_seq(d, words, n);
	if (n == 1 && !exact) {
		char plural[128];
		S_third(words[0], plural, sizeof(plural));
		const char *p = plural;
		*PM_VEC_PUSH(ss->members, ss->n, ss->cap) = S_seq(d, &p, 1);
	}
	r->report->entries++;
}

/* Members of a synset with nested synsets flattened. */
static void S_synset_collect(pm_dict *d, int s, pm_wordseq **out, int *n, int *cap, int depth)
{
	if (s < 0 || depth > 6)
		return;
	S_synset *ss = &d->synsets[s];
	for (int i = 0; i < ss->n; i++)
		*PM_VEC_PUSH(*out, *n, *cap) = ss->members[i];
	for (int i = 0; i < ss->n_nested; i++)
		S_synset_collect(d, S_synset_find(d, ss->nested[i]), out, n, cap, depth + 1);
}

/* ---- patterns ------------------------------------------------------------------------- */

typedef struct {
	char text[96];
	int joined;   /* joined by '_' to the item before it */
	int exact;    /* written with a trailing '_' */
} S_item;

static int S_items(char *body, S_item *items, int cap)
{
	int n = 0;
	for (char *p = body; *p; p++)
		if (*p == '{' || *p == '}' || *p == '(' || *p == ')')
			*p = ' ';
	for (char *sv = NULL, *tok = pm_dict_tok(body, " \t", &sv); tok; tok = pm_dict_tok(NULL, " \t", &sv)) {
		int first = 1;
		char *p = tok;
		while (*p) {
			char *u = strchr(p, '_');
			size_t len = u ? (size_t)(u - p) : strlen(p);
			if (len && n < cap) {
				pm_dict_cat(items[n].text, sizeof(items[n].text), p, len, "", 0, "", 0);
				items[n].joined = !first;
				items[n].exact = u && u[1] == '\0';
				n++;
				first = 0;
			} else if (!len && !first && n) {
				/* "A__B": still joined */
			}
			if (!u)
				break;
			p = u + 1;
		}
	}
	return n;
}

/* The element's filters from where its alternatives' words lie. */
static void S_elem_bits(pm_pat_elem *e)
{
	e->first_bits = e->last_bits = 0;
	for (int i = 0; i < e->n_alts; i++)
		if (e->alts[i].n) {
			e->first_bits |= pm_word_bit(e->alts[i].words[0]);
			e->last_bits |= pm_word_bit(e->alts[i].words[e->alts[i].n - 1]);
		}
}

static int S_element(S_vreader *r, const S_item *it, int adjacent, pm_pat_elem *e)
{
	pm_dict *d = r->d;
	memset(e, 0, sizeof(*e));
	e->adjacent = (uint8_t)adjacent;
	const char *t = it->text;
	if (!strcmp(t, "$") || !strcmp(t, "+") || !strcmp(t, "%") || !strcmp(t, "^")) {
		e->role = t[0] == '$' ? PM_ELEM_SOURCE : t[0] == '+' ? PM_ELEM_TARGET
						 : t[0] == '%' ? PM_ELEM_COMPOUND : PM_ELEM_SKIP;
		return 0;
	}
	pm_wordseq *alts = NULL;
	int n = 0, cap = 0;
	if (t[0] == '&') {
		int s = S_synset_find(d, t);
		if (s < 0) {
			S_warn(r, "undefined synset %s in pattern", t);
			return -1;
		}
		S_synset_collect(d, s, &alts, &n, &cap, 0);
	} else {
		/* A plain word matches itself only; synset members get plurals. */
		*PM_VEC_PUSH(alts, n, cap) = S_seq(d, &t, 1);
	}
	pm_wordseq *kept = pm_arena_alloc(&d->arena, (size_t)(n ? n : 1) * sizeof(*kept));
	if (n)
		memcpy(kept, alts, (size_t)n * sizeof(*kept));
	free(alts);
	e->alts = kept;
	e->n_alts = n;
	S_elem_bits(e);
	return 0;
}

static void S_pattern_code(S_vreader *r, const char *code, pm_pattern *p)
{
	const char *colon = strchr(code, ':');
	if (colon) {
		snprintf(p->code, sizeof(p->code), "%.*s", (int)(colon - code), code);
		pm_strlcpy(p->code2, colon + 1, sizeof(p->code2));
	} else {
		pm_strlcpy(p->code, code, sizeof(p->code));
	}
	(void)r;
}

/* A word every match must contain: the word of a one-alternative element. */
static const char *S_anchor(const pm_pattern *p)
{
	for (int side = 0; side < 2; side++) {
		const pm_pat_elem *el = side ? p->before : p->after;
		int n = side ? p->n_before : p->n_after;
		for (int i = 0; i < n; i++)
			if (el[i].role == PM_ELEM_WORDS && el[i].n_alts == 1)
				return el[i].alts[0].words[0];
	}
	return NULL;
}

/* Bits of the words some element cannot match without (its alternatives
 * all start with words of one bit): a sentence lacking one of them is
 * passed over with one AND. */
static uint64_t S_needs_bits(const pm_pattern *p)
{
	uint64_t needs = 0;
	for (int side = 0; side < 2; side++) {
		const pm_pat_elem *el = side ? p->before : p->after;
		int n = side ? p->n_before : p->n_after;
		for (int i = 0; i < n; i++) {
			uint64_t b = el[i].first_bits;
			if (el[i].role == PM_ELEM_WORDS && b && !(b & (b - 1)))
				needs |= b;
		}
	}
	return needs;
}

static void S_seq_rebit(pm_wordseq *q, int n)
{
	for (int i = 0; i < n; i++)
		q[i].first_slot = (uint8_t)(q[i].n ? pm_word_slot(q[i].words[0]) : 0);
}

static void S_elems_rebit(const pm_pat_elem *el, int n)
{
	/* The elements are the set's own (arena or image): only the loader
	 * and this function write them. */
	pm_pat_elem *e = (pm_pat_elem *)el;
	for (int i = 0; i < n; i++) {
		S_seq_rebit((pm_wordseq *)e[i].alts, e[i].n_alts);
		S_elem_bits(&e[i]);
	}
}

void pm_dict_verbs_rebit(pm_dict *d)
{
	for (int s = 0; s < d->n_synsets; s++)
		S_seq_rebit(d->synsets[s].members, d->synsets[s].n);
	for (int i = 0; i < d->n_patterns; i++) {
		pm_pattern *p = &d->patterns[i];
		S_elems_rebit(p->before, p->n_before);
		S_elems_rebit(p->after, p->n_after);
		p->needs_bits = S_needs_bits(p);
	}
}

static void S_pattern_line(S_vreader *r, char *line)
{
	pm_dict *d = r->d;
	char code[32];
	if (r->block < 0) {
		S_warn(r, "pattern outside any verb block");
		return;
	}
	int has = S_take_code(line, code, sizeof(code));
	if (has <= 0) {
		S_warn(r, has < 0 ? "unclosed '[' in pattern" : "pattern has no [CODE]");
		return;
	}
	S_item items[S_MAX_ITEMS];
	int n = S_items(line + 1, items, S_MAX_ITEMS), star = -1;
	for (int i = 0; i < n; i++) {
		if (!strcmp(items[i].text, "*")) {
			if (star >= 0) {
				S_warn(r, "pattern has more than one '*'");
				return;
			}
			star = i;
		}
	}
	if (star < 0) {
		S_warn(r, "pattern has no '*'");
		return;
	}
	pm_pattern p;
	memset(&p, 0, sizeof(p));
	pm_pat_elem *before = pm_arena_alloc(&d->arena, (size_t)(star + 1) * sizeof(*before));
	pm_pat_elem *after = pm_arena_alloc(&d->arena, (size_t)(n - star) * sizeof(*after));
	for (int i = star - 1; i >= 0; i--)
		if (S_element(r, &items[i], items[i + 1].joined, &before[p.n_before++]) < 0)
			return;
	for (int i = star + 1; i < n; i++)
		if (S_element(r, &items[i], items[i].joined, &after[p.n_after++]) < 0)
			return;
	p.before = before;
	p.after = after;
	for (int i = 0; i < p.n_before; i++)
		p.weight += before[i].role == PM_ELEM_WORDS ? 2 : before[i].role == PM_ELEM_SKIP ? 0 : 1;
	for (int i = 0; i < p.n_after; i++)
		p.weight += after[i].role == PM_ELEM_WORDS ? 2 : after[i].role == PM_ELEM_SKIP ? 0 : 1;
	p.anchor = S_anchor(&p);
	p.needs_bits = S_needs_bits(&p);
	S_pattern_code(r, code, &p);
	p.line = r->line;
	*PM_VEC_PUSH(d->patterns, d->n_patterns, d->cap_patterns) = p;
	d->blocks[r->block].n_patterns++;
	r->report->patterns++;
}

/* ---- blocks and verb lines ---------------------------------------------------------- */

static void S_block_line(S_vreader *r, char *line)
{
	pm_dict *d = r->d;
	char code[32] = "";
	char *body = line + 3;
	char *close = strchr(body, ']');
	char *end = strstr(close ? close : body, "---");
	if (end)
		*end = '\0';
	if (S_take_code(body, code, sizeof(code)) <= 0) {
		S_warn(r, "block header has no [CODE]");
		r->block = -1;
		return;
	}
	body = S_trim(body);
	pm_verb_block *b = PM_VEC_PUSH(d->blocks, d->n_blocks, d->cap_blocks);
	memset(b, 0, sizeof(*b));
	b->name = S_str(d, body[0] ? body : "?");
	pm_strlcpy(b->code, code, sizeof(b->code));
	b->first_pattern = d->n_patterns;
	r->block = d->n_blocks - 1;
}

/* "TELL", "+TELL_OFF", "PRE_+WORD": the verb word, particles, words before. */
static void S_add_form(S_vreader *r, const char *spec, const char *code, int generate)
{
	pm_dict *d = r->d;
	char buf[256];
	const char *parts[16];
	int n = 0, verb = 0;
	pm_strlcpy(buf, spec, sizeof(buf));
	for (char *sv = NULL, *t = pm_dict_tok(buf, "_", &sv); t && n < 16; t = pm_dict_tok(NULL, "_", &sv))
		parts[n++] = t;
	if (!n)
		return;
	for (int i = 0; i < n; i++) {
		if (parts[i][0] == '+') {
			parts[i]++;
			verb = i;
		}
	}
	if (!parts[verb][0]) {
		S_warn(r, "verb line has an empty verb word");
		return;
	}
	const char *forms[4] = {parts[verb], NULL, NULL, NULL};
	char third[128], past[128], gerund[128];
	int n_forms = 1;
	if (generate) {
		S_third(parts[verb], third, sizeof(third));
		S_past(parts[verb], past, sizeof(past));
		S_gerund(parts[verb], gerund, sizeof(gerund));
		forms[1] = third, forms[2] = past, forms[3] = gerund;
		n_forms = 4;
	}
	const char **particles = NULL, **pre = NULL;
	int n_part = n - verb - 1;
	if (n_part > 0) {
		particles = pm_arena_alloc(&d->arena, (size_t)n_part * sizeof(char *));
		for (int i = 0; i < n_part; i++)
			particles[i] = S_str(d, parts[verb + 1 + i]);
	}
	if (verb > 0) {
		pre = pm_arena_alloc(&d->arena, (size_t)verb * sizeof(char *));
		for (int i = 0; i < verb; i++)
			pre[i] = S_str(d, parts[i]);
	}
	for (int k = 0; k < n_forms; k++) {
		pm_verb_form *f = PM_VEC_PUSH(d->forms, d->n_forms, d->cap_forms);
		memset(f, 0, sizeof(*f));
		f->word = S_str(d, forms[k]);
		f->particles = particles;
		f->n_particles = (uint8_t)(n_part > 0 ? n_part : 0);
		f->pre_words = pre;
		f->n_pre_words = (uint8_t)verb;
		pm_strlcpy(f->code, code, sizeof(f->code));
		f->block = r->block;
		f->line = r->line;
		r->report->entries++;
	}
}

static void S_verb_line(S_vreader *r, char *line)
{
	char code[32];
	if (r->block < 0) {
		S_warn(r, "verb '%s' outside any verb block", line);
		return;
	}
	int own = S_take_code(line, code, sizeof(code));
	if (own < 0) {
		S_warn(r, "unclosed '[' on verb line");
		return;
	}
	if (!own)
		pm_strlcpy(code, r->d->blocks[r->block].code, sizeof(code));
	char *brace = strchr(line, '{'), *list = NULL;
	if (brace) {
		char *close = strchr(brace, '}');
		if (!close) {
			S_warn(r, "unclosed '{' on verb line");
			return;
		}
		*close = '\0';
		*brace = '\0';
		list = brace + 1;
	}
	char *rest = NULL;
	char *spec = pm_dict_tok(S_trim(line), " \t", &rest);
	if (!spec) {
		S_warn(r, "verb line has no verb");
		return;
	}
	S_add_form(r, spec, code, list == NULL);
	if (list)
		for (char *sv = NULL, *t = pm_dict_tok(list, " \t", &sv); t; t = pm_dict_tok(NULL, " \t", &sv))
			S_add_form(r, t, code, 0);
}

/* ---- transformations ------------------------------------------------------------------ */

static void S_verb_code_of(pm_dict *d, const char *word, char *out, size_t cap)
{
	if (!strcmp(word, "Q")) {
		snprintf(out, cap, "Q");
		return;
	}
	char buf[128];
	pm_strlcpy(buf, word, sizeof(buf));
	out[0] = '\0';
	for (char *sv = NULL, *t = pm_dict_tok(buf, "_", &sv); t; t = pm_dict_tok(NULL, "_", &sv)) {
		/* Form words are interned: equal words are the same pointer. */
		const char *w = pm_dict_interned(d, t);
		for (int i = 0; w && i < d->n_forms; i++) {
			if (d->forms[i].word == w && !d->forms[i].n_particles) {
				size_t used = strlen(out);
				snprintf(out + used, cap - used, "%s%s", used ? "+" : "", d->forms[i].code);
				break;
			}
		}
	}
}

static void S_transform_line(S_vreader *r, char *line)
{
	pm_dict *d = r->d;
	char *tok[16];
	int n = 0;
	for (char *p = line; *p; p++)
		if (*p == '(' || *p == ')' || *p == '~')
			*p = ' ';
	for (char *sv = NULL, *t = pm_dict_tok(line, " \t", &sv); t && n < 16; t = pm_dict_tok(NULL, " \t", &sv))
		tok[n++] = t;
	if (n == 9) {
		S_upper(tok[3]);
		S_upper(tok[4]);
	}
	if (n != 9 || strcmp(tok[5], "=")) {
		S_warn(r, "transformation is not '~ a (b c VERB) VERB = x y CODE'");
		return;
	}
	pm_transform *t = PM_VEC_PUSH(d->transforms, d->n_transforms, d->cap_transforms);
	memset(t, 0, sizeof(*t));
	pm_strlcpy(t->outer_src, tok[0], sizeof(t->outer_src));
	pm_strlcpy(t->inner_src, tok[1], sizeof(t->inner_src));
	pm_strlcpy(t->inner_tgt, tok[2], sizeof(t->inner_tgt));
	S_verb_code_of(d, tok[3], t->inner_code, sizeof(t->inner_code));
	S_verb_code_of(d, tok[4], t->outer_code, sizeof(t->outer_code));
	pm_strlcpy(t->res_src, tok[6], sizeof(t->res_src));
	pm_strlcpy(t->res_tgt, tok[7], sizeof(t->res_tgt));
	pm_strlcpy(t->res_code, tok[8], sizeof(t->res_code));
	t->line = r->line;
	if (!t->inner_code[0] || !t->outer_code[0])
		S_warn(r, "transformation names a verb that is not in the dictionary");
	r->report->entries++;
}

/* ---- the file ----------------------------------------------------------------------------- */

static char *S_clean(S_vreader *r, char *s)
{
	if (r->in_comment) {
		char *end = strstr(s, "-->");
		if (!end)
			return s + strlen(s);
		s = end + 3;
		r->in_comment = 0;
	}
	char *open;
	while ((open = strstr(s, "<!--"))) {
		char *end = strstr(open, "-->");
		if (!end) {
			*open = '\0';
			r->in_comment = 1;
			break;
		}
		memmove(open, end + 3, strlen(end + 3) + 1);
	}
	char *hash = strchr(s, '#');
	if (hash)
		*hash = '\0';
	return S_trim(s);
}

static void S_line(S_vreader *r, char *line)
{
	pm_dict *d = r->d;
	if (line[0] == '&') {
		char *sv = NULL;
		char *name = pm_dict_tok(line, " \t", &sv);
		size_t len = strlen(name);
		while (len > 1 && name[len - 1] == '_')
			name[--len] = '\0';
		S_synset *ss = PM_VEC_PUSH(d->synsets, d->n_synsets, d->cap_synsets);
		memset(ss, 0, sizeof(*ss));
		ss->name = S_str(d, name);
		r->synset = d->n_synsets - 1;
		return;
	}
	if (line[0] == '+' && r->synset >= 0) {
		S_synset_member(r, line + 1);
		return;
	}
	r->synset = -1;
	if (!strncmp(line, "---", 3))
		S_block_line(r, line);
	else if (line[0] == '-')
		S_pattern_line(r, line);
	else if (line[0] == '~')
		S_transform_line(r, line);
	else if (line[0] == '<')
		return;
	else
		S_verb_line(r, line);
}

/* Whether form x goes before y among one word's forms: longest particle
 * list first, then file order. */
static int S_form_before(const pm_verb_form *x, const pm_verb_form *y)
{
	if (x->n_particles != y->n_particles)
		return x->n_particles > y->n_particles;
	return x->line < y->line;
}

/* Stable: forms that tie keep their order (as qsort's merge sort did). */
static void S_sort_word_forms(pm_verb_form *f, int n)
{
	for (int i = 1; i < n; i++) {
		pm_verb_form x = f[i];
		int j = i;
		for (; j > 0 && S_form_before(&x, &f[j - 1]); j--)
			f[j] = f[j - 1];
		f[j] = x;
	}
}

/* Forms grouped by word id, so each word's forms are contiguous: a
 * counting sort over ids, with no string comparisons. Groups are not in
 * alphabetical order; lint.c, which reports by word, sorts them itself. */
static void S_index_forms(pm_dict *d)
{
	int n = d->n_forms, n_ids = d->words.n;
	int *ids = malloc((size_t)(n ? n : 1) * sizeof(*ids));
	int *next = malloc((size_t)(n_ids ? n_ids : 1) * sizeof(*next));
	pm_verb_form *sorted = malloc((size_t)(n ? n : 1) * sizeof(*sorted));
	free(d->form_index);
	d->n_form_index = n_ids;
	d->form_index = calloc((size_t)(n_ids ? n_ids : 1), sizeof(*d->form_index));
	if (!ids || !next || !sorted || !d->form_index)
		abort();
	for (int i = 0; i < n; i++) {
		ids[i] = pm_dict_word_id(d, d->forms[i].word);
		d->form_index[ids[i]].count++;
	}
	for (int id = 0, at = 0; id < n_ids; id++) {
		d->form_index[id].first = next[id] = at;
		at += d->form_index[id].count;
	}
	for (int i = 0; i < n; i++)
		sorted[next[ids[i]]++] = d->forms[i];
	for (int id = 0; id < n_ids; id++)
		if (d->form_index[id].count > 1)
			S_sort_word_forms(sorted + d->form_index[id].first, d->form_index[id].count);
	free(d->forms);
	d->forms = sorted;
	d->cap_forms = n ? n : 1;
	free(next);
	free(ids);
}

/* Most specific first within each block (stable: file order among equals),
 * so that the coder can stop at the first pattern that matches. */
static void S_sort_patterns(pm_dict *d, int first_block)
{
	for (int b = first_block; b < d->n_blocks; b++) {
		if (d->blocks[b].n_patterns < 2)
			continue;                       /* none at all: d->patterns may be NULL */
		pm_pattern *p = d->patterns + d->blocks[b].first_pattern;
		for (int i = 1; i < d->blocks[b].n_patterns; i++) {
			pm_pattern x = p[i];
			int j = i;
			for (; j > 0 && p[j - 1].weight < x.weight; j--)
				p[j] = p[j - 1];
			p[j] = x;
		}
	}
}

static void S_each_one(void *ctx, char *raw)
{
	S_vreader *r = ctx;
	char *line = S_clean(r, raw);
	if (!*line)
		return;
	/* Transformation variables are lower case; everything else is matched upper case. */
	if (line[0] != '~')
		S_upper(line);
	S_line(r, line);
}

static void S_unclosed(void *ctx, int line)
{
	S_vreader *r = ctx;
	int at = r->line;
	r->line = line;
	S_warn(r, "'<!--' is never closed: read as a comment to the end of this line, and the "
		  "lines after it as entries");
	r->line = at;
}

int pm_dict_load_verbs(pm_dict *d, const char *path)
{
	char *buf;
	size_t len;
	int rc = pm_dict_read_file(path, "verbs", &buf, &len);
	if (rc < 0)
		return rc;
	pm_dict_reserve(d, len);
	pm_dict_report *rep = PM_VEC_PUSH(d->reports, d->n_reports, d->cap_reports);
	memset(rep, 0, sizeof(*rep));
	rep->path = pm_arena_strdup(&d->arena, path);
	rep->kind = "verbs";
	S_vreader r = {d, rep->path, 0, rep, -1, -1, 0};
	int first_block = d->n_blocks;
	pm_dict_lines(buf, len, &r.line, &r.in_comment, S_each_one, S_unclosed, &r);
	free(buf);
	S_sort_patterns(d, first_block);
	S_index_forms(d);
	return 0;
}
