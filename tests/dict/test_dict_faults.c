/* Dictionary files that are missing, not files, or malformed in ways that
 * used to lose entries silently or run into undefined behaviour (the
 * latter fail under `make asan` / `make asan-clang`, whose UBSan stops at
 * the first report). */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "dict/dict.h"
#include "dict/lint.h"
#include "../test.h"

static char S_dir[] = "/tmp/pm_dictf_XXXXXX";
static char S_warnings[8192];
static int S_n_warnings;

static void S_warn(void *ctx, const char *msg)
{
	(void)ctx;
	S_n_warnings++;
	strncat(S_warnings, msg, sizeof(S_warnings) - strlen(S_warnings) - 2);
	strcat(S_warnings, "\n");
}

static void S_reset(void)
{
	S_warnings[0] = '\0';
	S_n_warnings = 0;
}

static const char *S_write(const char *name, const char *text, size_t len)
{
	static char path[8][256];
	static int k;
	char *p = path[k++ % 8];
	snprintf(p, 256, "%s/%s", S_dir, name);
	FILE *f = fopen(p, "wb");
	fwrite(text, 1, len, f);
	fclose(f);
	return p;
}

static pm_dict *S_new(void)
{
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_warn, NULL);
	S_reset();
	return d;
}

static const char *S_code_of(pm_dict *d, const char *word, int date)
{
	const char *w[1] = {word};
	const pm_actor_entry *e;
	return pm_dict_match_actor(d, w, 1, &e) ? pm_actor_code_on(e, date) : NULL;
}

static const pm_dict_report *S_row(pm_dict *d, int i)
{
	int n;
	const pm_dict_report *rows = pm_dict_reports(d, &n);
	return i < n ? &rows[i] : NULL;
}

/* A directory or a missing file is refused by every loader, with the
 * path and the kind in the message; a directory used to be read as a
 * file of 2^63 bytes (actors, agents) or as an empty one (verbs). */
static void test_not_files(void)
{
	int (*load[5])(pm_dict *, const char *) = {pm_dict_load_verbs, pm_dict_load_actors,
						    pm_dict_load_agents, pm_dict_load_discards,
						    pm_dict_load_issues};
	const char *kind[5] = {"verbs", "actors", "agents", "discards", "issues"};
	char missing[300];
	snprintf(missing, sizeof(missing), "%s/nosuchfile", S_dir);
	for (int i = 0; i < 5; i++) {
		pm_dict *d = S_new();
		int rc = load[i](d, S_dir);
		CHECK(rc < 0);
		char want[64];
		snprintf(want, sizeof(want), "is a directory, not a %s dictionary", kind[i]);
		CHECK(pm_error_last() && strstr(pm_error_last(), want) && strstr(pm_error_last(), S_dir));
		CHECK_INT(load[i](d, missing), PM_ENOTFOUND);
		CHECK(pm_error_last() && strstr(pm_error_last(), "nosuchfile") &&
		      strstr(pm_error_last(), kind[i]));
		int n;
		pm_dict_reports(d, &n);
		CHECK_INT(n, 0);
		pm_dict_free(d);
	}
}

/* "<!--" never closed: said with its line, and the entries after it are
 * read (it used to hide the rest of the file: 1,427 entries became 5). */
static void test_unclosed_comment(void)
{
	pm_dict *d = S_new();
	const char actors[] = "ALPHA [AAA]\n<!-- an opener never closed\nBETA [BBB]\nGAMMA [GGG]\n"
			      "DELTA [DDD]\n";
	CHECK_INT(pm_dict_load_actors(d, S_write("c.actors.txt", actors, sizeof(actors) - 1)), 0);
	CHECK_INT(S_n_warnings, 1);
	CHECK(strstr(S_warnings, "c.actors.txt:2: '<!--' is never closed") != NULL);
	CHECK_STR(S_code_of(d, "ALPHA", 0), "AAA");
	CHECK_STR(S_code_of(d, "BETA", 0), "BBB");
	CHECK_STR(S_code_of(d, "GAMMA", 0), "GGG");
	CHECK_STR(S_code_of(d, "DELTA", 0), "DDD");
	CHECK(S_row(d, 0) && S_row(d, 0)->entries == 4 && S_row(d, 0)->errors == 1);
	pm_dict_free(d);

	/* A comment spanning lines, closed, still hides what it holds. */
	d = S_new();
	const char spans[] = "ALPHA [AAA]\n<!-- from here\nBETA [BBB]\n to here -->\nGAMMA [GGG]\n";
	CHECK_INT(pm_dict_load_actors(d, S_write("s.actors.txt", spans, sizeof(spans) - 1)), 0);
	CHECK_INT(S_n_warnings, 0);
	CHECK(S_code_of(d, "BETA", 0) == NULL);
	CHECK_STR(S_code_of(d, "GAMMA", 0), "GGG");
	pm_dict_free(d);

	/* The verbs reader too. */
	d = S_new();
	const char verbs[] = "--- ATTACK [190] ---\nATTACK\n<!-- never closed\n--- PROTEST [140] ---\n"
			     "PROTEST\n- * AGAINST + [141]\n";
	CHECK_INT(pm_dict_load_verbs(d, S_write("c.verbs.txt", verbs, sizeof(verbs) - 1)), 0);
	CHECK(strstr(S_warnings, "c.verbs.txt:3: '<!--' is never closed") != NULL);
	const pm_verb_form *f;
	CHECK(pm_dict_verb_forms(d, "PROTESTED", &f) == 1 && !strcmp(pm_dict_block(d, f->block)->code, "140"));
	CHECK(S_row(d, 0) && S_row(d, 0)->patterns == 1);
	pm_dict_free(d);

	/* Other dictionary kinds share the reader. */
	d = S_new();
	const char discards[] = "<!-- never closed\nWEATHER FORECAST\n";
	CHECK_INT(pm_dict_load_discards(d, S_write("c.discards.txt", discards, sizeof(discards) - 1)), 0);
	CHECK(strstr(S_warnings, "c.discards.txt:1: '<!--' is never closed") != NULL);
	CHECK(S_row(d, 0) && S_row(d, 0)->entries == 1);
	pm_dict_free(d);
}

/* A NUL byte ends a line, not the file. */
static void test_nul_byte(void)
{
	pm_dict *d = S_new();
	const char actors[] = "ALPHA [AAA]\nBE\0TA [BBB]\nGAMMA [GGG]\n";
	CHECK_INT(pm_dict_load_actors(d, S_write("n.actors.txt", actors, sizeof(actors) - 1)), 0);
	CHECK_STR(S_code_of(d, "GAMMA", 0), "GGG");
	pm_dict_free(d);
}

/* Date restrictions: a run of digits longer than a date used to overflow
 * an int (UBSan: signed integer overflow); a month or day that cannot be
 * is refused too. The entry keeps its other codes. */
static void test_dates(void)
{
	pm_dict *d = S_new();
	const char actors[] = "SYRIA [SYR]\n"
			      "\t[SYRGOV >12345678901]\n"
			      "\t[SYRMIL 99999999999999999999-20100101]\n"
			      "\t[SYRREB >991399]\n"
			      "\t[SYRCVL <20101340]\n"
			      "\t[SYROPP >20100101]\n";
	CHECK_INT(pm_dict_load_actors(d, S_write("d.actors.txt", actors, sizeof(actors) - 1)), 0);
	CHECK_INT(S_n_warnings, 4);
	CHECK(strstr(S_warnings, "d.actors.txt:2: bad date restriction '>12345678901'") != NULL);
	CHECK(strstr(S_warnings, "d.actors.txt:4: bad date restriction '>991399'") != NULL);
	CHECK(strstr(S_warnings, "d.actors.txt:5: bad date restriction '<20101340'") != NULL);
	CHECK_STR(S_code_of(d, "SYRIA", 20120101), "SYROPP");
	CHECK_STR(S_code_of(d, "SYRIA", 20000101), "SYR");
	pm_dict_free(d);
}

/* A verb block with no pattern, in a file with no pattern at all: the
 * pattern sort used to add an offset to a NULL array (clang UBSan:
 * "applying zero offset to null pointer"). A synset with no members used
 * to be memcpy'd from NULL. */
static void test_empty_blocks(void)
{
	pm_dict *d = S_new();
	const char verbs[] = "--- ATTACK [190] ---\nATTACK\n--- PROTEST [140] ---\nPROTEST\n";
	CHECK_INT(pm_dict_load_verbs(d, S_write("e.verbs.txt", verbs, sizeof(verbs) - 1)), 0);
	const pm_verb_form *f;
	CHECK_INT(pm_dict_verb_forms(d, "ATTACKED", &f), 1);
	CHECK(S_row(d, 0) && S_row(d, 0)->patterns == 0 && S_row(d, 0)->errors == 0);
	pm_dict_free(d);

	d = S_new();
	const char synset[] = "&EMPTY\n--- ATTACK [190] ---\nATTACK\n- * &EMPTY [191]\n- * + [190]\n";
	CHECK_INT(pm_dict_load_verbs(d, S_write("s.verbs.txt", synset, sizeof(synset) - 1)), 0);
	CHECK(S_row(d, 0) && S_row(d, 0)->patterns == 2);
	pm_dict_free(d);
}

/* Substitution sets that multiply: four sets of 60 alternatives on one
 * line would make 13 million phrases (found by fuzz_dict_agents as a
 * timeout). A line makes at most 10,000, and says so; lint reports a bad
 * code once, however many phrases carry it, in linear time. */
static void test_agent_expansion(void)
{
	pm_dict *d = S_new();
	char text[4096];
	size_t k = 0;
	for (int set = 0; set < 4; set++) {
		k += (size_t)snprintf(text + k, sizeof(text) - k, "!%c! = ", 'A' + set);
		for (int i = 0; i < 60; i++)
			k += (size_t)snprintf(text + k, sizeof(text) - k, "%sW%d", i ? "," : "", i);
		text[k++] = '\n';
	}
	k += (size_t)snprintf(text + k, sizeof(text) - k, "!A!_!B!_!C!_!D! [BAD]\nSOLDIER [~MIL]\n");
	CHECK_INT(pm_dict_load_agents(d, S_write("x.agents.txt", text, k)), 0);
	CHECK(strstr(S_warnings, "x.agents.txt:5: substitution sets make more than 10000 phrases") != NULL);
	CHECK(S_row(d, 0) && S_row(d, 0)->entries > 10000 && S_row(d, 0)->entries <= 10003);
	S_reset();
	CHECK_INT(pm_dict_lint(d, S_warn, NULL), 1);
	CHECK(strstr(S_warnings, "code [BAD] is neither") != NULL);
	pm_dict_free(d);
}

/* An issue phrase with k '+' stands for 2^k phrases ("a+b": "a b" and
 * "a-b"); one of 30 ran for ever (fuzz_dict_issues). */
static void test_issue_expansion(void)
{
	pm_dict *d = S_new();
	char text[256] = "V:A";
	for (int i = 0; i < 30; i++)
		strcat(text, "+B");
	strcat(text, " [DEM]\nN:DEMOCRACY [DEM]\n");
	CHECK_INT(pm_dict_load_issues(d, S_write("x.issues.txt", text, strlen(text))), 0);
	CHECK(strstr(S_warnings, "x.issues.txt:1: its '+' make more than 10000 phrases") != NULL);
	const char *w[1] = {"DEMOCRACY"};
	const char *codes[2];
	int counts[2];
	CHECK_INT(pm_dict_issues(d, w, 1, codes, counts, 2), 1);
	pm_dict_free(d);
}

int main(void)
{
	if (!mkdtemp(S_dir)) {
		perror("mkdtemp");
		return 1;
	}
	test_not_files();
	test_unclosed_comment();
	test_nul_byte();
	test_dates();
	test_empty_blocks();
	test_agent_expansion();
	test_issue_expansion();
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", S_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	TEST_END();
}
