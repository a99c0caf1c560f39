#include "util/geo.h"
#include "../test.h"

#include <math.h>

/* Distances on the globe, and the wording that places something by its
 * distance from the story's own place. */
int main(void)
{
	CHECK(fabs(pm_geo_km(0, 0, 0, 1) - 111.19) < 0.1);           /* a degree at the equator */
	CHECK(pm_geo_km(34.55, 38.27, 34.55, 38.27) == 0.0);
	CHECK(pm_geo_far_off("Gunmen then attacked a checkpoint about 30 kilometres away."));
	CHECK(pm_geo_far_off("A second blast hit a market some 90 km to the west."));
	CHECK(pm_geo_far_off("Shells struck a village 20 km (12 miles) away."));
	CHECK(!pm_geo_far_off("Rebels seized a base 15 km south of Tikrit."));
	CHECK(!pm_geo_far_off("The camp lies 5 km away from Oicha."));
	CHECK(!pm_geo_far_off("Troops advanced 40 km to the west of Gao."));
	CHECK(!pm_geo_far_off("The convoy covered 300 kmh of road."));
	CHECK(!pm_geo_far_off(NULL));
	TEST_END();
}
