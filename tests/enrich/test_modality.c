/* test_modality.c - asserted, negated, future, conditional and claimed from
 * the verb group and its clause. */
#include "../test.h"
#include "enrich_testlib.h"
#include "enrich/modality.h"

static t_sent T;
static pm_modality M;

static const char *K(const char *text, const char *verb)
{
	t_tokenize(&T, text);
	pm_coded_event ev = t_event(&T, verb);
	if (verb && ev.verb_token < 0)
		printf("test bug: no verb %s in: %s\n", verb, text);
	if (pm_modality_detect(&T.s, &ev, &M) != 0)
		printf("detect failed: %s\n", pm_error_last());
	return M.name;
}

static void kinds(void)
{
	CHECK_STR(K("Rebels attacked the convoy.", "attacked"), "asserted");
	CHECK_INT(M.cue, -1);
	CHECK_STR(K("Rebels did not attack the convoy.", "attack"), "negated");
	CHECK_STR(M.cue_text, "not");
	CHECK_STR(K("Rebels didn't attack the convoy.", "attack"), "negated");
	CHECK_STR(M.cue_text, "n't");
	CHECK_STR(K("Rebels have never attacked the convoy.", "attacked"), "negated");
	CHECK_STR(K("Rebels refused to attack the convoy.", "attack"), "negated");
	CHECK_STR(K("Hamas denied firing the rockets.", "firing"), "negated");
	CHECK_STR(K("Moscow denied that its jets bombed the hospital.", "bombed"), "negated");
	CHECK_STR(K("There was no cooperation between the two.", "cooperation"), "negated");
	/* "without" in the subject of a finite verb qualifies the subject */
	CHECK_STR(K("Masked men without uniforms seized the port.", "seized"), "asserted");
	CHECK_STR(K("Troops took the port without a fight.", "fight"), "negated");
	CHECK_STR(K("Rebels will attack the convoy.", "attack"), "future");
	CHECK_STR(K("Rebels'll attack the convoy.", "attack"), "future");
	CHECK_STR(K("Rebels plan to attack the convoy.", "attack"), "future");
	CHECK_STR(K("The envoy is set to visit Damascus.", "visit"), "future");
	CHECK_STR(K("The envoy is to visit Damascus.", "visit"), "future");
	CHECK_STR(K("Russia said it would withdraw its jets.", "withdraw"), "future");
	CHECK_STR(K("The deal would mark a turning point.", "mark"), "conditional");
	CHECK_STR(K("The army could launch an offensive.", "launch"), "conditional");
	CHECK_STR(K("The army might launch an offensive.", "launch"), "conditional");
	CHECK_STR(K("The army may have launched an offensive.", "launched"), "conditional");
	CHECK_STR(K("Talks will collapse if rebels attack the convoy.", "attack"), "conditional");
	CHECK_STR(K("If talks fail, rebels will attack the convoy.", "attack"), "future");
	CHECK_STR(K("Unless talks resume, rebels will attack.", "resume"), "conditional");
	CHECK_STR(K("Troops allegedly shelled the town.", "shelled"), "claimed");
	CHECK_STR(K("Rebels claimed troops shelled the town.", "shelled"), "claimed");
	CHECK_STR(K("Moscow accused Washington of arming the rebels.", "arming"), "claimed");
	CHECK_STR(K("The alleged attack killed five.", "attack"), "claimed");
}

static void mixes(void)
{
	CHECK_STR(K("Rebels will not attack the convoy.", "attack"), "negated");
	CHECK_STR(K("Rebels would not attack the convoy.", "attack"), "negated");
	CHECK_STR(K("Rebels allegedly did not attack.", "attack"), "negated");
	/* a capital inside the sentence is a name, not a modal */
	CHECK_STR(K("Prime Minister Theresa May said the talks failed.", "said"), "asserted");
	CHECK_STR(K("The army said that rebels shelled the town.", "shelled"), "asserted");
	/* the coder's flag with no verb, and on an otherwise asserted verb */
	t_tokenize(&T, "Rebels attacked.");
	pm_coded_event ev = t_event(&T, NULL);
	ev.negated = 1;
	CHECK_INT(pm_modality_detect(&T.s, &ev, &M), 0);
	CHECK_STR(M.name, "negated");
	ev = t_event(&T, "attacked");
	ev.negated = 1;
	pm_modality_detect(&T.s, &ev, &M);
	CHECK_STR(M.name, "negated");
	CHECK_INT(pm_modality_at(&T.s, -1, &M), 0);
	CHECK_STR(M.name, "asserted");
	CHECK_INT(pm_modality_detect(NULL, &ev, &M), PM_EINVALID);
	CHECK_INT(pm_modality_detect(&T.s, NULL, &M), PM_EINVALID);
	CHECK_STR(pm_modality_name(PM_MOD_CLAIMED), "claimed");
	CHECK_STR(pm_modality_name(42), "asserted");
}

int main(void)
{
	kinds();
	mixes();
	TEST_END();
}
