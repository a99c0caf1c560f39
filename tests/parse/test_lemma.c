/* test_lemma.c - verb base forms from WordNet: irregular forms, suffix
 * rules, doubled consonants; skipped when wordnet-base is not installed. */
#include "parse/lemma.h"
#include "../test.h"

int main(void)
{
	const char *dir = "/usr/share/wordnet";
	if (access(dir, R_OK) != 0) {
		printf("skip: %s absent (Debian package wordnet-base)\n", dir);
		TEST_END();
	}
	pm_lemmatizer *l;
	CHECK_INT(pm_lemmatizer_load(&l, dir), 0);
	CHECK_STR(pm_lemma_verb(l, "TOOK"), "TAKE");
	CHECK_STR(pm_lemma_verb(l, "STRUCK"), "STRIKE");
	CHECK_STR(pm_lemma_verb(l, "FLED"), "FLEE");
	CHECK_STR(pm_lemma_verb(l, "SHOT"), "SHOOT");
	CHECK_STR(pm_lemma_verb(l, "BLEW"), "BLOW");
	CHECK_STR(pm_lemma_verb(l, "SEIZED"), "SEIZE");
	CHECK_STR(pm_lemma_verb(l, "ATTACKS"), "ATTACK");
	CHECK_STR(pm_lemma_verb(l, "CARRIES"), "CARRY");
	CHECK_STR(pm_lemma_verb(l, "STOPPED"), "STOP");
	CHECK_STR(pm_lemma_verb(l, "SHELLING"), "SHELL");
	CHECK_STR(pm_lemma_verb(l, "SAW"), "SEE");
	CHECK_STR(pm_lemma_verb(l, "ATTACK"), NULL);
	CHECK_STR(pm_lemma_verb(l, "ALEPPO"), NULL);
	CHECK_STR(pm_lemma_verb(l, "X"), NULL);
	pm_lemmatizer_free(l);

	CHECK(pm_lemmatizer_load(&l, "/nonexistent") < 0);
	TEST_END();
}
