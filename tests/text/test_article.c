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

/* One wire story: its dateline's place, region, agency and date (year 0:
 * not written), and the body starting right after the dateline. */
typedef struct {
	const char *dateline;      /* as written, with the blank after it */
	const char *place, *region, *agency;
	int y, m, d;               /* m 0: no date */
} S_wire;

static void S_check_wire(pm_arena *a, const S_wire *w, const char *header)
{
	char text[512];
	snprintf(text, sizeof(text), "%s%sRebels shelled the town, officials said.\n\nTwo died.",
		 header, w->dateline);
	pm_article art;
	pm_article_read(text, (uint32_t)strlen(text), a, &art);
	int body = 0;
	while (body < art.n_paras && art.paras[body].kind != PM_PARA_BODY)
		body++;
	if (art.n_paras <= body) {
		CHECK(!"paragraphs");
		return;
	}
	const char *got = text + art.paras[body].start;
	if (strncmp(got, "Rebels shelled", 14)) {
		test_failed++;
		fprintf(stderr, "    \"%s\": the body starts at \"%.20s\"\n", w->dateline, got);
	} else {
		test_passed++;
	}
	CHECK_STR(art.dateline.place, w->place);
	CHECK_STR(art.dateline.region, w->region);
	CHECK_STR(art.dateline.agency, w->agency);
	int want = w->m ? w->y * 10000 + w->m * 100 + w->d : 0;
	int have = art.dateline.date.precision == PM_DATE_DAY
			   ? art.dateline.date.year * 10000 + art.dateline.date.month * 100 +
				     art.dateline.date.day
			   : 0;
	if (have != want) {
		test_failed++;
		fprintf(stderr, "    \"%s\": date %d, want %d\n", w->dateline, have, want);
	} else {
		test_passed++;
	}
}

/* Datelines of the agencies, in their own styles. */
static void test_wire_styles(pm_arena *a)
{
	static const S_wire wires[] = {
		{"EL FASHER, Sudan, May 12, 2024 (Reuters) - ", "EL FASHER", "Sudan", "Reuters", 2024, 5, 12},
		{"BEIRUT, March 25 (Reuters) - ", "BEIRUT", NULL, "Reuters", 0, 3, 25},
		{"GENEVA, 12 May 2024 (AFP) - ", "GENEVA", NULL, "AFP", 2024, 5, 12},
		{"KYIV, Ukraine, May 12 (AP) \xe2\x80\x94 ", "KYIV", "Ukraine", "AP", 0, 5, 12},
		{"MOSCOW, May 12. /TASS/. ", "MOSCOW", NULL, "TASS", 0, 5, 12},
		{"Kabul, May 12 (Xinhua) -- ", "Kabul", NULL, "Xinhua", 0, 5, 12},
		{"Gaza City, Sunday 12 May 2024 (Anadolu) - ", "Gaza City", NULL, "Anadolu", 2024, 5, 12},
		{"NEW DELHI, May 12 (IANS) : ", "NEW DELHI", NULL, "IANS", 0, 5, 12},
		{"DAMASCUS, 2024-05-12 (SANA) \xe2\x80\x93 ", "DAMASCUS", NULL, "SANA", 2024, 5, 12},
		{"NAIROBI, Kenya \xe2\x80\x94 May 12, 2024 \xe2\x80\x94 ", "NAIROBI", "Kenya", NULL, 2024, 5, 12},
		{"ADDIS ABABA, Ethiopia, 12.05.2024 (ENA) - ", "ADDIS ABABA", "Ethiopia", "ENA", 2024, 5, 12},
		{"New Delhi [India], May 12 (ANI): ", "New Delhi", "India", "ANI", 0, 5, 12},
		{"MOSCOW. May 12 (Interfax) - ", "MOSCOW", NULL, "Interfax", 0, 5, 12},
		{"JERUSALEM, Sept. 3 (JTA) \xe2\x80\x94 ", "JERUSALEM", NULL, "JTA", 0, 9, 3},
		{"EL FASHER, North Darfur, Sudan, Sunday, May 12, 2024 (Reuters) - ", "EL FASHER", "Sudan",
		 "Reuters", 2024, 5, 12},
		{"ST. LOUIS, Mo., May 12 (AP) \xe2\x80\x94 ", "ST. LOUIS", "Mo.", "AP", 0, 5, 12},
		{"WASHINGTON, D.C., May 12, 2024 (Reuters) - ", "WASHINGTON", "D.C.", "Reuters", 2024, 5, 12},
		{"S\xc3\x83O PAULO, May 12 (Reuters) - ", "S\xc3\x83O PAULO", NULL, "Reuters", 0, 5, 12},
		{"UNITED NATIONS (Reuters) - ", "UNITED NATIONS", NULL, "Reuters", 0, 0, 0},
		{"BEIRUT, Monday (Reuters) - ", "BEIRUT", NULL, "Reuters", 0, 0, 0},
		{"BEIRUT, Feb 30 (Reuters) - ", "BEIRUT", NULL, "Reuters", 0, 0, 0},   /* no such day */
		{"WASHINGTON/BEIRUT, April 7 (Reuters) - ", "WASHINGTON/BEIRUT", NULL, "Reuters", 0, 4, 7},
		{"MOSCOW/KYIV, Sept 30 (Reuters) - ", "MOSCOW/KYIV", NULL, "Reuters", 0, 9, 30},
	};
	for (size_t i = 0; i < sizeof(wires) / sizeof(wires[0]); i++)
		S_check_wire(a, &wires[i], "");
	/* a year not written is the one nearest the article's date line */
	S_wire beirut = {"BEIRUT, March 25 (Reuters) - ", "BEIRUT", NULL, "Reuters", 2016, 3, 25};
	S_check_wire(a, &beirut, "Troops retake the fort\n\nUpdated Mar 26, 2016\n\n");
	S_wire dec = {"KABUL, Dec. 31 (Xinhua) -- ", "KABUL", NULL, "Xinhua", 2016, 12, 31};
	S_check_wire(a, &dec, "Blast in the capital\n\nJan 2, 2017\n\n");
}

/* The document date: the date line, else the dateline when it has a year. */
static void test_wire_document_date(pm_arena *a)
{
	pm_article art;
	const char *text = "EL FASHER, Sudan, May 12, 2024 (Reuters) - Fighters shelled the city.";
	pm_article_read(text, (uint32_t)strlen(text), a, &art);
	CHECK_INT(art.date, 20240512);
	CHECK_INT(art.n_credits, 1);
	text = "BEIRUT, March 25 (Reuters) - Fighters shelled the city.";
	pm_article_read(text, (uint32_t)strlen(text), a, &art);
	CHECK_INT(art.date, 0);
	text = "Clashes in the north\n\nPublished May 13, 2024\n\n"
	       "GENEVA, 12 May 2024 (AFP) - Fighters shelled the city.";
	pm_article_read(text, (uint32_t)strlen(text), a, &art);
	CHECK_INT(art.date, 20240513);        /* the date line comes first */
	CHECK_INT(art.dateline.date.day, 12);
	/* the body of a JSON line: its first paragraph loses its dateline */
	text = "KYIV, Ukraine, May 12, 2024 (AP) -- Drones hit the city.\n\nTwo died.";
	CHECK_INT(pm_article_read_body(text, (uint32_t)strlen(text), a, &art), 0);
	CHECK_INT(art.n_paras, 2);
	CHECK_INT((int)art.paras[0].start, (int)strlen("KYIV, Ukraine, May 12, 2024 (AP) -- "));
	CHECK_STR(art.dateline.place, "KYIV");
	CHECK_STR(art.dateline.region, "Ukraine");
	CHECK_INT(art.date, 20240512);
	CHECK_INT(art.paras[0].kind, PM_PARA_BODY);
	text = "Drones hit the city.\n\nKYIV (AP) -- Two died.";
	pm_article_read_body(text, (uint32_t)strlen(text), a, &art);
	CHECK_INT((int)art.paras[1].start, (int)strlen("Drones hit the city.\n\n"));
	CHECK(art.dateline.place == NULL);
}

/* Sentences that open like a dateline but are none. */
static void test_not_wire(pm_arena *a)
{
	static const char *const texts[] = {
		"The UN (OCHA) - a body - said so.",
		"Kabul (Xinhua) said nothing.",
		"Moscow, May 12 - Troops moved.",         /* mixed case, no year, no agency */
		"In Kabul, May 12 (local time) - a blast.",
		"May 12 (Reuters) - Troops moved.",
		"Rebels shelled the town (AFP).",
		"\xe2\x80\x9cWe will fight,\xe2\x80\x9d he said (AFP) - again.",
	};
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		pm_article art;
		pm_article_read(texts[i], (uint32_t)strlen(texts[i]), a, &art);
		CHECK_INT((int)art.paras[0].start, 0);
		CHECK(art.dateline.place == NULL);
	}
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
	CHECK_INT(pm_article_find_date("Friday, March 25, 2016 10:32 am", 31), 20160325);
	CHECK_INT(pm_article_find_date("Updated Feb 30, 2016", 20), 0);   /* no such day */
	CHECK_INT(pm_article_find_date("Updated 20160325", 16), 20160325);
	CHECK_INT(pm_article_find_date("Updated 20163025", 16), 0);
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
	test_wire_styles(&a);
	test_wire_document_date(&a);
	test_not_wire(&a);
	test_dates();
	pm_arena_free(&a);
	TEST_END();
}
