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

typedef struct pm_tagger pm_tagger;
typedef struct pm_tagger_cache pm_tagger_cache;
typedef struct pm_lemmatizer pm_lemmatizer;

/* The coder object. Everything built for one document lives in doc_arena
 * and is released in one reset when the next input starts. The tagger and
 * lemmatizer are loaded on first raw-text input. */
struct pm_coder {
	pm_dict *dict;
	pm_code_options code_opts;
	pm_coder_options opts;
	char data_dir[PATH_MAX];
	pm_arena doc_arena;
	pm_coder_stats stats;
	pm_tagger *tagger;
	pm_tagger_cache *tag_cache;  /* this coder's memo of tagged words */
	pm_lemmatizer *lemmas;
	int text_tools_failed;       /* tried to load them and could not */
	pm_event_doc doc_info;       /* the document being coded, for its events */
	pm_gazetteer *gazetteer;     /* loaded on first enrichment; NULL when absent */
	int gazetteer_failed;
	const pm_place_doc *places;  /* place context of the document being coded */
	int agent_country;           /* this input: "---CVL" takes the place's country */
};

const pm_dict *pm_coder_dict(const pm_coder *c);
/* A warning line through opts.warn (stderr when unset). */
void pm_coder_warn(pm_coder *c, const char *fmt, ...);
/* Frees what the raw-text front end loaded. */
void pm_pipeline_text_free(pm_coder *c);

/* Raw-text front end: reads an article or body text into sentences with
 * tokens, tags and trees. */
int pm_pipeline_read_text(pm_coder *c, const pm_input *in, pm_doc *doc);
/* Tags and parses one sentence whose text is set (no given parse). */
int pm_pipeline_parse_text(pm_coder *c, pm_doc *doc, pm_sentence *s);

#endif
