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
	const pm_event_doc *doc;     /* never NULL */
	const char *incident;        /* the incident it reports (a store links it); NULL
				      * from the coder */
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

/* The label of an actor code ("Syria: military") from the coder's
 * dictionaries, as events carry it, into buf (cap bytes). Returns its
 * length, or PM_EINVALID for an empty code. */
int pm_coder_actor_label(const pm_coder *c, const char *code, char *buf, size_t cap);

/* Counters since pm_coder_new. */
typedef struct pm_coder_stats {
	long documents, sentences, events, discarded, errors;
} pm_coder_stats;
void pm_coder_stats_get(const pm_coder *c, pm_coder_stats *out);

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

#ifdef __cplusplus
}
#endif

#endif
