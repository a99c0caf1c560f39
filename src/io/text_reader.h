/* text_reader.h - a plain-text article per file. */
#ifndef PM_IO_TEXT_READER_H
#define PM_IO_TEXT_READER_H

#include "io/reader.h"

/* The whole file is one PM_INPUT_ARTICLE (title, dateline, body and
 * credits are told apart by the coder); its id is the file name without
 * folders, compression suffix and extension. */
extern const pm_reader_kind pm_text_reader;

#endif
