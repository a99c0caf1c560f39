/* test_place_json.c - pm_place_json writes coordinates as printf's "%.5f"
 * would, digit for digit: it formats them itself (exactly, for the
 * gazetteer's float coordinates), so every rounding case is checked here
 * against snprintf: random floats over the coordinate range, ties, tiny
 * and negative values, zeros, and doubles that are not floats. */
#include <math.h>
#include <stdint.h>

#include "../test.h"
#include "enrich/places.h"

static int same_as_printf(double lat, double lon, long id)
{
	pm_place p;
	memset(&p, 0, sizeof(p));
	p.found = 1;
	snprintf(p.name, sizeof(p.name), "X");
	snprintf(p.country, sizeof(p.country), "SYR");
	p.geonameid = id;
	p.lat = lat;
	p.lon = lon;
	p.precision = "city";
	char got[512], want[512], ids[32];
	int n = pm_place_json(&p, got, sizeof(got));
	if (id > 0)
		snprintf(ids, sizeof(ids), "%ld", id);
	else
		snprintf(ids, sizeof(ids), "null");
	snprintf(want, sizeof(want),
		 "{\"name\":\"X\",\"geonameid\":%s,\"country\":\"SYR\",\"admin1\":\"\","
		 "\"lat\":%.5f,\"lon\":%.5f,\"precision\":\"city\",\"text\":\"\"}",
		 ids, lat, lon);
	if (n < 0 || strcmp(got, want) != 0) {
		printf("  lat %.17g lon %.17g id %ld:\n    got  %s\n    want %s\n", lat, lon, id,
		       n < 0 ? "(error)" : got, want);
		return 0;
	}
	return 1;
}

int main(void)
{
	uint64_t x = 88172645463325252u;   /* xorshift: the same values every run */
	int bad = 0;
	for (int i = 0; i < 1000000 && bad < 5; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		/* floats over [-180, 180] and a few wider */
		float lat = (float)((double)(x % 36000001u) / 100000.0 - 180.0);
		uint32_t bits = (uint32_t)(x >> 32);
		float any;
		memcpy(&any, &bits, 4);
		float lon = isfinite(any) && fabsf(any) < 1e8f ? any : lat * 0.5f;
		bad += !same_as_printf(lat, lon, (long)(x % 9000000u));
	}
	CHECK_INT(bad, 0);
	/* ties at the fifth decimal: k / 2^m with few bits */
	bad = 0;
	for (int k = -4096; k <= 4096 && bad < 5; k++)
		for (int m = 0; m <= 12; m++)
			bad += !same_as_printf(ldexp(k, -m), ldexp(k, -m) + 0.5, 1);
	CHECK_INT(bad, 0);
	const double odd[] = {0.0, -0.0, 1e-6, -1e-6, 5e-6, -5e-6, 4.9999e-6, 1e-30, -1e-30,
			      0.000005f, 0.000015f, 0.000025f, 179.999995f, -179.999995f,
			      9999999.0, 1e7, -1e7, 123456.7, -99999.99, 0.1, 33.5138, 36.20124,
			      37.16117, 1.0 / 3.0, NAN, INFINITY, -INFINITY};
	bad = 0;
	for (size_t i = 0; i < sizeof(odd) / sizeof(odd[0]); i++)
		for (size_t j = 0; j < sizeof(odd) / sizeof(odd[0]); j++)
			bad += !same_as_printf(odd[i], odd[j], (long)i - 3);
	CHECK_INT(bad, 0);
	TEST_END();
}
