/* test_article.c - paragraph kinds of plain-text articles: title, lead,
 * photo lines, captions, datelines, bylines, credits and body. */
#include <string.h>

#include "text/article.h"
#include "../test.h"

/* Kinds of the paragraphs as letters: T title, L lead, D dateline, P photo,
 * C caption, R credits, Y byline, B body. */
static const char *S_kinds(pm_arena *a, const char *text, pm_article *art)
{
	static char buf[64];
	pm_article_read(text, (uint32_t)strlen(text), a, art);
	int i;
	for (i = 0; i < art->n_paras && i < 63; i++)
		buf[i] = "BTLDPCRY"[art->paras[i].kind];
	buf[i] = '\0';
	return buf;
}

static void test_seed_shape(pm_arena *a)
{
	const char *text =
		"Troops retake the old fort from rebels\n\n"
		"Government troops recapture the fort of the ancient town\n\n"
		"Photo by: AFP (Archive)\nPhoto by: AFP (Archive)\n\n"
		"A file photo of the old fort.\n\n"
		"Updated Mar 25, 2016\n\n"
		"Government troops recaptured the old fort on Friday, officials said.\n\n"
		"Troops stand near a tank in this picture taken on March 24, 2016. (Reuters)\n\n"
		"Rebels had held the fort since May.\n\n"
		"TRTWorld, Reuters";
	pm_article art;
	CHECK_STR(S_kinds(a, text, &art), "TLPCDBCBR");
	CHECK_STR(art.title, "Troops retake the old fort from rebels");
	CHECK_INT(art.date, 20160325);
	CHECK_INT(art.n_credits, 2);
	if (art.n_credits == 2) {
		CHECK_STR(art.credits[0], "TRTWorld");
		CHECK_STR(art.credits[1], "Reuters");
	}
}

/* A date line straight after the photo block is the dateline, not a caption. */
static void test_dateline_after_photo(pm_arena *a)
{
	const char *text =
		"Army pushes into the east of the city\n\n"
		"Photo by: Example Agency\nA view of the old city.\n\n"
		"Published December 13, 2016\n\n"
		"Troops took the district on Monday, state media said.";
	pm_article art;
	CHECK_STR(S_kinds(a, text, &art), "TPDB");
	CHECK_INT(art.date, 20161213);
}

static void test_lines_without_blank(pm_arena *a)
{
	const char *text = "Rebels Shell Town\nBy Jane Smith\n25 March 2016\n"
			   "Rebels shelled the town on Thursday.\nTwo people died.\nAFP";
	pm_article art;
	CHECK_STR(S_kinds(a, text, &art), "TYDBBR");
	CHECK_INT(art.date, 20160325);
	CHECK_INT(art.n_credits, 1);
}

static void test_body_only(pm_arena *a)
{
	const char *text = "Rebels shelled the town on Thursday, killing two.\n\n"
			   "The army said it would respond.";
	pm_article art;
	CHECK_STR(S_kinds(a, text, &art), "BB");
	CHECK(art.title == NULL);
	CHECK_INT(art.date, 0);
	CHECK_INT(art.n_credits, 0);
	/* a wrapped paragraph stays one paragraph */
	CHECK_STR(S_kinds(a, "Title here\n\nOne long line\nwrapped here.\n\nAnother one.", &art), "TBB");
}

static void test_wire_dateline(pm_arena *a)
{
	const char *text = "BEIRUT, March 25 (Reuters) - Troops shelled the town.\n\nTwo died.";
	pm_article art;
	CHECK_STR(S_kinds(a, text, &art), "BB");
	CHECK_INT((int)art.paras[0].start, (int)strlen("BEIRUT, March 25 (Reuters) - "));
	CHECK_INT(art.n_credits, 1);
	if (art.n_credits)
		CHECK_STR(art.credits[0], "Reuters");
	text = "KYIV (AP) \xe2\x80\x94 Drones hit the city overnight.";
	pm_article_read(text, (uint32_t)strlen(text), a, &art);
	CHECK_INT((int)art.paras[0].start, (int)strlen("KYIV (AP) \xe2\x80\x94 "));
	text = "The UN (OCHA) - a body - said so.";
	pm_article_read(text, (uint32_t)strlen(text), a, &art);
	CHECK_INT((int)art.paras[0].start, 0);
}

static void test_dates(void)
{
	CHECK_INT(pm_article_find_date("Updated Mar 25, 2016", 20), 20160325);
	CHECK_INT(pm_article_find_date("March 25, 2016", 14), 20160325);
	CHECK_INT(pm_article_find_date("25 March 2016 10:32 GMT", 23), 20160325);
	CHECK_INT(pm_article_find_date("Published 2016-03-25T10:00", 26), 20160325);
	CHECK_INT(pm_article_find_date("Sept. 3rd, 2019", 15), 20190903);
	CHECK_INT(pm_article_find_date("May 2015", 8), 0);
	CHECK_INT(pm_article_find_date("Maybe 25, 2016", 14), 0);
	CHECK_INT(pm_article_find_date("25/03/2016", 10), 0);
}

int main(void)
{
	pm_arena a;
	pm_arena_init(&a, 1 << 16);
	test_seed_shape(&a);
	test_dateline_after_photo(&a);
	test_lines_without_blank(&a);
	test_body_only(&a);
	test_wire_dateline(&a);
	test_dates();
	pm_arena_free(&a);
	TEST_END();
}
