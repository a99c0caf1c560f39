#include "io/xml_reader.h"

#include <expat.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"

typedef enum { S_NONE, S_TEXT, S_PARSE, S_ENVFIELD } S_field;

typedef struct {
	XML_Parser parser;
	const pm_xml_callbacks *cb;
	pm_xml_env env;
	char *buf;            /* character data of the open field */
	size_t len, cap;
	S_field field;
	char *env_target;     /* which env member the open field fills */
	size_t env_cap;
	int in_sentence;
	char *id, *date, *source, *category, *text, *parse;
	int line;
	int stop;
} S_reader;

static void S_append(S_reader *r, const char *s, size_t n)
{
	if (r->len + n + 1 > r->cap) {
		size_t cap = r->cap ? r->cap : 1024;
		while (cap < r->len + n + 1)
			cap *= 2;
		r->buf = realloc(r->buf, cap);
		if (!r->buf)
			abort();
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
		abort();
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

static char *S_dup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void S_clear_record(S_reader *r)
{
	free(r->id);
	free(r->date);
	free(r->source);
	free(r->category);
	free(r->text);
	free(r->parse);
	r->id = r->date = r->source = r->category = r->text = r->parse = NULL;
}

static void S_env_field(S_reader *r, const char *name)
{
	struct {
		const char *tag;
		char *dst;
		size_t cap;
	} map[] = {
		{"Verbfile", r->env.verbs, sizeof(r->env.verbs)},
		{"Actorfile", r->env.actors, sizeof(r->env.actors)},
		{"Agentfile", r->env.agents, sizeof(r->env.agents)},
		{"Discardfile", r->env.discards, sizeof(r->env.discards)},
		{"Issuefile", r->env.issues, sizeof(r->env.issues)},
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if (!strcmp(name, map[i].tag)) {
			r->field = S_ENVFIELD;
			r->env_target = map[i].dst;
			r->env_cap = map[i].cap;
			r->len = 0;
			return;
		}
	}
}

static void XMLCALL S_start(void *ud, const XML_Char *name, const XML_Char **attrs)
{
	S_reader *r = ud;
	if (!strcmp(name, "Sentence")) {
		S_clear_record(r);
		r->in_sentence = 1;
		r->id = S_dup(S_attr(attrs, "id"));
		r->date = S_dup(S_attr(attrs, "date"));
		r->source = S_dup(S_attr(attrs, "source"));
		r->category = S_dup(S_attr(attrs, "category"));
		r->line = (int)XML_GetCurrentLineNumber(r->parser);
	} else if (!strcmp(name, "Config")) {
		const char *opt = S_attr(attrs, "option"), *val = S_attr(attrs, "value");
		if (opt && r->cb->on_config && r->cb->on_config(r->cb->ctx, opt, val ? val : ""))
			r->stop = 1;
	} else if (r->in_sentence && !strcmp(name, "Text")) {
		r->field = S_TEXT;
		r->len = 0;
	} else if (r->in_sentence && !strcmp(name, "Parse")) {
		r->field = S_PARSE;
		r->len = 0;
	} else if (!r->in_sentence) {
		S_env_field(r, name);
	}
	if (r->stop)
		XML_StopParser(r->parser, XML_FALSE);
}

static void S_finish_env_field(S_reader *r)
{
	char *v = S_collapse(r->buf ? r->buf : "", r->len);
	size_t used = strlen(r->env_target);
	/* Several <Actorfile> elements accumulate, comma separated. */
	if (used && used + 1 < r->env_cap && *v) {
		r->env_target[used++] = ',';
		r->env_target[used] = '\0';
	}
	strncat(r->env_target, v, r->env_cap - used - 1);
	free(v);
}

static void XMLCALL S_end(void *ud, const XML_Char *name)
{
	S_reader *r = ud;
	if (r->field == S_TEXT && !strcmp(name, "Text")) {
		free(r->text);
		r->text = S_collapse(r->buf ? r->buf : "", r->len);
		r->field = S_NONE;
	} else if (r->field == S_PARSE && !strcmp(name, "Parse")) {
		/* as written: the tree reader skips white space itself, and
		 * collapsing the trees cost more than reading the XML around them */
		free(r->parse);
		r->parse = strndup(r->buf ? r->buf : "", r->len);
		if (!r->parse)
			abort();
		r->field = S_NONE;
	} else if (r->field == S_ENVFIELD) {
		S_finish_env_field(r);
		r->field = S_NONE;
	} else if (!strcmp(name, "Environment")) {
		if (r->cb->on_env && r->cb->on_env(r->cb->ctx, &r->env))
			r->stop = 1;
	} else if (!strcmp(name, "Sentence") && r->in_sentence) {
		pm_xml_record rec = {r->id, r->date, r->source, r->category,
				     r->text ? r->text : "", r->parse, r->line};
		r->in_sentence = 0;
		if (r->cb->on_record && r->cb->on_record(r->cb->ctx, &rec))
			r->stop = 1;
		S_clear_record(r);
	}
	if (r->stop)
		XML_StopParser(r->parser, XML_FALSE);
}

static void XMLCALL S_chars(void *ud, const XML_Char *s, int n)
{
	S_reader *r = ud;
	if (r->field != S_NONE)
		S_append(r, s, (size_t)n);
}

int pm_xml_read(FILE *f, const char *name, const pm_xml_callbacks *cb)
{
	S_reader r;
	memset(&r, 0, sizeof(r));
	r.cb = cb;
	r.parser = XML_ParserCreate("UTF-8");
	if (!r.parser)
		return pm_error_set(PM_ENOMEM, "%s: cannot create XML parser", name);
	XML_SetUserData(r.parser, &r);
	XML_SetElementHandler(r.parser, S_start, S_end);
	XML_SetCharacterDataHandler(r.parser, S_chars);

	int rc = 0;
	char chunk[1 << 16];
	for (;;) {
		size_t n = fread(chunk, 1, sizeof(chunk), f);
		int done = n < sizeof(chunk);
		if (XML_Parse(r.parser, chunk, (int)n, done) == XML_STATUS_ERROR) {
			if (!r.stop)
				rc = pm_error_set(PM_EINVALID, "%s:%lu: %s", name,
						  (unsigned long)XML_GetCurrentLineNumber(r.parser),
						  XML_ErrorString(XML_GetErrorCode(r.parser)));
			break;
		}
		if (done || r.stop)
			break;
	}
	S_clear_record(&r);
	free(r.buf);
	XML_ParserFree(r.parser);
	return rc;
}
