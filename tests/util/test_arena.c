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
	pm_arena_free(&a);
	TEST_END();
}
