/* Compressed input that is cut short or corrupt: the documents decoded
 * before the damage come out, then one error naming the file and the
 * stored byte, then the end; pm_reader_skip counts the same units as
 * pm_reader_next, so -j workers stay in step. */
#include <stdint.h>
#include <zlib.h>
#include <zstd.h>

#include "palmyra.h"
#include "../test.h"

/* n JSON lines "{"id":"dK","text":"..."}" with text that does not
 * compress away, so the damage falls after some whole blocks. */
static char *S_lines(int n, size_t *len)
{
	size_t cap = (size_t)n * 200 + 1, k = 0;
	char *s = malloc(cap);
	uint32_t x = 12345;
	for (int i = 1; i <= n; i++) {
		k += (size_t)snprintf(s + k, cap - k, "{\"id\":\"d%d\",\"text\":\"Troops attacked ", i);
		for (int j = 0; j < 24; j++) {
			x = x * 1103515245u + 12345u;
			s[k++] = (char)('a' + (x >> 16) % 26);
		}
		k += (size_t)snprintf(s + k, cap - k, ".\"}\n");
	}
	*len = k;
	return s;
}

static char *S_gzip(const char *data, size_t len, size_t *out)
{
	z_stream z;
	memset(&z, 0, sizeof(z));
	deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
	size_t cap = deflateBound(&z, len) + 64;
	char *buf = malloc(cap);
	z.next_in = (unsigned char *)data;
	z.avail_in = (unsigned)len;
	z.next_out = (unsigned char *)buf;
	z.avail_out = (unsigned)cap;
	deflate(&z, Z_FINISH);
	*out = cap - z.avail_out;
	deflateEnd(&z);
	return buf;
}

/* With a checksum, as the zstd tool writes by default: without one,
 * changed literal bytes decode as other bytes and nothing can tell. */
static char *S_zstd(const char *data, size_t len, size_t *out)
{
	size_t cap = ZSTD_compressBound(len);
	char *buf = malloc(cap);
	ZSTD_CCtx *c = ZSTD_createCCtx();
	ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, 1);
	ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
	*out = ZSTD_compress2(c, buf, cap, data, len);
	ZSTD_freeCCtx(c);
	return buf;
}

typedef struct {
	int docs;          /* documents handed out */
	int errors;        /* bad units */
	int last_id;       /* the number of the last "dK" */
	int in_order;      /* ids 1, 2, 3, ... */
	char err[1024];    /* the last error */
} S_seen;

/* Reads everything, by next (skip 0) or by skip. */
static void S_read(const char *data, size_t len, const char *name, int skip, S_seen *s)
{
	memset(s, 0, sizeof(*s));
	s->in_order = 1;
	pm_reader *r;
	if (pm_reader_open_buffer(&r, data, len, name, NULL) < 0) {
		snprintf(s->err, sizeof(s->err), "%s", pm_error_last());
		s->errors = -1;
		return;
	}
	pm_input in;
	int rc, guard = 0;
	while ((rc = skip ? pm_reader_skip(r) : pm_reader_next(r, &in)) != 0 && guard++ < 100000) {
		if (rc < 0) {
			s->errors++;
			snprintf(s->err, sizeof(s->err), "%s", pm_error_last());
			continue;
		}
		s->docs++;
		if (!skip && in.id[0] == 'd') {
			int id = atoi(in.id + 1);
			s->in_order = s->in_order && id == s->last_id + 1;
			s->last_id = id;
		}
	}
	pm_reader_free(r);
}

static void test_jsonl(const char *codec, char *(*pack)(const char *, size_t, size_t *))
{
	size_t len, clen;
	char *plain = S_lines(6000, &len);
	char *packed = pack(plain, len, &clen);
	char name[64];
	S_seen s, k;

	/* cut at three quarters */
	snprintf(name, sizeof(name), "cut.jsonl.%s", codec);
	S_read(packed, clen * 3 / 4, name, 0, &s);
	CHECK(s.docs > 100 && s.docs < 6000);
	CHECK(s.in_order);
	CHECK_INT(s.errors, 1);
	char want[128];
	snprintf(want, sizeof(want), "%s: %s data ends early at byte %zu of %zu", name,
		 codec[0] == 'g' ? "gzip" : "zstd", clen * 3 / 4, clen * 3 / 4);
	CHECK(strstr(s.err, want) != NULL);
	CHECK(strstr(s.err, "decoded bytes; what came before is read") != NULL);
	S_read(packed, clen * 3 / 4, name, 1, &k);
	CHECK_INT(k.docs + k.errors, s.docs + s.errors);

	/* bytes changed at three quarters */
	for (size_t i = clen * 3 / 4; i < clen * 3 / 4 + 32; i++)
		packed[i] ^= 0x5a;
	snprintf(name, sizeof(name), "bad.jsonl.%s", codec);
	S_read(packed, clen, name, 0, &s);
	CHECK(s.docs > 100);
	CHECK_INT(s.errors >= 1, 1);
	snprintf(want, sizeof(want), "%s: corrupt %s data (", name, codec[0] == 'g' ? "gzip" : "zstd");
	CHECK(strstr(s.err, want) != NULL && strstr(s.err, " at byte ") != NULL);
	S_read(packed, clen, name, 1, &k);
	CHECK_INT(k.docs + k.errors, s.docs + s.errors);
	free(plain);
	free(packed);
}

/* A compressed article cut short: its first part is the document, the
 * error comes next; passing over it counts the same two units. */
static void test_article(void)
{
	size_t cap = 200000, k = 0, clen;
	char *text = malloc(cap);
	uint32_t x = 7;
	k += (size_t)snprintf(text, cap, "Valdoria attacked Kestria.\n\n");
	while (k + 100 < cap) {
		k += (size_t)snprintf(text + k, cap - k, "Kestria attacked ");
		for (int j = 0; j < 12; j++) {
			x = x * 1103515245u + 12345u;
			text[k++] = (char)('a' + (x >> 16) % 26);
		}
		text[k++] = '.';
		text[k++] = '\n';
	}
	char *packed = S_gzip(text, k, &clen);
	pm_reader *r;
	pm_input in;
	CHECK_INT(pm_reader_open_buffer(&r, packed, clen / 2, "art.txt.gz", NULL), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK(in.len > 1000 && in.len < k);
	CHECK(!strncmp(in.text, "Valdoria attacked Kestria.", 26));
	CHECK(pm_reader_next(r, &in) < 0);
	CHECK(strstr(pm_error_last(), "art.txt.gz: gzip data ends early at byte") != NULL);
	CHECK_STR(pm_reader_where(r), "art.txt.gz");
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);
	CHECK_INT(pm_reader_open_buffer(&r, packed, clen / 2, "art.txt.gz", NULL), 0);
	CHECK_INT(pm_reader_skip(r), 1);
	CHECK(pm_reader_skip(r) < 0);
	CHECK_INT(pm_reader_skip(r), 0);
	pm_reader_free(r);
	free(packed);
	free(text);
}

/* pm_reader_where names each unit, documents and errors alike. */
static void test_where(void)
{
	static const char data[] = "{\"id\":\"a\",\"text\":\"x\"}\nnot json\n\n{\"id\":\"b\",\"text\":\"y\"}\n";
	pm_reader *r;
	pm_input in;
	CHECK_INT(pm_reader_open_buffer(&r, data, sizeof(data) - 1, "w.jsonl", NULL), 0);
	CHECK_STR(pm_reader_where(r), "");
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(pm_reader_where(r), "w.jsonl:1");
	CHECK(pm_reader_skip(r) != 0);
	CHECK_STR(pm_reader_where(r), "w.jsonl:2");
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(pm_reader_where(r), "w.jsonl:4");
	pm_reader_free(r);
}

int main(void)
{
	test_jsonl("gz", S_gzip);
	test_jsonl("zst", S_zstd);
	test_article();
	test_where();
	TEST_END();
}
