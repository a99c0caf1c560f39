/* xml_reader.c - PETRARCH XML records, pulled one at a time from expat. */
#include "io/xml_reader.h"

#include <expat.h>
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
} S_reader;

static const char *const S_env_tags[S_ENV_N] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile",
						"Issuefile"};

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
		r->line = (int)XML_GetCurrentLineNumber(r->parser);
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
	*out = r;
	return 0;
}

/* After expat returned: the record it suspended at, the end, or its error. */
static int S_status(S_reader *r, enum XML_Status st)
{
	if (r->failed) {
		r->done = 1;
		return pm_error_set(PM_ENOMEM, "%s: out of memory", r->file->name);
	}
	if (st == XML_STATUS_ERROR) {
		r->done = 1;
		return pm_error_set(PM_EINVALID, "%s:%lu: %s", r->file->name,
				    (unsigned long)XML_GetCurrentLineNumber(r->parser),
				    XML_ErrorString(XML_GetErrorCode(r->parser)));
	}
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

static int S_next(void *state, pm_input *out)
{
	S_reader *r = state;
	if (r->done)
		return 0;
	XML_ParsingStatus ps;
	XML_GetParsingStatus(r->parser, &ps);
	if (ps.parsing == XML_SUSPENDED) {
		int rc = S_status(r, XML_ResumeParser(r->parser));
		if (rc < 0)
			return rc;
		if (r->ready)
			return S_hand_over(r, out);
	}
	while (!r->fed_final) {
		enum { CHUNK = 1 << 16 };
		void *buf = XML_GetBuffer(r->parser, CHUNK);
		if (!buf) {
			r->done = 1;
			return pm_error_set(PM_ENOMEM, "%s: out of memory", r->file->name);
		}
		long n = pm_source_read(r->src, buf, CHUNK);
		if (n < 0) {
			r->done = 1;
			return (int)n;
		}
		r->fed_final = n == 0;
		int rc = S_status(r, XML_ParseBuffer(r->parser, (int)n, r->fed_final));
		if (rc < 0)
			return rc;
		if (r->ready)
			return S_hand_over(r, out);
	}
	r->done = 1;
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
