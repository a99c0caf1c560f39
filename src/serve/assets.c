/* assets.c - the page's files: / (index.html) and /static/PATH.
 *
 * A path is refused unless it is plainly a relative name of a file below
 * an asset folder: no "..", no hidden names, no '%' (libmicrohttpd has
 * decoded the URL once; a second layer of encoding is an attack, not a
 * file name), no backslashes or control bytes, not absolute. The file
 * found is resolved (symbolic links followed) and must still lie inside
 * the folder it was looked up in. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "serve/serve.h"

static const struct {
	const char *ext, *type;
} S_types[] = {
	{"html", "text/html; charset=utf-8"},        {"js", "text/javascript; charset=utf-8"},
	{"mjs", "text/javascript; charset=utf-8"},   {"css", "text/css; charset=utf-8"},
	{"json", "application/json; charset=utf-8"}, {"geojson", "application/geo+json"},
	{"topojson", "application/json"},            {"map", "application/json"},
	{"svg", "image/svg+xml"},                    {"png", "image/png"},
	{"jpg", "image/jpeg"},                       {"jpeg", "image/jpeg"},
	{"gif", "image/gif"},                        {"webp", "image/webp"},
	{"ico", "image/x-icon"},                     {"woff", "font/woff"},
	{"woff2", "font/woff2"},                     {"ttf", "font/ttf"},
	{"txt", "text/plain; charset=utf-8"},        {"wasm", "application/wasm"},
};

static const char *S_type(const char *path)
{
	const char *dot = strrchr(path, '.');
	for (size_t i = 0; dot && i < sizeof(S_types) / sizeof(S_types[0]); i++)
		if (!strcmp(dot + 1, S_types[i].ext))
			return S_types[i].type;
	return "application/octet-stream";
}

static int S_safe(const char *rel)
{
	size_t n = strlen(rel);
	if (n == 0 || n > 512 || rel[0] == '/' || strstr(rel, "..") || strstr(rel, "//") ||
	    strpbrk(rel, "%\\:"))
		return 0;
	for (const char *p = rel; *p; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return 0;
		if (*p == '.' && (p == rel || p[-1] == '/'))
			return 0;        /* a hidden name (.git, .env) */
	}
	return 1;
}

/* The file rel under root, resolved, when it stays inside root: 0 with
 * out filled, -1 otherwise. */
static int S_resolve(const char *root, const char *rel, char out[PATH_MAX])
{
	char base[PATH_MAX], want[PATH_MAX * 2];
	if (!realpath(root, base))
		return -1;
	snprintf(want, sizeof(want), "%s/%s", base, rel);
	if (!realpath(want, out))
		return -1;
	size_t n = strlen(base);
	return !strncmp(out, base, n) && out[n] == '/' ? 0 : -1;
}

static int S_send(pm_serve_req *r, const char *path)
{
	struct stat st;
	FILE *f = fopen(path, "rb");
	if (!f || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		if (f)
			fclose(f);
		return 0;
	}
	if (st.st_size > PM_SERVE_MAX_FILE) {
		fclose(f);
		return pm_serve_error(r, 413, "the file is too large to serve");
	}
	char chunk[65536];
	size_t got;
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0)
		fwrite(chunk, 1, got, r->body);
	int bad = ferror(f);
	fclose(f);
	if (bad)
		return pm_serve_error(r, 500, "cannot read the file");
	r->content_type = S_type(path);
	return 200;
}

int pm_serve_asset(pm_serve_req *r, const char *rel)
{
	if (!S_safe(rel))
		return pm_serve_error(r, 400, "not a path this server serves");
	for (char **root = r->srv->assets; root && *root; root++) {
		char path[PATH_MAX];
		if (S_resolve(*root, rel, path) < 0)
			continue;
		int status = S_send(r, path);
		if (status)
			return status;
	}
	if (!r->srv->assets || !r->srv->assets[0])
		return pm_serve_error(r, 404, "no page here: this server has no asset folder "
				      "(palmyra serve --assets DIR)");
	return pm_serve_error(r, 404, "no such file: %s", rel);
}
