/* filter_options.c - the store's filter keys as command-line flags. */
#include <getopt.h>
#include <string.h>

#include "cli/cli.h"

int pm_cli_filter_options(struct option *opts, int n, int cap, int val)
{
	for (const char *const *k = pm_filter_keys(); *k && n + 1 < cap; k++)
		opts[n++] = (struct option){strcmp(*k, "min_outlets") ? *k : "min-outlets",
					    required_argument, 0, val};
	memset(&opts[n], 0, sizeof(opts[n]));
	return n;
}
