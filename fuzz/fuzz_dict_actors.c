/* fuzz_dict_actors.c - any bytes as a actors dictionary (fuzz_dict.h). */
#include "fuzz_dict.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	S_dict_fuzz(pm_dict_load_actors, data, size);
	return 0;
}
