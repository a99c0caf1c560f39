/* cmd_serve.c - `palmyra serve`: the store over HTTP, and the page.
 *
 * The library's pm_server does the serving; this finds the page's files
 * (beside the binary when none are named), gives the control timeline
 * its labels (the bundled dictionaries, read on the first control request:
 * nothing else of the coder is needed), and runs until SIGINT or SIGTERM. */
#if defined(PM_WITH_STORE) && defined(PM_WITH_SERVE)
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

static const char S_usage[] =
	"usage: palmyra serve [--db PATH] [--bind ADDR] [--port N] [--assets DIR] [--threads N]\n"
	"  Serves a store (palmyra ingest) read-only over HTTP: the JSON API of docs/api.md\n"
	"  under /api/ and the page at /. Runs until interrupted (Ctrl-C, SIGTERM).\n"
	"      --db PATH        the store (default: $PALMYRA_DB, else ./palmyra.db)\n"
	"      --bind ADDR      a numeric address to listen on (default 127.0.0.1: this\n"
	"                       machine only; 0.0.0.0 opens it to the network)\n"
	"      --port N         default 8080; 0 picks a free port (the first line says which)\n"
	"      --assets DIR     the page's files (default: web/ beside the program's folder\n"
	"                       and the build's web/, or the installed share/palmyra/web)\n"
	"      --threads N      request threads, each with its own store connection (default 4)\n"
	"      --timeout MS     the most one request's queries may take (default 10000)\n"
	"  -v, --verbose        a line on stderr for each request\n";

/* The holder labels of /api/control: a coder over the bundled dictionaries
 * only, made when first asked. The server calls this from one thread at a
 * time. */
typedef struct {
	pm_coder *coder;
	int tried;
} S_labels;

static pm_coder *S_coder(S_labels *l)
{
	if (!l->tried) {
		pm_coder_options co = PM_CODER_OPTIONS_INIT;
		co.enrich = 0;
		l->tried = 1;
		if (pm_coder_new(&l->coder, &co) < 0) {
			fprintf(stderr, "palmyra serve: control segments go without labels: %s\n",
				pm_error_last());
			l->coder = NULL;
		}
	}
	return l->coder;
}

static int S_label(void *ctx, const char *code, char *buf, size_t cap)
{
	pm_coder *c = S_coder(ctx);
	return c ? pm_coder_actor_label(c, code, buf, cap) : -1;
}

/* A side that became its state, from the same dictionaries. */
static int S_became(void *ctx, const char *side, char *buf, size_t cap, int *day)
{
	pm_coder *c = S_coder(ctx);
	return c ? pm_coder_side_became(c, side, buf, cap, day) : 0;
}

/* Whose branch a country's rebels count, from the same dictionaries. */
static int S_affiliated(void *ctx, const char *side, const char *of)
{
	pm_coder *c = S_coder(ctx);
	return c ? pm_coder_side_affiliated(c, side, of) : 0;
}

static int S_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The page's folders when none is named: from the build tree, the
 * repository's web/ (the page) and the build's web/ (what make adds, such
 * as vendor/); installed, share/palmyra/web. */
static int S_default_assets(char dirs[3][PATH_MAX], const char **out)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int k = 0;
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return 0;
	*slash = '\0';
	static const char *const beside[] = {"../web", "web", "../share/palmyra/web"};
	for (int i = 0; i < 3; i++) {
		char probe[PATH_MAX + 32];
		snprintf(probe, sizeof(probe), "%s/%s", exe, beside[i]);
		if (S_is_dir(probe) && realpath(probe, dirs[k]))
			out[k] = dirs[k], k++;
	}
	return k;
}

static int S_number(const char *flag, const char *v, long lo, long hi, int *out)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (!*v || *end || n < lo || n > hi) {
		fprintf(stderr, "palmyra serve: %s takes a number from %ld to %ld, not '%s'\n", flag, lo,
			hi, v);
		return -1;
	}
	*out = (int)n;
	return 0;
}

int pm_cmd_serve(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"db", required_argument, 0, 'D'},     {"bind", required_argument, 0, 'b'},
		{"port", required_argument, 0, 'p'},   {"assets", required_argument, 0, 'a'},
		{"threads", required_argument, 0, 't'}, {"timeout", required_argument, 0, 'T'},
		{"verbose", no_argument, 0, 'v'},      {"help", no_argument, 0, 'h'},
		{0, 0, 0, 0}};
	pm_server_options so = PM_SERVER_OPTIONS_INIT;
	const char *assets[4] = {NULL, NULL, NULL, NULL};
	char dirs[3][PATH_MAX];
	int c;
	while ((c = getopt_long(argc, argv, "vh", longopts, NULL)) != -1) {
		switch (c) {
		case 'D': so.db = optarg; break;
		case 'b': so.bind = optarg; break;
		case 'a': assets[0] = optarg; break;
		case 'p': if (S_number("--port", optarg, 0, 65535, &so.port) < 0) return 2; break;
		case 't': if (S_number("--threads", optarg, 1, 256, &so.threads) < 0) return 2; break;
		case 'T': if (S_number("--timeout", optarg, 1, 3600000, &so.timeout_ms) < 0) return 2; break;
		case 'v': so.log_requests = 1; break;
		case 'h': fputs(S_usage, stdout); return 0;
		default: fputs(S_usage, stderr); return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "palmyra serve: unexpected argument '%s'\n", argv[optind]);
		return 2;
	}
	if (assets[0] && !S_is_dir(assets[0])) {
		fprintf(stderr, "palmyra serve: --assets %s: not a folder\n", assets[0]);
		return 2;
	}
	int n_assets = assets[0] ? 1 : S_default_assets(dirs, assets);
	if (!so.db)
		so.db = getenv("PALMYRA_DB") && *getenv("PALMYRA_DB") ? getenv("PALMYRA_DB") : "palmyra.db";
	so.assets = assets;
	S_labels labels = {NULL, 0};
	so.label = S_label;
	so.label_ctx = &labels;
	so.became = S_became;
	so.became_ctx = &labels;
	so.affiliated = S_affiliated;
	so.affiliated_ctx = &labels;

	/* the server's threads inherit this mask: the signals wait for sigwait */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);
	pm_server *srv;
	if (pm_server_start(&srv, &so) < 0) {
		fprintf(stderr, "palmyra serve: %s\n", pm_error_last());
		return 1;
	}
	const char *host = so.bind ? so.bind : "127.0.0.1";
	int v6 = strchr(host, ':') != NULL;
	fprintf(stderr, "palmyra serve: http://%s%s%s:%d/ (store %s, %d threads", v6 ? "[" : "", host,
		v6 ? "]" : "", pm_server_port(srv), so.db, so.threads ? so.threads : 4);
	for (int i = 0; i < n_assets; i++)
		fprintf(stderr, "%s%s", i ? ", " : "; page from ", assets[i]);
	fputs(n_assets ? ")\n" : "; no page files: --assets DIR)\n", stderr);
	int sig;
	sigwait(&stop, &sig);
	fprintf(stderr, "palmyra serve: stopping (signal %d)\n", sig);
	pm_server_free(srv);
	pm_coder_free(labels.coder);
	return 0;
}
#endif
