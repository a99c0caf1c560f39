/* fuzz_gazetteer.c - any bytes as the compiled gazetteer (data/gazetteer.bin):
 * a file that opens must answer lookups, entries and countries without
 * reading outside itself. */
#include "enrich/gazetteer.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	static const char *const names[] = {"Aleppo", "Palmyra", "Tadmur", "Deir ez-Zor", "Homs",
					    "Damascus", "Syria", "al-Bab", "Idlib province", "x", "", NULL};
	pm_gazetteer *g;
	if (pm_gazetteer_open(&g, S_as_file(data, size)) < 0)
		return 0;
	size_t touched = 0;
	pm_gaz_entry e[8];
	for (int i = 0; names[i]; i++) {
		int n = pm_gazetteer_lookup(g, names[i], e, 8);
		for (int k = 0; k < n; k++)
			touched += strlen(e[k].name) + strlen(e[k].admin1) + strlen(e[k].country);
		char key[128];
		size_t len = pm_gazetteer_key(names[i], strlen(names[i]), key, sizeof(key));
		const uint32_t *posts;
		int more;
		int m = len ? pm_gazetteer_find(g, key, len, &posts, &more) : 0;
		for (int k = 0; k < m; k++) {
			pm_gazetteer_get(g, PM_GAZ_ID(posts[k]), &e[0]);
			touched += strlen(e[0].name);
		}
	}
	int n = pm_gazetteer_size(g);
	for (int i = 0; i < n && i < 512; i++) {
		pm_gazetteer_get(g, (uint32_t)i, &e[0]);
		touched += strlen(e[0].name) + strlen(e[0].admin1);
	}
	pm_gazetteer_get(g, 0xffffffffu, &e[0]);
	touched += (size_t)pm_gazetteer_country(g, "SYR", &e[0]);
	pm_gazetteer_free(g);
	return (int)(touched & 0);
}
