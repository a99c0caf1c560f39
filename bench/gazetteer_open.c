/* gazetteer_open.c - how long the gazetteer takes to load (docs/places.md:
 * under 10 ms), and its first look-ups, which touch the mapped pages.
 *
 * usage: gazetteer_open [ROUNDS] [FILE]   (default 200, data/gazetteer.bin)
 *
 * Each round opens the file, looks up a few names and frees it; prints the
 * best, median and worst open and first-look-up times. The file's pages
 * stay in the page cache between rounds, as they do between runs of
 * `palmyra code`: a cold first read after a reboot costs the disk's time
 * on top. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "enrich/gazetteer.h"

static double S_now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int S_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 200;
	const char *path = argc > 2 ? argv[2] : "data/gazetteer.bin";
	if (rounds < 1)
		rounds = 1;
	static const char *const names[] = {"Aleppo", "Palmyra", "Kobo", "Ouagadougou",
					    "Deir ez-Zor", "North Waziristan"};
	double *open_ms = calloc((size_t)rounds, sizeof(double));
	double *look_ms = calloc((size_t)rounds, sizeof(double));
	for (int r = 0; r < rounds; r++) {
		double t0 = S_now_ms();
		pm_gazetteer *g = NULL;
		if (pm_gazetteer_open(&g, path) != 0) {
			fprintf(stderr, "gazetteer_open: %s: cannot open (make data builds it)\n", path);
			return 1;
		}
		double t1 = S_now_ms();
		pm_gaz_entry e[8];
		int found = 0;
		for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++)
			found += pm_gazetteer_lookup(g, names[k], e, 8) > 0;
		double t2 = S_now_ms();
		pm_gazetteer_free(g);
		open_ms[r] = t1 - t0;
		look_ms[r] = (t2 - t1) / (double)(sizeof(names) / sizeof(names[0]));
		if (found != (int)(sizeof(names) / sizeof(names[0]))) {
			fprintf(stderr, "gazetteer_open: %s: a test name is missing\n", path);
			return 1;
		}
	}
	qsort(open_ms, (size_t)rounds, sizeof(double), S_cmp);
	qsort(look_ms, (size_t)rounds, sizeof(double), S_cmp);
	printf("gazetteer open: best %.3f ms, median %.3f ms, worst %.3f ms over %d rounds "
	       "(target < 10 ms)\n",
	       open_ms[0], open_ms[rounds / 2], open_ms[rounds - 1], rounds);
	printf("first look-ups after open: median %.3f ms per name\n", look_ms[rounds / 2]);
	free(open_ms);
	free(look_ms);
	return 0;
}
