/* fuzz_record.c - a PETRARCH record: the first line is its parse tree, the
 * rest its text. Coded from the tree, then from the text (--parse ignore),
 * so both the tree reader and the raw-text path see every input. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static pm_coder *trees, *text;
	if (!trees) {
		trees = S_coder(PM_PARSE_USE);
		text = S_coder(PM_PARSE_IGNORE);
	}
	char *buf = malloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	char *nl = memchr(buf, '\n', size);
	const char *body = "";
	if (nl) {
		*nl = '\0';
		body = nl + 1;
	}
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_SENTENCE;
	in.id = "fuzz";
	in.date = "20160325";
	in.parse = buf;
	in.text = body;
	in.len = strlen(body);
	in.origin = "fuzz";
	pm_coder_code(trees, &in, S_check_event, NULL);
	pm_coder_code(text, &in, S_check_event, NULL);
	free(buf);
	return 0;
}
