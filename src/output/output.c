/* output.c - events as JSON lines (util/json_out) or TSV/CSV rows.
 *
 * TSV and CSV carry the same fields as the JSON, flattened, with a header
 * row, so spreadsheets and `cut` see what `jq` sees. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "palmyra.h"
#include "util/error.h"
#include "util/json_out.h"

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

/* The enrichment fragments are read back here only: a row flattens them. */
static void S_write_row(FILE *f, pm_format fmt, const pm_event *ev)
{
	char num[4][32], attr[1024] = "";
	json_t *loc = ev->location_json ? json_loads(ev->location_json, JSON_DECODE_ANY, NULL) : NULL;
	json_t *att = ev->attribution_json ? json_loads(ev->attribution_json, 0, NULL) : NULL;
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
	json_decref(loc);
	json_decref(att);
}

static void S_actor_out(pm_jbuf *b, const char *key, const pm_actor *a)
{
	pm_jbuf_key(b, key);
	if (!a->code) {
		pm_jbuf_lit(b, "null");
		return;
	}
	pm_jbuf_lit(b, "{");
	pm_jbuf_key(b, "code");
	pm_jbuf_str(b, a->code);
	pm_jbuf_key(b, "text");
	pm_jbuf_str(b, a->text ? a->text : "");
	pm_jbuf_lit(b, "}");
}

static void S_opt_str(pm_jbuf *b, const char *key, const char *v)
{
	if (v) {
		pm_jbuf_key(b, key);
		pm_jbuf_str(b, v);
	}
}

/* Enrichment arrives as JSON text we wrote ourselves: it goes in as it is. */
static void S_opt_json(pm_jbuf *b, const char *key, const char *text)
{
	if (text) {
		pm_jbuf_key(b, key);
		pm_jbuf_lit(b, text);
	}
}

/* One JSON line, the fields in the order README shows them. */
static void S_event_line(pm_jbuf *b, const pm_event *ev)
{
	pm_jbuf_lit(b, "{");
	pm_jbuf_key(b, "id");
	pm_jbuf_str(b, ev->id ? ev->id : "");
	pm_jbuf_key(b, "sentence");
	pm_jbuf_int(b, ev->sentence);
	pm_jbuf_key(b, "date");
	pm_jbuf_str(b, ev->date);
	S_opt_str(b, "date_precision", ev->date_precision);
	S_opt_str(b, "date_text", ev->date_text);
	S_actor_out(b, "source", &ev->source);
	S_actor_out(b, "target", &ev->target);
	pm_jbuf_key(b, "code");
	pm_jbuf_str(b, ev->code ? ev->code : "");
	pm_jbuf_key(b, "root");
	pm_jbuf_str(b, ev->root);
	pm_jbuf_key(b, "quad");
	pm_jbuf_int(b, ev->quad);
	pm_jbuf_key(b, "goldstein");
	pm_jbuf_tenths(b, ev->goldstein);  /* the scale has one decimal */
	S_opt_json(b, "location", ev->location_json);
	S_opt_json(b, "attribution", ev->attribution_json);
	S_opt_json(b, "counts", ev->counts_json);
	S_opt_str(b, "modality", ev->modality);
	pm_jbuf_key(b, "text");
	pm_jbuf_str(b, ev->text ? ev->text : "");
	S_opt_json(b, "doc", ev->doc_json);
	pm_jbuf_lit(b, "}\n");
}

int pm_event_write(FILE *f, pm_format fmt, const pm_event *ev)
{
	if (fmt != PM_FORMAT_JSONL) {
		S_write_row(f, fmt, ev);
		return ferror(f) ? PM_ERROR : 0;
	}
	char storage[8192];
	pm_jbuf b;
	pm_jbuf_init(&b, storage, sizeof(storage), 1);
	S_event_line(&b, ev);
	int bad = b.failed;
	if (!bad)
		fwrite(b.p, 1, b.n, f);
	pm_jbuf_free(&b);
	if (bad)
		return pm_error_set(PM_ENOMEM, "out of memory writing an event");
	return ferror(f) ? PM_ERROR : 0;
}
