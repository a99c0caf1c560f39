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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parse/lemma.h"
#include "parse/tagger.h"
#include "pipeline/pipeline.h"
#include "util/error.h"

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

static int S_cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The bundled actor files: every data/dict/NAME.actors.txt, in name order. */
static int S_load_default_actors(pm_model *m, const char *dir)
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
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (!rc)
			rc = pm_dict_load_actors(m->dict, path);
		free(names[i]);
	}
	return rc;
}

static int S_load_file(pm_model *m, const pm_dict_files *f, int (*load)(pm_dict *, const char *),
		       const char *given, const char *bundled)
{
	if (given)
		return load(m->dict, given);
	if (f->no_defaults || !bundled)
		return 0;
	char path[PATH_MAX + 64];
	snprintf(path, sizeof(path), "%s/dict/%s", m->data_dir, bundled);
	/* A bundled file that is missing means a broken install or a wrong
	 * data folder: coding without it would quietly find fewer events. */
	if (access(path, R_OK) != 0)
		return pm_error_set(PM_ESETUP, "%s: cannot read the bundled dictionary: %s (set PALMYRA_DATA "
					       "or data_dir to Palmyra's data folder)", path, strerror(errno));
	return load(m->dict, path);
}

static size_t S_file_bytes(const char *path)
{
	struct stat st;
	return path && stat(path, &st) == 0 && S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
}

/* The tables sized once for all the files named (the bundled ones are
 * small): growing them file by file rehashed the trie three times. */
static void S_reserve(pm_model *m, const pm_dict_files *f)
{
	size_t bytes = S_file_bytes(f->verbs) + S_file_bytes(f->agents) + S_file_bytes(f->discards) +
		       S_file_bytes(f->issues);
	for (int i = 0; f->actors && f->actors[i]; i++)
		bytes += S_file_bytes(f->actors[i]);
	pm_dict_reserve(m->dict, bytes);
}

static int S_load_dicts(pm_model *m, const pm_dict_files *f)
{
	int rc;
	S_reserve(m, f);
	if ((rc = S_load_file(m, f, pm_dict_load_verbs, f->verbs, "palmyra.verbs.txt")) < 0)
		return rc;
	if (f->actors) {
		for (int i = 0; f->actors[i]; i++)
			if ((rc = pm_dict_load_actors(m->dict, f->actors[i])) < 0)
				return rc;
	}
	if ((!f->actors || f->add_bundled_actors) && !f->no_defaults) {
		char dir[PATH_MAX + 8];
		snprintf(dir, sizeof(dir), "%s/dict", m->data_dir);
		if ((rc = S_load_default_actors(m, dir)) < 0)
			return rc;
	}
	if ((rc = S_load_file(m, f, pm_dict_load_agents, f->agents, "palmyra.agents.txt")) < 0)
		return rc;
	if ((rc = S_load_file(m, f, pm_dict_load_discards, f->discards, "palmyra.discards.txt")) < 0)
		return rc;
	return S_load_file(m, f, pm_dict_load_issues, f->issues, NULL);
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
	if ((rc = S_load_dicts(m, &opts->dicts)) < 0) {
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
