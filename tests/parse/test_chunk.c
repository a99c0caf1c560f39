/* test_chunk.c - the chunk parser's bracketing for each construction the
 * coder relies on, with hand-given tags, plus leaf-order invariants on
 * random tag sequences. */
#include <ctype.h>
#include <string.h>

#include "parse/chunk.h"
#include "../test.h"

/* Builds a sentence from "word/TAG word/TAG@lemma ..." in the arena (the
 * lemma is the word itself unless given). */
static void S_sentence(pm_sentence *s, pm_arena *a, const char *src)
{
	memset(s, 0, sizeof(*s));
	s->tokens = pm_arena_alloc(a, 256 * sizeof(pm_token));
	const char *p = src;
	while (*p && s->n_tokens < 256) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		const char *slash = e;
		while (slash > p && *slash != '/')
			slash--;
		pm_token *t = &s->tokens[s->n_tokens++];
		t->text = pm_arena_strndup(a, p, (size_t)(slash - p));
		char *up = pm_arena_strdup(a, t->text);
		for (char *c = up; *c; c++)
			*c = (char)toupper((unsigned char)*c);
		t->upper = up;
		t->lemma = up;
		const char *at = memchr(slash, '@', (size_t)(e - slash));
		if (at) {
			char *lem = pm_arena_strndup(a, at + 1, (size_t)(e - at - 1));
			for (char *c = lem; *c; c++)
				*c = (char)toupper((unsigned char)*c);
			t->lemma = lem;
		}
		const char *tag_end = at ? at : e;
		size_t tl = (size_t)(tag_end - slash - 1);
		memcpy(t->tag, slash + 1, tl < 7 ? tl : 7);
		p = e;
	}
}

/* Leaves in token order, each once, matching its token. */
static int S_leaves_ok(const pm_sentence *s)
{
	const pm_tree *t = &s->tree;
	if (t->n_words != s->n_tokens)
		return 0;
	int k = 0;
	for (int i = 0; i < t->n_nodes; i++) {
		const pm_node *n = &t->nodes[i];
		if (!n->word)
			continue;
		if (n->token != k || strcmp(n->label, s->tokens[k].tag) ||
		    strcmp(n->word, s->tokens[k].upper) || n->first_child != -1)
			return 0;
		k++;
	}
	return k == s->n_tokens;
}

static char buf[8192];

static const char *S_parse(pm_arena *a, const char *src)
{
	pm_sentence s;
	S_sentence(&s, a, src);
	if (pm_chunk_parse(&s, a) != 0)
		return "(error)";
	if (!S_leaves_ok(&s))
		return "(bad leaves)";
	pm_tree_format(&s.tree, s.tree.root, buf, sizeof(buf));
	return buf;
}

#define PARSE(src, want) CHECK_STR(S_parse(&a, src), want)

static void S_noun_phrases(void)
{
	pm_arena a;
	pm_arena_init(&a, 1 << 14);
	PARSE("The/DT citadel/NN of/IN Palmyra/NNP fell/VBD ./.",
	      "(S (NP (NP (DT THE) (NN CITADEL)) (PP (IN OF) (NP (NNP PALMYRA)))) "
	      "(VP (VBD FELL)) (. .))");
	PARSE("Turkey/NNP 's/POS foreign/JJ minister/NN visited/VBD Baghdad/NNP ./.",
	      "(S (NP (NP (NNP TURKEY) (POS 'S)) (JJ FOREIGN) (NN MINISTER)) "
	      "(VP (VBD VISITED) (NP (NNP BAGHDAD))) (. .))");
	PARSE("Syria/NNP and/CC Iraq/NNP signed/VBD a/DT border/NN pact/NN ./.",
	      "(S (NP (NNP SYRIA) (CC AND) (NNP IRAQ)) "
	      "(VP (VBD SIGNED) (NP (DT A) (NN BORDER) (NN PACT))) (. .))");
	/* a day's possessive after the subject's preposition is no time
	 * phrase: the PP stays on the subject */
	PARSE("The/DT toll/NN from/IN Sunday/NNP 's/POS bombing/NN rose/VBD ./.",
	      "(S (NP (NP (DT THE) (NN TOLL)) (PP (IN FROM) (NP (NP (NNP SUNDAY) (POS 'S)) (NN BOMBING)))) "
	      "(VP (VBD ROSE)) (. .))");
	PARSE("Rodrigo/NNP Londono/NNP ,/, alias/NNP Timochenko/NNP ,/, signed/VBD ./.",
	      "(S (NP (NP (NNP RODRIGO) (NNP LONDONO)) (, ,) (PRN (NNP ALIAS) (NNP TIMOCHENKO)) (, ,)) (VP (VBD SIGNED)) (. .))");
	/* a carrying participle takes its object, not a clause */
	PARSE("Lorries/NNS carrying/VBG food/NN reached/VBD Madaya/NNP ./.",
	      "(S (NP (NP (NNS LORRIES)) (VP (VBG CARRYING) (NP (NN FOOD)))) (VP (VBD REACHED) (NP (NNP MADAYA))) (. .))");
	/* a past form after "had ... and" is the speaker's, not the
	 * reported subject's: "said the talks had failed and warned X" */
	PARSE("Taiwan/NNP said/VBD the/DT talks/NNS had/VBD failed/VBN and/CC warned/VBD Beijing/NNP ./.",
	      "(S (NP (NNP TAIWAN)) (VP (VP (VBD SAID) (SBAR (S (NP (DT THE) (NNS TALKS)) (VP (VBD HAD) "
	      "(VP (VBN FAILED)))))) (CC AND) (VP (VBD WARNED) (NP (NNP BEIJING)))) (. .))");
	/* nor after "had ... <gerund> to <verb> and": "said Russia had kept
	 * preparing to attack and warned Moscow" */
	PARSE("Poland/NNP said/VBD Russia/NNP had/VBD kept/VBN preparing/VBG to/TO attack/VB and/CC "
	      "warned/VBD Moscow/NNP ./.",
	      "(S (NP (NNP POLAND)) (VP (VP (VBD SAID) (SBAR (S (NP (NNP RUSSIA)) (VP (VBD HAD) "
	      "(VP (VBN KEPT) (S (VP (VBG PREPARING) (S (VP (TO TO) (VP (VB ATTACK))))))))))) "
	      "(CC AND) (VP (VBD WARNED) (NP (NNP MOSCOW)))) (. .))");
	/* "posing as" names a role, not a clause */
	PARSE("Soldiers/NNS posing/VBG as/IN traders/NNS freed/VBD hostages/NNS ./.",
	      "(S (NP (NP (NNS SOLDIERS)) (VP (VBG POSING) (PP (IN AS) (NP (NNS TRADERS))))) "
	      "(VP (VBD FREED) (NP (NNS HOSTAGES))) (. .))");
	/* a list of nationalities before the noun is one NP */
	PARSE("British/JJ ,/, French/JJ and/CC American/JJ jets/NNS struck/VBD ./.",
	      "(S (NP (ADJP (JJ BRITISH) (, ,) (JJ FRENCH) (CC AND) (JJ AMERICAN)) (NNS JETS)) "
	      "(VP (VBD STRUCK)) (. .))");
	/* "more than" counts; a part said in passing between commas */
	PARSE("More/JJR than/IN 300/CD people/NNS died/VBD ./.",
	      "(S (NP (JJR MORE) (IN THAN) (CD 300) (NNS PEOPLE)) (VP (VBD DIED)) (. .))");
	PARSE("Seventy/CD people/NNS ,/, many/JJ of/IN them/PRP children/NNS ,/, died/VBD ./.",
	      "(S (NP (NP (CD SEVENTY) (NNS PEOPLE)) (, ,) (PRN (JJ MANY) (IN OF) (PRP THEM) (NNS CHILDREN)) (, ,)) "
	      "(VP (VBD DIED)) (. .))");
	/* after a subordinator, a clause whose subject carries a phrase */
	PARSE("It/PRP came/VBD after/IN a/DT bombing/NN at/IN the/DT airport/NN killed/VBD 170/CD ./.",
	      "(S (NP (PRP IT)) (VP (VBD CAME) (SBAR (IN AFTER) (S (NP (NP (DT A) (NN BOMBING)) "
	      "(PP (IN AT) (NP (DT THE) (NN AIRPORT)))) (VP (VBD KILLED) (NP (CD 170)))))) (. .))");
	/* an aside closed by an adverb ("about 30 kilometres away") */
	PARSE("A/DT blast/NN ,/, about/IN 30/CD kilometres/NNS away/RB ,/, killed/VBD two/CD ./.",
	      "(S (NP (NP (DT A) (NN BLAST)) (, ,) (PP (IN ABOUT) (NP (CD 30) (NNS KILOMETRES)) (RB AWAY)) (, ,)) "
	      "(VP (VBD KILLED) (NP (CD TWO))) (. .))");
	/* an aside of two phrases ("in cooperation with allied forces") */
	PARSE("The/DT army/NN ,/, in/IN cooperation/NN with/IN allied/JJ forces/NNS ,/, took/VBD Homs/NNP ./.",
	      "(S (NP (NP (DT THE) (NN ARMY)) (, ,) (PP (IN IN) (NP (NN COOPERATION))) "
	      "(PP (IN WITH) (NP (JJ ALLIED) (NNS FORCES))) (, ,)) (VP (VBD TOOK) (NP (NNP HOMS))) (. .))");
	PARSE("Seventy/CD people/NNS ,/, among/IN them/PRP 20/CD children/NNS ,/, died/VBD ./.",
	      "(S (NP (NP (CD SEVENTY) (NNS PEOPLE)) (, ,) (PRN (IN AMONG) (PRP THEM) (CD 20) (NNS CHILDREN)) (, ,)) "
	      "(VP (VBD DIED)) (. .))");
	/* a subject's list goes on past a second "and" */
	PARSE("U.S./NNP and/CC British/JJ warships/NNS and/CC aircraft/NN struck/VBD targets/NNS ./.",
	      "(S (NP (NP (NNP U.S.)) (CC AND) (NP (JJ BRITISH) (NNS WARSHIPS)) (CC AND) (NP (NN AIRCRAFT))) "
	      "(VP (VBD STRUCK) (NP (NNS TARGETS))) (. .))");
	PARSE("The/DT army/NN and/CC allied/JJ militias/NNS shelled/VBD Homs/NNP ,/, Hama/NNP "
	      "and/CC Idlib/NNP ./.",
	      "(S (NP (NP (DT THE) (NN ARMY)) (CC AND) (NP (JJ ALLIED) (NNS MILITIAS))) "
	      "(VP (VBD SHELLED) (NP (NNP HOMS) (, ,) (NNP HAMA) (CC AND) (NNP IDLIB))) (. .))");
	PARSE("Omar/NNP Khalil/NNP ,/, the/DT provincial/JJ governor/NN ,/, condemned/VBD "
	      "the/DT bombing/NN ./.",
	      "(S (NP (NP (NNP OMAR) (NNP KHALIL)) (, ,) (NP (DT THE) (JJ PROVINCIAL) (NN GOVERNOR)) "
	      "(, ,)) (VP (VBD CONDEMNED) (NP (DT THE) (NN BOMBING))) (. .))");
	PARSE("Gunmen/NNS killed/VBD two/CD Kurdish/JJ officers/NNS ./.",
	      "(S (NP (NNS GUNMEN)) (VP (VBD KILLED) (NP (CD TWO) (JJ KURDISH) (NNS OFFICERS))) (. .))");
	/* A titled name after "of" ends the PP; "and" joins the titled names. */
	PARSE("U.S./NNP Secretary/NNP of/IN State/NNP James/NNP Baker/NNP and/CC Iraqi/JJ "
	      "Minister/NNP Tariq/NNP Aziz/NNP met/VBD ./.",
	      "(S (NP (NP (NP (NNP U.S.) (NNP SECRETARY)) (PP (IN OF) (NP (NNP STATE) (NNP JAMES) "
	      "(NNP BAKER)))) (CC AND) (NP (JJ IRAQI) (NNP MINISTER) (NNP TARIQ) (NNP AZIZ))) "
	      "(VP (VBD MET)) (. .))");
	/* "between" always takes two, even before a finite verb */
	PARSE("Talks/NNS between/IN Israel/NNP and/CC Hamas/NNP collapsed/VBD ./.",
	      "(S (NP (NP (NNS TALKS)) (PP (IN BETWEEN) (NP (NNP ISRAEL) (CC AND) (NNP HAMAS)))) "
	      "(VP (VBD COLLAPSED)) (. .))");
	/* "the U.S. - led coalition" is one noun phrase */
	PARSE("The/DT U.S./NNP -/: led/VBN coalition/NN struck/VBD ./.",
	      "(S (NP (DT THE) (NNP U.S.) (: -) (VBN LED) (NN COALITION)) (VP (VBD STRUCK)) (. .))");
	/* An object pair is not formed across the next clause's subject. */
	PARSE("Jets/NNS struck/VBD Aleppo/NNP and/CC rebels/NNS fled/VBD ./.",
	      "(S (S (NP (NNS JETS)) (VP (VBD STRUCK) (NP (NNP ALEPPO)))) (CC AND) "
	      "(S (NP (NNS REBELS)) (VP (VBD FLED))) (. .))");
	pm_arena_free(&a);
}

/* Time words and reporting asides between a subject and its verb. */
static void S_between_subject_and_verb(void)
{
	pm_arena a;
	pm_arena_init(&a, 1 << 14);
	PARSE("Israel/NNP today/NN launched/VBD strikes/NNS ./.",
	      "(S (NP (NNP ISRAEL)) (ADVP (NN TODAY)) (VP (VBD LAUNCHED) (NP (NNS STRIKES))) (. .))");
	PARSE("The/DT army/NN last/JJ week/NN seized/VBD Raqqa/NNP ./.",
	      "(S (NP (DT THE) (NN ARMY)) (ADVP (JJ LAST) (NN WEEK)) (VP (VBD SEIZED) (NP (NNP RAQQA))) (. .))");
	PARSE("Israel/NNP ,/, the/DT army/NN said/VBD ,/, struck/VBD Gaza/NNP ./.",
	      "(S (NP (NNP ISRAEL)) (PRN (, ,) (NP (DT THE) (NN ARMY)) (VP (VBD SAID)) (, ,)) "
	      "(VP (VBD STRUCK) (NP (NNP GAZA))) (. .))");
	/* a list that is the subject may end in a speech verb with its own
	 * object; one that ends the sentence is a report after the clause */
	PARSE("Chad/NNP ,/, Burkina/NNP Faso/NNP and/CC Niger/NNP announced/VBD sanctions/NNS ./.",
	      "(S (NP (NP (NNP CHAD)) (, ,) (NP (NNP BURKINA) (NNP FASO)) (CC AND) (NP (NNP NIGER))) "
	      "(VP (VBD ANNOUNCED) (NP (NNS SANCTIONS))) (. .))");
	PARSE("Rebels/NNS shelled/VBD the/DT town/NN ,/, the/DT army/NN and/CC police/NNS said/VBD ./.",
	      "(S (S (NP (NNS REBELS)) (VP (VBD SHELLED) (NP (DT THE) (NN TOWN)))) (, ,) "
	      "(NP (NP (DT THE) (NN ARMY)) (CC AND) (NP (NNS POLICE))) (VP (VBD SAID)) (. .))");
	PARSE("Troops/NNS earlier/RBR this/DT week/NN seized/VBD Shire/NNP ./.",
	      "(S (NP (NNS TROOPS)) (ADVP (RBR EARLIER) (DT THIS) (NN WEEK)) "
	      "(VP (VBD SEIZED) (NP (NNP SHIRE))) (. .))");
	PARSE("Troops/NNS two/CD days/NNS ago/RB shelled/VBD Shire/NNP ./.",
	      "(S (NP (NNS TROOPS)) (ADVP (CD TWO) (NNS DAYS) (RB AGO)) "
	      "(VP (VBD SHELLED) (NP (NNP SHIRE))) (. .))");
	/* a participle aside keeps the subject its verb, as a relative does */
	PARSE("Troops/NNS ,/, backed/VBN by/IN Russian/JJ jets/NNS ,/, recaptured/VBN Palmyra/NNP ./.",
	      "(S (NP (NP (NNS TROOPS)) (, ,) (VP (VBN BACKED) (PP (IN BY) (NP (JJ RUSSIAN) (NNS JETS)))) (, ,)) "
	      "(VP (VBN RECAPTURED) (NP (NNP PALMYRA))) (. .))");
	/* a passive's "by" after an adjective is the verb's */
	PARSE("Kabila/NNP was/VBD shot/VBN dead/JJ by/IN bodyguards/NNS ./.",
	      "(S (NP (NNP KABILA)) (VP (VBD WAS) (VP (VBN SHOT) (ADJP (JJ DEAD)) "
	      "(PP (IN BY) (NP (NNS BODYGUARDS))))) (. .))");
	PARSE("Clinton/NNP ,/, visiting/VBG Kigali/NNP ,/, apologized/VBD ./.",
	      "(S (NP (NP (NNP CLINTON)) (, ,) (VP (VBG VISITING) (NP (NNP KIGALI))) (, ,)) "
	      "(VP (VBD APOLOGIZED)) (. .))");
	PARSE("Troops/NNS ,/, according/VBG to/TO witnesses/NNS ,/, shelled/VBD Shire/NNP ./.",
	      "(S (NP (NP (NNS TROOPS)) (, ,) (VP (VBG ACCORDING) (PP (TO TO) (NP (NNS WITNESSES)))) (, ,)) "
	      "(VP (VBD SHELLED) (NP (NNP SHIRE))) (. .))");
	pm_arena_free(&a);
}

static void S_verb_phrases(void)
{
	pm_arena a;
	pm_arena_init(&a, 1 << 14);
	PARSE("Rebels/NNS had/VBD taken/VBN the/DT town/NN ./.",
	      "(S (NP (NNS REBELS)) (VP (VBD HAD) (VP (VBN TAKEN) (NP (DT THE) (NN TOWN)))) (. .))");
	PARSE("The/DT army/NN will/MD not/RB attack/VB the/DT city/NN ./.",
	      "(S (NP (DT THE) (NN ARMY)) (VP (MD WILL) (RB NOT) (VP (VB ATTACK) "
	      "(NP (DT THE) (NN CITY)))) (. .))");
	PARSE("The/DT convoy/NN was/VBD attacked/VBN by/IN militants/NNS near/IN Deir/NNP "
	      "Ezzor/NNP ./.",
	      "(S (NP (DT THE) (NN CONVOY)) (VP (VBD WAS) (VP (VBN ATTACKED) "
	      "(PP (IN BY) (NP (NNS MILITANTS))) (PP (IN NEAR) (NP (NNP DEIR) (NNP EZZOR))))) (. .))");
	PARSE("Protesters/NNS set/VBD up/RP barricades/NNS ./.",
	      "(S (NP (NNS PROTESTERS)) (VP (VBD SET) (PRT (RP UP)) (NP (NNS BARRICADES))) (. .))");
	PARSE("Officials/NNS agreed/VBD to/TO restore/VB water/NN supplies/NNS ./.",
	      "(S (NP (NNS OFFICIALS)) (VP (VBD AGREED) (S (VP (TO TO) (VP (VB RESTORE) "
	      "(NP (NN WATER) (NNS SUPPLIES)))))) (. .))");
	PARSE("Troops/NNS shelled/VBD the/DT village/NN and/CC arrested/VBD two/CD men/NNS ./.",
	      "(S (NP (NNS TROOPS)) (VP (VP (VBD SHELLED) (NP (DT THE) (NN VILLAGE))) (CC AND) "
	      "(VP (VBD ARRESTED) (NP (CD TWO) (NNS MEN)))) (. .))");
	PARSE("Militias/NNS have/VBP been/VBN shelling/VBG the/DT camp/NN ./.",
	      "(S (NP (NNS MILITIAS)) (VP (VBP HAVE) (VP (VBN BEEN) (VP (VBG SHELLING) "
	      "(NP (DT THE) (NN CAMP))))) (. .))");
	/* "not" opening a coordinated verb phrase: once looped forever */
	PARSE("They/PRP agree/VBP ,/, and/CC not/RB always/RB are/VBP their/PRP$ "
	      "decisions/NNS equal/JJ ./.",
	      "(S (NP (PRP THEY)) (VP (VP (VBP AGREE)) (, ,) (CC AND) (RB NOT) (ADVP (RB ALWAYS)) "
	      "(VP (VBP ARE) (NP (PRP$ THEIR) (NNS DECISIONS)) (ADJP (JJ EQUAL)))) (. .))");
	/* a speaker's second stand after ", and" is the speaker's, not the
	 * relative clause's; a past form joins no participle in the object */
	PARSE("Washington/NNP condemned/VBD groups/NNS that/WDT killed/VBD soldiers/NNS ,/, "
	      "and/CC vowed/VBD to/TO respond/VB ./.",
	      "(S (NP (NNP WASHINGTON)) (VP (VP (VBD CONDEMNED) (NP (NP (NNS GROUPS)) (SBAR (WHNP "
	      "(WDT THAT)) (S (VP (VBD KILLED) (NP (NNS SOLDIERS))))))) (, ,) (CC AND) (VP (VBD VOWED) "
	      "(S (VP (TO TO) (VP (VB RESPOND)))))) (. .))");
	PARSE("Rebels/NNS released/VBD a/DT video/NN showing/VBG hostages/NNS and/CC "
	      "threatened/VBD to/TO kill/VB them/PRP ./.",
	      "(S (NP (NNS REBELS)) (VP (VP (VBD RELEASED) (NP (NP (DT A) (NN VIDEO)) (VP (VBG SHOWING) "
	      "(NP (NNS HOSTAGES))))) (CC AND) (VP (VBD THREATENED) (S (VP (TO TO) (VP (VB KILL) "
	      "(NP (PRP THEM))))))) (. .))");
	/* what is said may have a subject with a phrase of its own; a stand
	 * after "be" in it is the speaker's */
	PARSE("Bush/NNP said/VBD the/DT strikes/NNS on/IN Kyiv/NNP were/VBD wrong/JJ and/CC "
	      "urged/VBD Moscow/NNP to/TO stop/VB ./.",
	      "(S (NP (NNP BUSH)) (VP (VP (VBD SAID) (SBAR (S (NP (NP (DT THE) (NNS STRIKES)) (PP (IN ON) "
	      "(NP (NNP KYIV)))) (VP (VBD WERE) (ADJP (JJ WRONG)))))) (CC AND) (VP (VBD URGED) "
	      "(NP (NNP MOSCOW)) (S (VP (TO TO) (VP (VB STOP)))))) (. .))");
	/* without the comma, or with a verb that takes no stand, the
	 * relative clause keeps its second verb */
	PARSE("Police/NNS found/VBD gunmen/NNS who/WP killed/VBD two/CD and/CC wounded/VBD "
	      "five/CD ./.",
	      "(S (NP (NNS POLICE)) (VP (VBD FOUND) (NP (NP (NNS GUNMEN)) (SBAR (WHNP (WP WHO)) (S (VP "
	      "(VP (VBD KILLED) (NP (CD TWO))) (CC AND) (VP (VBD WOUNDED) (NP (CD FIVE)))))))) (. .))");
	PARSE("Turkey/NNP is/VBZ about/IN to/TO reopen/VB the/DT crossing/NN ./.",
	      "(S (NP (NNP TURKEY)) (VP (VBZ IS) (VP (IN ABOUT) (S (VP (TO TO) (VP (VB REOPEN) "
	      "(NP (DT THE) (NN CROSSING))))))) (. .))");
	pm_arena_free(&a);
}

static void S_clauses(void)
{
	pm_arena a;
	pm_arena_init(&a, 1 << 14);
	PARSE("Residents/NNS fled/VBD after/IN gunmen/NNS stormed/VBD the/DT market/NN ./.",
	      "(S (NP (NNS RESIDENTS)) (VP (VBD FLED) (SBAR (IN AFTER) (S (NP (NNS GUNMEN)) "
	      "(VP (VBD STORMED) (NP (DT THE) (NN MARKET)))))) (. .))");
	PARSE("Police/NNS said/VBD militants/NNS attacked/VBD a/DT checkpoint/NN ./.",
	      "(S (NP (NNS POLICE)) (VP (VBD SAID) (SBAR (S (NP (NNS MILITANTS)) "
	      "(VP (VBD ATTACKED) (NP (DT A) (NN CHECKPOINT)))))) (. .))");
	/* a complementizer after the object of a preposition opens the
	 * verb's clause; a relative pronoun there still opens the noun's */
	PARSE("Rebels/NNS announced/VBD on/IN radio/NN that/IN they/PRP had/VBD taken/VBN the/DT "
	      "city/NN ./.",
	      "(S (NP (NNS REBELS)) (VP (VBD ANNOUNCED) (PP (IN ON) (NP (NN RADIO))) (SBAR (IN THAT) "
	      "(S (NP (PRP THEY)) (VP (VBD HAD) (VP (VBN TAKEN) (NP (DT THE) (NN CITY))))))) (. .))");
	PARSE("The/DT ministry/NN said/VBD that/IN Iraq/NNP and/CC Iran/NNP would/MD "
	      "resume/VB talks/NNS ./.",
	      "(S (NP (DT THE) (NN MINISTRY)) (VP (VBD SAID) (SBAR (IN THAT) (S (NP (NNP IRAQ) "
	      "(CC AND) (NNP IRAN)) (VP (MD WOULD) (VP (VB RESUME) (NP (NNS TALKS))))))) (. .))");
	PARSE("Militants/NNS attacked/VBD a/DT checkpoint/NN ,/, state/NN media/NNS said/VBD ./.",
	      "(S (S (NP (NNS MILITANTS)) (VP (VBD ATTACKED) (NP (DT A) (NN CHECKPOINT)))) (, ,) "
	      "(NP (NN STATE) (NNS MEDIA)) (VP (VBD SAID)) (. .))");
	PARSE("The/DT militia/NN ,/, which/WDT controls/VBZ the/DT port/NN ,/, rejected/VBD "
	      "the/DT truce/NN ./.",
	      "(S (NP (NP (DT THE) (NN MILITIA)) (, ,) (SBAR (WHNP (WDT WHICH)) (S (VP (VBZ CONTROLS) "
	      "(NP (DT THE) (NN PORT))))) (, ,)) (VP (VBD REJECTED) (NP (DT THE) (NN TRUCE))) (. .))");
	PARSE("Forces/NNS backed/VBN by/IN Russia/NNP recaptured/VBD Palmyra/NNP ./.",
	      "(S (NP (NP (NNS FORCES)) (VP (VBN BACKED) (PP (IN BY) (NP (NNP RUSSIA))))) "
	      "(VP (VBD RECAPTURED) (NP (NNP PALMYRA))) (. .))");
	PARSE("On/IN Tuesday/NNP ,/, jets/NNS bombed/VBD a/DT depot/NN ./.",
	      "(S (PP (IN ON) (NP (NNP TUESDAY))) (, ,) (NP (NNS JETS)) (VP (VBD BOMBED) "
	      "(NP (DT A) (NN DEPOT))) (. .))");
	PARSE("Egypt/NNP on/IN Monday/NNP urged/VBD@urge Libya/NNP to/TO free/VB the/DT hostages/NNS ./.",
	      "(S (NP (NNP EGYPT)) (PP (IN ON) (NP (NNP MONDAY))) (VP (VBD URGED) (S (NP (NNP LIBYA)) "
	      "(VP (TO TO) (VP (VB FREE) (NP (DT THE) (NNS HOSTAGES)))))) (. .))");
	PARSE("Arnor/NNP restored/VBD complete/JJ ,/, full/JJ diplomatic/JJ ties/NNS ./.",
	      "(S (NP (NNP ARNOR)) (VP (VBD RESTORED) (NP (JJ COMPLETE) (, ,) (JJ FULL) (JJ DIPLOMATIC) "
	      "(NNS TIES))) (. .))");
	PARSE("Soldiers/NNS and/CC police/NNS in/IN Aleppo/NNP fled/VBD",
	      "(S (NP (NP (NNS SOLDIERS) (CC AND) (NNS POLICE)) (PP (IN IN) (NP (NNP ALEPPO)))) "
	      "(VP (VBD FLED)))");
	PARSE("Russia/NNP backed/VBD it/PRP --/: which/WDT surprised/VBD Iran/NNP --/: and/CC China/NNP "
	      "agreed/VBD",
	      "(S (S (NP (NNP RUSSIA)) (VP (VBD BACKED) (NP (PRP IT)))) (PRN (: --) (SBAR (WHNP (WDT WHICH)) "
	      "(S (VP (VBD SURPRISED) (NP (NNP IRAN))))) (: --)) (CC AND) (S (NP (NNP CHINA)) "
	      "(VP (VBD AGREED))))");
	PARSE("They/PRP fought/VBD for/IN a/DT state/NN in/IN Nigeria/NNP",
	      "(S (NP (PRP THEY)) (VP (VBD FOUGHT) (PP (IN FOR) (NP (NP (DT A) (NN STATE)) (PP (IN IN) "
	      "(NP (NNP NIGERIA)))))))");
	PARSE("It/PRP seems/VBZ clear/JJ that/IN talks/NNS failed/VBD",
	      "(S (NP (PRP IT)) (VP (VBZ SEEMS) (ADJP (JJ CLEAR)) (SBAR (IN THAT) (S (NP (NNS TALKS)) "
	      "(VP (VBD FAILED))))))");
	PARSE("They/PRP replaced/VBD those/DT it/PRP fires/VBZ",
	      "(S (NP (PRP THEY)) (VP (VBD REPLACED) (NP (NP (DT THOSE)) (SBAR (S (NP (PRP IT)) "
	      "(VP (VBZ FIRES)))))))");
	PARSE("Rebels/NNS left/VBD or/CC at/IN least/JJS retreated/VBD",
	      "(S (NP (NNS REBELS)) (VP (VP (VBD LEFT)) (CC OR) (ADVP (IN AT) (JJS LEAST)) "
	      "(VP (VBD RETREATED))))");
	PARSE("They/PRP deepened/VBD ties/NNS ,/, especially/RB by/IN promoting/VBG trade/NN",
	      "(S (NP (PRP THEY)) (VP (VBD DEEPENED) (NP (NNS TIES)) (, ,) (ADVP (RB ESPECIALLY)) (PP (IN BY) "
	      "(S (VP (VBG PROMOTING) (NP (NN TRADE)))))))");
	PARSE("Strikes/NNS hit/VBD towns/NNS ,/, including/VBG Idlib/NNP",
	      "(S (NP (NNS STRIKES)) (VP (VBD HIT) (NP (NNS TOWNS)) (, ,) (PP (VBG INCLUDING) "
	      "(NP (NNP IDLIB)))))");
	PARSE("Eriador/NNP agrees/VBZ with/IN France/NNP that/IN disputes/NNS should/MD end/VB",
	      "(S (NP (NNP ERIADOR)) (VP (VBZ AGREES) (PP (IN WITH) (NP (NNP FRANCE))) (SBAR (IN THAT) "
	      "(S (NP (NNS DISPUTES)) (VP (MD SHOULD) (VP (VB END)))))))");
	PARSE("Arnor/NNP restored/VBD ties/NNS ,/, five/CD years/NNS after/IN crowds/NNS burned/VBD "
	      "its/PRP$ embassy/NN",
	      "(S (NP (NNP ARNOR)) (VP (VBD RESTORED) (NP (NNS TIES)) (, ,) (SBAR (NP (CD FIVE) (NNS YEARS)) "
	      "(IN AFTER) (S (NP (NNS CROWDS)) (VP (VBD BURNED) (NP (PRP$ ITS) (NN EMBASSY)))))))");
	PARSE("Fornost/JJ welcomed/VBD the/DT talks/NNS",
	      "(S (NP (JJ FORNOST)) (VP (VBD WELCOMED) (NP (DT THE) (NNS TALKS))))");
	PARSE("Danish/JJ media/NNS and/CC government/NN warned/VBD",
	      "(S (NP (JJ DANISH) (NNS MEDIA) (CC AND) (NN GOVERNMENT)) (VP (VBD WARNED)))");
	PARSE("Danish/JJ media/NNS and/CC Sweden/NNP warned/VBD",
	      "(S (NP (NP (JJ DANISH) (NNS MEDIA)) (CC AND) (NP (NNP SWEDEN))) (VP (VBD WARNED)))");
	PARSE("Political/JJ and/CC military/JJ officials/NNS met/VBD",
	      "(S (NP (ADJP (JJ POLITICAL) (CC AND) (JJ MILITARY)) (NNS OFFICIALS)) (VP (VBD MET)))");
	PARSE("Mordor/NNP is/VBZ a/DT place/NN to/TO visit/VB",
	      "(S (NP (NNP MORDOR)) (VP (VBZ IS) (NP (DT A) (NN PLACE)) (S (VP (TO TO) (VP (VB VISIT))))))");
	/* the infinitive says what for, not what the object does */
	PARSE("Forces/NNS launched/VBD@launch an/DT offensive/NN to/TO retake/VB Mosul/NNP",
	      "(S (NP (NNS FORCES)) (VP (VBD LAUNCHED) (NP (DT AN) (NN OFFENSIVE)) (S (VP (TO TO) "
	      "(VP (VB RETAKE) (NP (NNP MOSUL)))))))");
	PARSE("They/PRP condemned/VBD the/DT killing/VBG of/IN civilians/NNS",
	      "(S (NP (PRP THEY)) (VP (VBD CONDEMNED) (NP (NP (DT THE) (VBG KILLING)) (PP (IN OF) "
	      "(NP (NNS CIVILIANS))))))");
	PARSE("Mordor/NNP is/VBZ not/RB a/DT safe/JJ place/NN ./.",
	      "(S (NP (NNP MORDOR)) (VP (VBZ IS) (RB NOT) (NP (DT A) (JJ SAFE) (NN PLACE))) (. .))");
	/* the object of "ask X to", "want X to" is the subject of the infinitive,
	 * as in Stanford's trees, so the coder finds who is to help whom */
	PARSE("He/PRP would/MD not/RB ask/VB Russia/NNP to/TO help/VB Israel/NNP",
	      "(S (NP (PRP HE)) (VP (MD WOULD) (RB NOT) (VP (VB ASK) (S (NP (NNP RUSSIA)) "
	      "(VP (TO TO) (VP (VB HELP) (NP (NNP ISRAEL))))))))");
	PARSE("Guards/NNS fired/VBD on/IN the/DT crowd/NN ,/, wounding/VBG five/CD people/NNS ./.",
	      "(S (NP (NNS GUARDS)) (VP (VBD FIRED) (PP (IN ON) (NP (DT THE) (NN CROWD))) (, ,) "
	      "(S (VP (VBG WOUNDING) (NP (CD FIVE) (NNS PEOPLE))))) (. .))");
	pm_arena_free(&a);
}

/* Deterministic pseudo-random tag strings: whatever the input, every token
 * is a leaf, once, in order, and the parser returns. */
static void S_random(void)
{
	static const char *const tags[] = {
		"NN", "NNS", "NNP", "JJ", "DT", "IN", "TO", "VB", "VBD", "VBZ", "VBN", "VBG",
		"MD", "RB", "CC", ",", ".", "PRP", "PRP$", "WDT", "WP", "WRB", "POS", "RP", "CD",
		":", "``", "''", "-LRB-", "-RRB-", "EX", "PDT", "$", "SYM", "FW", "UH"};
	const int nt = (int)(sizeof(tags) / sizeof(tags[0]));
	static const char *const words[] = {"that", "said", "after", "of", "not", "is", "had",
					    "which", "ago", "Monday", "about", "x", "and", "never"};
	const unsigned long nw = sizeof(words) / sizeof(words[0]);
	unsigned long r = 12345;
	pm_arena a;
	pm_arena_init(&a, 1 << 16);
	int bad = 0;
	for (int k = 0; k < 10000; k++) {
		char src[8192];
		size_t at = 0;
		int n = 1 + (int)((r >> 8) % 60);
		for (int i = 0; i < n; i++) {
			r = r * 6364136223846793005UL + 1442695040888963407UL;
			const char *w = words[(r >> 20) % nw];
			at += (size_t)snprintf(src + at, sizeof(src) - at, "%s/%s ", w,
					       tags[(r >> 33) % (unsigned long)nt]);
		}
		pm_arena_reset(&a);
		pm_sentence s;
		S_sentence(&s, &a, src);
		if (pm_chunk_parse(&s, &a) != 0 || !S_leaves_ok(&s))
			bad++;
	}
	CHECK_INT(bad, 0);
	/* A very long sentence stays within its work budget. */
	pm_arena_reset(&a);
	pm_sentence s;
	S_sentence(&s, &a, "");
	s.tokens = pm_arena_alloc(&a, 5000 * sizeof(pm_token));
	for (int i = 0; i < 5000; i++) {
		s.tokens[i].text = s.tokens[i].upper = (i % 3 == 1) ? "AND" : "SYRIA";
		strcpy(s.tokens[i].tag, (i % 3 == 1) ? "CC" : "NNP");
	}
	s.n_tokens = 5000;
	CHECK_INT(pm_chunk_parse(&s, &a), 0);
	CHECK(S_leaves_ok(&s));
	/* Empty sentence: empty tree. */
	S_sentence(&s, &a, "");
	CHECK_INT(pm_chunk_parse(&s, &a), 0);
	CHECK_INT(s.tree.root, -1);
	CHECK(pm_chunk_parse(NULL, &a) < 0);
	pm_arena_free(&a);
}

int main(void)
{
	/* a list out of order would turn a listed word away unseen */
	CHECK(pm_chunk_words_ok());
	S_noun_phrases();
	S_between_subject_and_verb();
	S_verb_phrases();
	S_clauses();
	S_random();
	TEST_END();
}
