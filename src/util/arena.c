#include "util/arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pm_arena_block {
	pm_arena_block *next;
	size_t size, used;
	_Alignas(16) unsigned char data[];
};

static pm_arena_block *S_block_new(size_t size)
{
	pm_arena_block *b = malloc(sizeof(*b) + size);
	if (!b) {
		fputs("palmyra: out of memory\n", stderr);
		abort();
	}
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

void pm_arena_init(pm_arena *a, size_t block_size)
{
	a->head = NULL;
	a->block_size = block_size ? block_size : 64 * 1024;
}

void *pm_arena_alloc_uninit(pm_arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	pm_arena_block *b = a->head;
	if (!b || b->size - b->used < size) {
		/* A request larger than a block gets a block of its own, placed
		 * behind the current one so the current one keeps filling. */
		if (size > a->block_size / 4 && b) {
			pm_arena_block *big = S_block_new(size);
			big->used = size;
			big->next = b->next;
			b->next = big;
			return big->data;
		}
		b = S_block_new(size > a->block_size ? size : a->block_size);
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += size;
	return p;
}

void *pm_arena_alloc(pm_arena *a, size_t size)
{
	void *p = pm_arena_alloc_uninit(a, size);
	memset(p, 0, size);
	return p;
}

char *pm_arena_strndup(pm_arena *a, const char *s, size_t n)
{
	char *p = pm_arena_alloc_uninit(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *pm_arena_strdup(pm_arena *a, const char *s)
{
	return pm_arena_strndup(a, s, strlen(s));
}

void pm_arena_reset(pm_arena *a)
{
	pm_arena_block *b = a->head;
	if (!b)
		return;
	/* Keep the oldest full-size block: it is the one most likely reused. */
	pm_arena_block *keep = NULL;
	while (b) {
		pm_arena_block *next = b->next;
		if (!keep && b->size == a->block_size)
			keep = b;
		else
			free(b);
		b = next;
	}
	if (keep) {
		keep->next = NULL;
		keep->used = 0;
	}
	a->head = keep;
}

pm_arena_mark pm_arena_mark_get(const pm_arena *a)
{
	pm_arena_mark m = {a->head, a->head ? a->head->next : NULL, a->head ? a->head->used : 0};
	return m;
}

/* Blocks newer than the mark are in front of m.head (new heads, and the
 * large blocks placed behind them) or right behind it (large blocks
 * placed behind m.head itself, before m.next). */
void pm_arena_release(pm_arena *a, pm_arena_mark m)
{
	pm_arena_block *b = a->head;
	while (b && b != m.head) {
		pm_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = b;
	if (!b)
		return;
	pm_arena_block *x = b->next;
	while (x && x != m.next) {
		pm_arena_block *next = x->next;
		free(x);
		x = next;
	}
	b->next = m.next;
	b->used = m.used;
}

void pm_arena_free(pm_arena *a)
{
	pm_arena_block *b = a->head;
	while (b) {
		pm_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
}

size_t pm_arena_used(const pm_arena *a)
{
	size_t n = 0;
	for (const pm_arena_block *b = a->head; b; b = b->next)
		n += b->used;
	return n;
}
