/* coder_lint.c - pm_coder_lint: the dictionary linter (src/dict/lint.c)
 * over the dictionaries a coder loaded. */
#include "dict/lint.h"
#include "pipeline/pipeline.h"

int pm_coder_lint(int *out, const pm_coder *c, pm_warn_fn warn, void *ctx)
{
	*out = pm_dict_lint(pm_coder_dict(c), warn, ctx);
	return 0;
}
