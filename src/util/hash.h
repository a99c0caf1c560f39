/* hash.h - FNV-1a, for keys that must hash alike on every machine and run
 * (content hashes kept in a store, cache file names). */
#ifndef PM_HASH_H
#define PM_HASH_H

#include <stddef.h>
#include <stdint.h>

#define PM_FNV64_SEED 0xcbf29ce484222325ULL

/* Folds n bytes at p into h (start from PM_FNV64_SEED). */
static inline uint64_t pm_fnv64(uint64_t h, const void *p, size_t n)
{
	for (const unsigned char *s = p, *e = s + n; s < e; s++)
		h = (h ^ *s) * 0x100000001b3ULL;
	return h;
}

#endif
