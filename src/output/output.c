/* output.c - events as JSON lines, TSV/CSV rows or GeoJSON features.
 *
 * Every format carries every field of pm_event (docs/output.md). JSON has
 * every key on every line, null when unknown, so that a data frame built
 * from it has the same columns whatever the first rows held. TSV and CSV
 * flatten the nested fields into the fixed columns of S_columns, named
 * after their JSON path (location.country -> location_country). */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "palmyra.h"
#include "util/error.h"
#include "util/json_out.h"

/* ---- JSON ------------------------------------------------------------------ */

/* "key":"value", or "key":null; key is a literal. */
#define S_str_or_null(b, key, v) (PM_JBUF_KEY(b, key), pm_jbuf_str(b, v))

static void S_actor(pm_jbuf *b, const char *key, const pm_actor *a)
{
	pm_jbuf_key(b, key);
	if (!a->code) {
		pm_jbuf_lit(b, "null");
		return;
	}
	pm_jbuf_lit(b, "{");
	S_str_or_null(b, "code", a->code);
	S_str_or_null(b, "label", a->label);
	S_str_or_null(b, "text", a->text);
	pm_jbuf_lit(b, "}");
}

static void S_location(pm_jbuf *b, const pm_location *l)
{
	PM_JBUF_KEY(b, "location");
	if (!l->found) {
		pm_jbuf_lit(b, "null");
		return;
	}
	pm_jbuf_lit(b, "{");
	S_str_or_null(b, "name", l->name);
	PM_JBUF_KEY(b, "geonameid");
	if (l->geonameid > 0)
		pm_jbuf_int(b, l->geonameid);
	else
		pm_jbuf_lit(b, "null");
	S_str_or_null(b, "country", l->country);
	S_str_or_null(b, "admin1", l->admin1);
	PM_JBUF_KEY(b, "lat");
	pm_jbuf_fixed5(b, l->lat);
	PM_JBUF_KEY(b, "lon");
	pm_jbuf_fixed5(b, l->lon);
	S_str_or_null(b, "precision", l->precision);
	S_str_or_null(b, "text", l->text);
	S_str_or_null(b, "fallback", l->fallback);
	PM_JBUF_KEY(b, "ambiguous");
	pm_jbuf_lit(b, l->ambiguous ? "true" : "false");
	pm_jbuf_lit(b, "}");
}

#define S_COUNT_KEYS(kind) {kind, kind "_qualifier", kind "_max", kind "_approximate"}

/* Member names of the counts object by pm_count_kind, written as they are
 * (formatting them per event cost more than the rest of the line). */
static const char *const S_count_keys[PM_COUNT_KINDS][4] = {
	S_COUNT_KEYS("killed"), S_COUNT_KEYS("wounded"), S_COUNT_KEYS("arrested"),
	S_COUNT_KEYS("displaced"), S_COUNT_KEYS("strikes"), S_COUNT_KEYS("casualties")};

#define S_COUNT_NULLS(kind) \
	",\"" kind "\":null,\"" kind "_qualifier\":null,\"" kind "_max\":null,\"" kind "_approximate\":null"

static const char *const S_count_nulls[PM_COUNT_KINDS] = {
	S_COUNT_NULLS("killed"), S_COUNT_NULLS("wounded"), S_COUNT_NULLS("arrested"),
	S_COUNT_NULLS("displaced"), S_COUNT_NULLS("strikes"), S_COUNT_NULLS("casualties")};

/* A flat object, as the CSV columns: counts.killed is a number users sum;
 * its hedge, range end and vagueness ride beside it. */
static void S_counts(pm_jbuf *b, const pm_event_count *c)
{
	PM_JBUF_KEY(b, "counts");
	pm_jbuf_lit(b, "{");
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		const char *const *key = S_count_keys[k];
		if (c[k].value < 0) {   /* most events: one copy of the four null members */
			pm_jbuf_lit(b, S_count_nulls[k] + (b->p[b->n - 1] == '{'));
			continue;
		}
		pm_jbuf_key(b, key[0]);
		pm_jbuf_int(b, c[k].value);
		pm_jbuf_key(b, key[1]);
		pm_jbuf_str(b, c[k].qualifier);
		pm_jbuf_key(b, key[2]);
		pm_jbuf_int(b, c[k].value_max);
		pm_jbuf_key(b, key[3]);
		pm_jbuf_lit(b, c[k].approximate ? "true" : "false");
	}
	pm_jbuf_lit(b, "}");
}

static void S_control(pm_jbuf *b, const pm_control *c)
{
	PM_JBUF_KEY(b, "control");
	if (!c->change) {
		pm_jbuf_lit(b, "null");
		return;
	}
	pm_jbuf_lit(b, "{");
	S_str_or_null(b, "change", c->change);
	S_str_or_null(b, "actor", c->actor);
	S_str_or_null(b, "status", c->status);
	pm_jbuf_lit(b, "}");
}

/* The input's own fields (keep_fields) join the document object under the
 * names it gave them, except where they would repeat one of ours. */
static void S_doc_extra(pm_jbuf *b, const char *extra)
{
	static const char *const ours[] = {"id", "title", "date", "outlet", "url", "credits"};
	json_t *o = json_loads(extra, 0, NULL);
	const char *key;
	json_t *v;
	json_object_foreach(o, key, v) {
		int clash = 0;
		for (size_t i = 0; i < sizeof(ours) / sizeof(ours[0]); i++)
			clash |= !strcmp(key, ours[i]);
		char *text = clash ? NULL : json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		if (!text)
			continue;
		pm_jbuf_lit(b, ",");
		pm_jbuf_str(b, key);
		pm_jbuf_lit(b, ":");
		pm_jbuf_lit(b, text);
		free(text);
	}
	json_decref(o);
}

static void S_doc(pm_jbuf *b, const pm_event_doc *d)
{
	PM_JBUF_KEY(b, "doc");
	pm_jbuf_lit(b, "{");
	S_str_or_null(b, "id", d->id);
	S_str_or_null(b, "title", d->title);
	S_str_or_null(b, "date", d->date);
	S_str_or_null(b, "outlet", d->outlet);
	S_str_or_null(b, "url", d->url);
	pm_jbuf_str_list(b, "credits", d->credits, d->n_credits);
	if (d->extra_json)
		S_doc_extra(b, d->extra_json);
	pm_jbuf_lit(b, "}");
}

/* The event as one JSON object, keys in the order docs/output.md lists. */
static void S_event_object(pm_jbuf *b, const pm_event *ev)
{
	static const pm_event_doc no_doc = {"", NULL, NULL, NULL, NULL, NULL, 0, NULL};
	pm_jbuf_lit(b, "{");
	S_str_or_null(b, "event_id", ev->event_id);
	S_str_or_null(b, "incident", ev->incident);
	S_str_or_null(b, "id", ev->id ? ev->id : "");
	PM_JBUF_KEY(b, "sentence");
	pm_jbuf_int(b, ev->sentence);
	PM_JBUF_KEY(b, "headline");
	pm_jbuf_lit(b, ev->headline ? "true" : "false");
	S_str_or_null(b, "date", ev->date);
	S_str_or_null(b, "date_precision", ev->date_precision);
	S_str_or_null(b, "date_text", ev->date_text);
	S_actor(b, "source", &ev->source);
	S_actor(b, "target", &ev->target);
	S_str_or_null(b, "code", ev->code ? ev->code : "");
	S_str_or_null(b, "code_label", ev->code_label);
	S_str_or_null(b, "root", ev->root);
	PM_JBUF_KEY(b, "quad");
	pm_jbuf_int(b, ev->quad);
	PM_JBUF_KEY(b, "goldstein");
	pm_jbuf_tenths(b, ev->goldstein);  /* the scale has one decimal */
	S_str_or_null(b, "plover", ev->plover);
	S_str_or_null(b, "modality", ev->modality);
	S_location(b, &ev->location);
	pm_jbuf_str_list(b, "attribution", ev->attribution, ev->n_attribution);
	S_counts(b, ev->counts);
	S_control(b, &ev->control);
	S_str_or_null(b, "text", ev->text ? ev->text : "");
	S_doc(b, ev->doc ? ev->doc : &no_doc);
	pm_jbuf_lit(b, "}");
}

/* A GeoJSON Feature: the point (lon, lat) or a null geometry, the event as
 * its properties. */
static void S_feature(pm_jbuf *b, const pm_event *ev)
{
	pm_jbuf_lit(b, "{\"type\":\"Feature\",\"id\":");
	pm_jbuf_str(b, ev->event_id);
	pm_jbuf_lit(b, ",\"geometry\":");
	if (ev->location.found) {
		pm_jbuf_lit(b, "{\"type\":\"Point\",\"coordinates\":[");
		pm_jbuf_fixed5(b, ev->location.lon);
		pm_jbuf_lit(b, ",");
		pm_jbuf_fixed5(b, ev->location.lat);
		pm_jbuf_lit(b, "]}");
	} else {
		pm_jbuf_lit(b, "null");
	}
	pm_jbuf_lit(b, ",\"properties\":");
	S_event_object(b, ev);
	pm_jbuf_lit(b, "}");
}

/* ---- TSV and CSV ----------------------------------------------------------- */

#define S_COUNT_COLUMNS(kind)                                                      \
	"counts_" kind, "counts_" kind "_qualifier", "counts_" kind "_max",       \
		"counts_" kind "_approximate"

static const char *const S_columns[] = {
	"event_id", "incident", "id", "sentence", "headline", "date", "date_precision", "date_text",
	"source_code", "source_label", "source_text", "target_code", "target_label",
	"target_text", "code", "code_label", "root", "quad", "goldstein", "plover", "modality",
	"location_name", "location_geonameid", "location_country", "location_admin1",
	"location_lat", "location_lon", "location_precision", "location_text",
	"location_fallback", "location_ambiguous", "attribution", S_COUNT_COLUMNS("killed"),
	S_COUNT_COLUMNS("wounded"), S_COUNT_COLUMNS("arrested"), S_COUNT_COLUMNS("displaced"),
	S_COUNT_COLUMNS("strikes"), S_COUNT_COLUMNS("casualties"), "control_change",
	"control_actor", "control_status", "text", "doc_id",
	"doc_title", "doc_date", "doc_outlet", "doc_url", "doc_credits", "doc_extra", NULL};

enum { S_NCOLUMNS = sizeof(S_columns) / sizeof(S_columns[0]) - 1 };

/* A row's values in S_columns order; numbers are formatted into scratch.
 * NULL is an empty field. */
typedef struct {
	const char *v[S_NCOLUMNS];
	char num[S_NCOLUMNS][64];
	char attribution[1024], credits[512];
	int n;
} S_row;

static void S_put(S_row *r, const char *v)
{
	r->v[r->n++] = v;
}

static void S_put_long(S_row *r, long v, int known)
{
	if (!known) {
		S_put(r, NULL);
		return;
	}
	snprintf(r->num[r->n], sizeof(r->num[0]), "%ld", v);
	S_put(r, r->num[r->n]);
}

static void S_put_coord(S_row *r, double x, int known)
{
	if (!known) {
		S_put(r, NULL);
		return;
	}
	pm_fmt_fixed5(x, r->num[r->n]);
	S_put(r, r->num[r->n]);
}

/* Lists join with "; " (a separator no attribution or outlet name uses). */
static const char *S_join(char *buf, size_t cap, const char *const *items, int n)
{
	size_t len = 0;
	buf[0] = '\0';
	for (int i = 0; i < n; i++) {
		int k = snprintf(buf + len, cap - len, "%s%s", i ? "; " : "", items[i]);
		if (k < 0 || (size_t)k >= cap - len)
			break;
		len += (size_t)k;
	}
	return buf;
}

static void S_row_actor(S_row *r, const pm_actor *a)
{
	S_put(r, a->code);
	S_put(r, a->label);
	S_put(r, a->text);
}

static void S_row_location(S_row *r, const pm_location *l)
{
	int f = l->found;
	S_put(r, f ? l->name : NULL);
	S_put_long(r, l->geonameid, f && l->geonameid > 0);
	S_put(r, f ? l->country : NULL);
	S_put(r, f ? l->admin1 : NULL);
	S_put_coord(r, l->lat, f);
	S_put_coord(r, l->lon, f);
	S_put(r, f ? l->precision : NULL);
	S_put(r, f ? l->text : NULL);
	S_put(r, f ? l->fallback : NULL);
	S_put(r, !f ? NULL : l->ambiguous ? "true" : "false");
}

static void S_row_counts(S_row *r, const pm_event_count *c)
{
	for (int k = 0; k < PM_COUNT_KINDS; k++) {
		int known = c[k].value >= 0;
		S_put_long(r, c[k].value, known);
		S_put(r, known ? c[k].qualifier : NULL);
		S_put_long(r, c[k].value_max, known);
		S_put(r, !known ? NULL : c[k].approximate ? "true" : "false");
	}
}

static void S_row_fill(S_row *r, const pm_event *ev)
{
	static const pm_event_doc no_doc = {"", NULL, NULL, NULL, NULL, NULL, 0, NULL};
	const pm_event_doc *d = ev->doc ? ev->doc : &no_doc;
	r->n = 0;
	S_put(r, ev->event_id);
	S_put(r, ev->incident);
	S_put(r, ev->id);
	S_put_long(r, ev->sentence, 1);
	S_put(r, ev->headline ? "true" : "false");
	S_put(r, ev->date);
	S_put(r, ev->date_precision);
	S_put(r, ev->date_text);
	S_row_actor(r, &ev->source);
	S_row_actor(r, &ev->target);
	S_put(r, ev->code);
	S_put(r, ev->code_label);
	S_put(r, ev->root);
	S_put_long(r, ev->quad, 1);
	snprintf(r->num[r->n], sizeof(r->num[0]), "%.1f", ev->goldstein);
	S_put(r, r->num[r->n]);
	S_put(r, ev->plover);
	S_put(r, ev->modality);
	S_row_location(r, &ev->location);
	S_put(r, S_join(r->attribution, sizeof(r->attribution), ev->attribution,
			ev->n_attribution));
	S_row_counts(r, ev->counts);
	S_put(r, ev->control.change);
	S_put(r, ev->control.change ? ev->control.actor : NULL);
	S_put(r, ev->control.change ? ev->control.status : NULL);
	S_put(r, ev->text);
	S_put(r, d->id);
	S_put(r, d->title);
	S_put(r, d->date);
	S_put(r, d->outlet);
	S_put(r, d->url);
	S_put(r, S_join(r->credits, sizeof(r->credits), d->credits, d->n_credits));
	S_put(r, d->extra_json);
}

/* TSV: tabs and line breaks inside a field become spaces. CSV: RFC 4180
 * quoting. */
static void S_field(pm_jbuf *b, pm_format fmt, const char *v)
{
	if (!v)
		return;
	if (fmt == PM_FORMAT_TSV) {
		for (const char *p = v; *p; p++) {
			char c = *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p;
			pm_jbuf_raw(b, &c, 1);
		}
		return;
	}
	if (!strpbrk(v, ",\"\n\r")) {
		pm_jbuf_lit(b, v);
		return;
	}
	pm_jbuf_lit(b, "\"");
	for (const char *p = v; *p; p++) {
		if (*p == '"')
			pm_jbuf_lit(b, "\"");
		pm_jbuf_raw(b, p, 1);
	}
	pm_jbuf_lit(b, "\"");
}

static void S_row_write(pm_jbuf *b, pm_format fmt, const char *const *values)
{
	const char *sep = fmt == PM_FORMAT_TSV ? "\t" : ",";
	for (int i = 0; i < S_NCOLUMNS; i++) {
		if (i)
			pm_jbuf_lit(b, sep);
		S_field(b, fmt, values[i]);
	}
	pm_jbuf_lit(b, "\n");
}

/* ---- the public writers ---------------------------------------------------- */

int pm_format_from_name(const char *name, pm_format *out)
{
	static const char *const names[] = {"jsonl", "tsv", "csv", "geojson", "geojsonl"};
	for (int i = 0; name && i < 5; i++)
		if (!strcmp(name, names[i])) {
			*out = (pm_format)i;
			return 0;
		}
	return pm_error_set(PM_EINVALID, "unknown format '%s' (jsonl, tsv, csv, geojson, geojsonl)",
			    name ? name : "");
}

static int S_flush(FILE *f, pm_jbuf *b)
{
	int bad = b->failed;
	if (!bad)
		fwrite(b->p, 1, b->n, f);
	pm_jbuf_free(b);
	if (bad)
		return pm_error_set(PM_ENOMEM, "out of memory writing an event");
	return ferror(f) ? pm_error_set(PM_ERROR, "cannot write the output") : 0;
}

int pm_event_write_header(FILE *f, pm_format fmt)
{
	if (fmt == PM_FORMAT_GEOJSON)
		fputs("{\"type\":\"FeatureCollection\",\"features\":[\n", f);
	if (fmt == PM_FORMAT_TSV || fmt == PM_FORMAT_CSV) {
		char storage[2048];
		pm_jbuf b;
		pm_jbuf_init(&b, storage, sizeof(storage), 1);
		S_row_write(&b, fmt, S_columns);
		return S_flush(f, &b);
	}
	return ferror(f) ? pm_error_set(PM_ERROR, "cannot write the output") : 0;
}

int pm_event_write(FILE *f, pm_format fmt, const pm_event *ev, int first)
{
	char storage[8192];
	pm_jbuf b;
	pm_jbuf_init(&b, storage, sizeof(storage), 1);
	if (fmt == PM_FORMAT_TSV || fmt == PM_FORMAT_CSV) {
		S_row r;
		S_row_fill(&r, ev);
		S_row_write(&b, fmt, r.v);
	} else if (fmt == PM_FORMAT_GEOJSON || fmt == PM_FORMAT_GEOJSONL) {
		if (fmt == PM_FORMAT_GEOJSON && !first)
			pm_jbuf_lit(&b, ",");
		S_feature(&b, ev);
		pm_jbuf_lit(&b, "\n");
	} else {
		S_event_object(&b, ev);
		pm_jbuf_lit(&b, "\n");
	}
	return S_flush(f, &b);
}

int pm_event_write_footer(FILE *f, pm_format fmt)
{
	if (fmt == PM_FORMAT_GEOJSON)
		fputs("]}\n", f);
	return ferror(f) ? pm_error_set(PM_ERROR, "cannot write the output") : 0;
}
