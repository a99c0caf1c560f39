/* text_reader.c - a file read whole as one article. */
#include "io/text_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"

typedef struct {
	pm_source *src;
	const pm_reader_file *file;
	char *text;
	int done;
	/* A compressed file that breaks off: its decoded part is handed out,
	 * and the error after it, on the next call. */
	int pending;
	char err[1024];
	char id[512];
} S_text;

/* Text is what is not binary: no NUL byte in the first bytes. */
static int S_sniff(const char *p, size_t n)
{
	return memchr(p, '\0', n) == NULL;
}

static int S_ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && !memcmp(s + n - k, suffix, k);
}

static int S_open(void **out, pm_source *src, const pm_reader_file *file)
{
	S_text *t = calloc(1, sizeof(*t));
	if (!t)
		return pm_error_set(PM_ENOMEM, "%s: out of memory", file->name);
	t->src = src;
	t->file = file;
	const char *base = strrchr(file->name, '/');
	base = base ? base + 1 : file->name;
	size_t n = strlen(base);
	if (n >= sizeof(t->id))
		n = sizeof(t->id) - 1;
	memcpy(t->id, base, n);
	if (S_ends_with(t->id, n, ".gz"))
		n -= 3;
	else if (S_ends_with(t->id, n, ".zst"))
		n -= 4;
	t->id[n] = '\0';
	char *dot = strrchr(t->id, '.');
	if (dot && dot != t->id)
		*dot = '\0';
	*out = t;
	return 0;
}

static void S_close(void *state)
{
	S_text *t = state;
	free(t->text);
	free(t);
}

/* The error kept behind a broken-off file's text, once. */
static int S_pending(S_text *t)
{
	if (!t->pending)
		return 0;
	t->pending = 0;
	return pm_error_set(PM_EINVALID, "%s", t->err);
}

/* A decoder error after some text: the text is coded and the error comes
 * next. Plain files have no decoder; their read errors (EIO) lose the
 * file, which is what pm_reader_skip, which does not read them, counts. */
static int S_keep_error(S_text *t, size_t len)
{
	if (!len || !pm_source_compressed(t->src))
		return 0;
	snprintf(t->err, sizeof(t->err), "%s", pm_error_last() ? pm_error_last() : "read error");
	t->pending = 1;
	return 1;
}

static int S_next(void *state, pm_input *out)
{
	S_text *t = state;
	if (t->done)
		return S_pending(t);
	t->done = 1;
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap);
	long n;
	while (buf && (n = pm_source_read(t->src, buf + len, cap - len - 1)) != 0) {
		if (n < 0) {
			if (S_keep_error(t, len))
				break;
			free(buf);
			return (int)n;
		}
		len += (size_t)n;
		if (cap - len < 4096) {
			char *more = realloc(buf, cap *= 2);
			if (!more)
				free(buf);
			buf = more;
		}
	}
	if (!buf)
		return pm_error_set(PM_ENOMEM, "%s: out of memory", t->file->name);
	buf[len] = '\0';
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		memmove(buf, buf + 3, (len -= 3) + 1);   /* a byte-order mark */
	t->text = buf;
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_ARTICLE;
	in.id = t->id;
	in.text = buf;
	in.len = len;
	in.origin = t->file->name;
	*out = in;
	return 1;
}

/* A whole file is one document: passing over a plain one reads nothing.
 * A compressed one is decoded (and dropped), to count as S_next does: a
 * document and then an error when it breaks off. */
static int S_skip(void *state)
{
	S_text *t = state;
	if (t->done)
		return S_pending(t);
	t->done = 1;
	if (!pm_source_compressed(t->src))
		return 1;
	char buf[1 << 14];
	size_t len = 0;
	long n;
	while ((n = pm_source_read(t->src, buf, sizeof(buf))) > 0)
		len += (size_t)n;
	if (n < 0 && !S_keep_error(t, len))
		return (int)n;
	return 1;
}

static const char *const S_endings[] = {".txt", NULL};

const pm_reader_kind pm_text_reader = {"text", S_endings, S_sniff, S_open, S_next, S_skip,
				       S_close, NULL, NULL, NULL};
