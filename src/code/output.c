/* output.c - events as JSON lines (jansson) or TSV/CSV rows.
 *
 * TSV and CSV carry the same fields as the JSON, flattened, with a header
 * row, so spreadsheets and `cut` see what `jq` sees. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "palmyra.h"

static json_t *S_actor(const pm_actor *a)
{
	if (!a->code)
		return json_null();
	return json_pack("{s:s, s:s}", "code", a->code, "text", a->text ? a->text : "");
}

static void S_set_str(json_t *o, const char *key, const char *v)
{
	if (v)
		json_object_set_new(o, key, json_string(v));
}

/* Enrichment arrives as JSON text; a malformed fragment is dropped rather
 * than corrupting the line. */
static void S_set_json(json_t *o, const char *key, const char *text)
{
	if (!text)
		return;
	json_t *v = json_loads(text, JSON_DECODE_ANY, NULL);
	if (v)
		json_object_set_new(o, key, v);
}

static json_t *S_event_json(const pm_event *ev)
{
	json_t *o = json_object();
	json_object_set_new(o, "id", json_string(ev->id ? ev->id : ""));
	json_object_set_new(o, "sentence", json_integer(ev->sentence));
	json_object_set_new(o, "date", ev->date ? json_string(ev->date) : json_null());
	S_set_str(o, "date_precision", ev->date_precision);
	S_set_str(o, "date_text", ev->date_text);
	json_object_set_new(o, "source", S_actor(&ev->source));
	json_object_set_new(o, "target", S_actor(&ev->target));
	json_object_set_new(o, "code", json_string(ev->code));
	json_object_set_new(o, "root", json_string(ev->root));
	json_object_set_new(o, "quad", json_integer(ev->quad));
	json_object_set_new(o, "goldstein", json_real(ev->goldstein));
	S_set_json(o, "location", ev->location_json);
	S_set_json(o, "attribution", ev->attribution_json);
	S_set_json(o, "counts", ev->counts_json);
	S_set_str(o, "modality", ev->modality);
	json_object_set_new(o, "text", json_string(ev->text ? ev->text : ""));
	S_set_json(o, "doc", ev->doc_json);
	return o;
}

static const char *const S_columns[] = {
	"id", "sentence", "date", "date_precision", "source", "source_text", "target",
	"target_text", "code", "root", "quad", "goldstein", "place", "lat", "lon",
	"attribution", "modality", "text", NULL};

int pm_event_write_header(FILE *f, pm_format fmt)
{
	if (fmt == PM_FORMAT_JSONL)
		return 0;
	for (int i = 0; S_columns[i]; i++)
		fprintf(f, "%s%s", i ? (fmt == PM_FORMAT_TSV ? "\t" : ",") : "", S_columns[i]);
	fputc('\n', f);
	return ferror(f) ? PM_ERROR : 0;
}

/* TSV: tabs and newlines inside a field become spaces. CSV: RFC 4180 quoting. */
static void S_field(FILE *f, pm_format fmt, int first, const char *v)
{
	if (!first)
		fputc(fmt == PM_FORMAT_TSV ? '\t' : ',', f);
	if (!v)
		return;
	if (fmt == PM_FORMAT_TSV) {
		for (const char *p = v; *p; p++)
			fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, f);
		return;
	}
	if (!strpbrk(v, ",\"\n\r")) {
		fputs(v, f);
		return;
	}
	fputc('"', f);
	for (const char *p = v; *p; p++) {
		if (*p == '"')
			fputc('"', f);
		fputc(*p, f);
	}
	fputc('"', f);
}

static const char *S_json_field(const json_t *o, const char *key, char *buf, size_t cap)
{
	const json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return NULL;
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_real(v)) {
		snprintf(buf, cap, "%.5f", json_real_value(v));
		return buf;
	}
	if (json_is_integer(v)) {
		snprintf(buf, cap, "%lld", (long long)json_integer_value(v));
		return buf;
	}
	return NULL;
}

static void S_write_row(FILE *f, pm_format fmt, const pm_event *ev, const json_t *o)
{
	char num[4][32], attr[1024] = "";
	const json_t *loc = json_object_get(o, "location");
	const json_t *att = json_object_get(o, "attribution");
	size_t i;
	json_t *a;
	json_array_foreach(att, i, a) {
		if (json_is_string(a) && strlen(attr) + strlen(json_string_value(a)) + 3 < sizeof(attr)) {
			if (i)
				strcat(attr, "; ");
			strcat(attr, json_string_value(a));
		}
	}
	snprintf(num[0], sizeof(num[0]), "%d", ev->sentence);
	snprintf(num[1], sizeof(num[1]), "%d", ev->quad);
	snprintf(num[2], sizeof(num[2]), "%.1f", ev->goldstein);
	S_field(f, fmt, 1, ev->id);
	S_field(f, fmt, 0, num[0]);
	S_field(f, fmt, 0, ev->date);
	S_field(f, fmt, 0, ev->date_precision);
	S_field(f, fmt, 0, ev->source.code);
	S_field(f, fmt, 0, ev->source.text);
	S_field(f, fmt, 0, ev->target.code);
	S_field(f, fmt, 0, ev->target.text);
	S_field(f, fmt, 0, ev->code);
	S_field(f, fmt, 0, ev->root);
	S_field(f, fmt, 0, num[1]);
	S_field(f, fmt, 0, num[2]);
	S_field(f, fmt, 0, loc ? S_json_field(loc, "name", num[3], sizeof(num[3])) : NULL);
	char lat[32], lon[32];
	S_field(f, fmt, 0, loc ? S_json_field(loc, "lat", lat, sizeof(lat)) : NULL);
	S_field(f, fmt, 0, loc ? S_json_field(loc, "lon", lon, sizeof(lon)) : NULL);
	S_field(f, fmt, 0, attr);
	S_field(f, fmt, 0, ev->modality);
	S_field(f, fmt, 0, ev->text);
	fputc('\n', f);
}

int pm_event_write(FILE *f, pm_format fmt, const pm_event *ev)
{
	json_t *o = S_event_json(ev);
	if (fmt == PM_FORMAT_JSONL) {
		json_dumpf(o, f, JSON_COMPACT);
		fputc('\n', f);
	} else {
		S_write_row(f, fmt, ev, o);
	}
	json_decref(o);
	return ferror(f) ? PM_ERROR : 0;
}
