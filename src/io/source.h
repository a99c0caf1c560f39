/* source.h - the bytes under every reader: a file, stdin or a caller's
 * buffer, plain or compressed (gzip through zlib, zstd through libzstd, told
 * by their first bytes, not by the file name, so compressed stdin reads
 * too). Readers peek at the decoded bytes, read them in blocks or by line,
 * and ask how far into the stored (compressed) bytes they are. */
#ifndef PM_IO_SOURCE_H
#define PM_IO_SOURCE_H

#include <stddef.h>

typedef struct pm_source pm_source;

/* Opens path ("-" = stdin, which is not closed afterwards). Messages name
 * `name` (NULL: the path; "<stdin>" for stdin). */
int pm_source_open(pm_source **out, const char *path, const char *name);
/* Reads len bytes at data, which must outlive the source. */
int pm_source_open_buffer(pm_source **out, const char *data, size_t len, const char *name);
void pm_source_free(pm_source *s);

/* A decoder or read error (corrupt or truncated compressed data, EIO) is
 * kept until the bytes decoded before it have been consumed, and then
 * returned once, as a negative code with a message naming the file, the
 * stored byte and how much was decoded; the source then ends. */

/* Makes up to `want` decoded bytes available without consuming them and
 * points *p at them; returns how many there are (fewer only at the end or
 * before an error), or a negative code (the error, when nothing decoded
 * is left). *p is valid until the next call on s. */
long pm_source_peek(pm_source *s, size_t want, const char **p);
/* Reads up to cap decoded bytes into buf: how many (0 at the end), or a
 * negative code once the bytes before an error are read. */
long pm_source_read(pm_source *s, char *buf, size_t cap);
/* The next line, its '\n' (and a '\r' before it) replaced by '\0': 1 with
 * *line and *len set, 0 at the end, negative on an error (after the whole
 * lines decoded before it; a line the error cut short is dropped). *line
 * is valid until the next call on s. */
int pm_source_line(pm_source *s, char **line, size_t *len);

/* 1 when the stored bytes are gzip or zstd. */
int pm_source_compressed(const pm_source *s);
/* Stored bytes consumed so far, and their total (-1 when unknown: a pipe). */
long long pm_source_offset(const pm_source *s);
long long pm_source_size(const pm_source *s);
const char *pm_source_name(const pm_source *s);

#endif
