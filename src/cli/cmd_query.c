/* cmd_query.c - `palmyra query`: events, or counts of them, from a store.
 *
 * Events are written by the library's own writers, so a stored event comes
 * out exactly as `palmyra code` wrote it. Filters are handed to
 * pm_filter_parse as the key and value typed, so the CLI and the HTTP API
 * accept and refuse the same things. */
#ifdef PM_WITH_STORE
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

static const char S_usage[] =
	"usage: palmyra query [--db PATH] [filters] [-f FORMAT] [--limit N] [--count-by KEYS]\n"
	"  Events from a store (palmyra ingest), as palmyra code writes them, oldest stored\n"
	"  first; or, with --count-by, how many there are and the sums of their counts.\n"
	"      --db PATH          the store (default: $PALMYRA_DB, else ./palmyra.db)\n"
	"  -f, --format FMT       jsonl (default), csv, tsv, table, geojson, geojsonl\n"
	"  -o, --output FILE      write to FILE instead of stdout\n"
	"      --limit N          the first N events only\n"
	"      --count-by KEYS    count by one to four of day, week, month, year, country,\n"
	"                         admin1, place, root, code, source, target, outlet\n"
	"                         (headline events left out; jsonl, csv, tsv or table)\n"
	"  filters (all must match):\n"
	"      --from DATE --to DATE   the event's date lies in [from, to] (YYYY-MM-DD, YYYY-MM, YYYY)\n"
	"      --country ISO3     --admin1 NAME     --place NAME|GEONAMEID\n"
	"      --near LAT,LON,KM  within KM of a point\n"
	"      --bbox W,S,E,N     in a box (W > E crosses the antimeridian)\n"
	"      --actor CODE       actor code prefix, either side; --source CODE, --target CODE\n"
	"      --code CODE        CAMEO code prefix; --root NN; --quad 1-4\n"
	"      --modality M       asserted, negated, future, conditional, claimed\n"
	"      --outlet NAME      --doc ID\n"
	"      --text WORDS       words that all occur in the event's sentence\n"
	"      --min-outlets N    events of incidents told by N outlets or more\n"
	"  --incidents            incidents instead of events (one JSON line each; csv, tsv,\n"
	"                         geojson, geojsonl): dates and places filter the incident's\n"
	"                         best ones, actors and codes its codes, --outlet, --doc,\n"
	"                         --text and --modality any of its reports; with --count-by,\n"
	"                         incidents counted and their reconciled tolls summed\n"
	"  --evidence             with --incidents (JSON formats): each incident's evidence, the\n"
	"                         sentences of its reports' documents with no event that tell it\n";

typedef enum { S_TABLE = 100 } S_extra_format;

typedef struct {
	FILE *out;
	int format;          /* a pm_format, or S_TABLE */
	long written;
	int failed;
	const pm_count_by *by;
	/* table rows of a count, kept to size the columns */
	char **cells;
	int n_cells, cap_cells;
} S_run;

/* ---- events ----------------------------------------------------------------------------- */

/* At most max bytes of s, cut before a UTF-8 character's continuation. */
static int S_cut(const char *s, int max)
{
	int n = (int)strlen(s);
	if (n <= max)
		return n;
	while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	return max;
}

static void S_table_cell(FILE *f, const char *s, int width)
{
	s = s ? s : "";
	int n = S_cut(s, width);
	fprintf(f, "%-*.*s  ", width, n, s);
}

static int S_write_table_event(S_run *r, const pm_event *ev)
{
	char killed[24] = "";
	if (ev->counts[PM_COUNT_KILLED].value >= 0)
		snprintf(killed, sizeof(killed), "%ld", ev->counts[PM_COUNT_KILLED].value);
	if (r->written == 0)
		fprintf(r->out, "%-10s  %-12s  %-4s  %-12s  %-18s  %6s  %s\n", "date", "source", "code",
			"target", "place", "killed", "text");
	S_table_cell(r->out, ev->date, 10);
	S_table_cell(r->out, ev->source.code, 12);
	S_table_cell(r->out, ev->code, 4);
	S_table_cell(r->out, ev->target.code, 12);
	S_table_cell(r->out, ev->location.found ? ev->location.name : NULL, 18);
	fprintf(r->out, "%6s  ", killed);
	const char *text = ev->text ? ev->text : "";
	int n = S_cut(text, 80);
	fprintf(r->out, "%.*s%s\n", n, text, text[n] ? "..." : "");
	return 0;
}

static int S_on_incident(void *ctx, const pm_incident *inc)
{
	S_run *r = ctx;
	int rc = pm_cli_incident_write(r->out, (pm_format)r->format, inc, r->written == 0);
	r->written++;
	if (rc < 0 || ferror(r->out)) {
		r->failed = 1;
		return 1;
	}
	return 0;
}

static int S_on_event(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	int rc = r->format == S_TABLE ? S_write_table_event(r, ev)
				      : pm_event_write(r->out, (pm_format)r->format, ev, r->written == 0);
	r->written++;
	if (rc < 0 || ferror(r->out)) {
		r->failed = 1;
		return 1;
	}
	return 0;
}

/* ---- counts ------------------------------------------------------------------------------ */

static void S_json_str(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

void pm_cli_csv_field(FILE *f, const char *s, int tsv)
{
	if (!s)
		return;
	if (tsv) {
		for (; *s; s++)
			fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
		return;
	}
	if (!strpbrk(s, ",\"\n\r")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

/* The columns of a count: the keys, "events", then a sum per count kind. */
static int S_count_columns(const pm_count_by *by, const char **names)
{
	int n = 0;
	for (int i = 0; i < by->n; i++)
		names[n++] = pm_count_by_name(by->keys[i]);
	names[n++] = "events";
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		names[n++] = pm_count_kind_name(k);
	return n;
}

static char *S_cell(S_run *r, const char *s)
{
	char *copy = strdup(s ? s : "");
	char **slot;
	if (r->n_cells == r->cap_cells) {
		int cap = r->cap_cells ? r->cap_cells * 2 : 256;
		char **cells = realloc(r->cells, (size_t)cap * sizeof(char *));
		if (!cells) {
			free(copy);
			return NULL;
		}
		r->cells = cells;
		r->cap_cells = cap;
	}
	slot = &r->cells[r->n_cells++];
	*slot = copy;
	return copy;
}

static int S_on_count(void *ctx, const pm_count_row *row)
{
	S_run *r = ctx;
	const char *names[PM_COUNT_BY_MAX + 1 + PM_COUNT_KINDS];
	S_count_columns(r->by, names);
	char nums[1 + PM_COUNT_KINDS][24];
	snprintf(nums[0], sizeof(nums[0]), "%ld", row->events);
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		snprintf(nums[k + 1], sizeof(nums[0]), "%ld", row->sums[k]);
	if (r->format == S_TABLE) {
		for (int i = 0; i < row->n_keys; i++)
			S_cell(r, row->keys[i]);
		for (int k = 0; k <= PM_COUNT_KINDS; k++)
			S_cell(r, nums[k]);
	} else if (r->format == PM_FORMAT_JSONL) {
		fputc('{', r->out);
		for (int i = 0; i < row->n_keys; i++) {
			fprintf(r->out, "\"%s\":", names[i]);
			S_json_str(r->out, row->keys[i]);
			fputc(',', r->out);
		}
		for (int k = 0; k <= PM_COUNT_KINDS; k++)
			fprintf(r->out, "%s\"%s\":%s", k ? "," : "", names[row->n_keys + k], nums[k]);
		fputs("}\n", r->out);
	} else {
		const char *sep = r->format == PM_FORMAT_TSV ? "\t" : ",";
		for (int i = 0; i < row->n_keys; i++) {
			pm_cli_csv_field(r->out, row->keys[i], r->format == PM_FORMAT_TSV);
			fputs(sep, r->out);
		}
		for (int k = 0; k <= PM_COUNT_KINDS; k++)
			fprintf(r->out, "%s%s", k ? sep : "", nums[k]);
		fputc('\n', r->out);
	}
	r->written++;
	return ferror(r->out) ? (r->failed = 1) : 0;
}

static void S_count_header(S_run *r)
{
	const char *names[PM_COUNT_BY_MAX + 1 + PM_COUNT_KINDS];
	int n = S_count_columns(r->by, names);
	if (r->format == S_TABLE) {
		for (int i = 0; i < n; i++)
			S_cell(r, names[i]);
	} else if (r->format == PM_FORMAT_CSV || r->format == PM_FORMAT_TSV) {
		for (int i = 0; i < n; i++)
			fprintf(r->out, "%s%s", i ? (r->format == PM_FORMAT_TSV ? "\t" : ",") : "", names[i]);
		fputc('\n', r->out);
	}
}

/* The kept cells in aligned columns: keys left, numbers right. */
static void S_count_table(S_run *r)
{
	int n_cols = r->by->n + 1 + PM_COUNT_KINDS;
	int width[PM_COUNT_BY_MAX + 1 + PM_COUNT_KINDS] = {0};
	for (int i = 0; i < r->n_cells; i++) {
		int len = (int)strlen(r->cells[i]);
		if (len > width[i % n_cols])
			width[i % n_cols] = len;
	}
	for (int i = 0; i < r->n_cells; i++) {
		int col = i % n_cols;
		if (col < r->by->n)
			fprintf(r->out, "%-*s", width[col], r->cells[i]);
		else
			fprintf(r->out, "%*s", width[col], r->cells[i]);
		fputs(col + 1 == n_cols ? "\n" : "  ", r->out);
		free(r->cells[i]);
	}
	free(r->cells);
	r->cells = NULL;
	r->n_cells = 0;
}

/* ---- the command -------------------------------------------------------------------------- */

int pm_cmd_query(int argc, char **argv)
{
	enum { O_DB = 1000, O_COUNT_BY, O_FILTER, O_INCIDENTS, O_EVIDENCE };
	struct option longopts[64] = {
		{"db", required_argument, 0, O_DB},          {"format", required_argument, 0, 'f'},
		{"output", required_argument, 0, 'o'},       {"count-by", required_argument, 0, O_COUNT_BY},
		{"help", no_argument, 0, 'h'},               {"incidents", no_argument, 0, O_INCIDENTS},
		{"evidence", no_argument, 0, O_EVIDENCE}};
	pm_cli_filter_options(longopts, 7, 64, O_FILTER);
	int incidents = 0, evidence = 0;
	pm_filter filter = PM_FILTER_INIT;
	pm_count_by by = PM_COUNT_BY_INIT;
	const char *db = NULL, *output = NULL, *format = "jsonl";
	int counting = 0, c, index;
	while ((c = getopt_long(argc, argv, "f:o:h", longopts, &index)) != -1) {
		switch (c) {
		case O_DB: db = optarg; break;
		case 'f': format = optarg; break;
		case 'o': output = optarg; break;
		case O_COUNT_BY:
			if (pm_count_by_parse(&by, optarg) < 0) {
				fprintf(stderr, "palmyra query: --count-by %s: %s\n", optarg, pm_error_last());
				return 2;
			}
			counting = 1;
			break;
		case O_FILTER:
			if (pm_filter_parse(&filter, longopts[index].name, optarg) < 0) {
				fprintf(stderr, "palmyra query: --%s %s: %s\n", longopts[index].name, optarg,
					pm_error_last());
				return 2;
			}
			break;
		case O_INCIDENTS: incidents = 1; break;
		case O_EVIDENCE: evidence = 1; break;
		case 'h': fputs(S_usage, stdout); return 0;
		default: fputs(S_usage, stderr); return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "palmyra query: unexpected argument '%s' (filters are flags: --help)\n",
			argv[optind]);
		return 2;
	}
	S_run r;
	memset(&r, 0, sizeof(r));
	r.by = &by;
	pm_format fmt;
	if (!strcmp(format, "table")) {
		r.format = S_TABLE;
	} else if (pm_format_from_name(!strcmp(format, "json") ? "jsonl" : format, &fmt) == 0) {
		r.format = fmt;
	} else {
		fprintf(stderr, "palmyra query: unknown format '%s' (jsonl, csv, tsv, table, geojson, "
			"geojsonl)\n", format);
		return 2;
	}
	if (counting && (r.format == PM_FORMAT_GEOJSON || r.format == PM_FORMAT_GEOJSONL)) {
		fprintf(stderr, "palmyra query: counts have no places to map: use jsonl, csv, tsv or "
			"table with --count-by\n");
		return 2;
	}
	if (evidence && (!incidents || counting || r.format == PM_FORMAT_CSV ||
			 r.format == PM_FORMAT_TSV || r.format == S_TABLE)) {
		fprintf(stderr, "palmyra query: --evidence lists incidents in jsonl, geojson or "
			"geojsonl (with --incidents, without --count-by)\n");
		return 2;
	}
	if (incidents && !counting && r.format == S_TABLE) {
		fprintf(stderr, "palmyra query: incidents come as jsonl, csv, tsv, geojson or geojsonl\n");
		return 2;
	}
	for (int i = 0; incidents && i < by.n; i++)
		if (by.keys[i] == PM_COUNT_BY_OUTLET) {
			fprintf(stderr, "palmyra query: incidents are not counted by outlet (an incident "
				"has several): count events by outlet instead\n");
			return 2;
		}
	if (counting && filter.limit) {
		fprintf(stderr, "palmyra query: --limit applies to events, not to --count-by\n");
		return 2;
	}
	if (!db)
		db = getenv("PALMYRA_DB") && *getenv("PALMYRA_DB") ? getenv("PALMYRA_DB") : "palmyra.db";
	pm_store *store;
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.readonly = 1;
	if (pm_store_open(&store, db, &so) < 0) {
		fprintf(stderr, "palmyra query: %s\n", pm_error_last());
		return 1;
	}
	r.out = stdout;
	if (output && !(r.out = fopen(output, "w"))) {
		fprintf(stderr, "palmyra query: %s: %s\n", output, strerror(errno));
		pm_store_free(store);
		return 1;
	}
	/* Written in 64 KiB pieces rather than stdio's 4 KiB: the largest
	 * country's month (4 MB of JSON lines) took 1,084 write calls, about
	 * a tenth of its CPU. A terminal keeps its line buffering. */
	static char S_outbuf[1 << 16];
	if (!isatty(fileno(r.out)))
		setvbuf(r.out, S_outbuf, _IOFBF, sizeof(S_outbuf));
	int rc;
	if (counting) {
		S_count_header(&r);
		rc = incidents ? pm_store_count_incidents(store, &filter, &by, S_on_count, &r)
			       : pm_store_count(store, &filter, &by, S_on_count, &r);
		if (r.format == S_TABLE)
			S_count_table(&r);
	} else if (incidents && evidence) {
		rc = pm_cli_incidents_with_evidence(store, &filter, r.out, (pm_format)r.format);
	} else if (incidents) {
		pm_cli_incident_header(r.out, (pm_format)r.format);
		rc = pm_store_incidents(store, &filter, S_on_incident, &r);
		pm_cli_incident_footer(r.out, (pm_format)r.format);
	} else {
		if (r.format != S_TABLE)
			pm_event_write_header(r.out, (pm_format)r.format);
		rc = pm_store_query(store, &filter, S_on_event, &r);
		if (r.format != S_TABLE)
			pm_event_write_footer(r.out, (pm_format)r.format);
	}
	if (rc < 0)
		fprintf(stderr, "palmyra query: %s\n", pm_error_last());
	pm_store_free(store);
	if (fflush(r.out) != 0 || ferror(r.out))
		r.failed = 1;
	if (r.failed)
		fprintf(stderr, "palmyra query: cannot write the output\n");
	if (r.out != stdout)
		fclose(r.out);
	return rc < 0 || r.failed ? 1 : 0;
}
#endif
