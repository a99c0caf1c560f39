/* cmd_code.c - `palmyra code`: documents in, events out.
 *
 * Inputs stream: XML records, JSON lines and articles are coded one at a
 * time, and a bad record is reported (file:line) and skipped, so nothing
 * already coded is lost. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"

static const char S_usage[] =
	"usage: palmyra code [options] [FILE|DIR ...]   (stdin when no file)\n"
	"  -d, --dict-dir DIR   dictionaries in DIR (PETRARCH names; an XML <Environment> picks them)\n"
	"      --verbs F --agents F --discards F --issues F   select files directly\n"
	"      --actors F,F     actor files read before the bundled ones (or DIR's), so their\n"
	"                       entries win; repeatable\n"
	"      --no-bundled-actors   only the --actors files: they replace the others\n"
	"  -f, --format FMT     jsonl (default), tsv or csv\n"
	"      --in KIND        text, jsonl or xml (default: from the file name, else sniffed)\n"
	"      --parse MODE     use (default) or ignore the parse trees of XML records\n"
	"      --date DATE      document date YYYY-MM-DD for text input (overrides the dateline)\n"
	"      --keep-negated   also emit negated events (modality \"negated\")\n"
	"      --keep-fields    copy a JSON line's other fields into each event's \"doc\"\n"
	"      --no-enrich      events only: no dates, places, attribution, counts\n"
	"  -o, --output FILE    write events to FILE instead of stdout\n"
	"  -j, --jobs N         N processes (default: one per core for inputs over 1 MB;\n"
	"                       stdin is read by one process); output keeps input order\n"
	"  -q, --quiet          no progress line or summary\n";

typedef struct {
	pm_cli_dicts dicts;
	pm_coder_options opts;
	pm_format format;
	const char *in_kind;
	const char *date;
	int quiet;
	int keep_fields;      /* --keep-fields: unknown JSON-lines fields go into "doc" */
	FILE *out;
	pm_coder *coder;
	char env[5][1024];    /* the <Environment> the coder was built for */
	char paths[8192];     /* dictionary paths the coder was built from */
	const char *actor_paths[32];
	char require_dyad[16], new_actor_length[16];   /* from <Config> */
	long records, failed;
	int fatal;                   /* the coder cannot code anything: stop reading */
	int progress;
	int workers;          /* processes coding in parallel (-j) */
	int worker;           /* this process's number, 0..workers-1 */
	long unit;            /* inputs seen so far: input i belongs to worker i % workers */
	FILE *pipe;           /* worker -> parent, in parallel runs */
} S_run;

static int S_write_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	return pm_event_write(r->out, r->format, ev) < 0;
}

/* Builds (or rebuilds, when an XML file's <Environment> names other
 * dictionaries) the coder; env NULL is no <Environment>. */
static int S_coder_for(S_run *r, const pm_reader_env *env)
{
	pm_reader_env none = {"", "", "", "", ""};
	const pm_reader_env *e = env ? env : &none;
	const char *names[5] = {e->verbs, e->actors, e->agents, e->discards, e->issues};
	int same = r->coder != NULL;
	for (int i = 0; i < 5 && same; i++)
		same = !strcmp(names[i], r->env[i]);
	if (same)
		return 0;
	pm_coder_free(r->coder);
	r->coder = NULL;
	pm_coder_options o = r->opts;
	pm_cli_dicts_resolve(&r->dicts, e->verbs, e->actors, e->agents, e->discards, e->issues,
			     &o.dicts, r->paths, sizeof(r->paths), r->actor_paths, 32);
	if (pm_coder_new(&r->coder, &o) < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		return -1;
	}
	for (int i = 0; i < 5; i++)
		snprintf(r->env[i], sizeof(r->env[i]), "%s", names[i]);
	if (r->require_dyad[0])
		pm_coder_set_option(r->coder, "require_dyad", r->require_dyad);
	if (r->new_actor_length[0])
		pm_coder_set_option(r->coder, "new_actor_length", r->new_actor_length);
	return 0;
}

static void S_progress(S_run *r)
{
	if (!r->progress || r->records % 1000)
		return;
	pm_coder_stats st;
	pm_coder_stats_get(r->coder, &st);
	fprintf(stderr, "\r%ld documents, %ld sentences, %ld events", st.documents, st.sentences,
		st.events);
}

static void S_code_one(S_run *r, const pm_input *in)
{
	pm_input copy = *in;
	if (r->date && in->kind != PM_INPUT_SENTENCE)
		copy.date = r->date;
	r->records++;
	int rc = pm_coder_code(r->coder, &copy, S_write_event, r);
	if (rc < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		r->failed++;
		if (rc == PM_ESETUP)
			r->fatal = 1;
	}
}

/* In a parallel run each input's events go to the parent as one block,
 * "<length>\n<bytes>", so the parent can restore input order. */
static void S_code_in_worker(S_run *r, const pm_input *in)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	FILE *out = r->out;
	r->out = mem;
	S_code_one(r, in);
	r->out = out;
	fclose(mem);
	fprintf(r->pipe, "%zu\n", len);
	fwrite(buf, 1, len, r->pipe);
	free(buf);
}

/* <Config> options apply to the records after them; they are kept here so
 * a coder rebuilt for another <Environment> gets them too. */
static void S_config(S_run *r, const pm_reader *rd, const char *option, char *kept, size_t cap)
{
	const char *value = pm_reader_config_get(rd, option);
	if (!value || !strcmp(value, kept))
		return;
	snprintf(kept, cap, "%s", value);
	pm_coder_set_option(r->coder, option, value);
}

/* In a parallel run every worker reads every unit (a document or a bad
 * record) and codes or reports only its own: unit i is worker i % workers's. */
static int S_mine(S_run *r)
{
	return r->workers <= 1 || r->unit++ % r->workers == r->worker;
}

/* One document from a reader: the coder follows the file's <Environment>
 * and <Config> (every worker follows them, to stay in step). */
static int S_code(S_run *r, const pm_reader *rd, const pm_input *given)
{
	pm_reader_env env;
	int has_env = pm_reader_env_get(rd, &env) == 0 && r->dicts.dir && !r->dicts.explicit_files;
	if ((has_env || !r->coder) && S_coder_for(r, has_env ? &env : NULL) < 0)
		return -1;
	S_config(r, rd, "require_dyad", r->require_dyad, sizeof(r->require_dyad));
	S_config(r, rd, "new_actor_length", r->new_actor_length, sizeof(r->new_actor_length));
	if (!S_mine(r))
		return 0;
	if (r->pipe)
		S_code_in_worker(r, given);
	else
		S_code_one(r, given);
	S_progress(r);
	return r->fatal ? -1 : 0;
}

/* A bad record: reported by the worker it belongs to, which sends an empty
 * block in its place so the parent's round stays in step. */
static void S_bad_record(S_run *r)
{
	if (!S_mine(r))
		return;
	fprintf(stderr, "palmyra: %s\n", pm_error_last());
	if (r->pipe)
		fputs("0\n", r->pipe);
}

static int S_read_path(S_run *r, const char *path)
{
	pm_reader_options ro = PM_READER_OPTIONS_INIT;
	ro.kind = r->in_kind;
	ro.keep_fields = r->keep_fields;
	pm_reader *rd;
	if (pm_reader_open(&rd, path, &ro) < 0) {
		if (r->worker == 0)
			fprintf(stderr, "palmyra: %s\n", pm_error_last());
		return 1;
	}
	pm_input in;
	int rc;
	while ((rc = pm_reader_next(rd, &in)) != 0) {
		if (rc < 0)
			S_bad_record(r);
		else if (S_code(r, rd, &in) < 0)
			break;
	}
	pm_reader_free(rd);
	return 0;
}

static int S_known_kind(const char *name)
{
	for (const char *const *k = pm_reader_kinds(); *k; k++)
		if (!strcmp(*k, name))
			return 1;
	return 0;
}

/* YYYY-MM-DD with a month and a day that can be; the library reads it. */
static int S_is_date(const char *s)
{
	int y, m, d, n = 0;
	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10)
		return 0;
	return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static int S_parse_args(S_run *r, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dict-dir", required_argument, 0, 'd'}, {"verbs", required_argument, 0, 1},
		{"actors", required_argument, 0, 2},     {"agents", required_argument, 0, 3},
		{"discards", required_argument, 0, 4},   {"issues", required_argument, 0, 5},
		{"format", required_argument, 0, 'f'},   {"in", required_argument, 0, 6},
		{"parse", required_argument, 0, 7},      {"date", required_argument, 0, 8},
		{"keep-negated", no_argument, 0, 9},     {"no-enrich", no_argument, 0, 10},
		{"output", required_argument, 0, 'o'},   {"quiet", no_argument, 0, 'q'},
		{"jobs", required_argument, 0, 'j'},     {"keep-fields", no_argument, 0, 11},
		{"no-bundled-actors", no_argument, 0, 12}, {"help", no_argument, 0, 'h'},
		{0, 0, 0, 0}};
	int c;
	while ((c = getopt_long(argc, argv, "d:f:o:j:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': r->dicts.dir = optarg; break;
		case 1: r->dicts.verbs = optarg; r->dicts.explicit_files = 1; break;
		case 2:
			pm_cli_dicts_add_actors(&r->dicts, optarg);
			r->dicts.explicit_files = 1;
			break;
		case 12: r->dicts.no_bundled_actors = 1; break;
		case 3: r->dicts.agents = optarg; r->dicts.explicit_files = 1; break;
		case 4: r->dicts.discards = optarg; r->dicts.explicit_files = 1; break;
		case 5: r->dicts.issues = optarg; r->dicts.explicit_files = 1; break;
		case 'f':
			if (!strcmp(optarg, "jsonl") || !strcmp(optarg, "json"))
				r->format = PM_FORMAT_JSONL;
			else if (!strcmp(optarg, "tsv"))
				r->format = PM_FORMAT_TSV;
			else if (!strcmp(optarg, "csv"))
				r->format = PM_FORMAT_CSV;
			else {
				fprintf(stderr, "palmyra code: unknown format '%s' (jsonl, tsv, csv)\n", optarg);
				return -1;
			}
			break;
		case 6:
			if (!S_known_kind(optarg)) {
				fprintf(stderr, "palmyra code: unknown input kind '%s' (text, jsonl, xml)\n", optarg);
				return -1;
			}
			r->in_kind = optarg;
			break;
		case 7:
			if (strcmp(optarg, "use") && strcmp(optarg, "ignore")) {
				fprintf(stderr, "palmyra code: --parse takes use or ignore\n");
				return -1;
			}
			r->opts.parse_mode = !strcmp(optarg, "ignore") ? PM_PARSE_IGNORE : PM_PARSE_USE;
			break;
		case 8:
			if (!S_is_date(optarg)) {
				fprintf(stderr, "palmyra code: --date takes YYYY-MM-DD, not '%s'\n", optarg);
				return -1;
			}
			r->date = optarg;
			break;
		case 9: r->opts.keep_negated = 1; break;
		case 10: r->opts.enrich = 0; break;
		case 11: r->keep_fields = 1; break;
		case 'o':
			if (!(r->out = fopen(optarg, "w"))) {
				fprintf(stderr, "palmyra code: %s: %s\n", optarg, strerror(errno));
				return -1;
			}
			break;
		case 'q': r->quiet = 1; break;
		case 'j': r->workers = atoi(optarg); break;
		case 'h': fputs(S_usage, stdout); return 1;
		default: fputs(S_usage, stderr); return -1;
		}
	}
	return 0;
}

static int S_read_inputs(S_run *r, char **paths, int n)
{
	int status = 0;
	if (n == 0)
		return S_read_path(r, "-");
	for (int i = 0; i < n && !r->fatal; i++)
		status |= S_read_path(r, paths[i]);
	return status;
}

static void S_stats_line(FILE *f, const pm_coder_stats *st)
{
	fprintf(f, "S %ld %ld %ld %ld %ld\n", st->documents, st->sentences, st->events,
		st->discarded, st->errors);
}

static void S_add_stats(pm_coder_stats *sum, const char *line)
{
	pm_coder_stats st = {0};
	if (sscanf(line, "S %ld %ld %ld %ld %ld", &st.documents, &st.sentences, &st.events,
		   &st.discarded, &st.errors) == 5) {
		sum->documents += st.documents;
		sum->sentences += st.sentences;
		sum->events += st.events;
		sum->discarded += st.discarded;
		sum->errors += st.errors;
	}
}

static void S_worker(S_run *r, int w, int fd, char **paths, int n)
{
	r->worker = w;
	r->progress = 0;
	r->pipe = fdopen(fd, "w");
	int status = S_read_inputs(r, paths, n);
	pm_coder_stats st = {0};
	if (r->coder)
		pm_coder_stats_get(r->coder, &st);
	S_stats_line(r->pipe, &st);
	fclose(r->pipe);
	pm_coder_free(r->coder);
	_exit(status);
}

/* Input i was coded by worker i % n: reading the workers' pipes in turn
 * gives the events back in input order while they stream. */
static int S_merge(S_run *r, FILE **in, int n, pm_coder_stats *sum)
{
	char *line = NULL, buf[1 << 15];
	size_t cap = 0;
	int finished = 0;
	for (long i = 0; !finished; i++) {
		FILE *f = in[i % n];
		if (getline(&line, &cap, f) < 0 || line[0] == 'S') {
			if (line && line[0] == 'S')
				S_add_stats(sum, line);
			for (int w = 0; w < n; w++)
				if (in[w] != f)
					while (getline(&line, &cap, in[w]) >= 0)
						if (line[0] == 'S')
							S_add_stats(sum, line);
			finished = 1;
			continue;
		}
		size_t len = strtoul(line, NULL, 10);
		while (len) {
			size_t k = fread(buf, 1, len < sizeof(buf) ? len : sizeof(buf), f);
			if (!k)
				break;
			fwrite(buf, 1, k, r->out);
			len -= k;
		}
	}
	free(line);
	return 0;
}

static int S_run_parallel(S_run *r, char **paths, int n, pm_coder_stats *sum)
{
	FILE *in[64];
	pid_t pids[64];
	int workers = r->workers, status = 0;
	fflush(r->out);
	for (int w = 0; w < workers; w++) {
		int fds[2];
		if (pipe(fds) < 0) {
			perror("palmyra: pipe");
			return 1;
		}
		pids[w] = fork();
		if (pids[w] == 0) {
			close(fds[0]);
			for (int k = 0; k < w; k++)
				fclose(in[k]);
			S_worker(r, w, fds[1], paths, n);
		}
		close(fds[1]);
		in[w] = fdopen(fds[0], "r");
	}
	S_merge(r, in, workers, sum);
	for (int w = 0; w < workers; w++) {
		int ws;
		fclose(in[w]);
		waitpid(pids[w], &ws, 0);
		if (!WIFEXITED(ws) || WEXITSTATUS(ws))
			status = 1;
	}
	return status;
}

/* Stdin cannot be read by several workers, and a few small files are not
 * worth forking for. */
static int S_worker_count(int requested, char **paths, int n)
{
	if (n == 0)
		return 1;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int w = requested > 0 ? requested : (int)(cores > 0 ? cores : 1);
	if (requested <= 0) {
		off_t total = 0;
		for (int i = 0; i < n; i++) {
			struct stat st;
			if (stat(paths[i], &st) == 0)
				total += S_ISDIR(st.st_mode) ? (1 << 22) : st.st_size;
		}
		if (total < (1 << 20))
			w = 1;
	}
	return w > 64 ? 64 : w;
}

int pm_cmd_code(int argc, char **argv)
{
	S_run r;
	memset(&r, 0, sizeof(r));
	r.opts = (pm_coder_options)PM_CODER_OPTIONS_INIT;
	r.out = stdout;
	int rc = S_parse_args(&r, argc, argv);
	if (rc)
		return rc < 0 ? 2 : 0;
	char **paths = argv + optind;
	int n = argc - optind, status = 0;
	r.workers = S_worker_count(r.workers, paths, n);
	r.progress = !r.quiet && isatty(2) && r.workers == 1;
	pm_event_write_header(r.out, r.format);

	pm_coder_stats st = {0};
	if (r.workers > 1) {
		status |= S_run_parallel(&r, paths, n, &st);
	} else {
		status |= S_read_inputs(&r, paths, n);
		if (r.coder)
			pm_coder_stats_get(r.coder, &st);
	}
	if (r.fatal)
		status = 1;
	if (r.progress)
		fputc('\n', stderr);
	if (!r.quiet)
		fprintf(stderr, "palmyra: %ld documents, %ld sentences, %ld events, %ld discarded, %ld errors\n",
			st.documents, st.sentences, st.events, st.discarded, st.errors);
	pm_coder_free(r.coder);
	free(r.dicts.actors_buf);
	if (r.out != stdout)
		fclose(r.out);
	return status;
}
