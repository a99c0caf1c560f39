/* pipeline.h - internal hooks of the pm_coder pipeline. */
#ifndef PM_PIPELINE_H
#define PM_PIPELINE_H

#include "dict/dict.h"
#include "palmyra.h"
#include "types/document.h"

#include <limits.h>

#include "code/coder.h"
#include "enrich/enrich.h"
#include "util/arena.h"
#include "util/error.h"

typedef struct pm_tagger pm_tagger;
typedef struct pm_tagger_cache pm_tagger_cache;
typedef struct pm_lemmatizer pm_lemmatizer;

/* The model: what coders read. pm_model_new fills it and nothing writes it
 * afterwards. The one exception is the private model pm_coder_new makes:
 * its only coder completes it on the first input that needs the tagger or
 * the gazetteer (pm_model_load_text, pm_model_load_gazetteer), from the
 * thread using that coder, so tree coding never loads them. */
struct pm_model {
	pm_dict *dict;
	char data_dir[PATH_MAX];
	pm_tagger *tagger;           /* NULL: not loaded (text 0) or unreadable */
	pm_lemmatizer *lemmas;       /* NULL: WordNet absent (warned) */
	pm_gazetteer *gazetteer;     /* NULL: not loaded (enrich 0) or absent (warned) */
	int text_tried, text_failed;
	int gazetteer_tried;
	int enrich;                  /* pm_model_options.enrich, for the coder's check */
	void (*warn)(void *ctx, const char *message);
	void *warn_ctx;
};

/* Loads opts->dicts only (and nothing lazily loaded yet): pm_model_new and
 * the private model of pm_coder_new start here. */
int pm_model_load_dicts(pm_model **out, const pm_model_options *opts);
/* The tagger and the lemmas: 0, or PM_ESETUP when the tagger model cannot
 * be read (and on every call after such a failure). Loads at most once. */
int pm_model_load_text(pm_model *m);
/* Opens the gazetteer at most once; an absent one is a warning. */
void pm_model_load_gazetteer(pm_model *m);
/* A warning line through the model's warn (stderr when unset). */
void pm_model_warn(const pm_model *m, const char *fmt, ...) PM_PRINTF(2, 3);

/* The coder object. Everything built for one document lives in doc_arena
 * and is released in one reset when the next input starts. It reads its
 * model through `model`; `own` is set when pm_coder_new made that model
 * and the coder frees (and may complete) it. */
struct pm_coder {
	const pm_model *model;
	pm_model *own;
	pm_code_options code_opts;
	pm_coder_options opts;
	pm_arena doc_arena;
	pm_coder_stats stats;
	pm_tagger_cache *tag_cache;  /* this coder's memo of tagged words */
	int tag_cache_tried;
	pm_event_doc doc_info;       /* the document being coded, for its events */
	pm_arena label_arena;        /* labels of actor codes seen, kept across documents */
	struct {
		const char *code, *label;
	} labels[256];               /* a direct-mapped memo of those labels */
	const pm_place_doc *places;  /* place context of the document being coded */
	int agent_country;           /* this input: "---CVL" takes the country the text
				      * names for the event's place (pm_place.stated),
				      * else a sure place's (enrich.c) */
	int document;                /* this input is a document, not a PETRARCH record */
	struct pm_text_plan *plan;   /* a text document's pieces (pipeline_text.c); NULL for records */
};

const pm_dict *pm_coder_dict(const pm_coder *c);
/* A warning line through opts.warn (stderr when unset). */
void pm_coder_warn(pm_coder *c, const char *fmt, ...) PM_PRINTF(2, 3);
/* Frees the coder's own raw-text state (its tagger word cache). */
void pm_pipeline_text_free(pm_coder *c);

/* Control statements of sentence s (src/enrich/control.h) with the
 * dictionaries coding their parties; 0 for records, without enrichment or
 * without a gazetteer. */
typedef struct pm_control_stmt pm_control_stmt;
int pm_pipeline_control(pm_coder *c, const pm_doc *doc, const pm_sentence *s,
			const pm_coded_event *evs, int n, pm_control_stmt **out);

/* Raw-text front end. Reads an article or body text: its metadata into
 * doc, and a plan of the pieces it is coded in (one, unless the text is
 * over opts.max_doc_bytes; or PM_EINVALID when it is and oversize says
 * refuse). No sentence is built yet. */
int pm_pipeline_read_text(pm_coder *c, const pm_input *in, pm_doc *doc);
/* The number of pieces of the document read last (0 for records). */
int pm_pipeline_text_pieces(const pm_coder *c);
/* Builds piece k's sentences into doc (which holds no other), with
 * tokens, tags and trees, numbered from first_index. The caller releases
 * them (an arena mark) before the next piece. */
int pm_pipeline_text_piece(pm_coder *c, pm_doc *doc, int k, int first_index);
/* Tags and parses the record sentence s (its text set, no given parse),
 * the last of doc; one over the parser's length is cut into several. */
int pm_pipeline_parse_text(pm_coder *c, pm_doc *doc, pm_sentence *s);

/* The evidence of a document's events (evidence.c, docs/incidents.md):
 * first[i] is the first event sentence i gives (NULL: none); out[i] and
 * n_out[i] receive the sentences with no event that tell what sentence i
 * tells, in c's document arena. */
void pm_pipeline_evidence(pm_coder *c, const pm_doc *doc, const pm_event *const *first,
			  const pm_evidence **out, int *n_out);

#endif
