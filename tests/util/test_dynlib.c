/* test_dynlib.c - libraries loaded when first needed: a table filled by
 * name, and a one-line error naming the library when it or a function
 * is missing; a SQLite store is written and queried without libpq or
 * libmicrohttpd in the process (its /proc/self/maps), a PostgreSQL store
 * loads libpq, and PALMYRA_LIBPQ / PALMYRA_LIBMICROHTTPD naming a file
 * that is not there give the error instead of a start. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "palmyra.h"
#include "util/dynlib.h"
#include "../test.h"

static char S_dir[256];

/* Whether a file whose name holds name is mapped into this process. */
static int S_mapped(const char *name)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[4096];
	int found = 0;
	while (f && !found && fgets(line, sizeof(line), f))
		found = strstr(line, name) != NULL;
	if (f)
		fclose(f);
	return found;
}

static int S_one_line(const char *msg)
{
	return msg && *msg && !strchr(msg, '\n');
}

#define S_Z_FUNCS(X) X(zlibVersion) X(crc32)
typedef struct {
	S_Z_FUNCS(PM_DYNLIB_MEMBER)
} S_z;
#define S_Z_SYM(f) PM_DYNLIB_SYM(S_z, f)

/* zlib, which every build links: the table calls the same functions. */
static void S_table(void)
{
	static const pm_dynlib_sym syms[] = {S_Z_FUNCS(S_Z_SYM)};
	S_z z;
	memset(&z, 0, sizeof(z));
	void *h = NULL;
	CHECK_INT(pm_dynlib_open(&h, "libz.so.1", NULL, "a test", &z, syms, 2), 0);
	CHECK(h != NULL);
	if (h) {
		CHECK_STR(z.zlibVersion(), zlibVersion());
		CHECK_INT(z.crc32(0, (const unsigned char *)"palmyra", 7),
			  crc32(0, (const unsigned char *)"palmyra", 7));
	}
	pm_dynlib_close(h);

	static const pm_dynlib_sym bad[] = {{"zlibVersion", offsetof(S_z, zlibVersion)},
					    {"pm_no_such_function", offsetof(S_z, crc32)}};
	CHECK_INT(pm_dynlib_open(&h, "libz.so.1", NULL, "a test", &z, bad, 2), PM_ENOTFOUND);
	CHECK(h == NULL);
	CHECK(S_one_line(pm_error_last()) && strstr(pm_error_last(), "libz.so.1") &&
	      strstr(pm_error_last(), "pm_no_such_function"));

	setenv("PM_TEST_LIB", "/nonexistent/libz.so.1", 1);
	CHECK_INT(pm_dynlib_open(&h, "libz.so.1", "PM_TEST_LIB", "a test", &z, syms, 2),
		  PM_ENOTFOUND);
	CHECK_STR(pm_error_last(), "a test needs /nonexistent/libz.so.1, which cannot be loaded: "
		  "cannot open shared object file: No such file or directory");
	unsetenv("PM_TEST_LIB");
}

#ifdef PM_WITH_STORE
static int S_count(void *ctx, const pm_event *ev)
{
	++*(int *)ctx;
	return 0;
}

/* A store of one event, written and read back. */
static void S_sqlite(const char *path)
{
	pm_event_doc doc = {"doc-1", "Forces retake Palmyra", "2016-03-27", "Reuters", NULL, NULL, 0,
			    NULL};
	pm_event ev;
	memset(&ev, 0, sizeof(ev));
	snprintf(ev.event_id, sizeof(ev.event_id), "%016x", 0xabc0);
	ev.id = doc.id;
	ev.doc = &doc;
	ev.text = "Forces retake Palmyra";
	ev.source.code = "SYRMIL";
	ev.code = "190";
	memcpy(ev.root, "19", 3);
	ev.quad = 4;
	ev.date = "2016-03-27";
	ev.date_precision = "day";
	ev.modality = "asserted";
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		ev.counts[k] = (pm_event_count){-1, -1, NULL, 0};
	pm_store_doc sd = PM_STORE_DOC_INIT;
	sd.meta = doc;
	sd.content_hash = "0123456789abcdef";
	pm_store *s = NULL;
	CHECK(pm_store_open(&s, path, NULL) == 0);
	CHECK(s && pm_store_put(s, &sd, &ev, 1) == 0);
	pm_store_free(s);
	pm_store_options ro = PM_STORE_OPTIONS_INIT;
	ro.readonly = 1;
	s = NULL;
	int n = 0;
	CHECK(pm_store_open(&s, path, &ro) == 0);
	CHECK(s && pm_store_query(s, NULL, S_count, &n) == 0);
	CHECK_INT(n, 1);
	pm_store_free(s);
}
#endif

int main(void)
{
	snprintf(S_dir, sizeof(S_dir), "/tmp/palmyra-test-dynlib-XXXXXX");
	if (!mkdtemp(S_dir)) {
		perror("mkdtemp");
		return 1;
	}
	S_table();
#ifdef PM_WITH_STORE
	char db[512];
	snprintf(db, sizeof(db), "%s/s.db", S_dir);
	S_sqlite(db);
	CHECK(!S_mapped("libpq"));
	CHECK(!S_mapped("libmicrohttpd"));
#endif
#ifdef PM_WITH_SERVE
	pm_server *srv = NULL;
	pm_server_options o = PM_SERVER_OPTIONS_INIT;
	o.port = 0;
	o.threads = 2;
	o.db = db;
	setenv("PALMYRA_LIBMICROHTTPD", "/nonexistent/libmicrohttpd.so", 1);
	CHECK_INT(pm_server_start(&srv, &o), PM_ENOTFOUND);
	CHECK_STR(pm_error_last(), "palmyra serve needs /nonexistent/libmicrohttpd.so, which cannot "
		  "be loaded: cannot open shared object file: No such file or directory");
	unsetenv("PALMYRA_LIBMICROHTTPD");
	CHECK(!S_mapped("libmicrohttpd"));
	CHECK_INT(pm_server_start(&srv, &o), 0);
	CHECK(S_mapped("libmicrohttpd"));
	CHECK(!S_mapped("libpq"));
	pm_server_free(srv);
#endif
#ifdef PM_WITH_PG
	pm_store *pg = NULL;
	pm_store_options ro = PM_STORE_OPTIONS_INIT;
	ro.readonly = 1;
	char loc[600];
	/* no server there: libpq is loaded, then the connection fails */
	snprintf(loc, sizeof(loc), "postgresql:host=%s port=1 connect_timeout=2", S_dir);
	setenv("PALMYRA_LIBPQ", "/nonexistent/libpq.so.5", 1);
	CHECK_INT(pm_store_open(&pg, loc, &ro), PM_ENOTFOUND);
	CHECK_STR(pm_error_last(), "a PostgreSQL store needs /nonexistent/libpq.so.5, which cannot "
		  "be loaded: cannot open shared object file: No such file or directory");
	CHECK(!S_mapped("libpq"));
	unsetenv("PALMYRA_LIBPQ");
	CHECK(pm_store_open(&pg, loc, &ro) < 0);
	CHECK(S_one_line(pm_error_last()) && strstr(pm_error_last(), "cannot connect"));
	CHECK(S_mapped("libpq"));
#endif
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", S_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	TEST_END();
}
