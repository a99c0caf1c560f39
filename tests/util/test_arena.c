#include "util/arena.h"
#include "../test.h"

#include <stdint.h>

int main(void)
{
	pm_arena a;
	pm_arena_init(&a, 256);
	char *s = pm_arena_strdup(&a, "Palmyra");
	CHECK_STR(s, "Palmyra");
	void *p = pm_arena_alloc(&a, 3);
	CHECK(((uintptr_t)p & 15) == 0);
	void *big = pm_arena_alloc(&a, 10000);  /* larger than a block */
	memset(big, 1, 10000);
	CHECK(pm_arena_used(&a) >= 10000);
	char *after = pm_arena_strdup(&a, "still fine");
	CHECK_STR(after, "still fine");
	pm_arena_reset(&a);
	CHECK_INT(pm_arena_used(&a), 0);
	CHECK_STR(pm_arena_strdup(&a, "again"), "again");

	/* A mark gives back what came after it (new blocks, large blocks
	 * placed behind the current one) and keeps what came before; a
	 * document coded in pieces relies on it (leakcheck sees the frees). */
	char *kept = pm_arena_strdup(&a, "kept");
	size_t before = pm_arena_used(&a);
	for (int round = 0; round < 3; round++) {
		pm_arena_mark m = pm_arena_mark_get(&a);
		for (int i = 0; i < 50; i++)
			memset(pm_arena_alloc(&a, i % 7 == 0 ? 5000 : 40), 7, i % 7 == 0 ? 5000 : 40);
		CHECK(pm_arena_used(&a) > before + 5000);
		pm_arena_release(&a, m);
		CHECK_INT(pm_arena_used(&a), before);
		CHECK_STR(kept, "kept");
	}
	pm_arena a2;
	pm_arena_init(&a2, 128);
	pm_arena_mark empty = pm_arena_mark_get(&a2);
	pm_arena_alloc(&a2, 1000);
	pm_arena_alloc(&a2, 10);
	pm_arena_release(&a2, empty);
	CHECK_INT(pm_arena_used(&a2), 0);
	pm_arena_free(&a2);
	pm_arena_free(&a);
	TEST_END();
}
