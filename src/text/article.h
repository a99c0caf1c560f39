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

#include "palmyra.h"
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

/* A wire dateline opening the body: "EL FASHER, Sudan, May 12, 2024
 * (Reuters) -", "KYIV (AP) --", "MOSCOW, May 12. /TASS/.". The
 * place and date are metadata, not words of the first sentence. */
typedef struct pm_dateline {
	const char *place;    /* "EL FASHER" as written ("WASHINGTON/BEIRUT": two bureaus,
			       * slash and all); NULL when there is no dateline */
	const char *region;   /* "Sudan": the last country or region after the place; NULL */
	const char *agency;   /* "Reuters"; NULL */
	/* Its date: precision PM_DATE_NONE when it has none. A date written
	 * without a year ("March 25") takes the year that puts it nearest the
	 * article's date line; with no date line year stays 0 (the reader of
	 * the document may know the year, pm_date_nearest_year). */
	pm_date date;
} pm_dateline;

typedef struct pm_article {
	pm_paragraph *paras;
	int n_paras;
	/* yyyymmdd of the first date in reading order: a date line ("Updated
	 * Mar 25, 2016") before the body, else the wire dateline when it gives
	 * a year; 0 when none. */
	int date;
	pm_dateline dateline;
	const char *title;    /* NULL when none */
	const char **credits; /* credit names ("TRTWorld", "Reuters") */
	int n_credits;
} pm_article;

/* Classifies the paragraphs of text[0, len). All memory from a. Returns 0. */
int pm_article_read(const char *text, uint32_t len, pm_arena *a, pm_article *out);

/* Splits text[0, len) into paragraphs only (all PM_PARA_BODY). */
int pm_article_paragraphs(const char *text, uint32_t len, pm_arena *a, pm_article *out);

/* The body of a document whose metadata is given (a JSON line): its
 * paragraphs, all PM_PARA_BODY, less a wire dateline opening the first,
 * which is read into out->dateline (and out->date when it has a year). */
int pm_article_read_body(const char *text, uint32_t len, pm_arena *a, pm_article *out);

/* A date of a whole day in any form pm_date_parse reads ("Mar 25, 2016",
 * "25 March 2016 10:32 GMT", "2016-03-25T10:00", "Friday, March 25,
 * 2016"); "25/03/2016" is not (day or month first?), nor a day that does
 * not exist. Returns yyyymmdd of the first such date in s[0, n), or 0. */
int pm_article_find_date(const char *s, uint32_t n);

#endif
