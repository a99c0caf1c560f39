/* test_dates.c - date expressions resolved against the document date and
 * attached to the event verb. */
#include "../test.h"
#include "enrich_testlib.h"
#include "enrich/dates.h"

static t_sent T;
static pm_date_result R;

/* Resolves text with verb (NULL = unknown) against doc ("" = unknown). */
static const pm_date_result *D(const char *doc, const char *text, const char *verb)
{
	t_tokenize(&T, text);
	pm_coded_event ev = t_event(&T, verb);
	if (verb && ev.verb_token < 0)
		printf("test bug: no verb %s in: %s\n", verb, text);
	if (pm_dates_resolve(&T.s, &ev, pm_date_parse_iso(doc), &R) != 0)
		printf("resolve failed: %s\n", pm_error_last());
	return &R;
}

/* D with the subject all the words before the verb (as the coder gives it). */
static const pm_date_result *D_subj(const char *doc, const char *text, const char *verb)
{
	t_tokenize(&T, text);
	pm_coded_event ev = t_event(&T, verb);
	ev.src_first = 0;
	ev.src_last = (int16_t)(ev.verb_token - 1);
	if (pm_dates_resolve(&T.s, &ev, pm_date_parse_iso(doc), &R) != 0)
		printf("resolve failed: %s\n", pm_error_last());
	return &R;
}

#define DATE_SUBJ(doc, text, verb, want, prec) \
	do { \
		const pm_date_result *r_ = D_subj(doc, text, verb); \
		CHECK_STR(r_->date, want); \
		CHECK_STR(r_->precision_name, prec); \
	} while (0)

#define DATE(doc, text, verb, want, prec) \
	do { \
		const pm_date_result *r_ = D(doc, text, verb); \
		CHECK_STR(r_->date, want); \
		CHECK_STR(r_->precision_name, prec); \
	} while (0)

static void weekdays(void)
{
	const char *fri = "2016-03-25";
	DATE(fri, "Troops shelled the town on Thursday.", "shelled", "2016-03-24", "day");
	DATE(fri, "Troops shelled the town on Friday.", "shelled", "2016-03-25", "day");
	DATE(fri, "Troops shelled the town on Saturday.", "shelled", "2016-03-19", "day");
	DATE(fri, "Troops shelled the town last Friday.", "shelled", "2016-03-18", "day");
	DATE(fri, "The envoys will meet on Monday.", "meet", "2016-03-28", "day");
	DATE(fri, "The envoys will meet next Friday.", "meet", "2016-04-01", "day");
	DATE(fri, "The envoys met on Monday.", "met", "2016-03-21", "day");
	DATE(fri, "Jets struck on Thursday night.", "struck", "2016-03-24", "day");
	CHECK_STR(R.text, "Thursday night");
	DATE(fri, "Jets struck on Thursday, March 17.", "struck", "2016-03-17", "day");
	CHECK_STR(R.text, "Thursday, March 17");
}

static void deictic(void)
{
	const char *fri = "2016-03-25";
	DATE(fri, "Rebels attacked yesterday.", "attacked", "2016-03-24", "day");
	DATE(fri, "Rebels attacked today.", "attacked", "2016-03-25", "day");
	DATE(fri, "Rebels attacked overnight.", "attacked", "2016-03-24", "day");
	DATE(fri, "Rebels attacked last night.", "attacked", "2016-03-24", "day");
	DATE(fri, "Rebels attacked this morning.", "attacked", "2016-03-25", "day");
	DATE(fri, "Talks resume tomorrow.", "resume", "2016-03-26", "day");
	DATE(fri, "Rebels attacked the day before yesterday.", "attacked", "2016-03-23", "day");
	DATE(fri, "Rebels attacked three days ago.", "attacked", "2016-03-22", "day");
	DATE(fri, "Rebels attacked two weeks ago.", "attacked", "2016-03", "month");
	DATE(fri, "Rebels attacked last week.", "attacked", "2016-03", "month");
	CHECK_INT(R.start, 20160314);
	CHECK_INT(R.end, 20160320);
	DATE(fri, "Rebels attacked last month.", "attacked", "2016-02", "month");
	/* a week across a month's end is its middle day's month; the range stays */
	/* a toll's verb: its day is the toll's; a day in its subject is the happening's */
	DATE_SUBJ("2016-07-04", "The death toll from a truck bombing in central Baghdad climbed to 213 on Monday.",
	     "climbed", "2016-07-04", "document");
	DATE_SUBJ("2017-10-15", "The death toll from Saturday's truck bombing rose to 231 on Sunday.",
	     "rose", "2017-10-14", "day");
	DATE_SUBJ("2016-07-04", "Rebels climbed the hill on Monday.", "climbed", "2016-07-04", "day");
	/* "two weeks after" dates the clause after it, not the one before */
	DATE("2017-10-29", "The attack came two weeks after a truck bomb in the city killed 350 people.",
	     "killed", "2017-10", "month");
	CHECK_INT(R.start, 20171012);
	CHECK_INT(R.end, 20171018);
	DATE("2017-10-29", "The attack came two weeks after a truck bomb in the city killed 350 people.",
	     "came", "2017-10-29", "document");
	DATE("2017-10-29", "Rebels attacked a month after the truce.", "attacked", "2017-10-29",
	     "document");
	DATE("2020-01-08", "A drone strike killed him in Baghdad last week.", "killed", "2020-01",
	     "month");
	CHECK_INT(R.start, 20191230);
	CHECK_INT(R.end, 20200105);
	DATE("2016-04-06", "Rebels attacked last week.", "attacked", "2016-03", "month");
	DATE("2020-01-01", "Rebels attacked this week.", "attacked", "2019-12", "month");
	DATE(fri, "Rebels attacked earlier this month.", "attacked", "2016-03", "month");
	CHECK_STR(R.text, "earlier this month");
	DATE(fri, "Rebels attacked last year.", "attacked", "2015", "year");
	DATE("2016-01-10", "Rebels attacked last month.", "attacked", "2015-12", "month");
}

/* Relative wordings that a report of a happening days before gives. */
static void relative_wordings(void)
{
	const char *tue = "2019-03-12";
	/* the weekend just past, its Saturday; a Sunday's report, its own */
	DATE(tue, "Militia fighters stormed the village at the weekend.", "stormed", "2019-03-09",
	     "day");
	CHECK_STR(R.text, "the weekend");
	CHECK_INT(R.end, 20190310);
	DATE(tue, "Gunmen raided the camp over the weekend.", "raided", "2019-03-09", "day");
	DATE("2019-03-10", "Gunmen raided the camp over the weekend.", "raided", "2019-03-09", "day");
	DATE("2019-03-09", "Gunmen raided the camp over the weekend.", "raided", "2019-03-09", "day");
	DATE(tue, "Envoys will meet at the weekend.", "meet", "2019-03-16", "day");
	DATE(tue, "Envoys met the weekend before the vote.", "met", "2019-03-12", "document");
	/* a noun's relative clause dates the noun's happening */
	DATE(tue, "The minister deplored a drone strike that killed nine herders near the well earlier this week.",
	     "strike", "2019-03", "month");
	CHECK_INT(R.start, 20190311);
	CHECK_INT(R.end, 20190312);
	DATE(tue, "The minister deplored a drone strike that killed nine herders near the well last week.",
	     "strike", "2019-03", "month");
	CHECK_INT(R.start, 20190304);
	/* a verb's "that" clause is its own clause: its date is not the verb's */
	DATE(tue, "The minister said that troops shelled the well last week.", "said", "2019-03-12",
	     "document");
	/* a day straight after the telling, the document's own, is the
	 * telling's: the event may be the day before; a telling before the
	 * document's day is the best guess */
	DATE(tue, "A car bomb killed six soldiers near the base, the army said Tuesday.", "killed",
	     "2019-03-12", "document");
	DATE(tue, "Rebels overran two outposts in the hills, officials said on Tuesday.", "overran",
	     "2019-03-12", "document");
	DATE(tue, "Rebels overran two outposts in the hills, officials said on Monday.", "overran",
	     "2019-03-11", "day");
	DATE(tue, "Rebels overran two outposts on Sunday, officials said on Monday.", "overran",
	     "2019-03-10", "day");
	DATE(tue, "Officials said on Monday that rebels had overrun two outposts.", "said",
	     "2019-03-11", "day");
	/* "from" with a possessive is where a toll comes from, not a start:
	 * last week is told by the month of most of its days, as alone */
	DATE("2019-03-11", "The toll from last week's raid rose to 40.", "raid", "2019-03", "month");
	CHECK_INT(R.start, 20190304);
	CHECK_INT(R.end, 20190310);
	CHECK_INT(R.is_range, 0);
	DATE("2019-08-06", "The toll from last week's raid rose to 40.", "raid", "2019-08", "month");
	CHECK_INT(R.start, 20190729);
	/* a year that names a happening */
	DATE(tue, "The raid recalled the 2014 abduction of schoolgirls from the town.", "abduction",
	     "2014", "year");
	DATE(tue, "Crowds marked the anniversary of the 2011 uprising in the capital.", "uprising",
	     "2011", "year");
	/* a year before a count is no date */
	DATE(tue, "Officials said the 2000 troops withdrew.", "withdrew", "2019-03-12", "document");
}

static void months(void)
{
	const char *fri = "2016-03-25";
	DATE(fri, "IS seized Palmyra in May 2015.", "seized", "2015-05", "month");
	CHECK_INT(R.start, 20150501);
	CHECK_INT(R.end, 20150531);
	DATE(fri, "IS seized the town in September.", "seized", "2015-09", "month");
	DATE(fri, "IS seized the town in February.", "seized", "2016-02", "month");
	DATE(fri, "Elections will be held in September.", "held", "2016-09", "month");
	DATE(fri, "IS seized the town last September.", "seized", "2015-09", "month");
	DATE("2016-10-02", "IS seized the town last September.", "seized", "2016-09", "month");
	DATE(fri, "IS seized the town in mid-2015.", "seized", "2015", "year");
	DATE(fri, "IS seized the town in early 2014.", "seized", "2014", "year");
	DATE(fri, "IS seized the town in 2014.", "seized", "2014", "year");
	DATE("2016-09-10", "Ships collided in May last year.", "collided", "2015-05", "month");
	/* "of last year" after a month or a day names that month's year, not
	 * the year alone: the month is kept */
	DATE("2016-09-10", "Ships collided in May of last year.", "collided", "2015-05", "month");
	DATE("2016-09-10", "Ships collided in early June of this year.", "collided", "2016-06",
	     "month");
	DATE("2016-09-10", "Ships collided on June 4 of last year.", "collided", "2015-06-04", "day");
	DATE("2016-09-10", "Ships collided on the 4th of June of last year.", "collided",
	     "2015-06-04", "day");
	/* "May" the modal and "march" the verb are not months */
	D(fri, "Rebels May attack the town, and thousands march in Paris.", "attack");
	CHECK_INT(R.n_found, 0);
	CHECK_STR(R.precision_name, "document");
}

static void explicit_dates(void)
{
	const char *fri = "2016-03-25";
	DATE(fri, "Troops entered Palmyra on March 24, 2016.", "entered", "2016-03-24", "day");
	CHECK_STR(R.text, "March 24, 2016");
	DATE(fri, "Troops entered Palmyra on 24 March 2016.", "entered", "2016-03-24", "day");
	DATE(fri, "Troops entered Palmyra on March 24.", "entered", "2016-03-24", "day");
	DATE(fri, "Troops entered Palmyra on March 30.", "entered", "2015-03-30", "day");
	DATE(fri, "Troops entered Palmyra on Sept. 5.", "entered", "2015-09-05", "day");
	DATE(fri, "Troops entered Palmyra on 2016-03-24.", "entered", "2016-03-24", "day");
	DATE(fri, "Troops entered Palmyra on the 24th.", "entered", "2016-03-24", "day");
	DATE(fri, "Troops entered Palmyra on the 28th.", "entered", "2016-02-28", "day");
	DATE(fri, "Troops entered Palmyra on the 24th of March.", "entered", "2016-03-24", "day");
	DATE(fri, "Troops entered Palmyra on February 29, 2016.", "entered", "2016-02-29", "day");
	/* impossible days are not dates */
	DATE(fri, "Troops entered Palmyra on February 30, 2016.", "entered", "2016-03-25",
	     "document");
}

static void ranges(void)
{
	const char *fri = "2016-03-25";
	DATE(fri, "Rebels have held the town since September 2014.", "held", "2014-09", "month");
	CHECK_STR(R.text, "since September 2014");
	CHECK_INT(R.is_range, 1);
	CHECK_INT(R.start, 20140901);
	CHECK_INT(R.end, 20160325);
	DATE(fri, "Between May and July, troops lost ground.", "lost", "2015-05", "month");
	CHECK_INT(R.end, 20150731);
	CHECK_STR(R.text, "Between May and July");
	DATE(fri, "From March 1 to March 5, jets struck the city.", "struck", "2016-03-01", "day");
	CHECK_INT(R.end, 20160305);
}

static void attachment(void)
{
	const char *fri = "2016-03-25";
	const char *s = "The terrorists seized Palmyra in May 2015, since Russia intervened in "
			"September.";
	DATE(fri, s, "seized", "2015-05", "month");
	DATE(fri, s, "intervened", "2015-09", "month");
	DATE(fri, "Troops retook Palmyra, which IS seized in May 2015.", "retook", fri, "document");
	/* a when-clause after a date happened then */
	DATE(fri, "The militants had held the city since May last year, when they overran it.",
	     "overran", "2015-05", "month");
	DATE(fri, "Rebels held the city in May, when the army shelled it.", "shelled", "2015-05",
	     "month");
	/* "this year" counting happenings does not date one of them */
	DATE(fri, "A bombing kills 125 in the deadliest attack this year.", "kills", fri, "document");
	DATE(fri, "The pipeline was attacked 23 times so far this year.", "attacked", fri,
	     "document");
	DATE(fri, "Militants have killed 1,700 people this year.", "killed", "2016", "year");
	T.s.is_headline = 1;
	pm_coded_event hev = t_event(&T, "killed");
	CHECK_INT(pm_dates_resolve(&T.s, &hev, pm_date_parse_iso(fri), &R), 0);
	CHECK_STR(R.precision_name, "document");
	T.s.is_headline = 0;
	DATE(fri, "Aid workers delivered the first supplies since October to the town.",
	     "delivered", fri, "document");
	DATE(fri, "Rebels have held the town since October.", "held", "2015-10", "month");
	DATE(fri, "Since Russia intervened in September, the army has retaken Palmyra.", "retaken",
	     fri, "document");
	/* a date in an apposition's own clause ("a town held by X since ...") */
	DATE(fri, "Azerbaijani forces captured Hadrut, a town held by Armenian forces since 1994.",
	     "captured", fri, "document");
	/* "since X" in an apposition says how long the noun has been so */
	DATE(fri, "Troops seized Maaret al-Numan, the second town of the province and a rebel "
	     "bastion since 2012.", "seized", fri, "document");
	DATE(fri, "Militants killed him in Mukalla, the port city the group has held since April.",
	     "killed", fri, "document");
	DATE(fri, "Troops retook Tadmur, the city seized by IS in May 2015, on Sunday.", "retook",
	     "2016-03-20", "day");
	DATE(fri, "Rebels attacked the convoy, backed by drones, on Monday.", "attacked",
	     "2016-03-21", "day");
	DATE(fri, "Rebels attacked the convoy backed by drones on Monday.", "attacked",
	     "2016-03-21", "day");
	DATE(fri, "IS seized Palmyra in May and destroyed its temples in August.", "destroyed",
	     "2015-08", "month");
	/* unknown verb: the first expression */
	DATE(fri, "IS seized Palmyra in May and destroyed its temples in August.", NULL, "2015-05",
	     "month");
	/* with tags, the tagger's verbs mark the clauses */
	t_tokenize(&T, "Palmyra , which IS seized in May 2015 , was retaken on Sunday .");
	const char *tags[] = {"NNP", ",", "WDT", "NNP", "VBD", "IN", "NNP", "CD", ",", "VBD",
			      "VBN", "IN", "NNP", "."};
	for (int i = 0; i < T.s.n_tokens && i < 14; i++)
		snprintf(T.toks[i].tag, sizeof(T.toks[i].tag), "%s", tags[i]);
	pm_coded_event ev = t_event(&T, "retaken");
	CHECK_INT(pm_dates_resolve(&T.s, &ev, 20160325, &R), 0);
	CHECK_STR(R.date, "2016-03-20");
	ev = t_event(&T, "seized");
	CHECK_INT(pm_dates_resolve(&T.s, &ev, 20160325, &R), 0);
	CHECK_STR(R.date, "2015-05");
}

static void edges(void)
{
	DATE("", "Troops shelled the town on Thursday.", "shelled", "", "");
	CHECK_INT(R.precision, PM_DATE_NONE);
	DATE("", "IS seized Palmyra in May 2015.", "seized", "2015-05", "month");
	DATE("2016-03-25", "Troops shelled the town.", "shelled", "2016-03-25", "document");
	CHECK_STR(R.text, "");
	CHECK_INT(R.first, -1);
	CHECK_INT(pm_dates_resolve(NULL, NULL, 0, &R), PM_EINVALID);
	CHECK_INT(pm_dates_resolve_at(NULL, 0, -1, -1, 0, &R), PM_EINVALID);
	/* without byte spans the text is rebuilt from the tokens */
	t_tokenize(&T, "Troops entered Palmyra on March 24, 2016.");
	for (int i = 0; i < T.s.n_tokens; i++)
		T.toks[i].len = 0;
	CHECK_INT(pm_dates_resolve_at(&T.s, 1, -1, -1, 20160325, &R), 0);
	CHECK_STR(R.text, "March 24, 2016");
	/* more expressions than we keep, and a verb index out of range */
	char big[2048] = "Jets struck";
	for (int i = 0; i < 40; i++)
		strcat(big, " on Monday and");
	strcat(big, " on Friday.");
	t_tokenize(&T, big);
	CHECK_INT(pm_dates_resolve_at(&T.s, 1, -1, -1, 20160325, &R), 0);
	CHECK_STR(R.date, "2016-03-21");
	CHECK_INT(pm_dates_resolve_at(&T.s, 9999, -1, -1, 20160325, &R), 0);
	CHECK_STR(R.date, "2016-03-21");
}

/* An opening "a day earlier", "the next day": an offset from the day the
 * sentence before told; only as the opening phrase. */
static int REL(const char *text, int *off, char *words)
{
	t_tokenize(&T, text);
	return pm_dates_relative_day(&T.s, off, words, 96);
}

static void relative_days(void)
{
	int off = 99;
	char w[96];
	CHECK_INT(REL("A day earlier , the militants had seized Konna .", &off, w), 1);
	CHECK_INT(off, -1);
	CHECK_STR(w, "A day earlier");
	CHECK_INT(REL("Two days later , rebels attacked Diabaly .", &off, w), 1);
	CHECK_INT(off, 2);
	CHECK_INT(REL("The next day , rebels attacked Diabaly .", &off, w), 1);
	CHECK_INT(off, 1);
	CHECK_INT(REL("The day before , gunmen attacked a bus .", &off, w), 1);
	CHECK_INT(off, -1);
	CHECK_INT(REL("Hours earlier , a missile hit the station .", &off, w), 1);
	CHECK_INT(off, 0);
	/* up to a month of days; beyond, a "days" count is loose */
	CHECK_INT(REL("Twelve days earlier , a shell struck the school .", &off, w), 1);
	CHECK_INT(off, -12);
	CHECK_INT(REL("Thirty days later , a shell struck the school .", &off, w), 1);
	CHECK_INT(off, 30);
	CHECK_INT(REL("Forty days later , a shell struck the school .", &off, w), 0);
	/* counted from something else, or not at the opening */
	CHECK_INT(REL("A day before the vote , gunmen attacked a bus .", &off, w), 0);
	CHECK_INT(REL("Rebels attacked the town a day earlier .", &off, w), 0);
	CHECK_INT(REL("Some days later , rebels attacked Diabaly .", &off, w), 0);
}

/* A step counted back from the report's day: days are day-precise, a week
 * is its seven days (month precision); a step forward from a past report
 * says nothing, and "the day before the vote" counts from the vote. */
static void relative_steps(void)
{
	const char *wed = "2019-06-12";
	DATE(wed, "Two days earlier, militia fighters burned the market.", "burned", "2019-06-10", "day");
	CHECK_STR(R.text, "Two days earlier");
	DATE(wed, "Militia fighters burned the market three days before.", "burned", "2019-06-09", "day");
	DATE(wed, "Militia fighters burned the market the previous day.", "burned", "2019-06-11", "day");
	DATE(wed, "Militia fighters burned the market the day before, in the north.", "burned",
	     "2019-06-11", "day");
	DATE(wed, "Militia fighters burned the market a week earlier.", "burned", "2019-06", "month");
	CHECK_INT(R.start, 20190602);
	CHECK_INT(R.end, 20190608);
	DATE(wed, "Militia fighters burned the market the day before the vote.", "burned", wed,
	     "document");
	DATE(wed, "Militia fighters burned the market a day later.", "burned", wed, "document");
	DATE(wed, "Militia fighters burned the market the following day.", "burned", wed, "document");
	DATE(wed, "Militia fighters burned the market a year earlier.", "burned", wed, "document");
	DATE(wed, "The envoys will meet the following day.", "meet", "2019-06-13", "day");
	/* "the eve of" a named day is the day before it; of an undated noun, nothing */
	DATE(wed, "Militia fighters burned the market on the eve of Monday's vote.", "burned",
	     "2019-06-09", "day");
	DATE(wed, "Militia fighters burned the market on the eve of the vote.", "burned", wed,
	     "document");
	/* "N days after" dates the clause after it, as long before the report */
	DATE(wed, "The protest came two days after a mortar round hit the school.", "hit", "2019-06-10",
	     "day");
	DATE(wed, "The protest came two days after a mortar round hit the school.", "came", wed,
	     "document");
	/* counted from the day the clause before tells, when it tells one */
	DATE(wed, "Rebels took the airport on Monday, a day after the garrison fled it.", "fled",
	     "2019-06-09", "day");
	/* "since 2001" is a date's preposition, no clause between verb and date */
	DATE(wed, "Rebels seized the port, their largest prize since 2012, after a raid on Monday.",
	     "seized", "2019-06-10", "day");
	DATE(wed, "Rebels seized the port, which they had lost since the army came, on Monday.",
	     "seized", wed, "document");
	/* a when-clause straight after the verb tells how, and when, it came about */
	DATE(wed, "Nine miners died when a shell struck their truck near the pit on Monday.", "died",
	     "2019-06-10", "day");
	DATE(wed, "Nine miners died when a shell struck, which it did after the vote on Monday.",
	     "died", wed, "document");
	/* the clause that "after" opens ends at its comma */
	DATE(wed, "Rebels left the airport on Monday, a day after taking it, and troops returned.",
	     "returned", "2019-06-10", "day");
}

int main(void)
{
	relative_steps();
	relative_days();
	weekdays();
	deictic();
	relative_wordings();
	months();
	explicit_dates();
	ranges();
	attachment();
	edges();
	TEST_END();
}
