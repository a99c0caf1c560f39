/* cameo.c - the CAMEO codebook (version 1.1b3) at the 3-digit level, with
 * the Goldstein conflict-cooperation scores used with it. Four-digit codes
 * are refinements of a 3-digit code and share its score. */
#include "palmyra.h"
#include "dict/cameo.h"

#include <ctype.h>
#include <string.h>

static const pm_cameo S_codes[] = {
	{"010", "make public statement", 1, 0.0}, {"011", "decline comment", 1, -0.1},
	{"012", "make pessimistic comment", 1, -0.4}, {"013", "make optimistic comment", 1, 0.4},
	{"014", "consider policy option", 1, 0.0}, {"015", "acknowledge or claim responsibility", 1, 0.0},
	{"016", "deny responsibility", 1, 3.4}, {"017", "engage in symbolic act", 1, 0.0},
	{"018", "make empathetic comment", 1, 3.4}, {"019", "express accord", 1, 3.4},
	{"020", "make an appeal or request", 1, 3.0}, {"021", "appeal for material cooperation", 1, 3.4},
	{"022", "appeal for diplomatic cooperation", 1, 3.2}, {"023", "appeal for aid", 1, 3.4},
	{"024", "appeal for political reform", 1, -0.3}, {"025", "appeal to yield", 1, -0.3},
	{"026", "appeal to others to meet or negotiate", 1, 4.0}, {"027", "appeal to others to settle dispute", 1, 4.0},
	{"028", "appeal to engage in or accept mediation", 1, 4.0},
	{"030", "express intent to cooperate", 1, 4.0}, {"031", "express intent to engage in material cooperation", 1, 5.2},
	{"032", "express intent to provide diplomatic cooperation", 1, 4.5}, {"033", "express intent to provide material aid", 1, 5.2},
	{"034", "express intent to institute political reform", 1, 7.0}, {"035", "express intent to yield", 1, 7.0},
	{"036", "express intent to meet or negotiate", 1, 4.0}, {"037", "express intent to settle dispute", 1, 5.0},
	{"038", "express intent to accept mediation", 1, 7.0}, {"039", "express intent to mediate", 1, 5.0},
	{"040", "consult", 1, 1.0}, {"041", "discuss by telephone", 1, 1.0}, {"042", "make a visit", 1, 1.9},
	{"043", "host a visit", 1, 2.8}, {"044", "meet at a third location", 1, 2.5},
	{"045", "mediate", 1, 5.0}, {"046", "engage in negotiation", 1, 7.0},
	{"050", "engage in diplomatic cooperation", 1, 3.5}, {"051", "praise or endorse", 1, 3.4},
	{"052", "defend verbally", 1, 3.5}, {"053", "rally support on behalf of", 1, 3.8},
	{"054", "grant diplomatic recognition", 1, 6.0}, {"055", "apologize", 1, 7.0},
	{"056", "forgive", 1, 7.0}, {"057", "sign formal agreement", 1, 8.0},
	{"060", "engage in material cooperation", 2, 6.0}, {"061", "cooperate economically", 2, 6.4},
	{"062", "cooperate militarily", 2, 7.4}, {"063", "engage in judicial cooperation", 2, 7.4},
	{"064", "share intelligence or information", 2, 7.0},
	{"070", "provide aid", 2, 7.0}, {"071", "provide economic aid", 2, 7.4}, {"072", "provide military aid", 2, 8.3},
	{"073", "provide humanitarian aid", 2, 7.4}, {"074", "provide military protection or peacekeeping", 2, 8.5},
	{"075", "grant asylum", 2, 7.0},
	{"080", "yield", 2, 5.0}, {"081", "ease administrative sanctions", 2, 5.0}, {"082", "ease political dissent", 2, 5.0},
	{"083", "accede to requests or demands for political reform", 2, 5.0}, {"084", "return, release", 2, 7.0},
	{"085", "ease economic sanctions, boycott, embargo", 2, 7.0}, {"086", "allow international involvement", 2, 9.0},
	{"087", "de-escalate military engagement", 2, 9.0},
	{"090", "investigate", 3, -2.0}, {"091", "investigate crime, corruption", 3, -2.0},
	{"092", "investigate human rights abuses", 3, -2.0}, {"093", "investigate military action", 3, -2.0},
	{"094", "investigate war crimes", 3, -2.0},
	{"100", "demand", 3, -5.0}, {"101", "demand material cooperation", 3, -5.0}, {"102", "demand diplomatic cooperation", 3, -5.0},
	{"103", "demand material aid", 3, -5.0}, {"104", "demand political reform", 3, -5.0}, {"105", "demand that target yields", 3, -5.0},
	{"106", "demand meeting, negotiation", 3, -5.0}, {"107", "demand settling of dispute", 3, -5.0},
	{"108", "demand mediation", 3, -5.0},
	{"110", "disapprove", 3, -2.0}, {"111", "criticize or denounce", 3, -2.0}, {"112", "accuse", 3, -2.0},
	{"113", "rally opposition against", 3, -2.0}, {"114", "complain officially", 3, -2.0},
	{"115", "bring lawsuit against", 3, -2.0}, {"116", "find guilty or liable (legally)", 3, -2.0},
	{"120", "reject", 3, -4.0}, {"121", "reject material cooperation", 3, -4.0}, {"122", "reject request or demand for material aid", 3, -4.0},
	{"123", "reject request or demand for political reform", 3, -4.0}, {"124", "refuse to yield", 3, -5.0},
	{"125", "reject proposal to meet, discuss, or negotiate", 3, -5.0}, {"126", "reject mediation", 3, -5.0},
	{"127", "reject plan, agreement to settle dispute", 3, -5.0}, {"128", "defy norms, law", 3, -5.0},
	{"129", "veto", 3, -5.0},
	{"130", "threaten", 3, -4.4}, {"131", "threaten non-force", 3, -5.8}, {"132", "threaten with administrative sanctions", 3, -5.8},
	{"133", "threaten political dissent, protest", 3, -5.8}, {"134", "threaten to halt negotiations", 3, -5.8},
	{"135", "threaten to halt mediation", 3, -5.8}, {"136", "threaten to halt international involvement", 3, -7.0},
	{"137", "threaten with violent repression", 3, -7.0}, {"138", "threaten to use military force", 3, -7.0},
	{"139", "give ultimatum", 3, -7.0},
	{"140", "engage in political dissent", 3, -6.5}, {"141", "demonstrate or rally", 3, -6.5}, {"142", "conduct hunger strike", 3, -6.5},
	{"143", "conduct strike or boycott", 3, -6.5}, {"144", "obstruct passage, block", 3, -7.5}, {"145", "protest violently, riot", 3, -7.5},
	{"150", "exhibit force posture", 4, -7.2}, {"151", "increase police alert status", 4, -7.2}, {"152", "increase military alert status", 4, -7.2},
	{"153", "mobilize or increase police power", 4, -7.2}, {"154", "mobilize or increase armed forces", 4, -7.2},
	{"155", "mobilize or increase cyber-forces", 4, -7.2},
	{"160", "reduce relations", 4, -4.0}, {"161", "reduce or break diplomatic relations", 4, -4.0}, {"162", "reduce or stop material aid", 4, -5.6},
	{"163", "impose embargo, boycott, or sanctions", 4, -8.0}, {"164", "halt negotiations", 4, -7.0},
	{"165", "halt mediation", 4, -7.0}, {"166", "expel or withdraw", 4, -7.0},
	{"170", "coerce", 4, -7.0}, {"171", "seize or damage property", 4, -9.2}, {"172", "impose administrative sanctions", 4, -5.0},
	{"173", "arrest, detain, or charge with legal action", 4, -5.0}, {"174", "expel or deport individuals", 4, -5.0},
	{"175", "use tactics of violent repression", 4, -9.0}, {"176", "attack cybernetically", 4, -7.0},
	{"180", "use unconventional violence", 4, -9.0}, {"181", "abduct, hijack, or take hostage", 4, -9.0},
	{"182", "physically assault", 4, -9.5}, {"183", "conduct suicide, car, or other non-military bombing", 4, -10.0},
	{"184", "use as human shield", 4, -8.0}, {"185", "attempt to assassinate", 4, -8.0}, {"186", "assassinate", 4, -10.0},
	{"190", "use conventional military force", 4, -10.0}, {"191", "impose blockade, restrict movement", 4, -9.5},
	{"192", "occupy territory", 4, -9.5}, {"193", "fight with small arms and light weapons", 4, -10.0},
	{"194", "fight with artillery and tanks", 4, -10.0}, {"195", "employ aerial weapons", 4, -10.0},
	{"196", "violate ceasefire", 4, -9.5},
	{"200", "use unconventional mass violence", 4, -10.0}, {"201", "engage in mass expulsion", 4, -9.5},
	{"202", "engage in mass killings", 4, -10.0}, {"203", "engage in ethnic cleansing", 4, -10.0},
	{"204", "use weapons of mass destruction", 4, -10.0},
};

/* Binary search: S_codes is in code order; every event asks for its code. */
static const pm_cameo *S_find3(const char *code3)
{
	size_t lo = 0, hi = sizeof(S_codes) / sizeof(S_codes[0]);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(S_codes[mid].code, code3, 3);
		if (c == 0)
			return &S_codes[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const pm_cameo *pm_cameo_find(const char *code)
{
	size_t n = code ? strlen(code) : 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)code[i]))
			return NULL;
	if (n == 2) {
		char c3[4] = {code[0], code[1], '0', '\0'};
		return S_find3(c3);
	}
	if (n == 3)
		return S_find3(code);
	if (n == 4 && code[3] != '0')
		return S_find3(code);
	return NULL;
}

/* PLOVER, the event ontology that succeeds CAMEO, has sixteen types; each
 * CAMEO root maps to one, with the few codes whose meaning crosses roots
 * (signing an agreement is AGREE, not SUPPORT; a military retreat is
 * RETREAT, not CONCEDE) mapped by code. Statements (01) other than these
 * have no PLOVER type. Our own table (docs/output.md). */
static const char *const S_plover_root[21] = {
	NULL, NULL, "REQUEST", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
	"ACCUSE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
	"SANCTION", "COERCE", "ASSAULT", "ASSAULT", "ASSAULT"};

static const struct {
	const char *prefix;
	const char *plover;
} S_plover_code[] = {
	{"016", "REJECT"}, {"018", "SUPPORT"}, {"019", "AGREE"}, {"055", "CONCEDE"},
	{"057", "AGREE"}, {"087", "RETREAT"},
};

const char *pm_cameo_label(const char *code)
{
	const pm_cameo *c = pm_cameo_find(code);
	return c ? c->name : NULL;
}

const char *pm_cameo_plover(const char *code)
{
	return pm_cameo_find(code) ? pm_cameo_plover_of(code) : NULL;
}

const char *pm_cameo_plover_of(const char *code)
{
	if (code[0] == '0' && code[1] != '1' && code[1] != '5' && code[1] != '8')
		return S_plover_root[code[1] - '0'];   /* no code-level exception there */
	for (size_t i = 0; i < sizeof(S_plover_code) / sizeof(S_plover_code[0]); i++)
		if (!strncmp(code, S_plover_code[i].prefix, 3))
			return S_plover_code[i].plover;
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	return root >= 0 && root <= 20 ? S_plover_root[root] : NULL;
}

int pm_cameo_foreach(int (*fn)(void *ctx, const char *code, const char *label,
			       const char *plover, int quad, double goldstein), void *ctx)
{
	for (size_t i = 0; i < sizeof(S_codes) / sizeof(S_codes[0]); i++) {
		const pm_cameo *c = &S_codes[i];
		int rc = fn(ctx, c->code, c->name, pm_cameo_plover(c->code), c->quad, c->goldstein);
		if (rc)
			return rc;
	}
	return 0;
}
