/* `palmyra dict check`: each kind of problem, found in a bad set. */
#include <stdlib.h>

#include "dict/lint.h"
#include "../test.h"

static char S_dir[] = "/tmp/pm_lint_XXXXXX";
static char S_seen[8192];

static void S_collect(void *ctx, const char *msg)
{
	(void)ctx;
	strncat(S_seen, msg, sizeof(S_seen) - strlen(S_seen) - 2);
	strcat(S_seen, "\n");
}

static const char *S_write(const char *name, const char *text)
{
	static char path[256];
	snprintf(path, sizeof(path), "%s/%s", S_dir, name);
	FILE *f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	return path;
}

int main(void)
{
	if (!mkdtemp(S_dir))
		return 1;
	pm_dict *d;
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_collect, NULL);
	pm_dict_load_verbs(d, S_write("v.txt",
		"--- ATTACK [190] ---\nATTACK\n- * A=B [195]\n- * BORDER [999]\n"
		"--- STORM [193] ---\nATTACK\n"));
	pm_dict_load_actors(d, S_write("a.txt",
		"VALDORIA [VAL]\nKESTRIA [KES]\n+VALDORIA\n"
		"ANSEL_KORV\n\t[VALGOV 20000101-20101231]\n\t[VALELI 20050101-20151231]\n"));
	pm_dict_load_agents(d, S_write("g.txt", "SOLDIER [MIL]\nPOLICE [~COP]\n"));
	S_seen[0] = 0;
	int problems = pm_dict_lint(d, S_collect, NULL);
	if (problems != 6) fprintf(stderr, "%s", S_seen);
	CHECK_INT(problems, 6);
	CHECK(strstr(S_seen, "v.txt:3: pattern word 'A=B' can never match") != NULL);
	CHECK(strstr(S_seen, "v.txt:4: pattern code [999] is not CAMEO") != NULL);
	CHECK(strstr(S_seen, "verb ATTACK is also at line 2 with code 190") != NULL);
	CHECK(strstr(S_seen, "a.txt:3: actor phrase VALDORIA is already an entry") != NULL);
	CHECK(strstr(S_seen, "dates of VALGOV and VALELI overlap") != NULL);
	CHECK(strstr(S_seen, "code [MIL] is neither") != NULL);
	pm_dict_free(d);

	/* a clean set has nothing to say */
	S_seen[0] = '\0';
	pm_dict_new(&d);
	pm_dict_set_warn(d, S_collect, NULL);
	pm_dict_load_verbs(d, S_write("v2.txt", "--- ATTACK [190] ---\nATTACK\n- * BORDER [192]\n"));
	pm_dict_load_actors(d, S_write("a2.txt", "VALDORIA [VAL]\n+VALDORIAN\n"));
	pm_dict_load_agents(d, S_write("g2.txt", "SOLDIER [~MIL]\n"));
	CHECK_INT(pm_dict_lint(d, S_collect, NULL), 0);
	CHECK_STR(S_seen, "");
	pm_dict_free(d);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", S_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	TEST_END();
}
