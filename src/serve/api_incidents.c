/* api_incidents.c - /api/incidents, /api/incidents/grid, /api/incidents/ID
 * and the incident counts of /api/stats: the store's linked incidents. */
#include <string.h>

#include "serve/serve.h"

int pm_serve_incidents(pm_serve_req *r, const char *rest)
{
	return pm_serve_error(r, 404, "incidents are not kept by this store yet");
}

int pm_serve_incident_count(pm_serve_req *r, const pm_filter *f, const pm_count_by *by,
			    pm_count_fn fn, void *ctx)
{
	return pm_serve_error(r, 400, "of=incidents: incidents are not kept by this store yet");
}
