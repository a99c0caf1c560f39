/* cli.h - the commands behind `palmyra <name>` and what they share. */
#ifndef PM_CLI_H
#define PM_CLI_H

#include "palmyra.h"

int pm_cmd_code(int argc, char **argv);
int pm_cmd_codes(int argc, char **argv);
int pm_cmd_dict(int argc, char **argv);
int pm_cmd_parse(int argc, char **argv);
int pm_cmd_ingest(int argc, char **argv);   /* cmd_ingest.c (store) */
int pm_cmd_query(int argc, char **argv);    /* cmd_query.c (store) */
int pm_cmd_incidents(int argc, char **argv); /* cmd_control.c (store) */
int pm_cmd_control(int argc, char **argv);   /* cmd_control.c (store) */

/* Sets the process's allocator up for loading large tables (heap.c). */
void pm_cli_heap_setup(void);

/* Dictionary selection common to `code` and `dict`: -d DIR and the
 * per-kind flags. */
typedef struct pm_cli_dicts {
	const char *dir;
	const char *verbs, *agents, *discards, *issues;
	char *actors_buf;           /* --actors F,F (split in place) */
	const char *actors[16];
	int no_bundled_actors;      /* --no-bundled-actors: --actors replace the others */
	int explicit_files;
} pm_cli_dicts;

/* --actors F,F: added to the list (at most 15 files); free actors_buf. */
void pm_cli_dicts_add_actors(pm_cli_dicts *d, const char *list);

/* Fills files from the flags, or from a PETRARCH <Environment> (names
 * resolved in dir), or the standard PETRARCH/Phoenix names in dir. Paths
 * are written into store (cap bytes). */
void pm_cli_dicts_resolve(const pm_cli_dicts *d, const char *env_verbs, const char *env_actors,
			  const char *env_agents, const char *env_discards, const char *env_issues,
			  pm_dict_files *files, char *store, size_t cap, const char **actor_ptrs,
			  int max_actors);

#endif
