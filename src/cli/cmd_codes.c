/* cmd_codes.c - `palmyra codes`: what the codes in the output mean.
 *
 * Event codes come from the CAMEO codebook the library carries; actor
 * codes are labelled from the dictionaries, as events label them. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const char S_usage[] =
	"usage: palmyra codes [-d DIR] [CODE ...]\n"
	"  no CODE      every CAMEO event code: code, label, PLOVER type, QuadClass, Goldstein\n"
	"  CODE         an event code (\"195\", \"19\") or an actor code (\"SYRMIL\"): its label\n"
	"  -d DIR       dictionaries for actor labels (default: the bundled ones)\n";

static int S_row(void *ctx, const char *code, const char *label, const char *plover, int quad,
		 double goldstein)
{
	(void)ctx;
	printf("%s\t%s\t%s\t%d\t%.1f\n", code, label, plover ? plover : "", quad, goldstein);
	return 0;
}

static int S_is_event_code(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return n >= 2 && n <= 4;
}

static int S_event_code(const char *code)
{
	const char *label = pm_cameo_label(code);
	if (!label) {
		fprintf(stderr, "palmyra codes: %s: not a CAMEO event code\n", code);
		return 1;
	}
	const char *plover = pm_cameo_plover(code);
	printf("%s\t%s\t%s\n", code, label, plover ? plover : "");
	return 0;
}

static int S_actor_code(pm_coder **coder, const pm_dict_files *files, const char *code)
{
	if (!*coder) {
		pm_coder_options o = PM_CODER_OPTIONS_INIT;
		o.dicts = *files;
		o.enrich = 0;
		if (pm_coder_new(coder, &o) < 0) {
			fprintf(stderr, "palmyra codes: %s\n", pm_error_last());
			return 2;
		}
	}
	char label[256];
	pm_coder_actor_label(*coder, code, label, sizeof(label));
	printf("%s\t%s\n", code, label);
	return 0;
}

int pm_cmd_codes(int argc, char **argv)
{
	pm_cli_dicts d;
	memset(&d, 0, sizeof(d));
	int first = 1;
	for (; first < argc && argv[first][0] == '-'; first++) {
		if (!strcmp(argv[first], "-h") || !strcmp(argv[first], "--help")) {
			fputs(S_usage, stdout);
			return 0;
		}
		if (!strcmp(argv[first], "-d") && first + 1 < argc) {
			d.dir = argv[++first];
			continue;
		}
		fprintf(stderr, "palmyra codes: unknown option '%s'\n%s", argv[first], S_usage);
		return 2;
	}
	if (first == argc) {
		printf("code\tlabel\tplover\tquad\tgoldstein\n");
		pm_cameo_foreach(S_row, NULL);
		return 0;
	}
	char store[8192];
	const char *actors[16];
	pm_dict_files files = PM_DICT_FILES_INIT;
	char why[1024];
	if (pm_cli_dicts_resolve(&d, NULL, NULL, NULL, NULL, NULL, &files, store, sizeof(store), actors,
				 16, why, sizeof(why)) < 0) {
		fprintf(stderr, "palmyra: %s\n", why);
		return PM_EXIT_SETUP;
	}
	pm_coder *coder = NULL;
	int status = 0;
	for (int i = first; i < argc && status < 2; i++)
		status |= S_is_event_code(argv[i]) ? S_event_code(argv[i])
						    : S_actor_code(&coder, &files, argv[i]);
	pm_coder_free(coder);
	return status;
}
