/* pipeline_text.c - the raw-text front end: article parts, sentences,
 * tokens, tags, verb lemmas and chunk-parsed trees for the coder.
 *
 * The tagger model and WordNet's verb lists are the model's (model.c); a
 * coder with a model of its own loads them on the first raw input, so
 * coding PETRARCH trees never pays for them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/pipeline.h"
#include "dict/dict.h"
#include "util/str.h"
#include "parse/chunk.h"
#include "parse/lemma.h"
#include "parse/tagger.h"
#include "text/article.h"
#include "text/tokenize.h"
#include "util/date.h"
#include "util/error.h"

/* Longer "sentences" are tables or lists run together; they are not coded. */
#define S_MAX_TOKENS 300

/* The model's tagger (a coder with its own model loads it here, on the
 * first raw input) and this coder's word cache. */
static int S_load_tools(pm_coder *c)
{
	if (!c->model->tagger) {
		if (!c->own)
			return pm_error_set(PM_ESETUP, "raw text needs the tagger model, and the model was "
							"loaded without it (pm_model_options.text)");
		int rc = pm_model_load_text(c->own);
		if (rc < 0)
			return rc;
	}
	if (!c->tag_cache_tried) {
		c->tag_cache_tried = 1;
		if (pm_tagger_cache_new(&c->tag_cache, c->model->tagger) < 0)
			c->tag_cache = NULL;           /* tags the same, only slower */
	}
	return 0;
}

void pm_pipeline_text_free(pm_coder *c)
{
	pm_tagger_cache_free(c->tag_cache);
	c->tag_cache = NULL;
}

static void S_lemmatize(const pm_coder *c, pm_sentence *s)
{
	const pm_lemmatizer *lemmas = c->model->lemmas;
	if (!lemmas)
		return;
	for (int i = 0; i < s->n_tokens; i++) {
		pm_token *t = &s->tokens[i];
		if (t->tag[0] != 'V')
			continue;
		const char *base = pm_lemma_verb(lemmas, t->upper);
		if (base)
			t->lemma = base;
	}
}

#define S_MAX_NAME 12   /* words of the longest name looked up */

static int S_capital(const pm_token *t)
{
	return t->text && t->text[0] >= 'A' && t->text[0] <= 'Z';
}

/* A name the actor dictionaries know ("Human Rights Watch", "Justice and
 * Equality Movement", "Doctors Without Borders") is one proper noun
 * phrase whatever the tagger made of its words ("Watch" a verb, "and" a
 * conjunction that splits it): its capitalised words become NNP(S) and a
 * conjunction inside it a name word, so that the chunker keeps the name
 * in one noun phrase and the coder finds it there. Only names of two or
 * more words that start and end with a capital are taken. */
static void S_name_phrases(const pm_coder *c, pm_sentence *s)
{
	const pm_dict *d = pm_coder_dict(c);
	for (int i = 0; i + 1 < s->n_tokens; i++) {
		if (!S_capital(&s->tokens[i]) ||
		    (!strncmp(s->tokens[i].tag, "NNP", 3) && !strncmp(s->tokens[i + 1].tag, "NNP", 3)))
			continue;   /* two proper nouns already hold together */
		int32_t ids[S_MAX_NAME];
		int n = 0;
		/* a word no dictionary holds ends every name through it */
		for (; n < S_MAX_NAME && i + n < s->n_tokens; n++)
			if ((ids[n] = pm_dict_word_index(d, s->tokens[i + n].upper)) < 0)
				break;
		if (n < 2)
			continue;
		const pm_actor_entry *e;
		int k = pm_dict_match_actor_ids(d, ids, n, &e);
		if (k < 2 || !S_capital(&s->tokens[i + k - 1]))
			continue;
		for (int j = i; j < i + k; j++) {
			pm_token *t = &s->tokens[j];
			if (S_capital(t) || !strcmp(t->tag, "CC")) {
				int plural = !strcmp(t->tag, "NNS") || !strcmp(t->tag, "NNPS");
				pm_strlcpy(t->tag, plural ? "NNPS" : "NNP", sizeof(t->tag));
			}
		}
		i += k - 1;
	}
}

static int S_parse(pm_coder *c, pm_sentence *s)
{
	if (s->n_tokens == 0 || s->n_tokens > S_MAX_TOKENS)
		return 0;                              /* root stays -1: not coded */
	int rc = pm_tagger_tag_cached(c->model->tagger, c->tag_cache, s->tokens, s->n_tokens);
	if (rc < 0)
		return rc;
	S_name_phrases(c, s);
	S_lemmatize(c, s);
	return pm_chunk_parse(s, &c->doc_arena);
}

int pm_pipeline_parse_text(pm_coder *c, pm_doc *doc, pm_sentence *s)
{
	(void)doc;
	int rc = S_load_tools(c);
	if (rc < 0)
		return rc;
	s->n_tokens = pm_tokenize(s->text, 0, (uint32_t)strlen(s->text), &c->doc_arena, &s->tokens);
	if (s->n_tokens < 0)
		return s->n_tokens;
	return S_parse(c, s);
}

/* The document date once its text is read. A day the input gave stands.
 * A month or year it gave is narrowed to the article's own date when that
 * falls inside it (a dateline's "May 12" takes the year from it). With no
 * input date the article's date stands: its date line, else a dateline
 * with a year; a dateline without one leaves the document undated, since
 * the year of an archived story cannot be told from the clock. */
static void S_settle_date(pm_doc *doc, const pm_article *art)
{
	pm_date *period = &doc->date_period;
	if (doc->date)
		return;
	if (!period->year) {
		doc->date = art->date;
		return;
	}
	int day = art->date;
	pm_date dl = art->dateline.date;
	if (!pm_date_contains(period, day) && dl.precision == PM_DATE_DAY && !dl.year) {
		int mid_month = pm_date_first_day(period) + 14;
		dl.year = period->precision == PM_DATE_YEAR
				  ? period->year
				  : pm_date_nearest_year(dl.month, dl.day, mid_month);
		day = pm_date_first_day(&dl);
	}
	if (pm_date_contains(period, day)) {
		doc->date = day;
		memset(period, 0, sizeof(*period));
	}
}

static int S_coded_kind(int kind)
{
	return kind == PM_PARA_BODY || kind == PM_PARA_TITLE || kind == PM_PARA_LEAD;
}

/* A body whose title is given (JSON lines) is coded with its title as a
 * first, headline paragraph, as an article's title line is: headlines
 * are events too, marked so that counts can leave them out. The title's
 * line breaks become spaces so that it stays one paragraph. */
static char *S_with_title(pm_arena *a, const pm_input *in, size_t head, size_t len)
{
	char *text = pm_arena_alloc(a, head + len + 1);
	if (head) {
		for (size_t i = 0; i + 2 < head; i++)
			text[i] = in->title[i] == '\n' || in->title[i] == '\r' ? ' ' : in->title[i];
		text[head - 2] = text[head - 1] = '\n';
	}
	memcpy(text + head, in->text ? in->text : "", len);
	text[head + len] = '\0';
	return text;
}

/* The body after a given title (head bytes, 0 when none) is read as a
 * body is, wire dateline first; the title is its own first paragraph. */
static void S_read_body(pm_arena *a, const char *text, uint32_t head, uint32_t len,
			pm_article *art)
{
	pm_article_read_body(text + head, len - head, a, art);
	for (int i = 0; i < art->n_paras; i++) {
		art->paras[i].start += head;
		art->paras[i].end += head;
	}
	if (!head)
		return;
	pm_paragraph *p = pm_arena_alloc(a, (size_t)(art->n_paras + 1) * sizeof(*p));
	p[0].start = 0;
	p[0].end = head - 2;
	p[0].kind = PM_PARA_TITLE;
	memcpy(p + 1, art->paras, (size_t)art->n_paras * sizeof(*p));
	art->paras = p;
	art->n_paras++;
}

int pm_pipeline_read_text(pm_coder *c, const pm_input *in, pm_doc *doc)
{
	int rc = S_load_tools(c);
	if (rc < 0)
		return rc;
	size_t len = in->len ? in->len : (in->text ? strlen(in->text) : 0);
	if (len > UINT32_MAX)
		return pm_error_set(PM_EINVALID, "%s: document over 4 GB", in->origin ? in->origin : "input");
	size_t head = in->kind == PM_INPUT_BODY && in->title ? strlen(in->title) + 2 : 0;
	char *text = S_with_title(&c->doc_arena, in, head, len);
	len += head;
	doc->text = text;

	pm_article art;
	if (in->kind == PM_INPUT_ARTICLE)
		pm_article_read(text, (uint32_t)len, &c->doc_arena, &art);
	else
		S_read_body(&c->doc_arena, text, (uint32_t)head, (uint32_t)len, &art);
	if (!doc->title)
		doc->title = art.title;
	S_settle_date(doc, &art);
	doc->dateline_place = art.dateline.place;
	doc->dateline_region = art.dateline.region;
	doc->credits = art.credits;
	doc->n_credits = art.n_credits;
	int yearless = art.dateline.date.precision == PM_DATE_DAY && !art.dateline.date.year;
	if (!doc->date && !doc->date_period.year)
		pm_coder_warn(c, "%s: no date found%s; its events carry no date (give one with --date)",
			      in->origin ? in->origin : doc->id,
			      yearless ? " (its dateline has no year)" : "");

	for (int p = 0; p < art.n_paras; p++) {
		const pm_paragraph *pp = &art.paras[p];
		if (!S_coded_kind(pp->kind))
			continue;
		int first = doc->n_sents;
		if ((rc = pm_text_add_sentences(doc, text, pp->start, pp->end, p, &c->doc_arena)) < 0)
			return rc;
		for (int i = first; i < doc->n_sents; i++)
			doc->sents[i].is_headline = pp->kind != PM_PARA_BODY;
	}
	for (int i = 0; i < doc->n_sents; i++)
		if ((rc = S_parse(c, &doc->sents[i])) < 0)
			return rc;
	return 0;
}
