/* eval_docs.c - documents in, events coded, lines kept; see eval_docs.h. */
#include "eval_docs.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define S_HOLE "\"incident\":null"

int eval_lines_add(eval_lines *l, const pm_event *ev)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);
	if (!m)
		return -1;
	pm_event_write(m, PM_FORMAT_JSONL, ev, 1);
	fclose(m);
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 256;
		char **grown = realloc(l->lines, cap * sizeof(*grown));
		if (!grown) {
			free(buf);
			return -1;
		}
		l->lines = grown;
		l->cap = cap;
	}
	l->lines[l->n++] = buf;
	return 0;
}

void eval_lines_write(FILE *f, const eval_lines *l, size_t i, const char *id)
{
	const char *line = l->lines[i], *hole = strstr(line, S_HOLE);
	if (!hole || !id) {
		fputs(line, f);
		return;
	}
	fwrite(line, 1, (size_t)(hole - line), f);
	fprintf(f, "\"incident\":\"%s\"", id);
	fputs(hole + strlen(S_HOLE), f);
}

void eval_lines_free(eval_lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->lines[i]);
	free(l->lines);
	*l = (eval_lines){0};
}

static const char *S_str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static int S_code_article(pm_coder *c, const char *path, pm_event_fn on_event, void *ctx)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		return -1;
	}
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	char buf[4096];
	size_t k;
	while ((k = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, k, m);
	fclose(m);
	fclose(f);
	pm_input inp = PM_INPUT_INIT;
	inp.kind = PM_INPUT_ARTICLE;
	inp.id = path;
	inp.text = text;
	inp.len = len;
	inp.origin = path;
	pm_coder_code(c, &inp, on_event, ctx);
	free(text);
	return 0;
}

static json_t *S_read_lines(const char *path)
{
	FILE *in = fopen(path, "r");
	if (!in) {
		perror(path);
		return NULL;
	}
	json_t *docs = json_array();
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	json_error_t err;
	while (getline(&line, &cap, in) > 0) {
		lineno++;
		json_t *d = json_loads(line, 0, &err);
		if (d)
			json_array_append_new(docs, d);
		else
			fprintf(stderr, "%s:%zu: %s\n", path, lineno, err.text);
	}
	free(line);
	fclose(in);
	return docs;
}

/* A permutation of 0..n-1 from seed, by the same generator everywhere. */
static void S_shuffle(size_t *order, size_t n, const char *seed)
{
	unsigned long long s = strtoull(seed, NULL, 10) * 6364136223846793005ULL + 1;
	for (size_t i = n; i > 1; i--) {
		s = s * 6364136223846793005ULL + 1442695040888963407ULL;
		size_t j = (size_t)((s >> 33) % i), t = order[i - 1];
		order[i - 1] = order[j];
		order[j] = t;
	}
}

int eval_docs_code(pm_coder *c, const char *path, const char *shuffle_seed,
		   pm_event_fn on_event, void *ctx)
{
	size_t plen = strlen(path);
	if (plen > 4 && !strcmp(path + plen - 4, ".txt"))
		return S_code_article(c, path, on_event, ctx);
	json_t *docs = S_read_lines(path);
	if (!docs)
		return -1;
	size_t n = json_array_size(docs);
	size_t *order = malloc((n + 1) * sizeof(*order));
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	if (shuffle_seed)
		S_shuffle(order, n, shuffle_seed);
	for (size_t i = 0; i < n; i++) {
		json_t *d = json_array_get(docs, order[i]);
		pm_input inp = PM_INPUT_INIT;
		inp.kind = PM_INPUT_BODY;
		inp.id = S_str(d, "id");
		inp.date = S_str(d, "date");
		inp.outlet = S_str(d, "outlet");
		inp.title = S_str(d, "title");
		inp.text = S_str(d, "text");
		inp.origin = path;
		pm_coder_code(c, &inp, on_event, ctx);
	}
	free(order);
	json_decref(docs);
	return 0;
}
