/* hash.h - FNV-1a, for keys that must hash alike on every machine and run
 * (content hashes kept in a store, cache file names), and a 64-bit mixer
 * for open-addressed tables keyed by integers or pointers. */
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

/* MurmurHash3's finaliser: every bit of x reaches every bit of the
 * result, so the low bits a table masks are well spread. */
static inline uint64_t pm_mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	return x ^ (x >> 33);
}

#endif
