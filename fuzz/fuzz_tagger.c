/* fuzz_tagger.c - any bytes as a tagger model (data/tagger/en.model): a
 * model that loads must tag a sentence with tags it has, in bounded time. */
#include "fuzz_common.h"
#include "parse/tagger.h"
#include "text/tokenize.h"
#include "util/arena.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char sentence[] = "Syrian forces retook the ancient city of Palmyra on Sunday, "
				       "state media said, 12 days after the offensive began.";
	pm_tagger *t;
	if (pm_tagger_load(&t, S_as_file(data, size)) < 0)
		return 0;
	pm_arena a;
	pm_arena_init(&a, 1 << 14);
	pm_token *toks;
	int n = pm_tokenize(sentence, 0, (uint32_t)strlen(sentence), &a, &toks);
	if (n > 0 && pm_tagger_tag(t, toks, n) == 0) {
		for (int i = 0; i < n; i++)
			if (!memchr(toks[i].tag, '\0', sizeof(toks[i].tag)) ||
			    !memchr(toks[i].upos, '\0', sizeof(toks[i].upos)))
				S_broken("a tag that is not a string");
		pm_tagger_cache *c;
		if (pm_tagger_cache_new(&c, t) == 0) {
			pm_tagger_tag_cached(t, c, toks, n);
			pm_tagger_tag_cached(t, c, toks, n);
			pm_tagger_cache_free(c);
		}
	}
	pm_arena_free(&a);
	pm_tagger_free(t);
	return 0;
}
