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
int pm_cmd_serve(int argc, char **argv);     /* cmd_serve.c (store and serve) */
#ifdef PM_WITH_STORE
/* A stored incident in a query format (cmd_control.c): a JSON line, a
 * fixed-column CSV/TSV row, or a GeoJSON Feature at its place. */
int pm_cli_incident_header(FILE *f, pm_format fmt);
int pm_cli_incident_write(FILE *f, pm_format fmt, const pm_incident *inc, int first);
int pm_cli_incident_footer(FILE *f, pm_format fmt);
/* The incidents f selects in a JSON format (jsonl, geojson, geojsonl),
 * header and footer included, each with its evidence (`--evidence`): held
 * until the listing ends, then each one's evidence read, as a store
 * answers one question at a time. 0, or a negative error. */
int pm_cli_incidents_with_evidence(pm_store *store, const pm_filter *f, FILE *out, pm_format fmt);
/* One CSV field, quoted when it must be, or a TSV field with its tabs and
 * line breaks made spaces (cmd_query.c); NULL writes nothing. */
void pm_cli_csv_field(FILE *f, const char *s, int tsv);
#endif

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

#if defined(__GNUC__)
#define PM_CLI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define PM_CLI_PRINTF(f, a)
#endif

/* -d DIR, when given, is a folder that can be read: 0, or -1 with the
 * reason in err. */
int pm_cli_dicts_check_dir(const pm_cli_dicts *d, char *err, size_t err_cap);

/* Fills files from the flags, or from a PETRARCH <Environment> (names
 * resolved in dir, which they may not leave), or the standard
 * PETRARCH/Phoenix names in dir. Paths are written into store (cap
 * bytes). Returns 0, or a negative number with the reason in err
 * (err_cap bytes): -1 when -d is not a folder or an <Environment> name
 * leaves it, -2 when the folder has no verbs or no actor file (which an
 * <Environment> may still name). Whether the files can be read is the
 * loader's to say. */
int pm_cli_dicts_resolve(const pm_cli_dicts *d, const char *env_verbs, const char *env_actors,
			 const char *env_agents, const char *env_discards, const char *env_issues,
			 pm_dict_files *files, char *store, size_t cap, const char **actor_ptrs,
			 int max_actors, char *err, size_t err_cap);

/* Exit statuses of `palmyra code` (and `dict`, `parse`): see S_usage in
 * cmd_code.c and README's "Exit status". */
enum {
	PM_EXIT_OK = 0,        /* every input coded */
	PM_EXIT_REJECTED = 1,  /* some records or documents rejected (named on stderr) */
	PM_EXIT_SETUP = 2,     /* usage or setup error: nothing was coded */
	PM_EXIT_FAILED = 3     /* the run failed part way: output not written, workers lost */
};

/* Flushes and closes stdout; on a failed write says so on stderr and
 * returns PM_EXIT_FAILED, else status. */
int pm_cli_close_stdout(int status);

/* getopt_long entries for every key pm_filter_parse takes (--from,
 * --country, ...), each returning val, after the n entries already in
 * opts (cap entries in all, the last left zero); the filter flags of
 * `query`, `incidents` and any command over a store come from one list.
 * Returns the number of entries. */
struct option;
int pm_cli_filter_options(struct option *opts, int n, int cap, int val);

#endif
