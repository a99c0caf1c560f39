/* segment_out.c - timeline segments as JSON lines, CSV/TSV and GeoJSON.
 *
 * The same shapes as the event writers (src/output): every key on every
 * line, null when unknown, so that a data frame has the same columns
 * whatever its first rows hold; CSV/TSV flatten the place and join lists
 * with "; "; GeoJSON puts a segment at its place's point. */
#include <stdio.h>
#include <string.h>

#include "palmyra.h"
#include "util/error.h"
#include "util/json_out.h"

static void S_str_key(pm_jbuf *b, const char *key, const char *v)
{
	pm_jbuf_key(b, key);
	pm_jbuf_str(b, v);
}

/* A town the gazetteer lacks has a name and a country, no point. */
static int S_located(const pm_location *l)
{
	return !l->precision || strcmp(l->precision, "unresolved");
}

static void S_place(pm_jbuf *b, const pm_location *l)
{
	pm_jbuf_key(b, "place");
	pm_jbuf_lit(b, "{");
	S_str_key(b, "name", l->name);
	pm_jbuf_key(b, "geonameid");
	if (l->geonameid > 0)
		pm_jbuf_int(b, l->geonameid);
	else
		pm_jbuf_lit(b, "null");
	S_str_key(b, "country", l->country);
	S_str_key(b, "admin1", l->admin1);
	pm_jbuf_key(b, "lat");
	if (S_located(l))
		pm_jbuf_fixed5(b, l->lat);
	else
		pm_jbuf_lit(b, "null");
	pm_jbuf_key(b, "lon");
	if (S_located(l))
		pm_jbuf_fixed5(b, l->lon);
	else
		pm_jbuf_lit(b, "null");
	S_str_key(b, "precision", l->precision);
	S_str_key(b, "text", l->text);
	pm_jbuf_lit(b, "}");
}

/* The segment's own keys, after "place". */
static void S_fields(pm_jbuf *b, const pm_segment *s)
{
	S_str_key(b, "holder", s->holder);
	S_str_key(b, "holder_label", s->holder_label);
	S_str_key(b, "from", s->from);
	S_str_key(b, "to", s->to);
	S_str_key(b, "status", s->status);
	pm_jbuf_str_list(b, "contenders", s->contenders, s->n_contenders);
	pm_jbuf_str_list(b, "evidence", s->evidence, s->n_evidence);
	pm_jbuf_key(b, "n_outlets");
	pm_jbuf_int(b, s->n_outlets);
}

static const char *const S_columns[] = {
	"place_name", "place_geonameid", "place_country", "place_admin1", "place_lat", "place_lon",
	"place_precision", "place_text", "holder", "holder_label", "from", "to", "status",
	"contenders", "evidence", "n_outlets", NULL};

int pm_segment_write_header(FILE *f, pm_format fmt)
{
	if (fmt == PM_FORMAT_GEOJSON)
		return fputs("{\"type\":\"FeatureCollection\",\"features\":[\n", f) < 0 ? PM_ERROR : 0;
	if (fmt != PM_FORMAT_CSV && fmt != PM_FORMAT_TSV)
		return 0;
	for (int i = 0; S_columns[i]; i++)
		fprintf(f, "%s%s", i ? (fmt == PM_FORMAT_CSV ? "," : "\t") : "", S_columns[i]);
	return fputc('\n', f) == EOF ? PM_ERROR : 0;
}

/* One CSV or TSV cell: CSV quotes a cell holding a comma, quote or line
 * break; TSV turns tabs and line breaks into spaces. */
static void S_cell(FILE *f, pm_format fmt, const char *v, int first)
{
	if (!first)
		fputc(fmt == PM_FORMAT_CSV ? ',' : '\t', f);
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

static void S_joined(char *buf, size_t cap, const char *const *items, int n)
{
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; i < n && k + 1 < cap; i++)
		k += (size_t)snprintf(buf + k, cap - k, "%s%s", i ? "; " : "", items[i]);
}

static int S_row(FILE *f, pm_format fmt, const pm_segment *s)
{
	const pm_location *l = &s->place;
	char id[24] = "", lat[64] = "", lon[64] = "", outlets[16], cont[512], ev[8192];
	if (l->geonameid > 0)
		snprintf(id, sizeof(id), "%ld", l->geonameid);
	if (S_located(l)) {
		pm_fmt_fixed5(l->lat, lat);
		pm_fmt_fixed5(l->lon, lon);
	}
	snprintf(outlets, sizeof(outlets), "%d", s->n_outlets);
	S_joined(cont, sizeof(cont), s->contenders, s->n_contenders);
	S_joined(ev, sizeof(ev), s->evidence, s->n_evidence);
	const char *cells[] = {l->name, id[0] ? id : NULL, l->country, l->admin1, lat[0] ? lat : NULL,
			       lon[0] ? lon : NULL,
			       l->precision, l->text, s->holder, s->holder_label, s->from, s->to,
			       s->status, cont, ev, outlets};
	for (size_t i = 0; i < sizeof(cells) / sizeof(cells[0]); i++)
		S_cell(f, fmt, cells[i], i == 0);
	return fputc('\n', f) == EOF ? PM_ERROR : 0;
}

int pm_segment_write(FILE *f, pm_format fmt, const pm_segment *s, int first)
{
	if (!f || !s)
		return pm_error_set(PM_EINVALID, "pm_segment_write: NULL argument");
	if (fmt == PM_FORMAT_CSV || fmt == PM_FORMAT_TSV)
		return S_row(f, fmt, s);
	char storage[4096];
	pm_jbuf b;
	pm_jbuf_init(&b, storage, sizeof(storage), 1);
	if (fmt == PM_FORMAT_GEOJSON || fmt == PM_FORMAT_GEOJSONL) {
		if (fmt == PM_FORMAT_GEOJSON && !first)
			pm_jbuf_lit(&b, ",\n");
		pm_jbuf_lit(&b, "{\"type\":\"Feature\",\"geometry\":");
		if (S_located(&s->place)) {
			pm_jbuf_lit(&b, "{\"type\":\"Point\",\"coordinates\":[");
			pm_jbuf_fixed5(&b, s->place.lon);
			pm_jbuf_lit(&b, ",");
			pm_jbuf_fixed5(&b, s->place.lat);
			pm_jbuf_lit(&b, "]}");
		} else {
			pm_jbuf_lit(&b, "null");
		}
		pm_jbuf_lit(&b, ",\"properties\":{");
		S_place(&b, &s->place);
		S_fields(&b, s);
		pm_jbuf_lit(&b, "}}");
	} else {
		pm_jbuf_lit(&b, "{");
		S_place(&b, &s->place);
		S_fields(&b, s);
		pm_jbuf_lit(&b, "}");
	}
	if (fmt != PM_FORMAT_GEOJSON)
		pm_jbuf_lit(&b, "\n");
	int rc = b.failed || fwrite(b.p, 1, b.n, f) != b.n ? PM_ERROR : 0;
	pm_jbuf_free(&b);
	return rc;
}

int pm_segment_write_footer(FILE *f, pm_format fmt)
{
	if (fmt == PM_FORMAT_GEOJSON)
		return fputs("\n]}\n", f) < 0 ? PM_ERROR : 0;
	return 0;
}
