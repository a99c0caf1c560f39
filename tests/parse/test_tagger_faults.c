/* A tagger model whose tables are damaged: loading refuses it rather than
 * probe a hash table with no empty slot for ever (fuzz_tagger found such a
 * file; an alarm turns a hang into a failure). */
#include <signal.h>
#include <stdint.h>

#include "parse/tagger.h"
#include "../test.h"

static void S_hung(int sig)
{
	(void)sig;
	static const char msg[] = "test_tagger_faults: the load did not return within 10 s\n0 passed, 1 failed\n";
	if (write(1, msg, sizeof(msg) - 1) < 0)
		_exit(2);
	_exit(1);
}

static void S_u32(FILE *f, uint32_t v)
{
	fwrite(&v, 4, 1, f);
}

/* A model of two tags whose feature table (fc slots) has every slot taken
 * when full, else one left empty. */
static void S_model(const char *path, uint32_t fc, int full)
{
	FILE *f = fopen(path, "wb");
	fwrite("PMTAGGR2", 1, 8, f);
	S_u32(f, 2);
	S_u32(f, 2);
	char names[32] = "NN\0\0\0\0\0\0NOUN\0\0\0\0VB\0\0\0\0\0\0VERB\0\0\0\0";
	fwrite(names, 1, 32, f);
	S_u32(f, 0);                       /* flags */
	S_u32(f, 2);                       /* lexicon: two empty slots */
	for (int i = 0; i < 4; i++)
		S_u32(f, 0);
	S_u32(f, fc);
	for (uint32_t i = 0; i < fc; i++)
		S_u32(f, full || i + 1 < fc ? 100 + i : 0);
	for (uint32_t i = 0; i < fc; i++)
		S_u32(f, 0);               /* every key's row: the empty row at 0 */
	S_u32(f, 1);
	S_u32(f, 0);
	fclose(f);
}

int main(void)
{
	char path[] = "/tmp/pm_tagger_XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 1;
	close(fd);
	signal(SIGALRM, S_hung);
	alarm(10);
	pm_tagger *t = NULL;
	S_model(path, 4, 0);
	CHECK_INT(pm_tagger_load(&t, path), 0);   /* a slot left empty: a model */
	pm_tagger_free(t);
	t = NULL;
	S_model(path, 4, 1);
	CHECK_INT(pm_tagger_load(&t, path), PM_EINVALID);
	CHECK(t == NULL);
	CHECK(strstr(pm_error_last(), "not a Palmyra tagger model") != NULL);
	alarm(0);
	unlink(path);
	TEST_END();
}
