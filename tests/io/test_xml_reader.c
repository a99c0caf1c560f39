#include "palmyra.h"
#include "io/xml_reader.h"
#include "../test.h"

typedef struct {
	int records, configs, envs;
	char ids[8][32];
	char text0[256], parse0[256], verbs[256], actors[1024], dyad[16], date0[16];
} S_seen;

static int S_env(void *ctx, const pm_xml_env *env)
{
	S_seen *s = ctx;
	s->envs++;
	snprintf(s->verbs, sizeof(s->verbs), "%s", env->verbs);
	snprintf(s->actors, sizeof(s->actors), "%s", env->actors);
	return 0;
}

static int S_config(void *ctx, const char *option, const char *value)
{
	S_seen *s = ctx;
	s->configs++;
	if (!strcmp(option, "require_dyad"))
		snprintf(s->dyad, sizeof(s->dyad), "%s", value);
	return 0;
}

static int S_record(void *ctx, const pm_xml_record *r)
{
	S_seen *s = ctx;
	if (s->records < 8)
		snprintf(s->ids[s->records], sizeof(s->ids[0]), "%s", r->id ? r->id : "(none)");
	if (s->records == 0) {
		snprintf(s->text0, sizeof(s->text0), "%s", r->text);
		snprintf(s->parse0, sizeof(s->parse0), "%s", r->parse ? r->parse : "");
		snprintf(s->date0, sizeof(s->date0), "%s", r->date ? r->date : "");
	}
	s->records++;
	return 0;
}

static FILE *S_file(const char *text)
{
	FILE *f = tmpfile();
	fputs(text, f);
	rewind(f);
	return f;
}

int main(void)
{
	pm_xml_callbacks cb = {S_env, S_config, S_record, NULL};
	S_seen seen;

	/* the validation form: environment, config, records with codings */
	memset(&seen, 0, sizeof(seen));
	cb.ctx = &seen;
	FILE *f = S_file(
		"<Validation>\n<Environment>\n <Verbfile>verbs.txt</Verbfile>\n"
		" <Actorfile>a1.txt</Actorfile><Actorfile>a2.txt</Actorfile>\n</Environment>\n"
		"<Sentences>\n<!-- a comment with <Sentence> inside -->\n"
		"<Config option=\"require_dyad\" value=\"false\"></Config>\n"
		"<Sentence date=\"20150102\" id=\"T-1\" category=\"DEMO\" sentence=\"true\">\n"
		"<EventCoding sourcecode=\"SYR\" targetcode=\"TUR\" eventcode=\"190\"></EventCoding>\n"
		"<Text>\nSyrian   jets\n struck &amp; left.\n</Text>\n"
		"<Parse>(ROOT (S (NP (JJ Syrian) (NNS jets))\n (VP (VBD struck))))</Parse>\n"
		"</Sentence>\n"
		"<Sentence date=\"20150103\" id=\"T-2\" sentence=\"true\"><Text>No parse.</Text></Sentence>\n"
		"</Sentences></Validation>\n");
	CHECK_INT(pm_xml_read(f, "v.xml", &cb), 0);
	fclose(f);
	CHECK_INT(seen.envs, 1);
	CHECK_STR(seen.verbs, "verbs.txt");
	CHECK_STR(seen.actors, "a1.txt,a2.txt");
	CHECK_INT(seen.configs, 1);
	CHECK_STR(seen.dyad, "false");
	CHECK_INT(seen.records, 2);
	CHECK_STR(seen.ids[0], "T-1");
	CHECK_STR(seen.ids[1], "T-2");
	CHECK_STR(seen.text0, "Syrian jets struck & left.");
	CHECK_STR(seen.parse0, "(ROOT (S (NP (JJ Syrian) (NNS jets))\n (VP (VBD struck))))");
	CHECK_STR(seen.date0, "20150102");

	/* malformed XML: records before the error are delivered, the error names the line */
	memset(&seen, 0, sizeof(seen));
	f = S_file("<Sentences>\n<Sentence id=\"A\" date=\"20010101\"><Text>One.</Text></Sentence>\n"
		   "<Sentence id=\"B\"><Text>Two.</Sentence>\n</Sentences>\n");
	CHECK(pm_xml_read(f, "bad.xml", &cb) < 0);
	fclose(f);
	CHECK_INT(seen.records, 1);
	CHECK(strstr(pm_error_last(), "bad.xml:3") != NULL);

	/* the real suite file streams completely */
	const char *suite = test_shared("peer/petrarch2/text/PETR.UnitTest.records.xml");
	if (suite) {
		memset(&seen, 0, sizeof(seen));
		f = fopen(suite, "r");
		CHECK_INT(pm_xml_read(f, "suite", &cb), 0);
		fclose(f);
		CHECK(seen.records >= 280);
		CHECK_STR(seen.verbs, "PETR.Validate.verbs.txt");
	}
	TEST_END();
}
