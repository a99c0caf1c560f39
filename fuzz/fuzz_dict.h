/* fuzz_dict.h - what the dictionary targets share: the input as one
 * dictionary file of a kind, loaded into a fresh set, linted, and looked
 * up with words taken from the input itself. Loading never stops at a
 * malformed line; whatever loads must be consistent enough to lint and
 * to match against. */
#ifndef PM_FUZZ_DICT_H
#define PM_FUZZ_DICT_H

#include "dict/dict.h"
#include "dict/lint.h"
#include "fuzz_common.h"

static void S_dict_fuzz(int (*load)(pm_dict *, const char *), const unsigned char *data, size_t size)
{
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_quiet, NULL);
	if (load(d, S_as_file(data, size)) < 0)
		S_broken("a dictionary file that exists failed to load");
	pm_dict_lint(d, S_quiet, NULL);
	/* upper-case words of the input, as the coder would look them up */
	char buf[512];
	const char *words[32];
	size_t k = 0;
	int n = 0;
	for (size_t i = 0; i < size && n < 32 && k + 1 < sizeof(buf); i++) {
		unsigned char c = data[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c >= 0x80) {
			if (!k || !buf[k - 1])
				words[n++] = buf + k;
			buf[k++] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
		} else if (k && buf[k - 1]) {
			buf[k++] = '\0';
		}
	}
	buf[k] = '\0';
	size_t touched = 0;
	for (int i = 0; i < n; i++) {
		const pm_actor_entry *e;
		const char *code;
		int m = pm_dict_match_actor(d, words + i, n - i, &e);
		if (m < 0 || m > n - i)
			S_broken("an actor match longer than the words given");
		if (m) {
			for (int date = 0; date < 3; date++) {
				const char *c = pm_actor_code_on(e, date == 0 ? 0 : date == 1 ? 19900101 : 20200101);
				touched += c ? strlen(c) : 0;
			}
			touched += strlen(e->root);
		}
		if (pm_dict_match_agent(d, words + i, n - i, &code))
			touched += strlen(code);
		const pm_verb_form *f;
		int forms = pm_dict_verb_forms(d, words[i], &f);
		for (int j = 0; j < forms; j++) {
			const pm_verb_block *b = pm_dict_block(d, f[j].block);
			if (!b)
				S_broken("a verb form in no block");
			for (int p = 0; p < b->n_patterns; p++) {
				const pm_pattern *pt = pm_dict_pattern(d, b->first_pattern + p);
				if (!pt)
					S_broken("a block's pattern out of range");
				touched += strlen(pt->code);
			}
		}
		touched += pm_dict_interned(d, words[i]) != NULL;
		const char *name = pm_dict_actor_name(d, words[i]);
		touched += name ? strlen(name) : 0;
	}
	touched += (size_t)pm_dict_discard(d, words, n);
	const char *codes[8];
	int counts[8];
	touched += (size_t)pm_dict_issues(d, words, n, codes, counts, 8);
	int rows;
	pm_dict_reports(d, &rows);
	if (rows != 1)
		S_broken("one file loaded, not one report row");
	pm_dict_free(d);
	(void)touched;
}

#endif
