/* modality.h - how sure the sentence is about an event: asserted, negated,
 * future, conditional or claimed.
 *
 * Why: a coded event is a fact only when the sentence asserts it; "will
 * attack", "did not attack", "could attack" and "accused of attacking" code
 * the same CAMEO verb, and downstream counts must tell them apart. The
 * judgment reads the verb's group (auxiliaries and control verbs before it:
 * "did n't", "will", "plans to", "refused to"), the clause that holds it
 * ("if"/"unless" opening it) and claim words just before it ("accused ...
 * of", "alleged"). Words suffice; Penn tags are used when present. */
#ifndef PM_MODALITY_H
#define PM_MODALITY_H

#include "types/event.h"
#include "types/document.h"

typedef enum pm_modality_kind {
	PM_MOD_ASSERTED = 0,
	PM_MOD_NEGATED,     /* "not", "n't", "never", "no longer", "refused to", "denied" */
	PM_MOD_FUTURE,      /* "will", "'ll", "plans to", "is set to", "said it would" */
	PM_MOD_CONDITIONAL, /* "could", "may", "might", "would mark", "if"/"unless" clause */
	PM_MOD_CLAIMED      /* "claimed", "alleged(ly)", "accused ... of", "blamed ... for" */
} pm_modality_kind;

typedef struct pm_modality {
	int kind;           /* a pm_modality_kind; when cues mix, negated > conditional >
			     * future > claimed ("will not attack" is negated) */
	const char *name;   /* "asserted", "negated", "future", "conditional", "claimed"
			     * (static string) */
	int cue;            /* token index of the deciding word; -1 when asserted or
			     * when only the coder's negation flag decided */
	char cue_text[32];  /* that word as written ("n't", "will", "if"); "" when none */
} pm_modality;

/* Judges the modality of ev (its verb_token) in s. With no verb token the
 * result is "negated" when the coder flagged ev->negated, else "asserted".
 * The coder's flag also turns an otherwise asserted result into negated.
 * Returns 0, or PM_EINVALID for NULL arguments. No allocation. */
int pm_modality_detect(const pm_sentence *s, const pm_coded_event *ev, pm_modality *out);

/* Same judgment for a verb token index (-1 = unknown), without an event. */
int pm_modality_at(const pm_sentence *s, int verb, pm_modality *out);

/* "asserted", ... for a pm_modality_kind; "asserted" when out of range. */
const char *pm_modality_name(int kind);

#endif
