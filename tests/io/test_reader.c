/* The public reader over JSON lines, plain-text articles, compressed
 * files, directories and stdin: kinds from names and first bytes, bad
 * records named and passed over, progress in stored bytes. */
#include <fcntl.h>
#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include "palmyra.h"
#include "../test.h"

static char S_dir[256];

static const char *S_path(const char *name)
{
	static char path[4][512];
	static int k;
	k = (k + 1) % 4;
	snprintf(path[k], sizeof(path[k]), "%s/%s", S_dir, name);
	return path[k];
}

static void S_write(const char *name, const char *data, size_t len)
{
	FILE *f = fopen(S_path(name), "wb");
	fwrite(data, 1, len, f);
	fclose(f);
}

static void S_write_gz(const char *name, const char *data)
{
	gzFile g = gzopen(S_path(name), "wb");
	gzwrite(g, data, (unsigned)strlen(data));
	gzclose(g);
}

static void S_write_zst(const char *name, const char *data)
{
	size_t cap = ZSTD_compressBound(strlen(data));
	char *buf = malloc(cap);
	size_t n = ZSTD_compress(buf, cap, data, strlen(data), 3);
	S_write(name, buf, n);
	free(buf);
}

/* "id|id|!|id": each document's id, '!' for each bad record. */
static void S_ids(pm_reader *r, char *out, size_t cap)
{
	pm_input in;
	int rc;
	out[0] = '\0';
	while ((rc = pm_reader_next(r, &in)) != 0) {
		size_t n = strlen(out);
		snprintf(out + n, cap - n, "%s%s", n ? "|" : "", rc > 0 ? in.id : "!");
	}
}

static const char S_jsonl[] =
	"{\"id\":\"d1\",\"date\":\"2016-03-25\",\"outlet\":\"SANA\",\"title\":\"Palmyra\",\"url\":\"u\","
	"\"text\":\"Troops retook the town.\",\"feed\":\"wire-7\"}\r\n"
	"\n   \n"
	"not json\n"
	"[1,2]\n"
	"{\"id\":\"d2\"}\n"
	"{\"id\":17,\"source\":\"AFP\",\"text\":\"Rebels withdrew.\"}\n"
	"{\"text\":\"No id.\"}";

static void S_test_jsonl(void)
{
	pm_reader_options o = PM_READER_OPTIONS_INIT;
	o.kind = "jsonl";
	pm_reader *r;
	pm_input in;
	CHECK_INT(pm_reader_open_buffer(&r, S_jsonl, strlen(S_jsonl), "docs", &o), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_INT(in.kind, PM_INPUT_BODY);
	CHECK_STR(in.id, "d1");
	CHECK_STR(in.date, "2016-03-25");
	CHECK_STR(in.outlet, "SANA");
	CHECK_STR(in.title, "Palmyra");
	CHECK_STR(in.url, "u");
	CHECK_STR(in.text, "Troops retook the town.");
	CHECK_INT(in.len, 23);
	CHECK_STR(in.origin, "docs:1");
	CHECK_STR(in.extra, NULL);                  /* only with keep_fields */
	/* blank lines are passed over; each bad line is named and skipped */
	CHECK_INT(pm_reader_next(r, &in), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "docs:4: not a JSON object") != NULL);
	CHECK_INT(pm_reader_next(r, &in), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "docs:5: not a JSON object") != NULL);
	CHECK_INT(pm_reader_next(r, &in), PM_EINVALID);
	CHECK(strstr(pm_error_last(), "docs:6: record has no \"text\"") != NULL);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.id, "17");                     /* a number id, as text */
	CHECK_STR(in.outlet, "AFP");                /* "source", the older name */
	CHECK_INT(pm_reader_next(r, &in), 1);       /* a last line without a newline */
	CHECK_STR(in.id, "8");                      /* no id: the line number */
	CHECK_STR(in.text, "No id.");
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);

	o.keep_fields = 1;
	CHECK_INT(pm_reader_open_buffer(&r, S_jsonl, strlen(S_jsonl), "docs", &o), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.extra, "{\"feed\":\"wire-7\"}");
	pm_reader_free(r);
}

static const char S_article[] = "Syrian army retakes Palmyra\n\nPALMYRA, Syria, March 27 (Reuters) - "
				"Syrian troops recaptured the city.\n";

static void S_test_kinds(void)
{
	pm_reader *r;
	pm_input in;
	char ids[512];
	/* by name ending, compressed or not; else by the first bytes */
	S_write("a.txt", S_article, strlen(S_article));
	S_write_gz("b.jsonl.gz", S_jsonl);
	S_write_zst("c.xml.zst", "<Sentences><Sentence id=\"x1\"><Text>T.</Text></Sentence></Sentences>");
	S_write("d.data", "\xEF\xBB\xBF\n {\"id\":\"s1\",\"text\":\"t\"}\n", 28);
	S_write_gz("e", "<Sentences><Sentence id=\"x2\"><Text>T.</Text></Sentence></Sentences>");
	S_write_zst("f.notes", S_article);
	S_write(".hidden.txt", "skipped", 7);
	mkdir(S_path("sub"), 0755);
	S_write("sub/g.txt", "Another article.", 16);

	CHECK_INT(pm_reader_open(&r, S_path("a.txt"), NULL), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_INT(in.kind, PM_INPUT_ARTICLE);
	CHECK_STR(in.id, "a");
	CHECK_STR(in.text, S_article);
	CHECK_INT(in.len, strlen(S_article));
	CHECK_STR(in.origin, S_path("a.txt"));
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);

	/* a directory: its files in name order, sub-folders in place, no dot files */
	CHECK_INT(pm_reader_open(&r, S_dir, NULL), 0);
	S_ids(r, ids, sizeof(ids));
	CHECK_STR(ids, "a|d1|!|!|!|17|8|x1|s1|x2|f|g");
	pm_reader_progress p;
	pm_reader_progress_get(r, &p);
	CHECK_INT(p.files_total, 7);
	CHECK_INT(p.files_read, 7);
	CHECK(p.bytes_total > 0);
	CHECK_INT(p.bytes_read, p.bytes_total);
	pm_reader_free(r);

	/* two readers taking turns (one reads, the other skips) see the same
	 * units in the same places: what one reads plus what the other does
	 * is what a single reader reads */
	char turns[2][512];
	for (int w = 0; w < 2; w++) {
		CHECK_INT(pm_reader_open(&r, S_dir, NULL), 0);
		turns[w][0] = '\0';
		int rc;
		for (long unit = 0;; unit++) {
			rc = unit % 2 == w ? pm_reader_next(r, &in) : pm_reader_skip(r);
			if (rc == 0)
				break;
			size_t n = strlen(turns[w]);
			snprintf(turns[w] + n, sizeof(turns[w]) - n, "%s%s", n ? "|" : "",
				 unit % 2 != w ? "." : rc > 0 ? in.id : "!");
		}
		pm_reader_free(r);
	}
	CHECK_STR(turns[0], "a|.|!|.|!|.|8|.|s1|.|f|.");
	CHECK_STR(turns[1], ".|d1|.|!|.|17|.|x1|.|x2|.|g");

	/* a kind given overrides names and bytes */
	pm_reader_options o = PM_READER_OPTIONS_INIT;
	o.kind = "text";
	CHECK_INT(pm_reader_open(&r, S_path("b.jsonl.gz"), &o), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.id, "b");                      /* no .jsonl, no .gz */
	CHECK_STR(in.text, S_jsonl);                /* decompressed */
	pm_reader_free(r);
	o.kind = "yaml";
	r = NULL;
	CHECK_INT(pm_reader_open(&r, S_path("a.txt"), &o), PM_EINVALID);
	CHECK(r == NULL);
	CHECK(strstr(pm_error_last(), "unknown input kind 'yaml'") != NULL);

	const char *const *kinds = pm_reader_kinds();
	CHECK_STR(kinds[0], "xml");
	CHECK_STR(kinds[1], "jsonl");
	CHECK_STR(kinds[2], "text");
	CHECK(kinds[3] == NULL);
}

static void S_test_errors(void)
{
	pm_reader *r = NULL;
	pm_input in;
	CHECK_INT(pm_reader_open(&r, S_path("missing.txt"), NULL), PM_ENOTFOUND);
	CHECK(strstr(pm_error_last(), "missing.txt: No such file") != NULL);

	/* binary data is no kind */
	mkdir(S_path("bin"), 0755);
	S_write("bin/x.dat", "\x01\x00\x02\x03", 4);
	/* a corrupt gzip file fails at its bytes; the next file is read */
	S_write("bin/y.txt.gz", "\x1f\x8b\x08\x00garbage-garbage", 19);
	S_write("bin/z.txt", "Last.", 5);
	CHECK_INT(pm_reader_open(&r, S_path("bin"), NULL), 0);
	CHECK(pm_reader_next(r, &in) < 0);
	CHECK(strstr(pm_error_last(), "x.dat: not text, JSON lines or XML") != NULL);
	CHECK(pm_reader_next(r, &in) < 0);
	CHECK(strstr(pm_error_last(), "y.txt.gz: ") != NULL);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.id, "z");
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);

	/* a truncated gzip file says so */
	static const char whole[] = "{\"id\":\"t\",\"text\":\"cut short\"}\n";
	S_write_gz("cut.jsonl.gz", whole);
	FILE *f = fopen(S_path("cut.jsonl.gz"), "rb");
	char buf[256];
	size_t n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	CHECK_INT(pm_reader_open_buffer(&r, buf, n - 6, "cut.gz", NULL), 0);
	int rc;
	while ((rc = pm_reader_next(r, &in)) > 0)
		;
	CHECK(rc < 0);
	CHECK(strstr(pm_error_last(), "cut.gz: gzip data ends early") != NULL);
	pm_reader_free(r);
}

/* "-" reads standard input, sniffed and decompressed like a file. */
static void S_test_stdin(void)
{
	S_write_zst("in.zst", "{\"id\":\"p1\",\"text\":\"From a pipe.\"}\n");
	int saved = dup(0);
	int fd = open(S_path("in.zst"), O_RDONLY);
	dup2(fd, 0);
	close(fd);
	pm_reader *r;
	pm_input in;
	CHECK_INT(pm_reader_open(&r, "-", NULL), 0);
	CHECK_INT(pm_reader_next(r, &in), 1);
	CHECK_STR(in.id, "p1");
	CHECK_STR(in.origin, "<stdin>:1");
	CHECK_INT(pm_reader_next(r, &in), 0);
	pm_reader_free(r);
	dup2(saved, 0);
	close(saved);
}

/* Long lines and many of them across the reader's buffers. */
static void S_test_long_lines(void)
{
	size_t lines = 3000, size = 0;
	char *data = malloc(lines * 200 + 400000);
	for (size_t i = 0; i < lines; i++)
		size += (size_t)sprintf(data + size, "{\"id\":\"n%zu\",\"text\":\"%0*d\"}\n", i,
					(int)(i % 150) + 1, 0);
	size_t before = size;
	size += (size_t)sprintf(data + size, "{\"id\":\"long\",\"text\":\"");
	memset(data + size, 'w', 300000);
	size += 300000;
	size += (size_t)sprintf(data + size, "\"}\n");
	pm_reader *r;
	pm_input in;
	pm_reader_options o = PM_READER_OPTIONS_INIT;
	o.kind = "jsonl";
	CHECK_INT(pm_reader_open_buffer(&r, data, size, "many", &o), 0);
	size_t k = 0, bad = 0;
	int rc;
	while ((rc = pm_reader_next(r, &in)) > 0) {
		char want[32];
		snprintf(want, sizeof(want), "n%zu", k);
		if (k < lines && (strcmp(in.id, want) || in.len != k % 150 + 1))
			bad++;
		if (k == lines) {
			CHECK_STR(in.id, "long");
			CHECK_INT(in.len, 300000);
		}
		k++;
	}
	CHECK_INT(rc, 0);
	CHECK_INT(k, lines + 1);
	CHECK_INT(bad, 0);
	pm_reader_free(r);
	(void)before;
	free(data);
}

int main(void)
{
	snprintf(S_dir, sizeof(S_dir), "/tmp/pm_test_reader_XXXXXX");
	if (!mkdtemp(S_dir)) {
		perror("mkdtemp");
		return 1;
	}
	S_test_jsonl();
	S_test_kinds();
	S_test_errors();
	S_test_stdin();
	S_test_long_lines();
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", S_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	TEST_END();
}
