/* lint.h - checks a loaded dictionary set for mistakes that load cleanly
 * but code wrongly: `palmyra dict check`. */
#ifndef PM_LINT_H
#define PM_LINT_H

#include "dict/dict.h"

/* Reports each problem through fn ("file:line: what is wrong") and returns
 * how many there were: duplicate or conflicting entries, codes not in
 * CAMEO, agent codes that are neither ~SUFFIX nor PREFIX~, patterns that can
 * never match, date ranges that overlap for one name. */
int pm_dict_lint(const pm_dict *d, pm_dict_warn_fn fn, void *ctx);

#endif
