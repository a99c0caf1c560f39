/* reader.c - pm_reader: paths, directories, stdin and buffers, each file
 * read by the kind its name or first bytes call for. */
#include "io/reader.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io/jsonl_reader.h"
#include "io/text_reader.h"
#include "io/xml_reader.h"
#include "util/error.h"

/* The readers, in the order their sniff tests are tried: text takes
 * whatever the others do not. A new kind is an entry here. */
static const pm_reader_kind *const S_kinds[] = {&pm_xml_reader, &pm_jsonl_reader, &pm_text_reader};
enum { S_N_KINDS = sizeof(S_kinds) / sizeof(S_kinds[0]) };

static const char *const S_kind_names[] = {"xml", "jsonl", "text", NULL};

typedef struct {
	char *path;
	long long size;       /* -1 when unknown */
} S_file;

struct pm_reader {
	const pm_reader_kind *forced;   /* opts.kind, or NULL */
	pm_reader_file file;            /* what the kind of the open file is told */
	S_file *files;
	int n_files, cap_files, next_file;
	const char *buffer;             /* pm_reader_open_buffer */
	size_t buffer_len;
	char *buffer_name;
	long long done_bytes;           /* stored bytes of the files finished */
	pm_source *src;                 /* the file being read, with its kind */
	const pm_reader_kind *kind;
	void *state;
	int env_from_file;              /* the last document's file is the open one */
	char where[1100];               /* pm_reader_where */
	long where_line;                /* of the last unit; -1 when none yet */
	int where_file;                 /* file index of the last unit */
};

const char *const *pm_reader_kinds(void)
{
	return S_kind_names;
}

void pm_reader_origin(char *out, size_t cap, const char *name, long line)
{
	char digits[24];
	int n = 0;
	do
		digits[n++] = (char)('0' + line % 10);
	while ((line /= 10) > 0);
	size_t len = strlen(name);
	if (len + (size_t)n + 2 > cap)
		len = cap - (size_t)n - 2;
	memcpy(out, name, len);
	out[len++] = ':';
	while (n)
		out[len++] = digits[--n];
	out[len] = '\0';
}

static void S_stderr_warn(void *ctx, const char *message)
{
	(void)ctx;
	fprintf(stderr, "palmyra: %s\n", message);
}

static int S_add_file(pm_reader *r, const char *path, long long size)
{
	if (r->n_files == r->cap_files) {
		int cap = r->cap_files ? 2 * r->cap_files : 8;
		S_file *f = realloc(r->files, (size_t)cap * sizeof(*f));
		if (!f)
			return pm_error_set(PM_ENOMEM, "out of memory");
		r->files = f;
		r->cap_files = cap;
	}
	if (!(r->files[r->n_files].path = strdup(path)))
		return pm_error_set(PM_ENOMEM, "out of memory");
	r->files[r->n_files++].size = size;
	return 0;
}

/* A directory's files in name order, sub-directories in place. */
static int S_add_dir(pm_reader *r, const char *dir, int depth)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort), rc = 0;
	if (n < 0)
		return pm_error_set(errno == ENOENT ? PM_ENOTFOUND : PM_ERROR, "%s: %s", dir,
				    strerror(errno));
	for (int i = 0; i < n; i++) {
		if (!rc && names[i]->d_name[0] != '.') {
			size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
			char *path = malloc(len);
			struct stat st;
			if (!path)
				rc = pm_error_set(PM_ENOMEM, "out of memory");
			else if (snprintf(path, len, "%s/%s", dir, names[i]->d_name), stat(path, &st) != 0)
				rc = S_add_file(r, path, -1);   /* its error comes when it is reached */
			else if (S_ISDIR(st.st_mode))
				rc = depth < 64 ? S_add_dir(r, path, depth + 1) : 0;
			else
				rc = S_add_file(r, path, S_ISREG(st.st_mode) ? (long long)st.st_size : -1);
			free(path);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

static const pm_reader_kind *S_kind_named(const char *name)
{
	for (int i = 0; i < S_N_KINDS; i++)
		if (!strcmp(S_kinds[i]->name, name))
			return S_kinds[i];
	return NULL;
}

static int S_new(pm_reader **out, const pm_reader_options *opts)
{
	pm_reader_options defaults = PM_READER_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	const pm_reader_kind *forced = NULL;
	if (opts->kind && !(forced = S_kind_named(opts->kind)))
		return pm_error_set(PM_EINVALID, "unknown input kind '%s' (xml, jsonl, text)", opts->kind);
	pm_reader *r = calloc(1, sizeof(*r));
	if (!r)
		return pm_error_set(PM_ENOMEM, "out of memory");
	r->forced = forced;
	r->file.keep_fields = opts->keep_fields;
	r->file.warn = opts->warn ? opts->warn : S_stderr_warn;
	r->file.warn_ctx = opts->warn ? opts->warn_ctx : NULL;
	r->where_line = -1;
	*out = r;
	return 0;
}

int pm_reader_open(pm_reader **out, const char *path, const pm_reader_options *opts)
{
	pm_reader *r;
	int rc = S_new(&r, opts);
	if (rc < 0)
		return rc;
	struct stat st;
	if (!strcmp(path, "-")) {
		rc = S_add_file(r, "-", -1);
	} else if (stat(path, &st) != 0) {
		rc = pm_error_set(errno == ENOENT ? PM_ENOTFOUND : PM_ERROR, "%s: %s", path,
				  strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		rc = S_add_dir(r, path, 0);
	} else {
		FILE *probe = fopen(path, "rb");   /* unreadable files fail now, not later */
		if (!probe)
			rc = pm_error_set(PM_ERROR, "%s: %s", path, strerror(errno));
		else
			fclose(probe);
		if (!rc)
			rc = S_add_file(r, path, S_ISREG(st.st_mode) ? (long long)st.st_size : -1);
	}
	if (rc < 0) {
		pm_reader_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

int pm_reader_open_buffer(pm_reader **out, const char *data, size_t len, const char *name,
			  const pm_reader_options *opts)
{
	pm_reader *r;
	int rc = S_new(&r, opts);
	if (rc < 0)
		return rc;
	if (!(r->buffer_name = strdup(name ? name : "<buffer>")) ||
	    (rc = S_add_file(r, r->buffer_name, (long long)len)) < 0) {
		pm_reader_free(r);
		return rc < 0 ? rc : pm_error_set(PM_ENOMEM, "out of memory");
	}
	r->buffer = data;
	r->buffer_len = len;
	*out = r;
	return 0;
}

static int S_ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && !memcmp(s + n - k, suffix, k);
}

/* The kind a file's name ending asks for (under .gz or .zst), or NULL. */
static const pm_reader_kind *S_kind_by_name(const char *name)
{
	size_t n = strlen(name);
	if (S_ends_with(name, n, ".gz"))
		n -= 3;
	else if (S_ends_with(name, n, ".zst"))
		n -= 4;
	for (int i = 0; i < S_N_KINDS; i++)
		for (const char *const *e = S_kinds[i]->endings; *e; e++)
			if (S_ends_with(name, n, *e))
				return S_kinds[i];
	return NULL;
}

static int S_sniff(pm_reader *r, const pm_reader_kind **out)
{
	const char *p;
	long n = pm_source_peek(r->src, 4096, &p);
	if (n < 0)
		return (int)n;
	size_t k = 0, len = (size_t)n;
	if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
		k = 3;
	while (k < len && (p[k] == ' ' || p[k] == '\n' || p[k] == '\r' || p[k] == '\t'))
		k++;
	for (int i = 0; i < S_N_KINDS; i++) {
		if (S_kinds[i]->sniff(p + k, len - k)) {
			*out = S_kinds[i];
			return 0;
		}
	}
	return pm_error_set(PM_EINVALID, "%s: not text, JSON lines or XML (binary data?)",
			    r->file.name);
}

static void S_close_file(pm_reader *r)
{
	if (r->state)
		r->kind->close(r->state);
	if (r->src) {
		long long size = r->files[r->next_file - 1].size;
		r->done_bytes += size >= 0 ? size : pm_source_offset(r->src);
	}
	pm_source_free(r->src);
	r->state = NULL;
	r->src = NULL;
	r->kind = NULL;
}

/* Opens the next file: 1, 0 when there is none, negative when it cannot be
 * read (it is passed over). */
static int S_open_next(pm_reader *r)
{
	if (r->next_file >= r->n_files)
		return 0;
	const char *path = r->files[r->next_file++].path;
	r->file.name = path;
	int rc = r->buffer ? pm_source_open_buffer(&r->src, r->buffer, r->buffer_len, path)
			   : pm_source_open(&r->src, path, NULL);
	if (rc < 0)
		return rc;
	r->file.name = pm_source_name(r->src);
	const pm_reader_kind *kind = r->forced;
	if (!kind && !r->buffer)
		kind = S_kind_by_name(path);
	if (!kind && (rc = S_sniff(r, &kind)) < 0) {
		S_close_file(r);
		return rc;
	}
	if ((rc = kind->open(&r->state, r->src, &r->file)) < 0) {
		r->state = NULL;
		S_close_file(r);
		return rc;
	}
	r->kind = kind;
	return 1;
}

static int S_next(pm_reader *r, pm_input *out)
{
	for (;;) {
		if (!r->state) {
			r->env_from_file = 0;
			int rc = S_open_next(r);
			if (rc < 0) {
				r->where_file = r->next_file - 1;
				r->where_line = 0;
			}
			if (rc <= 0)
				return rc;
		}
		pm_input ignored;
		int rc = out             ? r->kind->next(r->state, out)
			 : r->kind->skip ? r->kind->skip(r->state)
					 : r->kind->next(r->state, &ignored);
		if (rc != 0) {
			r->env_from_file = rc > 0;
			r->where_file = r->next_file - 1;
			r->where_line = r->kind->line ? r->kind->line(r->state) : 0;
			return rc;
		}
		S_close_file(r);
	}
}

int pm_reader_next(pm_reader *r, pm_input *out)
{
	return S_next(r, out);
}

int pm_reader_skip(pm_reader *r)
{
	return S_next(r, NULL);
}

void pm_reader_free(pm_reader *r)
{
	if (!r)
		return;
	S_close_file(r);
	for (int i = 0; i < r->n_files; i++)
		free(r->files[i].path);
	free(r->files);
	free(r->buffer_name);
	free(r);
}

const char *pm_reader_where(pm_reader *r)
{
	if (r->where_line < 0 || r->where_file < 0 || r->where_file >= r->n_files)
		return "";
	const char *name = r->files[r->where_file].path;
	if (!strcmp(name, "-"))
		name = "<stdin>";
	if (r->where_line > 0)
		pm_reader_origin(r->where, sizeof(r->where), name, r->where_line);
	else
		snprintf(r->where, sizeof(r->where), "%s", name);
	return r->where;
}

int pm_reader_env_get(const pm_reader *r, pm_reader_env *out)
{
	if (!r->env_from_file || !r->state || !r->kind->env)
		return PM_ENOTFOUND;
	return r->kind->env(r->state, out);
}

const char *pm_reader_config_get(const pm_reader *r, const char *option)
{
	if (!r->env_from_file || !r->state || !r->kind->config)
		return NULL;
	return r->kind->config(r->state, option);
}

void pm_reader_progress_get(const pm_reader *r, pm_reader_progress *out)
{
	pm_reader_progress p = {r->done_bytes, 0, r->next_file - (r->src ? 1 : 0), r->n_files};
	if (r->src)
		p.bytes_read += pm_source_offset(r->src);
	for (int i = 0; i < r->n_files && p.bytes_total >= 0; i++)
		p.bytes_total = r->files[i].size >= 0 ? p.bytes_total + r->files[i].size : -1;
	if (p.bytes_total >= 0 && p.bytes_read > p.bytes_total)
		p.bytes_read = p.bytes_total;
	*out = p;
}
