/* lemma.h - base forms of verbs, from WordNet's own data files.
 *
 * Why: the coder matches verbs by their dictionary forms; generated forms
 * cover regular inflection, but news is full of irregular ones (took,
 * struck, fled, shot, blew up). WordNet lists them in verb.exc and its
 * verbs in index.verb (Debian package wordnet-base); with WordNet's own
 * suffix rules checked against that list we get a verb's base form in
 * one or two hash probes. */
#ifndef PM_LEMMA_H
#define PM_LEMMA_H

typedef struct pm_lemmatizer pm_lemmatizer;

/* Loads DIR/verb.exc and DIR/index.verb (DIR such as /usr/share/wordnet).
 * 0, or a negative pm error naming the missing file. */
int pm_lemmatizer_load(pm_lemmatizer **out, const char *dir);
void pm_lemmatizer_free(pm_lemmatizer *l);

/* The upper-case base form of an upper-case verb form ("TOOK" -> "TAKE",
 * "STRIKES" -> "STRIKE", "STOPPED" -> "STOP"); NULL when the word is a base
 * form itself or not a known verb. The string belongs to l. Thread-safe
 * (read-only), no allocation. */
const char *pm_lemma_verb(const pm_lemmatizer *l, const char *upper);

#endif
