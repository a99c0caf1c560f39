/* palmyra.h - the whole public API of libpalmyra.
 *
 * Palmyra turns news text into coded events: who did what to whom (CAMEO),
 * when, where, according to whom, how many and how sure.
 *
 * Conventions (see docs/conventions.md): functions are pm_<module>_<verb>;
 * they return 0 or a negative pm_error_code and keep a one-line message for
 * pm_error_last(); results come back through a single out-parameter named
 * `out`; whatever a function hands you to own is released with its _free.
 * A pm_coder owns its dictionaries and may be used by one thread at a time;
 * any number of coders may run in parallel. */
#ifndef PALMYRA_H
#define PALMYRA_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PM_VERSION "0.1.0"

/* ---- Errors ------------------------------------------------------------ */

typedef enum pm_error_code {
	PM_OK = 0,
	PM_ERROR = -1,       /* generic failure */
	PM_ENOTFOUND = -3,   /* a file or entry does not exist */
	PM_EINVALID = -4,    /* malformed input (message names file:line) */
	PM_ENOMEM = -5,
	PM_ESETUP = -6       /* data the coder needs (tagger model, WordNet) is missing
			      * or unreadable: no further input can be coded either */
} pm_error_code;

/* The calling thread's last error message, or NULL. */
const char *pm_error_last(void);
void pm_error_clear(void);

/* Receives a warning line ("file:line: what is odd"): something the
 * library reports and goes on after. */
typedef void (*pm_warn_fn)(void *ctx, const char *message);

/* ---- Dictionaries -------------------------------------------------------- */

/* Which dictionary files a coder loads. NULL entries fall back to the
 * bundled Palmyra dictionaries (data/dict) unless `no_defaults` is set.
 * Lists are NULL-terminated arrays of paths. `actors` replace the bundled
 * actor files, unless `add_bundled_actors` is set: then they are read
 * first and the bundled ones after them (an entry read first wins, so a
 * given file's phrase overrides a bundled one). */
typedef struct pm_dict_files {
	unsigned int version;
	const char *verbs;
	const char *const *actors;
	const char *agents;
	const char *discards;
	const char *issues;
	int no_defaults;
	int add_bundled_actors;
} pm_dict_files;

#define PM_DICT_FILES_VERSION 1
#define PM_DICT_FILES_INIT {PM_DICT_FILES_VERSION, NULL, NULL, NULL, NULL, NULL, 0, 0}

/* Entries loaded from one dictionary file (for `palmyra dict` reports). */
typedef struct pm_dict_report {
	const char *path;
	const char *kind;     /* "verbs", "actors", "agents", "discards", "issues" */
	int entries;          /* entries (verb forms, phrases, ...) loaded */
	int patterns;         /* verbs: pattern lines loaded */
	int errors;           /* malformed entries reported and skipped */
} pm_dict_report;


/* ---- Coder ----------------------------------------------------------------- */

typedef struct pm_coder pm_coder;

typedef enum pm_parse_mode {
	PM_PARSE_USE = 0,    /* code given parse trees as they are */
	PM_PARSE_IGNORE = 1  /* ignore given trees: tag and parse the text ourselves */
} pm_parse_mode;

typedef struct pm_coder_options {
	unsigned int version;
	pm_dict_files dicts;
	const char *data_dir;     /* bundled data (data/): NULL = $PALMYRA_DATA or beside the binary */
	int require_dyad;         /* 1: only events with a source and a target (default) */
	int keep_negated;         /* 1: emit negated events, with modality "negated" */
	int parse_mode;           /* a pm_parse_mode */
	int enrich;               /* 1: dates, places, attribution, counts, modality (default) */
	/* Warnings (malformed dictionary entries, undated documents, ...), one
	 * line each; NULL prints them to stderr. */
	void (*warn)(void *ctx, const char *message);
	void *warn_ctx;
	/* Material-conflict events (CAMEO roots 14, 15, 17-20) with a source
	 * and no target actor ("militants seized the town"), kept despite
	 * require_dyad: 1 yes, 0 no, -1 (default) for documents (text, JSON
	 * lines) but not for PETRARCH records, whose suite expects dyads. */
	int one_sided;
	/* Documents: an agent with no country ("civilians", "the army") takes
	 * the country of the event's place (Aleppo -> SYRCVL): 1 (default) or 0.
	 * PETRARCH records keep "---". */
	int agent_country;
} pm_coder_options;

#define PM_CODER_OPTIONS_VERSION 1
#define PM_CODER_OPTIONS_INIT \
	{PM_CODER_OPTIONS_VERSION, PM_DICT_FILES_INIT, NULL, 1, 0, PM_PARSE_USE, 1, NULL, NULL, -1, 1}

/* Loads the dictionaries (and the tagger, lemmas and gazetteer when raw
 * text or enrichment needs them). */
int pm_coder_new(pm_coder **out, const pm_coder_options *opts);
void pm_coder_free(pm_coder *c);
/* PETRARCH <Config> options that apply to the inputs coded afterwards:
 * "require_dyad" (true/false), "new_actor_length" (number). Unknown options
 * are ignored (returns 0). */
int pm_coder_set_option(pm_coder *c, const char *name, const char *value);
/* Rows for `palmyra dict`: entries loaded per dictionary file. */
const pm_dict_report *pm_coder_dict_reports(const pm_coder *c, int *n);
/* Lints the coder's dictionaries (`palmyra dict check`): what loads but
 * would code wrongly. Each problem goes to warn as "file:line: what is
 * wrong" (duplicate or conflicting entries, codes not in CAMEO, agent codes
 * that are neither ~SUFFIX nor PREFIX~, patterns that can never match, date
 * ranges that overlap for one name) and *out is set to how many there
 * were. Returns 0. */
int pm_coder_lint(int *out, const pm_coder *c, pm_warn_fn warn, void *ctx);

/* ---- Input ----------------------------------------------------------------- */

typedef enum pm_input_kind {
	PM_INPUT_ARTICLE = 0,  /* a plain-text article: title, dateline, body, credits */
	PM_INPUT_BODY,         /* body text of a document whose metadata is given */
	PM_INPUT_SENTENCE      /* one sentence (PETRARCH record), optionally with a parse */
} pm_input_kind;

typedef struct pm_input {
	unsigned int version;
	int kind;              /* a pm_input_kind */
	const char *id;
	const char *date;      /* "YYYY-MM-DD" or "YYYYMMDD"; NULL = unknown (article: read from the text) */
	const char *outlet;    /* the publisher ("Reuters"); NULL = unknown */
	const char *title;
	const char *url;
	const char *text;
	size_t len;
	const char *parse;     /* PM_INPUT_SENTENCE: Penn bracketing, or NULL */
	const char *origin;    /* "file:line" for messages */
	const char *extra;     /* JSON object text of unknown input fields, or NULL */
} pm_input;

#define PM_INPUT_VERSION 1
#define PM_INPUT_INIT {PM_INPUT_VERSION, PM_INPUT_ARTICLE, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL}

/* ---- Readers ---------------------------------------------------------------- */

/* A reader turns a file, a directory of files, stdin or a buffer into
 * pm_input documents, one at a time and in constant memory (a plain-text
 * article is read whole). Kinds (pm_reader_kinds): "xml" (PETRARCH
 * records, each a PM_INPUT_SENTENCE with its <Parse> when given), "jsonl"
 * (one JSON object a line: {"id","date","outlet","title","text","url"},
 * "source" read as "outlet"; PM_INPUT_BODY) and "text" (a whole file is
 * one PM_INPUT_ARTICLE whose id is the file name without its extension).
 * Any of them may be gzip or zstd compressed: that is told by the first
 * bytes, so compressed stdin reads too. */
typedef struct pm_reader pm_reader;

typedef struct pm_reader_options {
	unsigned int version;
	/* A name from pm_reader_kinds, or NULL: each file's kind from its
	 * name ending (.xml; .jsonl, .ndjson, .json; .txt; under .gz or
	 * .zst), else from its first bytes ('<' xml, '{' jsonl, other text). */
	const char *kind;
	/* 1: a JSON line's fields other than ours come as pm_input.extra. */
	int keep_fields;
	/* Warnings that do not skip a record (an XML record with no id);
	 * NULL: stderr. */
	pm_warn_fn warn;
	void *warn_ctx;
} pm_reader_options;

#define PM_READER_OPTIONS_VERSION 1
#define PM_READER_OPTIONS_INIT {PM_READER_OPTIONS_VERSION, NULL, 0, NULL, NULL}

/* The kind names a reader knows, NULL-terminated ("xml", "jsonl", "text");
 * static storage. */
const char *const *pm_reader_kinds(void);

/* Opens path: a file, "-" for stdin, or a directory, whose files (not
 * those whose name starts with '.') are read in name order, sub-directories
 * included. A file that is missing or unreadable fails here (PM_ENOTFOUND,
 * PM_ERROR); files are opened as they are reached. opts may be NULL
 * (defaults); the reader copies what it needs. Free with pm_reader_free. */
int pm_reader_open(pm_reader **out, const char *path, const pm_reader_options *opts);
/* Reads len bytes at data (plain or compressed) as one file called name
 * (for messages and a text article's id). data must stay valid and
 * unchanged until pm_reader_free. */
int pm_reader_open_buffer(pm_reader **out, const char *data, size_t len, const char *name,
			  const pm_reader_options *opts);
/* The next document: 1 with *out filled, 0 at the end of the input, or a
 * negative code for a bad record or file, with a message naming the file
 * and the line or record (pm_error_last); the next call goes on after it
 * (a file whose XML is broken is left at that point). What *out points to
 * stays valid until the next pm_reader_next or pm_reader_free. */
int pm_reader_next(pm_reader *r, pm_input *out);
/* Passes over the next document as pm_reader_next would hand it out, for
 * a process that codes every n-th one: 1, 0 at the end, or negative for a
 * bad record. It counts exactly as pm_reader_next does (a bad record
 * counts once either way), so readers of one input that take turns
 * agree on which document is which; it does less work where it can (a
 * JSON line is not parsed, a text file not read). */
int pm_reader_skip(pm_reader *r);
void pm_reader_free(pm_reader *r);

/* The dictionary files a PETRARCH validation file's <Environment> names,
 * as written there (relative to the dictionary folder); "" for a kind it
 * does not name. actors joins several <Actorfile>s with ','. */
typedef struct pm_reader_env {
	const char *verbs, *actors, *agents, *discards, *issues;
} pm_reader_env;

/* The <Environment> of the file the last document came from: 0 with *out
 * filled (strings valid until the next pm_reader_next), or PM_ENOTFOUND
 * when that file has none (only PETRARCH validation XML has one); no
 * message is set. */
int pm_reader_env_get(const pm_reader *r, pm_reader_env *out);
/* The value of the last PETRARCH <Config option="name" value=".."/> read
 * before the last document in its file ("require_dyad",
 * "new_actor_length", ...), or NULL when none was; valid until the next
 * pm_reader_next. The options apply to the records after them:
 * pm_coder_set_option takes them. */
const char *pm_reader_config_get(const pm_reader *r, const char *option);

/* How far the reader is, in stored (compressed) bytes of its files. */
typedef struct pm_reader_progress {
	long long bytes_read;      /* of the files done and the one being read */
	long long bytes_total;     /* of all of them; -1 when unknown (a pipe) */
	int files_read, files_total;
} pm_reader_progress;
void pm_reader_progress_get(const pm_reader *r, pm_reader_progress *out);

/* ---- Events ---------------------------------------------------------------- */

typedef struct pm_actor {
	const char *code;      /* "SYRMIL"; NULL when absent */
	const char *text;      /* the words it was coded from */
} pm_actor;

typedef struct pm_event {
	const char *id;        /* record or document id */
	int sentence;          /* sentence index in the document */
	const char *text;      /* the sentence */
	pm_actor source, target;
	const char *code;      /* CAMEO code, e.g. "190" */
	char root[3];          /* "19" */
	int quad;              /* QuadClass 1-4; 0 when the code is not CAMEO */
	double goldstein;      /* -10..10; 0 when unknown */
	int negated;           /* 1 when negated (only emitted with keep_negated) */
	/* Enrichment, as JSON object text ready to print, or NULL when not
	 * computed: "date", "location", "attribution", "counts", "modality",
	 * each written by pm_event_write_json. */
	const char *date;            /* "YYYY-MM-DD", "YYYY-MM" or "YYYY"; NULL when unknown */
	const char *date_precision;  /* day|month|year|document */
	const char *date_text;
	const char *location_json;   /* {"name",...} or NULL */
	const char *attribution_json;/* ["state media", ...] or NULL */
	const char *counts_json;     /* {"killed": 5, ...} or NULL */
	const char *modality;        /* asserted|negated|future|conditional|claimed */
	const char *doc_json;        /* document metadata {"title","date","credits",...} or NULL */
} pm_event;

/* Receives each event; a non-zero return stops coding the input. */
typedef int (*pm_event_fn)(void *ctx, const pm_event *ev);

/* Codes one input and calls fn for each event, in sentence order. Bad input
 * (an unreadable parse, ...) returns a negative code with a message naming
 * in->origin; events already delivered stay delivered. */
int pm_coder_code(pm_coder *c, const pm_input *in, pm_event_fn fn, void *ctx);

/* A sentence as the front end reads it, for `palmyra parse` and for
 * checking what the coder saw. */
typedef struct pm_parsed {
	const char *id;        /* record or document id */
	int sentence;          /* sentence index in the document */
	const char *text;      /* the sentence */
	const char *tagged;    /* "Syrian/JJ troops/NNS ..." (Penn tags) */
	const char *tree;      /* one-line Penn bracketing; "" when not parsed */
	int headline;          /* 1 for a title or sub-title line */
} pm_parsed;

typedef int (*pm_parsed_fn)(void *ctx, const pm_parsed *p);

/* Reads one input as pm_coder_code does (given trees, or our tagger and
 * parser) and calls fn for each sentence instead of coding it. */
int pm_coder_parse(pm_coder *c, const pm_input *in, pm_parsed_fn fn, void *ctx);

/* Counters since pm_coder_new. */
typedef struct pm_coder_stats {
	long documents, sentences, events, discarded, errors;
} pm_coder_stats;
void pm_coder_stats_get(const pm_coder *c, pm_coder_stats *out);

/* ---- Output ---------------------------------------------------------------- */

typedef enum pm_format { PM_FORMAT_JSONL = 0, PM_FORMAT_TSV, PM_FORMAT_CSV } pm_format;

/* Header row for TSV/CSV (nothing for JSON lines). */
int pm_event_write_header(FILE *f, pm_format fmt);
/* One event as a JSON line, or a TSV/CSV row with the same columns. */
int pm_event_write(FILE *f, pm_format fmt, const pm_event *ev);

#ifdef __cplusplus
}
#endif

#endif
