/* cameo.h - the CAMEO event codebook: names, QuadClass and Goldstein scores. */
#ifndef PM_CAMEO_H
#define PM_CAMEO_H

typedef struct pm_cameo {
	const char *code;     /* "190" */
	const char *name;     /* "use conventional military force" */
	int quad;             /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
	double goldstein;     /* -10 .. 10 */
} pm_cameo;

/* The entry for a 2-, 3- or 4-digit CAMEO code (a 4-digit code reports its
 * 3-digit parent's name and score), or NULL when code is not CAMEO. */
const pm_cameo *pm_cameo_find(const char *code);
/* The PLOVER type of a code pm_cameo_find has accepted (no check again:
 * every event asks). */
const char *pm_cameo_plover_of(const char *code);

#endif
