/* pipeline.h - internal hooks of the pm_coder pipeline. */
#ifndef PM_PIPELINE_H
#define PM_PIPELINE_H

#include "dict/dict.h"
#include "palmyra.h"
#include "text/document.h"

const pm_dict *pm_coder_dict(const pm_coder *c);

/* Raw-text front end: reads an article or body text into sentences with
 * tokens, tags and trees. */
int pm_pipeline_read_text(pm_coder *c, const pm_input *in, pm_doc *doc);
/* Tags and parses one sentence whose text is set (no given parse). */
int pm_pipeline_parse_text(pm_coder *c, pm_doc *doc, pm_sentence *s);

#endif
