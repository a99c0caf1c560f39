/* cmd_code.c - `palmyra code`: documents in, events out.
 *
 * Inputs stream one "unit" at a time: a document, or a bad record or file
 * in its place. A unit's event lines and messages are gathered in memory
 * and written whole, so the output never ends in a partial line: when a
 * write fails the file is cut back to its last whole line, a worker that
 * dies loses only the unit it was coding (which a new worker codes again),
 * and SIGINT/SIGTERM stop the run between units. Exit statuses are in
 * S_usage (and README's "Exit status"). */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
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
	"      --max-doc-size N a document over N bytes (k, M, G suffixes; default 1M; 0: no\n"
	"                       limit) is coded in pieces of at most N, cut at paragraph ends\n"
	"      --oversize MODE  split (default) or refuse documents over --max-doc-size\n"
	"  -o, --output FILE    write events to FILE instead of stdout\n"
	"  -j, --jobs N         N processes (1-64); output keeps input order (default: one per\n"
	"                       idle core, cores less the load average, for inputs over 1 MB;\n"
	"                       stdin is read by one process)\n"
	"  -q, --quiet          no progress line or summary (the progress line, documents and\n"
	"                       sentences per second, share read and time left, is drawn on\n"
	"                       stderr only when it is a terminal)\n"
	"\n"
	"exit status:\n"
	"  0    every input was read and coded\n"
	"  1    some records or documents were rejected (each named on stderr, counted as\n"
	"       errors in the summary); the others were coded\n"
	"  2    usage or setup error (a bad option, an input path or dictionary that cannot\n"
	"       be read, no tagger model): nothing was coded\n"
	"  3    the run failed part way: the output could not be written (it ends at its last\n"
	"       whole line), or worker processes kept dying\n"
	"  130, 143  stopped by SIGINT or SIGTERM: the output ends at the last whole document\n";

/* The signal that asks the run to stop (SIGINT or SIGTERM), 0 while none
 * has. A program's signal flag is the one thing a handler may touch; the
 * library keeps no such state. */
static volatile sig_atomic_t S_signal;

static void S_on_signal(int sig)
{
	S_signal = sig;
}

/* ---- Output: whole lines through write(2) ---------------------------------------- */

typedef struct {
	int fd;
	const char *name;      /* "stdout" or the -o path, for messages */
	int close_fd;
	int can_cut;           /* a regular file: cut back to its last whole line on failure */
	long long base;        /* its offset when we started */
	long long flushed;     /* bytes written and kept */
	char *buf;
	size_t len, cap;
	int err;               /* errno of the write that failed; 0 while none has */
	long features;         /* GeoJSON features written, for their commas */
} S_output;

enum { S_OUT_FLUSH = 1 << 16 };

static int S_output_open(S_output *o, const char *path, char *why, size_t cap)
{
	memset(o, 0, sizeof(*o));
	o->fd = 1;
	o->name = "stdout";
	if (path) {
		do
			o->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		while (o->fd < 0 && errno == EINTR);
		if (o->fd < 0) {
			snprintf(why, cap, "%s: %s", path, strerror(errno));
			return -1;
		}
		o->name = path;
		o->close_fd = 1;
	}
	int fl = fcntl(o->fd, F_GETFL);
	if (fl < 0 || (fl & O_ACCMODE) == O_RDONLY) {
		o->err = fl < 0 ? errno : EBADF;   /* a closed stdout: said as a failed write */
		return 0;
	}
	struct stat st;
	off_t at = lseek(o->fd, 0, SEEK_CUR);
	o->can_cut = fstat(o->fd, &st) == 0 && S_ISREG(st.st_mode) && at >= 0;
	o->base = at >= 0 ? (long long)at : 0;
	return 0;
}

/* Writes p[0, len) out (whole lines). On a failure a regular file is cut
 * back to the end of the last whole line that reached it, and every later
 * call fails at once. */
static int S_output_write(S_output *o, const char *p, size_t len)
{
	if (o->err)
		return -1;
	size_t done = 0;
	while (done < len) {
		ssize_t n = write(o->fd, p + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			o->err = n < 0 ? errno : ENOSPC;
			size_t keep = done;
			while (keep && p[keep - 1] != '\n')
				keep--;
			o->flushed += (long long)keep;
			if (o->can_cut && ftruncate(o->fd, (off_t)(o->base + o->flushed)) != 0)
				o->can_cut = 0;
			return -1;
		}
		done += (size_t)n;
	}
	o->flushed += (long long)done;
	return 0;
}

/* Writes the buffer out (it holds whole lines only). */
static int S_output_flush(S_output *o)
{
	int rc = S_output_write(o, o->buf, o->len);
	o->len = 0;
	return rc;
}

/* Small pieces are gathered into S_OUT_FLUSH bytes; a piece that would
 * fill the buffer goes out as it is, after what the buffer holds (a
 * document's events were copied byte by byte before). */
static int S_output_put(S_output *o, const char *p, size_t n)
{
	if (o->err)
		return -1;
	if (!n)
		return 0;              /* nothing yet: o->buf may still be NULL */
	if (o->len + n >= S_OUT_FLUSH) {
		if (o->len && S_output_flush(o) < 0)
			return -1;
		return S_output_write(o, p, n);
	}
	if (!o->buf) {
		o->buf = malloc(S_OUT_FLUSH);
		if (!o->buf) {
			o->err = ENOMEM;
			return -1;
		}
		o->cap = S_OUT_FLUSH;
	}
	memcpy(o->buf + o->len, p, n);
	o->len += n;
	return 0;
}

/* A unit's event lines; GeoJSON features come one a line (GEOJSONL) and
 * take their comma here, since only the writer knows which is first. */
static int S_output_events(S_output *o, pm_format fmt, const char *p, size_t n)
{
	if (fmt != PM_FORMAT_GEOJSON)
		return S_output_put(o, p, n);
	while (n) {
		const char *nl = memchr(p, '\n', n);
		size_t k = nl ? (size_t)(nl - p) + 1 : n;
		if (o->features++ && S_output_put(o, ",", 1) < 0)
			return -1;
		if (S_output_put(o, p, k) < 0)
			return -1;
		p += k;
		n -= k;
	}
	return 0;
}

static int S_output_close(S_output *o)
{
	int rc = S_output_flush(o);
	if (o->close_fd && close(o->fd) != 0 && !o->err) {
		o->err = errno;
		rc = -1;
	}
	free(o->buf);
	o->buf = NULL;
	return rc;
}

/* ---- One unit: a document or a bad record ------------------------------------------ */

/* The event lines of the units one process codes, kept from one unit to
 * the next: a memory stream opened per document grew from nothing each
 * time, and its reallocations and zeroing were a third of writing an
 * event (18M of 53M instructions for 70 GigaWord articles). */
typedef struct {
	FILE *f;
	char *buf;
	size_t len;
} S_stream;

typedef struct {
	char *ev, *msg;
	size_t ev_len, msg_len;
	FILE *ev_f, *msg_f;
	S_stream *evs;          /* where ev_f writes: the run's (ev is its buffer); NULL: ev is ours */
	long events;            /* event lines in ev */
	pm_coder_stats st;
	long long bytes_read;   /* the reading position after it (progress) */
	int fatal;              /* an exit status that stops the run (PM_EXIT_SETUP), or 0 */
} S_unit;

static void S_out_of_memory(void)
{
	fputs("palmyra: out of memory\n", stderr);
	exit(PM_EXIT_FAILED);
}

/* evs's stream, emptied for the next unit's events. */
static FILE *S_stream_again(S_stream *evs)
{
	if (!evs->f && !(evs->f = open_memstream(&evs->buf, &evs->len)))
		S_out_of_memory();
	if (fseek(evs->f, 0, SEEK_SET) != 0)
		S_out_of_memory();
	return evs->f;
}

static void S_stream_free(S_stream *evs)
{
	if (evs->f)
		fclose(evs->f);
	free(evs->buf);
	memset(evs, 0, sizeof(*evs));
}

static int S_unit_begin(S_unit *u, S_stream *evs)
{
	memset(u, 0, sizeof(*u));
	u->evs = evs;
	u->ev_f = S_stream_again(evs);
	u->msg_f = open_memstream(&u->msg, &u->msg_len);
	if (!u->msg_f)
		S_out_of_memory();
	return 0;
}

/* The unit's events so far into ev (ev_len bytes, events lines), to be
 * shipped; then S_unit_again. A memory stream's buffer and size are its
 * position's once it is flushed. */
static void S_unit_take(S_unit *u)
{
	if (fflush(u->ev_f) != 0)
		S_out_of_memory();
	u->ev = u->evs->buf;
	u->ev_len = u->evs->len;
	u->ev_f = NULL;
}

/* A fresh stream for the events after those shipped. */
static void S_unit_again(S_unit *u)
{
	u->ev = NULL;
	u->ev_len = 0;
	u->events = 0;
	u->ev_f = S_stream_again(u->evs);
}

/* Ends the streams: ev and msg hold what was written. */
static void S_unit_end(S_unit *u)
{
	if (u->ev_f)
		S_unit_take(u);
	if (u->msg_f && fclose(u->msg_f) != 0)
		S_out_of_memory();
	u->ev_f = u->msg_f = NULL;
}

static void S_unit_free(S_unit *u)
{
	if (u->ev_f || u->msg_f)
		S_unit_end(u);
	if (!u->evs)
		free(u->ev);
	free(u->msg);
	u->ev = u->msg = NULL;
}

/* ---- The run -------------------------------------------------------------------------- */

typedef struct {
	pid_t pid;
	int fd;                 /* its pipe's read end; -1 when closed */
	char buf[1 << 16];      /* bytes read from fd, not yet taken */
	size_t pos, len;
	long long bytes_read;   /* its last reading position (progress) */
	int ended;              /* it sent its end mark */
} S_worker;

typedef struct {
	pm_cli_dicts dicts;
	pm_coder_options opts;
	pm_format format;
	const char *in_kind;
	const char *date;
	const char *out_path;
	int quiet;
	int keep_fields;      /* --keep-fields: unknown JSON-lines fields go into "doc" */
	S_output out;
	pm_coder *coder;
	int loading;                 /* pm_coder_new is running */
	char env[5][1024];    /* the <Environment> the coder was built for */
	char paths[8192];     /* dictionary paths the coder was built from */
	const char *actor_paths[32];
	char require_dyad[16], new_actor_length[16];   /* from <Config> */
	pm_reader **readers;         /* one per path given, opened before any coding */
	int n_readers;
	long long bytes_total;       /* of every reader's files; -1 when unknown (stdin) */
	int progress;                /* a progress line on stderr (a TTY, not -q) */
	double started, shown;       /* monotonic seconds */
	S_unit *cur;                 /* the unit being coded: its messages go there */
	S_stream evs;                /* this process's units' event lines */
	/* A document with many events ships them in parts of about
	 * S_PART_BYTES as it goes (memory stays bounded): to the output, or
	 * to the parent. skip_events: events of the unit to pass over, which
	 * a worker that died while coding it had already shipped. */
	int (*ship)(void *r, S_unit *u);
	long skip_events;
	pm_coder_stats total;        /* of the units written */
	int fatal;                   /* the exit status that stopped the run, or 0 */
	/* Parallel runs. Unit u is worker u % workers's; a worker started
	 * again after a death begins at start_unit and reports lost_unit
	 * (one that killed two workers) instead of coding it. */
	int workers;
	int worker;           /* this process's number, 0..workers-1 */
	int in_worker;        /* this process is a worker */
	long unit;            /* units seen so far */
	long start_unit, lost_unit;
	char lost_why[160];
	long fault_unit;      /* PALMYRA_FAULT=kill-unit:N (tests): a worker dies there; -1 */
	FILE *pipe;           /* worker -> parent */
	S_worker *w;          /* one per worker: 64 kB each, made only for a parallel run */
	long shipped;         /* events of the unit awaited that its worker shipped */
	int deaths;
	long last_death_unit;
} S_run;

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A message line for the unit being coded (kept in order with its
 * events), or for stderr now when there is none. */
static void S_say(S_run *r, const char *fmt, ...) PM_CLI_PRINTF(2, 3);
static void S_say(S_run *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	FILE *f = r->cur ? r->cur->msg_f : stderr;
	fputs("palmyra: ", f);
	vfprintf(f, fmt, ap);
	fputc('\n', f);
	va_end(ap);
}

/* Events are written as the format says, GeoJSON a feature a line (the
 * writer adds the collection's commas), into the unit; a unit's events
 * past S_PART_BYTES are shipped in parts. Once a stop is asked for, the
 * document in progress is given up: what it wrote since its last part is
 * dropped, and the output ends with a whole line. */
enum { S_PART_BYTES = 1 << 20 };

static int S_write_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	if (S_signal)
		return 1;
	if (r->skip_events > 0) {
		r->skip_events--;
		return 0;
	}
	S_unit *u = r->cur;
	pm_format fmt = r->format == PM_FORMAT_GEOJSON ? PM_FORMAT_GEOJSONL : r->format;
	if (pm_event_write(u->ev_f, fmt, ev, 0) < 0)
		return 1;
	u->events++;
	if (ftell(u->ev_f) < S_PART_BYTES)
		return 0;
	S_unit_take(u);
	int rc = r->ship(r, u);
	S_unit_again(u);
	return rc < 0;
}

/* Every worker loads the same dictionaries and would print the same
 * warnings: the first worker speaks for all. Warnings while coding
 * concern the worker's own documents. */
static void S_warn(void *ctx, const char *message)
{
	S_run *r = ctx;
	if (r->loading && r->worker > 0)
		return;
	S_say(r, "%s", message);
}

/* A reader's warning (an XML record without an id): said by the process
 * coding that record; the others pass over it. */
static void S_reader_warn(void *ctx, const char *message)
{
	S_run *r = ctx;
	if (r->in_worker && !r->cur)
		return;
	S_say(r, "%s", message);
}

static void S_stats_add(pm_coder_stats *sum, const pm_coder_stats *st)
{
	sum->documents += st->documents;
	sum->sentences += st->sentences;
	sum->events += st->events;
	sum->discarded += st->discarded;
	sum->errors += st->errors;
}

static void S_stats_sub(pm_coder_stats *a, const pm_coder_stats *b)
{
	a->documents -= b->documents;
	a->sentences -= b->sentences;
	a->events -= b->events;
	a->discarded -= b->discarded;
	a->errors -= b->errors;
}

/* Builds (or rebuilds, when an XML file's <Environment> names other
 * dictionaries) the coder; env NULL is no <Environment>. A dictionary
 * that cannot be had is a setup error: the run stops (PM_EXIT_SETUP). */
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
	char why[1024];
	if (pm_cli_dicts_resolve(&r->dicts, e->verbs, e->actors, e->agents, e->discards, e->issues,
				 &o.dicts, r->paths, sizeof(r->paths), r->actor_paths, 32, why,
				 sizeof(why)) < 0) {
		S_say(r, "%s", why);
		return -1;
	}
	o.warn = S_warn;
	o.warn_ctx = r;
	r->loading = 1;
	int rc = pm_coder_new(&r->coder, &o);
	r->loading = 0;
	if (rc < 0) {
		S_say(r, "%s", pm_error_last());
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

/* A unit's messages, then its events, then its counts: in input order. */
static int S_emit(S_run *r, S_unit *u)
{
	if (u->msg_len) {
		if (r->progress)
			fputs("\r\033[K", stderr);
		fwrite(u->msg, 1, u->msg_len, stderr);
	}
	int rc = S_output_events(&r->out, r->format, u->ev, u->ev_len);
	if (rc == 0)
		S_stats_add(&r->total, &u->st);
	if (u->fatal && !r->fatal)
		r->fatal = u->fatal;
	return rc;
}

/* <Config> options apply to the records after them; they are kept here so
 * a coder rebuilt for another <Environment> gets them too. */
static void S_config(S_run *r, pm_reader *rd, const char *option, char *kept, size_t cap)
{
	const char *value = pm_reader_config_get(rd, option);
	if (!value || !strcmp(value, kept))
		return;
	snprintf(kept, cap, "%s", value);
	if (pm_coder_set_option(r->coder, option, value) < 0)
		S_say(r, "%s: <Config> %s", pm_reader_where(rd), pm_error_last());
}

/* One document into r->cur: the coder follows the file's <Environment> and
 * <Config> (those before the document, whoever coded the ones between). */
static void S_code(S_run *r, pm_reader *rd, const pm_input *given)
{
	S_unit *u = r->cur;
	pm_reader_env env;
	int has_env = pm_reader_env_get(rd, &env) == 0 && r->dicts.dir && !r->dicts.explicit_files;
	if ((has_env || !r->coder) && S_coder_for(r, has_env ? &env : NULL) < 0) {
		u->fatal = PM_EXIT_SETUP;
		return;
	}
	S_config(r, rd, "require_dyad", r->require_dyad, sizeof(r->require_dyad));
	S_config(r, rd, "new_actor_length", r->new_actor_length, sizeof(r->new_actor_length));
	pm_input copy = *given;
	if (r->date && given->kind != PM_INPUT_SENTENCE)
		copy.date = r->date;
	pm_coder_stats before, after;
	pm_coder_stats_get(r->coder, &before);
	int rc = pm_coder_code(r->coder, &copy, S_write_event, r);
	pm_coder_stats_get(r->coder, &after);
	S_stats_sub(&after, &before);
	u->st = after;
	if (rc < 0) {
		S_say(r, "%s", pm_error_last());
		if (rc == PM_ESETUP)
			u->fatal = PM_EXIT_SETUP;
	}
}

/* ---- Reading: every process goes through every unit ----------------------------------- */

/* Emits a unit: written here (one process) or sent to the parent. */
typedef int (*S_emit_fn)(S_run *r, S_unit *u);

/* One process: a part of a unit's events goes straight to the output. */
static int S_ship_local(void *ctx, S_unit *u)
{
	S_run *r = ctx;
	return S_output_events(&r->out, r->format, u->ev, u->ev_len);
}

static int S_emit_local(S_run *r, S_unit *u)
{
	int rc = S_emit(r, u);
	if (r->progress)
		S_show_progress(r, r->total.documents, r->total.sentences, S_bytes_read(r), 0);
	return rc;
}

/* A worker: "P <unit> <bytes> <events>\n" and a part of the unit's event
 * lines, which the parent writes at once. */
static int S_ship_part(void *ctx, S_unit *u)
{
	S_run *r = ctx;
	fprintf(r->pipe, "P %ld %zu %ld\n", r->unit - 1, u->ev_len, u->events);
	fwrite(u->ev, 1, u->ev_len, r->pipe);
	return fflush(r->pipe) != 0 || ferror(r->pipe) ? -1 : 0;
}

/* "U <unit> <events> <messages> <documents> <sentences> <events> <discarded>
 * <errors> <bytes read> <fatal>\n", then the event and message bytes. */
static int S_send(S_run *r, S_unit *u)
{
	const pm_coder_stats *s = &u->st;
	fprintf(r->pipe, "U %ld %zu %zu %ld %ld %ld %ld %ld %lld %d\n", r->unit - 1, u->ev_len,
		u->msg_len, s->documents, s->sentences, s->events, s->discarded, s->errors,
		S_bytes_read(r), u->fatal);
	fwrite(u->ev, 1, u->ev_len, r->pipe);
	fwrite(u->msg, 1, u->msg_len, r->pipe);
	/* Into the pipe now: a block left in this process's buffer would die
	 * with it, and the parent would blame the wrong unit for the death. */
	return fflush(r->pipe) != 0 || ferror(r->pipe) ? -1 : 0;
}

/* In a parallel run each process goes through every unit and codes or
 * reports its own, unit u being worker u % workers's; the others it
 * passes over (pm_reader_skip counts them as pm_reader_next would). A
 * unit is emitted whole (a long one's events in parts as they come) or
 * not at all; reading stops at a signal, a failed write or a fatal unit. */
static void S_read_all(S_run *r, S_emit_fn emit)
{
	for (int i = 0; i < r->n_readers; i++) {
		pm_reader *rd = r->readers[i];
		while (rd && !S_signal) {
			long u = r->unit;
			int mine = u >= r->start_unit && (r->workers <= 1 || u % r->workers == r->worker);
			int lost = mine && u == r->lost_unit;
			S_unit unit;
			pm_input in;
			int rc;
			if (mine && !lost) {
				if (u == r->fault_unit && r->in_worker)
					raise(SIGKILL);
				S_unit_begin(&unit, &r->evs);
				r->cur = &unit;
				rc = pm_reader_next(rd, &in);
			} else {
				rc = pm_reader_skip(rd);
			}
			if (rc == 0) {
				if (mine && !lost) {
					r->cur = NULL;
					S_unit_free(&unit);
				}
				break;
			}
			r->unit++;
			if (!mine)
				continue;
			if (lost) {
				S_unit_begin(&unit, &r->evs);
				r->cur = &unit;
				S_say(r, "%s: not coded: %s", pm_reader_where(rd), r->lost_why);
				unit.st.errors = 1;
				unit.st.events = r->skip_events;   /* shipped before the deaths: written */
			} else if (rc < 0) {
				S_say(r, "%s", pm_error_last());
				unit.st.errors = 1;
			} else {
				S_code(r, rd, &in);
			}
			r->skip_events = 0;
			r->cur = NULL;
			S_unit_end(&unit);
			if (S_signal && !unit.fatal) {
				S_unit_free(&unit);     /* cut short: dropped whole */
				return;
			}
			int failed = emit(r, &unit) < 0 || unit.fatal;
			S_unit_free(&unit);
			if (failed)
				return;
		}
	}
}

/* ---- Parallel runs: workers and the parent that merges them ---------------------------- */

static void S_worker_main(S_run *r, int fd)
{
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	r->in_worker = 1;
	r->progress = 0;
	r->ship = S_ship_part;
	r->pipe = fdopen(fd, "w");
	if (!r->pipe)
		_exit(PM_EXIT_FAILED);
	S_read_all(r, S_send);
	fputs("E\n", r->pipe);
	int bad = fclose(r->pipe) != 0;
	pm_coder_free(r->coder);
	_exit(bad ? PM_EXIT_FAILED : 0);
}

/* Starts worker w (again, after a death: r->start_unit and r->lost_unit
 * say where it begins). */
static int S_spawn(S_run *r, int w)
{
	int fds[2];
	if (pipe(fds) < 0) {
		fprintf(stderr, "palmyra: pipe: %s\n", strerror(errno));
		return -1;
	}
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "palmyra: fork: %s\n", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		for (int k = 0; k < r->workers; k++)
			if (k != w && r->w[k].fd >= 0)
				close(r->w[k].fd);
		r->worker = w;
		S_worker_main(r, fds[1]);
	}
	close(fds[1]);
	S_worker *wk = &r->w[w];
	wk->pid = pid;
	wk->fd = fds[0];
	wk->pos = wk->len = 0;
	wk->ended = 0;
	return 0;
}

/* More bytes from a worker's pipe: 1, 0 at its end, -2 when a signal
 * asks the run to stop. */
static int S_fill(S_worker *wk)
{
	if (wk->pos == wk->len)
		wk->pos = wk->len = 0;
	else if (wk->pos) {
		memmove(wk->buf, wk->buf + wk->pos, wk->len - wk->pos);
		wk->len -= wk->pos;
		wk->pos = 0;
	}
	for (;;) {
		ssize_t n = read(wk->fd, wk->buf + wk->len, sizeof(wk->buf) - wk->len);
		if (n > 0) {
			wk->len += (size_t)n;
			return 1;
		}
		if (n == 0)
			return 0;
		if (errno != EINTR)
			return 0;
		if (S_signal)
			return -2;
	}
}

/* Exactly n bytes into dst: 1, 0 when the pipe ends first, -2 on a signal. */
static int S_take(S_worker *wk, char *dst, size_t n)
{
	while (n) {
		if (wk->pos == wk->len) {
			int rc = S_fill(wk);
			if (rc <= 0)
				return rc;
		}
		size_t k = wk->len - wk->pos < n ? wk->len - wk->pos : n;
		memcpy(dst, wk->buf + wk->pos, k);
		wk->pos += k;
		dst += k;
		n -= k;
	}
	return 1;
}

/* The next line of a worker's pipe (at most cap - 1 bytes). */
static int S_take_line(S_worker *wk, char *line, size_t cap)
{
	size_t k = 0;
	for (;;) {
		char c;
		int rc = S_take(wk, &c, 1);
		if (rc <= 0)
			return rc;
		if (c == '\n' || k + 1 == cap)
			break;
		line[k++] = c;
	}
	line[k] = '\0';
	return 1;
}

/* The next block from worker w, for unit want: 1 with *u filled, 0 at the
 * worker's end mark, -1 when it died (its pipe ended early), -3 when what
 * it sent makes no sense, -2 on a signal. */
static int S_recv(S_run *r, int w, long want, S_unit *u)
{
	S_worker *wk = &r->w[w];
	char line[256];
	int rc;
	for (;;) {
		if ((rc = S_take_line(wk, line, sizeof(line))) <= 0)
			return rc < 0 ? rc : -1;
		if (line[0] != 'P')
			break;
		/* a part of a long unit's events: written now, and counted, so
		 * that a worker coding the unit again after a death skips them */
		long unit, events;
		size_t len;
		if (sscanf(line, "P %ld %zu %ld", &unit, &len, &events) != 3 || unit != want)
			return -3;
		char *part = malloc(len + 1);
		if (!part) {
			fputs("palmyra: out of memory\n", stderr);
			exit(PM_EXIT_FAILED);
		}
		if ((rc = S_take(wk, part, len)) <= 0) {
			free(part);
			return rc < 0 ? rc : -1;
		}
		rc = S_output_events(&r->out, r->format, part, len);
		free(part);
		if (rc < 0)
			return -4;
		r->shipped += events;
		r->total.events += events;
	}
	if (!strcmp(line, "E")) {
		wk->ended = 1;
		return 0;
	}
	memset(u, 0, sizeof(*u));
	long unit;
	pm_coder_stats *s = &u->st;
	if (sscanf(line, "U %ld %zu %zu %ld %ld %ld %ld %ld %lld %d", &unit, &u->ev_len, &u->msg_len,
		   &s->documents, &s->sentences, &s->events, &s->discarded, &s->errors, &u->bytes_read,
		   &u->fatal) != 10 ||
	    unit != want)
		return -3;
	u->ev = malloc(u->ev_len + 1);
	u->msg = malloc(u->msg_len + 1);
	if (!u->ev || !u->msg) {
		fputs("palmyra: out of memory\n", stderr);
		exit(PM_EXIT_FAILED);
	}
	if ((rc = S_take(wk, u->ev, u->ev_len)) <= 0 || (rc = S_take(wk, u->msg, u->msg_len)) <= 0) {
		S_unit_free(u);
		return rc < 0 ? rc : -1;
	}
	wk->bytes_read = u->bytes_read;
	/* the unit's events were counted as their parts came */
	u->st.events -= r->shipped;
	r->shipped = 0;
	return 1;
}

static void S_describe(int status, char *out, size_t cap)
{
	if (WIFSIGNALED(status))
		snprintf(out, cap, "was killed by signal %d (%s)", WTERMSIG(status),
			 strsignal(WTERMSIG(status)));
	else if (WIFEXITED(status))
		snprintf(out, cap, "exited with status %d", WEXITSTATUS(status));
	else
		snprintf(out, cap, "stopped");
}

/* Deaths allowed in one run before it fails: enough for a few documents
 * that kill their workers, few enough that a machine out of memory does
 * not retry for ever. */
enum { S_MAX_DEATHS = 8 };

/* Worker w ended without sending unit u. A death by SIGINT or SIGTERM is
 * the run being stopped. Otherwise a new worker takes over at u; when u
 * has killed a worker before, the new one reports it as not coded and
 * goes on after it. 0, -1 when the run cannot go on, -2 for a stop. */
static int S_replace(S_run *r, int w, long u, int garbled)
{
	S_worker *wk = &r->w[w];
	int status = 0;
	close(wk->fd);
	wk->fd = -1;
	if (garbled)
		kill(wk->pid, SIGKILL);   /* alive but lost: its pipe no longer says which unit is which */
	while (waitpid(wk->pid, &status, 0) < 0 && errno == EINTR)
		;
	if (S_signal || (WIFSIGNALED(status) && (WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGTERM))) {
		if (!S_signal)
			S_signal = WTERMSIG(status);
		return -2;
	}
	char what[128];
	S_describe(status, what, sizeof(what));
	if (++r->deaths > S_MAX_DEATHS) {
		fprintf(stderr, "palmyra: worker %d of %d (pid %ld) %s; %d workers have died, the run stops "
				"after input %ld\n", w + 1, r->workers, (long)wk->pid, what, r->deaths, u);
		return -1;
	}
	r->start_unit = u;
	r->skip_events = r->shipped;    /* the new worker codes u again, less what was written */
	if (r->last_death_unit == u) {
		fprintf(stderr, "palmyra: worker %d of %d (pid %ld) %s while coding input %ld, as the worker "
				"before it did: that input is given up\n", w + 1, r->workers, (long)wk->pid,
			what, u + 1);
		r->lost_unit = u;
		snprintf(r->lost_why, sizeof(r->lost_why), "two workers coding it died (the last %s)", what);
	} else {
		fprintf(stderr, "palmyra: worker %d of %d (pid %ld) %s before finishing input %ld; a new "
				"worker codes it again\n", w + 1, r->workers, (long)wk->pid, what, u + 1);
		r->lost_unit = -1;
	}
	r->last_death_unit = u;
	return S_spawn(r, w);
}

static void S_merge_progress(S_run *r)
{
	if (!r->progress)
		return;
	long long bytes = -1;
	for (int w = 0; w < r->workers; w++)   /* every worker reads all: the slowest tells */
		if (bytes < 0 || r->w[w].bytes_read < bytes)
			bytes = r->w[w].bytes_read;
	S_show_progress(r, r->total.documents, r->total.sentences, bytes, 0);
}

/* Unit u comes from worker u % workers: reading the pipes in turn gives
 * the units back in input order while they stream. Each is written only
 * once it has fully arrived. */
static void S_merge(S_run *r)
{
	for (long u = 0;;) {
		if (S_signal)
			return;
		int w = (int)(u % r->workers);
		S_unit unit;
		int rc = S_recv(r, w, u, &unit);
		if (rc == 0 || rc == -2 || rc == -4)
			return;                          /* the end, a stop, or the output failed */
		if (rc == -1 || rc == -3) {
			int k = S_replace(r, w, u, rc == -3);
			if (k == -2)
				return;
			if (k < 0) {
				r->fatal = PM_EXIT_FAILED;
				return;
			}
			continue;
		}
		int failed = S_emit(r, &unit) < 0 || unit.fatal;
		S_unit_free(&unit);
		if (failed)
			return;
		S_merge_progress(r);
		u++;
	}
}

static void S_run_parallel(S_run *r)
{
	r->w = calloc((size_t)r->workers, sizeof(*r->w));
	if (!r->w)
		S_out_of_memory();
	for (int w = 0; w < r->workers; w++)
		r->w[w].fd = -1;
	r->lost_unit = -1;
	r->last_death_unit = -1;
	for (int w = 0; w < r->workers; w++)
		if (S_spawn(r, w) < 0) {
			r->fatal = PM_EXIT_FAILED;
			break;
		}
	if (!r->fatal)
		S_merge(r);
	/* Workers still running are not needed any more (a stop, a failure,
	 * or the end, when they are exiting anyway). */
	for (int w = 0; w < r->workers; w++) {
		S_worker *wk = &r->w[w];
		if (wk->fd < 0)
			continue;
		if (!wk->ended)
			kill(wk->pid, SIGTERM);
		close(wk->fd);
		int status;
		while (waitpid(wk->pid, &status, 0) < 0 && errno == EINTR)
			;
	}
	free(r->w);
	r->w = NULL;
}

/* ---- Setting up ------------------------------------------------------------------------- */

/* Opens a reader per path (stdin when there is none); a path that cannot
 * be read is a usage error, named now, before anything is coded. */
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
	ro.warn = S_reader_warn;
	ro.warn_ctx = r;
	r->readers = calloc((size_t)n, sizeof(*r->readers));
	if (!r->readers)
		return -1;
	r->n_readers = n;
	int status = 0;
	for (int i = 0; i < n; i++) {
		if (pm_reader_open(&r->readers[i], paths[i], &ro) < 0) {
			fprintf(stderr, "palmyra: %s\n", pm_error_last());
			r->readers[i] = NULL;
			status = -1;
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

/* A whole number in [lo, hi] and nothing else: 0, or -1. */
static int S_number(const char *s, long lo, long hi, long *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* "1048576", "64k", "10M", "1G" (powers of 1024): 0, or -1. */
static int S_size(const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || s[0] == '-')
		return -1;
	unsigned long long unit = 1;
	if (*end == 'k' || *end == 'K')
		unit = 1ull << 10;
	else if (*end == 'm' || *end == 'M')
		unit = 1ull << 20;
	else if (*end == 'g' || *end == 'G')
		unit = 1ull << 30;
	if (unit > 1)
		end++;
	if (*end || v > (unsigned long long)SIZE_MAX / unit)
		return -1;
	*out = (size_t)(v * unit);
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
		{"max-doc-size", required_argument, 0, 13}, {"oversize", required_argument, 0, 14},
		{0, 0, 0, 0}};
	int c;
	long n;
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
		case 13:
			if (S_size(optarg, &r->opts.max_doc_bytes) < 0) {
				fprintf(stderr, "palmyra code: --max-doc-size takes a size in bytes (64k, 10M, 0 for "
						"no limit), not '%s'\n", optarg);
				return -1;
			}
			break;
		case 14:
			if (strcmp(optarg, "split") && strcmp(optarg, "refuse")) {
				fprintf(stderr, "palmyra code: --oversize takes split or refuse\n");
				return -1;
			}
			r->opts.oversize = !strcmp(optarg, "refuse") ? PM_OVERSIZE_REFUSE : PM_OVERSIZE_SPLIT;
			break;
		case 'o': r->out_path = optarg; break;
		case 'q': r->quiet = 1; break;
		case 'j':
			if (S_number(optarg, 1, 64, &n) < 0) {
				fprintf(stderr, "palmyra code: -j takes a number of processes from 1 to 64, not "
						"'%s'\n", optarg);
				return -1;
			}
			r->workers = (int)n;
			break;
		case 'h': fputs(S_usage, stdout); return 1;
		default: fputs(S_usage, stderr); return -1;
		}
	}
	return 0;
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
		return requested;
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

/* SIGINT and SIGTERM ask for a stop between units. In one process the
 * reads they interrupt are restarted (the run notices between units);
 * the parent of a parallel run needs them to interrupt its reads. A
 * second signal kills at once. SIGXFSZ is ignored, so that a file size
 * limit is a failed write (EFBIG) we report, not a silent death. */
static void S_signals(int restart)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = S_on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND | (restart ? SA_RESTART : 0);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGXFSZ, SIG_IGN);
}

static void S_cleanup(S_run *r)
{
	S_stream_free(&r->evs);
	pm_coder_free(r->coder);
	for (int i = 0; i < r->n_readers; i++)
		pm_reader_free(r->readers[i]);
	free(r->readers);
	free(r->dicts.actors_buf);
}

int pm_cmd_code(int argc, char **argv)
{
	S_run r;
	memset(&r, 0, sizeof(r));
	r.opts = (pm_coder_options)PM_CODER_OPTIONS_INIT;
	r.fault_unit = -1;
	r.lost_unit = -1;
	r.last_death_unit = -1;
	const char *fault = getenv("PALMYRA_FAULT");
	if (fault && !strncmp(fault, "kill-unit:", 10))
		r.fault_unit = atol(fault + 10);
	int rc = S_parse_args(&r, argc, argv);
	if (rc) {
		free(r.dicts.actors_buf);
		return rc < 0 ? PM_EXIT_SETUP : PM_EXIT_OK;
	}
	char **paths = argv + optind;
	int n = argc - optind;
	r.started = S_now();
	char why[1024];
	if (pm_cli_dicts_check_dir(&r.dicts, why, sizeof(why)) < 0) {
		fprintf(stderr, "palmyra: %s\n", why);
		S_cleanup(&r);
		return PM_EXIT_SETUP;
	}
	if (S_open_readers(&r, paths, n) < 0) {
		S_cleanup(&r);
		return PM_EXIT_SETUP;
	}
	r.workers = S_worker_count(&r, r.workers, paths, n);
	r.progress = !r.quiet && isatty(2);

	/* The coder is built before anything is read, so a dictionary that is
	 * missing stops the run before it starts (and -j workers share its
	 * tables and its warnings are said once). Under -d DIR an XML
	 * <Environment> may name the files instead: when DIR has no standard
	 * ones, the building waits for the first record. */
	int deferred = 0;
	if (r.dicts.dir && !r.dicts.explicit_files) {
		pm_dict_files f;
		int k = pm_cli_dicts_resolve(&r.dicts, "", "", "", "", "", &f, r.paths, sizeof(r.paths),
					     r.actor_paths, 32, why, sizeof(why));
		if (k == -1) {
			fprintf(stderr, "palmyra: %s\n", why);
			S_cleanup(&r);
			return PM_EXIT_SETUP;
		}
		deferred = k == -2;
	}
	if (!deferred && S_coder_for(&r, NULL) < 0) {
		S_cleanup(&r);
		return PM_EXIT_SETUP;
	}
	if (S_output_open(&r.out, r.out_path, why, sizeof(why)) < 0) {
		fprintf(stderr, "palmyra code: %s\n", why);
		S_cleanup(&r);
		return PM_EXIT_SETUP;
	}
	if (r.out.err) {
		fprintf(stderr, "palmyra: cannot write the output (%s): %s\n", r.out.name, strerror(r.out.err));
		S_output_close(&r.out);
		S_cleanup(&r);
		return PM_EXIT_FAILED;
	}

	char *head = NULL;
	size_t head_len = 0;
	FILE *hf = open_memstream(&head, &head_len);
	if (hf) {
		pm_event_write_header(hf, r.format);
		fclose(hf);
		S_output_put(&r.out, head, head_len);
		free(head);
	}
	if (r.workers > 1) {
		S_signals(0);
		S_run_parallel(&r);
	} else {
		S_signals(1);
		r.ship = S_ship_local;
		S_read_all(&r, S_emit_local);
	}
	if (r.fatal != PM_EXIT_SETUP) {
		char *foot = NULL;
		size_t foot_len = 0;
		FILE *ff = open_memstream(&foot, &foot_len);
		if (ff) {
			pm_event_write_footer(ff, r.format);
			fclose(ff);
			S_output_put(&r.out, foot, foot_len);
			free(foot);
		}
	}
	int out_failed = S_output_close(&r.out) < 0;
	S_show_progress(&r, r.total.documents, r.total.sentences, r.bytes_total, 1);
	int status = r.total.errors ? PM_EXIT_REJECTED : PM_EXIT_OK;
	if (out_failed) {
		fprintf(stderr, "palmyra: cannot write the output (%s): %s%s\n", r.out.name,
			strerror(r.out.err),
			r.out.can_cut ? "; it ends at its last whole line" : "");
		status = PM_EXIT_FAILED;
	} else if (r.fatal) {
		status = r.fatal;
	}
	if (S_signal) {
		fprintf(stderr, "palmyra: interrupted by %s: the output ends with a whole line\n",
			S_signal == SIGINT ? "SIGINT" : "SIGTERM");
		status = 128 + S_signal;
	}
	if (!r.quiet && status != PM_EXIT_SETUP)
		fprintf(stderr, "palmyra: %ld documents, %ld sentences, %ld events, %ld discarded, %ld errors\n",
			r.total.documents, r.total.sentences, r.total.events, r.total.discarded,
			r.total.errors);
	S_cleanup(&r);
	return status;
}
