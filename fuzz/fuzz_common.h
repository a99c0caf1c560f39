/* fuzz_common.h - what the libFuzzer targets share: one coder per target,
 * built once from the bundled data (run from the repository root), a
 * check that every event line written is valid JSON, and the fuzzer's
 * bytes as a file for the loaders that take a path. */
#ifndef PM_FUZZ_COMMON_H
#define PM_FUZZ_COMMON_H

#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "palmyra.h"

/* Not every target uses every helper. */
#define S_HELPER __attribute__((unused)) static

S_HELPER void S_quiet(void *ctx, const char *message)
{
	(void)ctx;
	(void)message;
}

S_HELPER pm_coder *S_coder(int parse_mode)
{
	pm_coder_options o = PM_CODER_OPTIONS_INIT;
	o.parse_mode = parse_mode;
	o.keep_negated = 1;
	o.warn = S_quiet;
	pm_coder *c = NULL;
	if (pm_coder_new(&c, &o) < 0) {
		fprintf(stderr, "fuzz: no coder (run from the repository root after `make data`): %s\n",
			pm_error_last());
		exit(1);
	}
	return c;
}

/* Writes the event as a JSON line and aborts unless jansson reads it back
 * as an object: a crash-free run is not enough, the output must parse. */
S_HELPER int S_check_event(void *ctx, const pm_event *ev)
{
	(void)ctx;
	char *line = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&line, &len);
	if (!f)
		return 1;
	pm_event_write(f, PM_FORMAT_JSONL, ev, 1);
	fclose(f);
	json_error_t err;
	json_t *j = json_loadb(line, len, 0, &err);
	if (!json_is_object(j)) {
		fprintf(stderr, "fuzz: event line is not a JSON object (%s): %s\n", err.text, line);
		abort();
	}
	json_decref(j);
	free(line);
	return 0;
}

static char S_file_path[128];

S_HELPER void S_file_remove(void)
{
	unlink(S_file_path);
}

/* The input as a file (loaders read paths): one per process, in /dev/shm
 * when there is one, rewritten for each input and removed at exit. */
S_HELPER const char *S_as_file(const unsigned char *data, size_t size)
{
	static int fd = -1;
	if (fd < 0) {
		const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
		snprintf(S_file_path, sizeof(S_file_path), "%s/palmyra-fuzz-%ld", dir, (long)getpid());
		fd = open(S_file_path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (fd < 0) {
			perror(S_file_path);
			exit(1);
		}
		atexit(S_file_remove);
	}
	if (ftruncate(fd, 0) != 0 || (size && pwrite(fd, data, size, 0) != (ssize_t)size)) {
		perror(S_file_path);
		exit(1);
	}
	return S_file_path;
}

/* Aborts with a message: an invariant the target checks does not hold. */
S_HELPER void S_broken(const char *what)
{
	fprintf(stderr, "fuzz: %s\n", what);
	abort();
}

#endif
