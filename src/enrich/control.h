/* control.h - what a sentence says about who controls a place: gains
 * ("rebels captured Goma", "the city fell to ISIL", "came under Ukrainian
 * control"), losses ("the army withdrew from Tadmur", "government soldiers
 * abandoned the city") and holds ("IS-held Mosul", "security forces still
 * control the town", "under the control of Russian forces"), each with the
 * party that gains, loses or holds, the place, and whether the sentence
 * asserts, claims ("M23 said it had taken Goma") or denies it ("the
 * Taliban denied losing Kunduz").
 *
 * Why a reader of its own rather than the coder's verbs: a hold is a state,
 * not an action, so no CAMEO verb codes it, and the party of "IS-held" or
 * "under M23 control" sits inside a noun phrase the coder does not read as
 * an actor. The reader works on tokens (words, tags) with the clause
 * boundaries words give, and borrows the coder's actors where the coder
 * coded the same verb. Actor codes come from a callback, because the
 * dictionaries belong to another stage (src/dict): the pipeline supplies
 * it. Rules and their reasons: docs/control.md. */
#ifndef PM_CONTROL_READER_H
#define PM_CONTROL_READER_H

#include "enrich/places.h"
#include "palmyra.h"
#include "types/document.h"
#include "types/event.h"
#include "util/arena.h"

typedef enum pm_control_change {
	PM_CONTROL_NONE = 0,
	PM_CONTROL_GAIN,
	PM_CONTROL_LOSS,
	PM_CONTROL_HOLD,
	PM_CONTROL_CONTEST     /* fought over, no side holds it: "neither side controls the
				* town", "fighting raged inside X", "seized half of X" */
} pm_control_change;

typedef enum pm_control_status {
	PM_CONTROL_ASSERTED = 0,
	PM_CONTROL_CLAIMED,   /* the party itself says so, or "allegedly", "claims to" */
	PM_CONTROL_DENIED     /* "has not taken", "denied losing", "rejected the claim" */
} pm_control_status;

/* Codes upper-case words (a noun phrase: "SYRIAN", "TROOPS") into an actor
 * code ("SYRMIL") with the dictionaries, or NULL when they name no actor.
 * The string must live as long as the document arena. */
typedef const char *(*pm_control_code_fn)(void *ctx, const char *const *words, int n);

/* The reader's view of the dictionaries: code as above, and affiliate,
 * the group the first named group of the words is declared a branch or
 * affiliate of ("MUJAO": "IMGMUSALQ"), or NULL (affiliate may be NULL:
 * none is). Both take ctx. */
typedef struct pm_control_codes {
	pm_control_code_fn code;
	pm_control_code_fn affiliate;
	void *ctx;
} pm_control_codes;

typedef struct pm_control_stmt {
	int change;            /* a pm_control_change */
	int status;            /* a pm_control_status */
	const char *party;     /* actor code of the party that gains, loses or holds;
				* "---" agents take the place's country; NULL when unknown */
	int party_first, party_last;  /* its words (-1 when read from inside a word,
				       * as the "IS" of "IS-held", or unknown) */
	const char *loser;     /* a gain's "from Z" (an actor code), or NULL */
	int loser_first, loser_last;
	int trigger;           /* the verb, noun or adjective token that says it */
	pm_place place;        /* where; found == 0 when no place could be told */
	int used;              /* set by pm_control_attach when an event carries it */
	int doc_dated;         /* the sentence's month or year belongs to a relative clause
				* of another time ("has captured Bunagana, the town that
				* M23 had held since July 2012"): the statement is of the
				* document's day */
	int ended;             /* a hold told as over ("no longer holds Krynky"): a loss
				* the sentence's negation asserts, so an event with no
				* code, which the negation does not drop; or the loss
				* an effort to take the town back admits ("fighting to
				* retake it"), which is no retreat */
	int own_since;         /* a hold its own clause dates with "since X" ("Sanaa,
				* under Houthi control since 2015"): an event of its
				* own, not the date of the event beside it */
} pm_control_stmt;

/* Reads sentence si of doc for control statements. places is the
 * document's place context (NULL: no statement has a place, so none is
 * returned); evs/n_evs the coder's events of this sentence, whose actors
 * stand for the subjects of the verbs they were coded from. Statements and
 * their strings live in a. Returns how many were found (*out set), 0 when
 * none, or a negative error. */
int pm_control_read(const pm_doc *doc, int si, const pm_place_doc *places,
		    const pm_coded_event *evs, int n_evs, const pm_control_codes *codes,
		    pm_arena *a, pm_control_stmt **out);

/* The statement of st[0..n) that coded event ce reports (the same verb, or
 * the same party about the same place), or -1. An event carries at most
 * one statement: the one its own verb says, else one about its place
 * (where: the event's location). Denials match no event: the coder drops
 * negated events, so a denial stands as its own statement. */
int pm_control_match(const pm_control_stmt *st, int n, const pm_coded_event *ce,
		     const pm_location *where);

/* A coded event standing for a statement no coded event reports: the
 * party as source (a gain's loser as target), the trigger as verb, and
 * CAMEO 192 (occupy territory) for a gain, 0874 (retreat or surrender
 * militarily) for a loss; a hold (a state, not an action) and a denial
 * (nothing happened) have no code (""). */
void pm_control_event(const pm_control_stmt *st, int sentence, pm_coded_event *out);

/* "gain", "loss", "hold" / "asserted", "claimed", "denied" (static). */
const char *pm_control_change_name(int change);
const char *pm_control_status_name(int status);

/* 1 when the reader's word table is in the order its binary search needs
 * and its first-letters filter lets every trigger word through. */
int pm_control_words_ok(void);

#endif
