/* test_server.c - pm_server through the library: what it refuses to start
 * on (no store, a bad address, a port in use, bad options), and a store it
 * serves to eight threads at once, each asking over its own connection
 * (run under make tsan, the server's threads and its store pool). The
 * endpoints' answers are checked in full by test_serve.sh. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "palmyra.h"
#include "../test.h"

static char S_dir[256];

/* The whole answer to one GET over a new connection ("" when none). */
static char *S_get(int port, const char *path)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a;
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	size_t cap = 1 << 16, n = 0;
	char *buf = calloc(1, cap);
	if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0) {
		if (fd >= 0)
			close(fd);
		return buf;
	}
	char req[512];
	int len = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
			   path);
	if (write(fd, req, (size_t)len) == len) {
		ssize_t got;
		while (n + 1 < cap && (got = read(fd, buf + n, cap - n - 1)) > 0)
			n += (size_t)got;
	}
	close(fd);
	return buf;
}

static void S_make_store(const char *path)
{
	pm_store *s;
	pm_event_doc doc = {"doc-1", "Forces retake Palmyra", "2016-03-27", "Reuters", NULL, NULL, 0,
			    NULL};
	pm_location tadmur = {1, "Tadmur", 163808, "SYR", "Homs", 34.5624, 38.28402, "city", "Palmyra",
			      NULL, 0};
	pm_event ev[2];
	for (int i = 0; i < 2; i++) {
		memset(&ev[i], 0, sizeof(ev[i]));
		snprintf(ev[i].event_id, sizeof(ev[i].event_id), "%016x", 0xabc0 + i);
		ev[i].id = doc.id;
		ev[i].doc = &doc;
		ev[i].sentence = i;
		ev[i].text = i ? "Syrian forces recaptured Palmyra." : "Forces retake Palmyra";
		ev[i].headline = !i;
		ev[i].source.code = "SYRMIL";
		ev[i].target.code = "IMGMUSISI";
		ev[i].code = "190";
		memcpy(ev[i].root, "19", 3);
		ev[i].quad = 4;
		ev[i].date = "2016-03-27";
		ev[i].date_precision = "day";
		ev[i].modality = "asserted";
		ev[i].location = tadmur;
		for (int k = 0; k < PM_COUNT_KINDS; k++)
			ev[i].counts[k] = (pm_event_count){-1, -1, NULL, 0};
	}
	pm_store_doc sd = PM_STORE_DOC_INIT;
	sd.meta = doc;
	sd.content_hash = "0123456789abcdef";
	CHECK(pm_store_open(&s, path, NULL) == 0);
	CHECK(pm_store_put(s, &sd, ev, 2) == 0);
	pm_store_free(s);
}

typedef struct {
	int port, ok;
} S_client;

static void *S_client_run(void *arg)
{
	S_client *c = arg;
	c->ok = 1;
	for (int i = 0; i < 10; i++) {
		const char *path = i % 3 == 0 ? "/api/events?place=Palmyra"
			       : i % 3 == 1 ? "/api/places?q=pal" : "/api/incidents?country=SYR";
		char *answer = S_get(c->port, path);
		c->ok &= !strncmp(answer, "HTTP/1.1 200", 12) && strstr(answer, "\r\n\r\n{") != NULL;
		if (i % 3 != 2)
			c->ok &= strstr(answer, i % 3 ? "\"Tadmur\"" : "000000000000abc1") != NULL;
		free(answer);
	}
	return NULL;
}

int main(void)
{
	snprintf(S_dir, sizeof(S_dir), "/tmp/palmyra-test-server-XXXXXX");
	if (!mkdtemp(S_dir)) {
		perror("mkdtemp");
		return 1;
	}
	char db[512], missing[512];
	snprintf(db, sizeof(db), "%s/s.db", S_dir);
	snprintf(missing, sizeof(missing), "%s/none.db", S_dir);
	S_make_store(db);

	pm_server *srv = NULL, *other = NULL;
	pm_server_options o = PM_SERVER_OPTIONS_INIT;
	o.port = 0;
	o.threads = 2;
	o.db = missing;
	CHECK(pm_server_start(&srv, &o) < 0);
	CHECK(pm_error_last() && strstr(pm_error_last(), "none.db"));
	o.db = NULL;
	CHECK(pm_server_start(&srv, &o) == PM_EINVALID);
	o.db = db;
	o.bind = "localhost";                /* not numeric */
	CHECK(pm_server_start(&srv, &o) == PM_EINVALID);
	o.bind = "10.255.255.1";             /* not this machine's */
	CHECK(pm_server_start(&srv, &o) < 0);
	o.bind = NULL;
	o.threads = -1;
	CHECK(pm_server_start(&srv, &o) == PM_EINVALID);
	o.threads = 4;
	pm_server_options old = o;
	old.version = 99;
	CHECK(pm_server_start(&srv, &old) == PM_EINVALID);

	CHECK(pm_server_start(&srv, &o) == 0);
	int port = srv ? pm_server_port(srv) : 0;
	CHECK(port > 0);
	o.port = port;
	CHECK(pm_server_start(&other, &o) < 0);      /* the port is taken */
	CHECK(pm_error_last() && strstr(pm_error_last(), "cannot listen"));

	S_client clients[8];
	pthread_t threads[8];
	for (int i = 0; i < 8; i++) {
		clients[i].port = port;
		pthread_create(&threads[i], NULL, S_client_run, &clients[i]);
	}
	int all = 1;
	for (int i = 0; i < 8; i++) {
		pthread_join(threads[i], NULL);
		all &= clients[i].ok;
	}
	CHECK(all);
	char *answer = S_get(port, "/api/control/Nowhere");
	CHECK(!strncmp(answer, "HTTP/1.1 404", 12) && strstr(answer, "{\"error\":"));
	free(answer);
	pm_server_free(srv);
	answer = S_get(port, "/api/events");
	CHECK(answer[0] == '\0');                    /* stopped: nobody listens */
	free(answer);
	pm_server_free(NULL);

	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", S_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", S_dir);
	TEST_END();
}
