/* The compiled cache (src/dict/dict_cache.c): a set read back from it
 * answers every lookup as the parsed set does, keeps each interned word one
 * copy, has its address filters computed for its own addresses, says the
 * same warnings and lints the same; a file under another key, cut short or
 * damaged anywhere is refused. Files go to a temporary folder. */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/stat.h>

#include "dict/dict_int.h"
#include "dict/lint.h"
#include "palmyra.h"
#include "../test.h"

#define S_BUNDLED "data/dict"

typedef struct {
	char *lines[64];
	int n;
} S_said;

static void S_keep(void *ctx, const char *msg)
{
	S_said *s = ctx;
	if (s->n < 64)
		s->lines[s->n++] = strdup(msg);
}

static void S_said_free(S_said *s)
{
	for (int i = 0; i < s->n; i++)
		free(s->lines[i]);
	s->n = 0;
}

static void S_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f)
		abort();
	fputs(text, f);
	fclose(f);
}

/* A verbs file with synsets (nested, plurals), patterns on both sides,
 * particles, words before the verb, a transformation, and lines that
 * warn; issues with '+' variants and a cancelling phrase. */
static const char S_verbs[] =
	"&WEAPON\n+GUN\n+RIFLE_\n+&BIG_ARMS\n&BIG_ARMS\n+TANK\n+HEAVY_ARTILLERY\n\n"
	"--- ATTACK [190] ---\nATTACK\nSHELL {SHELLED SHELLING}\n+FIRE_ON\nOPEN_+FIRE\n"
	"- * $ WITH &WEAPON [195]\n- $ * + ACROSS_THE_BORDER [193]\n- * % ^ AIRSTRIKE [195:190]\n"
	"- * NO_STAR_HERE\n- * &MISSING [190]\n\n"
	"--- MEET [040] ---\nMEET\nTALK_+WITH\n- * + IN &WEAPON [043]\n\n"
	"~ a (b c ATTACK) MEET = a b 190\n";
static const char S_actors[] =
	"SYRIA [SYR]\n+SYRIAN\n+DAMASCUS_GOVERNMENT [SYRGOV]\nBASHAR_AL-ASSAD [SYRGOV >000717]\n"
	"[SYRELI <000717]\nSYRIA [IRQ]\nFREE_SYRIAN_ARMY [SYRREB 110801-201231]\n"
	"BAD_DATE [SYR 99999999]\n[ORPHAN]\n";
static const char S_issues[] = "CEASE+FIRE [PEACE]\nN:TRUCE [PEACE]\nV:BOMB [WAR]\n~ NO TRUCE\n";

static int S_is_actor_file(const struct dirent *e)
{
	size_t n = strlen(e->d_name);
	return n > 11 && !strcmp(e->d_name + n - 11, ".actors.txt");
}

static void S_load(pm_dict *d, const char *dir)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/v.txt", dir);
	CHECK_INT(pm_dict_load_verbs(d, path), 0);
	snprintf(path, sizeof(path), "%s/a.txt", dir);
	CHECK_INT(pm_dict_load_actors(d, path), 0);
	struct dirent **names;
	int k = scandir(S_BUNDLED, &names, S_is_actor_file, alphasort);
	for (int i = 0; i < k; i++) {
		snprintf(path, sizeof(path), "%s/%s", S_BUNDLED, names[i]->d_name);
		CHECK_INT(pm_dict_load_actors(d, path), 0);
		free(names[i]);
	}
	if (k >= 0)
		free(names);
	CHECK_INT(pm_dict_load_agents(d, S_BUNDLED "/palmyra.agents.txt"), 0);
	CHECK_INT(pm_dict_load_discards(d, S_BUNDLED "/palmyra.discards.txt"), 0);
	snprintf(path, sizeof(path), "%s/i.txt", dir);
	CHECK_INT(pm_dict_load_issues(d, path), 0);
}

/* Splits an entry's root ("A_B") into its words, upper case already. */
static int S_words(const char *root, char *buf, size_t cap, const char **w)
{
	snprintf(buf, cap, "%s", root);
	int n = 0;
	for (char *sv = NULL, *t = strtok_r(buf, "_", &sv); t && n < 32; t = strtok_r(NULL, "_", &sv))
		w[n++] = t;
	return n;
}

static void S_same_elems(const pm_dict *b, const pm_pat_elem *x, const pm_pat_elem *y, int n)
{
	for (int i = 0; i < n; i++) {
		CHECK_INT(y[i].n_alts, x[i].n_alts);
		CHECK_INT(y[i].role, x[i].role);
		CHECK_INT(y[i].adjacent, x[i].adjacent);
		uint64_t first = 0, last = 0;
		for (int a = 0; a < y[i].n_alts && a < x[i].n_alts; a++) {
			const pm_wordseq *q = &y[i].alts[a];
			CHECK_INT(q->n, x[i].alts[a].n);
			for (int k = 0; k < q->n && k < x[i].alts[a].n; k++) {
				CHECK_STR(q->words[k], x[i].alts[a].words[k]);
				/* one copy of each word: the table's own */
				CHECK(q->words[k] == pm_dict_interned(b, q->words[k]));
			}
			if (q->n) {
				CHECK_INT(q->first_slot, pm_word_slot(q->words[0]));
				first |= pm_word_bit(q->words[0]);
				last |= pm_word_bit(q->words[q->n - 1]);
			}
		}
		CHECK(y[i].first_bits == first);
		CHECK(y[i].last_bits == last);
	}
}

static void S_same_verbs(const pm_dict *a, const pm_dict *b)
{
	CHECK_INT(b->n_patterns, a->n_patterns);
	CHECK_INT(b->n_blocks, a->n_blocks);
	CHECK_INT(b->n_forms, a->n_forms);
	CHECK_INT(b->n_transforms, a->n_transforms);
	for (int i = 0; i < a->n_patterns && i < b->n_patterns; i++) {
		const pm_pattern *x = pm_dict_pattern(a, i), *y = pm_dict_pattern(b, i);
		CHECK_INT(y->n_before, x->n_before);
		CHECK_INT(y->n_after, x->n_after);
		CHECK_INT(y->weight, x->weight);
		CHECK_STR(y->code, x->code);
		CHECK_STR(y->code2, x->code2);
		CHECK_INT(y->line, x->line);
		CHECK_STR(y->anchor, x->anchor);
		CHECK(!y->anchor || y->anchor == pm_dict_interned(b, y->anchor));
		S_same_elems(b, x->before, y->before, y->n_before);
		S_same_elems(b, x->after, y->after, y->n_after);
		uint64_t needs = 0;
		for (int side = 0; side < 2; side++) {
			const pm_pat_elem *el = side ? y->before : y->after;
			for (int k = 0; k < (side ? y->n_before : y->n_after); k++)
				if (el[k].role == PM_ELEM_WORDS && el[k].first_bits &&
				    !(el[k].first_bits & (el[k].first_bits - 1)))
					needs |= el[k].first_bits;
		}
		CHECK(y->needs_bits == needs);
	}
	for (int i = 0; i < a->n_blocks && i < b->n_blocks; i++) {
		CHECK_STR(pm_dict_block(b, i)->name, pm_dict_block(a, i)->name);
		CHECK_STR(pm_dict_block(b, i)->code, pm_dict_block(a, i)->code);
		CHECK_INT(pm_dict_block(b, i)->first_pattern, pm_dict_block(a, i)->first_pattern);
	}
	for (int i = 0; i < a->n_forms; i++) {
		const pm_verb_form *fa, *fb;
		int na = pm_dict_verb_forms(a, a->forms[i].word, &fa);
		int nb = pm_dict_verb_forms(b, a->forms[i].word, &fb);
		CHECK_INT(nb, na);
		for (int k = 0; k < na && k < nb; k++) {
			CHECK_STR(fb[k].code, fa[k].code);
			CHECK(fb[k].word == pm_dict_interned(b, fa[k].word));
			CHECK_INT(fb[k].n_particles, fa[k].n_particles);
			for (int p = 0; p < fa[k].n_particles && p < fb[k].n_particles; p++)
				CHECK_STR(fb[k].particles[p], fa[k].particles[p]);
			for (int p = 0; p < fa[k].n_pre_words && p < fb[k].n_pre_words; p++)
				CHECK_STR(fb[k].pre_words[p], fa[k].pre_words[p]);
		}
	}
	int nta, ntb;
	const pm_transform *ta = pm_dict_transforms(a, &nta), *tb = pm_dict_transforms(b, &ntb);
	CHECK_INT(ntb, nta);
	if (nta == 1 && ntb == 1) {
		CHECK_STR(tb->inner_code, ta->inner_code);
		CHECK_STR(tb->res_code, ta->res_code);
	}
}

static void S_same_actors(const pm_dict *a, const pm_dict *b)
{
	CHECK_INT(b->n_entries, a->n_entries);
	for (int i = 0; i < a->n_entries && i < b->n_entries; i++) {
		const pm_actor_entry *x = &a->entries[i], *y = &b->entries[i];
		CHECK_STR(y->root, x->root);
		CHECK_STR(y->file, x->file);
		CHECK_INT(y->line, x->line);
		CHECK_INT(y->n_codes, x->n_codes);
		for (int k = 0; k < x->n_codes && k < y->n_codes; k++) {
			CHECK_STR(y->codes[k].code, x->codes[k].code);
			CHECK_INT(y->codes[k].from, x->codes[k].from);
			CHECK_INT(y->codes[k].to, x->codes[k].to);
		}
		char buf[512];
		const char *w[32];
		int n = S_words(x->root, buf, sizeof(buf), w);
		const pm_actor_entry *ea = NULL, *eb = NULL;
		int ka = pm_dict_match_actor(a, w, n, &ea), kb = pm_dict_match_actor(b, w, n, &eb);
		CHECK_INT(kb, ka);
		if (ka && kb)
			CHECK_INT(eb - b->entries, ea - a->entries);
		const char *code = x->n_codes ? x->codes[0].code : NULL;
		if (code)
			CHECK_STR(pm_dict_actor_name(b, code), pm_dict_actor_name(a, code));
	}
}

static int S_words_same(const pm_dict *a, const pm_dict *b)
{
	if (a->words.n != b->words.n)
		return 0;
	for (int id = 0; id < a->words.n; id++)
		if (strcmp(pm_dict_word_at(a, id), pm_dict_word_at(b, id)) ||
		    pm_dict_word_index(b, pm_dict_word_at(a, id)) != id)
			return 0;
	return 1;
}

static void S_same_phrases(const pm_dict *a, const pm_dict *b)
{
	static const char *const agents[] = {"REBELS", "POLICE", "SOLDIERS", "PRIME MINISTER", "NOBODY"};
	for (size_t i = 0; i < sizeof(agents) / sizeof(agents[0]); i++) {
		char buf[128];
		const char *w[8], *ca = NULL, *cb = NULL;
		snprintf(buf, sizeof(buf), "%s", agents[i]);
		int n = 0;
		for (char *sv = NULL, *t = strtok_r(buf, " ", &sv); t; t = strtok_r(NULL, " ", &sv))
			w[n++] = t;
		CHECK_INT(pm_dict_match_agent(b, w, n, &cb), pm_dict_match_agent(a, w, n, &ca));
		CHECK_STR(cb, ca);
	}
	const char *s1[] = {"THE", "CEASE", "FIRE", "HELD", "AFTER", "A", "TRUCE"};
	const char *s2[] = {"NO", "TRUCE", "CEASE-FIRE"};
	const char *codes_a[4], *codes_b[4];
	int counts_a[4], counts_b[4];
	int na = pm_dict_issues(a, s1, 7, codes_a, counts_a, 4), nb = pm_dict_issues(b, s1, 7, codes_b, counts_b, 4);
	CHECK_INT(na, 1);
	CHECK_INT(nb, na);
	if (na == 1 && nb == 1) {
		CHECK_STR(codes_b[0], codes_a[0]);
		CHECK_INT(counts_b[0], counts_a[0]);
	}
	CHECK_INT(pm_dict_issues(b, s2, 3, codes_b, counts_b, 4), 0);
	CHECK_INT(S_words_same(a, b), 1);
}

static void S_same_reports(const pm_dict *a, const pm_dict *b)
{
	int na, nb;
	const pm_dict_report *ra = pm_dict_reports(a, &na), *rb = pm_dict_reports(b, &nb);
	CHECK_INT(nb, na);
	for (int i = 0; i < na && i < nb; i++) {
		CHECK_STR(rb[i].path, ra[i].path);
		CHECK_STR(rb[i].kind, ra[i].kind);
		CHECK_INT(rb[i].entries, ra[i].entries);
		CHECK_INT(rb[i].patterns, ra[i].patterns);
		CHECK_INT(rb[i].errors, ra[i].errors);
	}
	const char *const *ma = pm_dict_messages(a, &na), *const *mb = pm_dict_messages(b, &nb);
	CHECK_INT(nb, na);
	for (int i = 0; i < na && i < nb; i++)
		CHECK_STR(mb[i], ma[i]);
	S_said la = {{0}, 0}, lb = {{0}, 0};
	CHECK_INT(pm_dict_lint(b, S_keep, &lb), pm_dict_lint(a, S_keep, &la));
	CHECK_INT(lb.n, la.n);
	for (int i = 0; i < la.n && i < lb.n; i++)
		CHECK_STR(lb.lines[i], la.lines[i]);
	S_said_free(&la);
	S_said_free(&lb);
}

static long S_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void S_copy(const char *from, const char *to, long keep)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	if (!in || !out)
		abort();
	for (long i = 0; keep < 0 || i < keep; i++) {
		int c = fgetc(in);
		if (c == EOF)
			break;
		fputc(c, out);
	}
	fclose(in);
	fclose(out);
}

static void S_flip(const char *path, long at)
{
	int fd = open(path, O_RDWR);
	unsigned char c = 0;
	if (fd < 0 || pread(fd, &c, 1, at) != 1)
		abort();
	c ^= 0x20;
	if (pwrite(fd, &c, 1, at) != 1)
		abort();
	close(fd);
}

/* Refused, and nothing handed out. */
static void S_refused(const char *path, const char *key)
{
	pm_dict *d = (pm_dict *)1;
	CHECK(pm_dict_cache_read(&d, path, key, strlen(key)) < 0);
	CHECK(d == (pm_dict *)1);
}

int main(void)
{
	char dir[] = "/tmp/palmyra-dict-cache-XXXXXX";
	if (!mkdtemp(dir))
		abort();
	char path[600], file[600], bad[600];
	snprintf(path, sizeof(path), "%s/v.txt", dir);
	S_write(path, S_verbs);
	snprintf(path, sizeof(path), "%s/a.txt", dir);
	S_write(path, S_actors);
	snprintf(path, sizeof(path), "%s/i.txt", dir);
	S_write(path, S_issues);
	snprintf(file, sizeof(file), "%s/set.bin", dir);
	snprintf(bad, sizeof(bad), "%s/bad.bin", dir);

	pm_dict *a;
	S_said said = {{0}, 0};
	pm_dict_new(&a);
	pm_dict_set_warn(a, S_keep, &said);
	S_load(a, dir);
	CHECK_INT(said.n, 3);   /* the malformed lines above */
	int n_msg;
	pm_dict_messages(a, &n_msg);
	CHECK_INT(n_msg, said.n);

	CHECK_INT(pm_dict_cache_write(a, file, "key one", 7), 0);
	CHECK(S_size(file) > 0);
	pm_dict *b = NULL;
	CHECK_INT(pm_dict_cache_read(&b, file, "key one", 7), 0);
	if (b) {
		CHECK(b->image != NULL);
		S_same_verbs(a, b);
		S_same_actors(a, b);
		S_same_phrases(a, b);
		S_same_reports(a, b);
		/* nothing says anything while reading: the caller replays */
		const char *const *m = pm_dict_messages(b, &n_msg);
		CHECK_INT(n_msg, said.n);
		for (int i = 0; i < n_msg && i < said.n; i++)
			CHECK_STR(m[i], said.lines[i]);
		/* a set read from its cache is not written again */
		CHECK_INT(pm_dict_cache_write(b, file, "key one", 7), 0);
		pm_dict_free(b);
	}

	/* another key, of the same length and not */
	S_refused(file, "key two");
	S_refused(file, "key");
	/* no file, an empty one, one cut anywhere */
	S_refused(bad, "key one");
	long size = S_size(file);
	const long cuts[] = {0, 7, 40, 60, size / 3, size / 2, size - 8, size - 1};
	for (size_t i = 0; i < sizeof(cuts) / sizeof(cuts[0]); i++) {
		S_copy(file, bad, cuts[i]);
		S_refused(bad, "key one");
	}
	/* one byte damaged: in the header, the key, the image (its start, a
	 * pointer table, its end) and the list of pointers */
	const long flips[] = {0, 9, 20, 45, 64, 200, size / 4, size / 2, size - 200, size - 3};
	for (size_t i = 0; i < sizeof(flips) / sizeof(flips[0]); i++) {
		S_copy(file, bad, -1);
		S_flip(bad, flips[i]);
		S_refused(bad, "key one");
	}
	/* a longer file (something appended) */
	S_copy(file, bad, -1);
	FILE *f = fopen(bad, "ab");
	fputs("more", f);
	fclose(f);
	S_refused(bad, "key one");
	/* the untouched file still reads */
	b = NULL;
	CHECK_INT(pm_dict_cache_read(&b, file, "key one", 7), 0);
	pm_dict_free(b);

	S_said_free(&said);
	pm_dict_free(a);
	const char *names[] = {"v.txt", "a.txt", "i.txt", "set.bin", "bad.bin"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
	TEST_END();
}
