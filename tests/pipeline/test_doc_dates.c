/* test_doc_dates.c - the document date through pm_coder_code: an input date
 * in every form pm_date_parse reads, an impossible one refusing the
 * document, the wire dateline's date (the input's date wins over it, a
 * month or year the input gave is narrowed by it), and the dated actor
 * codes read on that date, and a headline and its lead dated alike when
 * a report weeks on dates only one of them. Uses the bundled dictionaries and tagger
 * model; skips, saying so, without them. */
#include <stdio.h>
#include <string.h>

#include "palmyra.h"
#include "../test.h"
#include "coder_testlib.h"

/* RSF: a state paramilitary (SDNMIL) until 14 April 2023, rebels after. */
#define S_RSF "The Rapid Support Forces attacked the Sudanese army."
/* One whose codes carry no date. */
#define S_PLAIN "Syrian regime forces attacked the rebels."

typedef struct {
	int n;
	char date[16], precision[16], source[32];
} S_got;

static int S_first(void *ctx, const pm_event *ev)
{
	S_got *g = ctx;
	if (!g->n++) {
		snprintf(g->date, sizeof(g->date), "%s", ev->date ? ev->date : "");
		snprintf(g->precision, sizeof(g->precision), "%s",
			 ev->date_precision ? ev->date_precision : "");
		snprintf(g->source, sizeof(g->source), "%s", ev->source.code ? ev->source.code : "");
	}
	return 0;
}

/* Codes text as kind with the input date given; returns pm_coder_code's
 * result and the first event in *g. */
static int S_code(pm_coder *c, int kind, const char *date, const char *text, S_got *g)
{
	pm_input in = PM_INPUT_INIT;
	in.kind = kind;
	in.id = "t";
	in.date = date;
	in.text = text;
	in.len = strlen(text);
	in.origin = "docs.jsonl:7";
	memset(g, 0, sizeof(*g));
	return pm_coder_code(c, &in, S_first, g);
}

/* The first event's date when text is coded with the input date given. */
static const char *S_date(pm_coder *c, int kind, const char *date, const char *text)
{
	static S_got g;
	if (S_code(c, kind, date, text, &g) < 0)
		return pm_error_last();
	return g.n ? g.date : "(no event)";
}

static void test_input_forms(pm_coder *c)
{
	static const char *const forms[] = {
		"2024-05-12", "2024-05-12T10:30:00Z", "2024-05-12T10:30:00+03:00", "2024-05-12 10:30",
		"20240512", "2024/05/12", "12 May 2024", "May 12, 2024", "12 May, 2024",
		"Sunday, 12 May 2024", "Sun, 12 May 2024 10:30:00 +0000", " 2024-05-12 ",
	};
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		const char *got = S_date(c, PM_INPUT_BODY, forms[i], S_RSF);
		CHECK_STR(got, "2024-05-12");
		if (strcmp(got, "2024-05-12"))
			fprintf(stderr, "    input date \"%s\"\n", forms[i]);
	}
	S_got g;
	CHECK_INT(S_code(c, PM_INPUT_BODY, "12 May 2024", S_RSF, &g), 0);
	CHECK_STR(g.precision, "document");
	CHECK_STR(g.source, "SDNREB");
	CHECK_INT(S_code(c, PM_INPUT_BODY, "2016-03-25", S_RSF, &g), 0);
	CHECK(g.n == 0 || !strcmp(g.source, "SDNMIL"));   /* in 2016 the RSF was the army's */
	/* a month or a year: no day to print, but actor codes read on it */
	CHECK_INT(S_code(c, PM_INPUT_BODY, "2024-05", S_RSF, &g), 0);
	CHECK_STR(g.date, "");
	CHECK_STR(g.source, "SDNREB");
	CHECK_INT(S_code(c, PM_INPUT_BODY, "2016", S_RSF, &g), 0);
	CHECK(g.n == 0 || !strcmp(g.source, "SDNMIL"));
}

static void test_invalid_refused(pm_coder *c)
{
	static const char *const bad[] = {"2016-02-30", "2024-13-01", "Monday, 12 May 2024",
					  "last week"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		pm_coder_stats before, after;
		pm_coder_stats_get(c, &before);
		S_got g;
		CHECK_INT(S_code(c, PM_INPUT_BODY, bad[i], S_RSF, &g), PM_EINVALID);
		CHECK_INT(g.n, 0);
		const char *msg = pm_error_last();
		CHECK(msg && !strncmp(msg, "docs.jsonl:7: invalid date: \"", 29));
		pm_coder_stats_get(c, &after);
		CHECK_INT(after.errors - before.errors, 1);
		CHECK_INT(after.documents - before.documents, 1);
		CHECK_INT(after.events - before.events, 0);
	}
	CHECK(strstr(S_date(c, PM_INPUT_BODY, "2016-02-30", S_RSF), "February 2016 has 29 days"));
	/* a record of the PETRARCH kind too */
	S_got g;
	CHECK_INT(S_code(c, PM_INPUT_SENTENCE, "20150229", S_RSF, &g), PM_EINVALID);
	/* a blank date is no date */
	CHECK_INT(S_code(c, PM_INPUT_BODY, "", S_RSF, &g), 0);
	CHECK_STR(g.date, "");
}

static void test_dateline(pm_coder *c)
{
	const char *text = "EL FASHER, Sudan, May 12, 2024 (Reuters) - " S_RSF;
	CHECK_STR(S_date(c, PM_INPUT_ARTICLE, NULL, text), "2024-05-12");
	S_got g;
	S_code(c, PM_INPUT_ARTICLE, NULL, text, &g);
	CHECK_STR(g.source, "SDNREB");
	/* the input's day wins over the dateline */
	CHECK_STR(S_date(c, PM_INPUT_ARTICLE, "2024-05-13", text), "2024-05-13");
	/* the body of a JSON line reads its dateline too */
	CHECK_STR(S_date(c, PM_INPUT_BODY, NULL, text), "2024-05-12");
	/* a dateline without a year takes it from the input's month or year */
	text = "KHARTOUM, May 12 (Reuters) - " S_RSF;
	CHECK_STR(S_date(c, PM_INPUT_BODY, "2024-05", text), "2024-05-12");
	CHECK_STR(S_date(c, PM_INPUT_BODY, "2024", text), "2024-05-12");
	CHECK_STR(S_date(c, PM_INPUT_BODY, "2024-06", text), "");   /* not inside: the input wins */
	text = "KHARTOUM, Dec. 31 (Reuters) - " S_RSF;
	CHECK_STR(S_date(c, PM_INPUT_BODY, "2024-01", text), "");
	/* no year anywhere: no date, rather than one guessed from the clock */
	CHECK_STR(S_date(c, PM_INPUT_ARTICLE, NULL, "DAMASCUS, May 12 (Reuters) - " S_PLAIN), "");
	CHECK_STR(S_date(c, PM_INPUT_ARTICLE, NULL, "DAMASCUS, May 12, 2024 (Reuters) - " S_PLAIN),
		  "2024-05-12");
	/* the dateline is not coded as words of the sentence */
	S_code(c, PM_INPUT_ARTICLE, NULL, "DAMASCUS, 2024-05-12 (SANA) - " S_RSF, &g);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.date, "2024-05-12");
}

/* The last event's date: "A day earlier, ..." counts from the day the
 * sentence before stated, and is day-precise. */
static int S_last(void *ctx, const pm_event *ev)
{
	S_got *g = ctx;
	g->n++;
	snprintf(g->date, sizeof(g->date), "%s", ev->date ? ev->date : "");
	snprintf(g->precision, sizeof(g->precision), "%s", ev->date_precision ? ev->date_precision : "");
	return 0;
}

/* (with enrichment, which reads the sentences' own dates) */
static void test_relative_day(void)
{
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	pm_coder *c;
	if (t_bundled_coder(&c, o) < 0) {
		CHECK(!"an enriching coder with the bundled dictionaries");
		return;
	}
	static const char text[] =
		"Syrian regime forces attacked the rebels in Aleppo on Friday. "
		"A day earlier, the rebels had attacked the army in Hama.";
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = "t";
	in.date = "2024-05-12";   /* a Sunday: Friday is the 10th */
	in.text = text;
	in.len = strlen(text);
	S_got g;
	memset(&g, 0, sizeof(g));
	CHECK_INT(pm_coder_code(c, &in, S_last, &g), 0);
	CHECK(g.n >= 2);
	CHECK_STR(g.date, "2024-05-09");
	CHECK_STR(g.precision, "day");
	/* with no day told before, a step back counts from the report's day */
	static const char first[] = "Two days earlier, the rebels had attacked the army in Hama.";
	in.text = first;
	in.len = strlen(first);
	memset(&g, 0, sizeof(g));
	CHECK_INT(pm_coder_code(c, &in, S_last, &g), 0);
	CHECK(g.n >= 1);
	CHECK_STR(g.date, "2024-05-10");
	CHECK_STR(g.precision, "day");
	/* and a step forward, from nothing told, leaves the document's day */
	static const char next[] = "A day later, the rebels attacked the army in Hama.";
	in.text = next;
	in.len = strlen(next);
	memset(&g, 0, sizeof(g));
	CHECK_INT(pm_coder_code(c, &in, S_last, &g), 0);
	CHECK(g.n >= 1);
	CHECK_STR(g.date, "2024-05-12");
	CHECK_STR(g.precision, "document");
	pm_coder_free(c);
}

/* Each event's date, by sentence: [0] the headline's, [1] the lead's. */
typedef struct {
	char date[2][16], precision[2][16];
} S_two;

static int S_by_sentence(void *ctx, const pm_event *ev)
{
	S_two *t = ctx;
	if (ev->sentence < 0 || ev->sentence > 1)
		return 0;
	snprintf(t->date[ev->sentence], sizeof(t->date[0]), "%s", ev->date ? ev->date : "");
	snprintf(t->precision[ev->sentence], sizeof(t->precision[0]), "%s",
		 ev->date_precision ? ev->date_precision : "");
	return 0;
}

static void S_titled(pm_coder *c, const char *title, const char *text, S_two *t)
{
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = "t";
	in.date = "2024-05-12";
	in.title = title;
	in.text = text;
	in.len = strlen(text);
	memset(t, 0, sizeof(*t));
	CHECK_INT(pm_coder_code(c, &in, S_by_sentence, t), 0);
}

/* A headline and its lead tell one happening: a report weeks on that
 * dates it in one of them only dates the other alike; within a week, by
 * a year, or in another kind of action, the other keeps its report's day. */
static void test_headline_recall(void)
{
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	pm_coder *c;
	if (t_bundled_coder(&c, o) < 0) {
		CHECK(!"an enriching coder with the bundled dictionaries");
		return;
	}
	S_two t;
	S_titled(c, "Soldiers kill 30 farmers near Homs",
		 "Army soldiers killed 30 farmers in the town of Homs in February, survivors told reporters.", &t);
	CHECK_STR(t.date[1], "2024-02");
	CHECK_STR(t.date[0], "2024-02");
	CHECK_STR(t.precision[0], "month");
	S_titled(c, "Soldiers killed 30 farmers near Homs on February 9",
		 "Army soldiers killed 30 farmers in the town of Homs, survivors told reporters.", &t);
	CHECK_STR(t.date[1], "2024-02-09");
	CHECK_STR(t.precision[1], "day");
	S_titled(c, "Soldiers kill 30 farmers near Homs",
		 "Army soldiers killed 30 farmers in the town of Homs on Tuesday, survivors told reporters.", &t);
	CHECK_STR(t.precision[0], "document");
	S_titled(c, "Soldiers kill 30 farmers near Homs",
		 "Army soldiers killed 30 farmers in the town of Homs in 2019, survivors told reporters.", &t);
	CHECK_STR(t.precision[0], "document");
	S_titled(c, "Rebels sign truce in Homs",
		 "Army soldiers killed 30 farmers in the town of Homs in February, survivors told reporters.", &t);
	CHECK_STR(t.precision[0], "document");
	pm_coder_free(c);
}

int main(void)
{
	if (!t_bundled_data(0))
		TEST_END();
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	o.enrich = 0;
	pm_coder *c;
	if (t_bundled_coder(&c, o) < 0) {
		CHECK(!"a coder with the bundled dictionaries");
		TEST_END();
	}
	test_input_forms(c);
	test_invalid_refused(c);
	test_dateline(c);
	test_relative_day();
	test_headline_recall();
	pm_coder_free(c);
	TEST_END();
}
