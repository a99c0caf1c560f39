/* event_buf.c - events copied out of a callback into memory of their own.
 *
 * The coder's strings live in its document arena and die when the next
 * input starts; a store writes a document's events only once they are all
 * known (a document is stored whole), so it keeps them here meanwhile. One
 * arena holds every string, so clearing between documents costs nothing. */
#include "types/event_buf.h"

#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/vec.h"

int pm_event_buf_new(pm_event_buf **out)
{
	pm_event_buf *b = calloc(1, sizeof(*b));
	if (!b)
		return pm_error_set(PM_ENOMEM, "out of memory");
	pm_arena_init(&b->arena, 64 * 1024);
	*out = b;
	return 0;
}

void pm_event_buf_free(pm_event_buf *b)
{
	if (!b)
		return;
	pm_arena_free(&b->arena);
	free(b->events);
	free(b);
}

void pm_event_buf_clear(pm_event_buf *b)
{
	b->n = 0;
	b->shared = NULL;
	pm_arena_reset(&b->arena);
}

const pm_event *pm_event_buf_events(const pm_event_buf *b, int *n)
{
	*n = b->n;
	return b->events;
}

pm_event *pm_event_buf_push_blank(pm_event_buf *b)
{
	pm_event *ev = PM_VEC_PUSH(b->events, b->n, b->cap);
	memset(ev, 0, sizeof(*ev));
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		ev->counts[k].value = ev->counts[k].value_max = -1;
	return ev;
}

void pm_event_buf_pop(pm_event_buf *b)
{
	if (b->n > 0)
		b->n--;
}

static const char *S_dup(pm_arena *a, const char *s)
{
	return s ? pm_arena_strdup(a, s) : NULL;
}

static int S_same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int S_doc_equal(const pm_event_doc *a, const pm_event_doc *b)
{
	if (!S_same(a->id, b->id) || !S_same(a->title, b->title) || !S_same(a->date, b->date) ||
	    !S_same(a->outlet, b->outlet) || !S_same(a->url, b->url) ||
	    !S_same(a->extra_json, b->extra_json) || a->n_credits != b->n_credits)
		return 0;
	for (int i = 0; i < a->n_credits; i++)
		if (!S_same(a->credits[i], b->credits[i]))
			return 0;
	return 1;
}

static const char *const *S_dup_list(pm_arena *a, const char *const *items, int n)
{
	if (n <= 0)
		return NULL;
	const char **copy = pm_arena_alloc(a, (size_t)n * sizeof(*copy));
	for (int i = 0; i < n; i++)
		copy[i] = S_dup(a, items[i]);
	return copy;
}

const pm_event_doc *pm_event_buf_doc(pm_event_buf *b, const pm_event_doc *d)
{
	if (b->shared && (b->shared == d || S_doc_equal(b->shared, d)))
		return b->shared;
	pm_event_doc *copy = pm_arena_alloc(&b->arena, sizeof(*copy));
	copy->id = S_dup(&b->arena, d->id);
	copy->title = S_dup(&b->arena, d->title);
	copy->date = S_dup(&b->arena, d->date);
	copy->outlet = S_dup(&b->arena, d->outlet);
	copy->url = S_dup(&b->arena, d->url);
	copy->credits = S_dup_list(&b->arena, d->credits, d->n_credits);
	copy->n_credits = d->n_credits > 0 ? d->n_credits : 0;
	copy->extra_json = S_dup(&b->arena, d->extra_json);
	b->shared = copy;
	return copy;
}

static void S_dup_actor(pm_arena *a, pm_actor *dst, const pm_actor *src)
{
	dst->code = S_dup(a, src->code);
	dst->text = S_dup(a, src->text);
	dst->label = S_dup(a, src->label);
}

pm_evidence *pm_evidence_dup(pm_arena *a, const pm_evidence *ev, int n, const char *doc)
{
	if (n <= 0)
		return NULL;
	pm_evidence *v = pm_arena_alloc(a, (size_t)n * sizeof(*v));
	for (int i = 0; i < n; i++) {
		v[i].doc = doc;
		v[i].sentence = ev[i].sentence;
		v[i].text = S_dup(a, ev[i].text);
	}
	return v;
}

int pm_event_buf_add(pm_event_buf *b, const pm_event *ev)
{
	static const pm_event_doc no_doc = {"", NULL, NULL, NULL, NULL, NULL, 0, NULL};
	/* the document first: pushing may move the events array, not the arena */
	const pm_event_doc *doc = pm_event_buf_doc(b, ev->doc ? ev->doc : &no_doc);
	pm_event *e = pm_event_buf_push_blank(b);
	pm_arena *a = &b->arena;
	*e = *ev;
	e->doc = doc;
	e->id = doc->id;
	e->text = S_dup(a, ev->text);
	S_dup_actor(a, &e->source, &ev->source);
	S_dup_actor(a, &e->target, &ev->target);
	e->code = S_dup(a, ev->code);
	e->code_label = S_dup(a, ev->code_label);
	e->plover = S_dup(a, ev->plover);
	e->date = S_dup(a, ev->date);
	e->date_precision = S_dup(a, ev->date_precision);
	e->date_text = S_dup(a, ev->date_text);
	e->modality = S_dup(a, ev->modality);
	e->incident = S_dup(a, ev->incident);
	pm_location *l = &e->location;
	l->name = S_dup(a, l->name);
	l->country = S_dup(a, l->country);
	l->admin1 = S_dup(a, l->admin1);
	l->precision = S_dup(a, l->precision);
	l->text = S_dup(a, l->text);
	l->fallback = S_dup(a, l->fallback);
	e->attribution = S_dup_list(a, ev->attribution, ev->n_attribution);
	e->n_attribution = ev->n_attribution > 0 ? ev->n_attribution : 0;
	e->evidence = pm_evidence_dup(a, ev->evidence, ev->n_evidence, doc->id);
	e->n_evidence = e->evidence ? ev->n_evidence : 0;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		e->counts[k].qualifier = S_dup(a, ev->counts[k].qualifier);
	e->control.change = S_dup(a, ev->control.change);
	e->control.actor = S_dup(a, ev->control.actor);
	e->control.status = S_dup(a, ev->control.status);
	return 0;
}
