/* fuzz_xml.c - any bytes as a PETRARCH XML file: the streaming reader must
 * hand over well-formed records (id, text) or stop with an error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/xml_reader.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static int S_record(void *ctx, const pm_xml_record *rec)
{
	size_t *n = ctx;
	/* touch every field the reader promises, so ASan sees a bad pointer */
	*n += (rec->id ? strlen(rec->id) : 0) + (rec->text ? strlen(rec->text) : 0) +
	      (rec->parse ? strlen(rec->parse) : 0) + (rec->date ? strlen(rec->date) : 0);
	return 0;
}

static int S_env(void *ctx, const pm_xml_env *env)
{
	size_t *n = ctx;
	*n += strlen(env->verbs) + strlen(env->actors);
	return 0;
}

static int S_config(void *ctx, const char *option, const char *value)
{
	size_t *n = ctx;
	*n += strlen(option) + strlen(value);
	return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size == 0)
		return 0;
	FILE *f = fmemopen((void *)data, size, "rb");
	if (!f)
		return 0;
	size_t n = 0;
	pm_xml_callbacks cb = {S_env, S_config, S_record, &n};
	pm_xml_read(f, "fuzz", &cb);
	fclose(f);
	return 0;
}
