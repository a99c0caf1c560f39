/* test.h - the tiny harness every test program includes.
 *
 * Each tests/<stage>/test_<thing>.c is its own program: it runs checks with
 * CHECK/CHECK_STR/CHECK_INT and ends with TEST_END(), which prints
 * "N passed, N failed" and exits non-zero on failure. tests/run.sh runs them
 * all and adds the totals. Tests that need ../shared print "skip: ..." and
 * count nothing when it is absent. */
#ifndef PM_TEST_H
#define PM_TEST_H

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

static int test_passed, test_failed;

#define CHECK(cond) \
	do { \
		if (cond) { \
			test_passed++; \
		} else { \
			test_failed++; \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if ((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0)) { \
			test_passed++; \
		} else { \
			test_failed++; \
			fprintf(stderr, "%s:%d: %s is \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
				#got, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
		} \
	} while (0)

#define CHECK_INT(got, want) \
	do { \
		long long g_ = (long long)(got), w_ = (long long)(want); \
		if (g_ == w_) { \
			test_passed++; \
		} else { \
			test_failed++; \
			fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__, __LINE__, #got, \
				g_, w_); \
		} \
	} while (0)

/* Path of the read-only shared material, or NULL (and a skip line) if absent. */
static inline const char *test_shared(const char *rel)
{
	static char path[1024];
	const char *root = getenv("PALMYRA_SHARED");
	snprintf(path, sizeof(path), "%s/%s", root ? root : "../shared", rel);
	if (access(path, R_OK) != 0) {
		printf("skip: %s is absent\n", path);
		return NULL;
	}
	return path;
}

#define TEST_END() \
	do { \
		printf("%d passed, %d failed\n", test_passed, test_failed); \
		return test_failed ? 1 : 0; \
	} while (0)

#endif
