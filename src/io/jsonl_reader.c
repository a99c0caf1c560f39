/* jsonl_reader.c - JSON lines into PM_INPUT_BODY documents. */
#include "io/jsonl_reader.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"

typedef struct {
	pm_source *src;
	const pm_reader_file *file;
	long lineno;
	json_t *obj;          /* the document handed out last */
	char *extra;
	char id[32];
	char origin[1024];
} S_jsonl;

static int S_sniff(const char *p, size_t n)
{
	return n > 0 && p[0] == '{';
}

static int S_open(void **out, pm_source *src, const pm_reader_file *file)
{
	S_jsonl *j = calloc(1, sizeof(*j));
	if (!j)
		return pm_error_set(PM_ENOMEM, "%s: out of memory", file->name);
	j->src = src;
	j->file = file;
	*out = j;
	return 0;
}

static void S_release(S_jsonl *j)
{
	json_decref(j->obj);
	j->obj = NULL;
	free(j->extra);
	j->extra = NULL;
}

static void S_close(void *state)
{
	S_jsonl *j = state;
	S_release(j);
	free(j);
}

static const char *S_get_str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The fields that are not ours, as object text, or NULL: a caller may carry
 * them into the events' doc metadata. */
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

/* The next line that is not blank: 1 with *line and *n set, 0 at the end. */
static int S_line(S_jsonl *j, char **out, size_t *len)
{
	char *line;
	size_t n;
	int rc;
	for (;;) {
		if ((rc = pm_source_line(j->src, &line, &n)) <= 0)
			return rc;
		if (j->lineno++ == 0 && n >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) {
			line += 3;      /* a byte-order mark */
			n -= 3;
		}
		size_t k = 0;
		while (k < n && (line[k] == ' ' || line[k] == '\t'))
			k++;
		if (k < n)
			break;
	}
	*out = line;
	*len = n;
	return 1;
}

/* One line, one document (or bad record): nothing to parse to pass it over. */
static int S_skip(void *state)
{
	S_jsonl *j = state;
	char *line;
	size_t n;
	S_release(j);
	return S_line(j, &line, &n);
}

static int S_next(void *state, pm_input *out)
{
	S_jsonl *j = state;
	S_release(j);
	char *line;
	size_t n;
	int rc = S_line(j, &line, &n);
	if (rc <= 0)
		return rc;
	pm_reader_origin(j->origin, sizeof(j->origin), j->file->name, j->lineno);
	json_error_t err;
	json_t *o = json_loadb(line, n, 0, &err);
	if (!o || !json_is_object(o)) {
		json_decref(o);
		return pm_error_set(PM_EINVALID, "%s: not a JSON object: %s", j->origin,
				    o ? "(array or value)" : err.text);
	}
	const char *text = S_get_str(o, "text");
	if (!text) {
		json_decref(o);
		return pm_error_set(PM_EINVALID, "%s: record has no \"text\" string", j->origin);
	}
	j->obj = o;
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = S_get_str(o, "id");
	if (!in.id) {
		json_t *v = json_object_get(o, "id");
		long long num = json_is_integer(v) ? (long long)json_integer_value(v) : j->lineno;
		snprintf(j->id, sizeof(j->id), "%lld", num);
		in.id = j->id;
	}
	in.date = S_get_str(o, "date");
	in.outlet = S_get_str(o, "outlet");
	if (!in.outlet)
		in.outlet = S_get_str(o, "source");   /* the older name */
	in.title = S_get_str(o, "title");
	in.url = S_get_str(o, "url");
	in.text = text;
	in.len = strlen(text);
	in.origin = j->origin;
	if (j->file->keep_fields)
		in.extra = j->extra = S_unknown_fields(o);
	*out = in;
	return 1;
}

static long S_where(void *state)
{
	return ((S_jsonl *)state)->lineno;
}

static const char *const S_endings[] = {".jsonl", ".ndjson", ".json", NULL};

const pm_reader_kind pm_jsonl_reader = {"jsonl", S_endings, S_sniff, S_open, S_next, S_skip,
					S_close, NULL, NULL, S_where};
