/* pipeline_text.c - placeholder until the tagger lands (see /tmp/pipeline_text.full.c). */
#include "code/pipeline.h"
#include "util/error.h"

void pm_pipeline_text_free(pm_coder *c)
{
	(void)c;
}

int pm_pipeline_read_text(pm_coder *c, const pm_input *in, pm_doc *doc)
{
	(void)c, (void)doc;
	return pm_error_set(PM_EINVALID, "%s: raw text input is not supported yet", in->origin ? in->origin : "input");
}

int pm_pipeline_parse_text(pm_coder *c, pm_doc *doc, pm_sentence *s)
{
	(void)c, (void)doc, (void)s;
	return pm_error_set(PM_EINVALID, "sentence without a parse tree: raw text is not supported yet");
}
