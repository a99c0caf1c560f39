/* geo.h - distance on the globe, for the store's --near filter and the
 * coder's reading of which sentences tell one happening. */
#ifndef PM_UTIL_GEO_H
#define PM_UTIL_GEO_H

/* Great-circle distance in km (mean Earth radius). */
double pm_geo_km(double lat1, double lon1, double lat2, double lon2);

#endif
