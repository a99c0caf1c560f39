/* geo.c - distance on the globe (geo.h). */
#include <math.h>

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
