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

/* Whether w is one of list's words (NULL-terminated; exact case). The
 * first byte is compared before strcmp: on the coder's hot path a strcmp
 * call per list word was a tenth of its time. A NULL w is in no list. */
static inline int pm_str_in(const char *w, const char *const *list)
{
	if (!w)
		return 0;
	for (; *list; list++)
		if ((*list)[0] == w[0] && !strcmp(w, *list))
			return 1;
	return 0;
}

#endif
