/* test_reader_words.c - the control reader's word tables: its trigger
 * forms are in the order its binary search needs, and its quick test on
 * a word's first two letters lets every trigger through (a word added to
 * one table and not to the other would be silently never read). */
#include "../test.h"

#include "enrich/control.h"

int main(void)
{
	CHECK(pm_control_words_ok() == 1);
	TEST_END();
}
