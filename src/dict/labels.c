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
	{"HRI", "human rights"}, {"IGO", "international organisation"},
	{"IMG", "armed group"}, {"INS", "insurgents"}, {"INT", "international"},
	{"JEW", "Jewish"}, {"JUD", "judiciary"}, {"LAB", "labour"}, {"LEG", "legislature"},
	{"MED", "media"}, {"MIL", "military"}, {"MNC", "company"}, {"MOD", "moderates"},
	{"MUS", "Muslim"}, {"NGM", "movement"}, {"NGO", "NGO"}, {"OPP", "opposition"},
	{"PKO", "peacekeepers"}, {"PTY", "party"}, {"RAD", "radicals"}, {"REB", "rebels"},
	{"REF", "refugees"}, {"REL", "religious"}, {"SEP", "separatists"}, {"SHI", "Shia"},
	{"SPY", "intelligence"}, {"SUN", "Sunni"}, {"UAF", "armed forces"},
	{"UIS", "unidentified state actor"},
};

static const char *S_role(const char *code3)
{
	for (size_t i = 0; i < sizeof(S_roles) / sizeof(S_roles[0]); i++)
		if (!strncmp(S_roles[i].code, code3, 3))
			return S_roles[i].word;
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
 * -> "Democratic Republic of the Congo"; acronyms (ISIS, NATO) stay. */
static size_t S_pretty(const char *phrase, char *out, size_t cap)
{
	size_t n = 0;
	int acronym = strlen(phrase) <= 5 && !strchr(phrase, '_');
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

const char *pm_label_actor(const pm_dict *d, const char *code, pm_arena *a)
{
	if (!code || !*code)
		return NULL;
	char buf[160];
	const char *own = pm_dict_actor_name(d, code);
	if (own && strlen(code) > 3) {
		S_pretty(own, buf, sizeof(buf));
		return pm_arena_strdup(a, buf);
	}
	size_t n = 0, len = strlen(code);
	char head[4] = {0};
	memcpy(head, code, len < 3 ? len : 3);
	const char *country = pm_dict_actor_name(d, head);
	const char *role = S_role(head);
	if (country)
		n = S_pretty(country, buf, sizeof(buf));
	else if (role && len > 3)
		buf[0] = '\0';
	else
		S_append(buf, sizeof(buf), &n, role ? role : head);
	const char *sep = n ? ": " : "";
	for (size_t i = 3; i + 3 <= len; i += 3) {
		const char *w = S_role(code + i);
		if (!w)
			continue;
		S_append(buf, sizeof(buf), &n, sep);
		S_append(buf, sizeof(buf), &n, w);
		sep = ", ";
	}
	if (!n)
		return code;
	return pm_arena_strdup(a, buf);
}
