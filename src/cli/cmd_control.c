/* cmd_control.c - `palmyra control` and `palmyra incidents`: the picture
 * the stored events make.
 *
 * Both read a store's events through pm_store_query and hand them to the
 * library: the linker (pm_linker_*) for incidents, the linker and then the
 * timeline (pm_timeline_*) for who held which place when. Nothing is
 * written to the store, so they run beside an ingest. */
#ifdef PM_WITH_STORE
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char S_control_usage[] =
	"usage: palmyra control [--db PATH] [--at DATE] [--place NAME|GEONAMEID] [--country ISO3]\n"
	"                       [--history] [-f jsonl|csv|tsv|geojson]\n"
	"  who held each place: with --at, the segment covering that day per place; with\n"
	"  --history, every segment; else the latest per place (docs/control.md)\n";

static const char S_incidents_usage[] =
	"usage: palmyra incidents [--db PATH] [--min-outlets N] [query filters]\n"
	"  the incidents the selected events report, one JSON line each (docs/incidents.md);\n"
	"  the filters are palmyra query's (--from, --to, --country, --actor, ...)\n";

typedef struct {
	pm_linker *linker;
	pm_timeline *timeline;
	pm_format fmt;
	int min_outlets, written;
	FILE *out;
} S_run;

static int S_add(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	if (pm_linker_add(r->linker, ev) < 0)
		return 1;
	return r->timeline && pm_timeline_add(r->timeline, ev) < 0;
}

static const char *S_db(const char *db)
{
	if (db)
		return db;
	const char *env = getenv("PALMYRA_DB");
	return env && *env ? env : "palmyra.db";
}

/* Every event the filter selects goes to the linker (and timeline). */
static int S_load(const char *db, const pm_filter *f, S_run *r, const char *cmd)
{
	pm_store *store;
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.readonly = 1;
	if (pm_store_open(&store, S_db(db), &so) < 0) {
		fprintf(stderr, "palmyra %s: %s\n", cmd, pm_error_last());
		return -1;
	}
	int rc = pm_store_query(store, f, S_add, r);
	if (rc < 0)
		fprintf(stderr, "palmyra %s: %s\n", cmd, pm_error_last());
	pm_store_free(store);
	return rc < 0 ? -1 : 0;
}

/* ---- incidents --------------------------------------------------------------------- */

static json_t *S_count(const pm_incident_count *c)
{
	if (c->min < 0)
		return json_null();
	return json_pack("{s:I, s:I, s:I, s:b}", "min", (json_int_t)c->min, "max",
			 (json_int_t)c->max, "mode", (json_int_t)c->mode, "disagree", c->disagree);
}

static json_t *S_place(const pm_location *l)
{
	if (!l->found)
		return json_null();
	/* five decimals (a metre), as events print them */
	return json_pack("{s:s?, s:I, s:s?, s:s?, s:f, s:f, s:s?}", "name", l->name, "geonameid",
			 (json_int_t)l->geonameid, "country", l->country, "admin1", l->admin1, "lat",
			 round(l->lat * 1e5) / 1e5, "lon", round(l->lon * 1e5) / 1e5, "precision",
			 l->precision);
}

static int S_incident(void *ctx, const pm_incident *inc)
{
	S_run *r = ctx;
	if (inc->n_outlets < r->min_outlets)
		return 0;
	json_t *counts = json_object(), *att = json_array(), *reports = json_array();
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		json_object_set_new(counts, pm_count_kind_name(k), S_count(&inc->counts[k]));
	for (int i = 0; i < inc->n_attribution; i++)
		json_array_append_new(att, json_string(inc->attribution[i]));
	for (int i = 0; i < inc->n_reports; i++)
		json_array_append_new(reports, json_integer((json_int_t)inc->reports[i]));
	json_error_t err;
	json_t *o = json_pack_ex(&err, 0, "{s:s, s:s?, s:s?, s:o, s:s?, s:s?, s:s?, s:o, s:o, s:i, s:i, s:i, s:s?, s:s?}",
			      "incident", inc->id, "date", inc->date, "date_precision",
			      inc->date_precision, "place", S_place(&inc->place), "source",
			      inc->source, "target", inc->target, "code", inc->code, "counts", counts,
			      "attribution", att, "n_reports", inc->n_reports, "n_documents",
			      inc->n_documents, "n_outlets", inc->n_outlets, "first_report",
			      inc->first_report, "last_report", inc->last_report);
	json_decref(reports);   /* indices of this run: not a user's key */
	if (!o)
		fprintf(stderr, "palmyra incidents: %s\n", err.text);
	int rc = o ? json_dumpf(o, r->out, JSON_COMPACT | JSON_REAL_PRECISION(8)) : -1;
	fputc('\n', r->out);
	json_decref(o);
	return rc < 0 || ferror(r->out);
}

int pm_cmd_incidents(int argc, char **argv)
{
	enum { O_DB = 1000, O_MIN, O_FILTER };
	struct option longopts[64] = {
		{"db", required_argument, 0, O_DB},
		{"min-outlets", required_argument, 0, O_MIN},
		{"help", no_argument, 0, 'h'}};
	pm_cli_filter_options(longopts, 3, 64, O_FILTER);
	pm_filter filter = PM_FILTER_INIT;
	const char *db = NULL;
	S_run r;
	memset(&r, 0, sizeof(r));
	r.out = stdout;
	int c, index;
	char *end;
	while ((c = getopt_long(argc, argv, "h", longopts, &index)) != -1) {
		switch (c) {
		case O_DB: db = optarg; break;
		case O_MIN:
			r.min_outlets = (int)strtol(optarg, &end, 10);
			if (*end || r.min_outlets < 0) {
				fprintf(stderr, "palmyra incidents: --min-outlets takes a number, not '%s'\n", optarg);
				return 2;
			}
			break;
		case O_FILTER:
			if (pm_filter_parse(&filter, longopts[index].name, optarg) < 0) {
				fprintf(stderr, "palmyra incidents: --%s %s: %s\n", longopts[index].name,
					optarg, pm_error_last());
				return 2;
			}
			break;
		case 'h': fputs(S_incidents_usage, stdout); return 0;
		default: fputs(S_incidents_usage, stderr); return 2;
		}
	}
	if (pm_linker_new(&r.linker) < 0)
		return 1;
	int status = S_load(db, &filter, &r, "incidents") < 0 ||
		     pm_linker_run(r.linker, S_incident, &r) != 0 || fflush(stdout) != 0;
	pm_linker_free(r.linker);
	return status;
}

/* ---- control ------------------------------------------------------------------------ */

static int S_segment(void *ctx, const pm_segment *seg)
{
	S_run *r = ctx;
	return pm_segment_write(r->out, r->fmt, seg, r->written++ == 0) < 0;
}

/* The holder's label as events label actors: from the bundled dictionaries. */
static int S_label(void *ctx, const char *code, char *buf, size_t cap)
{
	return ctx ? pm_coder_actor_label(ctx, code, buf, cap) : -1;
}

/* Segments name their evidence by incident: link first. */
static void S_link_evidence(S_run *r)
{
	pm_linker_run(r->linker, NULL, NULL);
	for (size_t i = 0;; i++) {
		const char *id = pm_linker_incident_of(r->linker, i);
		if (!id || pm_timeline_set_incident(r->timeline, i, id) < 0)
			break;
	}
}

int pm_cmd_control(int argc, char **argv)
{
	enum { O_DB = 1000, O_AT, O_PLACE, O_COUNTRY, O_HISTORY };
	static const struct option longopts[] = {
		{"db", required_argument, 0, O_DB},          {"at", required_argument, 0, O_AT},
		{"place", required_argument, 0, O_PLACE},    {"country", required_argument, 0, O_COUNTRY},
		{"history", no_argument, 0, O_HISTORY},      {"format", required_argument, 0, 'f'},
		{"help", no_argument, 0, 'h'},               {0, 0, 0, 0}};
	pm_timeline_query q = PM_TIMELINE_QUERY_INIT;
	q.history = 0;
	const char *db = NULL, *format = "jsonl";
	int c, index;
	pm_date d;
	while ((c = getopt_long(argc, argv, "f:h", longopts, &index)) != -1) {
		switch (c) {
		case O_DB: db = optarg; break;
		case O_AT:
			if (pm_date_parse(optarg, strlen(optarg), &d) < 0 || d.precision != PM_DATE_DAY) {
				fprintf(stderr, "palmyra control: --at takes a day (YYYY-MM-DD), not '%s'\n", optarg);
				return 2;
			}
			q.at = optarg;
			break;
		case O_PLACE: q.place = optarg; break;
		case O_COUNTRY: q.country = optarg; break;
		case O_HISTORY: q.history = 1; break;
		case 'f': format = optarg; break;
		case 'h': fputs(S_control_usage, stdout); return 0;
		default: fputs(S_control_usage, stderr); return 2;
		}
	}
	S_run r;
	memset(&r, 0, sizeof(r));
	r.out = stdout;
	if (pm_format_from_name(format, &r.fmt) < 0 || r.fmt == PM_FORMAT_GEOJSONL) {
		fprintf(stderr, "palmyra control: unknown format '%s' (jsonl, csv, tsv, geojson)\n", format);
		return 2;
	}
	pm_coder *labels = NULL;
	pm_coder_options co = PM_CODER_OPTIONS_INIT;
	co.enrich = 0;
	if (pm_coder_new(&labels, &co) < 0)
		labels = NULL;   /* segments go out without labels */
	pm_timeline_options to = PM_TIMELINE_OPTIONS_INIT;
	to.label = S_label;
	to.label_ctx = labels;
	pm_filter all = PM_FILTER_INIT;
	int status = 1;
	if (pm_linker_new(&r.linker) == 0 && pm_timeline_new(&r.timeline, &to) == 0 &&
	    S_load(db, &all, &r, "control") == 0) {
		S_link_evidence(&r);
		pm_segment_write_header(r.out, r.fmt);
		status = pm_timeline_run(r.timeline, &q, S_segment, &r) != 0;
		pm_segment_write_footer(r.out, r.fmt);
		status |= fflush(stdout) != 0;
	}
	pm_timeline_free(r.timeline);
	pm_linker_free(r.linker);
	pm_coder_free(labels);
	return status;
}
#endif
