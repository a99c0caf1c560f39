/* error.h - the last error message of the calling thread (libgit2 style).
 *
 * Library functions return 0 or a negative pm_error_code and keep a one-line
 * message such as "dict/verbs.txt:12: pattern has no '*'" for pm_error_last(). */
#ifndef PM_ERROR_H
#define PM_ERROR_H

#include "palmyra.h"

#if defined(__GNUC__)
#define PM_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PM_PRINTF(f, a)
#endif

/* Records the message and returns code, so callers can `return pm_error_set(...)`. */
int pm_error_set(int code, const char *fmt, ...) PM_PRINTF(2, 3);

#endif
