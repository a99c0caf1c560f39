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
#include "cli/input.h"

static const char S_usage[] =
	"usage: palmyra code [options] [FILE|DIR ...]   (stdin when no file)\n"
	"  -d, --dict-dir DIR   dictionaries in DIR (PETRARCH names; an XML <Environment> picks them)\n"
	"      --verbs F --actors F,F --agents F --discards F --issues F   select files directly\n"
	"  -f, --format FMT     jsonl (default), tsv, csv, geojson (one FeatureCollection)\n"
	"                       or geojsonl (a Feature a line); docs/output.md\n"
	"      --in KIND        text, jsonl or xml (default: from the file name, else sniffed)\n"
	"      --parse MODE     use (default) or ignore the parse trees of XML records\n"
	"      --date DATE      document date (2024-05-12, 12 May 2024, 2024-05, ...; overrides the dateline)\n"
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
	char env_key[2048];   /* the <Environment> the coder was built for */
	char paths[8192];     /* dictionary paths the coder was built from */
	const char *actor_paths[32];
	char require_dyad[16], new_actor_length[16];   /* from <Config> */
	long records, failed;
	long events_written;
	int fatal;                   /* the coder cannot code anything: stop reading */
	int progress;
	int workers;          /* processes coding in parallel (-j) */
	int worker;           /* this process's number, 0..workers-1 */
	long unit;            /* inputs seen so far: input i belongs to worker i % workers */
	FILE *pipe;           /* worker -> parent, in parallel runs */
} S_run;

/* Workers write a collection's features a line each; the parent joins
 * them (S_merge), since no worker knows which feature comes first. */
static int S_write_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	pm_format fmt = r->pipe && r->format == PM_FORMAT_GEOJSON ? PM_FORMAT_GEOJSONL : r->format;
	return pm_event_write(r->out, fmt, ev, r->events_written++ == 0) < 0;
}

/* Builds (or rebuilds, when an XML file names other dictionaries) the coder. */
static int S_coder_for(S_run *r, const char *ev, const char *ea, const char *eg, const char *ed,
		       const char *ei)
{
	char key[2048];
	snprintf(key, sizeof(key), "%s|%s|%s|%s|%s", ev ? ev : "", ea ? ea : "", eg ? eg : "",
		 ed ? ed : "", ei ? ei : "");
	if (r->coder && !strcmp(key, r->env_key))
		return 0;
	pm_coder_free(r->coder);
	r->coder = NULL;
	pm_coder_options o = r->opts;
	pm_cli_dicts_resolve(&r->dicts, ev, ea, eg, ed, ei, &o.dicts, r->paths, sizeof(r->paths),
			     r->actor_paths, 32);
	if (pm_coder_new(&r->coder, &o) < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		return -1;
	}
	snprintf(r->env_key, sizeof(r->env_key), "%s", key);
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

/* One input unit from any reader. */
static int S_code(void *ctx, const pm_input *given)
{
	S_run *r = ctx;
	pm_input copy = *given;
	if (!r->keep_fields)
		copy.extra = NULL;
	const pm_input *in = &copy;
	if (r->workers > 1 && r->unit++ % r->workers != r->worker)
		return 0;
	if (!r->coder && S_coder_for(r, NULL, NULL, NULL, NULL, NULL) < 0)
		return -1;
	if (r->pipe)
		S_code_in_worker(r, in);
	else
		S_code_one(r, in);
	S_progress(r);
	return r->fatal ? -1 : 0;
}

static int S_env(void *ctx, const pm_input_env *env)
{
	S_run *r = ctx;
	if (!r->dicts.dir || r->dicts.explicit_files)
		return 0;
	return S_coder_for(r, env->verbs, env->actors, env->agents, env->discards, env->issues);
}

/* <Config> options apply to the records after them; they are kept here so
 * a coder rebuilt for another <Environment> gets them too. */
static int S_config(void *ctx, const char *option, const char *value)
{
	S_run *r = ctx;
	if (!strcmp(option, "require_dyad"))
		snprintf(r->require_dyad, sizeof(r->require_dyad), "%s", value);
	else if (!strcmp(option, "new_actor_length"))
		snprintf(r->new_actor_length, sizeof(r->new_actor_length), "%s", value);
	else
		return 0;
	return r->coder ? pm_coder_set_option(r->coder, option, value) : 0;
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
		{"help", no_argument, 0, 'h'},           {0, 0, 0, 0}};
	int c;
	while ((c = getopt_long(argc, argv, "d:f:o:j:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': r->dicts.dir = optarg; break;
		case 1: r->dicts.verbs = optarg; r->dicts.explicit_files = 1; break;
		case 2: {
			int n = 0;
			r->dicts.actors_buf = strdup(optarg);
			for (char *s = NULL, *t = strtok_r(r->dicts.actors_buf, ",", &s); t && n < 15;
			     t = strtok_r(NULL, ",", &s))
				r->dicts.actors[n++] = t;
			r->dicts.explicit_files = 1;
			break;
		}
		case 3: r->dicts.agents = optarg; r->dicts.explicit_files = 1; break;
		case 4: r->dicts.discards = optarg; r->dicts.explicit_files = 1; break;
		case 5: r->dicts.issues = optarg; r->dicts.explicit_files = 1; break;
		case 'f':
			if (pm_format_from_name(strcmp(optarg, "json") ? optarg : "jsonl", &r->format) < 0) {
				fprintf(stderr, "palmyra code: %s\n", pm_error_last());
				return -1;
			}
			break;
		case 6:
			if (strcmp(optarg, "text") && strcmp(optarg, "jsonl") && strcmp(optarg, "xml")) {
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
		case 8: {
			pm_date d;
			if (pm_date_parse(optarg, strlen(optarg), &d) < 0) {
				fprintf(stderr, "palmyra code: --date: %s\n", pm_error_last());
				return -1;
			}
			r->date = optarg;
			break;
		}
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
	pm_input_handlers h = {S_env, S_config, S_code, r};
	int status = 0;
	if (n == 0)
		return pm_input_read_path(NULL, r->in_kind, &h) < 0;
	for (int i = 0; i < n; i++)
		if (pm_input_read_path(paths[i], r->in_kind, &h) < 0)
			status = 1;
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

/* len bytes of features, one a line, become members of the collection
 * the parent writes: a comma before each but the first. */
static void S_join_features(S_run *r, FILE *f, size_t len)
{
	char *line = NULL;
	size_t cap = 0;
	while (len) {
		ssize_t k = getline(&line, &cap, f);
		if (k <= 0)
			break;
		if (r->events_written++)
			fputc(',', r->out);
		fwrite(line, 1, (size_t)k, r->out);
		len -= (size_t)k < len ? (size_t)k : len;
	}
	free(line);
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
		if (r->format == PM_FORMAT_GEOJSON) {
			S_join_features(r, f, len);
			continue;
		}
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
	for (int i = 0; i < n; i++) {
		if (access(paths[i], R_OK) != 0) {
			fprintf(stderr, "palmyra: %s: %s\n", paths[i], strerror(errno));
			status = 1;
		}
	}
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
	pm_event_write_footer(r.out, r.format);
	pm_coder_free(r.coder);
	free(r.dicts.actors_buf);
	if (r.out != stdout)
		fclose(r.out);
	return status;
}
