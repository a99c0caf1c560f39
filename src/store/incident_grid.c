/* incident_grid.c - pm_store_incident_grid: incidents counted on a grid of
 * square cells for a map. A backend that can groups them itself by cell
 * and root (pm_store_backend.incident_grid); otherwise every incident is
 * read here. Either way the groups meet in one table of cells, so both
 * give the same cells, means and roots. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "store/store.h"
#include "util/error.h"

typedef struct {
	long ix, iy;
	long n, n_outlets;
	long long lat, lon;       /* sums in units of 2^-32 degree */
	long roots[21];           /* 01..20 */
	int used;
} S_cell;

typedef struct {
	S_cell *cells;
	size_t n, cap;            /* open addressing; cap a power of two */
	double size;
	int failed;
} S_grid;

static size_t S_cell_hash(long ix, long iy, size_t cap)
{
	unsigned long long h = (unsigned long long)ix * 0x9e3779b97f4a7c15ULL ^
			       (unsigned long long)iy * 0xc2b2ae3d27d4eb4fULL;
	return (size_t)(h ^ (h >> 29)) & (cap - 1);
}

static int S_grow(S_grid *g)
{
	size_t cap = g->cap ? g->cap * 2 : 1024;
	S_cell *cells = calloc(cap, sizeof(*cells));
	if (!cells)
		return -1;
	for (size_t i = 0; i < g->cap; i++) {
		if (!g->cells[i].used)
			continue;
		size_t j = S_cell_hash(g->cells[i].ix, g->cells[i].iy, cap);
		while (cells[j].used)
			j = (j + 1) & (cap - 1);
		cells[j] = g->cells[i];
	}
	free(g->cells);
	g->cells = cells;
	g->cap = cap;
	return 0;
}

static S_cell *S_cell_at(S_grid *g, long ix, long iy)
{
	if ((g->n + 1) * 2 > g->cap && S_grow(g) < 0)
		return NULL;
	size_t j = S_cell_hash(ix, iy, g->cap);
	while (g->cells[j].used && (g->cells[j].ix != ix || g->cells[j].iy != iy))
		j = (j + 1) & (g->cap - 1);
	if (!g->cells[j].used) {
		memset(&g->cells[j], 0, sizeof(g->cells[j]));
		g->cells[j].used = 1;
		g->cells[j].ix = ix;
		g->cells[j].iy = iy;
		g->n++;
	}
	return &g->cells[j];
}

/* A group: its sums (lat, lon) added to its cell's. */
static int S_group(void *ctx, const pm_store_cell *grp)
{
	S_grid *g = ctx;
	S_cell *c = S_cell_at(g, grp->ix, grp->iy);
	if (!c) {
		g->failed = 1;
		return 1;
	}
	c->n += grp->n;
	c->n_outlets += grp->n_outlets;
	c->lat += grp->lat_sum;
	c->lon += grp->lon_sum;
	if (grp->root >= 1 && grp->root <= 20)
		c->roots[grp->root] += grp->n;
	return 0;
}

/* A coordinate in 2^-32 degrees: a sum of these is exact, so a mean is
 * the same whatever the order incidents come in (a sum of floats is
 * not, and a mean halfway between two printed digits would then round
 * either way). 2^32 * 180 * 10^7 incidents still fits in 63 bits. */
static long long S_fixed(double deg)
{
	return llround(deg * 4294967296.0);
}

/* Without the backend's grouping: each incident a group of one. */
static int S_one(void *ctx, const pm_incident *inc)
{
	S_grid *g = ctx;
	const pm_location *l = &inc->place;
	if (!l->found || (l->precision && !strcmp(l->precision, "unresolved")))
		return 0;
	pm_store_cell grp = {(long)floor(l->lon / g->size), (long)floor(l->lat / g->size), 1,
			     inc->n_outlets, 0, 0, 0, S_fixed(l->lat), S_fixed(l->lon)};
	if (inc->code && strlen(inc->code) >= 2)
		grp.root = (inc->code[0] - '0') * 10 + inc->code[1] - '0';
	return S_group(g, &grp);
}

static int S_cell_cmp(const void *a, const void *b)
{
	const S_cell *x = a, *y = b;
	if (x->iy != y->iy)
		return x->iy < y->iy ? -1 : 1;
	return x->ix < y->ix ? -1 : x->ix > y->ix;
}

static void S_emit(S_grid *g, pm_store_cell_fn fn, void *ctx)
{
	size_t k = 0;
	for (size_t i = 0; i < g->cap; i++)
		if (g->cells[i].used)
			g->cells[k++] = g->cells[i];
	qsort(g->cells, k, sizeof(*g->cells), S_cell_cmp);
	for (size_t i = 0; i < k; i++) {
		const S_cell *c = &g->cells[i];
		pm_store_cell out = {c->ix, c->iy, c->n, c->n_outlets,
				     (double)c->lat / 4294967296.0 / (double)c->n,
				     (double)c->lon / 4294967296.0 / (double)c->n, 0, c->lat, c->lon};
		for (int root = 1; root <= 20; root++)
			if (c->roots[root] > c->roots[out.root])
				out.root = root;
		if (fn(ctx, &out))
			break;
	}
}

int pm_store_incident_grid(pm_store *s, const pm_filter *f, double cell_deg,
			   pm_store_cell_fn fn, void *ctx)
{
	pm_filter all = PM_FILTER_INIT;
	if (!s || !fn || !(cell_deg > 0) || !isfinite(cell_deg))
		return pm_error_set(PM_EINVALID, "a grid needs a store, a callback and cells > 0 degrees");
	if (f && f->version != PM_FILTER_VERSION)
		return pm_error_set(PM_EINVALID, "pm_filter version %u is not %d", f->version,
				    PM_FILTER_VERSION);
	if (!s->b->incidents)
		return pm_error_set(PM_EINVALID, "store backend '%s' keeps no incidents", s->b->name);
	pm_filter sel = f ? *f : all;
	sel.limit = 0;
	S_grid g;
	memset(&g, 0, sizeof(g));
	g.size = cell_deg;
	int rc = s->b->incident_grid ? s->b->incident_grid(s->b, &sel, cell_deg, S_group, &g)
				     : s->b->incidents(s->b, &sel, S_one, &g);
	if (rc == 0 && g.failed)
		rc = pm_error_set(PM_ENOMEM, "out of memory");
	if (rc == 0)
		S_emit(&g, fn, ctx);
	free(g.cells);
	return rc;
}
