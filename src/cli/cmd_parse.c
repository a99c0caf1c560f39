/* cmd_parse.c - `palmyra parse`: what the coder sees, sentence by sentence.
 *
 * Prints each sentence's Penn tags and the tree our chunk parser builds
 * (or the given one), so a user can see why a sentence was or was not
 * coded, and so our front end can serve as a fast tagger and parser. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const char S_usage[] =
	"usage: palmyra parse [--in text|jsonl|xml] [--parse use|ignore] [FILE|DIR|- ...]\n"
	"Prints, for each sentence: '# id sentence-index', its text, its tagged words\n"
	"and its tree (one line, Penn bracketing); stdin when no file is given.\n";

typedef struct {
	pm_coder *coder;
	int failed;
} S_run;

/* Stops the reading once stdout fails (main.c says so at the end). */
static int S_print(void *ctx, const pm_parsed *p)
{
	(void)ctx;
	printf("# %s %d%s\n%s\n%s\n%s\n\n", p->id, p->sentence, p->headline ? " headline" : "", p->text,
	       p->tagged, p->tree);
	return ferror(stdout) != 0;
}

/* Returns 1 when path cannot be opened; bad records are counted in r. */
static int S_read(S_run *r, const char *path, const char *kind)
{
	pm_reader_options ro = PM_READER_OPTIONS_INIT;
	ro.kind = kind;
	pm_reader *rd;
	if (pm_reader_open(&rd, path, &ro) < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		return PM_EXIT_SETUP;
	}
	pm_input in;
	int rc;
	while ((rc = pm_reader_next(rd, &in)) != 0) {
		if (rc > 0 && pm_coder_parse(r->coder, &in, S_print, r) >= 0)
			continue;
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		r->failed++;
	}
	pm_reader_free(rd);
	return 0;
}

int pm_cmd_parse(int argc, char **argv)
{
	static const struct option longs[] = {{"in", required_argument, 0, 'i'},
					      {"parse", required_argument, 0, 'p'},
					      {"help", no_argument, 0, 'h'},
					      {0, 0, 0, 0}};
	pm_coder_options opts = PM_CODER_OPTIONS_INIT;
	const char *kind = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "h", longs, NULL)) != -1) {
		if (c == 'i')
			kind = optarg;
		else if (c == 'p' && (!strcmp(optarg, "use") || !strcmp(optarg, "ignore")))
			opts.parse_mode = !strcmp(optarg, "ignore") ? PM_PARSE_IGNORE : PM_PARSE_USE;
		else {
			fputs(S_usage, c == 'h' ? stdout : stderr);
			return c == 'h' ? 0 : 2;
		}
	}
	opts.dicts.no_defaults = 1;                   /* parsing needs no dictionaries */
	S_run r = {NULL, 0};
	if (pm_coder_new(&r.coder, &opts) < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		return PM_EXIT_SETUP;
	}
	int rc = optind == argc ? S_read(&r, "-", kind) : 0;
	for (int i = optind; i < argc && !rc; i++)
		rc = S_read(&r, argv[i], kind);
	pm_coder_free(r.coder);
	return rc ? rc : r.failed ? PM_EXIT_REJECTED : PM_EXIT_OK;
}
