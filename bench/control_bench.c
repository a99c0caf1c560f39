/* control_bench.c - how long the timeline takes to build from many events.
 *
 * usage: control_bench [N_EVENTS] [N_PLACES]   (defaults 1000000, 5000)
 *
 * Synthetic events with control statements, made by a fixed generator
 * (no coder, no files): each place changes hands a few times between four
 * sides over ten years, reported by several outlets per change with holds
 * between, some claims, denials and month-precise dates. Prints the time
 * to add the events, to build and hand out every segment, the segments
 * made and the peak memory. Not a test: timings vary with the machine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "palmyra.h"

static double S_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* xorshift64*: the same events on every run */
static unsigned long long S_next(unsigned long long *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

static int S_count(void *ctx, const pm_segment *seg)
{
	long *n = ctx;
	n[0]++;
	n[1] += seg->n_evidence;
	return 0;
}

int main(int argc, char **argv)
{
	long n_events = argc > 1 ? atol(argv[1]) : 1000000;
	int n_places = argc > 2 ? atoi(argv[2]) : 5000;
	if (n_events <= 0 || n_places <= 0) {
		fprintf(stderr, "usage: control_bench [N_EVENTS] [N_PLACES]\n");
		return 2;
	}
	static const char *const sides[] = {"SYRMIL", "SYRREB", "IMGMUSISI", "SYRKUR"};
	static const char *const outlets[] = {"AFP", "Reuters", "AP", "BBC", "SANA", "Al Jazeera"};
	static const char *const changes[] = {"gain", "hold", "hold", "loss"};
	pm_timeline *t;
	if (pm_timeline_new(&t, NULL) < 0)
		return 1;
	unsigned long long seed = 88172645463325252ULL;
	char name[32], text[32], doc[32], date[16], evid[24], incident[24];
	double t0 = S_now();
	for (long i = 0; i < n_events; i++) {
		int place = (int)(S_next(&seed) % (unsigned)n_places);
		/* a place's story: its day decides who holds it, so that reports
		 * agree mostly and a few disagree */
		int day = (int)(S_next(&seed) % 3650);
		int era = (day / 400 + place) % 4;
		int r = (int)(S_next(&seed) % 100);
		const char *side = sides[r < 90 ? era : (era + 1) % 4];
		const char *change = changes[S_next(&seed) % 4];
		const char *status = r < 80 ? "asserted" : r < 95 ? "claimed" : "denied";
		int y = 2012 + day / 365, m = 1 + (day % 365) / 31, d = 1 + (day % 31) % 28;
		if (m > 12)
			m = 12;
		if (r % 10 == 0)
			snprintf(date, sizeof(date), "%04d-%02d", y, m);
		else
			snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m, d);
		snprintf(name, sizeof(name), "Town %d", place);
		snprintf(text, sizeof(text), "Town %d", place);
		snprintf(doc, sizeof(doc), "d%ld", i / 3);
		snprintf(evid, sizeof(evid), "%016lx", (unsigned long)i);
		snprintf(incident, sizeof(incident), "I%08x%04x", (unsigned)(place * 7919 + day / 2),
			 (unsigned)(r % 7));
		pm_event_doc dd = {doc, NULL, date, outlets[i % 6], NULL, NULL, 0, NULL};
		if (strlen(date) == 7)
			snprintf(date, sizeof(date), "%04d-%02d", y, m);
		pm_event ev;
		memset(&ev, 0, sizeof(ev));
		memcpy(ev.event_id, evid, 17);
		ev.doc = &dd;
		ev.id = doc;
		ev.date = date;
		ev.date_precision = strlen(date) == 7 ? "month" : "day";
		ev.location.found = 1;
		ev.location.name = name;
		ev.location.text = text;
		ev.location.geonameid = 100000 + place;
		ev.location.country = "SYR";
		ev.location.admin1 = "Region";
		ev.location.precision = "city";
		ev.location.lat = 30 + place % 100 * 0.1;
		ev.location.lon = 35 + place / 100 * 0.1;
		ev.control.change = change;
		ev.control.actor = side;
		ev.control.status = status;
		ev.source.code = side;
		ev.incident = incident;
		if (pm_timeline_add(t, &ev) < 0) {
			fprintf(stderr, "control_bench: %s\n", pm_error_last());
			return 1;
		}
	}
	double t1 = S_now();
	long counts[2] = {0, 0};
	if (pm_timeline_run(t, NULL, S_count, counts) < 0) {
		fprintf(stderr, "control_bench: %s\n", pm_error_last());
		return 1;
	}
	double t2 = S_now();
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("events %ld, places %d\n", n_events, n_places);
	printf("add   %.2f s (%.0f events/s)\n", t1 - t0, n_events / (t1 - t0));
	printf("build %.2f s: %ld segments, %ld evidence ids handed out\n", t2 - t1, counts[0],
	       counts[1]);
	printf("peak memory %.0f MB\n", ru.ru_maxrss / 1024.0);
	pm_timeline_free(t);
	return 0;
}
