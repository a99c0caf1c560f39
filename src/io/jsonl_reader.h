/* jsonl_reader.h - JSON lines: one document object a line. */
#ifndef PM_IO_JSONL_READER_H
#define PM_IO_JSONL_READER_H

#include "io/reader.h"

/* {"id","date","outlet" (or "source"),"title","text","url", ...} a line,
 * blank lines skipped; a line that is not an object with a "text" string is
 * a bad record. A missing id becomes the id number or the line number. */
extern const pm_reader_kind pm_jsonl_reader;

#endif
