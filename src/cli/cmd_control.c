/* cmd_control.c - `palmyra control` and `palmyra incidents`: the picture
 * the stored events make.
 *
 * `palmyra incidents` reads the incidents the store linked its events
 * into (pm_store_incidents), and writes them in the formats of `palmyra
 * query --incidents` (pm_cli_incident_write); `incidents rebuild` links
 * every stored event again. `palmyra control` reads the stored events
 * through pm_store_query, each with its incident, into the timeline
 * (pm_timeline_*) for who held which place when. */
#ifdef PM_WITH_STORE
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "util/error.h"

static const char S_control_usage[] =
	"usage: palmyra control [--db PATH] [--at DATE] [--place NAME|GEONAMEID] [--country ISO3]\n"
	"                       [--history] [-f jsonl|csv|tsv|geojson]\n"
	"  who held each place: with --at, the segment covering that day per place; with\n"
	"  --history, every segment; else the latest per place (docs/control.md)\n";

static const char S_incidents_usage[] =
	"usage: palmyra incidents [--db PATH] [query filters] [--min-outlets N] [-f FORMAT]\n"
	"                         [--evidence]\n"
	"       palmyra incidents rebuild [--db PATH]\n"
	"  the incidents a store linked its events into (docs/incidents.md), by date: one JSON\n"
	"  line each (-f csv, tsv, geojson, geojsonl too); the filters are palmyra query's\n"
	"  (--from, --to, --country, --bbox, --actor, ...). --evidence adds each incident's\n"
	"  evidence, the sentences of its reports' documents with no event that tell it\n"
	"  (JSON formats only). rebuild links every stored event again (after the rules\n"
	"  change).\n";

typedef struct {
	pm_timeline *timeline;
	pm_format fmt;
	int min_outlets, written;
	FILE *out;
} S_run;

static int S_add(void *ctx, const pm_event *ev)
{
	S_run *r = ctx;
	return r->timeline && pm_timeline_add(r->timeline, ev) < 0;
}

static const char *S_db(const char *db)
{
	if (db)
		return db;
	const char *env = getenv("PALMYRA_DB");
	return env && *env ? env : "palmyra.db";
}

/* Every event the filter selects goes to the timeline. */
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
	json_t *o = json_pack("{s:s?, s:o, s:s?, s:s?, s:f, s:f, s:s?}", "name", l->name, "geonameid",
			      l->geonameid ? json_integer((json_int_t)l->geonameid) : json_null(),
			      "country", l->country, "admin1", l->admin1, "lat",
			      round(l->lat * 1e5) / 1e5, "lon", round(l->lon * 1e5) / 1e5, "precision",
			      l->precision);
	return o ? o : json_null();
}

static json_t *S_incident_json(const pm_incident *inc)
{
	json_t *counts = json_object(), *att = json_array(), *reports = json_array();
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		json_object_set_new(counts, pm_count_kind_name(k), S_count(&inc->counts[k]));
	for (int i = 0; i < inc->n_attribution; i++)
		json_array_append_new(att, json_string(inc->attribution[i]));
	for (int i = 0; inc->report_ids && i < inc->n_reports; i++)
		json_array_append_new(reports, json_string(inc->report_ids[i]));
	return json_pack("{s:s, s:s?, s:s?, s:o, s:s?, s:s?, s:s?, s:o, s:o, s:i, s:i, s:i, s:s?, s:s?, s:o}",
			 "incident", inc->id, "date", inc->date, "date_precision", inc->date_precision,
			 "place", S_place(&inc->place), "source", inc->source, "target", inc->target,
			 "code", inc->code, "counts", counts, "attribution", att, "n_reports",
			 inc->n_reports, "n_documents", inc->n_documents, "n_outlets", inc->n_outlets,
			 "first_report", inc->first_report, "last_report", inc->last_report, "reports",
			 reports);
}

static const char *const S_incident_columns[] = {
	"incident", "date", "date_precision", "place_name", "place_geonameid", "place_country",
	"place_admin1", "place_lat", "place_lon", "place_precision", "source", "target", "code", NULL};

int pm_cli_incident_header(FILE *f, pm_format fmt)
{
	if (fmt == PM_FORMAT_GEOJSON)
		fputs("{\"type\":\"FeatureCollection\",\"features\":[\n", f);
	if (fmt != PM_FORMAT_CSV && fmt != PM_FORMAT_TSV)
		return ferror(f) ? -1 : 0;
	const char *sep = fmt == PM_FORMAT_TSV ? "\t" : ",";
	for (int i = 0; S_incident_columns[i]; i++)
		fprintf(f, "%s%s", i ? sep : "", S_incident_columns[i]);
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const char *n = pm_count_kind_name(k);
		fprintf(f, "%s%s_min%s%s_max%s%s_mode%s%s_disagree", sep, n, sep, n, sep, n, sep, n);
	}
	fprintf(f, "%sattribution%sn_reports%sn_documents%sn_outlets%sfirst_report%slast_report%sreports\n",
		sep, sep, sep, sep, sep, sep, sep);
	return ferror(f) ? -1 : 0;
}

int pm_cli_incident_footer(FILE *f, pm_format fmt)
{
	if (fmt == PM_FORMAT_GEOJSON)
		fputs("\n]}\n", f);
	return ferror(f) ? -1 : 0;
}

static void S_csv_incident(FILE *f, const pm_incident *inc, int tsv)
{
	const char *sep = tsv ? "\t" : ",";
	const pm_location *l = &inc->place;
	char num[4][32] = {"", "", "", ""};
	if (l->found) {
		if (l->geonameid)
			snprintf(num[0], sizeof(num[0]), "%ld", l->geonameid);
		snprintf(num[1], sizeof(num[1]), "%.5f", l->lat);
		snprintf(num[2], sizeof(num[2]), "%.5f", l->lon);
	}
	const char *cols[] = {inc->id, inc->date, inc->date_precision, l->found ? l->name : NULL,
			      num[0], l->found ? l->country : NULL, l->found ? l->admin1 : NULL,
			      num[1], num[2], l->found ? l->precision : NULL, inc->source,
			      inc->target, inc->code};
	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		fputs(i ? sep : "", f);
		pm_cli_csv_field(f, cols[i], tsv);
	}
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const pm_incident_count *c = &inc->counts[k];
		if (c->min < 0)
			fprintf(f, "%s%s%s%s%s%s%s", sep, "", sep, "", sep, "", sep);
		else
			fprintf(f, "%s%ld%s%ld%s%ld%s%s", sep, c->min, sep, c->max, sep, c->mode, sep,
				c->disagree ? "true" : "false");
	}
	fputs(sep, f);
	size_t len = 0;
	char *joined = NULL;
	FILE *m = open_memstream(&joined, &len);
	for (int i = 0; m && i < inc->n_attribution; i++)
		fprintf(m, "%s%s", i ? "; " : "", inc->attribution[i]);
	if (m)
		fclose(m);
	pm_cli_csv_field(f, joined, tsv);
	free(joined);
	fprintf(f, "%s%d%s%d%s%d%s", sep, inc->n_reports, sep, inc->n_documents, sep,
		inc->n_outlets, sep);
	pm_cli_csv_field(f, inc->first_report, tsv);
	fputs(sep, f);
	pm_cli_csv_field(f, inc->last_report, tsv);
	fputs(sep, f);
	for (int i = 0; inc->report_ids && i < inc->n_reports; i++)
		fprintf(f, "%s%s", i ? " " : "", inc->report_ids[i]);
	fputc('\n', f);
}

/* An incident's JSON object o (taken) in a JSON format: a line, or a
 * Feature at its place (no place, no geometry). */
static int S_json_write(FILE *f, pm_format fmt, json_t *o, int first)
{
	if (!o)
		return -1;
	if (fmt == PM_FORMAT_GEOJSON || fmt == PM_FORMAT_GEOJSONL) {
		json_t *p = json_object_get(o, "place");
		json_t *geom = json_is_object(p)
				       ? json_pack("{s:s, s:[O, O]}", "type", "Point", "coordinates",
						   json_object_get(p, "lon"), json_object_get(p, "lat"))
				       : json_null();
		o = json_pack("{s:s, s:o, s:o}", "type", "Feature", "geometry", geom, "properties", o);
		if (!o)
			return -1;
		if (fmt == PM_FORMAT_GEOJSON && !first)
			fputs(",\n", f);
	}
	int rc = json_dumpf(o, f, JSON_COMPACT | JSON_REAL_PRECISION(8));
	if (fmt != PM_FORMAT_GEOJSON)
		fputc('\n', f);
	json_decref(o);
	return rc < 0 || ferror(f) ? -1 : 0;
}

int pm_cli_incident_write(FILE *f, pm_format fmt, const pm_incident *inc, int first)
{
	if (fmt == PM_FORMAT_CSV || fmt == PM_FORMAT_TSV) {
		S_csv_incident(f, inc, fmt == PM_FORMAT_TSV);
		return ferror(f) ? -1 : 0;
	}
	return S_json_write(f, fmt, S_incident_json(inc), first);
}

static int S_incident(void *ctx, const pm_incident *inc)
{
	S_run *r = ctx;
	return pm_cli_incident_write(r->out, r->fmt, inc, r->written++ == 0) < 0;
}

static int S_hold(void *ctx, const pm_incident *inc)
{
	return json_array_append_new(ctx, S_incident_json(inc)) < 0;
}

static int S_evidence_one(void *ctx, const pm_evidence *ev)
{
	return json_array_append_new(ctx, json_pack("{s:s, s:i, s:s}", "doc", ev->doc, "sentence",
						    ev->sentence, "text", ev->text)) < 0;
}

int pm_cli_incidents_with_evidence(pm_store *store, const pm_filter *f, FILE *out, pm_format fmt)
{
	json_t *held = json_array();
	if (!held)
		return pm_error_set(PM_ENOMEM, "out of memory");
	int rc = pm_store_incidents(store, f, S_hold, held);
	pm_cli_incident_header(out, fmt);
	size_t i;
	json_t *o;
	json_array_foreach(held, i, o) {
		json_t *ev = json_array();
		if (rc == 0)
			rc = pm_store_incident_evidence(
				store, json_string_value(json_object_get(o, "incident")), S_evidence_one, ev);
		json_object_set_new(o, "evidence", ev);
		json_incref(o);
		if (rc == 0 && S_json_write(out, fmt, o, i == 0) < 0)
			rc = pm_error_set(PM_ERROR, "cannot write the incidents");
	}
	pm_cli_incident_footer(out, fmt);
	json_decref(held);
	return rc;
}

static int S_rebuild(const char *db)
{
	pm_store *store;
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	pm_store_stats st;
	if (pm_store_open(&store, S_db(db), &so) < 0) {
		fprintf(stderr, "palmyra incidents rebuild: %s\n", pm_error_last());
		return 1;
	}
	int rc = pm_store_incidents_rebuild(store);
	if (rc < 0)
		fprintf(stderr, "palmyra incidents rebuild: %s\n", pm_error_last());
	else if (pm_store_stats_get(store, &st) == 0)
		fprintf(stderr, "palmyra: %ld events linked into %ld incidents\n", st.events,
			st.incidents);
	pm_store_free(store);
	return rc < 0;
}

int pm_cmd_incidents(int argc, char **argv)
{
	enum { O_DB = 1000, O_EVIDENCE, O_FILTER };
	struct option longopts[64] = {
		{"db", required_argument, 0, O_DB},
		{"format", required_argument, 0, 'f'},
		{"help", no_argument, 0, 'h'},
		{"evidence", no_argument, 0, O_EVIDENCE}};
	pm_cli_filter_options(longopts, 4, 64, O_FILTER);
	int evidence = 0;
	pm_filter filter = PM_FILTER_INIT;
	const char *db = NULL, *format = "jsonl";
	int rebuild = argc > 1 && !strcmp(argv[1], "rebuild");
	if (rebuild) {
		argc--;
		argv++;
	}
	S_run r;
	memset(&r, 0, sizeof(r));
	r.out = stdout;
	int c, index;
	while ((c = getopt_long(argc, argv, "f:h", longopts, &index)) != -1) {
		switch (c) {
		case O_DB: db = optarg; break;
		case 'f': format = optarg; break;
		case O_EVIDENCE: evidence = 1; break;
		case O_FILTER:
			if (rebuild) {
				fprintf(stderr, "palmyra incidents rebuild: takes --db only\n");
				return 2;
			}
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
	if (optind < argc) {
		fprintf(stderr, "palmyra incidents: unexpected argument '%s' (--help)\n", argv[optind]);
		return 2;
	}
	if (rebuild)
		return S_rebuild(db);
	if (pm_format_from_name(format, &r.fmt) < 0) {
		fprintf(stderr, "palmyra incidents: unknown format '%s' (jsonl, csv, tsv, geojson, "
			"geojsonl)\n", format);
		return 2;
	}
	if (evidence && (r.fmt == PM_FORMAT_CSV || r.fmt == PM_FORMAT_TSV)) {
		fprintf(stderr, "palmyra incidents: --evidence comes in the JSON formats (jsonl, "
			"geojson, geojsonl)\n");
		return 2;
	}
	pm_store *store;
	pm_store_options so = PM_STORE_OPTIONS_INIT;
	so.readonly = 1;
	if (pm_store_open(&store, S_db(db), &so) < 0) {
		fprintf(stderr, "palmyra incidents: %s\n", pm_error_last());
		return 1;
	}
	int rc;
	if (evidence) {
		rc = pm_cli_incidents_with_evidence(store, &filter, r.out, r.fmt);
	} else {
		pm_cli_incident_header(r.out, r.fmt);
		rc = pm_store_incidents(store, &filter, S_incident, &r);
		pm_cli_incident_footer(r.out, r.fmt);
	}
	if (rc < 0)
		fprintf(stderr, "palmyra incidents: %s\n", pm_error_last());
	pm_store_free(store);
	return rc != 0 || fflush(stdout) != 0;
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

static int S_became(void *ctx, const char *side, char *buf, size_t cap, int *day)
{
	return ctx ? pm_coder_side_became(ctx, side, buf, cap, day) : 0;
}

static int S_affiliated(void *ctx, const char *side, const char *of)
{
	return ctx ? pm_coder_side_affiliated(ctx, side, of) : 0;
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
	to.became = S_became;
	to.became_ctx = labels;
	to.affiliated = S_affiliated;
	to.affiliated_ctx = labels;
	pm_filter all = PM_FILTER_INIT;
	int status = 1;
	/* segments name their evidence by the incidents the store linked */
	if (pm_timeline_new(&r.timeline, &to) == 0 && S_load(db, &all, &r, "control") == 0) {
		pm_segment_write_header(r.out, r.fmt);
		status = pm_timeline_run(r.timeline, &q, S_segment, &r) != 0;
		pm_segment_write_footer(r.out, r.fmt);
		status |= fflush(stdout) != 0;
	}
	pm_timeline_free(r.timeline);
	pm_coder_free(labels);
	return status;
}
#endif
