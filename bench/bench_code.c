/* bench_code.c - dictionary load time, coding throughput and peak memory.
 *
 * usage: bench_code [--parse ignore] [--copies N] [--enrich] DICT_DIR FILE.xml
 * Loads the Phoenix set from DICT_DIR (or the bundled set when DICT_DIR is
 * "-"), reads the XML records into memory, replicates them to about N
 * sentences (default 10,000) and codes them all on one core. JSON writing
 * is not timed here; bench.sh times the whole CLI as well. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "code/coder.h"
#include "pipeline/pipeline.h"
#include "palmyra.h"

typedef struct {
	char **ids, **dates, **texts, **parses;
	int n, cap;
} S_records;

static char *S_dup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void S_keep(S_records *rs, const pm_input *r)
{
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 256;
		rs->ids = realloc(rs->ids, (size_t)rs->cap * sizeof(char *));
		rs->dates = realloc(rs->dates, (size_t)rs->cap * sizeof(char *));
		rs->texts = realloc(rs->texts, (size_t)rs->cap * sizeof(char *));
		rs->parses = realloc(rs->parses, (size_t)rs->cap * sizeof(char *));
	}
	rs->ids[rs->n] = S_dup(r->id);
	rs->dates[rs->n] = S_dup(r->date);
	rs->texts[rs->n] = S_dup(r->text);
	rs->parses[rs->n] = S_dup(r->parse);
	rs->n++;
}

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int S_count(void *ctx, const pm_event *ev)
{
	(void)ev;
	(*(long *)ctx)++;
	return 0;
}

int main(int argc, char **argv)
{
	int copies_target = 10000, ignore_parse = 0, enrich = 0, i = 1;
	for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
		if (!strcmp(argv[i], "--parse") && i + 1 < argc)
			ignore_parse = !strcmp(argv[++i], "ignore");
		else if (!strcmp(argv[i], "--copies") && i + 1 < argc)
			copies_target = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--enrich"))
			enrich = 1;
	}
	if (argc - i != 2) {
		fprintf(stderr, "usage: bench_code [--parse ignore] [--copies N] [--enrich] DICT_DIR FILE.xml\n");
		return 2;
	}
	const char *dir = argv[i], *xml = argv[i + 1];
	char verbs[1024], agents[1024], discards[1024], issues[1024], a1[1024], a2[1024], a3[1024];
	const char *actors[4] = {a1, a2, a3, NULL};
	snprintf(verbs, sizeof(verbs), "%s/CAMEO.2.0.txt", dir);
	snprintf(agents, sizeof(agents), "%s/Phoenix.agents.txt", dir);
	snprintf(discards, sizeof(discards), "%s/Phoenix.discards.txt", dir);
	snprintf(issues, sizeof(issues), "%s/Phoenix.IssueCoding.txt", dir);
	snprintf(a1, sizeof(a1), "%s/Phoenix.Countries.actors.txt", dir);
	snprintf(a2, sizeof(a2), "%s/Phoenix.International.actors.txt", dir);
	snprintf(a3, sizeof(a3), "%s/Phoenix.MilNonState.actors.txt", dir);

	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	if (strcmp(dir, "-")) {
		o.dicts.verbs = verbs;
		o.dicts.actors = actors;
		o.dicts.agents = agents;
		o.dicts.discards = discards;
		o.dicts.issues = issues;
		o.dicts.no_defaults = 1;
	}
	o.parse_mode = ignore_parse ? PM_PARSE_IGNORE : PM_PARSE_USE;
	o.enrich = enrich;

	double t0 = S_now();
	pm_coder *c;
	if (pm_coder_new(&c, &o) < 0) {
		fprintf(stderr, "bench_code: %s\n", pm_error_last());
		return 1;
	}
	double load = S_now() - t0;

	S_records rs = {0};
	pm_reader_options ro = PM_READER_OPTIONS_INIT;
	ro.kind = "xml";
	pm_reader *rd;
	pm_input in;
	int rc = pm_reader_open(&rd, xml, &ro);
	while (rc >= 0 && (rc = pm_reader_next(rd, &in)) > 0)
		S_keep(&rs, &in);
	if (rc == 0)
		pm_reader_free(rd);
	if (rc < 0 || rs.n == 0) {
		fprintf(stderr, "bench_code: cannot read %s: %s\n", xml, rc < 0 ? pm_error_last() : "no records");
		return 1;
	}
	int copies = (copies_target + rs.n - 1) / rs.n;

	long events = 0, sentences = 0;
	t0 = S_now();
	for (int k = 0; k < copies; k++) {
		for (int r = 0; r < rs.n; r++) {
			pm_input in = PM_INPUT_INIT;
			in.kind = PM_INPUT_SENTENCE;
			in.id = rs.ids[r];
			in.date = rs.dates[r];
			in.text = rs.texts[r];
			in.len = strlen(rs.texts[r]);
			in.parse = rs.parses[r];
			pm_coder_code(c, &in, S_count, &events);
			sentences++;
		}
	}
	double secs = S_now() - t0;

	/* The coder alone: trees read once beforehand, as a parser in the same
	 * process would hand them over. */
	double coder_secs = 0;
	long coder_events = 0;
	if (!ignore_parse) {
		pm_arena trees, scratch;
		pm_arena_init(&trees, 1 << 20);
		pm_arena_init(&scratch, 1 << 16);
		pm_sentence *ss = calloc((size_t)rs.n, sizeof(*ss));
		char err[128];
		for (int r = 0; r < rs.n; r++)
			if (!rs.parses[r] || pm_tree_parse_penn(&ss[r].tree, &trees, rs.parses[r],
						     strlen(rs.parses[r]), err, sizeof(err)) < 0)
				ss[r].tree.root = -1;
		pm_code_options co = PM_CODE_OPTIONS_INIT;
		t0 = S_now();
		for (int k = 0; k < copies; k++) {
			for (int r = 0; r < rs.n; r++) {
				pm_coded_event *evs = NULL;
				int n = 0;
				if (ss[r].tree.root >= 0 &&
				    pm_code_sentence(pm_coder_dict(c), &co, &ss[r], pm_date_parse_iso(rs.dates[r]), &scratch, &evs, &n) >= 0)
					coder_events += n;
				pm_arena_reset(&scratch);
			}
		}
		coder_secs = S_now() - t0;
		free(ss);
		pm_arena_free(&trees);
		pm_arena_free(&scratch);
	}
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("mode          %s%s\n", ignore_parse ? "raw text (parse trees ignored)" : "given parse trees",
	       enrich ? ", enriched" : "");
	printf("dict load     %.3f s\n", load);
	printf("sentences     %ld (%d records x %d)\n", sentences, rs.n, copies);
	printf("events        %ld\n", events);
	printf("coding        %.3f s, %.0f sentences/s (one core, trees read from the XML text)\n", secs,
	       sentences / secs);
	if (coder_secs > 0)
		printf("coder alone   %.3f s, %.0f sentences/s (trees built beforehand), %ld raw events\n",
		       coder_secs, sentences / coder_secs, coder_events);
	printf("peak RSS      %.1f MB\n", ru.ru_maxrss / 1024.0);
	pm_coder_free(c);
	for (int r = 0; r < rs.n; r++) {
		free(rs.ids[r]);
		free(rs.dates[r]);
		free(rs.texts[r]);
		free(rs.parses[r]);
	}
	free(rs.ids);
	free(rs.dates);
	free(rs.texts);
	free(rs.parses);
	return 0;
}
