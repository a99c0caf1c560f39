/* fuzz_sniff.c - any bytes as a file of unknown kind: compression and kind
 * told from the first bytes, then every unit read or passed over (the
 * input's first byte picks which), as -j workers taking turns do. Both
 * ways must count the same units. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* Units of the buffer, each read (bit set) or passed over. */
static int S_units(const unsigned char *data, size_t size, unsigned pattern, size_t *touched)
{
	pm_reader_options o = PM_READER_OPTIONS_INIT;
	o.keep_fields = 1;
	o.warn = S_quiet;
	pm_reader *r;
	if (pm_reader_open_buffer(&r, (const char *)data, size, "fuzz", &o) < 0)
		return -1;
	pm_input in;
	pm_reader_env env;
	int rc, units = 0;
	while (units < 20000) {
		int read = (pattern >> (units % 8)) & 1;
		rc = read ? pm_reader_next(r, &in) : pm_reader_skip(r);
		if (rc == 0)
			break;
		units++;
		*touched += strlen(pm_reader_where(r));
		if (rc < 0 || !read)
			continue;
		*touched += strlen(in.id) + strlen(in.text) + (in.parse ? strlen(in.parse) : 0) +
			    (in.date ? strlen(in.date) : 0) + (in.extra ? strlen(in.extra) : 0) + strlen(in.origin);
		if (in.len != strlen(in.text) && in.kind != PM_INPUT_ARTICLE)
			S_broken("a document's length is not its text's");
		if (pm_reader_env_get(r, &env) == 0)
			*touched += strlen(env.verbs) + strlen(env.actors) + strlen(env.agents);
		const char *v = pm_reader_config_get(r, "require_dyad");
		*touched += v ? strlen(v) : 0;
	}
	pm_reader_progress p;
	pm_reader_progress_get(r, &p);
	if (p.bytes_read > p.bytes_total || p.files_read > p.files_total)
		S_broken("progress beyond the input");
	pm_reader_free(r);
	return units;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size == 0)
		return 0;
	size_t touched = 0;
	int a = S_units(data + 1, size - 1, data[0], &touched);
	int b = S_units(data + 1, size - 1, 0xff, &touched);
	int c = S_units(data + 1, size - 1, 0, &touched);
	if (a != b || b != c)
		S_broken("reading and passing over count different units");
	return (int)(touched & 0);
}
