/* names.c - words that join the parts of one proper name (names.h). */
#include "text/names.h"

#include <stddef.h>
#include <strings.h>

static int S_capital(const char *t)
{
	unsigned char c = (unsigned char)t[0];
	return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

int pm_name_tail(const char *before, const char *particle, const char *word)
{
	static const char *const particles[] = {"da", "das", "de", "del", "della", "di",
						"do", "dos", "du", NULL};
	if (!before || !particle || !word || !S_capital(before) || !S_capital(word))
		return 0;
	for (int i = 0; particles[i]; i++)
		if (!strcasecmp(particle, particles[i]))
			return 1;
	return 0;
}
