/* party.c - actor codes at the level maps are read at.
 *
 * A map of who holds what shows sides, not agencies: the army, the police
 * and the government of Syria are one colour (SYR), rebels another
 * (SYRREB, whatever their role words: SEP, INS, UAF, armed OPP), a named
 * group its own (IMGMUSISI, whatever agent follows: IMGMUSISIREB).
 * Civilians, media, protesters, aid workers and the like hold nothing. */
#include <ctype.h>
#include <string.h>

#include "palmyra.h"
#include "util/error.h"

/* Role chunks that make a code a state's side, a non-state armed side, or
 * no side at all. */
static const char *const S_state[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY",
				      NULL};
static const char *const S_armed[] = {"REB", "SEP", "INS", "UAF", "RAD", NULL};
static const char *const S_nobody[] = {"CVL", "PPL", "MED", "EDU", "BUS", "CRM", "LAB",
				       "AGR", "HLH", "HRI", "REF", "REL", "SET", "NGO", "IGO",
				       "DEV", "ENV", "MNC", "ELI", NULL};

static int S_in(const char *chunk, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (!strncmp(chunk, list[k], 3))
			return 1;
	return 0;
}

static int S_put(char *out, size_t cap, const char *s, size_t n)
{
	if (n + 1 > cap)
		return pm_error_set(PM_EINVALID, "pm_control_party: buffer too small");
	memcpy(out, s, n);
	out[n] = '\0';
	return (int)n;
}

int pm_control_party(const char *code, char *out, size_t cap)
{
	if (!out || !cap)
		return pm_error_set(PM_EINVALID, "pm_control_party: no buffer");
	out[0] = '\0';
	size_t n = code ? strlen(code) : 0;
	if (n < 3 || !strncmp(code, "---", 3))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)code[i]) && !isdigit((unsigned char)code[i]))
			return 0;
	/* a named body: its type, its family and its name (IMG MUS ISI); aid
	 * groups and companies hold nothing, international bodies only with
	 * troops (peacekeepers) */
	if (!strncmp(code, "NGO", 3) || !strncmp(code, "MNC", 3))
		return 0;
	if (!strncmp(code, "IGO", 3) && !strstr(code + 3, "MIL"))
		return 0;
	if (!strncmp(code, "IMG", 3) || !strncmp(code, "IGO", 3))
		return S_put(out, cap, code, n < 9 ? n : 9);
	if (n == 3)
		return S_put(out, cap, code, 3);
	/* a country's code: the first role chunk that says which side. The
	 * opposition is a side only when armed ("opposition fighters",
	 * SYROPPREB); protesters and parties (SYROPP) hold nothing */
	int armed = 0;
	for (size_t i = 3; i + 3 <= n; i += 3)
		armed |= S_in(code + i, S_armed) || !strncmp(code + i, "MIL", 3);
	for (size_t i = 3; i + 3 <= n; i += 3) {
		const char *chunk = code + i;
		if (!strncmp(chunk, "OPP", 3)) {
			if (!armed)
				return 0;
			char buf[8];
			memcpy(buf, code, 3);
			memcpy(buf + 3, "REB", 4);
			return S_put(out, cap, buf, 6);
		}
		if (S_in(chunk, S_armed)) {
			char buf[8];
			memcpy(buf, code, 3);
			memcpy(buf + 3, "REB", 4);
			return S_put(out, cap, buf, 6);
		}
		if (S_in(chunk, S_state))
			return S_put(out, cap, code, 3);
		if (S_in(chunk, S_nobody))
			continue;
		/* a people inside a country (SYRKUR): a side of its own */
		return S_put(out, cap, code, i + 3);
	}
	/* civilians, media, business, aid: nobody's side on a map */
	return 0;
}
