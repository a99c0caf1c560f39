/* geo.h - distance on the globe, for the store's --near filter and the
 * coder's reading of which sentences tell one happening. */
#ifndef PM_UTIL_GEO_H
#define PM_UTIL_GEO_H

/* Great-circle distance in km (mean Earth radius). */
double pm_geo_km(double lat1, double lon1, double lat2, double lon2);

/* Whether text places something by its distance from the story's own
 * place ("about 30 kilometres away", "some 90 km to the west", "20 km (12
 * miles) away"), not from a town it names ("15 km south of Tikrit", "5
 * km away from Oicha", "to the west of Gao"): somewhere else than the
 * happening told before it. The coder's evidence rules and the incident
 * linker read it alike. */
int pm_geo_far_off(const char *text);

#endif
