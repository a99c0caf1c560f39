/* str.h - small string helpers. */
#ifndef PM_STR_H
#define PM_STR_H

#include <string.h>

/* Copies at most cap-1 bytes and terminates; returns the length of src, so
 * a result >= cap means it was cut (like BSD strlcpy). */
static inline size_t pm_strlcpy(char *dst, const char *src, size_t cap)
{
	size_t n = strlen(src);
	if (cap) {
		size_t k = n < cap - 1 ? n : cap - 1;
		memcpy(dst, src, k);
		dst[k] = '\0';
	}
	return n;
}

#endif
