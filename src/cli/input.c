/* input.c - files, directories and stdin cut into pm_input units. */
#define _GNU_SOURCE /* fopencookie: compressed files read as plain FILE streams */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <zlib.h>
#include <zstd.h>

#include "cli/input.h"
#include "io/xml_reader.h"

typedef struct {
	const pm_input_handlers *h;
	const char *name;
} S_xml_ctx;

static int S_xml_env(void *ctx, const pm_xml_env *env)
{
	S_xml_ctx *x = ctx;
	pm_input_env e = {env->verbs, env->actors, env->agents, env->discards, env->issues};
	return x->h->on_env ? x->h->on_env(x->h->ctx, &e) < 0 : 0;
}

static int S_xml_config(void *ctx, const char *option, const char *value)
{
	S_xml_ctx *x = ctx;
	return x->h->on_config ? x->h->on_config(x->h->ctx, option, value) < 0 : 0;
}

/* "name:line" without snprintf, which cost more per record than the
 * record's reading. */
static void S_origin(char *out, size_t cap, const char *name, long line)
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

static int S_xml_record(void *ctx, const pm_xml_record *rec)
{
	S_xml_ctx *x = ctx;
	char origin[1024];
	S_origin(origin, sizeof(origin), x->name, rec->line);
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_SENTENCE;
	in.id = rec->id ? rec->id : "";
	in.date = rec->date;
	in.outlet = rec->source;
	in.text = rec->text;
	in.len = strlen(rec->text);
	in.parse = rec->parse;
	in.origin = origin;
	if (!rec->id)
		fprintf(stderr, "palmyra: %s: record has no id\n", origin);
	return x->h->on_input(x->h->ctx, &in) < 0;
}

static int S_ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

/* ---- compressed input: .gz through zlib, .zst through libzstd ---------------- */

static ssize_t S_gz_read(void *cookie, char *buf, size_t n)
{
	int k = gzread(cookie, buf, (unsigned)(n > (1u << 30) ? 1u << 30 : n));
	return k < 0 ? -1 : k;
}

static int S_gz_close(void *cookie)
{
	return gzclose(cookie) == Z_OK ? 0 : EOF;
}

typedef struct {
	FILE *f;
	ZSTD_DCtx *dctx;
	ZSTD_inBuffer in;
	char inbuf[1 << 16];
	int eof;
} S_zst;

static ssize_t S_zst_read(void *cookie, char *buf, size_t n)
{
	S_zst *z = cookie;
	ZSTD_outBuffer out = {buf, n, 0};
	while (out.pos == 0) {
		if (z->in.pos == z->in.size) {
			if (z->eof)
				return 0;
			z->in.size = fread(z->inbuf, 1, sizeof(z->inbuf), z->f);
			z->in.pos = 0;
			if (z->in.size == 0) {
				z->eof = 1;
				return 0;
			}
		}
		size_t rc = ZSTD_decompressStream(z->dctx, &out, &z->in);
		if (ZSTD_isError(rc))
			return -1;
	}
	return (ssize_t)out.pos;
}

static int S_zst_close(void *cookie)
{
	S_zst *z = cookie;
	ZSTD_freeDCtx(z->dctx);
	int rc = fclose(z->f);
	free(z);
	return rc;
}

/* path without its .gz/.zst suffix decides the kind; the stream is plain. */
static FILE *S_open(const char *path)
{
	if (S_ends_with(path, ".gz")) {
		gzFile g = gzopen(path, "rb");
		cookie_io_functions_t io = {S_gz_read, NULL, NULL, S_gz_close};
		return g ? fopencookie(g, "rb", io) : NULL;
	}
	if (S_ends_with(path, ".zst")) {
		FILE *f = fopen(path, "rb");
		S_zst *z = f ? calloc(1, sizeof(*z)) : NULL;
		if (!z) {
			if (f)
				fclose(f);
			return NULL;
		}
		z->f = f;
		z->dctx = ZSTD_createDCtx();
		z->in.src = z->inbuf;
		cookie_io_functions_t io = {S_zst_read, NULL, NULL, S_zst_close};
		return fopencookie(z, "rb", io);
	}
	return fopen(path, "rb");
}

static int S_read_xml(FILE *f, const char *name, const pm_input_handlers *h)
{
	S_xml_ctx x = {h, name};
	pm_xml_callbacks cb = {S_xml_env, S_xml_config, S_xml_record, &x};
	if (pm_xml_read(f, name, &cb) < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		return -1;
	}
	return 0;
}

static const char *S_get_str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The fields of a JSON line that are not ours, as object text, or NULL:
 * a caller may carry them into the events' doc metadata. */
static char *S_unknown_fields(json_t *o)
{
	static const char *const known[] = {"id", "date", "outlet", "source", "title", "text", "url"};
	json_t *rest = NULL;
	const char *key;
	json_t *v;
	json_object_foreach(o, key, v) {
		size_t k = 0;
		while (k < sizeof(known) / sizeof(known[0]) && strcmp(known[k], key))
			k++;
		if (k < sizeof(known) / sizeof(known[0]))
			continue;
		if (!rest)
			rest = json_object();
		json_object_set(rest, key, v);
	}
	char *text = rest ? json_dumps(rest, JSON_COMPACT) : NULL;
	json_decref(rest);
	return text;
}

/* One JSON line: {"id","date","outlet" (or "source"),"title","text","url", ...}. */
static int S_jsonl_line(const char *line, size_t n, const char *name, long lineno,
			 const pm_input_handlers *h)
{
	char origin[1024];
	S_origin(origin, sizeof(origin), name, lineno);
	json_error_t err;
	json_t *o = json_loadb(line, n, 0, &err);
	if (!o || !json_is_object(o)) {
		fprintf(stderr, "palmyra: %s: not a JSON object: %s\n", origin,
			o ? "(array or value)" : err.text);
		json_decref(o);
		return 0;
	}
	const char *text = S_get_str(o, "text");
	if (!text) {
		fprintf(stderr, "palmyra: %s: record has no \"text\" string\n", origin);
		json_decref(o);
		return 0;
	}
	char idbuf[32];
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = S_get_str(o, "id");
	if (!in.id) {
		json_t *v = json_object_get(o, "id");
		long long num = json_is_integer(v) ? (long long)json_integer_value(v) : lineno;
		snprintf(idbuf, sizeof(idbuf), "%lld", num);
		in.id = idbuf;
	}
	in.date = S_get_str(o, "date");
	in.outlet = S_get_str(o, "outlet");
	if (!in.outlet)
		in.outlet = S_get_str(o, "source");   /* the older name */
	in.title = S_get_str(o, "title");
	in.url = S_get_str(o, "url");
	in.text = text;
	in.len = strlen(text);
	in.origin = origin;
	char *extra = S_unknown_fields(o);
	in.extra = extra;
	int rc = h->on_input(h->ctx, &in);
	free(extra);
	json_decref(o);
	return rc;
}

static int S_read_jsonl(FILE *f, const char *name, const pm_input_handlers *h)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long lineno = 0;
	while ((n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		size_t k = 0;
		while (k < (size_t)n && (line[k] == ' ' || line[k] == '\t'))
			k++;
		if (k == (size_t)n)
			continue;
		if (S_jsonl_line(line, (size_t)n, name, lineno, h) < 0)
			break;                         /* the handler cannot go on */
	}
	free(line);
	return 0;
}

static int S_read_text(FILE *f, const char *name, const pm_input_handlers *h)
{
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap);
	size_t n;
	while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (cap - len < 4096)
			buf = realloc(buf, cap *= 2);
	}
	if (!buf)
		return -1;
	buf[len] = '\0';
	const char *base = strrchr(name, '/');
	char id[512];
	snprintf(id, sizeof(id), "%s", base ? base + 1 : name);
	char *dot = strrchr(id, '.');
	if (dot && dot != id)
		*dot = '\0';
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_ARTICLE;
	in.id = id;
	in.text = buf;
	in.len = len;
	in.origin = name;
	h->on_input(h->ctx, &in);
	free(buf);
	return 0;
}


/* By extension, else by the first non-blank byte: '<' XML, '{' JSON lines. */
static const char *S_kind(const char *path, FILE *f)
{
	char plain[4096];
	if (path) {
		snprintf(plain, sizeof(plain), "%s", path);
		size_t n = strlen(plain);
		if (S_ends_with(plain, ".gz"))
			plain[n - 3] = '\0';
		else if (S_ends_with(plain, ".zst"))
			plain[n - 4] = '\0';
		path = plain;
		if (S_ends_with(path, ".xml"))
			return "xml";
		if (S_ends_with(path, ".jsonl") || S_ends_with(path, ".ndjson") ||
		    S_ends_with(path, ".json"))
			return "jsonl";
		if (S_ends_with(path, ".txt"))
			return "text";
	}
	int c;
	while ((c = getc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t')
		;
	if (c != EOF)
		ungetc(c, f);
	return c == '<' ? "xml" : c == '{' ? "jsonl" : "text";
}

static int S_read_file(const char *path, const char *kind, const pm_input_handlers *h)
{
	FILE *f = path ? S_open(path) : stdin;
	const char *name = path ? path : "<stdin>";
	if (!f) {
		fprintf(stderr, "palmyra: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (!kind)
		kind = S_kind(path, f);
	int rc = !strcmp(kind, "xml")     ? S_read_xml(f, name, h)
		 : !strcmp(kind, "jsonl") ? S_read_jsonl(f, name, h)
					  : S_read_text(f, name, h);
	if (f != stdin)
		fclose(f);
	return rc;
}

static int S_read_dir(const char *dir, const char *kind, const pm_input_handlers *h)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort), rc = 0;
	if (n < 0) {
		fprintf(stderr, "palmyra: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	for (int i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
			if (pm_input_read_path(path, kind, h) < 0)
				rc = -1;
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int pm_input_read_path(const char *path, const char *kind, const pm_input_handlers *h)
{
	struct stat st;
	if (path && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return S_read_dir(path, kind, h);
	return S_read_file(path, kind, h);
}
