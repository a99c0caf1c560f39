/* article.h - the parts of a plain-text news article.
 *
 * Why: articles saved from news sites are not just body text. A title and
 * a sub-title come first, then photo credits and captions ("Photo by: AFP",
 * "... (Reuters)"), a dateline ("Updated Mar 25, 2016"), the body and a
 * credits line ("TRTWorld, Reuters"). Title, date and credits are the
 * document's metadata; photo lines and captions must not be coded as if
 * they reported events of the article's day. The reader classifies
 * paragraphs (blank-line separated; every line when the text has no blank
 * lines) by their shape alone. */
#ifndef PM_ARTICLE_H
#define PM_ARTICLE_H

#include <stdint.h>

#include "util/arena.h"

typedef enum pm_para_kind {
	PM_PARA_BODY = 0,
	PM_PARA_TITLE,     /* the first line */
	PM_PARA_LEAD,      /* sub-title lines after it, before the body */
	PM_PARA_DATELINE,  /* "Updated Mar 25, 2016", "25 March 2016 10:32 GMT" */
	PM_PARA_PHOTO,     /* "Photo by: ...", "Image: ..." */
	PM_PARA_CAPTION,   /* a photo's caption: after a photo line, or ending "(Reuters)" */
	PM_PARA_CREDITS,   /* last line: "TRTWorld, Reuters" */
	PM_PARA_BYLINE     /* "By Jane Smith" */
} pm_para_kind;

typedef struct pm_paragraph {
	uint32_t start, end;  /* byte span in the text, trimmed */
	int kind;             /* a pm_para_kind */
} pm_paragraph;

typedef struct pm_article {
	pm_paragraph *paras;
	int n_paras;
	int date;             /* yyyymmdd from the dateline; 0 when none */
	const char *title;    /* NULL when none */
	const char **credits; /* credit names ("TRTWorld", "Reuters") */
	int n_credits;
} pm_article;

/* Classifies the paragraphs of text[0, len). All memory from a. Returns 0. */
int pm_article_read(const char *text, uint32_t len, pm_arena *a, pm_article *out);

/* Splits text[0, len) into paragraphs only (all PM_PARA_BODY): the body of
 * a JSON-lines document whose metadata is given. */
int pm_article_paragraphs(const char *text, uint32_t len, pm_arena *a, pm_article *out);

/* A date written in the common English forms: "Mar 25, 2016", "March 25,
 * 2016", "25 March 2016", "2016-03-25", "25/03/2016" is not (ambiguous).
 * Returns yyyymmdd of the first date in s[0, n), or 0. */
int pm_article_find_date(const char *s, uint32_t n);

#endif
