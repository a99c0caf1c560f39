/* PETRARCH XML through the public reader: records one at a time, the
 * <Environment> and <Config> that apply to each, and broken XML. */
#include "palmyra.h"
#include "../test.h"

typedef struct {
	int records, warnings;
	char ids[8][32];
	char text0[256], parse0[256], date0[16], dyad[8][16];
} S_seen;

static void S_warn(void *ctx, const char *message)
{
	(void)message;
	((S_seen *)ctx)->warnings++;
}

/* Reads every record of r into seen; returns the first error, or 0. */
static int S_drain(pm_reader *r, S_seen *seen)
{
	pm_input in;
	int rc, first_error = 0;
	while ((rc = pm_reader_next(r, &in)) != 0) {
		if (rc < 0) {
			if (!first_error)
				first_error = rc;
			continue;
		}
		int k = seen->records++;
		if (k < 8) {
			snprintf(seen->ids[k], sizeof(seen->ids[0]), "%s", in.id);
			const char *dyad = pm_reader_config_get(r, "require_dyad");
			snprintf(seen->dyad[k], sizeof(seen->dyad[0]), "%s", dyad ? dyad : "-");
		}
		if (k == 0) {
			CHECK_INT(in.kind, PM_INPUT_SENTENCE);
			snprintf(seen->text0, sizeof(seen->text0), "%s", in.text);
			CHECK_INT(in.len, strlen(in.text));
			snprintf(seen->parse0, sizeof(seen->parse0), "%s", in.parse ? in.parse : "");
			snprintf(seen->date0, sizeof(seen->date0), "%s", in.date ? in.date : "");
		}
	}
	return first_error;
}

int main(void)
{
	pm_reader_options o = PM_READER_OPTIONS_INIT;
	S_seen seen;
	pm_reader *r;

	/* the validation form: environment, config between records, codings */
	static const char validation[] =
		"<Validation>\n<Environment>\n <Verbfile>verbs.txt</Verbfile>\n"
		" <Actorfile>a1.txt</Actorfile><Actorfile>a2.txt</Actorfile>\n</Environment>\n"
		"<Sentences>\n<!-- a comment with <Sentence> inside -->\n"
		"<Sentence date=\"20150102\" id=\"T-1\" category=\"DEMO\" sentence=\"true\">\n"
		"<EventCoding sourcecode=\"SYR\" targetcode=\"TUR\" eventcode=\"190\"></EventCoding>\n"
		"<Text>\nSyrian   jets\n struck &amp; left.\n</Text>\n"
		"<Parse>(ROOT (S (NP (JJ Syrian) (NNS jets))\n (VP (VBD struck))))</Parse>\n"
		"</Sentence>\n"
		"<Config option=\"require_dyad\" value=\"false\"></Config>\n"
		"<Sentence date=\"20150103\" id=\"T-2\" sentence=\"true\"><Text>No parse.</Text></Sentence>\n"
		"<Sentence sentence=\"true\"><Text>No id.</Text></Sentence>\n"
		"</Sentences></Validation>\n";
	memset(&seen, 0, sizeof(seen));
	o.warn = S_warn;
	o.warn_ctx = &seen;
	CHECK_INT(pm_reader_open_buffer(&r, validation, strlen(validation), "v.xml", &o), 0);
	pm_input in;
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.id, "T-1");
	CHECK_STR(in.origin, "v.xml:8");        /* the <Sentence> tag's line */
	CHECK_STR(in.outlet, NULL);
	pm_reader_env env;
	CHECK_INT(pm_reader_env_get(r, &env), 0);
	CHECK_STR(env.verbs, "verbs.txt");
	CHECK_STR(env.actors, "a1.txt,a2.txt");
	CHECK_STR(env.issues, "");
	CHECK_STR(pm_reader_config_get(r, "require_dyad"), NULL);   /* it comes after T-1 */
	pm_reader_free(r);

	memset(&seen, 0, sizeof(seen));
	CHECK_INT(pm_reader_open_buffer(&r, validation, strlen(validation), "v.xml", &o), 0);
	CHECK_INT(S_drain(r, &seen), 0);
	pm_reader_free(r);
	CHECK_INT(seen.records, 3);
	CHECK_STR(seen.ids[0], "T-1");
	CHECK_STR(seen.ids[1], "T-2");
	CHECK_STR(seen.ids[2], "");
	CHECK_INT(seen.warnings, 1);             /* the record with no id is named, and read */
	CHECK_STR(seen.dyad[0], "-");
	CHECK_STR(seen.dyad[1], "false");
	CHECK_STR(seen.text0, "Syrian jets struck & left.");
	CHECK_STR(seen.parse0, "(ROOT (S (NP (JJ Syrian) (NNS jets))\n (VP (VBD struck))))");
	CHECK_STR(seen.date0, "20150102");

	/* a plain records file has no environment; sniffed without a kind */
	static const char plain[] = "  <Sentences><Sentence id=\"P\" source=\"AFP\"><Text>A.</Text>"
				    "</Sentence></Sentences>";
	o = (pm_reader_options)PM_READER_OPTIONS_INIT;
	CHECK_INT(pm_reader_open_buffer(&r, plain, strlen(plain), "plain", &o), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.outlet, "AFP");
	CHECK_INT(pm_reader_env_get(r, &env), PM_ENOTFOUND);
	CHECK_INT(pm_reader_next(r, &in), 0);
	CHECK_INT(pm_reader_next(r, &in), 0);   /* and stays at the end */
	pm_reader_free(r);

	/* malformed XML: records before the error are delivered, the error
	 * names the line, and the reader ends there */
	static const char bad[] = "<Sentences>\n<Sentence id=\"A\" date=\"20010101\"><Text>One.</Text></Sentence>\n"
				  "<Sentence id=\"B\"><Text>Two.</Sentence>\n</Sentences>\n";
	o.kind = "xml";
	CHECK_INT(pm_reader_open_buffer(&r, bad, strlen(bad), "bad.xml", &o), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.id, "A");
	CHECK(pm_reader_next(r, &in) < 0);
	CHECK(strstr(pm_error_last(), "bad.xml:3") != NULL);
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);

	/* one bad record does not stop the file: the reader starts again at
	 * the next record, and the error says how many were skipped; <Config>
	 * and <Environment> read before the error still apply */
	static const char broken[] =
		"<Validation><Environment><Verbfile>v.txt</Verbfile></Environment><Sentences>\n"
		"<Config option=\"require_dyad\" value=\"false\"></Config>\n"
		"<Sentence id=\"A\"><Text>One.</Text></Sentence>\n"
		"<Sentence id=\"B\"><Text>Bad \377 byte.</Text></Sentence>\n"
		"<Sentence id=\"C\"><Text>Three.</Text></Sentence>\n"
		"<Sentence id=\"D\" date=><Text>Bad tag.</Text></Sentence>\n"
		"<Sentence id=\"E\"><Text>Five.</Txet></Sentence>\n"
		"<Sentence id=\"F\"><Text>Six.</Text></Sentence>\n"
		"</Sentences></Validation>\n";
	o = (pm_reader_options)PM_READER_OPTIONS_INIT;
	memset(&seen, 0, sizeof(seen));
	o.warn = S_warn;
	o.warn_ctx = &seen;
	CHECK_INT(pm_reader_open_buffer(&r, broken, strlen(broken), "broken.xml", &o), 0);
	char got[256] = "";
	int rc;
	while ((rc = pm_reader_next(r, &in)) != 0) {
		size_t k = strlen(got);
		if (rc > 0) {
			const char *dyad = pm_reader_config_get(r, "require_dyad");
			snprintf(got + k, sizeof(got) - k, "%s%s ", in.id, dyad ? dyad : "-");
			CHECK_INT(pm_reader_env_get(r, &env), 0);
		} else {
			snprintf(got + k, sizeof(got) - k, "!%s ", pm_reader_where(r));
			CHECK(strstr(pm_error_last(), "1 record skipped; reading goes on at line") != NULL);
		}
	}
	CHECK_STR(got, "Afalse !broken.xml:4 Cfalse !broken.xml:6 !broken.xml:7 Ffalse ");
	CHECK_INT(seen.warnings, 0);     /* the closing tags after a restart are not an error */
	pm_reader_free(r);

	/* ... and when no record follows, the error says how many were lost */
	static const char cut[] = "<Sentences>\n<Sentence id=\"A\"><Text>One.</Text></Sentence>\n"
				  "<Sentence id=\"B\"><Text>Cut sh";
	CHECK_INT(pm_reader_open_buffer(&r, cut, strlen(cut), "cut.xml", NULL), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK(pm_reader_next(r, &in) < 0);
	CHECK(strstr(pm_error_last(), "cut.xml:3: ") && strstr(pm_error_last(), ": 1 record lost (no record follows)"));
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);

	/* text after the last record loses nothing: a warning, not an error */
	static const char tail[] = "<Sentences><Sentence id=\"A\"><Text>One.</Text></Sentence></Sentences>\njunk";
	memset(&seen, 0, sizeof(seen));
	CHECK_INT(pm_reader_open_buffer(&r, tail, strlen(tail), "tail.xml", &o), 0);
	CHECK_INT(S_drain(r, &seen), 0);
	CHECK_INT(seen.records, 1);
	CHECK_INT(seen.warnings, 1);
	pm_reader_free(r);

	/* a record larger than expat's chunk comes out whole */
	size_t big = 300000;
	char *large = malloc(big + 200);
	int n = sprintf(large, "<Sentences><Sentence id=\"L\"><Text>");
	for (size_t i = 0; i < big; i++)
		large[n++] = i % 7 == 6 ? ' ' : 'x';
	n += sprintf(large + n, "</Text></Sentence><Sentence id=\"M\"><Text>m</Text></Sentence></Sentences>");
	CHECK_INT(pm_reader_open_buffer(&r, large, (size_t)n, "large.xml", NULL), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_INT(in.len, big);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.id, "M");
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);
	free(large);

	/* the real suite file streams completely, from its path */
	const char *suite = test_shared("peer/petrarch2/text/PETR.UnitTest.records.xml");
	if (suite) {
		memset(&seen, 0, sizeof(seen));
		CHECK_INT(pm_reader_open(&r, suite, NULL), 0);
		CHECK_INT(pm_reader_next(r, &in), 1);
		CHECK_INT(pm_reader_env_get(r, &env), 0);
		CHECK_STR(env.verbs, "PETR.Validate.verbs.txt");
		CHECK_INT(S_drain(r, &seen), 0);
		CHECK(seen.records >= 279);
		/* past the end there is no file, so no environment */
		CHECK_INT(pm_reader_env_get(r, &env), PM_ENOTFOUND);
		pm_reader_progress p;
		pm_reader_progress_get(r, &p);
		CHECK(p.bytes_total > 0 && p.bytes_read == p.bytes_total);
		CHECK_INT(p.files_read, 1);
		pm_reader_free(r);
	}
	TEST_END();
}
