/* vec.h - growable arrays on the heap, for tables built once at load time. */
#ifndef PM_VEC_H
#define PM_VEC_H

#include <stdio.h>
#include <stdlib.h>

/* Ensures room for `need` elements of size `elem` in *p (capacity *cap). */
static inline void pm_vec_reserve(void **p, int *cap, int need, size_t elem)
{
	if (need <= *cap)
		return;
	int n = *cap ? *cap : 8;
	while (n < need)
		n *= 2;
	void *q = realloc(*p, (size_t)n * elem);
	if (!q) {
		fputs("palmyra: out of memory\n", stderr);
		abort();
	}
	*p = q;
	*cap = n;
}

/* PM_VEC_PUSH(arr, len, cap) grows arr and returns a pointer to the new slot. */
#define PM_VEC_PUSH(arr, len, cap) \
	(pm_vec_reserve((void **)&(arr), &(cap), (len) + 1, sizeof(*(arr))), &(arr)[(len)++])

#endif
