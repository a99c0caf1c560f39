/* test_place_country.c - an agent named without a country takes the
 * country of the place (gunmen in Zaporizhzhia are UKRUAF), but not one
 * named by what makes it foreign there ("the occupiers", "aggression
 * warplanes"), which keeps no country rather than its victims'. Uses the
 * bundled dictionaries, tagger model and gazetteer; skips, saying so,
 * without them. */
#include <stdio.h>
#include <string.h>

#include "palmyra.h"
#include "../test.h"
#include "coder_testlib.h"

typedef struct {
	int n;
	char source[32];
} S_got;

static int S_first(void *ctx, const pm_event *ev)
{
	S_got *g = ctx;
	if (!g->n++)
		snprintf(g->source, sizeof(g->source), "%s", ev->source.code ? ev->source.code : "");
	return 0;
}

static const char *S_source(pm_coder *c, const char *text)
{
	static S_got g;
	pm_input in = PM_INPUT_INIT;
	in.kind = PM_INPUT_BODY;
	in.id = "t";
	in.date = "2022-09-30";
	in.text = text;
	in.len = strlen(text);
	memset(&g, 0, sizeof(g));
	if (pm_coder_code(c, &in, S_first, &g) < 0)
		return pm_error_last();
	return g.n ? g.source : "(no event)";
}

int main(void)
{
	if (!t_bundled_data(1))
		TEST_END();
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	pm_coder *c;
	if (t_bundled_coder(&c, o) < 0) {
		CHECK(!"a coder with the bundled data");
		TEST_END();
	}
	CHECK_STR(S_source(c, "On Friday, gunmen shelled a civilian convoy on the outskirts of Zaporizhzhia."),
		  "UKRUAF");
	CHECK_STR(S_source(c, "On Friday, the occupiers shelled a civilian convoy on the outskirts of "
			      "Zaporizhzhia."),
		  "---MIL");
	pm_coder_free(c);
	TEST_END();
}
