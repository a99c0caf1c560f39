/* test_gazetteer.c - name keys (no data needed), then lookups, ranking and
 * the load time of data/gazetteer.bin (skipped when it is not built). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "enrich/gazetteer.h"
#include "../test.h"

static const char *S_key(const char *s)
{
	static char buf[128];
	pm_gazetteer_key(s, strlen(s), buf, sizeof(buf));
	return buf;
}

static void S_keys(void)
{
	CHECK_STR(S_key("Aleppo"), "alepo");
	CHECK_STR(S_key("ALEPPO"), "alepo");
	CHECK_STR(S_key("Deir ez-Zor"), "deir zor");
	CHECK_STR(S_key("Deir al Zor"), "deir zor");
	CHECK_STR(S_key("Dayr az-Zor"), "deir zor");
	CHECK_STR(S_key("Ar Raqqah"), "raqa");
	CHECK_STR(S_key("al-Raqqa"), "raqa");
	CHECK_STR(S_key("Deir Ezzor"), "deir zor");
	CHECK_STR(S_key("Maarat al-Numan"), "marat numan");
	CHECK_STR(S_key("Ras al-Ain"), "ras ain");
	CHECK_STR(S_key("Ma'arrat al-Nu'man"), "marat numan");
	CHECK_STR(S_key("Maʿarrat an Nuʿman"), "marat numan");
	CHECK_STR(S_key("Ḩamāh"), "hama");
	CHECK_STR(S_key("Hamah"), "hama");
	CHECK_STR(S_key("Sant Julià de Lòria"), "sant julia de loria");
	CHECK_STR(S_key("Łódź"), "lodz");
	CHECK_STR(S_key("U.S."), "u s");
	/* an article alone is a name, not nothing */
	CHECK_STR(S_key("Al"), "al");
	CHECK_STR(S_key("  New   York "), "new york");
	CHECK_STR(S_key("Tall Abyad"), "tal abyad");
	/* non-Latin scripts give no key: they could only match by accident */
	CHECK_INT(strlen(S_key("حلب")), 0);
	CHECK_INT(strlen(S_key("Алеппо")), 0);
	CHECK_INT(strlen(S_key("--")), 0);
	/* skeletons: spellings the rules cannot meet share consonants */
	char a[64], b[64];
	CHECK(pm_gazetteer_skeleton("puli alam", 9, a, sizeof(a)) > 0);
	CHECK(pm_gazetteer_skeleton("pul e alam", 10, b, sizeof(b)) > 0);
	CHECK_STR(a, b);
	CHECK_STR(a, "~plm");
	pm_gazetteer_skeleton("krasnogorovka", 13, a, sizeof(a));
	pm_gazetteer_skeleton("krasnohorivka", 13, b, sizeof(b));
	CHECK_STR(a, b);
	pm_gazetteer_skeleton("makhmour", 8, a, sizeof(a));
	pm_gazetteer_skeleton("mexmur", 6, b, sizeof(b));
	CHECK_STR(a, b);
	CHECK_INT(pm_gazetteer_skeleton("mali", 4, a, sizeof(a)), 0);   /* too few consonants */
	CHECK_INT(pm_gazetteer_skeleton("deir zor", 8, a, 3), 0);
	/* plain letters keep what keys fold */
	CHECK(pm_gazetteer_plain("S\xc4\x81marr\xc4\x81'", 11, a, sizeof(a)) == 7);
	CHECK_STR(a, "samarra");
	CHECK_INT(pm_gazetteer_plain("Al-Bab", 6, a, sizeof(a)), 5);
	CHECK_STR(a, "albab");
	/* a key never overflows its buffer */
	char small[6];
	CHECK_INT(pm_gazetteer_key("Deir ez-Zor", 11, small, sizeof(small)), 0);
	CHECK_STR(small, "");
}

/* The best entry of name, optionally restricted to country iso3. */
static int S_best(const pm_gazetteer *g, const char *name, const char *iso3, pm_gaz_entry *out)
{
	pm_gaz_entry e[64];
	int n = pm_gazetteer_lookup(g, name, e, 64);
	for (int i = 0; i < n; i++)
		if (!iso3 || strcmp(e[i].country, iso3) == 0) {
			*out = e[i];
			return 1;
		}
	return 0;
}

static void S_lookups(const pm_gazetteer *g)
{
	pm_gaz_entry e;
	CHECK(pm_gazetteer_size(g) > 150000);
	CHECK(S_best(g, "Palmyra", "SYR", &e));
	CHECK_STR(e.name, "Tadmur");
	CHECK_INT(e.geonameid, 163808);
	CHECK(e.lat > 34.5 && e.lat < 34.6 && e.lon > 38.2 && e.lon < 38.3);
	CHECK(S_best(g, "Deir al-Zor", "SYR", &e) && e.kind == PM_GAZ_ADMIN1);
	CHECK(S_best(g, "Dayr az Zawr", "SYR", &e));
	CHECK(S_best(g, "Raqqa", NULL, &e));
	CHECK_STR(e.country, "SYR");
	CHECK(S_best(g, "Aleppo", NULL, &e));
	CHECK_STR(e.country, "SYR");
	/* countries come first, with their capital's coordinates */
	CHECK(S_best(g, "Syria", NULL, &e) && e.kind == PM_GAZ_COUNTRY);
	CHECK_STR(e.country, "SYR");
	/* a country sits at its territory's centroid, not its capital */
	CHECK(e.lat > 34.5 && e.lat < 35.5 && e.lon > 38 && e.lon < 39);
	CHECK(S_best(g, "Jordan", NULL, &e) && e.kind == PM_GAZ_COUNTRY);
	CHECK(S_best(g, "U.S.", NULL, &e) && strcmp(e.country, "USA") == 0);
	/* cities: the big one before the small namesakes */
	CHECK(S_best(g, "Paris", NULL, &e));
	CHECK_STR(e.country, "FRA");
	CHECK(S_best(g, "Paris", "USA", &e) && e.population < 100000);
	CHECK(S_best(g, "Tripoli", "LBN", &e) && e.kind == PM_GAZ_CITY);
	CHECK(S_best(g, "Kherson", "UKR", &e) && e.population > 200000);
	/* regions keep their seat's coordinates and answer without a suffix */
	CHECK(S_best(g, "Idlib", "SYR", &e) && e.kind == PM_GAZ_ADMIN1);
	CHECK_STR(e.admin1, "Idlib");
	CHECK(S_best(g, "Zhytomyr", "UKR", &e) && e.kind == PM_GAZ_ADMIN1);
	CHECK_STR(e.name, "Zhytomyr Oblast");
	CHECK(pm_gazetteer_country(g, "SYR", &e) == 0 && e.kind == PM_GAZ_COUNTRY);
	CHECK(pm_gazetteer_country(g, "QQQ", &e) == PM_ENOTFOUND);
	CHECK(pm_gazetteer_country(g, NULL, &e) == PM_ENOTFOUND);
	/* multiword names announce that they can grow */
	const uint32_t *posts;
	int more = 0;
	CHECK_INT(pm_gazetteer_find(g, "deir", 4, &posts, &more) >= 0, 1);
	CHECK_INT(more, 1);
	CHECK(pm_gazetteer_find(g, "new york", 8, &posts, &more) > 0);
	CHECK_INT(pm_gazetteer_find(g, "zzqqxx", 6, &posts, &more), 0);
	CHECK(S_best(g, "New York", "USA", &e) && e.population > 1000000);
	/* second-level divisions, with and without their kind word, drawn at
	 * the town of their name; cities know theirs */
	CHECK(S_best(g, "Kajuru", "NGA", &e) && e.kind == PM_GAZ_ADMIN2);
	CHECK_STR(e.admin1, "Kaduna State");
	CHECK(e.lat > 10.2 && e.lat < 10.45 && e.lon > 7.55 && e.lon < 7.8);
	CHECK(S_best(g, "Kasese District", "UGA", &e) && e.kind == PM_GAZ_ADMIN2);
	CHECK(S_best(g, "Kasese", "UGA", &e));
	pm_gaz_entry all[16];
	int town = 0;
	for (int i = 0, n = pm_gazetteer_lookup(g, "Kasese", all, 16); i < n; i++)
		town |= all[i].kind == PM_GAZ_CITY && !strcmp(all[i].country, "UGA") &&
			!strcmp(all[i].admin2, "Kasese District");
	CHECK(town);
	/* the skeleton index answers a spelling no alternate name gives */
	char sk[64];
	size_t n = pm_gazetteer_skeleton("pulialam", 8, sk, sizeof(sk));
	int k = pm_gazetteer_find(g, sk, n, &posts, NULL), found = 0;
	for (int i = 0; i < k; i++) {
		pm_gazetteer_get(g, PM_GAZ_ID(posts[i]), &e);
		found |= e.geonameid == 1130497;   /* Pul-e 'Alam */
	}
	CHECK(found);
	/* a folded key's spellings as written: "samarra" is Samarra (Iraq),
	 * not Samara (Russia), though both have the key "samara" */
	int iraq = 0, russia = 0;
	k = pm_gazetteer_spelt(g, "samarra", &posts);
	for (int i = 0; i < k; i++) {
		pm_gazetteer_get(g, PM_GAZ_ID(posts[i]), &e);
		iraq |= e.geonameid == 91597;
		russia |= e.geonameid == 499099;
	}
	CHECK(iraq && !russia);
	CHECK_INT(pm_gazetteer_spelt(g, "zzqqxx", &posts), 0);
}

static void S_bad_files(void)
{
	pm_gazetteer *g = (pm_gazetteer *)1;
	CHECK_INT(pm_gazetteer_open(&g, "/nonexistent/gazetteer.bin"), PM_ENOTFOUND);
	CHECK(g == NULL);
	char path[] = "/tmp/pm_gaz_bad_XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK(write(fd, "PMGAZ01\0garbage-garbage-garbage-garbage-garbage-garbage", 56) == 56);
	close(fd);
	CHECK_INT(pm_gazetteer_open(&g, path), PM_EINVALID);
	unlink(path);
}

int main(void)
{
	S_keys();
	S_bad_files();
	const char *dir = getenv("PALMYRA_DATA");
	char path[1024];
	snprintf(path, sizeof(path), "%s/gazetteer.bin", dir ? dir : "data");
	if (access(path, R_OK) != 0) {
		printf("skip: %s is absent (make data builds it)\n", path);
		TEST_END();
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pm_gazetteer *g = NULL;
	int rc = pm_gazetteer_open(&g, path);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK_INT(rc, 0);
	if (rc == 0) {
		printf("gazetteer: %d entries, opened in %.2f ms\n", pm_gazetteer_size(g),
		       (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);
		S_lookups(g);
	}
	pm_gazetteer_free(g);
	TEST_END();
}
