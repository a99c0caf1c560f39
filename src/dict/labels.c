/* labels.c - actor code labels (see labels.h). */
#include <string.h>
#include <strings.h>

#include "dict/labels.h"
#include "util/str.h"

/* CAMEO's role, sector and group-type codes, as words. */
static const struct {
	char code[4];
	const char *word;
} S_roles[] = {
	{"AGR", "agriculture"}, {"BUS", "business"}, {"CHR", "Christian"}, {"COP", "police"},
	{"CRM", "criminals"}, {"CVL", "civilians"}, {"DEV", "development"}, {"EDU", "education"},
	{"ELI", "elites"}, {"ENV", "environment"}, {"GOV", "government"}, {"HLH", "health"},
	{"HRI", "human rights"}, {"IGO", "international organisation"}, {"IMG", "armed group"},
	{"INS", "insurgents"}, {"INT", "international"}, {"JEW", "Jewish"}, {"JUD", "judiciary"},
	{"LAB", "labour"}, {"LEG", "legislature"}, {"MED", "media"}, {"MIL", "military"},
	{"MNC", "company"}, {"MOD", "moderates"}, {"MUS", "Muslim"}, {"NGM", "movement"},
	{"NGO", "NGO"}, {"OPP", "opposition"}, {"PKO", "peacekeepers"}, {"PTY", "party"},
	{"RAD", "radicals"}, {"REB", "rebels"}, {"REF", "refugees"}, {"REL", "religious"},
	{"SEP", "separatists"}, {"SHI", "Shia"}, {"SPY", "intelligence"}, {"SUN", "Sunni"},
	{"UAF", "armed forces"}, {"UIS", "unidentified state actor"},
};

/* The table is in code order: a binary search on three letters. */
static const char *S_role(const char *code3)
{
	size_t lo = 0, hi = sizeof(S_roles) / sizeof(S_roles[0]);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = memcmp(S_roles[mid].code, code3, 3);
		if (!c)
			return S_roles[mid].word;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int S_minor(const char *w, size_t n)
{
	static const char *const minor[] = {"of", "the", "and", "for", "in", "on", "de", "du"};
	for (size_t i = 0; i < sizeof(minor) / sizeof(minor[0]); i++)
		if (strlen(minor[i]) == n && !strncasecmp(minor[i], w, n))
			return 1;
	return 0;
}

/* "UNITED_STATES" -> "United States", "DEMOCRATIC_REPUBLIC_OF_THE_CONGO"
 * -> "Democratic Republic of the Congo"; an acronym (ISIS, NATO) stays. */
static size_t S_pretty(const char *phrase, char *out, size_t cap, int acronym)
{
	size_t n = 0;
	for (const char *w = phrase; *w && n + 1 < cap;) {
		size_t len = strcspn(w, "_");
		int minor = w != phrase && S_minor(w, len);
		for (size_t i = 0; i < len && n + 1 < cap; i++) {
			char c = w[i];
			int first = i == 0 || w[i - 1] == '-';
			if (!acronym && c >= 'A' && c <= 'Z' && (minor || !first))
				c = (char)(c - 'A' + 'a');
			out[n++] = c;
		}
		w += len;
		if (*w == '_') {
			w++;
			if (n + 1 < cap)
				out[n++] = ' ';
		}
	}
	out[n] = '\0';
	return n;
}

static void S_append(char *buf, size_t cap, size_t *n, const char *s)
{
	size_t k = strlen(s);
	if (*n + k + 1 > cap)
		return;
	memcpy(buf + *n, s, k + 1);
	*n += k;
}

/* A code names one body when it ends in a name part that is no role
 * (PSEREBHMS: Hamas; IGOUNO: the UN); country and roles alone (SYRMIL,
 * LBNREB, SYRREBMUS) name a kind of actor, which many entries share. */
static int S_names_one_body(const char *code, size_t len)
{
	static const char *const intl[] = {"IGO", "NGO", "IMG", "MNC", "NGM"};
	if (len >= 9 && len % 3 == 0 && !S_role(code + len - 3))
		return 1;
	for (size_t i = 0; len >= 6 && i < sizeof(intl) / sizeof(intl[0]); i++)
		if (!strncmp(code, intl[i], 3))
			return 1;
	return 0;
}

const char *pm_label_actor(const pm_dict *d, const char *code, pm_arena *a)
{
	if (!code || !*code)
		return NULL;
	char buf[160];
	size_t n = 0, len = strlen(code);
	const char *own = S_names_one_body(code, len) ? pm_dict_actor_name(d, code) : NULL;
	if (own) {
		S_pretty(own, buf, sizeof(buf), strlen(own) <= 4);
		return pm_arena_strdup(a, buf);
	}
	char head[4] = {0};
	memcpy(head, code, len < 3 ? len : 3);
	const char *role = S_role(head);
	const char *country = role || head[0] == '-' ? NULL : pm_dict_actor_name(d, head);
	buf[0] = '\0';
	if (country)
		n = S_pretty(country, buf, sizeof(buf), 0);
	else if (role)
		S_append(buf, sizeof(buf), &n, role);
	else if (head[0] != '-')
		S_append(buf, sizeof(buf), &n, head);
	const char *sep = n ? ": " : "";
	for (size_t i = 3; i + 3 <= len; i += 3) {
		const char *w = S_role(code + i);
		if (!w)
			continue;
		S_append(buf, sizeof(buf), &n, sep);
		S_append(buf, sizeof(buf), &n, w);
		sep = ", ";
	}
	return pm_arena_strdup(a, n ? buf : code);
}
