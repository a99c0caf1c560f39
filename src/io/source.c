/* source.c - plain, gzip or zstd bytes from a file, stdin or a buffer. */
#include "io/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>
#include <zstd.h>

#include "util/error.h"

enum { S_RAW_CAP = 1 << 16, S_OUT_MIN = 1 << 16 };

typedef enum { S_PLAIN, S_GZIP, S_ZSTD } S_codec;

struct pm_source {
	int fd;                      /* -1 for a buffer */
	int close_fd;                /* not stdin */
	/* stored bytes: read from fd into raw_buf, or a caller's buffer */
	const unsigned char *raw;
	size_t raw_pos, raw_len;
	unsigned char *raw_buf;
	int raw_eof;
	long long consumed;          /* stored bytes taken from fd or buffer */
	long long size;
	S_codec codec;
	z_stream z;
	int z_live;
	int z_ended;                 /* a gzip member ended and no byte followed yet */
	ZSTD_DCtx *zst;
	int zst_mid_frame;
	/* decoded bytes not yet consumed: out[out_pos .. out_len) */
	char *out;
	size_t out_pos, out_len, out_cap;
	int eof;                     /* no decoded byte will follow */
	/* A decoder or read error, kept until the bytes decoded before it
	 * are consumed, then returned once: what came before is not lost. */
	int failed;                  /* 1: error pending, 2: returned */
	int err_code;
	long long decoded;           /* decoded bytes produced so far */
	char err[512];
	char name[];
};

/* The stored byte the decoder has reached. */
static long long S_stored_at(const pm_source *s)
{
	return s->fd < 0 ? (long long)s->raw_pos : s->consumed - (long long)(s->raw_len - s->raw_pos);
}

/* Keeps an error naming the file and the stored byte where it happened;
 * the bytes decoded before it stay readable, and the error comes after
 * them (S_pending). Returns the code. */
static int S_fail(pm_source *s, int code, const char *what)
{
	if (s->failed)
		return s->err_code;
	char size[40] = "";
	if (s->size >= 0)
		snprintf(size, sizeof(size), " of %lld", s->size);
	snprintf(s->err, sizeof(s->err),
		 "%s: %s at byte %lld%s, after %lld decoded bytes; what came before is read, the rest of "
		 "the file is lost",
		 s->name, what, S_stored_at(s), size, s->decoded);
	s->failed = 1;
	s->err_code = code;
	s->raw_eof = 1;
	return code;
}

/* The kept error, once: set as the thread's error and returned; 0 after. */
static int S_pending(pm_source *s)
{
	if (s->failed != 1)
		return 0;
	s->failed = 2;
	return pm_error_set(s->err_code, "%s", s->err);
}

/* More stored bytes into raw; 0 at the end of the file. */
static int S_raw_fill(pm_source *s)
{
	if (s->raw_pos < s->raw_len)
		return 1;
	if (s->raw_eof || s->fd < 0) {
		s->raw_eof = 1;
		return 0;
	}
	ssize_t n;
	do
		n = read(s->fd, s->raw_buf, S_RAW_CAP);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		return S_fail(s, PM_ERROR, strerror(errno));
	if (n == 0) {
		s->raw_eof = 1;
		return 0;
	}
	s->raw = s->raw_buf;
	s->raw_pos = 0;
	s->raw_len = (size_t)n;
	s->consumed += n;
	return 1;
}


/* Decodes into dst (cap > 0): how many bytes, 0 at the end, or negative. */
static long S_decode(pm_source *s, char *dst, size_t cap)
{
	if (s->failed)
		return 0;
	for (;;) {
		int rc = S_raw_fill(s);
		if (rc < 0)
			return rc;
		if (rc == 0) {
			if (s->codec == S_GZIP && s->z_live && !s->z_ended)
				return S_fail(s, PM_EINVALID, "gzip data ends early");
			if (s->codec == S_ZSTD && s->zst_mid_frame)
				return S_fail(s, PM_EINVALID, "zstd data ends early");
			return 0;
		}
		const unsigned char *in = s->raw + s->raw_pos;
		size_t avail = s->raw_len - s->raw_pos;
		if (s->codec == S_PLAIN) {
			size_t n = avail < cap ? avail : cap;
			memcpy(dst, in, n);
			s->raw_pos += n;
			s->decoded += (long long)n;
			return (long)n;
		}
		if (s->codec == S_GZIP) {
			if (s->z_ended) {
				/* gzip files may hold several members, one after another */
				if (inflateReset(&s->z) != Z_OK)
					return S_fail(s, PM_ERROR, "gzip: cannot restart");
				s->z_ended = 0;
			}
			s->z.next_in = (unsigned char *)in;
			s->z.avail_in = (unsigned)(avail > (1u << 30) ? 1u << 30 : avail);
			s->z.next_out = (unsigned char *)dst;
			s->z.avail_out = (unsigned)(cap > (1u << 30) ? 1u << 30 : cap);
			int zr = inflate(&s->z, Z_NO_FLUSH);
			s->raw_pos = (size_t)(s->z.next_in - s->raw);
			size_t n = (size_t)((char *)s->z.next_out - dst);
			s->decoded += (long long)n;
			if (zr == Z_STREAM_END) {
				s->z_ended = 1;
			} else if (zr != Z_OK && zr != Z_BUF_ERROR) {
				char what[160];
				snprintf(what, sizeof(what), "corrupt gzip data (%s)",
					 s->z.msg ? s->z.msg : "inflate failed");
				S_fail(s, PM_EINVALID, what);
				return n ? (long)n : s->err_code;   /* the bytes first, the error next */
			}
			if (n)
				return (long)n;
			continue;
		}
		ZSTD_inBuffer zin = {in, avail, 0};
		ZSTD_outBuffer zout = {dst, cap, 0};
		size_t zr = ZSTD_decompressStream(s->zst, &zout, &zin);
		s->raw_pos += zin.pos;
		s->decoded += (long long)zout.pos;
		if (ZSTD_isError(zr)) {
			char what[160];
			snprintf(what, sizeof(what), "corrupt zstd data (%s)", ZSTD_getErrorName(zr));
			S_fail(s, PM_EINVALID, what);
			return zout.pos ? (long)zout.pos : s->err_code;
		}
		s->zst_mid_frame = zr != 0;
		if (zout.pos)
			return (long)zout.pos;
	}
}

/* At least want decoded bytes in out (fewer only at the end). */
static int S_out_fill(pm_source *s, size_t want)
{
	while (s->out_len - s->out_pos < want && !s->eof) {
		if (s->out_pos && s->out_len + S_OUT_MIN / 2 > s->out_cap) {
			memmove(s->out, s->out + s->out_pos, s->out_len - s->out_pos);
			s->out_len -= s->out_pos;
			s->out_pos = 0;
		}
		if (s->out_cap - s->out_len < S_OUT_MIN / 2) {
			size_t cap = s->out_cap ? s->out_cap * 2 : S_OUT_MIN;
			char *p = realloc(s->out, cap + 1);
			if (!p)
				return pm_error_set(PM_ENOMEM, "%s: out of memory", s->name);
			s->out = p;
			s->out_cap = cap;
		}
		long n = S_decode(s, s->out + s->out_len, s->out_cap - s->out_len);
		if (n < 0 && !s->failed)
			return (int)n;             /* out of memory: nothing kept to read */
		if (n <= 0)
			s->eof = 1;             /* an error waits behind what was decoded */
		else
			s->out_len += (size_t)n;
	}
	return 0;
}

static int S_new(pm_source **out, const char *name)
{
	size_t len = strlen(name);
	pm_source *s = calloc(1, sizeof(*s) + len + 1);
	if (!s)
		return pm_error_set(PM_ENOMEM, "%s: out of memory", name);
	memcpy(s->name, name, len + 1);
	s->fd = -1;
	s->size = -1;
	*out = s;
	return 0;
}

/* The codec from the magic bytes at the start of the stored data. */
static int S_sniff_codec(pm_source *s)
{
	if (s->fd >= 0) {
		/* a pipe may hand over fewer bytes than the magic at first */
		size_t have = 0;
		while (have < 4) {
			ssize_t n = read(s->fd, s->raw_buf + have, S_RAW_CAP - have);
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0)
				return pm_error_set(PM_ERROR, "%s: %s", s->name, strerror(errno));
			if (n == 0)
				break;
			have += (size_t)n;
		}
		s->raw = s->raw_buf;
		s->raw_pos = 0;
		s->raw_len = have;
		s->consumed = (long long)have;
		s->raw_eof = have < 4;
	}
	const unsigned char *m = s->raw;
	size_t n = s->raw_len;
	if (n >= 2 && m[0] == 0x1f && m[1] == 0x8b) {
		if (inflateInit2(&s->z, 15 + 16) != Z_OK)
			return pm_error_set(PM_ENOMEM, "%s: cannot start gzip", s->name);
		s->z_live = 1;
		s->codec = S_GZIP;
	} else if (n >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd) {
		if (!(s->zst = ZSTD_createDCtx()))
			return pm_error_set(PM_ENOMEM, "%s: cannot start zstd", s->name);
		s->codec = S_ZSTD;
	}
	return 0;
}

int pm_source_open(pm_source **out, const char *path, const char *name)
{
	int is_stdin = !strcmp(path, "-");
	pm_source *s;
	int rc = S_new(&s, name ? name : is_stdin ? "<stdin>" : path);
	if (rc < 0)
		return rc;
	if (is_stdin) {
		s->fd = 0;
	} else {
		do
			s->fd = open(path, O_RDONLY | O_CLOEXEC);
		while (s->fd < 0 && errno == EINTR);
		if (s->fd < 0) {
			rc = pm_error_set(errno == ENOENT ? PM_ENOTFOUND : PM_ERROR, "%s: %s", s->name,
					  strerror(errno));
			free(s);
			return rc;
		}
		s->close_fd = 1;
	}
	struct stat st;
	if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode))
		s->size = (long long)st.st_size;
	if (!(s->raw_buf = malloc(S_RAW_CAP)) || (rc = S_sniff_codec(s)) < 0) {
		if (!s->raw_buf)
			rc = pm_error_set(PM_ENOMEM, "%s: out of memory", s->name);
		pm_source_free(s);
		return rc;
	}
	*out = s;
	return 0;
}

int pm_source_open_buffer(pm_source **out, const char *data, size_t len, const char *name)
{
	pm_source *s;
	int rc = S_new(&s, name ? name : "<buffer>");
	if (rc < 0)
		return rc;
	s->raw = (const unsigned char *)data;
	s->raw_len = len;
	s->raw_eof = 1;
	s->size = (long long)len;
	if ((rc = S_sniff_codec(s)) < 0) {
		pm_source_free(s);
		return rc;
	}
	*out = s;
	return 0;
}

void pm_source_free(pm_source *s)
{
	if (!s)
		return;
	if (s->z_live)
		inflateEnd(&s->z);
	ZSTD_freeDCtx(s->zst);
	if (s->close_fd)
		close(s->fd);
	free(s->raw_buf);
	free(s->out);
	free(s);
}

long pm_source_peek(pm_source *s, size_t want, const char **p)
{
	int rc = S_out_fill(s, want);
	if (rc < 0)
		return rc;
	*p = s->out ? s->out + s->out_pos : "";
	size_t n = s->out_len - s->out_pos;
	if (n == 0 && s->failed)
		return S_pending(s);
	return (long)(n < want ? n : want);
}

long pm_source_read(pm_source *s, char *buf, size_t cap)
{
	if (s->out_pos < s->out_len) {
		size_t n = s->out_len - s->out_pos;
		if (n > cap)
			n = cap;
		memcpy(buf, s->out + s->out_pos, n);
		s->out_pos += n;
		return (long)n;
	}
	if (s->eof || cap == 0)
		return s->failed ? S_pending(s) : 0;
	long n = S_decode(s, buf, cap);
	if (n > 0)
		return n;
	s->eof = 1;
	return s->failed ? S_pending(s) : n;
}

int pm_source_line(pm_source *s, char **line, size_t *len)
{
	size_t scanned = 0;
	for (;;) {
		char *start = s->out ? s->out + s->out_pos : NULL;
		size_t have = s->out_len - s->out_pos;
		char *nl = have > scanned ? memchr(start + scanned, '\n', have - scanned) : NULL;
		if (!nl && s->eof && s->failed) {
			/* a line cut short by the error is part of what was lost */
			s->out_pos = s->out_len;
			return S_pending(s);
		}
		if (nl || (s->eof && have)) {
			size_t n = nl ? (size_t)(nl - start) : have;
			s->out_pos += nl ? n + 1 : n;
			start[n] = '\0';      /* out has a spare byte past its capacity */
			if (n && start[n - 1] == '\r')
				start[--n] = '\0';
			*line = start;
			*len = n;
			return 1;
		}
		if (s->eof)
			return 0;
		scanned = have;
		int rc = S_out_fill(s, have + 1);
		if (rc < 0)
			return rc;
	}
}

int pm_source_compressed(const pm_source *s)
{
	return s->codec != S_PLAIN;
}

long long pm_source_offset(const pm_source *s)
{
	return s->fd < 0 ? (long long)s->raw_pos : s->consumed;
}

long long pm_source_size(const pm_source *s)
{
	return s->size;
}

const char *pm_source_name(const pm_source *s)
{
	return s->name;
}
