/* palmyra.h - the whole public API of libpalmyra.
 *
 * Palmyra turns news text into coded events: who did what to whom (CAMEO),
 * when, where, according to whom, how many and how sure.
 *
 * Conventions (see docs/conventions.md): functions are pm_<module>_<verb>;
 * they return 0 or a negative pm_error_code and keep a one-line message for
 * pm_error_last(); results come back through a single out-parameter named
 * `out`; whatever a function hands you to own is released with its _free.
 *
 * Threads: a pm_model (dictionaries, tagger, lemmas, gazetteer) is read-only
 * once pm_model_new returns and may be shared by any number of threads; a
 * pm_coder is used by one thread at a time (one coder per thread, over one
 * shared model or each with its own). The library keeps no global mutable
 * state: pm_error_last() is per thread. */
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

/* ---- Dictionaries -------------------------------------------------------- */

/* Which dictionary files a coder loads. NULL entries fall back to the
 * bundled Palmyra dictionaries (data/dict) unless `no_defaults` is set.
 * Lists are NULL-terminated arrays of paths. */
typedef struct pm_dict_files {
	unsigned int version;
	const char *verbs;
	const char *const *actors;
	const char *agents;
	const char *discards;
	const char *issues;
	int no_defaults;
} pm_dict_files;

#define PM_DICT_FILES_VERSION 1
#define PM_DICT_FILES_INIT {PM_DICT_FILES_VERSION, NULL, NULL, NULL, NULL, NULL, 0}

/* Entries loaded from one dictionary file (for `palmyra dict` reports). */
typedef struct pm_dict_report {
	const char *path;
	const char *kind;     /* "verbs", "actors", "agents", "discards", "issues" */
	int entries;          /* entries (verb forms, phrases, ...) loaded */
	int patterns;         /* verbs: pattern lines loaded */
	int errors;           /* malformed entries reported and skipped */
} pm_dict_report;


/* ---- Model ----------------------------------------------------------------- */

/* What coders read and never write: the compiled dictionaries, the tagger
 * model, WordNet's verb lemmas and the GeoNames gazetteer. Everything is
 * loaded by pm_model_new; nothing in a model changes afterwards (no part is
 * loaded on first use), so one model may serve any number of coders on any
 * number of threads without locks. */
typedef struct pm_model pm_model;

typedef struct pm_model_options {
	unsigned int version;
	pm_dict_files dicts;
	const char *data_dir;     /* bundled data (data/): NULL = $PALMYRA_DATA or beside the binary */
	/* 1 (default): load the tagger model and WordNet's verb lemmas, which
	 * raw text (articles, body text, records coded with PM_PARSE_IGNORE)
	 * needs; 0: coders over this model code given parse trees only. */
	int text;
	/* 1 (default): open the gazetteer, which enrichment's places need;
	 * 0: coders over this model must have enrich 0. */
	int enrich;
	/* Warnings while loading (malformed dictionary entries, a missing
	 * WordNet or gazetteer), one line each, each once, from the thread
	 * calling pm_model_new and never afterwards; NULL prints them to stderr. */
	void (*warn)(void *ctx, const char *message);
	void *warn_ctx;
} pm_model_options;

#define PM_MODEL_OPTIONS_VERSION 1
#define PM_MODEL_OPTIONS_INIT {PM_MODEL_OPTIONS_VERSION, PM_DICT_FILES_INIT, NULL, 1, 1, NULL, NULL}

/* Loads a model. Fails with PM_ESETUP when text is asked for and the tagger
 * model cannot be read, with PM_ENOTFOUND or PM_EINVALID for a dictionary
 * file. A missing WordNet (irregular verbs unmatched) or gazetteer (events
 * without places) is a warning. opts may be NULL (PM_MODEL_OPTIONS_INIT);
 * its strings are not kept. */
int pm_model_new(pm_model **out, const pm_model_options *opts);
/* Frees a model (NULL is fine). Every coder made over it must be freed
 * first; no thread may be using it. */
void pm_model_free(pm_model *m);
/* Rows for `palmyra dict`: entries loaded per dictionary file. The rows
 * belong to m; any thread may read them. */
const pm_dict_report *pm_model_dict_reports(const pm_model *m, int *n);

/* ---- Coder ----------------------------------------------------------------- */

typedef struct pm_coder pm_coder;

typedef enum pm_parse_mode {
	PM_PARSE_USE = 0,    /* code given parse trees as they are */
	PM_PARSE_IGNORE = 1  /* ignore given trees: tag and parse the text ourselves */
} pm_parse_mode;

typedef struct pm_coder_options {
	unsigned int version;
	/* pm_coder_new only (pm_coder_new_with_model takes the model's): */
	pm_dict_files dicts;
	const char *data_dir;     /* bundled data (data/): NULL = $PALMYRA_DATA or beside the binary */
	int require_dyad;         /* 1: only events with a source and a target (default) */
	int keep_negated;         /* 1: emit negated events, with modality "negated" */
	int parse_mode;           /* a pm_parse_mode */
	int enrich;               /* 1: dates, places, attribution, counts, modality (default) */
	/* Warnings (undated documents, unreadable sentences, ...; with
	 * pm_coder_new also the dictionary's and the data's), one line each,
	 * from the thread using the coder; NULL prints them to stderr. */
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

/* A coder with a model of its own: loads opts->dicts now, and the tagger,
 * lemmas and gazetteer on the first input that needs them (coding given
 * trees never pays for them). opts may be NULL (PM_CODER_OPTIONS_INIT) and
 * is copied. Like any coder it is used by one thread at a time. */
int pm_coder_new(pm_coder **out, const pm_coder_options *opts);
/* A coder over a shared model: it borrows m, which must outlive it, and
 * owns only what one document needs (its arena, its tagger word cache,
 * ~7 MB once it tags, and its counters). opts may be NULL and is copied;
 * opts->dicts and opts->data_dir are not read. PM_EINVALID when opts->enrich is set and m was loaded
 * without enrich; raw text over a model loaded without text fails in
 * pm_coder_code with PM_ESETUP. Making coders over one model from several
 * threads at once is safe. */
int pm_coder_new_with_model(pm_coder **out, const pm_model *m, const pm_coder_options *opts);
/* Frees the coder (and its model when pm_coder_new made one). */
void pm_coder_free(pm_coder *c);
/* PETRARCH <Config> options that apply to the inputs coded afterwards:
 * "require_dyad" (true/false), "new_actor_length" (number). Unknown options
 * are ignored (returns 0). */
int pm_coder_set_option(pm_coder *c, const char *name, const char *value);
/* Rows for `palmyra dict`: entries loaded per dictionary file. */
const pm_dict_report *pm_coder_dict_reports(const pm_coder *c, int *n);

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
 * in->origin; events already delivered stay delivered. One call at a time
 * per coder; coders over one model may code at the same time on different
 * threads. fn runs on the calling thread; an event and its strings are
 * valid until fn returns. */
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
