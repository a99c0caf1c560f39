/* where_incidents.c - the filters on stored incidents, as SQL, for every
 * backend (pm_store_where_incidents): each writes the pieces its own way
 * (placeholders, case folding) through a pm_sql_out. */
#include <math.h>

#include "store/store.h"

/* Cells a backend's own writer takes at most; as ranges, at most 12 rows. */
enum { S_MAX_CELLS = 4096, S_MAX_RANGE_ROWS = 12 };

/* The cells as ranges of incidents.cell (row * 360 + column), one or two
 * a row. */
static void S_cell_ranges(const pm_sql_out *o, long r0, long r1, long c0, long c1)
{
	o->sql(o->q, " AND (");
	o->sql(o->q, o->no);
	for (long r = r0; r <= r1; r++) {
		long bounds[4] = {r * 360 + c0, c0 > c1 ? r * 360 + 359 : r * 360 + c1, r * 360,
				  r * 360 + c1};
		for (int h = 0; h < (c0 > c1 ? 2 : 1); h++) {
			o->sql(o->q, " OR i.cell BETWEEN ");
			o->integer(o->q, bounds[2 * h]);
			o->sql(o->q, " AND ");
			o->integer(o->q, bounds[2 * h + 1]);
		}
	}
	o->sql(o->q, ")");
}

/* The 1-degree cells (incidents.cell: row * 360 + column) of a box, when
 * they are few enough for an index to seek them one by one. */
static void S_cells(const pm_sql_out *o, double west, double east, double south, double north)
{
	long r0 = (long)floor(south) + 90, r1 = (long)floor(north) + 90;
	r0 = r0 < 0 ? 0 : r0;
	r1 = r1 > 179 ? 179 : r1;
	long c0 = (long)floor(west) + 180, c1 = (long)floor(east) + 180;
	c0 = c0 < 0 ? 0 : c0 > 359 ? 359 : c0;
	c1 = c1 < 0 ? 0 : c1 > 359 ? 359 : c1;
	if (west > east && c0 <= c1) {   /* round the world and into its first cell again */
		c0 = 0;
		c1 = 359;
	}
	long cols = c1 >= c0 ? c1 - c0 + 1 : 360 - c0 + c1 + 1;
	if (r1 < r0)
		return;
	if (o->cells && (r1 - r0 + 1) * cols <= S_MAX_CELLS)
		o->cells(o->q, r0, r1, c0, c1);
	else if (!o->cells && (r1 - r0 + 1) * (c0 > c1 ? 2 : 1) <= S_MAX_RANGE_ROWS)
		S_cell_ranges(o, r0, r1, c0, c1);
	/* else a wide box: the lat/lon tests alone */
}

static void S_between(const pm_sql_out *o, const char *col, double lo, double hi)
{
	o->sql(o->q, " AND ");
	o->sql(o->q, col);
	o->sql(o->q, " BETWEEN ");
	o->real(o->q, lo);
	o->sql(o->q, " AND ");
	o->real(o->q, hi);
}

/* Longitudes west to east; west > east crosses the antimeridian. */
static void S_lon(const pm_sql_out *o, double west, double east)
{
	if (west <= east) {
		S_between(o, "i.lon", west, east);
		return;
	}
	o->sql(o->q, " AND (i.lon >= ");
	o->real(o->q, west);
	o->sql(o->q, " OR i.lon <= ");
	o->real(o->q, east);
	o->sql(o->q, ")");
}

static void S_op_int(const pm_sql_out *o, const char *left, long long v)
{
	o->sql(o->q, left);
	o->integer(o->q, v);
}

static void S_codes(const pm_sql_out *o, const pm_filter *f)
{
	if (f->actor[0]) {
		o->sql(o->q, " AND (");
		o->prefix(o->q, "i.source_code", f->actor);
		o->sql(o->q, " OR ");
		o->prefix(o->q, "i.target_code", f->actor);
		o->sql(o->q, ")");
	}
	const char *const cols[3] = {"i.source_code", "i.target_code", "i.code"};
	const char *const vals[3] = {f->source, f->target, f->code};
	for (int k = 0; k < 3; k++)
		if (vals[k][0]) {
			o->sql(o->q, " AND ");
			o->prefix(o->q, cols[k], vals[k]);
		}
	if (f->root[0]) {
		o->sql(o->q, " AND i.root = ");
		o->text(o->q, f->root);
	}
	if (f->quad)
		S_op_int(o, " AND i.quad = ", f->quad);
	if (f->min_outlets > 0)
		S_op_int(o, " AND i.n_outlets >= ", f->min_outlets);
}

static void S_places(const pm_sql_out *o, const pm_filter *f)
{
	if (f->country[0]) {
		o->sql(o->q, " AND i.country = ");
		o->text(o->q, f->country);
	}
	if (f->admin1[0]) {
		o->sql(o->q, " AND ");
		o->nocase(o->q, "i.admin1", f->admin1);
	}
	if (f->geonameid)
		S_op_int(o, " AND i.geonameid = ", f->geonameid);
	if (f->place[0]) {
		o->sql(o->q, " AND (");
		o->nocase(o->q, "i.place_name", f->place);
		o->sql(o->q, " OR i.geonameid IN (SELECT p.geonameid FROM place_names n JOIN places p"
			     " ON p.place_key = n.place_key WHERE ");
		o->nocase(o->q, "n.name", f->place);
		o->sql(o->q, " AND p.geonameid IS NOT NULL))");
	}
}

void pm_store_where_incidents(const pm_sql_out *o, const pm_filter *f)
{
	/* a box's cells first: an index by cell and then by day seeks each
	 * cell's dates */
	if (f->has_bbox)
		S_cells(o, f->west, f->east, f->south, f->north);
	if (f->has_from)
		S_op_int(o, " AND i.day_first >= ", f->from_day);
	if (f->has_to) {
		S_op_int(o, " AND i.day_first <= ", f->to_day);
		S_op_int(o, " AND i.day_last <= ", f->to_day);
	}
	S_places(o, f);
	if (f->has_bbox) {
		S_between(o, "i.lat", f->south, f->north);
		S_lon(o, f->west, f->east);
	}
	if (f->has_near) {
		pm_geo_box box;
		pm_geo_box_around(f->near_lat, f->near_lon, f->near_km, &box);
		if (!box.all_lon)
			S_cells(o, box.west, box.east, box.south, box.north);
		S_between(o, "i.lat", box.south, box.north);
		if (!box.all_lon)
			S_lon(o, box.west, box.east);
		o->sql(o->q, " AND pm_km(i.lat, i.lon, ");
		o->real(o->q, f->near_lat);
		o->sql(o->q, ", ");
		o->real(o->q, f->near_lon);
		o->sql(o->q, ") <= ");
		o->real(o->q, f->near_km);
	}
	S_codes(o, f);
	/* what belongs to reports: any report matching makes the incident */
	if (f->modality[0] || f->outlet[0] || f->doc[0] || f->text[0]) {
		o->sql(o->q, " AND i.id IN (SELECT e.incident FROM events e WHERE e.incident IS NOT"
			     " NULL");
		o->reports(o->q, f);
		o->sql(o->q, ")");
	}
}
