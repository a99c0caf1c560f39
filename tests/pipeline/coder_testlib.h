/* coder_testlib.h - a coder on the bundled data for the pipeline tests,
 * and the skip they print when data/ is not set up.
 *
 * Why here: several tests code text with the bundled dictionaries, tagger
 * model and gazetteer, silence the coder's warnings and skip, saying so,
 * on a machine without them; one copy keeps their skip lines alike. */
#ifndef PM_CODER_TESTLIB_H
#define PM_CODER_TESTLIB_H

#include <stdio.h>
#include <unistd.h>

#include "palmyra.h"

static inline void t_quiet(void *ctx, const char *message)
{
	(void)ctx;
	(void)message;
}

/* 1 when data/ holds the dictionaries, the tagger model and, with
 * gazetteer, the gazetteer; else prints the skip line and gives 0. */
static inline int t_bundled_data(int gazetteer)
{
	if (access("data/dict", R_OK) == 0 && access("data/tagger/en.model", R_OK) == 0 &&
	    (!gazetteer || access("data/gazetteer.bin", R_OK) == 0))
		return 1;
	printf("skip: run from the repository root with data/ set up (scripts/setup.sh%s)\n",
	       gazetteer ? ", make data" : "");
	return 0;
}

/* A coder on the bundled data with o's other options and no warnings;
 * 0 or negative pm error, as pm_coder_new. */
static inline int t_bundled_coder(pm_coder **out, pm_coder_options o)
{
	o.data_dir = "data";
	o.warn = t_quiet;
	return pm_coder_new(out, &o);
}

#endif
