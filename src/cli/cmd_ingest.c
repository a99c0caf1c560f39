/* cmd_ingest.c - `palmyra ingest`: documents (or events coded earlier) into
 * a store.
 *
 * A document is coded only when the store does not hold it with the same
 * content, so ingesting the same inputs again costs a look-up each and
 * writes nothing. Its events are collected and stored together with it,
 * and batches are committed between documents, so a store killed at any
 * moment holds whole documents only, and the same ingest run again carries
 * on where the committed ones end. */
#ifdef PM_WITH_STORE
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "types/event_buf.h"
#include "util/error.h"

static const char S_usage[] =
	"usage: palmyra ingest [--db PATH] [options] [FILE|DIR ...]   (stdin when no file)\n"
	"       palmyra ingest [--db PATH] --coded [FILE.jsonl ...]\n"
	"  Codes documents (as palmyra code does) and stores them with their events;\n"
	"  a document stored already with the same content is skipped, one whose\n"
	"  content changed has its events replaced. docs/store.md describes the store.\n"
	"      --db PATH        the store (default: $PALMYRA_DB, else ./palmyra.db)\n"
	"      --coded          the inputs are event lines written by palmyra code -f jsonl\n"
	"      --batch N        commit every N documents (default 1000; and every second)\n"
	"      --link-at-end    link incidents once, after the last commit, not as commits\n"
	"                       go (an archive in no order of date: cheaper, and readers\n"
	"                       see the new events' incidents only when it ends)\n"
	"  -j, --jobs N         code with N processes, one storing (default: one per core\n"
	"                       for inputs over 1 MB); documents are stored in input order\n"
	"  -q, --quiet          no progress line or summary\n"
	"  coding options, as for palmyra code:\n"
	"  -d, --dict-dir DIR   dictionaries in DIR (PETRARCH names; an XML <Environment> picks them)\n"
	"      --verbs F --actors F,F --agents F --discards F --issues F   select files directly\n"
	"      --in KIND        text, jsonl or xml (default: from the file name, else sniffed)\n"
	"      --parse MODE     use (default) or ignore the parse trees of XML records\n"
	"      --date DATE      document date YYYY-MM-DD for text input (overrides the dateline)\n"
	"      --keep-negated   also store negated events (modality \"negated\")\n"
	"      --keep-fields    keep a JSON line's other fields as the document's extra fields\n"
	"      --no-enrich      events only: no dates, places, attribution, counts\n";

typedef struct {
	char **ids;
	int n, n_slots;
} S_idset;

typedef struct {
	pm_cli_dicts dicts;
	pm_coder_options opts;
	const char *in_kind, *date, *db;
	int quiet, keep_fields, coded, batch_docs, link_at_end;
	pm_coder *coder;
	char env_key[2048], paths[8192];
	const char *actor_paths[32];
	char require_dyad[16], new_actor_length[16];
	pm_store *store;
	pm_event_buf *buf, *spare;
	int in_batch, batch_n;
	double batch_start;
	long docs_read, docs_new, docs_changed, docs_same, docs_refused, events_stored;
	long batch_new, batch_changed, batch_events;   /* in the open batch: not stored until it commits */
	int fatal, failed;
	int progress;
	double t0, last_progress;
	S_idset seen;
	int workers;          /* processes coding (-j); 1: this one codes and stores */
	int worker;           /* in a worker: its number, 0..workers-1 */
	long unit;            /* in a worker: inputs seen; input i is worker i % workers's */
	FILE *pipe;           /* in a worker: documents to the process that stores */
	pm_store *reader;     /* with a storing thread: this thread's look-ups */
	struct S_queue *queue;/* with a storing thread: documents to it */
} S_run;

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- ids seen in this run: a document met twice replaces itself ------------------- */

static uint64_t S_fnv(uint64_t h, const void *p, size_t n)
{
	for (const unsigned char *s = p, *e = s + n; s < e; s++)
		h = (h ^ *s) * 0x100000001b3ULL;
	return h;
}

/* A line's bytes into h, eight at a time (read as little-endian, so the
 * hash is the same on every machine): FNV byte by byte was a tenth of
 * reading coded events. */
static uint64_t S_hash_line(uint64_t h, const char *line, size_t n)
{
	const unsigned char *p = (const unsigned char *)line;
	for (; n >= 8; p += 8, n -= 8) {
		uint64_t w = (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
			     (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
			     (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
		h = (h ^ w) * 0x100000001b3ULL;
		h ^= h >> 29;
	}
	for (; n; p++, n--)
		h = (h ^ *p) * 0x100000001b3ULL;
	return (h ^ 0xff) * 0x100000001b3ULL;   /* the end of a line */
}

/* 1 when id was seen before; remembers it otherwise. */
static int S_seen(S_idset *s, const char *id)
{
	if ((s->n + 1) * 2 > s->n_slots) {
		int n_slots = s->n_slots ? s->n_slots * 2 : 1024;
		char **ids = calloc((size_t)n_slots, sizeof(char *));
		if (!ids)
			return 0;
		for (int i = 0; i < s->n_slots; i++) {
			if (!s->ids[i])
				continue;
			int j = (int)(S_fnv(0xcbf29ce484222325ULL, s->ids[i], strlen(s->ids[i])) &
				      (uint64_t)(n_slots - 1));
			while (ids[j])
				j = (j + 1) & (n_slots - 1);
			ids[j] = s->ids[i];
		}
		free(s->ids);
		s->ids = ids;
		s->n_slots = n_slots;
	}
	int i = (int)(S_fnv(0xcbf29ce484222325ULL, id, strlen(id)) & (uint64_t)(s->n_slots - 1));
	for (; s->ids[i]; i = (i + 1) & (s->n_slots - 1))
		if (!strcmp(s->ids[i], id))
			return 1;
	s->ids[i] = strdup(id);
	s->n++;
	return 0;
}

static void S_idset_free(S_idset *s)
{
	for (int i = 0; i < s->n_slots; i++)
		free(s->ids[i]);
	free(s->ids);
}

/* ---- batches ------------------------------------------------------------------------ */

static void S_progress(S_run *r, int last)
{
	double now = S_now();
	if (!r->progress || (!last && now - r->last_progress < 0.5))
		return;
	r->last_progress = now;
	double t = now - r->t0 > 1e-3 ? now - r->t0 : 1e-3;
	long events = r->events_stored + r->batch_events;
	fprintf(stderr, "\r%ld documents read (%.0f/s), %ld events stored (%.0f/s)   ", r->docs_read,
		r->docs_read / t, events, events / t);
	if (last)
		fputc('\n', stderr);
}

/* A store failure ends the run: what the open batch held is lost with it. */
static void S_store_failed(S_run *r, const char *msg)
{
	fprintf(stderr, "palmyra ingest: %s\n", msg);
	if (r->in_batch) {
		pm_store_rollback(r->store);
		fprintf(stderr, "palmyra ingest: the last %d documents read were not stored; the %ld "
			"before them are\n", r->batch_n, r->docs_new + r->docs_changed);
	}
	r->in_batch = 0;
	r->batch_n = 0;
	r->batch_new = r->batch_changed = r->batch_events = 0;
	r->fatal = r->failed = 1;
}

static int S_commit(S_run *r)
{
	if (!r->in_batch)
		return 0;
	if (pm_store_commit(r->store) < 0) {
		S_store_failed(r, pm_error_last());
		return -1;
	}
	r->in_batch = 0;
	r->batch_n = 0;
	r->docs_new += r->batch_new;
	r->docs_changed += r->batch_changed;
	r->events_stored += r->batch_events;
	r->batch_new = r->batch_changed = r->batch_events = 0;
	return 0;
}

/* Stores one document and its events; commits when the batch is full or
 * a second old. */
static int S_store(S_run *r, const pm_store_doc *doc, const pm_event *events, int n, int changed)
{
	if (!r->in_batch) {
		if (pm_store_begin(r->store) < 0) {
			S_store_failed(r, pm_error_last());
			return -1;
		}
		r->in_batch = 1;
		r->batch_start = S_now();
	}
	int rc = pm_store_put(r->store, doc, events, n);
	if (rc == PM_EINVALID) {
		fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
		r->docs_refused++;
		r->failed = 1;
	} else if (rc < 0) {
		S_store_failed(r, pm_error_last());
		return -1;
	} else {
		if (changed)
			r->batch_changed++;
		else
			r->batch_new++;
		r->batch_events += n;
	}
	r->batch_n++;
	if (r->batch_n >= r->batch_docs || S_now() - r->batch_start >= 1.0)
		return S_commit(r);
	return 0;
}

/* Whether a document needs storing: 0 yes (*changed set), 1 no, -1 failure.
 * doc and its n events, when given, are what will be put: a store on a
 * server then answers for the put in the same round trip. */
static int S_needed(S_run *r, const char *id, const char *hash, const char *origin, int *changed,
		    const pm_store_doc *doc, const pm_event *events, int n)
{
	int state;
	if (S_seen(&r->seen, id))
		fprintf(stderr, "palmyra: %s: document '%s' came earlier in this run; this one "
			"replaces it\n", origin, id);
	if (r->reader && pm_store_lookup(r->reader, id, hash, &state) < 0) {
		fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
		r->fatal = r->failed = 1;
		return -1;
	}
	if (!r->reader && (doc ? pm_store_lookup_events(r->store, doc, events, n, &state)
			       : pm_store_lookup(r->store, id, hash, &state)) < 0) {
		S_store_failed(r, pm_error_last());
		return -1;
	}
	if (state == PM_STORE_DOC_SAME) {
		r->docs_same++;
		return 1;
	}
	*changed = state == PM_STORE_DOC_CHANGED;
	return 0;
}

/* ---- documents coded here ---------------------------------------------------------------- */

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
	char why[512];
	if (pm_cli_dicts_resolve(&r->dicts, ev, ea, eg, ed, ei, &o.dicts, r->paths, sizeof(r->paths),
				 r->actor_paths, 32, why, sizeof(why)) < 0) {
		fprintf(stderr, "palmyra ingest: %s\n", why);
		r->fatal = r->failed = 1;
		return -1;
	}
	if (pm_coder_new(&r->coder, &o) < 0) {
		fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
		r->fatal = r->failed = 1;
		return -1;
	}
	snprintf(r->env_key, sizeof(r->env_key), "%s", key);
	if (r->require_dyad[0])
		pm_coder_set_option(r->coder, "require_dyad", r->require_dyad);
	if (r->new_actor_length[0])
		pm_coder_set_option(r->coder, "new_actor_length", r->new_actor_length);
	return 0;
}

static int S_keep_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	return pm_event_buf_add(r->buf, ev) < 0;
}

/* "YYYYMMDD" as the events write it; other forms as they are. */
static const char *S_iso_date(const char *date, char out[11])
{
	if (date && strlen(date) == 8 && strspn(date, "0123456789") == 8) {
		snprintf(out, 11, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
		return out;
	}
	return date;
}

static const char *S_iso_date(const char *date, char out[11]);
static int S_read_documents(S_run *r, char **paths, int n);

/* ---- a storing thread ----------------------------------------------------------------------
 * Coding is the reading thread's work and storing the other's, so that on
 * two cores an ingest takes about as long as the slower of the two instead
 * of their sum. Documents pass through a ring of slots, in input order;
 * each slot owns the event buffer a document is coded into. The storing
 * thread works on its own S_run (the store, the batch, its counts), so the
 * two share nothing but the ring. */

enum { S_SLOTS = 4 };

typedef struct {
	pm_event_buf *buf;
	char hash[17];
	int changed;
	long read;            /* documents read when this one was */
	char *meta[6];        /* a document without events: id, title, date, outlet, url, extra */
} S_job;

typedef struct S_queue {
	pthread_mutex_t mu;
	pthread_cond_t ready, room;
	S_job jobs[S_SLOTS];
	int head, count;      /* jobs[head .. head + count) wait to be stored */
	int done;             /* the reading thread has no more */
	int stop;             /* the storing thread failed: read no more */
	S_run *w;             /* the storing thread's state */
} S_queue;

static void *S_writer(void *arg)
{
	S_queue *q = arg;
	S_run *w = q->w;
	for (;;) {
		pthread_mutex_lock(&q->mu);
		while (!q->count && !q->done)
			pthread_cond_wait(&q->ready, &q->mu);
		if (!q->count) {
			pthread_mutex_unlock(&q->mu);
			break;
		}
		S_job *j = &q->jobs[q->head];
		pthread_mutex_unlock(&q->mu);
		if (!w->fatal) {
			int n;
			const pm_event *events = pm_event_buf_events(j->buf, &n);
			pm_store_doc doc = PM_STORE_DOC_INIT;
			if (n) {
				doc.meta = *events[0].doc;
			} else {
				doc.meta.id = j->meta[0];
				doc.meta.title = j->meta[1];
				doc.meta.date = j->meta[2];
				doc.meta.outlet = j->meta[3];
				doc.meta.url = j->meta[4];
				doc.meta.extra_json = j->meta[5];
			}
			doc.content_hash = j->hash;
			w->docs_read = j->read;
			S_store(w, &doc, events, n, j->changed);
			S_progress(w, 0);
		}
		for (int i = 0; i < 6; i++) {
			free(j->meta[i]);
			j->meta[i] = NULL;
		}
		pthread_mutex_lock(&q->mu);
		q->head = (q->head + 1) % S_SLOTS;
		q->count--;
		q->stop = w->fatal;
		pthread_cond_signal(&q->room);
		pthread_mutex_unlock(&q->mu);
	}
	if (!w->fatal)
		S_commit(w);
	return NULL;
}

/* The slot the next document is coded into, once there is room; NULL when
 * the storing thread has failed. */
static S_job *S_slot(S_queue *q)
{
	pthread_mutex_lock(&q->mu);
	while (q->count == S_SLOTS && !q->stop)
		pthread_cond_wait(&q->room, &q->mu);
	S_job *j = q->stop ? NULL : &q->jobs[(q->head + q->count) % S_SLOTS];
	pthread_mutex_unlock(&q->mu);
	return j;
}

static void S_push(S_queue *q)
{
	pthread_mutex_lock(&q->mu);
	q->count++;
	pthread_cond_signal(&q->ready);
	pthread_mutex_unlock(&q->mu);
}

/* An event's evidence, which the event's JSON line does not carry (no
 * output format does: it is the incident's), as the line after it in a
 * worker's block: [[sentence, text], ...]. */
static void S_write_evidence(FILE *f, const pm_event *ev)
{
	if (ev->n_evidence <= 0)
		return;
	json_t *a = json_array();
	for (int i = 0; i < ev->n_evidence; i++)
		json_array_append_new(a, json_pack("[i, s]", ev->evidence[i].sentence,
						   ev->evidence[i].text ? ev->evidence[i].text : ""));
	json_dumpf(a, f, JSON_COMPACT);
	fputc('\n', f);
	json_decref(a);
}

/* The evidence line after an event's, onto the buffer's last event. */
static int S_read_evidence(pm_event_buf *b, const char *line, size_t len)
{
	json_t *a = json_loadb(line, len, 0, NULL);
	int n = json_is_array(a) ? (int)json_array_size(a) : -1;
	if (n < 0 || b->n == 0) {
		json_decref(a);
		return pm_error_set(PM_EINVALID, "a coding process sent evidence it should not have");
	}
	pm_event *ev = &b->events[b->n - 1];
	pm_evidence *v = pm_arena_alloc(&b->arena, (size_t)(n + 1) * sizeof(*v));
	for (int i = 0; i < n; i++) {
		json_t *x = json_array_get(a, (size_t)i);
		v[i].doc = ev->doc ? ev->doc->id : ev->id;
		v[i].sentence = (int)json_integer_value(json_array_get(x, 0));
		const char *text = json_string_value(json_array_get(x, 1));
		v[i].text = pm_arena_strdup(&b->arena, text ? text : "");
	}
	ev->evidence = v;
	ev->n_evidence = n;
	json_decref(a);
	return 0;
}

/* A worker codes its share of the inputs and hands each document to the
 * storing process as one block, "<kind> <length>\n<bytes>": S (stored
 * already, unchanged), F (failed; the worker has said why) or D (a header
 * line with the document's id, hash and metadata, then its event lines as
 * palmyra code writes them, each followed by its evidence's line when it
 * has any). The storing process reads the workers' blocks
 * in turn, so documents are stored in input order. */
static int S_worker_input(S_run *r, const pm_input *in, const char *hash)
{
	const char *id = in->id ? in->id : "";
	char date[11];
	int state = PM_STORE_DOC_NEW;
	if (pm_store_lookup(r->store, id, hash, &state) < 0) {
		fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
		r->fatal = r->failed = 1;
		fputs("F 0\n", r->pipe);
		return -1;
	}
	if (state == PM_STORE_DOC_SAME) {
		fputs("S 0\n", r->pipe);
		return 0;
	}
	if (!r->coder && S_coder_for(r, NULL, NULL, NULL, NULL, NULL) < 0) {
		fputs("F 0\n", r->pipe);
		return -1;
	}
	pm_event_buf_clear(r->buf);
	int rc = pm_coder_code(r->coder, in, S_keep_event, r);
	if (rc < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		r->failed = 1;
		if (rc == PM_ESETUP)
			r->fatal = 1;
		fputs("F 0\n", r->pipe);
		return r->fatal ? -1 : 0;
	}
	json_t *h = json_object();
	json_object_set_new(h, "id", json_string(id));
	json_object_set_new(h, "hash", json_string(hash));
	json_object_set_new(h, "changed", json_boolean(state == PM_STORE_DOC_CHANGED));
	json_object_set_new(h, "origin", json_string(in->origin ? in->origin : id));
	const char *meta[][2] = {{"title", in->title}, {"date", S_iso_date(in->date, date)},
				 {"outlet", in->outlet}, {"url", in->url}, {"extra", in->extra}};
	for (size_t i = 0; i < sizeof(meta) / sizeof(meta[0]); i++)
		if (meta[i][1])
			json_object_set_new(h, meta[i][0], json_string(meta[i][1]));
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	json_dumpf(h, mem, JSON_COMPACT);
	json_decref(h);
	fputc('\n', mem);
	int n;
	const pm_event *events = pm_event_buf_events(r->buf, &n);
	for (int i = 0; i < n; i++) {
		pm_event_write(mem, PM_FORMAT_JSONL, &events[i], 0);
		S_write_evidence(mem, &events[i]);
	}
	fclose(mem);
	fprintf(r->pipe, "D %zu\n", len);
	fwrite(buf, 1, len, r->pipe);
	free(buf);
	return ferror(r->pipe) ? -1 : 0;
}

static int S_on_input(void *ctx, const pm_input *given)
{
	S_run *r = ctx;
	if (r->fatal)
		return -1;
	pm_input in = *given;
	if (!r->keep_fields)
		in.extra = NULL;
	if (r->date && in.kind != PM_INPUT_SENTENCE)
		in.date = r->date;
	const char *id = in.id ? in.id : "";
	char hash[17], date[11];
	int changed = 0, rc;
	if (r->pipe && r->unit++ % r->workers != r->worker)
		return 0;
	pm_input_hash(&in, hash);
	if (r->pipe)
		return S_worker_input(r, &in, hash);
	r->docs_read++;
	if ((rc = S_needed(r, id, hash, in.origin ? in.origin : id, &changed, NULL, NULL, 0)) != 0) {
		S_progress(r, 0);
		return rc < 0 ? -1 : 0;
	}
	if (!r->coder && S_coder_for(r, NULL, NULL, NULL, NULL, NULL) < 0)
		return -1;
	S_job *job = NULL;
	if (r->queue && !(job = S_slot(r->queue))) {
		r->fatal = 1;         /* the store failed: read no more */
		return -1;
	}
	if (job)
		r->buf = job->buf;
	pm_event_buf_clear(r->buf);
	rc = pm_coder_code(r->coder, &in, S_keep_event, r);
	if (rc < 0) {
		/* stored whole or not at all: a document that fails is left out */
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		r->failed = 1;
		if (rc == PM_ESETUP)
			r->fatal = 1;
		return r->fatal ? -1 : 0;
	}
	int n;
	const pm_event *events = pm_event_buf_events(r->buf, &n);
	if (job) {
		memcpy(job->hash, hash, sizeof(job->hash));
		job->changed = changed;
		job->read = r->docs_read;
		if (!n) {
			const char *meta[6] = {id, in.title, S_iso_date(in.date, date), in.outlet, in.url,
					       in.extra};
			for (int i = 0; i < 6; i++)
				job->meta[i] = meta[i] ? strdup(meta[i]) : NULL;
		}
		S_push(r->queue);
		return 0;
	}
	pm_store_doc doc = PM_STORE_DOC_INIT;
	if (n) {
		doc.meta = *events[0].doc;
	} else {
		doc.meta.id = id;
		doc.meta.title = in.title;
		doc.meta.date = S_iso_date(in.date, date);
		doc.meta.outlet = in.outlet;
		doc.meta.url = in.url;
		doc.meta.extra_json = in.extra;
	}
	doc.content_hash = hash;
	rc = S_store(r, &doc, events, n, changed);
	S_progress(r, 0);
	return rc;
}

static int S_env(void *ctx, const pm_reader_env *env)
{
	S_run *r = ctx;
	if (!r->dicts.dir || r->dicts.explicit_files)
		return 0;
	return S_coder_for(r, env->verbs, env->actors, env->agents, env->discards, env->issues);
}

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

static const char *S_json_str(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* One D block from a worker: the header, then the events; stored here. */
static int S_store_block(S_run *r, char *block, size_t len)
{
	char *nl = memchr(block, '\n', len);
	json_t *h = nl ? json_loadb(block, (size_t)(nl - block), 0, NULL) : NULL;
	const char *id = h ? S_json_str(h, "id") : NULL, *hash = h ? S_json_str(h, "hash") : NULL;
	if (!id || !hash) {
		json_decref(h);
		fprintf(stderr, "palmyra ingest: a coding process sent a block it should not have\n");
		r->fatal = r->failed = 1;
		return -1;
	}
	pm_event_buf_clear(r->buf);
	for (char *p = nl + 1, *end = block + len; p < end;) {
		char *e = memchr(p, '\n', (size_t)(end - p));
		size_t n = e ? (size_t)(e - p) : (size_t)(end - p);
		if (n && (*p == '[' ? S_read_evidence(r->buf, p, n) : pm_event_buf_add_json(r->buf, p, n)) < 0) {
			fprintf(stderr, "palmyra ingest: %s: %s\n", id, pm_error_last());
			r->failed = 1;
		}
		p += n + 1;
	}
	if (S_seen(&r->seen, id))
		fprintf(stderr, "palmyra: %s: document '%s' came earlier in this run; this one "
			"replaces it\n", S_json_str(h, "origin") ? S_json_str(h, "origin") : id, id);
	int n;
	const pm_event *events = pm_event_buf_events(r->buf, &n);
	pm_store_doc doc = PM_STORE_DOC_INIT;
	if (n) {
		doc.meta = *events[0].doc;
	} else {
		doc.meta.id = id;
		doc.meta.title = S_json_str(h, "title");
		doc.meta.date = S_json_str(h, "date");
		doc.meta.outlet = S_json_str(h, "outlet");
		doc.meta.url = S_json_str(h, "url");
		doc.meta.extra_json = S_json_str(h, "extra");
	}
	doc.content_hash = hash;
	int rc = S_store(r, &doc, events, n, json_is_true(json_object_get(h, "changed")));
	json_decref(h);
	return rc;
}

/* Reads the workers' blocks in input order (input i is worker i % n's)
 * until one of them has no more. */
static void S_merge(S_run *r, FILE **in, int n)
{
	char *block = NULL;
	size_t cap = 0;
	char *line = NULL;
	size_t line_cap = 0;
	for (long i = 0;; i++) {
		FILE *f = in[i % n];
		char kind;
		size_t len;
		if (getline(&line, &line_cap, f) < 0 || sscanf(line, "%c %zu", &kind, &len) != 2 ||
		    kind == 'E')
			break;
		r->docs_read++;
		if (kind == 'S') {
			r->docs_same++;
		} else if (kind == 'F') {
			r->failed = 1;
		} else if (kind == 'D' && !r->fatal) {
			if (len + 1 > cap) {
				char *b = realloc(block, len + 1);
				if (!b)
					break;
				block = b;
				cap = len + 1;
			}
			if (fread(block, 1, len, f) != len)
				break;
			S_store_block(r, block, len);
			if (r->fatal)
				break;    /* the coding processes stop at their next write */
		} else if (kind == 'D') {
			while (len--)
				getc(f);
		}
		S_progress(r, 0);
	}
	free(block);
	free(line);
}

/* Coding here and storing in a thread of its own (see S_queue). */
static int S_run_threaded(S_run *r, char **paths, int n)
{
	S_queue q;
	S_run w = *r;          /* the storing thread's: the store, the batch, the counts */
	pm_store_options ro = PM_STORE_OPTIONS_INIT;
	ro.readonly = 1;
	memset(&q, 0, sizeof(q));
	q.w = &w;
	memset(&w.seen, 0, sizeof(w.seen));
	if (pm_store_open(&r->reader, r->db, &ro) < 0) {
		fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
		return 1;
	}
	pthread_mutex_init(&q.mu, NULL);
	pthread_cond_init(&q.ready, NULL);
	pthread_cond_init(&q.room, NULL);
	for (int i = 0; i < S_SLOTS; i++)
		pm_event_buf_new(&q.jobs[i].buf);
	pm_event_buf *own = r->buf;
	r->store = NULL;       /* the storing thread's only */
	r->progress = 0;       /* it reports */
	r->queue = &q;
	pthread_t thread;
	int status = 0;
	if (pthread_create(&thread, NULL, S_writer, &q) != 0) {
		fprintf(stderr, "palmyra ingest: cannot start a thread\n");
		r->store = w.store;
		status = 1;
	} else {
		status = S_read_documents(r, paths, n);
		pthread_mutex_lock(&q.mu);
		q.done = 1;
		pthread_cond_signal(&q.ready);
		pthread_mutex_unlock(&q.mu);
		pthread_join(thread, NULL);
		r->store = w.store;
		r->docs_new = w.docs_new;
		r->docs_changed = w.docs_changed;
		r->docs_refused = w.docs_refused;
		r->events_stored = w.events_stored;
		r->failed |= w.failed;
		r->fatal |= w.fatal;
		r->progress = w.progress;
		r->last_progress = w.last_progress;
	}
	r->buf = own;
	r->queue = NULL;
	for (int i = 0; i < S_SLOTS; i++)
		pm_event_buf_free(q.jobs[i].buf);
	pthread_cond_destroy(&q.ready);
	pthread_cond_destroy(&q.room);
	pthread_mutex_destroy(&q.mu);
	pm_store_free(r->reader);
	r->reader = NULL;
	return status;
}

/* -j N: N coding processes feeding this one, which stores. Each opens the
 * store for reading (to skip documents stored already) after this process
 * has made it and closed it again: a SQLite connection must not cross a
 * fork. */
static int S_run_parallel(S_run *r, char **paths, int n)
{
	FILE *in[64];
	pid_t pids[64];
	int status = 0;
	pm_store_options ro = PM_STORE_OPTIONS_INIT;
	ro.readonly = 1;
	fflush(stdout);
	fflush(stderr);
	for (int w = 0; w < r->workers; w++) {
		int fds[2];
		if (pipe(fds) < 0) {
			perror("palmyra ingest: pipe");
			return 1;
		}
		pids[w] = fork();
		if (pids[w] < 0) {
			perror("palmyra ingest: fork");
			return 1;
		}
		if (pids[w] == 0) {
			close(fds[0]);
			for (int k = 0; k < w; k++)
				fclose(in[k]);
			r->worker = w;
			r->progress = 0;
			r->pipe = fdopen(fds[1], "w");
			int rc = pm_store_open(&r->store, r->db, &ro);
			if (rc < 0)
				fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
			else
				rc = S_read_documents(r, paths, n);
			fputs("E 0\n", r->pipe);
			fclose(r->pipe);
			pm_store_free(r->store);
			pm_coder_free(r->coder);
			_exit(rc || r->failed ? 1 : 0);
		}
		close(fds[1]);
		in[w] = fdopen(fds[0], "r");
	}
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.defer_links = r->link_at_end;
	if (pm_store_open(&r->store, r->db, &so) < 0) {
		fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
		r->failed = 1;
	} else {
		S_merge(r, in, r->workers);
	}
	for (int w = 0; w < r->workers; w++) {
		int ws;
		fclose(in[w]);
		waitpid(pids[w], &ws, 0);
		if (!WIFEXITED(ws) || WEXITSTATUS(ws))
			status = 1;
	}
	return status;
}

/* As palmyra code chooses: one process for stdin or for less than 1 MB of
 * input, else one per core. */
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

/* One path ("-" or NULL: stdin) through the library's reader: its
 * <Environment> and <Config> reach the coder before the records after
 * them; a bad record is reported and skipped. 1 when the path cannot be
 * read or a record was bad. */
static int S_read_path(S_run *r, const char *path)
{
	static const char *const options[] = {"require_dyad", "new_actor_length"};
	pm_reader_options ro = PM_READER_OPTIONS_INIT;
	ro.kind = r->in_kind;
	ro.keep_fields = r->keep_fields;
	pm_reader *rd;
	if (pm_reader_open(&rd, path ? path : "-", &ro) < 0) {
		fprintf(stderr, "palmyra: %s\n", pm_error_last());
		return 1;
	}
	int status = 0, rc;
	pm_input in;
	while (!r->fatal && (rc = pm_reader_next(rd, &in)) != 0) {
		if (rc < 0) {
			fprintf(stderr, "palmyra: %s\n", pm_error_last());
			status = 1;
			continue;
		}
		pm_reader_env env;
		if (pm_reader_env_get(rd, &env) == 0 && S_env(r, &env) < 0)
			break;
		for (size_t k = 0; k < sizeof(options) / sizeof(options[0]); k++) {
			const char *v = pm_reader_config_get(rd, options[k]);
			if (v)
				S_config(r, options[k], v);
		}
		S_on_input(r, &in);
	}
	pm_reader_free(rd);
	return status;
}

/* The one place documents are read. */
static int S_read_documents(S_run *r, char **paths, int n)
{
	int status = 0;
	if (n == 0)
		return S_read_path(r, NULL);
	for (int i = 0; i < n && !r->fatal; i++)
		status |= S_read_path(r, paths[i]);
	return status;
}

/* ---- events coded earlier ------------------------------------------------------------------ */

typedef struct {
	char id[1024];
	uint64_t hash;
	int open;
	char origin[1100];
} S_group;

/* The buffered events (all but those of the next document, kept in
 * r->spare) as one document. */
static int S_flush_group(S_run *r, S_group *g, const pm_event *events, int n)
{
	if (!g->open || !n)
		return 0;
	char hash[17];
	uint64_t h = g->hash;
	for (int i = 15; i >= 0; i--, h >>= 4)
		hash[i] = "0123456789abcdef"[h & 15];
	hash[16] = '\0';
	int changed = 0;
	r->docs_read++;
	pm_store_doc doc = PM_STORE_DOC_INIT;
	doc.meta = *events[0].doc;
	doc.content_hash = hash;
	int rc = S_needed(r, g->id, hash, g->origin, &changed, &doc, events, n);
	if (rc == 0)
		rc = S_store(r, &doc, events, n, changed);
	S_progress(r, 0);
	return rc < 0 ? -1 : 0;
}

static void S_group_start(S_group *g, const char *id, const char *name, long lineno)
{
	snprintf(g->id, sizeof(g->id), "%s", id);
	snprintf(g->origin, sizeof(g->origin), "%s:%ld", name, lineno);
	g->hash = 0xcbf29ce484222325ULL;
	g->open = 1;
}

/* Lines of one document follow each other (palmyra code keeps input
 * order): a new doc id ends the document before it. Its hash is over its
 * lines as written, so the same file ingested again changes nothing. */
static int S_read_coded_file(S_run *r, FILE *f, const char *name)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long lineno = 0;
	S_group g;
	memset(&g, 0, sizeof(g));
	pm_event_buf_clear(r->buf);
	while (!r->fatal && (len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (!len || ((line[0] == ' ' || line[0] == '\t') && strspn(line, " \t") == (size_t)len))
			continue;
		if (pm_event_buf_add_json(r->buf, line, (size_t)len) < 0) {
			fprintf(stderr, "palmyra: %s:%ld: %s\n", name, lineno, pm_error_last());
			r->failed = 1;
			continue;
		}
		int n;
		const pm_event *events = pm_event_buf_events(r->buf, &n);
		const char *id = events[n - 1].doc->id;
		if (g.open && strcmp(id, g.id)) {
			/* the line starts the next document: set it aside, store the rest */
			pm_event_buf_clear(r->spare);
			pm_event_buf_add(r->spare, &events[n - 1]);
			if (S_flush_group(r, &g, events, n - 1) < 0)
				break;
			pm_event_buf *t = r->buf;
			r->buf = r->spare;
			r->spare = t;
			g.open = 0;
			events = pm_event_buf_events(r->buf, &n);
			id = events[0].doc->id;
		}
		if (!g.open)
			S_group_start(&g, id, name, lineno);
		g.hash = S_hash_line(g.hash, line, (size_t)len);
	}
	free(line);
	if (!r->fatal) {
		int n;
		const pm_event *events = pm_event_buf_events(r->buf, &n);
		S_flush_group(r, &g, events, n);
	}
	pm_event_buf_clear(r->buf);
	return 0;
}

static int S_read_coded(S_run *r, char **paths, int n)
{
	int status = 0;
	if (n == 0)
		return S_read_coded_file(r, stdin, "<stdin>");
	for (int i = 0; i < n && !r->fatal; i++) {
		int std = !strcmp(paths[i], "-");
		FILE *f = std ? stdin : fopen(paths[i], "r");
		if (!f) {
			fprintf(stderr, "palmyra ingest: %s: %s\n", paths[i], strerror(errno));
			status = 1;
			continue;
		}
		S_read_coded_file(r, f, std ? "<stdin>" : paths[i]);
		if (!std)
			fclose(f);
	}
	return status;
}

/* ---- the command ----------------------------------------------------------------------------- */

static int S_parse_args(S_run *r, int argc, char **argv)
{
	static const struct option longopts[] = {
		{"dict-dir", required_argument, 0, 'd'}, {"verbs", required_argument, 0, 1},
		{"actors", required_argument, 0, 2},     {"agents", required_argument, 0, 3},
		{"discards", required_argument, 0, 4},   {"issues", required_argument, 0, 5},
		{"in", required_argument, 0, 6},         {"parse", required_argument, 0, 7},
		{"date", required_argument, 0, 8},       {"keep-negated", no_argument, 0, 9},
		{"no-enrich", no_argument, 0, 10},       {"keep-fields", no_argument, 0, 11},
		{"db", required_argument, 0, 12},        {"coded", no_argument, 0, 13},
		{"batch", required_argument, 0, 14},     {"quiet", no_argument, 0, 'q'},
		{"jobs", required_argument, 0, 'j'},     {"link-at-end", no_argument, 0, 15},
		{"help", no_argument, 0, 'h'},           {0, 0, 0, 0}};
	int c;
	while ((c = getopt_long(argc, argv, "d:j:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': r->dicts.dir = optarg; break;
		case 1: r->dicts.verbs = optarg; r->dicts.explicit_files = 1; break;
		case 2: {
			int n = 0;
			free(r->dicts.actors_buf);
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
		case 6:
			if (strcmp(optarg, "text") && strcmp(optarg, "jsonl") && strcmp(optarg, "xml")) {
				fprintf(stderr, "palmyra ingest: unknown input kind '%s' (text, jsonl, xml)\n",
					optarg);
				return -1;
			}
			r->in_kind = optarg;
			break;
		case 7:
			if (strcmp(optarg, "use") && strcmp(optarg, "ignore")) {
				fprintf(stderr, "palmyra ingest: --parse takes use or ignore\n");
				return -1;
			}
			r->opts.parse_mode = !strcmp(optarg, "ignore") ? PM_PARSE_IGNORE : PM_PARSE_USE;
			break;
		case 8: {
			pm_filter f = PM_FILTER_INIT;
			if (strlen(optarg) != 10 || pm_filter_parse(&f, "from", optarg) < 0) {
				fprintf(stderr, "palmyra ingest: --date takes YYYY-MM-DD, not '%s'\n", optarg);
				return -1;
			}
			r->date = optarg;
			break;
		}
		case 9: r->opts.keep_negated = 1; break;
		case 10: r->opts.enrich = 0; break;
		case 11: r->keep_fields = 1; break;
		case 12: r->db = optarg; break;
		case 13: r->coded = 1; break;
		case 14: {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*end || n < 1 || n > 10000000) {
				fprintf(stderr, "palmyra ingest: --batch takes a number of documents, not '%s'\n",
					optarg);
				return -1;
			}
			r->batch_docs = (int)n;
			break;
		}
		case 15: r->link_at_end = 1; break;
		case 'q': r->quiet = 1; break;
		case 'j': {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*end || n < 1 || n > 64) {
				fprintf(stderr, "palmyra ingest: -j takes 1 to 64 processes, not '%s'\n", optarg);
				return -1;
			}
			r->workers = (int)n;
			break;
		}
		case 'h': fputs(S_usage, stdout); return 1;
		default: fputs(S_usage, stderr); return -1;
		}
	}
	return 0;
}

int pm_cmd_ingest(int argc, char **argv)
{
	S_run r;
	memset(&r, 0, sizeof(r));
	r.opts = (pm_coder_options)PM_CODER_OPTIONS_INIT;
	r.batch_docs = 1000;
	int rc = S_parse_args(&r, argc, argv);
	if (rc) {
		free(r.dicts.actors_buf);
		return rc < 0 ? 2 : 0;
	}
	if (!r.db)
		r.db = getenv("PALMYRA_DB") && *getenv("PALMYRA_DB") ? getenv("PALMYRA_DB") : "palmyra.db";
	/* a file size limit (ulimit -f) must fail a write, which the store
	 * then reports, instead of killing the process */
	signal(SIGXFSZ, SIG_IGN);
	char **paths = argv + optind;
	int n = argc - optind, status = 0;
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.defer_links = r.link_at_end;
	if (pm_store_open(&r.store, r.db, &so) < 0) {
		fprintf(stderr, "palmyra ingest: %s\n", pm_error_last());
		free(r.dicts.actors_buf);
		return 1;
	}
	pm_event_buf_new(&r.buf);
	pm_event_buf_new(&r.spare);
	r.progress = !r.quiet && isatty(2);
	r.t0 = S_now();
	r.workers = r.coded ? 1 : S_worker_count(r.workers, paths, n);
	if (r.workers > 1) {
		pm_store_free(r.store);   /* made; reopened after the fork */
		r.store = NULL;
		status = S_run_parallel(&r, paths, n);
	} else if (r.coded) {
		status = S_read_coded(&r, paths, n);
	} else {
		status = S_run_threaded(&r, paths, n);
	}
	if (r.store)
		S_commit(&r);
	/* what the commits left unlinked (documents in no order of date) */
	if (r.store && !r.fatal && pm_store_incidents_link(r.store) < 0) {
		fprintf(stderr, "palmyra ingest: linking incidents: %s\n", pm_error_last());
		r.failed = 1;
	}
	S_progress(&r, 1);
	if (!r.quiet && r.store) {
		pm_store_stats st;
		if (pm_store_stats_get(r.store, &st) == 0)
			fprintf(stderr, "palmyra: %ld documents read: %ld new, %ld changed, %ld unchanged, "
				"%ld refused; %ld events stored. %s now holds %ld documents, %ld events\n",
				r.docs_read, r.docs_new, r.docs_changed, r.docs_same, r.docs_refused,
				r.events_stored, r.db, st.documents, st.events);
	}
	pm_store_free(r.store);
	pm_event_buf_free(r.buf);
	pm_event_buf_free(r.spare);
	pm_coder_free(r.coder);
	S_idset_free(&r.seen);
	free(r.dicts.actors_buf);
	return status || r.failed ? 1 : 0;
}
#endif
