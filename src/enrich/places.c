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

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "enrich/enrich_words.h"
#include "util/error.h"
#include "util/json_out.h"
#include "util/str.h"

#define S_MAX_NAME_TOKENS 6
#define S_MAX_CANDS 200
#define S_MAX_COUNTRIES 24

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
	uint8_t want_city;          /* "X city" */
	uint8_t from;               /* "from X": where something came from */
	uint8_t initial;            /* first word of its sentence */
} S_mention;

typedef struct S_country {
	char code[4];
	float weight;
} S_country;

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
	pm_arena *a;
};

/* ---- Word lists ---------------------------------------------------------------- */

static const char *const S_preps[] = {
	"in", "near", "at", "into", "outside", "across", "around", "toward", "towards",
	"inside", "throughout", "to", "on", "from", "nearby", "within", "between", "entered",
	"besieging", "besieged", "shelled", "bombed", NULL};

/* Words before "of" that make the name after it a place. */
static const char *const S_of_heads[] = {
	"city", "town", "village", "province", "governorate", "region", "district", "outskirts",
	"suburbs", "suburb", "countryside", "north", "south", "east", "west", "northeast",
	"northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
	"south-west", "outside", "centre", "center", "heart", "area", "vicinity", "streets",
	"port", "capital", "border", "neighbourhood", "neighborhood", "districts", "villages",
	"towns", "cities", "provinces", "parts", "edge", "gates", "west", "east", "oblast", NULL};

/* Words between a preposition and the name ("in the besieged eastern ..."). */
static const char *const S_fillers[] = {
	"the", "a", "an", "besieged", "central", "rural", "ancient", "old", "downtown", "greater",
	"nearby", "neighbouring", "neighboring", "restive", "embattled", "northern", "southern",
	"eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
	"north-eastern", "north-western", "south-eastern", "south-western", "desert", "coastal",
	"city", "town", "village", "key", "strategic", "historic", "border", "northernmost",
	"capital", "port", NULL};

static const char *const S_region_words[] = {"province", "governorate", "region", "oblast",
					     "state", "district", "prefecture", "county",
					     "provinces", NULL};
static const char *const S_city_words[] = {"city", "town", "village", "airport", "countryside",
					   "outskirts", "suburbs", "area", "neighbourhood",
					   "neighborhood", NULL};

/* Keys that are places somewhere but almost never in news text: months,
 * weekdays, everyday words, names of people, outlets and organisations.
 * Kept in strcmp order: S_stopped looks words up by bisection. */
static const char *const S_stop[] = {
	"abdullah", "according", "afp", "after", "again", "agency", "ahmad", "ahmed",
	"ahrar", "aid", "ain", "airport", "alawite", "ali", "all", "allah", "alliance",
	"also", "american", "amnesty", "and", "ansar", "apple", "april", "arab", "arabs",
	"army", "assad", "august", "bank", "bashar", "bay", "bbc", "before", "bir",
	"borders", "both", "brigade", "brigades", "but", "cape", "center", "central",
	"centre", "chief", "children", "christian", "christmas", "church", "cnn",
	"coalition", "colonel", "commander", "commission", "committee", "company",
	"congress", "cooperation", "council", "crescent", "cross", "daesh", "december",
	"defence", "defense", "deir", "democratic", "deputy", "doctors", "dozens", "dr",
	"each", "earlier", "early", "east", "easter", "eastern", "eid", "emir", "erdogan",
	"eu", "european", "even", "facebook", "faith", "fatah", "fateh", "february",
	"federal", "first", "five", "food", "forces", "foreign", "four", "free", "freedom",
	"friday", "front", "general", "god", "google", "government", "grace", "grand",
	"great", "group", "guardian", "gulf", "hafez", "haftar", "hamas", "harakat",
	"hassan", "hayat", "head", "here", "hezbollah", "hill", "hills", "hope",
	"hospital", "house", "human", "hundreds", "hussein", "imam", "independence",
	"institute", "interfax", "interior", "international", "iranian", "iraqi", "isil",
	"isis", "islam", "islamic", "island", "islands", "israeli", "jabal", "jabhat",
	"jaish", "january", "jazeera", "jebel", "jewish", "john", "july", "jund", "june",
	"just", "justice", "kafr", "kerry", "khalifa", "kim", "king", "kremlin", "kurdish",
	"lake", "last", "late", "later", "lavrov", "leader", "lebanese", "liberty", "liwa",
	"long", "maher", "many", "march", "mark", "may", "media", "medical", "mercy",
	"microsoft", "middle", "minister", "ministry", "mohammed", "monday", "more",
	"morsi", "mosque", "most", "mount", "movement", "mr", "mrs", "ms", "muhammad",
	"muslim", "nasrallah", "national", "nations", "nato", "network", "new", "news",
	"next", "north", "northern", "november", "nusra", "obama", "observatory",
	"october", "office", "official", "officials", "old", "omar", "one", "online",
	"only", "opposition", "organisation", "organization", "other", "palestinian",
	"parliament", "party", "peace", "pentagon", "people", "plain", "police", "popular",
	"port", "post", "president", "press", "prime", "prince", "program", "programme",
	"putin", "qaeda", "radio", "ramadan", "ras", "rebels", "red", "regime", "relief",
	"republic", "reuters", "rights", "river", "russian", "said", "saint", "salman",
	"san", "sana", "santa", "saturday", "save", "says", "school", "sea", "second",
	"security", "senate", "september", "sham", "sheikh", "shia", "shiite", "since",
	"sisi", "some", "source", "sources", "south", "southern", "spokesman",
	"spokeswoman", "state", "station", "still", "such", "sunday", "sunni", "syrian",
	"tahrir", "tal", "taliban", "tall", "tass", "telegram", "television", "tell",
	"ten", "that", "the", "then", "there", "they", "third", "this", "thousands",
	"three", "thursday", "times", "today", "told", "tonight", "trump", "tuesday",
	"turkish", "tv", "twitter", "two", "un", "unhcr", "unicef", "union", "unity",
	"university", "valley", "victory", "video", "wadi", "watch", "wednesday", "west",
	"western", "when", "while", "white", "who", "world", "youtube", NULL};

/* Adjectives of nationality: evidence of a country, never a place. */
static const struct {
	const char *word, *code;
} S_demonyms[] = {
	{"syrian", "SYR"}, {"syrians", "SYR"}, {"iraqi", "IRQ"}, {"iraqis", "IRQ"},
	{"lebanese", "LBN"}, {"jordanian", "JOR"}, {"israeli", "ISR"}, {"israelis", "ISR"},
	{"palestinian", "PSE"}, {"palestinians", "PSE"}, {"egyptian", "EGY"},
	{"libyan", "LBY"}, {"tunisian", "TUN"}, {"algerian", "DZA"}, {"moroccan", "MAR"},
	{"sudanese", "SDN"}, {"yemeni", "YEM"}, {"saudi", "SAU"}, {"iranian", "IRN"},
	{"turkish", "TUR"}, {"afghan", "AFG"}, {"pakistani", "PAK"}, {"indian", "IND"},
	{"russian", "RUS"}, {"ukrainian", "UKR"}, {"american", "USA"}, {"british", "GBR"},
	{"french", "FRA"}, {"german", "DEU"}, {"chinese", "CHN"}, {"malian", "MLI"},
	{"nigerian", "NGA"}, {"somali", "SOM"}, {"ethiopian", "ETH"}, {"congolese", "COD"},
	{"kenyan", "KEN"}, {"georgian", "GEO"}, {"qatari", "QAT"}, {"emirati", "ARE"},
	{"kuwaiti", "KWT"}, {"omani", "OMN"}, {"bahraini", "BHR"}, {"kurdish", NULL},
};

static int S_in_list(const char *const *list, const char *w)
{
	for (int i = 0; list[i]; i++)
		if (list[i][0] == w[0] && strcmp(list[i], w) == 0)
			return 1;
	return 0;
}

/* w in the first n words of list, which are in strcmp order. */
static int S_in_sorted(const char *const *list, size_t n, const char *w)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(list[mid], w);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int pm_places_stop_list_ok(void)
{
	size_t n = sizeof(S_stop) / sizeof(S_stop[0]) - 1;
	for (size_t i = 1; i < n; i++)
		if (strcmp(S_stop[i - 1], S_stop[i]) >= 0)
			return 0;
	return 1;
}

static const char *S_demonym(const char *t)
{
	char low[24];
	if (!(t[0] >= 'A' && t[0] <= 'Z'))
		return NULL;
	size_t n = strlen(t);
	if (n >= sizeof(low) || n < 4)
		return NULL;
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 32 : t[i]);
	for (size_t i = 0; i < sizeof(S_demonyms) / sizeof(S_demonyms[0]); i++)
		if (S_demonyms[i].word[0] == low[0] && S_demonyms[i].word[1] == low[1] &&
		    S_demonyms[i].code && strcmp(S_demonyms[i].word, low) == 0)
			return S_demonyms[i].code;
	return NULL;
}

/* ---- Document countries ------------------------------------------------------------ */

static void S_country_add(pm_place_doc *pd, const char *code, float w)
{
	if (!code || strlen(code) < 3)
		return;
	for (int i = 0; i < pd->n_c; i++)
		if (memcmp(pd->c[i].code, code, 3) == 0) {
			pd->c[i].weight += w;
			return;
		}
	if (pd->n_c == S_MAX_COUNTRIES)
		return;
	memcpy(pd->c[pd->n_c].code, code, 3);
	pd->c[pd->n_c].code[3] = '\0';
	pd->c[pd->n_c++].weight = w;
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
static double S_region_share(const pm_place_doc *pd, const char *admin1)
{
	for (int i = 0; i < pd->n_regions; i++)
		if (pd->regions[i] == admin1)
			return (double)pd->region_n[i] / pd->region_max;
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
	size_t n = strlen(t);
	if (n < 2 || n > 3)
		return 0;
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)((t[i] >= 'A' && t[i] <= 'Z') ? t[i] + 32 : t[i]);
	return S_in_list(art, low);
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
	for (int skipped = 0; k >= 0 && skipped < 3 && pm_ew_in(s, k, S_fillers) >= 0 &&
			      pm_ew_in(s, k, S_preps) < 0;
	     skipped++)
		k--;
	return k;
}

/* What stands before the name: 2 for a place preposition or "the city of",
 * 0 for nothing; *from when it is "from". */
static int S_left_context(const pm_sentence *s, int i, uint8_t *from)
{
	int k = S_before(s, i);
	if (k < 0)
		return S_CTX_NONE;
	if (pm_ew_is(s, k, "of")) {
		/* "the town of X": "town" is a head here, though a filler in "in the town X" */
		if (pm_ew_in(s, k - 1, S_of_heads) >= 0)
			return S_CTX_PATTERN;
		int h = S_before(s, k);
		return h >= 0 && pm_ew_in(s, h, S_of_heads) >= 0 ? S_CTX_PATTERN : S_CTX_NONE;
	}
	if (pm_ew_in(s, k, S_preps) < 0)
		return S_CTX_NONE;
	*from = pm_ew_is(s, k, "from");
	return S_CTX_PATTERN;
}

typedef struct S_match {
	int last;
	const uint32_t *posts;
	int n;
	char key[160];
} S_match;

/* Appends token text to raw (space-separated); 0 when it does not fit. */
static int S_append(char *raw, size_t *len, size_t cap, const char *t)
{
	size_t n = strlen(t);
	if (*len + n + 2 > cap)
		return 0;
	if (*len)
		raw[(*len)++] = ' ';
	memcpy(raw + *len, t, n + 1);
	*len += n;
	return 1;
}

/* The longest name starting at token i; m->n == 0 when none. A suffix such
 * as "-based" is cut from the last token before the lookup. */
static void S_longest(const pm_gazetteer *g, const pm_sentence *s, int i, size_t cut,
		      S_match *m)
{
	char raw[256], key[160];
	size_t len = 0;
	m->n = 0;
	for (int j = i; j < s->n_tokens && j < i + S_MAX_NAME_TOKENS; j++) {
		const char *t = s->tokens[j].text;
		if (j > i && (pm_ew_punct(s, j) || (!S_upper_start(t) && !S_article_word(t) &&
						     strlen(t) > 4)))
			break;
		if (!S_append(raw, &len, sizeof(raw), t))
			break;
		/* "Ar Raqqah", "Dayr az Zawr": keys drop a lone article, so it
		 * cannot be looked up on its own; read on */
		if (S_bare_article(t) && j + 1 < s->n_tokens && !cut)
			continue;
		size_t rl = (j == i && cut) ? len - cut : len;
		int more = 0;
		size_t kl = pm_gazetteer_key(raw, rl, key, sizeof(key));
		const uint32_t *posts;
		int n = kl ? pm_gazetteer_find(g, key, kl, &posts, &more) : 0;
		if (n > 0) {
			m->last = j;
			m->posts = posts;
			m->n = n;
			memcpy(m->key, key, kl + 1);
		}
		if (!more || cut)
			break;
	}
}

static S_mention *S_push(pm_place_doc *pd)
{
	if (pd->n_m == pd->cap_m) {
		int cap = pd->cap_m ? pd->cap_m * 2 : 32;
		S_mention *m = pm_arena_alloc(pd->a, sizeof(S_mention) * (size_t)cap);
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
static int S_stopped(const pm_sentence *s, int i, int j)
{
	char raw[64];
	size_t len = 0;
	for (int k = i; k <= j; k++)
		if (!S_append(raw, &len, sizeof(raw), s->tokens[k].text))
			return 0;
	for (size_t k = 0; k < len; k++)
		raw[k] = (char)((raw[k] >= 'A' && raw[k] <= 'Z') ? raw[k] + 32 : raw[k]);
	const char *w = raw, *h = strchr(raw, '-');
	if (h && h - raw <= 3 && S_article_word(s->tokens[i].text))
		w = h + 1;
	return S_in_sorted(S_stop, sizeof(S_stop) / sizeof(S_stop[0]) - 1, w);
}

/* ", Syria" or ", Texas" right after the name at [.., last]: the postings
 * of the qualifier, whose tokens are consumed. */
static int S_qualifier(const pm_place_doc *pd, const pm_sentence *s, S_mention *m)
{
	if (!pm_ew_is(s, m->last + 1, ",") || m->last + 2 >= s->n_tokens ||
	    !S_upper_start(s->tokens[m->last + 2].text))
		return m->last;
	S_match q;
	S_longest(pd->g, s, m->last + 2, 0, &q);
	if (q.n == 0 || S_stopped(s, m->last + 2, q.last))
		return m->last;
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, PM_GAZ_ID(q.posts[0]), &e);
	if (e.kind == PM_GAZ_CITY)
		return m->last;
	m->qual = q.posts;
	m->n_qual = q.n;
	return q.last;
}

static void S_context(const pm_sentence *s, S_mention *m, int evidence)
{
	m->ctx = (uint8_t)S_left_context(s, m->first, &m->from);
	int left = m->ctx;
	int nx = m->last + 1;
	if (pm_ew_in(s, nx, S_region_words) >= 0) {
		m->want_region = 1;
		m->ctx = S_CTX_PATTERN;
	} else if (pm_ew_in(s, nx, S_city_words) >= 0) {
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
	/* "Aleppo Media Center": the name begins a longer proper name */
	if (!m->ctx && m->last + 1 < s->n_tokens && S_upper_start(s->tokens[m->last + 1].text) &&
	    !pm_ew_punct(s, m->last + 1))
		m->role = S_ROLE_EVIDENCE;
	/* "Jabhat Fateh al-Sham", "the Sheikh Saeed district": the name ends a
	 * longer proper name. A district word after it does not make it a
	 * place; a demonym or "Kurdish-held" before it is no name. */
	int pv = m->first - 1;
	int ends_name = pv > 0 && !m->initial && S_upper_start(s->tokens[pv].text) &&
			pm_ew_in(s, pv, S_fillers) < 0 && pm_ew_in(s, pv, S_preps) < 0;
	int named_before = ends_name && !S_demonym(s->tokens[pv].text) &&
			   !strchr(s->tokens[pv].text, '-');
	if ((ends_name && !m->ctx) || (named_before && !left && (m->want_city || m->want_region)))
		m->role = S_ROLE_DROPPED;
}

/* A mention at token i, or i itself when none; returns the next token. */
static int S_mention_at(pm_place_doc *pd, const pm_sentence *s, int si, int i)
{
	const pm_token *t = &s->tokens[i];
	const char *code = S_demonym(t->text);
	if (code) {
		S_country_add(pd, code, 1);
		return i + 1;
	}
	int starts = S_upper_start(t->text) || S_article_word(t->text);
	if (!starts || pm_ew_in(s, i, S_fillers) >= 0)
		return i + 1;
	size_t cut = S_has_suffix(t->text, "-based") ? 6 : 0;
	S_match mt;
	S_longest(pd->g, s, i, cut, &mt);
	if (mt.n == 0 || (strlen(mt.key) < 3 && !S_all_caps(t->text) && mt.key[1] != ' ') ||
	    S_stopped(s, i, mt.last))
		return i + 1;
	S_mention *m = S_push(pd);
	m->sent = si;
	m->first = i;
	m->last = mt.last;
	m->posts = mt.posts;
	m->n_posts = mt.n;
	S_context(s, m, cut != 0);
	if (!S_tag_proper(t) && !S_article_word(t->text) && m->ctx != S_CTX_PATTERN)
		m->role = S_ROLE_DROPPED;
	return S_qualifier(pd, s, m) + 1;
}

static void S_scan_sentence(pm_place_doc *pd, int si)
{
	const pm_sentence *s = &pd->doc->sents[si];
	for (int i = 0; i < s->n_tokens;)
		i = S_mention_at(pd, s, si, i);
}

/* ---- Resolving ------------------------------------------------------------------------ */

static int S_qual_fits(const pm_place_doc *pd, const S_mention *m, const pm_gaz_entry *e)
{
	for (int i = 0; i < m->n_qual && i < 16; i++) {
		pm_gaz_entry q;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->qual[i]), &q);
		if (strcmp(q.country, e->country) != 0)
			continue;
		if (q.kind == PM_GAZ_COUNTRY || strcmp(q.name, e->admin1) == 0)
			return 1;
	}
	return 0;
}

static double S_score(const pm_place_doc *pd, const S_mention *m, uint32_t post,
		      const pm_gaz_entry *e)
{
	double s = log10((double)e->population + 100.0);
	if (e->kind == PM_GAZ_COUNTRY)
		s += 2.5;
	else if (e->kind == PM_GAZ_ADMIN1)
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
		s += 0.8;
	float w = S_country_weight(pd, e->country);
	if (w > 0)
		s += 2.5 + 0.5 * fmin(w, 4.0);
	if (w > 0)
		s += 1.5 * S_region_share(pd, e->admin1);
	if (m->n_qual && S_qual_fits(pd, m, e))
		s += 8.0;
	return s;
}

/* Picks the entry of m; returns by how much it beats the best entry in
 * another country (a large number when no other country competes). */
static double S_resolve(const pm_place_doc *pd, S_mention *m)
{
	double best = -1e9, other = -1e9;
	char best_cc[4] = "";
	for (int i = 0; i < m->n_posts && i < S_MAX_CANDS; i++) {
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, PM_GAZ_ID(m->posts[i]), &e);
		double s = S_score(pd, m, m->posts[i], &e);
		if (s > best) {
			if (best_cc[0] && strcmp(best_cc, e.country) != 0 && best > other)
				other = best;
			best = s;
			m->entry = e.id;
			memcpy(best_cc, e.country, 4);
		} else if (strcmp(best_cc, e.country) != 0 && s > other) {
			other = s;
		}
	}
	return best - other;
}

/* A mention with no context is kept only for a big place, a region, or a
 * place in one of the document's countries; a country named without a
 * preposition is an actor ("Syria said"), evidence only. */
static void S_judge(pm_place_doc *pd, S_mention *m)
{
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, m->entry, &e);
	if (m->role == S_ROLE_DROPPED)
		return;
	if (e.kind == PM_GAZ_COUNTRY && m->ctx != S_CTX_PATTERN) {
		m->role = S_ROLE_EVIDENCE;
		return;
	}
	if (m->ctx != S_CTX_NONE)
		return;
	int home = S_country_weight(pd, e.country) > 0;
	long need = m->initial ? 200000 : home ? 5000 : 100000;
	if (e.population < need && !(home && e.kind == PM_GAZ_ADMIN1 && !m->initial))
		m->role = S_ROLE_DROPPED;
}

static void S_resolve_all(pm_place_doc *pd, int final)
{
	for (int i = 0; i < pd->n_m; i++) {
		S_mention *m = &pd->m[i];
		if (m->role == S_ROLE_DROPPED)
			continue;
		m->margin = (float)S_resolve(pd, m);
		if (final)
			S_judge(pd, m);
	}
}

/* Countries named in the text (cities 0), then those of well-placed
 * city mentions (cities 1), weigh in before the final resolution. */
static void S_gather_countries(pm_place_doc *pd, int cities)
{
	for (int i = 0; i < pd->n_m; i++) {
		S_mention *m = &pd->m[i];
		if (m->role == S_ROLE_DROPPED)
			continue;
		pm_gaz_entry e;
		pm_gazetteer_get(pd->g, m->entry, &e);
		if (e.kind == PM_GAZ_COUNTRY && !cities)
			S_country_add(pd, e.country, 2);
		else if (e.kind != PM_GAZ_COUNTRY && cities && (m->ctx == S_CTX_PATTERN || m->n_qual || m->role == S_ROLE_EVIDENCE) &&
			 m->margin >= 1.5) {
			S_country_add(pd, e.country, e.population > 100000 ? 1.0f : 0.5f);
			S_region_add(pd, e.admin1);
		}
	}
}

/* The wire dateline ("EL FASHER, Sudan"): where the story was filed. Its
 * region, when a country, weighs as a country the text names; its place
 * (in that country when there is a choice) as a well-placed city, and it
 * votes for the main place when the text names it. */
static void S_dateline(pm_place_doc *pd)
{
	const pm_doc *doc = pd->doc;
	pm_gaz_entry e[8];
	char region_cc[4] = "";
	if (doc->dateline_region && pm_gazetteer_lookup(pd->g, doc->dateline_region, e, 1) == 1) {
		memcpy(region_cc, e[0].country, 4);
		S_country_add(pd, e[0].country, e[0].kind == PM_GAZ_COUNTRY ? 2.0f : 1.0f);
	}
	int n = doc->dateline_place ? pm_gazetteer_lookup(pd->g, doc->dateline_place, e, 8) : 0;
	if (!n)
		return;
	/* datelines name cities: the first city (in the region's country when
	 * named), though regions and countries come first in the gazetteer */
	int best = -1;
	for (int pass = region_cc[0] ? 0 : 1; pass < 3 && best < 0; pass++)
		for (int i = 0; i < n && best < 0; i++)
			if (pass == 2 || (e[i].kind == PM_GAZ_CITY &&
					  (pass == 1 || !strcmp(e[i].country, region_cc))))
				best = i;
	S_country_add(pd, e[best].country, e[best].kind == PM_GAZ_COUNTRY ? 2.0f : 1.0f);
	pd->dateline_entry = e[best].id;
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
		const S_mention *m = &pd->m[i];
		if (m->role != S_ROLE_PLACE)
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
		S_country_add(pd, extra_countries[i], 3);
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
	S_main_place(pd);
}

/* ---- Choosing the event's place -------------------------------------------------------- */

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
	for (int k = a + 1; k < b; k++)
		n += pm_ew_in(s, k, S_boundaries) >= 0;
	return n;
}

static double S_cost(const pm_place_doc *pd, const pm_sentence *s, const S_mention *m,
		     const pm_coded_event *ev)
{
	int verb = ev && ev->verb_token >= 0 ? ev->verb_token : -1;
	double c = verb >= 0 ? abs(m->first - verb) + 8.0 * S_crossings(s, m->first, verb)
			     : m->first * 0.1;
	if (verb >= 0 && m->first < verb)
		c += 2;   /* places tend to follow the verb: "struck X in Y" */
	if (m->from)
		c += 4;
	/* a bare name is weak evidence, except as the verb's object ("seized Palmyra") */
	if (m->ctx == S_CTX_NONE && !(verb >= 0 && m->first > verb && m->first <= verb + 2))
		c += 3;
	if (ev && m->ctx != S_CTX_PATTERN &&
	    ((m->first >= ev->src_first && m->first <= ev->src_last) ||
	     (m->first >= ev->tgt_first && m->first <= ev->tgt_last)))
		c += 6;
	pm_gaz_entry e;
	pm_gazetteer_get(pd->g, m->entry, &e);
	if (e.kind == PM_GAZ_COUNTRY)
		c += 5;
	return c;
}

static void S_text(const pm_sentence *s, int first, int last, char *out, size_t cap)
{
	const pm_token *a = &s->tokens[first], *b = &s->tokens[last];
	if (s->text && a->len && b->len && a->start >= s->start && b->start + b->len <= s->start + s->len &&
	    b->start + b->len >= a->start) {
		size_t n = b->start + b->len - a->start;
		snprintf(out, cap, "%.*s", (int)n, s->text + (a->start - s->start));
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
	static const char *const prec[] = {"city", "admin1", "country"};
	out->found = 1;
	pm_strlcpy(out->name, e->name, sizeof(out->name));
	out->geonameid = e->geonameid;
	memcpy(out->country, e->country, 4);
	pm_strlcpy(out->admin1, e->admin1, sizeof(out->admin1));
	out->lat = e->lat;
	out->lon = e->lon;
	out->precision = prec[e->kind >= 0 && e->kind <= 2 ? e->kind : 0];
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

/* The best place of sentence si for ev (NULL: the first city or region). */
static int S_best_in(const pm_place_doc *pd, int si, const pm_coded_event *ev, int cities_only)
{
	const pm_sentence *s = &pd->doc->sents[si];
	int best = -1;
	double best_c = 1e9;
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++) {
		const S_mention *m = &pd->m[i];
		if (m->role != S_ROLE_PLACE || (cities_only && S_is_country(pd, m)))
			continue;
		double c = S_cost(pd, s, m, ev);
		if (c < best_c) {
			best_c = c;
			best = i;
		}
	}
	return best;
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

/* A country named in the sentence (even as an actor), else the source
 * actor's, else the document's heaviest. */
static int S_country_place(const pm_place_doc *pd, int si, const pm_coded_event *ev,
			   pm_place *out)
{
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1]; i++)
		if (pd->m[i].role != S_ROLE_DROPPED && S_is_country(pd, &pd->m[i])) {
			S_fill(pd, &pd->m[i], NULL, out);
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

int pm_places_locate(const pm_place_doc *pd, int si, const pm_coded_event *ev, pm_place *out)
{
	if (!pd || !out || si < 0 || si >= pd->doc->n_sents)
		return pm_error_set(PM_EINVALID, "pm_places_locate: bad argument");
	S_scan_all(pd);
	memset(out, 0, sizeof(*out));
	out->sentence = out->first = out->last = -1;
	int m = S_best_in(pd, si, ev, 0);
	if (m >= 0) {
		S_fill(pd, &pd->m[m], NULL, out);
		return 0;
	}
	if ((m = S_paragraph(pd, si)) >= 0) {
		S_fill(pd, &pd->m[m], "paragraph", out);
		return 0;
	}
	if (pd->main >= 0) {
		S_fill(pd, &pd->m[pd->main], "document", out);
		return 0;
	}
	S_country_place(pd, si, ev, out);
	return 0;
}

int pm_places_mentions(const pm_place_doc *pd, int si, pm_place *out, int max)
{
	int n = 0;
	if (!pd || si < 0 || si >= pd->doc->n_sents)
		return 0;
	S_scan_all(pd);
	for (int i = pd->first_of[si]; i < pd->first_of[si + 1] && n < max; i++)
		if (pd->m[i].role == S_ROLE_PLACE)
			S_fill(pd, &pd->m[i], NULL, &out[n++]);
	return n;
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
