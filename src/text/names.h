/* names.h - words that join the parts of one proper name.
 *
 * "Mocimboa da Praia", "Ciudad del Este", "Sao Joao dos Angolares": a
 * lower-case particle joins capitalised words into one name, whose last
 * word alone names another place or actor (Praia, the capital of Cape
 * Verde). The coder (an actor its words alone name) and the place scan (a
 * namesake of the last word) both pass such a tail over, by this one
 * test. */
#ifndef PM_TEXT_NAMES_H
#define PM_TEXT_NAMES_H

/* 1 when word ends a longer name joined by a particle: the two words
 * before it are a capitalised word and a particle (da, das, de, del,
 * della, di, do, dos, du; any case: headlines capitalise them too), and it
 * is capitalised itself. A capital is an ASCII one or a letter outside
 * ASCII ("Évora"). NULL words are none. */
int pm_name_tail(const char *before, const char *particle, const char *word);

#endif
