/* fuzz_common.h - what the libFuzzer targets share: one coder per target,
 * built once from the bundled data (run from the repository root), and a
 * check that every event line written is valid JSON. */
#ifndef PM_FUZZ_COMMON_H
#define PM_FUZZ_COMMON_H

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"

static void S_quiet(void *ctx, const char *message)
{
	(void)ctx;
	(void)message;
}

static pm_coder *S_coder(int parse_mode)
{
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	o.parse_mode = parse_mode;
	o.keep_negated = 1;
	o.warn = S_quiet;
	pm_coder *c = NULL;
	if (pm_coder_new(&c, &o) < 0) {
		fprintf(stderr, "fuzz: no coder (run from the repository root after `make data`): %s\n",
			pm_error_last());
		exit(1);
	}
	return c;
}

/* Writes the event as a JSON line and aborts unless jansson reads it back
 * as an object: a crash-free run is not enough, the output must parse. */
static int S_check_event(void *ctx, const pm_event *ev)
{
	(void)ctx;
	char *line = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&line, &len);
	if (!f)
		return 1;
	pm_event_write(f, PM_FORMAT_JSONL, ev);
	fclose(f);
	json_error_t err;
	json_t *j = json_loadb(line, len, 0, &err);
	if (!json_is_object(j)) {
		fprintf(stderr, "fuzz: event line is not a JSON object (%s): %s\n", err.text, line);
		abort();
	}
	json_decref(j);
	free(line);
	return 0;
}

#endif
