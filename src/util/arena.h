/* arena.h - bump allocator for per-document and per-dictionary memory.
 *
 * Why: the hot path must not call malloc per token; everything a document
 * needs is carved from an arena and released in one reset. */
#ifndef PM_ARENA_H
#define PM_ARENA_H

#include <stddef.h>

typedef struct pm_arena_block pm_arena_block;

typedef struct pm_arena {
	pm_arena_block *head;   /* current block (newest first) */
	size_t block_size;      /* default size of a new block */
} pm_arena;

void pm_arena_init(pm_arena *a, size_t block_size);
/* Memory is 16-byte aligned and zeroed. Aborts on out-of-memory. */
void *pm_arena_alloc(pm_arena *a, size_t size);
/* The same, not zeroed: for memory the caller fills completely at once
 * (strings, node arrays), where zeroing showed in profiles. */
void *pm_arena_alloc_uninit(pm_arena *a, size_t size);
char *pm_arena_strndup(pm_arena *a, const char *s, size_t n);
char *pm_arena_strdup(pm_arena *a, const char *s);
/* Where an arena stands, to give back what is allocated after it. */
typedef struct pm_arena_mark {
	pm_arena_block *head, *next;
	size_t used;
} pm_arena_mark;

pm_arena_mark pm_arena_mark_get(const pm_arena *a);
/* Frees everything allocated since m was taken (m must come from this
 * arena, with no reset in between); what was allocated before stays. */
void pm_arena_release(pm_arena *a, pm_arena_mark m);
/* Keeps the first block for reuse and frees the rest. */
void pm_arena_reset(pm_arena *a);
void pm_arena_free(pm_arena *a);
/* Bytes handed out since the last reset (for tests and bench). */
size_t pm_arena_used(const pm_arena *a);

#endif
