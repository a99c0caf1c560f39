/* fuzz_jsonl.c - any bytes as JSON lines: the reader (each field of any
 * type: a number for "text", an object for "date", an array for "id",
 * fields it does not know, with --keep-fields or not) and every document
 * it hands out coded, each event line checked to be JSON. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static pm_coder *coder;
	if (!coder)
		coder = S_coder(PM_PARSE_IGNORE);
	if (size == 0)
		return 0;
	pm_reader_options o = PM_READER_OPTIONS_INIT;
	o.kind = "jsonl";
	o.keep_fields = data[0] & 1;
	o.warn = S_quiet;
	pm_reader *r;
	if (pm_reader_open_buffer(&r, (const char *)data + 1, size - 1, "fuzz.jsonl", &o) < 0)
		return 0;
	pm_input in;
	int rc, guard = 0;
	while ((rc = pm_reader_next(r, &in)) != 0 && guard++ < 10000) {
		if (rc < 0) {
			if (!pm_error_last() || !strstr(pm_error_last(), "fuzz.jsonl:"))
				S_broken("a bad JSON line is not named by its file and line");
			continue;
		}
		if (!in.text || !in.id || !in.origin || (o.keep_fields == 0 && in.extra))
			S_broken("a JSON-lines document lacks what the reader promises");
		pm_coder_code(coder, &in, S_check_event, NULL);
	}
	pm_reader_free(r);
	return 0;
}
