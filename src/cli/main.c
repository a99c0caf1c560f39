/* main.c - the `palmyra` command: a dispatch table over cmd_<name>.c. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "palmyra.h"

#ifdef PM_WITH_STORE
#include <sqlite3.h>
#endif

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} S_commands[] = {
	{"code", pm_cmd_code, "code documents into events (JSON lines, TSV, CSV, GeoJSON)"},
	{"codes", pm_cmd_codes, "what event and actor codes mean (labels, PLOVER types)"},
	{"dict", pm_cmd_dict, "load, report on and lint a dictionary set"},
	{"parse", pm_cmd_parse, "print each sentence's tags and tree (what the coder sees)"},
#ifdef PM_WITH_STORE
	{"ingest", pm_cmd_ingest, "code documents (or read coded events) into a store"},
	{"query", pm_cmd_query, "events or counts from a store, filtered (dates, places, actors, text)"},
	{"incidents", pm_cmd_incidents, "the incidents a store's events report (one happening, many reports)"},
	{"control", pm_cmd_control, "who held each place when, from a store's control statements"},
#endif
#if defined(PM_WITH_STORE) && defined(PM_WITH_SERVE)
	{"serve", pm_cmd_serve, "serve a store over HTTP: the JSON API and the map page"},
#endif
};

static void S_usage(FILE *f)
{
	fprintf(f, "usage: palmyra <command> [options]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(S_commands) / sizeof(S_commands[0]); i++)
		fprintf(f, "  %-9s %s\n", S_commands[i].name, S_commands[i].summary);
	fprintf(f, "\n'palmyra <command> --help' describes a command's options.\n");
}

/* What a command printed with stdio reaches stdout here, at the latest:
 * a write that fails (a full disk, /dev/full, a closed stdout) is said
 * and makes the exit status PM_EXIT_FAILED. */
int pm_cli_close_stdout(int status)
{
	errno = 0;
	int bad = fflush(stdout) != 0 || ferror(stdout);
	int err = errno;
	/* EBADF from the close alone: stdout was closed and nothing was left
	 * to write to it, so nothing is lost (a command that wrote there has
	 * already said so). */
	if (fclose(stdout) != 0 && !bad && errno != EBADF) {
		bad = 1;
		err = errno;
	}
	if (!bad)
		return status;
	fprintf(stderr, "palmyra: cannot write the output (stdout): %s\n", err ? strerror(err) : "write error");
	return PM_EXIT_FAILED;
}

int main(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		S_usage(argc < 2 ? stderr : stdout);
		return pm_cli_close_stdout(argc < 2 ? PM_EXIT_SETUP : PM_EXIT_OK);
	}
	if (!strcmp(argv[1], "--version")) {
		printf("palmyra %s\n", PM_VERSION);
		return pm_cli_close_stdout(PM_EXIT_OK);
	}
	pm_cli_heap_setup();
#ifdef PM_WITH_STORE
	/* SQLite counts every allocation under a process-wide lock, for
	 * limits the program never sets: 2-3% of storing an event. A setting
	 * for the whole process, made before SQLite starts, so the program's
	 * and not the library's. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
#endif
	for (size_t i = 0; i < sizeof(S_commands) / sizeof(S_commands[0]); i++)
		if (!strcmp(argv[1], S_commands[i].name))
			return pm_cli_close_stdout(S_commands[i].run(argc - 1, argv + 1));
	fprintf(stderr, "palmyra: unknown command '%s'\n", argv[1]);
	S_usage(stderr);
	return PM_EXIT_SETUP;
}
