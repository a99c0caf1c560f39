/* xml_reader.c - PETRARCH XML records, pulled one at a time from expat. */
#include "io/xml_reader.h"

#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"

typedef enum { S_NONE, S_TEXT, S_PARSE, S_ENVFIELD } S_field;

enum { S_ENV_VERBS, S_ENV_ACTORS, S_ENV_AGENTS, S_ENV_DISCARDS, S_ENV_ISSUES, S_ENV_N };

typedef struct {
	char *name, *value;
} S_config;

typedef struct {
	XML_Parser parser;
	pm_source *src;
	const pm_reader_file *file;
	char *buf;            /* character data of the open field */
	size_t len, cap;
	S_field field;
	int env_target;       /* which env member the open field fills */
	char *env[S_ENV_N];   /* "" until named */
	int has_env;
	S_config *configs;
	int n_configs;
	int in_sentence;
	char *id, *date, *source, *text, *parse;
	int line;
	int ready;            /* a record is complete and the parser suspended */
	int fed_final;        /* the last bytes have been given to expat */
	int done;             /* nothing more from this file */
	int failed;           /* out of memory in a handler */
	char origin[1024];
	/* After an XML error the reader finds the next "<Sentence" in the
	 * bytes after it and starts a new parser there (behind a "<Sentences>"
	 * of its own): the last bytes read are kept in win, which starts at
	 * stream offset win_start, on file line win_line. */
	char *win;
	size_t win_len, win_cap;
	long long win_start;
	long win_line;
	size_t pending;       /* bytes at the end of win not yet given to the parser */
	long long parser_base;/* stream offset of the parser's first byte of the file */
	long prefix;          /* bytes of our own fed before it */
	long line_base;       /* file line of that first byte */
	long long last_end;   /* stream offset where the last record handed out ended */
	int resynced;         /* the parser started after an error */
} S_reader;

static const char *const S_env_tags[S_ENV_N] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile",
						"Issuefile"};

/* The file line of the parser's current position. */
static long S_line_now(const S_reader *r)
{
	return r->line_base + (long)XML_GetCurrentLineNumber(r->parser) - 1;
}

/* The stream offset of the parser's current position. */
static long long S_offset_now(const S_reader *r)
{
	long long at = (long long)XML_GetCurrentByteIndex(r->parser) - r->prefix;
	return r->parser_base + (at > 0 ? at : 0);
}

static int S_sniff(const char *p, size_t n)
{
	return n > 0 && p[0] == '<';
}

/* Stops expat for good when a handler cannot allocate. */
static void S_oom(S_reader *r)
{
	r->failed = 1;
	XML_StopParser(r->parser, XML_FALSE);
}

static void S_append(S_reader *r, const char *s, size_t n)
{
	if (r->len + n + 1 > r->cap) {
		size_t cap = r->cap ? r->cap : 1024;
		while (cap < r->len + n + 1)
			cap *= 2;
		char *p = realloc(r->buf, cap);
		if (!p) {
			S_oom(r);
			return;
		}
		r->buf = p;
		r->cap = cap;
	}
	memcpy(r->buf + r->len, s, n);
	r->len += n;
	r->buf[r->len] = '\0';
}

/* Newlines and runs of blanks become one space; ends are trimmed. */
static char *S_collapse(const char *s, size_t n)
{
	char *out = malloc(n + 1);
	size_t k = 0;
	int space = 0;
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = k > 0;
			continue;
		}
		if (space)
			out[k++] = ' ';
		space = 0;
		out[k++] = (char)c;
	}
	out[k] = '\0';
	return out;
}

static const char *S_attr(const XML_Char **attrs, const char *name)
{
	for (int i = 0; attrs[i]; i += 2)
		if (!strcmp(attrs[i], name))
			return attrs[i + 1];
	return NULL;
}

static char *S_dup(S_reader *r, const char *s)
{
	char *d = s ? strdup(s) : NULL;
	if (s && !d)
		S_oom(r);
	return d;
}

static void S_clear_record(S_reader *r)
{
	free(r->id);
	free(r->date);
	free(r->source);
	free(r->text);
	free(r->parse);
	r->id = r->date = r->source = r->text = r->parse = NULL;
}

static void S_set_config(S_reader *r, const char *name, const char *value)
{
	for (int i = 0; i < r->n_configs; i++) {
		if (!strcmp(r->configs[i].name, name)) {
			char *v = S_dup(r, value);
			if (v) {
				free(r->configs[i].value);
				r->configs[i].value = v;
			}
			return;
		}
	}
	S_config *c = realloc(r->configs, (size_t)(r->n_configs + 1) * sizeof(*c));
	if (!c) {
		S_oom(r);
		return;
	}
	r->configs = c;
	c[r->n_configs].name = S_dup(r, name);
	c[r->n_configs].value = S_dup(r, value);
	if (!c[r->n_configs].name || !c[r->n_configs].value) {
		free(c[r->n_configs].name);
		free(c[r->n_configs].value);
		return;
	}
	r->n_configs++;
}

static void XMLCALL S_start(void *ud, const XML_Char *name, const XML_Char **attrs)
{
	S_reader *r = ud;
	if (!strcmp(name, "Sentence")) {
		S_clear_record(r);
		r->in_sentence = 1;
		r->id = S_dup(r, S_attr(attrs, "id"));
		r->date = S_dup(r, S_attr(attrs, "date"));
		r->source = S_dup(r, S_attr(attrs, "source"));
		r->line = (int)S_line_now(r);
	} else if (!strcmp(name, "Config")) {
		const char *opt = S_attr(attrs, "option"), *val = S_attr(attrs, "value");
		if (opt)
			S_set_config(r, opt, val ? val : "");
	} else if (r->in_sentence && !strcmp(name, "Text")) {
		r->field = S_TEXT;
		r->len = 0;
	} else if (r->in_sentence && !strcmp(name, "Parse")) {
		r->field = S_PARSE;
		r->len = 0;
	} else if (!r->in_sentence) {
		for (int i = 0; i < S_ENV_N; i++) {
			if (!strcmp(name, S_env_tags[i])) {
				r->field = S_ENVFIELD;
				r->env_target = i;
				r->len = 0;
			}
		}
	}
}

/* Several <Actorfile> elements accumulate, comma separated. */
static void S_finish_env_field(S_reader *r)
{
	char *v = S_collapse(r->buf ? r->buf : "", r->len);
	char *old = r->env[r->env_target];
	size_t used = strlen(old), n = v ? strlen(v) : 0;
	char *joined = v ? malloc(used + n + 2) : NULL;
	if (!joined) {
		free(v);
		S_oom(r);
		return;
	}
	memcpy(joined, old, used);
	if (used && n)
		joined[used++] = ',';
	memcpy(joined + used, v, n + 1);
	free(v);
	free(old);
	r->env[r->env_target] = joined;
}

static void XMLCALL S_end(void *ud, const XML_Char *name)
{
	S_reader *r = ud;
	if (r->field == S_TEXT && !strcmp(name, "Text")) {
		free(r->text);
		if (!(r->text = S_collapse(r->buf ? r->buf : "", r->len)))
			S_oom(r);
		r->field = S_NONE;
	} else if (r->field == S_PARSE && !strcmp(name, "Parse")) {
		/* as written: the tree reader skips white space itself, and
		 * collapsing the trees cost more than reading the XML around them */
		free(r->parse);
		if (!(r->parse = strndup(r->buf ? r->buf : "", r->len)))
			S_oom(r);
		r->field = S_NONE;
	} else if (r->field == S_ENVFIELD) {
		S_finish_env_field(r);
		r->field = S_NONE;
	} else if (!strcmp(name, "Environment")) {
		r->has_env = 1;
	} else if (!strcmp(name, "Sentence") && r->in_sentence) {
		r->in_sentence = 0;
		r->last_end = S_offset_now(r);
		if (!r->failed) {
			r->ready = 1;
			XML_StopParser(r->parser, XML_TRUE);   /* suspend: hand the record over */
		}
	}
}

static void XMLCALL S_chars(void *ud, const XML_Char *s, int n)
{
	S_reader *r = ud;
	if (r->field != S_NONE)
		S_append(r, s, (size_t)n);
}

static void S_close(void *state)
{
	S_reader *r = state;
	if (!r)
		return;
	S_clear_record(r);
	for (int i = 0; i < S_ENV_N; i++)
		free(r->env[i]);
	for (int i = 0; i < r->n_configs; i++) {
		free(r->configs[i].name);
		free(r->configs[i].value);
	}
	free(r->configs);
	free(r->buf);
	free(r->win);
	if (r->parser)
		XML_ParserFree(r->parser);
	free(r);
}

static int S_open(void **out, pm_source *src, const pm_reader_file *file)
{
	S_reader *r = calloc(1, sizeof(*r));
	if (!r)
		return pm_error_set(PM_ENOMEM, "%s: out of memory", file->name);
	r->src = src;
	r->file = file;
	for (int i = 0; i < S_ENV_N; i++)
		if (!(r->env[i] = strdup(""))) {
			S_close(r);
			return pm_error_set(PM_ENOMEM, "%s: out of memory", file->name);
		}
	if (!(r->parser = XML_ParserCreate("UTF-8"))) {
		S_close(r);
		return pm_error_set(PM_ENOMEM, "%s: cannot create XML parser", file->name);
	}
	XML_SetUserData(r->parser, r);
	XML_SetElementHandler(r->parser, S_start, S_end);
	XML_SetCharacterDataHandler(r->parser, S_chars);
	r->win_line = 1;
	r->line_base = 1;
	*out = r;
	return 0;
}

/* ---- The window of bytes read, for starting again after an error ---------------- */

static long S_newlines(const char *p, size_t n)
{
	long k = 0;
	for (const char *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))); p++)
		k++;
	return k;
}

/* Drops the window's bytes before stream offset at (their lines counted). */
static void S_win_drop(S_reader *r, long long at)
{
	if (at <= r->win_start)
		return;
	size_t k = (size_t)(at - r->win_start);
	if (k > r->win_len)
		k = r->win_len;
	if (!k)
		return;
	r->win_line += S_newlines(r->win, k);
	memmove(r->win, r->win + k, r->win_len - k);
	r->win_len -= k;
	r->win_start += (long long)k;
}

/* Reads up to n more bytes into the window: how many (0 at the end), or
 * negative for a source error. */
static long S_win_read(S_reader *r, size_t n)
{
	if (r->win_cap - r->win_len < n) {
		size_t cap = r->win_cap ? r->win_cap : 2 * n;
		while (cap - r->win_len < n)
			cap *= 2;
		char *w = realloc(r->win, cap);
		if (!w)
			return pm_error_set(PM_ENOMEM, "%s: out of memory", r->file->name);
		r->win = w;
		r->win_cap = cap;
	}
	long got = pm_source_read(r->src, r->win + r->win_len, n);
	if (got > 0)
		r->win_len += (size_t)got;
	return got;
}

/* A record starts at p: "<Sentence" and a blank, '>' or '/'. */
static int S_record_at(const char *p, const char *end)
{
	static const char tag[] = "<Sentence";
	if (end - p < (long)sizeof(tag) || memcmp(p, tag, sizeof(tag) - 1))
		return 0;
	char c = p[sizeof(tag) - 1];
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/';
}

static int S_records_in(const char *p, size_t n)
{
	int k = 0;
	for (const char *e = p + n; (p = memchr(p, '<', (size_t)(e - p))); p++)
		k += S_record_at(p, e);
	return k;
}

enum { S_CHUNK = 1 << 16 };

/* The parser failed at stream offset at, on file line line: the records
 * begun since the last one handed out are lost. The next "<Sentence"
 * after at (read on as far as needed) is where a new parser starts. 1
 * when one was found, 0 when the file has none, negative for a source
 * error; *lost gets the count. */
static int S_resync(S_reader *r, long long at, int *lost)
{
	long long from = r->last_end > r->win_start ? r->last_end : r->win_start;
	long long to = at + 1, end = r->win_start + (long long)r->win_len;
	if (to > end)
		to = end;                      /* an error at the end of what was read */
	int begun = 0;
	if (to > from)
		begun = S_records_in(r->win + (from - r->win_start), (size_t)(to - from));
	*lost = begun > r->in_sentence ? begun : r->in_sentence;
	S_win_drop(r, at + 1);
	for (;;) {
		const char *end = r->win + r->win_len;
		for (const char *p = r->win; (p = memchr(p, '<', (size_t)(end - p))); p++) {
			if (!S_record_at(p, end))
				continue;
			S_win_drop(r, r->win_start + (p - r->win));
			return 1;
		}
		/* keep a tag's worth, in case one is split between reads */
		if (r->win_len > 16)
			S_win_drop(r, r->win_start + (long long)r->win_len - 16);
		if (r->fed_final)
			return 0;
		long got = S_win_read(r, S_CHUNK);
		if (got < 0)
			return (int)got;
		if (got == 0) {
			r->fed_final = 1;
			return 0;
		}
	}
}

/* A new parser for the bytes from the window's start, which is a record's. */
static int S_restart(S_reader *r)
{
	static const char prefix[] = "<Sentences>";
	if (XML_ParserReset(r->parser, "UTF-8") != XML_TRUE)
		return pm_error_set(PM_ENOMEM, "%s: cannot restart the XML parser", r->file->name);
	XML_SetUserData(r->parser, r);
	XML_SetElementHandler(r->parser, S_start, S_end);
	XML_SetCharacterDataHandler(r->parser, S_chars);
	r->in_sentence = 0;
	r->field = S_NONE;
	r->len = 0;
	r->ready = 0;
	r->parser_base = r->win_start;
	r->line_base = r->win_line;
	r->prefix = (long)sizeof(prefix) - 1;
	r->resynced = 1;
	r->pending = r->win_len;
	if (XML_Parse(r->parser, prefix, (int)sizeof(prefix) - 1, XML_FALSE) != XML_STATUS_OK)
		return pm_error_set(PM_ERROR, "%s: cannot restart the XML parser", r->file->name);
	return 0;
}

/* The parser stopped with an error: the error, with how many records it
 * cost, as a bad record; reading goes on at the next record, if any.
 * Returns the (negative) code to hand out, or 0 when no record was lost
 * (an error between records: a warning, none at all once the parser was
 * restarted, since our own "<Sentences>" in front makes the file's
 * closing tags look wrong). */
static int S_error(S_reader *r)
{
	char what[256];
	snprintf(what, sizeof(what), "%s", XML_ErrorString(XML_GetErrorCode(r->parser)));
	long line = S_line_now(r);
	long long at = S_offset_now(r);
	int lost = 0;
	r->line = (int)line;
	int found = S_resync(r, at, &lost);
	if (found < 0) {
		r->done = 1;
		return found;
	}
	if (found && S_restart(r) < 0) {
		r->done = 1;
		return PM_ERROR;
	}
	if (!found)
		r->done = 1;
	if (!lost) {
		/* between records (text after the root, a second root): said, but
		 * no record is lost; after a restart, our own "<Sentences>" is
		 * closed by the file's and what follows is no error of its */
		if (!r->resynced) {
			char msg[1400];
			snprintf(msg, sizeof(msg), "%s:%ld: %s, between records (none lost)%s", r->file->name,
				 line, what, found ? "; reading goes on at the next" : "");
			r->file->warn(r->file->warn_ctx, msg);
		}
		return 0;
	}
	if (found)
		return pm_error_set(PM_EINVALID, "%s:%ld: %s: %d record%s skipped; reading goes on at line %ld",
				    r->file->name, line, what, lost, lost == 1 ? "" : "s", r->line_base);
	return pm_error_set(PM_EINVALID, "%s:%ld: %s: %d record%s lost (no record follows)", r->file->name,
			    line, what, lost, lost == 1 ? "" : "s");
}

/* After expat returned: 0 (a record ready, or more to feed), or the
 * error to hand out (negative); an error that cost nothing ends quietly
 * (r->done). */
static int S_status(S_reader *r, enum XML_Status st)
{
	if (r->failed) {
		r->done = 1;
		return pm_error_set(PM_ENOMEM, "%s: out of memory", r->file->name);
	}
	if (st == XML_STATUS_ERROR)
		return S_error(r);
	return 0;
}

static int S_hand_over(S_reader *r, pm_input *out)
{
	r->ready = 0;
	pm_reader_origin(r->origin, sizeof(r->origin), r->file->name, r->line);
	if (!r->id) {
		char msg[1100];
		snprintf(msg, sizeof(msg), "%s: record has no id", r->origin);
		r->file->warn(r->file->warn_ctx, msg);
	}
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_SENTENCE;
	in.id = r->id ? r->id : "";
	in.date = r->date;
	in.outlet = r->source;
	in.text = r->text ? r->text : "";
	in.len = strlen(in.text);
	in.parse = r->parse;
	in.origin = r->origin;
	*out = in;
	return 1;
}

/* Gives the parser n bytes from the window's end (final: no more follow). */
static enum XML_Status S_feed(S_reader *r, size_t n, int final)
{
	void *buf = XML_GetBuffer(r->parser, (int)(n ? n : 1));
	if (!buf) {
		r->failed = 1;
		return XML_STATUS_ERROR;
	}
	memcpy(buf, r->win + r->win_len - n, n);
	return XML_ParseBuffer(r->parser, (int)n, final);
}

static int S_next(void *state, pm_input *out)
{
	S_reader *r = state;
	while (!r->done) {
		XML_ParsingStatus ps;
		XML_GetParsingStatus(r->parser, &ps);
		int rc = 0;
		if (ps.parsing == XML_SUSPENDED) {
			rc = S_status(r, XML_ResumeParser(r->parser));
		} else if (r->pending) {
			/* the bytes after an error, for the parser started there */
			size_t n = r->pending;
			r->pending = 0;
			rc = S_status(r, S_feed(r, n, r->fed_final));
		} else if (!r->fed_final) {
			/* keep the last chunk before this one: an error's offset
			 * may lie in it, where a token began */
			if (r->win_len > S_CHUNK)
				S_win_drop(r, r->win_start + (long long)(r->win_len - S_CHUNK));
			long n = S_win_read(r, S_CHUNK);
			if (n < 0) {
				r->done = 1;
				return (int)n;
			}
			r->fed_final = n == 0;
			rc = S_status(r, S_feed(r, (size_t)n, r->fed_final));
		} else {
			r->done = 1;
			break;
		}
		if (rc < 0)
			return rc;
		if (r->ready)
			return S_hand_over(r, out);
	}
	return 0;
}

static int S_env(void *state, pm_reader_env *out)
{
	S_reader *r = state;
	if (!r->has_env)
		return PM_ENOTFOUND;
	out->verbs = r->env[S_ENV_VERBS];
	out->actors = r->env[S_ENV_ACTORS];
	out->agents = r->env[S_ENV_AGENTS];
	out->discards = r->env[S_ENV_DISCARDS];
	out->issues = r->env[S_ENV_ISSUES];
	return 0;
}

static const char *S_config_get(void *state, const char *option)
{
	S_reader *r = state;
	for (int i = 0; i < r->n_configs; i++)
		if (!strcmp(r->configs[i].name, option))
			return r->configs[i].value;
	return NULL;
}

static const char *const S_endings[] = {".xml", NULL};

static long S_where(void *state)
{
	return ((S_reader *)state)->line;
}

/* no skip: the records must be parsed to be found */
const pm_reader_kind pm_xml_reader = {"xml", S_endings, S_sniff, S_open, S_next, NULL, S_close,
				      S_env, S_config_get, S_where};
