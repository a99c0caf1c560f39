/* attribution.h - who reports the sentence: "X said", "said X", "according
 * to X", "X reported / told / showed / quoted / cited / announced /
 * claimed", "reported by X".
 *
 * Why: a conflict event is only as good as its source, and wire copy names
 * the source in the sentence ("..., state media and a monitoring group
 * said"). We keep each source phrase as written (a leading "the" stays:
 * "the Syrian Observatory for Human Rights"), one per coordinated item
 * ("state media", "a monitoring group"). The document's credits ("AFP")
 * are not ours: the CLI prints them separately. */
#ifndef PM_ATTRIBUTION_H
#define PM_ATTRIBUTION_H

#include "types/event.h"
#include "types/document.h"

#define PM_ATTR_MAX 6

typedef struct pm_attribution_source {
	char text[96];        /* the phrase as written ("regime-run TV", "he") */
	int first, last;      /* its token span */
	int cue;              /* token of the reporting word ("said", "according") */
} pm_attribution_source;

typedef struct pm_attribution {
	int n;                /* sources found, in sentence order of their cue (at most
			       * PM_ATTR_MAX; a repeated phrase is kept once) */
	pm_attribution_source src[PM_ATTR_MAX];
} pm_attribution;

/* Finds the reporting sources of s. A reporting verb that is ev's own verb
 * (the event is the statement) gives no source; ev may be NULL. Pronouns
 * ("he said") are kept as written. Returns 0, or PM_EINVALID for a NULL
 * sentence or out. No allocation. */
int pm_attribution_extract(const pm_sentence *s, const pm_coded_event *ev,
			   pm_attribution *out);

#endif
