/* Each PETRARCH dictionary format, from small files written here. */
#include <stdlib.h>

#include "dict/cameo.h"
#include "dict/dict.h"
#include "../test.h"

static char S_dir[] = "/tmp/pm_dict_XXXXXX";
static char S_warnings[4096];
static int S_n_warnings;

static void S_warn(void *ctx, const char *msg)
{
	(void)ctx;
	S_n_warnings++;
	strncat(S_warnings, msg, sizeof(S_warnings) - strlen(S_warnings) - 2);
	strcat(S_warnings, "\n");
}

static const char *S_write(const char *name, const char *text)
{
	static char path[8][256];
	static int k;
	char *p = path[k++ % 8];
	snprintf(p, 256, "%s/%s", S_dir, name);
	FILE *f = fopen(p, "w");
	fputs(text, f);
	fclose(f);
	return p;
}

static int S_words(char *s, const char **w)
{
	int n = 0;
	for (char *sv = NULL, *t = strtok_r(s, " ", &sv); t; t = strtok_r(NULL, " ", &sv))
		w[n++] = t;
	return n;
}

static const char *S_actor(pm_dict *d, const char *phrase, int date, int *len)
{
	char buf[256];
	const char *w[32];
	snprintf(buf, sizeof(buf), "%s", phrase);
	int n = S_words(buf, w);
	const pm_actor_entry *e;
	*len = pm_dict_match_actor(d, w, n, &e);
	return *len ? pm_actor_code_on(e, date) : NULL;
}

static void test_actors(void)
{
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_warn, NULL);
	const char *path = S_write("a.actors.txt",
		"# a comment line\n"
		"<!-- a comment\n   spanning lines [XXX] -->\n"
		"RURITANIA_  [RUR]\n"
		"+RURITANIAN_\n"
		"+KINGDOM_OF_RURITANIA\n"
		"RUDOLF_RASSENDYLL_  # a ruler\n"
		"+KING_RUDOLF\n"
		"\t[RURELI 700101-951231]\n"
		"\t[RURGOV 960101-150630]\n"
		"\t[RURELI]\n"
		"ZENDA GUARD [RURMIL >200101]\n"
		"BROKEN_DATE [RURX 99x-1]\n"
		"STRELSAU\t[RURCAP]\n");
	CHECK_INT(pm_dict_load_actors(d, path), 0);
	int len;
	CHECK_STR(S_actor(d, "RURITANIA", 20200101, &len), "RUR");
	CHECK_STR(S_actor(d, "KINGDOM OF RURITANIA SAID", 20200101, &len), "RUR");
	CHECK_INT(len, 3);
	CHECK_STR(S_actor(d, "RURITANIAN", 0, &len), "RUR");
	/* date restrictions: a dated code that holds wins over the undated default */
	CHECK_STR(S_actor(d, "KING RUDOLF", 19990505, &len), "RURGOV");
	CHECK_STR(S_actor(d, "KING RUDOLF", 19900101, &len), "RURELI");
	CHECK_STR(S_actor(d, "RUDOLF RASSENDYLL", 20160101, &len), "RURELI");
	CHECK_STR(S_actor(d, "ZENDA GUARD", 20210101, &len), "RURMIL");
	CHECK(S_actor(d, "ZENDA GUARD", 19990101, &len) == NULL);
	CHECK_INT(len, 2);  /* the phrase still matches, with no code */
	/* the last entry of the file is kept (PETRARCH2 drops it) */
	CHECK_STR(S_actor(d, "STRELSAU", 0, &len), "RURCAP");
	/* the comment's bracket was not read as a code */
	CHECK(S_actor(d, "SPANNING LINES", 0, &len) == NULL);
	/* a bad date is reported with file:line and the rest loads */
	CHECK(strstr(S_warnings, "a.actors.txt:13: bad date") != NULL);
	int n;
	const pm_dict_report *r = pm_dict_reports(d, &n);
	CHECK_INT(n, 1);
	CHECK_STR(r[0].kind, "actors");
	CHECK_INT(r[0].entries, 8);
	CHECK_INT(r[0].errors, 1);
	pm_dict_free(d);
}

static int S_affiliation(void *ctx, const char *code, const char *of, int from, int to)
{
	char *out = ctx;
	size_t n = strlen(out);
	snprintf(out + n, 256 - n, "%s>%s %d-%d;", code, of, from, to);
	return 0;
}

/* "[CODE affiliate]": the group an entry is a branch of, beside its codes
 * and never coded. */
static void test_affiliations(void)
{
	pm_dict *d;
	pm_dict_new(&d);
	S_warnings[0] = '\0';
	S_n_warnings = 0;
	pm_dict_set_warn(d, S_warn, NULL);
	const char *path = S_write("b.actors.txt",
		"BLACK_MICHAEL_ [RURREB]\n"
		"\t[RURGRP affiliate]\n"
		"RUPERT_OF_HENTZAU [RURREB] [ZENELI affiliate <200101]\n"
		"SAPT_ [RURMIL]\n");
	CHECK_INT(pm_dict_load_actors(d, path), 0);
	CHECK_INT(S_n_warnings, 0);
	int len;
	/* the affiliation is not a code: the entry is coded as before */
	CHECK_STR(S_actor(d, "BLACK MICHAEL", 0, &len), "RURREB");
	CHECK_STR(S_actor(d, "BLACK MICHAEL", 20200101, &len), "RURREB");
	CHECK_STR(S_actor(d, "RUPERT OF HENTZAU", 19990101, &len), "RURREB");
	char seen[256] = "";
	CHECK_INT(pm_dict_each_affiliation(d, S_affiliation, seen), 0);
	CHECK_STR(seen, "RURREB>RURGRP 0-0;RURREB>ZENELI 0-20200101;");
	/* nor a change of role */
	CHECK_INT(pm_dict_each_change(d, NULL, NULL), 0);
	/* an entry's affiliation on a date */
	const char *w[] = {"RUPERT", "OF", "HENTZAU"};
	const pm_actor_entry *e;
	CHECK_INT(pm_dict_match_actor(d, w, 3, &e), 3);
	CHECK_STR(pm_actor_affiliate_on(e, 19990101), "ZENELI");
	CHECK(pm_actor_affiliate_on(e, 20210101) == NULL);
	CHECK_INT(pm_dict_match_actor(d, w, 1, &e), 0);
	pm_dict_free(d);
}

static void test_agents(void)
{
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_warn, NULL);
	const char *path = S_write("a.agents.txt",
		"!GUARDS! = GUARD, GUARDS, GUARDSMAN, GUARDSMEN\n"
		"TAX_COLLECTOR [~GOVTAX]\n"
		"COAST!GUARDS! [~MIL]\n"
		"POLICE {} [ ~COP]\n"
		"ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
		"MILITIA [~REB]\n"
		"RELIEF_WORKERS [NGO~]\n"
		"NO CODE HERE\n");
	CHECK_INT(pm_dict_load_agents(d, path), 0);
	const char *code = NULL;
	char buf[64];
	const char *w[8];
	struct { const char *phrase, *code; } cases[] = {
		{"TAX COLLECTORS", "~GOVTAX"}, {"COASTGUARDSMEN", "~MIL"}, {"POLICE", "~COP"},
		{"ATTORNEYS GENERAL", "~JUD"}, {"MILITIAS", "~REB"}, {"RELIEF WORKERS", "NGO~"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(buf, sizeof(buf), "%s", cases[i].phrase);
		int n = S_words(buf, w);
		code = NULL;
		CHECK_INT(pm_dict_match_agent(d, w, n, &code), n);
		CHECK_STR(code, cases[i].code);
	}
	snprintf(buf, sizeof(buf), "POLICES");   /* {} means no plural */
	CHECK_INT(pm_dict_match_agent(d, (const char *const[]){buf}, 1, &code), 0);
	CHECK(strstr(S_warnings, "a.agents.txt:8: agent line has no [CODE]") != NULL);
	pm_dict_free(d);
}

/* A block's patterns are kept most specific first, not in file order. */
static const pm_pattern *S_pattern_on_line(const pm_dict *d, const pm_verb_block *b, int line)
{
	for (int i = 0; i < b->n_patterns; i++)
		if (pm_dict_pattern(d, b->first_pattern + i)->line == line)
			return pm_dict_pattern(d, b->first_pattern + i);
	return NULL;
}

static void test_verbs(void)
{
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_warn, NULL);
	const char *path = S_write("a.verbs.txt",
		"<!-- synsets -->\n"
		"&WEAPON\n+ROCKET\n+MORTAR_SHELL\n+HOWITZER_\n\n"
		"&ARMS\n+&WEAPON\n+RIFLE\n"
		"####### VERB PATTERNS #######\n"
		"--- SHELL  [194]  ---\n"
		"SHELL\n"
		"POUND {POUNDS POUNDED POUNDING}\n"
		"+OPEN_FIRE [190]\n"
		"- * &ARMS AT [195]   # weapons named\n"
		"- * NEW_TALKS [046]\n"
		"- FAILED_TO * [---]\n"
		"- + WAS * BY $ [:175]\n"
		"<! a TABARI comment line that must not end the patterns\n"
		"- * HOSPITAL [1823]\n"
		"--- FLEE  [---]  ---\n"
		"FLEE {FLED FLEES FLEEING}\n"
		"--- SAY  [010]  ---\n"
		"SAY {SAID SAYS SAYING}\n"
		"--- ATTACK  [190]  ---\n"
		"ATTACK\n"
		"- * THE_BORDER [1 90]\n"
		"- BROKEN PATTERN [190]\n"
		"~ a (b . ATTACK) SAY = a b 112\n");
	CHECK_INT(pm_dict_load_verbs(d, path), 0);
	const pm_verb_form *f;
	CHECK_INT(pm_dict_verb_forms(d, "SHELLS", &f), 1);
	CHECK_STR(f[0].code, "194");
	CHECK_INT(pm_dict_verb_forms(d, "SHELLED", &f), 1);
	CHECK_INT(pm_dict_verb_forms(d, "SHELLING", &f), 1);
	CHECK_INT(pm_dict_verb_forms(d, "POUNDED", &f), 1);
	CHECK_INT(pm_dict_verb_forms(d, "POUNDEDS", &f), 0);  /* listed forms only */
	CHECK_INT(pm_dict_verb_forms(d, "FLED", &f), 1);
	CHECK_STR(f[0].code, "---");
	CHECK_INT(pm_dict_verb_forms(d, "OPENED", &f), 1);     /* particle verb */
	CHECK_INT(f[0].n_particles, 1);
	CHECK_STR(f[0].particles[0], "FIRE");
	CHECK_STR(f[0].code, "190");
	const pm_verb_block *b = pm_dict_block(d, f[0].block);
	CHECK_STR(b->name, "SHELL");
	CHECK_INT(b->n_patterns, 5);   /* the "<!" line did not end them */
	for (int i = 1; i < b->n_patterns; i++)
		CHECK(pm_dict_pattern(d, b->first_pattern + i - 1)->weight >=
		      pm_dict_pattern(d, b->first_pattern + i)->weight);
	const pm_pattern *p = S_pattern_on_line(d, b, 15);
	CHECK(p && S_pattern_on_line(d, b, 16) && S_pattern_on_line(d, b, 18));
	if (!p || !S_pattern_on_line(d, b, 16) || !S_pattern_on_line(d, b, 18))
		return;
	CHECK_STR(p->code, "195");
	CHECK_INT(p->n_after, 2);
	/* &ARMS holds &WEAPON's members and plurals, and its own */
	int found_rockets = 0, found_mortar = 0, found_howitzers = 0;
	for (int i = 0; i < p->after[0].n_alts; i++) {
		const pm_wordseq *q = &p->after[0].alts[i];
		found_rockets |= q->n == 1 && !strcmp(q->words[0], "ROCKETS");
		found_mortar |= q->n == 2 && !strcmp(q->words[1], "SHELL");
		found_howitzers |= q->n == 1 && !strcmp(q->words[0], "HOWITZERS");
	}
	CHECK(found_rockets && found_mortar && !found_howitzers);
	p = S_pattern_on_line(d, b, 16);
	CHECK_INT(p->after[1].adjacent, 1);   /* NEW_TALKS: adjacent */
	p = S_pattern_on_line(d, b, 18);
	CHECK_STR(p->code, "");
	CHECK_STR(p->code2, "175");
	CHECK_INT(p->before[1].role, PM_ELEM_TARGET);
	CHECK_INT(p->after[1].role, PM_ELEM_SOURCE);
	int n;
	const pm_transform *t = pm_dict_transforms(d, &n);
	CHECK_INT(n, 1);
	CHECK_STR(t[0].inner_code, "190");
	CHECK_STR(t[0].outer_code, "010");
	CHECK_STR(t[0].res_code, "112");
	CHECK(strstr(S_warnings, "a.verbs.txt:28: pattern has no '*'") != NULL);
	const pm_dict_report *r = pm_dict_reports(d, &n);
	CHECK_INT(r[0].patterns, 6);
	pm_dict_free(d);
}

static void test_discards_issues(void)
{
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_warn, NULL);
	CHECK_INT(pm_dict_load_discards(d, S_write("a.discards.txt",
		"BASKETBALL\nYEARS AGO # comment\n+HALFTIME SHOW\n")), 0);
	CHECK_INT(pm_dict_load_issues(d, S_write("a.issues.txt",
		"<ISSUE CATEGORY=\"HEALTH\">\nn:vaccine [VACCINATION]\nanti+vaccine [SKEPTIC]\n~shot in the arm\n")), 0);
	char s1[] = "THE TEAM PLAYED BASKETBALL", s2[] = "IT HAPPENED YEARS AGO", s3[] = "A HALFTIME SHOW",
	     s4[] = "TROOPS CROSSED THE BORDER";
	const char *w[16];
	CHECK_INT(pm_dict_discard(d, w, S_words(s1, w)), 1);   /* also at the end */
	CHECK_INT(pm_dict_discard(d, w, S_words(s2, w)), 1);
	CHECK_INT(pm_dict_discard(d, w, S_words(s3, w)), 2);
	CHECK_INT(pm_dict_discard(d, w, S_words(s4, w)), 0);
	char s5[] = "NEW VACCINES AND ANTI-VACCINE GROUPS", s6[] = "A VACCINE WAS A SHOT IN THE ARM";
	const char *codes[4];
	int counts[4];
	CHECK_INT(pm_dict_issues(d, w, S_words(s5, w), codes, counts, 4), 2);
	CHECK_STR(codes[0], "VACCINATION");
	CHECK_INT(counts[0], 1);
	CHECK_INT(pm_dict_issues(d, w, S_words(s6, w), codes, counts, 4), 0);
	pm_dict_free(d);
}

static void test_cameo(void)
{
	CHECK_STR(pm_cameo_find("190")->name, "use conventional military force");
	CHECK_INT(pm_cameo_find("190")->quad, 4);
	CHECK(pm_cameo_find("057")->goldstein > 7.0);
	CHECK_INT(pm_cameo_find("0231")->quad, 1);
	CHECK_INT(pm_cameo_find("14")->quad, 3);
	CHECK(pm_cameo_find("999") == NULL);
	CHECK(pm_cameo_find("19X") == NULL);
	/* every code of the codebook is found (its table must stay in order) */
	int found = 0;
	for (int i = 10; i <= 209; i++) {
		char code[4];
		snprintf(code, sizeof(code), "%03d", i);
		const pm_cameo *c = pm_cameo_find(code);
		if (c) {
			found++;
			CHECK_STR(c->code, code);
		}
	}
	CHECK_INT(found, 149);
}

static void test_missing_file(void)
{
	pm_dict *d;
	pm_dict_new(&d);
	CHECK(pm_dict_load_actors(d, "/nonexistent/x.txt") < 0);
	CHECK(strstr(pm_error_last(), "/nonexistent/x.txt") != NULL);
	pm_dict_free(d);
}

static void test_shared_sets(void)
{
	const char *dir = test_shared("peer/petrarch2/dictionaries/CAMEO.2.0.txt");
	if (!dir)
		return;
	char base[1024], path[1200];
	snprintf(base, sizeof(base), "%s", dir);
	*strrchr(base, '/') = '\0';
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_warn, NULL);
	const char *files[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
			       "Phoenix.MilNonState.actors.txt"};
	snprintf(path, sizeof(path), "%s/CAMEO.2.0.txt", base);
	CHECK_INT(pm_dict_load_verbs(d, path), 0);
	for (int i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/%s", base, files[i]);
		CHECK_INT(pm_dict_load_actors(d, path), 0);
	}
	snprintf(path, sizeof(path), "%s/Phoenix.agents.txt", base);
	CHECK_INT(pm_dict_load_agents(d, path), 0);
	int n;
	const pm_dict_report *r = pm_dict_reports(d, &n);
	CHECK_INT(n, 5);
	CHECK(r[0].patterns > 4600);     /* nearly all 4,668 pattern lines */
	CHECK(r[1].entries > 25000);
	char w1[] = "SYRIAN", w2[] = "ARMY";
	const char *w[2] = {w1, w2};
	const pm_actor_entry *e;
	const char *ag;
	CHECK_INT(pm_dict_match_actor(d, w, 2, &e), 1);
	CHECK_STR(pm_actor_code_on(e, 20150101), "SYR");
	CHECK_INT(pm_dict_match_agent(d, w + 1, 1, &ag), 1);
	CHECK_STR(ag, "~MIL");
	pm_dict_free(d);
}

/* Line ends: CRLF, and a NUL byte, which ends its line (what follows it
 * is read as the next line, counted as one). */
static void test_line_ends(void)
{
	static const char text[] = "ALPHA_ [AAA]\r\nBETA_\0TAU_ [TTT]\nGAMMA_ [CCC]\nBAD [X 1]\n";
	char path[256];
	snprintf(path, sizeof(path), "%s/ends.actors.txt", S_dir);
	FILE *f = fopen(path, "wb");
	fwrite(text, 1, sizeof(text) - 1, f);
	fclose(f);
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_warn, NULL);
	CHECK_INT(pm_dict_load_actors(d, path), 0);
	int len;
	CHECK_STR(S_actor(d, "ALPHA", 0, &len), "AAA");
	CHECK(S_actor(d, "BETA", 0, &len) == NULL);
	CHECK_INT(len, 1);
	CHECK_STR(S_actor(d, "TAU", 0, &len), "TTT");
	CHECK_STR(S_actor(d, "GAMMA", 0, &len), "CCC");
	CHECK(strstr(S_warnings, "ends.actors.txt:5: bad date") != NULL);
	pm_dict_free(d);
}

/* Tables sized beforehand, too small or far too large, hold the same
 * phrases as tables grown entry by entry. */
static void test_reserve(void)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/many.actors.txt", S_dir);
	FILE *f = fopen(path, "w");
	for (int i = 0; i < 3000; i++)
		fprintf(f, "PLACE%d_GROUP%d_UNIT%d [C%dX%d]\n", i % 97, i % 13, i, i % 97, i);
	fclose(f);
	const size_t sizes[] = {0, 1, 1 << 22};
	pm_dict *d[3];
	for (int k = 0; k < 3; k++) {
		pm_dict_new(&d[k]);
		pm_dict_reserve(d[k], sizes[k]);
		CHECK_INT(pm_dict_load_actors(d[k], path), 0);
	}
	int bad = 0;
	for (int i = 0; i < 3000; i++) {
		char phrase[64], want[32];
		snprintf(phrase, sizeof(phrase), "PLACE%d GROUP%d UNIT%d", i % 97, i % 13, i);
		snprintf(want, sizeof(want), "C%dX%d", i % 97, i);
		for (int k = 0; k < 3; k++) {
			int len;
			const char *got = S_actor(d[k], phrase, 0, &len);
			bad += !got || strcmp(got, want) || len != 3;
		}
	}
	CHECK_INT(bad, 0);
	for (int k = 0; k < 3; k++)
		pm_dict_free(d[k]);
}

int main(void)
{
	if (!mkdtemp(S_dir))
		return 1;
	test_actors();
	test_affiliations();
	test_agents();
	test_verbs();
	test_discards_issues();
	test_cameo();
	test_missing_file();
	test_shared_sets();
	test_line_ends();
	test_reserve();
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", S_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	if (test_failed)
		fprintf(stderr, "warnings seen:\n%s", S_warnings);
	TEST_END();
}
