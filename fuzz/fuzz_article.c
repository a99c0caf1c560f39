/* fuzz_article.c - any bytes as a plain-text article: the article reader,
 * sentence splitter, tokenizer, tagger, chunker, coder, enrichment and the
 * JSON writer. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static pm_coder *coder;
	if (!coder)
		coder = S_coder(PM_PARSE_IGNORE);
	char *text = malloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	pm_input in = PM_INPUT_INIT;
	in.id = "fuzz";
	in.text = text;
	in.len = size;
	in.origin = "fuzz";
	pm_coder_code(coder, &in, S_check_event, NULL);
	free(text);
	return 0;
}
