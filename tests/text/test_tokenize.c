/* test_tokenize.c - PTB tokens and sentence boundaries on news text, with
 * the hard cases: abbreviations, numbers, hyphens, contractions, curly
 * quotes, dashes, non-breaking spaces and headline lines. */
#include <string.h>

#include "text/tokenize.h"
#include "../test.h"

/* The tokens of s joined by '|'. */
static const char *S_tokens(pm_arena *a, const char *s)
{
	pm_token *t;
	int n = pm_tokenize(s, 0, (uint32_t)strlen(s), a, &t);
	static char buf[2048];
	buf[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (i)
			strcat(buf, "|");
		strcat(buf, t[i].text);
	}
	return buf;
}

/* The sentences of s, their texts joined by " // ". */
static const char *S_sentences(pm_arena *a, const char *s)
{
	pm_doc doc;
	memset(&doc, 0, sizeof(doc));
	pm_text_add_sentences(&doc, s, 0, (uint32_t)strlen(s), 0, a);
	static char buf[4096];
	buf[0] = '\0';
	for (int i = 0; i < doc.n_sents; i++) {
		if (i)
			strcat(buf, " // ");
		strcat(buf, doc.sents[i].text);
	}
	return buf;
}

static void test_words(pm_arena *a)
{
	CHECK_STR(S_tokens(a, "Syria's army didn't retreat."), "Syria|'s|army|did|n't|retreat|.");
	CHECK_STR(S_tokens(a, "They can't and won't."), "They|ca|n't|and|wo|n't|.");
	CHECK_STR(S_tokens(a, "the Kurdish-led SDF and regime-run TV"), "the|Kurdish-led|SDF|and|regime-run|TV");
	CHECK_STR(S_tokens(a, "pro- and anti-government crowds, an anti- Assad rally"),
		  "pro-|and|anti-government|crowds|,|an|anti-|Assad|rally");
	CHECK_STR(S_tokens(a, "north - and south"), "north|-|and|south");
	CHECK_STR(S_tokens(a, "Kurdish-\nled"), "Kurdish|-|led");
	CHECK_STR(S_tokens(a, "the Prince of Dol_Amroth, _ and snake_case_"), "the|Prince|of|Dol|Amroth|,|_|and|snake|case|_");
	CHECK_STR(S_tokens(a, "over 3,650 air strikes, 2.5 km away"), "over|3,650|air|strikes|,|2.5|km|away");
	CHECK_STR(S_tokens(a, "the 3rd brigade and 1,000,000 people"), "the|3rd|brigade|and|1,000,000|people");
	CHECK_STR(S_tokens(a, "in 2015, 12 died"), "in|2015|,|12|died");
	CHECK_STR(S_tokens(a, "the U.S. and Gen. Mattis"), "the|U.S.|and|Gen.|Mattis");
	CHECK_STR(S_tokens(a, "George W. Bush"), "George|W.|Bush");
	CHECK_STR(S_tokens(a, "the rebels' positions"), "the|rebels|'|positions");
	CHECK_STR(S_tokens(a, "they're sure we've won, I'm told"), "they|'re|sure|we|'ve|won|,|I|'m|told");
	CHECK_STR(S_tokens(a, "Ma'arrat al-Numan and O'Brien"), "Ma'arrat|al-Numan|and|O'Brien");
	CHECK_STR(S_tokens(a, "(Reuters) - Troops"), "(|Reuters|)|-|Troops");
}

static void test_unicode(pm_arena *a)
{
	CHECK_STR(S_tokens(a, "\xe2\x80\x9cWe will win,\xe2\x80\x9d he said"), "``|We|will|win|,|''|he|said");
	CHECK_STR(S_tokens(a, "Syria\xe2\x80\x99s army didn\xe2\x80\x99t"), "Syria|'s|army|did|n't");
	CHECK_STR(S_tokens(a, "Aleppo \xe2\x80\x94 the city"), "Aleppo|--|the|city");
	CHECK_STR(S_tokens(a, "Aleppo--the city"), "Aleppo|--|the|city");
	CHECK_STR(S_tokens(a, "5\xc2\xa0km north"), "5|km|north");
	CHECK_STR(S_tokens(a, "Deir ez-Zor, Sana\xca\xbf\x61"), "Deir|ez-Zor|,|Sana\xca\xbf\x61");
	CHECK_STR(S_tokens(a, "T\xc3\xbcrkiye and Bo\xc4\x9f\x61zi\xc3\xa7i"), "T\xc3\xbcrkiye|and|Bo\xc4\x9f\x61zi\xc3\xa7i");
	CHECK_STR(S_tokens(a, "\"Stop,\" she said"), "``|Stop|,|''|she|said");
	CHECK_STR(S_tokens(a, "wait\xe2\x80\xa6 then"), "wait|...|then");

	pm_token *t;
	int n = pm_tokenize("T\xc3\xbcrkiye", 0, 8, a, &t);
	CHECK_INT(n, 1);
	CHECK_STR(t[0].upper, "T\xc3\x9cRKIYE");
	CHECK_INT((int)t[0].start, 0);
	CHECK_INT((int)t[0].len, 8);
}

static void test_sentences(pm_arena *a)
{
	CHECK_STR(S_sentences(a, "Troops advanced. Rebels fled!"), "Troops advanced. // Rebels fled!");
	CHECK_STR(S_sentences(a, "Gen. Mattis met Mr. Smith in Jan. 2017 in Washington."),
		  "Gen. Mattis met Mr. Smith in Jan. 2017 in Washington.");
	CHECK_STR(S_sentences(a, "He flew to the U.S. The talks failed."),
		  "He flew to the U.S. // The talks failed.");
	CHECK_STR(S_sentences(a, "He flew to the U.S. Navy base."), "He flew to the U.S. Navy base.");
	CHECK_STR(S_sentences(a, "Prices rose 2.5 percent. Then they fell."),
		  "Prices rose 2.5 percent. // Then they fell.");
	CHECK_STR(S_sentences(a, "\"We will fight.\" The rebels said so."),
		  "\"We will fight.\" // The rebels said so.");
	CHECK_STR(S_sentences(a, "It ended (finally.) Then peace."), "It ended (finally.) // Then peace.");
	CHECK_STR(S_sentences(a, "Is it over? yes, it is."), "Is it over? yes, it is.");
	CHECK_STR(S_sentences(a, "Troops retake Palmyra"), "Troops retake Palmyra");
	CHECK_STR(S_sentences(a, "12 died. 40 were hurt."), "12 died. // 40 were hurt.");
	CHECK_STR(S_sentences(a, "Clashes went on\nfor days. Then calm."), "Clashes went on for days. // Then calm.");
}

int main(void)
{
	pm_arena a;
	pm_arena_init(&a, 1 << 16);
	test_words(&a);
	test_unicode(&a);
	test_sentences(&a);
	pm_arena_free(&a);
	TEST_END();
}
