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
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

static const char S_usage[] =
	"usage: palmyra code [options] [FILE|DIR|- ...]   (stdin when none, or -)\n"
	"  -d, --dict-dir DIR   dictionaries in DIR (PETRARCH names; an XML <Environment> picks them)\n"
	"      --verbs F --agents F --discards F --issues F   select files directly\n"
	"      --actors F,F     actor files read before the bundled ones (or DIR's), so their\n"
	"                       entries win; repeatable\n"
	"      --no-bundled-actors   only the --actors files: they replace the others\n"
	"  -f, --format FMT     jsonl (default), tsv, csv, geojson (one FeatureCollection)\n"
	"                       or geojsonl (a Feature a line); docs/output.md\n"
	"      --in KIND        text, jsonl or xml (default: from the file name, else sniffed)\n"
	"      --parse MODE     use (default) or ignore the parse trees of XML records\n"
	"      --date DATE      document date YYYY-MM-DD for text input (overrides the dateline)\n"
	"      --keep-negated   also emit negated events (modality \"negated\")\n"
	"      --keep-fields    copy a JSON line's other fields into each event's \"doc\"\n"
	"      --no-enrich      events only: no dates, places, attribution, counts\n"
	"  -o, --output FILE    write events to FILE instead of stdout\n"
	"  -j, --jobs N         N processes; output keeps input order (default: one per idle\n"
	"                       core, cores less the load average, for inputs over 1 MB;\n"
	"                       stdin is read by one process)\n"
	"  -q, --quiet          no progress line or summary (the progress line, documents and\n"
	"                       sentences per second, share read and time left, is drawn on\n"
	"                       stderr only when it is a terminal)\n";

typedef struct {
	pm_cli_dicts dicts;
	pm_coder_options opts;
	pm_format format;
	long events_written;  /* events this process wrote (a collection's first has no comma) */
	const char *in_kind;
	const char *date;
	int quiet;
	int keep_fields;      /* --keep-fields: unknown JSON-lines fields go into "doc" */
	FILE *out;
	pm_coder *coder;
	pm_coder_stats before;       /* of the coders freed for another <Environment> */
	int loading;                 /* pm_coder_new is running */
	char env[5][1024];    /* the <Environment> the coder was built for */
	char paths[8192];     /* dictionary paths the coder was built from */
	const char *actor_paths[32];
	char require_dyad[16], new_actor_length[16];   /* from <Config> */
	int fatal;                   /* the coder cannot code anything: stop reading */
	pm_reader **readers;         /* one per path given, opened before any coding */
	int n_readers;
	long long bytes_total;       /* of every reader's files; -1 when unknown (stdin) */
	int progress;                /* a progress line on stderr (a TTY, not -q) */
	double started, shown;       /* monotonic seconds */
	int workers;          /* processes coding in parallel (-j) */
	int worker;           /* this process's number, 0..workers-1 */
	long unit;            /* inputs seen so far: input i belongs to worker i % workers */
	FILE *pipe;           /* worker -> parent, in parallel runs */
} S_run;

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Workers write a collection's features a line each; the parent joins
 * them (S_merge), since no worker knows which feature comes first. */
static int S_write_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	pm_format fmt = r->pipe && r->format == PM_FORMAT_GEOJSON ? PM_FORMAT_GEOJSONL : r->format;
	return pm_event_write(r->out, fmt, ev, r->events_written++ == 0) < 0;
}

/* Every worker loads the same dictionaries and would print the same
 * warnings: the first worker speaks for all. Warnings while coding
 * concern the worker's own documents. */
static void S_warn(void *ctx, const char *message)
{
	S_run *r = ctx;
	if (r->loading && r->worker > 0)
		return;
	fprintf(stderr, "palmyra: %s\n", message);
}

static void S_stats_add(pm_coder_stats *sum, const pm_coder_stats *st)
{
	sum->documents += st->documents;
	sum->sentences += st->sentences;
	sum->events += st->events;
	sum->discarded += st->discarded;
	sum->errors += st->errors;
}

/* This process's counters over every coder it has built. */
static void S_stats(const S_run *r, pm_coder_stats *out)
{
	*out = r->before;
	if (r->coder) {
		pm_coder_stats st;
		pm_coder_stats_get(r->coder, &st);
		S_stats_add(out, &st);
	}
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
	S_stats(r, &r->before);
	pm_coder_free(r->coder);
	r->coder = NULL;
	pm_coder_options o = r->opts;
	pm_cli_dicts_resolve(&r->dicts, e->verbs, e->actors, e->agents, e->discards, e->issues,
			     &o.dicts, r->paths, sizeof(r->paths), r->actor_paths, 32);
	o.warn = S_warn;
	o.warn_ctx = r;
	r->loading = 1;
	int rc = pm_coder_new(&r->coder, &o);
	r->loading = 0;
	if (rc < 0) {
		if (r->worker == 0)
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

/* Stored input bytes read so far, over every reader (each process reads
 * every input, coding its share). */
static long long S_bytes_read(const S_run *r)
{
	long long sum = 0;
	for (int i = 0; i < r->n_readers; i++) {
		if (!r->readers[i])
			continue;
		pm_reader_progress p;
		pm_reader_progress_get(r->readers[i], &p);
		sum += p.bytes_read;
	}
	return sum;
}

/* "1,234,567" */
static const char *S_grouped(char *buf, size_t cap, double v)
{
	char digits[32];
	int n = snprintf(digits, sizeof(digits), "%.0f", v < 0 ? 0 : v), k = 0;
	for (int i = 0; i < n && (size_t)k + 2 < cap; i++) {
		if (i && (n - i) % 3 == 0)
			buf[k++] = ',';
		buf[k++] = digits[i];
	}
	buf[k] = '\0';
	return buf;
}

/* The progress line: documents and sentences per second, the share of the
 * input read and the time left at this pace; redrawn at most 4 times a
 * second (final: now, and the line is ended). */
static void S_show_progress(S_run *r, long docs, long sentences, long long bytes, int final)
{
	double now = S_now();
	if (!r->progress || (!final && now - r->shown < 0.25))
		return;
	r->shown = now;
	double t = now - r->started > 1e-3 ? now - r->started : 1e-3;
	char a[32], b[32], c[32], d[32], share[80] = "";
	if (final) {
		long took = (long)(t + 0.5);
		snprintf(share, sizeof(share), ", in %ld:%02ld:%02ld", took / 3600, took / 60 % 60, took % 60);
	} else if (r->bytes_total > 0) {
		double f = (double)bytes / (double)r->bytes_total;
		if (f > 1)
			f = 1;
		long left = f > 0 ? (long)(t * (1 - f) / f + 0.5) : -1;
		if (left >= 0)
			snprintf(share, sizeof(share), ", %.0f%% read, %ld:%02ld:%02ld left", 100 * f,
				 left / 3600, left / 60 % 60, left % 60);
		else
			snprintf(share, sizeof(share), ", %.0f%% read", 100 * f);
	}
	fprintf(stderr, "\r%s documents (%s/s), %s sentences (%s/s)%s\033[K%s",
		S_grouped(a, sizeof(a), (double)docs), S_grouped(b, sizeof(b), docs / t),
		S_grouped(c, sizeof(c), (double)sentences), S_grouped(d, sizeof(d), sentences / t),
		share, final ? "\n" : "");
}

static void S_code_one(S_run *r, const pm_input *in)
{
	pm_input copy = *in;
	if (r->date && in->kind != PM_INPUT_SENTENCE)
		copy.date = r->date;
	int rc = pm_coder_code(r->coder, &copy, S_write_event, r);
	if (rc < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		if (rc == PM_ESETUP)
			r->fatal = 1;
	}
}

/* In a parallel run each unit's events go to the parent as one block,
 * "<length> <documents> <sentences> <bytes read>\n<bytes>": the parent
 * restores input order and shows the workers' progress. */
static void S_block(S_run *r, const char *buf, size_t len)
{
	pm_coder_stats st;
	S_stats(r, &st);
	fprintf(r->pipe, "%zu %ld %ld %lld\n", len, st.documents, st.sentences, S_bytes_read(r));
	fwrite(buf, 1, len, r->pipe);
}

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
	S_block(r, buf, len);
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

/* One document from a reader: the coder follows the file's <Environment>
 * and <Config> (those before the document, whoever coded the ones between). */
static int S_code(S_run *r, const pm_reader *rd, const pm_input *given)
{
	pm_reader_env env;
	int has_env = pm_reader_env_get(rd, &env) == 0 && r->dicts.dir && !r->dicts.explicit_files;
	if ((has_env || !r->coder) && S_coder_for(r, has_env ? &env : NULL) < 0)
		return -1;
	S_config(r, rd, "require_dyad", r->require_dyad, sizeof(r->require_dyad));
	S_config(r, rd, "new_actor_length", r->new_actor_length, sizeof(r->new_actor_length));
	if (r->pipe) {
		S_code_in_worker(r, given);
	} else {
		S_code_one(r, given);
		if (r->progress) {
			pm_coder_stats st;
			S_stats(r, &st);
			S_show_progress(r, st.documents, st.sentences, S_bytes_read(r), 0);
		}
	}
	return r->fatal ? -1 : 0;
}

/* A bad record: reported by the worker it belongs to, which sends an empty
 * block in its place so the parent's round stays in step. */
static void S_bad_record(S_run *r)
{
	fprintf(stderr, "palmyra: %s\n", pm_error_last());
	if (r->pipe)
		S_block(r, "", 0);
}

/* In a parallel run every worker goes through every unit (a document or a
 * bad record) and codes or reports only its own, unit i being worker
 * i % workers's; the others it passes over (pm_reader_skip counts them as
 * pm_reader_next would). */
static void S_read_all(S_run *r)
{
	for (int i = 0; i < r->n_readers && !r->fatal; i++) {
		pm_reader *rd = r->readers[i];
		pm_input in;
		int rc;
		while (rd) {
			int mine = r->workers <= 1 || r->unit % r->workers == r->worker;
			if ((rc = mine ? pm_reader_next(rd, &in) : pm_reader_skip(rd)) == 0)
				break;
			r->unit++;
			if (!mine)
				continue;
			if (rc < 0)
				S_bad_record(r);
			else if (S_code(r, rd, &in) < 0)
				break;
		}
	}
}

/* Opens a reader per path (stdin when there is none); a path that cannot
 * be read is named now and makes the run fail. */
static int S_open_readers(S_run *r, char **paths, int n)
{
	static char *const stdin_path[] = {"-"};
	if (n == 0) {
		paths = (char **)stdin_path;
		n = 1;
	}
	pm_reader_options ro = PM_READER_OPTIONS_INIT;
	ro.kind = r->in_kind;
	ro.keep_fields = r->keep_fields;
	r->readers = calloc((size_t)n, sizeof(*r->readers));
	if (!r->readers)
		return 1;
	r->n_readers = n;
	int status = 0;
	for (int i = 0; i < n; i++) {
		if (pm_reader_open(&r->readers[i], paths[i], &ro) < 0) {
			fprintf(stderr, "palmyra: %s\n", pm_error_last());
			r->readers[i] = NULL;
			status = 1;
			continue;
		}
		pm_reader_progress p;
		pm_reader_progress_get(r->readers[i], &p);
		r->bytes_total = r->bytes_total < 0 || p.bytes_total < 0 ? -1 : r->bytes_total + p.bytes_total;
	}
	return status;
}

static int S_known_kind(const char *name)
{
	for (const char *const *k = pm_reader_kinds(); *k; k++)
		if (!strcmp(*k, name))
			return 1;
	return 0;
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
			if (pm_format_from_name(strcmp(optarg, "json") ? optarg : "jsonl", &r->format) < 0) {
				fprintf(stderr, "palmyra code: %s\n", pm_error_last());
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

static void S_stats_line(FILE *f, const pm_coder_stats *st)
{
	fprintf(f, "S %ld %ld %ld %ld %ld\n", st->documents, st->sentences, st->events,
		st->discarded, st->errors);
}

static void S_add_stats(pm_coder_stats *sum, const char *line)
{
	pm_coder_stats st = {0};
	if (sscanf(line, "S %ld %ld %ld %ld %ld", &st.documents, &st.sentences, &st.events,
		   &st.discarded, &st.errors) == 5)
		S_stats_add(sum, &st);
}

static void S_worker(S_run *r, int w, int fd)
{
	r->worker = w;
	r->progress = 0;
	r->pipe = fdopen(fd, "w");
	S_read_all(r);
	pm_coder_stats st;
	S_stats(r, &st);
	S_stats_line(r->pipe, &st);
	fclose(r->pipe);
	pm_coder_free(r->coder);
	_exit(0);
}

/* What the parent last heard from each worker, for the progress line. */
typedef struct {
	long documents, sentences;
	long long bytes;
} S_heard;

static void S_merge_progress(S_run *r, S_heard *heard, int n)
{
	long docs = 0, sentences = 0;
	long long bytes = -1;
	for (int w = 0; w < n; w++) {
		docs += heard[w].documents;
		sentences += heard[w].sentences;
		/* every worker reads all the input: the slowest one tells */
		if (bytes < 0 || heard[w].bytes < bytes)
			bytes = heard[w].bytes;
	}
	S_show_progress(r, docs, sentences, bytes, 0);
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
	S_heard heard[64];
	memset(heard, 0, sizeof(heard));
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
		S_heard *h = &heard[i % n];
		size_t len = 0;
		if (sscanf(line, "%zu %ld %ld %lld", &len, &h->documents, &h->sentences, &h->bytes) < 1)
			break;
		if (r->format == PM_FORMAT_GEOJSON)
			S_join_features(r, f, len);
		while (r->format != PM_FORMAT_GEOJSON && len) {
			size_t k = fread(buf, 1, len < sizeof(buf) ? len : sizeof(buf), f);
			if (!k)
				break;
			fwrite(buf, 1, k, r->out);
			len -= k;
		}
		if (r->progress)
			S_merge_progress(r, heard, n);
	}
	free(line);
	return 0;
}

static int S_run_parallel(S_run *r, pm_coder_stats *sum)
{
	FILE *in[64];
	pid_t pids[64];
	int workers = r->workers, status = 0;
	fflush(r->out);
	fflush(stderr);
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
			S_worker(r, w, fds[1]);
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

/* -j when none is given: one process per idle core (cores less the
 * one-minute load average) for inputs of at least S_PARALLEL_BYTES, else
 * one. A second process paid only when a core was free for it: on the
 * 2-core development machine, shared with other work, -j 2 took 1.4-1.8
 * times less time than -j 1 when the machine was quiet and up to half as
 * long again when it was busy (docs/pipeline.md). Stdin cannot be shared
 * between processes. */
enum { S_PARALLEL_BYTES = 1 << 20 };

static int S_worker_count(const S_run *r, int requested, char **paths, int n)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(paths[i], "-"))
			return 1;
	if (n == 0)
		return 1;
	if (requested > 0)
		return requested > 64 ? 64 : requested;
	if (r->bytes_total >= 0 && r->bytes_total < S_PARALLEL_BYTES)
		return 1;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int w = (int)(cores > 0 ? cores : 1);
	double load;
	if (getloadavg(&load, 1) == 1) {
		int idle = (int)((double)w - load + 0.5);
		w = idle < 1 ? 1 : idle < w ? idle : w;
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
	int n = argc - optind;
	r.started = S_now();
	int status = S_open_readers(&r, paths, n);
	r.workers = S_worker_count(&r, r.workers, paths, n);
	r.progress = !r.quiet && isatty(2);
	pm_event_write_header(r.out, r.format);

	pm_coder_stats st = {0};
	/* Workers share a coder built before they fork (loaded once, its
	 * warnings said once), unless an XML <Environment> may pick the
	 * dictionaries: then each builds its own as it reads. */
	if (r.workers > 1 && !(r.dicts.dir && !r.dicts.explicit_files) && S_coder_for(&r, NULL) < 0)
		r.fatal = 1;
	if (r.fatal) {
		status = 1;
	} else if (r.workers > 1) {
		status |= S_run_parallel(&r, &st);
	} else {
		S_read_all(&r);
		S_stats(&r, &st);
	}
	if (r.fatal)
		status = 1;
	S_show_progress(&r, st.documents, st.sentences, r.bytes_total, 1);
	if (!r.quiet)
		fprintf(stderr, "palmyra: %ld documents, %ld sentences, %ld events, %ld discarded, %ld errors\n",
			st.documents, st.sentences, st.events, st.discarded, st.errors);
	pm_event_write_footer(r.out, r.format);
	pm_coder_free(r.coder);
	for (int i = 0; i < r.n_readers; i++)
		pm_reader_free(r.readers[i]);
	free(r.readers);
	free(r.dicts.actors_buf);
	if (r.out != stdout)
		fclose(r.out);
	return status;
}
