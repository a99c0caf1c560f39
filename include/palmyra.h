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
	/* 1 (default): keep the loaded dictionaries in a compiled cache file
	 * and read them from it while their files (paths, sizes, times) and
	 * the library's build are unchanged; the warnings their loading gave
	 * are said again. 0, or $PALMYRA_NO_CACHE set to anything but "" or
	 * "0": always parse the files, and write nothing. */
	int dict_cache;
	/* The cache's folder: NULL = $PALMYRA_CACHE_DIR, else
	 * $XDG_CACHE_HOME/palmyra, else $HOME/.cache/palmyra (made when
	 * missing). A folder that cannot be written only costs the speed. */
	const char *cache_dir;
} pm_model_options;

#define PM_MODEL_OPTIONS_VERSION 1
#define PM_MODEL_OPTIONS_INIT \
	{PM_MODEL_OPTIONS_VERSION, PM_DICT_FILES_INIT, NULL, 1, 1, NULL, NULL, 1, NULL}

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
	 * the country the text states for the event's place ("in Aleppo,
	 * Syria" -> SYRCVL), by a country's name, a nationality or an actor's
	 * code, else that of a place the geocoder is sure of (a capital, a
	 * province or state, a town no namesake abroad comes near); never
	 * one from a guess (a spelling guess, a near tie, a dateline's
	 * city): 1 (default) or 0.
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
	const char *precision; /* "city", "admin2", "admin1" or "country": what was matched */
	const char *text;      /* as written ("Palmyra") */
	const char *fallback;  /* NULL: from the event's clause; "paragraph" or "document" */
	int ambiguous;         /* 1: another candidate 30 km or more away scored nearly as well */
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
				* lost), "hold" (IS-held, controls), "contest" (fought
				* over: "neither side controls the town") */
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

/* A sentence of a report's document that codes no event but tells the
 * happening the report tells ("Rescuers pulled bodies from the rubble",
 * "The ministry put the toll at 40"): the rules are docs/incidents.md's
 * "Evidence". */
typedef struct pm_evidence {
	const char *doc;       /* the document's id */
	int sentence;          /* its index in the document (0: the title) */
	const char *text;      /* the sentence */
} pm_evidence;

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
	/* Documents: the sentences of its document with no event that tell
	 * what this event's sentence tells, in sentence order (every event of
	 * that sentence names them); valid as the event is. 0 for records. */
	const pm_evidence *evidence;
	int n_evidence;
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

/* The day side (a map-level side, "AFGREB") became its country's state,
 * as the dictionaries' dated codes say: an entry coded as the side with
 * no date and as the state's government or forces from a date on ("TALIBAN
 * [AFGREB]" with "[AFGGOV >20210815]"). Writes the state ("AFG") into buf
 * (cap bytes) and the first day it holds, the day after a ">" date
 * (20210816), into *day. Returns 1 when found, 0 when the side never
 * became a state, or PM_EINVALID. */
int pm_coder_side_became(const pm_coder *c, const char *side, char *buf, size_t cap, int *day);

/* Whether the dictionaries declare a group coded as side (a map-level
 * side, "MLIREB") a branch or affiliate of group `of` ("IMGMUSALQ"): an
 * entry such as "ANSAR_DINE [MLIREB] [IMGMUSALQ affiliate]". Returns 1
 * when one does, 0 when none does, or PM_EINVALID. */
int pm_coder_side_affiliated(const pm_coder *c, const char *side, const char *of);

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
	/* The reports' event ids (n_reports of them, in event id order): from
	 * a linker run and from a store (whose incidents have no indices:
	 * reports is NULL there). */
	const char *const *report_ids;
	/* The sentences its reports' documents tell it in without an event
	 * (their reports' evidence, each once), by document id and sentence;
	 * valid as the incident is. From a linker run; a store gives them
	 * through pm_store_incident_evidence (n_evidence 0 here). */
	const pm_evidence *evidence;
	int n_evidence;
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

/* ---- Territorial control ---------------------------------------------------- */

/* The side an actor code stands for on a map of who holds what
 * (docs/control.md): a state's forces, police and government are the
 * country (SYRMIL, SYRGOV -> SYR); rebels, separatists, insurgents and
 * armed opposition are the country's rebels (UKRSEP -> UKRREB); a named
 * body is itself (IMGMUSISIREB -> IMGMUSISI); a people inside a country
 * keeps its code (SYRKUR). Writes the side into out (cap bytes) and
 * returns its length; 0 (out "") when the code is no side (civilians,
 * media, "---" agents without a country); PM_EINVALID when out is too
 * small. */
int pm_control_party(const char *code, char *out, size_t cap);

/* Who held each place when: a timeline built from events that carry a
 * control statement (pm_event.control) and a place, with the incident each
 * reports (docs/control.md). Per place, segments {holder, from, to,
 * status, evidence, outlets}: a gain by another side ends the holder's
 * segment, a loss with no named gainer ends it with the holder unknown,
 * conflicting claims about the same days make a contested segment. The
 * result depends on the set of events added, not on their order. A
 * timeline may be used by one thread at a time. */
typedef struct pm_timeline pm_timeline;

typedef struct pm_timeline_options {
	unsigned int version;
	/* The label of a side ("SYR", "IMGMUSISI") into buf (cap bytes),
	 * returning its length or a negative value when there is none; NULL:
	 * segments carry no labels. pm_coder_actor_label fits with a one-line
	 * adapter. Called during pm_timeline_run. */
	int (*label)(void *ctx, const char *code, char *buf, size_t cap);
	void *label_ctx;
	/* Whether a side became its country's state on a day (a rebel side
	 * that took power): as pm_coder_side_became, which fits with a
	 * one-line adapter. From that day the towns the side held are the
	 * state's. NULL: no side does. Called while segments are built. */
	int (*became)(void *ctx, const char *side, char *buf, size_t cap, int *day);
	void *became_ctx;
	/* Whether a group of side (the country's rebels, "MLIREB") is a branch
	 * or affiliate of group `of` ("IMGMUSALQ"): as pm_coder_side_affiliated,
	 * which fits with a one-line adapter. Where it is, of's name for the
	 * holder of a town of those rebels is theirs, and theirs is of's
	 * (docs/control.md); where not, the two are rival sides. NULL: no
	 * group is. Called while segments are built. */
	int (*affiliated)(void *ctx, const char *side, const char *of);
	void *affiliated_ctx;
} pm_timeline_options;

#define PM_TIMELINE_OPTIONS_VERSION 3
#define PM_TIMELINE_OPTIONS_INIT {PM_TIMELINE_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, NULL}

int pm_timeline_new(pm_timeline **out, const pm_timeline_options *opts);
void pm_timeline_free(pm_timeline *t);

/* Copies what the timeline needs of ev (its control, place, date, document
 * date, outlet and incident: ev->incident, or its event id when NULL); ev
 * may die after the call. Events with no control statement or no town or
 * region are counted and left out. Returns the event's index (0, 1, ...)
 * or a negative error. */
int pm_timeline_add(pm_timeline *t, const pm_event *ev);
/* The incident of event i (pm_timeline_add's return value), when it is
 * known only after linking (pm_linker_incident_of); copied. */
int pm_timeline_set_incident(pm_timeline *t, size_t i, const char *incident);

/* One holder of one place for a stretch of days. */
typedef struct pm_segment {
	pm_location place;          /* the town (precision "city") or region ("admin1");
				     * text and fallback are NULL */
	const char *holder;         /* the side (pm_control_party): "SYR", "IMGMUSISI";
				     * NULL when contested */
	const char *holder_label;   /* "Syria: government", "ISIS"; NULL without a label
				     * function */
	const char *from;           /* "YYYY-MM-DD", or "YYYY-MM"/"YYYY" when the reports
				     * say no more; NULL: since before the first report */
	const char *to;             /* the day the next segment begins; NULL while it lasts */
	const char *status;         /* "confirmed" (two outlets, a later hold statement or
				     * the loser's own word), "claimed" (one report),
				     * "contested" (conflicting claims) or "presumed" (no
				     * report: a state held its town before the first
				     * capture reported) */
	const char *const *contenders;  /* contested: the sides that claim it */
	int n_contenders;
	const char *const *evidence;    /* the incidents reporting it, sorted */
	int n_evidence;
	int n_outlets;              /* distinct publishers among its reports */
} pm_segment;

typedef int (*pm_segment_fn)(void *ctx, const pm_segment *seg);

/* Which segments a run hands out. */
typedef struct pm_timeline_query {
	unsigned int version;
	const char *at;             /* "YYYY-MM-DD": the segment covering that day, per place */
	const char *place;          /* a place name (as the gazetteer spells it or as
				     * written) or a GeoNames id in digits; NULL: all */
	const char *country;        /* ISO alpha-3; NULL: all */
	int history;                /* 1: every segment of each place; 0: one per place (the
				     * one at `at`, else the latest) */
} pm_timeline_query;

#define PM_TIMELINE_QUERY_VERSION 1
#define PM_TIMELINE_QUERY_INIT {PM_TIMELINE_QUERY_VERSION, NULL, NULL, NULL, 1}

/* Builds the segments of every place from the events added so far (again
 * after more adds) and calls fn for each that q selects (NULL: all), places
 * in (country, name, id) order, segments in time order. The segment and its
 * strings are valid during the call; a non-zero return from fn stops the
 * run and is returned. */
int pm_timeline_run(pm_timeline *t, const pm_timeline_query *q, pm_segment_fn fn, void *ctx);

/* Segments as JSON lines (the keys of docs/control.md), CSV/TSV (a header
 * row, place and lists flattened) or GeoJSON (a Feature per segment at the
 * place's point), like the event writers. */
int pm_segment_write_header(FILE *f, pm_format fmt);
int pm_segment_write(FILE *f, pm_format fmt, const pm_segment *seg, int first);
int pm_segment_write_footer(FILE *f, pm_format fmt);

/* ---- Event buffers --------------------------------------------------------- */

/* Events kept past a pm_event_fn callback, or read back from the JSON lines
 * pm_event_write writes (PM_FORMAT_JSONL): each event is copied, strings
 * and document included, into the buffer's own memory. */
typedef struct pm_event_buf pm_event_buf;

int pm_event_buf_new(pm_event_buf **out);
void pm_event_buf_free(pm_event_buf *b);
/* Appends a copy of ev. Consecutive events of one document share one copy
 * of it. */
int pm_event_buf_add(pm_event_buf *b, const pm_event *ev);
/* Parses one JSON line as pm_event_write writes it (any spacing; keys
 * missing from older output are null) and appends the event. PM_EINVALID,
 * with a message saying what is wrong, for a line that is not such an
 * event (an "event_id" of 16 hex digits and a "code" are required); the
 * buffer is then unchanged. */
int pm_event_buf_add_json(pm_event_buf *b, const char *line, size_t len);
/* The events added since the last clear, in order, and their number in *n.
 * Valid until the next add or clear. */
const pm_event *pm_event_buf_events(const pm_event_buf *b, int *n);
/* Forgets the events; their memory is reused by the next ones. */
void pm_event_buf_clear(pm_event_buf *b);

/* ---- Event store ------------------------------------------------------------- */

/* A store keeps documents and their events, and answers queries with the
 * same pm_event structs the coder gives. Its tables are meant to be read
 * directly as well (docs/store.md). A pm_store is used by one thread at a
 * time; any number of processes may read a store while one writes it. */
typedef struct pm_store pm_store;

/* Which events a query or a count selects; every field set must match.
 * Fill it with pm_filter_parse, one key and value at a time, as the CLI's
 * flags and the HTTP API's parameters give them. Plain data: copy it, no
 * free. */
typedef struct pm_filter {
	unsigned int version;
	/* An event matches when the whole span its date stands for (a day, a
	 * month, a year) lies in [from_day, to_day], in days since 1970-01-01;
	 * an event without a date then never matches. */
	int has_from, has_to;
	long from_day, to_day;
	char country[4];         /* ISO 3166-1 alpha-3, upper case; "" = any */
	char admin1[128];        /* first-level region, any case */
	char place[128];         /* the gazetteer's name or a name the text used, any case */
	long geonameid;          /* the place by its GeoNames id; 0 = any */
	int has_near;            /* within near_km of (near_lat, near_lon) */
	double near_lat, near_lon, near_km;
	int has_bbox;            /* in the box; west > east crosses the antimeridian */
	double west, south, east, north;
	char actor[32];          /* actor code prefix, either side ("SYR" matches SYRMIL) */
	char source[32], target[32];
	char code[8];            /* CAMEO code prefix ("19" matches 190, 195, ...) */
	char root[3];
	int quad;                /* 1-4; 0 = any */
	char modality[16];
	char outlet[128];        /* the publisher, any case */
	char doc[512];           /* a document id */
	char text[512];          /* words that must all occur in the event's sentence */
	long limit;              /* at most this many events (the first stored); 0 = all */
	/* events: those whose incident has at least this many distinct
	 * outlets; incidents: at least this many outlets. 0 = any */
	int min_outlets;
	/* Queries only, for paging: the events stored after the one with this
	 * event id (the last of the page before); "" = from the first. Not a
	 * pm_filter_parse key: a program sets it. A query whose event is no
	 * longer stored (its document was replaced) fails with PM_ENOTFOUND. */
	char after[17];
} pm_filter;

#define PM_FILTER_VERSION 1
#define PM_FILTER_INIT {PM_FILTER_VERSION, 0, 0, 0, 0, "", "", "", 0, 0, 0, 0, 0, \
	0, 0, 0, 0, 0, "", "", "", "", "", 0, "", "", "", "", 0, 0, ""}

/* Sets one field of f from a key and its text value:
 *   from, to    YYYY-MM-DD, YYYY-MM or YYYY (from: the first day; to: the last)
 *   country     ISO3          admin1    NAME          place  NAME or GEONAMEID
 *   near        LAT,LON,KM    bbox      W,S,E,N (degrees)
 *   actor, source, target   CODE prefix          code  CAMEO prefix
 *   root  two digits   quad 1-4   modality asserted|negated|future|conditional|claimed
 *   outlet NAME   doc ID   text WORDS   limit N
 * A bad value or an unknown key returns PM_EINVALID with a one-line message
 * about the value ("there is no month 13"), which the caller prefixes with
 * the key as its user wrote it; f is then unchanged. A key given twice is
 * refused too. Values are copied. */
int pm_filter_parse(pm_filter *f, const char *key, const char *value);
/* The keys pm_filter_parse takes, NULL-terminated; static storage. */
const char *const *pm_filter_keys(void);

/* What events are counted by, for pm_store_count. Time keys count an event
 * in the period of the first day its date stands for ("2016-03" in March's
 * first week); "week" is named by its Monday. */
typedef enum pm_count_key {
	PM_COUNT_BY_DAY = 0, PM_COUNT_BY_WEEK, PM_COUNT_BY_MONTH, PM_COUNT_BY_YEAR,
	PM_COUNT_BY_COUNTRY, PM_COUNT_BY_ADMIN1, PM_COUNT_BY_PLACE, PM_COUNT_BY_ROOT,
	PM_COUNT_BY_CODE, PM_COUNT_BY_SOURCE, PM_COUNT_BY_TARGET, PM_COUNT_BY_OUTLET,
	PM_COUNT_BY_KEYS
} pm_count_key;

#define PM_COUNT_BY_MAX 4
typedef struct pm_count_by {
	unsigned int version;
	int keys[PM_COUNT_BY_MAX];   /* pm_count_key values */
	int n;
} pm_count_by;

#define PM_COUNT_BY_VERSION 1
#define PM_COUNT_BY_INIT {PM_COUNT_BY_VERSION, {0}, 0}

/* "month,root" -> out: names as pm_count_by_name gives them, comma
 * separated, each once, at most PM_COUNT_BY_MAX. PM_EINVALID otherwise. */
int pm_count_by_parse(pm_count_by *out, const char *list);
/* "day", "week", ..., "outlet"; NULL for a value out of range. */
const char *pm_count_by_name(int key);

/* One group of a count: its key values (in pm_count_by order; NULL when
 * the events have none, such as no place), how many events, and the sum of
 * each count kind over them (pm_count_kind order; counts a sentence does
 * not give add nothing). Strings are valid during the callback only. */
typedef struct pm_count_row {
	const char *const *keys;
	int n_keys;
	long events;
	long sums[PM_COUNT_KINDS];
} pm_count_row;

/* Receives each group; a non-zero return stops the count. */
typedef int (*pm_count_fn)(void *ctx, const pm_count_row *row);

typedef struct pm_store_options {
	unsigned int version;
	int readonly;            /* 1: queries only; the store must exist */
	int busy_timeout_ms;     /* how long to wait for another writer; 0 = 60 s */
	/* 1: commits never link (events wait, unlinked, for
	 * pm_store_incidents_link); 0: they link when it is cheap (above) */
	int defer_links;
	/* A query, count or place search running longer than this many ms is
	 * stopped, failing with PM_ERROR and "took longer than N ms"; 0 = no
	 * limit (a server bounds what one request may cost with it). */
	int query_timeout_ms;
	/* The pages a SQLite handle keeps in memory, in KiB; 0 = 4 MiB for
	 * reading, 128 MiB for writing. A process that asks one query does
	 * best with little: each page of a larger cache is fresh memory the
	 * kernel must clear first (a country's month on a million events
	 * reads 9,600 pages: 47 -> 40 ms CPU with 4 MiB instead of 32); a
	 * server, whose handles live on, keeps more. Other backends ignore it. */
	int cache_kib;
} pm_store_options;

#define PM_STORE_OPTIONS_VERSION 2
#define PM_STORE_OPTIONS_INIT {PM_STORE_OPTIONS_VERSION, 0, 0, 0, 0, 0}

/* Opens the store at location, picking its backend from the form:
 * "sqlite:PATH" or a plain PATH is a SQLite file (created, with its
 * tables, unless readonly); "postgresql://..." a PostgreSQL database
 * (pm_store_backend_pg). A location that is not a store (not SQLite, a
 * corrupt or read-only file asked to write, a directory, a store written
 * by a newer Palmyra) is refused with a one-line message naming it, and is
 * not modified. Free with pm_store_free. */
int pm_store_open(pm_store **out, const char *location, const pm_store_options *opts);
/* Closes the store; a batch still open is rolled back. */
void pm_store_free(pm_store *s);

/* Documents are stored whole: a batch (a transaction) holds any number of
 * them and is kept or lost as one. pm_store_put outside a batch is a batch
 * of its own. After a failed put or commit the batch must be rolled back:
 * none of its documents are stored then. */
int pm_store_begin(pm_store *s);
int pm_store_commit(pm_store *s);
int pm_store_rollback(pm_store *s);

/* A document to store: its metadata (meta.id is required and names it in
 * the store) and a hash of its content (pm_input_hash, or any text: equal
 * hashes mean the same content). */
typedef struct pm_store_doc {
	unsigned int version;
	pm_event_doc meta;
	const char *content_hash;
} pm_store_doc;

#define PM_STORE_DOC_VERSION 1
#define PM_STORE_DOC_INIT {PM_STORE_DOC_VERSION, {NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL}, NULL}

typedef enum pm_store_doc_state {
	PM_STORE_DOC_NEW = 0,       /* no document of that id is stored */
	PM_STORE_DOC_SAME = 1,      /* stored with the same content hash: nothing to do */
	PM_STORE_DOC_CHANGED = 2    /* stored with another hash: a put replaces it */
} pm_store_doc_state;

/* Whether a document is stored, and with which content: *out is a
 * pm_store_doc_state. id and content_hash are read during the call only. */
int pm_store_lookup(pm_store *s, const char *id, const char *content_hash, int *out);
/* As pm_store_lookup, for a document the caller will put next with these
 * n events if it needs storing: where the store is a server, the put then
 * costs no second round trip. doc and events are read during the call
 * only. */
int pm_store_lookup_events(pm_store *s, const pm_store_doc *doc, const pm_event *events, int n,
			   int *out);
/* Stores doc and its n events (their own doc pointers are not read),
 * replacing a stored document of the same id and all its events; one
 * stored with the same content hash is left as it is. doc and events are
 * read during the call only: the store keeps copies. An event
 * whose event_id is already stored for another document refuses the whole
 * document (PM_EINVALID; the batch goes on without it, and without the
 * version it was to replace). */
int pm_store_put(pm_store *s, const pm_store_doc *doc, const pm_event *events, int n);

/* Calls fn with each event f selects (NULL: all), in the order they were
 * stored (a replaced document's events come after the others), rebuilt as
 * the coder gives them, plus the incident a store linked it to. The event
 * and its strings are valid during the callback; a non-zero return stops.
 * f is read during the call only. */
int pm_store_query(pm_store *s, const pm_filter *f, pm_event_fn fn, void *ctx);
/* Counts the events f selects, headline events left out, grouped by the
 * keys of by (none: one row for all), and calls fn with each group in
 * key order (time keys in time order; unknown values last). */
int pm_store_count(pm_store *s, const pm_filter *f, const pm_count_by *by, pm_count_fn fn,
		   void *ctx);

/* ---- Stored incidents ----
 * A store links the events it keeps into incidents (docs/incidents.md):
 * each commit links the events it stored (and relinks the days around
 * them, so the incidents are those linking every stored event at once
 * would give, whatever order documents came in), unless that would read
 * far more stored events than it brings (documents arriving in no order
 * of date): their linking then waits, the events marked unlinked (their
 * incident NULL) in the store itself, for pm_store_incidents_link or a
 * later commit. */

/* Calls fn with each stored incident f selects (NULL: all), ordered by
 * date (undated last) then id; f->limit caps them. The filter keys apply
 * to an incident as follows: from/to, country, admin1, place, near, bbox
 * to its best date and place; actor, source, target, code, root, quad to
 * its codes; modality, outlet, doc and text to any of its reports;
 * min_outlets to n_outlets. The incident (reports NULL, report_ids set)
 * and its strings are valid during the callback; a non-zero return
 * stops. */
int pm_store_incidents(pm_store *s, const pm_filter *f, pm_incident_fn fn, void *ctx);
/* Calls fn with each event of the incident id (as pm_store_query gives
 * them, in stored order). PM_ENOTFOUND when no incident has that id. */
int pm_store_incident_reports(pm_store *s, const char *id, pm_event_fn fn, void *ctx);
/* Receives one sentence of an incident's evidence; valid during the call.
 * A non-zero return ends the listing. */
typedef int (*pm_evidence_fn)(void *ctx, const pm_evidence *ev);
/* Calls fn with each sentence of the incident id's evidence (its reports'
 * evidence as the coder named it when they were stored, each once), by
 * document id and sentence. None for an incident whose documents were
 * stored before the store kept evidence (docs/store.md); PM_ERROR from a
 * backend that keeps none. */
int pm_store_incident_evidence(pm_store *s, const char *id, pm_evidence_fn fn, void *ctx);
/* Counts the incidents f selects, grouped by the keys of by, as
 * pm_store_count counts events: the row's `events` is the number of
 * incidents, its sums those of their reconciled counts (each count's
 * mode), so a toll reported ten times counts once. Time keys use the
 * incident's date; "outlet" is refused (an incident has several). */
int pm_store_count_incidents(pm_store *s, const pm_filter *f, const pm_count_by *by,
			     pm_count_fn fn, void *ctx);
/* One square cell of incidents on a map (pm_store_incident_grid): the
 * incidents f selects whose place is known (not "unresolved") and falls
 * in the cell ix = floor(lon / cell_deg), iy = floor(lat / cell_deg). */
typedef struct pm_store_cell {
	long ix, iy;
	long n;                  /* incidents */
	long n_outlets;          /* the sum of their n_outlets */
	double lat, lon;         /* the mean of their places (summed in fixed point,
				  * 2^-32 degree, so that the order of summing and
				  * the backend never change the digits printed) */
	int root;                /* the most common CAMEO root of their codes (1..20;
				  * of two as common, the smaller), 0 when none has one */
	long long lat_sum, lon_sum;  /* the sums the means come from, each place
				      * rounded to a whole number of 2^-32 degree */
} pm_store_cell;

typedef int (*pm_store_cell_fn)(void *ctx, const pm_store_cell *c);

/* Counts the incidents f selects (NULL: all) on a grid of cells cell_deg
 * degrees (> 0) on a side, and calls fn with each cell holding any, south
 * to north (iy) then west to east (ix); f->limit is ignored. A non-zero
 * return stops. The store counts them itself where its backend can
 * (pm_store_backend.incident_grid), else reads every incident. */
int pm_store_incident_grid(pm_store *s, const pm_filter *f, double cell_deg,
			   pm_store_cell_fn fn, void *ctx);
/* Links every stored event again, from scratch (after the rules change). */
int pm_store_incidents_rebuild(pm_store *s);
/* Links the events earlier commits stored and left unlinked (see above);
 * 0 and nothing done when there are none. An ingest calls it at its end. */
int pm_store_incidents_link(pm_store *s);

/* How many rows the store holds (counted when asked), and its schema
 * version. */
typedef struct pm_store_stats {
	long documents, sentences, events, places;
	int schema_version;
	long incidents;          /* stored incidents */
	long unlinked;           /* events waiting to be linked */
} pm_store_stats;
int pm_store_stats_get(pm_store *s, pm_store_stats *out);

/* A number that changes whenever another connection (an ingest) commits
 * to the store: two values from the same pm_store differ when the store
 * was written in between, so a reader knows when what it built from the
 * store is stale. Cheap (no rows are read). */
int pm_store_data_version(pm_store *s, long long *out);

/* A place events happened at, with how many events it has. */
typedef struct pm_store_place {
	const char *name;        /* the gazetteer's name ("Tadmur") */
	long geonameid;          /* 0 for a region or country */
	const char *country, *admin1, *precision;
	double lat, lon;
	long n_events;
} pm_store_place;

typedef int (*pm_store_place_fn)(void *ctx, const pm_store_place *p);

/* The places whose gazetteer name, or a name the texts used for them
 * ("Palmyra"), starts with prefix (any case; "" = every place), most
 * events first (then by name), at most limit of them (0 = all); fn gets
 * each (strings valid during the call; a non-zero return stops). */
int pm_store_places(pm_store *s, const char *prefix, int limit, pm_store_place_fn fn,
		    void *ctx);

/* A content hash of an input (id, metadata and text; 16 hex digits and a
 * NUL into out): the same input gives the same hash on every run and
 * machine. */
void pm_input_hash(const pm_input *in, char out[17]);

/* ---- Store backends ------------------------------------------------------------- */

/* A backend keeps the documents and answers for one kind of database
 * (SQLite, PostgreSQL). pm_store_open finds one by the location's
 * form; pm_store_open_backend takes one built elsewhere. The front checks
 * arguments and batch state before calling in; each function returns 0 or
 * a negative pm_error_code with pm_error_set's message, as the pm_store_
 * function of its name documents. */
/* Events by their days (pm_store_backend.link_events): the first day
 * from first_min to first_max, the last from last_min to last_max. */
typedef struct pm_link_days {
	long first_min, first_max, last_min, last_max;
} pm_link_days;

typedef struct pm_store_backend pm_store_backend;
struct pm_store_backend {
	unsigned int version;
	const char *name;        /* "sqlite", "postgresql" */
	int (*begin)(pm_store_backend *b);
	int (*commit)(pm_store_backend *b);
	int (*rollback)(pm_store_backend *b);
	int (*lookup)(pm_store_backend *b, const char *id, const char *content_hash, int *out);
	int (*put)(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events, int n);
	int (*query)(pm_store_backend *b, const pm_filter *f, pm_event_fn fn, void *ctx);
	int (*count)(pm_store_backend *b, const pm_filter *f, const pm_count_by *by,
		     pm_count_fn fn, void *ctx);
	int (*stats)(pm_store_backend *b, pm_store_stats *out);
	void (*free)(pm_store_backend *b);
	/* Version 2: incidents. The front links (src/store/incidents.c); a
	 * backend keeps the rows and answers for them. Writes happen inside
	 * a batch. */
	/* Events whose incident is NULL (stored and not yet linked), in
	 * stored order, as query gives events. */
	int (*unlinked)(pm_store_backend *b, pm_event_fn fn, void *ctx);
	/* Stores inc (replacing a stored incident of the same id) and sets
	 * the incident of each of its report_ids to inc->id. */
	int (*incident_put)(pm_store_backend *b, const pm_incident *inc);
	/* Removes the incident id and sets its events' incident to NULL
	 * (unlinked); 0 when there is none. */
	int (*incident_delete)(pm_store_backend *b, const char *id);
	/* Removes every incident and marks every event unlinked. */
	int (*incidents_clear)(pm_store_backend *b);
	int (*incidents)(pm_store_backend *b, const pm_filter *f, pm_incident_fn fn, void *ctx);
	/* PM_ENOTFOUND when there is no incident id. */
	int (*incident_reports)(pm_store_backend *b, const char *id, pm_event_fn fn, void *ctx);
	int (*count_incidents)(pm_store_backend *b, const pm_filter *f, const pm_count_by *by,
			       pm_count_fn fn, void *ctx);
	/* How many stored events a query from from_day to to_day (as
	 * pm_filter's has_from/has_to) would give, counted up to cap: what
	 * relinking those days would read. */
	int (*count_days)(pm_store_backend *b, long from_day, long to_day, long cap, long *out);
	/* optional (NULL: the store says it cannot): */
	int (*data_version)(pm_store_backend *b, long long *out);
	int (*places)(pm_store_backend *b, const char *prefix, int limit, pm_store_place_fn fn,
		      void *ctx);
	/* Groups the incidents pm_store_incident_grid counts by cell and root
	 * (in any order, a cell possibly in several calls): each call's n and
	 * n_outlets, lat_sum and lon_sum are the group's (lat, lon unused),
	 * root the root of its codes (0: none or not 01..20). */
	int (*incident_grid)(pm_store_backend *b, const pm_filter *f, double cell_deg,
			     pm_store_cell_fn fn, void *ctx);
	/* As lookup, for doc about to be put with these events: a backend
	 * that asks a server asks, in the same round trip, what the put will
	 * need (whether another document holds one of the events' ids). */
	int (*lookup_events)(pm_store_backend *b, const pm_store_doc *doc, const pm_event *events,
			     int n, int *out);
	/* The events linking reads, with only what pm_linker_add copies of
	 * them (and their incident): those whose first and last days (as
	 * pm_filter's from/to read them) lie within days (NULL: every
	 * event), with unlinked only those whose incident is NULL; in any
	 * order (NULL: the front reads them through query and unlinked,
	 * whole). */
	int (*link_events)(pm_store_backend *b, const pm_link_days *days, int unlinked,
			   pm_event_fn fn, void *ctx);
	/* Optional, all three or none (NULL: a relinked incident's reports
	 * are all unlinked by incident_delete and linked again by
	 * incident_put): writing only the links that change. How many
	 * events name the incident id (-1: the backend cannot tell cheaply
	 * now); */
	int (*incident_size)(pm_store_backend *b, const char *id, long *out);
	/* removes the incident id's row only, its events left as they are; */
	int (*incident_drop)(pm_store_backend *b, const char *id);
	/* sets the incident of the n events of event_ids to id (NULL:
	 * unlinked). With these, the front passes incident_put incidents
	 * whose report_ids is NULL: the row alone. */
	int (*events_link)(pm_store_backend *b, const char *id, const char *const *event_ids,
			   int n);
	/* Version 3, optional (NULL: the store keeps no evidence): as
	 * pm_store_incident_evidence. A backend that has it stores each put
	 * event's evidence. */
	int (*incident_evidence)(pm_store_backend *b, const char *id, pm_evidence_fn fn, void *ctx);
};

#define PM_STORE_BACKEND_VERSION 3

/* The SQLite backend for the file at path (what pm_store_open uses for
 * "sqlite:PATH" and plain paths). */
int pm_store_backend_sqlite(pm_store_backend **out, const char *path,
			    const pm_store_options *opts);
/* The PostgreSQL backend (built with libpq; what pm_store_open uses for
 * "postgresql://..." and "postgres://..." URIs, and for "postgresql:" or
 * "postgres:" followed by libpq's KEY=VALUE words or by nothing, when
 * libpq's PG* environment variables say where). docs/store.md says what
 * differs from SQLite. */
int pm_store_backend_pg(pm_store_backend **out, const char *location,
			const pm_store_options *opts);
/* A store over backend, which it owns from then on (freed by pm_store_free,
 * or here when this fails). */
int pm_store_open_backend(pm_store **out, pm_store_backend *backend);

/* ---- HTTP server ------------------------------------------------------------------- */

/* `palmyra serve`: a store's events, incidents, counts, places and control
 * timeline as JSON over HTTP (docs/api.md), and the page's files. It
 * only reads the store (an ingest may write it meanwhile), codes nothing
 * and loads no model. Requests run on a pool of threads, each with its
 * own connection to the store. */
typedef struct pm_server pm_server;

typedef struct pm_server_options {
	unsigned int version;
	const char *db;              /* the store, as pm_store_open takes it (required) */
	const char *bind;            /* a numeric IPv4 or IPv6 address; NULL = "127.0.0.1" */
	int port;                    /* 0: a free port, which pm_server_port tells */
	/* Folders of the page's files (index.html, app.js, vendor/...),
	 * NULL-terminated, searched in order for each file; NULL: none (/ and
	 * /static/ answer 404). The array is copied. */
	const char *const *assets;
	int threads;                 /* request threads; 0 = 4 */
	int timeout_ms;              /* the most one request's queries may run; 0 = 10,000 */
	/* The label of an actor code or a control side ("SYR" -> "Syria:
	 * government") for incidents and /api/control, as
	 * pm_timeline_options.label; NULL: no labels. Called from any request
	 * thread, one call at a time. */
	int (*label)(void *ctx, const char *code, char *buf, size_t cap);
	void *label_ctx;
	/* Errors (and, with log_requests, a line per request: method, path,
	 * status, bytes, milliseconds); NULL: errors to stderr. Called from
	 * any request thread, one call at a time. */
	pm_warn_fn log;
	void *log_ctx;
	int log_requests;
	/* Whether a control side became its country's state, for
	 * /api/control, as pm_timeline_options.became; NULL: none did.
	 * Called from any request thread, one call at a time. */
	int (*became)(void *ctx, const char *side, char *buf, size_t cap, int *day);
	void *became_ctx;
	/* Whether a country's rebels count a branch of a group, for
	 * /api/control, as pm_timeline_options.affiliated; NULL: none do.
	 * Called from any request thread, one call at a time. */
	int (*affiliated)(void *ctx, const char *side, const char *of);
	void *affiliated_ctx;
} pm_server_options;

#define PM_SERVER_OPTIONS_VERSION 3
#define PM_SERVER_OPTIONS_INIT {PM_SERVER_OPTIONS_VERSION, NULL, NULL, 8080, NULL, 0, 0, \
	NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL}

/* Opens the store (read-only, once per thread) and starts serving; returns
 * once the socket listens. A store that cannot be opened, an address that
 * cannot be bound (in use, not this machine's) fail here with a message.
 * opts is copied. */
int pm_server_start(pm_server **out, const pm_server_options *opts);
/* The port it listens on (the one chosen when opts->port was 0). */
int pm_server_port(const pm_server *s);
/* Stops listening, waits for the requests in progress, frees everything
 * (NULL is fine). */
void pm_server_free(pm_server *s);

#ifdef __cplusplus
}
#endif

#endif
