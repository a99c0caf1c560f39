/* labels.h - names people can read for actor codes.
 *
 * Why: "SDNMILREB" means nothing to a reader of a table. A code is named
 * from the dictionaries where one entry alone carries it ("ISIS" for
 * IMGMUSISI), else composed from its country (the entry of its first
 * three letters: SYR -> "Syria") and CAMEO's role and sector words (MIL ->
 * "military"): "Syria: military". */
#ifndef PM_LABELS_H
#define PM_LABELS_H

#include "dict/dict.h"
#include "util/arena.h"

/* The label of code, in a; NULL for a NULL code. */
const char *pm_label_actor(const pm_dict *d, const char *code, pm_arena *a);

#endif
