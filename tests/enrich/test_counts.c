/* test_counts.c - killed, wounded, arrested, displaced, strikes and
 * casualties from number phrases and count words. */
#include "../test.h"
#include "enrich_testlib.h"
#include "enrich/counts.h"

static t_sent T;
static pm_counts C;

static const pm_counts *N(const char *text, const char *verb)
{
	t_tokenize(&T, text);
	pm_coded_event ev = t_event(&T, verb);
	if (pm_counts_extract(&T.s, verb ? &ev : NULL, &C) != 0)
		printf("extract failed: %s\n", pm_error_last());
	return &C;
}

#define COUNT(k_, v_, q_) \
	do { \
		CHECK_INT(C.kind[k_].found, 1); \
		CHECK_INT(C.kind[k_].value, v_); \
		CHECK_STR(C.kind[k_].qualifier_name, q_); \
	} while (0)

static void shapes(void)
{
	N("At least 12 people were killed in the blast.", "killed");
	COUNT(PM_COUNT_KILLED, 12, "at_least");
	CHECK_STR(C.kind[PM_COUNT_KILLED].text, "At least 12 people were killed");
	CHECK_INT(C.n_found, 1);
	N("The blast killed 5, police said.", NULL);
	COUNT(PM_COUNT_KILLED, 5, "exact");
	N("The raid left 5 dead and 20 wounded.", NULL);
	COUNT(PM_COUNT_KILLED, 5, "exact");
	COUNT(PM_COUNT_WOUNDED, 20, "exact");
	N("Gunmen opened fire, wounding dozens.", NULL);
	COUNT(PM_COUNT_WOUNDED, 24, "approx");
	CHECK_INT(C.kind[PM_COUNT_WOUNDED].vague, 1);
	N("The coalition flew over 3,650 air strikes.", NULL);
	COUNT(PM_COUNT_STRIKES, 3650, "more_than");
	CHECK_STR(C.kind[PM_COUNT_STRIKES].text, "over 3,650 air strikes");
	N("Police arrested twenty-five protesters.", NULL);
	COUNT(PM_COUNT_ARRESTED, 25, "exact");
	N("Police arrested twenty five protesters.", NULL);
	COUNT(PM_COUNT_ARRESTED, 25, "exact");
	N("Police detained a dozen people.", NULL);
	COUNT(PM_COUNT_ARRESTED, 12, "exact");
	N("The war has displaced 1.5 million people.", NULL);
	COUNT(PM_COUNT_DISPLACED, 1500000, "exact");
	N("Hundreds of thousands of people have fled.", NULL);
	COUNT(PM_COUNT_DISPLACED, 200000, "approx");
	N("Two hundred soldiers died.", NULL);
	COUNT(PM_COUNT_KILLED, 200, "exact");
	N("Scores of civilians were wounded.", NULL);
	COUNT(PM_COUNT_WOUNDED, 40, "approx");
	N("Nearly 300 people were injured.", NULL);
	COUNT(PM_COUNT_WOUNDED, 300, "approx");
	N("Up to 40 people were arrested.", NULL);
	COUNT(PM_COUNT_ARRESTED, 40, "at_most");
	N("Fewer than 10 people died.", NULL);
	COUNT(PM_COUNT_KILLED, 10, "less_than");
	N("The clashes caused 30 casualties.", NULL);
	COUNT(PM_COUNT_CASUALTIES, 30, "exact");
	N("The death toll rose to 45.", NULL);
	COUNT(PM_COUNT_KILLED, 45, "exact");
	N("Two men were stabbed to death.", NULL);
	COUNT(PM_COUNT_KILLED, 2, "exact");
}

static void ranges_and_lists(void)
{
	N("Drones killed 10 to 15 militants.", NULL);
	COUNT(PM_COUNT_KILLED, 10, "range");
	CHECK_INT(C.kind[PM_COUNT_KILLED].value_max, 15);
	N("Drones killed between 8 and 12 militants.", NULL);
	COUNT(PM_COUNT_KILLED, 8, "range");
	CHECK_INT(C.kind[PM_COUNT_KILLED].value_max, 12);
	N("Police arrested 10-15 protesters.", NULL);
	COUNT(PM_COUNT_ARRESTED, 10, "range");
	CHECK_INT(C.kind[PM_COUNT_ARRESTED].value_max, 15);
	N("14 soldiers and three civilians were killed.", NULL);
	COUNT(PM_COUNT_KILLED, 17, "exact");
	N("Eleven people, including four children, were killed.", NULL);
	COUNT(PM_COUNT_KILLED, 11, "exact");
	N("Jets struck killing 3 in Homs, and a blast in Hama killed 7.", "killed");
	COUNT(PM_COUNT_KILLED, 7, "exact");
	N("Jets struck killing 3 in Homs, and a blast in Hama killed 7.", NULL);
	COUNT(PM_COUNT_KILLED, 3, "exact");
}

/* A verb in the present between the number and the count word makes the
 * number its subject: "Thousands mourn children killed" counts mourners
 * (tagged sentences only: the tags say which word is the verb). */
static void other_subject(void)
{
	static const char *const tags[] = {"NNS", "VBP", "NNS", "VBN", "IN", "NN", "NN"};
	static const char *const aux[] = {"CD", "NNS", "VBP", "JJ", "IN", "DT", "NN", "."};
	t_tokenize(&T, "Thousands mourn children killed in bus strike");
	for (int i = 0; i < T.s.n_tokens && i < 7; i++)
		strcpy(T.toks[i].tag, tags[i]);
	CHECK_INT(pm_counts_extract(&T.s, NULL, &C), 0);
	CHECK_INT(C.kind[PM_COUNT_KILLED].found, 0);
	t_tokenize(&T, "12 people are dead after the blast .");
	for (int i = 0; i < T.s.n_tokens && i < 8; i++)
		strcpy(T.toks[i].tag, aux[i]);
	CHECK_INT(pm_counts_extract(&T.s, NULL, &C), 0);
	COUNT(PM_COUNT_KILLED, 12, "exact");
}

static void not_counts(void)
{
	N("Rebels were killed in 2015.", NULL);
	CHECK_INT(C.n_found, 0);
	N("Soldiers were killed 12 km from the border.", NULL);
	CHECK_INT(C.n_found, 0);
	N("Soldiers were killed on March 24.", NULL);
	CHECK_INT(C.n_found, 0);
	N("Jets struck 12 times, killing civilians.", NULL);
	CHECK_INT(C.n_found, 0);
	/* more than a long holds (found by fuzz/fuzz_article.c): no toll */
	N("900 billion billion billion billion billion billion people were killed.", NULL);
	CHECK_INT(C.n_found, 0);
	N("No casualties were reported.", NULL);
	CHECK_INT(C.n_found, 0);
	N("A man was killed.", NULL);
	CHECK_INT(C.n_found, 0);
	N("Three men were killed in 3 days.", NULL);
	COUNT(PM_COUNT_KILLED, 3, "exact");
	CHECK_INT(pm_counts_extract(NULL, NULL, &C), PM_EINVALID);
	CHECK_INT(pm_counts_extract(&T.s, NULL, NULL), PM_EINVALID);
	CHECK_STR(pm_count_kind_name(PM_COUNT_STRIKES), "strikes");
	CHECK_STR(pm_count_kind_name(99), "");
}

int main(void)
{
	shapes();
	ranges_and_lists();
	other_subject();
	not_counts();
	TEST_END();
}
