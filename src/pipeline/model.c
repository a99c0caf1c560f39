/* model.c - the pm_model: dictionaries, tagger, lemmas and gazetteer,
 * loaded once and read by any number of coders.
 *
 * A server or a multi-threaded ingester loads these once (about 35 MB and
 * most of the start-up time) and gives each thread a coder over them. Every
 * part is read-only after its load, so sharing needs no lock; what a coder
 * writes (arena, tagger word cache, counters) is the coder's own. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "parse/lemma.h"
#include "parse/tagger.h"
#include "pipeline/pipeline.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/json_out.h"
#include "util/vec.h"

void pm_model_warn(const pm_model *m, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (m->warn)
		m->warn(m->warn_ctx, msg);
	else
		fprintf(stderr, "palmyra: %s\n", msg);
}

static void S_dict_warn(void *ctx, const char *message)
{
	pm_model_warn(ctx, "%s", message);
}

/* data/ beside the binary (build/palmyra -> ../data; an installed
 * bin/palmyra -> ../share/palmyra), else ./data. */
static void S_find_data_dir(pm_model *m, const char *given)
{
	const char *env = getenv("PALMYRA_DATA");
	if (given) {
		snprintf(m->data_dir, sizeof(m->data_dir), "%s", given);
		return;
	}
	if (env && *env) {
		snprintf(m->data_dir, sizeof(m->data_dir), "%s", env);
		return;
	}
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			static const char *const beside[] = {"../data", "../share/palmyra"};
			for (size_t i = 0; i < sizeof(beside) / sizeof(beside[0]); i++) {
				char probe[PATH_MAX + 32];
				snprintf(probe, sizeof(probe), "%s/%s/dict", exe, beside[i]);
				if (access(probe, R_OK) == 0) {
					snprintf(m->data_dir, sizeof(m->data_dir), "%.*s/%s",
						 (int)(sizeof(m->data_dir) - 18), exe, beside[i]);
					return;
				}
			}
		}
	}
	snprintf(m->data_dir, sizeof(m->data_dir), "data");
}

/* ---- what is loaded, in order ----------------------------------------------- */

/* The loads a dictionary set needs, worked out before any is made, so
 * that the cache can be keyed on the files and the loads made only when
 * it cannot be used. An error found while planning (a bundled file
 * missing) ends the plan, and is raised when the loads reach it, after
 * the loads before it, as when the files were read one by one. */
typedef struct {
	int (*load)(pm_dict *, const char *);
	char kind;        /* v a g d i, for the key */
	char *path;       /* NULL: the error below */
	int rc;
	char *error;
} S_step;

typedef struct {
	S_step *steps;
	int n, cap;
} S_plan;

static void S_plan_free(S_plan *p)
{
	for (int i = 0; i < p->n; i++) {
		free(p->steps[i].path);
		free(p->steps[i].error);
	}
	free(p->steps);
}

static int S_plan_add(S_plan *p, int (*load)(pm_dict *, const char *), char kind, const char *path)
{
	S_step *s = PM_VEC_PUSH(p->steps, p->n, p->cap);
	memset(s, 0, sizeof(*s));
	s->load = load;
	s->kind = kind;
	s->path = strdup(path);
	return s->path ? 0 : pm_error_set(PM_ENOMEM, "out of memory");
}

/* Ends the plan with the error just set. */
static int S_plan_error(S_plan *p, int rc)
{
	S_step *s = PM_VEC_PUSH(p->steps, p->n, p->cap);
	memset(s, 0, sizeof(*s));
	s->rc = rc;
	s->error = strdup(pm_error_last() ? pm_error_last() : "cannot load the dictionaries");
	return rc;
}

static int S_cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The bundled actor files: every data/dict/NAME.actors.txt, in name order. */
static int S_plan_default_actors(S_plan *p, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return pm_error_set(PM_ESETUP, "%s: cannot open the bundled dictionaries: %s (set "
					       "PALMYRA_DATA or data_dir to Palmyra's data folder)", dir, strerror(errno));
	char *names[256];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 256) {
		size_t len = strlen(e->d_name);
		if (len > 11 && !strcmp(e->d_name + len - 11, ".actors.txt"))
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	if (n == 0)
		return pm_error_set(PM_ESETUP, "%s: no bundled actor dictionary (*.actors.txt) here; set "
					       "PALMYRA_DATA or data_dir to Palmyra's data folder", dir);
	qsort(names, (size_t)n, sizeof(names[0]), S_cmp_str);
	int rc = 0;
	for (int i = 0; i < n; i++) {
		char path[PATH_MAX + 256];
		snprintf(path, sizeof(path), "%s/%s", dir, names[i] ? names[i] : "");
		if (!rc)
			rc = names[i] ? S_plan_add(p, pm_dict_load_actors, 'a', path)
				      : pm_error_set(PM_ENOMEM, "out of memory");
		free(names[i]);
	}
	return rc;
}

static int S_plan_file(S_plan *p, const pm_model *m, const pm_dict_files *f,
		       int (*load)(pm_dict *, const char *), char kind, const char *given,
		       const char *bundled)
{
	if (given)
		return S_plan_add(p, load, kind, given);
	if (f->no_defaults || !bundled)
		return 0;
	char path[PATH_MAX + 64];
	snprintf(path, sizeof(path), "%s/dict/%s", m->data_dir, bundled);
	/* A bundled file that is missing means a broken install or a wrong
	 * data folder: coding without it would quietly find fewer events. */
	if (access(path, R_OK) != 0)
		return pm_error_set(PM_ESETUP, "%s: cannot read the bundled dictionary: %s (set PALMYRA_DATA "
					       "or data_dir to Palmyra's data folder)", path, strerror(errno));
	return S_plan_add(p, load, kind, path);
}

static int S_plan_make(S_plan *p, const pm_model *m, const pm_dict_files *f)
{
	int rc;
	if ((rc = S_plan_file(p, m, f, pm_dict_load_verbs, 'v', f->verbs, "palmyra.verbs.txt")) < 0)
		return rc;
	for (int i = 0; f->actors && f->actors[i]; i++)
		if ((rc = S_plan_add(p, pm_dict_load_actors, 'a', f->actors[i])) < 0)
			return rc;
	if ((!f->actors || f->add_bundled_actors) && !f->no_defaults) {
		char dir[PATH_MAX + 8];
		snprintf(dir, sizeof(dir), "%s/dict", m->data_dir);
		if ((rc = S_plan_default_actors(p, dir)) < 0)
			return rc;
	}
	if ((rc = S_plan_file(p, m, f, pm_dict_load_agents, 'g', f->agents, "palmyra.agents.txt")) < 0)
		return rc;
	if ((rc = S_plan_file(p, m, f, pm_dict_load_discards, 'd', f->discards, "palmyra.discards.txt")) < 0)
		return rc;
	return S_plan_file(p, m, f, pm_dict_load_issues, 'i', f->issues, NULL);
}

/* The tables sized once for all the files (the bundled ones are small):
 * growing them file by file rehashed the trie three times. */
static void S_reserve(pm_model *m, const S_plan *p)
{
	size_t bytes = 0;
	struct stat st;
	for (int i = 0; i < p->n; i++)
		if (p->steps[i].path && stat(p->steps[i].path, &st) == 0 && S_ISREG(st.st_mode))
			bytes += (size_t)st.st_size;
	pm_dict_reserve(m->dict, bytes);
}

static int S_plan_run(pm_model *m, const S_plan *p)
{
	S_reserve(m, p);
	for (int i = 0; i < p->n; i++) {
		const S_step *s = &p->steps[i];
		if (!s->path)
			return pm_error_set(s->rc, "%s", s->error ? s->error : "out of memory");
		int rc = s->load(m->dict, s->path);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* ---- the compiled cache ----------------------------------------------------- */

static int S_cache_on(const pm_model_options *opts)
{
	const char *off = getenv("PALMYRA_NO_CACHE");
	return opts->dict_cache && !(off && *off && strcmp(off, "0"));
}

/* The key: each load's kind and path as given (messages and reports
 * name it so), and the file's device, inode, size, modification and
 * change times. Any file that cannot be looked at: no key (0 bytes).
 *
 * File times advance by the kernel's clock tick, not by the nanosecond:
 * a file written twice within one tick, at one size, would keep its key.
 * So a set with a file changed in the last two seconds is not written to
 * the cache (*fresh), as git treats "racily clean" files: any change
 * after a file was cached then gives it a later time. */
static int S_cache_key(const S_plan *p, pm_jbuf *out, int *fresh)
{
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	*fresh = 0;
	for (int i = 0; i < p->n; i++) {
		const S_step *s = &p->steps[i];
		struct stat st;
		if (!s->path || stat(s->path, &st) != 0 || !S_ISREG(st.st_mode))
			return 0;
		int64_t f[7] = {(int64_t)st.st_dev, (int64_t)st.st_ino, (int64_t)st.st_size,
				(int64_t)st.st_mtim.tv_sec, (int64_t)st.st_mtim.tv_nsec,
				(int64_t)st.st_ctim.tv_sec, (int64_t)st.st_ctim.tv_nsec};
		if (st.st_mtim.tv_sec >= now.tv_sec - 2)
			*fresh = 1;
		pm_jbuf_raw(out, &s->kind, 1);
		pm_jbuf_raw(out, s->path, strlen(s->path) + 1);
		pm_jbuf_raw(out, (const char *)f, sizeof(f));
	}
	return !out->failed;
}

/* The cache folder (see pm_model_options.cache_dir); 0 when there is none. */
static int S_cache_dir(const pm_model_options *opts, char *out, size_t cap)
{
	const char *env = getenv("PALMYRA_CACHE_DIR"), *xdg = getenv("XDG_CACHE_HOME"),
		   *home = getenv("HOME");
	int n;
	if (opts->cache_dir && *opts->cache_dir)
		n = snprintf(out, cap, "%s", opts->cache_dir);
	else if (env && *env)
		n = snprintf(out, cap, "%s", env);
	else if (xdg && xdg[0] == '/')   /* the XDG rule: a relative value is ignored */
		n = snprintf(out, cap, "%s/palmyra", xdg);
	else if (home && *home)
		n = snprintf(out, cap, "%s/.cache/palmyra", home);
	else
		return 0;
	return n > 0 && (size_t)n < cap;
}

/* One file per set of paths (and working folder, when a path is relative
 * to it), so that a set loaded again overwrites its own stale file
 * instead of adding one. */
static int S_cache_file(const pm_model_options *opts, const S_plan *p, char *out, size_t cap)
{
	char dir[PATH_MAX], cwd[PATH_MAX];
	if (!S_cache_dir(opts, dir, sizeof(dir)))
		return 0;
	static const unsigned char end = 0xff;
	int relative = 0;
	for (int i = 0; i < p->n; i++)
		relative |= p->steps[i].path && p->steps[i].path[0] != '/';
	if (!relative || !getcwd(cwd, sizeof(cwd)))
		cwd[0] = '\0';
	uint64_t h = pm_fnv64(PM_FNV64_SEED, cwd, strlen(cwd));
	for (int i = 0; i < p->n; i++) {
		const char *path = p->steps[i].path ? p->steps[i].path : "";
		h = pm_fnv64(h, &p->steps[i].kind, 1);
		h = pm_fnv64(pm_fnv64(h, path, strlen(path)), &end, 1);
	}
	int n = snprintf(out, cap, "%s/dict-%016llx.bin", dir, (unsigned long long)h);
	return n > 0 && (size_t)n < cap;
}

/* mkdir -p, private to the user (it holds what their files say). */
static void S_make_dirs(const char *file)
{
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "%s", file);
	char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return;
	*slash = '\0';
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(path, 0700);
		*p = '/';
	}
	mkdir(path, 0700);
}

/* The set from the cache, its warnings said again; 0, or negative when
 * the cache cannot be used (the files are then parsed). */
static int S_cache_load(pm_model *m, const char *file, const unsigned char *key, size_t key_len)
{
	pm_dict *d;
	if (pm_dict_cache_read(&d, file, key, key_len) < 0)
		return -1;
	pm_dict_free(m->dict);
	m->dict = d;
	int n;
	const char *const *msg = pm_dict_messages(d, &n);
	for (int i = 0; i < n; i++)
		S_dict_warn(m, msg[i]);
	return 0;
}

static int S_load_dicts(pm_model *m, const pm_model_options *opts)
{
	S_plan plan = {NULL, 0, 0};
	int rc = S_plan_make(&plan, m, &opts->dicts);
	if (rc < 0)
		S_plan_error(&plan, rc);
	char key_storage[1024], file[PATH_MAX + 64];
	pm_jbuf key;
	pm_jbuf_init(&key, key_storage, sizeof(key_storage), 1);
	int fresh = 0;
	int cache = rc == 0 && S_cache_on(opts) && S_cache_file(opts, &plan, file, sizeof(file)) &&
		    S_cache_key(&plan, &key, &fresh);
	const unsigned char *key_bytes = (const unsigned char *)key.p;
	if (cache && S_cache_load(m, file, key_bytes, key.n) == 0) {
		rc = 0;
	} else {
		rc = S_plan_run(m, &plan);
		if (rc == 0 && cache && !fresh) {
			/* A cache that cannot be written costs only the speed. */
			S_make_dirs(file);
			pm_dict_cache_write(m->dict, file, key_bytes, key.n);
		}
	}
	pm_jbuf_free(&key);
	S_plan_free(&plan);
	return rc;
}

int pm_model_load_dicts(pm_model **out, const pm_model_options *opts)
{
	pm_model_options defaults = PM_MODEL_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	*out = NULL;
	pm_model *m = calloc(1, sizeof(*m));
	if (!m)
		return pm_error_set(PM_ENOMEM, "out of memory");
	m->warn = opts->warn;
	m->warn_ctx = opts->warn_ctx;
	m->enrich = opts->enrich;
	S_find_data_dir(m, opts->data_dir);
	int rc = pm_dict_new(&m->dict);
	if (rc < 0) {
		free(m);
		return rc;
	}
	pm_dict_set_warn(m->dict, S_dict_warn, m);
	if ((rc = S_load_dicts(m, opts)) < 0) {
		pm_model_free(m);
		return rc;
	}
	/* Nothing reports through the model once it is loaded. */
	pm_dict_set_warn(m->dict, NULL, NULL);
	*out = m;
	return 0;
}

int pm_model_load_text(pm_model *m)
{
	if (m->text_failed)
		return pm_error_set(PM_ESETUP, "raw text needs the tagger model (see the first error)");
	if (m->text_tried)
		return 0;
	m->text_tried = 1;
	char path[PATH_MAX + 32];
	snprintf(path, sizeof(path), "%s/tagger/en.model", m->data_dir);
	if (pm_tagger_load(&m->tagger, path) < 0) {
		char why[512];
		snprintf(why, sizeof(why), "%s", pm_error_last() ? pm_error_last() : path);
		m->tagger = NULL;
		m->text_failed = 1;
		return pm_error_set(PM_ESETUP, "%s (run scripts/setup.sh, or set PALMYRA_DATA)", why);
	}
	const char *wn = getenv("PALMYRA_WORDNET");
	if (!wn || !*wn)
		wn = "/usr/share/wordnet";
	if (pm_lemmatizer_load(&m->lemmas, wn) < 0) {
		m->lemmas = NULL;
		pm_model_warn(m, "%s; irregular verbs (took, fled) will not match their dictionary forms",
			      pm_error_last());
	}
	return 0;
}

void pm_model_load_gazetteer(pm_model *m)
{
	if (m->gazetteer_tried)
		return;
	m->gazetteer_tried = 1;
	char path[PATH_MAX + 32];
	snprintf(path, sizeof(path), "%s/gazetteer.bin", m->data_dir);
	if (pm_gazetteer_open(&m->gazetteer, path) < 0) {
		m->gazetteer = NULL;
		pm_model_warn(m, "%s; events will have no location (run 'make data')", pm_error_last());
	}
}

int pm_model_new(pm_model **out, const pm_model_options *opts)
{
	pm_model_options defaults = PM_MODEL_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != PM_MODEL_OPTIONS_VERSION)
		return pm_error_set(PM_EINVALID, "pm_model_new: options version %u, this library reads %d",
				    opts->version, PM_MODEL_OPTIONS_VERSION);
	pm_model *m;
	int rc = pm_model_load_dicts(&m, opts);
	if (rc < 0)
		return rc;
	if (opts->text && (rc = pm_model_load_text(m)) < 0) {
		pm_model_free(m);
		return rc;
	}
	if (opts->enrich)
		pm_model_load_gazetteer(m);
	*out = m;
	return 0;
}

void pm_model_free(pm_model *m)
{
	if (!m)
		return;
	pm_dict_free(m->dict);
	pm_tagger_free(m->tagger);
	pm_lemmatizer_free(m->lemmas);
	pm_gazetteer_free(m->gazetteer);
	free(m);
}

const pm_dict_report *pm_model_dict_reports(const pm_model *m, int *n)
{
	return pm_dict_reports(m->dict, n);
}
