/* lemma.c - verb base forms: WordNet exceptions, then suffix rules checked
 * against WordNet's verb list. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/lemma.h"
#include "util/arena.h"
#include "util/error.h"

typedef struct {
	const char *key;   /* upper case */
	const char *base;  /* exception: its base form; verb: NULL */
} S_slot;

struct pm_lemmatizer {
	S_slot *slots;
	uint32_t mask;
	pm_arena strings;
};

static uint32_t S_hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static S_slot *S_find(const pm_lemmatizer *l, const char *key)
{
	uint32_t i = S_hash(key) & l->mask;
	while (l->slots[i].key && strcmp(l->slots[i].key, key))
		i = (i + 1) & l->mask;
	return &l->slots[i];
}

/* Exceptions win over plain verbs: "saw" is both a verb and the past of
 * "see", and news means the latter. */
static void S_put(pm_lemmatizer *l, const char *word, const char *base)
{
	char up[128];
	size_t n = strlen(word);
	if (n >= sizeof(up))
		return;
	for (size_t i = 0; i <= n; i++)
		up[i] = word[i] == '_' ? ' ' : (char)toupper((unsigned char)word[i]);
	S_slot *s = S_find(l, up);
	if (!s->key)
		s->key = pm_arena_strdup(&l->strings, up);
	if (base && !s->base) {
		char ub[128];
		size_t k = strlen(base);
		if (k >= sizeof(ub))
			return;
		for (size_t i = 0; i <= k; i++)
			ub[i] = (char)toupper((unsigned char)base[i]);
		s->base = pm_arena_strdup(&l->strings, ub);
	}
}

/* strtok(s, " \n") and strtok(NULL, " \n") with the same results, inline:
 * the C library's builds a byte table on every call. */
static char *S_field(char **rest)
{
	char *p = *rest;
	while (*p == ' ' || *p == '\n')
		p++;
	if (!*p) {
		*rest = p;
		return NULL;
	}
	char *word = p;
	while (*p && *p != ' ' && *p != '\n')
		p++;
	if (*p)
		*p++ = '\0';
	*rest = p;
	return word;
}

static int S_read(pm_lemmatizer *l, const char *dir, const char *name, int exceptions)
{
	char path[1024], line[1024];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *f = fopen(path, "r");
	if (!f)
		return pm_error_set(PM_ENOTFOUND, "%s: cannot open (install Debian's wordnet-base)", path);
	while (fgets(line, sizeof(line), f)) {
		if (line[0] == ' ' || line[0] == '\n')
			continue;                      /* index.verb's licence header */
		char *rest = line, *word = S_field(&rest), *second = S_field(&rest);
		if (!word || strchr(word, '_'))
			continue;                      /* multi-word verbs: the coder's business */
		S_put(l, word, exceptions ? second : NULL);
	}
	fclose(f);
	return 0;
}

int pm_lemmatizer_load(pm_lemmatizer **out, const char *dir)
{
	pm_lemmatizer *l = calloc(1, sizeof(*l));
	if (!l)
		return pm_error_set(PM_ENOMEM, "out of memory");
	l->mask = (1u << 15) - 1;                /* 14k words, load under 1/2 */
	l->slots = calloc(l->mask + 1, sizeof(S_slot));
	pm_arena_init(&l->strings, 64 * 1024);
	int rc = l->slots ? 0 : pm_error_set(PM_ENOMEM, "out of memory");
	if (!rc)
		rc = S_read(l, dir, "verb.exc", 1);
	if (!rc)
		rc = S_read(l, dir, "index.verb", 0);
	if (rc) {
		pm_lemmatizer_free(l);
		return rc;
	}
	*out = l;
	return 0;
}

void pm_lemmatizer_free(pm_lemmatizer *l)
{
	if (!l)
		return;
	pm_arena_free(&l->strings);
	free(l->slots);
	free(l);
}

static const char *S_verb(const pm_lemmatizer *l, const char *word)
{
	const S_slot *s = S_find(l, word);
	return s->key && !s->base ? s->key : NULL;
}

/* WordNet's verb detachment rules, then an undoubled consonant
 * (STOPPED -> STOP), each accepted only when the result is a verb. */
const char *pm_lemma_verb(const pm_lemmatizer *l, const char *upper)
{
	static const char *const rules[][2] = {{"S", ""},  {"IES", "Y"}, {"ES", "E"}, {"ES", ""},
					       {"ED", "E"}, {"ED", ""},   {"ING", "E"}, {"ING", ""}};
	const S_slot *s = S_find(l, upper);
	if (s->key)
		return s->base;                        /* an exception, or a base form (NULL) */
	size_t n = strlen(upper);
	char buf[128];
	if (n >= sizeof(buf) || n < 3)
		return NULL;
	for (size_t r = 0; r < sizeof(rules) / sizeof(rules[0]); r++) {
		size_t k = strlen(rules[r][0]);
		if (n <= k + 1 || strcmp(upper + n - k, rules[r][0]))
			continue;
		memcpy(buf, upper, n - k);
		strcpy(buf + n - k, rules[r][1]);
		const char *v = S_verb(l, buf);
		if (v)
			return v;
		size_t m = n - k;
		if (!rules[r][1][0] && m >= 3 && buf[m - 1] == buf[m - 2]) {
			buf[m - 1] = '\0';
			if ((v = S_verb(l, buf)))
				return v;
		}
	}
	return NULL;
}
