/* document.h - the in-memory model of one input document.
 *
 * Every front end (PETRARCH XML, plain-text article, JSON lines) fills a
 * pm_doc; the coder and the enrichers read it. All strings and arrays live
 * in the document arena and die with pm_arena_reset(). */
#ifndef PM_DOCUMENT_H
#define PM_DOCUMENT_H

#include <stdint.h>

#include "palmyra.h"
#include "types/tree.h"
#include "util/arena.h"

typedef struct pm_token {
	uint32_t start, len;  /* byte span in pm_doc.text (0,0 when unknown) */
	const char *text;     /* as written */
	const char *upper;    /* upper case, for dictionary matching */
	const char *lemma;    /* upper-case lemma; == upper when none */
	char tag[8];          /* Penn Treebank tag ("NNP", "VBD", ...) */
	char upos[6];         /* Universal POS ("NOUN", "AUX", ...); "" when not tagged */
} pm_token;

typedef struct pm_sentence {
	const char *id;       /* record id: XML "id", else "<doc id>-<index>" */
	int index;            /* 0-based sentence index within the document */
	int paragraph;        /* 0-based paragraph index; -1 when unknown */
	const char *text;     /* the sentence text */
	uint32_t start, len;  /* span in pm_doc.text (0,0 when unknown) */
	pm_token *tokens;
	int n_tokens;
	pm_tree tree;         /* root < 0 until parsed */
	uint8_t is_headline;  /* title or lead line */
} pm_sentence;

typedef struct pm_doc {
	const char *id;
	const char *title;
	const char *outlet;   /* the publisher, e.g. "AFP" */
	const char *url;
	const char *extra;    /* JSON object text of the input's other fields, or NULL */
	const char *text;     /* full body text (may be NULL for XML records) */
	int date;             /* yyyymmdd when the day is known; 0 otherwise */
	/* The input's date when it gave only a month or a year ("2024-05"):
	 * precision PM_DATE_MONTH or PM_DATE_YEAR, and date is 0; all zero
	 * otherwise. */
	pm_date date_period;
	/* The wire dateline opening the text ("EL FASHER, Sudan, May 12, 2024
	 * (Reuters) -"): its place ("EL FASHER") and the country or region
	 * after it ("Sudan"), as written; NULL when absent. */
	const char *dateline_place;
	const char *dateline_region;
	const char **credits; /* e.g. {"TRTWorld", "Reuters"} */
	int n_credits;
	pm_sentence *sents;
	int n_sents;
	int cap_sents;
	const char *origin;   /* "file:line" of the record, for messages */
} pm_doc;

/* A new empty sentence at the end of doc (index set, tree empty); the
 * array grows in the arena. NULL when out of memory. */
pm_sentence *pm_doc_add_sentence(pm_doc *doc, pm_arena *a);

/* yyyymmdd <-> "YYYY-MM-DD" helpers; 0 / "" for unknown. */
int pm_date_parse_iso(const char *s);
void pm_date_format(int yyyymmdd, char out[11]);

#endif
