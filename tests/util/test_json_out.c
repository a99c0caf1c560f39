/* test_json_out.c - the event-line JSON writer: escaping, UTF-8, buffer
 * limits and growth, integers, tenths, coordinates; and that what it writes
 * is what jansson reads back. */
#include "util/json_out.h"
#include "../test.h"

#include <jansson.h>
#include <limits.h>

static const char *S_str(const char *s)
{
	static char out[256];
	pm_jbuf b;
	pm_jbuf_init(&b, out, sizeof(out), 0);
	pm_jbuf_str(&b, s);
	return b.failed ? "(failed)" : out;
}

static const char *S_int(long long v)
{
	static char out[32];
	pm_jbuf b;
	pm_jbuf_init(&b, out, sizeof(out), 0);
	pm_jbuf_int(&b, v);
	return out;
}

static const char *S_tenths(double x)
{
	static char out[32];
	pm_jbuf b;
	pm_jbuf_init(&b, out, sizeof(out), 0);
	pm_jbuf_tenths(&b, x);
	return out;
}

/* The Goldstein scale's values print as "%.1f" prints them. */
static void S_goldstein(void)
{
	char want[32];
	for (int t = -100; t <= 100; t++) {
		double x = t / 10.0;
		snprintf(want, sizeof(want), "%.1f", x);
		CHECK_STR(S_tenths(x), want);
	}
	CHECK_STR(S_tenths(-0.0), "-0.0");
	CHECK_STR(S_tenths(1.8999999999999999), "1.9");
}

/* Coordinates print as "%.5f" prints them, for any double: floats (the
 * gazetteer's), doubles read back from text (a store's), halves of the
 * last digit, signs, zeros and large values. */
static void S_coordinates(void)
{
	char want[64], got[64];
	int bad = 0;
	unsigned long long r = 88172645463325252ULL;
	const double fixed[] = {0.0, -0.0, 34.56, 38.28, -0.000004, -0.000005, 0.000005, 0.000015,
				0.125, 2.5e-6, 12.345675, 179.999995, -180.0, 9999999.999996,
				1e-300, 5e-324, 123456.7890125};
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++) {
		snprintf(want, sizeof(want), "%.5f", fixed[i]);
		pm_fmt_fixed5(fixed[i], got);
		CHECK_STR(got, want);
	}
	for (int i = 0; i < 300000; i++) {
		r ^= r << 13, r ^= r >> 7, r ^= r << 17;
		double x;
		if (i % 3 == 0)
			x = (double)(long long)(r % 36000000) / 1e5 - 180.0;   /* "%.5f" text read back */
		else if (i % 3 == 1)
			x = (double)(float)((double)(r >> 11) / 9007199254740992.0 * 360.0 - 180.0);
		else
			x = ((double)(r >> 11) / 9007199254740992.0 - 0.5) * 2e7;
		if (i % 7 == 0)
			x = (double)(long long)(r % 2000000) / 1e5 + 0.000005;  /* near a half */
		snprintf(want, sizeof(want), "%.5f", x);
		pm_fmt_fixed5(x, got);
		bad += strcmp(got, want) != 0;
		if (strcmp(got, want) && bad < 5)
			fprintf(stderr, "%.17g: %s, want %s\n", x, got, want);
	}
	CHECK_INT(bad, 0);
}

static void S_escapes(void)
{
	CHECK_STR(S_str("Palmyra"), "\"Palmyra\"");
	CHECK_STR(S_str(""), "\"\"");
	CHECK_STR(S_str(NULL), "null");
	CHECK_STR(S_str("the \"Pearl\" \\ road"), "\"the \\\"Pearl\\\" \\\\ road\"");
	CHECK_STR(S_str("a\nb\tc\rd"), "\"a\\nb\\tc\\rd\"");
	CHECK_STR(S_str("\x01\x1f"), "\"\\u0001\\u001f\"");
	CHECK_STR(S_str("a/b"), "\"a/b\"");
	/* UTF-8 goes out as it is: Dayr az Zawr in Arabic, curly quotes */
	CHECK_STR(S_str("\xd8\xaf\xd9\x8a\xd8\xb1 \xe2\x80\x9cquoted\xe2\x80\x9d"),
		  "\"\xd8\xaf\xd9\x8a\xd8\xb1 \xe2\x80\x9cquoted\xe2\x80\x9d\"");
	/* a stray byte, a cut sequence, an encoded surrogate: U+FFFD each */
	CHECK_STR(S_str("a\xff" "b"), "\"a\xef\xbf\xbd" "b\"");
	CHECK_STR(S_str("a\xe2\x80"), "\"a\xef\xbf\xbd\xef\xbf\xbd\"");
	CHECK_STR(S_str("\xed\xa0\x80"), "\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
}

static void S_integers(void)
{
	CHECK_STR(S_int(0), "0");
	CHECK_STR(S_int(163808), "163808");
	CHECK_STR(S_int(-12), "-12");
	CHECK_STR(S_int(LLONG_MAX), "9223372036854775807");
	CHECK_STR(S_int(LLONG_MIN), "-9223372036854775808");
}

static void S_limits(void)
{
	char small[8];
	pm_jbuf b;
	pm_jbuf_init(&b, small, sizeof(small), 0);
	pm_jbuf_lit(&b, "{\"a\":");
	CHECK(!b.failed);
	pm_jbuf_str(&b, "too long");
	CHECK(b.failed);
	pm_jbuf_lit(&b, "}");
	CHECK_INT(strlen(small), b.n);  /* still terminated, nothing more written */

	char start[4];
	pm_jbuf_init(&b, start, sizeof(start), 1);
	for (int i = 0; i < 1000; i++)
		pm_jbuf_lit(&b, "ab");
	CHECK(!b.failed);
	CHECK_INT(b.n, 2000);
	CHECK_INT(strlen(b.p), 2000);
	CHECK(b.p != start);
	pm_jbuf_free(&b);
}

/* Random bytes in, valid JSON out, and the same text back where it was
 * valid UTF-8 to begin with. */
static void S_round_trip(void)
{
	unsigned seed = 7;
	int valid = 0, same = 0;
	for (int round = 0; round < 2000; round++) {
		char in[64], out[512];
		int n = 1 + round % 60;
		for (int i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			unsigned c = (seed >> 16) & 0xff;
			in[i] = (char)(c ? c : 'x');
		}
		in[n] = '\0';
		if (round % 2)
			for (int i = 0; i < n; i++)
				in[i] = (char)(((unsigned char)in[i] & 0x7f) | 1);
		pm_jbuf b;
		pm_jbuf_init(&b, out, sizeof(out), 0);
		pm_jbuf_str(&b, in);
		json_t *j = json_loads(out, JSON_DECODE_ANY, NULL);
		valid += j != NULL && json_is_string(j);
		if (round % 2 && j)
			same += strcmp(json_string_value(j), in) == 0;
		json_decref(j);
	}
	CHECK_INT(valid, 2000);
	CHECK_INT(same, 1000);
}

/* One byte that is not plain at every place of a long plain string: the
 * writer reads eight bytes at a time, and each must be seen wherever it
 * falls in its word, with the plain bytes around it copied whole. */
static void S_special_anywhere(void)
{
	static const char *const special[][2] = {
		{"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\x01", "\\u0001"},
		{"\x1f", "\\u001f"}, {"\x7f", "\x7f"}, {"\xff", "\xef\xbf\xbd"},
		{"\xc3\xa9", "\xc3\xa9"}, {" ", " "}, {"~", "~"}};
	int wrong = 0, cases = 0;
	for (size_t i = 0; i < sizeof(special) / sizeof(special[0]); i++)
		for (int at = 0; at <= 40; at++)
			for (int len = at; len <= 41; len += 7) {
				char in[128], want[256];
				memset(in, 'a', (size_t)at);
				snprintf(in + at, sizeof(in) - (size_t)at, "%s", special[i][0]);
				memset(in + strlen(in), 'b', (size_t)(len - at));
				in[at + strlen(special[i][0]) + (size_t)(len - at)] = '\0';
				snprintf(want, sizeof(want), "\"%.*s%s%s\"", at, in, special[i][1],
					 in + at + strlen(special[i][0]));
				wrong += strcmp(S_str(in), want) != 0;
				cases++;
			}
	CHECK_INT(wrong, 0);
	CHECK(cases > 1000);
}

int main(void)
{
	S_special_anywhere();
	S_escapes();
	S_integers();
	S_goldstein();
	S_coordinates();
	S_limits();
	S_round_trip();
	TEST_END();
}
