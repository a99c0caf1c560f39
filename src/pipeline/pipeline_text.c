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

/* The chunk parser's longest sentence. Longer "sentences" are lists or
 * tables run together; they are cut into pieces of at most this many
 * tokens (at a ';', ',' or ':' where there is one) and each is coded. */
#define S_MAX_TOKENS 300

/* A text document is coded in pieces of at most max_doc_bytes: spans of
 * its coded paragraphs (a longer paragraph cut at a sentence end), grouped
 * in order. */
typedef struct {
	uint32_t start, end;
	int para;
	uint8_t headline;
} S_span;

struct pm_text_plan {
	S_span *spans;
	int n_spans;
	int *piece_first;    /* first span of each piece; [n_pieces] = n_spans */
	int n_pieces;
};

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

static int32_t S_word_id(const pm_dict *d, const pm_sentence *s, int32_t *known, int i)
{
	if (known[i] == -2)
		known[i] = pm_dict_word_index(d, s->tokens[i].upper);
	return known[i];
}

/* A word that can end a name: a capital, or an article and a capital
 * ("Bashar al-Assad", "Abdel Fattah el-Sisi"). */
static int S_name_end(const pm_token *t)
{
	if (S_capital(t))
		return 1;
	const char *dash = t->text ? strchr(t->text, '-') : NULL;
	return dash && dash - t->text <= 3 && dash[1] >= 'A' && dash[1] <= 'Z';
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
	/* each token's word id, looked up when first needed (-2: not yet):
	 * the runs overlap, and a lookup hashes the word */
	int32_t known[S_MAX_TOKENS];
	for (int i = 0; i < s->n_tokens; i++)
		known[i] = -2;
	for (int i = 0; i + 1 < s->n_tokens; i++) {
		if (!S_capital(&s->tokens[i]) ||
		    (!strncmp(s->tokens[i].tag, "NNP", 3) && !strncmp(s->tokens[i + 1].tag, "NNP", 3)))
			continue;   /* two proper nouns already hold together */
		int32_t ids[S_MAX_NAME];
		int n = 0;
		/* a word no dictionary holds ends every name through it */
		for (; n < S_MAX_NAME && i + n < s->n_tokens; n++)
			if ((ids[n] = S_word_id(d, s, known, i + n)) < 0)
				break;
		if (n < 2)
			continue;
		const pm_actor_entry *e;
		int k = pm_dict_match_actor_ids(d, ids, n, &e);
		if (k < 2 || !S_name_end(&s->tokens[i + k - 1]))
			continue;
		int took_verb = 0;
		for (int j = i; j < i + k; j++) {
			pm_token *t = &s->tokens[j];
			took_verb |= t->tag[0] == 'V';
			/* "Islamic State of Iraq and the Levant": the small words
			 * inside a name are name words too, or the chunker would
			 * start a new phrase at "the" */
			if (S_name_end(t) || !strcmp(t->tag, "CC") || !strcmp(t->tag, "DT") ||
			    !strcmp(t->tag, "IN")) {
				int plural = !strcmp(t->tag, "NNS") || !strcmp(t->tag, "NNPS");
				pm_strlcpy(t->tag, plural ? "NNPS" : "NNP", sizeof(t->tag));
			}
		}
		/* "Human Rights Watch accused": with "Watch" the verb, the
		 * tagger made the real verb an adjective or participle */
		pm_token *after = i + k < s->n_tokens ? &s->tokens[i + k] : NULL;
		size_t la = after && after->text ? strlen(after->text) : 0;
		if (took_verb && la > 3 && (!strcmp(after->tag, "JJ") || !strcmp(after->tag, "VBN")) &&
		    !strcmp(after->text + la - 2, "ed"))
			pm_strlcpy(after->tag, "VBD", sizeof(after->tag));
		i += k - 1;
	}
}

/* Whether token i alone names a country ("Kyrgyz", "Tajik", "U.S.",
 * "Iran"): one word the actor dictionaries code with a bare country. */
static int S_country_word(const pm_dict *d, const pm_token *t)
{
	const char *w = t->upper;
	const pm_actor_entry *e;
	if (!S_capital(t) || pm_dict_match_actor(d, &w, 1, &e) != 1)
		return 0;
	const char *code = pm_actor_code_on(e, 0);
	return code && strlen(code) == 3 && strcmp(code, "IGO") && strcmp(code, "NGO") &&
	       strcmp(code, "IMG") && strcmp(code, "MNC");
}

/* "Kyrgyz and Tajik border guards", "Iranian and U.S. diplomats": country
 * words joined by "and" (and commas) before a common noun all qualify that
 * noun, whatever the tagger made of them; tagged NNP, the first would end
 * a noun phrase of its own and its side would drop out of the event. */
static void S_nationality_lists(const pm_coder *c, pm_sentence *s)
{
	const pm_dict *d = pm_coder_dict(c);
	pm_token *t = s->tokens;
	for (int i = 0; i + 3 < s->n_tokens; i++) {
		int j = i, proper = 0;
		while (j + 3 < s->n_tokens && S_country_word(d, &t[j]) && !strcmp(t[j + 1].text, ","))
			j += 2;
		if (!S_country_word(d, &t[j]) || j + 3 >= s->n_tokens ||
		    (strcmp(t[j + 1].upper, "AND") && strcmp(t[j + 1].upper, "OR")) ||
		    !S_country_word(d, &t[j + 2]) ||
		    (strcmp(t[j + 3].tag, "NN") && strcmp(t[j + 3].tag, "NNS")))
			continue;
		for (int k = i; k <= j + 2; k += 2)
			proper |= !strcmp(t[k].tag, "NNP") || !strcmp(t[k].tag, "NNPS");
		if (!proper)
			continue;   /* "Indian and Chinese troops" hold together already */
		for (int k = i; k <= j + 2; k += 2)
			pm_strlcpy(t[k].tag, "JJ", sizeof(t[k].tag));
		i = j + 2;
	}
}

static int S_finite(const char *tag)
{
	return !strcmp(tag, "VBD") || !strcmp(tag, "VBZ") || !strcmp(tag, "VBP") || !strcmp(tag, "MD");
}

/* Whether the token is a noun the dictionaries name people by ("rebels",
 * "forces"), which a headline's subject is made of, never its verb. */
static int S_agent_word(const pm_dict *d, const pm_token *t)
{
	const char *w = t->upper, *code;
	return pm_dict_match_agent(d, &w, 1, &code) > 0;
}

/* Whether an object, a preposition or a particle can follow a verb at i. */
static int S_verb_follows(const pm_sentence *s, int i, int end)
{
	if (i + 1 >= end)
		return 0;
	const char *tg = s->tokens[i + 1].tag;
	return !strcmp(tg, "DT") || !strcmp(tg, "CD") || !strcmp(tg, "PRP$") || !strcmp(tg, "PRP") ||
	       !strncmp(tg, "NN", 2) || !strncmp(tg, "JJ", 2) || !strcmp(tg, "IN") || !strcmp(tg, "RP") ||
	       !strcmp(tg, "TO");
}

static int S_ends(const char *w, const char *end)
{
	size_t n = strlen(w), k = strlen(end);
	return n > k + 1 && !strcmp(w + n - k, end);
}

/* Whether an upper-case word is the -s form of a verb the dictionaries
 * know: "HITS" (HIT), "CRASHES" (CRASH), "CARRIES" (CARRY). */
static int S_third_person(const pm_dict *d, const char *w)
{
	char buf[64];
	size_t n = strlen(w);
	const pm_verb_form *f;
	if (n < 3 || n >= sizeof(buf) || w[n - 1] != 'S')
		return 0;
	memcpy(buf, w, n - 1);
	buf[n - 1] = '\0';
	if (pm_dict_verb_forms(d, buf, &f) > 0)
		return 1;
	if (n > 3 && w[n - 2] == 'E') {
		buf[n - 2] = '\0';
		if (pm_dict_verb_forms(d, buf, &f) > 0)
			return 1;
		if (n > 4 && w[n - 3] == 'I') {
			buf[n - 3] = 'Y';
			buf[n - 2] = '\0';
			return pm_dict_verb_forms(d, buf, &f) > 0;
		}
	}
	return 0;
}

/* The verb of a headline clause [a, e) with none: pass 0 takes an -s form
 * after a singular noun ("Air strike hits village", "Serbia arrests
 * Mladic"), pass 1 a base form after a plural or a name ("Congo rebels
 * shell areas", "Santos and Timochenko sign accord"). -1 when none. */
static int S_headline_verb(const pm_coder *c, const pm_sentence *s, int a, int e, int pass)
{
	const pm_dict *d = pm_coder_dict(c);
	const pm_verb_form *f;
	for (int i = a + 1; i < e; i++) {
		const pm_token *t = &s->tokens[i], *p = &s->tokens[i - 1];
		const char *tg = t->tag, *pt = p->tag;
		if (!(!strcmp(tg, "NN") || !strcmp(tg, "NNS") || !strcmp(tg, "RB") || !strcmp(tg, "VBZ") ||
		      !strcmp(tg, "VBP")) ||
		    !S_verb_follows(s, i, e) || pm_dict_verb_forms(d, t->upper, &f) <= 0 || S_agent_word(d, t))
			continue;
		int s_form = S_third_person(d, t->upper), ed = S_ends(t->upper, "ED") || S_ends(t->upper, "ING");
		/* a capitalised adjective opening the clause is its subject
		 * ("Military detains State Counselor") */
		int subject_adj = i - 1 == a && !strcmp(pt, "JJ");
		if (pass == 0 && s_form && (!strcmp(pt, "NN") || !strcmp(pt, "NNP") || subject_adj))
			return i;
		if (pass == 1 && !s_form && !ed &&
		    (!strcmp(pt, "NNS") || !strcmp(pt, "NNPS") || !strcmp(pt, "NNP") || S_agent_word(d, p)))
			return i;
	}
	return -1;
}

static int S_np_word(const char *tg)
{
	return !strncmp(tg, "NN", 2) || !strcmp(tg, "JJ") || !strcmp(tg, "POS") || !strcmp(tg, "DT") ||
	       !strcmp(tg, "CD");
}

/* Headlines join a subject's members with a comma ("Colombia, FARC sign
 * peace deal", "Syrian troops, allies drive IS out"): a comma after a
 * headline's opening noun phrase, before another noun phrase and a finite
 * verb, is the "and" of a compound subject. */
static void S_headline_lists(pm_sentence *s)
{
	int start = 0;
	for (int i = 0; i < s->n_tokens; i++) {
		const char *tg = s->tokens[i].tag;
		if (tg[0] == ':') {
			start = i + 1;
			continue;
		}
		if (tg[0] != ',')
			continue;
		int np = i > start;
		for (int k = start; k < i && np; k++)
			np = S_np_word(s->tokens[k].tag);
		int j = i + 1;
		while (j < s->n_tokens && S_np_word(s->tokens[j].tag))
			j++;
		if (np && j > i + 1 && j < s->n_tokens && S_finite(s->tokens[j].tag))
			pm_strlcpy(s->tokens[i].tag, "CC", sizeof(s->tokens[i].tag));
		return;   /* only the first comma can join the subject */
	}
}

/* "Russian planes bomb/CC Georgian town": a word the tagger read as a
 * conjunction that is none is a noun, which a headline's verb finding
 * may then take as its verb. */
static void S_false_conjunctions(pm_sentence *s)
{
	static const char *const cc[] = {"AND", "OR", "BUT", "NOR", "YET", "SO", "PLUS", "EITHER",
					 "NEITHER", "BOTH", "&", "AND/OR", "MINUS", "VERSUS", "VS", "VS.",
					 "'N'", "N'", "AN'", NULL};
	for (int i = 0; i < s->n_tokens; i++) {
		pm_token *t = &s->tokens[i];
		if (strcmp(t->tag, "CC"))
			continue;
		int known = 0;
		for (int k = 0; cc[k] && !known; k++)
			known = !strcmp(t->upper, cc[k]);
		if (!known)
			pm_strlcpy(t->tag, "NN", sizeof(t->tag));
	}
}

/* "Myanmar's military seized power", "Myanmar military detains Suu
 * Kyi", "Sudan army chief admits withdrawal": "military" or "chief" the
 * tagger read as an adjective, with no noun after it to qualify, is the
 * noun (a verb follows it, or in a headline an -s form before its
 * object). */
static void S_military_noun(pm_sentence *s)
{
	for (int i = 1; i + 1 < s->n_tokens; i++) {
		pm_token *t = &s->tokens[i];
		if ((strcmp(t->upper, "MILITARY") && strcmp(t->upper, "CHIEF")) || strcmp(t->tag, "JJ"))
			continue;
		const char *nx = s->tokens[i + 1].tag;
		const char *nn = i + 2 < s->n_tokens ? s->tokens[i + 2].tag : "";
		int verb = nx[0] == 'V' || !strcmp(nx, "MD") ||
			   (s->is_headline && !strcmp(nx, "NNS") &&
			    (!strncmp(nn, "NNP", 3) || !strcmp(nn, "DT") || !strcmp(nn, "CD")));
		if (verb)
			pm_strlcpy(t->tag, "NN", sizeof(t->tag));
	}
}

/* "Mogadishu bombing: death toll passes 300": a headline's toll after a
 * colon counts the attack the noun phrase before the colon names, as
 * "the bombing's toll" would; the colon is read as that possessive, so
 * the toll and its attack are one subject. */
static void S_headline_tolls(pm_sentence *s)
{
	for (int i = 1; i + 2 < s->n_tokens; i++) {
		if (s->tokens[i].tag[0] != ':' || strcmp(s->tokens[i - 1].tag, "NN"))
			continue;
		int t = i + 1;
		if (!strcmp(s->tokens[t].upper, "DEATH"))
			t++;
		if (t + 1 < s->n_tokens && !strcmp(s->tokens[t].upper, "TOLL")) {
			for (int k = 0; k < i; k++)
				if (!S_np_word(s->tokens[k].tag))
					return;   /* only a bare noun phrase before it */
			pm_strlcpy(s->tokens[i].tag, "POS", sizeof(s->tokens[i].tag));
		}
		return;
	}
}

/* Headlines drop the auxiliary and use the present: the tagger, taught on
 * running text, reads "Britain expels 23 diplomats" or "Militants storm
 * town" with no verb at all ("expels/NNS", "storm/NN"). In a headline
 * clause (between colons, commas and semicolons) with no finite verb but
 * the dictionaries' agent nouns ("Congo rebels/VBZ"), a word the verb
 * dictionary knows, before an object or a preposition, that agrees with
 * the noun before it, is the clause's verb. */
static void S_headline_verbs(const pm_coder *c, pm_sentence *s)
{
	const pm_dict *d = pm_coder_dict(c);
	if (!s->is_headline || !d)
		return;
	for (int a = 0; a < s->n_tokens;) {
		int e = a, verb = 0, noun_vbp = -1;
		for (; e < s->n_tokens; e++) {
			const char *tg = s->tokens[e].tag, *pt = e > a ? s->tokens[e - 1].tag : "";
			if (tg[0] == ':' || tg[0] == ',' || tg[0] == '.')
				break;
			/* "RSF overruns El Fasher as thousands flee": "as" opens
			 * a clause of its own, whose verb is not this one's */
			if (e > a && !strcmp(s->tokens[e].upper, "AS") && !strcmp(tg, "IN"))
				break;
			/* an infinitive is no clause verb ("orders diplomats to
			 * leave"), nor a plural form after a singular name ("US
			 * raid targets IS leader": the noun "raid") */
			if (!strcmp(tg, "VB") && (!strcmp(pt, "TO") || !strcmp(pt, "MD")))
				continue;
			/* ... or after an -s verb read as a plural noun ("U.S.
			 * fires/NNS cruise/VBP missiles") */
			if (!strcmp(tg, "VBP") && noun_vbp < 0 &&
			    (!strcmp(pt, "NNP") || !strcmp(pt, "NN") ||
			     (!strcmp(pt, "NNS") && S_third_person(d, s->tokens[e - 1].upper)))) {
				noun_vbp = e;
				continue;
			}
			verb |= tg[0] == 'V' && strcmp(tg, "VBG") && strcmp(tg, "VBN") &&
				!(S_finite(tg) && S_agent_word(d, &s->tokens[e]));
		}
		if (!verb && noun_vbp >= 0) {
			/* the plural form stays the verb unless an -s form agrees
			 * with its subject once it is read as a noun */
			pm_strlcpy(s->tokens[noun_vbp].tag, "NN", sizeof(s->tokens[noun_vbp].tag));
			if (S_headline_verb(c, s, a, e, 0) < 0) {
				pm_strlcpy(s->tokens[noun_vbp].tag, "VBP", sizeof(s->tokens[noun_vbp].tag));
				verb = 1;
			}
		}
		if (!verb) {
			int i = S_headline_verb(c, s, a, e, 0), s_form = i >= 0;
			if (i < 0)
				i = S_headline_verb(c, s, a, e, 1);
			if (i >= 0) {
				pm_strlcpy(s->tokens[i].tag, s_form ? "VBZ" : "VBP", sizeof(s->tokens[i].tag));
				pm_strlcpy(s->tokens[i].upos, "VERB", sizeof(s->tokens[i].upos));
				/* "Congo rebels/VBZ": the agent before it is a noun */
				for (int k = a; k < i; k++)
					if (S_finite(s->tokens[k].tag))
						pm_strlcpy(s->tokens[k].tag, "NNS", sizeof(s->tokens[k].tag));
			}
		}
		a = e + 1;
	}
	S_headline_lists(s);
	S_headline_tolls(s);
}

/* "drive IS out of Palmyra": "IS" the tagger read as a name (written in
 * capitals) is looked up as ISIS; the dictionaries leave bare "IS" out,
 * since any other reading is the verb. */
static void S_acronyms(pm_sentence *s)
{
	for (int i = 0; i < s->n_tokens; i++)
		if (!strncmp(s->tokens[i].tag, "NNP", 3) && !strcmp(s->tokens[i].text, "IS"))
			s->tokens[i].upper = "ISIS";
}

/* Whether the upper-case word (n bytes) is on its own a name the actor
 * dictionaries know. */
static int S_single_actor(const pm_dict *d, pm_arena *a, const char *w, size_t n)
{
	int32_t id = pm_dict_word_index(d, pm_arena_strndup(a, w, n));
	const pm_actor_entry *e;
	return id >= 0 && pm_dict_match_actor_ids(d, &id, 1, &e) == 1;
}

/* Whether one of the two words after token i names what passes between
 * two sides ("truce", "prisoner exchange"). */
static int S_relation_after(const pm_sentence *s, int i)
{
	static const char *const rel[] = {"TRUCE", "CEASEFIRE", "CEASE-FIRE", "WAR", "TALKS",
					  "EXCHANGE", "SWAP", "DEAL", "BORDER", "CONFLICT", "SUMMIT",
					  "RELATIONS", "TIES", "AGREEMENT", "ACCORD", "FIGHTING",
					  "CLASHES", "TENSIONS", "TENSION", "PEACE", "NEGOTIATIONS",
					  "HOSTILITIES", "TREATY", "FRONT", "FRONTLINE", NULL};
	for (int k = i + 1; k <= i + 2 && k < s->n_tokens; k++)
		for (int j = 0; rel[j]; j++)
			if (s->tokens[k].upper && !strcmp(s->tokens[k].upper, rel[j]))
				return 1;
	return 0;
}

/* "Israel-Hamas truce", "Russia-Ukraine prisoner exchange": two names
 * the actor dictionaries know, joined by a hyphen into one word before
 * what passes between them, are the two sides, read as "Israel and
 * Hamas" ("a British-Iranian aid worker" is one person of both). A
 * hyphenated word the dictionaries hold whole ("Guinea-Bissau") stays
 * one. */
static void S_hyphen_pairs(pm_coder *c, pm_sentence *s)
{
	const pm_dict *d = pm_coder_dict(c);
	if (!d)
		return;
	for (int i = 0; i < s->n_tokens && s->n_tokens + 2 <= S_MAX_TOKENS; i++) {
		const pm_token *t = &s->tokens[i];
		const char *h = t->upper ? strchr(t->upper, '-') : NULL;
		if (!h || !S_relation_after(s, i) || h == t->upper || !S_capital(t) || strchr(h + 1, '-') || !h[1] ||
		    t->text[h - t->upper + 1] < 'A' || t->text[h - t->upper + 1] > 'Z' ||
		    pm_dict_word_index(d, t->upper) >= 0 ||
		    !S_single_actor(d, &c->doc_arena, t->upper, (size_t)(h - t->upper)) ||
		    !S_single_actor(d, &c->doc_arena, h + 1, strlen(h + 1)))
			continue;
		pm_token *n = pm_arena_alloc(&c->doc_arena, sizeof(*n) * (size_t)(s->n_tokens + 2));
		if (!n)
			return;
		memcpy(n, s->tokens, sizeof(*n) * (size_t)i);
		memcpy(n + i + 3, s->tokens + i + 1, sizeof(*n) * (size_t)(s->n_tokens - i - 1));
		size_t la = (size_t)(h - t->upper);
		n[i] = n[i + 1] = n[i + 2] = *t;
		n[i].len = (uint32_t)la;
		n[i].text = pm_arena_strndup(&c->doc_arena, t->text, la);
		n[i].upper = n[i].lemma = pm_arena_strndup(&c->doc_arena, t->upper, la);
		n[i + 1].start = t->start + (uint32_t)la;
		n[i + 1].len = 1;
		n[i + 1].text = "and";
		n[i + 1].upper = n[i + 1].lemma = "AND";
		n[i + 2].start = t->start + (uint32_t)la + 1;
		n[i + 2].len = t->len - (uint32_t)la - 1;
		n[i + 2].text = pm_arena_strdup(&c->doc_arena, t->text + la + 1);
		n[i + 2].upper = n[i + 2].lemma = pm_arena_strdup(&c->doc_arena, h + 1);
		s->tokens = n;
		s->n_tokens += 2;
		i += 2;
	}
}

/* "U.N.-backed", "U.S.-brokered": the tokenizer cuts an abbreviation's
 * hyphen compound in three ("U.N.", "-", "backed"), and the chunker then
 * reads "accepted a U.S.-brokered truce" as a deal with the U.S.; made
 * one adjective again, as "Iran-backed" is, it qualifies the noun after
 * it and names no party. Only a past participle (lower case, "-ed",
 * "led", "run", "held") written close up is joined. */
static void S_abbrev_compounds(pm_coder *c, pm_sentence *s)
{
	pm_token *t = s->tokens;
	int n = s->n_tokens, out = 0;
	for (int i = 0; i < n; i++) {
		size_t la = t[i].text ? strlen(t[i].text) : 0, lp = i + 2 < n ? strlen(t[i + 2].text) : 0;
		const char *p = i + 2 < n ? t[i + 2].text : NULL;
		int joined = la > 1 && t[i].text[la - 1] == '.' && S_capital(&t[i]) && p &&
			     !strcmp(t[i + 1].text, "-") && p[0] >= 'a' && p[0] <= 'z' &&
			     t[i + 1].start == t[i].start + t[i].len &&
			     t[i + 2].start == t[i + 1].start + 1 &&
			     ((lp > 3 && !strcmp(p + lp - 2, "ed")) || !strcmp(p, "led") ||
			      !strcmp(p, "run") || !strcmp(p, "held"));
		t[out] = t[i];
		if (joined) {
			pm_token *j = &t[out];
			char *text = pm_arena_alloc(&c->doc_arena, la + lp + 2);
			char *up = pm_arena_alloc(&c->doc_arena, la + lp + 2);
			if (!text || !up)
				return;
			snprintf(text, la + lp + 2, "%s-%s", t[i].text, p);
			snprintf(up, la + lp + 2, "%s-%s", t[i].upper, t[i + 2].upper);
			j->text = text;
			j->upper = j->lemma = up;
			j->len = t[i + 2].start + t[i + 2].len - t[i].start;
			pm_strlcpy(j->tag, "JJ", sizeof(j->tag));
			pm_strlcpy(j->upos, "ADJ", sizeof(j->upos));
			i += 2;
		}
		out++;
	}
	s->n_tokens = out;
}

/* "North and South Korea", "North and South Korean patrol boats": the
 * first half of a divided country said by its direction alone names the
 * country too; the country word is repeated after it ("North Korea and
 * South Korea") so that the dictionaries see both sides. */
static void S_divided_pairs(pm_coder *c, pm_sentence *s)
{
	static const char *const sides[] = {"NORTH", "SOUTH", NULL};
	static const char *const lands[] = {"KOREA", "KOREAN", "KOREANS", "SUDAN", "SUDANESE", NULL};
	for (int i = 0; i + 3 < s->n_tokens && s->n_tokens + 1 <= S_MAX_TOKENS; i++) {
		const pm_token *t = s->tokens;
		if (!t[i].upper || !t[i + 2].upper || !t[i + 3].upper || !pm_str_in(t[i].upper, sides) ||
		    !pm_str_in(t[i + 2].upper, sides) || !strcmp(t[i].upper, t[i + 2].upper) ||
		    strcmp(t[i + 1].upper, "AND") || !pm_str_in(t[i + 3].upper, lands))
			continue;
		pm_token *n = pm_arena_alloc(&c->doc_arena, sizeof(*n) * (size_t)(s->n_tokens + 1));
		if (!n)
			return;
		memcpy(n, t, sizeof(*n) * (size_t)(i + 1));
		n[i + 1] = t[i + 3];
		n[i + 1].start = t[i].start + t[i].len;   /* no text of its own */
		n[i + 1].len = 0;
		memcpy(n + i + 2, t + i + 1, sizeof(*n) * (size_t)(s->n_tokens - i - 1));
		s->tokens = n;
		s->n_tokens++;
		i += 4;
	}
}

/* ---- headlines in capitals or Title Case ----------------------------------- */

/* Whether the word (lower case; upper, in capitals) is a name: the
 * lexicon lists it first as a proper noun, or does not list it and it is
 * neither a verb form the dictionaries know ("recognises") nor a compound
 * ("pre-dawn"). */
static int S_lexicon_name(pm_coder *c, const char *low, const char *upper)
{
	pm_tagger_word w;
	pm_tagger_span span = {0, 1, 0};
	pm_tagger_words(c->model->tagger, &low, 1, &span, &w);
	if (w.lead == 14 || w.lead == 15)   /* NNP, NNPS (PM_TAGGER_PENN_TAGS) */
		return 1;
	const pm_verb_form *f;
	const pm_dict *d = pm_coder_dict(c);
	return (w.cls == 0 || w.lead == 0) && !strchr(low, '-') &&
	       !(d && upper && pm_dict_verb_forms(d, upper, &f) > 0);
}

/* The word as a sentence in ordinary case would write it: a name the
 * actor dictionaries hold or the lexicon takes for one keeps a capital
 * ("Cameroon", "Bamenda"), an acronym they hold or one with stops stays
 * in capitals ("EU", "ICC", "U.S."), any other word is in lower case
 * ("launch", "battle"). */
static const char *S_ordinary_case(pm_coder *c, const pm_token *t)
{
	const char *w = t->text;
	size_t n = strlen(w), letters = 0, upper = 0;
	for (size_t i = 0; i < n; i++) {
		letters += (w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z');
		upper += w[i] >= 'A' && w[i] <= 'Z';
	}
	if (!upper)
		return w;
	const pm_dict *d = pm_coder_dict(c);
	int actor = d && t->upper && S_single_actor(d, &c->doc_arena, t->upper, strlen(t->upper));
	if (upper == letters && ((actor && letters <= 4) || strchr(w, '.')))
		return w;
	char *low = pm_arena_strndup(&c->doc_arena, w, n);
	for (char *p = low; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + 32);
	if ((actor || S_lexicon_name(c, low, t->upper)) && low[0] >= 'a' && low[0] <= 'z')
		low[0] = (char)(low[0] - 32);
	return low;
}

/* A headline in capitals or Title Case hides which words are names: the
 * tagger read "NIGERIA, CAMEROON LAUNCH JOINT PATROLS" and "Egyptian
 * Protesters Battle Police" as strings of proper nouns, with no verb to
 * code. Their tokens are tagged, and names found, as the sentence would be
 * written in ordinary case (S_ordinary_case); *saved keeps the words as
 * written, which S_written_case puts back after parsing, for the place
 * finder and the output. Returns whether the sentence was recased. */
static int S_ordinary_case_all(pm_coder *c, pm_sentence *s, const char ***saved)
{
	/* a lower-case word of five letters or more (no minor word of a
	 * title is that long) rules both modes out at once, so ordinary
	 * sentences pay for two or three words, not the mode of all */
	for (int i = 1; i < s->n_tokens; i++) {
		const char *w = s->tokens[i].text;
		if (w[0] >= 'a' && w[0] <= 'z' && w[1] && w[2] && w[3] && w[4])
			return 0;
	}
	const char **words = pm_arena_alloc(&c->doc_arena, (size_t)s->n_tokens * sizeof(*words));
	for (int i = 0; i < s->n_tokens; i++)
		words[i] = s->tokens[i].text;
	int mode = pm_tagger_mode(words, s->n_tokens);
	if (mode != 1 && mode != 2)
		return 0;
	for (int i = 0; i < s->n_tokens; i++)
		s->tokens[i].text = S_ordinary_case(c, &s->tokens[i]);
	const char *first = s->tokens[0].text;
	if (first[0] >= 'a' && first[0] <= 'z') {
		char *cap = pm_arena_strdup(&c->doc_arena, first);
		cap[0] = (char)(cap[0] - 32);
		s->tokens[0].text = cap;
	}
	*saved = words;
	return 1;
}

static void S_written_case(pm_sentence *s, const char **saved)
{
	for (int i = 0; i < s->n_tokens; i++)
		s->tokens[i].text = saved[i];
}

static int S_parse(pm_coder *c, pm_sentence *s)
{
	if (s->n_tokens == 0 || s->n_tokens > S_MAX_TOKENS)
		return 0;                              /* root stays -1: not coded */
	S_hyphen_pairs(c, s);
	S_divided_pairs(c, s);
	const char **written = NULL;
	int recased = S_ordinary_case_all(c, s, &written);
	int rc = pm_tagger_tag_cached(c->model->tagger, c->tag_cache, s->tokens, s->n_tokens);
	if (rc < 0)
		return rc;
	S_acronyms(s);
	S_abbrev_compounds(c, s);
	S_false_conjunctions(s);
	S_military_noun(s);
	S_name_phrases(c, s);
	S_nationality_lists(c, s);
	S_headline_verbs(c, s);
	S_lemmatize(c, s);
	if (recased)
		S_written_case(s, written);
	return pm_chunk_parse(s, &c->doc_arena);
}

/* Where to end a piece of an over-long sentence of n tokens: after the
 * last ';', ',' or ':' in its second half, else after S_MAX_TOKENS. */
static int S_token_cut(const pm_token *t, int n)
{
	if (n <= S_MAX_TOKENS)
		return n;
	for (int k = S_MAX_TOKENS; k > S_MAX_TOKENS / 2; k--) {
		const char *w = t[k - 1].text;
		if ((w[0] == ';' || w[0] == ',' || w[0] == ':') && !w[1])
			return k;
	}
	return S_MAX_TOKENS;
}

/* Sentences from index first on that are longer than the parser takes
 * become several, each its own sentence (text from base, where their
 * tokens' spans point), so that none is left uncoded. */
static void S_split_long(pm_coder *c, pm_doc *doc, int first, const char *base)
{
	int extra = 0;
	for (int i = first; i < doc->n_sents; i++)
		if (doc->sents[i].n_tokens > S_MAX_TOKENS)
			extra += 2 * doc->sents[i].n_tokens / S_MAX_TOKENS + 1;
	if (!extra)
		return;
	int cap = doc->n_sents + extra;
	pm_sentence *out = pm_arena_alloc(&c->doc_arena, (size_t)cap * sizeof(*out));
	int n = 0;
	for (int i = 0; i < doc->n_sents; i++) {
		const pm_sentence *s = &doc->sents[i];
		if (i < first || s->n_tokens <= S_MAX_TOKENS) {
			out[n++] = *s;
			continue;
		}
		for (int at = 0; at < s->n_tokens;) {
			int k = S_token_cut(s->tokens + at, s->n_tokens - at);
			pm_sentence *p = &out[n++];
			*p = *s;
			pm_tree_init(&p->tree);
			p->tokens = s->tokens + at;
			p->n_tokens = k;
			p->start = p->tokens[0].start;
			p->len = p->tokens[k - 1].start + p->tokens[k - 1].len - p->start;
			char *text = pm_arena_strndup(&c->doc_arena, base + p->start, p->len);
			for (char *q = text; *q; q++)
				if (*q == '\n' || *q == '\r' || *q == '\t')
					*q = ' ';
			p->text = text;
			at += k;
		}
	}
	for (int i = 0; i < n; i++)
		out[i].index = i;
	doc->sents = out;
	doc->n_sents = n;
	doc->cap_sents = cap;
}

int pm_pipeline_parse_text(pm_coder *c, pm_doc *doc, pm_sentence *s)
{
	int rc = S_load_tools(c);
	if (rc < 0)
		return rc;
	s->n_tokens = pm_tokenize(s->text, 0, (uint32_t)strlen(s->text), &c->doc_arena, &s->tokens);
	if (s->n_tokens < 0)
		return s->n_tokens;
	int first = (int)(s - doc->sents);
	S_split_long(c, doc, first, s->text);
	for (int i = first; i < doc->n_sents; i++)
		if ((rc = S_parse(c, &doc->sents[i])) < 0)
			return rc;
	return 0;
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
	/* A NUL byte inside the text would end every C string cut from it
	 * (a sentence's text would stop there while its tokens went on, and
	 * the next sentence's event carry this one's text): it reads as a
	 * space. */
	for (char *p = memchr(text + head, '\0', len); p; p = memchr(p, '\0', (size_t)(text + head + len - p)))
		*p = ' ';
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
	if (art->n_paras)                       /* an empty body has no array at all */
		memcpy(p + 1, art->paras, (size_t)art->n_paras * sizeof(*p));
	art->paras = p;
	art->n_paras++;
}

/* Where to end a span that starts at lo and may reach hi (< end of the
 * paragraph): after the last sentence end in its second half, else at
 * the last blank there, else at hi on a character boundary. */
static uint32_t S_byte_cut(const char *t, uint32_t lo, uint32_t hi)
{
	uint32_t half = lo + (hi - lo) / 2;
	for (uint32_t i = hi; i > half + 1; i--)
		if ((t[i - 1] == ' ' || t[i - 1] == '\n') && (t[i - 2] == '.' || t[i - 2] == '!' || t[i - 2] == '?'))
			return i;
	for (uint32_t i = hi; i > half; i--)
		if (t[i - 1] == ' ' || t[i - 1] == '\n' || t[i - 1] == '\t')
			return i;
	uint32_t i = hi;
	while (i > lo + 1 && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* The pieces of art's coded paragraphs: spans of at most max bytes,
 * grouped in order into pieces of at most max (0: one piece). */
static struct pm_text_plan *S_plan(pm_coder *c, const char *text, const pm_article *art, size_t max,
				   size_t len)
{
	if (max && max < 256)
		max = 256;
	struct pm_text_plan *pl = pm_arena_alloc(&c->doc_arena, sizeof(*pl));
	int cap = art->n_paras + 1 + (max ? (int)(2 * (len / max)) + 1 : 0);
	pl->spans = pm_arena_alloc(&c->doc_arena, (size_t)cap * sizeof(*pl->spans));
	for (int p = 0; p < art->n_paras; p++) {
		const pm_paragraph *pp = &art->paras[p];
		if (!S_coded_kind(pp->kind))
			continue;
		for (uint32_t at = pp->start; at < pp->end && pl->n_spans < cap;) {
			uint32_t end = pp->end;
			if (max && end - at > max)
				end = S_byte_cut(text, at, at + (uint32_t)max);
			pl->spans[pl->n_spans++] = (S_span){at, end, p, pp->kind != PM_PARA_BODY};
			at = end;
		}
	}
	pl->piece_first = pm_arena_alloc(&c->doc_arena, (size_t)(pl->n_spans + 2) * sizeof(int));
	size_t size = 0;
	for (int k = 0; k < pl->n_spans; k++) {
		size_t n = pl->spans[k].end - pl->spans[k].start;
		if (k == 0 || (max && size + n > max)) {
			pl->piece_first[pl->n_pieces++] = k;
			size = 0;
		}
		size += n;
	}
	if (pl->n_pieces == 0)
		pl->piece_first[pl->n_pieces++] = 0;   /* nothing to code: one empty piece */
	pl->piece_first[pl->n_pieces] = pl->n_spans;
	return pl;
}

int pm_pipeline_read_text(pm_coder *c, const pm_input *in, pm_doc *doc)
{
	int rc = S_load_tools(c);
	if (rc < 0)
		return rc;
	size_t len = in->len ? in->len : (in->text ? strlen(in->text) : 0);
	const char *origin = in->origin ? in->origin : "input";
	if (len > UINT32_MAX / 2)
		return pm_error_set(PM_EINVALID, "%s: document over 2 GB", origin);
	size_t max = c->opts.max_doc_bytes;
	if (max && len > max && c->opts.oversize == PM_OVERSIZE_REFUSE)
		return pm_error_set(PM_EINVALID, "%s: a document of %zu bytes, over the %zu-byte limit "
						 "(max_doc_bytes, --max-doc-size): not coded", origin, len, max);
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
			      origin, yearless ? " (its dateline has no year)" : "");
	c->plan = S_plan(c, text, &art, max, len);
	if (c->plan->n_pieces > 1)
		pm_coder_warn(c, "%s: a document of %zu bytes, over the %zu-byte limit (max_doc_bytes, "
				 "--max-doc-size): coded in %d pieces cut at paragraph ends; each piece's "
				 "places are found within it", origin, len, max, c->plan->n_pieces);
	return 0;
}

int pm_pipeline_text_pieces(const pm_coder *c)
{
	return c->plan ? c->plan->n_pieces : 0;
}

int pm_pipeline_text_piece(pm_coder *c, pm_doc *doc, int k, int first_index)
{
	const struct pm_text_plan *pl = c->plan;
	int rc;
	for (int i = pl->piece_first[k]; i < pl->piece_first[k + 1]; i++) {
		const S_span *sp = &pl->spans[i];
		int first = doc->n_sents;
		if ((rc = pm_text_add_sentences(doc, doc->text, sp->start, sp->end, sp->para, &c->doc_arena)) < 0)
			return rc;
		for (int j = first; j < doc->n_sents; j++)
			doc->sents[j].is_headline = sp->headline;
	}
	S_split_long(c, doc, 0, doc->text);
	for (int i = 0; i < doc->n_sents; i++) {
		doc->sents[i].index = first_index + i;
		if ((rc = S_parse(c, &doc->sents[i])) < 0)
			return rc;
	}
	return 0;
}
