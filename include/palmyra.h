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

/* ---- Dates ----------------------------------------------------------------- */

typedef enum pm_date_precision {
	PM_DATE_NONE = 0,
	PM_DATE_DAY,
	PM_DATE_MONTH,
	PM_DATE_YEAR,
	PM_DATE_DOCUMENT     /* events only: no date in the sentence, the document's stands */
} pm_date_precision;

typedef struct pm_date {
	int year;            /* 1-9999 */
	int month;           /* 1-12; 0 for PM_DATE_YEAR */
	int day;             /* 1-31; 0 unless PM_DATE_DAY */
	int precision;       /* PM_DATE_DAY, PM_DATE_MONTH or PM_DATE_YEAR */
} pm_date;

/* Reads a document date written as "2024-05-12", "2024-05-12T10:30:00Z",
 * "2024-05-12T10:30:00+03:00", "2024-05-12 10:30", "20240512", "2024/05/12",
 * "12 May 2024", "May 12, 2024", "12 May, 2024", "Sept. 3, 2019",
 * "Sunday, 12 May 2024", "Sun, 12 May 2024 10:30:00 +0000" (RFC 2822),
 * "May 2024" or "2024-05" (month) and "2024" (year). A time and zone are
 * checked and dropped: the date is the day as written, not converted to
 * UTC. text[0, len) need not be NUL-terminated; surrounding blanks are
 * ignored. A date that cannot exist ("2016-02-30", month 13, "Monday, 12
 * May 2024" when that was a Sunday) or text that is not a date gives
 * PM_EINVALID and "invalid date: ..." for pm_error_last(). */
int pm_date_parse(const char *text, size_t len, pm_date *out);

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
	/* A document whose text is longer than max_doc_bytes is coded in
	 * pieces of at most that many bytes, cut at paragraph ends (a longer
	 * paragraph at a sentence end), one after another in the coder's
	 * memory, with a warning; or, with oversize PM_OVERSIZE_REFUSE, not
	 * coded (PM_EINVALID). Coding holds about 150 bytes per byte of text
	 * at once, so the limit bounds a coder's memory; a piece's places and
	 * dates are read within the piece. 0: no limit. Default
	 * PM_MAX_DOC_BYTES (1 MB). */
	size_t max_doc_bytes;
	int oversize;
} pm_coder_options;

#define PM_MAX_DOC_BYTES ((size_t)1 << 20)
enum { PM_OVERSIZE_SPLIT = 0, PM_OVERSIZE_REFUSE = 1 };

#define PM_CODER_OPTIONS_VERSION 1
#define PM_CODER_OPTIONS_INIT \
	{PM_CODER_OPTIONS_VERSION, PM_DICT_FILES_INIT, NULL, 1, 0, PM_PARSE_USE, 1, NULL, NULL, -1, 1, \
	 PM_MAX_DOC_BYTES, PM_OVERSIZE_SPLIT}

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
 * "require_dyad" (true/false), "new_actor_length" (a number, 0-1000;
 * PM_EINVALID for anything else, the option unchanged). Unknown options
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
	const char *date;      /* any form pm_date_parse reads; NULL or blank = unknown (then
				* read from the text's date line or dateline) */
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
 * (broken XML: at the next <Sentence>, the message saying how many records
 * were skipped or lost; a damaged .gz/.zst: after the bytes decoded before
 * the damage, with the stored byte named). What *out points to stays
 * valid until the next pm_reader_next or pm_reader_free. */
int pm_reader_next(pm_reader *r, pm_input *out);
/* Passes over the next document as pm_reader_next would hand it out, for
 * a process that codes every n-th one: 1, 0 at the end, or negative for a
 * bad record. It counts exactly as pm_reader_next does (a bad record
 * counts once either way), so readers of one input that take turns
 * agree on which document is which; it does less work where it can (a
 * JSON line is not parsed, a text file not read). */
int pm_reader_skip(pm_reader *r);
void pm_reader_free(pm_reader *r);
/* Where the last document, record or error handed out or passed over
 * came from: "file:line" (JSON lines, XML records) or "file" (a text
 * article); "" before the first. Valid until the next call on r. */
const char *pm_reader_where(pm_reader *r);

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

/* Every string below points into the coder's memory for the document being
 * coded: valid during the pm_event_fn callback only. Copy what you keep. */

typedef struct pm_actor {
	const char *code;      /* "SYRMIL"; NULL when the event has no such actor */
	const char *text;      /* the words it was coded from; NULL when not known */
	const char *label;     /* "Syria: military", "Islamic State"; NULL when no code */
} pm_actor;

/* Where: a gazetteer place (docs/places.md). found == 0: no place, and
 * every other field is empty. */
typedef struct pm_location {
	int found;
	const char *name;      /* gazetteer name ("Tadmur") */
	long geonameid;        /* 0 for a region or country */
	const char *country;   /* ISO 3166-1 alpha-3 */
	const char *admin1;    /* first-level region; NULL when unknown */
	double lat, lon;
	const char *precision; /* "city", "admin1" or "country" */
	const char *text;      /* as written ("Palmyra") */
	const char *fallback;  /* NULL: from the event's clause; "paragraph" or "document" */
} pm_location;

/* How many, per kind, as the sentence states it. */
typedef enum pm_count_kind {
	PM_COUNT_KILLED = 0,   /* killed, dead, death toll */
	PM_COUNT_WOUNDED,      /* wounded, injured */
	PM_COUNT_ARRESTED,     /* arrested, detained */
	PM_COUNT_DISPLACED,    /* displaced, fled, refugees */
	PM_COUNT_STRIKES,      /* strikes, air strikes, raids */
	PM_COUNT_CASUALTIES,   /* casualties (dead and wounded together) */
	PM_COUNT_KINDS
} pm_count_kind;

typedef struct pm_event_count {
	long value;            /* -1 when the sentence gives none for this event */
	long value_max;        /* a range's upper bound; == value otherwise */
	const char *qualifier; /* "exact", "at_least", "more_than", "at_most", "less_than",
				* "approx", "range"; NULL when value is -1 */
	int approximate;       /* 1 for "dozens", "hundreds": value is representative */
} pm_event_count;

/* "killed", "wounded", "arrested", "displaced", "strikes", "casualties". */
const char *pm_count_kind_name(int kind);

/* What the event says of who controls its place (docs/control.md):
 * change is NULL when it says nothing. */
typedef struct pm_control {
	const char *change;    /* "gain" (captured, retook, fell to), "loss" (withdrew,
				* lost), "hold" (IS-held, controls) */
	const char *actor;     /* the party that gains, loses or holds (an actor code) */
	const char *status;    /* "asserted", "claimed" (X said it had captured) or "denied" */
} pm_control;

/* The document an event comes from. */
typedef struct pm_event_doc {
	const char *id;        /* the input's id; "" when it has none */
	const char *title;     /* NULL when unknown, likewise below */
	const char *date;      /* "YYYY-MM-DD" */
	const char *outlet;    /* the publisher */
	const char *url;
	const char *const *credits;  /* "TRTWorld", "Reuters" (an article's last line) */
	int n_credits;
	const char *extra_json;      /* the input's other fields as a JSON object
				      * (keep_fields), or NULL */
} pm_event_doc;

typedef struct pm_event {
	char event_id[17];     /* 16 hex digits: the same input and dictionaries give the
				* same id on every run (docs/output.md) */
	const char *id;        /* record or document id (doc->id) */
	int sentence;          /* sentence index in the document */
	const char *text;      /* the sentence */
	int headline;          /* 1: from the title or a sub-title, which restate the body */
	pm_actor source, target;
	const char *code;      /* CAMEO code, e.g. "190" */
	char root[3];          /* "19" */
	const char *code_label;/* "use conventional military force"; NULL when not CAMEO */
	const char *plover;    /* PLOVER event type ("ASSAULT"); NULL when none fits */
	int quad;              /* QuadClass 1-4; 0 when the code is not CAMEO */
	double goldstein;      /* -10..10; 0 when unknown */
	int negated;           /* 1 when negated (only emitted with keep_negated) */
	/* Enrichment (NULL, empty or -1 when not computed): */
	const char *date;            /* "YYYY-MM-DD", "YYYY-MM" or "YYYY"; NULL when unknown */
	const char *date_precision;  /* day|month|year|document */
	const char *date_text;       /* the words the date was read from */
	const char *modality;        /* asserted|negated|future|conditional|claimed */
	pm_location location;
	const char *const *attribution; /* "state media", "a monitoring group" */
	int n_attribution;
	pm_event_count counts[PM_COUNT_KINDS];  /* indexed by pm_count_kind */
	pm_control control;          /* change NULL: nothing about control */
	const pm_event_doc *doc;     /* never NULL */
	const char *incident;        /* the incident it reports (a store links it); NULL
				      * from the coder */
} pm_event;

/* Receives each event; a non-zero return stops coding the input. */
typedef int (*pm_event_fn)(void *ctx, const pm_event *ev);

/* Codes one input and calls fn for each event, in sentence order. Bad input
 * (an unreadable parse, a date that cannot exist, ...) returns a negative
 * code with a message naming in->origin; events already delivered stay
 * delivered. One call at a time per coder; coders over one model may code
 * at the same time on different threads. fn runs on the calling thread; an
 * event and its strings are valid until fn returns. */
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

/* The label of an actor code ("Syria: military") from the coder's
 * dictionaries, as events carry it, into buf (cap bytes). Returns its
 * length, or PM_EINVALID for an empty code. */
int pm_coder_actor_label(const pm_coder *c, const char *code, char *buf, size_t cap);

/* Counters since pm_coder_new. */
typedef struct pm_coder_stats {
	long documents, sentences, events, discarded, errors;
} pm_coder_stats;
void pm_coder_stats_get(const pm_coder *c, pm_coder_stats *out);

/* ---- Incidents --------------------------------------------------------------- */

/* One real-world happening, however many reports tell it: the events
 * added to a linker that report the same action, by compatible parties,
 * on compatible days and at compatible places (docs/incidents.md). The
 * result depends on the set of events, not on the order they were added. */
typedef struct pm_linker pm_linker;

/* A toll as the reports give it: -1 everywhere when none does. */
typedef struct pm_incident_count {
	long min, max, mode;   /* mode: the value most reports give (the smallest on a tie) */
	int disagree;          /* 1 when min != max */
} pm_incident_count;

typedef struct pm_incident {
	char id[18];           /* "I" and the smallest event id of its reports */
	const char *date;      /* the most precise date its reports give */
	const char *date_precision;
	pm_location place;     /* the most precise place; found == 0 when none */
	const char *source, *target;  /* the most specific codes its reports agree on */
	const char *code;      /* the most specific event code */
	pm_incident_count counts[PM_COUNT_KINDS];
	const char *const *attribution;  /* every source named, once */
	int n_attribution;
	const size_t *reports; /* the reports' indices (pm_linker_add's return values) */
	int n_reports;
	int n_documents;       /* distinct documents */
	int n_outlets;         /* distinct publishers: the corroboration that matters */
	const char *first_report, *last_report;  /* the reports' document dates */
} pm_incident;

typedef int (*pm_incident_fn)(void *ctx, const pm_incident *inc);

int pm_linker_new(pm_linker **out);
void pm_linker_free(pm_linker *l);
/* Copies what linking needs of ev (ev may die after the call). Returns
 * the report's index (0, 1, ...) or a negative error. */
int pm_linker_add(pm_linker *l, const pm_event *ev);
/* Links every report added and calls fn once per incident, in id order;
 * the incident and its strings are valid during the call. A non-zero
 * return from fn stops the run. May be called again after more adds. */
int pm_linker_run(pm_linker *l, pm_incident_fn fn, void *ctx);
/* After a run: the incident id of report i (valid until the next run or
 * pm_linker_free), NULL before. */
const char *pm_linker_incident_of(const pm_linker *l, size_t i);

/* ---- Output ---------------------------------------------------------------- */

/* Every format carries every field (docs/output.md). TSV and CSV flatten
 * nested fields into fixed columns (location_country, counts_killed,
 * doc_outlet, ...); GEOJSON is one FeatureCollection, GEOJSONL one Feature
 * a line (GeoJSON text sequences without the record separator). */
typedef enum pm_format {
	PM_FORMAT_JSONL = 0, PM_FORMAT_TSV, PM_FORMAT_CSV, PM_FORMAT_GEOJSON, PM_FORMAT_GEOJSONL
} pm_format;

/* "jsonl", "tsv", "csv", "geojson", "geojsonl" -> *out; PM_EINVALID otherwise. */
int pm_format_from_name(const char *name, pm_format *out);

/* What goes before the first event: the header row (TSV, CSV) or the
 * FeatureCollection's opening (GEOJSON); nothing for the line formats. */
int pm_event_write_header(FILE *f, pm_format fmt);
/* One event: a JSON line, a row, or a Feature. For GEOJSON, first is 1 for
 * the collection's first feature (the others are written after a comma). */
int pm_event_write(FILE *f, pm_format fmt, const pm_event *ev, int first);
/* What goes after the last event (GEOJSON: the collection's closing). */
int pm_event_write_footer(FILE *f, pm_format fmt);

/* The CAMEO codebook: the name of a 2-, 3- or 4-digit code, and its PLOVER
 * event type; NULL when the code is not CAMEO (or has no PLOVER type).
 * Static strings. */
const char *pm_cameo_label(const char *code);
const char *pm_cameo_plover(const char *code);
/* Visits every code of the codebook in order; a non-zero return stops. */
int pm_cameo_foreach(int (*fn)(void *ctx, const char *code, const char *label,
			       const char *plover, int quad, double goldstein), void *ctx);

#ifdef __cplusplus
}
#endif

#endif
