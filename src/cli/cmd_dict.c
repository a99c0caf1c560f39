/* cmd_dict.c - `palmyra dict [report|check]`: what a dictionary set holds,
 * and whether it is clean. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"


static const char S_usage[] =
	"usage: palmyra dict [report|check] [-d DIR] [--verbs F --actors F,F --agents F --discards F --issues F]\n"
	"                    [--no-bundled-actors]\n"
	"  report   entries loaded per file (default)\n"
	"  check    lint: duplicate or conflicting entries, codes not in CAMEO, patterns that\n"
	"           can never match, overlapping date ranges; exit 1 when there are problems\n"
	"Exit status 2: a dictionary is missing, unreadable or not a file (nothing checked).\n"
	"With no -d or file flag, the bundled Palmyra dictionaries are used. --actors files are\n"
	"read before the bundled actor files (or DIR's); --no-bundled-actors makes them replace those.\n";

typedef struct {
	long warnings;
} S_count;

static void S_print_warning(void *ctx, const char *message)
{
	((S_count *)ctx)->warnings++;
	fprintf(stderr, "%s\n", message);
}

int pm_cmd_dict(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dict-dir", required_argument, 0, 'd'}, {"verbs", required_argument, 0, 1},
		{"actors", required_argument, 0, 2},     {"agents", required_argument, 0, 3},
		{"discards", required_argument, 0, 4},   {"issues", required_argument, 0, 5},
		{"no-bundled-actors", no_argument, 0, 6}, {"help", no_argument, 0, 'h'},
		{0, 0, 0, 0}};
	pm_cli_dicts d;
	memset(&d, 0, sizeof(d));
	int c;
	while ((c = getopt_long(argc, argv, "d:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': d.dir = optarg; break;
		case 1: d.verbs = optarg; break;
		case 2: pm_cli_dicts_add_actors(&d, optarg); break;
		case 6: d.no_bundled_actors = 1; break;
		case 3: d.agents = optarg; break;
		case 4: d.discards = optarg; break;
		case 5: d.issues = optarg; break;
		case 'h': fputs(S_usage, stdout); return 0;
		default: fputs(S_usage, stderr); return 2;
		}
	}
	const char *action = optind < argc ? argv[optind] : "report";
	if (strcmp(action, "report") && strcmp(action, "check")) {
		fputs(S_usage, stderr);
		free(d.actors_buf);
		return 2;
	}

	char paths[8192];
	const char *actor_paths[32];
	S_count count = {0};
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	o.warn = S_print_warning;
	o.warn_ctx = &count;
	char why[1024];
	if (pm_cli_dicts_resolve(&d, NULL, NULL, NULL, NULL, NULL, &o.dicts, paths, sizeof(paths),
				 actor_paths, 32, why, sizeof(why)) < 0) {
		fprintf(stderr, "palmyra: %s\n", why);
		free(d.actors_buf);
		return PM_EXIT_SETUP;
	}
	pm_coder *coder;
	if (pm_coder_new(&coder, &o) < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		free(d.actors_buf);
		return PM_EXIT_SETUP;
	}
	int n = 0;
	const pm_dict_report *rows = pm_coder_dict_reports(coder, &n);
	printf("%-10s %8s %8s %6s  %s\n", "kind", "entries", "patterns", "errors", "file");
	for (int i = 0; i < n; i++)
		printf("%-10s %8d %8d %6d  %s\n", rows[i].kind, rows[i].entries, rows[i].patterns,
		       rows[i].errors, rows[i].path);
	int status = 0;
	if (!strcmp(action, "check")) {
		long before = count.warnings;
		int problems = 0;
		pm_coder_lint(&problems, coder, S_print_warning, &count);
		long load_warnings = before;
		printf("%d lint problems, %ld load warnings\n", problems, load_warnings);
		status = problems || load_warnings ? 1 : 0;
	}
	pm_coder_free(coder);
	free(d.actors_buf);
	return status;
}
