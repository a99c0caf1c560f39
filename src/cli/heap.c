/* heap.c - the CLI process's heap: grown in large steps and backed by huge
 * pages.
 *
 * Starting to code loads the dictionaries, the tagger model and a word
 * cache: about 35 MB in many allocations and tables that grow by doubling.
 * Page by page that is some 10,000 page faults, and on the virtual machines
 * this runs on a fault costs 5-15 us: half the start-up time was spent in
 * the kernel. A heap that grows 64 MB at a time, keeps what is freed, and
 * asks the kernel for 2 MB pages takes about 200 faults instead, and the
 * tagger's random probes of its tables miss the TLB less. Linux with glibc
 * only; elsewhere the allocator keeps its defaults. Process-wide, so it
 * belongs to the program, not the library. */
#include "cli/cli.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

void pm_cli_heap_setup(void)
{
	enum { STEP = 64 << 20, HUGE_PAGE = 2 << 20 };
	if (!mallopt(M_TOP_PAD, STEP) || !mallopt(M_MMAP_THRESHOLD, STEP) ||
	    !mallopt(M_TRIM_THRESHOLD, 4 * STEP))
		return;
	/* One allocation grows the heap by itself plus the pad; the fresh
	 * region above it is what the loaders will use. */
	void *first = malloc(STEP / 2);
	if (!first)
		return;
	uintptr_t lo = ((uintptr_t)first + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	uintptr_t hi = (uintptr_t)sbrk(0) & ~(uintptr_t)(HUGE_PAGE - 1);
	/* Under valgrind or a sanitizer, malloc is not glibc's and the block
	 * lies elsewhere: then nothing is advised. */
	if (hi > lo && hi - lo <= 2 * (uintptr_t)STEP)
		madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
	free(first);
}
#else
void pm_cli_heap_setup(void)
{
}
#endif
