/* test_event_read.c - events read back from the JSON lines the writer
 * writes: every field survives the round trip byte for byte (escapes,
 * UTF-8 beyond the BMP, counts, places, credits, a document's extra
 * fields), spacing does not matter, unknown keys are skipped, bad lines are
 * refused without changing the buffer, and pm_event_buf_add copies what it
 * keeps. */
#include "palmyra.h"
#include "../test.h"

#include <stdlib.h>

/* pm_event_write's JSON line for ev, into a static buffer. */
static const char *S_line(const pm_event *ev)
{
	static char *buf;
	size_t len;
	free(buf);
	buf = NULL;
	FILE *f = open_memstream(&buf, &len);
	pm_event_write(f, PM_FORMAT_JSONL, ev, 1);
	fclose(f);
	return buf;
}

static const char *const S_credits[] = {"TRTWorld", "Reuters \"wire\""};
static const char *const S_attr[] = {"state media", "a monitoring group \xf0\x9f\x93\xb0"};

static void S_full_event(pm_event *ev, pm_event_doc *doc)
{
	memset(doc, 0, sizeof(*doc));
	doc->id = "doc-1";
	doc->title = "Forces retake \"citadel\"\tof Palmyra";
	doc->date = "2016-03-25";
	doc->outlet = "TRT World";
	doc->url = "https://example.org/a?b=1&c=\\2";
	doc->credits = S_credits;
	doc->n_credits = 2;
	doc->extra_json = "{\"lang\":\"en\",\"tags\":[1,{\"x\":null}]}";
	memset(ev, 0, sizeof(*ev));
	strcpy(ev->event_id, "0123456789abcdef");
	ev->id = "doc-1";
	ev->sentence = 12;
	ev->text = "Syrian forces, backed by \xd8\xaf\xd9\x8a\xd8\xb1 jets, said: \"we won\"\n";
	ev->headline = 1;
	ev->source = (pm_actor){"SYRMIL", "Syrian forces", "Syria: military"};
	ev->target = (pm_actor){"IMGMUSISI", "DAESH", "ISIS"};
	ev->code = "0874";
	strcpy(ev->root, "08");
	ev->code_label = "retreat or surrender militarily";
	ev->plover = "RETREAT";
	ev->quad = 2;
	ev->goldstein = -2.5;
	ev->date = "2016-03";
	ev->date_precision = "month";
	ev->date_text = "in March";
	ev->modality = "claimed";
	ev->location = (pm_location){.found = 1, .name = "Tadmur", .geonameid = 163808,
				     .country = "SYR", .admin1 = "Homs", .lat = 34.5624,
				     .lon = 38.284019, .precision = "city", .text = "Palmyra",
				     .fallback = "paragraph", .ambiguous = 1};
	ev->control = (pm_control){"gain", "SYRMIL", "claimed"};
	ev->attribution = S_attr;
	ev->n_attribution = 2;
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		ev->counts[k] = (pm_event_count){-1, -1, NULL, 0};
	ev->counts[PM_COUNT_KILLED] = (pm_event_count){12, 20, "range", 0};
	ev->counts[PM_COUNT_STRIKES] = (pm_event_count){24, 24, "approx", 1};
	ev->incident = "inc-7";
	ev->doc = doc;
}

static void S_round_trip(void)
{
	pm_event ev;
	pm_event_doc doc;
	S_full_event(&ev, &doc);
	char *want = strdup(S_line(&ev));
	pm_event_buf *b;
	CHECK_INT(pm_event_buf_new(&b), 0);
	CHECK_INT(pm_event_buf_add_json(b, want, strlen(want) - 1), 0);
	int n;
	const pm_event *got = pm_event_buf_events(b, &n);
	CHECK_INT(n, 1);
	CHECK_STR(S_line(&got[0]), want);
	CHECK_STR(got[0].doc->extra_json, "{\"lang\":\"en\",\"tags\":[1,{\"x\":null}]}");
	CHECK_INT(got[0].n_attribution, 2);
	CHECK_STR(got[0].attribution[1], S_attr[1]);
	CHECK_INT(got[0].counts[PM_COUNT_KILLED].value_max, 20);
	CHECK_INT(got[0].counts[PM_COUNT_WOUNDED].value, -1);
	CHECK_STR(got[0].root, "08");
	CHECK_STR(got[0].id, "doc-1");

	/* an event with nothing optional: nulls stay nulls */
	pm_event bare;
	pm_event_doc bare_doc = {"", NULL, NULL, NULL, NULL, NULL, 0, NULL};
	memset(&bare, 0, sizeof(bare));
	strcpy(bare.event_id, "fedcba9876543210");
	bare.id = "";
	bare.code = "190";
	strcpy(bare.root, "19");
	bare.text = "";
	for (int k = 0; k < PM_COUNT_KINDS; k++)
		bare.counts[k] = (pm_event_count){-1, -1, NULL, 0};
	bare.doc = &bare_doc;
	char *bare_line = strdup(S_line(&bare));
	CHECK_INT(pm_event_buf_add_json(b, bare_line, strlen(bare_line)), 0);
	got = pm_event_buf_events(b, &n);
	CHECK_INT(n, 2);
	CHECK_STR(S_line(&got[1]), bare_line);
	CHECK(!got[1].location.found);

	/* the same event spaced out as another program may write it */
	const char *spaced =
		"  { \"event_id\" : \"0123456789abcdef\" , \"unknown\": {\"deep\": [1, 2, {\"a\": \"}\"}]},"
		" \"code\": \"190\", \"sentence\": 3, \"headline\": false, \"counts\": {\"killed\": 5,"
		" \"killed_qualifier\": \"exact\", \"killed_max\": 5, \"killed_approximate\": false},"
		" \"text\": \"caf\\u00e9 \\ud83d\\ude00 \\/ done\", \"doc\": {\"id\": \"d\", \"x\": 1} }  ";
	CHECK_INT(pm_event_buf_add_json(b, spaced, strlen(spaced)), 0);
	got = pm_event_buf_events(b, &n);
	CHECK_INT(n, 3);
	CHECK_STR(got[2].text, "caf\xc3\xa9 \xf0\x9f\x98\x80 / done");
	CHECK_INT(got[2].counts[PM_COUNT_KILLED].value, 5);
	CHECK_STR(got[2].root, "19");
	CHECK_STR(got[2].doc->extra_json, "{\"x\": 1}");
	CHECK_INT(got[2].sentence, 3);
	pm_event_buf_free(b);
	free(want);
	free(bare_line);
}

static void S_bad_lines(void)
{
	static const char *const bad[] = {
		"",
		"[]",
		"{\"code\": \"190\"}",                                        /* no event_id */
		"{\"event_id\": \"0123\", \"code\": \"190\"}",                 /* not 16 hex */
		"{\"event_id\": \"0123456789abcdef\"}",                        /* no code */
		"{\"event_id\": \"0123456789abcdef\", \"code\": \"190\"} x",   /* trailing text */
		"{\"event_id\": \"0123456789abcdef\", \"code\": \"190\"",      /* not closed */
		"{\"event_id\": \"0123456789abcdef\", \"code\": \"19\\ud800\"}",  /* lone surrogate */
		"{\"event_id\": \"0123456789abcdef\", \"code\": \"19\\u0000\"}",  /* NUL */
		"{\"event_id\": \"0123456789abcdef\", \"code\": \"190\", \"sentence\": 1.5}",
		"{\"event_id\": \"0123456789abcdef\", \"code\": \"190\", \"text\": \"a\\qb\"}",
		"{\"event_id\": \"0123456789abcdef\", \"code\": 190}",
		"{\"event_id\": \"0123456789abcdef\" \"code\": \"190\"}",
	};
	pm_event_buf *b;
	pm_event_buf_new(&b);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int rc = pm_event_buf_add_json(b, bad[i], strlen(bad[i]));
		CHECK_INT(rc, PM_EINVALID);
		if (rc != PM_EINVALID)
			fprintf(stderr, "  accepted: %s\n", bad[i]);
	}
	int n;
	pm_event_buf_events(b, &n);
	CHECK_INT(n, 0);
	CHECK(strstr(pm_error_last(), "not an event line") != NULL);
	pm_event_buf_free(b);
}

/* add copies: the source's memory may go right after */
static void S_copies(void)
{
	pm_event ev;
	pm_event_doc doc;
	S_full_event(&ev, &doc);
	char text[64], title[64];
	strcpy(text, "a sentence");
	strcpy(title, "a title");
	ev.text = text;
	doc.title = title;
	pm_event_buf *b;
	pm_event_buf_new(&b);
	for (int i = 0; i < 100; i++)
		CHECK_INT(pm_event_buf_add(b, &ev), 0);
	strcpy(text, "XXXXXXXXXX");
	strcpy(title, "YYYYYYY");
	int n;
	const pm_event *got = pm_event_buf_events(b, &n);
	CHECK_INT(n, 100);
	CHECK_STR(got[99].text, "a sentence");
	CHECK_STR(got[0].doc->title, "a title");
	CHECK(got[0].doc == got[99].doc);   /* one document, one copy */
	CHECK_STR(got[50].location.text, "Palmyra");
	pm_event_buf_clear(b);
	pm_event_buf_events(b, &n);
	CHECK_INT(n, 0);
	pm_event_buf_free(b);
}

/* Coordinates and scores read back are the doubles strtod gives, so they
 * print as they were written. */
static void S_numbers(void)
{
	pm_event ev;
	pm_event_doc doc;
	S_full_event(&ev, &doc);
	pm_event_buf *b;
	pm_event_buf_new(&b);
	unsigned long long r = 88172645463325252ULL;
	int bad = 0;
	for (int i = 0; i < 5000; i++) {
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		ev.location.lat = (double)(r % 18000000) / 100000.0 - 90;
		ev.location.lon = (double)((r >> 24) % 36000000) / 100000.0 - 180;
		ev.goldstein = (double)((int)(r % 201) - 100) / 10.0;
		ev.sentence = (int)(r % 100000);
		char *line = strdup(S_line(&ev));
		pm_event_buf_clear(b);
		if (pm_event_buf_add_json(b, line, strlen(line)) < 0) {
			bad++;
			free(line);
			continue;
		}
		int n;
		const pm_event *got = pm_event_buf_events(b, &n);
		const char *lat = strstr(line, "\"lat\":");
		bad += strtod(lat + 6, NULL) != got[0].location.lat;
		bad += strcmp(S_line(&got[0]), line) != 0;
		free(line);
	}
	CHECK_INT(bad, 0);
	pm_event_buf_free(b);
}

int main(void)
{
	S_round_trip();
	S_numbers();
	S_bad_lines();
	S_copies();
	TEST_END();
}
