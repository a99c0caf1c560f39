/* input.h - the CLI's input dispatch: files, directories and stdin, in the
 * three input kinds, each cut into pm_input units for the coder. */
#ifndef PM_CLI_INPUT_H
#define PM_CLI_INPUT_H

#include "palmyra.h"

typedef struct pm_input_env {
	const char *verbs, *actors, *agents, *discards, *issues;
} pm_input_env;

typedef struct pm_input_handlers {
	int (*on_env)(void *ctx, const pm_input_env *env);
	int (*on_config)(void *ctx, const char *option, const char *value);
	int (*on_input)(void *ctx, const pm_input *in);
	void *ctx;
} pm_input_handlers;

/* Reads path (NULL = stdin; a directory = its files in name order) as kind
 * ("text", "jsonl", "xml"; NULL = from the name, else sniffed). Returns 0,
 * or -1 when the path cannot be read (message on stderr). Bad records are
 * reported and skipped, not fatal. */
int pm_input_read_path(const char *path, const char *kind, const pm_input_handlers *h);

#endif
