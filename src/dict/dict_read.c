/* dict_read.c - readers for the five PETRARCH dictionary formats.
 *
 * Every malformed line is reported as "file:line: what is wrong" and
 * skipped; the rest of the file still loads. Unlike PETRARCH2 we keep the
 * last entry of an actor file, treat "<!-- -->" as a comment anywhere
 * (PETRARCH2 stops reading patterns after a "<!" line), and read TABARI's
 * "$ + % ^" pattern markers as roles instead of words that never match. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict/dict_int.h"
#include "util/error.h"
#include "util/str.h"

#define S_MAX_WORDS 64
/* Phrases one line may make: an agent line through its substitution sets
 * (four sets of a hundred alternatives would make 10^8), an issue line
 * through its '+' (each doubles them). */
#define S_MAX_EXPANSIONS 10000

typedef struct {
	pm_dict *d;
	const char *path;
	int line;
	pm_dict_report *report;
	int in_comment;      /* inside a multi-line <!-- --> */
	int made;            /* issue phrases the current line has made */
} S_reader;

static void S_warn(S_reader *r, const char *fmt, ...)
{
	char msg[600];
	int n = snprintf(msg, sizeof(msg), "%s:%d: ", r->path, r->line);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg + n, sizeof(msg) - (size_t)n, fmt, ap);
	va_end(ap);
	r->report->errors++;
	pm_dict_emit(r->d, msg);
}

int pm_dict_read_file(const char *path, const char *kind, char **out, size_t *len)
{
	int fd;
	do
		fd = open(path, O_RDONLY | O_CLOEXEC);
	while (fd < 0 && errno == EINTR);
	if (fd < 0)
		return pm_error_set(errno == ENOENT ? PM_ENOTFOUND : PM_ERROR,
				    "%s: cannot read %s dictionary: %s", path, kind, strerror(errno));
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		return pm_error_set(PM_EINVALID, "%s: is a directory, not a %s dictionary", path, kind);
	}
	/* The size is a hint only (a pipe has none, a file may grow): read to
	 * the end whatever it says. */
	size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX / 2
			     ? (size_t)st.st_size + 1
			     : 1 << 16;
	size_t n = 0;
	char *buf = malloc(cap);
	int err = buf ? 0 : ENOMEM;
	while (!err) {
		if (cap - n < 2) {
			char *more = cap < SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
			if (!more) {
				err = ENOMEM;
				break;
			}
			buf = more;
			cap *= 2;
		}
		ssize_t k = read(fd, buf + n, cap - n - 1);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			err = errno;
		else if (k == 0)
			break;
		else
			n += (size_t)k;
	}
	close(fd);
	if (err) {
		free(buf);
		return pm_error_set(err == ENOMEM ? PM_ENOMEM : PM_ERROR, "%s: cannot read %s dictionary: %s",
				    path, kind, strerror(err));
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

/* The first '\n' or NUL in [p, end), else end. A byte loop was a tenth
 * of the Phoenix dictionaries' loading; memchr and strlen read words at
 * a time (a NUL inside a line is rare, but ends it). */
static char *S_line_end(char *p, char *end)
{
	char *nl = memchr(p, '\n', (size_t)(end - p));
	char *q = nl ? nl : end;
	size_t n = strnlen(p, (size_t)(q - p));
	return p + n;
}

void pm_dict_lines(char *buf, size_t len, int *line, int *in_comment,
		   void (*fn)(void *ctx, char *line), void (*unclosed)(void *ctx, int line), void *ctx)
{
	char *p = buf, *end = buf + len;
	for (;;) {
		int opened = 0;
		char *after = NULL;
		while (p < end) {
			char *q = S_line_end(p, end);
			*q = '\0';
			if (q > p && q[-1] == '\r')
				q[-1] = '\0';
			(*line)++;
			int was = *in_comment;
			fn(ctx, p);
			if (!was && *in_comment) {
				opened = *line;
				after = q + 1;
			}
			p = q + 1;
		}
		if (!*in_comment || !after)
			return;
		unclosed(ctx, opened);
		*in_comment = 0;
		*line = opened;
		p = after;
	}
}

/* strstr(s, "<!"), but lines mostly have no '<' at all, which strchr
 * finds out faster. */
static char *S_comment_open(char *s)
{
	char *p = strchr(s, '<');
	while (p && p[1] != '!')
		p = strchr(p + 1, '<');
	return p;
}

/* Drops <!-- --> comments (also across lines) and everything from '#'. */
static char *S_clean(S_reader *r, char *s)
{
	if (r->in_comment) {
		char *end = strstr(s, "-->");
		if (!end)
			return s + strlen(s);
		s = end + 3;
		r->in_comment = 0;
	}
	char *open;
	while ((open = S_comment_open(s))) {
		char *end = strstr(open, "-->");
		if (!end && !strncmp(open, "<!--", 4)) {
			*open = '\0';
			r->in_comment = 1;
			break;
		}
		if (!end) {
			*open = '\0';
			break;
		}
		memmove(open, end + 3, strlen(end + 3) + 1);
	}
	char *hash = strchr(s, '#');
	if (hash)
		*hash = '\0';
	while (pm_dict_space(*s))
		s++;
	size_t n = strlen(s);
	while (n && pm_dict_space(s[n - 1]))
		s[--n] = '\0';
	return s;
}

static void S_upper(char *s)
{
	for (; *s; s++)
		*s = pm_dict_upper(*s);
}

/* The bytes that end a word: NUL, '_' and white space. */
static const unsigned char S_word_end[256] = {
	[0] = 1, ['_'] = 1, [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
};

/* Splits a phrase on '_' and white space into upper-case words (in
 * place), in one pass over it. */
static int S_split_words(char *s, const char **words, int cap)
{
	int n = 0;
	for (char *p = s; *p;) {
		while (*p && S_word_end[(unsigned char)*p])
			*p++ = '\0';
		if (!*p)
			break;
		if (n < cap)
			words[n++] = p;
		for (; !S_word_end[(unsigned char)*p]; p++)
			*p = pm_dict_upper(*p);
	}
	return n;
}

static pm_dict_report *S_report(pm_dict *d, const char *path, const char *kind)
{
	pm_dict_report *rep = PM_VEC_PUSH(d->reports, d->n_reports, d->cap_reports);
	memset(rep, 0, sizeof(*rep));
	rep->path = pm_arena_strdup(&d->arena, path);
	rep->kind = kind;
	return rep;
}

typedef void (*S_line_fn)(S_reader *r, char *line, void *state);

typedef struct {
	S_reader *r;
	S_line_fn fn;
	void *state;
} S_each;

static void S_each_one(void *ctx, char *raw)
{
	S_each *e = ctx;
	char *line = S_clean(e->r, raw);
	if (*line)
		e->fn(e->r, line, e->state);
}

static void S_unclosed(void *ctx, int line)
{
	S_reader *r = ((S_each *)ctx)->r;
	int at = r->line;
	r->line = line;
	S_warn(r, "'<!--' is never closed: read as a comment to the end of this line, and the "
		  "lines after it as entries");
	r->line = at;
}

static int S_each_line(pm_dict *d, const char *path, const char *kind, S_line_fn fn, void *state)
{
	size_t len;
	char *buf;
	int rc = pm_dict_read_file(path, kind, &buf, &len);
	if (rc < 0)
		return rc;
	pm_dict_reserve(d, len);
	S_reader r = {d, path, 0, S_report(d, path, kind), 0, 0};
	S_each e = {&r, fn, state};
	pm_dict_lines(buf, len, &r.line, &r.in_comment, S_each_one, S_unclosed, &e);
	/* A phrase held back for its codes is finished by the end of the file. */
	fn(&r, NULL, state);
	free(buf);
	return 0;
}

/* ---- dates and codes ---------------------------------------------------------------- */

/* "YYMMDD" (YY up to 30 is 20YY, else 19YY) or "YYYYMMDD" as yyyymmdd;
 * -1 for anything else: another length, a byte not a digit, a month or
 * day out of range. The length is checked first, so a long run of digits
 * cannot overflow. */
static int S_date(const char *s, int len)
{
	if (len != 6 && len != 8)
		return -1;
	int v = 0;
	for (int i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	if (len == 6) {
		int yy = v / 10000;
		v = (yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + v % 10000;
	}
	int month = v / 100 % 100, day = v % 100;
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? v : -1;
}

/* "affiliate" after a code: the group the entry is a branch of. */
static const char S_AFFILIATE[] = "affiliate";

/* "CODE", "CODE >YYMMDD", "CODE <YYMMDD", "CODE YYMMDD-YYMMDD", and any of
 * them with "affiliate" after the code. */
static int S_actor_code(S_reader *r, const char *spec, int entry, pm_actor_code *out)
{
	char buf[128], date[64];
	/* One pass over what a 128-byte copy of spec would hold: the code up
	 * to the first white space, upper case, then the date's other bytes. */
	size_t lim = strnlen(spec, sizeof(buf) - 1), i = 0, k = 0;
	for (; i < lim && !pm_dict_space(spec[i]); i++)
		buf[i] = pm_dict_upper(spec[i]);
	buf[i] = '\0';
	while (i < lim && pm_dict_space(spec[i]))
		i++;
	out->affiliate = !strncmp(spec + i, S_AFFILIATE, sizeof(S_AFFILIATE) - 1) &&
			 (i + sizeof(S_AFFILIATE) - 1 >= lim ||
			  pm_dict_space(spec[i + sizeof(S_AFFILIATE) - 1]));
	if (out->affiliate)
		i += sizeof(S_AFFILIATE) - 1;
	for (; i < lim && k + 1 < sizeof(date); i++)
		if (!pm_dict_space(spec[i]))
			date[k++] = spec[i];
	date[k] = '\0';
	if (!buf[0]) {
		S_warn(r, "empty actor code");
		return -1;
	}
	/* an affiliation does not name the entry: labels keep the code's own */
	out->code = pm_dict_intern_code(r->d, buf, out->affiliate ? -1 : entry);
	out->from = out->to = 0;
	if (!date[0])
		return 0;
	const char *dash = strchr(date, '-');
	if (date[0] == '>' || date[0] == '<') {
		int v = S_date(date + 1, (int)strlen(date + 1));
		if (v < 0)
			goto bad;
		if (date[0] == '>')
			out->from = v;
		else
			out->to = v;
	} else if (dash) {
		out->from = S_date(date, (int)(dash - date));
		out->to = S_date(dash + 1, (int)strlen(dash + 1));
		if (out->from < 0 || out->to < 0)
			goto bad;
	} else {
		goto bad;
	}
	return 0;
bad:
	S_warn(r, "bad date restriction '%s' (want >YYMMDD, <YYMMDD or YYMMDD-YYMMDD)", date);
	return -1;
}

/* ---- actors --------------------------------------------------------------------------- */

typedef struct {
	int entry;   /* current entry, -1 none */
} S_actor_state;

/* Most entries have one or two codes. They live in the arena: room for
 * two, doubled when the count reaches a power of two (the capacity is
 * implied by the count), so a code costs no malloc. */
static void S_entry_add_code(pm_dict *d, int e, const pm_actor_code *c)
{
	pm_actor_entry *en = &d->entries[e];
	int n = en->n_codes;
	pm_actor_code *codes = (pm_actor_code *)en->codes;
	if (n == 0 || (n >= 2 && !(n & (n - 1)))) {
		codes = pm_arena_alloc_uninit(&d->arena, (size_t)(n ? 2 * n : 2) * sizeof(*codes));
		if (n)
			memcpy(codes, en->codes, (size_t)n * sizeof(*codes));
	}
	codes[n] = *c;
	en->codes = codes;
	en->n_codes = n + 1;
}

/* words joined by '_', cut to cap - 1 bytes. */
static void S_join(const char *const *words, int n, char *out, size_t cap)
{
	size_t len = 0;
	for (int i = 0; i < n; i++) {
		if (i && len < cap - 1)
			out[len++] = '_';
		size_t k = strlen(words[i]);
		if (k > cap - 1 - len)
			k = cap - 1 - len;
		memcpy(out + len, words[i], k);
		len += k;
	}
	out[len] = '\0';
}

static int S_actor_phrase(S_reader *r, char *phrase, int entry)
{
	pm_dict *d = r->d;
	const char *words[S_MAX_WORDS];
	int n = S_split_words(phrase, words, S_MAX_WORDS);
	if (!n) {
		S_warn(r, "actor line has no phrase");
		return entry;
	}
	char joined[512];
	S_join(words, n, joined, sizeof(joined));
	int node = pm_dict_trie_add(d, d->actor_root, words, n);
	if (d->node_value[node] >= 0) {
		*PM_VEC_PUSH(d->duplicates, d->n_duplicates, d->cap_duplicates) = (S_duplicate){
			r->report->path, r->line, pm_arena_strdup(&d->arena, joined), d->node_value[node]};
		return entry < 0 ? d->node_value[node] : entry;
	}
	if (entry < 0) {
		pm_actor_entry *en = PM_VEC_PUSH(d->entries, d->n_entries, d->cap_entries);
		memset(en, 0, sizeof(*en));
		en->root = pm_arena_strdup(&d->arena, joined);
		en->line = r->line;
		en->file = r->report->path;
		entry = d->n_entries - 1;
	}
	d->node_value[node] = entry;
	r->report->entries++;
	return entry;
}

/* Every "[...]" group in s becomes a code of entry. */
static void S_actor_codes(S_reader *r, char *s, int entry)
{
	while ((s = strchr(s, '['))) {
		char *end = strchr(s, ']');
		if (!end) {
			S_warn(r, "unclosed '[' in actor codes");
			return;
		}
		*end = '\0';
		pm_actor_code c;
		if (entry < 0)
			S_warn(r, "code [%s] comes before any actor phrase", s + 1);
		else if (S_actor_code(r, s + 1, entry, &c) == 0)
			S_entry_add_code(r->d, entry, &c);
		s = end + 1;
	}
}

static void S_actor_line(S_reader *r, char *line, void *state)
{
	S_actor_state *st = state;
	if (!line)
		return;
	if (line[0] == '[') {
		S_actor_codes(r, line, st->entry);
		return;
	}
	char *codes = strchr(line, '[');
	if (codes)
		*codes = '\0';
	if (line[0] == '+') {
		if (st->entry < 0)
			S_warn(r, "synonym '%s' before any actor", line + 1);
		else
			S_actor_phrase(r, line + 1, st->entry);
	} else {
		st->entry = S_actor_phrase(r, line, -1);
	}
	if (codes) {
		*codes = '[';
		S_actor_codes(r, codes, st->entry);
	}
}

int pm_dict_load_actors(pm_dict *d, const char *path)
{
	S_actor_state st = {-1};
	return S_each_line(d, path, "actors", S_actor_line, &st);
}

/* ---- agents ---------------------------------------------------------------------------- */

/* Final Y -> IES, final S -> +ES, else +S (on the phrase's last word). */
static void S_plural(const char *w, char *out, size_t cap)
{
	size_t n = strlen(w);
	if (n > 1 && w[n - 1] == 'Y' && !strchr("AEIOU", w[n - 2]))
		pm_dict_cat(out, cap, w, n - 1, "IES", 3, "", 0);
	else if (n && (w[n - 1] == 'S' || w[n - 1] == 'X' || w[n - 1] == 'Z' ||
		       (n > 1 && w[n - 1] == 'H' && (w[n - 2] == 'C' || w[n - 2] == 'S'))))
		pm_dict_cat(out, cap, w, n, "ES", 2, "", 0);
	else
		pm_dict_cat(out, cap, w, n, "S", 1, "", 0);
}

typedef struct {
	char names[32][32];
	char *alts[32];       /* comma-separated alternatives, heap */
	int n;
	int made;             /* phrases the current line has made */
} S_agent_state;

static void S_agent_store(S_reader *r, const char *phrase, const char *code)
{
	char buf[512];
	const char *words[S_MAX_WORDS];
	pm_strlcpy(buf, phrase, sizeof(buf));
	int n = S_split_words(buf, words, S_MAX_WORDS);
	if (!n)
		return;
	int node = pm_dict_trie_add(r->d, r->d->agent_root, words, n);
	if (r->d->node_value[node] < 0) {
		*PM_VEC_PUSH(r->d->agent_codes, r->d->n_agent_codes, r->d->cap_agent_codes) =
			pm_arena_strdup(&r->d->arena, code);
		r->d->node_value[node] = r->d->n_agent_codes - 1;
		r->report->entries++;
	}
}

/* Expands the first !NAME! of phrase through the substitution sets. */
static int S_agent_expand(S_reader *r, S_agent_state *st, const char *phrase, const char *code,
			  int depth)
{
	const char *a = strchr(phrase, '!');
	const char *b = a ? strchr(a + 1, '!') : NULL;
	if (!a || !b || depth > 4) {
		if (st->made++ < S_MAX_EXPANSIONS)
			S_agent_store(r, phrase, code);
		else if (st->made == S_MAX_EXPANSIONS + 1)
			S_warn(r, "substitution sets make more than %d phrases; the rest are dropped",
			       S_MAX_EXPANSIONS);
		return 0;
	}
	for (int i = 0; i < st->n; i++) {
		if ((size_t)(b - a + 1) != strlen(st->names[i]) || strncmp(a, st->names[i], (size_t)(b - a + 1)))
			continue;
		char list[512];
		pm_strlcpy(list, st->alts[i], sizeof(list));
		for (char *sv = NULL, *alt = pm_dict_tok(list, ",", &sv); alt && st->made <= S_MAX_EXPANSIONS;
		     alt = pm_dict_tok(NULL, ",", &sv)) {
			while (pm_dict_space(*alt))
				alt++;
			char *e = alt + strlen(alt);
			while (e > alt && pm_dict_space(e[-1]))
				*--e = '\0';
			char out[512];
			snprintf(out, sizeof(out), "%.*s%s%s", (int)(a - phrase), phrase, alt, b + 1);
			S_agent_expand(r, st, out, code, depth + 1);
		}
		return 1;
	}
	S_warn(r, "undefined substitution set %.*s", (int)(b - a + 1), a);
	return -1;
}

static void S_agent_line(S_reader *r, char *line, void *state)
{
	S_agent_state *st = state;
	if (!line) {
		for (int i = 0; i < st->n; i++)
			free(st->alts[i]);
		st->n = 0;
		return;
	}
	S_upper(line);
	st->made = 0;
	char *eq = strchr(line, '=');
	if (line[0] == '!' && eq) {
		char *name = line, *end = strchr(line + 1, '!');
		if (!end || end > eq || st->n == 32 || end - name + 2 > 32) {
			S_warn(r, "bad substitution set line");
			return;
		}
		snprintf(st->names[st->n], sizeof(st->names[0]), "%.*s", (int)(end - name + 1), name);
		st->alts[st->n++] = strdup(eq + 1);
		return;
	}
	char *open = strchr(line, '['), *close = open ? strchr(open, ']') : NULL;
	if (!open || !close) {
		S_warn(r, "agent line has no [CODE]");
		return;
	}
	*close = '\0';
	char code[64];
	char *c0 = open + 1;
	while (pm_dict_space(*c0))
		c0++;
	pm_strlcpy(code, c0, sizeof(code));
	for (char *e = code + strlen(code); e > code && pm_dict_space(e[-1]);)
		*--e = '\0';
	*open = '\0';
	char *plural = strchr(line, '{'), phrase[512];
	if (plural)
		*plural = '\0';
	pm_strlcpy(phrase, line, sizeof(phrase));
	char *e = phrase + strlen(phrase);
	while (e > phrase && pm_dict_space(e[-1]))
		*--e = '\0';
	if (!phrase[0]) {
		S_warn(r, "agent line has no phrase");
		return;
	}
	if (S_agent_expand(r, st, phrase, code, 0))
		return;   /* substitution sets carry their own plurals */
	if (plural) {
		char *pend = strchr(plural + 1, '}');
		if (!pend) {
			S_warn(r, "unclosed '{' in agent line");
			return;
		}
		*pend = '\0';
		char *p = plural + 1;
		while (pm_dict_space(*p))
			p++;
		if (*p)
			S_agent_store(r, p, code);
		return;
	}
	const char *words[S_MAX_WORDS];
	char buf[512];
	pm_strlcpy(buf, phrase, sizeof(buf));
	int n = S_split_words(buf, words, S_MAX_WORDS);
	char plural_phrase[600] = "", last[128];
	S_plural(words[n - 1], last, sizeof(last));
	for (int i = 0; i < n - 1; i++) {
		strncat(plural_phrase, words[i], sizeof(plural_phrase) - strlen(plural_phrase) - 2);
		strcat(plural_phrase, " ");
	}
	strncat(plural_phrase, last, sizeof(plural_phrase) - strlen(plural_phrase) - 1);
	S_agent_store(r, plural_phrase, code);
}

int pm_dict_load_agents(pm_dict *d, const char *path)
{
	S_agent_state st;
	memset(&st, 0, sizeof(st));
	return S_each_line(d, path, "agents", S_agent_line, &st);
}

/* ---- discards and issues -------------------------------------------------------------- */

static void S_discard_line(S_reader *r, char *line, void *state)
{
	(void)state;
	if (!line)
		return;
	int story = line[0] == '+';
	const char *words[S_MAX_WORDS];
	S_upper(line);
	char *p = line + story;
	int n = 0;
	for (char *sv = NULL, *t = pm_dict_tok(p, " \t", &sv); t && n < S_MAX_WORDS;
	     t = pm_dict_tok(NULL, " \t", &sv))
		words[n++] = t;
	if (!n) {
		S_warn(r, "empty discard phrase");
		return;
	}
	int node = pm_dict_trie_add(r->d, r->d->discard_root, words, n);
	if (r->d->node_value[node] < (story ? 2 : 1))
		r->d->node_value[node] = story ? 2 : 1;
	r->report->entries++;
}

int pm_dict_load_discards(pm_dict *d, const char *path)
{
	return S_each_line(d, path, "discards", S_discard_line, NULL);
}

static void S_issue_store(S_reader *r, const char *phrase, int value)
{
	char buf[512];
	const char *words[S_MAX_WORDS];
	pm_strlcpy(buf, phrase, sizeof(buf));
	int n = 0;
	for (char *sv = NULL, *t = pm_dict_tok(buf, " \t", &sv); t && n < S_MAX_WORDS;
	     t = pm_dict_tok(NULL, " \t", &sv))
		words[n++] = t;
	if (!n)
		return;
	int node = pm_dict_trie_add(r->d, r->d->issue_root, words, n);
	r->d->node_value[node] = value;
	r->report->entries++;
}

/* "a+b" stands for "a b" and "a-b". */
/* "a+b" stands for "a b" and "a-b": a phrase with k of them makes 2^k,
 * so a line makes at most S_MAX_EXPANSIONS (a fuzzed line of 30 '+' ran
 * for ever). */
static void S_issue_variants(S_reader *r, const char *phrase, int value)
{
	const char *plus = strchr(phrase, '+');
	if (r->made > S_MAX_EXPANSIONS)
		return;
	if (!plus) {
		if (r->made++ < S_MAX_EXPANSIONS)
			S_issue_store(r, phrase, value);
		else
			S_warn(r, "its '+' make more than %d phrases; the rest are dropped", S_MAX_EXPANSIONS);
		return;
	}
	char a[512], b[512];
	size_t head = (size_t)(plus - phrase), tail = strlen(plus + 1);
	pm_dict_cat(a, sizeof(a), phrase, head, " ", 1, plus + 1, tail);
	pm_dict_cat(b, sizeof(b), phrase, head, "-", 1, plus + 1, tail);
	S_issue_variants(r, a, value);
	S_issue_variants(r, b, value);
}

static void S_issue_line(S_reader *r, char *line, void *state)
{
	(void)state;
	if (!line || line[0] == '<')
		return;
	r->made = 0;
	S_upper(line);
	if (line[0] == '~') {
		char *p = line + 1 + (line[1] == '~');
		S_issue_variants(r, p, PM_ISSUE_CANCEL);
		return;
	}
	char *open = strchr(line, '['), *close = open ? strchr(open, ']') : NULL;
	if (!open || !close)
		return;   /* PETRARCH ignores lines without a code */
	*close = '\0';
	*PM_VEC_PUSH(r->d->issue_codes, r->d->n_issue_codes, r->d->cap_issue_codes) =
		pm_arena_strdup(&r->d->arena, open + 1);
	int value = r->d->n_issue_codes - 1;
	*open = '\0';
	char *p = line;
	int noun = !strncmp(p, "N:", 2), verb = !strncmp(p, "V:", 2);
	if (noun || verb)
		p += 2;
	char *e = p + strlen(p);
	while (e > p && pm_dict_space(e[-1]))
		*--e = '\0';
	S_issue_variants(r, p, value);
	if (noun || verb) {
		char form[600];
		S_plural(p, form, sizeof(form));
		S_issue_variants(r, form, value);
	}
	if (verb) {
		size_t n = strlen(p);
		char form[600];
		int ends_e = n && p[n - 1] == 'E';
		pm_dict_cat(form, sizeof(form), p, n, ends_e ? "D" : "ED", ends_e ? 1 : 2, "", 0);
		S_issue_variants(r, form, value);
		pm_dict_cat(form, sizeof(form), p, ends_e ? n - 1 : n, "ING", 3, "", 0);
		S_issue_variants(r, form, value);
	}
}

int pm_dict_load_issues(pm_dict *d, const char *path)
{
	return S_each_line(d, path, "issues", S_issue_line, NULL);
}
