/* test_attribution.c - reporting sources around said / according to /
 * reported / told / quoted, kept as written and split on "and". */
#include "../test.h"
#include "enrich_testlib.h"
#include "enrich/attribution.h"

static t_sent T;
static pm_attribution A;

static const pm_attribution *S(const char *text, const char *verb)
{
	t_tokenize(&T, text);
	pm_coded_event ev = t_event(&T, verb);
	if (pm_attribution_extract(&T.s, verb ? &ev : NULL, &A) != 0)
		printf("extract failed: %s\n", pm_error_last());
	return &A;
}

#define ONE(x_, w_want) \
	do { \
		S(x_, NULL); \
		CHECK_INT(A.n, 1); \
		CHECK_STR(A.n ? A.src[0].text : "", w_want); \
	} while (0)

static void forms(void)
{
	ONE("Troops retook the city, the Syrian Observatory for Human Rights said.",
	    "the Syrian Observatory for Human Rights");
	ONE("Troops retook the city, Ikhbariya reported.", "Ikhbariya");
	ONE("Troops retook the city, according to regime-run TV.", "regime-run TV");
	ONE("Troops retook the city, said a US Defence Department spokesman.",
	    "a US Defence Department spokesman");
	ONE("The army said on Thursday that troops had retaken the city.", "The army");
	ONE("Russia's defence ministry said late on Friday it had withdrawn.",
	    "Russia's defence ministry");
	ONE("A spokesman for the group told Reuters the talks had failed.",
	    "A spokesman for the group");
	ONE("SANA quoted a military source as saying the town had fallen.", "SANA");
	ONE("Footage broadcast by state TV showed tanks in the square.",
	    "Footage broadcast by state TV");
	ONE("The ministry has also announced new curfews.", "The ministry");
	ONE("\"We will not leave,\" the commander said.", "the commander");
	ONE("\"We will not leave,\" said the commander.", "the commander");
	ONE("The attack, claimed by Islamic State, killed 12.", "Islamic State");
	ONE("Officials in Damascus said the road was open.", "Officials in Damascus");
	ONE("Troops retook the city and state media said the road was open.", "state media");
	ONE("Hollande declared a state of emergency and said borders would close.", "Hollande");
	CHECK_INT(A.src[0].first, 0);
	CHECK_INT(A.src[0].last, 0);
	CHECK(strcmp(T.toks[A.src[0].cue].text, "said") == 0);
}

static void lists(void)
{
	S("Jets struck the town, state media and a monitoring group said.", NULL);
	CHECK_INT(A.n, 2);
	CHECK_STR(A.src[0].text, "state media");
	CHECK_STR(A.src[1].text, "a monitoring group");
	S("Jets struck the town, according to activists and both rebel groups.", NULL);
	CHECK_INT(A.n, 2);
	CHECK_STR(A.src[1].text, "rebel groups");
	/* the same source twice, once sentence-initial */
	S("The army said jets struck, and the army said again that they struck.", NULL);
	CHECK_INT(A.n, 1);
	/* more sources than the struct keeps */
	char big[2048] = "Jets struck";
	for (int i = 0; i < 10; i++) {
		char part[64];
		snprintf(part, sizeof(part), ", witness%d said", i);
		strcat(big, part);
	}
	S(big, NULL);
	CHECK_INT(A.n, PM_ATTR_MAX);
}

static void none(void)
{
	S("The reported attack killed five.", NULL);
	CHECK_INT(A.n, 0);
	S("Heavy fighting was reported in the north.", NULL);
	CHECK_INT(A.n, 0);
	S("Jets struck the town on Thursday.", NULL);
	CHECK_INT(A.n, 0);
	/* the event is the statement itself */
	S("Russia said it would withdraw.", "said");
	CHECK_INT(A.n, 0);
	S("Russia said it would withdraw.", "withdraw");
	CHECK_INT(A.n, 1);
	/* a conceded statement is not the source of the main clause's event */
	S("Although Russia has long said it strikes militants, NATO members accuse it.", "accuse");
	CHECK_INT(A.n, 0);
	S("Although Russia has long said it strikes militants, NATO members accuse it.", "strikes");
	CHECK_INT(A.n, 1);
	CHECK_STR(A.n ? A.src[0].text : "", "Russia");
	CHECK_INT(pm_attribution_extract(NULL, NULL, &A), PM_EINVALID);
	CHECK_INT(pm_attribution_extract(&T.s, NULL, NULL), PM_EINVALID);
}

int main(void)
{
	forms();
	lists();
	none();
	TEST_END();
}
