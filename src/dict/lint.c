/* lint.c - `palmyra dict check`: what loads but would code wrongly. */
#include "dict/lint.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dict/cameo.h"
#include "dict/dict_int.h"

typedef struct {
	pm_dict_warn_fn fn;
	void *ctx;
	int problems;
} S_lint;

static void S_report(S_lint *l, const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	l->problems++;
	l->fn(l->ctx, msg);
}

/* A verb or pattern code must be CAMEO; "---" (no event) and "+++" (keep
 * the verb's code) are markers. */
static int S_code_ok(const char *code)
{
	return !code[0] || !strcmp(code, "---") || !strcmp(code, "+++") || pm_cameo_find(code);
}

static const char *S_verbs_file(const pm_dict *d)
{
	for (int i = 0; i < d->n_reports; i++)
		if (!strcmp(d->reports[i].kind, "verbs"))
			return d->reports[i].path;
	return "verbs";
}

typedef struct {
	const char *word;
	int first, count;
} S_word_forms;

static int S_word_forms_cmp(const void *a, const void *b)
{
	return strcmp(((const S_word_forms *)a)->word, ((const S_word_forms *)b)->word);
}

/* The indexes of d->forms in alphabetical order of their words (each
 * word's forms stay in their stored order): forms are stored grouped by
 * word id, and the reports are written in word order. */
static int *S_forms_in_word_order(const pm_dict *d)
{
	S_word_forms *w = malloc((size_t)(d->n_form_index ? d->n_form_index : 1) * sizeof(*w));
	int *order = malloc((size_t)(d->n_forms ? d->n_forms : 1) * sizeof(*order));
	if (!w || !order)
		abort();
	int n = 0;
	for (int id = 0; id < d->n_form_index; id++)
		if (d->form_index[id].count)
			w[n++] = (S_word_forms){d->forms[d->form_index[id].first].word,
						d->form_index[id].first, d->form_index[id].count};
	qsort(w, (size_t)n, sizeof(*w), S_word_forms_cmp);
	int k = 0;
	for (int i = 0; i < n; i++)
		for (int j = 0; j < w[i].count; j++)
			order[k++] = w[i].first + j;
	free(w);
	return order;
}

static void S_lint_verbs(const pm_dict *d, S_lint *l)
{
	const char *file = S_verbs_file(d);
	int reported_a = -1, reported_b = -1;
	int *order = S_forms_in_word_order(d);
	for (int i = 0; i < d->n_forms; i++) {
		const pm_verb_form *f = &d->forms[order[i]];
		char code[8];
		const char *colon = strchr(f->code, ':');
		snprintf(code, sizeof(code), "%.*s", colon ? (int)(colon - f->code) : 7, f->code);
		if (!S_code_ok(code))
			S_report(l, "%s:%d: verb %s has code %s, which is not CAMEO", file, f->line, f->word, f->code);
		/* In word order: a plain form again with another code
		 * is a conflict (the coder takes the best pattern among them). */
		const pm_verb_form *prev = i > 0 ? &d->forms[order[i - 1]] : NULL;
		if (prev && !f->n_particles && !strcmp(prev->word, f->word) && !prev->n_particles &&
		    strcmp(prev->code, f->code) && strcmp(prev->code, "---") && strcmp(f->code, "---") &&
		    (prev->line != reported_a || f->line != reported_b)) {
			/* once per pair of lines, not once per generated form */
			reported_a = prev->line, reported_b = f->line;
			S_report(l, "%s:%d: verb %s is also at line %d with code %s (here %s)", file,
				 f->line, f->word, prev->line, prev->code, f->code);
		}
	}
	free(order);
	for (int i = 0; i < d->n_patterns; i++) {
		const pm_pattern *p = &d->patterns[i];
		if (!S_code_ok(p->code) || (p->code2[0] && !S_code_ok(p->code2)))
			S_report(l, "%s:%d: pattern code [%s%s%s] is not CAMEO", file, p->line, p->code,
				 p->code2[0] ? ":" : "", p->code2);
		for (int side = 0; side < 2; side++) {
			const pm_pat_elem *el = side ? p->before : p->after;
			int n = side ? p->n_before : p->n_after;
			for (int k = 0; k < n; k++) {
				if (el[k].role != PM_ELEM_WORDS)
					continue;
				if (!el[k].n_alts)
					S_report(l, "%s:%d: pattern has an empty word slot and can never match", file, p->line);
				for (int a = 0; a < el[k].n_alts; a++)
					for (int w = 0; w < el[k].alts[a].n; w++)
						for (const char *ch = el[k].alts[a].words[w]; *ch; ch++)
							if (strchr("{}()[]<>=", *ch)) {
								S_report(l, "%s:%d: pattern word '%s' can never match a token",
									 file, p->line, el[k].alts[a].words[w]);
								goto next_pattern;
							}
			}
		}
	next_pattern:;
	}
}

static int S_overlap(const pm_actor_code *a, const pm_actor_code *b)
{
	int a_from = a->from, a_to = a->to ? a->to : 99999999;
	int b_from = b->from, b_to = b->to ? b->to : 99999999;
	return a_from <= b_to && b_from <= a_to;
}

static void S_lint_actors(const pm_dict *d, S_lint *l)
{
	for (int i = 0; i < d->n_duplicates; i++) {
		const S_duplicate *dup = &d->duplicates[i];
		const pm_actor_entry *first = &d->entries[dup->entry];
		char note[512];   /* the length the message always had */
		snprintf(note, sizeof(note), "%s:%d: actor phrase %s is already an entry (%s:%d)",
			 dup->path, dup->line, dup->phrase, first->file, first->line);
		S_report(l, "%s", note);
	}
	for (int e = 0; e < d->n_entries; e++) {
		const pm_actor_entry *en = &d->entries[e];
		int undated = 0;
		for (int i = 0; i < en->n_codes; i++) {
			const pm_actor_code *c = &en->codes[i];
			int dated = c->from || c->to;
			if (c->affiliate)
				continue;   /* an affiliation beside the codes, never coded */
			if (!dated && undated++)
				S_report(l, "%s:%d: actor %s has more than one undated code (%s)", en->file, en->line,
					 en->root, c->code);
			for (int j = 0; dated && j < i; j++) {
				const pm_actor_code *o = &en->codes[j];
				if (!o->affiliate && (o->from || o->to) && strcmp(o->code, c->code) && S_overlap(o, c))
					S_report(l, "%s:%d: actor %s: dates of %s and %s overlap", en->file, en->line,
						 en->root, o->code, c->code);
			}
			if (c->from && c->to && c->from > c->to)
				S_report(l, "%s:%d: actor %s: code %s ends before it starts", en->file, en->line,
					 en->root, c->code);
		}
	}
}

/* A code is reported once however many agents carry it (a plural shares
 * its singular's, a substitution set gives one to every phrase it makes):
 * the codes reported are kept in a hash set, since comparing each with
 * every earlier one took minutes on a file of many expansions. */
static void S_lint_agents(const pm_dict *d, S_lint *l)
{
	size_t cap = 16;
	while (cap < 2 * (size_t)d->n_agent_codes)
		cap *= 2;
	const char **seen = calloc(cap, sizeof(*seen));
	for (int i = 0; i < d->n_agent_codes; i++) {
		const char *c = d->agent_codes[i];
		size_t n = strlen(c);
		if (n && (c[0] == '~' || c[n - 1] == '~'))
			continue;
		if (seen) {
			uint32_t h = 2166136261u;
			for (size_t k = 0; k < n; k++)
				h = (h ^ (unsigned char)c[k]) * 16777619u;
			size_t k = h & (cap - 1);
			while (seen[k] && strcmp(seen[k], c))
				k = (k + 1) & (cap - 1);
			if (seen[k])
				continue;
			seen[k] = c;
		}
		S_report(l, "agents: code [%s] is neither ~SUFFIX nor PREFIX~", c);
	}
	free(seen);
}

int pm_dict_lint(const pm_dict *d, pm_dict_warn_fn fn, void *ctx)
{
	S_lint l = {fn, ctx, 0};
	S_lint_verbs(d, &l);
	S_lint_actors(d, &l);
	S_lint_agents(d, &l);
	return l.problems;
}
