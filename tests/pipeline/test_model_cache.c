/* The model's dictionary cache: the first load writes it, the next reads
 * it (saying the same warnings once), a dictionary file changed or only
 * touched makes it be written again, a damaged or cut cache file is passed
 * over with the files parsed, a file changed in the last seconds is not
 * cached, and dict_cache 0 or PALMYRA_NO_CACHE turn it off. Everything is
 * in a temporary folder. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "dict/dict_int.h"
#include "pipeline/pipeline.h"
#include "../test.h"

static char S_dir[] = "/tmp/palmyra-model-cache-XXXXXX";
static char S_cache[600], S_verbs[600], S_actors[600], S_agents[600];

typedef struct {
	char lines[16][300];
	int n;
} S_said;

static void S_keep(void *ctx, const char *msg)
{
	S_said *s = ctx;
	if (s->n < 16)
		snprintf(s->lines[s->n++], sizeof(s->lines[0]), "%s", msg);
}

/* Writes a file dated `age` seconds ago (0: now). */
static void S_write(const char *path, const char *text, long age)
{
	FILE *f = fopen(path, "w");
	if (!f)
		abort();
	fputs(text, f);
	fclose(f);
	if (age) {
		struct timespec t[2];
		clock_gettime(CLOCK_REALTIME, &t[0]);
		t[0].tv_sec -= age;
		t[1] = t[0];
		utimensat(AT_FDCWD, path, t, 0);
	}
}

static void S_age(const char *path, long age)
{
	struct timespec t[2];
	clock_gettime(CLOCK_REALTIME, &t[0]);
	t[0].tv_sec -= age;
	t[1] = t[0];
	utimensat(AT_FDCWD, path, t, 0);
}

/* The one cache file in the folder, or "" (and how many there are). */
static int S_cache_file(char *out, size_t cap)
{
	DIR *d = opendir(S_cache);
	int n = 0;
	out[0] = '\0';
	if (!d)
		return 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.') {
			snprintf(out, cap, "%s/%s", S_cache, e->d_name);
			n++;
		}
	closedir(d);
	return n;
}

static void S_clear_cache(void)
{
	char f[1200];
	while (S_cache_file(f, sizeof(f)) > 0)
		unlink(f);
}

typedef struct {
	int from_cache;
	int warnings;
	char code[16];     /* SYRIA's code on 2016-03-25 */
	char agent[16];    /* REBELS */
	int forms;         /* verb forms of SHELLED */
} S_load;

static S_load S_model(int dict_cache)
{
	S_load r = {-1, 0, "", "", 0};
	S_said said = {{{0}}, 0};
	pm_model_options mo = PM_MODEL_OPTIONS_INIT;
	const char *actors[] = {S_actors, NULL};
	mo.dicts.verbs = S_verbs;
	mo.dicts.actors = actors;
	mo.dicts.agents = S_agents;
	mo.dicts.no_defaults = 1;
	mo.text = 0;
	mo.enrich = 0;
	mo.warn = S_keep;
	mo.warn_ctx = &said;
	mo.dict_cache = dict_cache;
	mo.cache_dir = S_cache;
	pm_model *m = NULL;
	CHECK_INT(pm_model_new(&m, &mo), 0);
	if (!m)
		return r;
	r.from_cache = m->dict->image != NULL;
	r.warnings = said.n;
	for (int i = 0; i < said.n; i++)
		CHECK(strstr(said.lines[i], "v.txt:4: pattern has no [CODE]") ||
		      strstr(said.lines[i], "a.txt:2: bad date restriction"));
	const char *w[] = {"SYRIA"};
	const pm_actor_entry *e;
	if (pm_dict_match_actor(m->dict, w, 1, &e))
		snprintf(r.code, sizeof(r.code), "%s", pm_actor_code_on(e, 20160325));
	const char *g[] = {"REBELS"}, *code = NULL;
	if (pm_dict_match_agent(m->dict, g, 1, &code))
		snprintf(r.agent, sizeof(r.agent), "%s", code);
	const pm_verb_form *f;
	r.forms = pm_dict_verb_forms(m->dict, "SHELLED", &f);
	pm_model_free(m);
	return r;
}

static void S_damage(const char *file, int cut)
{
	struct stat st;
	if (stat(file, &st) != 0)
		return;
	if (cut) {
		CHECK_INT(truncate(file, st.st_size / 2), 0);
		return;
	}
	int fd = open(file, O_RDWR);
	char junk[64];
	memset(junk, 0x5a, sizeof(junk));
	CHECK(pwrite(fd, junk, sizeof(junk), st.st_size / 2) == (ssize_t)sizeof(junk));
	close(fd);
}

int main(void)
{
	if (!mkdtemp(S_dir))
		abort();
	snprintf(S_cache, sizeof(S_cache), "%s/cache/deeper", S_dir);
	snprintf(S_verbs, sizeof(S_verbs), "%s/v.txt", S_dir);
	snprintf(S_actors, sizeof(S_actors), "%s/a.txt", S_dir);
	snprintf(S_agents, sizeof(S_agents), "%s/g.txt", S_dir);
	S_write(S_verbs, "--- ATTACK [190] ---\nSHELL {SHELLED}\n- * $ WITH GUNS [195]\n- * NOCODE\n", 3600);
	S_write(S_actors, "SYRIA [SYR]\nHAMA [SYR 99]\n", 3600);
	S_write(S_agents, "REBEL [~REB]\n", 3600);
	unsetenv("PALMYRA_NO_CACHE");
	unsetenv("PALMYRA_CACHE_DIR");
	char file[1200], again[1200];

	/* written by the first load, read by the second */
	S_load a = S_model(1);
	CHECK_INT(a.from_cache, 0);
	CHECK_INT(a.warnings, 2);
	CHECK_STR(a.code, "SYR");
	CHECK_STR(a.agent, "~REB");
	CHECK_INT(a.forms, 1);
	CHECK_INT(S_cache_file(file, sizeof(file)), 1);
	struct stat st0, st1;
	CHECK_INT(stat(file, &st0), 0);
	CHECK((st0.st_mode & 0777) == 0600);
	S_load b = S_model(1);
	CHECK_INT(b.from_cache, 1);
	CHECK_INT(b.warnings, 2);   /* said again, once */
	CHECK_STR(b.code, "SYR");
	CHECK_STR(b.agent, "~REB");
	CHECK_INT(b.forms, 1);
	CHECK_INT(stat(file, &st1), 0);
	CHECK(st1.st_mtim.tv_sec == st0.st_mtim.tv_sec && st1.st_mtim.tv_nsec == st0.st_mtim.tv_nsec);

	/* a writer killed before its rename left temporary files: an old one
	 * goes with the next write, a recent one (a writer may be busy) stays */
	char old_tmp[1300], new_tmp[1300];
	snprintf(old_tmp, sizeof(old_tmp), "%s.tmp.AAAAAA", file);
	snprintf(new_tmp, sizeof(new_tmp), "%s.tmp.BBBBBB", file);
	S_write(old_tmp, "half", 7200);
	S_write(new_tmp, "half", 60);

	/* an actor file changed (at the same size): parsed and cached again */
	S_write(S_actors, "SYRIA [IRQ]\nHAMA [SYR 99]\n", 1800);
	S_load c = S_model(1);
	CHECK_INT(c.from_cache, 0);
	CHECK_STR(c.code, "IRQ");
	S_load d = S_model(1);
	CHECK_INT(d.from_cache, 1);
	CHECK_STR(d.code, "IRQ");
	CHECK(access(old_tmp, F_OK) != 0);
	CHECK(access(new_tmp, F_OK) == 0);
	unlink(new_tmp);
	CHECK_INT(S_cache_file(again, sizeof(again)), 1);   /* the same file, rewritten */
	CHECK_STR(again, file);

	/* only touched: parsed again */
	S_age(S_verbs, 900);
	CHECK_INT(S_model(1).from_cache, 0);
	CHECK_INT(S_model(1).from_cache, 1);

	/* damaged, then cut short: passed over, and right */
	for (int cut = 0; cut < 2; cut++) {
		S_damage(file, cut);
		S_load e = S_model(1);
		CHECK_INT(e.from_cache, 0);
		CHECK_INT(e.warnings, 2);
		CHECK_STR(e.code, "IRQ");
		CHECK_STR(e.agent, "~REB");
		CHECK_INT(S_model(1).from_cache, 1);
	}
	/* something else under its name */
	S_write(file, "not a dictionary cache\n", 0);
	CHECK_INT(S_model(1).from_cache, 0);
	CHECK_INT(S_model(1).from_cache, 1);

	/* a file changed a moment ago is not cached (its time may not move
	 * on the next change), but a cache already there is still refused */
	S_write(S_agents, "REBEL [~INS]\n", 0);
	S_load f = S_model(1);
	CHECK_INT(f.from_cache, 0);
	CHECK_STR(f.agent, "~INS");
	CHECK_INT(S_model(1).from_cache, 0);
	S_age(S_agents, 600);

	/* off: by option and by environment, and then nothing is written */
	S_clear_cache();
	CHECK_INT(S_model(0).from_cache, 0);
	CHECK_INT(S_cache_file(file, sizeof(file)), 0);
	setenv("PALMYRA_NO_CACHE", "1", 1);
	CHECK_INT(S_model(1).from_cache, 0);
	CHECK_INT(S_model(1).from_cache, 0);
	CHECK_INT(S_cache_file(file, sizeof(file)), 0);
	setenv("PALMYRA_NO_CACHE", "0", 1);   /* "0" is on */
	CHECK_INT(S_model(1).from_cache, 0);
	CHECK_INT(S_model(1).from_cache, 1);
	unsetenv("PALMYRA_NO_CACHE");

	/* a folder that cannot be made: the files are parsed, nothing fails */
	char blocked[700];
	snprintf(blocked, sizeof(blocked), "%s/blocked", S_dir);
	S_write(blocked, "a file where the folder would go\n", 0);
	char saved[600];
	snprintf(saved, sizeof(saved), "%s", S_cache);
	snprintf(S_cache, sizeof(S_cache), "%s/cache", blocked);
	S_load g = S_model(1);
	CHECK_INT(g.from_cache, 0);
	CHECK_STR(g.code, "IRQ");
	CHECK_INT(S_model(1).from_cache, 0);
	snprintf(S_cache, sizeof(S_cache), "%s", saved);
	unlink(blocked);

	/* a missing file is still the error it was, cache or not */
	unlink(S_agents);
	pm_model_options mo = PM_MODEL_OPTIONS_INIT;
	const char *actors[] = {S_actors, NULL};
	mo.dicts.verbs = S_verbs;
	mo.dicts.actors = actors;
	mo.dicts.agents = S_agents;
	mo.dicts.no_defaults = 1;
	mo.text = mo.enrich = 0;
	mo.cache_dir = S_cache;
	S_said quiet = {{{0}}, 0};
	mo.warn = S_keep;
	mo.warn_ctx = &quiet;
	pm_model *m = NULL;
	CHECK_INT(pm_model_new(&m, &mo), PM_ENOTFOUND);
	CHECK(m == NULL);
	CHECK(pm_error_last() && strstr(pm_error_last(), "g.txt"));

	S_clear_cache();
	unlink(S_verbs);
	unlink(S_actors);
	char sub[700];
	rmdir(S_cache);
	snprintf(sub, sizeof(sub), "%s/cache", S_dir);
	rmdir(sub);
	rmdir(S_dir);
	TEST_END();
}
