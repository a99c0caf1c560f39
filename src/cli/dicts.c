/* dicts.c - which dictionary files a command loads (-d DIR and per-kind flags). */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

typedef struct {
	char *p, *end;
	char *err;              /* the first problem, for the caller */
	size_t err_cap;
	int failed;
} S_store;

static void S_problem(S_store *st, const char *fmt, ...) PM_CLI_PRINTF(2, 3);
static void S_problem(S_store *st, const char *fmt, ...)
{
	if (st->failed++)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(st->err, st->err_cap, fmt, ap);
	va_end(ap);
}

static const char *S_keep(S_store *st, const char *dir, const char *name)
{
	int n = dir ? snprintf(st->p, (size_t)(st->end - st->p), "%s/%s", dir, name)
		    : snprintf(st->p, (size_t)(st->end - st->p), "%s", name);
	if (n < 0 || st->p + n + 1 > st->end) {
		S_problem(st, "%s: dictionary path too long", name);
		return NULL;
	}
	const char *out = st->p;
	st->p += n + 1;
	return out;
}

static int S_exists(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return access(path, R_OK) == 0;
}

/* An <Environment> comes with the input, which may be anyone's: the
 * files it names must lie in the dictionary folder (no absolute path, no
 * ".." step), or a record could have any file on the machine read as a
 * dictionary and its lines echoed in the load warnings. */
static const char *S_env_file(S_store *st, const char *dir, const char *name)
{
	int escapes = name[0] == '/';
	for (const char *p = name; *p && !escapes; p = strchr(p, '/') ? strchr(p, '/') + 1 : "")
		escapes = p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0');
	if (escapes) {
		S_problem(st, "<Environment> names '%s', outside the dictionary folder %s: refused", name, dir);
		return NULL;
	}
	return S_keep(st, dir, name);
}

/* Flag value, else the <Environment> name in dir, else the first standard
 * name present in dir. */
static const char *S_pick(S_store *st, const char *dir, const char *flag, const char *env,
			  const char *const *standard)
{
	if (flag)
		return S_keep(st, NULL, flag);
	if (!dir)
		return NULL;
	if (env && *env)
		return S_env_file(st, dir, env);
	for (int i = 0; standard[i]; i++)
		if (S_exists(dir, standard[i]))
			return S_keep(st, dir, standard[i]);
	return NULL;
}

static int S_add_actor(const char **ptrs, int n, int max, const char *path)
{
	if (path && n < max - 1)
		ptrs[n++] = path;
	ptrs[n] = NULL;
	return n;
}

void pm_cli_dicts_add_actors(pm_cli_dicts *d, const char *list)
{
	int n = 0;
	while (d->actors[n])
		n++;
	free(d->actors_buf);      /* the earlier names were copied below */
	size_t len = strlen(list) + 1;
	for (int i = 0; i < n; i++)
		len += strlen(d->actors[i]) + 1;
	char *buf = malloc(len), *p = buf;
	if (!buf)
		abort();
	for (int i = 0; i < n; i++) {
		size_t k = strlen(d->actors[i]) + 1;
		memcpy(p, d->actors[i], k);
		d->actors[i] = p;
		p += k;
	}
	memcpy(p, list, strlen(list) + 1);
	for (char *s = NULL, *t = strtok_r(p, ",", &s); t && n < 15; t = strtok_r(NULL, ",", &s))
		d->actors[n++] = t;
	d->actors[n] = NULL;
	d->actors_buf = buf;
}

static int S_env_actors(S_store *st, const char *dir, const char *env, const char **ptrs, int n,
			int max)
{
	char list[1024];
	snprintf(list, sizeof(list), "%s", env);
	for (char *save = NULL, *tok = strtok_r(list, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save))
		n = S_add_actor(ptrs, n, max, S_env_file(st, dir, tok));
	return n;
}

static int S_standard_actors(S_store *st, const char *dir, const char **ptrs, int n, int max)
{
	static const char *const phoenix[] = {"Phoenix.Countries.actors.txt",
					      "Phoenix.International.actors.txt",
					      "Phoenix.MilNonState.actors.txt", NULL};
	int given = n;
	for (int i = 0; phoenix[i]; i++)
		if (S_exists(dir, phoenix[i]))
			n = S_add_actor(ptrs, n, max, S_keep(st, dir, phoenix[i]));
	if (n > given)
		return n;
	/* Palmyra's own layout: every *.actors.txt except the validation set's. */
	struct dirent **names;
	int k = scandir(dir, &names, NULL, alphasort);
	for (int i = 0; i < k; i++) {
		const char *nm = names[i]->d_name;
		size_t len = strlen(nm);
		if (len > 11 && !strcmp(nm + len - 11, ".actors.txt") && strncmp(nm, "PETR.", 5))
			n = S_add_actor(ptrs, n, max, S_keep(st, dir, nm));
	}
	for (int i = 0; i < k; i++)
		free(names[i]);
	if (k >= 0)
		free(names);
	return n;
}

int pm_cli_dicts_check_dir(const pm_cli_dicts *d, char *err, size_t err_cap)
{
	struct stat st;
	if (!d->dir)
		return 0;
	if (stat(d->dir, &st) != 0) {
		snprintf(err, err_cap, "%s: %s (the -d dictionary folder)", d->dir, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(err, err_cap, "%s: not a directory (-d takes the dictionary folder)", d->dir);
		return -1;
	}
	return 0;
}

int pm_cli_dicts_resolve(const pm_cli_dicts *d, const char *env_verbs, const char *env_actors,
			 const char *env_agents, const char *env_discards, const char *env_issues,
			 pm_dict_files *files, char *store, size_t cap, const char **actor_ptrs,
			 int max_actors, char *err, size_t err_cap)
{
	static const char *const verbs[] = {"CAMEO.2.0.txt", "palmyra.verbs.txt", NULL};
	static const char *const agents[] = {"Phoenix.agents.txt", "palmyra.agents.txt", NULL};
	static const char *const discards[] = {"Phoenix.discards.txt", "palmyra.discards.txt", NULL};
	static const char *const issues[] = {"Phoenix.IssueCoding.txt", "palmyra.issues.txt", NULL};
	S_store st = {store, store + cap, err, err_cap, 0};
	pm_dict_files f = PM_DICT_FILES_INIT;
	if (pm_cli_dicts_check_dir(d, err, err_cap) < 0)
		return -1;

	f.verbs = S_pick(&st, d->dir, d->verbs, env_verbs, verbs);
	f.agents = S_pick(&st, d->dir, d->agents, env_agents, agents);
	f.discards = S_pick(&st, d->dir, d->discards, env_discards, discards);
	/* An <Environment> that names no issues file means none. */
	int from_env = env_verbs && *env_verbs;
	f.issues = from_env && !d->issues && !(env_issues && *env_issues)
			   ? NULL
			   : S_pick(&st, d->dir, d->issues, env_issues, issues);
	/* --actors are read first (their entries win), then the others:
	 * the <Environment>'s or DIR's, or the bundled ones (the coder adds
	 * those), unless --no-bundled-actors. */
	int n = 0;
	actor_ptrs[0] = NULL;
	for (int i = 0; d->actors[i]; i++)
		n = S_add_actor(actor_ptrs, n, max_actors, S_keep(&st, NULL, d->actors[i]));
	int others = !n || !d->no_bundled_actors;
	if (d->dir && others)
		n = env_actors && *env_actors
			? S_env_actors(&st, d->dir, env_actors, actor_ptrs, n, max_actors)
			: S_standard_actors(&st, d->dir, actor_ptrs, n, max_actors);
	f.actors = n ? actor_ptrs : NULL;
	f.no_defaults = d->dir != NULL;
	f.add_bundled_actors = others;
	*files = f;
	if (st.failed)
		return -1;
	/* A folder with no verbs or no actors codes nothing: that is a setup
	 * error, not a run with no events. */
	if (d->dir && !f.verbs) {
		snprintf(err, err_cap, "%s: no verbs dictionary in this folder (%s or %s)", d->dir,
			 verbs[0], verbs[1]);
		return -2;
	}
	if (d->dir && !n) {
		snprintf(err, err_cap, "%s: no actor dictionary in this folder (Phoenix.*.actors.txt or "
				       "*.actors.txt)", d->dir);
		return -2;
	}
	return 0;
}
