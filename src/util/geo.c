/* geo.c - distance on the globe (geo.h). */
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "util/geo.h"

#define S_EARTH_KM 6371.0088
#define S_RAD (M_PI / 180.0)

double pm_geo_km(double lat1, double lon1, double lat2, double lon2)
{
	double dlat = (lat2 - lat1) * S_RAD, dlon = (lon2 - lon1) * S_RAD;
	double a = sin(dlat / 2) * sin(dlat / 2) +
		   cos(lat1 * S_RAD) * cos(lat2 * S_RAD) * sin(dlon / 2) * sin(dlon / 2);
	return 2 * S_EARTH_KM * asin(sqrt(a < 1 ? a : 1));
}

int pm_geo_far_off(const char *t)
{
	static const char *const units[] = {" km", " kilometres", " kilometers", " miles", NULL};
	if (!t)
		return 0;
	for (int u = 0; units[u]; u++)
		for (const char *p = strstr(t, units[u]); p; p = strstr(p + 1, units[u])) {
			const char *q = p + strlen(units[u]);
			if (isalpha((unsigned char)*q))
				continue;
			if (!strncmp(q, " (", 2) && strchr(q, ')'))
				q = strchr(q, ')') + 1;
			if (!strncmp(q, " away", 5) && strncmp(q + 5, " from", 5))
				return 1;
			if (strncmp(q, " to the ", 8))
				continue;
			q += 8;
			while (isalpha((unsigned char)*q) || *q == '-')
				q++;
			if (strncmp(q, " of ", 4))
				return 1;
		}
	return 0;
}
