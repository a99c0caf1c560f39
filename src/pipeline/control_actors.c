/* control_actors.c - the control reader's view of the dictionaries.
 *
 * The reader (src/enrich/control.c) finds parties the coder does not read
 * as actors: the "IS" of "IS-held", the X of "under X control", the
 * subject of "controls" (no CAMEO verb). It lives in a stage that may not
 * see the dictionaries, so the pipeline, which joins the stages, codes
 * those words for it: the first actor phrase named (longest match), with
 * the agent words around it appended as the coder does ("Syrian" SYR +
 * "troops" ~MIL = SYRMIL; "rebel" alone = ---REB). */
#include <stdio.h>
#include <string.h>

#include "dict/dict.h"
#include "enrich/control.h"
#include "enrich/gazetteer.h"
#include "pipeline/pipeline.h"
#include "util/str.h"

typedef struct {
	const pm_dict *d;
	const pm_gazetteer *g;
	int date;
	pm_arena *a;
} S_codes;

static int S_not_country(const pm_gazetteer *g, const char *code)
{
	pm_gaz_entry e;
	return pm_gazetteer_country(g, code, &e) != 0;
}

/* "SYR" + "~MIL" -> "SYRMIL"; "NGO~" is a prefix. */
static void S_append_agent(char *buf, size_t cap, const char *ag)
{
	size_t len = strlen(ag);
	if (ag[0] == '~') {
		if (!strstr(buf + 3, ag + 1) && strlen(buf) + len < cap)
			strcat(buf, ag + 1);
	} else if (len && ag[len - 1] == '~') {
		char tmp[64];
		snprintf(tmp, sizeof(tmp), "%.*s%s", (int)(len - 1), ag, strcmp(buf, "---") ? buf : "");
		pm_strlcpy(buf, tmp, cap);
	}
}

/* The words of one party: actor and agents, up to "and" or a comma
 * ("the army and allied militias" is the army). "SDF-affiliated" and
 * "Kurdish-led" say whose side the noun is on when the phrase names no
 * actor of its own ("the SDF-affiliated council"; but "the Kurdish-led
 * SDF" is the SDF), and so does "al Qaeda-linked" (a branch of the
 * group); "U.S.-backed" names a backer, not the party. */
static const char *S_code_phrase(const S_codes *sc, const char *const *words, int n);

static int S_suffixed(const char *w, const char *const *suffixes)
{
	const char *dash = strrchr(w, '-');
	if (!dash || dash == w)
		return 0;
	for (int k = 0; suffixes[k]; k++)
		if (!strcmp(dash + 1, suffixes[k]))
			return 1;
	return 0;
}

static const char *S_code_item(const S_codes *sc, const char *const *in, int n)
{
	/* "YPG-controlled Manbij" names its holder, which "the terrorist
	 * group" of the next sentence may point back to */
	static const char *const whose[] = {"AFFILIATED", "LED", "DOMINATED", "LINKED",
					    "CONTROLLED", "HELD", NULL};
	static const char *const backers[] = {"BACKED", "SUPPORTED", "SPONSORED", "ALLIED",
					      "ALIGNED", "ARMED", NULL};
	const char *plain[32] = {0}, *with[32] = {0};
	int np = 0, nw = 0, any = 0;
	for (int i = 0; i < n && np < 32; i++) {
		const char *w = in[i];
		/* "U.S.-backed" is split: "U.S." "-" "backed" */
		if (i + 2 < n && !strcmp(in[i + 1], "-") &&
		    (!strcmp(in[i + 2], "BACKED") || !strcmp(in[i + 2], "SUPPORTED"))) {
			i += 2;
			continue;
		}
		if (S_suffixed(w, backers))
			continue;
		if (S_suffixed(w, whose)) {
			const char *dash = strrchr(w, '-');
			char *cut = pm_arena_alloc(sc->a, (size_t)(dash - w) + 1);
			memcpy(cut, w, (size_t)(dash - w));
			cut[dash - w] = '\0';
			with[nw++] = cut;
			any = 1;
			continue;
		}
		plain[np++] = w;
		with[nw++] = w;
	}
	const char *p = S_code_phrase(sc, plain, np);
	if (any && (!p || !strncmp(p, "---", 3))) {
		const char *q = S_code_phrase(sc, with, nw);
		if (q)
			p = q;
	}
	return p;
}

static const char *S_code_phrase(const S_codes *sc, const char *const *words, int n)
{
	const char *actor = NULL, *agents[8];
	int n_ag = 0;
	for (int i = 0; i < n;) {
		const pm_actor_entry *e;
		const char *ag;
		/* a name may hold "and" ("Islamic State of Iraq and the Levant"),
		 * which the longest match reads through; a separator after a
		 * party ends it */
		if ((actor || n_ag) && (!strcmp(words[i], "AND") || !strcmp(words[i], ",") ||
					!strcmp(words[i], "OR")))
			break;
		int k = pm_dict_match_actor(sc->d, words + i, n - i, &e);
		if (k) {
			const char *code = pm_actor_code_on(e, sc->date);
			if (!actor && code && strcmp(code, "---"))   /* "Kurdish": a people, no party */
				actor = code;
			i += k;
		} else if ((k = pm_dict_match_agent(sc->d, words + i, n - i, &ag))) {
			if (n_ag < 8)
				agents[n_ag++] = ag;
			i += k;
		} else {
			i++;
		}
	}
	if (!actor && !n_ag)
		return NULL;
	char buf[64];
	pm_strlcpy(buf, actor ? actor : "---", sizeof(buf));
	int others = 0;
	for (int i = 0; i < n_ag; i++)
		others += strcmp(agents[i], "~PPL") != 0;
	for (int i = 0; i < n_ag; i++)
		if (strcmp(agents[i], "~PPL") || !others)
			S_append_agent(buf, sizeof(buf), agents[i]);
	if (!strcmp(buf, "---"))
		return NULL;
	/* a people with no state ("Kurdish-led": KUR) is a side of the
	 * country it stands in, as "---" agents are: SYRKUR in Syria */
	if (actor && strlen(actor) == 3 && sc->g && S_not_country(sc->g, actor)) {
		char tmp[64];
		snprintf(tmp, sizeof(tmp), "---%s", buf);
		pm_strlcpy(buf, tmp, sizeof(buf));
	}
	return pm_arena_strdup(sc->a, buf);
}

static const char *S_code_words(void *ctx, const char *const *words, int n)
{
	return S_code_item(ctx, words, n);
}

/* The group the first named group of the words is declared an affiliate
 * of ("ISLAMIST FIGHTERS OF MUJAO": IMGMUSALQ), or NULL. */
static const char *S_affiliate_words(void *ctx, const char *const *words, int n)
{
	const S_codes *sc = ctx;
	for (int i = 0; i < n;) {
		const pm_actor_entry *e;
		int k = pm_dict_match_actor(sc->d, words + i, n - i, &e);
		if (!k) {
			i++;
			continue;
		}
		const char *code = pm_actor_code_on(e, sc->date);
		if (code && strcmp(code, "---"))
			return pm_actor_affiliate_on(e, sc->date);
		i += k;
	}
	return NULL;
}

int pm_pipeline_control(pm_coder *c, const pm_doc *doc, const pm_sentence *s,
			const pm_coded_event *evs, int n, pm_control_stmt **out)
{
	*out = NULL;
	if (!c->opts.enrich || !c->places || !c->document)
		return 0;
	S_codes sc = {pm_coder_dict(c), c->model->gazetteer, doc->date, &c->doc_arena};
	pm_control_codes codes = {S_code_words, S_affiliate_words, &sc};
	int k = pm_control_read(doc, s->index, c->places, evs, n, &codes, &c->doc_arena, out);
	return k < 0 ? 0 : k;
}
