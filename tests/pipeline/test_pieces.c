/* test_pieces.c - text that is too big or too odd for one pass: a document
 * over max_doc_bytes is coded in pieces (the same events, sentence numbers
 * going on) or refused; a sentence over the parser's 300 tokens is coded
 * in pieces instead of dropped; a NUL byte is a space; a <Config> number
 * out of range is refused. Uses the bundled dictionaries and tagger model;
 * skips, saying so, without them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "palmyra.h"
#include "../test.h"
#include "coder_testlib.h"

typedef struct {
	char *text;
	size_t len;
	FILE *f;
	int n;
	char last_text[512];
	int last_sentence;
} S_out;

static int S_keep(void *ctx, const pm_event *ev)
{
	S_out *o = ctx;
	o->n++;
	pm_event_write(o->f, PM_FORMAT_JSONL, ev, 0);
	snprintf(o->last_text, sizeof(o->last_text), "%s", ev->text);
	o->last_sentence = ev->sentence;
	return 0;
}

static int S_code(pm_coder *c, const char *text, size_t len, S_out *o)
{
	memset(o, 0, sizeof(*o));
	o->f = open_memstream(&o->text, &o->len);
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = "big";
	in.date = "2015-01-01";
	in.text = text;
	in.len = len;
	in.origin = "big.jsonl:1";
	int rc = pm_coder_code(c, &in, S_keep, o);
	fclose(o->f);
	return rc;
}

typedef struct {
	int n;
	char warning[512];
} S_warned;

static void S_warn(void *ctx, const char *message)
{
	S_warned *w = ctx;
	w->n++;
	snprintf(w->warning, sizeof(w->warning), "%s", message);
}

static pm_coder *S_coder(size_t max, int oversize, S_warned *w)
{
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	o.data_dir = "data";
	o.enrich = 0;
	o.max_doc_bytes = max;
	o.oversize = oversize;
	o.warn = S_warn;
	o.warn_ctx = w;
	pm_coder *c = NULL;
	if (pm_coder_new(&c, &o) < 0)
		return NULL;
	return c;
}

typedef struct {
	int n, last;
	int in_order;
} S_sents;

static int S_sentence(void *ctx, const pm_parsed *p)
{
	S_sents *s = ctx;
	s->in_order = s->in_order && p->sentence == s->n;
	s->n++;
	return 0;
}

static void test_pieces(void)
{
	/* 120 paragraphs of 10 sentences, about 60 KB */
	size_t cap = 200000, len = 0;
	char *text = malloc(cap);
	for (int p = 0; p < 120; p++)
		for (int k = 0; k < 10; k++)
			len += (size_t)snprintf(text + len, cap - len, "Syrian troops attacked rebels in Aleppo on day %d.%s",
						p * 10 + k, k == 9 ? "\n\n" : " ");
	S_warned w0 = {0, ""}, w1 = {0, ""}, w2 = {0, ""};
	pm_coder *whole = S_coder(0, PM_OVERSIZE_SPLIT, &w0);
	pm_coder *split = S_coder(4096, PM_OVERSIZE_SPLIT, &w1);
	pm_coder *refuse = S_coder(4096, PM_OVERSIZE_REFUSE, &w2);
	CHECK(whole && split && refuse);
	if (!whole || !split || !refuse)
		goto out;
	S_out a, b, r;
	CHECK_INT(S_code(whole, text, len, &a), 0);
	CHECK_INT(S_code(split, text, len, &b), 0);
	CHECK_INT(a.n, 1200);
	CHECK_INT(b.n, a.n);
	CHECK(a.len == b.len && !memcmp(a.text, b.text, a.len));
	CHECK_INT(b.last_sentence, 1199);
	CHECK_INT(w0.n, 0);
	CHECK_INT(w1.n, 1);
	CHECK(strstr(w1.warning, "big.jsonl:1: a document of") && strstr(w1.warning, " pieces cut at paragraph ends"));
	pm_coder_stats st;
	pm_coder_stats_get(split, &st);
	CHECK_INT(st.documents, 1);
	CHECK_INT(st.sentences, 1200);

	/* refused whole, with the limit named */
	CHECK_INT(S_code(refuse, text, len, &r), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "big.jsonl:1: a document of") && strstr(pm_error_last(), "over the 4096-byte limit"));
	CHECK_INT(r.n, 0);
	pm_coder_stats_get(refuse, &st);
	CHECK_INT(st.errors, 1);

	/* a paragraph longer than a piece is cut at a sentence end */
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n')
			text[i] = ' ';
	free(b.text);
	CHECK_INT(S_code(split, text, len, &b), 0);
	CHECK_INT(b.n, 1200);
	CHECK(!strcmp(b.last_text, "Syrian troops attacked rebels in Aleppo on day 1199."));

	/* pm_coder_parse goes through the pieces with the sentences numbered on */
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = "big";
	in.text = text;
	in.len = len;
	S_sents s = {0, 0, 1};
	CHECK_INT(pm_coder_parse(split, &in, S_sentence, &s), 0);
	CHECK_INT(s.n, 1200);
	CHECK(s.in_order);
	free(a.text);
	free(b.text);
	free(r.text);
out:
	pm_coder_free(whole);
	pm_coder_free(split);
	pm_coder_free(refuse);
	free(text);
}

/* A sentence of 700 tokens (a list run together): its pieces are coded;
 * the event at its end used to be dropped with the whole sentence. */
static void test_long_sentence(void)
{
	S_warned w = {0, ""};
	pm_coder *c = S_coder(PM_MAX_DOC_BYTES, PM_OVERSIZE_SPLIT, &w);
	CHECK(c != NULL);
	if (!c)
		return;
	size_t cap = 20000, len = 0;
	char *text = malloc(cap);
	len += (size_t)snprintf(text, cap, "Syrian troops attacked rebels in Aleppo");
	for (int i = 0; i < 230; i++)
		len += (size_t)snprintf(text + len, cap - len, ", and x%d", i);
	len += (size_t)snprintf(text + len, cap - len, ", and Turkish forces shelled Kurdish fighters.");
	S_out o;
	CHECK_INT(S_code(c, text, len, &o), 0);
	CHECK(o.n >= 2);
	CHECK(strstr(o.text, "\"code\": \"TUR") || strstr(o.text, "\"code\":\"TUR"));
	CHECK(strstr(o.last_text, "Turkish forces shelled Kurdish fighters.") != NULL);
	free(o.text);
	pm_coder_free(c);
	free(text);
}

/* A NUL byte reads as a space: two sentences, each event with its own. */
static void test_nul(void)
{
	S_warned w = {0, ""};
	pm_coder *c = S_coder(PM_MAX_DOC_BYTES, PM_OVERSIZE_SPLIT, &w);
	CHECK(c != NULL);
	if (!c)
		return;
	static const char text[] = "Syrian troops attacked rebels in Aleppo.\0Turkish forces shelled Kurdish fighters.";
	S_out o;
	CHECK_INT(S_code(c, text, sizeof(text) - 1, &o), 0);
	CHECK_INT(o.n, 2);
	CHECK_STR(o.last_text, "Turkish forces shelled Kurdish fighters.");
	CHECK_INT(o.last_sentence, 1);
	free(o.text);
	pm_coder_free(c);
}

/* A title with an empty body (fuzz_jsonl: the body's paragraphs were
 * copied from a NULL array, undefined under UBSan): the title is coded. */
static void test_title_only(void)
{
	S_warned w = {0, ""};
	pm_coder *c = S_coder(PM_MAX_DOC_BYTES, PM_OVERSIZE_SPLIT, &w);
	CHECK(c != NULL);
	if (!c)
		return;
	S_out o;
	memset(&o, 0, sizeof(o));
	o.f = open_memstream(&o.text, &o.len);
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = "t";
	in.date = "2015-01-01";
	in.title = "Syrian troops attacked rebels in Aleppo";
	in.text = "";
	in.origin = "t.jsonl:1";
	CHECK_INT(pm_coder_code(c, &in, S_keep, &o), 0);
	fclose(o.f);
	CHECK_INT(o.n, 1);
	free(o.text);
	pm_coder_free(c);
}

/* <Config option="new_actor_length" value=".."/> comes from the input. */
static void test_config_numbers(void)
{
	S_warned w = {0, ""};
	pm_coder *c = S_coder(PM_MAX_DOC_BYTES, PM_OVERSIZE_SPLIT, &w);
	CHECK(c != NULL);
	if (!c)
		return;
	CHECK_INT(pm_coder_set_option(c, "new_actor_length", "3"), 0);
	CHECK_INT(pm_coder_set_option(c, "new_actor_length", "99999999999999999999"), PM_EINVALID);
	CHECK_INT(pm_coder_set_option(c, "new_actor_length", "-1"), PM_EINVALID);
	CHECK_INT(pm_coder_set_option(c, "new_actor_length", "4x"), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "'4x' is not a number") != NULL);
	CHECK_INT(pm_coder_set_option(c, "unknown_option", "x"), 0);
	pm_coder_free(c);
}

int main(void)
{
	if (!t_bundled_data(0))
		TEST_END();
	test_pieces();
	test_long_sentence();
	test_nul();
	test_config_numbers();
	test_title_only();
	TEST_END();
}
