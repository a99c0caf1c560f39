/* test_names.c - a name's tail after a joining particle (pm_name_tail),
 * which the coder and the place scan share. */
#include "text/names.h"
#include "../test.h"

int main(void)
{
	CHECK(pm_name_tail("Mocimboa", "da", "Praia"));
	CHECK(pm_name_tail("Ciudad", "del", "Este"));
	CHECK(pm_name_tail("Joao", "dos", "Angolares"));
	CHECK(pm_name_tail("Mocimboa", "Da", "Praia"));     /* a headline */
	CHECK(pm_name_tail("MOCIMBOA", "DA", "PRAIA"));     /* a dateline */
	CHECK(pm_name_tail("Vila", "de", "\xC3\x89vora")); /* "Évora" */
	CHECK(!pm_name_tail("Mocimboa", "da", "praia"));
	CHECK(!pm_name_tail("port", "da", "Praia"));
	CHECK(!pm_name_tail("Troops", "in", "Praia"));
	CHECK(!pm_name_tail("Forces", "of", "Mali"));
	CHECK(!pm_name_tail(NULL, "da", "Praia"));
	CHECK(!pm_name_tail("Mocimboa", NULL, "Praia"));
	TEST_END();
}
