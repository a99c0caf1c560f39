/* reader.h - what a reader kind provides to the pm_reader behind
 * include/palmyra.h (reader.c holds the table of kinds). */
#ifndef PM_IO_READER_H
#define PM_IO_READER_H

#include "io/source.h"
#include "palmyra.h"

/* What a kind is told about the file it reads; owned by the pm_reader and
 * valid until the kind's close. */
typedef struct pm_reader_file {
	const char *name;        /* for messages and ids: the path, "<stdin>" or a buffer's name */
	int keep_fields;
	pm_warn_fn warn;         /* never NULL */
	void *warn_ctx;
} pm_reader_file;

typedef struct pm_reader_kind {
	const char *name;                  /* "xml": the kind option's value */
	const char *const *endings;        /* ".xml", ...: NULL-terminated */
	/* Whether the first decoded bytes (up to 4 KB, a byte-order mark and
	 * leading white space skipped) look like this kind. */
	int (*sniff)(const char *p, size_t n);
	int (*open)(void **out, pm_source *src, const pm_reader_file *file);
	/* 1 with *out filled (valid until the next call), 0 at the end,
	 * negative for a bad record: the next call goes on after it. */
	int (*next)(void *state, pm_input *out);
	/* Optional (NULL: next): passes over what next would return, counting
	 * a bad record once as next does, but may return 1 for it. */
	int (*skip)(void *state);
	void (*close)(void *state);
	/* Optional (NULL): the file's PETRARCH <Environment> and <Config>. */
	int (*env)(void *state, pm_reader_env *out);
	const char *(*config)(void *state, const char *option);
	/* Optional (NULL): the line of the last document or bad record handed
	 * out or passed over, 0 when unknown. */
	long (*line)(void *state);
} pm_reader_kind;

/* "name:line" into out (cap bytes) without snprintf, which cost more per
 * record than reading the record. */
void pm_reader_origin(char *out, size_t cap, const char *name, long line);

#endif
