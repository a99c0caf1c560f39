/* event.h - an event as the coder finds it, before enrichment.
 *
 * Spans are token indices in the sentence (pm_sentence.tokens, which match
 * the tree's leaf order); the enrichers use them to look for dates, places,
 * sources and numbers near the verb and the actors. */
#ifndef PM_EVENT_H
#define PM_EVENT_H

#include <stdint.h>

typedef struct pm_coded_event {
	const char *source;      /* actor code, e.g. "SYRMIL"; NULL when absent */
	const char *target;      /* actor code; NULL when absent */
	char code[8];            /* CAMEO event code, e.g. "190" */
	int sentence;            /* index in pm_doc.sents */
	int16_t src_first, src_last;  /* token span of the source phrase; -1 when none */
	int16_t tgt_first, tgt_last;  /* token span of the target phrase; -1 when none */
	int16_t verb_token;      /* the verb (or trigger noun) token; -1 when unknown */
	uint8_t negated;         /* "did not", "never", "no ... cooperation" */
	uint8_t negation_coded;  /* the negation is part of the code: a dictionary
				  * pattern spells it ("did n't ... clash over") */
} pm_coded_event;

#endif
