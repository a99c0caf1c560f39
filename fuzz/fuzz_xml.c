/* fuzz_xml.c - any bytes as a PETRARCH XML file (or, when they are not,
 * whatever the reader makes of them): the reader must hand over
 * well-formed records or stop with an error, and go on after bad ones. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void S_quiet(void *ctx, const char *message)
{
	(void)ctx;
	(void)message;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size == 0)
		return 0;
	pm_reader_options o = PM_READER_OPTIONS_INIT;
	o.kind = data[0] & 1 ? "xml" : NULL;     /* the kind given, or sniffed */
	o.keep_fields = 1;
	o.warn = S_quiet;
	pm_reader *r;
	if (pm_reader_open_buffer(&r, (const char *)data, size, "fuzz", &o) < 0)
		return 0;
	pm_input in;
	pm_reader_env env;
	size_t n = 0;
	int rc, guard = 0;
	while ((rc = pm_reader_next(r, &in)) != 0 && guard++ < 100000) {
		if (rc < 0)
			continue;
		/* touch every field the reader promises, so ASan sees a bad pointer */
		n += strlen(in.id) + strlen(in.text) + (in.parse ? strlen(in.parse) : 0) +
		     (in.date ? strlen(in.date) : 0) + (in.extra ? strlen(in.extra) : 0) + strlen(in.origin);
		if (pm_reader_env_get(r, &env) == 0)
			n += strlen(env.verbs) + strlen(env.actors) + strlen(env.issues);
		const char *v = pm_reader_config_get(r, "require_dyad");
		n += v ? strlen(v) : 0;
	}
	pm_reader_free(r);
	return (int)(n & 0);
}
